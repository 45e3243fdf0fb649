import { z } from 'astro/zod';

/** An id of an extracted item (event, statement or figure). */
const itemId = z.string({ error: 'id must be the id of an event, statement or figure' }).min(1);

const CitationInputSchema = z.object({
  source: z.string({ error: 'source must be a source id' }).min(1),
  paragraph: z.number({ error: 'paragraph must be a paragraph number' }).int().positive(),
  /** Must occur verbatim in the cited paragraph; the build checks it. */
  evidence: z.string({ error: 'evidence must be the exact words of the cited paragraph' }).min(1),
});

/** An editorial override of the extracted model. */
export const OverrideSchema = z.discriminatedUnion('action', [
  /** Hide an extracted item that is wrong or not worth showing. */
  z.object({ action: z.literal('suppress'), id: itemId, reason: z.string().min(1) }),
  /** Replace fields of an extracted item. */
  z.object({
    action: z.literal('correct'),
    id: itemId,
    reason: z.string().min(1),
    set: z.record(z.string(), z.unknown(), { error: 'set must map field names to new values' }),
  }),
  /** Add an item the extractor missed; its citations are verified like any other. */
  z.object({
    action: z.literal('add'),
    type: z.enum(['event', 'statement', 'figure'], { error: 'type must be one of: event, statement, figure' }),
    /** The added item's id, its anchor on the page: readable and never reused. */
    id: z.string({ error: 'id is required for an added item: a readable anchor such as "2024-10-25-talks-held"' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id must use a-z, 0-9 and single hyphens' }),
    reason: z.string().min(1),
    item: z.record(z.string(), z.unknown()),
    citations: z.array(CitationInputSchema).min(1, { error: 'an added item needs at least one citation' }),
  }),
], { error: 'action must be one of: suppress, correct, add' });

/** `content/briefing.yaml`: the briefing's title, description and editorial overrides. */
export const BriefingFileSchema = z.object({
  /** Site and briefing title. */
  title: z.string({ error: 'title is required' }).min(1),
  /** One or two sentences shown on the home page and in search engines. */
  description: z.string({ error: 'description is required' }).min(1),
  /** Language of the site, BCP 47 (e.g. "en"). */
  lang: z.string().default('en'),
  overrides: z.array(OverrideSchema).default([]),
});

export type BriefingFile = z.infer<typeof BriefingFileSchema>;
export type Override = z.infer<typeof OverrideSchema>;
