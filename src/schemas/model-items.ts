import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';

/** A date as stated in the text and the range it resolves to. */
export const ResolvedDateSchema = z.object({
  /** The words of the text, e.g. "last week". */
  text: z.string().min(1),
  start: isoDate('date.start').nullable(),
  end: isoDate('date.end').nullable(),
  precision: z.enum(['day', 'week', 'month', 'year', 'range']),
});

export const SpeakerSchema = z.object({
  name: z.string().min(1).nullable(),
  description: z.string().min(1),
  actor: z.string().min(1).nullable(),
});

/** Fields an editor gives for an added event (citations come separately). */
export const EventItemSchema = z.object({
  date: ResolvedDateSchema,
  expected: z.boolean().default(false),
  actors: z.array(z.string()).default([]),
  governments: z.array(z.string()).default([]),
  /** Must occur verbatim in the evidence of a citation. */
  summary: z.string().min(1),
});

export const StatementItemSchema = z.object({
  speaker: SpeakerSchema,
  government: z.string().nullable().default(null),
  quote: z.string().min(1).nullable().default(null),
  reported: z.string().min(1).nullable().default(null),
  stance: z.string().nullable().default(null),
  date: ResolvedDateSchema.nullable().default(null),
});

export const FigureItemSchema = z.object({
  category: z.string().min(1),
  value: z.number(),
  qualifier: z.string().nullable().default(null),
  unit: z.string().min(1),
  /** Must occur verbatim in the evidence of a citation. */
  text: z.string().min(1),
  claimant: SpeakerSchema,
  government: z.string().nullable().default(null),
  asOf: ResolvedDateSchema.nullable().default(null),
});

export const ItemSchemas = { event: EventItemSchema, statement: StatementItemSchema, figure: FigureItemSchema } as const;
