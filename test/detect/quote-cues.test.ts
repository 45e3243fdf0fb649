import { describe, expect, it } from 'vitest';
import { ACCORDING_TO, AS_REPORTED_BY, BY_CUE, CLAIM_DENIED_BY, PASSIVE_REPORT_BY, PER_SOURCE, POINTS_BACK, QUOTE_FROM } from '../../src/lib/detect/quotes/attribution-patterns.ts';
import { findAttributions, mayHoldFixedPhrase, QUOTED_VERB } from '../../src/lib/detect/quotes/attributions.ts';
import { readSentences } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { TERM_OF_RELATIVE } from '../../src/lib/detect/quotes/quote-roles.ts';
import { CHANNEL_AT_END, CHANNEL_TAIL, endsInChannelVerb } from '../../src/lib/detect/quotes/reported-clause.ts';
import { IDIOMS, NAME_AND_COLON } from '../../src/lib/detect/quotes/quote-labels.ts';
import { INTRODUCED_REPORT, REPORT_WORD } from '../../src/lib/detect/quotes/speaker-memory.ts';
import { SPEECH_ACT_NOUN, SPEECH_ACT_VERBS } from '../../src/lib/detect/quotes/speech-verbs.ts';
import { isCapitalised } from '../../src/lib/detect/quotes/tokens.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/**
 * The quote detector asks some of its patterns only of sentences that hold a word the pattern cannot
 * match without. These tests hold each cue to its patterns: wherever a pattern matches, its cue must
 * hold too, or an attribution would be lost.
 */

interface Cue {
  name: string;
  /** Whether the text holds the cue. */
  holds: (text: string) => boolean;
  patterns: readonly RegExp[];
  /** Texts each pattern matches as written, one or more per pattern. */
  texts: readonly string[];
  /** Words that only come near the texts' words, for the generated texts. */
  near: readonly string[];
}

const CUES: Cue[] = [
  {
    name: '"by" before the patterns of an agent',
    holds: (text) => BY_CUE.test(text),
    patterns: [AS_REPORTED_BY, POINTS_BACK, PASSIVE_REPORT_BY, CLAIM_DENIED_BY],
    texts: [
      'the boats left, as reported by the Courier', 'This was reported by the Courier.', 'It had been first stated by Berg', 'This was stated on 19 May by Berg',
      'The withdrawal was announced by Ruhl on Tuesday', 'The plan has been publicly welcomed earlier by Sylvania',
      'the boats left, a claim denied by Freedonia', 'the port was shelled, reports which were rejected by Sylvania',
    ],
    near: ['said', 'the', 'Berg', ',', '.', 'ſ', 'bye', 'baby'],
  },
  {
    name: 'the words of the fixed phrases, before the attributions of a sentence with no speech verb',
    holds: mayHoldFixedPhrase,
    patterns: [ACCORDING_TO, QUOTE_FROM, AS_REPORTED_BY, CLAIM_DENIED_BY, PASSIVE_REPORT_BY, PER_SOURCE],
    texts: [
      'the boats left, according to the Courier', 'According to Berg, the talks failed', 'Quote from Berg: ', 'Quotes from the ministry:',
      'the boats left, as reported by the Courier', 'the port was shelled, a claim denied by Freedonia', 'The withdrawal was announced by Ruhl',
      'As per the Courier, the talks failed', 'Per Berg, the boats left', 'the boats left, per the Courier', 'the boats left, as per Berg',
    ],
    near: ['said', 'the', 'Berg', ',', ':', 'accord', 'Quota', 'from', 'percent', 'Perth', 'super'],
  },
  {
    name: '"Quote" before QUOTE_FROM',
    holds: (text) => text.includes('Quote'),
    patterns: [QUOTE_FROM],
    texts: ['Quote from Berg: ', 'Quotes from the ministry:', '— Quote from Ruhl'],
    near: ['said', 'the', 'Berg', ',', ':', 'quote', 'Quota', 'from'],
  },
  {
    name: '"report" before INTRODUCED_REPORT',
    holds: (text) => REPORT_WORD.test(text),
    patterns: [INTRODUCED_REPORT],
    texts: ['a report posted on X by the ministry', 'an internal report said', 'a new Bureau report'],
    near: ['said', 'the', 'Berg', ',', 'reporter', 'ſ'],
  },
  {
    name: 'the verbs of SPEECH_ACT_NOUN',
    holds: (text) => SPEECH_ACT_VERBS.some((verb) => text.includes(verb)),
    patterns: [SPEECH_ACT_NOUN],
    texts: [
      'offered the Bureau’s assessment that', 'gave a warning that', 'shared his view that', 'presented its estimate that',
      'made the claim that', 'repeated her belief that', 'put forward the argument that', 'laid out a prediction that',
      'issued a warning that', 'issued a warning to vessels to transit',
      'launched an appeal for funds', 'issued an urgent appeal to the Council and its members to act', 'renewed her appeal to donors to send',
    ],
    near: ['said', 'the', 'Berg', ',', 'that', 'put', 'laid'],
  },
  ...IDIOMS.map((idiom, i) => ({
    name: `the word of idiom ${i + 1}`,
    holds: (text: string) => text.includes(idiom.needs),
    patterns: [idiom.pattern],
    texts: [['As Berg put it: ', 'how Ruhl has put it, '], ['In Berg’s words, ', "in Ruhl's own words: "], ['In the words of Anna Berg, deputy spokesperson, '], ['Berg’s reply was blunt: ', "Ruhl's message was clear: "]][i] as string[],
    near: ['said', 'the', 'Berg', ',', ':', 'word', 'puts'],
  })),
  {
    name: 'the ending of QUOTED_VERB',
    holds: (text) => text.endsWith('ed'),
    patterns: [QUOTED_VERB],
    texts: ['highly praised', 'strongly condemned', 'very warmly welcomed'],
    near: ['the', 'Berg', 'ed', 'praise', 'praises'],
  },
  {
    name: 'the pronoun of TERM_OF_RELATIVE',
    holds: (text) => text.includes('what') || text.includes('which'),
    patterns: [TERM_OF_RELATIVE],
    texts: ['in what Ruhl termed ', 'in what the ministry called ', 'which Anna Berg has described as ', 'what the minister repeatedly dubbed'],
    near: ['said', 'the', 'Berg', ',', 'What', 'Which'],
  },
  {
    name: 'the verbs of CHANNEL_AT_END',
    holds: (text) => text.includes('report') || text.includes('wr'),
    patterns: [CHANNEL_AT_END],
    texts: ['the boats left, the Courier reports.', 'the boats left, Radio Marsh writes', 'the port closed, the Daily Courier reported', 'the port closed, Ober wrote!'],
    near: ['said', 'the', 'Berg', ',', '.', 'Reports', 'Wrote'],
  },
  {
    name: 'the ending of CHANNEL_TAIL',
    holds: endsInChannelVerb,
    patterns: [CHANNEL_TAIL],
    texts: [', the Courier reports.', ' , Radio Marsh writes ', ', she says?', ', the daily Marsh Post reported', ', he wrote !', ', the ministry said.\n', ', Berg added', ', Ruhl adds'],
    near: ['said', 'the', 'Berg', ',', '.', '!', ' ', 'reports that'],
  },
  {
    name: 'the colon of NAME_AND_COLON',
    holds: (text) => text.includes(':'),
    patterns: [NAME_AND_COLON],
    texts: ['Berg: ', 'Anna Berg, deputy spokesperson of the State Bureau: '],
    near: ['the', 'Berg', ',', ' '],
  },
];

