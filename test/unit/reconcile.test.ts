import { describe, expect, it } from 'vitest';
import { reconcileEvents, reconcileFigures, reconcileStatements } from '../../src/lib/reconcile/index.ts';
import { makeCitation } from '../../src/lib/citation.ts';
import type { ResolvedDate, Stance } from '../../src/lib/model.ts';
import type { EventCandidate } from '../../src/lib/assemble/candidate.ts';
import { event, figure, statement } from './fixtures.ts';

describe('reconcileStatements', () => {
  it('merges one speaker quoted by two outlets with slightly different wording', () => {
    const { items, diagnostics } = reconcileStatements([
      statement('b-outlet', '2024-03-05', 'What they plan is left to be seen. We will sort it out.', 'anna-berg', 'freedonia'),
      statement('a-outlet', '2024-03-04', 'What they plan? Left to be seen. We will sort it out', 'anna-berg', 'freedonia'),
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]?.quote).toBe('What they plan? Left to be seen. We will sort it out');
    expect(items[0]?.citations.map((c) => c.source)).toEqual(['a-outlet', 'b-outlet']);
    expect(diagnostics).toEqual([]);
  });

  it('keeps the same words from different speakers apart', () => {
    const { items } = reconcileStatements([
      statement('a-outlet', '2024-03-04', 'We see no evidence of the boats.', 'anna-berg', 'freedonia'),
      statement('b-outlet', '2024-03-04', 'We see no evidence of the boats.', 'olaf-lind', 'sylvania'),
    ]);
    expect(items).toHaveLength(2);
  });

  it('merges unnamed officials of one government only with a diagnostic', () => {
    const { items, diagnostics } = reconcileStatements([
      statement('a-outlet', '2024-03-04', 'The boats left the harbour at night.', null, 'freedonia'),
      statement('b-outlet', '2024-03-05', 'The boats left the harbour at night.', null, 'freedonia'),
    ]);
    expect(items).toHaveLength(1);
    expect(diagnostics.map((d) => d.rule)).toEqual(['uncertain-merge']);
  });

  it('needs a word of meaning to find a short report in another remark: "it" is in most of them', () => {
    const notConfirmed = (source: string) => ({ ...statement(source, '2024-03-04', '', null, 'freedonia'), quote: null, reported: 'it', verb: 'had not confirmed', negated: true });
    const remark = statement('b-outlet', '2024-03-04', 'But we know that if they do this, it signals weakness.', null, 'freedonia');
    expect(reconcileStatements([notConfirmed('a-outlet'), remark]).items).toHaveLength(2);
    expect(reconcileStatements([notConfirmed('a-outlet'), notConfirmed('c-outlet')]).items).toHaveLength(1);
  });

  it('keeps a confirmation apart from the same words not confirmed, or denied', () => {
    const said = (source: string, fields: object) => ({ ...statement(source, '2024-03-04', '', 'anna-berg', 'freedonia'), quote: null, reported: 'that the boats left the harbour', ...fields });
    const confirmed = said('a-outlet', { verb: 'confirmed', negated: false, stance: 'confirms' });
    expect(reconcileStatements([confirmed, said('b-outlet', { verb: 'has not confirmed', negated: true, stance: 'unconfirmed' })]).items).toHaveLength(2);
    expect(reconcileStatements([confirmed, said('b-outlet', { verb: 'denied', negated: false, stance: 'denies' })]).items).toHaveLength(2);
    expect(reconcileStatements([confirmed, said('b-outlet', { verb: 'said', negated: false, stance: 'confirms' })]).items).toHaveLength(1);
  });

  it('keeps a confirmation apart from the same words told as a likelihood or an assessment', () => {
    const said = (source: string, reported: string, stance: Stance) => ({ ...statement(source, '2024-03-04', '', 'anna-berg', 'freedonia'), quote: null, reported, verb: 'said', negated: false, stance });
    const done = said('a-outlet', 'Sylvania appeared to have sent additional troops to the border', 'confirms');
    const likely = said('b-outlet', 'Sylvania may send additional troops to the border', 'other');
    expect(reconcileStatements([done, likely]).items).toHaveLength(2);
    // Stances that assert nothing as true still merge: one remark told as a warning and as a call.
    const warning = said('c-outlet', 'Sylvania must not send additional troops to the border', 'warns');
    expect(reconcileStatements([warning, { ...warning, origin: { ...warning.origin, source: 'd-outlet' }, stance: 'calls-for' as Stance }]).items).toHaveLength(1);
  });

  it('keeps apart the same words negated in one report only: the entry would show one for both', () => {
    const said = (source: string, reported: string) => ({ ...statement(source, '2024-03-04', '', 'anna-berg', 'freedonia'), quote: null, reported, stance: 'confirms' as Stance });
    const present = said('a-outlet', 'Freedonian troops were in Sylvania');
    expect(reconcileStatements([present, said('b-outlet', 'there were no Freedonian troops in Sylvania')]).items).toHaveLength(2);
    expect(reconcileStatements([present, said('b-outlet', 'Freedonian troops were in Sylvania in March')]).items).toHaveLength(1);
  });

  it('keeps apart what happened and the same words told as a possibility', () => {
    const warned = (source: string, reported: string) => ({ ...statement(source, '2024-03-04', '', 'anna-berg', 'freedonia'), quote: null, reported, verb: 'warned', stance: 'warns' as Stance });
    const moved = warned('a-outlet', 'that Sylvania had moved warships toward the northern coast');
    expect(reconcileStatements([moved, warned('b-outlet', 'that Sylvania may move warships toward the northern coast')]).items).toHaveLength(2);
    expect(reconcileStatements([moved, warned('b-outlet', 'that Sylvania could have moved warships toward the northern coast')]).items).toHaveLength(2);
    expect(reconcileStatements([moved, warned('b-outlet', 'that Sylvania has moved warships toward the northern coast')]).items).toHaveLength(1);
  });

  it('merges a word or two quoted with a longer remark only when the reports around them do the same thing', () => {
    const intention = { ...statement('a-outlet', '2024-03-04', '', 'anna-berg', 'freedonia'), quote: null, reported: 'her intention to reintegrate the region', verb: 'voiced', stance: 'pledges' as Stance };
    const call = { ...statement('b-outlet', '2024-03-05', 'reintegrate', 'anna-berg', 'freedonia'), reported: 'Sylvania to “reintegrate” the region', verb: 'called on', stance: 'calls-for' as Stance };
    expect(reconcileStatements([intention, call]).items).toHaveLength(2);
    expect(reconcileStatements([intention, { ...call, verb: 'vowed', stance: 'pledges' as Stance }]).items).toHaveLength(1);
  });

  it('keeps a quotation apart from a longer one that holds it after words of its own, when the two read differently', () => {
    const quoted = (source: string, quote: string, stance: Stance) => ({ ...statement(source, '2024-03-04', quote, 'anna-berg', 'freedonia'), stance });
    const pledge = 'Freedonia remains committed to repelling these attacks to protect the shipping lanes.';
    const lead = 'The recent spate of illegal attacks is a threat to trade in the strait.';
    const both = quoted('a-outlet', `${lead} ${pledge}`, 'condemns');
    // The longer quotation reads by its first sentence; the shorter by its own: two entries.
    expect(reconcileStatements([both, quoted('b-outlet', pledge, 'pledges')]).items).toHaveLength(2);
    expect(reconcileStatements([quoted('a-outlet', `They said it was a threat to trade. ${pledge}`, 'condemns'), quoted('b-outlet', pledge, 'pledges')]).items).toHaveLength(2);
    // Initials written with stops or without are one word.
    const initials = 'The U.K. remains committed to repelling these attacks to protect the shipping lanes.';
    expect(reconcileStatements([quoted('a-outlet', `${lead} ${initials.replace('U.K.', 'UK')}`, 'condemns'), quoted('b-outlet', initials, 'pledges')]).items).toHaveLength(2);
    // Read alike, or the shorter opening the longer, or a word or two before it, they merge as before.
    expect(reconcileStatements([both, quoted('b-outlet', pledge, 'condemns')]).items).toHaveLength(1);
    expect(reconcileStatements([quoted('a-outlet', `${pledge} ${lead}`, 'pledges'), quoted('b-outlet', pledge, 'warns')]).items).toHaveLength(1);
    expect(reconcileStatements([quoted('a-outlet', `And now ${pledge}`, 'condemns'), quoted('b-outlet', pledge, 'pledges')]).items).toHaveLength(1);
  });

  it('shows the speaker’s own words when an earlier outlet only paraphrased what a later one quotes', () => {
    const paraphrase = { ...statement('a-outlet', '2024-03-04', '', 'anna-berg', 'freedonia'), quote: null, reported: 'that the boats left the harbour on Tuesday' };
    const quoted = { ...statement('b-outlet', '2024-03-05', 'The boats left the harbour on Tuesday', 'anna-berg', 'freedonia'), reported: null };
    const { items } = reconcileStatements([quoted, { ...paraphrase, verb: 'confirmed' }]);
    // With the verb that report gives them: the paraphrase's verb belongs to the paraphrase's words.
    expect(items.map((s) => [s.quote, s.reported, s.verb, s.citations.map((c) => c.source)])).toEqual([['The boats left the harbour on Tuesday', null, 'said', ['a-outlet', 'b-outlet']]]);
    // The earliest report's words stand when it quotes.
    expect(reconcileStatements([{ ...paraphrase, origin: { ...paraphrase.origin, published: '2024-03-06' } }, quoted]).items[0]?.quote).toBe('The boats left the harbour on Tuesday');
  });

  // Pairs of one speaker and day whose words share most of the story's names: one remark told by two
  // outlets merges; two remarks that name the same parties, or count differently, do not.
  const tellings: [string, boolean, [string | null, string], [string | null, string]][] = [
    [
      'an accusation and a condemnation of an admission, sharing only the parties and "war"',
      false,
      ['accused', 'Freedonia of providing Sylvania with massive military assistance to keep its war against Ruritania going'],
      ['denounced', "Freedonia's acknowledgment of sending its troops to aid Sylvania in the war against Ruritania"],
    ],
    [
      'two counts of refugees',
      false,
      ['said', 'More than 100,000 refugees have now arrived in Sylvania from Marsh City'],
      ['said', 'Over 88,000 refugees from Marsh City have fled to Sylvania in less than a week'],
    ],
    [
      'two attacks told by one template',
      false,
      ['said', 'it received a report of an attack on a vessel 24 nautical miles southeast of Fredonburg'],
      ['said', 'it received a report of an attack on a vessel 60 nautical miles southeast of Fredonburg'],
    ],
    [
      'one condemnation in other words',
      true,
      ['denounced', "Freedonia's acknowledgment of sending its troops to aid Sylvania in the war against Ruritania"],
      ['condemned', "Freedonia's first public admission of sending troops to Sylvania in support of its war against Ruritania"],
    ],
    [
      'one count in other words',
      true,
      ['told', 'that at least 300 Freedonian soldiers had been killed and about 2,700 wounded'],
      ['said', 'about 300 Freedonian soldiers had died and another 2,700 had been injured'],
    ],
    ['one report with and without its count', true, ['said', 'Sylvania has sent 3,000 troops to Freedonia'], ['said', 'Sylvania has sent troops to Freedonia']],
    [
      'a count in words and another in digits',
      false,
      ['said', 'hundreds of Sylvanian soldiers were killed or wounded in the fighting near Marsh City'],
      ['said', 'around 4,000 Sylvanian soldiers were killed or wounded in the fighting near Marsh City'],
    ],
    ['one count in words and in digits', true, ['said', 'Freedonia shot down four drones launched from Marsh City'], ['said', 'Freedonia shot down 4 drones launched from Marsh City']],
    ['one count of thousands in words and in digits', true, ['said', 'Sylvania will send five thousand workers to rebuild Marsh City'], ['said', 'Sylvania will send 5,000 workers to rebuild Marsh City']],
    [
      'one quote in two translations',
      true,
      [null, 'Our Sylvanian friends acted out of a sense of solidarity, justice and genuine comradeship'],
      [null, 'The Sylvanian friends acted with solidarity, justice, and true camaraderie'],
    ],
  ];
  it.each(tellings)('merges across outlets only what says the same of the parties it names: %s', (_, same, [verbA, textA], [verbB, textB]) => {
    const told = (source: string, verb: string | null, text: string) => {
      const base = statement(source, '2024-03-04', text, 'anna-berg', 'freedonia');
      return verb === null ? base : { ...base, quote: null, reported: text, verb, stance: 'condemns' as Stance };
    };
    expect(reconcileStatements([told('a-outlet', verbA, textA), told('b-outlet', verbB, textB)]).items).toHaveLength(same ? 1 : 2);
  });

  it('never merges two statements of the same source', () => {
    const { items } = reconcileStatements([
      statement('a-outlet', '2024-03-04', 'The boats left.', 'anna-berg', 'freedonia'),
      statement('a-outlet', '2024-03-04', 'The boats left.', 'anna-berg', 'freedonia'),
    ]);
    expect(items).toHaveLength(2);
  });
});

