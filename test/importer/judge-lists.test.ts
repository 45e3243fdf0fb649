import { describe, expect, it } from 'vitest';
import { judgeList, judgeLists, startsWithDate } from '../../src/lib/importer/judge-lists.ts';
import { lines, texts } from './lines.ts';

/** The lines of `text` and the related-links headings among them (`Read more:`), as `dropFurniture` passes them on. */
function judge(text: string, headings: number[] = []) {
  const all = lines(text);
  const related = all.filter((line) => headings.includes(line.n));
  return judgeLists(
    all.filter((line) => !headings.includes(line.n)),
    related,
  );
}

const HEADLINES = ['Storm cuts power to coastal towns', 'Rail strike enters second day'];

describe('judgeLists', () => {
  it('drops the list of headlines that closes the page, every line with its reason', () => {
    const result = judge(['The bridge closed on Friday.', 'Repairs will take three weeks.', ...HEADLINES.map((h) => `- ${h}`)].join('\n'));
    expect(texts(result.rest)).toEqual(['The bridge closed on Friday.', 'Repairs will take three weeks.']);
    expect(result.items.size).toBe(0);
    expect(result.messages).toEqual([
      {
        rule: 'furniture/closing-list',
        line: 3,
        reason: 'dropped “- Storm cuts power to coastal towns” (item 1 of 2): a list after the last paragraph whose items all read like headlines (links to other stories)',
      },
      {
        rule: 'furniture/closing-list',
        line: 4,
        reason: 'dropped “- Rail strike enters second day” (item 2 of 2): a list after the last paragraph whose items all read like headlines (links to other stories)',
      },
    ]);
  });

  it('keeps a dated "Background:" list at the end of the article and marks it as one list', () => {
    const input = [
      'The council will vote next week.',
      '',
      'Background:',
      '- Oct. 18: The council first debated the bridge budget.',
      '- Oct. 23: Engineers said repairs would take three weeks',
    ].join('\n');
    const result = judge(input);
    expect(texts(result.rest)).toEqual(input.split('\n'));
    expect([...result.items]).toEqual([
      [4, { list: 4, ordered: false, start: 1 }],
      [5, { list: 4, ordered: false, start: 1 }],
    ]);
    expect(result.messages.map((message) => message.reason)).toEqual(['kept lines 4–5 as a list of 2 item(s), each a paragraph: a list introduced by “Background:”']);
  });

  it('keeps the bullet points of a speech between paragraphs, blank lines between items included', () => {
    const input = ['The minister set out three aims.', '', '• Reopen the bridge', '', '• Build a ferry link', '', 'She did not give a date.'].join('\n');
    const result = judge(input);
    expect([...result.items.keys()]).toEqual([3, 5]);
    expect(result.messages.map((message) => message.rule)).toEqual(['list/kept']);
  });

  it('keeps a numbered list, numbered from its first number', () => {
    const result = judge('The plan has steps:\n3. Close the bridge.\n4. Repair it.');
    expect([...result.items.values()]).toEqual([
      { list: 2, ordered: true, start: 3 },
      { list: 2, ordered: true, start: 3 },
    ]);
  });

  it('drops a list under a related-links heading, even between paragraphs', () => {
    const input = ['The bridge closed on Friday.', 'Read more:', ...HEADLINES.map((h) => `- ${h}`), 'Repairs will take three weeks.'].join('\n');
    const result = judge(input, [2]);
    expect(texts(result.rest)).toEqual(['The bridge closed on Friday.', 'Repairs will take three weeks.']);
    expect(result.messages[0]?.reason).toBe('dropped “- Storm cuts power to coastal towns” (item 1 of 2): a list under the heading “Read more:”: links to other stories');
  });

  it('keeps a closing list it cannot judge, and says what to do', () => {
    const result = judge(['The bridge closed on Friday.', '- Storm cuts power to coastal towns', '- the ferry, which runs twice daily'].join('\n'));
    expect(result.items.size).toBe(2);
    expect(result.messages).toEqual([
      {
        rule: 'list/unsure',
        line: 2,
        reason:
          'kept lines 2–3 as a list, but check it: a list after the last paragraph that may be links to other stories: some items read like headlines, some do not. If it is not part of the article, delete those lines from the input and import again.',
      },
    ]);
  });

  it('keeps a numbered list whose numbers skip as paragraphs, since Markdown would renumber it', () => {
    const result = judge('The plan:\n1. Close the bridge.\n3. Repair it.');
    expect(result.items.size).toBe(0);
    expect(texts(result.rest)).toEqual(['The plan:', '1. Close the bridge.', '3. Repair it.']);
    expect(result.messages.map((message) => message.rule)).toEqual(['list/numbering']);
  });
});

describe('judgeList', () => {
  const trailing = { relatedHeading: null, intro: null, trailing: true };

  it('keeps a closing chronology and a closing list of sentences', () => {
    expect(judgeList(['Oct. 18 – Spy agency says troops left', 'Oct. 23 – Minister confirms'], trailing).kind).toBe('content');
    expect(judgeList(['The bridge will close.', 'The ferry will run twice daily.'], trailing).kind).toBe('content');
  });

  it('drops a closing list of headlines, and one under a related-links heading whatever its items', () => {
    expect(judgeList(HEADLINES, trailing)).toEqual({
      kind: 'furniture',
      why: 'a list after the last paragraph whose items all read like headlines (links to other stories)',
    });
    expect(judgeList(['The bridge will close.'], { ...trailing, relatedHeading: 'Related stories' }).kind).toBe('furniture');
  });
});

describe('judgeLists negative cases', () => {
  it('does not drop a list of headline-shaped points inside the article', () => {
    const result = judge(['The minister listed her aims:', ...HEADLINES.map((h) => `- ${h}`), 'She gave no date.'].join('\n'));
    expect(result.rest).toHaveLength(4);
    expect(result.items.size).toBe(2);
  });

  it('does not drop a list introduced by a colon even at the end', () => {
    const result = judge(['The agency listed other recent stories:', ...HEADLINES.map((h) => `- ${h}`)].join('\n'));
    expect(result.items.size).toBe(2);
  });

  it('does not read a sentence that opens with a year or a clause as dated', () => {
    expect(startsWithDate('Oct. 18: The agency said')).toBe(true);
    expect(startsWithDate('March 2023 – Talks began')).toBe(true);
    expect(startsWithDate('2023: Talks began')).toBe(true);
    expect(startsWithDate('Officials said: the bridge closed')).toBe(false);
    expect(startsWithDate('Storm cuts power to coastal towns')).toBe(false);
  });
});
