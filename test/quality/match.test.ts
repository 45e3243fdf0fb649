import { describe, expect, it } from 'vitest';
import { matchArticle } from './corpus/match.ts';
import type { GoldArticle, GoldStatement } from './corpus/gold.ts';
import type { Briefing, SourceDocument, Statement } from '../../src/lib/model.ts';

const TEXT = 'Freedonia condemned the first public admission of sending boats, the Courier reported.';
const source = { id: 's', title: 't', publisher: null, published: '2025-04-28', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text: TEXT }] } as unknown as SourceDocument;

function goldStatement(evidence: string, speaker: string, government: string | null, actor = government): GoldStatement {
  return { kind: 'reported', evidence, speaker, actor, government, verb: 'said', negated: false, stance: 'confirms', date: null } as GoldStatement;
}

function statement(reported: string, government: string | null, actor = government): Statement {
  const citation = { source: 's', paragraph: 1, evidence: TEXT, href: '/sources/s/#p1' };
  return { id: reported, speaker: { name: null, description: actor ?? '', actor }, government, quote: null, reported, verb: 'condemned', negated: false, stance: 'condemns', date: null, citations: [citation] } as unknown as Statement;
}

/** A gold article of these items. */
function goldOf(statements: GoldStatement[], figures: unknown[] = []): GoldArticle {
  return { id: 'a', statements, figures, events: [] } as unknown as GoldArticle;
}

/** A model holding only these statements and figures. */
function briefingOf(statements: Statement[], figures: unknown[] = []): Briefing {
  return { statements, figures, events: [] } as unknown as Briefing;
}

