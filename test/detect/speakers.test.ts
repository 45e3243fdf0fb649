import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors, statements, what, who } from './quotes.fixture.ts';

describe('speakers: names and titles', () => {
  it('splits a title from a known person’s name', () => {
    expect(who(statements(['Sylvanian Defence Minister Tomas Ruhl said the drills were over.']))).toEqual([
      {
        speaker: { name: 'Tomas Ruhl', description: 'Sylvanian Defence Minister', actor: 'tomas-ruhl' },
        government: 'sylvania',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('gives an unknown person the government their title names, and no actor', () => {
    expect(who(statements(['Freedonian Interior Minister Karl Weiss said the camps were full.']))).toEqual([
      {
        speaker: { name: 'Karl Weiss', description: 'Freedonian Interior Minister', actor: null },
        government: 'freedonia',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('keeps the portfolio of a "Minister of …" out of the name after it, "and" in it included', () => {
    const cases: [string, string, string | null][] = [
      ['Sylvania’s Minister of Health Karl Weiss said the camps were full.', 'Karl Weiss', 'sylvania'],
      ['Sylvania’s Deputy Minister of Territorial Administration and Infrastructure Karl Weiss said the camps were full.', 'Karl Weiss', 'sylvania'],
      ['The Freedonian Minister of Labour and Social Affairs Karl Weiss said the camps were full.', 'Karl Weiss', 'freedonia'],
      // A second side after "and" is no portfolio: the phrase speaks for no one side.
      ['The Freedonian Minister of Health and Sylvanian Interior Minister Karl Weiss said the camps were full.', 'Karl Weiss', null],
      // With no side named before "and", the person the topic data knows gives the side of the whole title.
      ['Minister of Regional Development and Infrastructure Anna Berg said the camps were full.', 'Anna Berg', 'freedonia'],
      ['The Minister of Labour and Social Affairs Anna Berg said the camps were full.', 'Anna Berg', 'freedonia'],
      ['The Minister of Health and Sylvanian officials said the camps were full.', 'The Minister of Health and Sylvanian officials', null],
    ];
    for (const [text, name, government] of cases) {
      const [mention] = statements([text]);
      expect([text, mention?.speaker.name ?? mention?.speaker.description, mention?.government]).toEqual([text, name, government]);
    }
  });

  it('reads a name with a particle joined by a hyphen as a name, before a trailing title', () => {
    expect(who(statements(['Sylvanian attacks will stop when the war ends, Omar al-Lind, State Bureau spokesperson, said.']))).toEqual([
      {
        speaker: { name: 'Omar al-Lind', description: 'State Bureau spokesperson', actor: 'freedonia-state-bureau' },
        government: 'freedonia',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('does not take a person whose surname the topic data lists for another person with that surname', () => {
    const [other] = who(statements(['Sylvanian attacks will stop, Omar Berg said.']));
    expect(other).toEqual({ speaker: { name: 'Omar Berg', description: '', actor: null }, government: null, resolvedBy: 'explicit' });
    // The person herself, with an initial, another spelling of a given name, or a title word left in the name.
    for (const [name, actor] of [['Anna M. Berg', 'anna-berg'], ['Bureau Anna Berg', 'anna-berg'], ['Tomasz Ruhl', 'tomas-ruhl']]) {
      expect(who(statements([`Sylvanian attacks will stop, ${name} said.`]))[0]?.speaker.actor).toBe(actor);
    }
  });

  it('reads a role word before a known name as what the actor is, not as a given name: "Operator Marsh-Tankers said"', () => {
    const tankers: Actor = { id: 'marsh-tankers', name: 'Marsh-Tankers', kind: 'commentator', aliases: ['Marsh-Tankers A/S'], demonyms: [] };
    const credit = (text: string) => findStatements([{ n: 1, text }], createActorLexicon([...actors, tankers]))[0]?.speaker.actor;
    expect(credit('Operator Marsh-Tankers said the crew had put out a fire.')).toBe('marsh-tankers');
    // A given name before it is still someone else's name.
    expect(credit('Omar Marsh-Tankers said the crew had put out a fire.')).toBeNull();
  });

  it('reads "the company" as the business the article named before, by what the topic data says it is', () => {
    const line: Actor = { id: 'marsh-line', name: 'Marsh Line', kind: 'commentator', role: 'shipping company (Marsh Line Group)', aliases: [], demonyms: [] };
    const analyst: Actor = { id: 'lena-holt', name: 'Lena Holt', kind: 'commentator', role: 'analyst at a shipping consultancy', aliases: ['Holt'], demonyms: [] };
    const credit = (paragraphs: string[]) =>
      findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), createActorLexicon([...actors, line, analyst])).map((m) => [m.speaker.actor, m.government]);
    expect(credit(['Marsh Line suspended all crossings on Monday.', 'The company cited concerns for the safety of its sailors.'])).toEqual([['marsh-line', null]]);
    expect(credit(['Marsh Line’s tanker was hit on Monday. The operator said the crew were unharmed.'])).toEqual([['marsh-line', null]]);
    // A person whose role names a business is no company.
    expect(credit(['Holt arrived at the port on Monday.', 'The company cited concerns for the safety of its sailors.'])).toEqual([[null, null]]);
  });

  it('reads a name alone after a description ("said a Sylvanian military analyst, Jan Kowal") as who speaks, described by the words before it', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.name, m.speaker.description, m.government]);
    const cases: [string, [string | null, string, string | null]][] = [
      // An independent voice or a private person speaks for no government, whichever comes first.
      ['“The boats are lost,” said a Sylvanian military analyst, Jan Kowal.', ['Jan Kowal', 'a Sylvanian military analyst', null]],
      ['“The boats are lost,” said a Sylvanian defector, Jan Kowal.', ['Jan Kowal', 'a Sylvanian defector', null]],
      ['A Sylvanian military analyst, Jan Kowal, said the boats were lost.', ['Jan Kowal', 'A Sylvanian military analyst', null]],
      // An official keeps the side the description names; a known person is that person.
      ['“The boats are lost,” said a Sylvanian navy spokesman, Jan Kowal.', ['Jan Kowal', 'a Sylvanian navy spokesman', 'sylvania']],
      ['“The boats are lost,” said the Sylvanian defence minister, Tomas Ruhl.', ['Tomas Ruhl', 'the Sylvanian defence minister', 'sylvania']],
      // An age after the description is no name.
      ['“The boats are lost,” said a Sylvanian soldier, 25.', [null, 'a Sylvanian soldier', null]],
    ];
    for (const [text, expected] of cases) expect(credit(text)).toEqual([expected]);
  });

  it('finds the full name and title for a surname used earlier in the source', () => {
    const mentions = statements([
      'Freedonian Interior Minister Karl Weiss said the camps were full.',
      'Weiss added that more tents were on the way.',
    ]);
    expect(who(mentions)[1]).toEqual({
      speaker: { name: 'Karl Weiss', description: 'Freedonian Interior Minister', actor: null },
      government: 'freedonia',
      resolvedBy: 'explicit',
    });
  });

  it('finds a name first seen in narrative, with name particles', () => {
    const mentions = statements([
      'Berg met Sylvanian Foreign Minister Lena van Aalst in Fredonburg on Monday.',
      'Van Aalst is new to the post. Later, van Aalst said the meeting had gone well.',
    ]);
    expect(who(mentions)).toEqual([
      {
        speaker: { name: 'Lena van Aalst', description: 'Sylvanian Foreign Minister', actor: null },
        government: 'sylvania',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('does not read an outlet or an institution as a personal name', () => {
    const mentions = statements(['The Evening Herald said the border was closed.', 'The State Bureau said it was open.']);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.description, m.speaker.actor])).toEqual([
      [null, 'The Evening Herald', null],
      [null, 'The State Bureau', 'freedonia-state-bureau'],
    ]);
  });
});

describe('speakers: role phrases', () => {
  it('gives the words of someone for or about a person to that someone, not to the person named', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.government]);
    // Speaking for Ruhl: his side, not him.
    expect(credit('A spokesperson for Ruhl said the boats had left.')).toEqual([[null, 'sylvania']]);
    expect(credit('A spokesman for the Sylvanian Defence Minister Tomas Ruhl said the boats had left.')).toEqual([[null, 'sylvania']]);
    // About Ruhl: no side the phrase names.
    expect(credit('Critics of Ruhl said the boats had left.')).toEqual([[null, null]]);
    // A title of the person named is still theirs.
    expect(credit('Deputy spokesperson of the State Bureau Anna Berg said the boats had left.')).toEqual([['anna-berg', 'freedonia']]);
  });

  it.each([
    // Border guards are a service, as "police" is: its side speaks.
    ['Freedonian border guards said the boats had left.', 'Freedonian border guards', 'freedonia'],
    // Troops and peacekeepers are as often soldiers talking to reporters as a command: no side, as
    // "soldiers" (a force the topic data lists, "Sylvanian peacekeepers" as its alias, keeps its side).
    ['Freedonian troops said the boats had left.', 'Freedonian troops', null],
    ['Sylvanian peacekeepers said the boats had left.', 'Sylvanian peacekeepers', null],
    ['A Sylvanian peacekeeper said the boats had left.', 'A Sylvanian peacekeeper', null],
    // An adjective is no speaker: "marine" of a marine firm.
    ['The marine risk firm Ambit said the boats had left.', 'The marine risk firm Ambit', null],
  ])('hears troops, peacekeepers and guards speak: %j', (text, description, government) => {
    const [mention] = statements([text]);
    expect([mention?.speaker.description, mention?.government]).toEqual([description, government]);
  });

  it.each([
    // People by their occupation or calling speak for themselves, whatever their demonym.
    ['The blaze had spread overnight, firefighters said.', 'firefighters', null],
    ['On Monday, rescuers said they had pulled 14 people from the rubble.', 'rescuers', null],
    ['The ferry listed sharply, Sylvanian passengers said.', 'Sylvanian passengers', null],
    ['The vote should be postponed, tribal elders said.', 'tribal elders', null],
    ['The prayers would go ahead, a Freedonian imam said.', 'a Freedonian imam', null],
    ['The monastery was damaged, monks said.', 'monks', null],
    ['Sales had collapsed, shopkeepers said.', 'shopkeepers', null],
    ['The spill would harm wildlife, environmentalists said.', 'environmentalists', null],
    ['He had seen no foul, the referee said.', 'the referee', null],
    // Monitors and pollsters watch the sides and speak for none.
    ['The count was orderly, Sylvanian election monitors said.', 'Sylvanian election monitors', null],
    ['The race was close, a Freedonian pollster said.', 'a Freedonian pollster', null],
    // A sports league and an observatory speak for themselves; a coastguard, a regulator and a tribunal of a
    // country are its voice, as its navy and its court are.
    ['The match would be replayed, the Freedonian football league said.', 'the Freedonian football league', null],
    ['The quake measured 6.1, the Sylvanian observatory said.', 'the Sylvanian observatory', null],
    ['Two fishermen were missing, the Freedonian coastguard said.', 'the Freedonian coastguard', 'freedonia'],
    ['Two fishermen were missing, the Freedonian coast guard said.', 'the Freedonian coast guard', 'freedonia'],
    ['The merger would harm consumers, the Sylvanian regulator said.', 'the Sylvanian regulator', 'sylvania'],
    ['The appeal had no merit, the tribunal said.', 'the tribunal', null],
    ['The channel was blocked, the harbourmaster said.', 'the harbourmaster', null],
    ['The accounts were incomplete, auditors said.', 'auditors', null],
    ['The evidence was insufficient, the judges said.', 'the judges', null],
  ])('hears people by their occupation and institutions by their kind: %j', (text, description, government) => {
    const [mention] = statements([text]);
    expect([mention?.speaker.description, mention?.government]).toEqual([description, government]);
  });

  it.each([
    // Private people of an election, a trial, a match or a street speak for themselves, whatever their demonym.
    ['The count was fair, Sylvanian voters said.', 'Sylvanian voters', null],
    ['The count was fair, a Sylvanian candidate said.', 'a Sylvanian candidate', null],
    ['The match was fixed, Freedonian fans said.', 'Freedonian fans', null],
    ['The road was blocked, motorists said.', 'motorists', null],
    ['The evidence was planted, the defendant said.', 'the defendant', null],
    ['The race would go ahead, organisers said.', 'organisers', null],
    // Unions, clubs and hospitals are civil society; economists and historians independent voices.
    ['The strike would go ahead, the Freedonian unions said.', 'the Freedonian unions', null],
    ['The player would stay, the Freedonian club said.', 'the Freedonian club', null],
    ['30 people were treated, the Sylvanian hospital said.', 'the Sylvanian hospital', null],
    ['The slowdown would deepen, Freedonian economists said.', 'Freedonian economists', null],
    // A consulate and a prosecution are their country's, as an embassy and a prosecutor are.
    ['The crew were safe, the Freedonian consulate said.', 'the Freedonian consulate', 'freedonia'],
    ['The evidence was clear, the Sylvanian prosecution said.', 'the Sylvanian prosecution', 'sylvania'],
    ['The death was accidental, the coroner said.', 'the coroner', null],
  ])('hears voters, fans, defendants, unions, clubs and hospitals: %j', (text, description, government) => {
    const [mention] = statements([text]);
    expect([mention?.speaker.description, mention?.government]).toEqual([description, government]);
  });

  it.each([
    // The same words used otherwise give no statement and no other speaker.
    ['The hospital said to be the largest in the region was shelled.', []],
    ['The fans said to have rioted were detained.', []],
    ['Berg said fans of the club were angry.', ['']],
    ['Freedonia monitors the strait closely, officials said.', ['officials']],
    ['The league table said little about form.', []],
    ['The elder statesman said the talks had failed.', []],
    ['She was patient with the passengers, said the captain.', ['the captain']],
    ['The guard said to be on duty was asleep.', []],
  ])('hears no speaker in an occupation word used otherwise: %j', (text, descriptions) => {
    expect(statements([text]).map((m) => m.speaker.description)).toEqual(descriptions);
  });

  it.each([
    // A role before where its holder is heads the phrase, whatever the place is: the side stays the role's.
    ['A Sylvanian officer aboard the destroyer said the missile was intercepted.', ['A Sylvanian officer aboard the destroyer'], ['sylvania']],
    ['The missile was intercepted, a Sylvanian officer aboard the destroyer said.', ['a Sylvanian officer aboard the destroyer'], ['sylvania']],
    ['Villagers near the dam said the water was rising.', ['Villagers near the dam'], [null]],
    ['The fire was out, a passenger aboard the ferry said.', ['a passenger aboard the ferry'], [null]],
    // A role after the first noun is not who speaks: "the attack on soldiers" is an attack.
    ['The attack on soldiers near the village said little about the war.', [], []],
    ['The ban on fishermen near the reef said to be illegal was lifted.', [], []],
  ])('hears a role before where its holder is ("aboard", "near"): %j', (text, descriptions, governments) => {
    const found = statements([text]);
    expect([found.map((m) => m.speaker.description), found.map((m) => m.government)]).toEqual([descriptions, governments]);
  });

  it.each([
    // A role of a named thing, then a name between commas: the name speaks, the role says who they are.
    ['The Sylvanian owner of the Marsh Star, Kowal Rederi, said the crew were safe.', ['Kowal Rederi', 'The Sylvanian owner of the Marsh Star', null]],
    ['The crew were safe, the captain of the Marsh Star, Jan Kowal, said.', ['Jan Kowal', 'the captain of the Marsh Star', null]],
    // A description that ends in its role was read so already.
    ['The owner of the tanker, Kowal Rederi, said the crew were safe.', ['Kowal Rederi', 'The owner of the tanker', null]],
  ])('reads the name after a role of a named thing as who speaks: %j', (text, expected) => {
    expect(statements([text]).map((m) => [m.speaker.name, m.speaker.description, m.government])).toEqual([expected]);
  });

  it.each([
    // A list of names after a role and its preposition tells where its people are from: the role speaks,
    // not the last names of the list.
    ['Residents of Marsh City, Lisse and Dorn said the crew were safe.', [['Residents of Marsh City, Lisse and Dorn', null]]],
    ['The crew were safe, officials from Freedonia, Sylvania and the Northern Council said.', [['officials from Freedonia, Sylvania and the Northern Council', null]]],
    // A list that opens the sentence or follows a clause word still names the speakers.
    ['As Freedonia, Sylvania and the Northern Council said, the crew were safe.', [['Freedonia', 'freedonia'], ['Sylvania', 'sylvania'], ['the Northern Council', 'northern-council']]],
    ['In Fredonburg, Sylvania and Freedonia said the crew were safe.', [['Sylvania', 'sylvania'], ['Freedonia', 'freedonia']]],
  ])('reads a list of names after a role and its preposition as part of the role’s phrase: %j', (text, expected) => {
    expect(statements([text]).map((m) => [m.speaker.description, m.government])).toEqual(expected);
  });

  it('gives "according to Sylvanian sources" no government: sources told only by a country\'s adjective may be anyone of it', () => {
    const governmentOf = (text: string) => statements([text]).map((m) => m.government);
    for (const [text, government] of [
      ['At least 30 people were killed, according to Sylvanian sources.', null],
      ['The Sylvanian sources said at least 30 people were killed.', null],
      // Sources that say whose they are keep that side.
      ['At least 30 people were killed, Sylvanian military sources said.', 'sylvania'],
      ['At least 30 people were killed, according to sources in the Sylvanian government.', 'sylvania'],
      ['At least 30 people were killed, Sylvanian officials said.', 'sylvania'],
    ] as const) {
      expect(governmentOf(text), text).toEqual([government]);
    }
  });

  it.each([
    // "within" and "inside" keep the body the sources are in inside the phrase, as "in" does.
    ['According to sources within the Sylvanian government, the boats left on Monday.', 'sources within the Sylvanian government', 'sylvania', 'the boats left on Monday'],
    ['The boats left on Monday, according to officials inside the Freedonian Defence Ministry.', 'officials inside the Freedonian Defence Ministry', 'freedonia', 'The boats left on Monday'],
    ['“The boats left,” said a source inside the Sylvanian government.', 'a source inside the Sylvanian government', 'sylvania', 'The boats left'],
    // A place with no side named keeps no government.
    ['A source inside the port said the boats left within hours.', 'A source inside the port', null, 'the boats left within hours'],
  ])('reads "sources within X", "a source inside X" as one phrase: %s', (text, speaker, government, words) => {
    expect(statements([text]).map((m) => [m.speaker.description ?? m.speaker.name, m.government, m.quote ?? m.reported])).toEqual([[speaker, government, words]]);
  });

  it('keeps the side of a force the topic data lists, named by its members: "Sylvanian peacekeepers said"', () => {
    const force: Actor = { id: 'sylvanian-peacekeepers', name: 'Sylvanian peacekeeping contingent', kind: 'body', government: 'sylvania', aliases: ['Sylvanian peacekeepers'], demonyms: [] };
    const lexicon = createActorLexicon([...actors, force]);
    const [mention] = findStatements([{ n: 1, text: 'Sylvanian peacekeepers said the boats had left.' }], lexicon);
    expect([mention?.speaker.actor, mention?.government]).toEqual(['sylvanian-peacekeepers', 'sylvania']);
  });

  it('keeps a known person as the speaker when the appositive names another: "Ruhl, Berg’s counterpart, said"', () => {
    expect(statements(['Ruhl, Berg’s counterpart, said the boats had left.']).map((m) => [m.speaker.actor, m.government])).toEqual([['tomas-ruhl', 'sylvania']]);
  });

  it('reads rebels as speakers for no government their demonym names, unless the topic data calls a side so', () => {
    expect(statements(['Freedonian rebels said they had hit the carrier.']).map((m) => [m.speaker.description, m.government])).toEqual([
      ['Freedonian rebels', null],
    ]);
    expect(statements(['The Sylvanian movement said its missiles had made a “direct hit” on the carrier.']).map((m) => [m.speaker.description, m.government])).toEqual([
      ['The Sylvanian movement', null],
    ]);
    // A movement the topic data lists as a government, with an alias that calls it rebels.
    const front = { id: 'marsh-front', name: 'Marsh Front', kind: 'government' as const, aliases: ['Front rebels'], demonyms: ['Frontist'] };
    const found = findStatements([{ n: 1, text: 'Frontist rebels said they had hit the carrier.' }], createActorLexicon([...actors, front]));
    expect(found.map((m) => m.government)).toEqual(['marsh-front']);
  });

  it('reads officials of an armed movement or of a people as speakers for no government their demonym names', () => {
    const credit = (text: string, more: Actor[] = []) => findStatements([{ n: 1, text }], createActorLexicon([...actors, ...more])).map((m) => m.government);
    for (const text of [
      'Sylvanian separatist officials said they had hit the carrier.',
      'A Freedonian rebel commander said they had hit the carrier.',
      'The Sylvanian-populated region’s government said they had hit the carrier.',
      'The Freedonian-speaking enclave’s leaders said they had hit the carrier.',
      // A region's officials, its people's demonym between, with no region named before.
      'The region’s Sylvanian authorities said they had hit the carrier.',
    ]) {
      expect(credit(text)).toEqual([null]);
    }
    // A side the topic data calls so keeps its officials; the country's own officials keep theirs.
    const front = { id: 'marsh-front', name: 'Marsh Front', kind: 'government' as const, aliases: ['Frontist rebels'], demonyms: ['Frontist'] };
    expect(credit('Frontist rebel officials said they had hit the carrier.', [front])).toEqual(['marsh-front']);
    expect(credit('Sylvanian officials said they had hit the carrier.')).toEqual(['sylvania']);
    expect(credit('The Sylvanian-backed government said they had hit the carrier.')).toEqual([null]);
    // A region the sentence names is whose its officials are.
    expect(credit('Twenty sailors died in Sylvania, the region’s Sylvanian authorities said.')).toEqual(['sylvania']);
  });

  it('reads "the group" as the one side its own sentence named before it, when that side is called a group', () => {
    const front = { id: 'marsh-front', name: 'Marsh Front', kind: 'government' as const, aliases: ['Front group'], demonyms: ['Frontist'] };
    const read = (text: string) =>
      findStatements([{ n: 1, text }], createActorLexicon([...actors, front])).map((m) => [m.speaker.description, m.government]);
    expect(read('A total of 17 Frontist fighters were killed in strikes, the Sylvania-backed rebel group said on Saturday.')).toEqual([
      ['the Sylvania-backed rebel group', 'marsh-front'],
    ]);
    // Two sides named before it: a reader cannot tell whose group speaks.
    expect(read('Freedonian jets killed 17 Frontist fighters, the group said on Saturday.')).toEqual([['the group', null]]);
  });

  it('reads "the Sylvania-backed group" in a later paragraph as the group that spoke before, never as its backer', () => {
    const front = { id: 'marsh-front', name: 'Marsh Front', kind: 'government' as const, aliases: ['Front group'], demonyms: ['Frontist'] };
    const read = (paragraphs: string[]) =>
      findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), createActorLexicon([...actors, front])).map((m) => m.government);
    const lead = 'A total of 17 Frontist fighters were killed in strikes, the group said.';
    expect(read([lead, 'Freedonia confirmed the strikes.', 'The Sylvania-backed group said the campaign supports Sylvania.'])).toEqual(['marsh-front', 'freedonia', 'marsh-front']);
    // Another side named in its own sentence: not the group before.
    expect(read([lead, 'Freedonian jets hit the port, the Sylvania-backed group said.']).at(-1)).toBeNull();
    // The group before is the backer's own: no side.
    expect(read(['Sylvanian troops were hit, the Sylvanian group said.', 'The Sylvania-backed group said the campaign goes on.']).at(-1)).toBeNull();
  });

  it('reads bodies of a trade or of nations as speakers: "the shipping community", "the watchdog", "a consultancy"', () => {
    const mentions = statements([
      'The shipping community called for the release of the Courier and its crew.',
      'The watchdog said the port was closed. Insurers said rates had doubled, according to a maritime consultancy.',
    ]);
    expect(mentions.map((m) => m.speaker.description)).toEqual(['The shipping community', 'The watchdog', 'Insurers', 'a maritime consultancy']);
  });

  it('reads a call sign or nickname in quotation marks as the speaker’s name, not as quoted words', () => {
    const mentions = statements(['A Sylvanian officer with the call sign "Ruhl" said, "They learn quickly." Another officer, "Berg," said the crews were tired.']);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.actor, m.kind])).toEqual([
      ['Tomas Ruhl', 'tomas-ruhl', 'quote'],
      ['Anna Berg', 'anna-berg', 'reported'],
    ]);
    expect(mentions[0]?.speaker.description).not.toContain('"');
  });

  it('reads a quoted name with a linking word before its verb as the speaker’s name: the self-styled “Republic of X” said', () => {
    const cases: Array<[string, string, string | null]> = [
      ['“We accept the proposal,” the self-styled “Republic of Sylvania” said, according to the Courier.', 'the self-styled Republic of Sylvania', 'sylvania'],
      ['The so-called “Defenders of the Homeland” said the port was closed.', 'The so-called Defenders of the Homeland', null],
      ['The self-proclaimed “Council for Sylvania” said the port was closed.', 'The self-proclaimed Council for Sylvania', 'sylvania'],
    ];
    for (const [text, description, government] of cases) {
      const [first] = statements([text]);
      expect([first?.speaker.description, first?.government, first?.verb]).toEqual([description, government, 'said']);
    }
    // A quoted sentence that ends in a comma is speech, not a name: “Rest of the day,” said Berg.
    expect(what(statements(['“Rest of the day,” said Berg.']))).toEqual([{ kind: 'quote', quote: 'Rest of the day', reported: null, verb: 'said' }]);
  });

  it('reads "the leadership of X" as one phrase, not as X alone', () => {
    const [mention] = statements(['The leadership of Sylvania said the port was closed.']);
    expect(mention?.speaker.description).toBe('The leadership of Sylvania');
  });

  it('reads "the bureau under the ministry" as the bureau speaking, not the ministry', () => {
    const [mention] = statements(['The State Bureau under the Freedonian Defence Ministry said the port was closed.']);
    expect([mention?.speaker.description, mention?.speaker.actor, mention?.government]).toEqual([
      'The State Bureau under the Freedonian Defence Ministry',
      null,
      'freedonia',
    ]);
  });

  it('resolves a role phrase naming a body to the body', () => {
    expect(who(statements(['The State Bureau’s deputy spokesperson said talks would resume.']))).toEqual([
      {
        speaker: { name: null, description: 'The State Bureau’s deputy spokesperson', actor: 'freedonia-state-bureau' },
        government: 'freedonia',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('reads a resolution as a document that speaks for whoever adopted it', () => {
    const read = (texts: string[]) => who(statements(texts)).map((w) => [w.speaker.description, w.speaker.actor, w.government]);
    expect(read(['A resolution by the State Bureau states that the port must reopen.'])).toEqual([['the State Bureau', 'freedonia-state-bureau', 'freedonia']]);
    expect(read(['The Freedonian parliament adopted a resolution on Monday.', 'The resolution said the port must reopen.'])).toEqual([['The resolution', null, null]]);
    // Not a document: "conflict resolution" describes the experts who speak.
    expect(read(['Conflict resolution experts said the port must reopen.'])).toEqual([['Conflict resolution experts', null, null]]);
  });

  it('reads an official described by a relative clause as who speaks, not the place or person the clause names', () => {
    const read = (text: string) => who(statements([text])).map((w) => [w.speaker.description ?? w.speaker.name, w.government]);
    expect(read('An official who visited Fredonburg said the talks were over.')).toEqual([['An official', null]]);
    expect(read('A diplomat who met Anna Berg said the talks were over.')).toEqual([['A diplomat', null]]);
    expect(read('A senior Freedonian official who visited Marsh City said the talks were over.')).toEqual([['A senior Freedonian official', 'freedonia']]);
    expect(read('A defector who now lives in Fredonburg said the talks were over.')).toEqual([['A defector', null]]);
  });

  it('gives an unnamed official marked by a demonym only the government', () => {
    expect(who(statements(['A senior Freedonian official confirmed that the convoy had left.']))).toEqual([
      {
        speaker: { name: null, description: 'A senior Freedonian official', actor: null },
        government: 'freedonia',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('gives a commentator no government', () => {
    expect(who(statements(['Max Ober, a defence analyst, said the drills were a bluff.']))).toEqual([
      {
        speaker: { name: 'Max Ober', description: 'a defence analyst', actor: 'max-ober' },
        government: null,
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('reads "the NOUN" as a name when the topic data lists it, not as a reference back', () => {
    expect(who(statements(['The Palace said the talks were over.']))).toEqual([
      { speaker: { name: null, description: 'The Palace', actor: 'sylvania' }, government: 'sylvania', resolvedBy: 'explicit' },
    ]);
  });

  it('leaves actor and government null when the phrase names no one it knows', () => {
    expect(who(statements(['A diplomat said the talks were stalled.']))).toEqual([
      { speaker: { name: null, description: 'A diplomat', actor: null }, government: null, resolvedBy: 'explicit' },
    ]);
  });
});

describe('speakers: pronouns and "the official"', () => {
  it('reads "he" after a sentence about a person named by surname alone as that person, not the last speaker', () => {
    const mentions = statements(['Berg said the boats had left.', 'Ruhl, however, disagreed. He said the port was still full.']);
    expect(mentions.map((m) => m.speaker.actor)).toEqual(['anna-berg', 'tomas-ruhl']);
    expect(statements(['Ruhl visited the Freedonian crews. They fought bravely, he said.']).map((m) => m.speaker.actor)).toEqual(['tomas-ruhl']);
  });

  it('reads "he said" after a sentence about another named person as that person, even after a speaker; "she added" goes on', () => {
    const who1 = statements(['“We will win,” Berg said. Ruhl visited the port on Monday. “We lost,” he said.']);
    expect(who1.map((m) => m.speaker.actor)).toEqual(['anna-berg', 'tomas-ruhl']);
    const who2 = statements(['“We will win,” Berg said. Ruhl visited the port on Monday. “We lost,” she added.']);
    expect(who2.map((m) => m.speaker.actor)).toEqual(['anna-berg', 'anna-berg']);
  });

  it('never reads "he" as a speaker the source called "she", nor the other way round', () => {
    const paragraphs = ['“The talks were useful,” Anna Berg said, adding that Tomas Ruhl had agreed.', '“We are ready,” she added.', '“We will go,” he said.'];
    const mentions = statements(paragraphs);
    expect(mentions.at(-1)?.speaker.actor).toBeNull();
    expect(mentions.at(-1)?.government).toBeNull();
    // A person named since is the one "he" means.
    const named = statements(['“The talks were useful,” Anna Berg said.', '“We are ready,” she added.', 'Tomas Ruhl was in Marsh City on Monday.', '“It was a waste of time,” he said.']);
    expect(named.at(-1)?.speaker.actor).toBe('tomas-ruhl');
  });

  it('reads "he" after a sentence naming persons of two sides, before anyone spoke, as neither', () => {
    for (const paragraphs of [['Berg met Ruhl in Marsh City on Monday.', '“The talks were useful,” he said.'], ['Ruhl met Berg on Monday. She said the talks were useful.']]) {
      const [mention] = statements(paragraphs);
      expect(mention?.speaker.actor).toBeNull();
      expect(mention?.government).toBeNull();
    }
    // One side only: the subject is still the one "he" means.
    expect(statements(['Ruhl met Karl Weiss, a Sylvanian general, on Monday. He said the talks were useful.'])[0]?.speaker.actor).toBe('tomas-ruhl');
  });

  it('reads "he" after a paragraph about a person of another side than the last speaker as neither', () => {
    const last = statements(['“We will respond,” Ruhl said.', 'Berg thanked the crews on Monday.', '“They were brave,” he said.']).at(-1);
    expect(last?.resolvedBy).toBe('none');
    expect(last?.government).toBeNull();
    // "he added" goes on with the speaker; a person of the speaker's own side leaves "he" to the speaker.
    expect(statements(['“We will respond,” Ruhl said.', 'Berg thanked the crews on Monday.', '“They were brave,” he added.']).at(-1)?.speaker.actor).toBe('tomas-ruhl');
    expect(statements(['“We will respond,” Berg said.', 'Karl Weiss, a Freedonian general, visited the crews on Monday.', '“They were brave,” she said.']).at(-1)?.speaker.actor).toBe('anna-berg');
  });

  it('reads "he" after a paragraph about a person of another side told only by their office as neither', () => {
    for (const between of ['On Monday, the Freedonian leader visited the troops at the front.', 'Freedonia’s envoy disagreed.', 'Karl Weiss, the Freedonian envoy, disagreed.']) {
      const last = statements(['“We will hold the line,” Ruhl said.', between, '“We will win this war,” he said.']).at(-1);
      expect(last?.speaker.actor).toBeNull();
      expect(last?.government).toBeNull();
    }
    // The speaker's own side's office holder, or another side told by no office, leave "he" to the speaker.
    for (const between of ['The Sylvanian leader visited the troops at the front.', 'Freedonia sent more troops on Monday.']) {
      expect(statements(['“We will hold the line,” Ruhl said.', between, '“We will win this war,” he said.']).at(-1)?.speaker.actor).toBe('tomas-ruhl');
    }
  });

  it('reads "they" after a sentence about a business or private people of no side as neither', () => {
    for (const between of ['Shipping companies have paused transits.', 'The tanker’s crew sent a distress call.']) {
      const last = statements(['The Freedonian Defence Ministry said a drone hit the tanker.', between, '“We cannot go on,” they said.']).at(-1);
      expect([last?.speaker.actor, last?.government]).toEqual([null, null]);
    }
    // "it added" goes on with the speaker before.
    const own = statements(['The Freedonian Defence Ministry said a drone hit the tanker.', 'Shipping companies have paused transits.', '“We will escort them,” it added.']).at(-1);
    expect(own?.speaker.actor).toBe('freedonia-defence-ministry');
  });

  it('reads "it" after an owner or operator read as a person as neither, not the body that spoke before', () => {
    const last = statements(['The Freedonian Defence Ministry said a drone hit the tanker.', 'The tanker’s owner said the crew was safe.', '“We are assessing the damage,” it said.']).at(-1);
    expect([last?.speaker.actor, last?.government]).toEqual([null, null]);
    // A person who is no business leaves "it" to the body before.
    const body = statements(['The Freedonian Defence Ministry said a drone hit the tanker.', 'Max Ober said the crew was safe.', '“We are assessing the damage,” it said.']).at(-1);
    expect(body?.speaker.actor).toBe('freedonia-defence-ministry');
  });

  // A commentator the topic data lists may be a firm: the title it is named after says which.
  const withFirm = createActorLexicon([...actors, { id: 'marsh-risk', name: 'Marsh Risk', kind: 'commentator', aliases: [], demonyms: [] } as Actor]);
  const lastOf = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), withFirm).at(-1);

  it.each([
    ['British maritime security firm Marsh Risk said a missile hit the tanker.', 'marsh-risk'],
    ['The consultancy Marsh Risk said a missile hit the tanker.', 'marsh-risk'],
    // A person named after a title of their own is no "it"; the body before is.
    ['Security analyst Max Ober said a missile hit the tanker.', 'freedonia-defence-ministry'],
    ['Max Ober said a missile hit the tanker.', 'freedonia-defence-ministry'],
  ])('reads "it" after "%s" as %s', (sentence, actor) => {
    const last = lastOf(['The Freedonian Defence Ministry said a drone hit the tanker.', sentence, '“A missile was fired from the coast,” it added in an advisory note.']);
    expect([last?.speaker.actor, last?.government]).toEqual([actor, actor === 'marsh-risk' ? null : 'freedonia']);
  });

  it.each([
    // A firm named after its staff in the plural ("security consultants Marsh Risk"): a later "they" is the
    // firm, which speaks for no government, whatever country its title names.
    ['Sylvanian security consultants Marsh Risk reported two missiles fired at the tanker.', 'marsh-risk', null],
    ['Maritime risk analysts Marsh Risk said two missiles were fired at the tanker.', 'marsh-risk', null],
    // One analyst is a person: "they" does not mean him, so it goes back to the body before.
    ['Security analyst Max Ober said two missiles were fired at the tanker.', 'freedonia-defence-ministry', 'freedonia'],
    ['Marsh Risk analyst Max Ober said two missiles were fired at the tanker.', 'freedonia-defence-ministry', 'freedonia'],
  ])('reads "they" after "%s" as %s', (sentence, actor, government) => {
    const last = lastOf(['The Freedonian Defence Ministry said a drone hit the tanker.', sentence, 'They are saying that one struck the vessel.']);
    expect([last?.speaker.actor, last?.government]).toEqual([actor, government]);
  });

  it('reads "it" or "they" after a sentence whose subject is another side as neither', () => {
    const cases = [
      ['The Freedonian Defence Ministry said its warships shot down the drones.', 'Sylvania fired three missiles at the ship on Tuesday. It said the ship was a legitimate target.'],
      ['Sylvania said on Monday that it would keep firing.', 'Freedonia and the Northern Council struck back. “We will defend shipping,” they said.'],
    ];
    // A plural subject of one side right before is the one "they" means (speakers-they-after-plural-subject.test.ts).
    const plural = statements(['The State Bureau said the ship was hit.', 'On Tuesday, Sylvanian forces fired three missiles. They said the ship was a legitimate target.']);
    expect(plural.at(-1)?.government).toBe('sylvania');
    for (const paragraphs of cases) {
      const last = statements(paragraphs).at(-1);
      expect(last?.resolvedBy).toBe('none');
      expect(last?.government).toBeNull();
    }
    // The same side's subject leaves "it" to the last speaker.
    const same = statements(['The Freedonian Defence Ministry said the ship was hit.', 'Freedonian warships shot down the drones. It said no ship was damaged.']);
    expect(same.at(-1)?.speaker.actor).toBe('freedonia-defence-ministry');
    // "It added" goes on with the speaker.
    const goesOn = statements(['The Freedonian Defence Ministry said its warships shot down the drones.', 'Sylvania fired three missiles on Tuesday. It added that no ship was damaged.']);
    expect(goesOn.at(-1)?.speaker.actor).toBe('freedonia-defence-ministry');
  });

  it('reads a subject named by an alias with lower-case words as that side: "The rebel authorities have fought since 1991"', () => {
    const rebels: Actor = { id: 'sylvania-rebels', name: 'Sylvanian rebel authorities', kind: 'body', government: 'sylvania', aliases: ['the rebel authorities', 'rebel authorities'], demonyms: [] };
    const last = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), createActorLexicon([...actors, rebels])).at(-1);
    const cases: [string[], string | null][] = [
      // Another side's plural subject right before: "they" means it; "it" may mean either.
      [['The State Bureau said it would house the refugees.', 'The rebel authorities have fought since 1991.', 'They said 200 people were killed.'], 'sylvania'],
      [['The State Bureau said it would house the refugees. The rebel authorities have fought since 1991. It said 200 people were killed.'], null],
      // The same side's subject leaves the pronoun to the speaker; "it added" goes on with it.
      [['The rebel authorities said they had surrendered.', 'The rebel authorities have fought since 1991.', 'They said 200 people were killed.'], 'sylvania'],
      [['The State Bureau said it would house the refugees.', 'The rebel authorities have laid down their arms.', 'It added that 200 people were killed.'], 'freedonia'],
    ];
    for (const [paragraphs, government] of cases) expect(last(paragraphs)?.government).toBe(government);
  });

  it('reads "he" after a sentence telling of a private person as no one, not the official who spoke before', () => {
    const cases = [
      ['“We will free them,” Ruhl said.', 'In the video, a soldier with a bandaged jaw sits on a bed. “I want to go home,” he says.'],
      ['“We will free them,” Ruhl said.', 'Ruhl’s office posted a video of the prisoner.', '“I want to go home,” he said.'],
      ['“We will free them,” Ruhl said.', 'His mother has not heard from him since.', '“I want him back,” she said.'],
    ];
    for (const paragraphs of cases) {
      const last = statements(paragraphs).at(-1);
      expect(last?.resolvedBy).toBe('none');
      expect(last?.government).toBeNull();
    }
    // A sentence about no one in particular leaves "he" to the speaker.
    expect(statements(['“We will free them,” Ruhl said.', 'The talks lasted two hours.', '“We are ready,” he said.']).at(-1)?.speaker.actor).toBe('tomas-ruhl');
  });

  it('reads "it said" after a side that only refused to comment as neither that side nor the one before', () => {
    // A refusal that names what it will not confirm, or one with no words at all.
    const cases: string[][] = [
      ['The State Bureau said the boats had left.', 'Sylvania has not confirmed the losses.', 'It said about 600 sailors had died.'],
      ['The State Bureau said the boats had left.', 'The Palace has declined to comment.', '“They are still at sea,” it said.'],
      ['The State Bureau said the boats had left.', 'Sylvania did not respond to a request for comment.', 'It said about 600 sailors had died.'],
    ];
    for (const paragraphs of cases) {
      const last = statements(paragraphs).at(-1);
      expect(last?.resolvedBy).toBe('none');
      expect(last?.government).toBeNull();
    }
    // A side that spoke goes on with its "it"; so does a refusal with no other side before it, and a
    // refusal of the side that spoke before.
    const goesOn: [string[], string][] = [
      [['The State Bureau said the boats had left.', 'Sylvania denied the losses.', 'It said the boats were fine.'], 'sylvania'],
      [['The Palace has declined to comment.', '“We do not comment on rumours,” it said.'], 'sylvania'],
      [['The State Bureau said the boats had left.', 'The Defence Ministry declined to comment.', '“They are still at sea,” it said.'], 'freedonia'],
    ];
    for (const [paragraphs, government] of goesOn) expect(statements(paragraphs).at(-1)?.government).toBe(government);
  });

  it('resolves he/she to the most recent person who spoke', () => {
    const mentions = statements(['Ruhl said the drills were over.', '“We are going home,” he added.']);
    expect(who(mentions)).toEqual([
      { speaker: { name: 'Tomas Ruhl', description: '', actor: 'tomas-ruhl' }, government: 'sylvania', resolvedBy: 'explicit' },
      { speaker: { name: 'Tomas Ruhl', description: '', actor: 'tomas-ruhl' }, government: 'sylvania', resolvedBy: 'pronoun' },
    ]);
  });

  it('resolves he/she to the person the paragraph named since that speaker, the nearer one', () => {
    const mentions = statements(['Ruhl said the drills were over.', 'Grandmother of four Marta Olsen arrived in an old car. The drive had taken a day, she said.']);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.actor, m.government])).toEqual([
      ['Tomas Ruhl', 'tomas-ruhl', 'sylvania'],
      ['Marta Olsen', null, null],
    ]);
    // The name closing an appositive after the subject: "The second sailor, 19-year-old deckhand Lind, …".
    const appositive = statements(['Ruhl said the drills were over.', 'The second sailor, 19-year-old deckhand Lind, was rescued at dawn. He said the water was cold.']);
    expect(appositive.map((m) => m.speaker.name)).toEqual(['Tomas Ruhl', 'Lind']);
    // A person named in an earlier paragraph, or after the paragraph's speaker, leaves the pronoun alone.
    const later = statements(['Marta Olsen arrived in an old car.', 'Ruhl said the drills were over. The troops were tired, he said.']);
    expect(later.map((m) => m.speaker.actor)).toEqual(['tomas-ruhl', 'tomas-ruhl']);
  });

  it('gives a statement to whoever issued it: named in the phrase, or the institution before it', () => {
    const mentions = statements([
      'The Freedonian Defence Ministry issued a statement on Monday.',
      '“The boats have left,” the statement read.',
      '“The port is closed,” the Defence Ministry statement reads.',
    ]);
    expect(mentions.map((m) => [m.verb, m.speaker.actor, m.government])).toEqual([
      ['read', 'freedonia-defence-ministry', 'freedonia'],
      ['reads', 'freedonia-defence-ministry', 'freedonia'],
    ]);
    expect(statements(['Anna Berg read the letter to the crews.'])).toEqual([]);
  });

  it('reads "“…,” read a statement from X" as X’s words', () => {
    const mentions = statements(['“Sylvania will respond to every provocation,” read a statement from the Defence Ministry.', '“We will respond,” read a statement from Ruhl.']);
    expect(mentions.map((m) => [m.quote, m.verb, m.speaker.actor, m.government])).toEqual([
      ['Sylvania will respond to every provocation', 'read', 'freedonia-defence-ministry', 'freedonia'],
      ['We will respond', 'read', 'tomas-ruhl', 'sylvania'],
    ]);
    expect(statements(['Berg read the letter from Ruhl aloud.'])).toEqual([]);
  });

  it('gives the quotation opening a paragraph to the speaker introduced with a colon at the end of the one before', () => {
    const mentions = statements([
      'Ruhl spoke on Monday. The Freedonian Defence Ministry issued a statement. The statement reads:',
      '“The boats have left the port and will not return this year.”',
    ]);
    expect(mentions.map((m) => [m.speaker.actor, m.government, m.quote])).toEqual([
      ['freedonia-defence-ministry', 'freedonia', 'The boats have left the port and will not return this year.'],
    ]);
  });

  it('gives "the intelligence document" to the institution that spoke before, as "the statement"', () => {
    const mentions = statements([
      'According to Sylvanian intelligence, the boats have left.',
      'The intelligence document, reviewed by the Courier, adds that "the port will close soon."',
    ]);
    expect(mentions.map((m) => [m.verb, m.government])).toEqual([
      ['According to', 'sylvania'],
      ['adds', 'sylvania'],
    ]);
  });

  it('reads "the outlet" as the newspaper, channel or agency that spoke before, whatever word named it', () => {
    const mentions = statements(['The state-run newspaper the Courier reported that the boats left.', 'The outlet praised the crews, saying they “held the line”.']);
    expect(mentions.map((m) => [m.verb, m.speaker.actor])).toEqual([
      ['reported', 'daily-courier'],
      ['saying', 'daily-courier'],
    ]);
  });

  it('reads "the ministry update" as a document the ministry issued', () => {
    const mentions = statements([
      'The Freedonian Defence Ministry closed the port on Monday.',
      'The ministry update says it is “likely” that the boats have left.',
    ]);
    expect(mentions.map((m) => [m.verb, m.speaker.actor, m.government])).toEqual([['says', 'freedonia-defence-ministry', 'freedonia']]);
  });

  it('gives "the decree" to whoever the sentence introducing it names nearest before it, not to the side named last', () => {
    const mentions = statements([
      'At a meeting of the Northern Council, Tomas Ruhl signed a decree on Freedonia.',
      'Many crews had already left for Freedonia.',
      '‘The crews should register by Friday’, the decree stated.',
    ]);
    expect(mentions.map((m) => [m.speaker.actor, m.government])).toEqual([['tomas-ruhl', 'sylvania']]);
  });

  it('gives "the statement" to the institution that spoke before, even unresolved, not to the side named last', () => {
    const mentions = statements([
      'In their statement, the government said the decree was issued after Sylvania’s attack on the port.',
      'The statement said the priority was the safety of the crews.',
    ]);
    expect(mentions.map((m) => m.government)).toEqual([null, null]);
  });

  it('refers back only from "the statement": "a joint statement" may be anyone’s', () => {
    const mentions = statements([
      'The Freedonian Defence Ministry said the port was closed.',
      'The official statement said the boats had left the harbour.',
      'A joint statement said the talks would resume next week.',
    ]);
    expect(mentions.map((m) => m.government)).toEqual(['freedonia', 'freedonia', null]);
  });

  it('keeps a joint document whose parties stand beside "joint" whole, for no one government', () => {
    const cases: [string, string][] = [
      ['A joint Freedonian-Sylvanian statement said the boats had left.', 'A joint Freedonian-Sylvanian statement'],
      ['A Freedonian-Sylvanian joint statement said the boats had left.', 'A Freedonian-Sylvanian joint statement'],
      ['A joint statement said the boats had left.', 'A joint statement'],
    ];
    for (const [text, description] of cases) {
      const [mention] = statements([text]);
      expect([mention?.speaker.description, mention?.government]).toEqual([description, null]);
    }
  });

  it('reads "the statement" after "issued a joint statement" as that joint statement, no one government’s', () => {
    const mentions = statements([
      'Ten nations led by Freedonia issued a joint statement on Wednesday.',
      '“The attacks must end,” said the statement, issued by Freedonia with nine others.',
      'Freedonia then issued a statement of its own. The statement said the port was closed.',
    ]);
    expect(mentions.map((m) => [m.speaker.description, m.government])).toEqual([
      ['the statement', null],
      ['The statement', 'freedonia'],
    ]);
  });

  it('reads "one of the sailors said" as one speaker, and nothing before the quote as a report', () => {
    expect(statements(['“We were not told where we were going,” one of the sailors said.']).map((m) => [m.kind, m.speaker.description, m.reported])).toEqual([
      ['quote', 'one of the sailors', null],
    ]);
  });

  it('reads "a prisoner of war in Sylvania said", "one of the sailors captured by Sylvania said" as the people, not the place or captor', () => {
    const mentions = statements([
      'A Freedonian prisoner of war in Sylvania has said he wants to go home.',
      'One of the two Freedonian sailors captured by Sylvania said that his officers had lied.',
      'Officials in Fredonburg said the port was closed.',
    ]);
    expect(mentions.map((m) => [m.speaker.description, m.government])).toEqual([
      ['A Freedonian prisoner', null],
      ['One of the two Freedonian sailors', null],
      ['Officials in Fredonburg', 'freedonia'],
    ]);
    const held = statements(['It was the first time a Freedonian sailor held captive in Sylvania has expressed his wish to go home.']);
    expect(held.map((m) => m.government)).toEqual([null]);
  });

  it('reads "officials cited by the Courier said", "lawmakers briefed by the bureau said" as the people, not the one who quoted or briefed them', () => {
    const cases: Array<[string, string, string | null]> = [
      ['Sylvanian officials cited by the Courier said the port was closed.', 'Sylvanian officials', 'sylvania'],
      ['Freedonian lawmakers briefed by the State Bureau said the port was closed.', 'Freedonian lawmakers', 'freedonia'],
      ['Diplomats contacted by the Courier said the talks had stalled.', 'Diplomats', null],
      ['Two analysts interviewed by the Courier said the war would last.', 'Two analysts', null],
      // No "by": the outlet that reports is still the speaker.
      ['The Courier said the port was closed.', 'The Courier', null],
    ];
    for (const [text, description, government] of cases) {
      expect([text, statements([text]).map((m) => [m.speaker.description, m.government])]).toEqual([text, [[description, government]]]);
    }
  });

  it('reads "an analyst with Sylvania\'s Marsh Center said" as the analyst, for no government, as "at" is read', () => {
    for (const [text, government] of [
      ['An analyst with Sylvania’s Marsh Center said the war would last.', null],
      ['Researchers with Freedonia’s Hill Center said the war would last.', null],
      ['A fellow with the Marsh Institute said the war would last.', null],
      // An official with a body still speaks for its government.
      ['An official with Sylvania’s defence ministry said the war would last.', 'sylvania'],
      ['Sylvania, together with Freedonia, said the war would last.', 'sylvania'],
    ] as const) {
      expect(statements([text]).map((m) => m.government)).toEqual([government]);
    }
  });

  it('credits the family of an official or a soldier, and people sent by a state, no government', () => {
    for (const [text, government] of [
      ['The wife of a Sylvanian official said he had been told nothing.', null],
      ['“We were told nothing,” said the parents of a Freedonian sailor.', null],
      ['A cousin of the Sylvanian minister said the family had been told nothing.', null],
      // Friends, siblings and colleagues of a named official speak for themselves, not the official.
      ['A friend of Tomas Ruhl said the family had been told nothing.', null],
      ['The brother of Tomas Ruhl said the family had been told nothing.', null],
      ['A former colleague of Anna Berg said she had been told nothing.', null],
      ['A sailor sent by Sylvania said he had been told nothing.', null],
      ['Sailors taken by Freedonia said they had been told nothing.', null],
      // Officials sent by a state still speak for it.
      ['Officials sent by Sylvania said the talks went well.', 'sylvania'],
      ['An official of the Sylvanian ministry said the talks went well.', 'sylvania'],
    ] as const) {
      expect(statements([text]).map((m) => m.government)).toEqual([government]);
    }
  });

  it('reads "captured alive by X", "held last week by X" as a captive speaking, not the captor', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description || m.speaker.name, m.government]);
    for (const [text, speaker, government] of [
      ['One of the three Freedonian sailors captured alive by Sylvanian forces told a newspaper that his officers had lied.', 'One of the three Freedonian sailors', null],
      ['A Freedonian pilot captured last month by Sylvania said that he had been sent without training.', 'A Freedonian pilot', null],
      ['A Freedonian officer held this week by Sylvanian troops said that he was not fed.', 'A Freedonian officer', null],
      ['A Freedonian sailor detained unharmed by Sylvania said that the crew was safe.', 'A Freedonian sailor', null],
      // No captivity before "by": the agent's phrase is read as before.
      ['Sylvania captured the port alive with fighting last week, the Palace said.', 'the Palace', 'sylvania'],
      ['The town was captured last month by Sylvanian forces, the Palace said.', 'the Palace', 'sylvania'],
    ] as const) {
      const [first] = credit(text);
      expect(first?.[0]?.startsWith(speaker), text).toBe(true);
      expect(first?.[1], text).toBe(government);
    }
  });

  it('reads "while fighting for X" after people as what they were doing: X closes their phrase but does not speak', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description || m.speaker.name, m.government]);
    for (const [text, speaker, government] of [
      ['Two Freedonian sailors captured by Sylvanian forces while serving with the Northern Council said they wanted to stay.', 'Two Freedonian sailors', null],
      ['Three fishermen rescued by the navy while working for a Sylvanian firm said they had been shot at.', 'Three fishermen', null],
      ['A Freedonian officer wounded while serving in Marsh City told reporters that the unit had retreated.', 'A Freedonian officer', 'freedonia'],
      ['Captain Lind while sailing for Sylvania said the convoy was attacked.', 'Lind', null],
      // No person before "while": the phrase is read as before.
      ['The convoy was attacked while sailing for Marsh City, the Palace said.', 'the Palace', 'sylvania'],
    ] as const) {
      const [first] = credit(text);
      expect(first?.[0]?.endsWith(speaker) || first?.[0]?.startsWith(speaker), text).toBe(true);
      expect(first?.[1], text).toBe(government);
    }
  });

  it('reads an adverb before the participle of captivity as part of the captive\'s phrase: "a sailor recently captured by Sylvania said"', () => {
    const credit = (text: string) => statements([text, '“We were not fed,” he said.']).map((m) => [m.speaker.description, m.government]);
    for (const [text, speaker, government] of [
      ['One of the Freedonian sailors recently captured by Sylvania told a newspaper that his officers had lied.', 'One of the Freedonian sailors', null],
      ['A Freedonian sailor recently captured by Sylvanian forces said that he had been sent without training.', 'A Freedonian sailor', null],
      ['A Freedonian pilot reportedly held by Sylvania told reporters that he was beaten.', 'A Freedonian pilot', null],
      ['The Freedonian sailor, who was recently captured by Sylvania, said that he wanted to go home.', 'The Freedonian sailor, who was recently captured by Sylvania', null],
      // No captivity: the adverb goes with the verb, and the official still speaks for Sylvania.
      ['A Sylvanian official recently said that the talks had failed.', 'A Sylvanian official', 'sylvania'],
      ['Sylvania recently captured two sailors, the Palace said.', 'the Palace', 'sylvania'],
    ] as const) {
      const [first, second] = credit(text);
      expect(first?.[0]?.startsWith(speaker)).toBe(true);
      expect(first?.[1]).toBe(government);
      // The "he" after a captive is the captive, who speaks for no government either.
      if (government === null) expect(second).toEqual([first?.[0], null]);
    }
  });

  it('reads a name that opens with digits as a name, not a date: "news portal 24News reported"', () => {
    const mentions = statements(['The boats had left the port, Freedonian news portal 24News reported on Wednesday.']);
    expect(mentions.map((m) => [m.speaker.description, m.reported])).toEqual([['Freedonian news portal 24News', 'The boats had left the port']]);
  });

  it('reads a ship as a speaker for no government, whatever flag it flies: "the Freedonian-flagged tanker reported …"', () => {
    const mentions = statements(['The Freedonian-flagged tanker reported a near miss of a drone attack.']);
    expect(mentions.map((m) => [m.speaker.description, m.government, m.reported])).toEqual([['The Freedonian-flagged tanker', null, 'a near miss of a drone attack']]);
  });

  it('reads the people of "prisoners of war in Sylvania, captured in May, said" as the speakers, past the words set off by commas', () => {
    const mentions = statements(['Two Freedonian prisoners of war in Sylvania, captured while fighting for Freedonia, have said they want to go home.']);
    expect(mentions.map((m) => [m.speaker.description, m.speaker.actor, m.government])).toEqual([['Two Freedonian prisoners', null, null]]);
  });

  it('reads a demonym as a noun as a person of that country, who speaks for no government', () => {
    const mentions = statements(['“I want to go home,” the 26-year-old Sylvanian said.', '“We were not told,” the captured sailor told reporters.', 'Sylvanian officials said the convoy had left.']);
    expect(mentions.map((m) => [m.speaker.description, m.government, m.reported])).toEqual([
      ['the 26-year-old Sylvanian', null, null],
      ['the captured sailor', null, null],
      ['Sylvanian officials', 'sylvania', 'the convoy had left'],
    ]);
  });

  it('reads a long title before a name as one speaker, and no speaker in a run of more than sixteen words', () => {
    const titled = statements(['On April 26, Chief of the General Staff of the Sylvanian Armed Forces Army General Tomas Ruhl reported to the Palace that the drills were over.']);
    expect(titled.map((m) => [m.speaker.actor, m.reported])).toEqual([['tomas-ruhl', 'that the drills were over']]);
    const run = statements(['The long and winding story of the old harbour town and its many boats and crews and nets and ropes told that the drills were over.']);
    expect(run).toEqual([]);
  });

  it('reads "a ministry official" as an official of the ministry named before, and nothing when none was', () => {
    const mentions = statements([
      '“The port is closed,” a ministry official said.',
      'The Freedonian Defence Ministry voiced concern.',
      '“We urge Sylvania to stop,” a ministry official said.',
      '“It is a violation,” the official added.',
    ]);
    expect(mentions.map((m) => [m.speaker.description, m.speaker.actor, m.government])).toEqual([
      ['a ministry official', null, null],
      ['a ministry official', 'freedonia-defence-ministry', 'freedonia'],
      ['a ministry official', 'freedonia-defence-ministry', 'freedonia'],
    ]);
  });

  it('takes a known name as that person whoever else the description names', () => {
    const mentions = statements(['Max Ober, a critic of Sylvanian Defence Minister Tomas Ruhl, said the drills were over.']);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.actor, m.government])).toEqual([['Max Ober', 'max-ober', null]]);
  });

  it('reads a word that is both a name and a demonym ("The FR", "FR officials") as the country', () => {
    const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['FR'], demonyms: ['FR', 'Freedonian'] }]);
    const found = findStatements([{ n: 1, text: 'The FR on Monday expressed concern over the drills.' }, { n: 2, text: 'The 26-year-old Freedonian said he was tired.' }], lexicon);
    expect(found.map((m) => [m.speaker.description, m.government])).toEqual([
      ['The FR', 'freedonia'],
      ['The 26-year-old Freedonian', null],
    ]);
  });

  it('takes "Ruhl" after "Tomas Ruhl" and "Tomas-Ruhl" as one person however the name is spelled', () => {
    const mentions = statements(['“The drills are over,” said Sylvanian leader Tomas-Ruhl.', 'Tomas Ruhl spoke later.', 'Ruhl said the troops would stay.']);
    expect(mentions.at(-1)?.government).toBe('sylvania');
  });

  it('leaves he/she unresolved after a sentence about a private person ("A captured sailor appeared …")', () => {
    const mentions = statements(['Ruhl said the drills were over.', 'A captured sailor appeared in a video on Sunday. “I want to go home,” he said.']);
    expect(mentions.map((m) => m.government)).toEqual(['sylvania', null]);
  });

  it('takes "the sailor said" with no sailor before as someone new, whom a later "he" means', () => {
    const mentions = statements(['Ruhl said the drills were over.', 'The sailor said he had not been told where he was going.', 'Asked whether he wanted to go home, he said: “No.”']);
    expect(mentions.map((m) => m.government)).toEqual(['sylvania', null, null]);
  });

  it('takes "one of the sailors" as one person, whom a later "he" means', () => {
    const mentions = statements(['Ruhl said the drills were over.', 'One of the sailors, captured in May, told the Courier that he served on a patrol boat.', 'He added that he was told he had fought Freedonian troops.']);
    // The last is whoever told him, unnamed: no government either.
    expect(mentions.map((m) => m.government)).toEqual(['sylvania', null, null, null]);
  });

  it('resolves "according to him" to the person who last spoke', () => {
    const mentions = statements(['Ruhl said the drills were over. According to him, about 900 sailors took part in the drills.']);
    expect(mentions.map((m) => [m.verb, m.speaker.actor])).toEqual([
      ['said', 'tomas-ruhl'],
      ['According to', 'tomas-ruhl'],
    ]);
  });

  it('resolves "he" before anyone has spoken to the person the article named: "Ruhl has praised the crews. He said …"', () => {
    const mentions = statements(['Sylvanian leader Tomas Ruhl has praised the crews. He described their patrol as a “sacred mission” for the country.']);
    expect(mentions.map((m) => [m.speaker.actor, m.government])).toEqual([['tomas-ruhl', 'sylvania']]);
  });

  it('reads "he" after a body\'s report of what a named person did as that person: "Ruhl visited the port, the agency said. He said …"', () => {
    const speakersOf = (paragraphs: string[]) => statements(paragraphs).map((m) => [m.speaker.actor ?? m.speaker.description, m.government]);
    for (const [paragraphs, expected] of [
      [['Tomas Ruhl visited the port on Monday, the Courier reported.', '“The port is safe,” he said.'], ['tomas-ruhl', 'sylvania']],
      [['Defence Minister Tomas Ruhl toured the border, the Defence Ministry said.', 'He said the drills would go on.'], ['tomas-ruhl', 'sylvania']],
      // "it" is still the body that reported.
      [['Tomas Ruhl visited the port, the Courier reported.', '“The port is safe,” it said.'], ['daily-courier', null]],
      // A person reported it: "he" may be the reporter as well, and stays the reporter as before.
      [['Tomas Ruhl visited the port, a Freedonian soldier said.', '“The port is safe,” he said.'], ['a Freedonian soldier', null]],
      // Another side's person spoke before: "he" may be either, so no one.
      [['“We will hold,” Anna Berg said.', 'Tomas Ruhl visited the port, the Courier reported.', '“The port is safe,” he said.'], ['he', null]],
    ] as const) {
      expect(speakersOf([...paragraphs]).at(-1), paragraphs.join(' ')).toEqual(expected);
    }
  });

  it('reads the pronoun of "what it described as" as the subject of its own clause ("when Sylvania launched what it …"), not the sentence\'s or the last speaker', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.quote, m.speaker.actor ?? m.speaker.description, m.government]);
    for (const [text, quote, speaker, government] of [
      ['Protests went on in Fredonburg on Sunday, when Sylvania launched what it described as a “special drill”.', 'special drill', 'sylvania', 'sylvania'],
      ['Freedonia condemned the raid, which Sylvania launched in what it described as a “police action”.', 'police action', 'sylvania', 'sylvania'],
      ['Crowds stayed home while the Defence Ministry prepared what it described as “routine exercises”.', 'routine exercises', 'freedonia-defence-ministry', 'freedonia'],
      // No clause of its own before "what": the sentence's subject, as before.
      ['Freedonia launched what it described as a “routine patrol” on Monday.', 'routine patrol', 'freedonia', 'freedonia'],
      ['The Defence Ministry condemned what it described as a “provocation” after Sylvania moved troops.', 'provocation', 'freedonia-defence-ministry', 'freedonia'],
    ] as const) {
      expect(credit(text).find((row) => row[0] === quote), text).toEqual([quote, speaker, government]);
    }
  });

  it('resolves "it" to the most recent institution, skipping people', () => {
    const mentions = statements([
      'The Defence Ministry said the drills were over.',
      'Anna Berg said talks would resume.',
      'The troops will return by Friday, it said.',
    ]);
    expect(mentions.map((m) => [m.speaker.actor, m.resolvedBy])).toEqual([
      ['freedonia-defence-ministry', 'explicit'],
      ['anna-berg', 'explicit'],
      ['freedonia-defence-ministry', 'pronoun'],
    ]);
  });

  it('resolves "they" to the most recent group', () => {
    const mentions = statements(['Sylvanian officials said the convoy had turned back.', 'They said it would not return.']);
    expect(mentions.map((m) => [m.speaker.description, m.government, m.resolvedBy])).toEqual([
      ['Sylvanian officials', 'sylvania', 'explicit'],
      ['Sylvanian officials', 'sylvania', 'pronoun'],
    ]);
  });

  it('resolves "the official" to the last speaker described as an official', () => {
    const mentions = statements([
      'A senior Sylvanian official said the convoy had turned back.',
      'Anna Berg said talks would resume.',
      'The official added that no shots were fired.',
    ]);
    expect(who(mentions)[2]).toEqual({
      speaker: { name: null, description: 'A senior Sylvanian official', actor: null },
      government: 'sylvania',
      resolvedBy: 'pronoun',
    });
  });

  it('leaves a pronoun with nobody to refer to unresolved', () => {
    expect(who(statements(['He said the talks were over.']))).toEqual([
      { speaker: { name: null, description: 'He', actor: null }, government: null, resolvedBy: 'none' },
    ]);
  });
});

