import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker name and government of the quotation in the last paragraph, or null when none was found. */
function quotationSpeaker(paragraphs: string[]): [string | null, string | null] | null {
  const found = statements(paragraphs).filter((m) => m.kind === 'quote' && m.paragraph === paragraphs.length).at(-1);
  return found ? [found.speaker.name, found.government] : null;
}

describe('a paragraph that is only a quotation, after words reported of a person named as they spoke: that person’s', () => {
  const cases: [string, string[], [string | null, string | null]][] = [
    ['a minister named after "said"', ['The port will reopen on Monday, said Defence Minister Tomas Ruhl.', '“We have cleared the mines. The ships can come back.”'], ['Tomas Ruhl', 'sylvania']],
    ['a spokesperson named before "said that"', ['Anna Berg said that the talks would resume in May.', '“Both sides are ready. Nothing is left to settle but the date.”'], ['Anna Berg', 'freedonia']],
    ['a person of no side who "says"', ['Lena Ost says there was shelling on all sides.', '“Two trucks full of the dead. There is nowhere to bury them.”'], ['Lena Ost', null]],
    ['a named aid worker with a clause after the name', ['The agency is handing out blankets, said aid worker Lena Ost, who has been in the town since May.', '“People are tired. They want to know what comes next.”'], ['Lena Ost', null]],
    ['a surname alone after "emphasized"', ['The soldiers did their duty with honour, Ruhl emphasized.', '“Our friends acted out of solidarity.”'], ['Tomas Ruhl', 'sylvania']],
    // Near misses: a body or an unnamed official reported, words of the writer's own beside the
    // quotation, or someone else told of after the person spoke.
    ['a body reported', ['The port will reopen on Monday, the Defence Ministry said.', '“We have cleared the mines. The ships can come back.”'], [null, null]],
    ['an unnamed official reported', ['The port will reopen on Monday, an official said.', '“We have cleared the mines. The ships can come back.”'], [null, null]],
    ['a government reported', ['Freedonia said the talks would resume in May.', '“Both sides are ready. Nothing is left to settle but the date.”'], [null, null]],
    ['a sentence of the writer’s after the quotation', ['Lena Ost says there was shelling on all sides.', '“Two trucks full of the dead.” The convoy left at dawn.'], [null, null]],
    ['another voice told of after the person spoke', ['Anna Berg said that the talks would resume in May. A soldier at the border disagreed.', '“Nothing will change here.”'], [null, null]],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(quotationSpeaker(paragraphs)).toEqual(expected);
  });
});

describe('an outlet’s layout labels: "Quote:" before the quotation, a "Source:" line between speaker and words', () => {
  const cases: [string, string[], [string | null, string | null]][] = [
    ['a quotation labelled "Quote:"', ['Anna Berg said that the talks would resume in May.', 'Quote: “Both sides are ready. Nothing is left to settle but the date.”'], ['Anna Berg', 'freedonia']],
    ['a source line between', ['Anna Berg has stated that the talks would resume in May.', 'Source: Berg at a press conference in Marsh City', 'Quote: “Both sides are ready. Nothing is left to settle but the date.”'], ['Anna Berg', 'freedonia']],
    ['a labelled quotation after details reported', ['Details: Ruhl noted that the soldiers had suffered losses.', 'Quote: “We understand that they have losses. The morale has also declined.”'], ['Tomas Ruhl', 'sylvania']],
    // Near misses: the label follows a body's report, or a line that is not only a credit.
    ['a labelled quotation after a body’s report', ['The port will reopen on Monday, the Defence Ministry said.', 'Quote: “We have cleared the mines. The ships can come back.”'], [null, null]],
    ['a source line after a body’s report', ['The port will reopen on Monday, the Defence Ministry said.', 'Source: a press release', 'Quote: “We have cleared the mines. The ships can come back.”'], [null, null]],
    ['a paragraph of the writer’s between', ['Anna Berg said that the talks would resume in May.', 'The border has been closed since March.', 'Quote: “Both sides are ready. Nothing is left to settle but the date.”'], [null, null]],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(quotationSpeaker(paragraphs)).toEqual(expected);
  });
});
