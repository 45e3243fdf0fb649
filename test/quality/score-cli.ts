/**
 * `npm run score`: builds the model from content/ and prints how it does against the hand-written
 * gold standard for the seed articles, item by item, then the rates the quality test requires.
 */
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import { readExpected, scoreSeeds } from './score.ts';

const score = scoreSeeds(loadBriefing(), readExpected());
for (const v of score.verdicts) {
  console.log(`${v.correct ? 'ok  ' : v.found ? 'WRONG' : 'MISS '} ${v.kind.padEnd(6)} ${v.seed} ${v.expected.slice(0, 70).padEnd(70)} ${v.detail}`);
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`
quotes with the right government: ${pct(score.rates.quotes)} (target ≥ 90%)
quotes given a wrong government:  ${score.wrongGovernment.length} (target 0)
figures right (value, category, claimant): ${pct(score.rates.figures)} (target ≥ 90%)
figures found: ${pct(score.rates.figuresFound)} (target 100%)
events with the right date range and precision: ${pct(score.rates.events)} (target ≥ 85%)
false positives: ${score.falsePositives.length ? score.falsePositives.join('; ') : 'none'}`);
