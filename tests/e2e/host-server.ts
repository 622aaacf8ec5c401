import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A publisher's page on another origin (another loopback port), for embed tests.
 * `pages` maps a path to HTML; /pym.v1.min.js serves the real pym.js parent library.
 */
/**
 * The host's origin for a site at `siteURL`: the site's port + 1 on loopback; another port is
 * another origin. Each Playwright project (next start, nginx) gets its own, so both can run at once;
 * a spec file that runs beside embed.spec.ts takes another `offset` (tests/ports.ts).
 */
export function hostOriginFor(siteURL: string, offset = 1): string {
  return `http://127.0.0.1:${Number(new URL(siteURL).port) + offset}`;
}

/** A 1×1 transparent GIF: an image a publisher's page (or a comment on it) may carry. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function startHostServer(siteURL: string, pages: Record<string, string>, offset = 1): Promise<{ origin: string; close: () => Promise<void> }> {
  const origin = hostOriginFor(siteURL, offset);
  const pym = readFileSync(path.resolve('node_modules/pym.js/dist/pym.v1.min.js'));
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === '/pixel.gif') {
      response.writeHead(200, { 'content-type': 'image/gif' }).end(PIXEL);
      return;
    }
    if (url.pathname === '/pym.v1.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
      return;
    }
    const html = pages[url.pathname];
    if (!html) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(Number(new URL(origin).port), '127.0.0.1', resolve));
  return {
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function hostPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title>
<style>body{font-family:Georgia,serif;max-width:760px;margin:0 auto;padding:1rem}.filler{height:900px;background:linear-gradient(#eee,#ddd)}</style></head>
<body><h1>${title}</h1><p>A publisher's article with an embedded chapter.</p>${body}</body></html>`;
}
