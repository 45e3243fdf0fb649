import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, inject, it } from 'vitest';
import { pageFile, readPage } from './dist.ts';

const distDir = inject('distDir');
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

// The data contract of DESIGN.md, written out independently of the code that produces it.
const DateSchema = z.strictObject({
  text: z.string().min(1),
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  precision: z.enum(['day', 'week', 'month', 'year', 'range']),
});
const CitationSchema = z.strictObject({
  source: z.string(),
  paragraph: z.number().int().positive(),
  evidence: z.string().min(1),
  href: z.string().regex(/^\/sources\/[a-z0-9-]+\/#p\d+$/),
});
const SpeakerSchema = z.strictObject({ name: z.string().nullable(), description: z.string(), actor: z.string().nullable() });
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Version 2: the ids merged into an entry, and when it was first reported and last updated. */
const Published = { aliases: z.array(z.string()), firstReported: Day, lastUpdated: Day };
const ContractSchema = z.strictObject({
  version: z.literal(2),
  title: z.string(),
  sources: z.array(z.strictObject({ id: z.string(), title: z.string(), publisher: z.string().nullable(), published: z.string().nullable(), href: z.string() })),
  events: z.array(z.strictObject({
    id: z.string(), ...Published, date: DateSchema, expected: z.boolean(), actors: z.array(z.string()), governments: z.array(z.string()),
    summary: z.string(), headline: z.string().min(1), claimant: SpeakerSchema.nullable(), citations: z.array(CitationSchema).min(1),
  })),
  statements: z.array(z.strictObject({
    id: z.string(), ...Published, speaker: SpeakerSchema, government: z.string().nullable(), quote: z.string().nullable(), reported: z.string().nullable(),
    verb: z.string().nullable(), negated: z.boolean(),
    stance: z.enum(['confirms', 'denies', 'unconfirmed', 'warns', 'condemns', 'pledges', 'threatens', 'calls-for', 'other']).nullable(),
    date: DateSchema.nullable(), citations: z.array(CitationSchema).min(1),
  })),
  figures: z.array(z.strictObject({
    id: z.string(), ...Published, category: z.string(), value: z.number().nullable(), bounds: z.strictObject({ min: z.number().nullable(), max: z.number().nullable() }),
    qualifier: z.string().nullable(), unit: z.string(), text: z.string(), stage: z.enum(['reported', 'cumulative', 'planned', 'expected']),
    claimant: SpeakerSchema, government: z.string().nullable(), asOf: DateSchema.nullable(), citations: z.array(CitationSchema).min(1),
  })),
  actors: z.array(z.strictObject({ id: z.string(), name: z.string(), kind: z.string(), government: z.string().nullable() })),
});

describe('data files', () => {
  const briefing = ContractSchema.parse(JSON.parse(read('data/briefing.json')));

  it('briefing.json follows the data contract and has content', () => {
    expect(briefing.events.length).toBeGreaterThan(0);
    expect(briefing.statements.length).toBeGreaterThan(0);
    expect(briefing.figures.length).toBeGreaterThan(0);
  });

  it('dates each entry by the earliest and latest publication day of the sources it cites', () => {
    const published = new Map(briefing.sources.map((source) => [source.id, source.published]));
    for (const entry of [...briefing.events, ...briefing.statements, ...briefing.figures]) {
      const days = entry.citations.map((citation) => published.get(citation.source)!).sort();
      expect([entry.firstReported, entry.lastUpdated], entry.id).toEqual([days[0], days.at(-1)]);
    }
  });

  it('gives no id twice, aliases included', () => {
    const ids = [...briefing.events, ...briefing.statements, ...briefing.figures].flatMap((entry) => [entry.id, ...entry.aliases]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('names only governments and organisations of kind government or intergovernmental', () => {
    const governments = new Set(briefing.actors.filter((a) => a.kind === 'government' || a.kind === 'intergovernmental').map((a) => a.id));
    const used = [...briefing.events.flatMap((e) => e.governments), ...briefing.statements.map((s) => s.government), ...briefing.figures.map((f) => f.government)];
    expect(used.filter((g) => g !== null && !governments.has(g))).toEqual([]);
  });

  it('every citation links to a built paragraph whose text contains the evidence', () => {
    const citations = [...briefing.events, ...briefing.statements, ...briefing.figures].flatMap((item) => item.citations);
    for (const citation of citations) {
      const [path, fragment] = citation.href.split('#') as [string, string];
      const element = readPage(distDir, pageFile(path)).getElementById(fragment);
      expect(element, citation.href).not.toBeNull();
      expect(element!.textContent, citation.href).toContain(citation.evidence);
    }
  });

  it('figures.csv and chronology.csv have a header and one row per item', () => {
    const figures = read('data/figures.csv').trimEnd().split('\r\n');
    expect(figures[0]).toBe('id,category,value,qualifier,unit,text,claimant_name,claimant_description,claimant_actor,government,as_of_text,as_of_start,as_of_end,as_of_precision,citations');
    expect(figures).toHaveLength(briefing.figures.length + 1);
    const chronology = read('data/chronology.csv').trimEnd().split('\r\n');
    expect(chronology[0]).toBe('id,date_text,start,end,precision,expected,actors,governments,summary,citations');
    // Rows start with the entry id; no cell holds a line break, so lines are rows.
    expect(chronology.slice(1).map((line) => line.split(',')[0])).toEqual(briefing.events.map((e) => e.id));
  });
});

describe('data downloads', () => {
  it('are linked from the pages they describe', () => {
    for (const [page, file] of [['figures/index.html', '/data/figures.csv'], ['chronology/index.html', '/data/chronology.csv'], ['positions/index.html', '/data/briefing.json']] as const) {
      const links = readPage(distDir, page).querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, page).toContain(file);
    }
  });
});
