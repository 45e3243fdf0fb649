/**
 * The article a page describes in its JSON-LD (`<script type="application/ld+json">`), as
 * news sites publish it for search engines: a `NewsArticle` alone, in a list, or in an
 * `@graph` with its publisher and authors as separate nodes referred to by `@id`.
 */

/** A JSON-LD node, as parsed. */
export type LdNode = Record<string, unknown>;

/** What the page's JSON-LD says, and the blocks that could not be read. */
export interface PageLd {
  /** The node describing the article, or null when the page has none. */
  article: LdNode | null;
  /** Every node of the page by `@id`, to follow references (`"publisher": { "@id": "#org" }`). */
  byId: Map<string, LdNode>;
  /** 1-based numbers of the JSON-LD blocks that are not valid JSON. */
  broken: number[];
}

/** Node types that describe an article (`NewsArticle`, `ReportageNews`, `AnalysisNewsArticle`, `BlogPosting`…). */
const ARTICLE_TYPE = /(?:Article|ReportageNews|BlogPosting|LiveBlogPosting)$/;

function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every node in a parsed block: the block itself, list members, `@graph` members, nested. */
function nodes(value: unknown): LdNode[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!isNode(value)) return [];
  const graph = value['@graph'];
  return [value, ...(graph === undefined ? [] : nodes(graph))];
}

/** The types of a node, `@type` being a string or a list. */
function types(node: LdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Reads every JSON-LD block of `document` and picks the article node: the first of an article type. */
export function readJsonLd(document: Document): PageLd {
  const all: LdNode[] = [];
  const broken: number[] = [];
  [...document.querySelectorAll('script[type="application/ld+json"]')].forEach((script, i) => {
    try {
      all.push(...nodes(JSON.parse(script.textContent ?? '')));
    } catch {
      broken.push(i + 1);
    }
  });
  const byId = new Map(all.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])));
  const article = all.find((node) => types(node).some((type) => ARTICLE_TYPE.test(type))) ?? null;
  return { article, byId, broken };
}

/** `value` with a reference (`{ "@id": … }`) replaced by the node it names, when the page has it. */
export function resolve(value: unknown, byId: ReadonlyMap<string, LdNode>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
  return value;
}

/** The names of a JSON-LD value that is a name, a node with `name`, or a list of either, with each node's types. */
export function names(value: unknown, byId: ReadonlyMap<string, LdNode>): { name: string; types: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((item) => names(item, byId));
  if (typeof value === 'string') return value.trim() ? [{ name: value.trim(), types: [] }] : [];
  const node = resolve(value, byId);
  if (!isNode(node) || typeof node.name !== 'string' || !node.name.trim()) return [];
  return [{ name: node.name.trim(), types: types(node) }];
}

/** A text field of the article node (`headline`, `datePublished`), or null. */
export function text(node: LdNode | null, field: string): string | null {
  const value = node?.[field];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
