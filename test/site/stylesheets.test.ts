import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STYLES = join(import.meta.dirname, '../../src/styles');

/**
 * Rules nested in another rule (not in an at-rule such as `@media`): the site writes none, so one
 * is a rule left unclosed, which silently scopes every rule after it to the unclosed selector.
 */
function nestedRules(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const open: string[] = [];
  const nested: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      const prelude = text.slice(start, i).trim().split(/[;\n]/).pop()?.trim() ?? '';
      const parent = open.at(-1);
      if (parent !== undefined && !parent.startsWith('@')) nested.push(`${prelude} (inside ${parent})`);
      open.push(prelude);
      start = i + 1;
    } else if (ch === '}') {
      open.pop();
      start = i + 1;
    } else if (ch === ';') {
      start = i + 1;
    }
  }
  if (open.length > 0) nested.push(`unclosed: ${open.join(' > ')}`);
  return nested;
}

describe('stylesheets', () => {
  it('close every rule: none is nested in another rule, none is left open', () => {
    const problems = readdirSync(STYLES)
      .filter((name) => name.endsWith('.css'))
      .flatMap((name) => nestedRules(readFileSync(join(STYLES, name), 'utf8')).map((problem) => `${name}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('are checked by a rule that finds an unclosed rule', () => {
    expect(nestedRules('.a {\n  margin: 0;\n\n.b {\n  color: red;\n}\n')).toEqual(['.b (inside .a)', 'unclosed: .a']);
    expect(nestedRules('@media print {\n  .a { display: none; }\n}\n')).toEqual([]);
  });
});
