import { stringify } from 'yaml';
import type { Actor } from '../../src/schemas/actor.ts';
import type { BaseSource } from './base-sources.ts';
import { createRandom, seedOf } from './random.ts';
import { createFigureScaler } from './scale-figures.ts';
import { addDays, shiftDates } from './shift-dates.ts';
import { createNameSwapper, drawStandIns } from './swap-names.ts';

/** One synthetic source: a real article moved in time, with other officials and other figures. */
export interface GeneratedSource {
  /** `<published>-bench-<k>-<words of the original id>`, unique by `k`. */
  id: string;
  /** Copy number, from 0. */
  k: number;
  /** The id of the real source it varies. */
  base: string;
  published: string;
  /** The whole file: frontmatter and MDX body. */
  mdx: string;
}

/** The seed used when none is given; change it to get another, equally valid corpus. */
export const DEFAULT_SEED = 1;

/** Words of a source id after `<date>-<publisher>-`, at most four. */
function idWords(id: string): string {
  return id.split('-').slice(4, 8).join('-') || 'source';
}

/**
 * Copy `k` of a corpus: the real source `bases[k mod n]`, published `k` days later, every
 * date in it moved with it, officials and commentators swapped for others of the same kind
 * and government, and its figures multiplied. Everything is drawn from a PRNG seeded by
 * (`seed`, `k`), so copy `k` is the same in a corpus of 10 and of 1,000.
 */
export function generateCopy(bases: readonly BaseSource[], actors: readonly Actor[], k: number, seed: number = DEFAULT_SEED): GeneratedSource {
  const base = bases[k % bases.length];
  if (!base) throw new Error('The benchmark needs at least one real source in content/sources.');
  const random = createRandom(seedOf(seed, k));
  const swap = createNameSwapper(drawStandIns(actors, random));
  const scale = createFigureScaler(random);
  const { frontmatter } = base;
  const vary = (text: string): string => shiftDates(scale(swap(text)), frontmatter.published, k);

  const published = addDays(frontmatter.published, k);
  const id = `${published}-bench-${k}-${idWords(base.id)}`;
  const data = {
    title: vary(frontmatter.title),
    ...(frontmatter.title_basis ? { title_basis: { ...frontmatter.title_basis, note: vary(frontmatter.title_basis.note) } } : {}),
    publisher: frontmatter.publisher,
    published,
    published_basis: { ...frontmatter.published_basis, note: vary(frontmatter.published_basis.note) },
    wire: frontmatter.wire,
    ...(frontmatter.byline ? { byline: swap(frontmatter.byline) } : {}),
    notes: frontmatter.notes.map(vary),
  };
  // `url` is left out: the copy was never published there.
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const body = base.paragraphs.map(vary).join('\n\n');
  const mdx = `---\n# Synthetic benchmark source: copy ${k} of ${base.id}, ${k} day(s) later.\n${yaml}---\n\n${body}\n`;
  return { id, k, base: base.id, published, mdx };
}

/** `count` copies, numbered from 0. */
export function generateCorpus(bases: readonly BaseSource[], actors: readonly Actor[], count: number, seed: number = DEFAULT_SEED): GeneratedSource[] {
  return Array.from({ length: count }, (_, k) => generateCopy(bases, actors, k, seed));
}
