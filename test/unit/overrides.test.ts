import { describe, expect, it } from 'vitest';
import { assignIds, eventBaseId, figureBaseId, statementBaseId } from '../../src/lib/ids.ts';
import { applyOverrides, type ModelItems } from '../../src/lib/overrides.ts';
import { event, figure, statement } from './fixtures.ts';

function model(): ModelItems {
  return {
    events: assignIds([event('a', '2024-03-04', 'Freedonia moved boats', '2024-03-01')], eventBaseId),
    statements: assignIds([statement('a', '2024-03-04', 'No comment.', 'anna-berg', 'freedonia')], statementBaseId),
    figures: assignIds([figure('a', '2024-03-04', 300, 'around', 'coast-guard')], figureBaseId),
  };
}

describe('applyOverrides', () => {
  it('suppresses an item by id', () => {
    const { items, problems } = applyOverrides(model(), [{ action: 'suppress', id: 'anna-berg-no-comment', reason: 'not news' }]);
    expect(problems).toEqual([]);
    expect(items.statements).toEqual([]);
  });

  it('corrects a field and refuses derived ones', () => {
    const { items, problems } = applyOverrides(model(), [
      { action: 'correct', id: 'boats-coast-guard-300', reason: 'claimant is the navy', set: { government: 'sylvania' } },
      { action: 'correct', id: 'boats-coast-guard-300', reason: 'x', set: { citations: [] } },
    ]);
    expect(items.figures[0]?.government).toBe('sylvania');
    expect(problems).toEqual([{ position: 2, message: expect.stringContaining('cannot set citations') }]);
  });

  it('names an unknown id', () => {
    const { problems } = applyOverrides(model(), [{ action: 'suppress', id: 'no-such-item', reason: 'x' }]);
    expect(problems[0]?.message).toContain('no event, statement or figure has id "no-such-item"');
  });

  it('adds an item with its citations, and rejects an invalid one', () => {
    const { items, problems } = applyOverrides(model(), [
      {
        action: 'add', type: 'event', id: '2024-03-02-talks', reason: 'missed',
        item: { date: { text: 'on Saturday', start: '2024-03-02', end: '2024-03-02', precision: 'day' }, summary: 'Talks were held' },
        citations: [{ source: 'a', paragraph: 4, evidence: 'Talks were held on Saturday' }],
      },
      { action: 'add', type: 'figure', id: 'bad-figure', reason: 'x', item: { value: 'many' }, citations: [{ source: 'a', paragraph: 1, evidence: 'x' }] },
    ]);
    expect(items.events.map((e) => e.id)).toEqual(['2024-03-01-freedonia-freedonia-moved-boats', '2024-03-02-talks']);
    expect(items.events[1]?.citations[0]?.href).toBe('/sources/a/#p4');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^the added figure is not valid: /);
  });
});
