/**
 * A wire dateline that opens a paragraph ("FREDONBURG, Freedonia, September 20.", "Feb 20 (Courier) - …",
 * "MARSH CITY, Oct. 23 (Courier) -- …") says where and when the copy was filed, not that anything
 * happened that day. The importer keeps it in the paragraph, as filed; the chronology must not
 * date an event by it.
 */

/** A month as written, or in capitals as some wires print it ("OCTOBER 5"). */
const MONTH = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\.?`;
const DAY = String.raw`(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?`;
/** A place in capitals ("FREDONBURG", "MARSH CITY"), then maybe its country: "FREDONBURG, Freedonia,". */
const PLACE = String.raw`\p{Lu}{2,}[\p{Lu}.'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}.'’-]*){0,2},\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*)?`;
/**
 * A place as a word or two in title case, maybe with its country in brackets ("Marsh City,", "Marsh
 * City [Freedonia],"): a dateline only with an agency after the day, a colon, or nothing after it.
 */
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:\s*\[[^\[\]]{2,30}\])?,\s*`;
const AGENCY = String.raw`\([^()]{2,40}\)`;
/** An agency in capitals after the day and a comma: "MARSH CITY, OCTOBER 5, COURIERPRESS:". */
const CAPITAL_AGENCY = String.raw`,\s*\p{Lu}{2,}[\p{Lu}.'’-]*`;
const END = String.raw`\s*(?:\.-|\.|-{1,2}|–|—|:)(?=\s|$)`;

/** A day with its year, as a credit line opens: "04 October 2023", "October 4, 2023". */
const DAY_WITH_YEAR = String.raw`(?:${MONTH}\s+\d{1,2},?|\d{1,2}\s+${MONTH},?)\s+\d{4}`;
/**
 * No place, but an outlet or agency in capitals between the day and the copy: "04 October 2023; MEMO:
 * …", "October 4, 2023, AFP – …". A day alone before a colon ("4 October 2023: the talks resumed") is a
 * dated item of a chronology, not a dateline.
 */
const AGENCY_CREDIT = String.raw`${DAY_WITH_YEAR}\s*[;,]?\s*\p{Lu}{2,}[\p{Lu}.'’-]*\s*(?::|-{1,2}|–|—)(?=\s)`;

/**
 * A syndication credit in parentheses before a dateline, maybe with an agency in its own parentheses:
 * "(Syndic- Ostmark Agency (OA)) MARSH CITY, April 28 (OA) -- …".
 */
const LEADING_CREDIT = String.raw`(?:\((?:[^()]|\([^()]{1,20}\)){2,80}\)\s*)?`;

/**
 * A place, then a credit in parentheses that holds the day with its year: "Fredonburg, (OA - Courier -
 * 28th Apr, 2025) The minister …".
 */
const PLACE_THEN_CREDIT = String.raw`${TITLE_PLACE}\([^()]{0,80}?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\)`;

/** A place, a dash and a day with its year, as the whole paragraph: "Fredonburg - October,15,2023". */
const PLACE_DASH_DAY = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s*[-–—]\s*${MONTH}\s*,?\s*\d{1,2}\s*,\s*\d{4}\s*$`;

/**
 * With a place in capitals, the agency is optional (in parentheses, or in capitals after a comma);
 * otherwise the agency in parentheses must be there (after a comma or not: "Marsh City, July 14,
 * (Courier) –"), and may end the dateline with no punctuation before the first sentence ("Marsh City,
 * July 14 (Courier) The …"), or the day closes with a colon ("Marsh City, Sept 3: …", "Marsh City
 * [Freedonia], April 28 : …"), or the place and day are the whole paragraph ("Marsh City, September 19");
 * or a day with its year credits an agency in capitals (`AGENCY_CREDIT`), or stands in a credit after
 * the place (`PLACE_THEN_CREDIT`), or after the place and a dash as the whole paragraph
 * (`PLACE_DASH_DAY`). A syndication credit may come first (`LEADING_CREDIT`).
 */
export const DATELINE = new RegExp(
  String.raw`^\s*${LEADING_CREDIT}(?:${PLACE}${DAY}(?:\s*${AGENCY}|${CAPITAL_AGENCY})?${END}|(?:${TITLE_PLACE})?${DAY},?\s*${AGENCY}(?:${END}|(?=\s+\p{Lu}))|${TITLE_PLACE}${DAY}\s?:(?=\s)|${TITLE_PLACE}${DAY}\s*$|${AGENCY_CREDIT}|${PLACE_THEN_CREDIT}|${PLACE_DASH_DAY})`,
  'u',
);

/** One stamp of a byline: "Published September 23, 2023", "Updated on 11 Feb, 2024 05:35am". */
const STAMP = String.raw`(?:Published|Updated|Posted|Last [Uu]pdated)(?:\s+on)?:?\s+${DAY}(?:\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?`;

/**
 * A byline with the day of publication ("Courier Published September 23, 2023", "Courier Published 11 Feb,
 * 2024 05:35am", "Anna Berg (@annaberg) Published April 28, 2025 | 12:50 PM"), and the day it was
 * updated when a second stamp follows ("Published on May 3, 2024 3:48 p.m. Updated on May 3, 2024
 * 4:30 p.m"): it dates the copy, not anything in it.
 */
export const BYLINE = new RegExp(
  String.raw`^\s*(?:(?:\p{Lu}[\p{L}.'’&-]*|\(@?[\w.]+\))\s+){0,5}${STAMP}(?:\s*[|·,;.]?\s*${STAMP})*`,
  'u',
);

/**
 * What every dateline and byline holds: the stem of a month, as MONTH writes it (case matters). Most
 * paragraphs hold none, and both patterns are slow to try (test/assemble/dateline.test.ts holds them to it).
 */
export const MONTH_CUE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;

/** Where the opening dateline or byline of a paragraph ends (0 when it has none). */
export function openingDatelineEnd(paragraphText: string): number {
  if (!MONTH_CUE.test(paragraphText)) return 0;
  return DATELINE.exec(paragraphText)?.[0].length ?? BYLINE.exec(paragraphText)?.[0].length ?? 0;
}
