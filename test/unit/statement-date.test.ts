import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
  { id: 'daily-courier', name: 'Daily Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
]);

function datesOf(...paragraphs: string[]) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f', paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })) };
  return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.map((c) => c.date?.text ?? null);
}

describe('the date of a statement', () => {
  it('is the date next to the speech verb', () => {
    expect(datesOf('Anna Berg said on Tuesday that the harbour would reopen.')).toEqual(['on Tuesday']);
    expect(datesOf('“The harbour will reopen,” Anna Berg told reporters on Wednesday.')).toEqual(['on Wednesday']);
  });

  it('is, for a channel relaying a report, a date of its own words and never one in the report', () => {
    expect(datesOf('Anna Berg said on Tuesday that the harbour would reopen, the Courier reported on Thursday.')).toEqual(['on Tuesday', 'on Thursday']);
    expect(datesOf('Anna Berg said on Tuesday that the harbour would reopen, according to the Courier.')).toEqual(['on Tuesday', null]);
  });

  it('is not a date inside what was reported or quoted', () => {
    expect(datesOf('Anna Berg said that the ships had left in June.')).toEqual([null]);
    expect(datesOf('“The ships left in June,” Anna Berg said.')).toEqual([null]);
  });
});

describe('the stance of a statement whose words name the speaker’s own side', () => {
  const stancesOf = (text: string) => {
    const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f', paragraphs: [{ n: 1, text }] };
    return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.map((c) => c.stance);
  };

  it('reads "Berg said Freedonia will …" as a promise, and another side’s "will" as told', () => {
    expect(stancesOf('Anna Berg said Freedonia will always support the crews.')).toEqual(['pledges']);
    expect(stancesOf('Anna Berg said Freedonia will open the port to the crews.')).toEqual(['pledges']);
    expect(stancesOf('Anna Berg said Sylvania will open the port to the crews.')).toEqual(['confirms']);
  });

  it('reads the speaker’s own side planning or deciding to act as a promise, another side’s plan as told', () => {
    expect(stancesOf('Anna Berg said Freedonia plans to name streets after the crews.')).toEqual(['pledges']);
    expect(stancesOf('Anna Berg said Freedonia has decided to send 600 sailors.')).toEqual(['pledges']);
    expect(stancesOf('Anna Berg said Sylvania plans to name streets after the crews.')).toEqual(['confirms']);
  });
});

describe('the stance of a channel relaying a report', () => {
  it('confirms that the report was made, whatever the report does', () => {
    const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f', paragraphs: [{ n: 1, text: 'Anna Berg said Freedonia will always support the crews, the Courier reported.' }] };
    const stances = assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.map((c) => [c.speaker.actor, c.stance]);
    expect(stances).toEqual([
      ['anna-berg', 'pledges'],
      ['daily-courier', 'confirms'],
    ]);
  });
});

describe('a claim denied by someone', () => {
  it('is their denial of the words reported before it, never shown as an assertion', () => {
    const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f', paragraphs: [{ n: 1, text: 'Anna Berg reported new strikes on the port, a claim denied by the Courier.' }] };
    const said = assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.map((c) => [c.speaker.actor, c.verb, c.negated, c.stance]);
    expect(said).toEqual([
      ['anna-berg', 'reported', false, 'confirms'],
      ['daily-courier', 'denied', true, 'denies'],
    ]);
  });
});

describe('a channel that published the source', () => {
  it('does not relay its own article: "…, the Courier reports" in the Courier is no statement of its own', () => {
    const text = 'Anna Berg said the port was closed, the Courier reported.';
    const speakers = (publisher: string | null) => {
      const source = { id: 's', title: 't', publisher, published: '2025-03-14', wire: [], file: 'f', paragraphs: [{ n: 1, text }] };
      return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.map((c) => c.speaker.actor);
    };
    expect(speakers('Daily Courier')).toEqual(['anna-berg']);
    expect(speakers('Marsh Gazette')).toEqual(['anna-berg', 'daily-courier']);
    // Whole words only: "the Cour" is not the Courier.
    expect(speakers('The Cour')).toEqual(['anna-berg', 'daily-courier']);
  });
});

describe('words withheld', () => {
  it('reads "declined to answer …" and "did not offer further details …" as a position left open', () => {
    const said = (text: string) => {
      const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f', paragraphs: [{ n: 1, text }] };
      return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.map((c) => [c.verb, c.negated, c.stance]);
    };
    expect(said('Anna Berg declined to answer questions about the convoy.')).toEqual([['declined to answer', true, 'unconfirmed']]);
    expect(said('Anna Berg did not offer further details about the convoy.')).toEqual([['did not offer', true, 'unconfirmed']]);
    expect(said('Anna Berg will offer further details next week.')).toEqual([]);
  });
});
