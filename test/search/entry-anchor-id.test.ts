import { describe, expect, test } from 'vitest';
import { entryAnchorId, readEntryAnchorId } from '../../src/lib/search/entry-anchor-id.ts';

describe('entryAnchorId', () => {
  test("an entry's element id is its sort day then its URL, and reads back into both", () => {
    const id = entryAnchorId({ url: '/chronology/2025-03/#boats-seized', sort: { date: '2025-03-09' } });
    expect(id).toBe('2025-03-09/chronology/2025-03/#boats-seized');
    expect(readEntryAnchorId(id)).toEqual({ day: '2025-03-09', url: '/chronology/2025-03/#boats-seized' });
  });

  test('an entry without a sort day has its URL alone, even a URL that starts with a day', () => {
    expect(readEntryAnchorId(entryAnchorId({ url: '/positions/freedonia/#a', sort: {} }))).toEqual({ day: '', url: '/positions/freedonia/#a' });
    expect(readEntryAnchorId('/sources/2025-03-09-harbour/#p1')).toEqual({ day: '', url: '/sources/2025-03-09-harbour/#p1' });
  });
});