describe('speakers: continuation limits', () => {
  it.each([
    '“I want to go home.” The soldier made the remarks in a video released on Monday.',
    '“I want to go home,” reads a note found on a Sylvanian prisoner.',
    '“We will never give up.” That was the message of the protesters.',
  ])('does not give a quotation that opens a paragraph about private people to the speaker before: %j', (paragraph) => {
    const last = statements(['“We will free them,” Berg said.', paragraph]).at(-1);
    expect(last?.speaker.actor).toBeNull();
    expect(last?.government).toBeNull();
  });

  it('does not carry a speaker over a paragraph without statements', () => {
    const mentions = statements([
      '“We are ready,” Berg said.',
      'The border has been closed since March.',
      '“Nobody will cross it.”',
    ]);
    expect(mentions.map((m) => [m.paragraph, m.speaker.actor, m.resolvedBy])).toEqual([
      [1, 'anna-berg', 'explicit'],
      [3, null, 'none'],
    ]);
  });

  it('does not carry a speaker into a quote whose paragraph goes on to name someone else', () => {
    for (const after of ['“They will not return.” Ruhl later told reporters.', '“They will not return,” reads a letter signed by Ruhl.']) {
      const mentions = statements(['Berg said the boats had left.', after]);
      expect(mentions.map((m) => [m.paragraph, m.speaker.actor, m.resolvedBy])).toEqual([
        [1, 'anna-berg', 'explicit'],
        [2, null, 'none'],
      ]);
    }
  });

  it('does not carry a speaker into a quote whose paragraph goes on to tell of another side’s office holder', () => {
    const last = statements(['“The boats have left,” Ruhl said.', '“They will not return.” The Freedonian envoy, speaking later, disagreed.']).at(-1);
    expect([last?.speaker.actor, last?.government]).toEqual([null, null]);
    // The speaker's own side's office holder leaves the quotation to the speaker.
    const own = statements(['“The boats have left,” Ruhl said.', '“They will not return.” The Sylvanian envoy later repeated the warning.']).at(-1);
    expect([own?.speaker.actor, own?.resolvedBy]).toEqual(['tomas-ruhl', 'continuation']);
  });

  it('does not carry a speaker into a quote whose own sentence names another side', () => {
    for (const after of ['“We are ready,” came the reply from Fredonburg.', '“We are ready” — these were the words of the Freedonian leader on Monday.']) {
      const last = statements(['“We will hold the line,” Ruhl said.', after]).at(-1);
      expect([last?.speaker.actor, last?.government]).toEqual([null, null]);
    }
    // A side named in a later sentence may be only what the speaker talks about.
    const later = statements(['“We will hold the line,” Ruhl said.', '“We are ready.” Asked what Freedonia might gain, Ruhl said little.']);
    expect(later.map((m) => [m.speaker.actor, m.resolvedBy])).toContainEqual(['tomas-ruhl', 'continuation']);
  });

  it('carries a speaker quoted into the next paragraph’s quote, a person or an institution: a quotation continued, not a new one', () => {
    const cases: Array<[string[], string]> = [
      [['“The boats have left,” Berg said.'], 'anna-berg'],
      [['“The boats have left,” the State Bureau said.'], 'freedonia-state-bureau'],
      [['The Defence Ministry issued a statement.', '“On Monday a convoy came under fire,” the statement read.'], 'freedonia-defence-ministry'],
    ];
    // The channel that relays the words is told after them and does not end the quotation.
    for (const relayed of ['“The boats have left,” Berg said, according to the Courier.', '“The boats have left,” the State Bureau said, the Courier reported.']) {
      const mentions = statements([relayed, '“They will not return.”']);
      expect(mentions.map((m) => [m.paragraph, m.kind, m.speaker.actor, m.resolvedBy]).filter(([p]) => p === 2)).toEqual([[2, 'quote', mentions[0]?.speaker.actor, 'continuation']]);
    }
    for (const [before, actor] of cases) {
      expect(statements([...before, '“They will not return.”']).map((m) => [m.speaker.actor, m.resolvedBy]).slice(-2)).toEqual([
        [actor, expect.not.stringMatching(/^(?:none|continuation)$/)],
        [actor, 'continuation'],
      ]);
    }
    // After words only reported, an unattributed quotation may be anyone's, unless a person named as
    // they spoke reported them (speakers-quotation-after-named-report.test.ts).
    for (const first of ['The State Bureau said the boats had left.', 'An official said the boats had left.']) {
      expect(statements([first, '“They will not return.”']).map((m) => m.resolvedBy)).toEqual(['explicit', 'none']);
    }
    expect(statements(['Berg said the boats had left.', '“They will not return.”']).map((m) => [m.speaker.actor, m.resolvedBy])).toEqual([
      ['anna-berg', 'explicit'],
      ['anna-berg', 'continuation'],
    ]);
    // Unless the paragraph before introduced it: "Berg said:".
    expect(statements(['Berg said:', '“They will not return.”']).map((m) => [m.speaker.actor, m.resolvedBy])).toEqual([['anna-berg', 'continuation']]);
  });

  it('does not carry a speaker into a paragraph whose quote comes after other sentences', () => {
    const mentions = statements(['“We are ready,” Berg said.', 'Sylvania moved tanks to the border. “Nobody will cross it.”']);
    expect(mentions.map((m) => [m.paragraph, m.resolvedBy])).toEqual([
      [1, 'explicit'],
      [2, 'none'],
    ]);
  });

  it('can leave unattributed quotes out', () => {
    const mentions = statements(['The border has been closed since March.', '“Nobody will cross it.”'], { unattributedQuotes: false });
    expect(mentions).toEqual([]);
  });
});

