/**
 * The search page's script, the only JavaScript of the site, bundled into
 * /search/ alone. It reads the search from the URL, loads Pagefind's
 * `pagefind.js` from the build on the first search, and renders results with
 * DOM methods (no HTML strings). Everything it decides (URL state, links, labels,
 * excerpts) is in src/lib/search/, where the unit tests cover it.
 */
import { FILTER_KEYS } from '../lib/search/fields.ts';
import type { PagefindApi, PagefindFilterCounts, PagefindSearchResponse } from '../lib/search/pagefind-api.ts';
import { DateOrder } from '../lib/search/date-order.ts';
import { groupEntryViews, groupSortDay, separateTerms, type DatedView, type TermLocations } from '../lib/search/group-result-view.ts';
import { resultView, type ResultView } from '../lib/search/result-view.ts';
import { parseDayShort } from '../lib/site/format-date.ts';
import { pagefindSearchOptions, readSearchState, searchQueryString, type SearchState } from '../lib/search/search-state.ts';
import { statusText } from '../lib/search/status-text.ts';

/**
 * Whether this browser follows text fragments (`#p4:~:text=…`); one that does not would
 * take the whole fragment for an id and open the page at its top, so links then keep ids only.
 */
const TEXT_FRAGMENTS = 'fragmentDirective' in document;
/** Results shown at first and added by each "Show more results". */
const PAGE_SIZE = 20;
/** Pause after the last keystroke before searching as you type. */
const TYPING_DELAY_MS = 250;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.querySelector('input[name="q"]') as HTMLInputElement;
  const status = root.querySelector('[data-search-status]') as HTMLElement;
  const list = root.querySelector('[data-search-results]') as HTMLOListElement;
  const more = root.querySelector('[data-search-more]') as HTMLButtonElement;
  const filterPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const base = root.dataset.base ?? '/';
  // Set when entries share search records (a big briefing): see lib/search/entry-groups.ts.
  const sharedEntries = Number(root.dataset.sharedEntries) > 1 ? Number(root.dataset.sharedEntries) : null;

  let pagefind: Promise<PagefindApi> | undefined;
  const load = (): Promise<PagefindApi> => {
    pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
      await api.options({ baseUrl: base });
      return api;
    });
    return pagefind;
  };

  // Pagefind counts results per filter value only once it has every filter file, which grow with
  // the entries (hundreds of KB on a big briefing): they are loaded when the reader opens the
  // filters, so a first search downloads only what finds its results.
  let filterData: Promise<unknown> | undefined;
  const countsWanted = (): boolean => filterPanel?.open === true;
  const loadFilters = (api: PagefindApi): Promise<unknown> => (filterData ??= api.filters());

  let pending: PagefindSearchResponse['results'] = [];
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Of the search shown: each searched word's locations per record (see `TermLocations`), and the date order of its results. */
  let termHits: Map<string, number[]>[] | null = null;
  let order: DateOrder<ResultView> | null = null;
  let listed = 0;

  /**
   * Appends the next results of search `run`; nothing when a newer search has started meanwhile. Sorted
   * by date, records are loaded until a page of results has its place settled (see DateOrder).
   */
  const showMore = async (run: number): Promise<HTMLLIElement | undefined> => {
    const state = formState(form);
    const views: ResultView[] = [];
    do {
      const batch = pending.slice(0, PAGE_SIZE);
      pending = pending.slice(PAGE_SIZE);
      const found = await Promise.all(batch.map(async (result) => ({ id: result.id, data: await result.data() })));
      if (run !== latest) return undefined;
      for (const { id, data } of found) {
        const terms: TermLocations = termHits?.map((hits) => hits.get(id) ?? []) ?? null;
        const entries = groupEntryViews(data, state.filters, terms, TEXT_FRAGMENTS);
        const dated = entries ?? [{ ...resultView(data, TEXT_FRAGMENTS), day: parseDayShort(data.meta.date ?? '') }];
        if (order === null) views.push(...dated);
        else order.add(entries !== null ? groupSortDay(data) : (dated[0]?.day ?? null), dated.map((view: DatedView) => ({ value: view, day: view.day })));
      }
      if (order !== null) views.push(...order.take(pending.length === 0));
    } while (order !== null && views.length < PAGE_SIZE && pending.length > 0);
    const items = views.map(resultItem);
    list.append(...items);
    listed += items.length;
    more.hidden = pending.length === 0;
    return items[0];
  };

  /**
   * When entries share records and the search has several words: each word searched alone, so an
   * entry of a shared record is shown only when it holds every word as Pagefind matches it.
   */
  const searchEachTerm = async (api: PagefindApi, state: SearchState): Promise<Map<string, number[]>[] | null> => {
    const terms = sharedEntries !== null ? separateTerms(state.q) : null;
    if (terms === null) return null;
    const { filters } = pagefindSearchOptions(state);
    const hits: Map<string, number[]>[] = [];
    for (const term of terms) {
      const response = await api.search(term, { filters });
      // A word Pagefind reads as nothing (punctuation) finds nothing alone, and did not narrow the search.
      if (response !== null && response.results.length > 0) hits.push(new Map(response.results.map((result) => [result.id, result.words])));
    }
    return hits;
  };

  const search = async (): Promise<void> => {
    const state = formState(form);
    const run = ++latest;
    history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
    if (state.q === '') {
      pending = [];
      list.replaceChildren();
      more.hidden = true;
      showCounts(root, null);
      status.textContent = '';
      return;
    }
    let response: PagefindSearchResponse | null;
    let hits: Map<string, number[]>[] | null;
    const withCounts = countsWanted();
    try {
      const api = await load();
      if (withCounts) await loadFilters(api);
      response = await api.search(state.q, pagefindSearchOptions(state));
      hits = response !== null && response.results.length > 0 ? await searchEachTerm(api, state) : null;
    } catch {
      pagefind = undefined;
      filterData = undefined;
      status.textContent = 'Search is not available: the search index could not be loaded. It is written by “npm run build”; reload the page to try again.';
      return;
    }
    if (response === null || run !== latest) return;
    pending = response.results;
    termHits = hits;
    order = sharedEntries !== null && state.sort !== 'relevance' ? new DateOrder<ResultView>(state.sort === 'newest') : null;
    listed = 0;
    list.replaceChildren();
    await showMore(run);
    if (run !== latest) return;
    // Filters opened while this search ran get their counts from the toggle handler.
    if (withCounts) showCounts(root, response.totalFilters);
    else if (!countsWanted()) showCounts(root, null);
    const filtered = FILTER_KEYS.some((key) => state.filters[key].length > 0);
    status.textContent = statusText({
      q: state.q,
      count: response.results.length,
      unfiltered: response.unfilteredResultCount,
      filtered,
      sharedEntries,
      listed: pending.length === 0 ? listed : null,
    });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), TYPING_DELAY_MS);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void search();
  });
  // Opening the filters shows the counts of the search already on the page, without redrawing its results.
  filterPanel?.addEventListener('toggle', () => {
    const state = formState(form);
    if (!filterPanel.open || state.q === '') return;
    const run = latest;
    void load()
      .then(async (api) => {
        await loadFilters(api);
        const response = await api.search(state.q, pagefindSearchOptions(state));
        if (response !== null && run === latest) showCounts(root, response.totalFilters);
      })
      .catch(() => undefined);
  });
  more.addEventListener('click', () => {
    void showMore(latest).then((first) => first?.querySelector('a')?.focus());
  });

  showState(form, readSearchState(new URLSearchParams(location.search)));
  root.hidden = false;
  if (input.value !== '') void search();
}

