import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { projectValidator, validationFailures } from '../helpers/html-validator.ts';
import { htmlFiles } from './dist.ts';

const distDir = inject('distDir');

describe('built HTML', () => {
  it('passes html-validate on every page', async () => {
    expect(await validationFailures(distDir, htmlFiles(distDir))).toEqual([]);
  });

  it('html-validate would catch a real error (the rules are loaded), on every file it checks', async () => {
    // The validator resolves the rules once for all files (test/helpers/html-validator.ts): the second file is checked too.
    const validator = projectValidator();
    const page = '<!doctype html><html lang="en"><head><title>x</title></head><body><main><p id="a">x</p><p id="a">y</p></main></body></html>';
    for (const file of ['first.html', 'second.html']) {
      const report = await validator.validateString(page, file);
      expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)), file).toContain('no-dup-id');
    }
  });

  it('has no broken internal link or fragment (linkinator)', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: distDir,
      recurse: true,
      checkFragments: true,
      // Canonical and feed URLs name the public site, which does not exist here.
      linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'],
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status}`);
    expect(broken).toEqual([]);
    expect(result.links.length).toBeGreaterThan(50);
  });
});
