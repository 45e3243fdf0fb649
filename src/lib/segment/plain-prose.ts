/**
 * A shortcut for the common case of a source body: plain prose, paragraphs of text separated by
 * blank lines and nothing else. For such a body, MDX (remark-parse + remark-mdx + remark-gfm) gives
 * a root whose children are paragraphs, each holding one text node with the paragraph's lines as
 * written; this module builds that same tree, positions included, without running the parser.
 *
 * A body qualifies only when no character or line start could open any other construct, so a
 * qualifying body cannot be read another way, and cannot be invalid MDX (a character escaped with a
 * backslash, as the importer escapes them, is text, and is read as such: see ESCAPED):
 * - no character that starts inline syntax: `\` (escapes, hard breaks), `` ` `` (code), `*` `_` (emphasis),
 *   `~` (strikethrough, fences), `[` `]` (links, footnotes, definitions), `<` `>` (JSX, autolinks, block
 *   quotes), `{` `}` (expressions), `&` (character references), `|` (tables), `@` (email autolinks); but
 *   see PLAIN_MARK for the `&`, `|` and `@` that cannot open them;
 * - no `www.` or `://` (GFM autolink literals);
 * - no control character but the line feed (no `\r` line endings, tabs, NUL);
 * - no line that starts or ends with a space (indented code, hard breaks, trimmed line edges), and
 *   no line that starts with `-`, `+`, `=`, `#` (lists, thematic breaks, setext and ATX headings), a
 *   list number such as `1.` or `2)`, or `import`/`export` (MDX ESM).
 * Anything else returns null, and the caller runs the real parser.
 */
import { Buffer } from 'node:buffer';
import type { Paragraph, Root, Text } from 'mdast';
import type { Point } from 'unist';

/** What ESCAPED reads as text, and an escaped `@` that PLAIN_MARK lets through: the character without its backslash. */
const ESCAPED_IN_TEXT = /\\([\\{}<>*_`[\]~&|#+@-])/g;

/** Characters that may start markup somewhere in a line; see the module comment. */
const MARKUP_CHARACTER = /[\\`*_~[\]<>{}&|@\u0000-\u0009\u000b-\u001f\u007f\ufeff]|www\.|:\/\//i;

/**
 * A backslash before a character that could open markup, as the importer writes it (`\[`, `\*`,
 * `\{`, `\-` at a line's start): the parser reads the pair as that character in the text. Escapes
 * of `.`, `:`, `@` are left out, so `www\.`, `\://` and `\@` still go to the parser (GFM reads
 * `www\.example.com` as a link).
 */
const ESCAPED = /\\([\\{}<>*_`[\]~&|#+-])/g;

/**
 * The `&`, `@` and `|` that cannot open markup, read as a letter like an escaped character: an `&`
 * before no letter, digit or `#` starts no character reference ("Smith & Co."); an `@`, escaped or not,
 * after a line start, a space, a bracket or a quotation mark has no address before it for GFM to link
 * ("(\@handle)"); a `|` makes a table only above a delimiter row (`|---|`, `:--`), so it is text in a
 * body with no line of pipes, colons and dashes alone ("Amber Tay | September 21").
 */
const PLAIN_MARK = /&(?![#a-z\d])|(?<=^|[\s("'“‘])\\?@/gim;
const DELIMITER_ROW = /^[|:][|: -]*$/m;

/** Line starts and ends that turn a line into something other than paragraph text. */
const BLOCK_EDGE = /^(?:[ \-+=#]|\d{1,9}[.)]|import|export)|[ ]$/m;

/**
 * The mdast tree of `body` when it is plain prose (see the module comment), exactly as the MDX
 * parser would build it; null when it is not, and the parser must read it.
 */
export function parsePlainProse(body: string): Root | null {
  // An escaped character is text: read the body as if it were a letter, so only what is left can open markup.
  let unescaped = body.replace(ESCAPED, 'ee');
  if (unescaped.includes('|') && DELIMITER_ROW.test(unescaped)) return null;
  unescaped = unescaped.replace(PLAIN_MARK, 'e').replaceAll('|', 'e');
  if (MARKUP_CHARACTER.test(unescaped) || BLOCK_EDGE.test(unescaped)) return null;
  const children: Paragraph[] = [];
  let open: Point | null = null;
  let lastEnd: Point = { line: 1, column: 1, offset: 0 };
  let offset = 0;
  const lines = body.split('\n');
  for (const [i, text] of lines.entries()) {
    if (text !== '') {
      open ??= { line: i + 1, column: 1, offset };
      lastEnd = { line: i + 1, column: text.length + 1, offset: offset + text.length };
    } else if (open) {
      // A blank line ends the paragraph at the end of its last line.
      children.push(paragraph(body, open, lastEnd));
      open = null;
    }
    offset += text.length + 1;
  }
  if (open) children.push(paragraph(body, open, lastEnd));
  const end = { line: lines.length, column: (lines.at(-1) as string).length + 1, offset: body.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** A paragraph of one text node, shaped as mdast-util-from-markdown shapes them (key order included). */
function paragraph(body: string, start: Point, end: Point): Paragraph {
  const value = ownCopy(body.slice(start.offset, end.offset).replace(ESCAPED_IN_TEXT, '$1'));
  const text: Text = { type: 'text', value, position: { start: { ...start }, end: { ...end } } };
  return { type: 'paragraph', children: [text], position: { start: { ...start }, end: { ...end } } };
}

/**
 * `text` in a string of its own. A slice stays a view into the whole body, and the detectors, which
 * read a paragraph's characters many times over, read a compact copy faster. Through UTF-16 and
 * back, every code unit is kept, lone surrogates included.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