describe('speakers: a family name two people share', () => {
  it('credits no one when the source named another person by the surname the topic data knows', () => {
    const mentions = statements(['Anna Berg said the talks had failed. Lena Berg, a Sylvanian lawmaker, disagreed.', '“The port is open,” Berg said.']);
    expect(mentions.at(-1)?.speaker.actor).toBeNull();
    expect(mentions.at(-1)?.government).toBeNull();
    // With only the known person named, the surname is theirs.
    expect(statements(['Anna Berg said the talks had failed.', '“The port is open,” Berg said.']).at(-1)?.speaker.actor).toBe('anna-berg');
  });
});

describe('speakers: the leading words of a full name named before', () => {
  it('reads "Lee Min also said" after "Lee Min Ho" as that person, and a part two names share as no one', () => {
    const later = (first: string) => statements([first, 'Lee Min also said Marsh City would not hesitate to use force.']).at(-1);
    expect(later('Sylvanian leader Lee Min Ho said the war was just.')?.speaker.name).toBe('Lee Min Ho');
    expect(later('Sylvanian leader Lee Min Ho said the war was just.')?.government).toBe('sylvania');
    expect(later('Lee Min Ho and Lee Min Su said the war was just.')?.speaker.name).toBe('Lee Min');
  });
});

describe('speakers: family names after a title, and places in a description', () => {
  it('finds the full name for "Mr" or "Ms." and a family name used before', () => {
    const mentions = statements([
      '“The crews asked to stay,” said Mr Karl Weiss, head of the relief group.',
      '“We showed them letters,” Mr Weiss said.',
      'Ms. Weiss would not be the same person: “Quite,” Ms. Weiss said.',
    ]);
    expect(mentions[1]?.speaker.name).toBe('Karl Weiss');
    expect(mentions[2]?.speaker.name).toBe('Karl Weiss');
  });

  it('registers a name used with a possessive ("Karl Weiss\'s decision") for a later "Weiss said"', () => {
    const mentions = statements(['Karl Weiss’s decision to send boats falls under the treaty.', 'Weiss also announced that a monument would be built.']);
    expect(mentions.map((m) => m.speaker.name)).toEqual(['Karl Weiss']);
  });

  it('reads a legislator’s title before a family name: "Lawmaker Berg", "MP Weiss"', () => {
    const mentions = statements(['“The port is closed,” Lawmaker Berg said.', 'Lawmaker Karl Weiss spoke next. “It stays closed,” MP Weiss said.']);
    expect(mentions.map((m) => m.speaker.name)).toEqual(['Anna Berg', 'Karl Weiss']);
  });

  it('keeps a known person’s own government when their description names a place', () => {
    const [mention] = statements(['Deputy spokesperson in Sylvania Anna Berg said the camps were full.']);
    expect(mention?.speaker.actor).toBe('anna-berg');
    expect(mention?.government).toBe('freedonia');
  });

  it('reads "Sylvania’s ambassador, Jan Kowal, said" as the named person described, whom a later "he" means', () => {
    const [first, second] = statements(['Sylvania’s ambassador, Jan Kowal, said the boats had left.', '“This is an act of war,” he said.']);
    expect(first?.speaker).toEqual({ name: 'Jan Kowal', description: 'Sylvania’s ambassador', actor: null });
    expect(first?.government).toBe('sylvania');
    expect(second?.speaker.name).toBe('Jan Kowal');
    expect(second?.government).toBe('sylvania');
  });

  it('reads "according to the bureau’s spokesperson, Anna Berg, …" as the named person described, whom a later "she" means', () => {
    const mentions = statements([
      'According to a statement from the Freedonian Defence Ministry spokesperson, Anna Berg, Sylvanian forces launched “a brutal attack”.',
      'She said the raids had killed five people.',
    ]);
    expect(mentions.map((m) => [m.speaker.actor, m.government, m.resolvedBy])).toEqual([
      ['anna-berg', 'freedonia', 'explicit'],
      ['anna-berg', 'freedonia', 'pronoun'],
    ]);
    // A clause after the comma is what was said, not a name.
    const [clause] = statements(['According to the ministry spokesperson, Sylvanian Forces withdrew on Monday.']);
    expect(clause?.speaker).toEqual({ name: null, description: 'the ministry spokesperson', actor: null });
  });

  it('reads the name set off after a capitalised office "according to the Commissioner for … in the unrecognised …, Anna Berg,"', () => {
    const cases: [string, string | null, string][] = [
      ['According to the Commissioner for Human Rights in the unrecognized Republic of Sylvania, Anna Berg, 27 residents were wounded.', 'anna-berg', 'Anna Berg'],
      ['According to the Ombudsman of Sylvania, Karl Weiss, the camps were full.', null, 'Karl Weiss'],
      ['According to the Minister of Health in the besieged Marsh City, Karl Weiss, the camps were full.', null, 'Karl Weiss'],
    ];
    for (const [text, actor, name] of cases) {
      const [mention] = statements([text]);
      expect([text, mention?.speaker.actor, mention?.speaker.name]).toEqual([text, actor, name]);
    }
    // An institution is no office: the words after its comma are not its holder.
    const [bank] = statements(['According to the Bank of Sylvania, Marsh City Holdings, the camps were full.']);
    expect(bank?.speaker.name).toBeNull();
  });

  it.each([
    ['According to the ombudsman of the internationally unrecognized Republic of Sylvania, 27 residents were wounded.', 'the ombudsman of the internationally unrecognized Republic of Sylvania', 'sylvania', '27 residents were wounded'],
    ['According to the envoy of the newly elected Freedonian Government, 27 residents were wounded.', 'the envoy of the newly elected Freedonian Government', 'freedonia', '27 residents were wounded'],
    // An adverb before no participle of a name, or before a lower-case noun, ends the phrase as it did.
    ['According to the ombudsman, reportedly 27 residents were wounded.', 'the ombudsman', null, 'reportedly 27 residents were wounded'],
    ['According to Anna Berg, only recently displaced residents were counted.', 'Anna Berg', 'freedonia', 'only recently displaced residents were counted'],
  ])('reads an adverb before a participle that describes a name inside the speaker phrase: %j', (text, speaker, government, reported) => {
    const [mention] = statements([text]);
    expect([mention?.speaker.description || mention?.speaker.name, mention?.government, mention?.reported]).toEqual([speaker, government, reported]);
  });

  it('reads two capitalised words after an office’s preposition as what it is of, not a name', () => {
    const cases: [string, string][] = [
      ['According to the Commissioner for Human Rights, 27 residents were wounded.', 'the Commissioner for Human Rights'],
      ['The Minister for Human Rights said the camps were full.', 'The Minister for Human Rights'],
      ['A spokesman for Anna Berg said the camps were full.', 'A spokesman for Anna Berg'],
    ];
    for (const [text, description] of cases) {
      const [mention] = statements([text]);
      expect([text, mention?.speaker.name, mention?.speaker.description]).toEqual([text, null, description]);
    }
  });

  it('credits "a local newspaper" to the outlet the source names in apposition to the same noun, adding no side', () => {
    const [first, second] = statements([
      'Two sailors have left the port, a local newspaper reported on Sunday.',
      'The interview ran in a supplement that the newspaper, Daily Courier, printed on Monday.',
      'Some boats stayed, a local organisation said.',
    ]);
    expect([first?.speaker.actor, first?.government]).toEqual(['daily-courier', null]);
    // No apposition names an organisation: left as written.
    expect(second?.speaker.actor).toBeNull();
    // A body that speaks for a side would add a government the statement does not have: left as written.
    const [agency] = statements(['Two sailors have left the port, an agency said.', 'The agency, State Bureau, keeps the count.']);
    expect([agency?.speaker.actor, agency?.government]).toEqual([null, null]);
  });

  it('reads "…, Anna Berg, Assistant to the President, Head of the Department, said" as the named person with two offices', () => {
    const mentions = statements([
      'Freedonia will let a team into Marsh City, Anna Berg, Assistant to the President of Freedonia, Head of the Policy Department of the Presidential Administration, said.',
      'According to the presidential aide, Freedonia does not plan to force anyone to leave.',
    ]);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.actor, m.government])).toEqual([
      ['Anna Berg', 'anna-berg', 'freedonia'],
      ['Anna Berg', 'anna-berg', 'freedonia'],
    ]);
    expect(mentions[0]?.speaker.description).toBe('Assistant to the President of Freedonia, Head of the Policy Department of the Presidential Administration');
    // No name before the offices: the office next to the verb speaks, as before.
    const [unnamed] = statements(['The boats left Marsh City, Assistant to the President of Freedonia, Head of the Policy Department, said.']);
    expect(unnamed?.speaker.name).toBeNull();
  });

  it('reads "the 47-year-old farmer" as the person of no known side told of since the last speaker', () => {
    const mentions = statements([
      'Karl Weiss arrived in Fredonburg on a tractor.',
      '“We left as soon as the road was open,” the 47-year-old farmer told the Courier.',
      '“I have seen four wars,” he said.',
    ]);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.description, m.government])).toEqual([
      ['Karl Weiss', 'the 47-year-old farmer', null],
      ['Karl Weiss', 'the 47-year-old farmer', null],
    ]);
    // Once someone has spoken since, the description is someone new.
    const [, aged] = statements(['Karl Weiss arrived in Fredonburg.', '“The boats have left,” Ruhl said.', '“We left,” the 47-year-old farmer said.']);
    expect(aged?.speaker).toEqual({ name: null, description: 'the 47-year-old farmer', actor: null });
  });

  it('reads "a defector who now lives in Freedonia said" as the defector speaking, for no government', () => {
    const [mention] = statements(['A Sylvanian defector who now lives in Freedonia said the boats had left.']);
    expect(mention?.speaker.description).toBe('A Sylvanian defector');
    expect(mention?.government).toBeNull();
  });

  it('reads a person before a participle of where they are as the speaker, not the place after it', () => {
    const cases: [string, string, string | null][] = [
      ['A Sylvanian refugee living in Fredonburg said the boats had left.', 'A Sylvanian refugee', null],
      ['Freedonian sailors fighting in Sylvania told the Courier the boats had left.', 'Freedonian sailors', null],
      ['A Sylvanian soldier stationed in Marsh City said the boats had left.', 'A Sylvanian soldier', null],
      ['Freedonian officials based in Marsh City said the boats had left.', 'Freedonian officials', 'freedonia'],
      // The participle inside what was said changes nothing.
      ['The sailors fighting in Sylvania were tired, Freedonian officials said.', 'Freedonian officials', 'freedonia'],
    ];
    for (const [text, speaker, government] of cases) {
      const [mention] = statements([text]);
      expect([text, mention?.speaker.description, mention?.government]).toEqual([text, speaker, government]);
    }
  });

  it('reads who speaks after a report’s "that" as the inner speaker, not the one a long relative clause describes before it', () => {
    const text = 'Tomas Ruhl from the ruling party, who visited Marsh City last week, said Tuesday in a press conference at the parliament that the Freedonian, surnamed Weiss, said the boats had left.';
    const inner = statements([text]).find((m) => m.reported === 'the boats had left');
    expect([inner?.speaker.name, inner?.government]).toEqual(['Weiss', null]);
  });

  it('reads the speaker before another name of theirs in parentheses', () => {
    const cases: [string, [string, string | null][]][] = [
      ['The State Bureau (Marsh Guard) said the boats had left.', [['The State Bureau', 'freedonia']]],
      ['The Sylvanian movement (Marsh Guard) said the boats had left.', [['The Sylvanian movement', null]]],
      // Parentheses after no speaker make none.
      ['The attack (Operation Marsh) said nothing.', []],
    ];
    for (const [text, wanted] of cases) {
      expect([text, statements([text]).map((m) => [m.speaker.description || m.speaker.name, m.government])]).toEqual([text, wanted]);
    }
  });

  it('reads the speaker before an occasion set between them and the verb, not whom the occasion names', () => {
    const cases: [string, string | null, string | null][] = [
      ['The Freedonian envoy in a meeting with the Sylvanian ambassador said the boats had left.', 'The Freedonian envoy', 'freedonia'],
      ['Weiss in a speech to Sylvanian officers said the boats had left.', 'Weiss', null],
      ['The Sylvanian defence ministry in a statement said the boats had left.', 'The Sylvanian defence ministry', 'sylvania'],
      ['Tomas Ruhl in a live broadcast aired by Freedonian television on Monday said the boats had left.', 'Tomas Ruhl', 'sylvania'],
      // "but" before the occasion leaves the subject out: it is the sentence's.
      ['Tomas Ruhl gave no numbers, but in a statement said the boats had left.', 'Tomas Ruhl', 'sylvania'],
      // An occasion that closes a clause before "and": the verb after shares that clause's subject, not its object.
      ['Tomas Ruhl congratulated his military in a statement on Saturday and said the boats had left.', 'Tomas Ruhl', 'sylvania'],
      ['Tomas Ruhl thanked the Freedonian crews in a speech and said the boats had left.', 'Tomas Ruhl', 'sylvania'],
      // No occasion: the phrase before the verb is who speaks.
      ['Officials in the Sylvanian capital said the boats had left.', 'Officials in the Sylvanian capital', 'sylvania'],
    ];
    for (const [text, speaker, government] of cases) {
      const mention = statements([text]).find((m) => m.reported === 'the boats had left');
      expect([text, mention?.speaker.name ?? mention?.speaker.description, mention?.government]).toEqual([text, speaker, government]);
    }
  });

  it('reads the speaker before a relative clause set off by dashes, or closed by a quotation with its comma inside', () => {
    const cases: [string, [string, string | null, string][]][] = [
      ['In the interview, Weiss — who was captured by the Sylvanian navy in May — said he was a sailor.', [['Weiss', null, 'he was a sailor']]],
      ['The Sylvanian defence ministry — which has denied the sinking — said the boats were Freedonian.', [['The Sylvanian defence ministry', 'sylvania', 'the sinking'], ['The Sylvanian defence ministry', 'sylvania', 'the boats were Freedonian']]],
      ['Weiss, who called the blockade “a crime,” said the boats should leave.', [['Weiss', null, 'the boats should leave']]],
      // A dash that opens no relative clause leaves the speaker after it.
      ['The boats left in May — Sylvanian officials said they sailed at night.', [['Sylvanian officials', 'sylvania', 'they sailed at night']]],
      // A participle set off the same way leaves the report after it whole.
      ['Weiss, calling the blockade “reckless,” said the boats should leave.', [['Weiss', null, 'the boats should leave']]],
    ];
    for (const [text, wanted] of cases) {
      const found = statements([text]).filter((m) => m.kind === 'reported').map((m) => [m.speaker.name ?? m.speaker.description, m.government, m.reported]);
      expect([text, found]).toEqual([text, wanted]);
    }
  });

  it('reads a private person before a relative clause of two verbs, with a name or a captor in it, as the one speaking', () => {
    const cases: [string, string, string | null][] = [
      ['A Sylvanian sailor who was sent to Freedonia and captured by the Freedonian navy said the boats had left.', 'A Sylvanian sailor', null],
      ['A refugee who fled Fredonburg and was helped by Sylvanian volunteers said the town was empty.', 'A refugee', null],
      ['A journalist who travelled to Marsh City and met Freedonian officers said the port was closed.', 'A journalist', null],
      // The phrase right after "who", opened by a name or an article, is the clause's own speaker.
      ['A sailor who Sylvanian officials said was captured in May asked for asylum.', 'Sylvanian officials', 'sylvania'],
      ['A sailor who the Freedonian navy said was rescued in May asked for asylum.', 'the Freedonian navy', 'freedonia'],
      // A verb right after "who" opens a clause about the person: "know" is no speaker.
      ['People who know Tomas Ruhl said he was cautious.', 'People', null],
      // Whatever their role, one who defected or was captured is a defector or a captive, for no government.
      ['A Sylvanian diplomat who defected to Freedonia said the boats had left.', 'A Sylvanian diplomat who defected to Freedonia', null],
      ['A Sylvanian officer who was later captured by Freedonia said the boats had left.', 'A Sylvanian officer who was later captured by Freedonia', null],
    ];
    for (const [text, description, government] of cases) {
      const [mention] = statements([text]);
      expect([text, mention?.speaker.description, mention?.government]).toEqual([text, description, government]);
    }
  });

  it('reads a lone surname with a description after it as the speaker’s name: "said Kowal, a Sylvanian diplomat"', () => {
    const mentions = statements(['“The boats have left,” said Kowal, a Sylvanian diplomat.', '“They will not return,” Kowal added.']);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.description, m.government])).toEqual([
      ['Kowal', 'a Sylvanian diplomat', 'sylvania'],
      ['Kowal', 'a Sylvanian diplomat', 'sylvania'],
    ]);
  });

  it('credits civil society no government, whatever country it is named after', () => {
    const credit = (text: string) => statements([text]).map((m) => m.government);
    for (const text of [
      'The Freedonia-based Institute for Naval Studies said the boats had left.',
      'Sylvanian human rights groups said the boats had left.',
      'A Freedonian NGO said the boats had left.',
      'The Sylvanian Orthodox Church said the boats had left.',
      'The Freedonian Red Cross said the boats had left.',
      // A group of private people: their own voice, not their country's.
      'A Sylvanian defector group said the boats had left.',
      '“The boats have left,” a Sylvanian soldiers’ mothers’ committee said.',
      'A Freedonia-based Sylvanian refugee organisation said the boats had left.',
    ]) {
      expect(credit(text)).toEqual([null]);
    }
    expect(credit('The Freedonian Defence Ministry said the boats had left.')).toEqual(['freedonia']);
    // Nor does an outlet named after its kind, whatever its verb.
    expect(credit('The Sylvanian news outlet Marsh Post said the boats had left.')).toEqual([null]);
    expect(credit('According to Sylvanian broadcaster MTV, the boats had left.')).toEqual([null]);
    expect(credit('“The boats have left,” an editorial in the Sylvanian party daily said.')).toEqual([null]);
    // Nor does an armed front the topic data does not list speak for the country it is named after.
    expect(credit('The Sylvanian Liberation Front said the boats had left.')).toEqual([null]);
  });

  it('credits a counterpart to the side its own words name, never to the one its possessive names', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.government]);
    expect(credit('Ruhl’s Freedonian counterpart said the talks were useful.')).toEqual([[null, 'freedonia']]);
    expect(credit('The Sylvanian Defence Minister’s Freedonian counterpart said the talks were useful.')).toEqual([[null, 'freedonia']]);
    // No side of its own: a reader cannot tell which.
    expect(credit('Ruhl’s counterpart said the talks were useful.')).toEqual([[null, null]]);
    // A counterpart named is that person.
    expect(credit('Ruhl’s counterpart, Anna Berg, said the talks were useful.')).toEqual([['anna-berg', 'freedonia']]);
  });

  it('credits prisoners of war, defectors and the rank and file no government, named or not', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.government]);
    expect(credit('Sylvanian prisoners of war said the boats had left.')).toEqual([['Sylvanian prisoners of war', null]]);
    expect(credit('Sylvanian defector Jan Kowal said the boats had left.')).toEqual([['Jan Kowal', null]]);
    expect(credit('Kowal, a private in the Sylvanian army, said: “I want to go home.”')).toEqual([['Kowal', null]]);
    expect(credit('“I want to go home,” Kowal, a member of Sylvania’s special forces, said.')).toEqual([['Kowal', null]]);
    // An official or a lawmaker still speaks for their side.
    expect(credit('Sylvanian minister Jan Kowal said the boats had left.')).toEqual([['Jan Kowal', 'sylvania']]);
    expect(credit('Kowal, a member of Sylvania’s parliament, said the boats had left.')).toEqual([['Kowal', 'sylvania']]);
  });

  it('keeps the words that make an officer a captive, and credits the captive no government, nor the captor', () => {
    const credit = (text: string) => statements([text, '“We were not fed,” he said.']).map((m) => [m.speaker.description, m.government, m.resolvedBy]);
    // Before the head: "a captured Sylvanian officer", not "Sylvanian officer" (Sylvania's).
    expect(credit('“We were told nothing,” a captured Sylvanian officer said.')).toEqual([
      ['a captured Sylvanian officer', null, 'explicit'],
      ['a captured Sylvanian officer', null, 'pronoun'],
    ]);
    expect(credit('“We were told nothing,” said a detained Sylvanian commander.')[0]).toEqual(['a detained Sylvanian commander', null, 'explicit']);
    // After the head, read leftwards: the captor closes the phrase but does not speak.
    expect(credit('A Sylvanian officer captured by Freedonia said the war would last.')).toEqual([
      ['A Sylvanian officer captured by Freedonia', null, 'explicit'],
      ['A Sylvanian officer captured by Freedonia', null, 'pronoun'],
    ]);
    expect(credit('A Sylvanian officer held by Freedonian forces said the war would last.')[0]).toEqual(['A Sylvanian officer held by Freedonian forces', null, 'explicit']);
    // After the head, read rightwards, up to the punctuation.
    expect(credit('“The war will last,” said a Sylvanian officer captured in May.')[0]).toEqual(['a Sylvanian officer captured in May', null, 'explicit']);
    expect(credit('“The war will last,” said Weiss, a Sylvanian officer held in Freedonia.')[0]).toEqual(['a Sylvanian officer held in Freedonia', null, 'explicit']);
    // "The prisoner" refers back to the captive, however the captivity was told.
    expect(statements(['“We were told nothing,” a captured Sylvanian officer said.', '“We lost many,” the prisoner added.']).map((m) => [m.speaker.description, m.resolvedBy])).toEqual([
      ['a captured Sylvanian officer', 'explicit'],
      ['a captured Sylvanian officer', 'pronoun'],
    ]);
    // Exiles, dissidents and the ousted likewise: "an exiled general" was read as "Sylvanian general".
    expect(credit('“The war will last,” an exiled Sylvanian general said.')[0]).toEqual(['an exiled Sylvanian general', null, 'explicit']);
    expect(credit('“The war will last,” said a dissident Sylvanian diplomat.')[0]).toEqual(['a dissident Sylvanian diplomat', null, 'explicit']);
    expect(credit('Karl Weiss, an ousted Sylvanian minister, said the war would last.')[0]?.[1]).toBeNull();
    // Captivity told after the head with a noun: "in Freedonian captivity", "taken prisoner".
    expect(credit('“The war will last,” said a Sylvanian officer now in Freedonian captivity.')).toEqual([
      ['a Sylvanian officer now in Freedonian captivity', null, 'explicit'],
      ['a Sylvanian officer now in Freedonian captivity', null, 'pronoun'],
    ]);
    expect(credit('“The war will last,” said a Sylvanian officer taken prisoner in May.')[0]).toEqual(['a Sylvanian officer taken prisoner in May', null, 'explicit']);
    expect(credit('“The war will last,” said a Sylvanian official in Marsh City.')[0]).toEqual(['a Sylvanian official in Marsh City', 'sylvania', 'explicit']);
    // A relative clause of captivity or desertion, with or without commas.
    expect(credit('“The war will last,” said a Sylvanian officer who defected.')[0]).toEqual(['a Sylvanian officer who defected', null, 'explicit']);
    expect(credit('The Sylvanian officer, who was captured by Freedonia, said the war would last.')).toEqual([
      ['The Sylvanian officer, who was captured by Freedonia', null, 'explicit'],
      ['The Sylvanian officer, who was captured by Freedonia', null, 'pronoun'],
    ]);
    expect(credit('“The war will last,” said Weiss, a Sylvanian officer who was captured in May.')[0]).toEqual(['a Sylvanian officer who was captured in May', null, 'explicit']);
    expect(credit('“The war will last,” said a Sylvanian officer who was promoted in May.')[0]).toEqual(['a Sylvanian officer', 'sylvania', 'explicit']);
    // A person the topic data knows is whom it says, whatever befell them.
    expect(credit('Tomas Ruhl, who was detained in May, said the war would last.')[0]?.[1]).toBe('sylvania');
    // An officer who is no captive still speaks for their side; so does the captor's own official.
    expect(credit('“The war will last,” a Sylvanian officer said.')[0]).toEqual(['a Sylvanian officer', 'sylvania', 'explicit']);
    expect(credit('The Freedonian envoy for captured officers said the war would last.')[0]).toEqual(['The Freedonian envoy for captured officers', 'freedonia', 'explicit']);
  });

  it('keeps an academic’s, a prisoner’s or a defector’s description, and a later "he" keeps them', () => {
    const credit = (text: string) => statements([text, '“It is a lie,” he said.']).map((m) => [m.speaker.name, m.speaker.description, m.government, m.resolvedBy]);
    expect(credit('“The war will last,” a Sylvanian academic said.')).toEqual([
      [null, 'a Sylvanian academic', null, 'explicit'],
      [null, 'a Sylvanian academic', null, 'pronoun'],
    ]);
    expect(credit('“The war will last,” said Karl Weiss, a Sylvanian academic at Marsh City University.')[0]).toEqual([
      'Karl Weiss',
      'a Sylvanian academic at Marsh City University',
      null,
      'explicit',
    ]);
    expect(credit('“The war will last,” said a Sylvanian prisoner.')[1]).toEqual([null, 'a Sylvanian prisoner', null, 'pronoun']);
    expect(credit('“The war will last,” a defector from Sylvania said.')[1]).toEqual([null, 'a defector from Sylvania', null, 'pronoun']);
  });

  it('keeps a description that opens with a bare office ("Weiss, head of …"), and credits an institute’s or an association’s people no government', () => {
    const credit = (text: string) => statements([text, '“It is a lie,” he said.']).map((m) => [m.speaker.name, m.speaker.description, m.government, m.resolvedBy]);
    expect(credit('Weiss, vice president at the Marsh Institute, said the war would last.')).toEqual([
      ['Weiss', 'vice president at the Marsh Institute', null, 'explicit'],
      ['Weiss', 'vice president at the Marsh Institute', null, 'pronoun'],
    ]);
    expect(credit('“The war will last,” said Karl Weiss, director of the Sylvanian Institute.')[0]).toEqual(['Karl Weiss', 'director of the Sylvanian Institute', null, 'explicit']);
    expect(credit('“The war will last,” said Karl Weiss, vice president at Sylvania’s Naval Studies Institute.')[0]?.[2]).toBeNull();
    expect(credit('“The war will last,” the head of the Sylvanian Naval Studies Center said.')[0]?.[2]).toBeNull();
    expect(credit('“The war will last,” Karl Weiss, the head of the Sylvanian Defectors Association, said.')[0]?.[2]).toBeNull();
    // Unnamed, likewise; and societies, academies of sciences, chambers of commerce, unions of a
    // trade and publications named by their kind.
    expect(credit('“The war will last,” the director at Marsh City University said.')[0]?.[2]).toBeNull();
    for (const body of ['the Sylvanian Peace Forum', 'the Sylvanian Academy of Sciences', 'the Sylvanian Chamber of Commerce', 'the Sylvanian Writers Union', 'the Sylvanian Journal of Defence']) {
      expect(credit(`“The war will last,” said Karl Weiss, a researcher for ${body}.`)[0]?.[2]).toBeNull();
      expect(credit(`“The war will last,” a spokesman for ${body} said.`)[0]?.[2]).toBeNull();
    }
    // Nor is such a body's name taken for a person's ("Sylvanian Unification Society"), and someone
    // of an outlet named by its kind speaks for it, not for a government.
    expect(credit('“The war will last,” the head at the Sylvanian Unification Society said.')[0]).toEqual([
      null,
      'the head at the Sylvanian Unification Society',
      null,
      'explicit',
    ]);
    expect(credit('“The war will last,” the director at Sylvanian state television said.')[0]?.[2]).toBeNull();
    expect(credit('“The war will last,” said Karl Weiss, head at Sylvanian state television.')[0]?.[2]).toBeNull();
    // A spokesperson of a body the topic data knows still speaks for its government.
    expect(credit('“The war will last,” said Karl Weiss, spokesman for the Freedonian Defence Ministry.')[0]).toEqual([
      'Karl Weiss',
      'spokesman for the Freedonian Defence Ministry',
      'freedonia',
      'explicit',
    ]);
  });

  it('credits observers, scientists, country watchers, presenters and the opposition no government, whatever their demonym', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.speaker.description, m.government]);
    expect(credit('“The war will last,” said Karl Weiss, a Sylvanian military observer.')).toEqual([['Karl Weiss', 'a Sylvanian military observer', null]]);
    expect(credit('“The war will last,” said a Sylvanian political scientist.')).toEqual([['a Sylvanian political scientist', 'a Sylvanian political scientist', null]]);
    expect(credit('“The war will last,” said Karl Weiss, a Sylvania watcher.')).toEqual([['Karl Weiss', 'a Sylvania watcher', null]]);
    expect(credit('“The war will last,” a Sylvanian state TV presenter said.')).toEqual([['a Sylvanian state TV presenter', 'a Sylvanian state TV presenter', null]]);
    expect(credit('“The war will last,” said a Sylvanian opposition politician.')).toEqual([['a Sylvanian opposition politician', 'a Sylvanian opposition politician', null]]);
    expect(credit('“The war will last,” said Karl Weiss, a senior fellow at the Sylvanian Naval Institute.')).toEqual([
      ['Karl Weiss', 'a senior fellow at the Sylvanian Naval Institute', null],
    ]);
    // A politician of the government's side still speaks for it.
    expect(credit('“The war will last,” said a Sylvanian politician.')).toEqual([['a Sylvanian politician', 'a Sylvanian politician', 'sylvania']]);
  });

  it('takes a private person of any noun for one person, so a later "he" is theirs, not the minister’s who spoke before', () => {
    for (const description of [
      'the reconnaissance sniper',
      'a Freedonian private',
      'a 26-year-old Freedonian',
      'the wounded Freedonian',
      'a Freedonian soldier identified only by his surname Kim',
      'the 26-year-old',
      'Kim, a 26-year-old from Fredonburg,',
      'the Freedonian teenager',
      'a Freedonian paratrooper',
      'one of the two Freedonians',
    ]) {
      const mentions = statements(['“We will exchange them,” Sylvanian Defence Minister Tomas Ruhl said.', `“I was told nothing,” ${description} said.`, '“I want to stay,” he said.']);
      expect(mentions.map((m) => [m.paragraph, m.government])).toEqual([
        [1, 'sylvania'],
        [2, null],
        [3, null],
      ]);
      expect(mentions[2]?.resolvedBy).toBe('pronoun');
    }
  });

  it('lets a later "he" reach no further back than someone new whose description it cannot read: "“…,” a Freedonian lieutenant said"', () => {
    const mentions = statements(['“We will exchange them,” Sylvanian Defence Minister Tomas Ruhl said.', '“I was told nothing,” a Freedonian lieutenant said.', '“I want to stay,” he said.']);
    expect(mentions.map((m) => [m.paragraph, m.government])).toEqual([
      [1, 'sylvania'],
      [2, null],
      [3, null],
    ]);
    // Reported speech by such a speaker likewise: the later "he" is no one, not Ruhl.
    const reported = statements(['“We will exchange them,” Ruhl said.', 'A Freedonian lieutenant said he was told nothing.', '“I want to stay,” he said.']);
    expect(reported.map((m) => [m.paragraph, m.government])).toEqual([
      [1, 'sylvania'],
      [3, null],
    ]);
    // "Kim, 26," is a named person, before the verb or after it; a later "he" is Kim.
    for (const tagged of ['“I was told nothing,” Kim, 26, said.', '“I was told nothing,” said Kim, 26.']) {
      const kim = statements(['“We will exchange them,” Ruhl said.', tagged, '“I want to stay,” he said.']);
      expect(kim.map((m) => [m.paragraph, m.speaker.name, m.speaker.description, m.government])).toEqual([
        [1, 'Tomas Ruhl', '', 'sylvania'],
        [2, 'Kim', '', null],
        [3, 'Kim', '', null],
      ]);
    }
    // "One of the two Freedonians" opening a sentence is one person too.
    const one = statements(['“We will exchange them,” Ruhl said.', 'One of the two Freedonians said he was told nothing.', '“I want to stay,” he said.']);
    expect(one.map((m) => [m.paragraph, m.speaker.description, m.government])).toEqual([
      [1, '', 'sylvania'],
      [2, 'One of the two Freedonians', null],
      [3, 'One of the two Freedonians', null],
    ]);
  });

  it('lets a later "he" reach no further back than a person introduced by their age: "Among the arrivals was 58-year-old Marek"', () => {
    // A person named only in the narrative, with no office, then someone introduced by age: "he" may be either.
    const mentions = statements([
      'Sylvanian Defence Minister Tomas Ruhl became a familiar face in the region.',
      'Among the new arrivals was 58-year-old Marek, a former guard who came with his grandchildren.',
      '“Where are they?” he asked.',
    ]);
    expect(mentions.map((m) => [m.paragraph, m.government])).toEqual([[3, null]]);
    // Must not change: with nobody introduced since, "he" is still the person named.
    const named = statements(['Sylvanian Defence Minister Tomas Ruhl visited the port.', '“Where are they?” he asked.']);
    expect(named.map((m) => [m.paragraph, m.government])).toEqual([[2, 'sylvania']]);
  });

  it('reads a rank before an office whole: "said Freedonia’s deputy foreign minister"', () => {
    const [mention] = statements(['“We will win,” said Freedonia’s deputy foreign minister.']);
    expect([mention?.speaker.description, mention?.government]).toEqual(['Freedonia’s deputy foreign minister', 'freedonia']);
  });

  it('reads an acute accent typed for an apostrophe as one: "Freedonia´s leader said"', () => {
    const [mention] = statements(['“The talks went well,” Freedonia´s leader said.']);
    expect([mention?.speaker.description, mention?.government]).toEqual(['Freedonia´s leader', 'freedonia']);
  });

  it('credits a business no government, whatever place its name holds: "Fredonburg Shipping said"', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description, m.government]);
    expect(credit('Fredonburg Shipping said it would pause transits.')).toEqual([['Fredonburg Shipping', null]]);
    expect(credit('A Sylvanian shipping company said it would pause transits.')).toEqual([['A Sylvanian shipping company', null]]);
    expect(credit('Sylvanian insurers said premiums had doubled.')).toEqual([['Sylvanian insurers', null]]);
    expect(credit('The Sylvanian Defence Ministry said it would pause transits.')).toEqual([['The Sylvanian Defence Ministry', 'sylvania']]);
  });

  it('credits initials or a web address a country’s name owns no government unless the topic data knows them: "Sylvania’s STV said"', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.government]);
    expect(credit('Sylvania’s STV said the crew were safe.')).toEqual([[null, null]]);
    expect(credit('Freedonia’s News.fr said the crew were safe.')).toEqual([[null, null]]);
    // A person the topic data lists is that person; a country's own office is still the country's.
    expect(credit('Sylvania’s Ruhl said the crew were safe.')).toEqual([['tomas-ruhl', 'sylvania']]);
    expect(credit('Sylvania’s Defence Minister said the crew were safe.')).toEqual([[null, 'sylvania']]);
  });

  it('credits someone aboard a ship no government, whatever their demonym, and reads the people before "aboard" as the speaker', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description, m.government]);
    expect(credit('A Sylvanian sailor aboard the Ocean Star said the crew were safe.')).toEqual([['A Sylvanian sailor aboard the Ocean Star', null]]);
    expect(credit('Two Freedonian seafarers aboard the tanker said the crew were safe.')).toEqual([['Two Freedonian seafarers aboard the tanker', null]]);
    expect(credit('A Sylvanian officer aboard the tanker said the crew were safe.')).toEqual([['A Sylvanian officer aboard the tanker', null]]);
    // Anyone of a body the topic data lists keeps its side, aboard or not.
    expect(credit('A spokesperson aboard the Freedonian Defence Ministry ship said the crew were safe.')).toEqual([['A spokesperson aboard the Freedonian Defence Ministry ship', 'freedonia']]);
  });

  it('credits someone of a business or of civil society no government, whether a possessive or "of" says whose they are', () => {
    const credit = (text: string) => statements([text]).map((m) => m.government);
    for (const text of [
      // A business by its role before "of", named or not.
      'The Freedonian owner of the tanker said the crew were safe.',
      'The Sylvanian owner of the Marsh Star, Kowal Rederi, said the crew were safe.',
      'The manager of a Fredonburg factory said the crew were safe.',
      // Whom a possessive says the speaker is of.
      'The Fredonburg factory’s manager said the crew were safe.',
      'The Sylvanian Orthodox Church’s leader, Patriarch Ilia, said the crew were safe.',
      // A diaspora, a lobby or its group.
      'A spokesman for the Sylvanian diaspora group SAC said the crew were safe.',
      'A leader of the Sylvanian diaspora said the crew were safe.',
    ]) {
      expect(credit(text)).toEqual([null]);
    }
    // A side's own body and its people keep their side, possessive or not.
    expect(credit('The Defence Ministry’s spokesman said the crew were safe.')).toEqual(['freedonia']);
    expect(credit('Sylvania’s envoy said the crew were safe.')).toEqual(['sylvania']);
    expect(credit('The head of the Sylvanian navy said the crew were safe.')).toEqual(['sylvania']);
  });

  it('goes on in the paragraph with a speaker described but not known: "“…,” the company said. “…”"', () => {
    const mentions = statements(['“All transits are paused,” the company said. “We will keep this pause under review.”']);
    expect(mentions.map((m) => [m.speaker.description, m.resolvedBy])).toEqual([
      ['the company', 'none'],
      ['the company', 'continuation'],
    ]);
  });

  it('never takes a capitalised preposition opening a sentence for a speaker', () => {
    const mentions = statements(['In his report, Tomas Ruhl praised the crews, noting they showed “great courage.”']);
    expect(mentions.map((m) => m.speaker.description || m.speaker.name)).not.toContain('In');
  });
});

