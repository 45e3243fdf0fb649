import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

/** The stance of `words` a side says in its own voice, with no verb. */
function own(words: string): Stance {
  return stanceOf({ verb: null, negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('a failing laid on another party', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'Sylvania had failed Freedonia by not sending more help', 'condemns'],
    ['said', 'the alliance failed its partners when it mattered most', 'condemns'],
    ['said', 'the council had shied away from its obligations to the valley', 'condemns'],
    ['said', 'the minister succumbed to foreign pressure', 'condemns'],
    ['said', 'Berg had succumbed to Sylvania’s pressure over the pipeline', 'condemns'],
    ['said', 'Fredonburg has made a grave error by closing the border', 'condemns'],
    // The speaker's own failing, a failing denied, and what is no party's failing are told.
    ['said', 'we failed our people', 'confirms'],
    ['said', 'the engine failed Tuesday', 'confirms'],
    ['said', 'the bank failed the stress test', 'confirms'],
    ['said', 'the ministry has never shied away from a fight', 'confirms'],
    ['said', 'the patient succumbed to his wounds', 'confirms'],
    ['said', 'the governor did not succumb to pressure', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });

  /** [the words said, the stance]. */
  const said: [string, Stance][] = [
    ['We are convinced that the Sylvanian leadership is making a massive mistake by cutting these ties.', 'condemns'],
    ['We have made a serious mistake and we will correct it.', 'pledges'],
  ];
  it.each(said)('%s', (words, stance) => {
    expect(own(words)).toBe(stance);
  });
});

describe('blame in hindsight', () => {
  /** [the words said, the stance]. */
  const cases: [string, Stance][] = [
    ['Had Sylvania accepted the truce a month earlier, the losses would have been far smaller.', 'condemns'],
    ['If the council had listened to the engineers, the dam would not have burst.', 'condemns'],
    // The speaker's own, a deed credited, and what no one chose are not blame.
    ['Had we known about the flood, we would have left the valley.', 'confirms'],
    ['Had the army not intervened, hundreds would have died.', 'confirms'],
    ['Had the storm arrived an hour later, the harbour would have been empty.', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(own(words)).toBe(stance);
  });
});