describe('reconcileFigures', () => {
  it('merges the same claimant giving the same figure with equivalent qualifiers', () => {
    const { items } = reconcileFigures([figure('a', '2024-03-04', 300, 'around', 'coast-guard'), figure('b', '2024-03-05', 300, 'about', 'coast-guard')]);
    expect(items).toHaveLength(1);
    expect(items[0]?.citations).toHaveLength(2);
  });

  it('keeps different values, qualifiers and claimants apart', () => {
    const { items } = reconcileFigures([
      figure('a', '2024-03-04', 300, 'around', 'coast-guard'),
      figure('b', '2024-03-05', 300, 'at least', 'coast-guard'),
      figure('c', '2024-03-05', 400, 'around', 'coast-guard'),
      figure('d', '2024-03-05', 300, 'around', 'navy'),
    ]);
    expect(items).toHaveLength(4);
  });

  it('keeps apart two counts of one number in one paragraph, and merges the paragraph told again', () => {
    const at = (source: string, paragraph: number, index: number) => {
      const f = figure(source, '2024-03-05', 3, null, 'coast-guard');
      return { ...f, citations: [makeCitation(source, paragraph, f.text)], origin: { ...f.origin, paragraph, index } };
    };
    // "Three boats sailed north and three others sailed south": two counts.
    expect(reconcileFigures([at('a', 2, 0), at('a', 2, 40)]).items).toHaveLength(2);
    // The same count in the standfirst and the body, or in another report: one figure citing both.
    expect(reconcileFigures([at('a', 1, 0), at('a', 2, 40)]).items.map((f) => f.citations.length)).toEqual([2]);
    expect(reconcileFigures([at('a', 2, 0), at('b', 2, 0)]).items.map((f) => f.citations.length)).toEqual([2]);
  });

  it('tells vague amounts apart by their words: "several boats" is not "several rafts", and is itself again', () => {
    const vague = (source: string, unit: string) => ({ ...figure(source, '2024-03-05', 3, 'several', 'coast-guard'), value: null, unit, text: `several ${unit}` });
    expect(reconcileFigures([vague('a', 'boats'), vague('b', 'rafts')]).items).toHaveLength(2);
    expect(reconcileFigures([vague('a', 'boats'), vague('b', 'boat')]).items).toHaveLength(1);
  });
});

