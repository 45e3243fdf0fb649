import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each text's first statement: speaker (name, else description) and government. */
function credit(text: string): [string, string | null | undefined, string | null | undefined] {
  const [mention] = statements([text]);
  return [text, mention?.speaker.name ?? mention?.speaker.description, mention?.government];
}

describe('speakers: a country inside a party’s name', () => {
  it('gives no government to a speaker whose country is only a word of a party’s name', () => {
    const cases: [string, string, string | null][] = [
      ['A spokeswoman for the Mother Sylvania bloc, Lena Kowal, said the count was rigged.', 'Lena Kowal', null],
      ['Lena Kowal, a leader of the Sylvania Forward party, said the count was rigged.', 'Lena Kowal', null],
      ['Representative of the Free Freedonia movement Jan Weiss called on voters to stay home.', 'Jan Weiss', null],
      ['“The count was rigged,” said Jan Weiss of the Rebuild Freedonia Party.', 'Jan Weiss of the Rebuild Freedonia Party', null],
      // The country told outside the name as well, or by its adjective: that side still.
      ['Sylvania’s ruling Green Path party said the count was fair.', 'Sylvania’s ruling Green Path party', 'sylvania'],
      ['A Sylvanian lawmaker of the Mother Sylvania bloc said the count was rigged.', 'A Sylvanian lawmaker of the Mother Sylvania bloc', 'sylvania'],
      ['The Sylvanian People’s Party said the count was fair.', 'The Sylvanian People’s Party', 'sylvania'],
      // A name the country is all of says nothing either way; left as read.
      ['A member of the Sylvania party said the count was fair.', 'A member of the Sylvania party', 'sylvania'],
    ];
    for (const [text, speaker, government] of cases) expect(credit(text)).toEqual([text, speaker, government]);
  });
});

describe('speakers: one of an office’s first holders', () => {
  it('gives no government to the first president or prime minister of a country, but keeps a rank or a present holder', () => {
    const cases: [string, string, string | null][] = [
      ['The first Prime Minister of Sylvania Jan Weiss announced that the protests would go on.', 'Jan Weiss', null],
      ['Freedonia’s first president, Jan Weiss, said the protests would go on.', 'Jan Weiss', null],
      ['Jan Weiss, the second president of Freedonia, said the protests would go on.', 'Jan Weiss', null],
      // A rank, a present holder's distinction, an occasion: the government still.
      ['Sylvania’s first deputy prime minister Jan Weiss said the protests would end.', 'Jan Weiss', 'sylvania'],
      ['Jan Weiss, the first female president of Freedonia, said the protests would end.', 'Jan Weiss', 'freedonia'],
      ['Jan Weiss, the first president of Freedonia to win twice, said the protests would end.', 'Jan Weiss', 'freedonia'],
      ['Freedonian President Jan Weiss said the protests would end.', 'Jan Weiss', 'freedonia'],
    ];
    for (const [text, speaker, government] of cases) expect(credit(text)).toEqual([text, speaker, government]);
  });
});
