import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/lib/segment/sentences.ts';

/**
 * Negative cases: each input is ONE sentence and must not be split.
 */
const oneSentence = [
  // Dotted abbreviations followed by a lowercase word.
  'U.S. officials say the talks will resume.',
  'Some allies, e.g. the smaller states, agreed, i.e. most of them.',
  // Dotted abbreviations followed by a capitalised word: ambiguous, we prefer not to split.
  'Officials in the U.S. State Department declined to comment.',
  'The D.P.R.K. Foreign Ministry issued a statement.',
  'The R.O.K. and U.K. governments agreed to meet.',
  'The U.S.-U.K. Trade Council met.',
  // Month abbreviations before a day number.
  'The meeting on Oct. 30 was postponed.',
  'Talks resume Sept. 5 and end Jan. 9 at the latest.',
  // Titles and other prefix abbreviations.
  'Mr. Smith met Dr. Jones and Gen. Brown.',
  'Lt. Gen. Park spoke at No. 10 on St. Mark Street.',
  'The figures came from Reps. Lee and Kim, and Sens. Park and Cho agreed.',
  // Times of day followed by a weekday or lowercase words.
  'The blast hit at 3 a.m. Tuesday and again at 5 p.m. local time.',
  // A bracket after a soft abbreviation: a time zone, an aside.
  'At approximately 9:15 p.m. (Marsh City time), the rebels launched a complex attack.',
  'Berg spoke to Acme Inc. (Sylvania’s largest shipper) on Monday.',
  // Initials.
  'President John F. Kennedy visited in 1963.',
  'The report by J. R. Smith was cited.',
  // Quotations tied to an attribution.
  '“It is dangerous,” he said.',
  '“Why now?” he asked.',
  '“What exactly? Left to be seen,” the minister added.',
  'He said the deal was “a mistake!” and walked out.',
  "He said 'no.' and left.",
  // Dashes and ellipses inside a sentence.
  'The U.S.—and its allies—disagree.',
  'He hesitated—then spoke.',
  'Our analysts are … they continue to look at this.',
  'Supplies ran low... but the convoy arrived.',
  // Numbers and hyphenated abbreviations.
  'Growth was 3.5 percent.',
  'The U.S.-led coalition responded.',
  'The vote was 12-3.',
];

describe('segmentSentences negative cases', () => {
  for (const input of oneSentence) {
    it(`does not split: ${input}`, () => {
      expect(segmentSentences(input).map((s) => s.text)).toEqual([input]);
    });
  }
});
