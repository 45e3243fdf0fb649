/** Terms a side puts on the other side: what it is to give up or leave, in the "is to" of a requirement. Generic English. */
import { A_SET_DATE } from './forecast.ts';
import type { StanceSpeaker } from './speaker.ts';

/** Acts of yielding: giving up arms or ground, leaving, disbanding. */
const YIELDING = String.raw`(?:surrender(?:ed)?|hand(?:ed)?\s+over|lay\s+down|laid\s+down|disarm(?:ed)?|disband(?:ed)?|dissolve[d]?|withdraw(?:n)?|pull(?:ed)?\s+out|evacuate[d]?|dismantle[d]?)`;

/**
 * A requirement put on a party in the "is to" of terms, or in the "had to" that reported speech makes of
 * a "must": "all weapons and heavy armaments are to be surrendered", "the rebel units are to withdraw from
 * the valley", "the militia is to lay down its arms and disband", "(Berg stated) Sylvanian units had to
 * disarm" — the side calls for the yielding. Not a schedule or a plan ("the talks are to be held on
 * Monday", "the bridge is to be reopened", "troops are to withdraw from the town by Friday", a yielding on
 * a set date), nor a yielding told with what brought it about ("the army had to
 * withdraw after the shelling", "we had to flee"), nor the speaker's own ("we are to withdraw").
 */
const YIELD_REQUIRED = new RegExp(
  String.raw`^\W*(?:that\s+)?(?!(?:we|i|our)\b)(?:[\p{L}’'-]+\s+){1,8}?(?:(?:is|are)\s+(?:now\s+|also\s+)?to\s+(?:be\s+)?|had\s+to\s+(?:be\s+)?)${YIELDING}\b(?![^.;]*?\b(?:after|because|when|as\s+a\s+result)\b)`,
  'iu',
);

/** Whether a side's words put a yielding on a party as terms (YIELD_REQUIRED), read only where " to " is. */
export function yieldRequired(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.forASide === true && speaker.finding !== true && speaker.assesses !== true && clause.includes(' to ') && YIELD_REQUIRED.test(clause) && !A_SET_DATE.test(clause);
}
