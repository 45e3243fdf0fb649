import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement's speaker (actor, else the words), government and what was said. */
const read = (paragraph: string) => statements([paragraph]).map((m) => [m.speaker.actor ?? m.speaker.description, m.government, m.quote ?? m.reported]);

describe('"with knowledge of" qualifies a speaker as "familiar with" does', () => {
  it.each([
    ['“The port stays closed,” a senior source with knowledge of the matter told the Courier.', [['a senior source with knowledge of the matter', null, 'The port stays closed']]],
    ['Officials with knowledge of the plans said the boats had left the port.', [['Officials with knowledge of the plans', null, 'the boats had left the port']]],
    ['The port stays closed, said a Sylvanian official with knowledge of the talks.', [['a Sylvanian official with knowledge of the talks', 'sylvania', 'The port stays closed']]],
    ['“The port stays closed,” said an official with direct knowledge of the talks.', [['an official with direct knowledge of the talks', null, 'The port stays closed']]],
    ['“The port stays closed,” one official with knowledge of the talks told the Courier.', [['one official with knowledge of the talks', null, 'The port stays closed']]],
  ])('%s', (paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });
});

describe('"with knowledge of" elsewhere in the sentence, and the older qualifiers, stay as they were', () => {
  it.each([
    // Told of the content, not the speaker.
    ['The crews sailed with knowledge of the risks, Berg said.', [['anna-berg', 'freedonia', 'The crews sailed with knowledge of the risks']]],
    // After the verb, of the named speaker's manner.
    ['“The port stays closed,” Ruhl said with knowledge of the plans.', [['tomas-ruhl', 'sylvania', 'The port stays closed']]],
    // An adjective's qualifier.
    ['“The port stays closed,” an official familiar with the talks said.', [['an official familiar with the talks', null, 'The port stays closed']]],
    ['“The port stays closed,” a source close to the talks told the Courier.', [['a source close to the talks', null, 'The port stays closed']]],
  ])('%s', (paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });
});
