// `node app/_cli/precompress.mjs [dir]` (run by `npm run build`): brotli and gzip copies of the
// build's hashed files in .next/static, which `npm start` sends as they are.
import { precompress } from '../_lib/publishing/precompress.mjs';

const dir = process.argv[2] ?? '.next/static';
const started = performance.now();
const count = precompress(dir);
console.log(`precompress: ${count} files in ${dir} (brotli and gzip), ${Math.round(performance.now() - started)} ms`);
