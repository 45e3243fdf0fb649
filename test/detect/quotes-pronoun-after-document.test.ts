import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Speaker actor and government of the last statement found. */
function lastCredit(paragraphs: string[]): [string | null, string | null] {
  const last = statements(paragraphs).at(-1);
  return [last?.speaker.actor ?? null, last?.government ?? null];
}

describe('"it" after a document spoke means the document, whose issuer speaks', () => {
  it.each([
    [
      ['The Northern Council passed a resolution on Monday.', 'Sylvania proposed three amendments to the text, but all were defeated.', 'The resolution condemns "the attacks on ships."', 'It also urges "restraint by all sides."'],
      ['northern-council', 'northern-council'],
    ],
    [
      ['The Northern Council passed a resolution on Monday.', 'Sylvania said the text was unfair.', 'The new resolution condemns "the attacks on ships."', 'It also stresses "the need for talks."'],
      ['northern-council', 'northern-council'],
    ],
    [
      ['Sylvania said the vote was unfair.', 'The NC passed a resolution on Monday. The resolution demands an end to the attacks.', 'It also calls for talks on the port.'],
      ['northern-council', 'northern-council'],
    ],
    [
      ['Fredonburg said the talks had failed.', 'The Defence Ministry issued a statement on Monday. The statement said the port was closed.', 'It added that the boats had left.'],
      ['freedonia-defence-ministry', 'freedonia'],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    // A side that spoke after the document is what "it" goes on with.
    [['The Northern Council adopted a resolution on Monday. The resolution condemns the attacks.', 'Sylvania said the vote was unfair.', 'It also said the port would stay closed.'], ['sylvania', 'sylvania']],
    // No document between: the side that spoke.
    [['Sylvania said the vote was unfair.', 'It also urges "restraint by all sides."'], ['sylvania', 'sylvania']],
    // "he" is a person, never the document.
    [['Ruhl said the vote was unfair.', 'The Northern Council adopted a resolution. The resolution condemns the attacks.', '"We will not accept it," he said.'], ['tomas-ruhl', 'sylvania']],
    [['Berg said the port was closed.', 'The Northern Council issued a statement. The statement said the port was open.', '"It is closed," she said.'], ['anna-berg', 'freedonia']],
  ])('not the document: %j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });
});
