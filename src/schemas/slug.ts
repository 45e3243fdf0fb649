import { z } from 'astro/zod';

/** A lowercase, hyphenated id such as `united-states`; used in URLs and anchors, so it never changes. */
export function slugId(field: string) {
  return z
    .string({ error: `${field} must be a lowercase id such as "united-states"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `${field} must use only a-z, 0-9 and single hyphens, e.g. "united-states"` });
}
