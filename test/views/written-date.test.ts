import { describe, expect, it } from 'vitest';
import { writtenDate } from '../../src/lib/views/format/written-date.ts';

describe('writtenDate', () => {
  it('keeps words that tell what the resolved date rests on', () => {
    expect(writtenDate('last week', 'week of 3 Mar 2025')).toBe('last week');
    expect(writtenDate('on Tuesday', '11 Mar 2025')).toBe('on Tuesday');
    expect(writtenDate('early- to mid-March', '1–20 Mar 2025')).toBe('early- to mid-March');
    expect(writtenDate('since January last year', 'since Jan 2024')).toBe('since January last year');
    expect(writtenDate('in the coming days', 'expected from 12 Mar 2025')).toBe('in the coming days');
    expect(writtenDate('  yesterday ', '11 Mar 2025')).toBe('yesterday');
  });

  it('drops words the label already says, whatever their case, punctuation or abbreviation', () => {
    expect(writtenDate('March 4', '4 Mar 2025')).toBeNull();
    expect(writtenDate('Mar. 4, 2025', '4 Mar 2025')).toBeNull();
    expect(writtenDate('on March 4th', '4 Mar 2025')).toBeNull();
    expect(writtenDate('by December', 'expected by Dec 2025')).toBeNull();
    expect(writtenDate('in June', 'Jun 2025')).toBeNull();
    expect(writtenDate('2024', '2024')).toBeNull();
    expect(writtenDate('', '4 Mar 2025')).toBeNull();
  });

  it('does not take a different number or a word that only starts alike for the same', () => {
    expect(writtenDate('March 5', '4 Mar 2025')).toBe('March 5');
    expect(writtenDate('Wednesday', 'week of 3 Mar 2025')).toBe('Wednesday');
    expect(writtenDate('Ma', 'Mar 2025')).toBe('Ma');
  });
});
