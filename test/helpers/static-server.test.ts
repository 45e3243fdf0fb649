import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from './static-server.ts';

describe('the tests’ static server', () => {
  let dir: string;
  let site: StaticSite;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(dir, 'chronology'));
    writeFileSync(join(dir, 'chronology/index.html'), '<p>Talks in Fredonburg</p>');
    writeFileSync(join(dir, 'site.css'), 'p { color: black }');
    writeFileSync(join(dir, '404.html'), '<p>Not here</p>');
    site = await serveStatic(dir, '/briefing/');
  });
  afterAll(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the browser keep what it found for 10 minutes, as a static host does: pages and files alike', async () => {
    for (const path of ['chronology/', 'site.css']) {
      const response = await fetch(new URL(path, site.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('max-age=600');
    }
  });

  it('lets no missing file or redirect be kept, so a page asks for it, and reports it, each time', async () => {
    const missing = await fetch(new URL('favicon.svg', site.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<p>Not here</p>');
    expect(missing.headers.get('cache-control')).toBeNull();
    const redirect = await fetch(new URL('chronology', site.url), { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('cache-control')).toBeNull();
  });
});
