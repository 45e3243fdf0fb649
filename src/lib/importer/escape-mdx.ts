/**
 * Characters MDX or Markdown would read as syntax anywhere in a line: expressions
 * (`{ }`), JSX and HTML (`< >`), emphasis (`* _`), code (`` ` ``), links and footnotes
 * (`[ ]`), strikethrough (`~`), character references (`&`) and the escape itself (`\`).
 */
const INLINE_SYNTAX = /[\\{}<>*_`[\]~&]/g;

/**
 * Escapes one paragraph of plain text so that MDX parses it back to exactly the same
 * text, as one paragraph. Besides the characters above, the start of the line matters:
 * `#` (heading), `-`/`+` (list, rule), `1.`/`1)` (ordered list) and `import`/`export`
 * (an ES module statement, which MDX would try to run) are neutralised there. Bare
 * links stay plain text: the body shows the article, it does not add links to it.
 * Quotes, curly or straight, are left as they are.
 */
export function escapeMdx(text: string): string {
  let escaped = text.replace(INLINE_SYNTAX, '\\$&');
  // GFM turns bare URLs, `www.` names and e-mail addresses into links whose text keeps
  // any backslash inside them; breaking the pattern keeps them plain text, escapes working.
  escaped = escaped.replace(/:\/\//g, '\\://').replace(/(www)\./gi, '$1\\.').replace(/@/g, '\\@');
  escaped = escaped.replace(/^([#+-])/, '\\$1');
  escaped = escaped.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  // A backslash before a letter is not an escape, so the first letter becomes a character reference.
  escaped = escaped.replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
  return escaped;
}
