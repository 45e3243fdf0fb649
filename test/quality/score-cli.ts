/**
 * `npm run score`: runs the extractor on every evaluation corpus (test/fixtures/corpus/) and the
 * seeds, and prints precision and recall per corpus and half, the share of found items with each
 * attribute right, and the meaning-inverting errors.
 *
 *   npm run score                       the table
 *   npm run score -- --verbose          also every miss, wrong attribute and spurious item, with file and paragraph
 *   npm run score -- --corpus seeds     only the named corpora (repeatable)
 *   npm run score -- --half dev         with --verbose: list items of this half only (never tune on test)
 *   npm run score -- --speakers         also how the found statements' speakers were found, counted per half
 *   npm run score -- --stances          also the found statements' stances, wanted against shown, per half
 *   npm run score -- --figures          also the figures wanted, found, missed and spurious by category and shape, per half
 *   npm run score -- --write-floors     record the current values as the quality gate's floors
 */
import { formatDetails, formatFigures, formatSpeakerSources, formatStances, formatTable } from './corpus/report.ts';
import { listCorpora } from './corpus/corpora.ts';
import { scoreCorpora } from './corpus/score-corpora.ts';
import { FLOORS_FILE, writeFloors } from './corpus/floors.ts';
import { readScoreOptions, SCORE_USAGE } from './corpus/score-options.ts';
import { optionsOrExit } from '../helpers/usage-error.ts';

const scored = listCorpora().filter((corpus) => corpus.halves.size > 0).map((corpus) => corpus.name);
const options = optionsOrExit(SCORE_USAGE, () => readScoreOptions(process.argv.slice(2), scored));
if (options.help) {
  console.log(SCORE_USAGE);
} else {
  const scores = scoreCorpora(options.corpora, options.speakers);
  if (options.verbose) console.log(formatDetails(scores, options.half));
  console.log(formatTable(scores));
  if (options.speakers) console.log(`\n${formatSpeakerSources(scores)}`);
  if (options.stances) console.log(`\n${formatStances(scores)}`);
  if (options.figures) console.log(`\n${formatFigures(scores)}`);
  if (options.writeFloors) {
    writeFloors(scores);
    console.log(`\nRecorded the quality gate's floors in ${FLOORS_FILE}.`);
  }
}
