import { describe, expect, it } from 'vitest';
import { statementLabel } from '../../src/lib/views/entry-label.ts';
import { statementSentence } from '../../src/lib/views/format/statement-sentence.ts';
import { statementWords } from '../../src/lib/views/format/statement-words.ts';
import { objectOf, verbPhrase } from '../../src/lib/views/format/verb-phrase.ts';
import type { ActorSummary, Statement } from '../../src/lib/model.ts';

const QUOTE = 'We will keep the harbour closed for now.';

describe('verbPhrase', () => {
  it('gives a verb that names whom it was told to the object the evidence has', () => {
    const evidence = ['Anna Berg told reporters in Portville that the harbour would stay closed.'];
    expect(objectOf({ verb: 'told', kind: 'reported', words: 'that the harbour would stay closed', evidence })).toBe('reporters in Portville');
    expect(verbPhrase({ verb: 'told', kind: 'reported', words: 'that the harbour would stay closed', evidence })).toBe('told reporters in Portville');
  });

  it('marks an object the evidence leaves out with "…", and never changes the verb', () => {
    expect(verbPhrase({ verb: 'told', kind: 'quote', words: QUOTE, evidence: [QUOTE] })).toBe('told …');
    expect(verbPhrase({ verb: 'briefed', kind: 'reported', words: 'that talks would go on', evidence: ['talks would go on'] })).toBe('briefed …');
  });

  it('adds nothing when the reported words begin with the object, or the verb needs none', () => {
    expect(verbPhrase({ verb: 'told', kind: 'reported', words: 'European leaders that talks would go on', evidence: [] })).toBe('told');
    expect(verbPhrase({ verb: 'warned', kind: 'quote', words: QUOTE, evidence: [QUOTE] })).toBe('warned');
  });

  it('takes no object across quotation marks or a long clause', () => {
    const evidence = ['Berg told a press briefing, after a long day of talks with the ministers of the coast, that “the harbour stays shut”'];
    expect(objectOf({ verb: 'told', kind: 'quote', words: 'the harbour stays shut', evidence })).toBeNull();
  });
});

/** A statement of the fictional Anna Berg, cited by `evidence`. */
function statement(fields: Partial<Statement>, evidence: string): Statement {
  return {
    id: 'anna-berg-harbour',
    aliases: [],
    firstReported: '2025-03-04',
    lastUpdated: '2025-03-04',
    speaker: { name: 'Anna Berg', description: 'the minister', actor: 'anna-berg' },
    government: 'freedonia',
    quote: null,
    reported: null,
    verb: 'said',
    negated: false,
    stance: null,
    date: null,
    citations: [{ source: 'a-outlet', paragraph: 2, evidence, href: '/sources/a-outlet/#p2' }],
    ...fields,
  };
}

const actors = new Map<string, ActorSummary>([['anna-berg', { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia' }]]);

describe('statement labels read as English with the source’s verb', () => {
  const toldQuote = statement({ quote: QUOTE, verb: 'told' }, QUOTE);
  const toldReported = statement({ reported: 'that the harbour would stay closed', verb: 'told' }, 'Berg told reporters in Portville that the harbour would stay closed.');
  const warned = statement({ reported: 'of boats that could be lost at sea', verb: 'warned' }, 'Berg warned of boats that could be lost at sea.');

  it('in a sentence (comparison table, search titles)', () => {
    expect(statementSentence({ ...toldQuote, speaker: 'Anna Berg', actor: 'anna-berg' })?.plain).toBe(`Anna Berg told …: “${QUOTE}”`);
    expect(statementSentence({ ...toldReported, speaker: 'Anna Berg', actor: 'anna-berg' })?.plain).toBe('Anna Berg told reporters in Portville that the harbour would stay closed');
  });

  it('in the one-line labels of back-links and updates', () => {
    expect(statementLabel(toldQuote, actors)).toBe('Anna Berg told …: “We will keep the harbour closed for now.”');
    expect(statementLabel(toldReported, actors)).toBe('Anna Berg told reporters in Portville that the harbour would stay closed');
    expect(statementLabel(warned, actors)).toBe('Anna Berg warned of boats that could be lost at sea');
  });

  it('in the leads of the positions page', () => {
    expect(statementWords(toldQuote).map((w) => w.lead)).toEqual(['Told …:']);
    expect(statementWords(toldReported).map((w) => w.lead)).toEqual(['Told reporters in Portville:']);
    expect(statementWords(warned).map((w) => w.lead)).toEqual(['Warned:']);
    expect(statementWords(statement({ reported: 'European leaders that talks would go on', verb: 'told' }, 'Berg told European leaders that talks would go on.')).map((w) => w.lead)).toEqual(['Told']);
    expect(statementWords(statement({ reported: 'In all, 300 boats left', verb: 'said' }, 'In all, 300 boats left, she said.')).map((w) => w.lead)).toEqual(['Said:']);
  });
});
