import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../../src/lib/importer/drop-furniture.ts';
import { lines, texts } from './lines.ts';

describe('dropFurniture', () => {
  it('reads a Source line as the publisher and drops it', () => {
    const result = dropFurniture(lines('The bridge closed on Friday.\n\nSource: Harbour Daily News'));
    expect(result.credits.publisher).toEqual({ value: 'Harbour Daily News', text: 'Source: Harbour Daily News', line: 3 });
    expect(texts(result.rest)).toEqual(['The bridge closed on Friday.', '']);
  });

  it('reads "(With inputs from …)" as wire credits, one per agency, leaving out anonymous "agencies"', () => {
    const result = dropFurniture(lines('The bridge closed on Friday.\n(With inputs from PTI, AFP and agencies)'));
    expect(result.credits.wire.map((credit) => credit.value)).toEqual(['PTI', 'AFP']);
    expect(texts(result.rest)).toEqual(['The bridge closed on Friday.']);
  });

  it('reads a bare agency name, an author line and a bare link as credits', () => {
    const result = dropFurniture(lines('By Maria Lopes\nAP\nThe bridge closed on Friday.\nhttps://example.org/bridge'));
    expect(result.credits.byline?.value).toBe('Maria Lopes');
    expect(result.credits.wire.map((credit) => credit.value)).toEqual(['AP']);
    expect(result.credits.url?.value).toBe('https://example.org/bridge');
    expect(texts(result.rest)).toEqual(['The bridge closed on Friday.']);
  });

  it('drops byline placeholders, sharing buttons and reporting credits', () => {
    const input = 'Staff Reporter\nShare this article\nThe bridge closed on Friday.\n(Reporting by Ana Cruz; Editing by Tom Hale)\nWeb Desk';
    const result = dropFurniture(lines(input));
    expect(texts(result.rest)).toEqual(['The bridge closed on Friday.']);
    expect(result.messages.map((message) => message.rule)).toEqual([
      'furniture/byline-placeholder',
      'furniture/share',
      'furniture/reporting-credit',
      'furniture/desk',
    ]);
  });

  it('drops the list of links that closes the page, past trailing credits', () => {
    const input = [
      'The bridge closed on Friday.',
      'Repairs will take three weeks.',
      '- Storm cuts power to coastal towns',
      '- Rail strike enters second day',
      '',
      'Source: Harbour Daily News',
    ].join('\n');
    const result = dropFurniture(lines(input));
    expect(texts(result.rest)).toEqual(['The bridge closed on Friday.', 'Repairs will take three weeks.', '']);
    expect(result.messages.find((message) => message.rule === 'furniture/closing-list')?.line).toBe(3);
  });
});

describe('dropFurniture negative cases', () => {
  it('keeps a sentence that names an agency or an outlet: reporting is not a credit', () => {
    const input = [
      'The minister told Reuters the bridge would reopen in April.',
      'The Harbour Daily News reported that repairs would cost more.',
      'Source: officials at the ministry who spoke on condition of anonymity because they were not authorised to speak.',
    ].join('\n');
    const result = dropFurniture(lines(input));
    expect(result.credits).toEqual({ wire: [], publisher: null, byline: null, url: null });
    expect(result.rest).toHaveLength(3);
  });

  it('keeps a list inside the article, followed by a paragraph', () => {
    const input = 'The council listed three options:\n- repair the bridge\n- build a ferry link\nIt will vote next week.';
    expect(texts(dropFurniture(lines(input)).rest)).toEqual([
      'The council listed three options:',
      '- repair the bridge',
      '- build a ferry link',
      'It will vote next week.',
    ]);
  });

  it('keeps a sentence that starts with "By"', () => {
    const input = 'By Friday, the bridge had closed.';
    expect(dropFurniture(lines(input)).credits.byline).toBeNull();
  });
});
