import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';

/** The stance vocabulary of the data contract (DESIGN.md). */
export const STANCES = ['confirms', 'denies', 'unconfirmed', 'warns', 'condemns', 'pledges', 'threatens', 'calls-for', 'other'] as const;
/** Figure stages of the data contract. */
export const STAGES = ['reported', 'cumulative', 'planned', 'expected'] as const;

/*
 * The fields of an item an editor adds in content/briefing.yaml. Messages follow the field's path
 * ("date: must be …"), so each says what to write rather than zod's "Invalid input".
 */

/** A date as stated in the text and the range it resolves to. */
export const ResolvedDateSchema = z.object(
  {
    /** The words of the text, e.g. "last week". */
    text: z.string({ error: 'must be the words of the text, e.g. "on Wednesday"' }).min(1, { error: 'must not be empty' }),
    start: isoDate('date.start').nullable(),
    end: isoDate('date.end').nullable(),
    precision: z.enum(['day', 'week', 'month', 'year', 'range'], { error: 'must be one of: day, week, month, year, range' }),
  },
  { error: 'must be a date: { text: "on Wednesday", start: 2024-10-23, end: 2024-10-23, precision: day } (start or end may be null)' },
);

export const SpeakerSchema = z.object(
  {
    name: z.string({ error: 'must be the name as printed, or null' }).min(1).nullable(),
    description: z.string({ error: 'must describe the speaker, e.g. "a senior official"' }).min(1),
    actor: z.string({ error: 'must be an actor id from content/actors.yaml, or null' }).min(1).nullable(),
  },
  { error: 'must be a speaker: { name: … or null, description: "…", actor: an actor id or null }' },
);

/** Fields an editor gives for an added event (citations come separately). */
export const EventItemSchema = z.object({
  date: ResolvedDateSchema,
  expected: z.boolean().default(false),
  actors: z.array(z.string()).default([]),
  governments: z.array(z.string()).default([]),
  /** Must occur verbatim in the evidence of a citation. */
  summary: z.string({ error: 'is required: the sentence of the source, word for word' }).min(1),
  /** The event in a line, verbatim from a citation's evidence; the summary when left out. */
  headline: z.string().min(1).optional(),
  claimant: SpeakerSchema.nullable().default(null),
});

export const StatementItemSchema = z.object({
  speaker: SpeakerSchema,
  government: z.string().nullable().default(null),
  quote: z.string().min(1).nullable().default(null),
  reported: z.string().min(1).nullable().default(null),
  /** The reporting words as written ("said", "denied"). */
  verb: z.string().min(1).nullable().default(null),
  /** True when the speaker denies the content or the reporting is negated. */
  negated: z.boolean().default(false),
  stance: z
    .enum(STANCES, { error: `must be one of: ${STANCES.join(', ')}` })
    .nullable()
    .default(null),
  date: ResolvedDateSchema.nullable().default(null),
});

export const FigureItemSchema = z.object({
  category: z.string({ error: 'is required: a category id from content/figure-categories.yaml' }).min(1),
  value: z.number({ error: 'must be a number, e.g. 12000, or null for a vague amount' }).nullable(),
  /** What the words imply; the value at both ends when left out. */
  bounds: z.object({ min: z.number().nullable(), max: z.number().nullable() }).optional(),
  stage: z.enum(STAGES, { error: `must be one of: ${STAGES.join(', ')}` }).default('reported'),
  qualifier: z.string().nullable().default(null),
  unit: z.string({ error: 'is required: the unit noun as written, e.g. "troops"' }).min(1),
  /** Must occur verbatim in the evidence of a citation. */
  text: z.string({ error: 'is required: the figure as written in the source, e.g. "12,000 troops"' }).min(1),
  claimant: SpeakerSchema,
  government: z.string().nullable().default(null),
  asOf: ResolvedDateSchema.nullable().default(null),
});

export const ItemSchemas = { event: EventItemSchema, statement: StatementItemSchema, figure: FigureItemSchema } as const;