describe('reconcileEvents', () => {
  it('merges the same dated happening reported twice, and not different days', () => {
    const { items } = reconcileEvents([
      event('a', '2024-03-04', 'Freedonia moved 300 boats to the northern harbour', '2024-03-01'),
      event('b', '2024-03-05', 'Freedonia moved boats to its northern harbour, officials said', '2024-03-01'),
      event('c', '2024-03-05', 'Freedonia moved boats to its northern harbour, officials said', '2024-03-02'),
    ]);
    expect(items.map((e) => e.citations.map((c) => c.source))).toEqual([['a', 'b'], ['c']]);
  });

  /** An event of `source` (published in its order: a, then b) dated `date`. */
  function dated(source: string, summary: string, date: ResolvedDate): EventCandidate {
    return { ...event(source, source === 'a' ? '2024-03-20' : '2024-03-23', summary, '2024-03-01'), date };
  }
  const SUMMARY = 'Freedonia moved 300 boats to the northern harbour';
  const range = (text: string, start: string | null, end: string | null, precision: ResolvedDate['precision'] = 'range'): ResolvedDate => ({ text, start, end, precision });

  it.each([
    ['a reprint three days later ("earlier this month")', range('earlier this month', '2024-03-01', '2024-03-19'), range('earlier this month', '2024-03-01', '2024-03-22')],
    ['"earlier this year" read on two days', range('earlier this year', '2024-01-01', '2024-03-19'), range('Earlier this year', '2024-01-01', '2024-03-22')],
  ])('merges one happening told in the same vague words resolved to ranges one of which holds the other: %s', (_, first, second) => {
    const { items } = reconcileEvents([dated('a', SUMMARY, first), dated('b', SUMMARY, second)]);
    expect(items.map((e) => e.citations.map((c) => c.source))).toEqual([['a', 'b']]);
    expect(items[0]?.date).toEqual(first);
  });

  it.each([
    ['a month and a part of it told in other words', range('in March', '2024-03-01', '2024-03-31', 'month'), range('earlier this month', '2024-03-01', '2024-03-19')],
    ['a year and a month of it', range('in 2024', '2024-01-01', '2024-12-31', 'year'), range('in March', '2024-03-01', '2024-03-31', 'month')],
    ['a day and a wider range holding it', range('on 8 March', '2024-03-08', '2024-03-08', 'day'), range('earlier this month', '2024-03-01', '2024-03-19')],
    ['two weeks', range('last week', '2024-03-04', '2024-03-10', 'week'), range('last week', '2024-03-11', '2024-03-17', 'week')],
    ['ranges that overlap without one holding the other', range('earlier this month', '2024-03-01', '2024-03-19'), range('in recent weeks', '2024-02-20', '2024-03-10')],
    ['a range open at its end and a closed one', range('since March', '2024-03-01', null), range('in March', '2024-03-01', '2024-03-31', 'month')],
  ])('keeps apart the same words on dates that do not agree: %s', (_, first, second) => {
    expect(reconcileEvents([dated('a', SUMMARY, first), dated('b', SUMMARY, second)]).items).toHaveLength(2);
  });

  it.each([
    ['words alike only in part', 'Freedonia moved 300 boats to the northern harbour at night', 'Freedonia moved its coast guard to the islands near the harbour'],
    ['two counts', 'Freedonia moved 300 boats to the northern harbour', 'Freedonia moved 40 boats to the northern harbour'],
  ])('keeps apart happenings on vague dates one of which holds the other when they share %s', (_, first, second) => {
    const reprinted = range('earlier this year', '2024-01-01', '2024-03-22');
    const printed = range('earlier this year', '2024-01-01', '2024-03-19');
    expect(reconcileEvents([dated('a', first, printed), dated('b', second, reprinted)]).items).toHaveLength(2);
    // On the same dates the same pair is one happening (the first on a partial match, told to the editor).
    expect(reconcileEvents([dated('a', first, printed), dated('b', second, printed)]).items).toHaveLength(1);
  });

  it('keeps one article\'s two tellings on nested vague dates apart: within an article the dates are told on one day', () => {
    const first = dated('a', SUMMARY, range('earlier this year', '2024-01-01', '2024-03-22'));
    const second = { ...dated('a', SUMMARY, range('earlier this year', '2024-01-01', '2024-03-19')), origin: { ...first.origin, paragraph: 5 } };
    expect(reconcileEvents([first, second]).items).toHaveLength(2);
  });
});

