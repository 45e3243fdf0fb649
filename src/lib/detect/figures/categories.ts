import type { FigureCategory } from '../../../schemas/figure-category.ts';
import { CueCounts, firstCueAt } from './cue-counts.ts';
import { singular } from './plural.ts';
import type { Token } from './types.ts';
import { DEATH_UNITS } from './usual-units.ts';

/** The category a noun phrase belongs to, and where in the phrase the matched unit starts. */
export interface CategoryMatch {
  category: string;
  /** Index, in the phrase's words, of the first word of the matched unit ("special" of "special forces troops"). */
  first: number;
}

/**
 * Matches noun phrases against the categories' unit nouns.
 * A unit matches when its last word is the phrase's head (singular or plural)
 * and its other words occur, in order, among the words before the head; so the
 * unit "artillery rounds" matches "artillery and rocket rounds". The unit with
 * the most words wins; between categories tied on that, the one with the most
 * cue words in the sentence; then the first listed.
 */
export class UnitMatcher {
  readonly #units: { category: FigureCategory; parts: string[] }[];
  /** The units by their head, each list in the order the units are listed: a phrase can only match a unit of its head. */
  readonly #unitsByHead = new Map<string, { category: FigureCategory; parts: string[] }[]>();
  /** The singulars of the units' last words written in the plural: "troop" of "troops", "live" of "lives". */
  readonly #singularsOfUnits: ReadonlySet<string>;
  /** Each category once, in the order listed, and the counts of its cue words in a text. */
  readonly #cues: CueCounts;
  /** The topic's category of deaths (see `deathsCategory`); null when it lists none of the words for the dead. */
  readonly #deaths: FigureCategory | null;
  /** The topic's categories of attacks: those cued by "attacked" (ships, convoys, towns attacked). */
  readonly #attacks: ReadonlySet<FigureCategory>;
  /** The cue counts of the last sentence asked about: the numbers of a sentence are read one after another. */
  #sentenceCues: { sentence: string; counts: number[] | null } = { sentence: '', counts: null };
  /** Whether the last sentence asked about tells of a loss (`LOSS_WORDS`), for the same reason. */
  #sentenceLoss: { sentence: string; loss: boolean } | null = null;
  /** The names of the text last read (`readNames`): singulars of units that the text capitalises, "Ruritania" of "ruritanias". */
  #names: ReadonlySet<string> = new Set();
  /** The topic's units of three words or more by their initials, lower case: "asbm" → "anti-ship ballistic missiles". */
  readonly #acronyms = new Map<string, string[]>();

  constructor(categories: readonly FigureCategory[]) {
    this.#units = categories.flatMap((category) =>
      category.units.map((unit) => ({ category, parts: unit.toLowerCase().split(/\s+/).filter(Boolean).map(singular) })),
    );
    for (const unit of this.#units) {
      const head = unit.parts.at(-1) ?? '';
      const units = this.#unitsByHead.get(head);
      if (units) units.push(unit);
      else this.#unitsByHead.set(head, [unit]);
    }
    const lastWords = categories.flatMap((category) => category.units.map((unit) => unit.toLowerCase().split(/\s+/).at(-1) ?? ''));
    this.#singularsOfUnits = new Set(lastWords.filter((word) => singular(word) !== word).map(singular));
    this.#cues = new CueCounts([...new Set(this.#units.map((u) => u.category))]);
    const deathWord = DEATH_UNITS.map(singular).find((word) => this.#unitsByHead.has(word));
    this.#deaths = this.#units.find(({ parts }) => parts.length === 1 && parts[0] === deathWord)?.category ?? null;
    this.#attacks = new Set(categories.filter((category) => category.cues.some((cue) => cue.toLowerCase() === 'attacked')));
    for (const category of categories) {
      for (const unit of category.units) {
        const words = unit.toLowerCase().split(/\s+/).filter(Boolean);
        const initials = words.flatMap((word) => word.split('-')).map((part) => part[0] ?? '').join('');
        if (initials.length >= ACRONYM_LETTERS && !this.#acronyms.has(initials)) this.#acronyms.set(initials, words);
      }
    }
  }

  /**
   * The category of a count whose noun is an acronym in capitals of one of the topic's units: "three
   * ASBMs" where the topic lists "anti-ship ballistic missiles", "two SRBMs", "12,000 IDPs", after any
   * modifiers (`modifiers`: "three Sylvanian ASBMs"). Only a word written in capitals, with at most a
   * plural "s", is read so; null for any other word or no such unit. The match starts at the acronym.
   */
  matchAcronym(text: string, modifiers: readonly string[], sentence: string): CategoryMatch | null {
    const words = this.#unitOfAcronym(text);
    const match = words === undefined ? null : this.match([...modifiers, ...words], sentence);
    return match === null ? null : { category: match.category, first: modifiers.length };
  }

  /** Whether `text`, written in capitals, is the acronym of a unit the topic lists: "ASBMs", "UAS". */
  isAcronymOfUnit(text: string): boolean {
    return this.#unitOfAcronym(text) !== undefined;
  }

  /**
   * The words of the unit whose initials `text` (in capitals, with at most a plural "s") spells. An
   * acronym whose last letter is the "s" of its unit's plural ("UAS", unmanned aerial systems) is
   * read as written before the "s" is dropped as a plural ending ("ASBMs").
   */
  #unitOfAcronym(text: string): string[] | undefined {
    if (!/^\p{Lu}{3,}s?$/u.test(text)) return undefined;
    return this.#acronyms.get(text.toLowerCase()) ?? this.#acronyms.get(text.replace(/s$/, '').toLowerCase());
  }

