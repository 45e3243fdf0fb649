import { parseHTML } from 'linkedom';
import type { Overrides } from '../build-frontmatter.ts';
import { importArticle, type ImportResult } from '../import-article.ts';
import type { ImportMessage } from '../types.ts';
import { articleText } from './article-text.ts';
import { blockLines, linesToText } from './block-text.ts';
import { leftOut } from './left-out.ts';
import { readPageFacts } from './page-facts.ts';

/** A saved page read: the article's text as pasted text would be, and what the page says besides. */
export interface PageReading {
  /** The article's text, one block a line, blank lines between blocks. */
  text: string;
  facts: ReturnType<typeof readPageFacts>['facts'];
  /** What was read from the page's metadata, and what of the page was left out. */
  messages: ImportMessage[];
}

/** A server-side DOM of `html` (linkedom: small, no browser, enough for Readability). */
function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Reads a saved web page: the article's text with Readability, photo captions set apart,
 * and the page's own metadata (see `readPageFacts`); null when the page has no article
 * Readability can find (a page of links, a paywall, a page that loads its text with script).
 */
export function readPage(html: string): PageReading | null {
  // Readability rewrites the document it reads, so metadata and the page's full text come from a second parse.
  const article = articleText(parse(html));
  if (!article) return null;
  const page = parse(html);
  const { facts, messages } = readPageFacts(page);
  const captions = article.captions.map(
    (caption): ImportMessage => ({ rule: 'page/caption', reason: `left out the photo caption “${caption.text}”: it describes a picture, not the story` }),
  );
  const all = page.body ? blockLines(page.body).lines : [];
  const others = leftOut(all, [...article.lines, ...article.captions], facts.headlines);
  return { text: linesToText(article.lines), facts, messages: [...messages, ...captions, ...others] };
}

/**
 * The importer for a saved web page (`npm run import -- page.html`): Readability finds the
 * article, the page's metadata gives headline, publisher, date, byline and link, and the
 * article's text then goes through the same stages as pasted text (`importArticle`), so
 * credits, furniture, lists and datelines are judged alike and reported alike.
 */
export function importPage(html: string, overrides: Overrides = {}): ImportResult {
  const reading = readPage(html);
  if (!reading) {
    const error: ImportMessage = {
      rule: 'page/no-article',
      reason:
        'Readability found no article in the page (it may be a page of links, a paywall, or a page that loads its text with script). Open the page in a browser, copy the article into a .txt file and import that.',
    };
    return {
      id: null,
      frontmatter: { title: null, publisher: null, published: null, published_basis: null, wire: [], notes: [] },
      paragraphs: [],
      mdx: null,
      undetermined: [],
      messages: [],
      errors: [error],
    };
  }
  return importArticle(reading.text, overrides, { facts: reading.facts, messages: reading.messages });
}
