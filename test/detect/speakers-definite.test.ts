import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors, statements } from './quotes.fixture.ts';

const credit = (paragraphs: string[]) => statements(paragraphs).map((s) => [s.speaker.actor, s.government]);

describe('a definite description refers to an actor the article named before', () => {
  it('"The Bureau" after the State Bureau was named', () => {
    expect(credit(['Inspectors of the State Bureau left the port on Monday.', 'The Bureau said the boats would return.'])).toEqual([
      ['freedonia-state-bureau', 'freedonia'],
    ]);
  });

  it('"the powerful bureau" is the body named before whose name ends with that noun; "the authorities" alone is no one', () => {
    expect(credit(['The State Bureau closed the port on Monday.', 'The powerful bureau said the boats would return.'])).toEqual([
      ['freedonia-state-bureau', 'freedonia'],
    ]);
    expect(credit(['The State Bureau closed the port on Monday.', 'The authorities said the boats would return.'])).toEqual([[null, null]]);
  });

  it('"the Bureau’s latest update" is issued by the Bureau named before, whatever words describe the document', () => {
    expect(credit(['Inspectors of the State Bureau left the port on Monday.', 'The Bureau’s latest update says that a third of the boats were lost.'])).toEqual([
      ['freedonia-state-bureau', 'freedonia'],
    ]);
  });

  it('"the SB", the initials of a body named before, is that body', () => {
    expect(credit(['Inspectors of the State Bureau left the port on Monday.', 'The boats will return, according to the SB.'])).toEqual([
      ['freedonia-state-bureau', 'freedonia'],
    ]);
    expect(credit(['Inspectors left the port on Monday.', 'The boats will return, according to the SB.'])).toEqual([[null, null]]);
  });

  it('gives "the statement" no issuer when no document was introduced and no institution spoke, not the side named last', () => {
    const paragraphs = ['Berg said the boats had left.', 'Sylvania has not commented.', '“They are still there,” the statement said.'];
    expect(credit(paragraphs).at(-1)).toEqual([null, null]);
    // An institution that spoke before is who "the statement" means.
    expect(credit(['The State Bureau said the boats had left.', 'Sylvania has not commented.', '“They are still there,” the statement said.']).at(-1)).toEqual([
      'freedonia-state-bureau',
      'freedonia',
    ]);
  });

  it('"the Freedonian bureau" is the body of that side named before whose name ends with the noun', () => {
    expect(credit(['The State Bureau closed the port.', '“The boats left,” the Freedonian bureau said.']).at(-1)).toEqual(['freedonia-state-bureau', 'freedonia']);
    // Another side's noun, a noun no body named before ends with, or no body named: the side alone.
    expect(credit(['The State Bureau closed the port.', '“The boats left,” the Sylvanian bureau said.']).at(-1)).toEqual([null, 'sylvania']);
    expect(credit(['The State Bureau closed the port.', '“The boats left,” the Freedonian ministry said.']).at(-1)).toEqual([null, 'freedonia']);
    expect(credit(['“The boats left,” the Freedonian bureau said.'])).toEqual([[null, 'freedonia']]);
  });

  it('reads "the alert" and "the advisory" as documents, issued by the institution that spoke or issued one before', () => {
    expect(credit(['The State Bureau warned that a boat was hit.', '“Authorities are investigating,” the alert said.'])).toEqual([
      ['freedonia-state-bureau', 'freedonia'],
      ['freedonia-state-bureau', 'freedonia'],
    ]);
    expect(credit(['The State Bureau issued an advisory on Monday.', '“Avoid the port,” the advisory said.'])).toEqual([['freedonia-state-bureau', 'freedonia']]);
    // No institution before: no issuer; a person who spoke before issued no alert.
    expect(credit(['“Avoid the port,” the alert said.'])).toEqual([[null, null]]);
    expect(credit(['Berg said the boats left.', '“Avoid the port,” the alert said.']).at(-1)).toEqual([null, null]);
  });

  it('gives "the statement" to whoever spoke where it was introduced, not to a side’s body that spoke before', () => {
    const bureauFirst = 'The State Bureau said a drone hit the tanker.';
    for (const introduced of ['The vessel’s manager confirmed the attack in a statement.', 'A statement from the ship’s owner said the crew was safe.']) {
      expect(credit([bureauFirst, introduced, '“The crew is safe,” the statement said.']).at(-1)).toEqual([null, null]);
    }
    // An institution that spoke after it is who "the statement" then means.
    expect(credit(['The vessel’s owner confirmed the attack in a statement.', 'Separately, the State Bureau said the port was closed.', '“It will reopen soon,” the statement said.']).at(-1)).toEqual([
      'freedonia-state-bureau',
      'freedonia',
    ]);
  });

  it('reads "it" after "…, the Bureau announced, the Courier reports." as the Bureau, not the paper that carried it', () => {
    const paragraphs = ['Forty boats sank, the State Bureau announced on Wednesday, the Courier reports.', 'It also said that one crew was rescued.'];
    expect(credit(paragraphs).at(-1)).toEqual(['freedonia-state-bureau', 'freedonia']);
  });

  it('stays unresolved when nothing named before fits', () => {
    expect(credit(['Inspectors left the port on Monday.', 'The Bureau said the boats would return.'])).toEqual([[null, null]]);
  });
});

