import type { StatedDate } from './detect-metadata.ts';
import type { Credits, Found, ImportMessage, PageFact, PageFacts } from './types.ts';

/** How a frontmatter value was arrived at (see `SourceSchema`). */
export interface Basis {
  kind: 'stated' | 'inferred' | 'editor';
  note: string;
}

/** Values the editor gives on the command line; each replaces what the importer detected. */
export interface Overrides {
  title?: string;
  publisher?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  wire?: string[];
  url?: string;
  byline?: string;
}

/** What the detecting stages found in the text. */
export interface Detected {
  headline: Found<string> | null;
  /** Why the first line was or was not read as the headline. */
  headlineReason: string;
  published: StatedDate | null;
  credits: Credits;
  /**
   * What a saved web page states in its metadata; absent for pasted text. The page's own
   * statement wins over what its text suggests (a `Source:` line may credit another outlet).
   */
  page?: PageFacts;
}

/** The frontmatter as far as it is known; `title` and `published` are null until determined. */
export interface FrontmatterDraft {
  title: string | null;
  title_basis?: Basis;
  publisher: string | null;
  published: string | null;
  published_basis: Basis | null;
  wire: string[];
  url?: string;
  byline?: string;
  notes: string[];
}

/** `names` without repeats, compared case-insensitively, first spelling kept. */
function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The title and its basis: the headline as stated (by the text or the page), or the editor's title from `--title`. */
function title(detected: Detected, overrides: Overrides): Pick<FrontmatterDraft, 'title' | 'title_basis'> {
  const headline = detected.page?.headline?.value ?? detected.headline?.value;
  if (overrides.title === undefined || overrides.title === headline) return { title: headline ?? null };
  const note = headline
    ? `supplied with --title; the headline in the text reads “${headline}”`
    : 'supplied with --title; the text has no headline';
  return { title: overrides.title, title_basis: { kind: 'editor', note } };
}

/** The publication day as stated: by the page's metadata, else by the text. */
function statedDate(detected: Detected): Pick<StatedDate, 'value' | 'text' | 'where'> | null {
  const page = detected.page?.published;
  return page ? { value: page.value, text: page.text, where: page.where as StatedDate['where'] } : detected.published;
}

/** The publication day and its basis: stated in a date line or metadata, or supplied with `--published`. */
function published(detected: Detected, overrides: Overrides): Pick<FrontmatterDraft, 'published' | 'published_basis'> {
  const stated = statedDate(detected);
  const statedBasis = (date: NonNullable<typeof stated>): Basis => ({ kind: 'stated', note: `${date.where} “${date.text}”` });
  if (overrides.published === undefined) {
    return { published: stated?.value ?? null, published_basis: stated ? statedBasis(stated) : null };
  }
  if (stated?.value === overrides.published) return { published: stated.value, published_basis: statedBasis(stated) };
  const note = stated
    ? `supplied with --published; the text states “${stated.text}”`
    : 'supplied with --published; not stated in the text';
  return { published: overrides.published, published_basis: { kind: 'inferred', note } };
}

/** `text` compared loosely: spaces collapsed, curly quotes straightened, case ignored. */
function loose(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim().toLowerCase();
}

/** Where the page and its text disagree: the page's value is used, and the editor told. */
function disagreements(detected: Detected): ImportMessage[] {
  const { page, credits } = detected;
  if (!page) return [];
  const messages: ImportMessage[] = [];
  const differ = (field: string, fact: PageFact | null, found: Found<string> | { value: string; text: string; line?: number } | null) => {
    if (!fact || !found || loose(fact.value) === loose(found.value)) return;
    messages.push({
      rule: 'page/disagrees',
      field,
      ...(found.line === undefined ? {} : { line: found.line }),
      reason: `the text says “${found.text}”, the page's ${fact.where} “${fact.text}”; used the page's. Pass --${field} if the text is right.`,
    });
  };
  differ('title', page.headline, detected.headline);
  differ('publisher', page.publisher, credits.publisher);
  differ('published', page.published, detected.published);
  differ('byline', page.byline, credits.byline);
  return messages;
}

/**
 * Assembles the frontmatter from what the text says and what the editor passed, and
 * lists every field that could not be determined, with what to do about it. Flags
 * always win; a flag that contradicts the text is recorded in the field's basis.
 */
export function buildFrontmatter(
  detected: Detected,
  overrides: Overrides,
): { frontmatter: FrontmatterDraft; undetermined: ImportMessage[]; notices: ImportMessage[] } {
  const { credits, page } = detected;
  const frontmatter: FrontmatterDraft = {
    ...title(detected, overrides),
    publisher: overrides.publisher ?? page?.publisher?.value ?? credits.publisher?.value ?? null,
    ...published(detected, overrides),
    wire: unique(overrides.wire ?? [...(page?.wire ?? []), ...credits.wire].map((credit) => credit.value)),
    notes: [],
  };
  const url = overrides.url ?? page?.url?.value ?? credits.url?.value;
  const byline = overrides.byline ?? page?.byline?.value ?? credits.byline?.value;
  if (url !== undefined) frontmatter.url = url;
  if (byline !== undefined) frontmatter.byline = byline;

  // Where a saved page could have said it, for the messages below.
  const nor = (tags: string) => (page ? `, nor the page's ${tags}` : '');
  const undetermined: ImportMessage[] = [];
  const missing = (field: string, reason: string) => undetermined.push({ rule: `field/${field}`, field, reason });
  if (frontmatter.title === null) {
    const reason = page ? "the page gives no JSON-LD headline, og:title, <h1> or <title>" : detected.headlineReason;
    missing('title', `not found — ${reason}; it is kept as paragraph 1. Pass --title with a neutral title.`);
  }
  if (frontmatter.published === null) {
    missing('published', `not found — no date line or “Published” item in the text${nor('article:published_time or JSON-LD datePublished')}. Pass --published YYYY-MM-DD.`);
  }
  if (frontmatter.publisher === null) {
    missing('publisher', `not stated — no “Source:” line names the outlet${nor('og:site_name or JSON-LD publisher')}; written as null. Pass --publisher if you know it.`);
  }
  if (frontmatter.wire.length === 0) {
    missing('wire', 'no agency credit found; written as []. Pass --wire if the copy is an agency’s.');
  }
  if (url === undefined) missing('url', `no link in the text${nor('link rel=canonical or og:url')}; left out. Pass --url.`);
  if (byline === undefined) missing('byline', `no author line (“By …”)${nor('JSON-LD author or meta author')}; left out. Pass --byline.`);
  return { frontmatter, undetermined, notices: disagreements(detected) };
}
