// `npm run export`: the whole site as static files in out/, for the public origin SITE_URL
// (docs/deploy.md, "Static export"). Checks the content first, as the build does, then runs
// `next build` with STATIC_EXPORT=1 (next.config.mjs: output 'export'), and adds what Next
// does not write: embed.js for SITE_URL, the hosts' `_headers` and `_redirects` files and gzipped copies.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hostedStyleOrigin } from '../_lib/publishing/csp.mjs';
import { headersFile } from '../_lib/publishing/header-outputs.mjs';
import { headerRules } from '../_lib/publishing/headers.mjs';
import { precompress } from '../_lib/publishing/precompress.mjs';
import { parseSiteUrl } from '../_lib/publishing/site-url.mjs';
import { redirectsFile } from '../_lib/publishing/url-policy.mjs';

const root = process.cwd();
const OUT = path.join(root, 'out');

/** @param {string} message */
function fail(message) {
  console.error(`export: ${message}`);
  process.exit(1);
}

/**
 * @param {string} what
 * @param {string[]} args node arguments
 * @param {Record<string, string>} [env]
 */
function run(what, args, env = {}) {
  if (!succeeds(args, env)) fail(`${what} failed (see above)`);
}

/**
 * @param {string[]} args node arguments
 * @param {Record<string, string>} [env]
 */
function succeeds(args, env = {}) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

let siteUrl;
try {
  siteUrl = parseSiteUrl(process.env.SITE_URL);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!siteUrl) {
  fail('set SITE_URL to the public origin the export is for: its oEmbed answers and embed.js name it.\n' +
    '  SITE_URL=https://story.example.org npm run export');
}
const mapOrigin = hostedStyleOrigin(process.env.NEXT_PUBLIC_MAP_STYLE_URL);

const tsx = path.join('node_modules', 'tsx', 'dist', 'cli.mjs');
// Broken content fails here, as file:line, before anything is built.
run('the content check', [tsx, 'app/_cli/check-content.ts', '--production']);
run('the basemap', [tsx, 'app/_cli/build-basemap.ts']);
run('the MapLibre worker copy', ['app/_cli/copy-maplibre-worker.mjs']);

/**
 * A digest of everything the export is made from, for its build id: the same sources give
 * the same id, and so the same files.
 * @param {string[]} inputs files and folders, relative to the root
 * @param {Record<string, string | undefined>} env
 */
function sourceDigest(inputs, env) {
  const hash = createHash('sha256').update(JSON.stringify(env));
  const add = (/** @type {string} */ relative) => {
    const full = path.join(root, relative);
    // public/embed.js is `npm run build`'s, for its SITE_URL; the export writes its own.
    if (!existsSync(full) || relative === path.join('public', 'embed.js')) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(path.join(relative, name));
    } else hash.update(relative).update(readFileSync(full));
  };
  inputs.forEach(add);
  return hash.digest('hex').slice(0, 20);
}
const buildId = sourceDigest(['app', 'content', 'geo', 'public', 'next.config.mjs', 'package-lock.json', 'tsconfig.json'], {
  SITE_URL: siteUrl,
  NEXT_PUBLIC_MAP_STYLE_URL: process.env.NEXT_PUBLIC_MAP_STYLE_URL,
});

// An export builds in .next whatever distDir says (next/dist/export/utils.js), so a
// `next start` build there is kept aside and put back.
const NEXT = path.join(root, '.next');
const KEPT = path.join(root, '.next-start');
if (existsSync(KEPT)) fail(`${path.relative(root, KEPT)} exists (an interrupted export?): move it back to .next or delete it`);
const hadBuild = existsSync(NEXT);
if (hadBuild) renameSync(NEXT, KEPT);
const built = succeeds(['node_modules/next/dist/bin/next', 'build'], {
  STATIC_EXPORT: '1',
  SITE_URL: siteUrl,
  EXPORT_BUILD_ID: buildId,
  NEXT_TELEMETRY_DISABLED: '1',
});
rmSync(NEXT, { recursive: true, force: true });
if (hadBuild) renameSync(KEPT, NEXT);
if (!built) fail('next build (static export) failed (see above)');

run('embed.js', ['app/_cli/build-embed-loader.mjs', '--outfile', 'out/embed.js'], { SITE_URL: siteUrl });
writeFileSync(path.join(OUT, '_headers'), headersFile(headerRules({ mapOrigin })));

/** @param {string} dir */
function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

// Every page's canonical path, from its file: chapters/x.html is /chapters/x, index.html is /.
const pages = [...files(OUT)]
  .filter((file) => file.endsWith('.html') && path.basename(file) !== '404.html')
  .map((file) => `/${path.relative(OUT, file).split(path.sep).join('/')}`.replace(/(?:\/index)?\.html$/, '') || '/');
writeFileSync(path.join(OUT, '_redirects'), redirectsFile(pages));

// nginx serves these as they are (gzip_static). Not brotli: Debian's brotli_static module ignores
// `disable_symlinks … from=`, which keeps nginx inside the export, and then serves nothing.
const compressed = precompress(OUT, { brotli: false });
console.log(`export: out/ for ${siteUrl}, with _headers, _redirects (${pages.length} pages) and gzipped copies of ${compressed} files`);
