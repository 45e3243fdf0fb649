/**
 * A shortcut for the frontmatter of most sources: the few shapes the importer and the editors write
 * (`key: value`, a nested `key:` block of `  key: value` lines or of `  - value` items, `key: []`,
 * comment lines), read without the YAML parser.
 *
 * Why: the YAML parser takes about a third of a millisecond per source before it has warmed up, and a
 * build reads every source before anything else can start: a third of a second at 1,000 sources. Like
 * `segment/plain-prose.ts` for bodies, the shortcut answers only when it is sure to read what the
 * parser reads, and gives up (`undefined`) on anything else: a value over several lines, a blank line,
 * a plain value that could be a number, a boolean or null, an escape in a quoted value, a repeated key,
 * odd indentation, tabs or control characters. The parser then reads the text, and reports its errors.
 * test/content/plain-frontmatter.test.ts holds it to the parser.
 */

/** A key as the schema spells keys: lower case letters and underscores, opening with a letter. */
const KEY_LINE = /^([a-z][a-z_]*):(?: (.*))?$/;
const NESTED_KEY_LINE = /^ {2}([a-z][a-z_]*): (.*)$/;
const ITEM_LINE = /^ {2}- (.*)$/;

/** Characters the shortcut leaves to the parser: tabs, carriage returns, control characters, a byte-order mark, and the line breaks of YAML 1.1. */
export const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** A double-quoted value with no escape, or a single-quoted one ('' stands for '), alone on its line. */
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;

/**
 * A plain value the YAML core schema reads as text: it opens with a letter (so it is no number and
 * no indicator), holds no ": " or " #" (a nested map, a comment), ends with neither a colon nor a
 * space, and is none of the words for true, false or null.
 */
export const PLAIN = /^[A-Za-z](?:[^:#]|:(?! )|(?<! )#)*$/;
export const NOT_TEXT = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/** The value of a one-line scalar, or undefined when the shortcut cannot be sure of it. */
export function scalar(text: string): string | null | undefined {
  const double = DOUBLE_QUOTED.exec(text);
  if (double) return double[1];
  const single = SINGLE_QUOTED.exec(text);
  if (single) return (single[1] as string).replaceAll("''", "'");
  if (text === 'null') return null;
  if (!PLAIN.test(text) || NOT_TEXT.test(text) || text.endsWith(':') || text.endsWith(' ')) return undefined;
  return text;
}

/** The frontmatter's data, as the YAML parser would give it; undefined when the text is not in the plain shapes. */
export function readPlainFrontmatter(text: string): Record<string, unknown> | undefined {
  if (text === '' || UNUSUAL.test(text)) return undefined;
  const data: Record<string, unknown> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('#')) continue;
    const top = KEY_LINE.exec(line);
    if (!top) return undefined;
    const key = top[1] as string;
    if (Object.hasOwn(data, key)) return undefined;
    const rest = top[2];
    if (rest !== undefined) {
      const value = rest === '[]' ? [] : scalar(rest);
      if (value === undefined) return undefined;
      data[key] = value;
      continue;
    }
    // A nested block: every line up to the next key at the left margin is an item, or every one a key.
    const block: string[] = [];
    while (i + 1 < lines.length && (lines[i + 1] as string).startsWith(' ')) block.push(lines[++i] as string);
    const value = block.every((item) => ITEM_LINE.test(item)) ? items(block) : keys(block);
    if (value === undefined) return undefined;
    data[key] = value;
  }
  return data;
}

/** `  - value` lines as a list; undefined when one is not a plain one-line value. */
function items(block: readonly string[]): unknown[] | undefined {
  if (block.length === 0) return undefined;
  const values: unknown[] = [];
  for (const line of block) {
    const value = scalar(ITEM_LINE.exec(line)?.[1] ?? '');
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

/** `  key: value` lines as a map; undefined when one is not, or a key repeats. */
function keys(block: readonly string[]): Record<string, unknown> | undefined {
  if (block.length === 0) return undefined;
  const map: Record<string, unknown> = {};
  for (const line of block) {
    const match = NESTED_KEY_LINE.exec(line);
    const key = match?.[1];
    const value = match ? scalar(match[2] as string) : undefined;
    if (key === undefined || value === undefined || Object.hasOwn(map, key)) return undefined;
    map[key] = value;
  }
  return map;
}
