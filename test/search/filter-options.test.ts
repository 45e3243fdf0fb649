import { expect, test } from 'vitest';
import { entryRecords } from '../../src/lib/search/entry-records.ts';
import { filterOptions } from '../../src/lib/search/filter-options.ts';
import { briefing, cite, day, event, figure, SOURCES, statement } from '../views/fixtures.ts';

test('lists the types in order, and the governments and publishers the records and sources carry, alphabetically', () => {
  const records = entryRecords(briefing({
    events: [event('e', day('2025-03-01'), { governments: ['sylvania', 'freedonia'] })],
    statements: [statement('s', 'harbour-council', { citations: [cite('2025-03-12-coastal-wire-talks', 1, 'Words of s')] })],
  }));
  expect(filterOptions(records, SOURCES)).toEqual({
    type: [
      { value: 'event', label: 'Event' },
      { value: 'statement', label: 'Statement' },
      { value: 'source', label: 'Source article' },
    ],
    government: [
      { value: 'Freedonia', label: 'Freedonia' },
      { value: 'Harbour Council', label: 'Harbour Council' },
      { value: 'Sylvania', label: 'Sylvania' },
    ],
    publisher: [
      { value: 'Coastal Wire', label: 'Coastal Wire' },
      { value: 'Harbour Post', label: 'Harbour Post' },
      { value: 'Publisher not stated', label: 'Publisher not stated' },
    ],
  });
});

test('without sources or entries of a kind, those values are not offered', () => {
  const records = entryRecords(briefing({ figures: [figure('f', 40, { government: null })] }));
  expect(filterOptions(records, [])).toEqual({
    type: [{ value: 'figure', label: 'Figure' }],
    government: [],
    publisher: [{ value: 'Harbour Post', label: 'Harbour Post' }],
  });
});
