import { singular } from './plural.ts';

/**
 * Nouns for people (singular, as `singular` gives them). A count of people that its clause says were
 * killed, held or moved ("five civilians were killed") is a figure of that clause's category even when
 * the topic lists no such unit; a count of other things the topic does not list ("three villages were
 * captured") stays out. Generic English only.
 */
const PEOPLE: ReadonlySet<string> = new Set([
  'people', 'person', 'civilian', 'child', 'children', 'woman', 'women', 'man', 'men', 'resident', 'villager', 'citizen',
  'local', 'national', 'soldier', 'troop', 'officer', 'general', 'commander', 'sailor', 'seafarer', 'crew', 'crewman',
  'crewmen', 'crewmember', 'seaman', 'seamen', 'fighter', 'militant', 'serviceman', 'servicemen', 'personnel', 'police', 'policeman',
  'policemen', 'worker', 'journalist', 'student', 'patient', 'refugee', 'migrant', 'prisoner', 'captive', 'hostage',
  'detainee', 'protester', 'passenger', 'pilot', 'marine', 'volunteer', 'mercenary', 'recruit', 'conscript', 'staff',
  'member', 'guard', 'rebel', 'infant', 'teenager', 'adult', 'victim', 'survivor', 'doctor', 'nurse', 'medic',
  'inhabitant', 'evacuee', 'displaced', 'family', 'families', 'pensioner', 'veteran', 'engineer', 'sapper', 'mariner',
  'peacekeeper',
  // "4,000 Sylvanian forces were killed": the plural counts the people of a force (one "force" is a body).
  'forces',
]);

/**
 * The plural of a demonym as English forms most of them: "Freedonians", "Sylvanians", the "-inos",
 * "-is" and "-ese" plurals, and the irregular "Britons". Capitalised, so "orphans" is not read as one.
 */
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|inos|is|ese)$|^Britons$/u;

/**
 * The singular of a demonym as English forms most of them: "Freedonian", "Tarino", "Osti" (the "-ese"
 * ones are alike in both numbers). Capitalised, so "median" or "taxi" is not read as one; a name of
 * the same ending ("Logan") is, which matters only where a count of one heads its phrase with it
 * ("and one Freedonian.").
 */
const DEMONYM_SINGULAR = /^\p{Lu}\p{Ll}+(?:an|ino|i)$/u;

/** Whether `word` is a demonym in the singular: one person of a nation ("one Sylvanian", "one Osti"). */
export function isDemonymOfOne(word: string): boolean {
  return DEMONYM_SINGULAR.test(word);
}

/**
 * Whether `word` (any case, any number) is a noun for people; a demonym ("nine Tarinos", "one
 * Freedonian") is one.
 */
export function isPeopleNoun(word: string): boolean {
  return PEOPLE.has(word.toLowerCase()) || PEOPLE.has(singular(word)) || DEMONYM_PLURAL.test(word) || DEMONYM_SINGULAR.test(word);
}

/** Nouns for people that say nothing of what they do: anyone of a nationality, or anyone at all. */
const ANYONE: ReadonlySet<string> = new Set(['people', 'persons', 'individuals', 'others']);

/**
 * Whether `word` names people by no role ("Freedonians", "people"), so that only its clause says
 * what they are; "workers" or "students" have a role of their own.
 */
export function isPeopleOfNoRole(word: string): boolean {
  return ANYONE.has(word.toLowerCase()) || DEMONYM_PLURAL.test(word);
}

/** Words that count people by what happened to them ("casualties", "the dead", "losses"), as topics list units. */
const FATES: ReadonlySet<string> = new Set([
  'dead', 'wounded', 'injured', 'killed', 'died', 'missing', 'casualty', 'fatality', 'death', 'loss', 'martyr', 'body',
  'pow', 'captured', 'displaced', 'evacuated', 'arrival', 'departure',
]);

/** Whether a unit counts people: a noun for people, or a word for what happened to them ("casualties", "dead"). */
export function isPeopleUnit(word: string): boolean {
  return isPeopleNoun(word) || FATES.has(singular(word));
}

/** Nouns for people by a movement, with the past form topics list their cues in: "84,000 arrivals" arrived. */
const MOVEMENT_VERBS: Readonly<Record<string, string>> = { arrival: 'arrived', departure: 'left departed' };

/** The past form a noun of movement stands for ("arrivals" → "arrived"); null for any other noun. */
export function movementVerb(word: string): string | null {
  return MOVEMENT_VERBS[singular(word)] ?? null;
}
