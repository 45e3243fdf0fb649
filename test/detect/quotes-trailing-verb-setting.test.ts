import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker (actor id, else the description), verb and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('after a verb that follows its words, a day with the occasion, or the writer’s closing description, is no report', () => {
  it.each([
    // The day, then where it was said.
    ['The port was closed, a Sylvanian lawmaker said Tuesday after a briefing by the spy agency.', [['a Sylvanian lawmaker', 'said', 'The port was closed']]],
    ['The port was closed, a Sylvanian lawmaker said on Tuesday after a briefing by the spy agency.', [['a Sylvanian lawmaker', 'said', 'The port was closed']]],
    ['The boats left the port, Ruhl told reporters on Friday after a briefing by the navy.', [['tomas-ruhl', 'told', 'The boats left the port']]],
    // A description of the act to the end of the sentence, after the setting.
    ['The port was closed, Berg said in a speech aired on Saturday by state media, a rare admission.', [['anna-berg', 'said', 'The port was closed']]],
    ['The port was closed, Berg said in a statement, an unusual step for the bureau.', [['anna-berg', 'said', 'The port was closed']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // The words follow the verb: what comes after the day is what was said.
    ['Berg said Tuesday that the port was closed after a briefing.', [['anna-berg', 'said', 'that the port was closed after a briefing']]],
    ['Berg said after a briefing that the port was closed.', [['anna-berg', 'said', 'that the port was closed']]],
    // Opening the sentence, the verb reports what follows, description or not.
    ['Berg said the port was closed, an unusual step.', [['anna-berg', 'said', 'the port was closed, an unusual step']]],
    ['Berg said Tuesday that a briefing was held, a rare event.', [['anna-berg', 'said', 'that a briefing was held, a rare event']]],
  ])('what follows is said: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
