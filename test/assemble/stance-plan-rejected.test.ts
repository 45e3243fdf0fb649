import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';

const SAID = { verb: 'said', negated: false, denial: false };
const FOR_A_SIDE = { forThemselves: false, reported: true, forASide: true };

/**
 * A side against a plan or a change — "is against any change", "opposes the plan", "rejects the proposal",
 * "would never be accepted" — rejects it: denies. Not a side against a war or an attack (condemns), a
 * standing position on no plan, "the odds are against", a council voting against, nor a refusal foretold
 * of others ("would never be accepted by the voters").
 */
describe('a plan or a change rejected', () => {
  const rejected = [
    'Fredonburg is against any territorial changes in the region',
    'the Sylvanian government is firmly opposed to the plan to divide the district',
    'we reject the proposal to move the talks to Marsh City',
    'Ruritania has always opposed the idea of a new border',
    'the imposition of a new status on the valley would never be accepted',
    'any change to the borders of Freedonia would never be recognised',
  ];
  it.each(rejected)('%s → denies', (words) => {
    expect(stanceOf(SAID, words, FOR_A_SIDE)).toBe('denies');
  });

  const notRejected = [
    'such attacks on our ports cannot be accepted',
    'we are against this war',
    'We oppose attempts to change the borders by force',
    'Freedonia was always against any kind of rivalry in the region',
    'the odds are against any change in the region',
    'the council voted against the proposal on Monday',
    'the plan would never be accepted by the voters of Marsh City',
  ];
  it.each(notRejected)('%s → not denies', (words) => {
    expect(stanceOf(SAID, words, FOR_A_SIDE)).not.toBe('denies');
  });
});
