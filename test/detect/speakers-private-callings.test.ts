import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker (actor or words) and government of the first statement. */
const firstCredit = (sentence: string) => {
  const s = statements([sentence])[0];
  return s ? [s.speaker.actor ?? s.speaker.name ?? s.speaker.description, s.government] : null;
};

describe('"Freedonian singer Karl Weiss said": an artist, a cleric or an athlete speaks for no government, whatever their demonym', () => {
  it.each([
    ['Freedonian singer Karl Weiss said the world had failed the refugees.', ['Karl Weiss', null]],
    ['Sylvanian poet Jan Lind said the valley was lost.', ['Jan Lind', null]],
    ['Freedonian archbishop Karl Weiss said the church would shelter the families.', ['Karl Weiss', null]],
    ['The Sylvanian patriarch said the faithful were praying for peace.', ['The Sylvanian patriarch', null]],
    ['Freedonian billionaire Karl Weiss said he would fund the camps.', ['Karl Weiss', null]],
    ['Sylvanian footballer Jan Lind said the match should be moved.', ['Jan Lind', null]],
  ])('%s', (sentence, expected) => {
    expect(firstCredit(sentence)).toEqual(expected);
  });

  it.each([
    // An office of the state before the name: the side the demonym names speaks.
    ['Freedonian Ambassador Karl Weiss said the talks would resume.', ['Karl Weiss', 'freedonia']],
    ['Sylvanian Governor Jan Lind said the roads were open.', ['Jan Lind', 'sylvania']],
    ['Freedonian Senator Karl Weiss said the camps were full.', ['Karl Weiss', 'freedonia']],
    ['Sylvanian General Jan Lind said the troops had withdrawn.', ['Jan Lind', 'sylvania']],
    ['Freedonian spokesman Karl Weiss said the port was shut.', ['Karl Weiss', 'freedonia']],
    ['Sylvanian Deputy Minister Jan Lind said the aid had arrived.', ['Jan Lind', 'sylvania']],
  ])('near miss: %s', (sentence, expected) => {
    expect(firstCredit(sentence)).toEqual(expected);
  });
});
