import { describe, expect, it } from 'vitest';
import { eventHeadline } from '../../src/lib/views/event-headline.ts';
import { chronologyView } from '../../src/lib/views/chronology.ts';
import type { ResolvedDate } from '../../src/lib/model.ts';
import { briefing, cite, day, event, statement } from './fixtures.ts';

const NIS = { name: null, description: 'the spy agency', actor: 'freedonia-defence' };
const at = (headline: string, date: ResolvedDate = day('2025-03-04', 'last week'), expected = false) => ({ headline, claimant: null, date, expected });

describe('eventHeadline', () => {
  it('takes the words a statement of the same paragraph reports as the event, and its speaker as who claims it', () => {
    const clause = 'The spy agency said last week that Freedonia has moved 300 boats to the northern harbour.';
    const said = statement('s', 'freedonia', { speaker: NIS, quote: null, reported: 'that Freedonia has moved 300 boats to the northern harbour', verb: 'said', stance: 'confirms' });
    const line = eventHeadline(at(clause), [said]);
    expect([line.text, line.claimant, line.claimantGovernment, line.cut]).toEqual(['Freedonia has moved 300 boats to the northern harbour', NIS, 'freedonia', { start: false, end: false }]);
  });

  it('keeps a denial whole: the denied words are not what happened', () => {
    const clause = 'The ministry on Tuesday rejected reports that Freedonia had moved 300 boats to the northern harbour.';
    const denied = statement('d', 'freedonia', { quote: null, reported: 'reports that Freedonia had moved 300 boats to the northern harbour', verb: 'rejected', negated: true, stance: 'denies' });
    expect(eventHeadline(at(clause, day('2025-03-04', 'on Tuesday')), [denied])).toMatchObject({ text: clause, claimant: null });
  });

  it('does not take reported words that would lose who they are about ("he wants …")', () => {
    const clause = 'A Sylvanian sailor told reporters that he wants to stay in Freedonia for good.';
    const said = statement('s', 'sylvania', { quote: null, reported: 'that he wants to stay in Freedonia for good', verb: 'told reporters' });
    expect(eventHeadline(at(clause), [said]).text).toBe(clause);
  });

  it('drops the date words the line opens with, a dateline, and a trailing attribution, which names the claimant', () => {
    expect(eventHeadline(at('On Wednesday, the council closed the northern harbour to all boats.', day('2025-03-05', 'On Wednesday'))).text).toBe('the council closed the northern harbour to all boats.');
    expect(eventHeadline(at('PORTVILLE (Harbour Wire) - The council closed the northern harbour to all boats.')).text).toBe('The council closed the northern harbour to all boats.');
    const attributed = eventHeadline(at('The council closed the northern harbour to all boats, the Harbour Post reported.'));
    expect([attributed.text, attributed.claimantWords]).toEqual(['The council closed the northern harbour to all boats', 'the Harbour Post']);
    // "On Saturday night, …": the date words run on; they stay.
    expect(eventHeadline(at('On Saturday night, a ferry sank off the coast near the port.', day('2025-03-01', 'On Saturday'))).text).toBe('On Saturday night, a ferry sank off the coast near the port.');
  });

  it('shows the first sentence of a quote, and cuts a long line at a clause boundary, keeping the date words', () => {
    const quote = 'We assess that these boats sailed from the southern port to the northern harbour. They then went on to the islands.';
    const said = statement('q', 'freedonia', { quote, reported: null, verb: 'told reporters' });
    const line = eventHeadline(at(`“${quote}” Berg told reporters last week.`), [said]);
    expect([line.text, line.quoted, line.cut]).toEqual(['We assess that these boats sailed from the southern port to the northern harbour.', true, { start: false, end: true }]);
    const long =
      'The council moved three hundred fishing boats from the southern port to the northern harbour last week, while the navy watched from the coast and the ministry of the interior kept silent about it.';
    expect(eventHeadline(at(long)).text).toBe('The council moved three hundred fishing boats from the southern port to the northern harbour last week');
  });

  it('gives an expected event the clause of its date', () => {
    const clause = 'Officials said about 3,000 sailors had been sent to the harbour so far, with a total of 10,000 sailors expected to be sent there by May.';
    const line = eventHeadline(at(clause, { text: 'by May', start: null, end: '2025-05-31', precision: 'range' }, true));
    expect([line.text, line.cut]).toEqual(['with a total of 10,000 sailors expected to be sent there by May', { start: true, end: false }]);
  });

  it('is always a verbatim piece of the model’s clause', () => {
    const clauses = [
      'The spy agency said last week that Freedonia has moved 300 boats, officials said.',
      '“We will not move,” Berg said on Tuesday, adding that the boats would stay where they are for now.',
      'On Monday (local time), the council, which meets weekly, said it would close the harbour; the navy did not comment.',
    ];
    for (const clause of clauses) expect(clause, clause).toContain(eventHeadline(at(clause, day('2025-03-03', 'On Monday'))).text);
  });
});

describe('chronology entries', () => {
  it('name who says it happened, linked to their government’s positions when it has a section', () => {
    const model = briefing({
      events: [event('moved', day('2025-03-04', 'last week'), { headline: 'The spy agency said last week that Freedonia has moved 300 boats to the harbour.', citations: [cite('2025-03-10-harbour-post-boats', 4, 'x')] })],
      statements: [statement('s', 'freedonia', { speaker: NIS, quote: null, reported: 'that Freedonia has moved 300 boats to the harbour', citations: [cite('2025-03-10-harbour-post-boats', 4, 'x')] })],
    });
    const [entry] = chronologyView(model).months[0]?.entries ?? [];
    expect([entry?.headline, entry?.claimant, entry?.government]).toEqual(['Freedonia has moved 300 boats to the harbour', { label: 'Freedonian Defence Ministry', href: '/positions/#freedonia' }, 'freedonia']);
  });
});
