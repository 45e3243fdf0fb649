import { describe, expect, it } from 'vitest';
import { speechVerbs } from '../../src/lib/detect/quotes/index.ts';
import { statements, what, who } from './quotes.fixture.ts';

describe('direct quotes: attribution after the quote', () => {
  it('reads “…,” NAME, APPOSITIVE, said — with evidence, offsets and speaker', () => {
    const text = '“We will not back down,” Anna Berg, the bureau’s deputy spokesperson, said.';
    expect(statements([text])).toEqual([
      {
        paragraph: 1,
        kind: 'quote',
        quote: 'We will not back down',
        reported: null,
        evidence: 'We will not back down',
        index: 1,
        speaker: { name: 'Anna Berg', description: 'the bureau’s deputy spokesperson', actor: 'anna-berg' },
        government: 'freedonia',
        verb: 'said',
        verbIndex: 70,
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('reads past a relative clause with asides of its own: “…,” NAME, who …, APPOSITIVE, said', () => {
    const mentions = statements(['“The port is closed,” Anna Berg, who is on a trip to Sylvania, home to its navy, said.']);
    expect(mentions.map((m) => [m.speaker.actor, m.government])).toEqual([['anna-berg', 'freedonia']]);
    // A role speaks as a name does; the place inside the clause never does.
    const role = statements(['The minister, who is on a trip to Sylvania, home to its navy, said the port was closed.']);
    expect(role.map((m) => [m.speaker.description || m.speaker.name, m.government])).toEqual([['The minister', null]]);
  });

  it('reads “…,” said NAME, APPOSITIVE (inverted)', () => {
    const mentions = statements(['“The border stays closed,” said Tomas Ruhl, Sylvania’s defence minister.']);
    expect(what(mentions)).toEqual([{ kind: 'quote', quote: 'The border stays closed', reported: null, verb: 'said' }]);
    expect(who(mentions)).toEqual([
      {
        speaker: { name: 'Tomas Ruhl', description: 'Sylvania’s defence minister', actor: 'tomas-ruhl' },
        government: 'sylvania',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('reads “…,” said one official and “…,” said he', () => {
    const mentions = statements(['“The drills are over,” said one Sylvanian official.', '“So are the talks,” said he.']);
    expect(mentions.map((m) => [m.speaker.description, m.government, m.resolvedBy])).toEqual([
      ['one Sylvanian official', 'sylvania', 'explicit'],
      ['one Sylvanian official', 'sylvania', 'pronoun'],
    ]);
  });

  it('reads “…,” said one of the X as one of the group, not the speaker of the paragraph before', () => {
    for (const [line, description, government] of [
      ['“We were never paid,” said one of the Sylvanian prisoners.', 'one of the Sylvanian prisoners', null],
      ['“We were never paid,” said one of the captives.', 'one of the captives', null],
      ['“The drills will go on,” said one of the Sylvanian officials.', 'one of the Sylvanian officials', 'sylvania'],
      ['“We were never paid,” said one of them.', 'one of them', null],
      ['“We were never paid,” said some of the sailors.', 'some of the sailors', null],
    ] as const) {
      // After Berg, who speaks for Freedonia: the words are the group member's, never Berg's.
      const [, second] = statements(['“The talks are over,” Anna Berg said.', line]);
      expect(second?.speaker.description, line).toBe(description);
      expect(second?.government, line).toBe(government);
    }
    // Not a speaker after "said": "one of the ships" heads a clause of its own.
    const [, reported] = statements(['“The talks are over,” Anna Berg said.', 'The Defence Ministry said one of the ships had sunk.']);
    expect(reported?.speaker.actor).toBe('freedonia-defence-ministry');
  });

  it('never reads the outlet after ", told" as the speaker; a long relative clause after the speaker still leaves them the speaker', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.speaker.actor, m.government]);
    // A relative clause longer than a plain aside: the one before ", who" speaks.
    expect(credit('“The roads were closed,” the driver, who had come down from the hills with his two sons and three neighbours but would not give his name, told the Courier.')).toEqual([['the driver', null, null]]);
    expect(credit('“The roads were closed,” Tomas Ruhl, who had come down from the hills with his two sons and three neighbours after the long night of shelling, told the Courier.')).toEqual([['Tomas Ruhl', 'tomas-ruhl', 'sylvania']]);
    // No speaker found before ", told the Courier": the Courier is whom they told, not who spoke.
    const [unread] = statements(['“The roads were closed,” the driver, having come down from the hills with his two sons and three of their neighbours in a borrowed lorry, told the Courier.']);
    expect(unread?.speaker.actor).not.toBe('daily-courier');
    // The plain cases stay as they were.
    expect(credit('“The roads were closed,” Anna Berg told the Courier.')).toEqual([['Anna Berg', 'anna-berg', 'freedonia']]);
    expect(credit('The roads were closed, Anna Berg, the Bureau’s deputy spokesperson, told the Courier.')).toEqual([['Anna Berg', 'anna-berg', 'freedonia']]);
  });

  it('reads the speaker before a parenthetical aside of a few words: "Sylvania (known by its old name, the Marsh Republic) said"', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.kind, m.speaker.actor ?? m.speaker.description, m.government]);
    for (const [text, speaker, government] of [
      ['Sylvania (known by its old name, the Marsh Republic) said that Freedonian boats had “crossed the line”.', 'sylvania', 'sylvania'],
      ['The Defence Ministry (which had kept silent for a week) said that the drills were over.', 'freedonia-defence-ministry', 'freedonia'],
      ['Two Sylvanian officials (both of them in the capital) told reporters that the talks had failed.', 'Two Sylvanian officials', 'sylvania'],
      // The words between the parentheses never speak.
      ['The Daily Courier (owned by a Freedonian bank since May) reported that the drills were over.', 'daily-courier', null],
    ] as const) {
      const found = credit(text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const [, who, side] of found) expect([who, side], text).toEqual([speaker, government]);
    }
  });

  it('reads “…,” reported the Courier and “…,” reported SPEAKER like “…,” said SPEAKER', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.kind, m.speaker.actor ?? m.speaker.description, m.government]);
    expect(credit('“The drills are over,” reported the Courier.')).toEqual([['quote', 'daily-courier', null]]);
    expect(credit('The convoy had turned back, reported the Defence Ministry on Friday.')).toEqual([['reported', 'freedonia-defence-ministry', 'freedonia']]);
    // What a ship or a body reported after its own subject is its report, not a speaker after the verb.
    expect(credit('The tanker, a Sylvanian-flagged vessel, reported a fire on board.').map((row) => row[2])).toEqual([null]);
    expect(credit('The Defence Ministry, in a short note, reported three new attacks.').map((row) => row[1])).toEqual(['freedonia-defence-ministry']);
  });

  it('reads "commented, “…”" and "“…,” X commented" as speech, not "commented on" alone', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.kind, m.speaker.actor ?? m.speaker.description, m.government]);
    for (const [text, expected] of [
      ['A Sylvanian officer commented, “The boats will stay in port.”', [['quote', 'A Sylvanian officer', 'sylvania']]],
      ['“The boats will stay in port,” a Sylvanian officer commented.', [['quote', 'a Sylvanian officer', 'sylvania']]],
      ['Anna Berg commented on the drills on Monday.', []],
    ] as const) {
      expect(credit(text), text).toEqual(expected);
    }
  });

  it('reads a quoted call sign between the speaker and the verb as the speaker\'s: "A Sylvanian officer, “Falcon,” said"', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.kind, m.speaker.actor ?? m.speaker.description, m.government]);
    for (const [text, expected] of [
      ['A Sylvanian officer, “Falcon,” stated that the boats had left “for good.”', [['quote', 'A Sylvanian officer', 'sylvania']]],
      ['Tomas Ruhl, “The Hawk,” insisted that the boats had left “for good.”', [['quote', 'tomas-ruhl', 'sylvania']]],
    ] as const) {
      expect(credit(text), text).toEqual(expected);
    }
  });

  it('reads “…” SPEAKER told reporters, without a comma', () => {
    const mentions = statements(['“The talks are over” the Defence Ministry told reporters in Fredonburg.']);
    expect(what(mentions)).toEqual([{ kind: 'quote', quote: 'The talks are over', reported: null, verb: 'told' }]);
    expect(who(mentions)).toEqual([
      {
        speaker: { name: null, description: 'the Defence Ministry', actor: 'freedonia-defence-ministry' },
        government: 'freedonia',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('reads a straight-quoted quote and “…,” according to SPEAKER', () => {
    const mentions = statements(['"Troops will stay where they are," according to the Defence Ministry.']);
    expect(what(mentions)).toEqual([
      { kind: 'quote', quote: 'Troops will stay where they are', reported: null, verb: 'according to' },
    ]);
    expect(mentions[0]?.speaker.actor).toBe('freedonia-defence-ministry');
  });

  it('keeps a question and its attribution in one sentence: “…?” X asked.', () => {
    const mentions = statements(['“Why now?” Ruhl asked.']);
    expect(mentions.map((m) => [m.quote, m.verb, m.speaker.actor])).toEqual([['Why now?', 'asked', 'tomas-ruhl']]);
  });

  it('reads a full-stop quote credited by the next sentence’s verb and where it was said: “….” X said in a statement.', () => {
    const cases: [string, string | null][] = [
      ['“The boats have left the harbour.” The Defence Ministry said in a statement.', 'freedonia-defence-ministry'],
      ['“The boats have left the harbour.” Berg said in a statement on Monday.', 'anna-berg'],
      ['“The boats have left the harbour.” Ruhl said at a briefing.', 'tomas-ruhl'],
      // A clause after the setting is a new statement; the quote before keeps no speaker from it.
      ['“The boats have left the harbour.” Berg said in a statement that the talks would resume.', null],
      ['“We are ready.” Berg said in an interview the talks would resume.', null],
    ];
    for (const [text, actor] of cases) {
      const quote = statements([text]).find((m) => m.kind === 'quote');
      expect([text, quote?.speaker.actor ?? null]).toEqual([text, actor]);
    }
    // What the setting tells is no reported statement of its own.
    expect(statements(['“The boats have left the harbour.” The Defence Ministry said in a statement.']).map((m) => m.kind)).toEqual(['quote']);
  });

  it('keeps a quote that spans sentences whole', () => {
    const mentions = statements(['“We are ready. We have always been ready,” Ruhl said on Monday.']);
    expect(mentions.map((m) => [m.quote, m.speaker.actor])).toEqual([['We are ready. We have always been ready', 'tomas-ruhl']]);
  });
});

describe('direct quotes: attribution before the quote', () => {
  it('reads SPEAKER told reporters: “…”', () => {
    const text = 'Ruhl told reporters on Monday: “The border stays closed.”';
    const mentions = statements([text]);
    expect(what(mentions)).toEqual([{ kind: 'quote', quote: 'The border stays closed.', reported: null, verb: 'told' }]);
    expect(mentions[0]?.index).toBe(text.indexOf('The border'));
  });

  it('reads SPEAKER said, “…” and a quote that resumes after the attribution', () => {
    const mentions = statements(['“Nothing has changed,” Berg said, “and nothing will.”']);
    expect(what(mentions)).toEqual([
      { kind: 'quote', quote: 'Nothing has changed', reported: null, verb: 'said' },
      { kind: 'quote', quote: 'and nothing will.', reported: null, verb: 'said' },
    ]);
    expect(mentions.map((m) => m.resolvedBy)).toEqual(['explicit', 'explicit']);
  });

  it('reads a heading that names whose words follow: Quote from SPEAKER: “…”', () => {
    const mentions = statements(['Quote from Ruhl: "Sylvania has decided to send a thousand divers to clear the port."']);
    expect(what(mentions)).toEqual([{ kind: 'quote', quote: 'Sylvania has decided to send a thousand divers to clear the port.', reported: null, verb: 'Quote from' }]);
    expect(mentions[0]?.speaker.actor).toBe('tomas-ruhl');
  });
});

describe('a speaker named beside the quotation, with no verb', () => {
  const credit = (paragraphs: string[]) => statements(paragraphs).map((m) => [m.quote, m.speaker.actor ?? m.speaker.name, m.government]);

  it('reads a name and a colon before it: "Berg: “…”", "Anna Berg, deputy spokesperson: “…”"', () => {
    expect(credit(['Berg: “No comment.”'])).toEqual([['No comment.', 'anna-berg', 'freedonia']]);
    expect(credit(['Anna Berg, deputy spokesperson: “We strongly condemn this action.”'])).toEqual([['We strongly condemn this action.', 'anna-berg', 'freedonia']]);
    expect(credit(['Lee Min Ho: “The port is closed.”'])).toEqual([['The port is closed.', 'Lee Min Ho', null]]);
  });

  it('reads a dash and a name after a quotation that opens its sentence', () => {
    expect(credit(['“We will defend every metre of our land.” — Anna Berg'])).toEqual([['We will defend every metre of our land.', 'anna-berg', 'freedonia']]);
  });

  it('reads an idiom that gives the words to a name: "As Berg put it", "In Berg’s words", "Berg’s reply was blunt:"', () => {
    expect(credit(['As Berg put it: “We will respond.”'])).toEqual([['We will respond.', 'anna-berg', 'freedonia']]);
    expect(credit(['In Ruhl’s words, “we will respond.”'])).toEqual([['we will respond.', 'tomas-ruhl', 'sylvania']]);
    expect(credit(['In the words of Anna Berg, deputy spokesperson, “we will respond.”'])).toEqual([['we will respond.', 'anna-berg', 'freedonia']]);
    expect(credit(['Ruhl’s reply was blunt: “No.”'])).toEqual([['No.', 'tomas-ruhl', 'sylvania']]);
    // An idiom naming nobody the reader knows credits nobody.
    expect(credit(['As Update put it: “We will respond to every provocation.”'])).toEqual([['We will respond to every provocation.', null, null]]);
  });

  it.each([
    // A person described, not named, after "In the words of": the quotation is theirs.
    ['In the words of one Sylvanian officer, “the crews learned very quickly.”', 'the crews learned very quickly.', 'one Sylvanian officer', 'sylvania'],
    ['In the words of a Freedonian diplomat, as quoted by the Courier, the talks “went nowhere at all.”', 'went nowhere at all.', 'a Freedonian diplomat', 'freedonia'],
    ['In the words of one analyst, the deal was “a gamble on the port.”', 'a gamble on the port.', 'one analyst', null],
    // A document or thing is no person described: nobody.
    ['In the words of the treaty, the parties “shall refrain from the use of force.”', 'shall refrain from the use of force.', null, null],
  ])('reads "In the words of" and a described person as that person: %s', (text, quote, speaker, government) => {
    const found = statements([text]).map((s) => [s.quote, s.speaker.description || s.speaker.name || null, s.government]);
    expect(found).toEqual([[quote, speaker, government]]);
  });

  it('reads a heading before a colon as nobody', () => {
    expect(credit(['Update: “The port is closed to all traffic.”'])).toEqual([['The port is closed to all traffic.', null, null]]);
  });
});

describe('continued quotes', () => {
  it('gives “A,” he said. “B.” to the same speaker', () => {
    const mentions = statements(['“We are watching closely,” Berg said. “We will respond if needed.”']);
    expect(what(mentions)).toEqual([
      { kind: 'quote', quote: 'We are watching closely', reported: null, verb: 'said' },
      { kind: 'quote', quote: 'We will respond if needed.', reported: null, verb: null },
    ]);
    expect(mentions.map((m) => [m.speaker.actor, m.resolvedBy])).toEqual([
      ['anna-berg', 'explicit'],
      ['anna-berg', 'continuation'],
    ]);
  });

  it('continues after a connective: “…,” Ruhl said. Furthermore, “…”', () => {
    const mentions = statements(['“The drills are over,” Ruhl said. Furthermore, “the troops are going home.”']);
    expect(mentions.map((m) => [m.quote, m.speaker.actor, m.resolvedBy])).toEqual([
      ['The drills are over', 'tomas-ruhl', 'explicit'],
      ['the troops are going home.', 'tomas-ruhl', 'continuation'],
    ]);
  });

  it('gives a paragraph that is only a quote to the previous paragraph’s speaker', () => {
    const mentions = statements([
      '“The border will reopen on Friday,” Anna Berg said.',
      '“Trade will resume the same day.”',
    ]);
    expect(mentions.map((m) => [m.paragraph, m.speaker.actor, m.government, m.resolvedBy, m.verb])).toEqual([
      [1, 'anna-berg', 'freedonia', 'explicit', 'said'],
      [2, 'anna-berg', 'freedonia', 'continuation', null],
    ]);
  });
});

describe('partial quotes inside reported speech', () => {
  it('reads "combatants" as people who speak, as "fighters" are', () => {
    const mentions = statements(['Freedonian combatants said in a statement that “13 unidentified bodies” had been found.']);
    expect(mentions.map((m) => [m.kind, m.quote, m.speaker.description, m.verb])).toEqual([['quote', '13 unidentified bodies', 'Freedonian combatants', 'said']]);
  });

  it('gives X said it would be “…” to X, with the clause and the sentence as evidence', () => {
    const text = 'Berg said the move would be “incredibly dangerous.”';
    expect(statements([text])).toEqual([
      {
        paragraph: 1,
        kind: 'quote',
        quote: 'incredibly dangerous.',
        reported: 'the move would be “incredibly dangerous.”',
        evidence: text,
        index: 0,
        speaker: { name: 'Anna Berg', description: '', actor: 'anna-berg' },
        government: 'freedonia',
        verb: 'said',
        verbIndex: 5,
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('gives a single quoted word to the speaker whose report holds it', () => {
    const mentions = statements(['Ruhl claimed that the council had “confirmed” the withdrawal.']);
    expect(mentions.map((m) => [m.kind, m.quote, m.speaker.actor, m.verb])).toEqual([['quote', 'confirmed', 'tomas-ruhl', 'claimed']]);
  });

  it('gives a partial quote before a trailing attribution to that speaker', () => {
    const mentions = statements(['Freedonia will answer with “all necessary measures,” the Defence Ministry said.']);
    expect(mentions.map((m) => [m.kind, m.quote, m.reported, m.speaker.actor])).toEqual([
      [
        'quote',
        'all necessary measures',
        'Freedonia will answer with “all necessary measures,”',
        'freedonia-defence-ministry',
      ],
    ]);
  });

  it('gives a partial quote after a trailing attribution to that speaker, and keeps the report', () => {
    const mentions = statements(['The convoy turned back, a Sylvanian official confirmed, calling it a “welcome step.”']);
    expect(what(mentions)).toEqual([
      { kind: 'reported', quote: null, reported: 'The convoy turned back', verb: 'confirmed' },
      { kind: 'quote', quote: 'welcome step.', reported: 'it a “welcome step.”', verb: 'calling' },
    ]);
    expect(mentions.map((m) => m.government)).toEqual(['sylvania', 'sylvania']);
  });

  it('keeps the report whose own words come before a quotation in a clause joined to them', () => {
    const read = (text: string) => what(statements([text])).map((m) => [m.kind, m.quote ?? m.reported]);
    expect(read('Berg stated that some units of the Sylvanian army have pledged to keep fighting, although she did not consider them “a threat.”')).toEqual([
      ['reported', 'that some units of the Sylvanian army have pledged to keep fighting'],
      ['quote', 'a threat.'],
    ]);
    expect(read('The official told the Courier that the manuals were printed for the crews, and “the crews were trained in Sylvanian.”')).toEqual([
      ['reported', 'that the manuals were printed for the crews'],
      ['quote', 'the crews were trained in Sylvanian.'],
    ]);
    // A verb of the same subject, or another subject the report goes on about, is part of one report.
    expect(read('Berg says Freedonia believes in open ports, and is “very worried” about the boats.')).toEqual([['quote', 'very worried']]);
    expect(read('Berg said Sylvania does not seek peace, and its deals show the Palace is trying to “suppress” the coast.')).toEqual([['quote', 'suppress']]);
  });

  it('keeps the report before a second content whose predicate is the quotation: ", and the authorities “must …”", "would … and “brings …”"', () => {
    const read = (text: string) => what(statements([text])).map((m) => [m.kind, m.quote ?? m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['The ministry stated that the rebels must surrender their weapons, and the authorities of the region “must be dissolved.”', [['reported', 'that the rebels must surrender their weapons'], ['quote', 'must be dissolved.']]],
      ['Ruhl stated that the fall of the port would enable further advances by the navy and “brings closer the end of the war.”', [['reported', 'that the fall of the port would enable further advances by the navy'], ['quote', 'brings closer the end of the war.']]],
      // One call's verbs joined by "and", and a quotation that is the report's only predicate, stay one statement.
      ['Freedonia called on the residents of the port to stay and “reintegrate” into the country.', [['quote', 'reintegrate']]],
      ['Berg said the boats were “lost and gone.”', [['quote', 'lost and gone.']]],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });
});

describe('a speaker’s own term for something: X called it “…”', () => {
  it('reads the term as the subject’s words', () => {
    expect(statements(['Berg called it “reckless”.']).map((m) => [m.kind, m.quote, m.speaker.actor, m.verb])).toEqual([['quote', 'reckless', 'anna-berg', 'called']]);
    expect(statements(['Ruhl called these “the most violent” strikes yet.']).map((m) => [m.quote, m.government, m.verb])).toEqual([['the most violent', 'sylvania', 'called']]);
  });

  it('reads the term of a relative clause with a subject of its own as that subject’s words, however short', () => {
    const terms = (text: string) => statements([text]).map((m) => [m.kind, m.quote, m.speaker.actor, m.government]);
    expect(terms('The boats were hit in what the Defence Ministry called “a targeted operation”.')).toEqual([['quote', 'a targeted operation', 'freedonia-defence-ministry', 'freedonia']]);
    expect(terms('Sylvania struck the port in response to what Ruhl termed “aggression”.')).toEqual([['quote', 'aggression', 'tomas-ruhl', 'sylvania']]);
    expect(terms('The attack, which Berg branded “barbaric”, killed three sailors.')).toEqual([['quote', 'barbaric', 'anna-berg', 'freedonia']]);
    expect(terms('The militia, which was called “Sea Wolves”, claimed the attack.').filter(([kind]) => kind === 'quote')).toEqual([]);
  });

  it('reads a name given, or a call to someone, as nobody’s words', () => {
    expect(statements(['A militia called “Sea Wolves” claimed the attack.']).filter((m) => m.kind === 'quote')).toEqual([]);
    expect(statements(['Ruhl called Berg on Monday about the “incident”.']).filter((m) => m.kind === 'quote')).toEqual([]);
  });
});

describe('a partial quote before a clause of the writer’s', () => {
  it('gives it to no one rather than to the speaker of a "with" clause after it', () => {
    const mentions = statements(['The Courier quoted both leaders reaffirming their “will to strengthen cooperation in the years to come,” with Ruhl calling the pact a sign of “shared resolve”.']);
    expect(mentions.map((m) => [m.quote, m.speaker.actor])).toEqual([
      ['shared resolve', 'tomas-ruhl'],
      ['will to strengthen cooperation in the years to come', null],
    ]);
  });
});

describe('unbalanced quotation marks', () => {
  it('closes the quote at the paragraph end, marks it, and reads the next paragraph', () => {
    const mentions = statements(['Berg said: “We will respond in kind.', 'The Defence Ministry said the drills had ended.']);
    expect(mentions.map((m) => [m.paragraph, m.kind, m.quote ?? m.reported, m.speaker.actor, m.unclosedQuote])).toEqual([
      [1, 'quote', 'We will respond in kind.', 'anna-berg', true],
      [2, 'reported', 'the drills had ended', 'freedonia-defence-ministry', undefined],
    ]);
  });

  it('reads a straight mark after a digit as an inch mark, not a quotation', () => {
    const mentions = statements(['The 5" guns were moved, Ruhl said.', 'Berg said the talks would resume.']);
    expect(mentions.map((m) => [m.paragraph, m.reported])).toEqual([
      [1, 'The 5" guns were moved'],
      [2, 'the talks would resume'],
    ]);
  });

  it('keeps a stray opening mark inside its own paragraph', () => {
    const mentions = statements(['Ruhl said the "drills were over.', 'Berg said the talks would resume.']);
    expect(mentions.map((m) => [m.paragraph, m.kind, m.unclosedQuote])).toEqual([
      [1, 'quote', true],
      [2, 'reported', undefined],
    ]);
  });
});

describe('speechVerbs', () => {
  it('lists the common English speech verbs', () => {
    for (const verb of ['said', 'added', 'told', 'confirmed', 'warned', 'stressed', 'dismissed', 'denied', 'declared', 'replied', 'noted', 'pointed out']) {
      expect(speechVerbs).toContain(verb);
    }
  });
});

describe('a quotation after a contrast with a subject of its own', () => {
  it('is not the words of the report before the contrast, which ends there: "Berg said …, while Ruhl called them “…”"', () => {
    const mentions = statements(['Berg said the boats had left, while Ruhl called them “a fleet of lies.”']);
    expect(mentions.map((m) => [m.kind, m.speaker.actor, m.quote ?? m.reported])).toEqual([
      ['reported', 'anna-berg', 'the boats had left'],
      // The contrast's own subject names them so.
      ['quote', 'tomas-ruhl', 'a fleet of lies.'],
    ]);
  });
});

describe('words quoted from someone’s claim', () => {
  it('gives them to whoever made the claim, never to the speaker who reports or rejects it', () => {
    const credit = (paragraphs: string[]) => statements(paragraphs).filter((m) => m.kind === 'quote').map((m) => [m.quote, m.speaker.actor]);
    expect(credit(['Ruhl said Berg’s statement that “the boats left” was false.'])).toEqual([['the boats left', 'anna-berg']]);
    expect(credit(['Asked about Berg’s remark that the boats “never left,” Ruhl said: “That is a lie.”'])).toEqual([
      ['never left', 'anna-berg'],
      ['That is a lie.', 'tomas-ruhl'],
    ]);
    // A label put on someone's remarks is the labeller's: "described Ruhl's remarks as “lies”".
    expect(credit(['Berg described Ruhl’s remarks as “lies,” the Courier reported.'])).toEqual([['lies', 'anna-berg']]);
    // Praise and thanks conveyed by someone else are the praiser's words.
    expect(credit(['The Courier conveyed Ruhl’s appreciation of “the bravery and fighting spirit of the crews”.'])).toEqual([
      ['the bravery and fighting spirit of the crews', 'tomas-ruhl'],
    ]);
  });

  it('gives them to a speaker who repeats the claim in a report that holds them: "Berg reiterated Ruhl’s call for …"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.kind, m.quote ?? m.reported, m.speaker.actor, m.verb]);
    const cases: [string, (string | null)[][]][] = [
      // The repeater makes the call their own; the report around the quotation is not listed again.
      ['Berg reiterated Ruhl’s call for all parties to “avoid actions that would worsen the situation”.', [['quote', 'avoid actions that would worsen the situation', 'anna-berg', 'reiterated']]],
      ['Berg said she repeated Ruhl’s call for a “lasting truce” on Monday.', [['quote', 'lasting truce', 'anna-berg', 'said']]],
      // Welcoming or rejecting a call does not make its words the speaker's.
      ['Berg welcomed Ruhl’s call for a “lasting truce”.', [['reported', 'Ruhl’s call for a “lasting truce”', 'anna-berg', 'welcomed'], ['quote', 'lasting truce', 'tomas-ruhl', null]]],
      ['Berg rejected Ruhl’s call for a “lasting truce”.', [['reported', 'Ruhl’s call for a “lasting truce”', 'anna-berg', 'rejected'], ['quote', 'lasting truce', 'tomas-ruhl', null]]],
      // No report holds the quotation ("echoed" reports nothing here): the call stays its author's.
      ['Berg echoed Ruhl’s call for all parties to “avoid actions that would worsen the situation”.', [['quote', 'avoid actions that would worsen the situation', 'tomas-ruhl', null]]],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('gives the words a relative clause names to the person it describes: "Berg, who called the move “…”"', () => {
    const mentions = statements(['“The port is closed,” Ruhl said after meeting Berg, who called the move “regrettable.”']);
    expect(mentions.map((m) => [m.quote, m.speaker.actor])).toEqual([
      ['The port is closed', 'tomas-ruhl'],
      ['regrettable.', 'anna-berg'],
    ]);
  });

  it('keeps a quotation after "X, whom Y accused of …, said:" out of Y’s accusation', () => {
    const mentions = statements(['Ruhl, whom Berg accused of lying, said: “The port is closed.”']);
    expect(mentions.filter((m) => (m.reported ?? '').includes('port'))).toEqual([]);
    expect(mentions.find((m) => m.quote)?.speaker.actor).toBe('tomas-ruhl');
  });

  it('lets a later "he said" refer to the speaker, not to the author of the claim quoted', () => {
    const mentions = statements(['While commenting on Berg’s statement on “cleansing”, Ruhl said the claim was “an insult.”', '“Sylvania will never do it,” he said.']);
    expect(mentions.at(-1)?.speaker.actor).toBe('tomas-ruhl');
  });
});
