/** Qualifiers that mean the same thing for merging: "around 3,000" and "about 3,000" are one claim. */
export function qualifierClass(qualifier: string | null): string {
  if (!qualifier) return 'exact';
  if (/^(around|about|some|roughly|approximately|an estimated|nearly|almost)$/.test(qualifier)) return 'approximate';
  if (/^(at least|more than|over|as many as)$/.test(qualifier)) return 'minimum';
  if (/up to$/.test(qualifier)) return 'maximum';
  return qualifier;
}
