import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/** The fictional topic, with a region whose own authorities the topic data lists by the region's name as their demonym. */
const lexicon = createActorLexicon([
  ...actors,
  { id: 'ostmark-authorities', name: 'Ostmark authorities', kind: 'government', aliases: ['Ostmark Republic'], demonyms: ['Ostmark'] },
]);

const credit = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).map((s) => [s.speaker.actor, s.government]);

describe('a region’s officials are its own authorities when the topic data lists them, never the holder’s', () => {
  it.each([
    ['At least 68 people were killed in the breakaway Ostmark region of Sylvania, the region’s government said.', ['ostmark-authorities', 'ostmark-authorities']],
    ['Twenty sailors died in Ostmark, local officials said on Tuesday.', ['ostmark-authorities', 'ostmark-authorities']],
    ['Boats sank off the Ostmark enclave of Sylvania, the local authorities said.', ['ostmark-authorities', 'ostmark-authorities']],
    // A person of the region's: its government, no actor.
    ['Twenty sailors died in the Ostmark region, the region’s ombudsman said.', [null, 'ostmark-authorities']],
  ])('%s', (sentence, expected) => {
    expect(credit([sentence])).toEqual([expected]);
  });

  it.each([
    // A country named as a place before the region: a reader cannot tell whose officials.
    ['Boats sank in Freedonia and in Ostmark, local officials said.', [null, null]],
    // A demonym that describes someone names no region: the officials are of the place named.
    ['Twenty Ostmark sailors died in Freedonia, local officials said.', [null, 'freedonia']],
    // A state's adjective names no region of its own: the capital may be held by another side.
    ['Twenty sailors died in the Sylvanian capital, local officials said.', [null, null]],
    // A region the topic data lists no authorities for is still the holder's, as before.
    ['Twenty sailors died in the Kess region of Sylvania, local officials said.', [null, 'sylvania']],
  ])('does not take a region’s government: %s', (sentence, expected) => {
    expect(credit([sentence])).toEqual([expected]);
  });
});

describe('a region named alone as the speaker is its own authorities', () => {
  it.each([
    ['Ostmark announced that it would lay down its arms.', [['ostmark-authorities', 'ostmark-authorities']]],
    ['On Monday, Ostmark said the talks would resume.', [['ostmark-authorities', 'ostmark-authorities']]],
    // A state's adjective alone is no region.
    ['Sylvanian said the talks would resume.', [[null, null]]],
    // A person of the region speaks for no one the phrase names: read as before.
    ['An Ostmark resident said the talks would resume.', [[null, null]]],
  ])('%s', (sentence, expected) => {
    expect(credit([sentence])).toEqual(expected);
  });
});

describe('"the authorities there" are of the place their sentence, or the one before, names', () => {
  it.each([
    [['Crowds filled the Ostmark capital. The authorities there said 20 people were killed.'], ['ostmark-authorities', 'ostmark-authorities']],
    [['Boats sank in Sylvania on Monday. Officials there said 20 sailors were missing.'], [null, 'sylvania']],
    [['Fuel ran out in the breakaway Ostmark region of Sylvania, and the authorities there said 20 people were killed.'], ['ostmark-authorities', 'ostmark-authorities']],
  ])('%j', (paragraphs, expected) => {
    expect(credit(paragraphs).at(-1)).toEqual(expected);
  });

  it.each([
    // No place named: no one's.
    [['Crowds filled the streets. The authorities there said 20 people were killed.'], [null, null]],
    // Two places: a reader cannot tell which.
    [['Boats sank in Sylvania and in Freedonia. Officials there said 20 sailors were missing.'], [null, null]],
    [['Crowds filled the Sylvanian capital. The authorities there said 20 people were killed.'], [null, null]],
    // A side named as an agent, not a place.
    [['Freedonia shelled the port. The authorities there said 20 people were killed.'], [null, null]],
  ])('does not guess: %j', (paragraphs, expected) => {
    expect(credit(paragraphs).at(-1)).toEqual(expected);
  });
});

describe('an official of a region named by office and region speaks for its own authorities', () => {
  it.each([
    ['The leader of the self-proclaimed Republic of Ostmark announced that it would cease to exist.', [null, 'ostmark-authorities']],
    ['The authorities of the breakaway Ostmark said the talks would resume.', ['ostmark-authorities', 'ostmark-authorities']],
    ['The president of Ostmark said the talks would resume.', [null, 'ostmark-authorities']],
  ])('%s', (sentence, expected) => {
    expect(credit([sentence])).toEqual([expected]);
  });

  it.each([
    // Out of office: for no government.
    'The former leader of Ostmark said the talks would resume.',
    // A resident is no official.
    'A resident of Ostmark said the talks would resume.',
    // A state's adjective is no region.
    'The president of Sylvanian said the talks would resume.',
  ])('gives no region’s government: %s', (sentence) => {
    expect(credit([sentence])[0]?.[1]).not.toBe('ostmark-authorities');
    expect(credit([sentence])[0]?.[1]).not.toBe('sylvania');
  });
});

describe('officials of "the breakaway region" are of the one region with its own authorities named there or just before', () => {
  it.each([
    [['Separatist leaders in Ostmark said Tuesday that the talks failed. The breakaway region’s health department said that 13 bodies were found.'], [null, 'ostmark-authorities']],
    [['Sylvania said 300 people had entered Sylvania from Ostmark as of Tuesday. The breakaway region’s government urged people not to rush because all roads inside Ostmark were blocked.'], ['ostmark-authorities', 'ostmark-authorities']],
    [['Shelling hit the Ostmark capital overnight. The separatist enclave’s leader said 20 people were killed.'], [null, 'ostmark-authorities']],
  ])('%j', (paragraphs, expected) => {
    expect(credit(paragraphs).at(-1)).toEqual(expected);
  });

  it.each([
    // No region with its own authorities named: no one's, not the state that holds it.
    [['Boats sank in Sylvania on Monday. The breakaway region’s government said 20 sailors were missing.'], [null, null]],
    // Named only two sentences back: too far for a reader to be sure.
    [['Fuel ran out in Ostmark.', 'Prices rose in the capital on Monday. Schools closed. The breakaway region’s government said 20 people were killed.'], [null, null]],
    // A region's name that describes someone is no place.
    [['Ostmark fighters attacked a Sylvanian post. The breakaway region’s government said 20 people were killed.'], [null, null]],
    // A region not described as breaking away may be any region.
    [['Fuel ran out in Ostmark. The region’s health department said 20 people were killed.'], [null, null]],
  ])('does not guess: %j', (paragraphs, expected) => {
    expect(credit(paragraphs).at(-1)).toEqual(expected);
  });
});
