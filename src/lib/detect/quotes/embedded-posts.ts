/**
 * Social-media posts embedded in an article. The page shows the post's text, then its attribution
 * line, "— Anna Berg (@annaberg) 25 September 2026", which a paste keeps as a paragraph of its own
 * or at the end of the post's. The post's text is the account's words, quoted whole (corpus README:
 * an embedded post's sentences are the account's quotes, with no reporting verb), though the page
 * prints no quotation marks around it.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { segmentSentences } from '../../segment/sentences.ts';
import type { ParagraphText, QuoteSpan, StatementMention } from './types.ts';
import { DOCUMENT_NOUNS, GROUP_ROLES, ORG_ROLES, PERSON_ROLES } from './word-lists.ts';

/** A paragraph that holds a post's text, by its position in the source, and the account that posted it. */
export interface EmbeddedPost {
  at: number;
  /** The account's display name as the attribution line gives it: "Anna Berg". */
  account: string;
  /** Whom the post credits its words to after a colon ("…: Harbour officials"), when it does (`postCredit`). */
  credit?: string;
}

/** The attribution line: a dash, the display name, the handle in brackets, then at most a date. */
const ATTRIBUTION = /[—–]\s*([^\s()@—–][^()@—–]{0,60}?)\s*\(@\w{1,30}\)[^.!?()]{0,25}(?:\.\s*\d{4})?\s*$/u;
/**
 * Where a post's attribution line starts in `text` ("— Anna Berg (@annaberg) 25 September 2026"),
 * or null: its date is when the post was made, told by the page's furniture, not the article.
 */
export function attributionLineStart(text: string): number | null {
  return ATTRIBUTION.exec(text)?.index ?? null;
}

/** The post's picture or short link that the page prints at the end of its text. */
const TRAILING_LINK = /\s*(?:pic\.twitter\.com|https?:\/\/t\.co)\/\w+\s*$/u;

/**
 * The posts of a source. A paragraph that is only an attribution line credits the paragraph before
 * it, and the one after it when that ends with the post's link ("Video not official.
 * pic.twitter.com/…"); a paragraph that ends with one credits its own words before it. Only text
 * with no quotation of its own is read as a post, or text that is one quotation whole.
 */
export function findEmbeddedPosts(paragraphs: readonly ParagraphText[], spans: readonly QuoteSpan[][]): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  paragraphs.forEach((paragraph, p) => {
    const line = ATTRIBUTION.exec(paragraph.text);
    if (!line?.[1]) return;
    const account = line[1].trim();
    const post = (at: number): EmbeddedPost => {
      const credit = postCredit(postWords((paragraphs[at] as ParagraphText).text));
      return credit ? { at, account, credit: credit.phrase } : { at, account };
    };
    if (line.index > 0) {
      if (isPostText(paragraph.text.slice(0, line.index), spans[p] ?? [])) posts.push(post(p));
      return;
    }
    const before = paragraphs[p - 1];
    if (before && !ATTRIBUTION.test(before.text) && isPostText(before.text, spans[p - 1] ?? [])) posts.push(post(p - 1));
    const after = paragraphs[p + 1];
    if (after && TRAILING_LINK.test(after.text) && !ATTRIBUTION.test(after.text) && isPostText(after.text, spans[p + 1] ?? [])) posts.push(post(p + 1));
  });
  return posts;
}

/** A post's own words: its text up to the attribution line and the trailing link. */
function postWords(text: string): string {
  const line = ATTRIBUTION.exec(text);
  return (line ? text.slice(0, line.index) : text).replace(TRAILING_LINK, '').trimEnd();
}

/** A capitalised phrase of up to six words after the post's last colon, ending its words: "…: Harbour officials". */
const CREDIT = /:\s+(\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,5})$/u;

/** "…: Full statement", "…: Read the report": a document the post points to, no one who speaks. */
const NAMES_A_DOCUMENT = new RegExp(`^(?:${DOCUMENT_NOUNS}|report|reports)$`, 'u');

