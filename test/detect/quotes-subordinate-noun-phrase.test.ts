import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Government of the quote of a one-sentence paragraph (undefined when no quote is found). */
function quoteGovernment(sentence: string): string | null | undefined {
  return statements([sentence]).find((s) => s.kind === 'quote')?.government;
}

describe('a participle after "after <noun phrase>," with no verb in it is not that phrase’s words', () => {
  it.each([
    'The city voiced its worry after the Sylvanian military action, calling for "restraint and talks at once".',
    'The town voiced its alarm after the Freedonian army offensive, urging "an end to the siege of the port".',
    'The council voiced its anger after the Sylvanian government decision, demanding "an immediate halt to the shelling".',
    'Markets fell after the Sylvanian strikes, warning of "a long and costly war ahead".',
  ])('no side: %j', (sentence) => {
    expect(quoteGovernment(sentence)).toBeNull();
  });

  it.each([
    ['The fighting flared up after Sylvania launched an offensive, accusing Freedonia of "naked aggression at the border".', 'sylvania'],
    ['The talks stalled when Freedonia began the drills, saying "the drills are purely defensive".', 'freedonia'],
    ['The fires spread when Freedonia struck the depot, calling it "a legitimate military target".', 'freedonia'],
  ])('the clause’s subject, who has a verb: %j', (sentence, government) => {
    expect(quoteGovernment(sentence)).toEqual(government);
  });
});
