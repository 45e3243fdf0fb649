import { z } from 'astro/zod';
import { slugId } from './slug.ts';

/** One entry of `content/actors.yaml`: a government, organisation, body, person, commentator or news outlet. */
export const ActorSchema = z.object({
  /** Stable id, used in data files and anchors (`#united-states`). */
  id: slugId('id'),
  /** Display name. */
  name: z.string({ error: 'name is required' }).min(1),
  /**
   * `government` and `intergovernmental` (e.g. an alliance) are what positions are grouped by;
   * a `body` (ministry, agency, office) and a `person` speak for one; a `commentator` speaks for none;
   * `media` marks outlets whose reports are not statements of a government.
   */
  kind: z.enum(['government', 'intergovernmental', 'body', 'person', 'commentator', 'media'], {
    error: 'kind must be one of: government, intergovernmental, body, person, commentator, media',
  }),
  /** For bodies and people: the government or organisation id they speak for. */
  government: slugId('government').optional(),
  /** For people: the body they belong to, when known. */
  body: slugId('body').optional(),
  /** For people: their office as a reader should see it, e.g. "deputy spokesperson, State Bureau". */
  role: z.string().min(1).optional(),
  /** Other names as they appear in news copy: "Fredonburg", "the Bureau", "the S.R.", a surname. Matched case-sensitively as whole words. */
  aliases: z.array(z.string().min(1), { error: 'aliases must be a list of names' }).default([]),
  /**
   * For governments: the adjectives that mark an unnamed official as theirs
   * ("S.R." in "a senior S.R. administration official", "Freedonian").
   */
  demonyms: z.array(z.string().min(1), { error: 'demonyms must be a list of adjectives' }).default([]),
});

export const ActorsFileSchema = z.array(ActorSchema, { error: 'the file must be a YAML list of actors' });

export type Actor = z.infer<typeof ActorSchema>;