describe('speakers: independent voices', () => {
  it.each([
    '“The deployment is a gamble,” said Karl Weiss, a researcher at the Freedonian Institute for Defence Studies.',
    'Karl Weiss, an analyst at the Freedonian Institute, said the deployment was a gamble.',
    '“It is a gamble,” said Freedonian analyst Karl Weiss.',
    '“It is a gamble,” said Lena Holt, a former Freedonian diplomat.',
  ])('credits no government to %j', (text) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.name).toMatch(/Weiss|Holt/);
    expect(mention?.government).toBeNull();
  });

  it.each([
    ['A Sylvanian military blogger said the troops had left.', 'A Sylvanian military blogger'],
    ['Sylvanian war correspondent Karl Weiss said the troops had left.', 'Sylvanian war correspondent'],
    ['A Sylvanian state television reporter said the troops had left.', 'A Sylvanian state television reporter'],
    ['The Sylvanian vessel’s operator said the crew was safe.', 'The Sylvanian vessel’s operator'],
    ['The Sylvanian milblogger Rybar said the troops had left.', 'The Sylvanian milblogger Rybar'],
    ['A Sylvanian medic said the troops had left.', 'A Sylvanian medic'],
    ['Sylvanian volunteers said the troops had left.', 'Sylvanian volunteers'],
    ['A Sylvanian drone pilot said the troops had left.', 'A Sylvanian drone pilot'],
    ['A Sylvanian doctor said the troops had left.', 'A Sylvanian doctor'],
  ])('credits no government to the press, an operator or a private person: %j', (text, description) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.description).toBe(description);
    expect(mention?.government).toBeNull();
  });

  it.each([
    ['The Sylvanian shipping company Eagle said the crew was safe.', null],
    ['The Freedonian security firm Ambit said the crew was safe.', null],
    // A title before a name is an office, not a kind of business.
    ['The Freedonian foreign minister Kask said the crew was safe.', 'freedonia'],
  ])('credits no government to a business named by its kind and then its name: %j', (text, government) => {
    expect(statements([text])[0]?.government).toBe(government);
  });

  it.each([
    ['The central bank said the economy remained fragile.', 'The central bank'],
    ['The Freedonian central bank said the economy remained fragile.', 'The Freedonian central bank'],
    ['The airline said the flights were cancelled.', 'The airline'],
    ['Sylvanian banks said they would close early.', 'Sylvanian banks'],
  ])('hears a bank, an airline and other businesses by their kind, for no government: %j', (text, description) => {
    const [mention] = statements([text]);
    expect([mention?.speaker.description, mention?.government]).toEqual([description, null]);
  });

  it('credits no government to a news agency the topic data does not list, whatever country runs it', () => {
    for (const text of ['The Sylvanian state news agency said the ship was hit.', 'The Sylvanian-run news agency said the ship was hit.']) {
      expect(statements([text])[0]?.government).toBeNull();
    }
  });

  it.each([
    ['“The camps are full,” the Freedonian coordination center said.', 'the Freedonian coordination center', 'freedonia'],
    ['The Sylvanian crisis centre said the camps were full.', 'The Sylvanian crisis centre', 'sylvania'],
    // A center that is a place is no speaker.
    ['The shelling hit the city center, residents said.', 'residents', null],
  ])('hears a center or a centre speak as an institution: %j', (text, description, government) => {
    const [mention] = statements([text]);
    expect([mention?.speaker.description, mention?.government]).toEqual([description, government]);
  });

  it.each([
    ['The talks began on Thursday, the official Sylvanian agency announced.', null],
    ['The Freedonian agency said the ship was hit.', null],
    ['The state-run Sylvanian agency reported that the border was closed.', null],
    // An agency of a kind is a state body: its state speaks.
    ['The Sylvanian intelligence agency said the ship was hit.', 'sylvania'],
    ['The Freedonian border agency announced that the crossing was closed.', 'freedonia'],
  ])('credits no government to an agency told only by its demonym: %j', (text, government) => {
    expect(statements([text])[0]?.government).toBe(government);
  });

  it.each([
    'The Sylvanian monitoring group Frontline said the drills were a bluff.',
    'The Freedonian volunteer group said the drills were a bluff.',
    '“They left,” said Jan Kowal of a Sylvanian open-source intelligence group.',
  ])('credits no government to a monitoring, open-source or volunteer group: %j', (text) => {
    expect(statements([text])[0]?.government).toBeNull();
  });

  it.each([
    ['A member of Sylvania’s special forces said the drills were a bluff.', null],
    ['“It is a bluff,” said a member of the Sylvanian army.', null],
    ['Karl Weiss, a member of Sylvania’s special forces, said the drills were a bluff.', null],
    ['A member of the Sylvanian parliament said the drills were a bluff.', 'sylvania'],
    ['A member of the Sylvanian delegation said the drills were a bluff.', 'sylvania'],
  ])('credits no government to one of the rank and file, named or not, but keeps a member of a parliament or delegation: %j', (text, government) => {
    expect(statements([text])[0]?.government).toBe(government);
  });

  it.each([
    ['“It is a bluff,” a fighter with Sylvania’s special forces told the Courier.', 'a fighter'],
    ['“It is a bluff,” a volunteer with the Sylvanian army told the Courier.', 'a volunteer'],
  ])('reads a private person with a unit as the speaker, not the unit: %j', (text, description) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.description).toBe(description);
    expect(mention?.government).toBeNull();
  });

  it('credits no government to a research centre’s fellow', () => {
    const [mention] = statements(['“They left,” said Jan Kowal of the Sylvanian Centre for Naval Studies.']);
    expect(mention?.government).toBeNull();
  });

  it('keeps the audience out of the speaker: "told reporters"', () => {
    const [mention] = statements(['Anna Berg told reporters that the troops had left.']);
    expect(mention?.speaker.actor).toBe('anna-berg');
  });

  it('keeps the government of an official, and of a known person whatever their description', () => {
    expect(statements(['Karl Weiss, a Freedonian defence official, said the deployment was a gamble.'])[0]?.government).toBe('freedonia');
    expect(statements(['Former spokesperson Anna Berg said the deployment was a gamble.'])[0]?.government).toBe('freedonia');
    expect(statements(['“It is a gamble,” said Sylvanian Army Gen. Karl Weiss.'])[0]?.government).toBe('sylvania');
  });

  it.each([
    '“It is a gamble,” said retired Sylvanian general Karl Weiss.',
    '“It is a gamble,” said Karl Weiss, a retired Sylvanian general.',
    'Karl Weiss, Sylvania’s former ambassador to Freedonia, said the deployment was a gamble.',
    '“It is a gamble,” said Karl Weiss, an ex-Sylvanian diplomat.',
    '“It is a gamble,” said Sylvania’s former intelligence chief Karl Weiss.',
    '“It is a gamble,” said retired Sylvanian Army Gen. Karl Weiss.',
    '“It is a gamble,” said Karl Weiss, a retired Sylvanian Navy Adm.',
  ])('credits no government to a past office anywhere before its role: %j', (text) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.name).toBe('Karl Weiss');
    expect(mention?.government).toBeNull();
  });

  it.each([
    'Karl Weiss, a former Defence Ministry official, said the deployment was a gamble.',
    '“It is a gamble,” said Karl Weiss, the former head of the State Bureau.',
    '“It is a gamble,” said Karl Weiss, a retired general and former head of the State Bureau.',
    '“It is a gamble,” said Karl Weiss, a one-time Defence Ministry adviser.',
    'A former State Bureau official said the deployment was a gamble.',
    'Former Defence Ministry officials said the deployment was a gamble.',
  ])('credits neither the body nor its government to a past office in a body the topic data knows: %j', (text) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.actor).toBeNull();
    expect(mention?.government).toBeNull();
  });

  it.each([
    ['Karl Weiss, a Defence Ministry official, said the deployment was a gamble.', 'freedonia-defence-ministry', 'freedonia'],
    ['The Defence Ministry official said the former base was a gamble.', 'freedonia-defence-ministry', 'freedonia'],
    ['Sylvania, a former colony, said the deployment was a gamble.', 'sylvania', 'sylvania'],
    ['The State Bureau, the former Ministry of Ports, said the deployment was a gamble.', 'freedonia-state-bureau', 'freedonia'],
  ])('keeps a serving official’s body, and a body or government described by its own past: %j', (text, actor, government) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.actor).toBe(actor);
    expect(mention?.government).toBe(government);
  });

  it.each([
    ['“It is a gamble,” said Karl Weiss, a Sylvanian Army colonel.', 'a Sylvanian Army colonel', 'sylvania'],
    ['“It is a gamble,” said Karl Weiss, a retired Sylvanian Army colonel.', 'a retired Sylvanian Army colonel', null],
    ['“It is a gamble,” said Karl Weiss, a retired Freedonian Navy admiral.', 'a retired Freedonian Navy admiral', null],
  ])('reads a rank as the head of a description: %j', (text, description, government) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.description).toBe(description);
    expect(mention?.government).toBe(government);
  });

  it('keeps the government when the past is not the speaker’s: "the former republic’s ministry"', () => {
    expect(statements(['The government of the former Sylvanian republic said the deployment was a gamble.'])[0]?.government).toBe('sylvania');
  });

  it.each([
    '“The shelling never stops,” residents of Marsh City said.',
    '“The shelling never stops,” said Karl Weiss, a resident of Marsh City.',
    'The ship’s Sylvanian owner said the vessel was hit.',
    'The vessel’s Sylvanian captain said the vessel was hit.',
    '“It is a gamble,” said Karl Weiss, a Sylvanian.',
    '“It is a gamble,” said Karl Weiss, a Freedonian drone operator.',
    'A Sylvanian crew member told reporters the vessel was hit.',
    'Marsh City Sylvanians said the shelling was heavy.',
    'Ethnic Sylvanians said the shelling was heavy.',
    '“The drills are over,” wrote Karl Weiss, a Sylvanian Telegram channel author.',
    'Sylvanian writer Karl Weiss said the drills were over.',
  ])('credits no government to private people, a ship’s people, the press or a person described by nationality alone: %j', (text) => {
    const [mention] = statements([text]);
    expect(mention).toBeDefined();
    expect(mention?.government).toBeNull();
  });
});

