import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/export/csv.ts';

describe('toCsv', () => {
  it('quotes cells with commas, quotes and newlines, and leaves empty cells for null', () => {
    expect(toCsv(['a', 'b', 'c'], [['x, y', 'say "hi"', null], [1, 'two\nlines', true]])).toBe(
      'a,b,c\r\n"x, y","say ""hi""",\r\n1,"two\nlines",true\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-1 troops'], [-1]])).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n\'-1 troops\r\n-1\r\n');
  });
});
