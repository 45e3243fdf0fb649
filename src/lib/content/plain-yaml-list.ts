/**
 * A shortcut for the topic files (content/actors.yaml, content/figure-categories.yaml): a list of
 * entries in the shapes editors and `yaml.stringify` write them, read without the YAML parser. Each
 * entry opens with `- key: value` and goes on with `  key: value` lines. A value is
 * - a one-line scalar, as plain-frontmatter.ts reads it (and see `OTHER_TEXT`);
 * - plain text that runs on over lines indented by four, which YAML joins with spaces;
 * - a list of plain items in brackets, `[Fredonburg, official Fredonburg]`, which may run on the same way;
 * - nothing, with `    - value` items below it (an item may run on over lines indented by six).
 * Comment lines and blank lines may stand between keys and between items.
 *
 * Why: the YAML parser takes a quarter of a second or more for an actors file of 4,000 lines, and a
 * build reads the topic before anything else can start. Like plain-frontmatter.ts, the shortcut
 * answers only when it is sure to read what the parser reads, and gives up (`undefined`) on anything
 * else: odd indentation, a repeated key, a comment or blank line inside a value, a value over several
 * lines or in brackets that is not plain text. The parser then reads the text, and reports its
 * errors. test/content/plain-yaml-list.test.ts holds it to the parser.
 */
import { NOT_TEXT, PLAIN, scalar, UNUSUAL } from './plain-frontmatter.ts';

const ENTRY_LINE = /^- ([a-z][a-z_]*):(?: (.*))?$/;
const KEY_LINE = /^ {2}([a-z][a-z_]*):(?: (.*))?$/;
const ITEM_LINE = /^ {4}- (.*)$/;
const KEY_CONTINUED = /^ {4}([^ #-].*)$/;
const ITEM_CONTINUED = /^ {6}([^ #].*)$/;
const COMMENT_LINE = /^ *#/;

/**
 * Plain text `PLAIN` leaves out: text that opens with a letter beyond ASCII ("Øystein Elgan"), or
 * with a digit and holds a letter no number of the YAML core schema holds ("24News", "1lurer.am": a
 * number holds only digits, signs, points, `e`, and the `x`, `o` and hexadecimal digits of `0x1F`
 * and `0o17`). Otherwise as `PLAIN`: no ": ", no " #".
 */
const OTHER_TEXT = /^(?:[^\p{ASCII}\P{L}]|[0-9](?=.*[g-np-wyzG-NP-WYZ]))(?:[^:#]|:(?! )|(?<! )#)*$/u;

/** Characters that open or close a list or map, or part items, inside brackets. */
const FLOW_INDICATOR = /[[\]{},]/;

/** Whether `text` is plain text on one line, as YAML reads it: not a number, boolean or null, no comment, no map. */
function isPlainText(text: string): boolean {
  return (PLAIN.test(text) || OTHER_TEXT.test(text)) && !NOT_TEXT.test(text) && !text.endsWith(':') && !text.endsWith(' ');
}

/** A value over its lines (`parts`); undefined when the shortcut cannot be sure of it. */
function valueOf(parts: readonly string[]): unknown {
  const [first] = parts as [string];
  if (first.startsWith('[')) return flowList(parts.join(' '));
  if (parts.length === 1) {
    const value = scalar(first);
    return value !== undefined ? value : isPlainText(first) ? first : undefined;
  }
  // Plain text run on over lines, which YAML folds into one line with single spaces.
  return parts.every(isPlainText) ? parts.join(' ') : undefined;
}

/** `[a, b c]` as a list of its plain items; the spaces that part them, or the lines (joined by a space), are not theirs. */
function flowList(text: string): string[] | undefined {
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const inner = text.slice(1, -1);
  if (inner === '') return [];
  if (FLOW_INDICATOR.test(inner.replaceAll(',', ''))) return undefined;
  const items = inner.split(',').map((item) => item.replace(/^ +| +$/g, ''));
  return items.every((item) => isPlainText(item) && !item.includes(': ')) ? items : undefined;
}

/** A value being read: its lines so far, and where it goes once read (false when it cannot be read). */
interface Open {
  parts: string[];
  set: (value: unknown) => boolean;
}

/** The list's data, as the YAML parser would give it; undefined when the text is not in these shapes. */
export function readPlainList(text: string): Record<string, unknown>[] | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const entries: Record<string, unknown>[] = [];
  let entry: Record<string, unknown> | null = null;
  // The items of a key with nothing after it, while they are being read; the value being read.
  // (Typed by assertion: the closures below assign both, which TypeScript's narrowing does not see.)
  let items = null as unknown[] | null;
  let open = null as Open | null;

  const close = (): boolean => {
    if (!open) return true;
    const { parts, set } = open;
    open = null;
    return set(valueOf(parts));
  };
  /** Ends a key's items: false when it has none, which the parser reads as null. */
  const closeItems = (): boolean => {
    const ok = items === null || items.length > 0;
    items = null;
    return ok;
  };
  const setKey = (map: Record<string, unknown>, key: string, rest: string | undefined): boolean => {
    if (Object.hasOwn(map, key)) return false;
    if (rest === undefined) {
      items = [];
      map[key] = items;
    } else {
      open = { parts: [rest], set: (value) => value !== undefined && ((map[key] = value), true) };
    }
    return true;
  };

  for (const line of text.split('\n')) {
    const continued = open === null ? null : (items === null ? KEY_CONTINUED : ITEM_CONTINUED).exec(line);
    if (continued) {
      open?.parts.push(continued[1] as string);
      continue;
    }
    if (!close()) return undefined;
    if (line === '' || COMMENT_LINE.test(line)) continue;
    const list = items;
    const item = list === null ? null : ITEM_LINE.exec(line);
    if (list !== null && item) {
      open = { parts: [item[1] as string], set: (value) => value !== undefined && (list.push(value), true) };
      continue;
    }
    if (!closeItems()) return undefined;
    const first = ENTRY_LINE.exec(line);
    if (first) {
      entry = {};
      entries.push(entry);
      if (!setKey(entry, first[1] as string, first[2])) return undefined;
      continue;
    }
    const key = entry === null ? null : KEY_LINE.exec(line);
    if (!entry || !key || !setKey(entry, key[1] as string, key[2])) return undefined;
  }
  if (!close() || !closeItems() || entries.length === 0) return undefined;
  return entries;
}