describe('speakers: outlets by their kind, one national, and joint voices', () => {
  it.each([
    'The Freedonian news site Marsh Post said the boats had left.',
    'The Freedonian wire service Marsh Wire said the boats had left.',
    'The Freedonian publication Marsh Post said the boats had left.',
    'The Freedonian blog Marsh Notes said the boats had left.',
    'Marsh Post, a Freedonian newspaper, said the boats had left.',
    'Marsh Post, a Freedonian outlet, said the boats had left.',
  ])('credits no government to an outlet named by its kind: %j', (text) => {
    const [mention] = statements([text]);
    expect(mention).toBeDefined();
    expect(mention?.government).toBeNull();
  });

  it.each([
    ['A Sylvanian who fought in Freedonia told the Courier the boats had left.', 'A Sylvanian'],
    ['“The boats have left,” a Sylvanian who fought in Freedonia told the Courier.', 'a Sylvanian'],
    ['A journalist who visited Sylvania said the boats had left.', 'A journalist'],
    ['A researcher who studies Sylvania said the boats had left.', 'A researcher'],
  ])('reads the one a bare relative clause describes as the speaker, not the place the clause names: %j', (text, description) => {
    const [mention] = statements([text]);
    expect(mention?.speaker).toEqual({ name: null, description, actor: null });
    expect(mention?.government).toBeNull();
  });

  it('credits no government to a named person described as one national with a relative clause', () => {
    const [mention] = statements(['Jan Kowal, a Sylvanian who fled to Freedonia, said the boats had left.']);
    expect(mention?.speaker.name).toBe('Jan Kowal');
    expect(mention?.government).toBeNull();
  });

  it('reads "they" after two sides that spoke together as both, for no one government; "it" as neither', () => {
    const [, , both] = statements(['Freedonia and Sylvania said the boats had left. “They are gone,” they said.']);
    expect(both?.speaker).toEqual({ name: null, description: 'Freedonia and Sylvania', actor: null });
    expect(both?.government).toBeNull();
    const [, , either] = statements(['Freedonia and Sylvania said the boats had left. It said the crews were safe.']);
    expect(either?.government).toBeNull();
    // One side alone still goes on: "it" after Freedonia is Freedonia.
    const [, one] = statements(['Freedonia said the boats had left. It said the crews were safe.']);
    expect(one?.government).toBe('freedonia');
  });
});

