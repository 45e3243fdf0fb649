import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SourceSchema } from './schemas/source.ts';

// Source articles live outside src/ so a newsroom edits `content/` alone.
const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sources' }),
  schema: SourceSchema,
});

export const collections = { sources };
