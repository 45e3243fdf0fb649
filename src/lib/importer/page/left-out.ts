import type { ImportMessage } from '../types.ts';
import type { BlockLine } from './block-text.ts';

/** Fewer words than this, and a left-out line is a menu item, a button or a link, listed together. */
const PROSE_WORDS = 8;

/** A line as compared: spaces collapsed, case ignored, list markers dropped. */
function key(text: string): string {
  return text.replace(/^(?:- |\d+\. )/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Quotes a line for a message, shortened when long. */
function quote(text: string): string {
  return `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”`;
}

/**
 * Says what of the page did not make it into the article, so nothing disappears unseen:
 * every line of the page's text that is neither in the article nor one of the values read
 * from the page's metadata (`known`: the headline, the byline…). A line that could be
 * prose (eight words or more) gets a message of its own — it may be article text that
 * Readability left out; the short ones (menus, buttons, links) are listed in one message.
 */
export function leftOut(page: readonly BlockLine[], article: readonly BlockLine[], known: readonly string[]): ImportMessage[] {
  const kept = new Map<string, number>();
  for (const line of [...article.map((l) => l.text), ...known]) kept.set(key(line), (kept.get(key(line)) ?? 0) + 1);
  const out: string[] = [];
  for (const line of page) {
    const count = kept.get(key(line.text)) ?? 0;
    if (count > 0) kept.set(key(line.text), count - 1);
    else out.push(line.text);
  }
  const prose = out.filter((text) => text.split(/\s+/).length >= PROSE_WORDS);
  const short = out.filter((text) => text.split(/\s+/).length < PROSE_WORDS);
  const messages: ImportMessage[] = prose.map((text) => ({
    rule: 'page/left-out',
    reason: `left out ${quote(text)}: it is outside the article Readability found (navigation, banners, related stories, footer). If it belongs to the article, print the article's text with --text, add the line, and import that text file.`,
  }));
  if (short.length > 0) {
    messages.push({
      rule: 'page/left-out',
      reason: `left out ${short.length} short line(s) of page chrome outside the article (menus, buttons, links): ${short.map((text) => quote(text)).join(', ')}`,
    });
  }
  return messages;
}