describe('speakers: a name before the role it modifies', () => {
  it.each([
    ['“It is a gamble,” said Karl Weiss, a Ruhl critic.', 'Karl Weiss'],
    ['“It is a gamble,” said Karl Weiss, a longtime Defence Ministry critic.', 'Karl Weiss'],
    ['“It is a gamble,” said Karl Weiss, a critic of the Defence Ministry.', 'Karl Weiss'],
    ['“It is a gamble,” said Karl Weiss, a State Bureau watcher.', 'Karl Weiss'],
    ['“It is a gamble,” said Karl Weiss, a Defence Ministry-watcher.', 'Karl Weiss'],
    ['“It is a gamble,” said Karl Weiss, a Ruhl ally.', 'Karl Weiss'],
    ['A Ruhl critic said the drills were a bluff.', null],
    ['Ruhl’s fiercest critic said the drills were a bluff.', null],
    ['A Sylvania critic said the drills were a bluff.', null],
    ['A Sylvanian critic of the war said the drills were a bluff.', null],
  ])('credits neither the one named nor their side to someone who stands apart from them: %j', (text, name) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.name).toBe(name);
    expect(mention?.speaker.actor).toBeNull();
    expect(mention?.government).toBeNull();
  });

  it.each([
    ['“It is a gamble,” said Ruhl aide Karl Weiss.', 'Karl Weiss', 'sylvania'],
    ['A Ruhl aide said the drills were a bluff.', null, 'sylvania'],
    ['“It is a gamble,” said Karl Weiss, a Berg envoy.', 'Karl Weiss', 'freedonia'],
  ])('credits someone who speaks for a person named before their role to that person’s side, not as that person: %j', (text, name, government) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.name).toBe(name);
    expect(mention?.speaker.actor).toBeNull();
    expect(mention?.government).toBe(government);
  });

  it.each([
    ['The Defence Ministry spokesman said the drills were a bluff.', 'freedonia-defence-ministry', 'freedonia'],
    ['Tomas Ruhl said the drills were a bluff.', 'tomas-ruhl', 'sylvania'],
    ['Sylvanian officials said the drills were a bluff.', null, 'sylvania'],
  ])('keeps a body’s own role and a person named alone: %j', (text, actor, government) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.actor).toBe(actor);
    expect(mention?.government).toBe(government);
  });

  it.each([
    'A Sylvania-run newspaper said the drills were a bluff.',
    'A Freedonia-owned channel said the drills were a bluff.',
    'The Defence Ministry-run newspaper said the drills were a bluff.',
  ])('credits no government to what a side owns or runs: %j', (text) => {
    expect(statements([text])[0]?.government).toBeNull();
  });

  it.each([
    'A Sylvania-friendly lawmaker said the drills were a bluff.',
    'A Defence Ministry-connected official said the drills were a bluff.',
    'A Sylvania-leaning lawmaker said the drills were a bluff.',
  ])('credits no side to someone only friendly to or connected with it: %j', (text) => {
    expect(statements([text])[0]?.government).toBeNull();
  });
});

