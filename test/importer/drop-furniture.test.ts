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

  it('reads agency bylines as wire credits, not as people: "By Yonhap", "By REUTERS", "By Reuters Staff"', () => {
    for (const line of ['By Yonhap', 'By REUTERS', 'By Reuters Staff', 'By Yonhap News Agency']) {
      const result = dropFurniture(lines(`${line}\nThe bridge closed on Friday.`));
      expect(result.credits.byline, line).toBeNull();
      expect(texts(result.rest), line).toEqual(['The bridge closed on Friday.']);
    }
    expect(dropFurniture(lines('By REUTERS')).credits.wire).toEqual([{ value: 'Reuters', text: 'By REUTERS', line: 1 }]);
    expect(dropFurniture(lines('By Yonhap News Agency')).credits.wire.map((credit) => credit.value)).toEqual(['Yonhap News Agency']);
  });

  it('splits an author line into the person (byline) and the agency (wire), reading past the role', () => {
    const result = dropFurniture(lines('By Jane Doe, Seoul correspondent, Reuters\nThe bridge closed on Friday.'));
    expect(result.credits.byline?.value).toBe('Jane Doe');
    expect(result.credits.wire.map((credit) => credit.value)).toEqual(['Reuters']);
    expect(result.messages.map((message) => message.reason)).toEqual([
      '“By Jane Doe, Seoul correspondent, Reuters”: author line, read as byline “Jane Doe” and wire Reuters (an agency, not a person)',
    ]);
  });

  it('drops an author line that names no one, and says so', () => {
    const result = dropFurniture(lines('By Staff Reporter\nThe bridge closed on Friday.'));
    expect(result.credits.byline).toBeNull();
    expect(result.messages.map((message) => message.reason)).toEqual(['dropped “By Staff Reporter”: an author line that names no one']);
  });

  it('reads a Source line under the headline, above the lede, as the publisher', () => {
    const result = dropFurniture(lines('Bridge closes for repairs\nSource: Harbour Daily\nThe bridge closed on Friday.'));
    expect(result.credits.publisher?.value).toBe('Harbour Daily');
    expect(texts(result.rest)).toEqual(['Bridge closes for repairs', 'The bridge closed on Friday.']);
  });

  it('leaves lists alone, and names the heading of a related-links list for the next stage', () => {
    const input = ['The bridge closed on Friday.', 'Read more:', '- Storm cuts power to coastal towns', '- Rail strike enters second day'].join('\n');
    const result = dropFurniture(lines(input));
    expect(texts(result.rest)).toEqual(['The bridge closed on Friday.', '- Storm cuts power to coastal towns', '- Rail strike enters second day']);
    expect(result.relatedHeadings).toEqual([{ n: 2, raw: 'Read more:', text: 'Read more:' }]);
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

  it('keeps an in-body attribution line that starts with "Source:", and says why', () => {
    const input = [
      'The minister said the bridge would reopen in April.',
      'Source: Kim Yong-hyun in an interview with KBS',
      'Repairs will take three weeks.',
    ].join('\n');
    const result = dropFurniture(lines(input));
    expect(result.credits.publisher).toBeNull();
    expect(texts(result.rest)).toEqual(input.split('\n'));
    expect(result.messages).toEqual([
      {
        rule: 'credit/source-in-text',
        line: 2,
        reason: 'kept “Source: Kim Yong-hyun in an interview with KBS” in the text: it reads as an attribution of the article, not a credit of the page',
      },
    ]);
  });

  it('keeps the attribution even at the end of the article, where the credit usually stands', () => {
    const result = dropFurniture(lines('The bridge closed on Friday.\nSource: Yonhap in an interview with the minister'));
    expect(result.credits.publisher).toBeNull();
    expect(result.rest).toHaveLength(2);
  });

  it('keeps a name-shaped Source line between two paragraphs: it credits a chart or a quote, not the page', () => {
    const input = ['Repairs cost 3 million dollars last year.', 'Source: Ministry of Transport', 'The bridge closed on Friday.'].join('\n');
    const result = dropFurniture(lines(input));
    expect(result.credits.publisher).toBeNull();
    expect(result.rest).toHaveLength(3);
    expect(result.messages.map((message) => message.rule)).toEqual(['credit/source-in-text']);
  });

  it('keeps a sentence that opens with "By" and names an agency', () => {
    const result = dropFurniture(lines('By the end of the week, Reuters said, the bridge had closed.'));
    expect(result.credits).toEqual({ wire: [], publisher: null, byline: null, url: null });
  });
});
