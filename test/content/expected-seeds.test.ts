/**
 * Checks the hand-written gold standard (test/fixtures/expected/seeds.yaml) against the seed
 * articles and the topic data, so a typo in it cannot silently lower (or raise) the extractor's score.
 * Seeds are raw text: each non-empty line is one paragraph (broken wraps aside, which no snippet spans).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadTopic } from '../../src/lib/content/load-topic.ts';
import { isCalendarDate } from '../../src/schemas/iso-date.ts';

const SEEDS_DIR = 'test/fixtures/seeds';
const EXPECTED = 'test/fixtures/expected/seeds.yaml';

const seed = z.string().regex(/^\d{3}$/);
const day = z.string().refine(isCalendarDate, 'a YYYY-MM-DD date');
const actorId = z.string().min(1);

const ExpectedSchema = z.strictObject({
  version: z.literal(1),
  sources: z.array(z.strictObject({ seed, published: day, basis: z.enum(['stated', 'inferred']) })),
  quotes: z.array(z.strictObject({ seed, evidence: z.string().min(1), speaker: z.string().min(1), actor: actorId.nullable(), government: actorId.nullable() })),
  non_quotes: z.array(z.strictObject({ seed, evidence: z.string().min(1), reason: z.string().min(1) })),
  figures: z.array(
    z.strictObject({
      seed,
      text: z.string().min(1),
      value: z.number().positive(),
      qualifier: z.string().min(1).nullable(),
      unit: z.string().min(1).nullable(),
      category: z.string().min(1),
      claimant: actorId.nullable(),
      government: actorId.nullable(),
    }),
  ),
  non_figures: z.array(z.strictObject({ seed, text: z.string().min(1), reason: z.string().min(1) })),
  events: z.array(
    z.strictObject({
      seed,
      evidence: z.string().min(1),
      date_text: z.string().min(1),
      start: day.nullable(),
      end: day.nullable(),
      precision: z.enum(['day', 'week', 'month', 'year', 'range']),
      expected: z.boolean(),
    }),
  ),
});

const expected = ExpectedSchema.parse(parse(readFileSync(EXPECTED, 'utf8')));
const topic = loadTopic();
const actors = new Map(topic.actors.map((actor) => [actor.id, actor]));

/** Seed prefix ("003") → its paragraphs (non-empty lines). */
const seeds = new Map(
  readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name.slice(0, 3), readFileSync(join(SEEDS_DIR, name), 'utf8').split('\n').filter((line) => line.trim() !== '')]),
);

/** The paragraphs of `seedId` containing `snippet`. */
function paragraphsWith(seedId: string, snippet: string): string[] {
  return (seeds.get(seedId) ?? []).filter((paragraph) => paragraph.includes(snippet));
}

/** Items whose snippet does not occur in exactly one paragraph, for a readable failure. */
function notInExactlyOne(items: { seed: string; snippet: string }[]) {
  return items.map((item) => ({ ...item, found: paragraphsWith(item.seed, item.snippet).length })).filter((item) => item.found !== 1);
}

function daysBetween(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / 86_400_000;
}

describe('expected/seeds.yaml', () => {
  it('gives a publication date for every seed', () => {
    expect(expected.sources.map((source) => source.seed).sort()).toEqual([...seeds.keys()].sort());
  });

  it('locates every item in exactly one paragraph of its seed', () => {
    const items = [
      ...expected.quotes.map(({ seed, evidence }) => ({ seed, snippet: evidence })),
      ...expected.non_quotes.map(({ seed, evidence }) => ({ seed, snippet: evidence })),
      ...expected.figures.map(({ seed, text }) => ({ seed, snippet: text })),
      ...expected.non_figures.map(({ seed, text }) => ({ seed, snippet: text })),
      ...expected.events.map(({ seed, evidence }) => ({ seed, snippet: evidence })),
    ];
    expect(notInExactlyOne(items)).toEqual([]);
  });

  it('lists every pair of quotation marks as a quote or a non-quote', () => {
    for (const [seedId, paragraphs] of seeds) {
      const text = paragraphs.join('\n');
      const pairs = (text.match(/“/g) ?? []).length + (text.match(/"/g) ?? []).length / 2;
      const listed = [...expected.quotes, ...expected.non_quotes].filter((item) => item.seed === seedId).length;
      expect({ seed: seedId, listed }).toEqual({ seed: seedId, listed: pairs });
    }
  });

  it('uses actor ids that exist, with governments of the right kind', () => {
    const governmentKinds = ['government', 'intergovernmental'];
    const speakers = [...expected.quotes.map((quote) => quote.actor), ...expected.figures.map((figure) => figure.claimant)];
    const governments = [...expected.quotes, ...expected.figures].map((item) => item.government);
    expect(speakers.filter((id) => id !== null && !actors.has(id))).toEqual([]);
    expect(governments.filter((id) => id !== null && !governmentKinds.includes(actors.get(id)?.kind ?? ''))).toEqual([]);
  });

  it('gives each speaker and claimant the government they speak for', () => {
    const mismatched = [...expected.quotes.map(({ seed, evidence, actor, government }) => ({ seed, evidence, actor, government })),
      ...expected.figures.map(({ seed, text, claimant, government }) => ({ seed, evidence: text, actor: claimant, government }))]
      .filter(({ actor, government }) => {
        if (actor === null) return false;
        const found = actors.get(actor);
        const speaksFor = found?.government ?? (found && ['government', 'intergovernmental'].includes(found.kind) ? found.id : null);
        return speaksFor !== government;
      });
    expect(mismatched).toEqual([]);
  });

  it('writes figures as qualifier + number + unit, in known categories', () => {
    const categories = new Map(topic.figureCategories.map((category) => [category.id, category]));
    const wrong = expected.figures.filter(
      (figure) =>
        !categories.has(figure.category) ||
        (figure.qualifier !== null && !figure.text.startsWith(figure.qualifier)) ||
        (figure.unit !== null && !figure.text.endsWith(figure.unit)) ||
        (figure.unit !== null && !(categories.get(figure.category)?.units ?? []).some((unit) => figure.unit?.endsWith(unit))),
    );
    expect(wrong).toEqual([]);
  });

  it('resolves event dates consistently with their precision', () => {
    const wrong = expected.events.filter((event) => {
      const { start, end, precision } = event;
      if (!paragraphsWith(event.seed, event.evidence)[0]?.includes(event.date_text)) return true;
      if (start !== null && end !== null && start > end) return true;
      if (precision === 'day') return start === null || start !== end;
      // A week runs Monday to Sunday.
      if (precision === 'week') return start === null || end === null || new Date(start).getUTCDay() !== 1 || daysBetween(start, end) !== 6;
      if (precision === 'month') return start === null || end === null || !start.endsWith('-01') || start.slice(0, 7) !== end.slice(0, 7);
      if (precision === 'year') return start === null || end === null || !start.endsWith('-01-01') || !end.endsWith('-12-31') || start.slice(0, 4) !== end.slice(0, 4);
      return start === null && end === null;
    });
    expect(wrong).toEqual([]);
  });

  it('resolves nothing past the publication date unless it is expected', () => {
    const published = new Map(expected.sources.map((source) => [source.seed, source.published]));
    const wrong = expected.events.filter((event) => !event.expected && (event.end ?? event.start ?? '') > (published.get(event.seed) ?? ''));
    expect(wrong).toEqual([]);
  });
});
