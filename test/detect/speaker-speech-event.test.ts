import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const credit = (paragraphs: string[]) => statements(paragraphs).map((s) => [s.speaker.actor, s.government]);

describe('"he" or "she" on a speech event is the author its own sentence names', () => {
  it('reads "a statement by <role>, <Name>, … in which she said" and "she added" after it as that person’s', () => {
    const paragraphs = [
      'The toll rose, the Sylvanian ombudsman said.',
      'It came after a statement by Freedonia’s deputy spokesperson, Anna Berg, at a news conference in which she said that 20 boats were lost. Three more were damaged, she added.',
    ];
    expect(credit(paragraphs)).toEqual([
      [null, 'sylvania'],
      ['anna-berg', 'freedonia'],
      ['anna-berg', 'freedonia'],
    ]);
    expect(credit(['Ruhl spoke first.', 'Then came remarks by Anna Berg during which she said that the port would close.']).at(-1)).toEqual(['anna-berg', 'freedonia']);
  });

  it.each([
    // Someone of the person's, not the person.
    'Then came a statement by Berg’s spokeswoman, in which she said that the port would close.',
    // Two persons before the pronoun: either may be meant.
    'Then came a letter by Berg to Ruhl, in which she said that the port would close.',
    // Another "by" between the author and the pronoun.
    'Then came a statement by Anna Berg, read out by an aide, in which she said that the port would close.',
  ])('does not take the person named when another may be meant: %s', (sentence) => {
    expect(credit(['Analysts doubted it, Max Ober said.', sentence]).at(-1)?.[0]).not.toBe('anna-berg');
  });
});

describe('a person described by a gendered noun is no antecedent of the other gender’s pronoun', () => {
  const last = (paragraphs: string[]) => {
    const { speaker } = statements(paragraphs).at(-1) ?? {};
    return speaker?.name ?? speaker?.description;
  };

  it.each([
    // The man named after the opening date is the one "He" means.
    [['The woman said the boats had left.', 'In May, Tomas Ruhl arrived in Fredonburg. He announced his move to the capital.'], 'Tomas Ruhl'],
    [['The woman said the boats had left.', 'He added that the port was closed.'], 'He'],
    [['A spokesman said the boats had left.', 'She added that the port was closed.'], 'She'],
  ])('does not read the pronoun as the person of the other gender: %j', (paragraphs, expected) => {
    expect(last(paragraphs)).toBe(expected);
  });

  it('reads the pronoun of the same gender as them, as before', () => {
    expect(last(['The woman said the boats had left.', 'She added that the port was closed.'])).toBe('The woman');
    expect(last(['The victim’s mother said the boats had left.', 'She added that the port was closed.'])).toBe('The victim’s mother');
  });
});

describe('an office holder "the minister" refers back to is the last speaker, whom "he" then means', () => {
  it('reads "he said" after "The minister confirmed that …" as the minister, after another side’s report between', () => {
    const paragraphs = ['“We are open to talks,” Ruhl said.', 'According to Fredonburg, 20 boats sank in May.', 'The minister confirmed that 4,000 sailors were killed or wounded.', '“They are a burden,” he said.'];
    expect(statements(paragraphs).map((s) => [s.speaker.actor, s.government]).slice(-2)).toEqual([
      ['tomas-ruhl', 'sylvania'],
      ['tomas-ruhl', 'sylvania'],
    ]);
  });
});
