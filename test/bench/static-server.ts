import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Types a CDN compresses on the fly. Pagefind's index and fragments are gzip already and go as they are. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

/** A page for measuring the Pagefind API alone, when the site has no search page. */
export const BLANK_PAGE = '/__bench_blank__/';

/**
 * Serves `dir` on 127.0.0.1 like a static host with compression: `x/` serves `x/index.html`,
 * text is gzipped when the browser accepts it, so the bytes counted are what a reader
 * would download. A separate server from test/browser's, because this one must compress.
 */
export async function serveDist(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (pathname === BLANK_PAGE) {
        response.writeHead(200, { 'content-type': TYPES['.html'] as string }).end('<!doctype html><title>blank</title>');
        return;
      }
      let file = normalize(join(dir, pathname));
      if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep) && file !== dir) throw new Error('outside');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = extname(file);
      const headers: Record<string, string | number> = { 'content-type': TYPES[type] ?? 'application/octet-stream' };
      if (COMPRESSED.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers).end(body);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(404);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
