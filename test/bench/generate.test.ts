import { describe, expect, it } from 'vitest';
import { loadTopic } from '../../src/lib/content/load-topic.ts';
import { bodyParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { parseBaseSource, readBaseSources } from './base-sources.ts';
import { REPO } from './corpus-project.ts';
import { generateCopy, generateCorpus } from './generate.ts';
import { createRandom } from './random.ts';
import { createFigureScaler } from './scale-figures.ts';
import { addDays, shiftDates } from './shift-dates.ts';
import { createNameSwapper, drawStandIns } from './swap-names.ts';

const person = (id: string, name: string, government: string, aliases: string[] = []): Actor => ({ id, name, kind: 'person', government, aliases, demonyms: [] });

const BASE = `---
title: Minister Anna Berg visits the port on Oct. 30
publisher: null
published: '2024-10-29'
published_basis:
  kind: stated
  note: date line "October 29, 2024"
wire: []
notes: []
---

Minister Anna Berg said on Tuesday that 1,200 workers \\{and some 40 ships\\} were at the port.

Berg added that 1,200 workers had arrived in June.
`;

describe('shiftDates', () => {
  it('turns weekday names with the days', () => {
    expect(shiftDates('He spoke on Wednesday and left on Sunday.', '2024-10-23', 1)).toEqual('He spoke on Thursday and left on Monday.');
    expect(shiftDates('on Wednesday', '2024-10-23', 700)).toEqual('on Wednesday');
  });

  it('moves month-day dates by the days, in the style they were written', () => {
    expect(shiftDates('the meeting on Oct. 30', '2024-10-29', 3)).toEqual('the meeting on Nov. 2');
    expect(shiftDates('dated October 23, 2024.', '2024-10-23', 10)).toEqual('dated November 2, 2024.');
    expect(shiftDates('reads 23 October 2024', '2024-10-23', 70)).toEqual('reads 1 January 2025');
    expect(shiftDates('by Dec. 31', '2024-12-30', 2)).toEqual('by Jan. 2');
  });

  it('moves bare months and month-years by whole months', () => {
    expect(shiftDates('They met in June, and again in October 2024.', '2024-10-23', 40)).toEqual('They met in August, and again in December 2024.');
    expect(shiftDates('from early- to mid-October', '2024-10-23', 100)).toEqual('from early- to mid-January');
  });

  it('leaves what is not a date alone', () => {
    const text = 'Officials may meet. May they? In 2024, the 56th meeting lasted 2 1/2 hours at 03:09.';
    expect(shiftDates(text, '2024-10-23', 45)).toEqual(text);
  });

  it('adds days across months and years', () => {
    expect(addDays('2024-12-30', 3)).toEqual('2025-01-02');
    expect(addDays('2024-02-28', 1)).toEqual('2024-02-29');
  });
});

describe('createFigureScaler', () => {
  it('multiplies each value by one factor wherever it recurs, keeping its style', () => {
    const scale = createFigureScaler({ ...createRandom(1), pick: <T,>(items: readonly T[]) => items[4] as T });
    expect(scale('about 3,000 troops, then 3,000 more and 250 officers; 12000 in all')).toEqual('about 6,000 troops, then 6,000 more and 500 officers; 24000 in all');
  });

  it('keeps years, small numbers, ordinals, decimals, fractions and times', () => {
    const scale = createFigureScaler(createRandom(3));
    const text = 'In 2024, the 56th session, 2 1/2 years, 7.5 percent, 12 ships, 1.250 rate, at 10:300.';
    expect(scale(text)).toEqual(text);
  });
});

describe('createNameSwapper', () => {
  const actors = [person('anna-berg', 'Anna Berg', 'land', ['Berg']), person('tom-hale', 'Tom Hale', 'land', ['Hale', 'Minister Hale']), person('eva-lind', 'Eva Lind', 'other', ['Lind'])];
  const swap = createNameSwapper(new Map([[actors[0] as Actor, actors[1] as Actor], [actors[1] as Actor, actors[0] as Actor]]));

  it('replaces full names, one-word aliases and possessives in one pass', () => {
    expect(swap("Anna Berg met Tom Hale; Berg's aide and Hale left.")).toEqual("Tom Hale met Anna Berg; Hale's aide and Berg left.");
  });

  it('lets a full name win over an overlapping alias', () => {
    expect(swap('Minister Hale and Minister Tom Hale')).toEqual('Anna Berg and Minister Anna Berg');
  });

  it('matches whole words only, case-sensitively', () => {
    expect(swap('Bergman and the berg and Hales')).toEqual('Bergman and the berg and Hales');
  });

  it('draws stand-ins only within the same kind and government', () => {
    for (let seed = 0; seed < 20; seed++) {
      const standIns = drawStandIns(actors, createRandom(seed));
      expect(standIns.get(actors[2] as Actor)).toBe(actors[2]);
      expect(new Set([standIns.get(actors[0] as Actor), standIns.get(actors[1] as Actor)])).toEqual(new Set([actors[0], actors[1]]));
    }
  });
});

describe('generateCopy', () => {
  const base = parseBaseSource('2024-10-29-unknown-minister-visits-port', BASE);
  const actors = [person('anna-berg', 'Anna Berg', 'land', ['Berg']), person('tom-hale', 'Tom Hale', 'land', ['Hale'])];

  it('moves the copy k days, swaps the official, scales the figures and keeps the MDX escaping', () => {
    const copy = generateCopy([base], actors, 3, 3);
    expect(copy.id).toEqual('2024-11-01-bench-3-minister-visits-port');
    expect(copy.published).toEqual('2024-11-01');
    expect(copy.mdx).toEqual(
      [
        '---',
        '# Synthetic benchmark source: copy 3 of 2024-10-29-unknown-minister-visits-port, 3 day(s) later.',
        'title: "Minister Tom Hale visits the port on Nov. 2"',
        'publisher: null',
        'published: "2024-11-01"',
        'published_basis:',
        '  kind: "stated"',
        '  note: "date line \\"November 1, 2024\\""',
        'wire: []',
        'notes: []',
        '---',
        '',
        'Minister Tom Hale said on Friday that 600 workers \\{and some 40 ships\\} were at the port.',
        '',
        'Hale added that 600 workers had arrived in July.',
        '',
      ].join('\n'),
    );
  });
});

describe('generateCorpus from the real sources', () => {
  const bases = readBaseSources(REPO);
  const actors = loadTopic(REPO).actors;
  const corpus = generateCorpus(bases, actors, 12, 7);

  it('is the same for the same seed, and another for another seed', () => {
    expect(generateCorpus(bases, actors, 12, 7)).toEqual(corpus);
    expect(generateCorpus(bases, actors, 12, 8).map((source) => source.mdx)).not.toEqual(corpus.map((source) => source.mdx));
  });

  it('gives copy k the same text whatever the corpus size', () => {
    expect(generateCorpus(bases, actors, 4, 7)).toEqual(corpus.slice(0, 4));
  });

  it('gives every copy a unique id that is a valid source file name', () => {
    const ids = corpus.map((source) => source.id);
    expect(new Set(ids).size).toEqual(ids.length);
    for (const id of ids) expect(id).toMatch(/^\d{4}-\d{2}-\d{2}-bench-\d+-[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('writes frontmatter that passes SourceSchema, published k days after the original', () => {
    for (const source of corpus) {
      const parsed = parseBaseSource(source.id, source.mdx);
      expect(SourceSchema.safeParse(parsed.frontmatter).success).toBe(true);
      const original = bases[source.k % bases.length];
      expect(parsed.frontmatter.published).toEqual(addDays(original?.frontmatter.published ?? '', source.k));
    }
  });

  it('keeps every body valid MDX with the paragraphs of its original', () => {
    for (const source of corpus) {
      const body = source.mdx.slice(source.mdx.indexOf('\n---\n', 4) + 5);
      const original = bases[source.k % bases.length]?.paragraphs.join('\n\n') ?? '';
      expect(bodyParagraphs(parseMdxBody(body)).length).toEqual(bodyParagraphs(parseMdxBody(original)).length);
    }
  });
});
