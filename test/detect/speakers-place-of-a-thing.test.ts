import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Actor and government of the statements of the last paragraph. */
const last = (paragraphs: string[]) => statements(paragraphs).filter((s) => s.paragraph === paragraphs.length).map((s) => [s.speaker.actor, s.government]);

/** A sentence that cites a statement with no issuer after `subject`'s act, then "the statement said". */
const told = (subject: string) => [`${subject} has widened the danger zone, according to a statement released on Monday.`, 'The zone now runs to the northern cape, the statement said.'];

describe('"The Marsh City insurance market has …, according to a statement": a capital before a thing names a place, not the issuer', () => {
  it.each([
    ['The Marsh City insurance market'],
    ['The Fredonburg shipping exchange'],
    ['The Marsh City stock exchange'],
    ['The Fredonburg marine insurance market'],
  ])('%s issued no statement of a government', (subject) => {
    expect(last(told(subject))).toEqual([[null, null]]);
  });

  it.each([
    // An office or body of the government the name means, or the government itself, issued it.
    ['The Fredonburg defence ministry', 'freedonia'],
    ['The Fredonburg port pilots', 'freedonia'],
    ['The Fredonburg government', 'freedonia'],
    // A possessive owner, and a name that goes on after "of", are no place before a thing.
    ['The Sylvania’s port authority', 'sylvania'],
    ['The Sylvania’s Ministry of Ports', 'sylvania'],
    ['The Fredonburg of the new charter', 'freedonia'],
    ['Fredonburg', 'freedonia'],
    ['Sylvania', 'sylvania'],
  ])('%s issued it', (subject, government) => {
    expect(last(told(subject)).map(([, g]) => g)).toEqual([government]);
  });
});
