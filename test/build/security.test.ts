import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security-headers.ts';
import { htmlFiles, readPage } from './dist.ts';

const distDir = inject('distDir');

describe('security of the built pages', () => {
  it('every page carries the policy, which forbids inline script and style', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    for (const file of htmlFiles(distDir)) {
      const meta = readPage(distDir, file).querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute('content'), file).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('no page has inline style, inline script, event handler attributes or third-party requests', () => {
    for (const file of htmlFiles(distDir)) {
      const page = readPage(distDir, file);
      expect(page.querySelectorAll('style, [style]').length, file).toBe(0);
      const inlineScripts = page.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inlineScripts.length, file).toBe(0);
      const handlers = page.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => name.startsWith('on')));
      expect(handlers, file).toEqual([]);
      const fetched = page.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="icon"], img[src]').map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
      expect(fetched.filter((url) => /^(https?:)?\/\//.test(url)), file).toEqual([]);
    }
  });

  it('external links open without giving the target page a handle on this one', () => {
    for (const file of htmlFiles(distDir)) {
      for (const link of readPage(distDir, file).querySelectorAll('a[href^="http"]')) {
        expect(link.getAttribute('rel') ?? '', `${file}: ${link.getAttribute('href')}`).toContain('noopener');
      }
    }
  });

  it('writes a _headers file with the same policy for hosts that read one', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});
