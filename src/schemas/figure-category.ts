import { z } from 'astro/zod';
import { slugId } from './slug.ts';

/** One entry of `content/figure-categories.yaml`: a kind of number the briefing tracks. */
export const FigureCategorySchema = z.object({
  /** Stable id, used in data files and anchors (`#troops`). */
  id: slugId('id'),
  /** Heading shown to readers, e.g. "Troops deployed". */
  label: z.string({ error: 'label is required' }).min(1),
  /** One sentence on what the category counts. */
  description: z.string().min(1).optional(),
  /** Nouns that, following a number, make it a figure of this category ("troops", "soldiers", "casualties"). Lowercase; multi-word allowed. */
  units: z.array(z.string().min(1), { error: 'units must be a list of nouns' }).min(1, { error: 'units needs at least one noun' }),
  /** Words in the same sentence that confirm the category when a unit noun is shared ("sent", "deployed", "killed"). */
  cues: z.array(z.string().min(1)).default([]),
});

export const FigureCategoriesFileSchema = z.array(FigureCategorySchema, { error: 'the file must be a YAML list of categories' });

export type FigureCategory = z.infer<typeof FigureCategorySchema>;
