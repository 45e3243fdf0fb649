import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['the Freedonian government'], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia-navy', name: 'Freedonian Navy', kind: 'body', government: 'freedonia', aliases: ['the navy'], demonyms: [] },
  { id: 'freedonia-spy-agency', name: 'Freedonian spy agency', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'freedonia-parliament', name: 'Freedonian parliament', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
  { id: 'tom-ruhl', name: 'Tom Ruhl', kind: 'person', government: 'freedonia', body: 'freedonia-navy', aliases: ['Ruhl'], demonyms: [] },
  { id: 'ivo-kask', name: 'Ivo Kask', kind: 'person', government: 'freedonia', body: 'freedonia-parliament', aliases: ['Kask'], demonyms: [] },
  { id: 'sylvania-ministry', name: 'Sylvanian foreign ministry', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
  { id: 'courier', name: 'Daily Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
  { id: 'freedonia-news-agency', name: 'Freedonian News Agency', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
]);

/** The stance of the statement whose speaker is `speaker`, in a source of the one paragraph `text`. */
function stanceOf(text: string, speaker: string): string | null | undefined {
  const source = { id: 's', title: 't', publisher: 'Radio Marsh', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  const statements = assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates;
  return statements.find((s) => s.speaker.actor === speaker)?.stance;
}

describe('a channel that relays a report', () => {
  /** [the paragraph, the channel, the stance the channel's statement takes]. */
  const cases: [string, string, string][] = [
    // A person who relays their own government or their own body is that side speaking.
    ['The Freedonian government has promised to house all the sailors, Berg said.', 'anna-berg', 'pledges'],
    ['The Freedonian government has denied the reports, Berg said.', 'anna-berg', 'denies'],
    ['The navy has rejected the claims, Ruhl said.', 'tom-ruhl', 'denies'],
    // Another side's report, another body's, or a channel that is no person: the report was made.
    ['The Sylvanian foreign ministry has denied the reports, Berg said.', 'anna-berg', 'confirms'],
    ['The Freedonian spy agency has denied the reports, Kask said.', 'ivo-kask', 'confirms'],
    ['The Freedonian government has denied the reports, the Courier reported.', 'courier', 'confirms'],
  ];
  it.each(cases)('%s (%s)', (text, speaker, stance) => {
    expect(stanceOf(text, speaker)).toBe(stance);
  });
});

describe('a body’s readout that gives a person’s words as its own does what the words do', () => {
  /** [the paragraph, the body, the stance the body's statement takes]. */
  const cases: [string, string, string][] = [
    // Another government's body, or the person's own: the readout is the body's statement.
    ['Freedonia will house all the sailors, Berg said in a call with the Sylvanian minister, according to the Sylvanian foreign ministry.', 'sylvania-ministry', 'pledges'],
    ['Sylvania must withdraw its ships from the strait at once, Berg said, according to the Freedonian parliament.', 'freedonia-parliament', 'calls-for'],
    // A readout that tells of the person speaking affirms that they did.
    ['Berg reaffirmed Freedonia’s support for the talks, the Sylvanian foreign ministry said.', 'sylvania-ministry', 'confirms'],
    // A news agency, a state's own included, and the press carry the words: the report was made.
    ['Freedonia will house all the sailors, Berg said, according to the Freedonian News Agency.', 'freedonia-news-agency', 'confirms'],
    ['Freedonia will house all the sailors, Berg said, the Courier reported.', 'courier', 'confirms'],
  ];
  it.each(cases)('%s (%s)', (text, speaker, stance) => {
    expect(stanceOf(text, speaker)).toBe(stance);
  });
});
