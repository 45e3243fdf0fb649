import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * What the words describe or assess rather than tell as happening (`other`), reported by a side with
 * "said"; each class beside look-alikes that tell a happening or a fact, which are still affirmed.
 */

/** The stance of `words` reported by a side with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

const classes: [string, [string, Stance][]][] = [
  [
    'a question still open, a state still in force, the quality of a force',
    [
      ['the border dispute is still unresolved', 'other'],
      ['the old accords between the two kingdoms are still relevant', 'other'],
      ['the reform was irreversible', 'other'],
      ['the province is stable', 'other'],
      ['the port is key to the island’s economy', 'other'],
      ['the recruits were inexperienced but highly disciplined', 'other'],
      ['two officers were disciplined for desertion', 'confirms'],
      ['the port remains closed', 'confirms'],
      ['20 soldiers were killed', 'confirms'],
      ['the troops had arrived in the capital', 'confirms'],
    ],
  ],
  [
    'yet another',
    [
      ['the flood is yet another blow to the farmers', 'other'],
      ['another convoy arrived on Monday', 'confirms'],
    ],
  ],
  [
    'a meaning denied',
    [
      ['the truce does not mean that the war is over', 'other'],
      ['the visit doesn’t necessarily mean a change of policy', 'other'],
      ['the army did not withdraw from the town', 'confirms'],
    ],
  ],
  [
    'a matter of principle, time or honour',
    [
      ['it was a matter of principle to help the flood victims', 'other'],
      ['it is only a matter of time before the dam gives way', 'other'],
      ['as a matter of urgency, troops were sent to the border', 'confirms'],
    ],
  ],
  [
    'a view of what something is',
    [
      ['Ruhl sees the pact as a betrayal', 'other'],
      ['the government views the vote as void', 'other'],
      ['the move was widely seen as a warning to the neighbours', 'other'],
      ['the villagers saw the bridge collapse', 'confirms'],
      ['the police saw as many as 300 people in the square', 'confirms'],
      ['the crew saw the tanker as it sank', 'confirms'],
    ],
  ],
  [
    'a first, a turning point, a new chapter',
    [
      ['it was the first time since 1994 that the two leaders met', 'other'],
      ['the summit marks a new chapter in relations', 'other'],
      ['the vote marked a turning point in the campaign', 'other'],
      ['for the first time, the rebels crossed the river', 'confirms'],
      ['the incident marks the 14th attack on the pipeline', 'confirms'],
    ],
  ],
  [
    'the only or the best way',
    [
      ['dialogue is the only way to settle the dispute', 'other'],
      ['negotiations remain the best option', 'other'],
      ['this is the right decision', 'other'],
      ['the target was the main radar site', 'confirms'],
    ],
  ],
  [
    'importance weighed',
    [
      ['the treaty is of great importance for the region', 'other'],
      ['the port plays a key role in the grain trade', 'other'],
      ['the deal is in the interests of both countries', 'other'],
      ['the sappers have played a vital role in clearing the fields', 'confirms'],
    ],
  ],
  [
    'a capability described',
    [
      ['the rebels remain capable of striking ships far from the coast', 'other'],
      ['the navy has the capability to intercept such missiles', 'other'],
      ['the shelter has the capacity to house 2,000 people', 'confirms'],
    ],
  ],
];

describe.each(classes)('%s', (_name, cases) => {
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