/**
 * Whom a post credits its words to, as agencies post others' words: "The port is closed. More details
 * are awaited: Harbour officials". The phrase after the last colon must end with a noun for who speaks
 * ("officials", "sources", "ministry", "spokesperson"): "Three things matter: jobs, homes and schools"
 * credits no one. Where the phrase starts, to leave it out of the quoted words, and the phrase; or null.
 */
export function postCredit(words: string): { start: number; phrase: string } | null {
  if (!words.includes(':')) return null;
  const credit = CREDIT.exec(words);
  const head = credit?.[1]?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (!credit || NAMES_A_DOCUMENT.test(head) || !(GROUP_ROLES.has(head) || PERSON_ROLES.has(head) || ORG_ROLES.has(head))) return null;
  return { start: credit.index, phrase: credit[1] as string };
}

/**
 * Words with no quotation marks of their own, or a single quotation that is all of them, or words
 * that end with the post's link and quote a word or two inside ("… these haphazard “inspections” …
 * pic.twitter.com/…"): the link makes them the post's, marks and all.
 */
function isPostText(text: string, spans: readonly QuoteSpan[]): boolean {
  if (!/\p{L}/u.test(text) || /:\s*$/.test(text)) return false;
  if (spans.length === 0 || quotesInsideLinkedPost(text, spans)) return true;
  const only = spans[0] as QuoteSpan;
  return spans.length === 1 && only.open <= text.length - text.trimStart().length && /^[\s.]*$/.test(text.slice(only.close + 1));
}

/** Words before the post's link that hold quotations closed inside them, none opening the words. */
function quotesInsideLinkedPost(text: string, spans: readonly QuoteSpan[]): boolean {
  if (!TRAILING_LINK.test(text)) return false;
  const start = text.length - text.trimStart().length;
  return spans.every((q) => !q.unclosed && q.open > start && q.close < text.replace(TRAILING_LINK, '').trimEnd().length - 1);
}

/**
 * The paragraph's quotations with the post's text read as the account's quotes: its words up to the
 * attribution line and the trailing link, when the page printed no marks around them, or only around
 * words inside them. One quote a sentence when `bySentence` (corpus README: an embedded post's
 * sentences are its quotes), else one for the whole text (a pull quote's block).
 */
export function postSpans(text: string, spans: readonly QuoteSpan[], bySentence = false): QuoteSpan[] {
  if (spans.length > 0 && !quotesInsideLinkedPost(text, spans)) return [...spans];
  const all = postWords(text);
  // "…: Harbour officials": the credit is not the post's quoted words.
  const words = bySentence ? all.slice(0, postCredit(all)?.start ?? all.length) : all;
  const start = words.length - words.trimStart().length;
  const parts = bySentence ? segmentSentences(words) : [{ start, end: words.length, text: words.slice(start) }];
  // Each read as a quotation with no closing mark, which ends where its words end.
  return parts.map((part) => ({ open: part.start - 1, close: part.end, text: part.text, unclosed: true }));
}

/** Gives each quotation of a post's paragraph to the account, with no reporting verb. */
export function givePostsToAccounts(out: StatementMention[], paragraphs: readonly ParagraphText[], posts: readonly EmbeddedPost[], lexicon: ActorLexicon): void {
  for (const post of posts) {
    const n = (paragraphs[post.at] as ParagraphText).n;
    // "…: Harbour officials" in an agency's post: the words are the officials', the agency only carries them.
    const speaker = post.credit ?? post.account;
    const { actor, government } = lexicon.resolveSpeakerPhrase(speaker);
    out.forEach((m, i) => {
      if (m.paragraph !== n || m.kind !== 'quote') return;
      // No mark is missing: the page prints a post without them.
      const { unclosedQuote: _noMarks, ...quote } = m;
      // An account the topic data does not know speaks for no government its name seems to give.
      out[i] = { ...quote, speaker: { name: speaker, description: '', actor }, government: actor ? government : null, verb: null, verbIndex: null, resolvedBy: 'explicit' };
    });
  }
}
