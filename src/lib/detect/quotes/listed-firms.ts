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
  const head = role.split(/[,(;]|\s(?:of|at|for)\s/u)[0]?.trim().split(/\s+/).at(-1)?.toLowerCase().replace(/['’]s?$/u, '') ?? '';
  return ORG_ROLES.has(head) && !PERSON_ROLES.has(head) && !PRIVATE_PERSONS.has(head);
}

/**
 * Whether the words that name a listed commentator name its body rather than one of its people: the
 * title before the name (lower case, '' when none) is no person's ("Rover Lines said", "the shipping
 * company Rover Lines", not "a Rover Lines spokesperson" nor "Rover Lines chief executive …").
 */
export function speaksAsListedBody(role: string | undefined, title: string): boolean {
  return roleNamesABody(role) && !PERSON_ROLES.has(title) && !PRIVATE_PERSONS.has(title);
}
