/**
 * What the search index stores beside the text, in one place so the indexer
 * (src/integrations/pagefind.ts), the source pages' `data-pagefind-*` attributes
 * and the search page agree on every key and value.
 */

/** The kinds of results: the three kinds of briefing entries, and source articles. */
export const RESULT_TYPES = ['event', 'statement', 'figure', 'source'] as const;

/** A kind of result, as the `type` filter and the `type` meta field store it. */
export type ResultType = (typeof RESULT_TYPES)[number];

/** How the search page names each kind of result. */
export const RESULT_TYPE_LABELS: Readonly<Record<ResultType, string>> = {
  event: 'Event',
  statement: 'Statement',
  figure: 'Figure',
  source: 'Source article',
};

/** The label of a result whose page carries no type (the about page). */
export const PAGE_LABEL = 'Page';

/** The filters of the index, in the order the search page shows them. */
export const FILTER_KEYS = ['type', 'government', 'publisher'] as const;

/** One filter of the index. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The legend of each filter on the search page. */
export const FILTER_LABELS: Readonly<Record<FilterKey, string>> = {
  type: 'Type',
  government: 'Government or organisation',
  publisher: 'Publisher',
};

/**
 * The sort key: an ISO day (`YYYY-MM-DD`), so sorting as text is sorting by date.
 * Pagefind leaves out of a sorted search every record without this key.
 */
export const SORT_KEY = 'date';

/** Whether `value` is one of the result types. */
export function isResultType(value: string): value is ResultType {
  return (RESULT_TYPES as readonly string[]).includes(value);
}

/**
 * The meta field of an entry record that says which of its words a link may
 * highlight: one mark per word of its content (see landing/landing.ts).
 */
export const LANDING_META = 'landing';

/**
 * The meta field of a record that several entries of one page share (a big briefing, see
 * entry-groups.ts): what the search page needs of each entry (group-record.ts).
 */
export const GROUP_META = 'entries';

/**
 * Where shared records live in the index: `/_entries/<n>/`. No reader opens it; the search page
 * links each entry to the page it is on (see group-record.ts), and finds the base path before it.
 */
export const GROUP_PATH = '/_entries/';

/**
 * Between the pieces of an entry record's content (a name, a quote, each cited
 * evidence): the pieces stand apart on the page, and Pagefind's excerpts run them
 * together without it.
 */
export const PIECE_SEPARATOR = ' · ';