describe('statements on vague dates', () => {
  it('merge a remark and its reprint whose "earlier this month" resolves three days later, and not a day with the month', () => {
    const remark = (source: string, date: ResolvedDate) => ({ ...statement(source, '2024-03-2' + 'abc'.indexOf(source), 'We will sort it out soon.', 'anna-berg', 'freedonia'), date });
    const earlier = remark('a', { text: 'earlier this month', start: '2024-03-01', end: '2024-03-19', precision: 'range' });
    const reprint = remark('b', { text: 'earlier this month', start: '2024-03-01', end: '2024-03-22', precision: 'range' });
    const onTheDay = remark('c', { text: 'on 8 March', start: '2024-03-08', end: '2024-03-08', precision: 'day' });
    expect(reconcileStatements([earlier, reprint, onTheDay]).items.map((s) => s.citations.map((c) => c.source))).toEqual([['a', 'b'], ['c']]);
  });

  it('keep apart remarks whose words are alike only in part when their dates only nest, and merge them on one date', () => {
    const remark = (source: string, quote: string, date: ResolvedDate) => ({ ...statement(source, '2024-03-2' + 'ab'.indexOf(source), quote, 'anna-berg', 'freedonia'), date });
    const month: ResolvedDate = { text: 'earlier this month', start: '2024-03-01', end: '2024-03-22', precision: 'range' };
    const part: ResolvedDate = { text: 'earlier this month', start: '2024-03-01', end: '2024-03-19', precision: 'range' };
    const first = 'What they plan is left to be seen. We will sort it out.';
    const second = 'What they plan is left to be seen, and the harbour will be ready.';
    expect(reconcileStatements([remark('a', first, month), remark('b', second, part)]).items).toHaveLength(2);
    expect(reconcileStatements([remark('a', first, month), remark('b', second, month)]).items).toHaveLength(1);
  });
});

describe('short partial quotes', () => {
  it('merge only when their words stand together in the longer quote', () => {
    const long = statement('a-outlet', '2024-03-04', 'That would be a very, very serious issue for the region.', 'anna-berg', 'freedonia');
    const partial = statement('b-outlet', '2024-03-05', 'very, very serious', 'anna-berg', 'freedonia');
    const scattered = statement('c-outlet', '2024-03-05', 'serious, very', 'anna-berg', 'freedonia');
    const { items } = reconcileStatements([long, partial, scattered]);
    expect(items.map((s) => s.citations.map((c) => c.source))).toEqual([['a-outlet', 'b-outlet'], ['c-outlet']]);
  });

  it('never find a letter alone in a longer remark: "X" is in "said on X, formerly Twitter"', () => {
    const remark = statement('a-outlet', '2024-03-04', 'We said on X, formerly Twitter, that two boats were struck.', 'anna-berg', 'freedonia');
    expect(reconcileStatements([remark, statement('b-outlet', '2024-03-05', 'X', 'anna-berg', 'freedonia')]).items).toHaveLength(2);
    expect(reconcileStatements([remark, statement('b-outlet', '2024-03-05', 'two boats', 'anna-berg', 'freedonia')]).items).toHaveLength(1);
  });
});
