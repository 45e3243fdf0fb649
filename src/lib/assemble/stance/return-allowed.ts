/**
 * Return allowed to people who left: "those who left will be able to return", "the residents of the valley
 * who fled the region can return to their homes", "Freedonians who left Sylvania are free to return" — the
 * side that holds the land lets them come back, an undertaking (the corpus gold reads such an assurance as
 * a pledge). Not "the troops can return to base" nor "the ships may return to port" (no people who left),
 * "the refugees cannot return" or "can never return" (no leave given), "they could return if the fighting
 * ends" (a possibility weighed), nor "residents said the soldiers can return" (another subject).
 */
const PEOPLE_WHO_LEFT = String.raw`(?:[Tt]hose|[Pp]eople|[Rr]esidents|[Rr]efugees|[Dd]isplaced(?:\s+(?:persons|people))?|[Ee]vacuees|[Ff]amilies|[Ii]nhabitants|\p{Lu}\p{Ll}+(?:ians|ans|ese|is))`;

const RETURN_ALLOWED = new RegExp(
  String.raw`\b${PEOPLE_WHO_LEFT}(?:\s+(?:of|from|in)\s+[^.;,]{1,40}?)?(?:\s+(?:who|that)\s+[^.;]{1,100}?)?\s+(?:can|will\s+be\s+(?:able|allowed|free)\s+to|are\s+(?:free|welcome|allowed)\s+to)\s+(?:(?:also|always|still|now)\s+)?return\b`,
  'u',
);

/** Whether the clause lets people who left come back (RETURN_ALLOWED), read only where "return" is. */
export function returnAllowed(clause: string): boolean {
  return clause.includes('return') && RETURN_ALLOWED.test(clause);
}
