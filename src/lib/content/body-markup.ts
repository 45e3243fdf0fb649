import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Markup in a source body that would not be shown as the article's text. */
export interface MarkupProblem {
  /** 1-based line in the body (not the file), when the parser knows it. */
  line?: number;
  /** What was found and what to do. */
  message: string;
}

/** Link schemes a source may point to; anything else (`javascript:`, `data:`, `vbscript:`) could run in the reader's browser. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme of `url` as a browser reads it (it ignores spaces and control characters there), or '' for a relative link. */
function scheme(url: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase() ?? '';
}

/** `{/* … *\/}` only comments and renders nothing. */
function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

const ESCAPE_HINT = 'to show it as text, escape it with a backslash (\\< or \\{), or re-import the article with `npm run import`';

/**
 * Finds what MDX would turn into markup or code instead of text: tags (`<div>`, `<script>`), expressions
 * (`{…}`, which run when the site is built), `import`/`export` statements, and links whose scheme is not
 * http(s) or mailto (`javascript:…`). A source body is the article as published; the importer escapes all
 * of these, so they come from hand editing, and letting them through would put an editor's markup, or an
 * attacker's, on a public page.
 */
export function unsafeMarkup(tree: Root): MarkupProblem[] {
  // Paragraphs of text alone (most bodies, segment/plain-prose.ts) hold none of these: the walk is skipped.
  if (tree.children.every((block) => block.type === 'paragraph' && block.children.every((inline) => inline.type === 'text'))) return [];
  const problems: MarkupProblem[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    const add = (message: string) => problems.push({ ...(line === undefined ? {} : { line }), message });
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        add(`the body contains the tag <${node.name ?? ''}>, which would be rendered as markup, not shown as text; ${ESCAPE_HINT}`);
        return SKIP;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) add(`the body contains the expression {${node.value.trim().slice(0, 40)}}, which MDX would run as code; ${ESCAPE_HINT}`);
        return SKIP;
      case 'mdxjsEsm':
        add('the body contains a line starting with import or export, which MDX would run as code; re-import the article with `npm run import` (it escapes such lines) or reword the line\'s start');
        return SKIP;
      case 'link':
      case 'image':
      case 'definition': {
        const found = scheme(node.url);
        if (found && !SAFE_SCHEMES.has(found)) {
          add(`the body links to "${node.url.slice(0, 40)}"; only http(s) and mailto links are allowed, since a ${found}: link could run in the reader's browser. Remove the link or escape its brackets (\\[ \\]) to show it as text`);
        }
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return problems;
}
