import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The actor (or words) each statement's speaker is given, in paragraph order. */
const speakers = (paragraphs: string[]) =>
  statements(paragraphs)
    .sort((a, b) => a.paragraph - b.paragraph)
    .map((s) => s.speaker.actor ?? s.speaker.name ?? s.speaker.description);

describe('"the agency reported Ruhl as saying": the words are the one reported, not the reporter', () => {
  it.each([
    ['“We will hold the line,” the Daily Courier reported Tomas Ruhl as saying.', 'tomas-ruhl'],
    ['“The crews did their duty,” the State Bureau reported Anna Berg as saying on Friday.', 'anna-berg'],
    ['“The port is shut,” the Courier reports Ruhl as saying.', 'tomas-ruhl'],
    ['The Daily Courier reported Anna Berg as saying that the talks had stalled.', 'anna-berg'],
    ['The State Bureau reported Tomas Ruhl as stating that the boats were lost.', 'tomas-ruhl'],
  ])('%s', (sentence, expected) => {
    expect(speakers([sentence])).toEqual([expected]);
  });

  it.each([
    // A report with no one quoted "as saying" is the reporter's own.
    ['“We will hold the line,” the Daily Courier reported.', 'daily-courier'],
    ['The State Bureau reported that Tomas Ruhl had left Marsh City.', 'freedonia-state-bureau'],
    // "as" that describes what was reported, not who said it.
    ['The State Bureau reported the strike as a success.', 'freedonia-state-bureau'],
    ['“The boats are lost,” the Daily Courier reported, citing the port.', 'daily-courier'],
    ['The Daily Courier reported Ruhl’s visit as a sign of thaw.', 'daily-courier'],
  ])('near miss: %s', (sentence, expected) => {
    expect(speakers([sentence]).slice(0, 1)).toEqual([expected]);
  });
});
