/** The command line of `npm run score` (test/quality/score-cli.ts), checked before any scoring starts. */
import { readArgs, UsageError } from '../../helpers/usage-error.ts';
import type { Half } from './corpora.ts';

export const SCORE_USAGE = `Usage: npm run score [-- options]
  --verbose          also list every miss, wrong attribute and spurious item, with file and paragraph
  --corpus <name>    only this corpus (repeatable): seeds, or a folder of test/fixtures/corpus/
  --half <half>      with --verbose: list the items of this half only (dev, test or seeds; never tune on test)
  --speakers         also count, per half, how each found statement's speaker was found (named in the
                     sentence, a pronoun, the paragraph before) with its right and wrong governments,
                     and the wrong governments by what the speaker phrase names: numbers only, fit to
                     read on a test half
  --stances          also count, per half, the found statements' stances: wanted against shown
                     (numbers only, fit to read on a test half)
  --figures          also count, per half, the figures wanted, found, missed, in a wrong category and
                     spurious, by category and by the shape of the value (digits, words, vague, money,
                     percentage, range): numbers only, fit to read on a test half
  --write-floors     record the current values as the quality gate's floors
  --help             this text`;

const HALVES: readonly Half[] = ['seeds', 'dev', 'test'];

export interface ScoreOptions {
  verbose: boolean;
  corpora: string[];
  half: Half | undefined;
  writeFloors: boolean;
  speakers: boolean;
  stances: boolean;
  figures: boolean;
  help: boolean;
}

/** Reads the arguments against the corpora that exist; a wrong one is a UsageError naming it. */
export function readScoreOptions(args: readonly string[], knownCorpora: readonly string[]): ScoreOptions {
  const { values } = readArgs({
    args: [...args],
    options: {
      verbose: { type: 'boolean', default: false },
      corpus: { type: 'string', multiple: true, default: [] },
      half: { type: 'string' },
      'write-floors': { type: 'boolean', default: false },
      speakers: { type: 'boolean', default: false },
      stances: { type: 'boolean', default: false },
      figures: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const unknown = values.corpus.filter((name) => !knownCorpora.includes(name));
  if (unknown.length > 0) {
    throw new UsageError(`--corpus ${unknown.join(', ')}: no such corpus. The corpora are: ${knownCorpora.join(', ')}.`);
  }
  const half = values.half;
  if (half !== undefined && !HALVES.includes(half as Half)) {
    throw new UsageError(`--half ${half}: a half is one of ${HALVES.join(', ')}.`);
  }
  if (half !== undefined && !values.verbose) {
    throw new UsageError(`--half ${half} chooses the items --verbose lists; the table always shows every half. Add --verbose.`);
  }
  return {
    verbose: values.verbose,
    corpora: values.corpus,
    half: half as Half | undefined,
    writeFloors: values['write-floors'],
    speakers: values.speakers,
    stances: values.stances,
    figures: values.figures,
    help: values.help,
  };
}
