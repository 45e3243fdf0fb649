import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement as speaker (actor or words) and verb. */
const credits = (paragraphs: string[], publisher: string | null) =>
  statements(paragraphs, { publisher }).map((s) => [s.speaker.actor ?? s.speaker.name ?? s.speaker.description, s.verb]);

describe('an outlet crediting itself in its own article', () => {
  it.each([
    // By its name as the source gives it, or by an alias of its actor in the topic data.
    [['Sylvanian boats left the port at dawn, the Courier reports.'], 'Daily Courier'],
    [['Sylvanian boats left the port at dawn, Daily Courier reports citing local sources.'], 'Daily Courier'],
    [['According to the Daily Courier, Sylvanian boats left the port at dawn.'], 'Daily Courier'],
    [['The Harbour Gazette writes that the boats left the port at dawn.'], 'The Harbour Gazette'],
    [['The port was closed, Bay-News.com reports.'], 'Bay-News.com'],
  ])('is no statement: %j', (paragraphs, publisher) => {
    expect(credits(paragraphs, publisher)).toEqual([]);
  });

  it('keeps the statement it relays', () => {
    expect(credits(['The Defence Ministry said the boats left at dawn, the Courier reports.'], 'Daily Courier')).toEqual([['freedonia-defence-ministry', 'said']]);
  });

  it.each([
    [['Sylvanian boats left the port at dawn, the Courier reports citing the State Bureau.'], [['freedonia-state-bureau', 'reports']]],
    [['Sylvanian boats left the port at dawn, Daily Courier reports, citing Anna Berg.'], [['anna-berg', 'reports']]],
    // Hearsay cited is no one's statement.
    [['Sylvanian boats left the port at dawn, the Courier reports citing foreign media.'], []],
    [['Sylvanian boats left the port at dawn, the Courier reports, citing sources.'], []],
  ])('gives the words to the source it cites by name: %j', (paragraphs, expected) => {
    expect(credits(paragraphs, 'Daily Courier')).toEqual(expected);
  });

  it('leaves nothing for "it was noted" to go on with', () => {
    const found = credits(['Sylvanian boats left the port at dawn, the Courier reports.', 'It was noted that the port was closed.'], 'Daily Courier');
    expect(found.some(([speaker]) => speaker === 'daily-courier')).toBe(false);
  });

  it.each([
    // Another outlet's credit is its statement.
    [['Sylvanian boats left the port at dawn, the Courier reports.'], 'The Harbour Gazette', [['daily-courier', 'reports']]],
    [['According to the Daily Courier, Sylvanian boats left the port at dawn.'], null, [['daily-courier', 'According to']]],
    // An earlier report of its own and a caveat of its own are read as written.
    [['The Courier previously reported that Sylvanian boats left the port.'], 'Daily Courier', [['daily-courier', 'reported']]],
    // A reporter of its own.
    [["According to the Courier's correspondent, Sylvanian boats left the port."], 'Daily Courier', [['daily-courier', 'According to']]],
    // A body that shares no words with the outlet.
    [['Sylvanian boats left the port at dawn, the Defence Ministry reports.'], 'Daily Courier', [['freedonia-defence-ministry', 'reports']]],
  ])('leaves other credits as they were: %j', (paragraphs, publisher, expected) => {
    expect(credits(paragraphs, publisher)).toEqual(expected);
  });
});
