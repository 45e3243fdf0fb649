import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A quoted fragment read in the writer's sentence: harm a thing suffered, quoted where the writer gives
 * it as the cause ("a drone crashed due to an “in-flight failure”"), acts of force a side cites ("cited
 * “systematic” shelling"), and an act someone is credited with ("crediting them with helping to “free”
 * the valley") tell that it took place. A state or a concern given as a cause or cited, a reason
 * credited, and the rows of the same frames with other heads stay as they were.
 */

/** [reporting verb, the reported words, the words quoted inside them, the stance]. */
type Case = [string, string, string, Stance];

const stance = ([verb, words, quote]: Case): Stance =>
  stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote);

describe('harm suffered, quoted as the cause of what the writer tells', () => {
  const cases: Case[] = [
    ['said', 'a third drone crashed due to an “in-flight failure.”', 'in-flight failure.', 'confirms'],
    ['saying', 'the ferry was listing due to the “extensive damage” the hull had sustained', 'extensive damage', 'confirms'],
    ['said', 'the pumps stopped because of a “sudden explosion” in the engine room', 'sudden explosion', 'confirms'],
    ['said', 'the radar went dark because of a “direct hit” on the mast', 'direct hit', 'confirms'],
    ['says', 'the drone fell out of the sky due to a “technical fault”', 'technical fault', 'confirms'],
    // A state, a concern or a danger given as the cause: the why of what the writer tells.
    ['said', 'the decree was issued because of the “difficult situation” in the region', 'difficult situation', 'other'],
    ['said', 'the talks were put off due to “security concerns” in Marsh City', 'security concerns', 'other'],
    ['said', 'the port was closed due to the “threat” of further damage', 'threat', 'other'],
    ['said', 'the convoy turned back because of the “bad weather”', 'bad weather', 'other'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[3]);
  });
});

describe('acts of force cited, and an act credited', () => {
  const cases: Case[] = [
    ['cited', '“systematic” shelling, “reconnaissance activities” and fortified positions by the Sylvanian troops', 'systematic', 'confirms'],
    ['cited', '“systematic” shelling, “reconnaissance activities” and fortified positions by the Sylvanian troops', 'reconnaissance activities', 'confirms'],
    ['citing', 'repeated “cross-border raids” by the militia', 'cross-border raids', 'confirms'],
    ['crediting', 'them with helping to “free” the valley from Sylvanian control', 'free', 'confirms'],
    ['credited', 'the crews for “repelling the raid” at dawn', 'repelling the raid', 'confirms'],
    // A concern, a reason or a danger cited, and a cause credited, give grounds.
    ['cited', '“security concerns” for the crews of Fredonburg', 'security concerns', 'other'],
    ['citing', 'the “threat” of attacks on its ships', 'threat', 'other'],
    ['cited', '“humanitarian reasons” for the pause', 'humanitarian reasons', 'other'],
    ['credited', 'the rise in prices to the “long blockade”', 'long blockade', 'other'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[3]);
  });
});
