/**
 * The search page's script, the only JavaScript of the site, bundled into
 * /search/ alone. It reads the search from the URL, loads Pagefind's
 * `pagefind.js` from the build on the first search, and renders results with
 * DOM methods (no HTML strings). Everything it decides (URL state, links, labels,
 * excerpts) is in src/lib/search/, where the unit tests cover it.
 */
import { FILTER_KEYS } from '../lib/search/fields.ts';
import type { PagefindApi, PagefindFilterCounts, PagefindSearchResponse } from '../lib/search/pagefind-api.ts';
import { groupEntryViews, type GroupChoice } from '../lib/search/group-result-view.ts';
import { resultView, type PagefindResultData, type ResultView } from '../lib/search/result-view.ts';
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

  /** Appends the next results of search `run`; nothing when a newer search has started meanwhile. */
  const showMore = async (run: number): Promise<HTMLLIElement | undefined> => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const state = formState(form);
    const choice: GroupChoice = { q: state.q, filters: state.filters, newestFirst: state.sort === 'newest' };
    const found = await Promise.all(batch.map((result) => result.data()));
    if (run !== latest) return undefined;
    const items = found.flatMap((data) => resultItems(data, choice));
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0];
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
    const withCounts = countsWanted();
    try {
      const api = await load();
      if (withCounts) await loadFilters(api);
      response = await api.search(state.q, pagefindSearchOptions(state));
    } catch {
      pagefind = undefined;
      filterData = undefined;
      status.textContent = 'Search is not available: the search index could not be loaded. It is written by “npm run build”; reload the page to try again.';
      return;
    }
    if (response === null || run !== latest) return;
    pending = response.results;
    list.replaceChildren();
    await showMore(run);
    if (run !== latest) return;
    // Filters opened while this search ran get their counts from the toggle handler.
    if (withCounts) showCounts(root, response.totalFilters);
    else if (!countsWanted()) showCounts(root, null);
    const filtered = FILTER_KEYS.some((key) => state.filters[key].length > 0);
    status.textContent = statusText({ q: state.q, count: response.results.length, unfiltered: response.unfilteredResultCount, filtered });
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

/**
 * The list item of one Pagefind result: a source, a page or an entry; or, for a record that several
 * entries share (a big briefing), an item holding the list of its entries that hold the words
 * (none when the chosen filters leave none of them).
 */
function resultItems(data: PagefindResultData, choice: GroupChoice): HTMLLIElement[] {
  const entries = groupEntryViews(data, choice, TEXT_FRAGMENTS);
  if (entries === null) return [resultItem(resultView(data, TEXT_FRAGMENTS))];
  if (entries.length === 0) return [];
  const item = element('li', 'search-result-group');
  const list = element('ol', 'search-results');
  list.append(...entries.map(resultItem));
  item.append(list);
  return [item];
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
