import { describe, expect, it } from 'vitest';
import { chartedRows } from '../../src/lib/views/figure-chart.ts';
import { recentTrack, type TrackStep } from '../../src/lib/views/stance-track.ts';

/** A track step on `day` with one speaker and `chips` chips. */
const step = (day: string, chips: number): TrackStep => ({
  dateLabel: day,
  datetime: day,
  reportedOnly: false,
  speakers: [{ speaker: 'Anna Berg', chips: Array.from({ length: chips }, (_, i) => ({ id: `${day}-${i}`, href: `#${day}-${i}`, stance: 'warns', label: 'warns', title: '' })) }],
});

describe('recentTrack', () => {
  const track = [step('2025-01-01', 3), step('2025-01-02', 2), step('2025-01-03', 4)];

  it('keeps a track within the chips whole', () => {
    expect(recentTrack(track, 9)).toEqual({ steps: track, cut: false });
  });

  it('keeps the latest days whose chips fit, saying that earlier days were left out', () => {
    expect(recentTrack(track, 6)).toEqual({ steps: track.slice(1), cut: true });
    expect(recentTrack(track, 5)).toEqual({ steps: track.slice(2), cut: true });
  });

  it('always keeps the last day, however many chips it has', () => {
    expect(recentTrack(track, 1)).toEqual({ steps: track.slice(2), cut: true });
  });
});

describe('chartedRows', () => {
  const rows = [{ id: 'a', day: '2025-03-01' }, { id: 'b', day: null }, { id: 'c', day: '2025-01-01' }, { id: 'd', day: '2025-02-01' }];

  it('draws every row while the dated ones fit', () => {
    expect(chartedRows(rows, 3)).toEqual({ rows, cut: false });
  });

  it('draws the latest rows by day beyond the limit, in the table order', () => {
    expect(chartedRows(rows, 2)).toEqual({ rows: [rows[0], rows[3]], cut: true });
  });
});
