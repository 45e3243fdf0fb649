import type { SourceFrontmatter } from '../../schemas/source.ts';
import { buildFrontmatter, type FrontmatterDraft, type Overrides } from './build-frontmatter.ts';
import { detectAuthorName, type AuthorNameResult } from './detect-author-name.ts';
import { detectHeadline, looksLikeHeadline, repeatedHeadline, type HeadlineResult } from './detect-headline.ts';
import { detectMetadata } from './detect-metadata.ts';
import { dropFurniture } from './drop-furniture.ts';
import { groupParagraphs, type DraftParagraph } from './group-paragraphs.ts';
import { judgeLists } from './judge-lists.ts';
import { makeId } from './make-id.ts';
import { renderBody, renderSource } from './render-source.ts';
import { repairWraps } from './repair-wraps.ts';
import { splitLines } from './split-lines.ts';
import type { ImportMessage, Line, PageFacts } from './types.ts';
import { verifyBody } from './verify-body.ts';

/** Everything the importer worked out from one pasted article or saved page. */
export interface ImportResult {
  /** The source id, or null while title or publication date is unknown. */
  id: string | null;
  frontmatter: FrontmatterDraft;
  /** The body paragraphs and list items, exactly as a reader should see them, in the order the site numbers them. */
  paragraphs: DraftParagraph[];
  /** The complete MDX file, or null when `errors` is not empty. */
  mdx: string | null;
  /** Fields the text did not settle, with what to do. */
  undetermined: ImportMessage[];
  /** What each stage read, dropped or joined, in input order. */
  messages: ImportMessage[];
  /** Why no file can be written yet; empty when `mdx` is set. */
  errors: ImportMessage[];
}

/** Fields without which a source cannot be published. */
const REQUIRED = ['title', 'published'] as const;

/** The text of a saved web page comes with what the page says about itself (see `importPage`). */
export interface PageInput {
  facts: PageFacts;
  /** What reading the page left out or read, reported with the rest. */
  messages: ImportMessage[];
}

/**
 * A first line wholly in square brackets ("[Courier, courier.example: the copy shows no byline]") is
 * the editor's note on the paste, not the article: neither headline nor body, so the headline under
 * it is read as one; the report says it was left out. A note saying the copy has no headline stays
 * where it is, as the first line, so that no line under it is taken for one.
 */
function withoutEditorNote(lines: Line[]): { lines: Line[]; messages: ImportMessage[] } {
  const first = lines.find((line) => line.text !== '');
  if (!first || !/^\[[^[\]]+\]$/.test(first.text) || /\bno\s+(?:headline|title)\b/i.test(first.text)) return { lines, messages: [] };
  const reason = `read “${first.text}” as the editor's note on the paste (a first line wholly in square brackets) and left it out of the article.`;
  return { lines: lines.filter((line) => line !== first), messages: [{ rule: 'furniture/editor-note', line: first.n, reason }] };
}

/** The headline, found by its shape in pasted text, or as the page's own headline repeated atop a page's text. */
function findHeadline(lines: Line[], page: PageInput | undefined): { headline: HeadlineResult; author: AuthorNameResult } {
  if (page) {
    const headline = repeatedHeadline(lines, page.facts.headlines);
    const author = detectAuthorName(headline.rest, { headlineAbove: page.facts.headline !== null });
    return { headline: { ...headline, rest: author.rest }, author };
  }
  // A name under the headline is claimed first, so the headline stands apart from the lede, as over a date line.
  const note = withoutEditorNote(lines);
  const author = detectAuthorName(note.lines);
  return { headline: detectHeadline(author.rest), author: { ...author, messages: [...note.messages, ...author.messages] } };
}

