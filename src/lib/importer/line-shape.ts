/** Small tests of a line's shape, shared by the stages that claim lines. */

/** A bullet (`- `, `* `, `• `, `– `) at the start of a line, as pasted lists and page metadata show them. */
const BULLET = /^[-*•–]\s+(?=\S)/;

/** The text of a bulleted line without its bullet, or null when the line is not a list item. */
export function listItem(text: string): string | null {
  const match = BULLET.exec(text);
  return match ? text.slice(match[0].length) : null;
}

/** Whether `name` is one of `names`, ignoring case, surrounding parentheses and a final period. */
export function isOneOf(name: string, names: readonly string[]): boolean {
  const bare = name.replace(/^\((.*)\)$/, '$1').replace(/\.$/, '').trim().toLowerCase();
  return names.some((candidate) => candidate.toLowerCase() === bare);
}

/** How many words `text` has. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
