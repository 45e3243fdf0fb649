import type { SourceFrontmatter } from '../../schemas/source.ts';
import { buildFrontmatter, type FrontmatterDraft, type Overrides } from './build-frontmatter.ts';
import { detectHeadline, looksLikeHeadline } from './detect-headline.ts';
import { detectMetadata } from './detect-metadata.ts';
import { dropFurniture } from './drop-furniture.ts';
import { groupParagraphs, type DraftParagraph } from './group-paragraphs.ts';
import { makeId } from './make-id.ts';
import { renderBody, renderSource } from './render-source.ts';
import { repairWraps } from './repair-wraps.ts';
import { splitLines } from './split-lines.ts';
import type { ImportMessage } from './types.ts';
import { verifyBody } from './verify-body.ts';

/** Everything the importer worked out from one pasted article. */
export interface ImportResult {
  /** The source id, or null while title or publication date is unknown. */
  id: string | null;
  frontmatter: FrontmatterDraft;
  /** The body paragraphs, exactly as a reader should see them. */
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

/**
 * The importer: pasted text in, one source file out. The stages run in this order:
 *
 * 1. `splitLines` numbers the lines, so every message can point at one.
 * 2. `detectMetadata` claims date lines and the page's metadata list (who, when).
 * 3. `dropFurniture` claims credit lines (into the frontmatter) and page chrome.
 * 4. `detectHeadline` then judges the first line left; it runs after 2–3 so a share
 *    button or a date line above the headline cannot pass for it, and a claimed line
 *    right after the first line counts as setting it apart.
 * 5. `repairWraps` rejoins words broken across lines, and nothing else.
 * 6. `groupParagraphs` makes each remaining line a paragraph.
 * 7. `buildFrontmatter` merges what was found with the editor's flags.
 * 8. `makeId`, `renderSource` (escapes MDX), and `verifyBody` reads the body back
 *    with the site's parser to prove every paragraph survives exactly.
 */
export function importArticle(text: string, overrides: Overrides = {}): ImportResult {
  const lines = splitLines(text);
  const metadata = detectMetadata(lines);
  const furniture = dropFurniture(metadata.rest);
  const headline = detectHeadline(furniture.rest);
  const wraps = repairWraps(headline.rest);
  const paragraphs = groupParagraphs(wraps.lines);

  const credits = { ...furniture.credits, wire: [...metadata.wire, ...furniture.credits.wire] };
  const { frontmatter, undetermined } = buildFrontmatter(
    { headline: headline.headline, headlineReason: headline.reason, published: metadata.published, credits },
    overrides,
  );
  const headlineMessages: ImportMessage[] = headline.headline
    ? [{ rule: 'headline', field: 'title', line: headline.headline.line, reason: headline.reason }]
    : [];
  const messages = [...metadata.messages, ...furniture.messages, ...headlineMessages, ...wraps.messages].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );

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
  const texts = paragraphs.map((paragraph) => paragraph.text);
  const verifyErrors = verifyBody(renderBody(texts), texts);
  if (verifyErrors.length > 0) return { id, frontmatter, paragraphs, mdx: null, undetermined, messages, errors: verifyErrors };
  return { id, frontmatter, paragraphs, mdx: renderSource(complete, texts), undetermined, messages, errors };
}
