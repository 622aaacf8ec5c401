// `npm start [-- -p 3000 -H 127.0.0.1]`: the production server. Next's server behind a front
// that answers, first, what Next would answer with a 500 and a stack trace in the log:
// - methods other than GET and HEAD (Next renders a /405 page the App Router cannot have, and
//   Fetch forbids TRACE, so a route handler throws building its request): 405 with Allow;
// - a Range header (an unsatisfiable one makes Next render a /416 page likewise): ignored, as
//   RFC 9110 allows, so every answer is the whole file, as nginx serving the export does.
// The front also puts the security headers of app/_lib/publishing/headers.mjs on every answer, Next's own
// redirects included. The site reads and writes nothing per request, so nothing else is needed.
// It compresses too (Next's own compression is off): brotli where the client takes it, else gzip.
// The build's hashed files (/_next/static) go out as the copies `npm run build` compressed at
// brotli's best (app/_lib/publishing/precompress.mjs); pages and images are compressed per answer at
// a quality that costs about 2.5 ms on the story's 180 KB of HTML. Next compressed only pages, with
// gzip, and sent route handlers' answers, the first views' SVG among them, as they were.
import { createServer } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { cliArgs } from './args.mjs';
import next from 'next';
import { hostedStyleOrigin } from '../_lib/publishing/csp.mjs';
import { headerRules, headersFor, LIFETIME_HEADERS } from '../_lib/publishing/headers.mjs';

const { values } = cliArgs(
  'start',
  { options: { port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' }, hostname: { type: 'string', short: 'H' } } },
  'npm start -- [-p 3000] [-H 127.0.0.1]',
);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`start: --port must be a port number (0-65535), not "${values.port}"`);
  process.exit(1);
}

const rules = headerRules({ mapOrigin: hostedStyleOrigin(process.env.NEXT_PUBLIC_MAP_STYLE_URL) });
const METHODS = ['GET', 'HEAD'];

const app = next({ dev: false, hostname: values.hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const BUILD_FILES = '/_next/static/';
// Files only, never a listing or an index; an unknown name goes on to Next, which answers 404.
const buildFiles = sirv('.next/static', { dev: false, brotli: true, gzip: true, extensions: [] });
const compress = compression({
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } },
  filter(request, response) {
    // Next sets a route handler's type as a one-element array, which compression does not read.
    const type = response.getHeader('Content-Type');
    if (Array.isArray(type)) response.setHeader('Content-Type', type.join(', '));
    return compression.filter(request, response);
  },
});

/** The path of a request target as sent; `*` and absolute forms count as the root. */
function pathOf(/** @type {string | undefined} */ target) {
  return target?.startsWith('/') ? target.split('?')[0] : '/';
}

const server = createServer((request, response) => {
  for (const [name, value] of Object.entries(headersFor(pathOf(request.url), rules))) {
    if (!LIFETIME_HEADERS.includes(name)) response.setHeader(name, value);
  }
  if (!METHODS.includes(request.method ?? '')) {
    response.writeHead(405, { Allow: METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end('Method not allowed\n');
    return;
  }
  delete request.headers.range;
  delete request.headers['if-range'];
  const toNext = () =>
    compress(request, response, () => {
      handle(request, response).catch((/** @type {unknown} */ error) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500, { 'Cache-Control': 'no-store' });
        response.end();
      });
    });
  const target = pathOf(request.url);
  if (!target.startsWith(BUILD_FILES)) return toNext();
  // sirv looks the name up in its own folder, and sets no lifetime: the header rules give it.
  const lifetime = headersFor(target, rules)['Cache-Control'];
  if (lifetime) response.setHeader('Cache-Control', lifetime);
  const url = request.url;
  request.url = url?.slice(BUILD_FILES.length - 1);
  buildFiles(request, response, () => {
    request.url = url;
    response.removeHeader('Cache-Control');
    toNext();
  });
});
server.listen(port, values.hostname, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? `${values.hostname ?? 'localhost'}:${address.port}` : String(address);
  console.log(`start: http://${shown}/ (production build in .next)`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
