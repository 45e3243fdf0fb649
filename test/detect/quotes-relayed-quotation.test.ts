import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const credits = (sentence: string) => statements([sentence]).map((m) => [m.speaker.actor ?? m.speaker.description, m.kind]);

describe('a source named after a quotation and its speaker only carries the quotation', () => {
  it.each([
    ['“The boats will not return to the port,” Berg said, according to the Courier.', [['anna-berg', 'quote']]],
    ['“We stand with the crews of Marsh City,” said Tomas Ruhl, per the Courier.', [['tomas-ruhl', 'quote']]],
    ['“The talks have failed,” Ruhl told reporters, as per the Courier.', [['tomas-ruhl', 'quote']]],
  ])('lists the quotation only: %s', (sentence, expected) => {
    expect(credits(sentence)).toEqual(expected);
  });

  it.each([
    // Reported words are the source's telling too.
    ['Berg said the troops had left the port, according to the Courier.', [['anna-berg', 'reported'], ['daily-courier', 'reported']]],
    ['Ruhl said the port had “fallen” overnight, per the Courier.', [['tomas-ruhl', 'quote'], ['daily-courier', 'reported']]],
    // Words of the writer's beside the quotation: the source tells them.
    ['The boats left after Berg said “enough”, according to the Courier.', null],
    // A person who passes on what they heard tells it as their own account.
    ['“The port is closed,” the Freedonian Defence Ministry said, according to Max Ober.', null],
  ])('keeps the source’s own statement: %s', (sentence, expected) => {
    const found = credits(sentence);
    if (expected) expect(found).toEqual(expected);
    expect(found.some(([speaker]) => speaker === 'daily-courier' || speaker === 'max-ober')).toBe(true);
  });
});