  /** The category of drones, matched from the word at `first` ("drone" of "drone boats"); null when the topic lists no drones. */
  #asDrone(first: number): CategoryMatch | null {
    for (const unit of DRONE_UNITS) {
      const match = this.match([unit], '');
      if (match !== null) return { category: match.category, first };
    }
    return null;
  }

  /**
   * Reads the names of `tokens`, the text whose figures are asked for next: where a topic lists a
   * demonym made from a place's name ("freedonias", the people of Freedonia), the text's capitalised
   * singular is the place, not one of its people ("thousands fled Freedonia"). A word right after a
   * number or an article is left a noun: "1 Drone" in a headline. Until the next call, such a word
   * heads no unit; its plural still does ("120,000 Freedonias").
   */
  readNames(tokens: readonly Token[]): void {
    let names: Set<string> | null = null;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.kind !== 'word' || !this.#singularsOfUnits.has(token.lower) || !/^\p{Lu}/u.test(token.text)) continue;
      // "Refugee numbers pass 100,000": a sentence's or a quotation's first word is capitalised anyway.
      const before = tokens[k - 1];
      if (before === undefined || OPENERS.has(before.text) || before.kind === 'number' || NOUN_MARKERS.has(before.lower)) continue;
      (names ??= new Set()).add(token.lower);
    }
    this.#names = names ?? NO_NAMES;
  }

  /** Whether this word is the singular of a unit written in the plural: "attack" of "attacks", "live" of "lives"; not "killed". */
  isSingularOfUnit(word: string): boolean {
    return this.#singularsOfUnits.has(word);
  }

  /**
   * Whether `id` is the topic's deaths count and `sentence` tells of no loss: no word of loss and no
   * cue of the category ("300 fighters attack at dawn").
   */
  isUntoldLoss(id: string, sentence: string): boolean {
    return this.#deaths?.id === id && !this.#tellsOfLoss(sentence) && this.#cueCount(this.#deaths, sentence) === 0;
  }

  /** Whether some category's unit ends with this noun ("troop" for "troops"). */
  isUnitHead(word: string): boolean {
    return this.#unitsByHead.has(this.#head(word));
  }

  /** The singular `word` heads a unit by; none ('') for a name of the text (`readNames`). */
  #head(word: string): string {
    if (this.#names.size > 0 && this.#names.has(word.toLowerCase())) return '';
    const head = singular(word);
    // "168 individuals were flown out": people by another word, where the topic lists "people" and not it.
    return head === INDIVIDUAL && !this.#unitsByHead.has(head) ? PERSON : head;
  }

  /** The words of a phrase as units are matched against them, its head read as `#head` reads it. */
  #phraseWords(words: readonly string[]): { phrase: string[]; wordOf: number[] } {
    const read = phraseWords(words);
    if (read.phrase.at(-1) === INDIVIDUAL) read.phrase[read.phrase.length - 1] = this.#head(INDIVIDUAL);
    return read;
  }

  /** The best category for a phrase whose last word is the head; null when no unit matches. */
  match(words: readonly string[], sentence: string): CategoryMatch | null {
    // The last word is never split at its hyphens below, so its singular is the phrase's head.
    const head = this.#head(words.at(-1) ?? '');
    // "four drone boats", "one unmanned underwater vessel": a craft with no crew is a drone.
    const drone = words.length > 1 && CRAFT.has(head) ? words.findIndex((word) => DRONE_WORDS.has(word.toLowerCase())) : -1;
    const units = this.#unitsByHead.get(head);
    if (units === undefined) return drone >= 0 ? this.#asDrone(drone) : null;
    const { phrase, wordOf } = this.#phraseWords(words);
    // "fired 12 interceptor missiles": what defends against a weapon is no count of it, unless a unit says so.
    const intercepting = phrase.length > 1 && phrase.includes(INTERCEPTOR);
    const found: { category: FigureCategory; first: number; score: number }[] = [];
    let droneUnit = false;
    for (const { category, parts } of units) {
      if (intercepting && !parts.includes(INTERCEPTOR)) continue;
      const first = matchEnd(phrase, parts);
      if (first === null) continue;
      found.push({ category, first: wordOf[first] ?? first, score: parts.length });
      droneUnit ||= parts.some((part) => DRONE_WORDS.has(part));
    }
    // A unit that names the drone itself ("unmanned surface vessels") is matched as listed; a craft's
    // noun alone ("vessels" attacked) is not what a drone is counted by.
    if (drone >= 0 && !droneUnit) {
      const asDrone = this.#asDrone(drone);
      if (asDrone !== null) return asDrone;
    }
    const top = Math.max(...found.map((f) => f.score));
    const tied = found.filter((f) => f.score === top);
    // Only a tie between categories needs their cue words counted.
    const best = tied.length === 1 ? tied[0] : mostCued(this.#unlessUntoldAttacks(this.#unlessUntoldDeaths(tied, sentence), sentence), (category) => this.#cueCount(category, sentence));
    return best ? { category: best.category.id, first: best.first } : null;
  }

  /**
   * The one category with the most cue words in `text` (at least one); on a tie, the one whose cue
   * comes first ("were killed during the deployment": what happened before where it happened); null
   * when none, or when the tie stays. `among` limits the categories that may answer.
   */
  categoryByCues(text: string, among?: (id: string) => boolean): string | null {
    const cueCounts = this.#cues.counts(text);
    const counts = this.#cues.categories
      .map((category, k) => ({ category, count: cueCounts[k] as number }))
      .filter(({ category }) => among === undefined || among(category.id));
    const top = Math.max(0, ...counts.map((c) => c.count));
    if (top === 0) return null;
    const best = counts.filter((c) => c.count === top).map((c) => ({ id: c.category.id, first: firstCueAt(c.category, text) }));
    const earliest = Math.min(...best.map((c) => c.first));
    const first = best.filter((c) => c.first === earliest);
    return first.length === 1 ? (first[0] as { id: string }).id : null;
  }

  /** Whether the category `id` lists a unit whose head is `word` (any number). */
  listsHead(id: string, word: string): boolean {
    const head = this.#head(word);
    return this.#units.some((u) => u.category.id === id && u.parts.at(-1) === head);
  }

  /**
   * Whether the category `id` lists a unit the noun phrase `words` matches, as `match` reads it: "ballistic
   * missiles" matches "missiles" and "ballistic missiles", not "cruise missiles" nor "tomahawk missiles".
   */
  matchesUnit(id: string, words: readonly string[]): boolean {
    const units = this.#unitsByHead.get(this.#head(words.at(-1) ?? ''));
    if (units === undefined) return false;
    const { phrase } = this.#phraseWords(words);
    const intercepting = phrase.length > 1 && phrase.includes(INTERCEPTOR);
    return units.some(({ category, parts }) => category.id === id && (!intercepting || parts.includes(INTERCEPTOR)) && matchEnd(phrase, parts) !== null);
  }

  /** The last words of the units the category `id` lists, singular ("soldier" for "soldiers"). */
  unitHeads(id: string): string[] {
    return this.#units.filter((u) => u.category.id === id).map((u) => u.parts.at(-1) ?? '');
  }

  /** The ids of the categories that list a unit whose head is `word` (any number), in the order listed. */
  categoriesListing(word: string): string[] {
    const head = this.#head(word);
    return [...new Set(this.#units.filter((u) => u.parts.at(-1) === head).map((u) => u.category.id))];
  }

  /** Whether `id` is one of the topic's categories of attacks (cued by "attacked"). */
  countsAttacks(id: string): boolean {
    return [...this.#attacks].some((category) => category.id === id);
  }

  /** Whether the category `id` has a cue word in `text`. */
  isCuedBy(id: string, text: string): boolean {
    const k = this.#cues.categories.findIndex((category) => category.id === id);
    return k >= 0 && (this.#cues.counts(text)[k] as number) > 0;
  }

  /**
   * "Freedonia has 2,000 soldiers in the region": a unit the category of deaths shares with another
   * ("soldiers" are killed or stationed) counts deaths only when the sentence says someone died. With
   * no cue of any category tied, the tie goes to the others, whatever the order they are listed in:
   * presence is never read as loss.
   */
  #unlessUntoldDeaths<T extends { category: FigureCategory }>(tied: readonly T[], sentence: string): readonly T[] {
    if (this.#deaths === null || !tied.some((t) => t.category === this.#deaths)) return tied;
    const others = tied.filter((t) => t.category !== this.#deaths);
    if (others.length === 0 || this.#tellsOfLoss(sentence) || tied.some((t) => this.#cueCount(t.category, sentence) > 0)) return tied;
    return others;
  }

  /**
   * "Another six ships were expected to follow suit", "43 ships were in the canal": a noun an attacks
   * category shares with another ("ships" attacked or rerouted) counts attacks only when the sentence
   * tells of one. With no word of attack and no cue of any category tied, the tie goes to the others:
   * ships are never read as attacked.
   */
  #unlessUntoldAttacks<T extends { category: FigureCategory }>(tied: readonly T[], sentence: string): readonly T[] {
    if (this.#attacks.size === 0 || !tied.some((t) => this.#attacks.has(t.category))) return tied;
    const others = tied.filter((t) => !this.#attacks.has(t.category));
    if (others.length === 0 || ATTACK_WORDS.test(withoutCauses(sentence)) || tied.some((t) => this.#cueCount(t.category, sentence) > 0)) return tied;
    return others;
  }

  #tellsOfLoss(sentence: string): boolean {
    if (this.#sentenceLoss?.sentence !== sentence) this.#sentenceLoss = { sentence, loss: LOSS_WORDS.test(sentence) };
    return this.#sentenceLoss.loss;
  }

  #cueCount(category: FigureCategory, sentence: string): number {
    if (this.#sentenceCues.sentence !== sentence) this.#sentenceCues = { sentence, counts: null };
    this.#sentenceCues.counts ??= this.#cues.counts(withoutCauses(sentence));
    return this.#sentenceCues.counts[this.#cues.categories.indexOf(category)] ?? 0;
  }
}

/** At least this many initials make an acronym of a unit: "asbm"; "mp" of "military personnel" is too short to be sure of. */
const ACRONYM_LETTERS = 3;

/** "Individuals" read as "people" (whose singular is "person") by a topic that lists only the latter. */
const INDIVIDUAL = 'individual';
const PERSON = 'person';

/** The modifier of a weapon fired in defence, singular as phrases are matched: "interceptor missiles", "interceptor drones". */
const INTERCEPTOR = 'interceptor';

/** Words after which a capitalised singular is a noun, not a name: "a Drone", "one Drone". */
const NOUN_MARKERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'each', 'every', 'per']);

const NO_NAMES: ReadonlySet<string> = new Set();

/** Marks after which a word is capitalised whatever it is: a sentence's end, a colon, an opening quotation mark or bracket. */
const OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', "'", '(', '[', '—', '–']);

/** Nouns for a craft (singular): with a word for no crew before them, a drone. */
const CRAFT: ReadonlySet<string> = new Set(['vessel', 'boat', 'craft', 'aircraft', 'vehicle', 'ship', 'submarine', 'plane', 'helicopter']);

/** Words that make a craft a drone: "unmanned", "uncrewed", "drone" (a hyphenated "drone-carrying" is one word, and no such word). */
const DRONE_WORDS: ReadonlySet<string> = new Set(['unmanned', 'uncrewed', 'drone', 'pilotless']);

/** The usual words a topic counts drones by, in the order tried. */
const DRONE_UNITS = ['drones', 'drone', 'uavs', 'unmanned aerial vehicles'];

/**
 * Words that tell of a loss of life or limb, whatever a topic's cues list: "the victims", "buried",
 * "mourned", "who fell", "in hospital". A sentence with one of them may count the dead, so the tie
 * of a shared unit is left to the cues and the order the categories are listed in.
 */
const LOSS_WORDS = /\b(?:victims?|bur(?:y|ied|ial|ials)|funerals?|mourn\w*|fallen|fell|bod(?:y|ies)|remains|coffins?|graves?|hospitals?|wounds?|hurt|perish\w*|martyr\w*|los(?:e|es|t|ing|s|ses)|tolls?|dead|deaths?|died|dying|die|kill\w*|casualt\w*|fatal\w*|injur\w*|wounded|missing|captured|prisoners?|captives?)\b/i;

/** Words that tell of an attack, whatever a topic's cues list: "fired on", "a missile", "hijacked", "damaged". */
const ATTACK_WORDS = /\b(?:attack\w*|assault\w*|strik\w*|struck|hit|hits|target\w*|fire[ds]?|firing|shell\w*|missiles?|drones?|rockets?|projectiles?|seiz\w*|hijack\w*|board\w*|damag\w*|sank|sunk|sink\w*|explo\w*|raid\w*|harass\w*|against|threat\w*)\b/i;

/** A phrase that gives the cause of what the sentence tells: "in response to attacks on shipping", "because of the strikes". */
const CAUSE = /\b(?:in\s+response\s+to|because\s+of|due\s+to|owing\s+to|amid|for\s+fear\s+of)\b[^,;:.]*/gi;

/**
 * An earlier happening the sentence is timed against: "…, days after air strikes on rebel targets",
 * "hours after the raids". What befell the counted is told outside it. A phrase holding a number
 * ("hours after two ships were hit") may be where the count itself stands, and is kept.
 */
const TIMED_AFTER = /\b(?:days|hours|weeks|months|a\s+(?:day|week|month)|an\s+hour)\s+after\b(?![^,;:.]*(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|thousands)\b))[^,;:.]*/gi;

/**
 * The sentence without its phrases of cause and of an earlier happening it is timed against:
 * "instructed hundreds of vessels to stay clear … in response to attacks on shipping" tells what the
 * vessels did, not that they were attacked; so does "five tankers stopped, days after air attacks".
 */
function withoutCauses(sentence: string): string {
  return sentence.replace(CAUSE, ' ').replace(TIMED_AFTER, ' ');
}

/** The candidate whose category has the most cue words (`cues`); the first listed on a tie. */
function mostCued<T extends { category: FigureCategory }>(candidates: readonly T[], cues: (category: FigureCategory) => number): T | undefined {
  let best: T | undefined;
  let bestCues = -1;
  for (const candidate of candidates) {
    // Strictly more cues to replace, so equal counts keep the first listed category.
    const count = cues(candidate.category);
    if (count > bestCues) [best, bestCues] = [candidate, count];
  }
  return best;
}

/**
 * The words of a noun phrase as units are matched against them, singular: "precision-guided
 * munitions" holds the unit "precision munitions", so a hyphenated modifier's parts stand as words
 * too, each answering (`wordOf`) to the index of the word it is part of.
 */
function phraseWords(words: readonly string[]): { phrase: string[]; wordOf: number[] } {
  const phrase: string[] = [];
  const wordOf: number[] = [];
  words.forEach((word, i) => {
    const parts = i < words.length - 1 && word.includes('-') ? [word, ...word.split('-')] : [word];
    for (const part of parts) {
      phrase.push(singular(part));
      wordOf.push(i);
    }
  });
  return { phrase, wordOf };
}

/** Where `parts` starts when it matches the end of `phrase` (its last part the head, the rest in order before); null otherwise. */
function matchEnd(phrase: readonly string[], parts: readonly string[]): number | null {
  let p = phrase.length - 1;
  if (p < 0 || parts.at(-1) !== phrase[p]) return null;
  let first = p;
  for (let k = parts.length - 2; k >= 0; k -= 1) {
    p -= 1;
    while (p >= 0 && phrase[p] !== parts[k]) p -= 1;
    if (p < 0) return null;
    first = p;
  }
  return first;
}
