import { describe, expect, it } from 'vitest';
import { loadTopic } from '../../src/lib/content/load-topic.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import type { Briefing } from '../../src/lib/model.ts';
import { actorLookup } from '../../src/lib/views/actor-lookup.ts';
import { figureRow } from '../../src/lib/views/figure-row.ts';
import { seriesOf } from '../../src/lib/views/figure-series.ts';
import { chronologyView } from '../../src/lib/views/chronology.ts';
import { stanceLabel } from '../../src/lib/views/format/stance-label.ts';
import { overviewView } from '../../src/lib/views/overview.ts';
import { entryHref } from '../../src/lib/views/placement.ts';
import { sitePlacement } from '../../src/lib/views/site-placement.ts';
import { sourceLookup } from '../../src/lib/views/source-lookup.ts';
import { takeawayText, type Takeaway } from '../../src/lib/views/takeaways.ts';
import { briefing, cite, day, event, figure, statement } from './fixtures.ts';

/**
 * Checks one takeaway against the entries it says it summarises, and returns what is wrong: every
 * takeaway must be true by construction, so this list is empty for every briefing.
 */
function problems(takeaway: Takeaway, model: Briefing): string[] {
  const found: string[] = [];
  const text = takeawayText(takeaway);
  const placement = sitePlacement(model);
  const rows = new Map(model.figures.map((f) => [f.id, figureRow(f, actorLookup(model), sourceLookup(model))]));
  const figures = new Map(model.figures.map((f) => [f.id, f]));
  const statements = new Map(model.statements.map((s) => [s.id, s]));
  const events = new Map(model.events.map((e) => [e.id, e]));
  const entries = chronologyView(model).months.flatMap((month) => month.entries);

  const hrefs = new Set(takeaway.entries.map((entry) => entryHref(placement, entry.kind, entry.id)));
  for (const part of takeaway.parts) {
    if (part.href && !hrefs.has(part.href) && part.href !== '/sources/') found.push(`links to ${part.href}, which it does not say it sums up`);
  }
  for (const entry of takeaway.entries) {
    if (!takeaway.parts.some((part) => part.href === entryHref(placement, entry.kind, entry.id))) found.push(`does not link to ${entry.id}`);
    if (entry.kind === 'event') {
      const shown = entries.find((e) => e.id === entry.id);
      if (!events.has(entry.id) || !shown) found.push(`no event ${entry.id}`);
      // The event is said in its own words: a verbatim piece of its clause.
      else if (!text.includes(shown.headline) || !events.get(entry.id)?.headline.includes(shown.headline)) found.push(`event ${entry.id} not in its words`);
    }
    if (entry.kind === 'statement') {
      const s = statements.get(entry.id);
      if (!s) {
        found.push(`no statement ${entry.id}`);
        continue;
      }
      // A statement is never shown without its verb: its words may appear only with the verb beside them.
      const words = (s.reported ?? s.quote ?? '').split(/\s+/).slice(0, 5).join(' ');
      if (words.length > 12 && text.includes(words) && (s.verb === null || !text.includes(s.verb))) found.push(`statement ${entry.id} shown without its verb`);
      if (!text.includes(stanceLabel(s.stance))) found.push(`statement ${entry.id}: its stance is not what the takeaway says`);
    }
    if (entry.kind === 'figure') {
      const row = rows.get(entry.id);
      if (!row) found.push(`no figure ${entry.id}`);
      else if (!text.includes(row.claim)) found.push(`figure ${entry.id} not said as claimed (${row.claim})`);
    }
  }
  // Figures are set against each other only within one category and one series; a disagreement, within one period too.
  for (const compared of takeaway.comparisons) {
    const kinds = new Set(compared.map((id) => `${figures.get(id)?.category} ${seriesOf(figures.get(id)?.stage ?? 'reported').id}`));
    if (kinds.size !== 1) found.push(`compares unlike figures: ${compared.join(', ')}`);
    if (takeaway.kind === 'disagreement' && new Set(compared.map((id) => rows.get(id)?.period)).size !== 1) found.push(`disagreement across periods: ${compared.join(', ')}`);
    if (compared.some((id) => !takeaway.entries.some((entry) => entry.id === id))) found.push('compares entries it does not list');
  }
  return found;
}

