/**
 * Copy from some outlets writes every apostrophe as the modifier letter apostrophe (U+02BC: "the
 * countryʼs ministry"), which no rule reads as a possessive. The detectors read it as the right single
 * quotation mark instead, one character for one, so every offset into the paragraph stays valid and
 * evidence is still cut from the paragraph as printed.
 */

/** The text with each modifier letter apostrophe read as ’. */
export function foldModifierApostrophes(text: string): string {
  return text.includes('\u02BC') ? text.replace(/\u02BC/g, '’') : text;
}
