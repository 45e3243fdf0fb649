import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A state assessed, a person or an outcome characterised, or a state compared with the past, reported
 * by a side with "said": it takes no position on a happening (`other`). Each table holds the class with
 * look-alikes that tell a happening in the same words, which are still affirmed.
 */

/** The stance of `words` reported by a side with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

const classes: [string, [string, Stance][]][] = [
  [
    'a superlative against history',
    [
      ['the floods were the worst the region had seen in a century', 'other'],
      ['food prices were the highest in a decade', 'other'],
      ['the harvest was the best on record', 'other'],
      ['turnout was the lowest it had ever been', 'other'],
      ['the crisis was the most severe in a generation', 'other'],
      ['the worst attack since May killed 20 people', 'confirms'],
      ['the largest convoy yet had crossed the border', 'confirms'],
      ['the worst of the fighting was over', 'confirms'],
    ],
  ],
  [
    'potential judged',
    [
      ['trade between the two countries had enormous potential', 'other'],
      ['the region held vast untapped potential for tourism', 'other'],
      ['potential targets had been struck overnight', 'confirms'],
    ],
  ],
  [
    'an outcome read as a message, a sign or a lesson',
    [
      ['the result was a clear message from voters to the government', 'other'],
      ['the vote was a sign of growing anger in the provinces', 'other'],
      ['the defeat was a lesson for the ruling party', 'other'],
      ['the decision to close the mine was a mistake', 'other'],
      ['it was a drone attack', 'confirms'],
      ['the target was a weapons depot', 'confirms'],
      ['there was a signal failure on the line', 'confirms'],
      ['the launch was a test of a new missile', 'confirms'],
      ['the strikes were a clear message that attacks on shipping would not be tolerated', 'threatens'],
    ],
  ],
  [
    'a person characterised',
    [
      ['the Sylvanian president was a pragmatic leader', 'other'],
      ['Voss was a tough negotiator', 'other'],
      ['the minister was a reliable partner', 'other'],
      ['the gunman was a member of the militia', 'confirms'],
      ['the dead man was a local commander', 'confirms'],
    ],
  ],
  [
    'what something reflects',
    [
      ['the decision reflected growing frustration in parliament', 'other'],
      ['the vote reflects deep divisions in society', 'other'],
      ['the new figures reflected 300 additional deaths', 'confirms'],
    ],
  ],
  [
    'pressure borne',
    [
      ['the Sylvanian leader was under pressure from hardliners at home', 'other'],
      ['the government was under mounting pressure to resign', 'other'],
      ['its positions came under fire overnight', 'confirms'],
      ['the troops were under attack near the river', 'confirms'],
    ],
  ],
  [
    'trust lost',
    [
      ['the governor had lost the trust of the people', 'other'],
      ['the council has lost all credibility', 'other'],
      ['the army had lost control of the town', 'confirms'],
      ['the unit had lost 20 soldiers', 'confirms'],
    ],
  ],
  [
    'an agenda and a law judged',
    [
      ['the agenda of the meeting included energy security and migration', 'other'],
      ['the summit agenda covers trade and climate', 'other'],
      ['the law was unconstitutional', 'other'],
    ],
  ],
  [
    'needs and priorities listed, an act judged lawful',
    [
      ['the most urgent needs included shelter, medicine and food', 'other'],
      ['the government’s priorities included rebuilding schools', 'other'],
      ['their military cooperation conforms with international law', 'other'],
      ['the move was fully consistent with the charter', 'other'],
      ['the agreement complied with international law', 'other'],
      ['the strikes were carried out in accordance with international law', 'confirms'],
      ['the convoy included 40 trucks of food', 'confirms'],
      ['the ship sailed in line with the convoy', 'confirms'],
    ],
  ],
  [
    'needs listed, a condition said to be there, a trend with no figure',
    [
      ['the most urgent needs are shelter, medicine and food', 'other'],
      ['the main needs: water and blankets', 'other'],
      ['there are huge crowds at the registration centres', 'other'],
      ['there was panic in the streets after the blast', 'other'],
      ['the numbers are increasing as we speak', 'other'],
      ['the needs are also growing', 'other'],
      ['their needs were met by the council', 'confirms'],
      ['there were protests outside parliament', 'confirms'],
      ['there are troops in the town', 'confirms'],
      ['the number of arrivals has risen to 100,000', 'confirms'],
    ],
  ],
  [
    'an act read as a kind of act',
    [
      ['the strikes represented a united and resolute response to the raids', 'other'],
      ['the vote represented a major setback for the coalition', 'other'],
      ['the delegates represented 40 countries', 'confirms'],
      ['the militia represented a danger to regional stability', 'warns'],
    ],
  ],
];

describe.each(classes)('%s', (_name, cases) => {
  it.each(cases)('"%s" → %s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
