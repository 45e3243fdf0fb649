import { describe, expect, it } from 'vitest';
import type { StatementMention } from '../../src/lib/detect/quotes/index.ts';
import type { Verdict } from './corpus/match.ts';
import { formatSpeakerTallies, type SpeakerTallies, tallySpeakerSources, tallyWrongGovernments } from './corpus/speaker-sources.ts';

const verdict = (kind: 'quote' | 'reported', found: string | null, government: boolean, notWrong = true): Verdict => ({
  kind,
  article: 'a',
  paragraph: 1,
  expected: found ?? 'missed words',
  found,
  checks: found === null ? {} : { government, notWrongGovernment: notWrong },
  detail: '',
});

const mention = (text: string, resolvedBy: StatementMention['resolvedBy']): StatementMention =>
  ({ quote: text, reported: null, resolvedBy }) as unknown as StatementMention;

describe('counting how found statements got their speaker', () => {
  it('counts each found statement under its mention’s way of finding the speaker, with right and wrong governments', () => {
    const tallies: SpeakerTallies = new Map();
    const mentions = [mention('The boats left the port.', 'explicit'), mention('They will not return.', 'continuation')];
    tallySpeakerSources(
      [
        verdict('quote', 'The boats left the port.', true),
        verdict('quote', 'They will not return.', false, false),
        verdict('quote', null, false),
        verdict('quote', 'Words nobody found.', false),
      ],
      mentions,
      tallies,
    );
    expect(Object.fromEntries(tallies)).toEqual({
      'quote explicit': { found: 1, rightGovernment: 1, wrongGovernment: 0 },
      'quote continuation': { found: 1, rightGovernment: 0, wrongGovernment: 1 },
      'quote unknown': { found: 1, rightGovernment: 0, wrongGovernment: 0 },
    });
    expect(formatSpeakerTallies('t', tallies)[1]).toBe('  quote continuation  found 1, right government 0, wrong government 1');
  });
});

describe('counting the wrong governments by what the speaker phrase names', () => {
  it('counts only statements credited to a wrong government, by what gold wants and what the phrase names', () => {
    const wrong = (speaker: string, government: string, wanted: string | null): Verdict => ({
      ...verdict('quote', 'words', false, false),
      credit: { government, wanted, speaker },
    });
    const governmentNamed = (phrase: string) => (/Sylvanian/.test(phrase) ? 'sylvania' : /Freedonian/.test(phrase) ? 'freedonia' : null);
    const tallies = new Map<string, number>();
    tallyWrongGovernments(
      [
        wrong('a Sylvanian soldier', 'sylvania', null),
        wrong('Kowal, a Freedonian envoy', 'sylvania', 'freedonia'),
        wrong('he', 'sylvania', 'freedonia'),
        { ...verdict('quote', 'words', true, true), credit: { government: 'sylvania', wanted: 'sylvania', speaker: 'a Sylvanian envoy' } },
      ],
      governmentNamed,
      tallies,
    );
    expect(Object.fromEntries(tallies)).toEqual({
      'quote: gold wants none; the speaker as shown names the credited government': 1,
      'quote: gold wants another; the speaker as shown names another government': 1,
      'quote: gold wants another; the speaker as shown names no government': 1,
    });
  });
});
