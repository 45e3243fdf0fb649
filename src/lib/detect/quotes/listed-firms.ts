/**
 * Firms, associations and other bodies the topic data lists as commentators, which speak for no
 * government: "Rover Lines" with the role "shipping company" is an institution, so a later "it said"
 * may mean it, as it means a ministry; read as a person, "it" skipped back past it to whichever body
 * spoke before (another side's).
 */
import { ORG_ROLES, PERSON_ROLES, PRIVATE_PERSONS } from './word-lists.ts';

/**
 * Whether a listed commentator's role (the topic data's words) names a body: its head noun, the last
 * word before a comma, a parenthesis or "of", "at" or "for", is an institution's ("shipping company",
 * "maritime security firm (guards of …)", "association of ports"), not a person's ("senior analyst at
 * the Marsh Institute", "chief executive, Rover Lines", "owner of the tanker …").
 */
export function roleNamesABody(role: string | undefined): boolean {
  if (!role) return false;
  // "Marsh City-based think tank": the compound is a body, though "tank" alone names none.
  if (THINK_TANK.test(headWords(role))) return true;
  const head = headOf(role);
  return ORG_ROLES.has(head) && !PERSON_ROLES.has(head) && !PRIVATE_PERSONS.has(head);
}

/** "think tank", "think-tank" at the end of a role's head words. */
const THINK_TANK = /\bthink[- ]tanks?$/iu;

/** The words of a role or name up to a comma, a parenthesis or "of", "at" or "for". */
function headWords(words: string): string {
  return words.split(/[,(;]|\s(?:of|at|for)\s/u)[0]?.trim() ?? '';
}

/** The head noun of a role or name, lower case, without a possessive: "institute" of "Marsh Institute for Naval Studies". */
function headOf(words: string): string {
  return headWords(words).split(/\s+/).at(-1)?.toLowerCase().replace(/['’]s?$/u, '') ?? '';
}

/**
 * Whether a listed commentator's own name is a body's: its head noun is an institution's ("Marsh
 * Institute for Naval Studies", "the Joint Shipping Committee", "Port Owners' Association"), and
 * the role, if any, names no person ("analyst Karl Guard" stays a person).
 */
function nameNamesABody(name: string, role: string | undefined): boolean {
  const head = headOf(name);
  if (!ORG_ROLES.has(head) || PERSON_ROLES.has(head) || PRIVATE_PERSONS.has(head)) return false;
  const roleHead = role ? headOf(role) : '';
  return !PERSON_ROLES.has(roleHead) && !PRIVATE_PERSONS.has(roleHead);
}

/**
 * Whether the words that name a listed commentator name its body rather than one of its people: the
 * title before the name (lower case, '' when none) is no person's ("Rover Lines said", "the shipping
 * company Rover Lines", not "a Rover Lines spokesperson" nor "Rover Lines chief executive …").
 */
export function speaksAsListedBody(role: string | undefined, title: string, name = ''): boolean {
  return (roleNamesABody(role) || nameNamesABody(name, role)) && !PERSON_ROLES.has(title) && !PRIVATE_PERSONS.has(title);
}
