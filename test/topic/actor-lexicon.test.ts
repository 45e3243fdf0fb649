import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { createActorLexicon, mentionsWithin, type Stretch } from '../../src/lib/topic/actor-lexicon.ts';

/** A fictional topic: the code must know nothing about it beyond this list. */
const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg', 'FRD'], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: ['Marsh City', 'the Palace', 'S.R.'], demonyms: ['Sylvanian'] },
  { id: 'northern-council', name: 'Northern Council', kind: 'intergovernmental', aliases: ['NC'], demonyms: [] },
  {
    id: 'freedonia-defence-ministry',
    name: 'Freedonian Defence Ministry',
    kind: 'body',
    government: 'freedonia',
    aliases: ['Defence Ministry'],
    demonyms: [],
  },
  { id: 'freedonia-state-bureau', name: 'State Bureau', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  {
    id: 'anna-berg',
    name: 'Anna Berg',
    kind: 'person',
    body: 'freedonia-state-bureau',
    role: 'deputy spokesperson, State Bureau',
    aliases: ['Berg'],
    demonyms: [],
  },
  { id: 'tomas-ruhl', name: 'Tomas Ruhl', kind: 'person', government: 'sylvania', aliases: ['Ruhl'], demonyms: [] },
  { id: 'max-ober', name: 'Max Ober', kind: 'commentator', aliases: ['Ober'], demonyms: [] },
  { id: 'daily-courier', name: 'Daily Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
  // Two actors sharing an alias: the alias alone must not pick either.
  { id: 'lena-voss', name: 'Lena Voss', kind: 'person', government: 'freedonia', aliases: ['Voss'], demonyms: [] },
  { id: 'karl-voss', name: 'Karl Voss', kind: 'person', government: 'sylvania', aliases: ['Voss'], demonyms: [] },
  // A de facto authority whose alias holds another government's demonym.
  { id: 'marsh-authorities', name: 'Marsh Authorities', kind: 'government', aliases: ['ethnic Freedonian leadership'], demonyms: [] },
];

const lexicon = createActorLexicon(actors);

describe('findMentions', () => {
  it('answers a text read again as it did the first time, with mentions of its own that a caller may change', () => {
    const text = 'Berg said the Palace and Fredonburg had spoken.';
    const first = lexicon.findMentions(text);
    (first[0] as { text: string }).text = 'changed';
    first.pop();
    // Other texts in between, fewer and more than the matcher remembers.
    lexicon.findMentions('Ruhl in Marsh City.');
    expect(lexicon.findMentions(text)).toEqual([
      { actorId: 'anna-berg', text: 'Berg', index: 0 },
      { actorId: 'sylvania', text: 'the Palace', index: 10 },
      { actorId: 'freedonia', text: 'Fredonburg', index: 25 },
    ]);
    for (const other of ['a', 'b', 'c', 'd', 'e', 'f']) lexicon.findMentions(`${other} Sylvania`);
    expect(lexicon.findMentions(text).map((m) => m.text)).toEqual(['Berg', 'the Palace', 'Fredonburg']);
    // A text of the same length that differs is read afresh; the same words cut from a paragraph are the same text.
    expect(lexicon.findMentions('Ruhl said the Palace and Fredonburg had spoken.').map((m) => m.actorId)).toEqual(['tomas-ruhl', 'sylvania', 'freedonia']);
    expect(lexicon.findMentions(`He left. ${text}`.slice(9)).map((m) => m.text)).toEqual(['Berg', 'the Palace', 'Fredonburg']);
    const demonyms = lexicon.findDemonyms('Sylvanian sailors');
    demonyms.pop();
    expect(lexicon.findDemonyms('Sylvanian sailors')).toEqual([{ government: 'sylvania', text: 'Sylvanian', index: 0 }]);
  });

  it('finds names and aliases as whole words with their offsets', () => {
    expect(lexicon.findMentions('Freedonia and Marsh City met in Fredonburg.')).toEqual([
      { actorId: 'freedonia', text: 'Freedonia', index: 0 },
      { actorId: 'sylvania', text: 'Marsh City', index: 14 },
      { actorId: 'freedonia', text: 'Fredonburg', index: 32 },
    ]);
  });

  it('is case-sensitive and does not match inside longer words', () => {
    expect(lexicon.findMentions('freedonia, Freedonians, NCAA and Bergen are not mentions.')).toEqual([]);
  });

  it('takes the longest match and never overlaps', () => {
    expect(lexicon.findMentions('The Freedonian Defence Ministry said so.')).toEqual([
      { actorId: 'freedonia-defence-ministry', text: 'Freedonian Defence Ministry', index: 4 },
    ]);
    expect(lexicon.findMentions('Anna Berg spoke; Berg left.')).toEqual([
      { actorId: 'anna-berg', text: 'Anna Berg', index: 0 },
      { actorId: 'anna-berg', text: 'Berg', index: 17 },
    ]);
  });

  it('matches possessives with straight and curly apostrophes', () => {
    expect(lexicon.findMentions('Fredonburg’s envoy met Sylvania\'s envoy.')).toEqual([
      { actorId: 'freedonia', text: 'Fredonburg', index: 0 },
      { actorId: 'sylvania', text: 'Sylvania', index: 23 },
    ]);
  });

  it('matches an acronym with or without dots', () => {
    expect(lexicon.findMentions('F.R.D. troops and FRD ships; the S.R. and SR navies.')).toEqual([
      { actorId: 'freedonia', text: 'F.R.D.', index: 0 },
      { actorId: 'freedonia', text: 'FRD', index: 18 },
      { actorId: 'sylvania', text: 'S.R.', index: 33 },
      { actorId: 'sylvania', text: 'SR', index: 42 },
    ]);
  });

  it.each([
    ['The FRD Coast Guard said', 'The F.R.D. Coast Guard said', 4],
    ['The S.R. Navy said', 'The SR Navy said', 4],
  ])('matches an acronym in a longer name with or without dots: %s / %s', (listed, written, index) => {
    const name = listed.slice(index, listed.length - ' said'.length);
    const found = createActorLexicon([{ id: 'guard', name, kind: 'body', aliases: [], demonyms: [] }]).findMentions(written);
    expect(found).toEqual([{ actorId: 'guard', text: written.slice(index, written.length - ' said'.length), index }]);
  });

  it('does not take a word of capitals that is not an acronym of the name for one: "FRD Coast Guard" is not "F.R.D.S. Coast Guard"', () => {
    const lexicon = createActorLexicon([{ id: 'guard', name: 'FRD Coast Guard', kind: 'body', aliases: [], demonyms: [] }]);
    expect(lexicon.findMentions('The F.R.D.S. Coast Guard said')).toEqual([]);
  });

  it('matches a lower-case alias capitalised at the start of a sentence', () => {
    expect(lexicon.findMentions('The Palace denied it. Later the Palace agreed.')).toEqual([
      { actorId: 'sylvania', text: 'The Palace', index: 0 },
      { actorId: 'sylvania', text: 'the Palace', index: 28 },
    ]);
  });

  it.each([
    // Terms that share their first words ("the Courier", "the Palace"; "Marsh City", "Marsh Authorities").
    ['the Courier and the Palace', ['the Courier', 'the Palace']],
    ['Marsh Authorities, not Marsh City', ['Marsh Authorities', 'Marsh City']],
    // A longer term cut short, or followed by a letter, leaves the shorter one it starts with, or nothing.
    ['Anna Bergen and Anna Ber', []],
    ['Tomas Ruhl’s aide and Tomas Ruhlmann', ['Tomas Ruhl']],
    // At the very end of the text, and after a character outside the Basic Multilingual Plane.
    ['in Marsh City', ['Marsh City']],
    ['\u{1D400} Sylvania', ['Sylvania']],
  ])('reads terms that share words, are cut short or end the text: %s', (text, found) => {
    expect(lexicon.findMentions(text).map((m) => m.text)).toEqual(found);
  });

  it('finds each of many terms that start alike, whatever letter follows the shared start', () => {
    // Five and more terms after "the ": the matcher looks their next letter up in a table, and walks
    // the others (a letter outside ASCII, "É") as for any term.
    const many = createActorLexicon([
      ...['Courier', 'Herald', 'Post', 'Wire', 'Élysée', 'marsh office'].map((words, k): Actor => ({ id: `outlet-${k}`, name: `Outlet ${k}`, kind: 'media', aliases: [`the ${words}`], demonyms: [] })),
    ]);
    const text = 'the Wire, the Élysée, the Heralds, the marsh office and the Post; the Postman; The Courier.';
    expect(many.findMentions(text).map((m) => [m.text, m.actorId])).toEqual([
      ['the Wire', 'outlet-3'],
      ['the Élysée', 'outlet-4'],
      ['the marsh office', 'outlet-5'],
      ['the Post', 'outlet-2'],
      ['The Courier', 'outlet-0'],
    ]);
  });

  it('ignores an alias that two actors share', () => {
    expect(lexicon.findMentions('Voss said it; Lena Voss agreed.')).toEqual([
      { actorId: 'lena-voss', text: 'Lena Voss', index: 14 },
    ]);
  });
});

describe('mentionsWithin', () => {
  /** `text[start, end)` with `hidden` written over, as the quote detector masks quotations. */
  const masked = (text: string, start: number, end: number, hidden: Stretch[]) => {
    let out = text;
    for (const h of hidden) out = out.slice(0, h.start) + '\u2592'.repeat(h.end - h.start) + out.slice(h.end);
    return out.slice(start, end);
  };
  const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

  const QUOTED = 'Berg met Ruhl. Freedonia said “Sylvania lied” on Tuesday, the Courier reported.';
  const SECOND = { start: QUOTED.indexOf('Freedonia'), end: QUOTED.length };
  it.each([
    ['a sentence after another, a quotation hidden', QUOTED, SECOND, [at(QUOTED, '“Sylvania lied”')], ['freedonia', 'daily-courier']],
    ['the first sentence', QUOTED, { start: 0, end: QUOTED.indexOf(' Freedonia') }, [], ['anna-berg', 'tomas-ruhl']],
    ['a name right before a hidden stretch', 'Ruhl“s” men', { start: 0, end: 11 }, [at('Ruhl“s” men', '“s”')], ['tomas-ruhl']],
  ])('reads %s off the whole text’s mentions, as findMentions reads the masked slice', (_, text, { start, end }, hidden, ids) => {
    const found = mentionsWithin(text, lexicon.findMentions(text), start, end, hidden);
    expect(found).toEqual(lexicon.findMentions(masked(text, start, end, hidden)));
    expect(found?.map((m) => m.actorId)).toEqual(ids);
  });

  it.each([
    ['a name runs across the start', 'the Freedonian Defence Ministry said', { start: 15, end: 36 }, []],
    ['a name runs across the end', 'He met Anna Berg today', { start: 0, end: 12 }, []],
    ['a letter is right before the start', 'XFreedonia said', { start: 1, end: 15 }, []],
    ['a letter is right after the end', 'Freedonian troops', { start: 0, end: 9 }, []],
    ['a name runs into a hidden stretch', 'Anna Berg said', { start: 0, end: 14 }, [{ start: 4, end: 10 }]],
    ['a hidden stretch starts on a letter', 'Ruhl said Berg lied', { start: 0, end: 19 }, [at('Ruhl said Berg lied', 'Berg')]],
  ])('gives null when %s (the masked slice may name other actors)', (_, text, { start, end }, hidden) => {
    expect(mentionsWithin(text, lexicon.findMentions(text), start, end, hidden)).toBeNull();
  });
});

describe('governmentOf', () => {
  it('is the actor itself for governments and intergovernmental organisations', () => {
    expect(lexicon.governmentOf('sylvania')).toBe('sylvania');
    expect(lexicon.governmentOf('northern-council')).toBe('northern-council');
  });

  it('follows the government field of bodies and people, or the body of a person', () => {
    expect(lexicon.governmentOf('freedonia-defence-ministry')).toBe('freedonia');
    expect(lexicon.governmentOf('tomas-ruhl')).toBe('sylvania');
    expect(lexicon.governmentOf('anna-berg')).toBe('freedonia');
  });

  it('is null for commentators, media and unknown ids', () => {
    expect(lexicon.governmentOf('max-ober')).toBeNull();
    expect(lexicon.governmentOf('daily-courier')).toBeNull();
    expect(lexicon.governmentOf('nobody')).toBeNull();
  });
});

describe('resolveSpeakerPhrase', () => {
  it('reads a name cut short by a longer demonym as no name: "the North" in "the North Sylvanian man"', () => {
    const north: Actor = { id: 'north-sylvania', name: 'North Sylvania', kind: 'government', aliases: ['the North'], demonyms: ['North Sylvanian'] };
    const withNorth = createActorLexicon([...actors, north]);
    for (const phrase of ['the North Sylvanian man', 'the North Sylvanian woman', 'the North Sylvanian officer']) {
      expect(withNorth.resolveSpeakerPhrase(phrase)).toEqual({ actor: null, government: 'north-sylvania' });
    }
    expect(withNorth.resolveSpeakerPhrase('the North')).toEqual({ actor: 'north-sylvania', government: 'north-sylvania' });
  });

  it('reads "the North" in a plural demonym as no name either: "one of the North Sylvanians" is people, of no side', () => {
    const north: Actor = { id: 'north-sylvania', name: 'North Sylvania', kind: 'government', aliases: ['the North'], demonyms: ['North Sylvanian'] };
    const withNorth = createActorLexicon([...actors, north]);
    for (const phrase of ['one of the North Sylvanians', 'some of the North Sylvanians', 'the North Sylvanians']) {
      expect(withNorth.resolveSpeakerPhrase(phrase)).toEqual({ actor: null, government: null });
    }
    // Its possessive still names the state.
    expect(withNorth.resolveSpeakerPhrase('the North’s defence ministry').government).toBe('north-sylvania');
  });

  it.each([
    // A demonym after "ethnic" names a people (a minority abroad, separatists), not that state's government.
    ['Ethnic Sylvanian officials', null],
    ['the ethnic Sylvanian community leaders', null],
    ['Authorities in the ethnic-Freedonian region', null],
    ['an ethnically Freedonian commander', null],
    // Without "ethnic", the demonym still names the state.
    ['Sylvanian officials', 'sylvania'],
    ['the Freedonian foreign ministry', 'freedonia'],
    ['a Sylvanian ethnic-affairs official', 'sylvania'],
    // A name the data lists that holds "ethnic" and a demonym is still that name.
    ['the ethnic Freedonian leadership', 'marsh-authorities'],
  ])('reads a demonym after "ethnic" as a people of no government: %s → %s', (phrase, government) => {
    expect(lexicon.resolveSpeakerPhrase(phrase).government).toBe(government);
  });

  it('resolves a phrase naming a body to the body', () => {
    expect(lexicon.resolveSpeakerPhrase("the State Bureau's deputy spokesperson")).toEqual({
      actor: 'freedonia-state-bureau',
      government: 'freedonia',
    });
  });

  it('resolves a phrase naming a person to the person', () => {
    expect(lexicon.resolveSpeakerPhrase('Sylvanian Defence Minister Tomas Ruhl')).toEqual({
      actor: 'tomas-ruhl',
      government: 'sylvania',
    });
  });

  it('does not take a one-word alias that starts another person’s name for that person: "Berg Ji-won of Sylvania’s ruling party"', () => {
    expect(lexicon.resolveSpeakerPhrase('Berg Ji-won of Sylvania’s ruling party')).toEqual({ actor: null, government: 'sylvania' });
    expect(lexicon.resolveSpeakerPhrase('Berg')).toEqual({ actor: 'anna-berg', government: 'freedonia' });
  });

  it('resolves a government named as possessor even when the office is not in the data', () => {
    expect(lexicon.resolveSpeakerPhrase('Sylvania’s military intelligence chief')).toEqual({
      actor: null,
      government: 'sylvania',
    });
  });

  it('makes the government the speaker when the phrase names only the government', () => {
    expect(lexicon.resolveSpeakerPhrase('Marsh City')).toEqual({ actor: 'sylvania', government: 'sylvania' });
    expect(lexicon.resolveSpeakerPhrase('The Palace')).toEqual({ actor: 'sylvania', government: 'sylvania' });
    expect(lexicon.resolveSpeakerPhrase('the Freedonian government')).toEqual({ actor: 'freedonia', government: 'freedonia' });
    expect(lexicon.resolveSpeakerPhrase('the Northern Council')).toEqual({
      actor: 'northern-council',
      government: 'northern-council',
    });
  });

  it('gives only the government for an unnamed official marked by a demonym', () => {
    expect(lexicon.resolveSpeakerPhrase('a senior Freedonian administration official')).toEqual({
      actor: null,
      government: 'freedonia',
    });
    expect(lexicon.resolveSpeakerPhrase('Sylvanian officials')).toEqual({ actor: null, government: 'sylvania' });
  });

  it('resolves commentators and media without a government', () => {
    expect(lexicon.resolveSpeakerPhrase('analyst Max Ober')).toEqual({ actor: 'max-ober', government: null });
    expect(lexicon.resolveSpeakerPhrase('the Daily Courier')).toEqual({ actor: 'daily-courier', government: null });
    expect(lexicon.resolveSpeakerPhrase('Freedonian newspaper the Daily Courier')).toEqual({ actor: 'daily-courier', government: null });
    expect(lexicon.resolveSpeakerPhrase('Sylvanian analyst Max Ober')).toEqual({ actor: 'max-ober', government: null });
  });

  it('ignores a government that is only the addressee or topic', () => {
    expect(lexicon.resolveSpeakerPhrase('Freedonia’s ambassador to Sylvania')).toEqual({
      actor: null,
      government: 'freedonia',
    });
  });

  it('reads someone of a person’s ("Berg’s spokesperson") as on their side, not as the person', () => {
    expect(lexicon.resolveSpeakerPhrase('Anna Berg’s spokesperson')).toEqual({ actor: null, government: 'freedonia' });
    expect(lexicon.resolveSpeakerPhrase('Anna Berg')).toEqual({ actor: 'anna-berg', government: 'freedonia' });
  });

  it('takes the known name that ends a phrase naming two of a kind as its head', () => {
    expect(lexicon.resolveSpeakerPhrase('the Freedonian Defence Ministry bureau State Bureau')).toEqual({ actor: 'freedonia-state-bureau', government: 'freedonia' });
    expect(lexicon.resolveSpeakerPhrase('the State Bureau of the Defence Ministry')).toEqual({ actor: null, government: 'freedonia' });
    expect(lexicon.resolveSpeakerPhrase('the State Bureau’s and Defence Ministry’s staff')).toEqual({ actor: null, government: 'freedonia' });
  });

  it('reads a demonym inside a known name as part of that name', () => {
    expect(lexicon.resolveSpeakerPhrase('The ethnic Freedonian leadership of the marsh')).toEqual({ actor: null, government: 'marsh-authorities' });
  });

  it('ignores a government that only backs or arms what the phrase names', () => {
    expect(lexicon.resolveSpeakerPhrase('the Sylvania-backed group')).toEqual({ actor: null, government: null });
    expect(lexicon.resolveSpeakerPhrase('the Freedonian-armed militia')).toEqual({ actor: null, government: null });
    // A coalition one government leads is several nations, not that one.
    expect(lexicon.resolveSpeakerPhrase('the Freedonia-led naval coalition')).toEqual({ actor: null, government: null });
    expect(lexicon.resolveSpeakerPhrase('the Sylvanian government')).toEqual({ actor: 'sylvania', government: 'sylvania' });
  });

  it('ignores a government named as the agent of a backer’s participle ("a group backed by Sylvania")', () => {
    const cases: Array<[string, string | null]> = [
      // The named group keeps its own government; the backer is not its side.
      ['Freedonia, a state backed by Sylvania', 'freedonia'],
      ['Freedonia, long supported and armed by Sylvania', 'freedonia'],
      ['the militia funded and trained by the Sylvanian army', null],
      ['a coalition led by Freedonia', null],
      // "by" after no backer's participle still names the speaker's side.
      ['a report by Sylvania', 'sylvania'],
      ['Sylvanian officials, speaking by phone', 'sylvania'],
    ];
    for (const [phrase, government] of cases) expect(lexicon.resolveSpeakerPhrase(phrase).government, phrase).toBe(government);
  });

  it('prefers the government the phrase names over a body alias of another government', () => {
    expect(lexicon.resolveSpeakerPhrase('a spokesperson for Sylvania’s Defence Ministry')).toEqual({
      actor: null,
      government: 'sylvania',
    });
    expect(lexicon.resolveSpeakerPhrase('the Sylvanian Defence Ministry')).toEqual({ actor: null, government: 'sylvania' });
  });

  it('reads a side named only as where a body is, after it, as no side of the body’s', () => {
    const cases: Array<[string, string | null, string | null]> = [
      ['the Defence Ministry in Marsh City', 'freedonia-defence-ministry', 'freedonia'],
      ['the Defence Ministry office in Sylvania', 'freedonia-defence-ministry', 'freedonia'],
      ['the State Bureau at the Sylvanian border', 'freedonia-state-bureau', 'freedonia'],
      // A side named before the body, or after it by other words, still disagrees with the data's.
      ['Sylvania’s Defence Ministry in Marsh City', null, 'sylvania'],
      ['the Defence Ministry of Sylvania', null, 'sylvania'],
    ];
    for (const [phrase, actor, government] of cases) expect(lexicon.resolveSpeakerPhrase(phrase)).toEqual({ actor, government });
  });

  it('reads a demonym that opens a phrase as the possessive the topic data lists ("Sylvanian intelligence" for "Sylvania’s intelligence agency")', () => {
    const withPossessives = createActorLexicon([
      ...actors,
      { id: 'sylvania-intelligence', name: 'Intelligence Directorate', kind: 'body', government: 'sylvania', aliases: ['Sylvania’s intelligence agency'], demonyms: [] },
      { id: 'sylvania-joint-staff', name: 'Joint Staff', kind: 'body', government: 'sylvania', aliases: ["Sylvania's Joint Staff"], demonyms: [] },
      { id: 'sylvanian-radio', name: 'Radio Marsh', kind: 'media', aliases: ['Marsh City’s state radio'], demonyms: [] },
    ]);
    const cases: Array<[string, string | null, string | null]> = [
      ['the Sylvanian intelligence agency', 'sylvania-intelligence', 'sylvania'],
      ['Sylvanian intelligence', 'sylvania-intelligence', 'sylvania'],
      ['the Sylvanian Joint Staff', 'sylvania-joint-staff', 'sylvania'],
      // An alias's possessive may be an alias of the state ("Marsh City’s"); an outlet speaks for no government.
      ['Sylvanian state radio', 'sylvanian-radio', null],
      // The body's officials speak for the body (as "Sylvania's Joint Staff officials" do).
      ['Sylvanian intelligence officials', 'sylvania-intelligence', 'sylvania'],
      ['the Sylvanian Joint Staff spokesperson', 'sylvania-joint-staff', 'sylvania'],
      // Not listed, or not at the opening: the government alone.
      ['Sylvanian military intelligence', null, 'sylvania'],
      ['Sylvanian military officials', null, 'sylvania'],
      ['Sylvanian officials', null, 'sylvania'],
      ['a Sylvanian intelligence agency', null, 'sylvania'],
      ['Freedonian intelligence', null, 'freedonia'],
    ];
    for (const [phrase, actor, government] of cases) expect(withPossessives.resolveSpeakerPhrase(phrase)).toEqual({ actor, government });
  });

  it('reads the body a demonym names as the speaker when its sources or its records wrap it ("Sylvanian intelligence sources", "reports from Sylvanian intelligence")', () => {
    const withPossessives = createActorLexicon([
      ...actors,
      { id: 'sylvania-intelligence', name: 'Intelligence Directorate', kind: 'body', government: 'sylvania', aliases: ['Sylvania’s intelligence agency'], demonyms: [] },
      { id: 'sylvania-joint-staff', name: 'Joint Staff', kind: 'body', government: 'sylvania', aliases: ["Sylvania's Joint Staff"], demonyms: [] },
    ]);
    const cases: Array<[string, string | null, string | null]> = [
      ['Sylvanian intelligence sources', 'sylvania-intelligence', 'sylvania'],
      ['the Sylvanian Joint Staff sources', 'sylvania-joint-staff', 'sylvania'],
      ['Reports from Sylvanian intelligence', 'sylvania-intelligence', 'sylvania'],
      ['reports from the Sylvanian Joint Staff', 'sylvania-joint-staff', 'sylvania'],
      ['Assessments from Sylvanian intelligence', 'sylvania-intelligence', 'sylvania'],
      // Near misses: no body named, a body the data does not list, or words that make the records another's.
      ['Sylvanian sources', null, 'sylvania'],
      ['Reports from Sylvanian officials', null, 'sylvania'],
      ['Sylvanian military intelligence sources', null, 'sylvania'],
      ['Freedonian intelligence sources', null, 'freedonia'],
      ['Reports about Sylvanian intelligence', null, null],
    ];
    for (const [phrase, actor, government] of cases) expect([phrase, withPossessives.resolveSpeakerPhrase(phrase)]).toEqual([phrase, { actor, government }]);
  });

  it('reads a state’s name with a body’s words before or after it as the body the data lists under its possessive, however ordered or spelled', () => {
    const withPossessives = createActorLexicon([
      ...actors,
      { id: 'sylvania-health-ministry', name: 'Health Ministry', kind: 'body', government: 'sylvania', aliases: ["Sylvania's Health Ministry"], demonyms: [] },
      { id: 'sylvania-joint-staff', name: 'Joint Staff', kind: 'body', government: 'sylvania', aliases: ["Sylvania's Joint Staff"], demonyms: [] },
      { id: 'freedonia-defense-office', name: 'Defense Office', kind: 'body', government: 'freedonia', aliases: ["Freedonia's defense office"], demonyms: [] },
    ]);
    const cases: Array<[string, string | null, string | null]> = [
      ['Sylvania’s Ministry of Health', 'sylvania-health-ministry', 'sylvania'],
      ['the Ministry of Health of Sylvania', 'sylvania-health-ministry', 'sylvania'],
      ['Sylvania’s health ministry', 'sylvania-health-ministry', 'sylvania'],
      ['The joint staff of Sylvania', 'sylvania-joint-staff', 'sylvania'],
      ['Freedonia’s Defence Office', 'freedonia-defense-office', 'freedonia'],
      ['Freedonia’s Office of Defence', 'freedonia-defense-office', 'freedonia'],
      // Another body, another state’s body, someone of the body, or words besides: the government alone.
      ['Sylvania’s Ministry of Finance', null, 'sylvania'],
      ['Freedonia’s Ministry of Health', null, 'freedonia'],
      ['Sylvania’s Ministry', null, 'sylvania'],
      ['a spokesperson for Sylvania’s Ministry of Health', null, 'sylvania'],
      ['Sylvania’s Ministry of Health officials', null, 'sylvania'],
    ];
    for (const [phrase, actor, government] of cases) expect(withPossessives.resolveSpeakerPhrase(phrase)).toEqual({ actor, government });
  });

  it('returns nulls when unsure', () => {
    expect(lexicon.resolveSpeakerPhrase('the official')).toEqual({ actor: null, government: null });
    expect(lexicon.resolveSpeakerPhrase('Freedonian and Sylvanian officials')).toEqual({ actor: null, government: null });
    expect(lexicon.resolveSpeakerPhrase('Voss')).toEqual({ actor: null, government: null });
  });
});
