/**
 * "Sylvania's army chief, Karl Ruhl, praised the crews, who he said “held the line”": "he" or "she"
 * right after a relative pronoun speaks inside a clause about something its own sentence told of, and
 * the one who speaks there is the person that sentence named before it, not whoever an earlier
 * paragraph named.
 */
import type { ResolveContext, ResolvedSpeaker } from './resolve-speaker.ts';

/** The relative pronouns a speaking "he" or "she" may follow: ", who he said …", "whom she called …". */
const RELATIVE_WORDS = ['who', 'whom', 'which'];

/**
 * Words that open a sentence with a clause of its own before its subject ("Asked about Berg, who she
 * called a friend, Lind said …"): the pronoun may mean the subject named after it.
 */
const FRONTED_CLAUSE = /^\s*(?:[“"]\s*)?(?:\p{L}+(?:ed|ing)|asked|when|while|after|before|as|if|though|although|since|unlike|like)\b/iu;

/** A preposition right before the relative pronoun: "in which", "during which", "at which". */
const PREPOSITION_BEFORE = /\b(?:in|during|at|on|with|through|after|before|by|of|from|to|for|under)\s*$/i;

/**
 * The person the sentence being read named before `text` ("he", "she") when the pronoun comes right
 * after a relative pronoun and the words before it name one person the topic data knows; null
 * otherwise (two persons named, none, a fronted clause, or the gender read for them differs).
 */
export function personBeforeRelativePronoun(text: string, context: ResolveContext): ResolvedSpeaker | null {
  if (text !== 'he' && text !== 'she') return null;
  const sentence = context.memory.readingText;
  // A cheap gate: most sentences have no relative pronoun right before "he" or "she".
  const at = RELATIVE_WORDS.map((which) => sentence.indexOf(` ${which} ${text} `)).find((i) => i >= 0);
  if (at === undefined) return null;
  const before = sentence.slice(0, at);
  // "a statement by Berg's spokeswoman, in which she said": a clause on a speech event, read (or
  // left) by the rule for its author.
  if (FRONTED_CLAUSE.test(before) || PREPOSITION_BEFORE.test(before)) return null;
  const persons = context.lexicon.findMentions(before).filter((m) => context.lexicon.actor(m.actorId)?.kind === 'person');
  const person = persons[0];
  if (!person || persons.some((m) => m.actorId !== person.actorId)) return null;
  // Not someone of the person's ("Berg's aide, who she said …"), nor anyone named by a "by" after them.
  const rest = before.slice(person.index + person.text.length);
  if (/^['’]/u.test(rest) || /\bby\b/.test(rest)) return null;
  const actor = context.lexicon.actor(person.actorId);
  if (!actor) return null;
  const found: ResolvedSpeaker = { speaker: { name: actor.name, description: text, actor: actor.id }, government: context.lexicon.governmentOf(actor.id), kind: 'person', resolvedBy: 'pronoun' };
  return context.memory.genderDiffers(found, text) ? null : found;
}
