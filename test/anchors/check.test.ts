import { describe, expect, it } from 'vitest';
import { checkAnchors } from '../../src/lib/anchors/check.ts';
import { addedAnchorsHint, missingAnchorsMessage } from '../../src/lib/anchors/messages.ts';

describe('checkAnchors', () => {
  it('reports anchors of the manifest that the build no longer publishes, and new ones', () => {
    const previous = ['/chronology/#2025-03', '/chronology/#2025-03-03-harbour-closed', '/sources/x/#p1'];
    const current = ['/chronology/#2025-03', '/figures/#boats', '/sources/x/#p1', '/sources/x/#p2'];
    expect(checkAnchors(previous, current)).toEqual({
      missing: ['/chronology/#2025-03-03-harbour-closed'],
      added: ['/figures/#boats', '/sources/x/#p2'],
    });
  });

  it('finds nothing when the lists hold the same anchors in any order', () => {
    expect(checkAnchors(['/b', '/a'], ['/a', '/b'])).toEqual({ missing: [], added: [] });
  });

  it('sorts what it reports even when the inputs are not sorted', () => {
    expect(checkAnchors(['/z', '/m', '/a'], [])).toEqual({ missing: ['/a', '/m', '/z'], added: [] });
  });
});

describe('messages', () => {
  it('names every missing anchor on its own line and the command that updates the manifest', () => {
    expect(missingAnchorsMessage(['/chronology/#a', '/sources/x/#p4'])).toBe(
      'The build would remove 2 published anchors that readers may have linked to:\n' +
        '  /chronology/#a\n' +
        '  /sources/x/#p4\n' +
        'If this is intended (an entry was suppressed or corrected), run `npm run anchors -- --update` and commit content/anchors.json.',
    );
  });

  it('uses the singular for one anchor', () => {
    expect(missingAnchorsMessage(['/chronology/#a'])).toMatch(/^The build would remove 1 published anchor that/);
    expect(addedAnchorsHint(1)).toBe('1 new anchor is not protected yet: run `npm run anchors -- --update` and commit content/anchors.json.');
    expect(addedAnchorsHint(3)).toMatch(/^3 new anchors are not protected yet/);
  });
});
