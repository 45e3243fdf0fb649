import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/**
 * A speech verb in an infinitive after a verb that moved someone to speak ("prompted the ministers to
 * urge …", "led Minister Weiss to call for …", "spurred the firm on Sunday to announce …") is that
 * one's report; an infinitive after a plan or a wish, a moving verb whose object is no one, and a
 * moved act that is no speech stay unreported.
 */
describe('the one moved to speak speaks', () => {
  it.each([
    ['The raids prompted the Sylvanian foreign ministers to urge the rebels to halt their attacks on shipping.', 'the Sylvanian foreign ministers', 'urge'],
    ['The blasts continued overnight, prompting the Ostmark agency to announce a pause of all its sailings.', 'the Ostmark agency', 'announce'],
    ['The shelling of the port led Minister Weiss to call for an end to the blockade.', 'Minister Weiss', 'call for'],
    ['The attacks spurred the shipping firm on Sunday to announce that it was halting its sailings.', 'the shipping firm', 'announce'],
  ])('%s', (sentence, speaker, verb) => {
    const found = statements([sentence]).filter((m) => m.kind === 'reported');
    expect(found.map((m) => [m.speaker.name ?? m.speaker.description, m.verb])).toEqual([[speaker, verb]]);
  });

  it.each([
    'The Sylvanian ministers plan to announce new measures next week.',
    'The raids prompted calls to resume the talks in Marsh City.',
    'The shelling forced the villagers to leave their homes in Fredonburg.',
    'The ministers want to urge the rebels to halt their attacks on shipping.',
  ])('%s → no report', (sentence) => {
    expect(statements([sentence]).filter((m) => m.kind === 'reported')).toEqual([]);
  });
});
