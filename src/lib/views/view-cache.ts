/**
 * Views worked out once for the same inputs. A view of the whole briefing (the chronology, the
 * positions) is asked for by several routes and pages of one build: the chronology three times
 * (its pages, its index, the overview), 2 s of CPU time at 3,000 sources. Views are read, never
 * changed, so one copy serves them all.
 *
 * Kept by the identity of the inputs (the briefing, its placement, the topic's roles), on
 * `globalThis` like the placement (site-placement.ts): the bundled pages may load a module twice.
 */
const CACHE = Symbol.for('briefing-site.views');

interface Level {
  value?: unknown;
  has?: boolean;
  next: WeakMap<object, Level>;
}

const root: Map<string, Level> = ((globalThis as { [CACHE]?: Map<string, Level> })[CACHE] ??= new Map());

/** The view `name` for `inputs`, made with `make` the first time these same inputs ask. */
export function cachedView<V>(name: string, inputs: readonly object[], make: () => V): V {
  let level: Level | undefined = root.get(name);
  if (!level) root.set(name, (level = { next: new WeakMap<object, Level>() }));
  for (const input of inputs) {
    let next: Level | undefined = level.next.get(input);
    if (!next) level.next.set(input, (next = { next: new WeakMap<object, Level>() }));
    level = next;
  }
  if (!level.has) {
    level.value = make();
    level.has = true;
  }
  return level.value as V;
}
