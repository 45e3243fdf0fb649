import { describe, expect, it } from 'vitest';
import { cachedView } from '../../src/lib/views/view-cache.ts';

describe('cachedView', () => {
  it('makes a view once for the same inputs, and again for other inputs or another view', () => {
    const briefing = {};
    const placement = {};
    let made = 0;
    const make = () => ({ made: (made += 1) });
    const first = cachedView('test-view', [briefing, placement], make);
    expect(cachedView('test-view', [briefing, placement], make)).toBe(first);
    expect(made).toBe(1);
    expect(cachedView('test-view', [briefing, {}], make)).not.toBe(first);
    expect(cachedView('test-view', [{}, placement], make)).not.toBe(first);
    expect(cachedView('other-view', [briefing, placement], make)).not.toBe(first);
    expect(made).toBe(4);
  });
});
