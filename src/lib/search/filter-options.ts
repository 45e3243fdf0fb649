import type { SourceDocument } from '../model.ts';
import { publisherLabel } from '../views/citation-label.ts';
import type { SearchRecord } from './entry-records.ts';
import { FILTER_KEYS, RESULT_TYPE_LABELS, RESULT_TYPES, type FilterKey } from './fields.ts';

/** One checkbox of a filter on the search page. */
export interface FilterOption {
  /** The value stored in the index, and in the page's URL. */
  value: string;
  label: string;
}

/**
 * The values each filter can take, from the same records and sources that are
 * indexed, so the search page can list them without loading the index (and
 * without JavaScript). Types in `RESULT_TYPES` order; governments and publishers
 * alphabetically. Only values that some record or source carries.
 */
export function filterOptions(records: readonly SearchRecord[], sources: readonly Pick<SourceDocument, 'publisher' | 'wire'>[]): Record<FilterKey, FilterOption[]> {
  const used = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Set<string>()])) as Record<FilterKey, Set<string>>;
  for (const record of records) for (const key of FILTER_KEYS) for (const value of record.filters[key]) used[key].add(value);
  if (sources.length > 0) used.type.add('source');
  for (const source of sources) used.publisher.add(publisherLabel(source));

  const alphabetical = (values: Set<string>): FilterOption[] =>
    [...values].sort((a, b) => a.localeCompare(b, 'en')).map((value) => ({ value, label: value }));
  return {
    type: RESULT_TYPES.filter((type) => used.type.has(type)).map((type) => ({ value: type, label: RESULT_TYPE_LABELS[type] })),
    government: alphabetical(used.government),
    publisher: alphabetical(used.publisher),
  };
}