const CATEGORIES = [{ id: 'boats', label: 'Boats at the harbour' }];
const NAVY = { name: null, description: 'the navy', actor: 'sylvania-navy' };
const BERG = { name: 'Anna Berg', description: 'spokesperson', actor: 'anna-berg' };

const fixture = briefing({
  events: [event('talks', day('2025-03-04'), { headline: 'Talks began at the harbour, officials said.' })],
  statements: [
    statement('verifying', 'freedonia', { speaker: BERG, date: day('2025-03-04'), stance: 'unconfirmed', quote: null, reported: 'that a process is under way to verify the reports', verb: 'stressed' }),
    statement('confirms', 'freedonia', { speaker: BERG, date: day('2025-03-06'), stance: 'confirms', quote: null, reported: 'that boats had crossed the line', verb: 'confirmed' }),
    statement('navy', 'sylvania', { speaker: NAVY, date: day('2025-03-06'), stance: 'denies', quote: null, reported: 'that any boat crossed', verb: 'denied', negated: true }),
  ],
  figures: [
    figure('sent', 3_000, { stage: 'reported', asOf: day('2025-03-04') }),
    figure('sent-navy', 5_000, { stage: 'reported', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-04') }),
    figure('planned', 12_000, { stage: 'planned', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-04') }),
    figure('by-may', 10_000, { stage: 'expected', citations: [cite('2025-03-12-coastal-wire-talks', 1, 'x')] }),
    figure('thousands', 0, { value: null, bounds: { min: 1_000, max: 9_999 }, qualifier: 'thousands', stage: 'reported', asOf: day('2025-03-09') }),
  ],
});

describe('takeaways are true by construction', () => {
  it('on a briefing with a change of stance, a disagreement and figures of every stage', () => {
    const view = overviewView(fixture, CATEGORIES);
    expect(view.takeaways.map((t) => t.kind)).toEqual(['latest-event', 'stance-change', 'positions', 'figures', 'disagreement', 'sources']);
    for (const takeaway of view.takeaways) expect(problems(takeaway, fixture), takeawayText(takeaway)).toEqual([]);
    // "verifying → confirms" in one line.
    expect(takeawayText(view.takeaways[1] as Takeaway)).toBe('Freedonia went from unconfirmed (Anna Berg, 4 Mar 2025) to confirms (Anna Berg, 6 Mar 2025).');
    // Sent, planned and expected figures are never set against each other.
    expect(view.takeaways[3]?.comparisons).toEqual([['sent', 'sent-navy']]);
  });

  it('on the briefing this site publishes', () => {
    const model = loadBriefing();
    const view = overviewView(model, loadTopic().figureCategories);
    expect(view.takeaways.length).toBeGreaterThan(2);
    for (const takeaway of view.takeaways) expect(problems(takeaway, model), takeawayText(takeaway)).toEqual([]);
  }, 60_000); // builds the seeds' model: seconds on a busy machine

  it('and the check catches a takeaway that compares unlike figures or links to what it does not sum up', () => {
    const bad: Takeaway = {
      kind: 'figures',
      parts: [{ text: 'from 3,000 to 12,000', href: '/figures/#sent' }, { text: ' and more', href: '/figures/#by-may' }],
      entries: [{ kind: 'figure', id: 'sent' }, { kind: 'figure', id: 'planned' }],
      comparisons: [['sent', 'planned']],
    };
    expect(problems(bad, fixture)).toEqual([
      'links to /figures/#by-may, which it does not say it sums up',
      'does not link to planned',
      'compares unlike figures: sent, planned',
    ]);
  });
});
