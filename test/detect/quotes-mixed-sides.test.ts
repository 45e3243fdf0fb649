import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const lastCredit = (paragraphs: string[]) => {
  const last = statements(paragraphs).at(-1);
  return [last?.quote, last?.speaker.actor ?? null, last?.government ?? null];
};

describe('a sentence that quotes speakers of two sides leaves no speaker for a bare quotation after it', () => {
  it.each([
    [['“We will respond,” said Tomas Ruhl, after Anna Berg accused Sylvania of “hiding” the boats.', '“Any escalation is their fault.”'], 'Any escalation is their fault.'],
    [['“The boats are heroes,” Anna Berg said, as Tomas Ruhl called the convoy “a provocation”.', '“Their feat will be remembered.”'], 'Their feat will be remembered.'],
    [['“We will respond,” said Tomas Ruhl, after Anna Berg accused Sylvania of “hiding” the boats. “Any escalation is their fault.”'], 'Any escalation is their fault.'],
  ])('leaves the quotation unattributed: %j', (paragraphs, quote) => {
    expect(lastCredit(paragraphs)).toEqual([quote, null, null]);
  });

  it.each([
    // One side in the last sentence that quoted anyone: it goes on.
    [['“We will respond,” Tomas Ruhl said. Anna Berg said the boats “had left”.', '“The port is closed.”'], 'anna-berg'],
    [['“We will respond,” Tomas Ruhl said, calling the claims “absurd”.', '“The port is open.”'], 'tomas-ruhl'],
  ])('goes on with the speaker when one side spoke: %j', (paragraphs, actor) => {
    expect(lastCredit(paragraphs)[1]).toBe(actor);
  });
});

describe('"he" or "she" right after a sentence that quotes persons of two sides', () => {
  it('is left unresolved: either may be meant', () => {
    const paragraphs = ['“We will respond,” said Tomas Ruhl, after Anna Berg accused Sylvania of “hiding” the boats.', '“Any escalation is their fault,” he added.'];
    expect(lastCredit(paragraphs)).toEqual(['Any escalation is their fault', null, null]);
  });

  it.each([
    // One side quoted: the pronoun goes on with the speaker.
    [['“We will respond,” Tomas Ruhl said, calling the claims “absurd”.', '“The port is open,” he added.'], 'tomas-ruhl'],
    // A sentence between names the speaker again: the pronoun reads as before.
    [['“We will respond,” said Tomas Ruhl, after Anna Berg accused Sylvania of “hiding” the boats.', 'Tomas Ruhl later spoke to reporters. “The port is open,” he said.'], 'tomas-ruhl'],
  ])('reads the pronoun as before otherwise: %j', (paragraphs, actor) => {
    expect(lastCredit(paragraphs)[1]).toBe(actor);
  });
});
