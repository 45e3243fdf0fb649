import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The actor (or words) of the first statement's speaker. */
const firstSpeaker = (sentence: string) => {
  const s = statements([sentence])[0];
  return s ? (s.speaker.actor ?? s.speaker.name ?? s.speaker.description) : null;
};

describe('"…, but only if they agree, said Berg": a clause opened by a conjunction describes no speaker, who is named after the verb', () => {
  it.each([
    ['Sylvania is considering handing over two sailors, but only if they agree, said Anna Berg.', 'anna-berg'],
    ['Freedonia will hand over two sailors, but not before Friday, said Tomas Ruhl.', 'tomas-ruhl'],
    ['Freedonia will reopen the port, if the talks go well, said Anna Berg.', 'anna-berg'],
    ['The boats will stay in the port, unless the weather turns, said Tomas Ruhl.', 'tomas-ruhl'],
    ['The boats will stay in the port, although the weather has turned, said Anna Berg.', 'anna-berg'],
  ])('%j', (sentence, speaker) => {
    expect(firstSpeaker(sentence)).toBe(speaker);
  });

  it.each([
    // An aside about the speaker between commas still describes them.
    ['Anna Berg, who is on a trip to Sylvania, said the talks would go on.', 'anna-berg'],
    ['The spokesperson, Anna Berg, said the talks would go on.', 'anna-berg'],
    ['Tomas Ruhl, speaking on condition of anonymity, said the talks would go on.', 'tomas-ruhl'],
    ['Officials, meanwhile, said the talks would go on.', 'Officials'],
    // "although" before a description with no verb concedes something of the speaker.
    ['Tomas Ruhl, although a critic of the plan, said the talks would go on.', 'tomas-ruhl'],
    // "or" and "and" close a gloss or a list that is the speaker.
    ['The State Bureau, or the Bureau, reported the talks would go on.', 'freedonia-state-bureau'],
  ])('keeps the aside: %j', (sentence, speaker) => {
    expect(firstSpeaker(sentence)).toBe(speaker);
  });
});
