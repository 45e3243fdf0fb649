import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/lib/search/write-search-index.ts';

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  it('stops Pagefind and reports the error when the records cannot be worked out while it reads the pages', async () => {
    site = mkdtempSync(join(tmpdir(), 'search-index-'));
    mkdirSync(join(site, 'sources/one'), { recursive: true });
    writeFileSync(join(site, 'sources/one/index.html'), '<html><body data-pagefind-body><p>One source.</p></body></html>');
    const records = () => {
      throw new Error('The search entry /chronology/#gone lands on /chronology/, but that page has no element with the id "gone".');
    };
    // Pagefind's answer about the pages, cut short, must not surface as an unhandled rejection (vitest fails the run on one).
    await expect(writeSearchIndex(site, { language: 'en', records })).rejects.toThrow('that page has no element with the id "gone"');
  });
});
