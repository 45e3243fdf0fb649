import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '../../src/lib/site/url.ts';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/sources/x/#p4', '/')).toBe('/sources/x/#p4');
  });

  it('prefixes a sub-path however it is written', () => {
    for (const base of ['/briefing/', '/briefing', 'briefing']) expect(withBase('/sources/', base)).toBe('/briefing/sources/');
    expect(withBase('/', '/briefing/')).toBe('/briefing/');
  });

  it('refuses external URLs', () => {
    expect(() => withBase('https://example.org/', '/')).toThrow(/takes a path inside the site/);
    expect(() => withBase('//example.org/', '/')).toThrow(/takes a path inside the site/);
  });
});

describe('withoutBase', () => {
  it('gives the site-internal path of a page under a base', () => {
    expect(withoutBase('/briefing/sources/x/', '/briefing/')).toBe('/sources/x/');
    expect(withoutBase('/briefing', '/briefing/')).toBe('/');
    expect(withoutBase('/sources/', '/')).toBe('/sources/');
  });
});