describe('speakers: a quotation introduced by a colon', () => {
  it('does not give it to the last speaker when the paragraph told of someone else after him', () => {
    const last = statements(['“We will exchange them,” Ruhl wrote. He posted a video in which a soldier is asked about his future. He replies:', '“I want to stay.”']).at(-1);
    expect(last?.quote).toBe('I want to stay.');
    expect(last?.government).toBeNull();
  });

  it.each([
    [['Tomas Ruhl said:', '“We will exchange them.”']],
    [['“We will exchange them,” Ruhl said. He added:', '“They are brave.”']],
  ])('still gives it to the speaker who introduced it: %j', (paragraphs) => {
    expect(statements(paragraphs).at(-1)?.speaker.actor).toBe('tomas-ruhl');
  });
});

describe('speakers: a surname the topic data lists, described as someone else', () => {
  it.each([
    '“It is a gamble,” said Mr. Ruhl, a professor at Marsh University.',
    '“It is a gamble,” said Ruhl, an analyst at the Marsh Institute.',
    '“It is a gamble,” said Professor Ruhl of Marsh University.',
    '“It is a gamble,” said Mr. Ruhl at the Marsh Institute.',
  ])(
    'reads a listed surname described as an independent voice as no one the data knows: %j',
    (text) => {
      const [mention] = statements([text]);
      expect([mention?.speaker.actor, mention?.government]).toEqual([null, null]);
    },
  );

  it.each(['“It is a gamble,” said Ruhl, the Sylvanian defence minister.', '“It is a gamble,” said Mr. Ruhl, the minister.', '“It is a gamble,” said Minister Ruhl of Sylvania.'])('keeps the listed person described by their office: %j', (text) => {
    expect(statements([text])[0]?.speaker.actor).toBe('tomas-ruhl');
  });
});

describe('speakers: a description with a relative clause', () => {
  it.each([
    ['Karl Weiss, a Sylvanian military expert who advises the defence ministry, said the drills were a bluff.', null],
    ['Karl Weiss, a Sylvanian analyst who once worked for the government, said the drills were a bluff.', null],
    ['Karl Weiss, a Sylvanian official who oversees the ministry’s analysts, said the drills were a bluff.', 'sylvania'],
    ['Karl Weiss, a Sylvanian general who commands the analysts, said the drills were a bluff.', 'sylvania'],
    ['Karl Weiss, a Sylvanian analyst close to the Defence Ministry, said the drills were a bluff.', null],
    ['Karl Weiss, a Sylvanian analyst linked to the government, said the drills were a bluff.', null],
    ['Karl Weiss, a Sylvanian adviser to the government, said the drills were a bluff.', 'sylvania'],
    // A relative clause that names a side with a place preposition: the head is still the defector.
    ['Karl Weiss, a defector who served in the Sylvanian army, said the drills were a bluff.', null],
    ['Karl Weiss, a deserter who fought in the Sylvanian army, said the drills were a bluff.', null],
  ])('reads the head of the description before its relative clause, or before what ties it to someone: %j', (text, government) => {
    expect(statements([text])[0]?.government).toBe(government);
  });

  it('reads "a prisoner of war who was held in Marsh City said" as the prisoner, and a later "he" as them', () => {
    const found = statements(['Tomas Ruhl thanked the crews. A Freedonian prisoner of war who was held in Marsh City said he had seen the boats.', '“They guarded us,” he said.']);
    expect(found.map((s) => [s.speaker.description, s.government])).toEqual([
      ['A Freedonian prisoner of war', null],
      ['A Freedonian prisoner of war', null],
    ]);
  });
});

describe('speakers: an independent voice told of since the last speaker', () => {
  it.each(['Analysts, however, are sceptical.', 'Sylvanian experts are less sure.', 'Researchers at the Marsh Institute doubt it.'])(
    'reads "they" after a sentence about independent voices (%j) as no side’s, not the officials’ who spoke before',
    (between) => {
      const last = statements(['The Freedonian Defence Ministry said the drills were over.', between, '“They are a bluff,” they said.']).at(-1);
      expect([last?.speaker.actor, last?.government]).toEqual([null, null]);
    },
  );

  it.each(['Ruhl hugged the families of soldiers killed in the war.', 'Ruhl then met the widows and parents of the fallen.'])(
    'reads "she" after a sentence about the kin of the dead (%j) as no side’s, not the leader’s who spoke before',
    (between) => {
      const last = statements(['“They fought bravely,” Tomas Ruhl said.', between, '“My son did his duty,” she said.']).at(-1);
      expect([last?.speaker.actor, last?.government]).toEqual([null, null]);
    },
  );

  it('reads "he" after a paragraph about an analyst as no side’s, not the last speaker’s', () => {
    const [, quote] = statements(['Tomas Ruhl said the drills were over.', 'Karl Weiss, an analyst at the Marsh Institute, disagreed.', '“They are a bluff,” he said.']);
    expect(quote?.quote).toBe('They are a bluff');
    expect(quote?.government).toBeNull();
  });

  it.each([
    [['Tomas Ruhl said the drills were over.', '“They are a bluff,” he said.']],
    [['Tomas Ruhl said the drills were over.', 'Karl Weiss, an analyst at the Marsh Institute, disagreed.', '“They are a bluff,” he added.']],
    [['Karl Weiss, an analyst at the Marsh Institute, disagreed.', 'Tomas Ruhl said the drills were over.', '“They are a bluff,” he said.']],
  ])('still reads "he" as the last speaker when no such person came after him, or when he goes on: %j', (paragraphs) => {
    expect(statements(paragraphs).at(-1)?.speaker.actor).toBe('tomas-ruhl');
  });
});

describe('speakers: whose', () => {
  it.each([
    ['A woman whose son serves in the Sylvanian army said the drills were a bluff.', 'A woman'],
    ['“It is a gamble,” said a woman whose son serves in the Sylvanian army.', 'a woman'],
    ['A defector whose family still lives in Freedonia said the drills were a bluff.', 'A defector'],
  ])('reads the one "whose" describes as the speaker, not what the clause names: %j', (text, description) => {
    const [mention] = statements([text]);
    expect(mention?.speaker).toEqual({ name: null, description, actor: null });
    expect(mention?.government).toBeNull();
  });
});

describe('speakers: a university, a strategist, an employer tied to a body', () => {
  it.each([
    'Jan Kowal, president of the University of Freedonian Studies, said the boats had left.',
    'Jan Kowal, a Freedonian strategist, said the boats had left.',
    'Jan Kowal, an analyst at the Freedonian Defence Ministry-affiliated Institute for Defence Analyses, said the boats had left.',
  ])('credits no government, nor the body the employer is tied to: %j', (text) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.name).toBe('Jan Kowal');
    expect(mention?.speaker.actor).toBeNull();
    expect(mention?.government).toBeNull();
  });

  it.each([
    '“They left,” said Jan Kowal of Marsh City’s Higher School of Economics.',
    '“They left,” said Jan Kowal, president of the Association of Sylvanian Studies.',
    '“They left,” said Jan Kowal, a professor at the Sylvanian War College.',
  ])('credits no government to a school or a society of a field of study, whatever country it names: %j', (text) => {
    expect(statements([text])[0]?.government).toBeNull();
  });

  it('takes no words of an institute’s name for a personal name: "… for Policy Studies"', () => {
    const [mention] = statements(['“They left,” said Jan Kowal of the Marsh-based Institute for Policy Studies.']);
    expect(mention?.speaker.name).not.toBe('Policy Studies');
    expect(mention?.government).toBeNull();
  });

  it('still credits a person of the body itself: "Jan Kowal of the Freedonian Defence Ministry"', () => {
    expect(statements(['Jan Kowal of the Freedonian Defence Ministry said the boats had left.'])[0]?.government).toBe('freedonia');
  });
});

describe('speakers: "it added" after a speaker "it" cannot mean', () => {
  it.each([
    [['“The talks are over,” the State Bureau said.', 'Rebel officials announced that the border had reopened.', 'It added that the convoys had left.']],
    [['“The talks are over,” the State Bureau said.', 'Sylvanian officials announced that the border had reopened.', 'It added that the convoys had left.']],
  ])('credits no side: the last to speak are several, and the body before them is a guess: %j', (paragraphs) => {
    const added = statements(paragraphs).find((mention) => mention.verb === 'added');
    expect(added?.government).toBeNull();
  });

  it.each([
    [['The State Bureau said residents had asked for help.', 'It added that the convoys had left.']],
    [['The State Bureau said the talks were over.', 'It added that the convoys had left.']],
  ])('goes on with the body when no one spoke after it: %j', (paragraphs) => {
    const added = statements(paragraphs).find((mention) => mention.verb === 'added');
    expect(added?.government).toBe('freedonia');
  });
});

describe('speakers: a place inside a longer subject does not speak', () => {
  it.each([
    ['The raids of the militia on shipping in the Marsh Strait threaten the economy, the minister said.', 'the minister'],
    ['A task force operating in the Sylvanian Gulf said it had intercepted two drones.', undefined],
    ['Delays at the Fredonburg Canal worry exporters, the agency reported.', 'the agency'],
  ])('credits no words to the place after a noun and its preposition: %j', (text, description) => {
    const found = statements([text]);
    expect(found.map((mention) => mention.speaker.description)).not.toContainEqual(expect.stringMatching(/Strait|Gulf|Canal/));
    expect(found[0]?.speaker.description).toBe(description);
  });

  it.each([
    ['Officials in Fredonburg said the boats had left.', 'Officials in Fredonburg'],
    ['A man in the crowd said the boats had left.', 'A man in the crowd'],
    ['The delegation in Freedonia said the boats had left.', 'The delegation in Freedonia'],
  ])('still reads a speaker whose place follows them: %j', (text, description) => {
    expect(statements([text])[0]?.speaker.description).toBe(description);
  });
});

describe('speakers: where a speaker works is not whom they speak for', () => {
  it.each([
    ['The head of the Red Cross delegation in Freedonia said the boats had left.', 'The head of the Red Cross delegation in Freedonia'],
    ['The Northern Council’s special rapporteur on human rights in Freedonia said the boats had left.', 'The Northern Council’s special rapporteur on human rights in Freedonia'],
    ['A UN official in Fredonburg said the boats had left.', 'A UN official in Fredonburg'],
  ])('reads the holder before a place, and credits them no government: %j', (text, description) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.description).toBe(description);
    expect(mention?.government).toBeNull();
  });

  it('credits no government to an organisation the topic data does not know, posted in a country: "UNICEF’s representative in Sylvania"', () => {
    expect(statements(['Jan Kowal, UNICEF’s representative in Sylvania, said the boats had left.'])[0]?.government).toBeNull();
  });

  it.each([
    'The agency is sending tents, said agency representative in Sylvania Karl Weiss, who arrived in May.',
    'A charity spokesperson in Sylvania said the boats had left.',
  ])('credits no government to a speaker whose employer is told only by its kind, posted in a country: %j', (text) => {
    expect(statements([text])[0]?.government).toBeNull();
  });

  it.each([
    ['Officials in Fredonburg said the boats had left.', 'freedonia'],
    ['The Defence Ministry officials in Fredonburg said the boats had left.', 'freedonia'],
  ])('keeps the side of officials named with their place: %j', (text, government) => {
    expect(statements([text])[0]?.government).toBe(government);
  });

  it('keeps a speaker who tells of something a later "he" may mean: "A Freedonian drone operator described the attack"', () => {
    const [, quote] = statements(['Tomas Ruhl said the troops had fought bravely.', 'A Freedonian drone operator who fought them described the attack. “They walked in lines,” he said.']);
    expect(quote?.quote).toBe('They walked in lines');
    expect(quote?.government).toBeNull();
  });
});

