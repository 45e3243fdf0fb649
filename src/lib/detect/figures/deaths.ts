import type { UnitMatcher } from './categories.ts';

/** Words a count of deaths goes by, in the order a topic's units are tried. */
const DEATH_UNITS = ['deaths', 'dead', 'killed', 'fatalities', 'casualties'];

/**
 * The topic's category of deaths: the category of the first of the usual words for the dead that
 * the topic lists as a unit; null when it lists none. A toll ("the toll rose to 68") and lives ("the
 * blast claimed 68 lives", "the lives of 68 people") count deaths, whatever the topic calls them.
 */
export function deathsCategory(matcher: UnitMatcher, sentence: string): string | null {
  for (const unit of DEATH_UNITS) {
    const match = matcher.match([unit], sentence);
    if (match) return match.category;
  }
  return null;
}
