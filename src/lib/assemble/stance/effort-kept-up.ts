/** An effort the speaker's side keeps up towards an end: an undertaking in progress. Generic English. */
import { namedSubjectThen } from './clause.ts';
import type { StanceSpeaker } from './speaker.ts';

/**
 * What the side keeps working for, after its subject: "continue to work towards a sustainable ceasefire",
 * "will keep striving for a settlement", "are working towards the release of the crew", "continue to make
 * every effort", "continues to make its appeal to the local population" (not "continue to work in the
 * fields", "are working on the front line", where and how people work; nor "continue to make progress",
 * what comes of it; "continue to press for", a demand, is a call's).
 */
const EFFORT = String.raw`(?:(?:do|does|also|still|will|shall)\s+)?(?:(?:continue|continues|keep|keeps)\s+(?:to\s+)?|(?:is|are|am)\s+(?:still\s+|now\s+|also\s+)?)(?:(?:work(?:ing)?|striv(?:e|ing))\s+(?:hard\s+|closely\s+|tirelessly\s+)?(?:towards?|for)\s|mak(?:e|ing)\s+(?:every\s+|all\s+|our\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:efforts?|appeals?)\b)`;

/** The effort told of the speaker's own side, in the first person: "we continue to work towards …". */
const OWN_EFFORT = new RegExp(String.raw`^\W*(?:that\s+)?(?:we|i)\s+${EFFORT}`, 'iu');

/** The effort told of a side named first (namedSubjectThen): "Freedonia continues to make its appeal …". */
const NAMED_EFFORT = namedSubjectThen(EFFORT);

/**
 * Whether a side keeps up an effort of its own towards an end (OWN_EFFORT; NAMED_EFFORT when the words
 * open with the speaker's own side): it undertakes to go on, as "will" would. Not a report or an analyst
 * of no side ("(the report says) Sylvania continues to push for talks" tells another's effort).
 */
export function effortKeptUp(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true || speaker.assesses === true) return false;
  if (!/work|striv|effort|appeal/i.test(clause)) return false;
  return OWN_EFFORT.test(clause) || (speaker.ownSideFirst === true && NAMED_EFFORT.test(clause));
}
