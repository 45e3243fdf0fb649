import type { SourceDocument } from '../model.ts';
import { formatDayShort } from '../site/format-date.ts';
import { publisherLabel } from '../views/citation-label.ts';
import { SORT_KEY } from './fields.ts';

/**
 * The `data-pagefind-*` attributes of a source page's article: the `type` and
 * `publisher` filters, the publication day as the date label and as the sort key.
 * The publisher is read from its own attribute because a name may hold a comma,
 * which Pagefind's inline syntax would split.
 */
export function sourceSearchAttributes(source: Pick<SourceDocument, 'publisher' | 'wire' | 'published'>): Record<string, string> {
  return {
    'data-pagefind-filter': 'publisher[data-publisher], type:source',
    'data-publisher': publisherLabel(source),
    'data-pagefind-meta': `date:${formatDayShort(source.published)}`,
    'data-pagefind-sort': `${SORT_KEY}:${source.published}`,
  };
}
