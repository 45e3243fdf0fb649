/**
 * The gold annotation format, version 2 (test/fixtures/corpus/README.md), as a schema: one file per
 * article, every statement, figure and dated event found by a verbatim snippet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { isCalendarDate } from '../../../src/schemas/iso-date.ts';

const day = z.string().refine(isCalendarDate, 'a YYYY-MM-DD date');
const actorId = z.string().min(1);
const snippet = z.string().min(1);

export const STANCES = ['confirms', 'denies', 'unconfirmed', 'warns', 'condemns', 'pledges', 'threatens', 'calls-for', 'other'] as const;
export const STAGES = ['reported', 'cumulative', 'planned', 'expected'] as const;
export const PRECISIONS = ['day', 'week', 'month', 'year', 'range'] as const;

const GoldDateSchema = z.strictObject({ text: z.string().min(1), start: day.nullable(), end: day.nullable(), precision: z.enum(PRECISIONS) });

const GoldStatementSchema = z.strictObject({
  kind: z.enum(['quote', 'reported']),
  evidence: snippet,
  speaker: z.string().min(1),
  role: z.string().min(1).nullable().optional(),
  actor: actorId.nullable(),
  government: actorId.nullable(),
  verb: z.string().min(1).nullable(),
  negated: z.boolean(),
  stance: z.enum(STANCES),
  date: GoldDateSchema.nullable(),
});

const GoldFigureSchema = z.strictObject({
  text: snippet,
  value: z.number().positive().nullable(),
  qualifier: z.string().min(1).nullable(),
  unit: z.string().min(1).nullable(),
  category: z.string().min(1),
  stage: z.enum(STAGES),
  claimant: actorId.nullable(),
  government: actorId.nullable(),
  as_of: GoldDateSchema.nullable(),
});

const GoldEventSchema = z.strictObject({
  evidence: snippet,
  date_text: z.string().min(1),
  start: day.nullable(),
  end: day.nullable(),
  precision: z.enum(PRECISIONS),
  expected: z.boolean(),
  actors: z.array(actorId),
  claimant: actorId.nullable(),
});

/** A negative item: its verbatim words (as `evidence` or `text`) and, ideally, why it is not an item. */
const negative = (key: 'evidence' | 'text') =>
  z
    .strictObject({ evidence: snippet.optional(), text: snippet.optional(), reason: z.string().min(1).optional() })
    .refine((item) => (item.evidence ?? item.text) !== undefined, 'needs its verbatim words, as evidence or text')
    .transform((item) => ({ [key]: (item.evidence ?? item.text) as string, reason: item.reason ?? '' }) as Record<typeof key, string> & { reason: string });

export const GoldArticleSchema = z.strictObject({
  version: z.literal(2),
  id: z.string().min(1),
  url: z.string().nullable(),
  publisher: z.string().min(1).nullable(),
  wire: z.array(z.string().min(1)),
  published: day,
  published_basis: z.enum(['stated', 'inferred']),
  truncated: z.boolean(),
  notes: z.string().optional(),
  statements: z.array(GoldStatementSchema),
  figures: z.array(GoldFigureSchema),
  events: z.array(GoldEventSchema),
  non_statements: z.array(negative('evidence')).default([]),
  non_figures: z.array(negative('text')).default([]),
});

export type GoldArticle = z.infer<typeof GoldArticleSchema>;
export type GoldStatement = z.infer<typeof GoldStatementSchema>;
export type GoldFigure = z.infer<typeof GoldFigureSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type GoldDate = z.infer<typeof GoldDateSchema>;

/** Reads and validates every `*.yaml` of a gold folder; a bad file names itself and the field. */
export function readGoldFolder(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const result = GoldArticleSchema.safeParse(parse(readFileSync(file, 'utf8')));
      if (!result.success) {
        const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
        throw new Error(`${file} is not a valid gold file (test/fixtures/corpus/README.md):\n${problems}`);
      }
      return result.data;
    });
}
