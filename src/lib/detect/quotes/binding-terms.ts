/**
 * "Freedonia and Sylvania signed a defence pact that obliges each side to help the other if attacked":
 * a treaty's term told in the writer's words is the document's statement (corpus README: a treaty that
 * "stipulates" or "obliges" the parties), spoken by the document itself, for no one government where it
 * binds two. Read only where the document binds parties to act ("obliges both sides to …"), not where
 * it "requires months of talks" or "commits troops to the region".
 */
import { MASK } from './quote-spans.ts';
import { MIN_CONTENT_WORDS, reportInSentence } from './sentence-report.ts';
import type { SentenceView, StatementMention } from './types.ts';

/** Nouns of a document two or more parties sign; not a decree, a law or a resolution, which one body lays down. */
const PACT = '(?:treat(?:y|ies)|pacts?|agreements?|accords?|partnerships?|charters?|conventions?|protocols?|memorand(?:um|a)|deals?|alliances?)';

/** Verbs by which a document binds its parties to act, as written. */
const BINDS = '(?:obliges|obligates|obliged|obligated|requires|required|binds|compels|compelled)';

/** Whether `verb` is one by which a document binds its parties, as `bindingTerms` reports it. */
export function isBindingVerb(verb: string): boolean {
  return BINDING_VERB.test(verb.trim());
}

const BINDING_VERB = new RegExp(`^${BINDS}$`, 'i');

/** Words that open the document's noun phrase; none of them inside it. */
const DETERMINER = '(?:a|an|the|this|that|its|their|our|his|her)';

/**
 * The document, a few words of where, when or between whom it was signed, then its binding verb, a
 * relative pronoun or none between them ("a pact in Marsh City that obliges", "the treaty, which
 * obligates", "The accord binds"), the parties bound and "to".
 */
const BINDING_TERM = new RegExp(
  `\\b(${DETERMINER}\\s+(?:(?!${DETERMINER}\\b|that\\b|which\\b)[\\p{L}’'-]+\\s+){0,5}?${PACT})` +
    `(?:\\s+(?:(?:signed|concluded|reached|agreed)\\s+)?(?:in|on|last|this|with|between)\\s+[^,;.${MASK}]{1,40}?)?` +
    `(?:\\s*,\\s*which|\\s+(?:that|which))?\\s+(?:also\\s+|further\\s+)?(${BINDS})\\s+` +
    `((?:(?!to\\b)[\\p{L}\\d’'-]+\\s+){1,4}?)to\\s+\\p{L}`,
  'diu',
);

/**
 * Who a document binds: the parties ("each side", "both countries", "the two nations", "its members",
 * "them"), or a side by its name ("Freedonia"); not "months of talks", "troops", "a permit".
 */
const PARTIES = /^(?:each|both|either|all|the|its|their|them|us|member|signator)\b|^\p{Lu}/u;

/**
 * The statement a document's binding term makes in the sentence: the document speaks, for no
 * government; none when there is no such term, or its words hold a quotation (the treaty's own words
 * quoted are no one's statement).
 */
export function bindingTerms(view: SentenceView, paragraph: number): StatementMention[] {
  const sentence = view.masked.slice(view.start, view.end);
  // Cheap gate first: most sentences have no binding verb.
  if (!/\b(?:oblig|requir|binds|compel)/i.test(sentence)) return [];
  const term = BINDING_TERM.exec(sentence);
  if (!term || !PARTIES.test(term[3] as string)) return [];
  // The indices of the parties and the verb ('d' flag): the content opens with the parties.
  const [from] = term.indices?.[3] ?? [-1];
  const [verbAt] = term.indices?.[2] ?? [-1];
  if (from === undefined || verbAt === undefined || from < 0) return [];
  const content = /^[^;]+/.exec(sentence.slice(from))?.[0].replace(/[\s.!?]+$/u, '') ?? '';
  if (content.includes(MASK) || content.split(/\s+/).length < MIN_CONTENT_WORDS) return [];
  return [
    reportInSentence(view, paragraph, from, content.length, {
      speaker: { name: null, description: term[1] as string, actor: null },
      government: null,
      verb: term[2] as string,
      verbIndex: view.start + verbAt,
    }),
  ];
}
