/** A force or mission of no named party, foretold by a side as sent out: its own deployment, undertaken. Generic English. */
import type { StanceSpeaker } from './speaker.ts';

/**
 * A force, a mission or its crews with no party named, then foretold in the passive as sent out: "the
 * mission will be deployed at sea", "a naval force will be deployed in the strait", "two frigates will also
 * be sent to the gulf" (not "Sylvanian troops will be deployed", another party named; nor "will be
 * withdrawn", "will be attacked", nor "were deployed", told as past).
 */
const FORCE_SENT_OUT =
  /^\W*(?:that\s+)?(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Mm]ore|[Aa]dditional|[Ee]xtra)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(?:force|forces|mission|troops|soldiers|frigates?|warships?|destroyers?|vessels|ships|officers|personnel|units|contingent|peacekeepers)\s+(?:will|shall)\s+(?:also\s+|soon\s+|now\s+)?be\s+(?:deployed|sent|stationed|dispatched|posted)\b/u;

/**
 * Whether a side foretells a force of no named party sent out (FORCE_SENT_OUT): told by the side, the
 * force is its own, and it undertakes the deployment, as "we will deploy" would. Not a report, an analyst
 * or the media, who tell or weigh another's deployment.
 */
export function ownForceDeployed(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true || speaker.assesses === true) return false;
  return /deployed|sent|stationed|dispatched|posted/.test(clause) && FORCE_SENT_OUT.test(clause);
}
