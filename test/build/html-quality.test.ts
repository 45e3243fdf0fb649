import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from './dist.ts';

const distDir = inject('distDir');

describe('built HTML', () => {
  it('passes html-validate on every page', async () => {
    // The project's rules, passed in: the built site lies outside the project, where html-validate
    // would find no configuration and check nothing. Ids are the model's ids and may start with a
    // digit (a date); the config relaxes that rule.
    const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8'));
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const failures: string[] = [];
    for (const file of htmlFiles(distDir)) {
      const report = await validator.validateFile(join(distDir, file));
      for (const result of report.results) {
        for (const message of result.messages) failures.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('html-validate would catch a real error (the rules are loaded)', async () => {
    const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8'));
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><main><p id="a">x</p><p id="a">y</p></main></body></html>',
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('no-dup-id');
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
