/**
 * A count that puts a number on what the sentence before told in words: "A significant number of
 * occupiers were destroyed. We are talking about hundreds of soldiers." The figure's own sentence
 * says nothing of what happened to them; the sentence it restates does. Generic English: the words
 * that open a restatement, and a figure that ends its sentence with no verb of its own.
 */
import type { UnitMatcher } from './categories.ts';
import { isPeopleNoun } from './people.ts';
import { asHarmToPeople, countsPeople, FINITE, isVerbForm, withUsualWords } from './predicate.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** What `restatedCount` reads besides the figure. */
export interface RestatedContext {
  matcher: UnitMatcher;
  tokens: readonly Token[];
  /** The words of the figure's sentence before the figure. */
  opening: string;
  /** The sentence before the figure's, in the same text; '' when the figure's opens the text. */
  previous: string;
  /** The index of the first token past the figure's sentence. */
  sentenceEnd: number;
}

/**
 * Openings that restate the sentence before: "We are talking about …", "We're speaking of …", "I am
 * talking about …" (a qualifier "about" may have been read into the figure).
 */
const RESTATING = /^(?:we\s+are|we['’]re|i\s+am|i['’]m)\s+(?:talking|speaking)\s+(?:about\s+|of\s+)?$/i;

/** Words after the figure that open a clause of its own: "who will be sent", "to be deployed". */
const OWN_CLAUSE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'to']);

/** A cheap test, before anything else is read, that the words before a figure may open a restatement. */
export function mayRestate(opening: string): boolean {
  return opening.includes('talking') || opening.includes('speaking');
}

/**
 * The draft filed by what the sentence before says happened, when its sentence only restates that
 * one ("We are talking about hundreds of soldiers.") and the figure ends it with no verb of its own;
 * the draft as it was otherwise, or when that sentence cues no category that counts the figure's noun.
 */
export function restatedCount(draft: Draft, { matcher, tokens, opening, previous, sentenceEnd }: RestatedContext): Draft {
  if (!mayRestate(opening) || !RESTATING.test(opening.trimStart()) || previous === '') return draft;
  for (let i = draft.lastToken + 1; i < sentenceEnd; i++) {
    const token = tokens[i];
    if (token === undefined || FINITE.has(token.lower) || OWN_CLAUSE.has(token.lower) || isVerbForm(token)) return draft;
  }
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  const said = previous.toLowerCase();
  const category = matcher.categoryByCues(withUsualWords(isPeopleNoun(head) ? asHarmToPeople(said) : said));
  if (category === null || category === draft.category) return draft;
  const fits = matcher.listsHead(category, head) || (isPeopleNoun(head) && countsPeople(matcher, category));
  return fits ? { ...draft, category } : draft;
}
