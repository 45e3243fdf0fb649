import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/**
 * A report with two contents, a partial quote in the second: "said A and that B “…”" lists A as reported
 * speech of its own and the quote as the partial quote of B; "declared that A, and on Monday, the
 * “authorities” accepted …" ends the report at the comma, the writer's next dated happening after it,
 * and the scare quote in that happening is nobody's. A quote that had carried the whole report had
 * lost A, with its negation.
 */

/** Each statement of one sentence as [kind, quote or reported words]. */
const read = (text: string) => statements([text]).map((m) => [m.kind, m.kind === 'quote' ? m.quote : m.reported]);

describe('two contents of one report, a partial quote in the second', () => {
  it.each<[string, string, (string | null)[][]]>([
    [
      '"and that" after a clause of its own',
      'Ruhl on Monday said his navy had cleared the strait and that now the port would be “safe” for all ships.',
      [
        ['reported', 'his navy had cleared the strait'],
        ['quote', 'safe'],
      ],
    ],
    [
      '", and that" after a clause of its own',
      'Berg confirmed that the convoy had reached Marsh City, and that the priority was to reach “the most remote villages”.',
      [
        ['reported', 'that the convoy had reached Marsh City'],
        ['quote', 'the most remote villages'],
      ],
    ],
    [
      'a dated clause of the writer after ", and", its subject a name before a scare quote',
      'Freedonia declared that it would not take part in the fighting, and on Monday, Sylvanian “authorities” accepted a truce offer.',
      [['reported', 'that it would not take part in the fighting']],
    ],
    [
      'a dated clause of the writer after ", and", its subject a determiner and a scare quote',
      'The Palace announced that the border would stay closed, and in October, the “interim” council resigned.',
      [['reported', 'that the border would stay closed']],
    ],
    [
      'a dated clause of the writer with no quotation: the report ends at its comma',
      'Freedonia declared that it would not take part in the fighting, and on Monday, Ruhl accepted a truce offer.',
      [['reported', 'that it would not take part in the fighting']],
    ],
    // Near misses: the report's words go on as one content.
    ['"and" with no "that"', 'Ruhl said the navy had cleared the strait and the port would be “safe” for all ships.', [['quote', 'safe']]],
    ['"and that" after too few words to say something', 'Ruhl said it was clear and that the port would be “safe”.', [['quote', 'safe']]],
    ['"and that" joining two relative clauses of one noun', 'Ruhl praised the crews that stayed and that “fought bravely” for the port.', [['quote', 'fought bravely']]],
    [
      'a date inside a second "that" clause: the speaker’s',
      'Freedonia declared that it would not take part in the fighting, and that on Monday, Ruhl would sign a truce.',
      [['reported', 'that it would not take part in the fighting, and that on Monday, Ruhl would sign a truce']],
    ],
    ['a date set off by commas, with no "and" before it', 'Berg said that on Monday, the convoy had reached the “front line”.', [['quote', 'front line']]],
    ['a date after ", and" with no subject of its own', 'Berg said the talks would resume, and on Monday, would “press for a deal”.', [['quote', 'press for a deal']]],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
