/**
 * The text a browser can match a text fragment (`#:~:text=…`) against on one of our
 * built pages, and where each entry's element lies in it. Used at build time to tell
 * which words of an entry a link can highlight without the browser finding the same
 * words earlier on the page (see landing.ts).
 *
 * This reads the HTML Astro writes, not arbitrary HTML: tags, comments, character
 * references and raw-text elements are enough. It errs on the side of more text:
 * hidden and visually hidden text is kept, so a duplicate the browser might skip
 * still counts as one.
 */

export interface PageText {
  /** The body's text, lower-cased, each run of whitespace (and each block boundary) one space. */
  text: string;
  /**
   * Offsets `[start, end)` in `text` of each entry, by the id on it or inside it: the
   * nearest element with a `data-entry-type` around the id, or the id's element itself.
   */
  entries: Map<string, { start: number; end: number }>;
}

/** Elements whose start and end separate words: their text never runs into a neighbour's. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements without an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is not text on the page. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** A tag, a comment or a doctype. */
const MARKUP = /<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface Open {
  name: string;
  id: string | null;
  isEntry: boolean;
  start: number;
  /** Ids met inside this element, passed outwards until the entry around them ends. */
  ids: string[];
}

/** The text of a built page and its entries' places in it. */
export function pageText(html: string): PageText {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  // Pieces joined once at the end: appending to one long string and reading its last
  // character each time would copy it again and again on a page of several hundred KB.
  const parts: string[] = [];
  let length = 0;
  let endsInSpace = true;
  const entries = new Map<string, { start: number; end: number }>();
  const stack: Open[] = [];
  let skipping: string | null = null;

  const add = (piece: string) => {
    if (piece === '') return;
    parts.push(piece);
    length += piece.length;
    endsInSpace = piece.endsWith(' ');
  };
  const append = (raw: string) => {
    if (raw === '') return;
    const words = (raw.includes('&') ? decodeEntities(raw) : raw).toLowerCase().replace(/\s+/g, ' ');
    add(endsInSpace && words.startsWith(' ') ? words.slice(1) : words);
  };
  const boundary = () => {
    if (!endsInSpace) add(' ');
  };

  let last = 0;
  for (const match of body.matchAll(MARKUP)) {
    if (skipping === null) append(body.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, rawName, attributes = ''] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(name) && !closing) {
      skipping = name;
      continue;
    }
    if (BLOCKS.has(name)) boundary();
    if (closing) close(name);
    else if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) open(name, attributes);
  }
  if (skipping === null) append(body.slice(last));

  function open(name: string, attributes: string): void {
    const id = /\sid="([^"]*)"/.exec(attributes)?.[1] ?? null;
    stack.push({ name, id: id !== null ? decodeEntities(id) : null, isEntry: /\sdata-entry-type[\s=]/.test(` ${attributes}`), start: length, ids: [] });
  }

  function close(name: string): void {
    const index = stack.findLastIndex((element) => element.name === name);
    if (index < 0) return;
    // Elements left open inside it end with it, innermost first.
    while (stack.length > index) finish(stack.pop() as Open);
  }

  function finish(element: Open): void {
    const ids = element.id !== null ? [...element.ids, element.id] : element.ids;
    const range = { start: element.start, end: length };
    if (element.isEntry) for (const id of ids) entries.set(id, range);
    else if (stack.some((outer) => outer.isEntry)) stack.at(-1)?.ids.push(...ids);
    // Without an entry around it, an id's own element is its entry.
    else if (element.id !== null) entries.set(element.id, range);
  }

  return { text: parts.join(''), entries };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes (`&amp;`, `&#39;`, `&#x2014;`, …); others are left as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return NAMED[body.toLowerCase()] ?? reference;
  });
}
