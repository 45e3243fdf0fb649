import { describe, expect, it } from 'vitest';
import { assignIds, eventBaseId, figureBaseId, statementBaseId } from '../../src/lib/ids.ts';
import { event, figure, statement } from './fixtures.ts';

describe('ids', () => {
  it('derives readable ids from date, actor and words', () => {
    expect(eventBaseId(event('a', '2024-03-04', 'Freedonia moved 300 boats to the northern harbour', '2024-03-01'))).toBe(
      '2024-03-01-freedonia-freedonia-moved-300-boats',
    );
    expect(statementBaseId(statement('a', '2024-03-04', 'We see no evidence of the boats.', 'anna-berg', 'freedonia'))).toBe(
      'anna-berg-see-no-evidence-boats',
    );
    expect(figureBaseId(figure('a', '2024-03-04', 300, 'around', 'coast-guard'))).toBe('boats-coast-guard-300');
  });

  it('names a negated report with a short object by its verb, "not" included', () => {
    const notConfirmed = { ...statement('a', '2024-03-04', '', 'freedonia', 'freedonia'), quote: null, reported: 'it', verb: 'had not confirmed', negated: true };
    expect(statementBaseId(notConfirmed)).toBe('freedonia-had-not-confirmed-it');
  });

  it('keeps the base id for the earliest report and a content hash for later ones, whatever the input order', () => {
    const early = figure('a', '2024-03-04', 300, 'around', 'coast-guard');
    const late = figure('b', '2024-03-05', 300, 'at least', 'coast-guard');
    const forward = assignIds([early, late], figureBaseId).map((f) => f.id);
    const backward = assignIds([late, early], figureBaseId).map((f) => f.id);
    expect(forward[0]).toBe('boats-coast-guard-300');
    expect(forward[1]).toMatch(/^boats-coast-guard-300-[a-z0-9]+$/);
    expect(backward).toEqual([forward[1], forward[0]]);
  });
});
