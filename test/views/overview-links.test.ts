import { describe, expect, it } from 'vitest';
import { aboutView } from '../../src/lib/views/about.ts';
import { overviewView } from '../../src/lib/views/overview.ts';
import { briefing, day, event, figure, statement } from './fixtures.ts';

const CATEGORIES = [{ id: 'boats', label: 'Boats at the harbour' }];
const model = briefing({
  events: [
    event('harbour-closed', day('2025-03-02')),
    event('talks-held', day('2025-03-05')),
    event('vote-due', day('2025-04-20', 'on April 20'), { expected: true }),
  ],
  statements: [statement('s1', 'freedonia'), statement('s2', 'sylvania')],
  figures: [figure('boats-300', 300)],
});

describe('overviewView links', () => {
  const view = overviewView(model, CATEGORIES);

  it('links each latest and expected event to its chronology entry', () => {
    expect(view.latestEvents.map((e) => e.href)).toEqual(['/chronology/#talks-held', '/chronology/#harbour-closed']);
    expect(view.upcoming.map((e) => e.href)).toEqual(['/chronology/#vote-due']);
  });

  it('gives the counts as phrases linked to their pages', () => {
    expect(view.inventory).toEqual([
      { label: '3 sources', href: '/sources/' },
      { label: '3 events', href: '/chronology/' },
      { label: '2 statements', href: '/positions/' },
      { label: '1 figure', href: '/figures/' },
    ]);
  });

  it('links onward to every page and to the three data downloads', () => {
    expect(view.links).toEqual({ chronology: '/chronology/', positions: '/positions/', figures: '/figures/', sources: '/sources/', about: '/about/' });
    expect(view.downloads.map((file) => [file.path, file.format])).toEqual([
      ['/data/briefing.json', 'application/json'],
      ['/data/figures.csv', 'text/csv'],
      ['/data/chronology.csv', 'text/csv'],
    ]);
  });
});

describe('aboutView', () => {
  const absolute = (path: string) => `https://example.org${path}`;

  it('states the inventory and the latest source, and gives real permalinks as examples', () => {
    const view = aboutView(model, absolute);
    expect([view.title, view.inventory, view.lastUpdated, view.examples]).toEqual([
      'Harbour dispute',
      '3 sources, 3 events, 2 statements and 1 figure',
      { label: '2 Apr 2025', datetime: '2025-04-02' },
      { entry: 'https://example.org/chronology/#harbour-closed', paragraph: 'https://example.org/sources/2025-03-10-harbour-post-boats/#p1' },
    ]);
  });

  it('describes the downloads as a Dataset at the About page', () => {
    const { dataset } = aboutView(model, absolute);
    expect([dataset['@type'], dataset.url, dataset.temporalCoverage, (dataset.distribution as unknown[]).length]).toEqual([
      'Dataset', 'https://example.org/about/', '2025-03-10/2025-04-02', 3,
    ]);
  });

  it('has no examples for an empty briefing', () => {
    const view = aboutView({ ...briefing({}), sources: [] }, absolute);
    expect([view.examples, view.lastUpdated, view.inventory]).toEqual([{ entry: null, paragraph: null }, null, '0 sources, 0 events, 0 statements and 0 figures']);
  });
});
