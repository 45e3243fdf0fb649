import { describe, expect, it } from 'vitest';
import { quotedAsCalledFor } from '../../src/lib/assemble/stance/call-frame.ts';

/**
 * A quotation the writer's words set as what someone is asked to do ("vessels were advised to “transit
 * with caution”", "the bloc called today to urgently ensure “continuous support”", "the peacekeepers should
 * “take clear steps”") is a call, whatever its own words tell. Compulsion, motion, a summons, a noun, the
 * speaker's own duty or an inference about the past before the quotation is no call.
 */
describe('a quotation framed as a call', () => {
  /** [the paragraph, whether its first quotation is framed as a call]. */
  const cases: [string, boolean][] = [
    ['The ferry reported no damage, as vessels were advised to “transit with caution”.', true],
    ['The people of Marsh City are advised to “read the terms before deciding whether to stay”, the decree says.', true],
    ['Residents of Fredonburg were urged to “stay indoors until further notice”.', true],
    ['The bloc called today to urgently ensure “continuous unimpeded support” to the displaced.', true],
    ['The council passed a text calling on the raiders to “cease their attacks” on the ferries.', true],
    ['Crews have been asked to “report any drone sighting at once”, the agency said.', true],
    // A modal of obligation of another party, right before the quotation.
    ['The bloc and the peacekeepers should “take clear steps to end the raids”, the statement added.', true],
    ['All parties must “refrain from actions that would displace civilians”.', true],
    ['Berg said the council ought to “act before the harvest”.', true],
    // No call before the quotation: compulsion, motion, a summons, a noun, or a call in another sentence.
    ['The villagers were forced to “leave everything behind”, one of them said.', false],
    ['The reservists were sent to “the most dangerous sectors” of the front.', false],
    ['Police were called to “a disturbance” near the harbour.', false],
    ['Calls to the hotline rose after the minister described the raid as “a disaster”.', false],
    ['The ministry called for calm. Berg said the strike was “a grave mistake”.', false],
    ['Ruhl said the navy would “respond in kind”.', false],
    // The speaker's own duty, an inference about the past, a modal inside the quotation or far before it.
    ['“We must “defend every village”,” Ruhl told the crowd.', false],
    ['Berg said the raiders must “have known” the ferry carried children.', false],
    ['Ruhl said the council “must act before the harvest”.', false],
    ['The ministry should answer, Berg said, adding that the raid was “a grave mistake”.', false],
  ];
  it.each(cases)('%s', (paragraph, expected) => {
    const quoteStart = paragraph.search(/[“"]/);
    expect(quotedAsCalledFor(paragraph, quoteStart)).toBe(expected);
  });
});
