import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker (actor, else the words) and government of the last quotation. */
const lastQuote = (paragraphs: string[]) => {
  const quote = statements(paragraphs)
    .filter((s) => s.kind === 'quote')
    .at(-1);
  return quote ? [quote.quote, quote.speaker.actor ?? (quote.speaker.description || null), quote.government] : undefined;
};

const MINISTRY_SAID = '“The boats reached the coast at dawn and the crews are safe,” the Defence Ministry said.';

describe('a quoted predicate opening with an auxiliary goes on with the account of the sentence before', () => {
  it.each([
    // A thing the account is about, after an opening adverb.
    [[`${MINISTRY_SAID} Additionally, the frigate “is sailing in the gulf under national command.”`], ['is sailing in the gulf under national command.', 'freedonia-defence-ministry', 'freedonia']],
    // A group, in the next paragraph, after a reported statement.
    [['The State Bureau said the crews had been rescued on Monday.', 'The crews “will stay in the port until the storm passes.”'], ['will stay in the port until the storm passes.', 'freedonia-state-bureau', 'freedonia']],
    // A person's account.
    [['Anna Berg said on Monday that the talks would resume.', 'The delegation “has already left for the border town.”'], ['has already left for the border town.', 'anna-berg', 'freedonia']],
    // A speaker phrase as the subject, a modal.
    [[MINISTRY_SAID, 'The envoy “must return to the capital before Friday.”'], ['must return to the capital before Friday.', 'freedonia-defence-ministry', 'freedonia']],
    // One word after the auxiliary is enough.
    [[`${MINISTRY_SAID} The frigate “is undamaged.”`], ['is undamaged.', 'freedonia-defence-ministry', 'freedonia']],
  ])('%j → %j', (paragraphs, expected) => {
    expect(lastQuote(paragraphs)).toEqual(expected);
  });
});

describe('a quotation opening with an auxiliary stays as it was when no account goes on or it is no predicate', () => {
  it.each([
    // No speech in the sentence before.
    [['The port reopened on Tuesday.', 'The frigate “is sailing in the gulf under national command.”'], ['is sailing in the gulf under national command.', null, null]],
    // The subject is of another side than the account.
    [[MINISTRY_SAID, 'Sylvania “will never accept the closure of the port.”'], ['will never accept the closure of the port.', null, null]],
    // A pronoun and its verb before the quotation: the writer's own clause, not a cut predicate.
    [[MINISTRY_SAID, 'The crews hope it “will end before the winter comes.”'], ['will end before the winter comes.', null, null]],
    // An auxiliary of the writer's before the quotation: the quotation is an object, not a predicate.
    [[MINISTRY_SAID, 'The minister will discuss “with the Sylvanian authorities ways to widen trade.”'], ['with the Sylvanian authorities ways to widen trade.', null, null]],
    // A report of its own after the quotation keeps it.
    [[MINISTRY_SAID, 'The sailors “are short of food and water,” Berg said.'], ['are short of food and water', 'anna-berg', 'freedonia']],
    // A quotation that is a whole sentence of someone's, after no account.
    [['The port reopened on Tuesday.', '“Will the crews come home?” the families asked.'], ['Will the crews come home?', 'the families', null]],
  ])('%j → %j', (paragraphs, expected) => {
    expect(lastQuote(paragraphs)).toEqual(expected);
  });
});
