import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from './dist.ts';

const distDir = inject('distDir');

describe('built HTML', () => {
  it('passes html-validate on every page', async () => {
    // Ids are the model's ids and may start with a digit (a date); the config relaxes that rule only.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const file of htmlFiles(distDir)) {
      const report = await validator.validateFile(join(distDir, file));
      for (const result of report.results) {
        for (const message of result.messages) failures.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
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
