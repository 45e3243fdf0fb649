import { describe, expect, it } from 'vitest';
import { backlinksFor, backlinksView } from '../../src/lib/views/backlinks.ts';
import { CHRONOLOGY, FIGURES, POSITIONS, figureHref, sourceHref } from '../../src/lib/views/paths.ts';
import { briefing, cite, day, event, figure, statement } from './fixtures.ts';

const POST = '2025-03-10-harbour-post-boats';
const WIRE = '2025-03-12-coastal-wire-talks';

describe('backlinksView', () => {
  const view = backlinksView(
    briefing({
      events: [
        event('talks', day('2025-03-04'), {
          summary: 'Delegations from both sides met at the harbour office to resume the stalled talks on Tuesday.',
          citations: [cite(POST, 1, 'Delegations from both sides met'), cite(WIRE, 2, 'met at the harbour office')],
        }),
      ],
      statements: [
        statement('berg', 'freedonia', {
          speaker: { name: 'Anna Berg', description: 'the spokesperson', actor: 'anna-berg' },
          quote: 'No boat has crossed the line',
          citations: [cite(POST, 1, 'No boat has crossed the line'), cite(POST, 1, 'crossed the line')],
        }),
        statement('navy', 'sylvania', {
          speaker: { name: null, description: 'the navy', actor: 'sylvania-navy' },
          quote: null,
          reported: 'that its patrols had been doubled along the whole of the northern coast',
          citations: [cite(WIRE, 2, 'patrols had been doubled')],
        }),
      ],
      figures: [figure('boats-300', 300, { qualifier: 'at least', text: 'at least 300 boats', citations: [cite(POST, 3, 'at least 300 boats')] })],
    }),
  );

  it('indexes entries by source and paragraph: events, then statements, then figures, each listed once', () => {
    expect(view).toEqual(
      new Map([
        [
          POST,
          new Map([
            [
              1,
              [
                { id: 'talks', kind: 'event', label: '4 Mar 2025: Delegations from both sides met at the harbour…', href: '/chronology/#talks' },
                { id: 'berg', kind: 'statement', label: 'Anna Berg said: “No boat has crossed the line”', href: '/positions/#berg' },
              ],
            ],
            [3, [{ id: 'boats-300', kind: 'figure', label: 'at least 300 boats (Freedonian Defence Ministry)', href: '/figures/#boats-300' }]],
          ]),
        ],
        [
          WIRE,
          new Map([
            [
              2,
              [
                { id: 'talks', kind: 'event', label: '4 Mar 2025: Delegations from both sides met at the harbour…', href: '/chronology/#talks' },
                { id: 'navy', kind: 'statement', label: 'Sylvanian Navy said that its patrols had been doubled along the…', href: '/positions/#navy' },
              ],
            ],
          ]),
        ],
      ]),
    );
  });

  it('returns no entries for a paragraph nothing cites', () => {
    expect(backlinksFor(view, POST, 2)).toEqual([]);
    expect(backlinksFor(view, 'not-a-source', 1)).toEqual([]);
    expect(backlinksFor(view, POST, 3).map((entry) => entry.id)).toEqual(['boats-300']);
  });
});

describe('paths', () => {
  it('links figures and sources to their pages', () => {
    expect([CHRONOLOGY, POSITIONS, FIGURES]).toEqual(['/chronology/', '/positions/', '/figures/']);
    expect([figureHref('c'), sourceHref('s')]).toEqual(['/figures/#c', '/sources/s/']);
  });
});
