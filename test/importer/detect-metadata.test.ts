import { describe, expect, it } from 'vitest';
import { detectMetadata } from '../../src/lib/importer/detect-metadata.ts';
import { lines, texts } from './lines.ts';

describe('detectMetadata', () => {
  it('reads a date line standing alone and removes it', () => {
    const result = detectMetadata(lines('Bridge closes for repairs\n\nMarch 4, 2023\n\nThe bridge closed on Friday.'));
    expect(result.published).toEqual({ value: '2023-03-04', text: 'March 4, 2023', line: 3, where: 'date line' });
    expect(texts(result.rest)).toEqual(['Bridge closes for repairs', '', '', 'The bridge closed on Friday.']);
  });

  it('reads a metadata list: section label dropped, agency to wire, published kept, modified dropped', () => {
    const result = detectMetadata(
      lines(
        [
          'Bridge closes for repairs',
          'The city closed its main bridge for three weeks of repairs.',
          '- Europe',
          '- AFP',
          '- Published Date: 07:30 | 4 March 2023',
          '- Modified Date: 09:10 | 4 March 2023',
          'The bridge closed on Friday.',
        ].join('\n'),
      ),
    );
    expect(result.published).toEqual({ value: '2023-03-04', text: 'Published Date: 07:30 | 4 March 2023', line: 5, where: 'page metadata' });
    expect(result.wire).toEqual([{ value: 'AFP', text: 'AFP', line: 4 }]);
    expect(texts(result.rest)).toEqual([
      'Bridge closes for repairs',
      'The city closed its main bridge for three weeks of repairs.',
      'The bridge closed on Friday.',
    ]);
    expect(result.messages.map((message) => message.rule)).toEqual([
      'metadata/section',
      'metadata/agency',
      'metadata/page-metadata',
      'metadata/modified',
    ]);
  });

  it('keeps the first of two publication dates and reports the other', () => {
    const result = detectMetadata(lines('March 4, 2023\n\nText.\n\nMarch 5, 2023'));
    expect(result.published?.value).toBe('2023-03-04');
    expect(result.messages.find((message) => message.rule === 'metadata/second-date')?.line).toBe(5);
  });

  it('reports an ambiguous numeric date and does not use it', () => {
    const result = detectMetadata(lines('03/04/2023\n\nText.'));
    expect(result.published).toBeNull();
    expect(result.messages.map((message) => message.rule)).toEqual(['metadata/ambiguous-date']);
  });
});

describe('detectMetadata: wire datelines', () => {
  it('reads an agency dateline under the headline as wire and date, so it is not the lede', () => {
    const result = detectMetadata(lines('Bridge closes for repairs\n(Xinhua) 09:40, March 3, 2023\nThe bridge closed on Friday.'));
    expect(result.published).toEqual({ value: '2023-03-03', text: '(Xinhua) 09:40, March 3, 2023', line: 2, where: 'dateline' });
    expect(result.wire).toEqual([{ value: 'Xinhua', text: '(Xinhua) 09:40, March 3, 2023', line: 2 }]);
    expect(texts(result.rest)).toEqual(['Bridge closes for repairs', 'The bridge closed on Friday.']);
  });

  it('drops a dateline without a year, saying why, and keeps its agency', () => {
    const result = detectMetadata(lines('SEOUL, Oct. 23 (Yonhap)\nThe bridge closed on Friday.'));
    expect(result.published).toBeNull();
    expect(result.wire.map((credit) => credit.value)).toEqual(['Yonhap']);
    expect(result.messages.map((message) => message.reason)).toEqual([
      'read the wire credit “Yonhap” from the dateline “SEOUL, Oct. 23 (Yonhap)”',
      'dropped the dateline “SEOUL, Oct. 23 (Yonhap)”: it states no year, so it does not date the publication',
    ]);
  });

  it('reads the agency of a dateline that opens the lede, leaving the lede whole', () => {
    const lede = 'SEOUL, Oct. 23 (Yonhap) -- South Korea said on Wednesday that the bridge had closed.';
    const result = detectMetadata(lines(lede));
    expect(result.wire).toEqual([{ value: 'Yonhap', text: lede, line: 1 }]);
    expect(texts(result.rest)).toEqual([lede]);
  });
});

describe('detectMetadata negative cases', () => {
  it('leaves a list of short labels with no date or agency alone', () => {
    const input = 'Text.\n- Trains\n- Buses\n- Ferries';
    expect(texts(detectMetadata(lines(input)).rest)).toEqual(['Text.', '- Trains', '- Buses', '- Ferries']);
  });

  it('leaves a list alone when one item is content, even beside a date', () => {
    const input = '- 4 March 2023\n- The council voted to close the bridge for repairs.';
    const result = detectMetadata(lines(input));
    expect(result.published).toBeNull();
    expect(texts(result.rest)).toEqual(['- 4 March 2023', '- The council voted to close the bridge for repairs.']);
  });

  it('does not take a date inside a sentence as the publication date', () => {
    const result = detectMetadata(lines('On March 4, 2023, the council voted to close the bridge.'));
    expect(result.published).toBeNull();
    expect(result.rest).toHaveLength(1);
  });
});
