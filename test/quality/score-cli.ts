/**
 * `npm run score`: runs the extractor on every evaluation corpus (test/fixtures/corpus/) and the
 * seeds, and prints precision and recall per corpus and half, the share of found items with each
 * attribute right, and the meaning-inverting errors.
 *
 *   npm run score                       the table
 *   npm run score -- --verbose          also every miss, wrong attribute and spurious item, with file and paragraph
 *   npm run score -- --corpus seeds     only the named corpora (repeatable)
 *   npm run score -- --half dev         with --verbose: list items of this half only (never tune on test)
 *   npm run score -- --write-floors     record the current values as the quality gate's floors
 */
import { parseArgs } from 'node:util';
import { formatTable, formatDetails } from './corpus/report.ts';
import { scoreCorpora } from './corpus/score-corpora.ts';
import { FLOORS_FILE, writeFloors } from './corpus/floors.ts';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    corpus: { type: 'string', multiple: true, default: [] },
    half: { type: 'string' },
    'write-floors': { type: 'boolean', default: false },
  },
});

const scores = scoreCorpora(values.corpus);
if (values.verbose) console.log(formatDetails(scores, values.half));
console.log(formatTable(scores));
if (values['write-floors']) {
  writeFloors(scores);
  console.log(`\nRecorded the quality gate's floors in ${FLOORS_FILE}.`);
}
