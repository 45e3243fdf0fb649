/**
 * What a quotation is doing in its sentence: speech, or a title, label or number in quotation marks;
 * and whether it opens the sentence (so it can continue the previous speaker).
 */
import { isQuotationLabel } from './layout-labels.ts';
import { CONNECTIVES, LABEL_WORDS, TITLE_CUE_WORDS, TITLE_DETERMINERS } from './attribution-patterns.ts';
import { attributionLineStart } from './embedded-posts.ts';
import { quoteEnd } from './quote-spans.ts';
import { isCapitalised, tokenize } from './tokens.ts';
import type { QuoteSpan, SentenceView, Span, Token } from './types.ts';

/**
 * True for quotation marks that do not quote anyone: a number ("10,000"), a label after "so-called",
 * "dubbed" or "called", a headline after "headlined", a Title Case name of a channel, programme or
 * book ("on the “Evening Report” show", "told the Courier’s “Evening Report”"), or a crosshead.
 */
export function isNotSpeech(view: SentenceView, quote: QuoteSpan): boolean {
  const inner = quote.text.trim();
  if (!/\p{L}/u.test(inner)) return true;
  const tokensBefore = wordsBefore(view, quote);
  const before = tokensBefore.map((t) => t.text.toLowerCase());
  const previous = before[before.length - 1];
  // "a group called “…”" names a thing; "in what Ruhl termed “…”" quotes Ruhl's term for it.
  if (previous && LABEL_WORDS.has(previous) && relativeTermOwner(view, quote) === null) return true;
  if (before.slice(-2).join(' ') === 'known as') return true;
  if (previous === 'say' && wordsImagined(before)) return true;
  if (before.slice(-4).some((word) => TITLE_CUE_WORDS.has(word))) return true;
  if (PRINTED_ON_THINGS.test(view.masked.slice(view.start, Math.max(view.start, quote.open)))) return true;
  if (isTitleCase(inner)) {
    const after = view.tokens.find((t) => t.start >= quoteEnd(quote));
    const nextIsName = after !== undefined && /^\s*$/.test(view.masked.slice(quoteEnd(quote), after.start)) && isCapitalised(after.text);
    // "told the Courier’s “Evening Report”", "told Radio Marsh “Morning Show”": a programme of the outlet named before it.
    const last = tokensBefore.at(-1);
    const outletBefore = last !== undefined && /^\s*$/.test(view.masked.slice(last.end, quote.open)) && isCapitalised(last.text);
    if ((previous && TITLE_DETERMINERS.has(previous)) || nextIsName || outletBefore) return true;
  }
  return isCrosshead(view, quote) || isHeadingLine(view.text, view.masked);
}

/**
 * Words put in someone's mouth, not said: a "say" after "able to", "so as to" or a modal of what may
 * be ("to later be able to say ‘we condemned it’", "critics could say “too little, too late”", "so they
 * can say ‘we tried’"). Not "went on to say", "wanted to say" (said), nor "will say" (remarks released
 * before a speech). `before` is the lower-case words before the quotation, ending with "say".
 */
function wordsImagined(before: string[]): boolean {
  const [third, second, first] = before.slice(-4, -1);
  if (first === 'to') return second === 'able' || (second === 'as' && third === 'so');
  // One adverb may stand between the modal and "say" ("could then say", "would probably say").
  const modal = first !== undefined && IMAGINING_MODALS.has(first) ? first : first !== undefined && /ly$|^(?:then|later|still|also|always)$/.test(first) ? second : undefined;
  return modal !== undefined && IMAGINING_MODALS.has(modal);
}

/** The modals of what may be said rather than what is: not "will" (a speech's words released before it). */
const IMAGINING_MODALS = new Set(['can', 'could', 'would', 'might', 'may']);

/** Fewest words of four letters or more that make a line a heading by their capitals alone. */
const HEADING_WORDS = 3;

/**
 * A paragraph in headline style: every word of four letters or more outside the quotations
 * capitalised, and no closing punctuation ("“If I Return, My Parents Will Be Gone”...Berg Urges
 * Talks"). A headline or crosshead that quotes someone is no statement (corpus README): the story
 * tells it again in its body.
 */
