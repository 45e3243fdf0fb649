import { describe, expect, it } from 'vitest';
import { COORDINATED_THAT, REPORTED_THAT, stageWords, THAT_CUE } from '../../src/lib/assemble/figure-stage.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/**
 * `stageWords` searches the words before a figure for a second that-clause (COORDINATED_THAT) and a
 * reporting verb with "that" (REPORTED_THAT) only where THAT_CUE finds a "that". These tests hold the
 * cue to both patterns: wherever either matches, the cue must too, or a plan told before a reported
 * clause would reach into it again.
 */

/** Words before a figure where one of the patterns matches: each alternative, in their order. */
const WITH_THAT = [
  'Berg said that the army had sent', 'the ministry says that', 'Fredonburg claimed that', 'the agency claims that',
  'the minister stated that', 'the report states that', 'the Courier reported that', 'the bureau reports that',
  'officials confirmed that', 'the navy confirms that', 'she added that', 'the envoy noted that',
  'Ruhl told reporters that', 'Berg told the agency that', 'it planned to send 600 and that',
  'the plan was to send 600 but that', 'said more would come, or that',
];

/** Words before a figure with no "that": neither pattern is asked, and neither could match. */
const WITHOUT_THAT = [
  'Berg said the army had sent', 'the ministry plans to send', 'Fredonburg claimed it would deploy', 'the Courier reported',
  'officials confirmed the arrival of', 'the envoy noted the loss of', 'Ruhl told reporters', 'the plan was to send 600 and then',
  'the agency says the army will send', 'she added the convoy carried', 'the bureau reports the deaths of', 'the navy confirms',
  'they said what they had seen', 'the report states how many', 'the figures show', 'the minister stated the count of', 'it planned to move',
];

const eitherMatches = (text: string) => {
  COORDINATED_THAT.lastIndex = 0;
  REPORTED_THAT.lastIndex = 0;
  return [...text.matchAll(COORDINATED_THAT)].length > 0 || [...text.matchAll(REPORTED_THAT)].length > 0;
};

describe('THAT_CUE: the word the that-clause patterns of stageWords are asked behind', () => {
  it.each(WITH_THAT)('holds where a pattern matches: "%s"', (words) => {
    for (const text of [`${words} `, `${words.toUpperCase()} `, `${words.replace(/ /g, '\n')} `]) {
      expect(eitherMatches(text), text).toBe(true);
      expect(THAT_CUE.test(text), text).toBe(true);
    }
  });

  it.each(WITHOUT_THAT)('is missing, and no pattern matches: "%s"', (words) => {
    expect(THAT_CUE.test(words)).toBe(false);
    expect(eitherMatches(`${words} `)).toBe(false);
  });

  it('holds wherever a pattern matches in generated texts', () => {
    const pieces = [...new Set([...WITH_THAT, ...WITHOUT_THAT].flatMap((words) => words.split(' ')))].concat(['THAT', 'That', 'thaT', ',', '.', 'and', 'that']);
    let matched = 0;
    for (const text of piecedTexts(pieces, 20000, { seed: 41, minPieces: 2, maxPieces: 8, between: ' ' })) {
      if (!eitherMatches(`${text} `)) continue;
      matched++;
      expect(THAT_CUE.test(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('leaves the stage words what the patterns make them', () => {
    // The reported clause starts after "that"; a figure with no "that" before it keeps its whole clause.
    expect(stageWords('Berg said that the army had sent 600 troops', 'Berg said that the army had sent 600'.length)).toBe('the army had sent 600 troops');
    expect(stageWords('the ministry plans to send 600 troops', 'the ministry plans to send 600'.length)).toBe('the ministry plans to send 600 troops');
    expect(stageWords('it planned to send 600 and that 100 had arrived', 'it planned to send 600 and that 100'.length)).toBe('100 had arrived');
  });
});
