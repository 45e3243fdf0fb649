/** A part taken in a fight, told before the praise that honours it. Generic English. */
import { PRAISE } from './condemnation.ts';

/**
 * Taking part told as done: "they took part in the raids", "units of the fleet played an active role
 * in the battle", "fought side by side with the garrison" (not "fulfilled their duty with honour", "displayed
 * great heroism", praise of how; nor "plays a key role", what a party is).
 */
const PART_TAKEN =
  /\b(?:took\s+part\s+in|(?:has|have|had)\s+taken\s+part\s+in|played\s+(?:an?|the)\s+(?:\w+\s+){0,2}?role\s+in|participated\s+in|fought\s+(?:alongside|side\s+by\s+side\s+with|shoulder\s+to\s+shoulder\s+with))\b/i;

/**
 * Whether the clause tells a part taken in a fight (PART_TAKEN) before its first word of praise: "(said) the
 * crews took part in the rescue and showed great courage" tells the part taken, which the praise honours.
 */
export function partTakenBeforePraise(clause: string): boolean {
  const part = PART_TAKEN.exec(clause);
  const praise = PRAISE.exec(clause);
  return part !== null && (praise === null || part.index < praise.index);
}