describe('matchArticle: best pairs first', () => {
  it('gives a mention to the gold item it matches exactly, not to an earlier one it only overlaps', () => {
    const gold = goldOf([
      // The outlet's report of the whole sentence, listed first, overlaps the ministry's words.
      goldStatement('Freedonia condemned the first public admission', 'the Courier', null),
      goldStatement('the first public admission of sending boats', 'Freedonia', 'freedonia'),
    ]);
    const briefing = briefingOf([statement('the first public admission of sending boats', 'freedonia')]);
    const result = matchArticle(gold, source, briefing);
    expect(result.verdicts.map((v) => v.found)).toEqual([null, 'the first public admission of sending boats']);
    expect(result.inversions).toEqual([]);
  });

  it('pairs each of two statements of one government with the gold that credits its speaker: the speaker and the agency relaying them', () => {
    const gold = goldOf([
      goldStatement('the first public admission of sending boats', 'Freedonia', 'freedonia'),
      goldStatement('Freedonia condemned the first public admission', 'the state agency', 'freedonia', 'state-agency'),
    ]);
    const agency = statement('Freedonia condemned the first public admission of sending boats', 'freedonia', 'state-agency');
    const briefing = briefingOf([statement('the first public admission of sending boats', null, null), agency]);
    const result = matchArticle(gold, source, briefing);
    expect(result.verdicts.map((v) => v.found)).toEqual(['the first public admission of sending boats', 'Freedonia condemned the first public admission of sending boats']);
  });

  it('counts a statement of one part of a coordinated subject as no wrong government, and one of another speaker as one', () => {
    const gold = goldOf([goldStatement('the first public admission of sending boats', 'Neither Fredonburg nor Marsh City', null)]);
    const part = statement('the first public admission of sending boats', 'freedonia', 'freedonia');
    part.speaker.description = 'Fredonburg';
    expect(matchArticle(gold, source, briefingOf([part])).inversions).toEqual([]);
    const other = statement('the first public admission of sending boats', 'sylvania', 'sylvania');
    other.speaker.description = 'the Palace';
    expect(matchArticle(gold, source, briefingOf([other])).inversions.map((i) => i.kind)).toEqual(['wrong government']);
  });

  it('knows a part of a coordinated subject by the government it names when the statement describes its speaker otherwise', () => {
    const gold = goldOf([goldStatement('the first public admission of sending boats', 'Fredonburg and Marsh City', null)]);
    // Merged with another source's statement, the speaker is described in that source's words.
    const merged = statement('the first public admission of sending boats', 'freedonia', 'freedonia');
    merged.speaker.description = 'Freedonia';
    const briefing = briefingOf([merged]);
    const governmentNamed = (phrase: string) => ({ Fredonburg: 'freedonia', 'Marsh City': 'sylvania' })[phrase] ?? null;
    expect(matchArticle(gold, source, briefing, governmentNamed).inversions).toEqual([]);
    expect(matchArticle(gold, source, briefing).inversions).toHaveLength(1);
  });

  it('pairs a joint voice with a statement of one of its parts, not with another speaker’s statement of the same words that sorts first', () => {
    // "Freedonia and the Council accused Sylvania of …, something Sylvania has not acknowledged": the
    // model shows the three statements with the same words; Sylvania's is no part of the joint voice.
    const gold = goldOf([goldStatement('the first public admission of sending boats', 'Freedonia and the Council', null)]);
    const denial = statement('the first public admission of sending boats', 'sylvania', 'sylvania');
    const parts = [statement('the first public admission of sending boats', 'freedonia', 'freedonia'), statement('the first public admission of sending boats', 'northern-council', 'northern-council')];
    parts.forEach((part, i) => (part.speaker.description = ['Freedonia', 'the Council'][i] as string));
    const result = matchArticle(gold, source, briefingOf([denial, ...parts]));
    expect(result.inversions).toEqual([]);
    expect(result.verdicts.map((v) => v.credit?.government)).toEqual(['freedonia']);
  });

  it('pairs a gold whose words are the verb alone with the statement that keeps that verb, not with another speaker’s statement merged with other wording', () => {
    const sentence = 'Sylvania accused Freedonia of sending boats, something neither Fredonburg nor Marsh City has publicly acknowledged.';
    const doc = { ...source, paragraphs: [{ n: 1, text: sentence }] } as unknown as SourceDocument;
    const cite = (s: Statement) => ({ ...s, citations: [{ ...s.citations[0], evidence: sentence }] }) as Statement;
    const gold = goldOf([{ ...goldStatement('has publicly acknowledged', 'Fredonburg', 'freedonia'), verb: 'has publicly acknowledged', negated: true, stance: 'unconfirmed' }]);
    // Sylvania's accusation, merged with another outlet's words for it: the shown text is not this sentence's.
    const accusation = cite(statement('the public acknowledgment of sending boats', 'sylvania'));
    const denial = cite({ ...statement('Freedonia of sending boats', 'freedonia'), verb: 'neither … acknowledged', negated: true, stance: 'unconfirmed' } as Statement);
    const result = matchArticle(gold, doc, briefingOf([accusation, denial]));
    expect(result.verdicts.map((v) => v.found)).toEqual(['Freedonia of sending boats']);
    expect(result.inversions).toEqual([]);
  });

  it('finds a vague amount merged with the same amount of another paragraph, when the cited evidence holds the gold words', () => {
    const twoParagraphs = {
      ...source,
      paragraphs: [
        { n: 1, text: 'The talks decide the fate of tens of thousands of Sylvanian residents.' },
        { n: 2, text: 'Officials warned of a plan to drive out the tens of thousands of remaining Sylvanian residents.' },
      ],
    } as unknown as SourceDocument;
    const gold = goldOf([], [{ text: 'tens of thousands of remaining Sylvanian residents', value: null }]);
    const cite = (n: number) => ({ source: 's', paragraph: n, evidence: twoParagraphs.paragraphs[n - 1]?.text ?? '', href: '' });
    const merged = { text: 'tens of thousands of Sylvanian residents', value: null, citations: [cite(1), cite(2)] };
    const result = matchArticle(gold, twoParagraphs, briefingOf([], [merged]));
    expect(result.verdicts.map((v) => v.found)).toEqual(['tens of thousands of Sylvanian residents']);
    // A counted figure is matched by its number, not this way.
    const counted = { ...merged, value: 40000, text: '40,000 Sylvanian residents' };
    expect(matchArticle(gold, twoParagraphs, briefingOf([], [counted])).verdicts.map((v) => v.found)).toEqual([null]);
  });

  it('finds a quote merged with another outlet’s wording of it, when this source’s cited evidence holds the gold words', () => {
    const text = 'Berg said the raids “will not deter us from our course.”';
    const one = { ...source, paragraphs: [{ n: 1, text }] } as unknown as SourceDocument;
    const gold = goldOf([{ ...goldStatement('will not deter us from our course', 'Berg', 'freedonia'), kind: 'quote' }]);
    const merged = statement('x', 'freedonia', 'anna-berg');
    Object.assign(merged, { quote: 'These raids will not dissuade Freedonia from its course', reported: null });
    merged.citations = [
      { source: 'other', paragraph: 2, evidence: 'These raids will not dissuade Freedonia from its course', href: '' },
      { source: 's', paragraph: 1, evidence: text, href: '' },
    ];
    const result = matchArticle(gold, one, briefingOf([merged]));
    expect(result.verdicts.map((v) => v.found)).toEqual(['These raids will not dissuade Freedonia from its course']);
  });

  it('finds a quote merged with another outlet’s shorter part of it, and not a quote of this source that is only part of the gold words', () => {
    const text = '“These raids are unacceptable, and we will continue to degrade their ability,” Berg said.';
    const one = { ...source, paragraphs: [{ n: 1, text }] } as unknown as SourceDocument;
    const gold = goldOf([{ ...goldStatement('These raids are unacceptable, and we will', 'Berg', 'freedonia'), kind: 'quote' }]);
    const merged = statement('x', 'freedonia', 'anna-berg');
    Object.assign(merged, { quote: 'continue to degrade', reported: null });
    merged.citations = [
      { source: 'other', paragraph: 3, evidence: 'Berg vowed to “continue to degrade” their ability.', href: '' },
      { source: 's', paragraph: 1, evidence: text, href: '' },
    ];
    expect(matchArticle(gold, one, briefingOf([merged])).verdicts.map((v) => v.found)).toEqual(['continue to degrade']);
    // The same short quote first cited in this source is this source's own quote: it is not the gold one.
    const own = { ...merged, citations: [merged.citations[1]!] } as Statement;
    expect(matchArticle(gold, one, briefingOf([own])).verdicts.map((v) => v.found)).toEqual([null]);
  });

  it('finds a gold "This was reported by X" in the statement whose citation holds that sentence, and counts a second citation of one statement once', () => {
    const paragraphs = [
      { n: 1, text: 'The State Bureau confirmed that the sailors had left Fredonburg.' },
      { n: 2, text: 'This is reported by the Courier.' },
    ];
    const two = { ...source, paragraphs } as unknown as SourceDocument;
    const gold = goldOf([goldStatement('This is reported by the Courier', 'the Courier', null, 'courier')]);
    const relayed = statement('The State Bureau confirmed that the sailors had left Fredonburg', null, 'courier');
    relayed.citations = [
      { source: 's', paragraph: 1, evidence: paragraphs[0]!.text, href: '' },
      { source: 's', paragraph: 2, evidence: paragraphs[1]!.text, href: '' },
    ];
    const result = matchArticle(gold, two, briefingOf([relayed]));
    expect(result.verdicts.map((v) => [v.paragraph, v.found])).toEqual([[2, 'The State Bureau confirmed that the sailors had left Fredonburg']]);
    expect(result.spurious).toEqual([]);
  });

  it('counts an event that merges two tellings of one happening once, and an event matching no gold as spurious', () => {
    const paragraphs = [
      { n: 1, text: 'On Tuesday, the frigate shot down two drones.' },
      { n: 2, text: 'The frigate shot down the drones on Tuesday, the navy said.' },
      { n: 3, text: 'On Monday, the port reopened.' },
    ];
    const three = { ...source, paragraphs } as unknown as SourceDocument;
    const day = { text: 'On Tuesday', start: '2025-04-29', end: '2025-04-29', precision: 'day' };
    const gold = { id: 'a', statements: [], figures: [], events: [{ evidence: 'the frigate shot down two drones', date_text: 'On Tuesday', start: '2025-04-29', end: '2025-04-29', precision: 'day', expected: false }] } as unknown as GoldArticle;
    const cite = (n: number) => ({ source: 's', paragraph: n, evidence: paragraphs[n - 1]!.text, href: '' });
    const merged = { date: day, expected: false, citations: [cite(1), cite(2)] };
    const other = { date: { ...day, text: 'On Monday', start: '2025-04-28', end: '2025-04-28' }, expected: false, citations: [cite(3)] };
    const result = matchArticle(gold, three, { statements: [], figures: [], events: [merged, other] } as unknown as Briefing);
    expect(result.verdicts.map((v) => v.paragraph)).toEqual([1]);
    expect(result.spurious.map((s) => [s.kind, s.paragraph])).toEqual([['event', 3]]);
  });

  it('pairs two events citing one sentence with the gold items they date alike, when merging gave them another source’s date words', () => {
    const text = 'On Tuesday, the navy halted the patrols, a day after they began.';
    const one = { ...source, paragraphs: [{ n: 1, text }] } as unknown as SourceDocument;
    const event = (start: string, evidence: string, date_text: string) => ({ evidence, date_text, start, end: start, precision: 'day', expected: false });
    const gold = { id: 'a', statements: [], figures: [], events: [event('2025-04-29', 'On Tuesday, the navy halted the patrols', 'On Tuesday'), event('2025-04-28', 'a day after they began', 'a day after')] } as unknown as GoldArticle;
    const cite = { source: 's', paragraph: 1, evidence: text, href: '' };
    // Merged with other sources' tellings: each shows words that match neither gold item's.
    const halted = { date: { text: 'on April 29', start: '2025-04-29', end: '2025-04-29', precision: 'day' }, expected: false, citations: [cite] };
    const began = { date: { text: 'Monday', start: '2025-04-28', end: '2025-04-28', precision: 'day' }, expected: false, citations: [cite] };
    const result = matchArticle(gold, one, { statements: [], figures: [], events: [began, halted] } as unknown as Briefing);
    expect(result.verdicts.map((v) => v.checks.date)).toEqual([true, true]);
  });
});