describe('a report and its author', () => {
  it('reads "a statement from the defence spokesman" as the spokesman’s, whom "he" then refers to', () => {
    const paragraphs = [
      'According to a statement from the Freedonian defence spokesman, the Sylvanian forces launched a “brutal aggression.”',
      'He strongly condemned the strikes.',
    ];
    expect(statements(paragraphs).map((s) => [s.speaker.description, s.government])).toEqual([
      ['the Freedonian defence spokesman', 'freedonia'],
      ['the Freedonian defence spokesman', 'freedonia'],
    ]);
  });

  it('reads "A report posted on X by the ministry stated" as the ministry’s, and "the report added" after it too', () => {
    const text = 'A report posted on X by the Defence Ministry stated that “Freedonian forces have sustained more than 6,000 casualties.” This accounts for over half of the sailors deployed, the report added.';
    expect(statements([text]).map((s) => [s.verb, s.speaker.actor, s.government])).toEqual([
      ['stated', 'freedonia-defence-ministry', 'freedonia'],
      ['added', 'freedonia-defence-ministry', 'freedonia'],
    ]);
  });

  it('reads "the report" as the source whose report the sentence right before gave: "According to the Defence Ministry, …"', () => {
    expect(credit(['According to the Defence Ministry, the teams are working with engineers. The report says the area contains mines.']).at(-1)).toEqual([
      'freedonia-defence-ministry',
      'freedonia',
    ]);
    // Across a paragraph's end, and after a document named with its issuer.
    const found = statements(['Freedonia’s assessment says the Bureau is ready to provide equipment.', '“There is a great possibility,” the report adds, that the boats will sail.']);
    expect(found.at(-1)?.government).toBe('freedonia');
  });

  it('gives "the report" no one when the sentence before gave another speaker’s words, or a person’s', () => {
    const after = (paragraph: string) => credit([paragraph]).at(-1);
    expect(after('The Sylvanian carrier reported a “missile attack” before a projectile hit the water, the Defence Ministry said. No one was hurt, the report said.')).toEqual([null, null]);
    expect(after('Anna Berg said the port was closed. The report said 300 sailors had died.')).toEqual([null, null]);
    expect(after('According to the Defence Ministry, the port was closed. Boats left. The report said 300 sailors had died.')).toEqual([null, null]);
  });

  it.each([
    ['The missiles hit a tanker bound for Sylvania, according to a State Bureau statement.', ['freedonia-state-bureau', 'freedonia']],
    ['Sylvania fired the missiles at the tanker, a Northern Council statement said.', ['northern-council', 'northern-council']],
    // Named before the document, not in its words: the nearest before still issued it.
    ['At the talks, the State Bureau made a statement on Sylvania.', ['freedonia-state-bureau', 'freedonia']],
  ])('gives "the statement" the issuer named in the document’s own words after "%s"', (introducing, expected) => {
    const paragraphs = [introducing, 'The Defence Ministry said the tanker sailed on.', 'Drones were “likely targeting” warships, the statement said.'];
    expect(credit(paragraphs).at(-1)).toEqual(expected);
  });

  it('gives "the report" no author when the report it refers to was introduced without one', () => {
    const paragraphs = ['A report posted on X by the Defence Ministry stated that the port was closed.', 'The Courier ran a report on the strikes. The report said 300 sailors had died.'];
    expect(credit(paragraphs).at(-1)).toEqual([null, null]);
  });
});

