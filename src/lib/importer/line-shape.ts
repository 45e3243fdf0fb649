/** Small tests of a line's shape, shared by the stages that claim lines. */

/** A bullet (`- `, `* `, `• `, `– `, `● `, `▪ `) at the start of a line, as pasted lists and page metadata show them. */
const BULLET = /^[-*•–●▪]\s+(?=\S)/;
/** A list number (`1. `, `2) `) at the start of a line; at most three digits, so a year opening a sentence is not one. */
const NUMBER = /^(\d{1,3})[.)]\s+(?=\S)/;

/** The text of a bulleted line without its bullet, or null when the line is not a list item. */
export function listItem(text: string): string | null {
  const match = BULLET.exec(text);
  return match ? text.slice(match[0].length) : null;
}

/** A line of a list: bulleted, or numbered with the number it shows. */
export interface ListMarker {
  ordered: boolean;
  /** The number a numbered item shows; 0 for a bullet. */
  number: number;
  /** The item's text, without the marker. */
  text: string;
}

/** Reads the marker of a bulleted or numbered line; null when the line is not a list item. */
export function listMarker(text: string): ListMarker | null {
  const bullet = listItem(text);
  if (bullet !== null) return { ordered: false, number: 0, text: bullet };
  const numbered = NUMBER.exec(text);
  return numbered ? { ordered: true, number: Number(numbered[1]), text: text.slice(numbered[0].length) } : null;
}

/** `name` as compared with a list: without surrounding parentheses, a final period or outer spaces, lower case. */
function bare(name: string): string {
  return name.replace(/^\((.*)\)$/, '$1').replace(/\.$/, '').trim().toLowerCase();
}

/** Whether `name` is one of `names`, ignoring case, surrounding parentheses and a final period. */
export function isOneOf(name: string, names: readonly string[]): boolean {
  return oneOf(name, names) !== null;
}

/** The entry of `names` that `name` is (as `isOneOf` compares), spelt as listed: `REUTERS` → `Reuters`; null when none. */
export function oneOf(name: string, names: readonly string[]): string | null {
  const key = bare(name);
  return names.find((candidate) => candidate.toLowerCase() === key) ?? null;
}

/** How many words `text` has. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
