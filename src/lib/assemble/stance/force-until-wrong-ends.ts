/** A side's force kept up until the other side's wrong ends, in the longer shapes a spokesman uses. Generic English. */
import type { StanceSpeaker } from './speaker.ts';

/**
 * Force kept up, however its owner is named, then the other side's wrong whose end it waits for: "the
 * operations of the Sylvanian armed forces in the Marsh Sea against Freedonian shipping will continue until
 * the aggression stops", "Sylvanian military operations will continue until the blockade is lifted", "the
 * army will continue its reprisal attacks against Freedonia until it stops its war of aggression", "we
 * will persist until the aggression comes to an end", and one attack or raid kept up till a wrong the other
 * side does ends: "the attack will not stop until Freedonia stops the genocide", "… until it ends its crimes",
 * or till the aid it withholds gets through (its siege lifted): "the operations will continue until food and
 * medicine reach the whole valley"
 * (not "rescue operations will continue until the war
 * ends", help; nor "the talks will continue until …", "operations will continue until all survivors are
 * found", no wrong waited on; nor "we will continue to support them until the war ends", help again; nor
 * "the airlift operations will continue until food reaches every village", help delivered; nor
 * "attacks on our ships will continue until …", the other side's force).
 */
const FORCE_UNTIL_WRONG_ENDS =
  /(?:(?<!\b(?:rescue|relief|humanitarian|aid|evacuation|search|peacekeeping|demining|recovery|airlift|distribution|delivery|supply)\s+)\b(?:operations?|attacks?|strikes?|raids?|reprisals)\b(?!\s+(?:on|against)\s+(?:our|us)\b)[^.;]{0,140}?\b(?:will|would|shall)\s+(?:\p{Ll}+ly\s+)?(?:continue|go\s+on|persist|not\s+(?:stop|cease|end|halt))|\b(?:will|would|shall)\s+(?:\p{Ll}+ly\s+)?continue\s+(?:its|their|our|the)\s+(?:[\p{L}-]+\s+)?(?:operations|attacks|strikes|raids|reprisals)\b[^.;]{0,80}?|\b(?:we|they|it|the\s+group|the\s+movement)\s+(?:will|would|shall)\s+(?:\p{Ll}+ly\s+)?(?:persist|fight\s+on|keep\s+fighting|press\s+on))\s+(?:until|unless|as\s+long\s+as)\b[^.;]{0,80}?(?:\b(?:aggression|siege|blockade|occupation|war|offensive|bombardment|bombing|genocide|massacres?|crimes|killings?)\b|\b(?:food|aid|medicine|medicines|medical\s+(?:aid|supplies)|fuel|supplies)\b[^.;]{0,40}?\b(?:reach(?:es)?|enters?|(?:is|are)\s+(?:allowed|let)\s+(?:in|into|to)|flows?)\b)/iu;

/** Whether a side's words keep its force up until the other side's wrong ends (FORCE_UNTIL_WRONG_ENDS), read only where "until", "unless" or "as long as" is. */
export function forceUntilWrongEnds(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.forASide === true && speaker.assesses !== true && /until|unless|as long as/i.test(clause) && FORCE_UNTIL_WRONG_ENDS.test(clause);
}
