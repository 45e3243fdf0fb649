import type { StatedDate } from './detect-metadata.ts';
import type { Credits, Found, ImportMessage } from './types.ts';

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

/** The title and its basis: the headline as stated, or the editor's title from `--title`. */
function title(detected: Detected, overrides: Overrides): Pick<FrontmatterDraft, 'title' | 'title_basis'> {
  const { headline } = detected;
  if (overrides.title === undefined || overrides.title === headline?.value) return { title: headline?.value ?? null };
  const note = headline
    ? `supplied with --title; the headline in the text reads “${headline.value}”`
    : 'supplied with --title; the text has no headline';
  return { title: overrides.title, title_basis: { kind: 'editor', note } };
}

/** The publication day and its basis: stated in a date line or metadata, or supplied with `--published`. */
function published(detected: Detected, overrides: Overrides): Pick<FrontmatterDraft, 'published' | 'published_basis'> {
  const stated = detected.published;
  const statedBasis = (date: StatedDate): Basis => ({ kind: 'stated', note: `${date.where} “${date.text}”` });
  if (overrides.published === undefined) {
    return { published: stated?.value ?? null, published_basis: stated ? statedBasis(stated) : null };
  }
  if (stated?.value === overrides.published) return { published: stated.value, published_basis: statedBasis(stated) };
  const note = stated
    ? `supplied with --published; the text states “${stated.text}”`
    : 'supplied with --published; not stated in the text';
  return { published: overrides.published, published_basis: { kind: 'inferred', note } };
}

/**
 * Assembles the frontmatter from what the text says and what the editor passed, and
 * lists every field that could not be determined, with what to do about it. Flags
 * always win; a flag that contradicts the text is recorded in the field's basis.
 */
export function buildFrontmatter(detected: Detected, overrides: Overrides): { frontmatter: FrontmatterDraft; undetermined: ImportMessage[] } {
  const { credits } = detected;
  const frontmatter: FrontmatterDraft = {
    ...title(detected, overrides),
    publisher: overrides.publisher ?? credits.publisher?.value ?? null,
    ...published(detected, overrides),
    wire: unique(overrides.wire ?? credits.wire.map((credit) => credit.value)),
    notes: [],
  };
  const url = overrides.url ?? credits.url?.value;
  const byline = overrides.byline ?? credits.byline?.value;
  if (url !== undefined) frontmatter.url = url;
  if (byline !== undefined) frontmatter.byline = byline;

  const undetermined: ImportMessage[] = [];
  const missing = (field: string, reason: string) => undetermined.push({ rule: `field/${field}`, field, reason });
  if (frontmatter.title === null) {
    missing('title', `not found — ${detected.headlineReason}; it is kept as paragraph 1. Pass --title with a neutral title.`);
  }
  if (frontmatter.published === null) {
    missing('published', 'not found — no date line or “Published” item in the text. Pass --published YYYY-MM-DD.');
  }
  if (frontmatter.publisher === null) {
    missing('publisher', 'not stated — no “Source:” line names the outlet; written as null. Pass --publisher if you know it.');
  }
  if (frontmatter.wire.length === 0) {
    missing('wire', 'no agency credit found; written as []. Pass --wire if the copy is an agency’s.');
  }
  if (url === undefined) missing('url', 'no link in the text; left out. Pass --url.');
  if (byline === undefined) missing('byline', 'no author line (“By …”); left out. Pass --byline.');
  return { frontmatter, undetermined };
}
