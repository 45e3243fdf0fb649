import { z } from 'astro/zod';

/*
 * content/anchors.json, the lockfile of published links. The build reads it before it gives
 * entries their ids (an entry keeps the id it was published with) and adds what it publishes;
 * nothing is ever removed. Version 1 held the anchors alone; version 2 adds the records that let
 * a later build recognise an entry, and say what it was once it is gone.
 */

/** An event, statement or figure as it was last published. */
export const EntryRecordSchema = z.strictObject({
  /** What the id names: `event`, `statement` or `figure`. */
  kind: z.enum(['event', 'statement', 'figure'], { error: 'must be one of: event, statement, figure' }),
  /** The entry in a line, as last published ("23 Oct 2024: Talks resumed…"); its notice quotes it once it is gone. */
  label: z.string({ error: 'must be the entry in a line' }),
  /** Publication day of its earliest source when last published, `YYYY-MM-DD` (or empty when unknown). */
  firstReported: z.string({ error: 'must be a date written YYYY-MM-DD' }),
  /**
   * Every citation it has been published with, `<source id>#p<n>: <evidence>`, sorted. An entry that
   * cites any of them again is this entry and keeps its id; they only ever grow.
   */
  members: z.array(z.string({ error: 'must be a citation written "<source id>#p<n>: <evidence>"' })),
  /** The entry it was merged into when it was last published as an alias of another; absent otherwise. */
  mergedInto: z.string().optional(),
});

/** A source as it was last published, and when it joined the briefing. */
export const SourceRecordSchema = z.strictObject({
  title: z.string({ error: 'must be the source’s title' }),
  publisher: z.string().nullable(),
  /** `YYYY-MM-DD`. */
  published: z.string({ error: 'must be a date written YYYY-MM-DD' }),
  /** How many numbered paragraphs its page had (`#p1` … `#p<n>`). */
  paragraphs: z.number({ error: 'must be a whole number' }).int().nonnegative(),
  /** 1-based rank among the sources in the order they joined the briefing: the Updates page lists by it. */
  order: z.number({ error: 'must be a whole number' }).int().positive(),
  /**
   * The day it joined, as far as content can tell: its publication day, or the latest such day of
   * the sources before it when it came later (a backfilled article). `YYYY-MM-DD`.
   */
  added: z.string({ error: 'must be a date written YYYY-MM-DD' }),
});

export const AnchorManifestSchema = z.strictObject({
  version: z.literal(2, { error: 'this build reads version 1 and 2 manifests only' }),
  /** Site-relative link targets ever published (`/sources/<id>/#p4`, `/chronology/#<id>`), sorted. */
  anchors: z.array(
    z.string({ error: 'must be a site-relative path starting with "/"' }).startsWith('/', { error: 'must be a site-relative path starting with "/"' }),
    { error: 'expected a list of anchors such as "/sources/<id>/#p1"' },
  ),
  /** Source id → record. */
  sources: z.record(z.string(), SourceRecordSchema).default({}),
  /** Section anchor (`/chronology/#2024-10`, `/positions/#<government>`, `/figures/#<category>`) → its heading. */
  sections: z.record(z.string(), z.string()).default({}),
  /** Entry id → record. */
  entries: z.record(z.string(), EntryRecordSchema).default({}),
});

export type EntryRecord = z.infer<typeof EntryRecordSchema>;
export type SourceRecord = z.infer<typeof SourceRecordSchema>;
export type AnchorManifest = z.infer<typeof AnchorManifestSchema>;
