import { describe, expect, it } from 'vitest';
import { repairWraps } from '../../src/lib/importer/repair-wraps.ts';
import { lines, texts } from './lines.ts';

describe('repairWraps', () => {
  it('rejoins a word broken across lines when the whole word occurs elsewhere in the text', () => {
    const input = 'The minister spoke to the committee.\n\nThe commit\ntee will meet again on Monday.';
    const result = repairWraps(lines(input));
    expect(texts(result.lines)).toEqual(['The minister spoke to the committee.', '', 'The committee will meet again on Monday.']);
    expect(result.messages).toEqual([
      {
        rule: 'wrap/broken-word',
        line: 3,
        reason: 'joined “commit” + “tee” (lines 3–4) into “committee”: “committee” occurs elsewhere in the text',
      },
    ]);
  });

  it('rejoins a word when neither piece is a word anywhere else in the text', () => {
    const result = repairWraps(lines('Repairs to the harbour bridge will be exten\nsive, the mayor said.'));
    expect(texts(result.lines)).toEqual(['Repairs to the harbour bridge will be extensive, the mayor said.']);
  });

  it('rejoins a word broken over three lines', () => {
    const result = repairWraps(lines('The infra\nstruc\nture plan was approved.'));
    expect(texts(result.lines)).toEqual(['The infrastructure plan was approved.']);
  });

  it('keeps the line number of the first line for the joined line', () => {
    expect(repairWraps(lines('Intro.\nThe offi\ncial left.')).lines.map((line) => line.n)).toEqual([1, 2]);
  });
});

describe('repairWraps negative cases: legitimate paragraph breaks are not joined', () => {
  it('keeps one-paragraph-per-line text as it is', () => {
    const input = 'The bridge closed on Friday.\nRepairs will take three weeks.\n“It is overdue,” the mayor said.';
    expect(texts(repairWraps(lines(input)).lines)).toEqual(input.split('\n'));
  });

  it('does not join a paragraph ending on a word to one starting in lower case when both are words of the text', () => {
    const input = 'Officials said the plan was ready and said\nthat work would start soon, officials said that day.';
    const result = repairWraps(lines(input));
    expect(texts(result.lines)).toEqual(input.split('\n'));
    expect(result.messages.map((message) => message.rule)).toEqual(['wrap/check']);
  });

  it('does not join when the first line ends with a space (the break was between words)', () => {
    const input = 'The vote is set for next week \nand the outcome is uncertain.';
    expect(texts(repairWraps(lines(input)).lines)).toEqual(['The vote is set for next week', 'and the outcome is uncertain.']);
  });

  it('does not join when the next line starts with a word that has capitals inside (a brand)', () => {
    const input = 'Sales fell sharply, the company said\niPhone shipments also slowed.';
    expect(texts(repairWraps(lines(input)).lines)).toEqual(input.split('\n'));
  });

  it('does not join a line ending in punctuation, whatever follows', () => {
    const input = 'The minister spoke to the committee.\ncommittee members asked questions.';
    expect(texts(repairWraps(lines(input)).lines)).toEqual(input.split('\n'));
    expect(repairWraps(lines(input)).messages).toEqual([]);
  });

  it('does not join across a blank line', () => {
    const input = 'The commit\n\ntee met. The committee agreed.';
    expect(texts(repairWraps(lines(input)).lines)).toEqual(['The commit', '', 'tee met. The committee agreed.']);
  });

  it('does not join across a line an earlier stage removed', () => {
    const input = lines('The commit\nNews Reporter\ntee met. The committee agreed.').filter((line) => line.n !== 2);
    expect(texts(repairWraps(input).lines)).toEqual(['The commit', 'tee met. The committee agreed.']);
  });

  it('does not join a common short word to the next line', () => {
    const input = 'Talks are held at\nde facto border posts, the agency said.';
    expect(texts(repairWraps(lines(input)).lines)).toEqual(input.split('\n'));
  });
});
