import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Content types of the files a built site holds; anything else is served as bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * How long a browser may keep a file it got (`Cache-Control: max-age`, in seconds), as static hosts
 * let it (GitHub Pages: 10 minutes). The next page of a browser context then takes the stylesheets,
 * scripts and Pagefind's files from its cache, and their compiled code with them, instead of
 * fetching and compiling them again: about a tenth of the browser's CPU per search page. Only
 * files found: a missing file is asked for, and shows up as a 404, on every page that links to it.
 */
const MAX_AGE_SECONDS = 600;

/** A running static server of one built site. */
export interface StaticSite {
  /** The site's root URL, base path included and ending with a slash: `http://127.0.0.1:4321/briefing/`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the built site in `dir` on 127.0.0.1 (a free port) under `base`, as a
 * static host would: `/base/x/` serves `x/index.html`, a path without its trailing
 * slash redirects to it, anything outside `base` or missing gets `404.html` with
 * status 404, and a file found may be kept for 10 minutes (`MAX_AGE_SECONDS`). Only GET and HEAD;
 * only files inside `dir`.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const notFound = async (): Promise<Buffer> => readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));

  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const send = (status: number, type: string, body: Buffer) => {
        const caching = status === 200 ? { 'cache-control': `max-age=${MAX_AGE_SECONDS}` } : {};
        response.writeHead(status, { 'content-type': type, 'content-length': body.length, ...caching });
        response.end(request.method === 'HEAD' ? undefined : body);
      };
      if (!pathname.startsWith(prefix)) {
        send(404, TYPES['.html'] as string, await notFound());
        return;
      }
      const file = normalize(join(dir, pathname.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
        send(404, TYPES['.html'] as string, await notFound());
        return;
      }
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
        const index = await readFile(join(file, 'index.html')).catch(() => null);
        if (index) send(200, TYPES['.html'] as string, index);
        else send(404, TYPES['.html'] as string, await notFound());
        return;
      }
      if (info?.isFile()) {
        send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
        return;
      }
      send(404, TYPES['.html'] as string, await notFound());
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server did not get a TCP port.');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
