import { describe, expect, it } from 'vitest';
import { detectAuthorName } from '../../src/lib/importer/detect-author-name.ts';
import { lines, texts } from './lines.ts';

describe('detectAuthorName', () => {
  it('reads a bare name under the headline as the byline and takes it out of the text', () => {
    const result = detectAuthorName(lines('Bridge closes for repairs\nJane Doe\nThe city closed its main bridge on Friday.'));
    expect(result.byline).toEqual({ value: 'Jane Doe', text: 'Jane Doe', line: 2 });
    expect(texts(result.rest)).toEqual(['Bridge closes for repairs', 'The city closed its main bridge on Friday.']);
    expect(result.messages).toEqual([
      { rule: 'credit/author-name', field: 'byline', line: 2, reason: '“Jane Doe”: a name alone under the headline, read as the byline' },
    ]);
  });

  it('reads the agency beside the name as wire', () => {
    const result = detectAuthorName(lines('Bridge closes for repairs\n\nJane Doe, Reuters\n\nThe city closed its main bridge on Friday.'));
    expect(result.byline?.value).toBe('Jane Doe');
    expect(result.wire).toEqual([{ value: 'Reuters', text: 'Jane Doe, Reuters', line: 3 }]);
  });

  it('takes the first line when a saved page already named the headline', () => {
    const result = detectAuthorName(lines('Jane Doe\nThe city closed its main bridge on Friday.'), { headlineAbove: true });
    expect(result.byline?.value).toBe('Jane Doe');
  });
});

describe('detectAuthorName negative cases', () => {
  it('keeps a name the article mentions again, and says so', () => {
    const result = detectAuthorName(lines('Minister speaks\nJane Doe\nJane Doe, the transport minister, closed the bridge on Friday.'));
    expect(result.byline).toBeNull();
    expect(result.rest).toHaveLength(3);
    expect(result.messages.map((message) => message.rule)).toEqual(['credit/author-unsure']);
  });

  it('does not take a section label, a lede, or a name with nothing under it', () => {
    expect(detectAuthorName(lines('Bridge closes for repairs\nWorld News\nThe city closed its bridge.')).byline).toBeNull();
    expect(detectAuthorName(lines('Bridge closes for repairs\nThe city closed its bridge.\nIt reopens in April.')).byline).toBeNull();
    expect(detectAuthorName(lines('Bridge closes for repairs\nJane Doe')).byline).toBeNull();
  });

  it('does not look under a first line that is not a headline', () => {
    expect(detectAuthorName(lines('The city closed its bridge on Friday.\nJane Doe\nIt reopens in April.')).byline).toBeNull();
  });
});
