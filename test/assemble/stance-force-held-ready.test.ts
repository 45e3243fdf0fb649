import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

/** The stance of a side's own quoted `words`, with `verb`. */
function quoted(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true, ownSideFirst: true });
}

describe('force held ready against another side threatens; help held ready pledges', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'Freedonia is ready to take additional measures against the Marsh City militia to defend its sailors', 'threatens'],
    ['said', 'Freedonian forces are ready to take action against the rebels targeting cargo ships', 'threatens'],
    ['said', 'Freedonia was “ready to take direct action” to protect the shipping lane', 'threatens'],
    ['said', 'the navy stands ready to take firm measures against any vessel that breaches the blockade', 'threatens'],
    ['vowed', 'to continue attacking ships in the strait despite the new task force', 'threatens'],
    ['said', 'they would also attack Freedonian vessels after the strikes', 'threatens'],
    // Help, justice or a danger met are no force against a side.
    ['said', 'Freedonia is ready to take additional measures to help the refugees', 'pledges'],
    ['said', 'the ministry is ready to take measures against the spread of the disease in the camps', 'pledges'],
    ['vowed', 'to take action against those responsible for the massacre', 'pledges'],
    ['said', 'the coast guard is ready to take action against illegal fishing in the bay', 'pledges'],
    ['said', 'Freedonia stands ready to take firm measures against terrorism in the region', 'pledges'],
    ['said', 'Freedonia was ready to take part in the talks in Marsh City', 'pledges'],
    ['vowed', 'to continue sending aid to the ships in the strait', 'pledges'],
    ['said', 'they would also send doctors to the port after the strikes', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});

describe('a response held in reserve, or foretold in the passive, threatens', () => {
  /** [the verb, the words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'We won’t hesitate to take further action to deter threats to shipping in the strait.', 'threatens'],
    ['said', 'We do reserve the right to take further steps to protect commercial shipping.', 'threatens'],
    ['warned', 'further action will be taken against the militia as concern over the strait grows', 'threatens'],
    ['said', 'If this does not stop, then action will be taken.', 'threatens'],
    ['stating', 'We will not remain passive if the Sylvanians contemplate further escalation.', 'threatens'],
    ['said', 'We will not stay idle if our ports are attacked again.', 'threatens'],
    // A process, help with its purpose, justice, or steps of no force are not threats.
    ['warned', 'legal action will be taken against the shipping company', 'warns'],
    ['said', 'Action will be taken to restore power to the city by Friday.', 'confirms'],
    ['said', 'We reserve the right to take part in the talks in Marsh City.', 'confirms'],
    ['said', 'We won’t hesitate to help the families of the crew.', 'confirms'],
    ['said', 'The markets will not remain passive for long after the storm.', 'other'],
    ['said', 'Our ports did not stay idle during the strike.', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(quoted(verb, words)).toBe(stance);
  });
});