describe('speakers: "he" after a sentence that tells of a private person with or after the one it is about', () => {
  it.each([
    'Anna Berg published a letter written by a Sylvanian soldier. “I want to go home,” he wrote.',
    'Anna Berg posted a video on Tuesday showing two Sylvanian soldiers captured in Marsh City. “We were told it was training,” he said.',
  ])('credits no government to "he": %j', (text) => {
    const [quote] = statements([text]);
    expect(quote?.quote).toBeDefined();
    expect(quote?.government).toBeNull();
  });

  it.each([
    ['Tomas Ruhl said two soldiers had been captured.', 'In a video, one of the men, lying in a hospital bed, answered questions through an interpreter.', '“I want to go home,” he said.'],
    ['Tomas Ruhl said the boats had left.', 'One of the Freedonian soldiers was shown sitting on a bed.', '“I want to go home,” he said.'],
  ])('credits no government to "he" after a sentence about one of a group of private people: %j', (...paragraphs) => {
    const [, quote] = statements(paragraphs);
    expect(quote?.quote).toBeDefined();
    expect(quote?.government).toBeNull();
  });

  it('still reads "he" as the person a sentence is about when it tells of no private person', () => {
    const [quote] = statements(['Tomas Ruhl visited the front. “We will respond,” he said.']);
    expect(quote?.government).toBe('sylvania');
  });
});

describe('speakers: an outlet whose name holds a country’s', () => {
  it.each([
    ['“The boats have left,” Freedonia Today said.', 'Freedonia Today'],
    ['Freedonia Today said the boats had left.', 'Freedonia Today'],
    ['The Freedonia Times said the boats had left.', 'The Freedonia Times'],
    ['“The boats have left,” the Fredonburg-based Freedonia News said.', 'the Fredonburg-based Freedonia News'],
  ])('reads the whole name and credits no government: %j', (text, description) => {
    const [mention] = statements([text]);
    expect(mention?.speaker.description).toBe(description);
    expect(mention?.government).toBeNull();
  });

  it('still skips a time word between a speaker and the verb: "Berg today said"', () => {
    expect(who(statements(['Berg today said the boats had left.']))[0]?.speaker.actor).toBe('anna-berg');
  });
});

describe('speakers: a quotation after a sentence about someone else in the paragraph', () => {
  it.each([
    '“We are winning,” Tomas Ruhl said. Anna Berg disagreed. “They are losing.”',
    '“We are winning,” Tomas Ruhl said. Freedonia disagreed. “They are losing.”',
    '“We are winning,” Tomas Ruhl said. A soldier at the front disagreed. “We have no food.”',
    '“We are winning,” Tomas Ruhl said. Residents disagreed. “We have no food.”',
    '“We are winning,” Tomas Ruhl said. The Courier’s reporter saw otherwise. “There is no food.”',
  ])('does not go on with the last speaker: %j', (text) => {
    const [, second] = statements([text]);
    expect(second?.resolvedBy).not.toBe('continuation');
    expect(second?.government).toBeNull();
  });

  it('goes on with the last speaker after a sentence about them', () => {
    const [, second] = statements(['“We are winning,” Tomas Ruhl said. He then left. “We will win.”']);
    expect(second?.resolvedBy).toBe('continuation');
    expect(second?.government).toBe('sylvania');
  });
});

describe('speakers: a role that refers back after another side was named since', () => {
  it.each([
    '“The boats have left,” said Karl Weiss, the Freedonian defence minister. Sylvanian Defence Minister Tomas Ruhl arrived later. “We saw them go,” the minister said.',
    '“The boats have left,” a Freedonian official said. A Sylvanian official was also present. “We saw them go,” the official said.',
    'The Freedonian Defence Ministry said the boats had left. The Sylvanian ministry disagreed. “We saw them stay,” the ministry said.',
  ])('credits no government: %j', (text) => {
    const [, second] = statements([text]);
    expect(second?.quote).toBeDefined();
    expect(second?.government).toBeNull();
  });

  it('still refers back when the sentence since was about the same side', () => {
    const [, second] = statements(['The Freedonian Defence Ministry said the boats had left. Freedonian troops advanced. “We saw them go,” the ministry said.']);
    expect(second?.government).toBe('freedonia');
  });
});

describe('speakers: a subject set off from its verb by an adverb between commas', () => {
  it('reads "Sylvanian officials, however, disagreed, saying …" as the officials’ words, and a later "they" as theirs', () => {
    const [first, second, third] = statements(['Freedonian officials said the boats had left. Sylvanian officials, however, disagreed, saying the boats had stayed. “We saw them,” they said.']);
    expect(first?.government).toBe('freedonia');
    expect(second?.speaker.description).toBe('Sylvanian officials');
    expect(second?.government).toBe('sylvania');
    expect(third?.government).toBe('sylvania');
  });

  it('reads "Tomas Ruhl, meanwhile, hit back, saying …" as Ruhl’s words', () => {
    expect(statements(['Tomas Ruhl, meanwhile, hit back, saying the boats had stayed.'])[0]?.speaker.actor).toBe('tomas-ruhl');
  });
});

describe('speakers: how the reader sees or hears the speaker', () => {
  it.each([
    // [the second paragraph's speaker phrase, the description shown, its government]
    ['A soldier speaking from a hospital bed in Fredonburg said', 'A soldier', null],
    ['A woman interviewed on Sylvanian television said', 'A woman', null],
    ['A soldier shown on Freedonian television said', 'A soldier shown on Freedonian television', null],
    ['A captured soldier shown on Sylvanian television said', 'A captured soldier shown on Sylvanian television', null],
    ['A Freedonian official quoted by the Courier said', 'A Freedonian official', 'freedonia'],
    ['A Sylvanian commander seen in a video said', 'A Sylvanian commander', 'sylvania'],
  ])('"%s …" is the person, and a later "he" or "she" goes on with them, not the speaker before', (phrase, description, government) => {
    const pronoun = phrase.startsWith('A woman') ? 'she' : 'he';
    const found = statements(['Tomas Ruhl said the drills were over.', `${phrase} the boats had left.`, `“They are gone,” ${pronoun} said.`]);
    expect(found.slice(1).map((s) => [s.speaker.description, s.government])).toEqual([
      [description, government],
      [description, government],
    ]);
  });

  it('keeps a speaker set off by commas, and a document seen by an outlet is no person', () => {
    expect(who(statements(['Tomas Ruhl, speaking at a news conference in Fredonburg, said the drills were over.']))[0]?.speaker.actor).toBe('tomas-ruhl');
    expect(statements(['Sylvanian officials speaking on condition of anonymity said the drills were over.'])[0]?.government).toBe('sylvania');
    expect(statements(['The report seen by the Courier said the drills were over.'])[0]?.government).toBeNull();
  });
});

describe('speakers: "he" or "she" after a body of another side spoke', () => {
  it.each([
    // [paragraphs, the government of the last quotation]
    [['Anna Berg said Sylvania should stay out of it. The Sylvanian Defence Ministry said it regretted the remarks.', '“It is provocative,” she said.'], null],
    [['Tomas Ruhl said the drills were over. The State Bureau said the boats had left.', '“We saw them go,” he said.'], null],
    // The body is of the person's own side, or spoke in the person's own sentence: the person goes on.
    [['Tomas Ruhl said the drills were over. Sylvania said the boats had left.', '“We saw them go,” he said.'], 'sylvania'],
    [['Anna Berg warned of consequences, as Sylvania has vowed to take measures.', '“They should think again,” she said.'], 'freedonia'],
  ])('%j', (paragraphs, government) => {
    expect(statements(paragraphs).at(-1)?.government).toBe(government);
  });
});

describe('speakers: a name and an age before the description', () => {
  it.each([
    ['Weiss, 29, a defector who served in the Sylvanian army, said the drills were a bluff.', 'Weiss', null],
    ['Weiss, 45, a Sylvanian official, said the drills were a bluff.', 'Weiss', 'sylvania'],
    ['On Monday, Weiss, 45, a Freedonian lawmaker, said the drills were a bluff.', 'Weiss', 'freedonia'],
  ])('the name speaks, described by the words after the age: %j', (text, name, government) => {
    const [found] = statements([text]);
    expect([found?.speaker.name, found?.government]).toEqual([name, government]);
  });
});

describe('speakers: "he" after a lone name the topic data does not know', () => {
  it.each([
    [['Tomas Ruhl said Marsh City would respond. Ivanov said Sylvania would pay.', '“We will crush them,” he said.'], null],
    // A known person in between, or a pronoun opening a sentence, changes nothing.
    [['Tomas Ruhl said Marsh City would respond. His visit came as Anna Berg said Sylvania would pay.', '“We will crush them,” she said.'], 'freedonia'],
    [['Tomas Ruhl said Marsh City would respond.', '“We will crush them,” he said.'], 'sylvania'],
  ])('%j', (paragraphs, government) => {
    expect(statements(paragraphs).at(-1)?.government).toBe(government);
  });
});

describe('speakers: a participle after a subordinate clause, when the sentence’s subject is no speaker', () => {
  it('reads "Fighting flared after X launched …, accusing …" as X’s words, and nothing else as theirs', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description, m.government, m.resolvedBy]);
    const cases: Array<[string, Array<[string, string | null, string]>]> = [
      ['The fighting flared up on Tuesday after Sylvania launched an offensive in the region, accusing Freedonian troops of “systematic” shelling.', [['Sylvania', 'sylvania', 'explicit']]],
      ['The talks collapsed when the Sylvanian government walked out, calling the offer “an insult to our people.”', [['the Sylvanian government', 'sylvania', 'explicit']]],
      ['The shelling resumed once Freedonia closed the border, saying the other side had broken the truce.', [['Freedonia', 'freedonia', 'explicit']]],
      // The sentence's own subject speaks: the participle is still theirs.
      ['Berg spoke after Ruhl left, calling the move “reckless and dangerous.”', [['', 'freedonia', 'explicit']]],
      // A pronoun or a clause with a comma inside names no one here.
      ['The fighting resumed after it shelled the port, accusing Freedonia of “provocations.”', [['', null, 'none']]],
      ['The fighting resumed after Sylvania, its neighbour, shelled the port, accusing Freedonia of “provocations.”', [['', null, 'none']]],
    ];
    for (const [text, expected] of cases) expect(credit(text)).toEqual(expected);
  });
});

describe('speakers: plural titles abbreviated', () => {
  it('reads "Reps." and "Sens." as titles inside the speaker phrase, not as its end', () => {
    const cases: Array<[string, string]> = [
      ['The boats had left, according to Reps. Karl Weiss of the Freedonian People Party and Jan Kowal of the Green Party.', 'Reps. Karl Weiss of the Freedonian People Party and Jan Kowal of the Green Party'],
      ['The boats had left, according to Sylvanian Sens. Karl Weiss of the Green Party and Jan Kowal of the Blue Party.', 'Sylvanian Sens. Karl Weiss of the Green Party and Jan Kowal of the Blue Party'],
    ];
    for (const [text, description] of cases) expect(statements([text]).map((m) => m.speaker.description)).toEqual([description]);
  });
});

describe('speakers: the subject after an opening date with its year', () => {
  it('reads "On September 19, 2023, the ministry published a statement in which it accused …" as the ministry’s words', () => {
    const cases: Array<[string, string | null, string | null]> = [
      ['On September 19, 2023, the Defence Ministry published a statement in which it accused Sylvania of shelling the port.', 'freedonia-defence-ministry', 'freedonia'],
      ['On Sept. 19, 2023, the State Bureau issued a note in which it accused Sylvania of shelling the port.', 'freedonia-state-bureau', 'freedonia'],
      // Without a month before it, a number after the first comma opens no date: nothing is skipped.
      ['On the ferry, 2023, the year of the strike, was the theme in which it accused Sylvania of shelling the port.', null, null],
    ];
    for (const [text, actor, government] of cases) expect(statements([text]).map((m) => [m.speaker.actor, m.government])).toEqual([[actor, government]]);
  });
});

describe('speakers: more verbs that stand before their subject after a quotation', () => {
  it('reads “…,” stated / noted / insisted / stressed X as X’s words', () => {
    for (const verb of ['stated', 'noted', 'insisted', 'stressed', 'emphasized', 'declared', 'remarked', 'responded', 'argued', 'recalled']) {
      const [quote] = statements([`“The boats left port as fast as possible,” ${verb} Berg, pointing to the ministry’s efforts.`]);
      expect([quote?.kind, quote?.verb, quote?.speaker.actor]).toEqual(['quote', verb, 'anna-berg']);
    }
    // Not after a noun it qualifies: "The port, noted for its size, …" says nothing.
    expect(statements(['The port, noted for its size, closed on Monday.'])).toEqual([]);
  });

  it('reads "assert" in the plural present as "asserts" is read', () => {
    const read = (text: string) => statements([text]).map((m) => [m.verb, m.speaker.actor ?? m.speaker.description, m.government, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['Sylvanian officials assert that the boats left the port.', [['assert', 'Sylvanian officials', 'sylvania', 'that the boats left the port']]],
      ['Military authorities in Marsh City also assert the port is closed.', [['assert', 'Military authorities in Marsh City', 'sylvania', 'the port is closed']]],
      // A noun subject that is no speaker: nothing.
      ['Such claims assert nothing.', []],
    ];
    for (const [text, expected] of cases) expect(read(text), text).toEqual(expected);
  });

  it('reads "asks" in the present as "asked" is read: a question quoted, before or after its speaker', () => {
    const read = (text: string) => statements([text]).map((m) => [m.kind, m.verb, m.speaker.actor ?? m.speaker.description]);
    const cases: [string, (string | null)[][]][] = [
      ['“Will the port open again?” Berg asks.', [['quote', 'asks', 'anna-berg']]],
      ['‘Who will pay for the boats?’, asks Berg.', [['quote', 'asks', 'anna-berg']]],
      ['Ruhl asks: “Where are the boats?”', [['quote', 'asks', 'tomas-ruhl']]],
      // A noun, not the verb.
      ['Her asks were modest.', []],
    ];
    for (const [text, expected] of cases) expect(read(text), text).toEqual(expected);
  });
});

describe('speakers: the people a clause after their noun describes, not the clause’s object or agent', () => {
  const credit = (texts: string[]) => statements(texts).map((m) => [m.speaker.description || m.speaker.name, m.government]);

  it('reads "the company that owns it confirmed" as the company, not "it" nor the side named before', () => {
    for (const [texts, speaker, government] of [
      [['Sylvanian officials said the ferry was hit, while the shipping firm that owns it confirmed the crew was safe.'], 'the shipping firm', null],
      [['The Palace said the ferry was hit.', 'The shipping firm that operates the ferry confirmed that the crew was safe.'], 'The shipping firm', null],
      [['A charity which runs the camps in Marsh City said more families had arrived.'], 'A charity', null],
      // "that" right before the speaker, or no verb between "that" and the phrase: no relative clause.
      [['Officials said that the Freedonian army confirmed the withdrawal.'], 'Officials', null],
      [['It was an attack that Sylvanian officials said was planned for weeks.'], 'Sylvanian officials', 'sylvania'],
      [['The Palace said the ferry was hit.', 'Officials in Fredonburg said that armed groups claimed the attack.'], 'Officials in Fredonburg', 'freedonia'],
    ] as const) {
      const found = credit([...texts]);
      const last = found.at(-1);
      expect([texts.at(-1), last?.[0], last?.[1]]).toEqual([texts.at(-1), speaker, government]);
    }
  });

  it('reads "lawmakers briefed by X said" as the lawmakers, not X', () => {
    for (const [text, speaker, government] of [
      ['Lawmakers briefed by the Palace said the troops had left.', 'Lawmakers', null],
      ['Diplomats briefed by Sylvanian officials said the talks had stalled.', 'Diplomats', null],
      ['Two senators informed by the Freedonian army said the border was closed.', 'Two senators', null],
      // Not a briefing, or a document the body issued: the body speaks as before.
      ['A statement released by the Palace said the troops had left.', 'the Palace', 'sylvania'],
      ['Officials in Fredonburg said the port was closed.', 'Officials in Fredonburg', 'freedonia'],
    ] as const) {
      const [first] = credit([text]);
      expect([text, first?.[0], first?.[1]]).toEqual([text, speaker, government]);
    }
  });
});

describe('speakers: a quoted name before a reporting verb other than "said"', () => {
  const credit = (texts: string[]) => statements(texts).map((m) => [m.kind, m.speaker.name || m.speaker.description, m.government]);

  it('reads the quoted name as the speaker, and the quotation as no words of its own', () => {
    for (const [texts, speaker, government] of [
      [['The carrier “Blue Line” announced that its ferry had been delayed.'], 'Blue Line', null],
      [['The rights group “Open Doors” confirmed that the camps were full.'], 'Open Doors', null],
      // The side named before does not take the words of the company after it.
      [['Sylvanian officials said the ferry was hit.', 'The carrier “Blue Line” confirmed that the crew was safe.'], 'Blue Line', null],
    ] as const) {
      const last = credit([...texts]).at(-1);
      expect([texts.at(-1), last]).toEqual([texts.at(-1), ['reported', speaker, government]]);
    }
  });

  it('takes no quoted name for the speaker after a comma, at the sentence’s start, or as what a verb of naming names', () => {
    for (const text of [
      'The ministry, which named the operation “Iron Dome” confirmed that it had ended.',
      'Officials who called the drills “Spring Shield” announced that they were over.',
      'The Palace said the exercise, “Spring Shield,” confirmed that the army was ready.',
      '“Victory” announced the general on Monday.',
    ]) {
      const speakers = credit([text]).map((c) => c[1]);
      expect([text, speakers.some((s) => s === 'Iron Dome' || s === 'Spring Shield' || s === 'Victory')]).toEqual([text, false]);
    }
  });
});

describe('speakers: a joint voice of a government and bodies that speak for none', () => {
  it('gives "many NGOs and the Sylvanian government" no government, and keeps one for the government’s own bodies', () => {
    for (const [text, government] of [
      ['Over the past year, many NGOs and the Sylvanian government have warned that the camps were full.', null],
      ['Since May, several aid groups and the Palace have said that the camps were full.', null],
      ['In March, shipping firms and Freedonian officials said that the port was closed.', null],
      ['Rights groups and the Palace said that the camps were full.', null],
      ['Journalists and Sylvanian officials said that the convoy had left.', null],
      // Parts that are all the government's, or that name no body of their own, keep its side.
      ['On Monday, Sylvanian officials and the Palace said that the camps were full.', 'sylvania'],
      ['On Monday, the Sylvanian army and the Palace said that the camps were full.', 'sylvania'],
      // A clause after "and" with a comma before it is a sentence of its own.
      ['The army shelled the town, and Sylvanian officials said that the camps were full.', 'sylvania'],
    ] as const) {
      const [first] = statements([text]);
      expect([text, first?.government]).toEqual([text, government]);
    }
  });
});
