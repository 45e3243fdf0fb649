import { describe, expect, it } from 'vitest';
import { paragraphHref } from '../../src/lib/citation.ts';
import { monthSection, publishedAnchors } from '../../src/lib/anchors/published.ts';
import { sourceHref } from '../../src/lib/views/paths.ts';
import { event, figure, smallBriefing, statement } from './model.ts';

const SOURCE = '2025-03-04-wire-harbour-closed';

describe('publishedAnchors', () => {
  it('lists the source page and every paragraph of a briefing with no entries', () => {
    expect(publishedAnchors(smallBriefing())).toEqual([`/sources/${SOURCE}/`, `/sources/${SOURCE}/#p1`, `/sources/${SOURCE}/#p2`]);
  });

  it('publishes paragraph anchors exactly as citations link to them', () => {
    const anchors = publishedAnchors(smallBriefing());
    expect(anchors).toContain(paragraphHref(SOURCE, 2));
    expect(anchors).toContain(sourceHref(SOURCE));
    expect(paragraphHref(SOURCE, 2).startsWith(sourceHref(SOURCE))).toBe(true);
  });

  it('lists chronology events and the month sections they fall in', () => {
    const briefing = smallBriefing({
      events: [
        event('2025-03-03-harbour-closed', { start: '2025-03-03', end: '2025-03-03' }),
        event('2025-03-05-harbour-reopened', { start: '2025-03-05', end: '2025-03-05' }),
        event('by-2025-05-31-talks-end', { start: null, end: '2025-05-31', precision: 'range' }),
        event('undated-harbour-inspection', { text: 'soon', precision: 'range' }),
      ],
    });
    expect(publishedAnchors(briefing).filter((a) => a.startsWith('/chronology/'))).toEqual([
      '/chronology/#2025-03',
      '/chronology/#2025-03-03-harbour-closed',
      '/chronology/#2025-03-05-harbour-reopened',
      '/chronology/#2025-05',
      '/chronology/#by-2025-05-31-talks-end',
      '/chronology/#undated-harbour-inspection',
    ]);
  });

  it('lists each government with statements, other voices when a statement has none, and each statement', () => {
    const briefing = smallBriefing({
      statements: [
        statement('freedonia-harbour-closed', 'freedonia'),
        statement('freedonia-boats-held', 'freedonia'),
        statement('sylvania-regret-closure', 'sylvania'),
        statement('analyst-closure-expected', null),
      ],
    });
    expect(publishedAnchors(briefing).filter((a) => a.startsWith('/positions/'))).toEqual([
      '/positions/#analyst-closure-expected',
      '/positions/#freedonia',
      '/positions/#freedonia-boats-held',
      '/positions/#freedonia-harbour-closed',
      '/positions/#other-voices',
      '/positions/#sylvania',
      '/positions/#sylvania-regret-closure',
    ]);
  });

  it('lists each figure category that has figures, and each figure', () => {
    const briefing = smallBriefing({ figures: [figure('boats-coast-guard-40', 'boats'), figure('boats-coast-guard-41', 'boats'), figure('crew-port-12', 'crew')] });
    expect(publishedAnchors(briefing).filter((a) => a.startsWith('/figures/'))).toEqual([
      '/figures/#boats',
      '/figures/#boats-coast-guard-40',
      '/figures/#boats-coast-guard-41',
      '/figures/#crew',
      '/figures/#crew-port-12',
    ]);
  });

  it('is sorted and has no duplicates, whatever the order of the model', () => {
    const events = [event('2025-03-05-b', { start: '2025-03-05' }), event('2025-03-03-a', { start: '2025-03-03' })];
    const forward = publishedAnchors(smallBriefing({ events }));
    const backward = publishedAnchors(smallBriefing({ events: [...events].reverse() }));
    expect(forward).toEqual(backward);
    expect(forward).toEqual([...new Set(forward)].sort());
  });
});

describe('monthSection', () => {
  it('takes the month of the start, or of the end when the start is open', () => {
    expect(monthSection({ text: 'Oct. 30', start: '2024-10-30', end: '2024-10-30', precision: 'day' })).toBe('2024-10');
    expect(monthSection({ text: 'since August', start: '2024-08-01', end: null, precision: 'range' })).toBe('2024-08');
    expect(monthSection({ text: 'by December', start: null, end: '2024-12-31', precision: 'range' })).toBe('2024-12');
  });

  it('gives no month for an undated event', () => {
    expect(monthSection({ text: 'soon', start: null, end: null, precision: 'range' })).toBeNull();
  });
});
