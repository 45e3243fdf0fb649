import { pageBudget } from './page-budget.ts';
import { placeEntries, type Placement, type PlacedBriefing } from './placement.ts';

const cache = new WeakMap<object, Placement>();

/**
 * The placement this build publishes: with the budget of `BRIEFING_PAGE_BUDGET` when set (tests
 * lower it), else the default. Made once per briefing, since every page and every link asks.
 */
export function sitePlacement(briefing: PlacedBriefing): Placement {
  let placement = cache.get(briefing);
  if (!placement) cache.set(briefing, (placement = placeEntries(briefing, pageBudget(process.env))));
  return placement;
}
