import type { UnitMatcher } from './categories.ts';

/**
 * The topic's category for a kind of count the text names without a unit the topic lists: the
 * category of the first usual word for it that the topic lists as a unit. Generic English only.
 */

/** Words a count of deaths goes by, in the order a topic's units are tried. */
export const DEATH_UNITS = ['deaths', 'dead', 'killed', 'fatalities', 'casualties'];

/** Words a count of the injured goes by, in the order a topic's units are tried. */
const INJURY_UNITS = ['injured', 'wounded', 'injuries', 'casualties'];

/**
 * Nouns that count deaths or injuries by the harm done ("200 injuries", "20 fatalities", "68 lives"),
 * with the usual units of what they count. Generic English only.
 */
const HARMS: Readonly<Record<string, readonly string[]>> = {
  lives: DEATH_UNITS, fatality: DEATH_UNITS, fatalities: DEATH_UNITS, death: DEATH_UNITS, deaths: DEATH_UNITS,
  injury: INJURY_UNITS, injuries: INJURY_UNITS,
};

/** Words small arms go by, in the order a topic's units are tried. */
const ARMS_UNITS = ['small arms', 'firearms', 'guns', 'weapons'];

/** Words ammunition goes by, in the order a topic's units are tried. */
const AMMUNITION_UNITS = ['ammunition', 'rounds of ammunition', 'rounds'];

/** Words container ships go by, in the order a topic's units are tried. */
const CONTAINER_SHIP_UNITS = ['container ships', 'containerships', 'ships', 'vessels'];

/**
 * Nouns for a kind of thing that topics count by a broader word ("800 rifles" handed over are firearms,
 * "5,000 units of munitions" ammunition, "12 containerships" container ships), with the usual words
 * for what they count. Generic English only.
 */
const KINDS: Readonly<Record<string, readonly string[]>> = {
  rifles: ARMS_UNITS, rifle: ARMS_UNITS, pistols: ARMS_UNITS, carbines: ARMS_UNITS, handguns: ARMS_UNITS,
  munitions: AMMUNITION_UNITS, cartridges: AMMUNITION_UNITS, bullets: AMMUNITION_UNITS,
  containerships: CONTAINER_SHIP_UNITS, boxships: CONTAINER_SHIP_UNITS,
};

/**
 * The topic's category for a noun that names a kind of thing it counts by a broader word, when it
 * lists that noun in no category: the category of the first of the broader words it lists. Null for
 * any other noun, or when the topic lists none of those words.
 */
export function kindCategory(matcher: UnitMatcher, noun: string, sentence: string): string | null {
  const units = Object.hasOwn(KINDS, noun) ? KINDS[noun] : undefined;
  if (units === undefined) return null;
  for (const unit of units) {
    const match = matcher.match(unit.split(' '), sentence);
    if (match) return match.category;
  }
  return null;
}

/** Words a whole population goes by, in the order a topic's units are tried. */
const POPULATION_UNITS = ['population', 'inhabitants'];

/** Words the members of an armed force go by, in the order a topic's units are tried. */
const FORCE_UNITS = ['troops', 'soldiers', 'forces', 'personnel', 'servicemen', 'fighters'];

/**
 * The topic's category of deaths: the category of the first of the usual words for the dead that
 * the topic lists as a unit; null when it lists none. A toll ("the toll rose to 68") and lives ("the
 * blast claimed 68 lives", "the lives of 68 people") count deaths, whatever the topic calls them.
 */
export function deathsCategory(matcher: UnitMatcher, sentence: string): string | null {
  return firstListed(DEATH_UNITS, matcher, sentence);
}

/** Words a count of the killed and wounded together goes by, in the order a topic's units are tried. */
const LOSS_UNITS = ['casualties', 'losses', ...DEATH_UNITS];

/**
 * The topic's category of losses in people, killed and wounded together ("losses amount to 4,000
 * people"): the category of the first usual word for them that the topic lists; null when it lists none.
 */
export function lossesCategory(matcher: UnitMatcher): string | null {
  return firstListed(LOSS_UNITS, matcher, '');
}

/**
 * The topic's category for a noun that counts people by the harm done to them ("200 injuries", "20
 * fatalities", "the blast claimed 68 lives"), when the topic lists that noun in no category: the
 * category of the first usual word for those harmed that it lists. Null for any other noun, or when
 * the topic lists none of those words.
 */
export function harmCategory(matcher: UnitMatcher, noun: string, sentence: string): string | null {
  const units = Object.hasOwn(HARMS, noun) ? HARMS[noun] : undefined;
  return units === undefined ? null : firstListed(units, matcher, sentence);
}

/**
 * The topic's category of armed forces: "a 2,000-strong contingent", "a 50-man unit" give the size
 * of a force whatever its noun. Null when the topic lists none of the usual words for soldiers, or
 * lists them only among its dead ("fighters killed"): a force's size is no count of casualties.
 */
export function forcesCategory(matcher: UnitMatcher, sentence: string): string | null {
  const deaths = deathsCategory(matcher, '');
  for (const unit of FORCE_UNITS) {
    const category = matcher.match([unit], sentence)?.category ?? null;
    if (category !== null && category !== deaths) return category;
  }
  return null;
}

/**
 * The topic's category of a population, when it lists `head` too: "19,000 of the 120,000 residents
 * have left", "80% of the region's 120,000 residents" count the whole the part is taken from, as it
 * stood. Null when the topic has no such category or it does not count `head`.
 */
export function populationCategory(matcher: UnitMatcher, head: string): string | null {
  const category = firstListed(POPULATION_UNITS, matcher, '');
  return category !== null && matcher.listsHead(category, head) ? category : null;
}

/** The topic's category of a population, whatever nouns it lists; null when it lists none of the usual words for one. */
export function populationCategoryOf(matcher: UnitMatcher): string | null {
  return firstListed(POPULATION_UNITS, matcher, '');
}

function firstListed(units: readonly string[], matcher: UnitMatcher, sentence: string): string | null {
  for (const unit of units) {
    const match = matcher.match([unit], sentence);
    if (match) return match.category;
  }
  return null;
}
