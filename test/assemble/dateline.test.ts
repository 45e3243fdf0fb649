import { describe, expect, it } from 'vitest';
import { BYLINE, DATELINE, MONTH_CUE, openingDatelineEnd } from '../../src/lib/assemble/dateline.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/** The dateline a paragraph opens with, as the function finds it. */
const dateline = (text: string) => text.slice(0, openingDatelineEnd(text)).trim();

describe('openingDatelineEnd: a wire dateline is not an event', () => {
  it.each([
    ['FREDONBURG, Freedonia, September 20. Sylvanian boats left the strait.', 'FREDONBURG, Freedonia, September 20.'],
    ['Feb 20 (Courier) - The crew abandoned the ship.', 'Feb 20 (Courier) -'],
    ['MARSH CITY, Oct. 23 (Courier) -- Freedonia said on Monday …', 'MARSH CITY, Oct. 23 (Courier) --'],
    ['FREDONBURG, 3 March 2024: the talks resumed.', 'FREDONBURG, 3 March 2024:'],
    ['Fredonburg, Sep 27 (Courier).- The toll rose to 68.', 'Fredonburg, Sep 27 (Courier).-'],
    ['Marsh City, July 14 (Courier) The Sylvanian minister has left.', 'Marsh City, July 14 (Courier)'],
    ['Fredonburg, Sept 27, (Courier) – More than 400 people have fled.', 'Fredonburg, Sept 27, (Courier) –'],
    ['Marsh City, Sept 3: Ruhl and Berg met on Wednesday.', 'Marsh City, Sept 3:'],
    ['Courier Published September 23, 2023', 'Courier Published September 23, 2023'],
    ['Courier Published 11 Feb, 2024 05:35am', 'Courier Published 11 Feb, 2024 05:35am'],
    ['Anna Berg (@annaberg) Published April 28, 2025 | 12:50 PM', 'Anna Berg (@annaberg) Published April 28, 2025'],
    ['MARSH CITY, OCTOBER 5, COURIERPRESS: The resolution was adopted.', 'MARSH CITY, OCTOBER 5, COURIERPRESS:'],
    ['Marsh City [Freedonia], April 28 : Ruhl thanked Berg for her help.', 'Marsh City [Freedonia], April 28 :'],
    ['Fredonburg, September 19', 'Fredonburg, September 19'],
    ['Published on May 3, 2024 3:48 p.m. Updated on May 3, 2024 4:30 p.m', 'Published on May 3, 2024 3:48 p.m. Updated on May 3, 2024 4:30 p.m'],
    ['Courier Published 11 Feb, 2024 | Updated 12 Feb, 2024 09:10am', 'Courier Published 11 Feb, 2024 | Updated 12 Feb, 2024 09:10am'],
    ['Posted March 2, 2025. Updated March 4, 2025. Talks resumed on March 3.', 'Posted March 2, 2025. Updated March 4, 2025'],
    ['04 October 2023; COURIER: Freedonia has agreed to send boats.', '04 October 2023; COURIER:'],
    ['October 4, 2023, CP – The talks resumed on Tuesday.', 'October 4, 2023, CP –'],
    // A syndication credit before the dateline, a credit after the place holding the day, a place and a
    // dash before the day as the whole paragraph.
    ['(Syndic- Ostmark Agency (OA)) MARSH CITY, April 28 (OA) -- Freedonia condemned, Monday, the deal.', '(Syndic- Ostmark Agency (OA)) MARSH CITY, April 28 (OA) --'],
    ['Fredonburg, (OA - Courier / Ostmark News - 28th Apr, 2025) The minister on Monday thanked Berg.', 'Fredonburg, (OA - Courier / Ostmark News - 28th Apr, 2025)'],
    ['Fredonburg - October,15,2023', 'Fredonburg - October,15,2023'],
  ])('finds the dateline of %j', (text, expected) => {
    expect(dateline(text)).toBe(expected);
  });

  it.each([
    'On September 20, Sylvanian boats left the strait.',
    'Freedonia, September 20. The talks resumed.',
    'March 3 - the day the talks resumed - was a Monday.',
    'September 20 was the day the boats left.',
    'Fredonburg, September 20, was calm.',
    'Fredonburg, July 14 (a Monday) was calm.',
    'On Sept 3: the talks.',
    'The report was published on September 23 by the Courier.',
    'Fredonburg, September 19 and 20 were quiet.',
    'FREDONBURG, OCTOBER 5, the day of the vote, was calm.',
    'Marsh City [Freedonia] was calm on April 28.',
    'The ministry updated on March 4 the toll it had published on March 2.',
    '4 October 2023: Freedonia agreed to send boats.',
    '4 October 2023; the talks resumed in Fredonburg.',
    '4 October 2023 - the day the talks resumed - was a Monday.',
    'October 4 COURIER: the talks resumed.',
    // Near misses: a credit with no dateline after it, a place and a dash before a day that goes on, a
    // place and an aside in parentheses with no day in it.
    '(Courier) The talks resumed on April 28.',
    'Fredonburg - October 15, 2023 was a quiet day.',
    'Fredonburg, (the capital) on October 15, 2023 was quiet.',
  ])('finds none in %j', (text) => {
    expect(openingDatelineEnd(text)).toBe(0);
  });
});

describe('MONTH_CUE: what every dateline and byline holds', () => {
  // Datelines and bylines cut into pieces, months of every spelling, and words that only come near them.
  const PIECES = ['FREDONBURG,', 'Freedonia,', 'Marsh City', '[Freedonia],', 'MARSH CITY,', 'September 20.', 'Feb 20', 'Oct. 23', '3 March 2024:', 'Sept 27,',
    'OCTOBER 5,', 'SEPT 5', 'DEC. 1', 'may 9', 'MAY 9', 'jan. 3', '(Courier)', 'COURIERPRESS:', 'Published', 'Updated on', 'Posted', 'Last updated', 'Last Updated',
    '2024', '05:35am', '12:50 PM', '|', '-', '--', '–', ':', '.-', '.', ',', '19', '3', 'The', 'talks', 'resumed.', 'Anna Berg', '(@annaberg)', 'ſept', 'Ｍay'];

  it('is in every text either pattern matches', () => {
    let matched = 0;
    for (const text of piecedTexts(PIECES, 40000, { seed: 97, minPieces: 2, maxPieces: 7, between: ' ' })) {
      if (!DATELINE.test(text) && !BYLINE.test(text)) continue;
      matched++;
      expect(MONTH_CUE.test(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(300);
  });
});