describe.each(CUES)('$name', ({ holds, patterns, texts, near }) => {
  const matches = (text: string) => patterns.some((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text));

  it('holds for each text, in any case, with look-alike letters and line breaks', () => {
    for (const text of texts) {
      expect(matches(text), text).toBe(true);
      for (const variant of [text, text.toUpperCase(), text.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), text.replace(/ /g, '\n')]) {
        if (matches(variant)) expect(holds(variant), variant).toBe(true);
      }
    }
  });

  it('holds wherever a pattern matches in generated texts', () => {
    // The texts whole and cut into words, with words that only come near them.
    const pieces = [...new Set([...texts, ...texts.flatMap((text) => text.split(' '))])].concat(near);
    let matched = 0;
    for (const text of piecedTexts(pieces, 20000, { seed: 19, minPieces: 2, maxPieces: 8, between: 0.8 })) {
      if (!matches(text)) continue;
      matched++;
      expect(holds(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(20);
  });
});

describe('findAttributions, which reads no further a sentence with no speech verb nor a word of the fixed phrases', () => {
  const lexicon = createActorLexicon([
    { id: 'anna-berg', name: 'Anna Berg', kind: 'person', aliases: ['Berg'], demonyms: [] },
    { id: 'daily-courier', name: 'Daily Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
  ]);
  it.each([
    ['The boats left the port on Tuesday.', []],
    ['“We will stay here until the end.”', []],
    ['The boats left, according to the Courier.', ['according to']],
    ['Quote from Berg: “We will stay.”', ['Quote from']],
    ['Berg said the boats left.', ['said']],
  ])('%s: %j', (text, verbs) => {
    const [view] = readSentences([{ n: 1, text }], lexicon).paragraphs[0]?.sentences ?? [];
    expect(findAttributions(view!).map((a) => a.verb)).toEqual(verbs);
  });
});

describe('isCapitalised, which asks its patterns only of words with a hyphen or a leading digit', () => {
  it.each([
    ['Freedonia', true], ['S.R.', true], ['al-Berg', true], ['bin-Lind', true], ['24News', true], ['7Days', true],
    ['al-qaeda', false], ['twenty-four', false], ['24', false], ['26-year-old', false], ['24news', false], ['said', false], ['-Berg', false],
  ])('%s: %s', (word, capitalised) => {
    expect(isCapitalised(word)).toBe(capitalised);
  });
});
