import { pageBudget } from './page-budget.ts';
import { placeSources, type ListedSource, type SourcesPlacement } from './sources-pages.ts';

/** The list of sources as this build splits it: `placeSources` with the build's page budget (BRIEFING_PAGE_BUDGET). */
export function siteSourcesPlacement<T extends ListedSource>(sources: readonly T[]): SourcesPlacement<T> {
  return placeSources(sources, pageBudget(process.env));
}