function isHeadingLine(whole: string, wholeMasked: string): boolean {
  // "… merchant vessel.— Marsh Command (@MarshCmd) December 31, 2026": an embedded post's attribution
  // line is the page's furniture, not the end of a heading.
  const line = whole.includes('(@') ? attributionLineStart(whole) : null;
  const text = line === null ? whole : whole.slice(0, line);
  const masked = line === null ? wholeMasked : wholeMasked.slice(0, line);
  // Read on the text, marks included: "Anna Berg, Deputy Spokesperson: “We will stay.”" ends a sentence.
  if (/[.!?…:;,][”’"»“]*\s*$/.test(text)) return false;
  const long = tokenize(masked).filter((t) => /\p{L}{4,}/u.test(t.text));
  return long.length >= HEADING_WORDS && long.every((t) => isCapitalised(t.text));
}

/**
 * Words printed on things, right before the quotation: "captions such as: “…” and “…”", "banners
 * reading “…”", "a placard with the words “…”". A caption or slogan is nobody's statement, and the
 * quotations listed after one ("“…” and “…”") are more of them.
 */
const PRINTED_ON_THINGS = new RegExp(
  String.raw`\b(?:captions?|captioned|banners?|placards?|posters?|inscriptions?|inscribed|graffiti|billboards?|subtitles?|slogans?|signs\s+(?:reading|saying))` +
    String.raw`(?:\s+(?:such\s+as|reading|read|saying|that\s+read|which\s+read|with\s+the\s+words|like|bearing|proclaiming))?\s*[:,]?\s*(?:\u2592+[\s,]*(?:and|or)?\s*)*$`,
  'iu',
);

/**
 * "in what the ministry called “…”", "the attack, which Berg branded “…”": a relative pronoun, a
 * subject of its own (a name, or "the" and a noun or two), and a verb that names: the quotation is
 * the subject's term. "which was called “…”" has no subject, and names a thing.
 */
export const TERM_OF_RELATIVE =
  /(?:^|[^\p{L}])(?:what|which)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:\p{Ll}+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:called|calls|described|describes|termed|terms|labell?ed|branded|dubbed)(?:\s+as)?\s*$/u;

/** The subject whose term a quotation is, in "what X called “…”", or null. */
export function relativeTermOwner(view: SentenceView, quote: QuoteSpan): string | null {
  const before = view.masked.slice(view.start, Math.max(view.start, quote.open));
  // The relative pronoun first: most words before a quotation have none.
  if (!before.includes('what') && !before.includes('which')) return null;
  return TERM_OF_RELATIVE.exec(before)?.[1] ?? null;
}

/** The longest crosshead, in words: a heading is a few words. */
const CROSSHEAD_WORDS = 6;

/**
 * A paragraph that is nothing but a few quoted words with no closing punctuation: a crosshead quoting
 * the story ("“Heroism and professionalism”"), not a statement. A quotation that is a paragraph of
 * its own and says something ends like a sentence: "“We will stay.”" A crosshead may go on with a few
 * words of its own in lower case ("‘Remarkable’ welcome in the camps", "“Sleepless” nights"), which
 * name no speaker and no speaking ("“We will stay” he said" is a statement).
 */
function isCrosshead(view: SentenceView, quote: QuoteSpan): boolean {
  if (quote.unclosed || !/^\s*$/.test(view.masked.slice(0, quote.open))) return false;
  const inner = quote.text.trim();
  const rest = view.masked.slice(quoteEnd(quote));
  if (!/^\s*$/.test(rest) && !CROSSHEAD_TAIL.test(rest)) return false;
  return /^\p{Lu}/u.test(inner) && !/[.!?…,;:]$/.test(inner) && tokenize(inner).length + tokenize(rest).length <= CROSSHEAD_WORDS;
}

/**
 * What a crosshead may go on with after its quoted words: words in lower case and no punctuation, none
 * a word of speaking or a pronoun that could be a speaker's.
 */
const CROSSHEAD_TAIL = /^(?:\s+(?!(?:said|says|say|told|tells|added|adds|wrote|writes|he|she|they|we|i|it)\b)\p{Ll}[\p{Ll}-]*)+\s*$/u;

/**
 * Whether nothing but a connective or a layout's label stands between the sentence start and the
 * quote: `“…`, `And “…`, `Furthermore, “…`, `Quote: “…`.
 */
export function opensSentence(view: SentenceView, quote: QuoteSpan): boolean {
  const words = wordsBefore(view, quote);
  if (isQuotationLabel(view.masked.slice(view.start, Math.max(view.start, quote.open)))) return true;
  return words.every((w) => CONNECTIVES.has(w.text.toLowerCase())) && words.length <= 2;
}

/** Determiners that open a speaker's noun phrase: "the “authorities” of Ostmark". */
const PHRASE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'so-called']);

/**
 * 'the “authorities” of Ostmark announced that …', 'the “interim” council said': a quotation inside
 * the speaker's own noun phrase (a determiner before it, the phrase right after it or after "of",
 * the verb after the phrase) is the writer's term for the speaker, not the speaker's words. Not 'Berg
 * said the “aggression” of Sylvania must end', where the speaker comes before the quotation, nor
 * 'They hit the “port,” Berg said', whose words close with a mark of their own.
 */
