import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker (actor, else the words) and government of the last quotation. */
const lastQuote = (paragraphs: string[]) => {
  const quote = statements(paragraphs)
    .filter((s) => s.kind === 'quote')
    .at(-1);
  return quote ? [quote.quote, quote.speaker.actor ?? (quote.speaker.description || null), quote.government] : undefined;
};

describe('a quoted predicate with no report of its own goes on with the account of the sentence before', () => {
  it.each([
    // A body's statement about a person of its side, then the person's quoted predicate.
    [['“Berg spoke with Ruhl today to urge calm,” the Defence Ministry said.', 'Also, Berg “noted the need for further talks.”'], ['noted the need for further talks.', 'freedonia-defence-ministry', 'freedonia']],
    // A pronoun for the person the report told of.
    [['The State Bureau said that Berg had called Ruhl to voice concern.', 'She also “underscored the need for a ceasefire” in the call.'], ['underscored the need for a ceasefire', 'freedonia-state-bureau', 'freedonia']],
    // A subject of no side after a body's account given with "according to".
    [['Three missiles hit the tanker, according to the Defence Ministry.', 'The crew “reported an explosion nearby,” causing minor damage.'], ['reported an explosion nearby', 'freedonia-defence-ministry', 'freedonia']],
    // A person's account.
    [['Anna Berg said that the talks would resume on Monday.', 'The envoy also “welcomed the progress made so far” in the talks.'], ['welcomed the progress made so far', 'anna-berg', 'freedonia']],
  ])('%j → %j', (paragraphs, expected) => {
    expect(lastQuote(paragraphs)).toEqual(expected);
  });
});

describe('a quoted predicate stays no one’s when no account of its side goes on', () => {
  it.each([
    // The subject is of another side than the account.
    [['“The port is closed,” the Defence Ministry said.', 'Ruhl “condemned the closure of the port” on Monday.'], ['condemned the closure of the port', null, null]],
    // An outlet's report leaves a person's words to no one known.
    [['The Courier reported that the port was closed on Monday.', 'Berg “expressed deep concern about the port” on Monday.'], ['expressed deep concern about the port', null, null]],
    // A sentence between without speech.
    [['“The port is closed,” the Defence Ministry said.', 'The port reopened on Tuesday.', 'Berg “expressed deep concern about the port” on Monday.'], ['expressed deep concern about the port', null, null]],
    // The sentence before quoted another subject's predicate: that account was of Berg.
    [['During a call with Ruhl, Berg “expressed deep concern” and asked for talks, the Defence Ministry said.', 'The envoy also “welcomed the progress made so far” in the talks.'], ['welcomed the progress made so far', null, null]],
  ])('%j → %j', (paragraphs, expected) => {
    expect(lastQuote(paragraphs)).toEqual(expected);
  });
});
