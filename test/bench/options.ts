/** The command line of `npm run bench` (run.ts), checked before anything is generated or built. */
import { readArgs, UsageError } from '../helpers/usage-error.ts';
import { DEFAULT_SEED } from './generate.ts';

/** Two pairs: one pair's ratio moved by a third with the load (see paired-runs.ts). */
export const DEFAULT_RUNS = 2;

export const BENCH_USAGE = `Usage: npm run bench [-- options]
  --sizes 10,100,1000   corpus sizes to build, whole numbers separated by commas
  --seed <n>            the generator's seed (default ${DEFAULT_SEED}): the same seed gives the same corpus
  --query <words>       the first search to measure (default: the person the corpus names most)
  --out <file.md>       also write the report to this file
  --keep                keep the generated projects (their folder is printed)
  --runs <n>            how many times our build and the plain one are each timed, one after the
                        other (default 2); the table shows their means, the details every pair
  --no-plain            skip the plain Astro build used as the baseline
  --no-browser          skip the first-search measurement in a browser
  --no-rebuild          skip the rebuild with one source more`;

export interface BenchOptions {
  sizes: number[];
  seed: number;
  query: string | undefined;
  out: string | undefined;
  keep: boolean;
  /** How many times our build and the plain one are each timed, alternating. */
  runs: number;
  plain: boolean;
  browser: boolean;
  rebuild: boolean;
}

/** Reads the arguments; a wrong one is a UsageError naming it and what to write instead. */
export function readBenchOptions(args: readonly string[]): BenchOptions {
  const { values } = readArgs({
    args: [...args],
    options: {
      sizes: { type: 'string', default: '10,100,1000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      query: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      runs: { type: 'string', default: String(DEFAULT_RUNS) },
      'no-plain': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      'no-rebuild': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new UsageError(`--sizes ${values.sizes}: sizes are whole numbers of 1 or more separated by commas, e.g. --sizes 10,100.`);
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed ${values.seed}: the seed is a whole number, e.g. --seed ${DEFAULT_SEED}.`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs ${values.runs}: the number of runs is a whole number of 1 or more, e.g. --runs ${DEFAULT_RUNS}.`);
  return {
    sizes,
    seed,
    query: values.query,
    out: values.out,
    keep: values.keep,
    runs,
    plain: !values['no-plain'],
    browser: !values['no-browser'],
    rebuild: !values['no-rebuild'],
  };
}