/** The search the form holds, read the same way as the URL. */
function formState(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return readSearchState(params);
}

/** Puts a search read from the URL into the form. */
function showState(form: HTMLFormElement, state: SearchState): void {
  (form.querySelector('input[name="q"]') as HTMLInputElement).value = state.q;
  for (const key of FILTER_KEYS) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)) {
      box.checked = state.filters[key].includes(box.value);
    }
  }
  // A search that names a filter shows the filters open, so the reader sees what narrows it.
  const panel = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (panel && FILTER_KEYS.some((key) => state.filters[key].length > 0)) panel.open = true;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  if (sort) sort.value = state.sort;
}

/** Writes beside each filter value how many results the words alone have there; clears them for null. */
function showCounts(root: HTMLElement, counts: PagefindFilterCounts | null): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const slot = box.parentElement?.querySelector('[data-count]');
    if (slot) slot.textContent = counts === null ? '' : `(${counts[box.name]?.[box.value] ?? 0})`;
  }
}

/** One result: its title as a link, what it is, and the excerpt with the matched words marked. */
function resultItem(view: ResultView): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result__title');
  const link = element('a');
  link.href = view.href;
  link.textContent = view.title;
  heading.append(link);

  const meta = element('p', 'search-result__meta');
  const type = element('span', 'search-result__type');
  type.textContent = view.type;
  meta.append(type);
  for (const detail of [view.date, view.who]) {
    if (detail === null) continue;
    const span = element('span');
    span.textContent = detail;
    meta.append(span);
  }

  const excerpt = element('p', 'search-result__excerpt');
  for (const part of view.excerpt) {
    if (!part.marked) {
      excerpt.append(part.text);
      continue;
    }
    const mark = element('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }
  item.append(heading, meta, excerpt);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
