import { describe, expect, it } from 'vitest';
import { shownVerb, statementSentence } from '../../src/lib/views/format/statement-sentence.ts';

const input = (words: { quote?: string | null; reported?: string | null }, verb: string | null = 'said', negated = false, speaker = 'Anna Berg', actor: string | null = 'anna-berg') => ({
  quote: words.quote ?? null,
  reported: words.reported ?? null,
  verb,
  negated,
  speaker,
  actor,
});

describe('statementSentence', () => {
  it('reads reported speech as a sentence: who, the verb as written, the words', () => {
    expect(statementSentence(input({ reported: 'South Korea’s analysis as “fake news”' }, 'dismissed', true))?.plain).toBe('Anna Berg dismissed South Korea’s analysis as “fake news”');
    expect(statementSentence(input({ reported: 'that the port would reopen' }))?.plain).toBe('Anna Berg said that the port would reopen');
    expect(statementSentence(input({ reported: 'on Monday there is evidence of boats' }))?.plain).toBe('Anna Berg said on Monday there is evidence of boats');
  });

  it('never lets a denial read as an assertion: the denying verb stays', () => {
    const sentence = statementSentence(input({ reported: 'any boat had crossed the line' }, 'did not confirm', true));
    expect(sentence?.plain).toBe('Anna Berg did not confirm any boat had crossed the line');
    expect(statementSentence(input({ reported: 'boats crossed' }, 'according to', true))?.plain).toBe('Anna Berg (reported as denying): boats crossed');
  });

  it('writes "according to" reports the way the source does, and a clause opening with a capital after a colon', () => {
    expect(statementSentence(input({ reported: 'The boats left at night' }, 'according to', false, 'officials', null))?.plain).toBe('According to officials, The boats left at night');
    expect(statementSentence(input({ reported: 'In all, 300 boats left' }))?.plain).toBe('Anna Berg said: In all, 300 boats left');
    expect(statementSentence(input({ reported: 'European leaders that talks would go on' }, 'told'))?.plain).toBe('Anna Berg told European leaders that talks would go on');
  });

  it('quotes a quote after its verb, or after a colon when it has none', () => {
    expect(statementSentence(input({ quote: 'phased' }, 'vowed'))).toEqual({ before: '', speaker: 'Anna Berg', after: ' vowed: ', kind: 'quote', words: 'phased', verb: 'vowed', plain: 'Anna Berg vowed: “phased”' });
    expect(statementSentence(input({ quote: 'We stay.' }, null))?.plain).toBe('Anna Berg: “We stay.”');
  });

  it('prefers reported speech, which holds the quote in its context, and cuts long words to whole words', () => {
    expect(statementSentence(input({ quote: 'fake news', reported: 'the report as “fake news”' }, 'dismissed'))?.kind).toBe('reported');
    expect(statementSentence(input({ reported: 'that one two three four five six' }), 3)?.words).toBe('that one two…');
    // Words with no reporting verb are never cut: the whole clause is what shows them as said.
    expect(statementSentence(input({ quote: 'one two three four five six' }, null), 3)?.words).toBe('one two three four five six');
    expect(statementSentence(input({ quote: ' ', reported: null }))).toBeNull();
  });
});

describe('shownVerb', () => {
  it('gives a bare plural verb its third-person ending when the speaker is one resolved party, and keeps every other verb as written', () => {
    expect([shownVerb('deny', 'north-korea'), shownVerb('say', 'russia'), shownVerb('dismiss', 'kremlin'), shownVerb('deny', null)]).toEqual(['denies', 'says', 'dismisses', 'deny']);
    expect([shownVerb('told reporters', 'x'), shownVerb('did not confirm', 'x'), shownVerb(null, 'x')]).toEqual(['told reporters', 'did not confirm', null]);
  });
});
