/**
 * The builds of the unchanged project that the build tests and the browser tests read: made once
 * per test run, and all at once, so they share the machine's cores instead of queueing.
 *
 * - `site`: the project as `astro build` builds it. The build tests inspect it; the hardening tests
 *   start from a copy of it as their last good `dist/`.
 * - `farTimeZone`: the same content built on a machine that believes it is 14 hours ahead of UTC
 *   (`TZ=Pacific/Kiritimati`). The reproducibility test requires it to be byte-identical to `site`,
 *   so the browser tests serve it as the site: one build does both jobs.
 * - `split`: every knob at once (test/helpers/split-build.ts): the seeds and 40 synthetic sources,
 *   a page budget so small that the chronology, positions, figures and the list of sources split,
 *   the anchors of an earlier edition, the base path `/briefing/`, and a search budget so small that
 *   its entries share search records. The split-pages and
 *   sources-list tests read it; the browser tests serve it under `/briefing/`. (One build instead of
 *   one per knob: two builds fewer, about 10 s of CPU less per run once its larger site is checked.)
 *
 * Each is a build of a copy of the project (see `buildCopy`), so they can run at the same time.
 * Each vitest project's global setup asks for the builds it reads. Global setups run one after the
 * other, each project with its own copy of this module, so the builds are kept on `globalThis` (one
 * test run, one process): the first setup starts every build that the run's projects will ask for,
 * and later setups wait for the ones already under way.
 */
import type { TestProject } from 'vitest/node';
import { buildCopy, type BuiltCopy } from './run-astro.ts';
import { prepareSplitContent, SPLIT_ENV } from './split-build.ts';

/** The environment of each shared build, and what changes its copy's content first. */
const BUILDS = {
  site: { env: {} },
  farTimeZone: { env: { TZ: 'Pacific/Kiritimati' } },
  split: { env: SPLIT_ENV, prepare: prepareSplitContent },
} satisfies Record<string, { env: Record<string, string>; prepare?: (root: string) => void }>;

export type SharedBuild = keyof typeof BUILDS;

/** Which builds each vitest project reads. */
const READERS: Record<string, readonly SharedBuild[]> = {
  build: ['site', 'farTimeZone', 'split'],
  browser: ['farTimeZone', 'split'],
};

interface Registry {
  builds: Map<SharedBuild, Promise<BuiltCopy>>;
  /** Global setups holding the builds; the last to let go removes them. */
  holders: number;
}

const registry: Registry = ((globalThis as { [key: symbol]: Registry })[Symbol.for('briefing.shared-builds')] ??= { builds: new Map(), holders: 0 });

function start(name: SharedBuild): Promise<BuiltCopy> {
  let build = registry.builds.get(name);
  if (!build) {
    const recipe: { env: Record<string, string>; prepare?: (root: string) => void } = BUILDS[name];
    build = buildCopy(recipe.env, recipe.prepare);
    // Awaited by whoever needs it; a failure here is reported there, not as an unhandled rejection.
    build.catch(() => undefined);
    registry.builds.set(name, build);
  }
  return build;
}

/**
 * Starts every build this run will need, unless under way already, and returns the builds of the
 * unchanged project among them (`site`, `farTimeZone`; none when no project of the run reads one).
 * `vitest.projects` holds the projects the run selected (all of them unless `--project` narrows it;
 * a run filtered by file name may start a build it does not read). The plain builds start first: a
 * build that prepares its content does that in this process before it starts, while the others
 * already run.
 */
export function startSharedBuilds(project: TestProject): Promise<BuiltCopy>[] {
  const needed = new Set(project.vitest.projects.flatMap((other) => READERS[other.name] ?? []));
  const plainFirst = [...needed].sort((a, b) => Number('prepare' in BUILDS[a]) - Number('prepare' in BUILDS[b]));
  const started = plainFirst.map((name) => [name, start(name)] as const);
  return started.filter(([name]) => !('prepare' in BUILDS[name])).map(([, build]) => build);
}

/**
 * The builds `project` reads (each copy's folder and its site), once they are built, and a teardown
 * that removes every shared build after the last project is done with them.
 */
export async function sharedBuilds(project: TestProject): Promise<{ builds: Record<SharedBuild, BuiltCopy>; release: () => Promise<void> }> {
  const wanted = READERS[project.name];
  if (!wanted) throw new Error(`test/helpers/shared-builds.ts has no list of the builds project "${project.name}" reads; add it to READERS.`);
  startSharedBuilds(project);
  registry.holders += 1;
  const release = async () => {
    registry.holders -= 1;
    if (registry.holders > 0) return;
    const builds = await Promise.allSettled(registry.builds.values());
    registry.builds.clear();
    for (const build of builds) if (build.status === 'fulfilled') build.value.remove();
  };
  try {
    const builds = await Promise.all(wanted.map(async (name) => [name, await start(name)] as const));
    return { builds: Object.fromEntries(builds) as Record<SharedBuild, BuiltCopy>, release };
  } catch (error) {
    await release();
    throw error;
  }
}
