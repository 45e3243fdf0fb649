/**
 * "Sylvania has struck ships it says are linked to Freedonia": "it" speaks in a clause about an
 * object of its own sentence ("ships" that it says are …), so it is that sentence's subject, not
 * whoever spoke in an earlier paragraph. The clause is told by its shape: a speech verb followed at
 * once by a verb of its own ("says are", "claims were"), which only a clause that leaves out its
 * subject has.
 */
import type { ResolveContext, ResolvedSpeaker } from './resolve-speaker.ts';

/**
 * "it says are", "what they claim were", "which it believes has": a speech verb and at once a verb of
 * the clause; or "it described as", "they call as": a verb of naming whose object the clause left out.
 * The pronoun is group 1.
 */
const OBJECT_CLAUSE = /\b(it|they)\s+(?:(?:says?|said|claims?|claimed|alleges?|alleged|believes?|believed|considers?|considered)\s+(?:are|is|were|was|have|has|had|belong|belongs|belonged|pose|poses|posed)|(?:describes?|described|calls?|called|labels?|labell?ed|brands?|branded|regards?|regarded|considers?|considered)\s+as)\b/u;

/** Kinds of actor that an "it" or "they" may be: not a person. */
const BODY_KINDS = new Set(['government', 'intergovernmental', 'body', 'media', 'commentator']);

/** A date or place that opens the sentence before its subject: "On Tuesday, ", "In Marsh City, ". */
const OPENING_ADVERBIAL = /^\s*(?:On|In|At|Since|After|Before|During|Earlier|Later|Meanwhile|Overnight|Last|This)\b[^,]{0,40},\s*/u;

/**
 * Whether a side named at `index` of the words `before` opens their sentence: after an opening date or
 * place at most, with no comma and at most `leadWords` words before it ("The Sylvanian navy", "On
 * Monday, Sylvania's jets").
 */
export function opensTheSentence(before: string, index: number, leadWords: number): boolean {
  const opening = OPENING_ADVERBIAL.exec(before)?.[0].length ?? 0;
  const lead = before.slice(opening, index);
  return index >= opening && !lead.includes(',') && lead.trim().split(/\s+/).filter(Boolean).length <= leadWords;
}

/**
 * The side that opens the sentence being read, or the only side it names, when `text` ("it", "they")
 * is the pronoun of a clause about an object of that sentence; no one when it names several and none
 * opens it; null when there is no such clause or no side named before it.
 */
export function subjectBeforeObjectClause(text: string, context: ResolveContext): ResolvedSpeaker | null {
  if (text !== 'it' && text !== 'they') return null;
  const sentence = context.memory.readingText;
  const clause = OBJECT_CLAUSE.exec(sentence);
  if (!clause || clause[1] !== text) return null;
  const before = sentence.slice(0, clause.index);
  const { lexicon } = context;
  const sides = lexicon.findMentions(before).filter((m) => BODY_KINDS.has(lexicon.actor(m.actorId)?.kind ?? ''));
  const first = sides[0];
  if (!first) return null;
  // "Sylvania's jets hit Freedonia's ships it says …": the subject is the first side, a few words into
  // the sentence at most; a side named further in is the subject only when it is the only one named.
  const opensSentence = opensTheSentence(before, first.index, 4);
  // "they" after two sides may be both of them ("Sylvania and Freedonia seized boats they say …").
  // Either way the pronoun means someone its own sentence names, never a speaker of a sentence before:
  // when the sides cannot be told apart, no one. Nor is a side further in the subject unless it names
  // it ("The militia, known as the Northern Council, …", "…, the Northern Council, …"): "The militia,
  // which Sylvania backs, …" is not Sylvania.
  const government = lexicon.governmentOf(first.actorId);
  const nobody: ResolvedSpeaker = { speaker: { name: null, description: text, actor: null }, government: null, kind: 'organisation', resolvedBy: 'none' };
  if ((!opensSentence || text === 'they') && sides.some((m) => lexicon.governmentOf(m.actorId) !== government)) return nobody;
  if (!opensSentence && !namesTheSubject(before.slice(0, first.index))) return nobody;
  return { speaker: { name: null, description: text, actor: first.actorId }, government, kind: 'organisation', resolvedBy: 'pronoun' };
}

/** What may come right before a side that names the sentence's subject: a comma and an article, or "known as". */
const NAMING_LEAD = /(?:,\s*(?:the\s+)?|\b(?:known|called|named|dubbed)\b[^,]*\bas\s+(?:the\s+)?)$/iu;

/** Whether the words before a side, from the sentence's start, end by naming the subject: ", the Northern Council", "known to its foes as the Northern Council". */
function namesTheSubject(lead: string): boolean {
  return NAMING_LEAD.test(lead);
}