export function withinSpeakerPhrase(view: SentenceView, quote: QuoteSpan, phrase: Span | null, verb: Span): boolean {
  const end = quoteEnd(quote);
  if (!phrase || phrase.start < end || verb.start < phrase.end) return false;
  // 'They hit the “ship …,” Saree said': words that close with a mark of their own end a speech.
  if (/[.!?,;:…]$/u.test(quote.text.trim())) return false;
  if (!/^\s*(?:of\s+(?:the\s+)?)?$/u.test(view.masked.slice(end, phrase.start))) return false;
  const previous = wordsBefore(view, quote).at(-1)?.text.toLowerCase();
  return previous !== undefined && PHRASE_DETERMINERS.has(previous);
}

/**
 * The sentence's words before a quotation. The sentence's own words serve: a word cannot run into
 * a quotation, whose marks are masked.
 */
function wordsBefore(view: SentenceView, quote: QuoteSpan): Token[] {
  return view.tokens.filter((t) => t.start < quote.open);
}

/**
 * Title Case without closing punctuation: every word of four letters or more capitalised.
 * Speech quoted in full ends with a mark of its own ("…, he said") or is lower case.
 */
export function isTitleCase(inner: string): boolean {
  if (/[.!?,;:…]$/.test(inner)) return false;
  const long = tokenize(inner).filter((t) => /\p{L}{4,}/u.test(t.text));
  return long.length > 0 && long.every((t) => isCapitalised(t.text));
}

/**
 * One to three capitalised words in quotation marks, before a speech verb or after "call sign"; or a
 * name of four with a small linking word, no comma after it ("the self-styled “Republic of Sylvania”
 * said"): a comma would end a quoted sentence ("“Rest of the day,” said …").
 */
export function isQuotedName(text: string, quote: QuoteSpan): boolean {
  const inner = quote.text.trim();
  const before = text.slice(0, Math.max(quote.open, 0));
  if (!quote.unclosed && nameClosingSentence(inner, before)) return true;
  if (quote.unclosed || !(QUOTED_NAME.test(inner) || LINKED_QUOTED_NAME.test(inner))) return false;
  const after = text.slice(quoteEnd(quote));
  return /^\s*,?\s*(?:said|says|told|added|explained|noted|wrote)\b/.test(after) || /\b(?:call\s?sign|nicknamed|nickname|codenamed|code\s?name|nom de guerre)\s*$/i.test(before) || nameBeforeReportingVerb(inner, before, after);
}

/**
 * "the carrier “Blue Line” announced that …", "the rights group “Open Doors” confirmed …": a quoted
 * name right after a word of the sentence and right before a reporting verb in the past, with no comma
 * on either side of it (“Victory,” announced the general: a quotation the general speaks), and not the
 * object of a verb of naming before it.
 */
function nameBeforeReportingVerb(inner: string, before: string, after: string): boolean {
  return !inner.endsWith(',') && /\p{L}\s+$/u.test(before) && NAME_BEFORE_VERB.test(after) && !NAMING_BEFORE.test(before.slice(-80));
}

/** A verb of naming a few words before the quotation: "which named the operation “Iron Dome” confirmed": the name is its object. */
const NAMING_BEFORE = /\b(?:called|calls|named|names|dubbed|dubs|labell?ed|termed|branded|as)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/** Reporting verbs in the past after a quoted name, besides those any quoted name may stand before. */
const NAME_BEFORE_VERB = /^\s*(?:announced|confirmed|stated|claimed|reported|denied|warned|insisted|stressed|said|added)\s+(?:that\b|on\b|in\b|it\b|its\b|the\b)/;

/**
 * "…, said a drone pilot with the call sign “Wolf.”": a call sign or nickname that ends its sentence
 * takes the full stop inside its marks, as American copy prints it; it is still a name.
 */
function nameClosingSentence(inner: string, before: string): boolean {
  return CLOSING_NAME.test(inner) && NAME_WORD_BEFORE.test(before);
}

/** "Wolf.", "Sea Wolf.": one to three capitalised words and a full stop. */
const CLOSING_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\.$/u;

/** The words that introduce a name right before its quotation marks. */
const NAME_WORD_BEFORE = /\b(?:call\s?sign|nicknamed|nickname|codenamed|code\s?name|nom de guerre)\s*$/i;

/** "Ruhl", "Sea Wolf", "Berg,": capitalised words only. */
const QUOTED_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},?$/u;

/** "Republic of Sylvania", "Defenders of the Homeland": capitalised words joined by "of", "of the" or "for". */
const LINKED_QUOTED_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:of|of\s+the|for|for\s+the)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;