describe('"the two countries" refers to the pair of governments that spoke before it', () => {
  it('gives each of the pair that spoke before its own statement, and ends the denial at "although"', () => {
    const found = statements(['Sylvania and Freedonia have denied the arms trade, although the two countries have confirmed the deployment of boats.']);
    expect(found.map((s) => [s.verb, s.government, s.reported])).toEqual([
      ['denied', 'sylvania', 'the arms trade'],
      ['denied', 'freedonia', 'the arms trade'],
      ['confirmed', 'freedonia', 'the deployment of boats'],
      ['confirmed', 'sylvania', 'the deployment of boats'],
    ]);
  });

  it('credits no one when no pair of governments was named', () => {
    expect(credit(['The two countries have confirmed the deployment of boats.'])).toEqual([[null, null]]);
  });

  // With a third government a reader may not know which two are meant: a guessed pair is a wrong side.
  const withMarshland = createActorLexicon([...actors, { id: 'marshland', name: 'Marshland', kind: 'government', aliases: [], demonyms: ['Marshlander'] }]);
  const credited = (paragraphs: string[]) =>
    findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), withMarshland).map((s) => [s.reported, s.government]);

  it.each([
    [
      'three governments named in the sentence before',
      ['A Freedonian envoy visited Sylvania’s capital to back its war against Marshland, a sign of cooperation between the two nations.', 'In May, the two countries confirmed the deployment of boats.'],
      [['the deployment of boats', null]],
    ],
    [
      'three governments named before the phrase in its sentence',
      ['After Sylvania’s talks with Freedonia and Marshland, the two countries confirmed the deployment of boats.'],
      [['the deployment of boats', null]],
    ],
  ])('credits no one when %s', (_, paragraphs, expected) => {
    expect(credited(paragraphs)).toEqual(expected);
  });

  // Two governments named, not heard: "the two countries" is their joint voice, which is neither
  // side's alone (a joint statement has no government), so no one is credited.
  it.each([
    ['Marshland closed its border on Monday.', 'Freedonia and Sylvania held talks on Tuesday.', 'The two countries confirmed the deployment of boats.'],
    ['Freedonia and Sylvania met, and the two countries confirmed the deployment of boats to Marshland.'],
    ['Freedonian and Sylvanian leaders signed the pact in June. Under it, the two countries pledged to share the port.'],
    ['Freedonia and Sylvania signed the pact last year. Under the pact, both countries pledged to share the port.'],
    ['Trade between Fredonburg and Marsh City grew last year. Both governments said the port would reopen.'],
    ['Ruhl met Berg in Fredonburg on Monday. Both sides said the port would reopen.'],
  ])('credits no one when the pair was only named before: %s', (...paragraphs) => {
    expect(credited(paragraphs).map(([, government]) => government)).toEqual([null]);
  });

  // A sentence that names another side than the pair heard: "both sides" may be the sides it tells of
  // (the pair may have spoken about them), so no pair is guessed.
  it.each([
    ['Freedonia called for a meeting. Sylvania said it was reaching out.', 'Both sides reported shelling as Marshland attacked the border.'],
    ['Freedonia said the talks failed. Sylvania said the talks went well.', 'Both sides reported shelling, over which Marshland and Sylvania fought a war.'],
    ['Marsh City denied the trade and Fredonburg denied it too.', 'The two countries said Marshland had closed the port.'],
  ])('credits no one when the sentence names another side: %s', (...paragraphs) => {
    expect(credited(paragraphs).slice(-1).map(([, government]) => government)).toEqual([null]);
  });

  // Two governments heard just before: "the two countries" goes on with each of them.
  it.each([
    ['Freedonia said the talks failed. Sylvania said the talks went well.', 'Both sides said the port would reopen.'],
    ['Marsh City denied the trade and Fredonburg denied it too, but the two countries confirmed the port was open.'],
    ['Sylvania and Freedonia rejected the plan, although both countries said the port would reopen.'],
    // Another side named only as a place is not one of the sides.
    ['Freedonia said the talks failed. Sylvania said the talks went well.', 'Both sides said the port in Marshland would reopen.'],
  ])('credits each of the pair when both spoke before: %s', (...paragraphs) => {
    expect(credited(paragraphs).slice(-2).map(([, government]) => government).sort()).toEqual(['freedonia', 'sylvania']);
  });
});

