import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

const PUBLISHED = '2024-10-23';

/** Each input holds no date mention at all. */
const noDates = [
  'The 56th meeting of the committee was held.',
  'It is a 2 1/2 year old war.',
  'Around 12,000 troops were sent, including some 1,500 soldiers.',
  'In 2,000 cases the claims were rejected.',
  'They march on the capital.',
  'More troops may be sent.',
  'Prime Minister Anna May said nothing.',
  'April Ryan asked the first question.',
  // After a preposition too, a month that is also a given name may open a name.
  'The question came from April Ryan of the Courier.',
  'The prize went to June Berg.',
  'The Sept Group chairman resigned.',
  'It was the second attempt.',
  'The alarm went off at 03:09.',
  'The council adopted resolution 2270 unanimously.',
  // A web address's path dates nothing the text tells.
  '[The Courier, courier.example/amp/articles/2023/09/20/ceasefire-agreed]',
  'Security Council resolutions ban such launches.',
  'Defense Secretary Lloyd Austin said the report was credible.',
  'So far, nobody has confirmed it.',
  'The sun rose over the hills.',
  'The couple wed in secret.',
  'He sat down and said nothing.',
  'They arrived and left the next day.',
  'The situation is now stable.',
  // Periods that count from another event, not from publication.
  'Votes must be counted within two weeks of the election.',
  // A bare "within" in a clause told in the past measures a duration.
  'More than 100,000 people left their homes within a week.',
  'He wrote about the last days of the war.',
  // A number after a preposition that counts people, not years.
  'A force of 2000 moved in.',
];

describe('findDates negative cases', () => {
  for (const text of noDates) {
    it(`finds no date in: ${text}`, () => {
      expect(findDates(text, PUBLISHED)).toEqual([]);
    });
  }

  it('keeps a date-like parade name as a date', () => {
    expect(findDates('The May 9 parade was cancelled.', PUBLISHED).map((m) => m.date.text)).toEqual(['May 9']);
  });
});
