import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';

/** How a frontmatter value was arrived at: read from the article, or supplied by the editor. */
const BasisSchema = z.object({
  /** `stated`: the article says it; `inferred`: the editor worked it out; `editor`: the editor wrote it. */
  kind: z.enum(['stated', 'inferred', 'editor'], {
    error: 'kind must be one of: stated, inferred, editor',
  }),
  /** What the value rests on, e.g. the date line quoted, or the reasoning behind an inferred date. */
  note: z.string({ error: 'note must be text explaining the basis' }).min(1, { error: 'note must not be empty' }),
});

/** Frontmatter of one source article, `content/sources/<id>.mdx`. */
export const SourceSchema = z.strictObject(
  {
    /** The article's headline, or a neutral title written by the editor (see `title_basis`). */
    title: z
      .string({ error: 'title is required: the headline, or a neutral title you write (then add title_basis)' })
      .trim()
      .min(1, { error: 'title must not be empty' }),
    /** Present only when the editor wrote the title because the original had no headline. */
    title_basis: BasisSchema.optional(),
    /** The outlet that published the article; `null` when the text does not say. */
    publisher: z
      .string({ error: 'publisher must be the outlet name, or null when the text does not say' })
      .min(1, { error: 'publisher must not be empty; use null when the text does not say' })
      .nullable(),
    /** Publication day, `YYYY-MM-DD`. */
    published: isoDate('published'),
    /** Whether `published` is stated in the text or inferred by the editor, and from what. */
    published_basis: BasisSchema,
    /** News agencies credited in the article (e.g. Reuters, IANS); may be empty. */
    wire: z.array(z.string().min(1), { error: 'wire must be a list of agency names, e.g. [Reuters], or []' }).default([]),
    /** Where the article was published, when known. */
    url: z.url({ error: 'url must be an absolute http(s) URL' }).optional(),
    /** The author line as printed, when there is one. */
    byline: z.string().min(1).optional(),
    /** Editor's notes on defects of the original (a missing name, a dropped word), shown to readers. */
    notes: z.array(z.string().min(1), { error: 'notes must be a list of sentences' }).default([]),
  },
  {
    // A misspelt field would otherwise vanish silently.
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling; the fields are title, title_basis, publisher, published, published_basis, wire, url, byline, notes`
        : undefined,
  },
);

export type SourceFrontmatter = z.infer<typeof SourceSchema>;