describe('who speaks for a government', () => {
  it('keeps the government of officials whose report is introduced by "reported"', () => {
    expect(credit(['Freedonian defence officials reported that the boats had left.'])).toEqual([[null, 'freedonia']]);
  });

  it('gives the press’s reports no government, whatever their demonym', () => {
    expect(credit(['The boats left the port, according to Sylvanian media reports.', 'Freedonian press reports said the port was closed.'])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('reads "one of them" as a new person, whom a later "he" refers to, not the last speaker', () => {
    const found = statements(['Anna Berg met two Sylvanian prisoners on Monday.', '“I want to go to Freedonia,” one of them said.', '“I was told we would train,” he added.']);
    expect(found.map((s) => [s.speaker.description, s.speaker.actor, s.government])).toEqual([
      ['one of them', null, null],
      ['one of them', null, null],
    ]);
  });

  it('gives private people no government, whatever their demonym', () => {
    expect(credit(['Two Freedonian soldiers said the boats had left.'])).toEqual([[null, null]]);
    expect(credit(['The Freedonian captive spoke to the Courier on Monday.', '“I did not know where I was,” he said.'])).toEqual([[null, null]]);
    expect(credit(['A Freedonian official said the boats had left.'])).toEqual([[null, 'freedonia']]);
  });
});

describe('a report inside what another speaker reported', () => {
  it('stays part of the outer report: "Berg stated that units … have pledged to fight on"', () => {
    const found = statements(['Berg stated that some units of the Sylvanian navy have pledged to fight on, although she did not call them a "threat."']);
    // Berg's report and the quotation in her clause after it, both hers; the units pledge nothing here.
    expect(found.map((s) => [s.kind, s.speaker.actor, s.verb])).toEqual([
      ['reported', 'anna-berg', 'stated'],
      ['quote', 'anna-berg', 'stated'],
    ]);
  });
});

describe('words introduced inside another report', () => {
  it('gives "X said the sailor told her: “…”" to the sailor, and X the report of it', () => {
    const found = statements(['Anna Berg said the sailor told her: “I want to go home.”']);
    expect(found.map((s) => [s.kind, s.speaker.description || s.speaker.name, s.government])).toEqual([
      ['reported', 'Anna Berg', 'freedonia'],
      ['quote', 'the sailor', null],
    ]);
  });

  it.each([
    // A quotation a few plain words after the speech act of someone the clause names is theirs, and
    // the report around it is not listed again.
    ['Anna Berg said that Ruhl asked if he could “go home to his family soon.”', [['quote', 'Tomas Ruhl', 'sylvania']]],
    ['The State Bureau reported that Ruhl promised them “a quick release of every crew.”', [['quote', 'Tomas Ruhl', 'sylvania']]],
    ['Tomas Ruhl said Lee Min Ho had asked whether the crew could “leave the port by Friday.”', [['quote', 'Lee Min Ho', null]]],
    // Someone described, not named: the report relays them, and the partial quotation is the reporter's.
    ['Anna Berg said that the captain reported that the “port side was hit by a missile.”', [['quote', 'Anna Berg', 'freedonia']]],
    // A pronoun is the reporter's own report: the words stay the reporter's.
    ['Anna Berg said she had asked to “leave the port by Friday.”', [['quote', 'Anna Berg', 'freedonia']]],
    // Across another speech verb, the words are not the first speaker's.
    ['Anna Berg said the sailor told her nothing and called the port “a prison.”', [['reported', 'Anna Berg', 'freedonia'], ['quote', 'Anna Berg', 'freedonia']]],
    // "told" with an object that is what was told, not an audience: the reporter's own partial quote.
    ['Anna Berg said the sailor told the story of the “worst night at sea.”', [['quote', 'Anna Berg', 'freedonia']]],
  ])('gives a quotation after "X asked if", "X promised them" inside a report to X: %s', (text, expected) => {
    expect(statements([text]).map((s) => [s.kind, s.speaker.description || s.speaker.name, s.government])).toEqual(expected);
  });

  it.each([
    'The State Bureau said the sailor told interrogators: “I want to go home.”',
    'The State Bureau said one sailor had said that “he wanted to go home.”',
    // "told <audience> that “…”": the audience and "that", then the teller's words.
    'The State Bureau said the sailor told interrogators that “he wanted to go home.”',
    'The State Bureau said, adding that the sailors told the mission that “they want to go home.”',
  ])('gives the words to the sailor after the audience of "told" or after "that": %j', (text) => {
    const quote = statements([text]).find((s) => s.kind === 'quote');
    expect(quote?.speaker.description).toMatch(/sailor/);
    expect(quote?.government).toBeNull();
  });

  it('gives "X cited the sailor as saying “…”" to the sailor', () => {
    const found = statements(['Anna Berg cited the sailor as saying he “wanted to go home.”']);
    expect(found.map((s) => [s.speaker.description, s.government, s.quote])).toEqual([['the sailor', null, 'wanted to go home.']]);
    expect(statements(['Anna Berg cited the report in her speech.']).map((s) => s.verb)).toEqual(['cited']);
  });
});

describe('what is not reported speech', () => {
  it('leaves out a verb whose object is a word or two: "reported damage", "Trend reports"', () => {
    expect(statements(['The ship issued a distress call and reported damage.'])).toEqual([]);
  });
});

describe('"the country’s …" is of the country the article just named', () => {
  it('reads "the country’s Health Ministry" after "Sylvanian sailors" as Sylvania’s, and "it" after it too', () => {
    const paragraphs = ['A total of 300 Sylvanian sailors were killed in the fighting, the country’s Health Ministry announced on Wednesday.', 'It also said that one crew was rescued.'];
    expect(credit(paragraphs)).toEqual([
      [null, 'sylvania'],
      [null, 'sylvania'],
    ]);
  });

  it('looks back to the sentence before when its own names no country', () => {
    expect(credit(['Sylvania closed the port on Monday.', 'The country’s foreign ministry said the move was temporary.'])).toEqual([[null, 'sylvania']]);
  });

  it('takes the country that acts, not the one named as where it happened', () => {
    const text = 'Forty boats sank during Sylvania’s offensive in Freedonia on Monday, the country’s defence ministry said.';
    expect(credit([text])).toEqual([[null, 'sylvania']]);
  });

  it.each([
    // A name after a noun of a place and "of" is a place, as "in Sylvania" is: with another place, no guess.
    ['Thousands fled the disputed territory of Freedonia and found refuge in Sylvania, according to the country’s government.', null],
    ['Fighting spread across the region of Freedonia and into Sylvania, the country’s defence ministry said.', null],
    // A side that acts is still the country beside a place named so.
    ['Sylvania’s offensive in the region of Freedonia killed forty sailors, the country’s defence ministry said.', 'sylvania'],
    // Without "of", the noun is no place: "the territory Freedonia holds" names Freedonia as the side.
    ['Freedonia shelled the port on Monday, the country’s defence ministry said.', 'freedonia'],
  ])('reads a name after "the territory of", "the region of" as a place: %s → %s', (text, government) => {
    expect(credit([text]).map(([, g]) => g)).toEqual([government]);
  });

  it('guesses no country when the sentence names two', () => {
    expect(credit(['Freedonia and Sylvania clashed on Monday.', 'The country’s foreign ministry said the move was temporary.'])).toEqual([[null, null]]);
    expect(credit(['Freedonian boats sank Sylvanian ships on Monday, the country’s defence ministry said.'])).toEqual([[null, null]]);
  });

  it('guesses no country when none was named within the last few sentences', () => {
    const paragraphs = ['Sylvania closed the port on Monday.', 'Boats waited.', 'Crews slept.', 'Cargo rotted.', 'The country’s foreign ministry said the move was temporary.'];
    expect(credit(paragraphs)).toEqual([[null, null]]);
  });
});

describe('"local officials" are of the place their sentence names before them', () => {
  it('reads "local officials" after "in Sylvania" as Sylvania’s, with no actor', () => {
    expect(credit(['Twenty sailors died in the blast in Sylvania, local officials said on Tuesday.'])).toEqual([[null, 'sylvania']]);
    expect(credit(['Boats sank in Freedonia on Monday, the local authorities said.'])).toEqual([[null, 'freedonia']]);
  });

  it('reads an ombudsman as an official, and "the region’s ombudsman" as of the place named before', () => {
    expect(credit(['At least 20 sailors were killed and 290 wounded, the Sylvanian ombudsman said.'])).toEqual([[null, 'sylvania']]);
    expect(credit(['At least 20 sailors were killed in the blast in Sylvania, the region’s ombudsman said.'])).toEqual([[null, 'sylvania']]);
    // A side that acts is not the region: no place is named, so no government.
    expect(credit(['Freedonian boats shelled the region, killing 20 sailors, the region’s ombudsman said.'])).toEqual([[null, null]]);
  });

  it('guesses no place when the sentence names none before them, or two', () => {
    expect(credit(['Twenty sailors died in the blast, local officials said on Tuesday.'])).toEqual([[null, null]]);
    // A place after the phrase may be part of it: "those in Fredonburg" are others.
    expect(credit(['Local officials, as well as those in Sylvania, have warned that the port will close.']).map(([, government]) => government)).not.toContain('sylvania');
    expect(credit(['Boats sank in Freedonia and in Sylvania, local officials said.'])).toEqual([[null, null]]);
  });
});

describe('someone of a body named before by its head noun', () => {
  it('reads "Ministry officials", "the ministry’s spokesman", "A ministry spokesman" and "the Bureau spokesperson" as of the body named before', () => {
    const of = (phrase: string) => credit([`The Defence Ministry said the port was closed. ${phrase} added that the ship was hit.`]).at(-1);
    expect(of('Ministry officials')).toEqual(['freedonia-defence-ministry', 'freedonia']);
    expect(of('The ministry’s spokesman')).toEqual(['freedonia-defence-ministry', 'freedonia']);
    expect(of('A ministry spokesman')).toEqual(['freedonia-defence-ministry', 'freedonia']);
    expect(credit(['The State Bureau said the port was closed.', 'The Bureau spokesperson added that the ship was hit.']).at(-1)).toEqual(['freedonia-state-bureau', 'freedonia']);
  });

  it('stays unresolved when no body named before ends with the noun, or every side has one', () => {
    expect(credit(['The State Bureau said the port was closed.', 'Ministry officials added that the ship was hit.']).at(-1)).toEqual([null, null]);
    // Not the ministry: military officials are only of its side, right after it spoke (speakers-officials-of-speaker.test.ts).
    expect(credit(['The Defence Ministry said the port was closed.', 'Military officials added that the ship was hit.']).at(-1)).toEqual([null, 'freedonia']);
  });
});

describe('a person described again by role and its modifiers', () => {
  it('reads "the presidential aide" and "the defence minister" as the person so described before', () => {
    const aide = ['Tomas Ruhl, an aide to the Sylvanian president, said the port was closed.', 'According to the presidential aide, the move was temporary.'];
    expect(credit(aide)).toEqual([
      ['tomas-ruhl', 'sylvania'],
      ['tomas-ruhl', 'sylvania'],
    ]);
    const minister = ['Tomas Ruhl, the Sylvanian defence minister, said the port was closed.', 'The defence minister added that the move was temporary.'];
    expect(credit(minister).at(-1)).toEqual(['tomas-ruhl', 'sylvania']);
  });

  it('stays unresolved when a modifier fits no one described before', () => {
    const paragraphs = ['Tomas Ruhl, the Sylvanian defence minister, said the port was closed.', 'The foreign minister added that the move was temporary.'];
    expect(credit(paragraphs).at(-1)).toEqual([null, null]);
  });
});

describe('an office refers back to the speaker the topic data gives it', () => {
  it('reads "the defence minister" and "the spokesperson" as the last speaker holding the office', () => {
    const mentions = statements([
      'The boats stayed in the port, Tomas Ruhl said.',
      'The defence minister added that the crews were safe.',
      'The talks will resume, Anna Berg said.',
      'The spokesperson added that the date was not set.',
    ]);
    expect(mentions.map((m) => [m.paragraph, m.speaker.actor, m.government])).toEqual([
      [1, 'tomas-ruhl', 'sylvania'],
      [2, 'tomas-ruhl', 'sylvania'],
      [3, 'anna-berg', 'freedonia'],
      [4, 'anna-berg', 'freedonia'],
    ]);
  });

  it('credits no one when no speaker before holds the office', () => {
    const mentions = statements(['The boats stayed in the port, Tomas Ruhl said.', 'The president added that the crews were safe.']);
    expect(mentions.map((m) => [m.speaker.actor, m.government])).toEqual([
      ['tomas-ruhl', 'sylvania'],
      [null, null],
    ]);
  });
});

describe('"the diplomat" refers back to a speaker described as an envoy or an ambassador', () => {
  it.each([
    [['Sylvania’s ambassador to the Council, Tomas Ruhl, said the port was closed.', 'The diplomat in a statement also stressed the need to protect civilians.'], ['tomas-ruhl', 'sylvania']],
    [['Anna Berg, the Council’s special envoy, called for restraint.', 'The diplomat said talks would resume.'], ['anna-berg', 'freedonia']],
  ])('%j', (paragraphs, expected) => {
    expect(credit(paragraphs).at(-1)).toEqual(expected);
  });

  it('stays no one’s after a speaker described by another post', () => {
    expect(credit(['Anna Berg, a spokesperson for the State Bureau, said the port was closed.', 'The diplomat said talks would resume.']).at(-1)).toEqual([null, null]);
  });
});
