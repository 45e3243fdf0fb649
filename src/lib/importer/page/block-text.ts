/**
 * Turns a part of a web page into lines of text as a reader would copy them: one line per
 * paragraph, heading, table cell or list item (`- …`, `1. …`), a blank line between
 * blocks, a `<br>` as a line break; spaces collapsed as a browser shows them. The lines go
 * through the same stages as pasted text, so a page and its copied text import alike.
 */

/** Elements whose content never shows as text of the article. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD']);
/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BUTTON', 'LABEL', 'MENU',
]);
/**
 * Inline elements that pages show on a line of their own: a time stamp, an author's name
 * (by the class, `rel` or `itemprop` that news sites give them). Reading them as blocks
 * keeps "By Jane Doe" and "October 23, 2024" apart, as a reader sees and copies them.
 */
const META_TAGS = new Set(['TIME']);
const META_NAMES = /\b(?:byline|author|authors|dateline|date|timestamp|published|updated|modified)\b/i;

/** Whether `element` is a block of the page for this reading. */
function isMetaBlock(element: Element): boolean {
  if (META_TAGS.has(element.tagName.toUpperCase())) return true;
  const names = [element.getAttribute('class'), element.getAttribute('rel'), element.getAttribute('itemprop')].filter(Boolean).join(' ');
  return META_NAMES.test(names);
}

/** Elements that make or hold the items of a list. */
const LISTS = new Set(['UL', 'OL', 'LI', 'MENU']);
/** Characters a page uses that no reader sees: soft hyphens, zero-width spaces and joiners, the byte-order mark. */
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;

/** A line of text from a block of the page, and the element it came from. */
export interface BlockLine {
  text: string;
  /** The element's tag, lower case (`p`, `li`, `h1`, `figcaption`). */
  tag: string;
}

/** Options of `blockLines`. */
export interface BlockOptions {
  /** Tags whose text is left out of the lines and returned apart (`figcaption`: photo captions). */
  apart?: readonly string[];
}

/** The list marker of an `<li>`: `- `, or its number in an `<ol>` (`start` honoured). */
function marker(item: Element): string {
  const list = item.parentElement;
  if (list?.tagName !== 'OL') return '- ';
  const start = Number(list.getAttribute('start') ?? '1');
  const index = [...list.children].filter((child) => child.tagName === 'LI').indexOf(item);
  return `${(Number.isFinite(start) ? start : 1) + index}. `;
}

/**
 * The lines of text under `root`, in reading order, each with the tag of the block it came
 * from; and, apart, the lines of the `apart` tags. Blocks are separated by a blank line in
 * `text` (see `linesToText`).
 */
export function blockLines(root: Node, options: BlockOptions = {}): { lines: BlockLine[]; apart: BlockLine[] } {
  const lines: BlockLine[] = [];
  const apart: BlockLine[] = [];
  const apartTags = new Set((options.apart ?? []).map((tag) => tag.toUpperCase()));
  let buffer = '';
  let pending = '';
  let tags: string[] = [];
  let setAside = 0;

  const flush = () => {
    const text = buffer.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    buffer = '';
    if (text === '') return;
    const line = { text: `${pending}${text}`, tag: (tags.at(-1) ?? 'body').toLowerCase() };
    pending = '';
    (setAside > 0 ? apart : lines).push(line);
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || element.hasAttribute('hidden')) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    // Inside a list item, paragraphs run on as one item (as the site reads an item); a nested list starts new items.
    const inItem = tags.at(-1) === 'LI' && !LISTS.has(tag);
    const block = (BLOCKS.has(tag) || isMetaBlock(element)) && !inItem;
    const isApart = apartTags.has(tag);
    if (block) {
      flush();
      tags.push(tag);
      if (tag === 'LI') pending = marker(element);
    } else if (inItem && BLOCKS.has(tag)) {
      buffer += ' ';
    }
    if (isApart) setAside += 1;
    for (const child of [...element.childNodes]) walk(child);
    if (isApart) flush();
    if (block) {
      flush();
      pending = '';
      tags = tags.slice(0, -1);
    } else if (inItem && BLOCKS.has(tag)) {
      buffer += ' ';
    }
    if (isApart) setAside -= 1;
  };

  walk(root);
  flush();
  return { lines, apart };
}

/**
 * The lines as pasted text: a blank line between blocks, but none between the items of one
 * list, which a reader copies as consecutive lines.
 */
export function linesToText(lines: readonly BlockLine[]): string {
  return lines.map((line, i) => (i > 0 && !(line.tag === 'li' && lines[i - 1]!.tag === 'li') ? `\n${line.text}` : line.text)).join('\n');
}
