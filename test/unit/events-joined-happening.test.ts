import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
]);

/** The date words of the events told as done in one paragraph of a paper of Tuesday 2025-06-17. */
function doneDatesOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-06-17', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon)
    .candidates.filter((e) => !e.expected)
    .map((e) => e.date.text);
}

describe('a second happening joined to the first, with a date of its own, is an event of its own', () => {
  it.each([
    // A joined clause with a subject of its own.
    ['Sylvania shelled the port on May 3 and Freedonia retook it on May 9.', 'May 9'],
    // A second happening named by a noun.
    ['Doctors in Marsh City treated the wounded of the Sylvanian raid on March 1 and an explosion at a silo on March 5.', 'March 5'],
    // A date fronted in a joined clause, which the clause after its comma tells.
    ['In August last year, Sylvania launched an incursion, but in January, Freedonia announced that it had driven the troops out.', 'January'],
  ])('%j', (text, date) => {
    expect(doneDatesOf(text)).toContain(date);
  });

  it.each([
    // Near misses: a joined clause that looks ahead, a denied noun with no article, a fronted date whose
    // clause looks ahead.
    ['Sylvania shelled the port on May 3 and Freedonia will respond on May 9.', 'May 9'],
    ['Sylvania shelled the port on May 3 and no raids on May 9 came of it.', 'May 9'],
    ['In August last year, Sylvania launched an incursion, but in January, Freedonia will hold talks.', 'January'],
  ])('%j', (text, date) => {
    expect(doneDatesOf(text)).not.toContain(date);
  });
});
