import type { Root } from 'mdast';
import type { Point } from 'unist';
import { EXIT, visit } from 'unist-util-visit';

/**
 * Source bodies the model's loader parsed, handed to the site's MDX pipeline so that a body with
 * markup (a list, an escaped character, emphasis: 294 of the benchmark's 1,000 articles) is parsed
 * once per build instead of twice (0.9 s at 1,000 sources). Plain prose needs none of this: both
 * sides build its tree without the parser (segment/plain-prose.ts).
 *
 * Only a build keeps them (`keepParsedBodies`, by the briefing integration), so `npm run report`, the
 * tests and `astro dev` hold no trees they will never hand over; each tree is handed over once, and
 * a body compiled again is parsed again. On `globalThis`, like the model (load-briefing.ts): the
 * loader runs in the integration's copy of the modules, the MDX pipeline in Astro's.
 */
interface Parsed {
  tree: Root;
  /** The blank lines before the body's first text, which the key leaves out. */
  lines: number;
  chars: number;
}

interface Store {
  keeping: boolean;
  bodies: Map<string, Parsed>;
}

const STORE = Symbol.for('briefing-site.parsed-bodies');
const store: Store = ((globalThis as { [STORE]?: Store })[STORE] ??= { keeping: false, bodies: new Map() });

/** Leading lines of spaces alone. The MDX integration hands the parser the frontmatter blanked out as such lines. */
export const BLANK_LINES = /^(?: *\n)*/;

/** From now on, bodies parsed by the loader are kept for the MDX pipeline. */
export function keepParsedBodies(): void {
  store.keeping = true;
}

/**
 * Keeps the loader's tree of `body` for the MDX pipeline, when a build asked for it. A tree holding
 * MDX nodes (a comment in braces, say) is left out: the MDX pipeline reads those with its own options.
 */
export function keepParsedBody(body: string, tree: Root): void {
  if (!store.keeping || holdsMdx(tree)) return;
  const blank = BLANK_LINES.exec(body)?.[0] ?? '';
  store.bodies.set(body.slice(blank.length), { tree, lines: blank.split('\n').length - 1, chars: blank.length });
}

/**
 * The tree of `document` (blank lines, then a body) if the loader kept that body's tree, with its
 * positions counted from the start of `document`, as the parser would give them; null otherwise.
 */
export function takeParsedDocument(document: string): Root | null {
  const blank = BLANK_LINES.exec(document)?.[0] ?? '';
  const key = document.slice(blank.length);
  const parsed = store.bodies.get(key);
  if (!parsed) return null;
  store.bodies.delete(key);
  return shiftedIntoDocument(parsed.tree, blank.split('\n').length - 1 - parsed.lines, blank.length - parsed.chars);
}

/**
 * A body's tree with its positions moved `lines` lines and `chars` characters on, as the parser gives
 * them for the whole document (blank lines, then the body); the root spans the document from its start.
 */
export function shiftedIntoDocument(tree: Root, lines: number, chars: number): Root {
  const shift = (point: Point): Point => ({ line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + chars });
  visit(tree, (node) => {
    if (node !== tree && node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) };
  });
  if (tree.position) tree.position = { start: { line: 1, column: 1, offset: 0 }, end: shift(tree.position.end) };
  return tree;
}

function holdsMdx(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (!node.type.startsWith('mdx')) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}