/**
 * The importer: pasted text (or the article text of a saved page, with what the page
 * states about itself, see `importPage`) in, one source file out. The stages run in this order:
 *
 * 1. `splitLines` numbers the lines, so every message can point at one.
 * 2. `detectMetadata` claims date lines, wire datelines and the page's metadata list (who, when).
 * 3. `dropFurniture` claims credit lines (into the frontmatter) and page chrome.
 * 4. `judgeLists` drops the lists that are links to other stories and marks the rest as
 *    lists to keep; it runs after 3 so the heading of a related-links list is known.
 * 5. `detectAuthorName` claims a line of names under the headline (the byline), then
 *    `detectHeadline` judges the first line left; they run after 2–4 so a share button or
 *    a date line above the headline cannot pass for it, and a claimed line right after
 *    the first line counts as setting it apart. For a saved page, the page names the
 *    headline and `repeatedHeadline` only recognises it.
 * 6. `repairWraps` rejoins words broken across lines, and nothing else (not for a saved
 *    page, whose lines are whole blocks of the page).
 * 7. `groupParagraphs` makes each remaining line a paragraph or a list item.
 * 8. `buildFrontmatter` merges what was found (and what a saved page states) with the editor's flags.
 * 9. `makeId`, `renderSource` (escapes MDX, writes lists), and `verifyBody` reads the body
 *    back with the site's parser to prove every paragraph and item survives exactly.
 */
export function importArticle(text: string, overrides: Overrides = {}, page?: PageInput): ImportResult {
  const lines = splitLines(text);
  const metadata = detectMetadata(lines);
  const furniture = dropFurniture(metadata.rest);
  const lists = judgeLists(furniture.rest, furniture.relatedHeadings);
  const { headline, author } = findHeadline(lists.rest, page);
  const wraps = page ? { lines: headline.rest, messages: [] } : repairWraps(headline.rest);
  const paragraphs = groupParagraphs(wraps.lines, lists.items);

  const credits = {
    ...furniture.credits,
    byline: furniture.credits.byline ?? author.byline,
    wire: [...metadata.wire, ...furniture.credits.wire, ...author.wire],
  };
  const { frontmatter, undetermined, notices } = buildFrontmatter(
    { headline: headline.headline, headlineReason: headline.reason, published: metadata.published, credits, ...(page ? { page: page.facts } : {}) },
    overrides,
  );
  const headlineMessages: ImportMessage[] = headline.headline
    ? [{ rule: 'headline', field: 'title', line: headline.headline.line, reason: headline.reason }]
    : [];
  const messages = [
    ...(page?.messages ?? []),
    ...notices,
    ...metadata.messages,
    ...furniture.messages,
    ...lists.messages,
    ...author.messages,
    ...headlineMessages,
    ...wraps.messages,
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  let errors = undetermined.filter((message) => REQUIRED.some((field) => field === message.field && frontmatter[field] === null));
  const [only, ...others] = paragraphs;
  if (!only) {
    errors.push({ rule: 'body/empty', reason: 'no body paragraphs are left once the headline, dates and page furniture are taken out.' });
  } else if (others.length === 0 && !headline.headline && looksLikeHeadline(only.text)) {
    // A pasted headline and date line with the article left out: a title would not make it an article.
    errors = errors.filter((error) => error.field !== 'title');
    errors.push({
      rule: 'body/headline-only',
      line: only.line,
      reason: `the only text, “${only.text}”, reads like a headline (short, no sentence punctuation), not an article; paste the article's paragraphs under it and run the import again.`,
    });
  }
  const { title, published, published_basis } = frontmatter;
  if (errors.length > 0 || title === null || published === null || published_basis === null) {
    return { id: null, frontmatter, paragraphs, mdx: null, undetermined, messages, errors };
  }

  const complete: SourceFrontmatter = { ...frontmatter, title, published, published_basis };
  const id = makeId(complete);
  const verifyErrors = verifyBody(renderBody(paragraphs), paragraphs);
  if (verifyErrors.length > 0) return { id, frontmatter, paragraphs, mdx: null, undetermined, messages, errors: verifyErrors };
  return { id, frontmatter, paragraphs, mdx: renderSource(complete, paragraphs), undetermined, messages, errors };
}
