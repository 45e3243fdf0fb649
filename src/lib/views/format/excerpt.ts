/**
 * The first `maxWords` words of `text`, with "…" when words were dropped, so a
 * table cell or a link label stays short. What is kept is verbatim: words are
 * cut, never rewritten. A trailing comma or semicolon before the ellipsis is dropped.
 */
export function excerpt(text: string, maxWords = 20): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= maxWords) return words.join(' ');
  return `${words.slice(0, maxWords).join(' ').replace(/[,;:]$/, '')}…`;
}

/** `text` with its first letter in upper case, for labels that start a table cell or a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
