/**
 * The parts of a wire dateline as the statement detector reads them ("Fredonburg, Dec 26 (Courier) –"):
 * a place of one to three capitalised words, a day, an agency in brackets. Read in two places: to cut
 * the dateline off the words said (reported-clause.ts) and to know the dateline's side (dateline-side.ts).
 */

/** A place of one to three capitalised words: "Fredonburg", "Marsh City", "MARSH CITY". */
export const DATELINE_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}`;

/** A day, as a month and a number or a number and a month: "Dec 26", "Sept. 3", "26 December". */
export const DATELINE_DAY = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})`;

/** An agency or credit in brackets: "(Courier)", "(NNN-CNA)". */
export const DATELINE_AGENCY = String.raw`\([^()]{1,40}\)`;
