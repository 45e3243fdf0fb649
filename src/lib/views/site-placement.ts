import { pageBudget } from './page-budget.ts';
import { placeEntries, type Placement, type PlacedBriefing } from './placement.ts';

/**
 * Placements made, by briefing. On `globalThis`, like the model (load-briefing.ts): the build's
 * integrations and the bundled pages load this module as two copies, and each placed every entry again.
 */
const CACHE = Symbol.for('briefing-site.placement');
const cache: WeakMap<object, Placement> = ((globalThis as { [CACHE]?: WeakMap<object, Placement> })[CACHE] ??= new WeakMap());

/**
 * The placement this build publishes: with the budget of `BRIEFING_PAGE_BUDGET` when set (tests
 * lower it), else the default. Made once per briefing, since every page and every link asks.
 */
export function sitePlacement(briefing: PlacedBriefing): Placement {
  let placement = cache.get(briefing);
  if (!placement) cache.set(briefing, (placement = placeEntries(briefing, pageBudget(process.env))));
  return placement;
}
