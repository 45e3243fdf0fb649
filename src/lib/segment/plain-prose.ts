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
 *   list number such as `1.` or `2)`, or `import`/`export` (MDX ESM);
 * - but a plain list (a press release's points, a byline's "- Published"): a block of lines each of
 *   which opens with "- " or a number and ". " (LIST_ITEM), all of one kind, with a blank line or the
 *   body's edge before and after it, and no other list right after it; each item's text is held to
 *   the rules above as if it were a line of its own. A list is tight (no blank line inside), each item
 *   one paragraph of one line, so its tree is as plain as a paragraph's.
 * Anything else returns null, and the caller runs the real parser.
 */
import { Buffer } from 'node:buffer';
import type { List, ListItem, Paragraph, Root, Text } from 'mdast';
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
 * The opening of an item of a plain list: a dash, or a number of up to nine digits and a period, then
 * one space and the item's text (a tab is a control character, left to the parser).
 */
const LIST_ITEM = /^(?:-|\d{1,9}\.) (?=.)/;
const LIST_ITEMS = /^(?:-|\d{1,9}\.) (?=.)/gm;

/**
 * The mdast tree of `body` when it is plain prose (see the module comment), exactly as the MDX
 * parser would build it; null when it is not, and the parser must read it.
 */
export function parsePlainProse(body: string): Root | null {
  // An escaped character is text: read the body as if it were a letter, so only what is left can open markup.
  let unescaped = body.replace(ESCAPED, 'ee');
  if (unescaped.includes('|') && DELIMITER_ROW.test(unescaped)) return null;
  unescaped = unescaped.replace(PLAIN_MARK, 'e').replaceAll('|', 'e');
  if (MARKUP_CHARACTER.test(unescaped)) return null;
  // A list item's text is held to the rules of a line: the item's opening is taken off first, once
  // (an item that opens with another "- " or "1. " is a list in a list, and BLOCK_EDGE sends it on).
  const unlisted = unescaped.replace(LIST_ITEMS, '');
  if (BLOCK_EDGE.test(unlisted)) return null;
  const listed = unlisted.length !== unescaped.length;
  const children: (Paragraph | List)[] = [];
  const lines = body.split('\n');
  // The blocks: runs of lines that are not blank, each a paragraph or a plain list.
  let first = -1;
  let firstOffset = 0;
  let items = 0;
  let offset = 0;
  let lastWasList = false;
  for (let i = 0; i <= lines.length; i++) {
    const text = i < lines.length ? (lines[i] as string) : '';
    if (text !== '') {
      if (first < 0) {
        first = i;
        firstOffset = offset;
      }
      if (listed && LIST_ITEM.test(text)) items += 1;
    } else if (first >= 0) {
      if (items === 0) {
        // A blank line ends the paragraph at the end of its last line.
        children.push(paragraph(body, { line: first + 1, column: 1, offset: firstOffset }, { line: i, column: (lines[i - 1] as string).length + 1, offset: offset - 1 }));
        lastWasList = false;
      } else {
        // Lines of a paragraph and items together, or two lists with only blank lines between them (one
        // loose list, or two kinds of list), are the parser's.
        const made = items === i - first && !lastWasList ? list(body, lines.slice(first, i), first, firstOffset) : null;
        if (!made) return null;
        children.push(made);
        lastWasList = true;
      }
      first = -1;
      items = 0;
    }
    offset += text.length + 1;
  }
  const end = { line: lines.length, column: (lines.at(-1) as string).length + 1, offset: body.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/**
 * A tight list of `block`, lines each of which opens with LIST_ITEM, the first at line `first` (from 0)
 * and `offset`, shaped as mdast-util-from-markdown and GFM shape them; null when its items are not of
 * one kind (dashes and numbers make two lists).
 */
function list(body: string, block: string[], first: number, offset: number): List | null {
  const ordered = !block[0]?.startsWith('-');
  if (block.some((line) => line.startsWith('-') === ordered)) return null;
  const children: ListItem[] = [];
  let at = offset;
  let end: Point = { line: first + 1, column: 1, offset };
  for (const [k, line] of block.entries()) {
    const content = line.indexOf(' ') + 1;
    const start = { line: first + k + 1, column: 1, offset: at };
    end = { line: first + k + 1, column: line.length + 1, offset: at + line.length };
    const text = paragraph(body, { line: start.line, column: content + 1, offset: at + content }, end);
    children.push({ type: 'listItem', spread: false, checked: null, children: [text], position: { start, end: { ...end } } });
    at += line.length + 1;
  }
  const start = ordered ? Number.parseInt(block[0] as string, 10) : null;
  return { type: 'list', ordered, start, spread: false, children, position: { start: { line: first + 1, column: 1, offset }, end: { ...end } } };
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
