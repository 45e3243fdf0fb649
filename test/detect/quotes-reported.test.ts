import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors, statements, what, who } from './quotes.fixture.ts';

/** Each report of one sentence as its speaker (actor id, else the description), verb and reported words. */
const speakerVerbWords = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('reported speech: SPEAKER VERB (that) CLAUSE', () => {
  it('reads "X of the opposition" and "the opposition" as speakers; the opposition speaks for no government', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.description || m.speaker.name, m.government]);
    expect(read('Rep. Karl Weiss of the opposition told reporters that the port was closed.')).toEqual([['Rep. Karl Weiss of the opposition', null]]);
    expect(read('The Sylvanian opposition said the vote was rigged.')).toEqual([['The Sylvanian opposition', null]]);
  });

  it('reads a role and where it is held as a speaker ("officials in the region"), one opening the sentence too', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.description || m.speaker.name, m.government, m.reported]);
    expect(read('The authorities in the breakaway region announced it was ceasing to exist.')).toEqual([
      ['The authorities in the breakaway region', null, 'it was ceasing to exist'],
    ]);
    expect(read('Officials in the region said the boats had left the port.')).toEqual([['Officials in the region', null, 'the boats had left the port']]);
    // A place the topic data names still gives the place's government, as before.
    expect(read('Authorities in Marsh City said the boats had left the port.')).toEqual([['Authorities in Marsh City', 'sylvania', 'the boats had left the port']]);
    // Not a role: "the attack in the region" says nothing.
    expect(read('The attack in the region said nothing about the boats.')).toEqual([]);
  });

  it('reads operators as speakers for no government: "Several shipping operators announced …", "Sylvanian drone operators said …"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.description || m.speaker.name, m.government, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['Several global shipping operators have announced that they are suspending sailings.', [['Several global shipping operators', null, 'that they are suspending sailings']]],
      ['Tour operators said bookings had fallen by half.', [['Tour operators', null, 'bookings had fallen by half']]],
      ['Sylvanian drone operators said the port was closed.', [['Sylvanian drone operators', null, 'the port was closed']]],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('reads "the Foreign Ministry of the republic" as a speaker: an institution’s capitalised name before "of"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.description || m.speaker.name, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['The Ministry of Foreign Affairs of the breakaway republic stated that 11 people were injured.', [['The Ministry of Foreign Affairs of the breakaway republic', 'that 11 people were injured']]],
      ['The Foreign Ministry of the republic said the talks had failed.', [['The Foreign Ministry of the republic', 'the talks had failed']]],
      ['The Commander of the fleet said the boats had left the port.', [['The Commander of the fleet', 'the boats had left the port']]],
      // No role before "of": no speaker.
      ['The Battle of the bridge said much about the war.', []],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('reads past an aside set off by commas after "has": "Sylvania has, for the first time since May, confirmed that …"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['Sylvania has, for the first time since the talks began, officially confirmed that the boats sank.', [['sylvania', 'confirmed', 'that the boats sank']]],
      ['Freedonia has, after weeks of silence, acknowledged that the boats sank.', [['freedonia', 'acknowledged', 'that the boats sank']]],
      // An appositive and a relative clause between commas are read as before.
      ['Anna Berg, the deputy spokesperson, said the boats sank.', [['anna-berg', 'said', 'the boats sank']]],
      ['Tomas Ruhl, who has, by his own account, never lied, said the boats sank.', [['tomas-ruhl', 'said', 'the boats sank']]],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('leaves date words set off by commas before "that" out of what was said', () => {
    const cases: [string, string][] = [
      ['Anna Berg stated today, Tuesday, that the boats had left the port.', 'that the boats had left the port'],
      ['Anna Berg said on Tuesday, March 4, that the boats had left the port.', 'that the boats had left the port'],
      ['Anna Berg said on Tuesday that the boats had left the port.', 'that the boats had left the port'],
      // Words that are no date stay: what was said may open with them.
      ['Anna Berg said, in short, that the boats had left the port.', 'in short, that the boats had left the port'],
    ];
    for (const [text, words] of cases) expect([text, statements([text])[0]?.reported]).toEqual([text, words]);
  });

  it('reads "verified that" as a report and "continued:" before a quotation as words going on; both verbs as acts otherwise', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.verb, m.quote ?? m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['The navy verified that the boats had left the port.', [['The navy', 'verified that', 'the boats had left the port']]],
      ['Anna Berg continued: “The boats will not return.”', [['Anna Berg', 'continued', 'The boats will not return.']]],
      // "continued that" and a clause: the words go on.
      ['The Defence Ministry continued that 511 soldiers were hurt.', [['The Defence Ministry', 'continued', 'that 511 soldiers were hurt']]],
      // Acts, not words.
      ['Investigators verified the footage.', []],
      ['The strikes continued: the port was hit again.', []],
      ['Sylvanian boats continued to fire at the port.', []],
      ['The strikes continued that Monday.', []],
      ['Freedonia continued that policy for years.', []],
    ];
    for (const [text, wanted] of cases) expect([text, read(text)]).toEqual([text, wanted]);
  });

  it('reads "advised X to do", "recommended X to do" as advice in words; whom alone, or "to" a place, as no speech', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['The Defence Ministry advised vessels to transit cautiously and report any suspicious activity.', [['freedonia-defence-ministry', 'advised', 'vessels to transit cautiously and report any suspicious activity']]],
      ['The Defence Ministry recommended ships to sail at full speed.', [['freedonia-defence-ministry', 'recommended', 'ships to sail at full speed']]],
      // Not advice in words.
      ['The Defence Ministry recommended the crew to the council for an award.', []],
      ['The Defence Ministry advised Berg on the talks.', []],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('gives a participle with no subject of its own to a named subject described between commas before a perfect ("Freedonia, backed by X, has been …, claiming …")', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['Freedonia, backed by the Northern Council, has been sending boats since May, claiming the raids as self-defence.', [['freedonia', 'claiming', 'the raids as self-defence']]],
      ['Sylvania, aligned with Freedonia, had closed the port, claiming the move as a precaution.', [['sylvania', 'claiming', 'the move as a precaution']]],
      // A subject that names no one stays unread.
      ['The boats, backed by Freedonia, have sailed since May, claiming the route as theirs.', [['', 'claiming', 'the route as theirs']]],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('reads "concluded" and "determined" as a finding in words only before a quotation or "that" or after the quotation they close', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.verb, m.quote ?? m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['“The port is closed,” the Defence Ministry concluded.', [['the Defence Ministry', 'concluded', 'The port is closed']]],
      ['The navy determined that the boats had left the port.', [['The navy', 'determined', 'that the boats had left the port']]],
      ['Anna Berg concluded: “The boats will not return.”', [['Anna Berg', 'concluded', 'The boats will not return.']]],
      // Acts and states, not words.
      ['The talks concluded on Friday in Marsh City.', []],
      ['The navy concluded its exercise in the bay.', []],
      ['Sylvanian crews were determined to reach the port.', []],
    ];
    for (const [text, wanted] of cases) expect([text, read(text)]).toEqual([text, wanted]);
  });

  it('reads ", crediting X to Y" as the speaker’s claim of a cause', () => {
    const mentions = statements(['Berg said the crews cleared the port in three months, crediting the achievement to discipline.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['anna-berg', 'said', 'the crews cleared the port in three months'],
      ['anna-berg', 'crediting', 'the achievement to discipline'],
    ]);
  });

  it('reads "went on to say" as a reporting verb, after a quotation too', () => {
    expect(statements(['Anna Berg went on to say that the port was closed.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['anna-berg', 'went on to say', 'that the port was closed'],
    ]);
    expect(statements(['“The port is closed,” Berg went on to say.']).map((m) => [m.speaker.actor, m.quote])).toEqual([['anna-berg', 'The port is closed']]);
  });

  it('reads X said that …, with the whole sentence as evidence', () => {
    const text = 'Talks stalled. Anna Berg said on Monday that Freedonia would reopen the border.';
    expect(statements([text])).toEqual([
      {
        paragraph: 1,
        kind: 'reported',
        quote: null,
        reported: 'that Freedonia would reopen the border',
        evidence: 'Anna Berg said on Monday that Freedonia would reopen the border.',
        index: 15,
        speaker: { name: 'Anna Berg', description: '', actor: 'anna-berg' },
        government: 'freedonia',
        verb: 'said',
        verbIndex: 25,
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('ends a report at ", and" before a named speaker of its own, even after a place name', () => {
    const mentions = statements(['Fredonburg announced on Saturday that it had regained the border town of Lisse, and Marsh City said the report was false.']);
    expect(mentions.map((m) => [m.speaker.actor ?? m.speaker.description, m.government, m.reported])).toEqual([
      ['freedonia', 'freedonia', 'that it had regained the border town of Lisse'],
      ['sylvania', 'sylvania', 'the report was false'],
    ]);
  });

  it('keeps what follows the verb when there is no "that"', () => {
    expect(what(statements(['Ruhl said the convoy had turned back.']))).toEqual([
      { kind: 'reported', quote: null, reported: 'the convoy had turned back', verb: 'said' },
    ]);
  });

  it('skips the audience of "told" up to "that"', () => {
    expect(what(statements(['Ruhl told reporters in Marsh City that no troops had moved.']))).toEqual([
      { kind: 'reported', quote: null, reported: 'that no troops had moved', verb: 'told' },
    ]);
    expect(statements(['Berg told her Sylvanian counterpart that talks must resume.'])[0]?.reported).toBe('that talks must resume');
  });

  it('keeps the object of verbs like "dismissed": it is part of what was said', () => {
    expect(what(statements(['Sylvania has dismissed claims that its troops crossed the river.']))).toEqual([
      { kind: 'reported', quote: null, reported: 'claims that its troops crossed the river', verb: 'dismissed' },
    ]);
  });

  it.each([
    'confirmed',
    'warned',
    'stressed',
    'denied',
    'noted',
    'pointed out',
    'maintained',
    'claimed',
    'asserted',
    'assessed',
    'declared',
  ])('reads the speech verb "%s"', (verb) => {
    const mentions = statements([`The Defence Ministry ${verb} that the convoy had turned back.`]);
    expect(what(mentions)).toEqual([{ kind: 'reported', quote: null, reported: 'that the convoy had turned back', verb }]);
    expect(mentions[0]?.speaker.actor).toBe('freedonia-defence-ministry');
  });

  it.each(['reasserted', 'restated', 'contended', 'complained', 'lamented', 'boasted', 'proclaimed', 'speculated', 'retorted', 'decried', 'deplored', 'reassured', 'confessed', 'specified'])(
    'reads the wire verb "%s"',
    (verb) => {
      const mentions = statements([`The Defence Ministry ${verb} that the convoy had turned back.`]);
      expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([['freedonia-defence-ministry', verb, 'that the convoy had turned back']]);
    },
  );

  it('reads "notified X of its intent to …"', () => {
    expect(statements(['Freedonia has notified the Sylvanian government of its intent to receive the captives.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['freedonia', 'notified', 'the Sylvanian government of its intent to receive the captives'],
    ]);
  });

  it('reads the present "describe … as" and "cites …"', () => {
    expect(statements(['Shipping executives describe the blockade as critical.', 'The company cites concerns for the safety of its crews.']).map((m) => [m.verb, m.reported])).toEqual([
      ['describe', 'the blockade as critical'],
      ['cites', 'concerns for the safety of its crews'],
    ]);
    expect(statements(['Freedonia plans to describe the blockade as critical.'])).toEqual([]);
  });

  it('reads the present with a plural subject ("Ministers urge …", "Rights groups warn that …"), and its noun twins as nouns', () => {
    const read = (text: string) => statements([text]).map((m) => [m.verb, m.reported]);
    const cases: [string, string[][]][] = [
      ['The ministers urge Freedonia to withdraw its boats.', [['urge', 'Freedonia to withdraw its boats']]],
      ['Aid groups warn that the winter will be hard.', [['warn', 'that the winter will be hard']]],
      ['The lawmakers call on Sylvania to reopen the port.', [['call on', 'Sylvania to reopen the port']]],
      ['Rights groups condemn the arrests of the crew.', [['condemn', 'the arrests of the crew']]],
      ['Both ministers stress that the talks must go on.', [['stress', 'that the talks must go on']]],
      // Nouns, after a determiner or a possessive: no one speaks.
      ['A call for calm went unheeded in Marsh City.', []],
      ["The council's demand for fuel rose.", []],
      ['Their vow to return was broken.', []],
      // Nouns after a preposition: the report or claim is the subject matter, not a speaker's verb.
      ['Following reports that the port was closed, the boats turned back.', []],
      ['Despite claims that the talks had failed, the boats sailed.', []],
      ['Amid reports that the port was closed, the boats turned back.', []],
      // A name or a subject right before the form still speaks.
      ['Marsh City reports that the port was closed.', [['reports that', 'the port was closed']]],
      // Not yet said: a modal or an infinitive before the verb.
      ['The ministers will urge restraint at the summit.', []],
      ['Freedonia plans to warn ships off the coast.', []],
    ];
    for (const [text, wanted] of cases) expect(read(text), text).toEqual(wanted);
  });

  it('reads "pleaded with X to …" as a plea, and "commented" only before "that" or negated', () => {
    expect(statements(['Two Sylvanian captives have pleaded with a visiting reporter to bring them to Freedonia.']).map((m) => [m.verb, m.reported])).toEqual([
      ['pleaded', 'with a visiting reporter to bring them to Freedonia'],
    ]);
    // "commented" reports only before "that" or negated: "commented on the talks" says nothing yet.
    expect(statements(['Berg commented that the convoy had turned back.']).map((m) => [m.verb, m.reported])).toEqual([['commented', 'that the convoy had turned back']]);
    expect(statements(['Berg commented on the talks in Marsh City.'])).toEqual([]);
    expect(statements(['Sylvania has not commented on the deployment of its boats.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['sylvania', 'commented', 'on the deployment of its boats'],
    ]);
  });

  it('reads adverbs of how often or how long between speaker and verb: "has long denied", "has always refused to acknowledge"', () => {
    const mentions = statements(['Sylvania has long denied that its boats crossed the river.', 'Freedonia has always refused to acknowledge it.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['sylvania', 'denied', 'that its boats crossed the river'],
      ['freedonia', 'acknowledge', 'it'],
    ]);
  });

  it.each([
    // Adverbs of how or when a report came, between speaker and verb: the speaker's report still.
    ['Sylvania eventually confirmed that its boats crossed the river.', 'confirmed'],
    ['Sylvania belatedly acknowledged that its boats crossed the river.', 'acknowledged'],
    ['Berg reluctantly admitted that the boats crossed the river.', 'admitted'],
    ['Berg quietly conceded that the boats crossed the river.', 'conceded'],
    ['Sylvania angrily denied that its boats crossed the river.', 'denied'],
    ['Sylvania quickly rejected the report.', 'rejected'],
  ])('reads the adverb in "%s" as standing between speaker and verb', (sentence, verb) => {
    expect(statements([sentence]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb])).toEqual([[sentence.startsWith('Berg') ? 'anna-berg' : 'sylvania', verb]]);
  });

  it.each([
    // A noun ending like an adverb is the speaker's own head, not an adverb skipped: the phrase is whole.
    ['The sailor’s family confirmed that the boats crossed the river.', 'The sailor’s family'],
    ['Sylvania’s closest ally confirmed that the boats crossed the river.', 'Sylvania’s closest ally'],
  ])('keeps the noun of "%s" in the speaker', (sentence, speaker) => {
    expect(statements([sentence]).map((m) => m.speaker.description || m.speaker.name)).toEqual([speaker]);
  });

  it('reads adverbs and auxiliaries between speaker and verb', () => {
    const mentions = statements(['Sylvania has also denied that its troops crossed the river.', 'Berg on Tuesday pledged to keep talking.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['sylvania', 'denied', 'that its troops crossed the river'],
      ['anna-berg', 'pledged', 'to keep talking'],
    ]);
  });

  it.each([
    ['Sylvania has for the first time acknowledged that its boats crossed the river.', [['sylvania', 'acknowledged', 'that its boats crossed the river']]],
    ['Berg for the second time denied that the convoy had turned back.', [['anna-berg', 'denied', 'that the convoy had turned back']]],
    ['Ruhl at last admitted that the talks had failed.', [['tomas-ruhl', 'admitted', 'that the talks had failed']]],
    ['Freedonia has at long last confirmed the sinking of the ferry.', [['freedonia', 'confirmed', 'the sinking of the ferry']]],
  ])('reads a fixed phrase of when between speaker and verb, "for the first time", "at last": %s', (text, expected) => {
    expect(statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual(expected);
  });

  it.each([
    // The phrase belongs to what was done, and no one speaks before it.
    'Ships crossed the strait for the first time said to be carrying grain.',
    // The phrase after a preposition that opens no subject: "the last time" is no phrase of when before a verb.
    'The boats were seen at the last confirmed position.',
  ])('reads no speaker where a phrase of when has none before it: %s', (text) => {
    expect(statements([text])).toEqual([]);
  });

  it('reads "conveyed" as speech only with words quoted: "conveyed Ruhl’s “brotherly regard”", not "conveyed supplies"', () => {
    const conveyed = statements(['Berg also conveyed Ruhl’s “brotherly regard” to the council.']);
    expect(conveyed.map((m) => [m.kind, m.speaker.actor, m.verb, m.quote])).toEqual([['quote', 'anna-berg', 'conveyed', 'brotherly regard']]);
    expect(statements(['The State Bureau conveyed supplies to the port.'])).toEqual([]);
  });

  it('reads a position taken on a name’s possessive as a statement: "denied Sylvania’s claims", "countered Berg’s claims"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['Freedonia denied Sylvania’s claims.', [['freedonia', 'denied', 'Sylvania’s claims']]],
      ['Freedonia confirmed Sylvania’s participation.', [['freedonia', 'confirmed', 'Sylvania’s participation']]],
      ['Freedonia countered Berg’s claims.', [['freedonia', 'countered', 'Berg’s claims']]],
      ['Freedonia countered the claims.', [['freedonia', 'countered', 'the claims']]],
      // A rebuttal of a thing that is no one’s words is an act; a possessive alone after other verbs says nothing.
      ['The navy countered the attack.', []],
      ['Freedonia praised Sylvania’s sailors.', []],
      ['The minister met Berg’s deputy.', []],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('reads "maintained" as speech before words, a clause or a position held, not before a thing kept', () => {
    const read = (text: string) => statements([text]).map((m) => [m.verb, m.quote ?? m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['Sylvania maintained that the boats had left the port.', [['maintained', 'that the boats had left the port']]],
      ['Berg maintained the boats were never armed.', [['maintained', 'the boats were never armed']]],
      ['“The boats left,” Berg maintained.', [['maintained', 'The boats left']]],
      ['Berg maintained her innocence throughout the trial.', [['maintained', 'her innocence throughout the trial']]],
      ['Freedonia took over the port in 1994 and maintained its rule there, alongside the destruction of the old town.', []],
      ['The navy maintained security in the strait for weeks.', []],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('reads "…, although according to X, Q" as X\'s own Q, not as the channel of the report before it', () => {
    const cases: [string, (string | null)[][]][] = [
      [
        'The rebels said they were targeting ships bound for Marsh City, although according to monitoring groups, some of the ships had other destinations.',
        [
          ['The rebels', 'said', 'they were targeting ships bound for Marsh City'],
          ['monitoring groups', 'according to', 'some of the ships had other destinations'],
        ],
      ],
      [
        'Berg said the port was closed, but according to the Courier, the boats were still leaving.',
        [
          ['anna-berg', 'said', 'the port was closed'],
          ['daily-courier', 'according to', 'the boats were still leaving'],
        ],
      ],
      // No contrast: the channel of the report before it, as before.
      [
        'Berg said the port was closed, according to the Courier.',
        [
          ['anna-berg', 'said', 'the port was closed'],
          ['daily-courier', 'according to', 'Berg said the port was closed'],
        ],
      ],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads a second "reported" with its own object as a report of its own, not as the channel of the one before', () => {
    const cases: [string, (string | null)[][]][] = [
      [
        'A Sylvanian-flagged tanker reported a near miss, and a Freedonian-flagged freighter reported being hit by a drone.',
        [
          ['A Sylvanian-flagged tanker', 'reported', 'a near miss'],
          ['a Freedonian-flagged freighter', 'reported', 'being hit by a drone'],
        ],
      ],
      ['Berg said the port was safe, and the navy reported an explosion near the pier.', [['anna-berg', 'said', 'the port was safe'], ['the navy', 'reported', 'an explosion near the pier']]],
      // A channel after the words it relays stays a channel, whatever follows it.
      ['Berg said the port was closed, the Courier reported citing officials.', [['anna-berg', 'said', 'the port was closed'], ['daily-courier', 'reported', 'Berg said the port was closed']]],
      ['Berg said the port was closed, the Courier reported a day later.', [['anna-berg', 'said', 'the port was closed'], ['daily-courier', 'reported', 'Berg said the port was closed']]],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads a source that "after", "before" or "because" puts in a clause of the writer\'s as its own words, not as the channel of the report before it', () => {
    const cases: [string, (string | null)[][]][] = [
      [
        'Berg said the port was closed, after the Courier reported mines in the strait.',
        [
          ['anna-berg', 'said', 'the port was closed'],
          ['daily-courier', 'reported', 'mines in the strait'],
        ],
      ],
      [
        'Freedonia confirmed the withdrawal of its boats before the Courier reported new attacks on the harbour.',
        [
          ['freedonia', 'confirmed', 'the withdrawal of its boats'],
          ['daily-courier', 'reported', 'new attacks on the harbour'],
        ],
      ],
      [
        'Sylvania said the talks had stalled, because the Courier reported troop movements near the border.',
        [
          ['sylvania', 'said', 'the talks had stalled'],
          ['daily-courier', 'reported', 'troop movements near the border'],
        ],
      ],
      // No subordinating word: still the channel of the report before it.
      [
        'Berg said the port was closed, the Courier reported.',
        [
          ['anna-berg', 'said', 'the port was closed'],
          ['daily-courier', 'reported', 'Berg said the port was closed'],
        ],
      ],
      // "before" that ends the reported clause is part of it.
      ['Berg said she had never seen the boats before.', [['anna-berg', 'said', 'she had never seen the boats before']]],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads a speech participle joined by "and" to a participle clause of any verb: ", thanking them and saying that …"', () => {
    const cases: [string, (string | null)[][]][] = [
      ['Ruhl met the crews, thanking them for their service and saying that the port will reopen.', [['tomas-ruhl', 'saying', 'that the port will reopen']]],
      ['Berg toured the port, inspecting the boats and adding that repairs would take weeks.', [['anna-berg', 'adding', 'that repairs would take weeks']]],
      // No participle clause of the subject's before the "and": nothing reported.
      ['The crews, including the sailors and saying that the port closed, left.', []],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads "responded to X and said …" as what was said, not as a response to X that said it', () => {
    const cases: [string, (string | null)[][]][] = [
      ['Berg responded to the news and said Sylvania would be forming the “worst coalition in history.”', [['anna-berg', 'said', 'Sylvania would be forming the “worst coalition in history.”']]],
      ['Berg responded to the report and said the port was closed.', [['anna-berg', 'said', 'the port was closed']]],
      // What is answered, then "that": the response.
      ['Berg responded to the charge that the port was closed.', [['anna-berg', 'responded', 'to the charge that the port was closed']]],
      ['Berg responded to the accusations and threats that the port would close.', [['anna-berg', 'responded', 'to the accusations and threats that the port would close']]],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads a relative clause\'s reported predicate through a number\'s comma: "an offensive that X says has killed more than 18,000 people"', () => {
    const cases: [string, (string | null)[][]][] = [
      [
        'Sylvania launched an offensive that the Defence Ministry says has killed more than 18,000 people, mostly civilians.',
        [['freedonia-defence-ministry', 'says', 'has killed more than 18,000 people']],
      ],
      // A comma that is punctuation still closes the predicate.
      ['Sylvania launched an offensive that the Defence Ministry says has killed 18 people, mostly civilians.', [['freedonia-defence-ministry', 'says', 'has killed 18 people']]],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads an admission of a bare plural noun as a statement: "acknowledged casualties", "admitted mistakes"', () => {
    const cases: [string, (string | null)[][]][] = [
      [
        'Freedonia finally acknowledged casualties, claiming that its part in the fighting had ended.',
        [
          ['freedonia', 'acknowledged', 'casualties'],
          ['freedonia', 'claiming', 'that its part in the fighting had ended'],
        ],
      ],
      ['The Defence Ministry admitted mistakes.', [['freedonia-defence-ministry', 'admitted', 'mistakes']]],
      // Not a plural noun, or not an admission: nothing said.
      ['The Defence Ministry confirmed afterwards.', []],
      ['The Defence Ministry praised volunteers.', []],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads "reports from X that P" in the writer\'s background as X\'s report, not as the object of another speaker\'s verb', () => {
    const cases: [string, (string | null)[][]][] = [
      ['The news follows reports from the Defence Ministry that the port was closed.', [['freedonia-defence-ministry', 'reports', 'that the port was closed']]],
      ['There were reports from residents that the port was closed.', [['residents', 'reports', 'that the port was closed']]],
      [
        'The admission comes after months of reports from Sylvanian and Western agencies suggesting that the boats had left.',
        [['Sylvanian and Western agencies', 'reports', 'suggesting that the boats had left']],
      ],
      // The object of a speaker's verb: the speaker's dismissal, not a report of its own.
      ['The Defence Ministry dismissed reports from residents that the port was closed.', [['freedonia-defence-ministry', 'dismissed', 'reports from residents that the port was closed']]],
      // No "that" clause: nothing reported.
      ['Reports from the front were grim.', []],
      ['The crews left after reports from residents of shelling.', []],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads "claim" and "promise" with a plural subject before an infinitive as speech, and the nouns as no speech', () => {
    const cases: [string, (string | null)[][]][] = [
      ['The rebels claim to have shot down a drone.', [['The rebels', 'claim', 'to have shot down a drone']]],
      ['Now the rebels claim to be targeting ships bound for Marsh City.', [['the rebels', 'claim', 'to be targeting ships bound for Marsh City']]],
      ['The ministers promise to rebuild the port.', [['The ministers', 'promise', 'to rebuild the port']]],
      ['The rebels promise that the attacks will go on.', [['The rebels', 'promise', 'that the attacks will go on']]],
      // Nouns: after a possessive or a determiner, before a noun phrase, or in the -s form.
      ["Sylvania's claim to have won the battle was denied.", []],
      ['Freedonia renewed its claim to the island.', []],
      ['The rebels promise to voters was forgotten.', []],
      ['Campaign promises to cut taxes were broken.', []],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text)]).toEqual([text, expected]);
  });

  it('reads praise as speech, what it praises as its words: "praised their “courage”", "praised the work of the crews"', () => {
    const quoted = statements(['Berg thanked the crews for their work, praised their “courage,” and left the port.']);
    expect(quoted.map((m) => [m.kind, m.speaker.actor, m.verb, m.quote, m.reported])).toEqual([['quote', 'anna-berg', 'praised', 'courage', null]]);
    const praise = statements(['Berg has praised the work of the crews in the port.']);
    expect(praise.map((m) => [m.kind, m.speaker.actor, m.verb, m.reported])).toEqual([['reported', 'anna-berg', 'praised', 'the work of the crews in the port']]);
    expect(statements(['Berg posted a video of the interrogation on Monday.'])).toEqual([]);
    const thanked = statements(['Ruhl thanked Anna Berg on Monday for the “courage” of her crews, according to the Courier.']);
    expect(thanked.filter((m) => !m.relays).map((m) => [m.speaker.actor, m.verb, m.quote])).toEqual([['tomas-ruhl', 'thanked', 'courage']]);
    expect(statements(['Ruhl thanked Anna Berg for her help.'])).toEqual([]);
    const posted = statements(['Berg posted on X that the port was closed.', '“The port is closed,” Berg posted on X.']);
    expect(posted.map((m) => [m.verb, m.quote ?? m.reported])).toEqual([
      ['posted', 'that the port was closed'],
      ['posted', 'The port is closed'],
    ]);
  });

  it('reads present forms that are also nouns only before "that": "The Bureau informs that …"', () => {
    expect(statements(['The State Bureau informs that the port is closed.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['freedonia-state-bureau', 'informs that', 'the port is closed'],
    ]);
    expect(statements(['The State Bureau notes the port is closed.'])).toEqual([]);
    expect(statements(['The State Bureau communicated that the port is closed.']).map((m) => m.reported)).toEqual(['the port is closed']);
    expect(statements(['The State Bureau communicated the plan to the crews.'])).toEqual([]);
    expect(statements(['Berg further mentioned that a deal is being drafted.']).map((m) => m.reported)).toEqual(['a deal is being drafted']);
  });

  it('reads "presented that …" as a report, and a verb before "that day" as no report', () => {
    expect(statements(['Berg presented that as of Monday, 300 people used the shelters.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['anna-berg', 'presented that', 'as of Monday, 300 people used the shelters'],
    ]);
    // "that" of time: a determiner, not the conjunction the verb needs.
    expect(statements(['The plan Berg presented that day was rejected.'])).toEqual([]);
    expect(statements(['Berg presented that morning a plan for the shelters.'])).toEqual([]);
    expect(statements(['The figures Berg mentioned that week showed 300 arrivals.'])).toEqual([]);
    expect(statements(['Berg presented the plan to the council.'])).toEqual([]);
  });

  it('reads an adverb of manner between auxiliary and verb: "has officially announced"', () => {
    const mentions = statements(['Sylvania has officially announced that it is sending boats.', 'Sylvania only confirmed it had sent boats in April.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['sylvania', 'announced', 'that it is sending boats'],
      ['sylvania', 'confirmed', 'it had sent boats in April'],
    ]);
  });
});

describe('reported speech: CLAUSE, SPEAKER VERB', () => {
  it('leaves how and where the speaker spoke out of what was said: anonymity, a regular briefing, an outlet told', () => {
    const mentions = statements([
      'The boats left on Monday, a senior Sylvanian official said on condition of anonymity.',
      'The port was closed, Sylvanian spokesperson Lena Vos told a regular news briefing.',
      'The crews were safe, Ruhl told Radio Marsh in an interview.',
      'The convoy turned back, an officer told the Courier on condition of anonymity.',
    ]);
    expect(mentions.map((m) => m.reported)).toEqual(['The boats left on Monday', 'The port was closed', 'The crews were safe', 'The convoy turned back']);
  });

  it('reads "…, said a soldier familiar with the operations" whole as the speaker, after a clause ending in a name', () => {
    const mentions = statements(['By Monday, Freedonian troops had left Marsh City, said a soldier familiar with drone operations in the region.']);
    expect(mentions.map((m) => [m.speaker.description, m.reported])).toEqual([
      ['a soldier familiar with drone operations in the region', 'By Monday, Freedonian troops had left Marsh City'],
    ]);
  });

  it('leaves whom "told" addresses out of what was told when no "that" follows', () => {
    const told = (text: string) => statements([text]).map((m) => m.reported);
    expect(told('Ruhl told reporters the boats had left.')).toEqual(['the boats had left']);
    expect(told('Ruhl told the Courier on Monday the boats had left.')).toEqual(['the boats had left']);
    expect(told('Ruhl told Anna Berg the boats had left.')).toEqual(['the boats had left']);
  });

  it('reads "Sylvania’s ambassador to Freedonia" whole: the speaker is the ambassador, not the country of the posting', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description, m.government]);
    expect(credit('Sylvania’s ambassador to Freedonia said the boats had left.')).toEqual([['Sylvania’s ambassador to Freedonia', 'sylvania']]);
    expect(credit('Freedonia’s envoy to the Northern Council said the boats had left.')).toEqual([['Freedonia’s envoy to the Northern Council', 'freedonia']]);
    // An adviser speaks for no one the text names: not for the person advised.
    expect(statements(['An adviser to Ruhl said the boats had left.']).map((m) => [m.speaker.actor, m.government])).toEqual([[null, null]]);
    // A mission to a council is the sending side's, and so is an embassy or envoy in a country.
    expect(credit('The head of Sylvania’s mission to the Northern Council said the boats had left.')).toEqual([['The head of Sylvania’s mission to the Northern Council', 'sylvania']]);
    expect(credit('The Sylvanian embassy in Freedonia said the boats had left.')).toEqual([['The Sylvanian embassy in Freedonia', 'sylvania']]);
    expect(credit('Sylvania’s envoy in Fredonburg said the boats had left.')).toEqual([['Sylvania’s envoy in Fredonburg', 'sylvania']]);
    // Officials in a capital are still that capital's.
    expect(credit('Officials in Fredonburg said the boats had left.')).toEqual([['Officials in Fredonburg', 'freedonia']]);
  });

  it('reads a named party with unnamed others as a joint voice, for no one government: "Freedonia and its allies said"', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description, m.government, m.reported]);
    expect(credit('Freedonia and its allies said the port was closed.')).toEqual([['Freedonia and its allies', null, 'the port was closed']]);
    expect(credit('Freedonia and others suspect that the port is closed.')).toEqual([['Freedonia and others', null, 'that the port is closed']]);
  });

  it('reads a date set off by commas before the verb as when, not who: "Freedonia on Friday, January 12, said"', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.reported ?? m.quote]);
    expect(credit('Freedonia on Friday, January 12, said the strikes must stop.')).toEqual([['freedonia', 'the strikes must stop']]);
    expect(credit('Ruhl on Monday, 3 March, told reporters the strikes must stop.')).toEqual([['tomas-ruhl', 'the strikes must stop']]);
    // An age is no date.
    expect(credit('Berg, 45, said the strikes must stop.')).toEqual([['anna-berg', 'the strikes must stop']]);
  });

  it('reads a quoted verb after the subject as the relaying channel’s wording, the subject still speaking after it', () => {
    const relayed = statements(['Ruhl “highly praised” the crews and said relations were “special”, according to the Courier.']);
    expect(relayed.map((m) => [m.quote, m.speaker.actor, m.government])).toEqual([
      ['special', 'tomas-ruhl', 'sylvania'],
      ['highly praised', 'daily-courier', null],
    ]);
    // With no channel named, the quoted verb is no one's words.
    const plain = statements(['Ruhl “highly praised” the crews and said relations were “special”.']);
    expect(plain.map((m) => [m.quote, m.speaker.actor, m.government])).toEqual([
      ['special', 'tomas-ruhl', 'sylvania'],
      ['highly praised', null, null],
    ]);
  });

  it('reads a setting of speech that ends in a list of examples as where it was said, not what', () => {
    const mentions = statements([
      'Last year Sylvania “transferred to Freedonia at least 100 boats, which were later sunk,” the Northern Council said in the report released Thursday by Freedonia and allies including Sylvania, the Courier and Marsh City.',
    ]);
    expect(mentions.map((m) => [m.kind, m.verb, m.speaker.actor])).toEqual([['quote', 'said', 'northern-council']]);
  });

  it('reads ", also conveying …" after a trailing attribution as its speaker’s participle, the words before as what was said', () => {
    const mentions = statements(['The two sailors asked for medicine and books via the producer, Ruhl said, also conveying officials’ remarks that they were unwell.']);
    expect(mentions.map((m) => [m.verb, m.speaker.actor ?? m.speaker.description, m.reported])).toEqual([
      ['asked', 'The two sailors', 'for medicine and books via the producer'],
      ['conveying', 'tomas-ruhl', 'officials’ remarks that they were unwell'],
      ['said', 'tomas-ruhl', 'The two sailors asked for medicine and books via the producer'],
    ]);
    expect(statements(['The boats left the port, Ruhl said, also noting that the crews were safe.']).map((m) => [m.verb, m.reported])).toEqual([
      ['said', 'The boats left the port'],
      ['noting', 'that the crews were safe'],
    ]);
  });

  it('reads a quoted verb inside a trailing report as that report’s partial quote, listed once', () => {
    const mentions = statements(['Ruhl “was received” by Berg, the Sylvanian foreign ministry said on Monday, posting a video of the two men.']);
    expect(mentions.map((m) => [m.kind, m.quote, m.reported, m.verb, m.speaker.description, m.government])).toEqual([
      ['quote', 'was received', 'Ruhl “was received” by Berg', 'said', 'the Sylvanian foreign ministry', 'sylvania'],
    ]);
  });

  it('reads "disputes this claim" as speech and "border disputes" as a noun; "put the toll above 200" as an estimate', () => {
    const said = speakerVerbWords;
    expect(said('Sylvania disputes this claim.')).toEqual([['sylvania', 'disputes', 'this claim']]);
    expect(said('The border disputes between Freedonia and Sylvania continue.')).toEqual([]);
    expect(said('Sylvanian media outlets, however, put the death toll above 200.')).toEqual([['Sylvanian media outlets', 'put', 'the death toll above 200']]);
  });

  it('never credits words to whom they are addressed: "A letter from Ruhl to Berg said"', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.government]);
    expect(credit('A letter from Ruhl to Berg said: “We will not return.”')).toEqual([['tomas-ruhl', 'sylvania']]);
    expect(credit('Sylvania’s ambassador to Freedonia said the boats had left.')).toEqual([[null, 'sylvania']]);
    // A tag whose speaker cannot be read ("the letter said") names someone: not the last speaker.
    const tagged = statements(['Berg said Ruhl had written to her. “We will not return,” the letter said.']);
    expect(tagged.filter((m) => m.kind === 'quote').map((m) => [m.speaker.actor, m.government])).toEqual([[null, null]]);
  });

  it('leaves a time adverb between the verb and "that" out of the words: "had said then that …"', () => {
    expect(statements(['Ruhl had said then that the strikes were necessary.']).map((m) => m.reported)).toEqual(['that the strikes were necessary']);
  });

  it('reads "recognized the participation of …" as speech, "were recognized for their bravery" as none', () => {
    expect(statements(['For the first time, Sylvania recognized the participation of its sailors in the battle.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['sylvania', 'recognized', 'the participation of its sailors in the battle'],
    ]);
    expect(statements(['The sailors were recognized for their bravery.'])).toEqual([]);
  });

  it('reads "read out Berg’s message that said she reaffirms …" as Berg speaking, in the present too', () => {
    const mentions = statements(['“We agree,” Ruhl said.', 'Ruhl read out Berg’s message that said she reaffirms her commitment to all agreements.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.quote ?? m.reported])).toEqual([
      ['tomas-ruhl', 'said', 'We agree'],
      ['anna-berg', 'said', 'she reaffirms her commitment to all agreements'],
    ]);
  });

  it('reads "issued a statement that said …" as the issuer speaking', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.government, m.quote ?? m.reported]);
    expect(credit('The Sylvanian defence minister issued a written statement that said, “The boats are safe.”')).toEqual([['The Sylvanian defence minister', 'sylvania', 'The boats are safe.']]);
    expect(credit('The Palace released a statement which said the boats were safe.')).toEqual([['sylvania', 'sylvania', 'the boats were safe']]);
  });

  it('reads blame as speech: "Ruhl blamed Freedonia for the attack"', () => {
    expect(statements(['Ruhl blamed Freedonia for the attack.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([['tomas-ruhl', 'blamed', 'Freedonia for the attack']]);
  });

  it('reads an estimate whose author goes unnamed as its own speaker, for no government: "according to western estimates"', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description, m.government, m.reported]);
    expect(credit('Freedonia has sent around 1,500 sailors, according to western estimates.')).toEqual([['western estimates', null, 'Freedonia has sent around 1,500 sailors']]);
    expect(credit('Western officials estimate that 300 sailors have died.')).toEqual([['Western officials', null, '300 sailors have died']]);
  });

  it('reads reports of a kind as their own speaker, for no government: "according to intelligence reports"; bare "reports" names no one', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description, m.government, m.reported]);
    expect(credit('Freedonia is preparing to send 3,000 more sailors, according to intelligence reports.')).toEqual([['intelligence reports', null, 'Freedonia is preparing to send 3,000 more sailors']]);
    expect(credit('According to reports, Freedonia is preparing to send 3,000 more sailors.')).toEqual([]);
  });

  it.each([
    ['According to Freedonian defence ministry reports, Sylvania has lost 6,000 sailors.', [['Freedonian defence ministry reports', 'freedonia', 'Sylvania has lost 6,000 sailors']]],
    ['Sylvania has lost 6,000 sailors, according to State Bureau reports.', [['State Bureau reports', 'freedonia', 'Sylvania has lost 6,000 sailors']]],
    ['According to Sylvanian ministry reports, 300 sailors have died.', [['Sylvanian ministry reports', 'sylvania', '300 sailors have died']]],
    // Bare reports, reports of a kind, and reports a phrase names no speaker of stay as they were.
    ['According to reports, Sylvania has lost 6,000 sailors.', []],
    ['According to local reports, Sylvania has lost 6,000 sailors.', [['local reports', null, 'Sylvania has lost 6,000 sailors']]],
    ['Sylvania has lost 6,000 sailors, according to intelligence reports.', [['intelligence reports', null, 'Sylvania has lost 6,000 sailors']]],
    ['According to media reports, Sylvania has lost 6,000 sailors.', [['media reports', null, 'Sylvania has lost 6,000 sailors']]],
  ])('reads the reports of a speaker the phrase names as that speaker’s word: %j', (text, expected) => {
    expect(statements([text]).map((m) => [m.speaker.description, m.government, m.reported])).toEqual(expected);
  });

  it('reads "…, citing intelligence reports." as a source cited, not as "intelligence" reporting the sentence', () => {
    const mentions = statements(['Sylvania said the port was closed, citing intelligence reports.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([['sylvania', 'said', 'the port was closed']]);
  });

  it('leaves the channels named at the end out of what was said: "…, Radio Marsh reports, the Courier writes."', () => {
    const mentions = statements([
      'About 600 boats sank, the State Bureau told lawmakers on Wednesday, the Courier reports.',
      'The boats sank, the State Bureau told lawmakers, adding that 40 more were damaged, Radio Marsh reports, the Courier writes.',
    ]);
    expect(mentions.filter((m) => !m.relays).map((m) => [m.verb, m.reported])).toEqual([
      ['told', 'About 600 boats sank'],
      ['told', 'The boats sank'],
      ['adding', 'that 40 more were damaged'],
    ]);
    // The channels relay the whole report.
    expect(mentions.filter((m) => m.relays).map((m) => [m.speaker.description || m.speaker.name, m.verb])).toEqual([
      ['the Courier', 'reports'],
      ['Radio Marsh', 'reports'],
      ['the Courier', 'writes'],
    ]);
  });

  it('reads "in the report released …" after the verb as where the words were said', () => {
    const mentions = statements(['“The port is closed,” the State Bureau said in the report released Thursday by Freedonia and its allies.']);
    expect(mentions.map((m) => [m.kind, m.quote, m.reported])).toEqual([['quote', 'The port is closed', null]]);
  });

  it('reads a panel’s or a team’s findings: "The panel also found that …"', () => {
    const mentions = statements(['The panel, which checks the port, also found that the boats “left at night”.']);
    expect(mentions.map((m) => [m.speaker.description, m.verb, m.quote])).toEqual([['The panel', 'found that', 'left at night']]);
  });

  it('reads the clause before a trailing attribution', () => {
    const mentions = statements(['Freedonia will reopen the border next week, the Defence Ministry said on Tuesday.']);
    expect(what(mentions)).toEqual([
      { kind: 'reported', quote: null, reported: 'Freedonia will reopen the border next week', verb: 'said' },
    ]);
    expect(who(mentions)).toEqual([
      {
        speaker: { name: null, description: 'the Defence Ministry', actor: 'freedonia-defence-ministry' },
        government: 'freedonia',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('stops the clause at a trailing participle', () => {
    const mentions = statements(['The convoy turned back, Ruhl said, citing satellite images.']);
    expect(what(mentions)).toEqual([{ kind: 'reported', quote: null, reported: 'The convoy turned back', verb: 'said' }]);
  });
});

describe('reported speech: according to', () => {
  it('reads "According to X, …"', () => {
    const mentions = statements(['According to Sylvanian officials, the convoy crossed at dawn.']);
    expect(what(mentions)).toEqual([
      { kind: 'reported', quote: null, reported: 'the convoy crossed at dawn', verb: 'According to' },
    ]);
    expect(who(mentions)).toEqual([
      { speaker: { name: null, description: 'Sylvanian officials', actor: null }, government: 'sylvania', resolvedBy: 'explicit' },
    ]);
  });

  it('keeps how a document came out in the phrase: "According to a statement posted on Telegram by the Bureau, …"', () => {
    const mentions = statements(['According to a statement posted on Telegram by the State Bureau, the port is closed.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['freedonia-state-bureau', 'the port is closed']]);
  });

  it('reads a record its keeper names: "according to the Bureau’s index", "according to the Bureau website"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.speaker.actor, m.reported]);
    expect(read('Freight rates have doubled since May, according to the State Bureau’s container index.')).toEqual([
      ['the State Bureau’s container index', 'freedonia-state-bureau', 'Freight rates have doubled since May'],
    ]);
    expect(read('According to the State Bureau website, the port is closed.')).toEqual([['the State Bureau website', 'freedonia-state-bureau', 'the port is closed']]);
    // A possessive before something not kept as a record names no source; before a relative, the
    // relative, who speaks for no government.
    expect(read('The port is closed, according to Berg’s convoy in the capital.')).toEqual([]);
    expect(read('The port is closed, according to Berg’s brother in the capital.')).toEqual([['Berg’s brother', null, 'The port is closed']]);
  });

  it('reads a report after an opening connective as what follows it: "Moreover, according to X, the …"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.reported]);
    expect(read('Moreover, according to the State Bureau, the Defence Ministry set up a working group in May.')).toEqual([
      ['freedonia-state-bureau', 'the Defence Ministry set up a working group in May'],
    ]);
    expect(read('Meanwhile, Berg said, the boats have left the port.')).toEqual([['anna-berg', 'the boats have left the port']]);
  });

  it('reads a counted agent of a record: "according to a report by 11 countries"', () => {
    const mentions = statements(['The boats left the strait, according to a report by 11 countries, including Freedonia and Sylvania.']);
    expect(mentions.map((m) => [m.speaker.description, m.reported])).toEqual([['11 countries', 'The boats left the strait']]);
  });

  it('reads the issuer of a statement or bulletin as its speaker: "according to a statement by X"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.government, m.reported]);
    expect(read('The boats left the strait, according to a statement by the State Bureau.')).toEqual([['freedonia-state-bureau', 'freedonia', 'The boats left the strait']]);
    expect(read('According to the latest bulletin from the State Bureau, the boats left the strait.')).toEqual([
      ['freedonia-state-bureau', 'freedonia', 'the boats left the strait'],
    ]);
    // A joint one is the record's own, for no one government, not its first issuer's.
    expect(read('According to a joint statement by Freedonia, Sylvania and the State Bureau, the boats left.').map(([, government]) => government)).toEqual([null]);
  });

  it('reads a joint document with its parties as the speaker, for no government, and what it says after them', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.description, m.speaker.actor, m.government, m.reported]);
    const cases: Array<[string, string, string]> = [
      ['According to a joint statement by Freedonia and Sylvania, the boats left the strait.', 'a joint statement by Freedonia and Sylvania', 'the boats left the strait'],
      [
        'According to a joint communiqué from Freedonia, Sylvania, Marsh City and the Northern Council, the boats left the strait.',
        'a joint communiqué from Freedonia, Sylvania, Marsh City and the Northern Council',
        'the boats left the strait',
      ],
      ['The boats left the strait, according to a joint statement by Freedonia and Sylvania.', 'a joint statement by Freedonia and Sylvania', 'The boats left the strait'],
      ['According to a joint statement, the boats left the strait.', 'a joint statement', 'the boats left the strait'],
      [
        'According to a joint communiqué from Freedonia and Sylvania, the boats left the strait.',
        'a joint communiqué from Freedonia and Sylvania',
        'the boats left the strait',
      ],
    ];
    for (const [text, speaker, reported] of cases) expect(read(text)).toEqual([[speaker, null, null, reported]]);
    // One issuer's statement is still that issuer's.
    expect(read('According to a statement by the State Bureau, the boats left the strait.')).toEqual([['the State Bureau', 'freedonia-state-bureau', 'freedonia', 'the boats left the strait']]);
  });

  it('reads "…, according to X"', () => {
    const mentions = statements(['The convoy crossed at dawn, according to the State Bureau.']);
    expect(mentions.map((m) => [m.reported, m.speaker.actor, m.government])).toEqual([
      ['The convoy crossed at dawn', 'freedonia-state-bureau', 'freedonia'],
    ]);
  });

  it('reads a trailing report before words of the writer’s own, or a setting after the audience, as reporting what comes before', () => {
    const appositive = statements(['The port will reopen in May, Berg suggested, a change from February, when it was to stay shut.']);
    expect(appositive.map((m) => [m.speaker.actor, m.reported])).toEqual([['anna-berg', 'The port will reopen in May']]);
    const briefing = statements(['The number of dead was at least 600, Tomas Ruhl told reporters after a briefing from the agency.']);
    expect(briefing.map((m) => [m.speaker.actor, m.reported])).toEqual([['tomas-ruhl', 'The number of dead was at least 600']]);
    // At the start of a sentence, the words after the comma are the report.
    expect(statements(['Berg said, the troops have left.']).map((m) => m.reported)).toEqual(['the troops have left']);
  });

  it('reads a report or an announcement as a speaker, and its issuer when it names one', () => {
    const report = statements(['About 15,000 workers will be sent to Sylvania, the State Bureau report said.']);
    expect(report.map((m) => [m.speaker.actor, m.government, m.reported])).toEqual([['freedonia-state-bureau', 'freedonia', 'About 15,000 workers will be sent to Sylvania']]);
    const announcement = statements(['Demining has begun in the port, according to an announcement from the Sylvanian government on November 14.']);
    expect(announcement.map((m) => [m.government, m.reported])).toEqual([['sylvania', 'Demining has begun in the port']]);
    // "the report" alone names no issuer: it is no one's government.
    expect(statements(['No damage was reported, the report said.']).map((m) => m.government)).toEqual([null]);
  });

  it('reads "claims", "insists", "maintains" as speech only before a clause of their own', () => {
    const claims = statements(['The Sylvanian defence ministry claims Sylvanian instructors taught them to handle “the latest mines.”']);
    expect(claims.map((m) => [m.government, m.verb, m.quote])).toEqual([['sylvania', 'claims', 'the latest mines.']]);
    expect(statements(['Berg maintains the port is closed.']).map((m) => m.reported)).toEqual(['the port is closed']);
    expect(statements(['Berg maintains the port.'])).toEqual([]);
    expect(statements(['Sylvania insists on a deal.'])).toEqual([]);
  });

  it('reads a phrase after an opening preposition as where or when, not as the speaker of a left-out subject', () => {
    const mentions = statements(['In his report to Ruhl, Berg praised the crews, noting they had shown “professionalism and coherence.”']);
    expect(mentions.map((m) => [m.speaker.actor, m.quote])).toEqual([['anna-berg', 'professionalism and coherence.']]);
  });

  it('reads "…, X was quoted as saying by Y" as X’s words before it, not "by Y"', () => {
    const mentions = statements(['The missiles directly hit the ship, causing a fire on it, Ruhl was quoted as saying by the Courier.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['tomas-ruhl', 'The missiles directly hit the ship, causing a fire on it']]);
  });

  it('reads a mid-sentence "according to X," before words of the writer’s own as reporting what comes before', () => {
    const mentions = statements(['The crews shot down 14 drones on Saturday, according to the Defence Ministry, the latest incident involving the fleet.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['freedonia-defence-ministry', 'The crews shot down 14 drones on Saturday']]);
    // At the start it reports what follows.
    expect(statements(['According to the Defence Ministry, the crews shot down 14 drones.']).map((m) => m.reported)).toEqual(['the crews shot down 14 drones']);
  });

  it('reads "according to official figures" and "officials familiar with the matter" whole, and what comes before them', () => {
    const figures = statements(['More than 900 people have fled the port, according to official figures, after Sylvania took control of it.']);
    expect(figures.map((m) => [m.speaker.description, m.reported])).toEqual([['official figures', 'More than 900 people have fled the port']]);
    const familiar = statements(['The port was closed, according to Sylvanian officials familiar with the matter.']);
    expect(familiar.map((m) => [m.speaker.description, m.government, m.reported])).toEqual([['Sylvanian officials familiar with the matter', 'sylvania', 'The port was closed']]);
    const estimates = statements(['The port was closed, according to official estimates of the bureau.']);
    expect(estimates.map((m) => [m.speaker.description, m.reported])).toEqual([['official estimates of the bureau', 'The port was closed']]);
    const assessments = statements(['According to Freedonian assessments, Sylvania has sent around 900 sailors since last year.']);
    expect(assessments.map((m) => [m.speaker.description, m.government, m.reported])).toEqual([['Freedonian assessments', 'freedonia', 'Sylvania has sent around 900 sailors since last year']]);
    // A record that is someone's: its agent speaks, and a trailing phrase reports what comes before it.
    const interviews = statements(['The port fell last week, according to interviews with Sylvanian sailors and officials familiar with the battles.']);
    expect(interviews.map((m) => [m.speaker.description, m.reported])).toEqual([['Sylvanian sailors', 'The port fell last week']]);
    const information = statements(['According to information confirmed by the State Bureau, two sailors were left off the list.']);
    expect(information.map((m) => [m.speaker.actor, m.reported])).toEqual([['freedonia-state-bureau', 'two sailors were left off the list']]);
    const figuresFrom = statements(['At least 200 sailors were wounded, according to the latest figures from the State Bureau.']);
    expect(figuresFrom.map((m) => [m.speaker.actor, m.reported])).toEqual([['freedonia-state-bureau', 'At least 200 sailors were wounded']]);
    const accountOf = statements(['According to the latest account of the State Bureau, at least 200 sailors were wounded.']);
    expect(accountOf.map((m) => [m.speaker.actor, m.reported])).toEqual([['freedonia-state-bureau', 'at least 200 sailors were wounded']]);
    // Words of the writer's own after the source leave the report before it; a report that opens a
    // clause of its own after "and" reports what follows it.
    expect(statements(['The port closed, according to the State Bureau, the latest closure of its kind.']).map((m) => m.reported)).toEqual(['The port closed']);
    expect(statements(['The port closed, and according to the State Bureau, the boats left.']).map((m) => m.reported)).toEqual(['the boats left']);
    // So does one right after a subordinating word: what the source says is the clause that word opens.
    expect(statements(['This happened after, according to some sources, the boats left the port.']).map((m) => m.reported)).toEqual(['the boats left the port']);
    // A phrase cut short by a noun it does not know ("official boats") names no one.
    expect(statements(['The port was closed, according to official boats.'])).toEqual([]);
  });

  it('reads a trailing "according to" after another speaker as the channel relaying the whole report', () => {
    const mentions = statements(['Ruhl pledged to keep the border open, according to the Courier.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported, m.relays ?? false])).toEqual([
      ['tomas-ruhl', 'pledged', 'to keep the border open', false],
      ['daily-courier', 'according to', 'Ruhl pledged to keep the border open', true],
    ]);
  });

  it('reads an opening "According to X," before another speaker as the channel; a quotation and its speaker it only carries', () => {
    const opening = statements(['According to the Courier, Berg also announced that a monument would be erected in the capital.']);
    expect(opening.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['anna-berg', 'announced', 'that a monument would be erected in the capital'],
      ['daily-courier', 'According to', 'Berg also announced that a monument would be erected in the capital'],
    ]);
    const quoted = statements(['“Fredonburg and Marsh City will always be together,” said Berg, according to the Courier.']);
    // The Courier carries Berg's words and says nothing of its own (corpus README, thirty-seventh batch).
    expect(quoted.map((m) => [m.kind, m.speaker.actor, m.quote ?? m.reported])).toEqual([['quote', 'anna-berg', 'Fredonburg and Marsh City will always be together']]);
  });

  it('reads a trailing "X said" over another’s report as its channel: the quote stays the speaker’s', () => {
    const lauded = statements(['Berg lauded the “heroic” sailors who fought in the port, in a ceremony for the crews, the Courier said on Friday.']);
    expect(lauded.map((m) => [m.kind, m.speaker.actor, m.verb, m.quote ?? m.reported])).toEqual([
      ['quote', 'anna-berg', 'lauded', 'heroic'],
      ['reported', 'daily-courier', 'said', 'Berg lauded the “heroic” sailors who fought in the port, in a ceremony for the crews'],
    ]);
    // Each speaker of their own words: no channel.
    const two = statements(['The port is closed, Berg said, and the ships left, Ruhl said.']);
    expect(two.map((m) => [m.speaker.actor, m.relays ?? false])).toEqual([
      ['anna-berg', false],
      ['tomas-ruhl', false],
    ]);
  });

  it('reads "said during a reception, the Courier reported" as where it was said, before a channel', () => {
    const mentions = statements(['Sylvania plans to name streets after the sailors, Tomas Ruhl said during a reception at the embassy, the Courier reported.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([
      ['tomas-ruhl', 'Sylvania plans to name streets after the sailors'],
      ['daily-courier', 'Sylvania plans to name streets after the sailors, Tomas Ruhl said during a reception at the embassy'],
    ]);
  });

  it('reads ", as reported by X" as "according to X": a channel, with the verb "reported"', () => {
    const mentions = statements(['Freedonia confirmed Monday that it deployed sailors to the port, as reported by the Courier.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['freedonia', 'confirmed', 'that it deployed sailors to the port'],
      ['daily-courier', 'reported', 'Freedonia confirmed Monday that it deployed sailors to the port'],
    ]);
  });

  it('reads ", as confirmed by X", ", as announced by X" like ", as reported by X": a channel with its verb', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['The envoy’s visit to the port on Monday is focused on trade, as confirmed by the Courier.', [['daily-courier', 'confirmed', 'The envoy’s visit to the port on Monday is focused on trade']]],
      ['The boats will leave the port on Friday, as announced by Freedonia.', [['freedonia', 'announced', 'The boats will leave the port on Friday']]],
      // Not a channel: no "by", or "as" compares ("as confirmed in the report"), or the words correct the report.
      ['The boats left the port as confirmed in the report.', []],
      ['The boats did not leave the port as confirmed by Freedonia earlier.', []],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('reads a participle after "X issued a statement" as X’s, and a second participle joined to it by "and"', () => {
    const text = 'Sylvania issued a joint statement on Monday reiterating a call for an end to the attacks and warning Fredonburg of consequences unless it halts them.';
    expect(statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['sylvania', 'reiterating', 'a call for an end to the attacks'],
      ['sylvania', 'warning', 'Fredonburg of consequences unless it halts them'],
    ]);
    expect(statements(['The bureau sent a letter to the Courier denying the report.'])).toEqual([]);
  });

  it('reads a participle after "sent out (another) distress call" as the sender’s report', () => {
    const cases: [string, [string | null, string | null | undefined][]][] = [
      ['Hours later, the Arrow sent out another distress call reporting that it was under attack by four small boats.', [['the Arrow', 'that it was under attack by four small boats']]],
      ['Berg sent out a statement saying the port was closed.', [['Anna Berg', 'the port was closed']]],
      // Answering someone's call is no message of one's own.
      ['The Arrow answered a distress call reporting a fire.', []],
    ];
    for (const [text, expected] of cases) expect(statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.reported]), text).toEqual(expected);
  });

  it('reads a participle after a comma as the subject’s when an acronym in parentheses follows the subject’s name', () => {
    const cases: Array<[string, Array<[string | null, string]>]> = [
      ['The State Bureau (SB) issued a statement later in the day, noting that the boats had left.', [['freedonia-state-bureau', 'noting']]],
      ['The State Bureau (SB) closed the port on Monday, saying the boats had left.', [['freedonia-state-bureau', 'saying']]],
      ['The Northern Council (NC) met on Monday, adding that the talks would go on.', [['northern-council', 'adding']]],
    ];
    for (const [text, expected] of cases) expect([text, statements([text]).map((m) => [m.speaker.actor, m.verb])]).toEqual([text, expected]);
    // No speaker before the acronym: the participle stays no one's.
    expect(statements(['Heavy rain (HR) fell on Monday, saying the boats had left.']).map((m) => m.speaker.actor)).toEqual([null]);
  });

  it('credits a group named with one of its members to the group, for no one government', () => {
    const [said] = statements(['Twelve nations led by Freedonia said on Wednesday that the attacks must end.']);
    expect([said?.speaker, said?.government]).toEqual([{ name: null, description: 'Twelve nations led by Freedonia', actor: null }, null]);
    expect(statements(['A coalition including Freedonia said on Wednesday that the attacks must end.']).map((m) => m.government)).not.toContain('freedonia');
  });

  it('reads a speech act named by its noun as the verb: "offered the Bureau’s assessment that …", "gave a warning that …"', () => {
    const offered = statements(['Anna Berg offered the Bureau’s assessment that Freedonia moved the sailors to the port by ship.']);
    expect(offered.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([['anna-berg', 'offered the Bureau’s assessment', 'that Freedonia moved the sailors to the port by ship']]);
    expect(statements(['Ruhl gave a warning that the port would close.']).map((m) => m.verb)).toEqual(['gave a warning']);
    // A noun with no clause of its own reports nothing.
    expect(statements(['Ruhl gave a warning to the crews.'])).toEqual([]);
  });

  it('reads a channel after where the words were said as relaying them: "…, Berg said in an interview with the Courier, Radio Marsh reports."', () => {
    const mentions = statements(['Freedonia will allow observers in, Anna Berg said in an interview with the Courier, Radio Marsh reports.']);
    expect(mentions.map((m) => [m.speaker.actor ?? m.speaker.description, m.reported, m.relays ?? false])).toEqual([
      ['anna-berg', 'Freedonia will allow observers in', false],
      ['Radio Marsh', 'Freedonia will allow observers in, Anna Berg said in an interview with the Courier', true],
    ]);
  });

  it('reads "told the Courier’s Washington correspondent during a briefing" after the words as whom and where, not what was said', () => {
    const text = 'Tomas Ruhl spoke with Anna Berg today to underscore “the urgency of calm,” spokesperson Max Ober told the Courier’s Washington correspondent during a daily briefing.';
    expect(statements([text]).map((m) => [m.kind, m.quote, m.reported])).toEqual([
      ['quote', 'the urgency of calm', 'Tomas Ruhl spoke with Anna Berg today to underscore “the urgency of calm,”'],
    ]);
  });

  it('reads hearsay in the passive ("reported to be", "said to have") as nobody’s statement', () => {
    const text = 'The blast killed 20 sailors, local authorities say. Nearly 300 were admitted to hospitals, with dozens of them reported to be in a critical condition.';
    expect(statements([text]).map((m) => m.reported)).toEqual(['The blast killed 20 sailors']);
    expect(statements(['The sailor is said to have left the port.'])).toEqual([]);
  });

  it('reads a name after the verb that a relative clause describes as the subject of what was said', () => {
    const text = 'In June, Ruhl said Freedonia, which has helped Sylvania in its war, will send thousands of workers to rebuild the port.';
    expect(statements([text]).map((m) => [m.speaker.actor, m.reported])).toEqual([
      ['tomas-ruhl', 'Freedonia, which has helped Sylvania in its war, will send thousands of workers to rebuild the port'],
    ]);
  });

  it('reads "officials claim the forces left …" as a report, and "their claims that …" as the noun', () => {
    expect(statements(['Freedonian officials claim Sylvanian forces left large numbers of mines while withdrawing.']).map((m) => [m.government, m.verb, m.reported])).toEqual([
      ['freedonia', 'claim', 'Sylvanian forces left large numbers of mines while withdrawing'],
    ]);
    expect(statements(['Their claims that the port was closed were false.'])).toEqual([]);
    expect(statements(['The Courier’s claim that the port was closed was denied.'])).toEqual([]);
    expect(statements(['Its reports that the port was closed were denied.'])).toEqual([]);
  });

  it('ends what a verb in a relative clause reports at the comma that closes the clause', () => {
    const text = 'The Sylvanian government, which had denounced the dispatch of 900 sailors before the official confirmation, condemned Freedonia’s deployment in the port on Monday.';
    expect(statements([text]).map((m) => [m.verb, m.reported])).toEqual([
      ['denounced', 'the dispatch of 900 sailors before the official confirmation'],
      ['condemned', 'Freedonia’s deployment in the port on Monday'],
    ]);
  });

  it('reads "This was reported by X." as X’s report of the sentence before it', () => {
    const mentions = statements(['Freedonia intends to send 3,000 more sailors to the port. This was reported by the Courier, citing Sylvanian officials.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported, m.evidence])).toEqual([
      [
        'daily-courier',
        'reported',
        'Freedonia intends to send 3,000 more sailors to the port',
        'Freedonia intends to send 3,000 more sailors to the port. This was reported by the Courier, citing Sylvanian officials.',
      ],
    ]);
    expect(mentions[0]?.relays).toBeUndefined();
    // "It was reported by X that …" has a clause of its own; a question before reports nothing.
    expect(statements(['It was reported by the Courier that the port was closed.']).filter((m) => m.verb === 'reported' && m.reported?.startsWith('It'))).toEqual([]);
    expect(statements(['Will Freedonia send more sailors to the port? This was asked by the Courier.'])).toEqual([]);
  });

  it.each([
    ['Sylvania confirmed that it had sent 900 sailors to the port, framing the move as a sign of its alliance with Freedonia.', 'framing', 'the move as a sign of its alliance with Freedonia'],
    ['Anna Berg announced the strikes, portraying them as self-defence.', 'portraying', 'them as self-defence'],
    ['The State Bureau confirmed the strikes, characterizing the targets as military sites.', 'characterizing', 'the targets as military sites'],
  ])('reads the participle of "%s" as the speaker’s characterisation', (text, verb, reported) => {
    expect(statements([text]).filter((m) => m.verb === verb).map((m) => m.reported)).toEqual([reported]);
  });

  it.each([
    'Anna Berg said the boats had left, framing the windows of the port office by hand.',
    'The carpenters finished the house, framing the windows as planned.',
    'The State Bureau confirmed the strikes, portraying as well the damage to the port.',
  ])('reads no characterisation in "%s"', (text) => {
    expect(statements([text]).filter((m) => /^(?:framing|portraying)$/.test(m.verb ?? ''))).toEqual([]);
  });

  it.each([
    'This was stated on September 19 by the Courier.',
    'This was reported on Tuesday by the Courier.',
    'This was announced on 3 May, 2024 by the Courier.',
    'This was said yesterday by the Courier.',
  ])('reads "%s", the day between verb and agent, as the Courier’s report of the sentence before it', (credit) => {
    const mentions = statements([`Freedonia will send 3,000 more sailors to the port. ${credit}`]);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['daily-courier', 'Freedonia will send 3,000 more sailors to the port']]);
  });

  it.each([
    // A statement in which it was said is a document of its own, not the day of the sentence before.
    'This was said in a statement issued by the Courier.',
    // "reported on" is an act of covering a story, not a day.
    'This was reported on by the Courier.',
  ])('does not read "%s" as crediting the sentence before', (credit) => {
    const mentions = statements([`Freedonia will send 3,000 more sailors to the port. ${credit}`]);
    expect(mentions.filter((m) => m.reported === 'Freedonia will send 3,000 more sailors to the port')).toEqual([]);
  });

  it('reads "This is reported by X." on a paragraph of its own as X relaying the paragraph before, citing both', () => {
    const mentions = statements(['The State Bureau confirmed that the sailors had left Fredonburg.', 'This is reported by the Daily Courier.']);
    expect(mentions.map((m) => [m.paragraph, m.speaker.actor, m.reported, m.relays ?? false, m.creditedIn ?? null])).toEqual([
      [1, 'freedonia-state-bureau', 'that the sailors had left Fredonburg', false, null],
      [1, 'daily-courier', 'The State Bureau confirmed that the sailors had left Fredonburg', true, { paragraph: 2, evidence: 'This is reported by the Daily Courier.' }],
    ]);
  });

  it('reads "X has recorded N …" as X’s report of a count, and a participle after a noun as none', () => {
    const recorded = statements(['The State Bureau has recorded over 900 refugees from Sylvania in Freedonia.']);
    expect(recorded.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([['freedonia-state-bureau', 'recorded', 'over 900 refugees from Sylvania in Freedonia']]);
    expect(statements(['The deaths recorded in the port rose to 40.'])).toEqual([]);
  });

  it('does not credit X with a clause that corrects what X reported: "was not flagged as reported by X"', () => {
    const mentions = statements(['The tanker was not Freedonian-flagged as reported by the State Bureau earlier, but owned by Sylvania, the navy clarified.']);
    expect(mentions.map((m) => [m.speaker.description, m.verb, m.reported])).toEqual([
      ['the navy', 'clarified', 'The tanker was not Freedonian-flagged as reported by the State Bureau earlier, but owned by Sylvania'],
    ]);
  });

  it('reads "as X said" with a clause of its own as a report, and a number with a comma as one word', () => {
    const mentions = statements(['It comes as the Defence Ministry said 19,000 refugees had crossed into the country.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['freedonia-defence-ministry', '19,000 refugees had crossed into the country']]);
    // An aside still carries no words of its own.
    expect(statements(['The port is closed, as Berg said on Tuesday.']).map((m) => m.reported)).toEqual([]);
    expect(statements(['The port is closed, as Berg has said repeatedly since the strikes began.']).map((m) => m.reported)).toEqual([]);
  });

  it('reads "…, a claim denied by X" as X denying the words reported before it', () => {
    const mentions = statements([
      'Sylvania reported new strikes on the port, a claim denied by Freedonia and its allies.',
      'The tanker was hit by a missile, the State Bureau said, claims rejected by Sylvania.',
    ]);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['sylvania', 'reported', 'new strikes on the port'],
      ['freedonia', 'denied', 'new strikes on the port'],
      ['freedonia-state-bureau', 'said', 'The tanker was hit by a missile'],
      ['sylvania', 'rejected', 'The tanker was hit by a missile'],
    ]);
    // A passive with no claim named reports nothing.
    expect(statements(['The port, which was attacked by Sylvania, is closed.'])).toEqual([]);
  });

  it('reads "X claimed that P, a claim denied by Y" as Y denying P, the denial no part of X’s claim', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('Sylvania claimed that its boats had retaken the port, a claim denied by Freedonia.')).toEqual([
      ['sylvania', 'claimed', 'that its boats had retaken the port'],
      ['freedonia', 'denied', 'that its boats had retaken the port'],
    ]);
    expect(read('Berg said that the talks had failed, a claim rejected by Sylvania.')).toEqual([
      ['anna-berg', 'said', 'that the talks had failed'],
      ['sylvania', 'rejected', 'that the talks had failed'],
    ]);
    // A report nested in the "that" clause stays inside it.
    expect(read('Berg said that Ruhl claimed the talks had failed.')).toEqual([['anna-berg', 'said', 'that Ruhl claimed the talks had failed']]);
  });

  it('reads "…, the Courier reports citing the Bureau." as the Courier’s report of what comes before, not of the source it cites', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    const cases: [string, string][] = [
      ['The port was closed on Monday, the Courier reports citing the State Bureau.', 'reports'],
      ['The port was closed on Monday, the Courier reports, citing the State Bureau.', 'reports'],
      ['The port was closed on Monday, the Courier reported citing the State Bureau.', 'reported'],
      ['The port was closed on Monday, the Courier reports quoting Marsh-News.fr.', 'reports'],
    ];
    for (const [text, verb] of cases) expect(read(text)).toEqual([['daily-courier', verb, 'The port was closed on Monday']]);
    // What a verb says after its source, or a source with words of its own after it, is still after the verb.
    expect(read('The Courier reported, citing the State Bureau, that the port was closed.')).toEqual([['daily-courier', 'reported', 'that the port was closed']]);
    expect(read('The port was closed on Monday, the Courier reports citing the State Bureau, which runs it.')).toEqual([]);
  });

  it('reads "…, the Courier reports." as the Courier’s report, and a second channel after a report as relaying it', () => {
    expect(statements(['The port was closed on Monday, the Courier reports.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['daily-courier', 'reports', 'The port was closed on Monday'],
    ]);
    const chain = statements(['About 600 sailors have died, the Defence Ministry told lawmakers, the Courier reports, Radio Marsh writes.']);
    expect(chain.map((m) => [m.speaker.description || m.speaker.name, m.relays ?? false, m.reported])).toEqual([
      ['the Defence Ministry', false, 'About 600 sailors have died'],
      ['the Courier', true, 'About 600 sailors have died, the Defence Ministry told lawmakers'],
      ['Radio Marsh', true, 'About 600 sailors have died, the Defence Ministry told lawmakers, the Courier reports'],
    ]);
    // "According to X, Y stated …" opens with its channel; Y's words follow.
    const opening = statements(['According to Ruhl, another source stated that the port was closed.']);
    expect(opening.map((m) => [m.speaker.description || m.speaker.name, m.relays ?? false])).toEqual([
      ['another source', false],
      ['Tomas Ruhl', true],
    ]);
  });

  it('reads "reported that …" after another report as a report of its own, not as its channel', () => {
    const mentions = statements(['While Sylvania has not disclosed the number, Freedonian officials reported that Sylvania sent 10,000 troops.']);
    // The officials' words are theirs, so the denial before them does not become theirs.
    expect(mentions.map((m) => [m.speaker.description || m.speaker.name, m.verb, m.relays ?? false, m.reported])).toEqual([
      ['Sylvania', 'disclosed', false, 'the number'],
      ['Freedonian officials', 'reported', false, 'that Sylvania sent 10,000 troops'],
    ]);
    // A channel that only adds a word of its own after a comma still relays.
    expect(statements(['Berg said the port was closed, the Courier reported, adding that ships had left.']).find((m) => m.verb === 'reported')?.relays).toBe(true);
  });

  it('relays nothing when the channel is the speaker, or when no one else speaks', () => {
    expect(statements(['According to the Courier, the Courier said the port was closed.']).filter((m) => m.relays)).toEqual([]);
    expect(statements(['The port was closed on Monday, according to the Courier.']).map((m) => [m.speaker.actor, m.relays ?? false])).toEqual([['daily-courier', false]]);
  });

  it('goes on with the speaker, not the channel, in the next sentence', () => {
    const mentions = statements(['Berg said the port was closed, the Courier reported. “We will reopen it,” she said.']);
    expect(mentions.map((m) => [m.speaker.actor, m.relays ?? false])).toEqual([
      ['anna-berg', false],
      ['daily-courier', true],
      ['anna-berg', false],
    ]);
  });
});

describe('reported speech: appositives, parentheticals and left-out subjects', () => {
  it('reads NAME, APPOSITIVE, VERB', () => {
    const mentions = statements(['Anna Berg, the bureau’s deputy spokesperson, said the talks would resume.']);
    expect(who(mentions)).toEqual([
      {
        speaker: { name: 'Anna Berg', description: 'the bureau’s deputy spokesperson', actor: 'anna-berg' },
        government: 'freedonia',
        resolvedBy: 'explicit',
      },
    ]);
  });

  it('reads the speaker before a parenthetical that ends on a quotation, not the words after the verb', () => {
    const read = (text: string) => statements([text]).map((m) => [m.kind, m.speaker.actor, m.government, m.quote ?? m.reported]);
    // Not "“…,” said Sylvania": the quotation closes an aside about Ruhl, who says what follows.
    // The aside's term is Ruhl's own word for the strikes, quoted.
    expect(read('Ruhl, who has called the strikes "reckless", said Sylvania would respond.')).toEqual([
      ['quote', 'tomas-ruhl', 'sylvania', 'reckless'],
      ['reported', 'tomas-ruhl', 'sylvania', 'Sylvania would respond'],
    ]);
    expect(read('Ruhl, who called the strikes "reckless", said the boats would stay.')).toEqual([
      ['reported', 'tomas-ruhl', 'sylvania', 'the boats would stay'],
      ['quote', 'tomas-ruhl', 'sylvania', 'reckless'],
    ]);
    // A participle in the aside is a report of its own, which does not end the report after the verb.
    expect(read('Berg, calling the attack "reckless", said Freedonia would respond.')).toEqual([
      ['quote', 'anna-berg', 'freedonia', 'reckless'],
      ['reported', 'anna-berg', 'freedonia', 'Freedonia would respond'],
    ]);
  });

  it('reads a document named before what it is about as the speaker: "the ministry’s update on the war says"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.government, m.reported]);
    expect(read('The Defence Ministry’s latest update on the war says that a third of the crews had left.')).toEqual([
      ['freedonia-defence-ministry', 'freedonia', 'that a third of the crews had left'],
    ]);
    expect(read('The Defence Ministry’s latest update on the war, which began a year ago, says that a third of the crews had left.')).toEqual([
      ['freedonia-defence-ministry', 'freedonia', 'that a third of the crews had left'],
    ]);
    // The war, the talks, the crews: a topic that is no document stays no speaker.
    expect(read('The end of the war says little about the crews.')).toEqual([]);
  });

  it('drops a parenthetical between speaker and verb', () => {
    const mentions = statements(['Sylvanian officials, speaking on condition of anonymity, say the convoy turned back.']);
    expect(mentions.map((m) => [m.speaker.description, m.government, m.verb, m.reported])).toEqual([
      ['Sylvanian officials', 'sylvania', 'say', 'the convoy turned back'],
    ]);
  });

  it('reads past a tail that says how the speaker spoke, and reports nothing of "asked not to be named"', () => {
    const mentions = statements([
      'A Sylvanian official speaking on condition of anonymity said the convoy turned back.',
      'Two officials who asked not to be named said the port was closed.',
    ]);
    expect(mentions.map((m) => [m.speaker.description, m.government, m.verb, m.reported])).toEqual([
      ['A Sylvanian official', 'sylvania', 'said', 'the convoy turned back'],
      ['Two officials', null, 'said', 'the port was closed'],
    ]);
  });

  it('gives "… and was heard saying: “…”" to the sentence subject, named by its parenthetical', () => {
    const mentions = statements(['One of the sailors, a 26-year-old cook identified only by his surname Ober, is injured and was heard saying: “I want to go home.”']);
    expect(mentions.map((m) => [m.kind, m.verb, m.speaker.actor])).toEqual([['quote', 'saying', 'max-ober']]);
  });

  it('takes the name a parenthetical gives the speaker it describes, and keeps it for "he"', () => {
    const mentions = statements([
      'One of the sailors, captured by Sylvanian forces and identified only by his surname Ober, told the Courier that he had been sent to the port.',
      'He added that he wanted to stay in Freedonia.',
    ]);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.description, m.speaker.actor, m.government])).toEqual([
      ['Max Ober', 'One of the sailors', 'max-ober', null],
      ['Max Ober', 'One of the sailors', 'max-ober', null],
    ]);
    const them = statements(['One of them, who gave his name as Karl Weiss, said the port was closed.']);
    expect(them.map((m) => [m.speaker.name, m.speaker.description])).toEqual([['Karl Weiss', 'One of them']]);
  });

  it('takes the name an opening gives the subject: "Identified only by his surname, Ober, the sniper told …"', () => {
    const mentions = statements(['Identified only by his surname, Ober, the sniper told the Courier that he had been sent to the port.', 'He added that he wanted to stay.']);
    expect(mentions.map((m) => [m.speaker.name, m.speaker.description, m.speaker.actor])).toEqual([
      ['Max Ober', 'the sniper', 'max-ober'],
      ['Max Ober', 'the sniper', 'max-ober'],
    ]);
    // An opening that names something else gives no name.
    const [other] = statements(['Known for its harbour, the Sylvanian port authority said the boats had left.']);
    expect(other?.speaker.name).toBeNull();
  });

  it('finds the sentence subject after a dateline or a long opening adverbial', () => {
    const mentions = statements([
      'FREDONBURG — Tomas Ruhl on Wednesday thanked the crews for their help, saying they fought well.',
      'In a meeting with Berg in the capital, Ruhl also praised the crews and said that the drills were over.',
    ]);
    expect(mentions.map((m) => [m.speaker.actor, m.verb])).toEqual([
      ['tomas-ruhl', 'saying'],
      ['tomas-ruhl', 'said'],
    ]);
  });

  it('takes the sentence subject for "…, but stressed that …"', () => {
    const mentions = statements(['Tomas Ruhl visited the border on Monday but stressed that no decision had been made.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['tomas-ruhl', 'stressed', 'that no decision had been made'],
    ]);
  });

  it('takes a named sentence subject with its description between commas for "… and said …"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['Tomas Ruhl, the Sylvanian defence minister, visited the crews in the port and said they showed “great skill”.', [['tomas-ruhl', 'said', 'they showed “great skill”']]],
      ['On Monday, Tomas Ruhl, the minister, met the envoy and said the talks were useful.', [['tomas-ruhl', 'said', 'the talks were useful']]],
      // A list of names is no described subject: nobody is guessed.
      ['Freedonia, Sylvania and the Council, the three parties, agreed on a plan and said it would work.', [['', 'said', 'it would work']]],
    ];
    for (const [text, expected] of cases) expect(read(text), text).toEqual(expected);
  });

  it('ends a sentence subject at its verb: "The rebel group backs Sylvania … and has said" is the group’s', () => {
    const mentions = statements(['The rebel group backs Sylvania in the war and has said that its boats are targeting the port.']);
    expect(mentions.map((m) => [m.speaker.description, m.government])).toEqual([['The rebel group', null]]);
  });

  it('gives a pronoun inside the clause to the sentence subject it fits, not to the last speaker', () => {
    const mentions = statements([
      'Tomas Ruhl said on Thursday that the boats had left.',
      'The Freedonian Defence Ministry, which runs the port, has been closing berths in a campaign it says is about safety.',
      'The boats were old, he said.',
    ]);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([
      ['tomas-ruhl', 'that the boats had left'],
      ['freedonia-defence-ministry', 'is about safety'],
      ['tomas-ruhl', 'The boats were old'],
    ]);
  });

  it('finds a report negated with an adverb, or told with "until", as the speaker’s', () => {
    const mentions = statements(['Freedonia did not officially confirm that it had sent boats.', 'Sylvania did not confirm until late April that it had sent boats.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['freedonia', 'confirm', 'that it had sent boats'],
      ['sylvania', 'confirm', 'that it had sent boats'],
    ]);
  });

  it('reads "alleged" before a noun after "and", "the", "of" as an adjective, not a report', () => {
    const mentions = statements(['Freedonia detained the mayor "on suspicion of piracy" and alleged war crimes, the prosecutor general and security service said.']);
    expect(mentions.map((m) => m.verb)).toEqual(['said']);
    expect(statements(['Freedonia alleged war crimes in the port.']).map((m) => m.verb)).toEqual(['alleged']);
  });

  it('gives no one the words of "X’s sailors …, describing it as …": a possessive is not the subject', () => {
    const mentions = statements(['In the images, Tomas Ruhl’s divers salute the flag, describing it as a sign of their readiness "to carry out any order."']);
    expect(mentions.map((m) => m.speaker.name)).not.toContain('Tomas Ruhl');
  });

  it('takes the previous speaker for ", adding that …"', () => {
    const mentions = statements(['The Defence Ministry said the convoy had turned back, adding that talks would continue.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['freedonia-defence-ministry', 'said', 'the convoy had turned back'],
      ['freedonia-defence-ministry', 'adding', 'that talks would continue'],
    ]);
  });

  it('goes on with the speaker for "… and said, …" and ", saying, …", and reports the words before them once', () => {
    const said = statements(['Berg strongly condemned the raids and said, the Freedonians “will not hesitate to strike back.”']);
    expect(said.map((m) => [m.speaker.actor, m.verb, m.quote ?? m.reported])).toEqual([
      ['anna-berg', 'condemned', 'the raids'],
      ['anna-berg', 'said', 'will not hesitate to strike back.'],
    ]);
    const saying = statements(['Berg reiterated the bureau’s stance, in support of the crews, saying, the raids “will not deter us.”']);
    expect(saying.map((m) => [m.verb, m.quote ?? m.reported])).toEqual([
      ['reiterated', 'the bureau’s stance, in support of the crews'],
      ['saying', 'will not deter us.'],
    ]);
  });

  it('reads a speaker with a qualifying tail: "officials familiar with the matter"', () => {
    const mentions = statements(['Two Sylvanian officials familiar with the matter said the convoy had left.']);
    expect(mentions.map((m) => [m.speaker.description, m.government, m.reported])).toEqual([
      ['Two Sylvanian officials familiar with the matter', 'sylvania', 'the convoy had left'],
    ]);
  });

  it('reports the whole sentence when the attribution interrupts it: "The move, X said, was …"', () => {
    const mentions = statements(['The move, Berg said, was a mistake.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['anna-berg', 'The move, Berg said, was a mistake']]);
  });

  it('reads "X, which says …" as X’s report, the noun phrase from its article', () => {
    const mentions = statements(['No one wants to test the Sylvanian navy, which says it is guarding the islanders.']);
    expect(mentions.map((m) => [m.speaker.description, m.government, m.reported])).toEqual([['the Sylvanian navy', 'sylvania', 'it is guarding the islanders']]);
    // "N, which X said P", like "N that X said P": X's report of the predicate.
    expect(statements(['The reports, which Sylvania said were false, spread.']).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([['sylvania', 'said', 'were false']]);
  });

  it('reads "…, a move that X reported was …" closing a report as X’s report of its predicate, not X relaying the sentence', () => {
    const cases: [string, (string | null)[][]][] = [
      // An outlet's verb in the relative clause: no channel of the report before it.
      [
        'Sylvania has long stated that Freedonia sent boats to the port, a move that the Courier reported was in line with a treaty.',
        [
          ['sylvania', 'stated', 'that Freedonia sent boats to the port, a move'],
          ['daily-courier', 'reported', 'was in line with a treaty'],
        ],
      ],
      // After a bare clause, and with "said": as before.
      ['Sylvania said Freedonia sent boats, a move that Berg said was illegal.', [['sylvania', 'said', 'Freedonia sent boats, a move'], ['anna-berg', 'said', 'was illegal']]],
      // A trailing outlet with no relative pronoun still relays the whole report.
      [
        'Sylvania stated that Freedonia sent boats to the port, the Courier reported.',
        [
          ['sylvania', 'stated', 'that Freedonia sent boats to the port'],
          ['daily-courier', 'reported', 'Sylvania stated that Freedonia sent boats to the port'],
        ],
      ],
      // A relative clause inside the report, with the report going on after it, stays inside it.
      ['Berg said that the ships, which the Courier reported were Sylvanian, had left the port.', [['anna-berg', 'said', 'that the ships, which the Courier reported were Sylvanian, had left the port']]],
    ];
    for (const [text, expected] of cases) expect([text, speakerVerbWords(text).filter(([, verb]) => verb !== null)]).toEqual([text, expected]);
  });

  it('reads "people at a place, who say …" as the people’s report, not the place’s', () => {
    const credit = (text: string) => statements([text]).map((m) => [m.speaker.description, m.government]);
    // "who" is a person: the people the place or body after them is of speak, for no government.
    expect(credit('State television aired interviews with workers at a Fredonburg factory, who said they were proud of the sailors.')).toEqual([['workers at a Fredonburg factory', null]]);
    expect(credit('The reporter met two soldiers from the Sylvanian army, who said the boats had left.')).toEqual([['two soldiers from the Sylvanian army', null]]);
    // A verb before the people is not theirs; officials of a side's embassy still speak for it.
    expect(credit('The Courier spoke to officials at the Sylvanian embassy, who said the boats had left.')).toEqual([['officials at the Sylvanian embassy', 'sylvania']]);
    // "which" is a thing: the body itself; and "of" keeps its holder as before.
    expect(credit('Reporters watched a drill by the Sylvanian navy, which says the boats had left.')).toEqual([['the Sylvanian navy', 'sylvania']]);
    expect(credit('He met the leader of the Sylvanian navy, who said the boats had left.')).toEqual([['the leader of the Sylvanian navy', 'sylvania']]);
  });

  it('reads "N that X said P" as X’s report of the predicate P', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('A drone hit the tanker in an attack that Freedonian officials said originated from Sylvanian waters.')).toEqual([[null, 'said', 'originated from Sylvanian waters']]);
    expect(read('The Courier aired footage that it said showed Sylvanian boats crossing the river.')).toEqual([['daily-courier', 'said', 'showed Sylvanian boats crossing the river']]);
    // Two words are a whole predicate; the main clause's own verb is no part of it.
    expect(read('The boats that Sylvania said were lost have returned to the port.')).toEqual([['sylvania', 'said', 'were lost']]);
  });

  it.each([
    ['The head of the State Bureau (SB), Anna Berg, said the boats had left.', ['Anna Berg', 'The head of the State Bureau (SB)', 'freedonia', 'the boats had left']],
    ['The spokesman of the Northern Council (NC), Karl Weiss, told reporters the talks had failed.', ['Karl Weiss', 'The spokesman of the Northern Council (NC)', 'northern-council', 'the talks had failed']],
    ['For her part, the director of the Freedonian Coast Guard (FCG), Lea Hahn, today announced 3 million euros in aid.', ['Lea Hahn', 'the director of the Freedonian Coast Guard (FCG)', 'freedonia', '3 million euros in aid']],
  ])('reads a description ending in an acronym in parentheses before the name set off by commas: %s', (text, expected) => {
    expect(statements([text]).map((m) => [m.speaker.name, m.speaker.description, m.government, m.reported])).toEqual([expected]);
  });

  it.each([
    [
      'Freedonia stressed that the cooperation was lawful, without directly admitting the presence of its troops.',
      [['stressed', 'that the cooperation was lawful'], ['admitting', 'the presence of its troops']],
    ],
    ['The State Bureau said it had sunk two boats, without specifying where the strikes took place.', [['said', 'it had sunk two boats'], ['specifying', 'where the strikes took place']]],
    ['“The boats have left,” Berg said, without disclosing how many crossed.', [['said', 'The boats have left'], ['disclosing', 'how many crossed']]],
  ])('reads ", without specifying …" after a report as the same speaker’s words withheld: %s', (text, expected) => {
    const mentions = statements([text]);
    // Quotes are listed after the reports of their sentence: compared in the text's order of verbs.
    expect(mentions.map((m) => [m.verb, m.quote ?? m.reported]).sort((a, b) => text.indexOf(`${a[0]}`) - text.indexOf(`${b[0]}`))).toEqual(expected);
    expect(new Set(mentions.map((m) => m.speaker.actor)).size).toBe(1);
  });

  it('reads "did not address what …" as a statement (negated by its auxiliary), and "address" with no indirect question as none', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['The State Bureau did not address what might happen to the sailors.', [['freedonia-state-bureau', 'address', 'what might happen to the sailors']]],
      ['Sylvania has not addressed whether the boats would return.', [['sylvania', 'addressed', 'whether the boats would return']]],
      // A topic alone, a speech to come, an audience: no statement.
      ['The State Bureau did not address the issue.', []],
      ['Berg will address the nation on Friday.', []],
      ['Berg addressed the sailors in Fredonburg.', []],
      ['Berg addressed what she called the heroes of the strait.', []],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it.each([
    // No comma: an act of the subject's, not a position withheld.
    ['Berg left the meeting without saying a word.', []],
    // "without" inside what was said stays there.
    ['Berg said the convoy crossed without stopping at the border.', ['said']],
    // A participle of no speech after "without" is the writer's.
    ['Ruhl said the boats had left, without waiting for the talks.', ['said']],
  ])('reads no withheld words where "without" opens no speech after a comma: %s', (text, verbs) => {
    expect(statements([text]).map((m) => m.verb)).toEqual(verbs);
  });

  it.each([
    ['The strikes went on in what Sylvania says is self-defence.', [['sylvania', 'says', 'is self-defence']]],
    ['Freedonian ships fired on what Ruhl said were fishing boats.', [['tomas-ruhl', 'said', 'were fishing boats']]],
    ['The Courier aired footage of what it claimed was a Sylvanian drone over the port.', [['daily-courier', 'claimed', 'was a Sylvanian drone over the port']]],
    ['The settlers dream of reclaiming what Berg says are ancestral farms.', [['anna-berg', 'says', 'are ancestral farms']]],
  ])('reads a free relative after a preposition or a verb, "in what X says is P", as X’s report of the predicate: %s', (text, expected) => {
    expect(statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual(expected);
  });

  it.each([
    ['Sylvanian boats fired at what Berg described as a fishing fleet.', [['anna-berg', 'described', 'as a fishing fleet']]],
    ['The navy has carried out seven strikes that Ruhl has described as self-defence.', [['tomas-ruhl', 'described', 'as self-defence']]],
    // A report before the relative clause ends before its preposition.
    [
      'The Courier claimed responsibility for an attack on Friday against what it described as a Sylvanian tanker.',
      [
        ['daily-courier', 'claimed', 'responsibility for an attack on Friday'],
        ['daily-courier', 'described', 'as a Sylvanian tanker'],
      ],
    ],
    // Without "as" the description is of a thing, told by no one yet.
    ['The Courier printed the speech that Ruhl described in detail.', []],
  ])('reads "what X described as P", "that X described as P" as X’s description P: %s', (text, expected) => {
    expect(statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual(expected);
  });

  it.each([
    // The free relative is the sentence's subject: what follows is the writer's judgement of the words.
    'What Ruhl said was untrue.',
    'What Sylvania says is irrelevant to the talks.',
    // A question after a verb of asking or knowing: nothing is asserted.
    'Investigators are still determining what Berg said was the cause of the fire.',
    'Ruhl did not say what he believes is the cause of the fire.',
  ])('reads no report in a free relative that opens the sentence or asks: %s', (text) => {
    expect(statements([text]).filter((m) => m.reported !== null && /^(?:is|was|are|were)\b/.test(m.reported))).toEqual([]);
  });

  it('reads no report in a relative clause whose verb has a thing for its object, nor in a clause of its own', () => {
    expect(statements(['The plan that Ruhl announced was rejected by the Courier.'])).toEqual([]);
    expect(statements(['Berg said that Ruhl said the boats had left.']).map((m) => m.reported)).toEqual(['that Ruhl said the boats had left']);
  });

  it('reads "NAME, the leader of the militia, who said …" as NAME’s report, described by the words between', () => {
    const mentions = statements(['Freedonia struck, which prompted a response from Tomas Ruhl, the leader of the Sylvanian militia, who said that the strikes would not go unanswered.']);
    expect(mentions.map((m) => [m.speaker.actor, m.speaker.description, m.reported])).toEqual([
      ['tomas-ruhl', 'the leader of the Sylvanian militia', 'that the strikes would not go unanswered'],
    ]);
    // A phrase that ends in an article names no one: "residents of the disputed …" is no denial.
    expect(statements(['The talks decide the fate of thousands of residents of the disputed territories, who live in the port.'])).toEqual([]);
  });

  it('reads "in which X claimed"', () => {
    const mentions = statements(['Freedonia issued a statement in which Berg claimed that the convoy had turned back.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['anna-berg', 'claimed', 'that the convoy had turned back'],
    ]);
  });
});

describe('reported speech: several speakers in one sentence', () => {
  it('gives "X and Y both deny" to each of two known actors', () => {
    const mentions = statements(['Freedonia and Sylvania both deny that talks took place.']);
    expect(mentions.map((m) => [m.speaker.actor, m.government, m.verb, m.reported])).toEqual([
      ['freedonia', 'freedonia', 'deny', 'that talks took place'],
      ['sylvania', 'sylvania', 'deny', 'that talks took place'],
    ]);
  });

  it('reads "X said A, while Y said B" as two reports', () => {
    const mentions = statements(['Berg said the talks had failed, while Ruhl said they would resume.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([
      ['anna-berg', 'the talks had failed'],
      ['tomas-ruhl', 'they would resume'],
    ]);
  });

  it('leaves a report nested in another speaker’s clause to that speaker', () => {
    const mentions = statements(['Berg dismissed reports that Sylvania had said the border was closed.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([
      ['anna-berg', 'reports that Sylvania had said the border was closed'],
    ]);
  });

  it('reads "As X said, …" at the start of a sentence as a report', () => {
    const mentions = statements(['As Berg said, the talks failed.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['anna-berg', 'the talks failed']]);
  });

  it('does not make an "as X has said" aside a statement of its own', () => {
    const mentions = statements(['Ruhl said the border would stay closed, as Freedonia has said.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['tomas-ruhl', 'the border would stay closed']]);
  });

  it('reads what comes before "…, Ruhl stressed in a statement published by the Palace."', () => {
    const mentions = statements(['Sylvania will always honour the crews, Tomas Ruhl stressed in a statement published by the Palace.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([['tomas-ruhl', 'Sylvania will always honour the crews']]);
    const media = statements(['Twelve sailors were killed in the strikes, Sylvania said through its official media on Saturday, following funerals in the port.']);
    expect(media.map((m) => [m.speaker.actor, m.reported])).toEqual([['sylvania', 'Twelve sailors were killed in the strikes']]);
  });

  it('reads "It was noted that …" as the institution that spoke last going on, but not "It was reported that …"', () => {
    const mentions = statements(['The Freedonian Defence Ministry said 40 boats had left.', 'It was noted that 12 of them were damaged.', 'It was reported that the port is closed.']);
    expect(mentions.map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([
      ['freedonia-defence-ministry', 'said', '40 boats had left'],
      ['freedonia-defence-ministry', 'noted', 'that 12 of them were damaged'],
    ]);
  });

  it('reads "…, even as X accused Y of …" as X’s report: "even as" means "while"', () => {
    const mentions = statements(['Sylvania confirmed the drills, after months of silence, even as Freedonia accused Sylvania of sending more boats.']);
    expect(mentions.map((m) => [m.speaker.actor, m.reported])).toEqual([
      ['sylvania', 'the drills, after months of silence'],
      ['freedonia', 'Sylvania of sending more boats'],
    ]);
  });
});

describe('reported speech by media', () => {
  it('reads a present "reports" or "writes" after a name and before a clause as a report: "CNN reports the troops …"', () => {
    const read = speakerVerbWords;
    const cases: Array<[string, string[][]]> = [
      ['The Courier reports the boats left the port.', [['daily-courier', 'reports', 'the boats left the port']]],
      ['Meanwhile, the Courier reports it has long been thought that Sylvania could send boats.', [['daily-courier', 'reports', 'it has long been thought that Sylvania could send boats']]],
      ['Daily Courier writes Freedonia sent 3,000 more sailors in May.', [['daily-courier', 'writes', 'Freedonia sent 3,000 more sailors in May']]],
      ['NNA reports the boats left the port.', [['NNA', 'reports', 'the boats left the port']]],
      ['The Courier reports about 300 sailors left the port.', [['daily-courier', 'reports', 'about 300 sailors left the port']]],
      // The noun before a verb, or a capital that only opens the sentence: no report.
      ['Sylvanian intelligence reports say the boats left the port.', []],
      ['Intelligence reports the boats left the port.', []],
      ['The Courier reports about the port were read widely.', []],
    ];
    for (const [text, expected] of cases) expect(read(text)).toEqual(expected);
  });

  it('reads a bare "state media" as the press of the state the sentence is about, when the topic data lists it', () => {
    const withPress = createActorLexicon([
      ...actors,
      { id: 'marsh-news-agency', name: 'Marsh News Agency', kind: 'body', government: 'sylvania', aliases: ['Sylvanian state media'], demonyms: [] },
      { id: 'sylvanian-tv', name: 'Sylvanian Central Television', kind: 'body', government: 'sylvania', aliases: ['Sylvanian state TV'], demonyms: [] },
    ]);
    const read = (text: string) => findStatements([{ n: 1, text }], withPress).map((m) => [m.speaker.description, m.speaker.actor, m.government]);
    const cases: Array<[string, Array<[string, string | null, string | null]>]> = [
      // Its leader, its government, after a dateline too.
      ['Sylvanian Defence Minister Tomas Ruhl observed drone tests this week, state media said on Thursday.', [['state media', 'marsh-news-agency', 'sylvania']]],
      ['MARSH CITY: Ruhl visited the Freedonian embassy on Friday, state media said.', [['state media', 'marsh-news-agency', 'sylvania']]],
      ['Sylvania held a ceremony on Friday for the returning crews, State TV said.', [['State TV', 'sylvanian-tv', 'sylvania']]],
      // Its reports are its word.
      ['Ruhl visited the families of the sailors on Friday, according to state media reports.', [['state media reports', 'marsh-news-agency', 'sylvania']]],
      ['Ruhl visited the port on Friday, a state TV report said.', [['a state TV report', null, null]]],
      // A state whose press the data does not list, a subject of no known state, or none: an outlet of no one.
      ['Anna Berg visited the port on Friday, state media said.', [['state media', null, null]]],
      ['Freedonian sailors left the port on Friday, state media said.', [['state media', null, null]]],
      ['The boats left the port on Friday, state media said.', [['state media', null, null]]],
      ['The boats left the port on Friday, according to state media reports.', [['state media reports', null, null]]],
      // A press that names its state is read as written.
      ['Sylvanian state media said the boats had left the port.', [['Sylvanian state media', 'marsh-news-agency', 'sylvania']]],
    ];
    for (const [text, expected] of cases) expect(read(text)).toEqual(expected);
    // The press's words are a report: "the report" in the next sentence goes on with it; a person's are not.
    const reports = (text: string) => findStatements([{ n: 1, text }], withPress).map((m) => [m.speaker.actor ?? m.speaker.description, m.reported]);
    expect(reports('Ruhl observed drone tests, state media said on Thursday. The report said the drones were new.')).toEqual([
      ['marsh-news-agency', 'Ruhl observed drone tests'],
      ['marsh-news-agency', 'the drones were new'],
    ]);
    expect(reports('Sylvanian media said the port was closed. The report said the boats had left.')).toEqual([
      ['Sylvanian media', 'the port was closed'],
      ['Sylvanian media', 'the boats had left'],
    ]);
    expect(reports('Anna Berg said the port was closed. The report said the boats had left.')).toEqual([
      ['anna-berg', 'the port was closed'],
      ['The report', 'the boats had left'],
    ]);
  });

  it('reads a television or radio as a speaker, and a side it supports ("pro-Sylvanian") as none it speaks for', () => {
    const mentions = statements(['The pro-Sylvanian Courier television also said that planes were seen over the port.', 'A pro-Sylvanian official said the port was closed.']);
    expect(mentions.map((m) => [m.speaker.actor, m.government, m.reported])).toEqual([
      ['daily-courier', null, 'that planes were seen over the port'],
      [null, null, 'the port was closed'],
    ]);
    // Nor does a state's broadcaster the topic data does not list: whether a country's state media
    // carry its government's word is topic knowledge (content/actors.yaml), not English.
    expect(statements(['Sylvanian state television said the port was closed.']).map((m) => m.government)).toEqual([null]);
    const listed = createActorLexicon([...actors, { id: 'sylvania-tv', name: 'Sylvanian state television', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] }]);
    const fromData = findStatements([{ n: 1, text: 'Sylvanian state television said the port was closed.' }], listed);
    expect(fromData.map((m) => [m.speaker.actor, m.government])).toEqual([['sylvania-tv', 'sylvania']]);
    // Nor does a side that backs the speaker.
    expect(statements(['The Sylvania-backed group said its missiles had hit the carrier.']).map((m) => m.government)).toEqual([null]);
  });

  it('reads a cause after "pro-" or "anti-" as no side: the demonym after it names no government, unless the topic data lists the words', () => {
    const listed = createActorLexicon([...actors, { id: 'marsh-front', name: 'Marsh Front', kind: 'government', aliases: ['pro-independence Sylvanian forces'], demonyms: [] }]);
    const read = (text: string, lexicon = createActorLexicon(actors)) =>
      findStatements([{ n: 1, text }], lexicon).map((m) => [m.speaker.actor, m.government]);
    const cases: [string, (string | null)[][]][] = [
      ['The pro-independence Sylvanian forces said the port was closed.', [[null, null]]],
      ['Anti-war Freedonian officers said the convoy had turned back.', [[null, null]]],
      // A side after "pro-" is still one the speaker supports, not speaks for; the rest decides.
      ['The anti-Fredonburg Sylvanian officials said the port was closed.', [[null, 'sylvania']]],
      ['Sylvanian officials said the port was closed.', [[null, 'sylvania']]],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
    expect(read('Later, the pro-independence Sylvanian forces reported that the talks had failed.', listed)).toEqual([['marsh-front', 'marsh-front']]);
  });

  it('ends a noun the speaker denied or confirmed before a concession of the writer’s ("…, although video showed …"), not a clause or a condition', () => {
    const read = (text: string) => statements([text]).map((m) => m.reported);
    const cases: [string, (string | null)[]][] = [
      ['Freedonia denied the charge, although video showed its boats near the port.', ['the charge']],
      ['Sylvania denied any role in the attack, even though its drones were seen over the port.', ['any role in the attack']],
      // The pact's term is the pact's own statement (binding-terms.ts).
      ['Freedonia and Sylvania denied their part in the war, even after signing a pact that requires both to help each other.', ['their part in the war', 'their part in the war', 'both to help each other']],
      ['Anna Berg confirmed the attack on the port, despite reports that two boats stayed.', ['the attack on the port']],
      // Must not cut: after a clause (it may be the speaker's), a condition the speaker may have set, a
      // concession inside "that", words before the speaker.
      ['Anna Berg said the boats had left, despite reports that two stayed.', ['the boats had left, despite reports that two stayed']],
      ['Tomas Ruhl said the army would fight on, even if the talks failed.', ['the army would fight on, even if the talks failed']],
      ['Anna Berg said that, although the boats left, the port stayed open.', ['that, although the boats left, the port stayed open']],
      ['The boats left, although two stayed, Anna Berg said.', ['The boats left, although two stayed']],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('ends a noun a report denies, confirms or leaves unconfirmed before ", but" and a subject of the writer’s, not a "but" of its own', () => {
    const read = (text: string) => statements([text]).map((m) => m.reported);
    const cases: [string, (string | null)[]][] = [
      ['Neither Freedonia nor Sylvania has confirmed the deployment, but the two countries signed a pact last year.', ['the deployment', 'the deployment']],
      ['Tomas Ruhl denied the report, but Freedonia has released photos of the boats.', ['the report']],
      ['Anna Berg confirmed the visit, but it was cut short by a storm.', ['the visit']],
      ['Sylvania has not confirmed the sinking, but its navy withdrew two boats on Monday.', ['the sinking']],
      // Must not cut: a "but" with no subject of its own, a clause (it may be the speaker's), words before the speaker.
      ['Anna Berg confirmed the sinking, but not the toll.', ['the sinking, but not the toll']],
      ['Tomas Ruhl said the port was shelled, but the crews were safe.', ['the port was shelled, but the crews were safe']],
      ['Anna Berg denied that the boats had left, but Sylvania said they had.', ['that the boats had left', 'they had']],
      ['The boats left, but two stayed, Anna Berg said.', ['The boats left, but two stayed']],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('gives a known outlet’s report to the outlet, with no government', () => {
    const mentions = statements(['The Courier reported that the convoy had turned back.']);
    expect(who(mentions)).toEqual([
      { speaker: { name: null, description: 'The Courier', actor: 'daily-courier' }, government: null, resolvedBy: 'explicit' },
    ]);
  });

  it('does not give an unknown outlet’s report to the government its name contains', () => {
    const mentions = statements(['The Freedonia Herald reported that the convoy had turned back.']);
    expect(mentions.map((m) => [m.speaker.actor, m.government])).toEqual([[null, null]]);
  });

  it('keeps the speaker’s words the speaker’s when an outlet reports them, and the outlet relays the report', () => {
    const mentions = statements(['Ruhl told the council that the border would reopen, the Courier reported.']);
    expect(mentions.map((m) => [m.speaker.actor, m.government, m.verb, m.reported])).toEqual([
      ['tomas-ruhl', 'sylvania', 'told', 'that the border would reopen'],
      ['daily-courier', null, 'reported', 'Ruhl told the council that the border would reopen'],
    ]);
  });
});

describe('reported speech: a report inside a bare clause', () => {
  it('keeps "X said Y briefed …" as X’s report, without a report of its own for Y', () => {
    const mentions = statements(['In a call on Tuesday, the Defence Ministry said Berg also briefed the Sylvanian envoy on the talks.']);
    expect(what(mentions)).toEqual([
      { kind: 'reported', quote: null, reported: 'Berg also briefed the Sylvanian envoy on the talks', verb: 'said' },
    ]);
  });
});

describe('reported speech: who a trailing attribution names', () => {
  const one = (text: string) => {
    const [mention] = statements([text]);
    return { speaker: mention?.speaker.name ?? mention?.speaker.description, government: mention?.government, reported: mention?.reported };
  };

  it('reads a list after "according to" as the speakers, and their report as what comes before', () => {
    expect(one('Freedonia sent 300 sailors last autumn, according to Freedonian, Sylvanian and Western intelligence officials.')).toEqual({
      speaker: 'Freedonian, Sylvanian and Western intelligence officials',
      government: null,
      reported: 'Freedonia sent 300 sailors last autumn',
    });
  });

  it('reads a list opening "According to A, B(,) and C, P" as the speakers, and P as what they said', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.name ?? m.speaker.description, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['According to Freedonia, Sylvania and the NC, the boats left.', [['freedonia', 'the boats left'], ['sylvania', 'the boats left'], ['northern-council', 'the boats left']]],
      ['According to Freedonia, Sylvania, and the NC, the boats left.', [['freedonia', 'the boats left'], ['sylvania', 'the boats left'], ['northern-council', 'the boats left']]],
      // No comma after the last name: the names after the first are the clause's subject.
      ['According to Anna Berg, Tomas Ruhl and Max Ober left the port.', [['anna-berg', 'Tomas Ruhl and Max Ober left the port']]],
      ['According to the State Bureau, Sylvania and Freedonia signed the deal.', [['freedonia-state-bureau', 'Sylvania and Freedonia signed the deal']]],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('gives a joint statement of several sides no one government, and plural bodies can speak', () => {
    expect(one('Freedonian and Western intelligence agencies reported that 300 sailors were deployed.').government).toBeNull();
    expect(one('Freedonian intelligence agencies reported that 300 sailors were deployed.')).toMatchObject({ speaker: 'Freedonian intelligence agencies', government: 'freedonia' });
    // A list with a comma before its "and" shares the noun too: not the last side alone.
    expect(one('Sylvanian, Western, and Freedonian officials reported that 300 sailors were deployed.')).toMatchObject({ speaker: 'Sylvanian, Western, and Freedonian officials', government: null });
    // A clause before ", and" is no list: the officials are the last side's.
    expect(one('Berg met Ruhl, and Freedonian officials said that 300 sailors were deployed.')).toMatchObject({ speaker: 'Freedonian officials', government: 'freedonia' });
  });

  it('keeps an acronym in parentheses with the name after "according to"', () => {
    expect(one('According to the Northern Council (NC) the destroyer Arrow answered distress calls from three vessels.')).toEqual({
      speaker: 'the Northern Council (NC)',
      government: 'northern-council',
      reported: 'the destroyer Arrow answered distress calls from three vessels',
    });
  });

  it('reads "…, X said, the Courier reports." as X’s report of what comes before', () => {
    expect(one('Sylvanian boats have left the strait, the Defence Ministry said, the Courier reports.')).toMatchObject({
      speaker: 'the Defence Ministry',
      reported: 'Sylvanian boats have left the strait',
    });
  });

  it('leaves a day set off by commas out of what was said', () => {
    expect(one('Freedonia condemned, Monday, the first public admission of sending boats.').reported).toBe('the first public admission of sending boats');
  });

  it('ends a "that" clause at ", although Y said …": the second report is Y’s, not inside the first', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.government, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      [
        'Sylvania said on Monday that the last village had been retaken, although Freedonia denied the claim and said its troops still held positions there.',
        [
          ['sylvania', 'sylvania', 'said', 'that the last village had been retaken'],
          ['freedonia', 'freedonia', 'denied', 'the claim'],
          ['freedonia', 'freedonia', 'said', 'its troops still held positions there'],
        ],
      ],
      [
        'The Courier reported that the pier was destroyed, though Freedonia said only a crane was hit.',
        [
          ['daily-courier', null, 'reported', 'that the pier was destroyed'],
          ['freedonia', 'freedonia', 'said', 'only a crane was hit'],
        ],
      ],
      // Without a report after it, "although …" stays part of what was said.
      ['Ruhl said that the talks were useful, although no date was set.', [['tomas-ruhl', 'sylvania', 'said', 'that the talks were useful, although no date was set']]],
    ];
    for (const [text, expected] of cases) expect(read(text), text).toEqual(expected);
  });

  it('reads "According to X, Y said that …" as Y’s report relayed by X, whatever X’s name is', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);
    const cases: [string, (string | null)[][]][] = [
      [
        'According to Reuters, Ruhl emphasized that the boats will stay.',
        [
          ['tomas-ruhl', 'emphasized', 'that the boats will stay'],
          ['Reuters', 'According to', 'Ruhl emphasized that the boats will stay'],
        ],
      ],
      [
        'According to the Courier, Ruhl said that the boats will stay.',
        [
          ['tomas-ruhl', 'said', 'that the boats will stay'],
          ['daily-courier', 'According to', 'Ruhl said that the boats will stay'],
        ],
      ],
      // A report whose own "that" clause holds another report still nests it.
      ['Ruhl said that Berg told him that the boats will stay.', [['tomas-ruhl', 'said', 'that Berg told him that the boats will stay']]],
    ];
    for (const [text, expected] of cases) expect(read(text), text).toEqual(expected);
  });

  it('reads "with X saying …" as X’s report', () => {
    const mentions = statements(['Both ministries confirmed the strikes on the port, with Berg saying Sylvania also supported the strikes.']);
    expect(mentions.at(-1)).toMatchObject({ speaker: { name: 'Anna Berg' }, verb: 'saying', reported: 'Sylvania also supported the strikes' });
    expect(mentions[0]?.reported).toBe('the strikes on the port');
  });

  it('reads "with X suggesting that …" as X’s report, and a bare ", suggesting that …" as no one’s', () => {
    const cases: [string, [string | null, string | null, string | null | undefined][]][] = [
      ['Prices rose sharply, with analysts suggesting that the blockade will last.', [['analysts', null, 'the blockade will last']]],
      ['Prices rose sharply, with Freedonian officials suggesting that the blockade will last.', [['Freedonian officials', 'freedonia', 'the blockade will last']]],
      // The writer's inference, or a thing that points: no speaker.
      ['Prices rose sharply, suggesting that the blockade will last.', []],
      ['Prices rose sharply, with satellite images suggesting that the blockade will last.', []],
    ];
    for (const [text, expected] of cases) {
      expect(statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.government, m.reported]), text).toEqual(expected);
    }
  });

  it('reads "shared via X" as speech only right before the channel', () => {
    const cases: [string, [string | null, string | null | undefined][]][] = [
      ['The Arrow also shot down a drone, the Freedonian defence minister shared via X.', [['the Freedonian defence minister', 'The Arrow also shot down a drone']]],
      ['“The port is closed,” Berg shared on X.', [['Anna Berg', null]]],
      // Or in a statement, whatever follows it.
      ['“The port is closed to all traffic,” Fredonburg shared in a statement published on its website.', [['Fredonburg', null]]],
      ['Berg shared in a brief statement that the port would reopen.', [['Anna Berg', 'that the port would reopen']]],
      // Sharing a thing is no speech; nor is sharing in something.
      ['Freedonia and Sylvania shared in a long history of trade.', []],
      ['Freedonia and Sylvania shared a border until 1990.', []],
      ['They shared a flat that had no heating.', []],
      ['Berg shared a video on X of the port.', []],
    ];
    for (const [text, expected] of cases) expect(statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.reported]), text).toEqual(expected);
  });

  it('does not take an act for speech: "responded to distress calls"', () => {
    expect(statements(['The destroyer Arrow responded to distress calls from three vessels.'])).toEqual([]);
    expect(what(statements(['Berg responded to the charge that the port was closed.']))[0]?.verb).toBe('responded');
    expect(statements(['As the Arrow and the Bolt responded, two missiles fired from the coast struck the sea.'])).toEqual([]);
    expect(what(statements(['“The port is open,” replied Berg.']))[0]?.verb).toBe('replied');
    expect(statements(['Berg briefed Ruhl on the upcoming talks in Marsh City.'])).toEqual([]);
    expect(what(statements(['Berg briefed reporters that the port would reopen on Monday.']))[0]?.verb).toBe('briefed');
    expect(what(statements(['“The port is open,” Berg replied to a reporter’s question.']))[0]?.verb).toBe('replied');
  });

  it('reads a subjectless "and reported …" before a trailing speaker as part of that speaker’s report', () => {
    expect(one('The Arrow-flagged Luanda issued a distress call and reported damage, the Northern Council said in a post on X, formerly Twitter.')).toEqual({
      speaker: 'the Northern Council',
      government: 'northern-council',
      reported: 'The Arrow-flagged Luanda issued a distress call and reported damage',
    });
  });

  it('reads "X reaffirmed A and said B, the ministry said" as two reports of X, the ministry relaying them', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);
    expect(read('Berg reaffirmed Freedonia’s support for the crews and said Freedonia would accept all the sailors, the Courier said.')).toEqual([
      ['anna-berg', 'reaffirmed', 'Freedonia’s support for the crews'],
      ['anna-berg', 'said', 'Freedonia would accept all the sailors'],
      ['daily-courier', 'said', 'Berg reaffirmed Freedonia’s support for the crews and said Freedonia would accept all the sailors'],
    ]);
    // With no report of the subject's own before it, "and reported" stays inside the trailing speaker's report.
    expect(read('The tanker issued a distress call and reported damage, the Courier said.')).toEqual([['daily-courier', 'said', 'The tanker issued a distress call and reported damage']]);
  });
});

describe('reported speech: a quotation right after the verb', () => {
  it('reads the words after a quotation that opens the clause as going with it, not as a report of their own', () => {
    const read = (text: string) => statements([text]).map((m) => [m.kind, m.quote ?? m.reported]);
    const cases: Array<[string, string[][]]> = [
      ['Berg said "100,483 displaced persons arrived in Freedonia" by Sunday morning.', [['quote', '100,483 displaced persons arrived in Freedonia']]],
      ['Berg said: “12 boats left the port” in the course of the night.', [['quote', '12 boats left the port']]],
      ['Berg said "100,483 displaced persons arrived in Freedonia" on Sunday.', [['quote', '100,483 displaced persons arrived in Freedonia']]],
      // Words between the verb and the quotation are still read as before.
      ['Berg said the port was “closed for good” after the strike.', [['quote', 'closed for good']]],
    ];
    for (const [text, expected] of cases) expect(read(text)).toEqual(expected);
  });
});

describe('reported speech: an aside in what was said', () => {
  it('reads on past ", including …," after a short subject: a preposition, not the writer’s comment', () => {
    expect(what(statements(['The State Bureau said 1,500 sailors, including 500 cadets, were evacuated to the port.']))).toEqual([
      { kind: 'reported', quote: null, reported: '1,500 sailors, including 500 cadets, were evacuated to the port', verb: 'said' },
    ]);
  });
});

describe('reported speech: negated reports are the speaker’s position too', () => {
  it.each([
    ['The Defence Ministry did not confirm the sinking of three boats.', 'confirm', 'the sinking of three boats'],
    ['Despite the reports, Freedonia had not confirmed it, stoking speculation of a rift.', 'confirmed', 'it'],
    ['A cautious Freedonia has yet to confirm it.', 'confirm', 'it'],
    ['The State Bureau declined to comment on the reports.', 'comment', 'on the reports'],
    ['The group did not announce any casualties.', 'announce', 'any casualties'],
    ['Ruhl did not specifically mention the war.', 'mention', 'the war'],
    ['The Defence Ministry did not disclose the number of boats.', 'disclose', 'the number of boats'],
  ])('reads %j', (text, verb, reported) => {
    expect(what(statements([text]))).toEqual([{ kind: 'reported', quote: null, reported, verb }]);
  });

  it('reads "he added he was told that …" as the words of someone unnamed, inside his report', () => {
    const mentions = statements(['He recounted that he left in October. He added that he was told he had fought against Sylvanian troops.']);
    expect(mentions.map((m) => [m.verb, m.speaker.description, m.government, m.reported])).toEqual([
      ['recounted', 'He', null, 'that he left in October'],
      ['added', 'He', null, 'that he was told he had fought against Sylvanian troops'],
      ['told', '', null, 'he had fought against Sylvanian troops'],
    ]);
    // An order is no report, and neither is the writer's own account of who was told.
    expect(statements(['The sailor was told to leave the port area.'])).toEqual([]);
    expect(statements(['Ruhl was told that the boats had left.'])).toEqual([]);
  });

  it('reads a pronoun and its verb as a whole clause: "the Courier said he nodded"', () => {
    expect(statements(['Asked if he had fought, the Courier said he nodded.', 'Berg said they left.']).map((m) => m.reported)).toEqual(['he nodded', 'they left']);
    expect(statements(['The State Bureau reported damage.'])).toEqual([]);
  });

  it('still needs three words when nothing negates the verb, and "plans to confirm" reports nothing', () => {
    expect(statements(['Freedonia confirmed it.'])).toEqual([]);
    expect(statements(['Freedonia plans to confirm the sinking of three boats.'])).toEqual([]);
    expect(statements(['Freedonia plans to announce the sinking of three boats.'])).toEqual([]);
    expect(statements(['Sylvania did not elaborate.'])).toEqual([]);
  });
});

describe('reported speech: words withheld and estimates', () => {
  it.each([
    ['The State Bureau gave no further details on the convoy.', 'gave no', 'further details on the convoy'],
    ['The State Bureau did not provide details on the purpose of the visit.', 'provide', 'details on the purpose of the visit'],
    ['The State Bureau estimates more than 900 soldiers have crossed the river.', 'estimates', 'more than 900 soldiers have crossed the river'],
    ['Sylvanian media put the number of new arrivals at about 1,000 to 3,000.', 'put', 'the number of new arrivals at about 1,000 to 3,000'],
    // A measure of money or harm at an amount is an estimate too.
    ['Berg put the cost of the damage at about 3 billion euros.', 'put', 'the cost of the damage at about 3 billion euros'],
    ['Insurers put the losses at 2 billion dollars.', 'put', 'the losses at 2 billion dollars'],
    ['Ruhl placed the value of the contract at $40 million.', 'placed', 'the value of the contract at $40 million'],
    // So is a count given "as" an amount.
    ['The agency gave the death toll as 42.', 'gave', 'the death toll as 42'],
    ['Officials gave the number of displaced as about 1,200.', 'gave', 'the number of displaced as about 1,200'],
  ])('reads %j', (text, verb, reported) => {
    expect(what(statements([text]))).toEqual([{ kind: 'reported', quote: null, reported, verb }]);
  });

  it('reads no speech in giving, providing or putting things, nor in estimates as a noun', () => {
    expect(statements(['Freedonia did not provide weapons to the rebels.'])).toEqual([]);
    expect(statements(['Freedonia gave no weapons to the rebels.'])).toEqual([]);
    expect(statements(['Ruhl put the troops on alert.'])).toEqual([]);
    // A measure is an estimate only "at" an amount right after what it is of.
    expect(statements(['Berg put the bill on the table at 3 pm.'])).toEqual([]);
    expect(statements(['Berg put the costs aside at the 2 meetings.'])).toEqual([]);
    expect(statements(['The ministry put the cost of the damage on its website.'])).toEqual([]);
    // A count is given as an estimate only "as" an amount.
    expect(statements(['Officials gave the crew food and water.'])).toEqual([]);
    expect(statements(['Ruhl gave the figure of 42 as a rough guess.'])).toEqual([]);
    expect(statements(['Berg gave the toll to reporters on Monday.'])).toEqual([]);
    expect(statements(['Casualty estimates more than doubled in March.'])).toEqual([]);
  });

  it('credits outlets with no government, state media too unless the topic data lists them', () => {
    expect(statements(['Sylvanian media put the number of new arrivals at about 3,000.']).map((s) => s.government)).toEqual([null]);
    expect(statements(['Sylvanian state media said the convoy had turned back.']).map((s) => s.government)).toEqual([null]);
  });
});

describe('reported speech: subjects of several sides', () => {
  it.each([
    ['Both Freedonia and Sylvania have denied the sinking of three boats.'],
    ['Neither Freedonia nor Sylvania has confirmed the sinking of three boats.'],
    ['Freedonia and the Palace denied the sinking of three boats.'],
  ])('gives %j one statement per side', (text) => {
    expect(statements([text]).map((s) => s.government)).toEqual(['freedonia', 'sylvania']);
  });

  it.each([
    ['Freedonia, Sylvania and the Northern Council denied the sinking of three boats.'],
    ['Freedonia, Sylvania, and the Northern Council denied the sinking of three boats.'],
    ['It comes as Freedonia, Sylvania and the Northern Council have accused Ruhl of sinking three boats.'],
  ])('gives %j one statement per side, the first listed included', (text) => {
    expect(statements([text]).map((s) => s.government)).toEqual(['freedonia', 'sylvania', 'northern-council']);
  });

  it.each([
    ['In Fredonburg, Sylvania and the Northern Council denied the sinking of three boats.'],
    ['On Monday, Sylvania and the Northern Council denied the sinking of three boats.'],
    ['Earlier, Sylvania and the Northern Council denied the sinking of three boats.'],
  ])('keeps the place, the day or the adverb before %j out of the list', (text) => {
    expect(statements([text]).map((s) => s.government)).toEqual(['sylvania', 'northern-council']);
  });

  it('reads "and the minister" as a new subject, not part of a name', () => {
    expect(statements(['Ruhl met Berg and the minister said the border would reopen.']).map((s) => s.speaker.description)).toEqual(['the minister']);
  });
});

describe('reported speech: how wire copy attributes', () => {
  it.each([
    // The quoted body speaks the participle after a comma, once, not the outlet that quotes it.
    ['“The port is closed,” the Courier reported. It quoted the Defence Ministry, noting that the strikes were ordered by Ruhl.', 'freedonia-defence-ministry', 'noting'],
    ['The Courier quoted the State Bureau, saying that the port was closed.', 'freedonia-state-bureau', 'saying'],
    ['The Courier quoted Anna Berg, adding that the port was closed.', 'anna-berg', 'adding'],
    // Not a speaker quoted: the participle stays the subject's.
    ['Ruhl quoted an old proverb, adding that the port was closed.', 'tomas-ruhl', 'adding'],
    ['Ruhl cited the figures, noting that the port was closed.', 'tomas-ruhl', 'noting'],
  ])('reads "X quoted Y, noting …" as Y’s: %j', (text, speaker, verb) => {
    const reports = statements([text]).filter((m) => m.kind === 'reported');
    expect(reports.map((m) => [m.speaker.actor, m.verb])).toEqual([[speaker, verb]]);
  });

  it.each([
    ['About 900 people have crossed the river, Anna Berg was quoted by the Courier as saying, with hundreds of cars on the road.', 'saying', 'About 900 people have crossed the river'],
    ['Berg was quoted as saying that the border would reopen.', 'saying', 'that the border would reopen'],
    ['The Courier quoted Anna Berg as saying that the border would reopen.', 'saying', 'that the border would reopen'],
    ['The Courier quoted Anna Berg as telling the crews that the border would reopen.', 'telling', 'that the border would reopen'],
    ['The State Bureau said in a written statement carried by the Courier that the border would reopen.', 'said', 'that the border would reopen'],
    ['Anna Berg said on Wednesday there is evidence that boats crossed the river.', 'said', 'on Wednesday there is evidence that boats crossed the river'],
    ['The State Bureau reported, citing intelligence information, that about 900 soldiers had crossed.', 'reported', 'that about 900 soldiers had crossed'],
    ['The talks ended, as Sylvanian media reported that the convoy had turned back.', 'reported', 'that the convoy had turned back'],
    ['The officials there said at least 20 people were killed in the blaze.', 'said', 'at least 20 people were killed in the blaze'],
    ['The bureau is sending tents, said bureau representative in Marsh City Anna Berg, who arrived in May.', 'said', 'The bureau is sending tents'],
    // How an inverted speaker spoke is not what was said.
    ['The boats had left, said a Sylvanian official who spoke on condition of anonymity.', 'said', 'The boats had left'],
    ['The boats had left, said a Sylvanian official who asked not to be named.', 'said', 'The boats had left'],
    ['The boats had left, said a Sylvanian official who declined to be identified.', 'said', 'The boats had left'],
  ])('reads %j', (text, verb, reported) => {
    expect(what(statements([text]))).toEqual([{ kind: 'reported', quote: null, reported, verb }]);
  });

  it.each([
    ['Freedonia closes its port to Sylvanian boats, reports the State Bureau.', 'reports', 'Freedonia closes its port to Sylvanian boats'],
    // A name behind a lower-case "the" speaks after an inverted verb too.
    ['Envoys of both sides are due to meet on Tuesday, reports the Courier.', 'reports', 'Envoys of both sides are due to meet on Tuesday'],
    ['The boats left the port, said the Courier on Friday.', 'said', 'The boats left the port'],
    ['Berg reminded reporters that the boats had been at sea for a year.', 'reminded', 'that the boats had been at sea for a year'],
    ['The State Bureau has recommended that shipping companies change their routes.', 'recommended', 'that shipping companies change their routes'],
    ['Anna Berg confirmed the attacks.', 'confirmed', 'the attacks'],
    // A count is a claim however short: "reported 17 deaths", "has registered 30,000 refugees".
    ['The State Bureau reported 17 deaths.', 'reported', '17 deaths'],
    ['The State Bureau has registered 30,000 refugees.', 'registered', '30,000 refugees'],
    ['Sylvania confirmed two deaths.', 'confirmed', 'two deaths'],
    // A call names what it asks for, however short.
    ['Sylvania called for a ceasefire.', 'called for', 'a ceasefire'],
    ['Freedonia urged restraint.', 'urged', 'restraint'],
    ['The Northern Council appealed for calm.', 'appealed for', 'calm'],
    ['Freedonia demanded an apology.', 'demanded', 'an apology'],
    // Where it was posted closes the attribution: what was said is the clause before it.
    ['The boats left the port on Tuesday, the State Bureau said on social media.', 'said', 'The boats left the port on Tuesday'],
    ['The boats left the port, the State Bureau wrote on its website.', 'wrote', 'The boats left the port'],
    // How it was said is not what was said.
    ['All crews were killed, the State Bureau said without giving numbers.', 'said', 'All crews were killed'],
    ['All crews were killed, the State Bureau said, without giving details.', 'said', 'All crews were killed'],
    ['All crews were killed, the State Bureau said without elaborating.', 'said', 'All crews were killed'],
    // What the speaker did not do, told by the writer after what was said, is not part of it.
    ['The State Bureau said the boats had left the port, without giving their number.', 'said', 'the boats had left the port'],
    // "without" that belongs to what was said stays in it.
    ['Berg said the talks had ended without a deal.', 'said', 'the talks had ended without a deal'],
    ['Berg said the convoy crossed without stopping at the border.', 'said', 'the convoy crossed without stopping at the border'],
  ])('reads %j', (text, verb, reported) => {
    expect(what(statements([text]))).toEqual([{ kind: 'reported', quote: null, reported, verb }]);
  });

  it.each([
    ['FREDONBURG: Around 600 soldiers have been killed, a Marsh City lawmaker said on Wednesday.', 'Around 600 soldiers have been killed'],
    ['FREDONBURG, Oct 3 (NNN-CNA) – The boats had left the port, the State Bureau said.', 'The boats had left the port'],
    ['MARSH CITY — The boats had left the port, according to the State Bureau.', 'The boats had left the port'],
    ['Fredonburg, September 3: The boats had left the port, Berg said.', 'The boats had left the port'],
    ['Marsh City (AP) - The boats had left the port, Berg said.', 'The boats had left the port'],
    // A place in mixed case before a dash opens no dateline.
    ['Freedonia – Sylvania talks ended without a deal, Berg said.', 'Freedonia – Sylvania talks ended without a deal'],
  ])('leaves the dateline a wire story opens with out of what was said: %j', (text, reported) => {
    expect(statements([text]).map((m) => m.reported)).toEqual([reported]);
  });

  it('reads no speaker in "…, said the Courier would …", where "said" has a subject of its own before it', () => {
    expect(statements(['The boats left the port, said the Courier would close.'])).toEqual([]);
  });

  it('reads "N was announced by X" as X’s statement of N, the subject the sentence opens with', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('The withdrawal of Sylvanian boats from the strait was announced by Ruhl on Tuesday in Marsh City.')).toEqual([
      ['tomas-ruhl', 'announced', 'The withdrawal of Sylvanian boats from the strait'],
    ]);
    expect(read('Moreover, the deal was confirmed by the State Bureau on Monday.')).toEqual([['freedonia-state-bureau', 'confirmed', 'the deal']]);
    // Not speech: seen, hit, signed by someone.
    expect(read('The boats were seen by fishermen near the port.')).toEqual([]);
    expect(read('The deal was signed by Ruhl on Monday.')).toEqual([]);
  });

  it('reads a speech participle before its agent ("a video call with Ruhl posted by the Courier") as passive, no one’s act', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.quote ?? m.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['“The boats have left,” Berg said in a video call with Tomas Ruhl posted by the Courier.', [['anna-berg', 'said', 'The boats have left']]],
      ['The boats left the port, Berg said in a call with Tomas Ruhl announced by the Courier.', [['anna-berg', 'said', 'The boats left the port']]],
      // "by" before no agent keeps the verb active: how or by when it was said.
      ['Berg confirmed by telephone that the boats had left.', [['anna-berg', 'confirmed', 'by telephone that the boats had left']]],
      ['Berg confirmed by Tuesday that the boats had left.', [['anna-berg', 'confirmed', 'that the boats had left']]],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it('reads no speech in "reminded Berg of", in "reports" as a noun, nor in a two-word object of a neutral verb', () => {
    expect(statements(['Ruhl reminded Berg of the treaty.'])).toEqual([]);
    expect(statements(['The reports said the boats had left the port.']).map((s) => s.verb)).not.toContain('reports');
    expect(statements(['The State Bureau reported damage.'])).toEqual([]);
  });

  it.each([
    ['Ruhl lashed out at Berg, expressing growing frustration with the talks.', 'tomas-ruhl', 'expressing', 'growing frustration with the talks'],
    ['The Palace issued a statement condemning the attack on the port.', 'sylvania', 'condemning', 'the attack on the port'],
    ['Freedonia imposed new sanctions on Monday, denouncing the attack on the port.', 'freedonia', 'denouncing', 'the attack on the port'],
    ['Berg opened the port, welcoming the end of the blockade.', 'anna-berg', 'welcoming', 'the end of the blockade'],
  ])('reads the participle of a position taken: %j', (text, actor, verb, reported) => {
    expect(statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual([[actor, verb, reported]]);
  });

  it('reads a progressive participle as its subject’s verb: "has been warning that …", "are calling for …"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('The State Bureau has been warning that the port will close.')).toEqual([['freedonia-state-bureau', 'warning', 'that the port will close']]);
    expect(read('Freedonia and Sylvania have been condemning the deployment of boats for months.').map(([, verb]) => verb)).toEqual(['condemning', 'condemning']);
    expect(read('Freedonia is urging Sylvania to withdraw its boats.')).toEqual([['freedonia', 'urging', 'Sylvania to withdraw its boats']]);
    // A ship calling at a port says nothing.
    expect(read('The ship was calling at the port of Marsh City when it was hit.')).toEqual([]);
  });

  it('reads no speech in the writer’s own inference: ", suggesting …"', () => {
    expect(statements(['The boats turned back, suggesting the talks had worked.'])).toEqual([]);
  });

  it('reads ", while rejecting …" as the same speaker’s second report', () => {
    expect(what(statements(['Anna Berg said that talks were under way, while rejecting the notion that Freedonia had lost confidence.']))).toEqual([
      { kind: 'reported', quote: null, reported: 'that talks were under way', verb: 'said' },
      { kind: 'reported', quote: null, reported: 'the notion that Freedonia had lost confidence', verb: 'rejecting' },
    ]);
  });

  it('reads "while promising …", "after revealing …" with no comma as the same speaker’s own report, after a quotation too', () => {
    expect(what(statements(['Ruhl condemned the raids, describing them as “outrageous” while promising that border security will be maintained.']))).toEqual([
      { kind: 'reported', quote: null, reported: 'the raids', verb: 'condemned' },
      { kind: 'quote', quote: 'outrageous', reported: 'them as “outrageous”', verb: 'describing' },
      { kind: 'reported', quote: null, reported: 'that border security will be maintained', verb: 'promising' },
    ]);
    expect(what(statements(['Ruhl hinted at action against Sylvania after revealing Freedonian boats repelled an attack overnight.']))).toEqual([
      { kind: 'reported', quote: null, reported: 'at action against Sylvania', verb: 'hinted' },
      { kind: 'reported', quote: null, reported: 'Freedonian boats repelled an attack overnight', verb: 'revealing' },
    ]);
    // A participle that is also a noun reports only before "that".
    expect(statements(['The boats turned back after warning shots were fired.'])).toEqual([]);
  });

  it('skips a day set off by commas after the verb, whatever follows the report', () => {
    expect(statements(['Freedonia condemned, Monday, the first public admission of sending boats, accusing Sylvania of lying, the Courier reported.'])[0]?.reported).toBe(
      'the first public admission of sending boats',
    );
  });

  it('reads what follows "with Berg saying" as what she said, capitalised words and all', () => {
    expect(statements(['Freedonia confirmed the attacks, with Berg saying Sylvania and Marsh City had also supported the strikes.']).map((s) => s.reported)).toEqual([
      'the attacks',
      'Sylvania and Marsh City had also supported the strikes',
    ]);
  });

  it('reads "with the Courier reporting …" as the Courier’s report', () => {
    expect(statements(['Freedonia confirmed on Monday that it had sent boats, with the Courier reporting the boats had reached the port.']).map((s) => [s.speaker.actor, s.verb, s.reported])).toEqual([
      ['freedonia', 'confirmed', 'that it had sent boats'],
      ['daily-courier', 'reporting', 'the boats had reached the port'],
    ]);
  });

  it('credits "the Courier quoted Berg as saying" to Berg', () => {
    expect(statements(['The Courier quoted Anna Berg as saying, “The boats will stay.”']).map((s) => [s.kind, s.speaker.actor])).toEqual([['quote', 'anna-berg']]);
    expect(statements(['“The boats will stay,” Ruhl quoted Anna Berg as saying.']).map((s) => [s.kind, s.speaker.actor, s.reported])).toEqual([['quote', 'anna-berg', null]]);
    // "as" left out before "saying".
    expect(statements(['“The boats will stay,” the Courier quoted Anna Berg saying in a televised speech.']).map((s) => [s.kind, s.speaker.actor])).toEqual([['quote', 'anna-berg']]);
    expect(statements(['Anna Berg was quoted saying the boats will stay.']).map((s) => [s.kind, s.speaker.actor, s.reported])).toEqual([['reported', 'anna-berg', 'the boats will stay']]);
  });

  it('credits "the Courier quotes X, a description, as saying" to X, the description between commas', () => {
    const read = (text: string) => statements([text]).map((s) => [s.kind, s.speaker.name || s.speaker.description, s.government, s.reported]);
    const cases: [string, (string | null)[][]][] = [
      ['The Courier quoted Anna Berg, a lawyer in Marsh City, as saying, “The boats will stay.”', [['quote', 'Anna Berg', 'freedonia', null]]],
      ['The Courier quoted Karl Lind, an analyst at a university in Marsh City, as saying the boats would stay.', [['reported', 'Karl Lind', null, 'the boats would stay']]],
      ['The article quotes Karl Lind, a Sylvanian expert, as saying the boats would stay.', [['reported', 'Karl Lind', null, 'the boats would stay']]],
      // A clause between the commas is no description: nothing is read rather than a guess.
      ['The Courier quoted Karl Lind, who fled in May, as saying the boats would stay.', []],
    ];
    for (const [text, expected] of cases) expect(read(text), text).toEqual(expected);
  });

  it('reads the quotation after the verb as what was said, not the words before the speaker', () => {
    expect(what(statements(['Earlier in the day, the State Bureau said “we are still reviewing that process.”']))).toEqual([
      { kind: 'quote', quote: 'we are still reviewing that process.', reported: null, verb: 'said' },
    ]);
  });

  it('reads "…, as X has pledged to …" as X’s pledge, not an aside, and not part of a report before it', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.kind === 'quote' ? m.quote : m.reported]);
    expect(read('The tanker was attacked, as Sylvania has pledged to attack any vessel with ties to Freedonia.')).toEqual([
      ['sylvania', 'pledged', 'to attack any vessel with ties to Freedonia'],
    ]);
    expect(read('Berg warned that Sylvania could face “consequences”, as Ruhl has vowed to take “phased” measures.')).toEqual([
      ['anna-berg', 'warned', 'consequences'],
      ['tomas-ruhl', 'vowed', 'phased'],
    ]);
  });

  it('reads "made (it) clear that …" as a statement, and ", making it clear that …" as the same speaker’s', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('Ruhl made clear that the boats would stay.')).toEqual([['tomas-ruhl', 'made clear that', 'the boats would stay']]);
    expect(read('Ruhl has made it clear that the boats would stay.')).toEqual([['tomas-ruhl', 'made it clear that', 'the boats would stay']]);
    expect(read('Berg said the port was closed, making it clear that no talks would follow.')).toEqual([
      ['anna-berg', 'said', 'the port was closed'],
      ['anna-berg', 'making it clear that', 'no talks would follow'],
    ]);
  });

  it('reads offered condolences as words offered, with a quotation in them', () => {
    expect(what(statements(['Ruhl offered condolences for their “unbearable pain” on Monday.']))).toEqual([
      { kind: 'quote', quote: 'unbearable pain', reported: 'for their “unbearable pain” on Monday', verb: 'offered condolences' },
    ]);
  });

  it('reads ", offering to …" as the speaker’s offer, and "offering shelter" as no speech', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('Berg stressed that Freedonia stands with the islanders, offering to take in any sailors who wish to stay.')).toEqual([
      ['anna-berg', 'stressed', 'that Freedonia stands with the islanders'],
      ['anna-berg', 'offering', 'to take in any sailors who wish to stay'],
    ]);
    expect(read('The ships stayed in the port, offering shelter to the crews.')).toEqual([]);
  });

  it('reads "suggests", "indicate" as a report of a speaker, and no one’s when a thing points ("cooperation with Sylvania indicates")', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('The State Bureau suggests Sylvania is ready for new tests.')).toEqual([['freedonia-state-bureau', 'suggests', 'Sylvania is ready for new tests']]);
    expect(read('Recent reports from the State Bureau indicate that the toll has surpassed 4,000.')).toEqual([
      ['freedonia-state-bureau', 'indicate', 'that the toll has surpassed 4,000'],
    ]);
    expect(read('Sylvania’s cooperation with Freedonia indicates its isolation, Ruhl said.')).toEqual([
      ['tomas-ruhl', 'said', 'Sylvania’s cooperation with Freedonia indicates its isolation'],
    ]);
    expect(read('The fall of Marsh City suggested the war was turning.')).toEqual([]);
  });

  it('ends a report before the joiner and auxiliaries of the subject’s next verb ("… but did not mention …"), not at an elided verb', () => {
    const read = (text: string) => statements([text]).map((m) => [m.verb, m.reported]);
    expect(read('The Courier confirmed the visit but did not mention the talks on Friday.')).toEqual([
      ['confirmed', 'the visit'],
      ['mention', 'the talks on Friday'],
    ]);
    expect(read('Ruhl denied the claim and has publicly called on the residents to stay.')).toEqual([
      ['denied', 'the claim'],
      ['called on', 'the residents to stay'],
    ]);
    expect(read('Berg said Sylvania could attack but would not.')).toEqual([['said', 'Sylvania could attack but would not']]);
  });

  it('reads the writer’s words after a trailing speaker tag as no part of what was said ("…, Ruhl said on Wednesday, after …", "…, another sign of …")', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.reported]);
    expect(read('Around 600 soldiers have been killed, Ruhl said on Wednesday (Apr 30), after talks resumed in the capital.')).toEqual([
      ['tomas-ruhl', 'Around 600 soldiers have been killed'],
    ]);
    expect(read('Freedonia will send thousands of workers to the region, the Courier reported, another sign of a growing partnership.')).toEqual([
      ['daily-courier', 'Freedonia will send thousands of workers to the region'],
    ]);
    // A report that runs on after the tag, and a description before the name, read as before.
    expect(read('The move, Berg said, was a mistake.')).toEqual([['anna-berg', 'The move, Berg said, was a mistake']]);
    expect(read('The port is closed, Anna Berg, the bureau’s spokesperson, said on Monday, after the talks failed.')).toEqual([['anna-berg', 'The port is closed']]);
  });

  it('reads a fronted setting ("On Monday, ", "After the meeting, ") as no part of what was said', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('During the talks, Ruhl reaffirmed his “unconditional” support for the plan.')).toEqual([
      ['tomas-ruhl', 'reaffirmed', 'his “unconditional” support for the plan'],
    ]);
    expect(read('After the meeting, Ruhl accused Freedonia, Sylvania and the Council of shelling the port.')).toEqual([
      ['tomas-ruhl', 'accused', 'Freedonia, Sylvania and the Council of shelling the port'],
    ]);
    expect(read('In Marsh City, Berg said, the port was closed.')).toEqual([['anna-berg', 'said', 'the port was closed']]);
    // What was said before the speaker is still what was said, however it opens.
    expect(read('On Monday, the port was closed, Berg said.')).toEqual([['anna-berg', 'said', 'On Monday, the port was closed']]);
    expect(read('On Monday 20 sailors fell, the Defence Ministry said.')).toEqual([['freedonia-defence-ministry', 'said', 'On Monday 20 sailors fell']]);
    expect(read('Yesterday 200 sailors fell, the Defence Ministry said.')).toEqual([['freedonia-defence-ministry', 'said', 'Yesterday 200 sailors fell']]);
  });

  it.each([
    ['Currently, Sylvania has not commented on the report.', [['sylvania', 'commented', 'on the report']]],
    ['So far, Berg has not commented on the report.', [['anna-berg', 'commented', 'on the report']]],
    ['Now, Berg says the port is closed.', [['anna-berg', 'says', 'the port is closed']]],
    // A clause of its own before the speaker is what was said.
    ['Recently, 200 sailors fell, the Defence Ministry said.', [['freedonia-defence-ministry', 'said', 'Recently, 200 sailors fell']]],
  ])('reads a fronted time adverb ("Currently, ", "So far, ") as no part of what was said: %j', (text, wanted) => {
    expect(statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported])).toEqual(wanted);
  });

  it('reads "committed to …" as an undertaking, and "committed troops" or "were committed" as none', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('In May, Freedonia committed to partner with its neighbours to build a fleet.')).toEqual([
      ['freedonia', 'committed', 'to partner with its neighbours to build a fleet'],
    ]);
    expect(read('Freedonia committed 2,000 troops to the coast.')).toEqual([]);
    expect(read('The crews were committed to the mission.')).toEqual([]);
  });

  it.each([
    ['Berg charged that Sylvania had sent boats to the coast.', 'charged that', 'Sylvania had sent boats to the coast'],
    ['Ruhl ruled out talks with Freedonia on the boats.', 'ruled out', 'talks with Freedonia on the boats'],
    ['Berg slammed the strikes as a violation of the ceasefire.', 'slammed', 'the strikes as a violation of the ceasefire'],
    ['Ruhl played down the threat posed by the boats.', 'played down', 'the threat posed by the boats'],
    ['Berg questioned whether the boats would ever leave the port.', 'questioned whether', 'the boats would ever leave the port'],
    ['Ruhl swore that the boats would never leave the port.', 'swore that', 'the boats would never leave the port'],
    ['Berg appealed for calm in the port on Monday.', 'appealed for', 'calm in the port on Monday'],
    ['Berg considered that the blockade amounts to a siege.', 'considered that', 'the blockade amounts to a siege'],
    ['Ruhl called upon the rebels to leave the port.', 'called upon', 'the rebels to leave the port'],
    ['The resolution calls upon Sylvania to open the border.', 'calls upon', 'Sylvania to open the border'],
    ['Ruhl considers that the boats pose no threat.', 'considers that', 'the boats pose no threat'],
  ])('reads a position taken in words: %j', (text, verb, reported) => {
    expect(what(statements([text]))).toEqual([{ kind: 'reported', quote: null, reported, verb }]);
  });

  it('reads no speech in a blow or a charge: "slammed into", "charged the crews"', () => {
    expect(statements(['A missile slammed into the port on Monday.'])).toEqual([]);
    expect(statements(['The court charged the crews with smuggling.'])).toEqual([]);
  });

  it('reads no view in an offer weighed or a passive: "considered the offer", "is considered"', () => {
    expect(statements(['Ruhl considered the offer for a week.'])).toEqual([]);
    expect(statements(['The port is considered safe by the crews.'])).toEqual([]);
  });

  it('gives "issued a warning to X saying …" and "sent a letter to X saying …" to the issuer', () => {
    const read = (text: string) => statements([text]).map((m) => [m.kind, m.speaker.actor, m.quote ?? m.reported]);
    expect(read('Berg has issued a dire warning to the rebels and their allies saying they will pay a ‘heavy price’.')).toEqual([
      ['quote', 'anna-berg', 'heavy price'],
    ]);
    expect(read('Berg sent a letter to Ruhl saying the boats would leave the port.')).toEqual([['reported', 'anna-berg', 'the boats would leave the port']]);
  });

  it('reads "has since said", "have since declared" as the subject’s report', () => {
    const read = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
    expect(read('Berg has since denied the report.')).toEqual([['anna-berg', 'denied', 'the report']]);
    expect(read('Sylvania has since said the boats left the port on Monday.')).toEqual([['sylvania', 'said', 'the boats left the port on Monday']]);
  });

  it('keeps "as Berg said" an aside', () => {
    expect(statements(['The move was a mistake, as Berg said.']).map((s) => s.reported)).not.toContain('The move was a mistake');
  });
});

describe('reported speech: a claim referred back to', () => {
  /** [sentence, each report as speaker actor (or description), verb and words]. */
  const cases: [string, [string | null, string, string | null][]][] = [
    [
      'Sylvania says Freedonian boats crossed the strait, something neither Freedonia nor the Northern Council has acknowledged.',
      [
        ['sylvania', 'says', 'Freedonian boats crossed the strait'],
        ['freedonia', 'acknowledged', 'Freedonian boats crossed the strait'],
        ['northern-council', 'acknowledged', 'Freedonian boats crossed the strait'],
      ],
    ],
    [
      'The State Bureau said the boats had left the port, something Sylvania has not confirmed.',
      [
        ['freedonia-state-bureau', 'said', 'the boats had left the port'],
        ['sylvania', 'confirmed', 'the boats had left the port'],
      ],
    ],
    ['Freedonian boats were in the strait, a claim Freedonia denies.', [['freedonia', 'denies', 'Freedonian boats were in the strait']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(speakerVerbWords(sentence)).toEqual(expected);
  });
});

describe('reported speech: an accusation after "as", and a speaker stressed', () => {
  /** [sentence, each report as speaker actor (or description), verb and words]. */
  const cases: [string, [string | null, string, string | null][]][] = [
    [
      'The visit drew attention as Sylvania has accused Freedonia of sending boats to the strait.',
      [['sylvania', 'accused', 'Freedonia of sending boats to the strait']],
    ],
    ['Sylvania itself has accused Freedonia of sending boats to the strait.', [['sylvania', 'accused', 'Freedonia of sending boats to the strait']]],
    ['Anna Berg herself said the port was closed.', [['anna-berg', 'said', 'the port was closed']]],
    // What a denial denies is its own content, as an accusation's charge is.
    ['The talks failed as Sylvania denied the sinking of three boats.', [['sylvania', 'denied', 'the sinking of three boats']]],
    ['It comes as Sylvania has denied sinking three boats.', [['sylvania', 'denied', 'sinking three boats']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(speakerVerbWords(sentence)).toEqual(expected);
  });

  it('still reads "as X said" with nothing of its own after it as an aside, not a report', () => {
    expect(statements(['The boats left the port, as Berg said.']).filter((m) => m.reported !== null && m.reported !== 'The boats left the port')).toEqual([]);
    expect(statements(['The boats left the port, as Berg denied, on Monday.']).filter((m) => m.reported !== null && m.reported !== 'The boats left the port')).toEqual([]);
  });
});

describe('reported speech: a claim a name’s possessive owns, as the object of a position taken on it', () => {
  const claims = (text: string) => statements([text]).map((m) => [m.speaker.actor, m.verb, m.reported]);
  it.each([
    // The dispute is Sylvania's statement too, as the denial and the rejection below are their speakers'.
    [
      'Sylvania disputes Ruhl’s assertion that Freedonia has retaken complete control of the port.',
      [
        ['sylvania', 'disputes', 'Ruhl’s assertion that Freedonia has retaken complete control of the port'],
        ['tomas-ruhl', 'assertion', 'Freedonia has retaken complete control of the port'],
      ],
    ],
    [
      'Earlier, the Defence Ministry denied Sylvania’s claim that its forces had fired on the port overnight.',
      [
        ['freedonia-defence-ministry', 'denied', 'Sylvania’s claim that its forces had fired on the port overnight'],
        ['sylvania', 'claim', 'its forces had fired on the port overnight'],
      ],
    ],
    // The claim's content ends at a comma.
    ['Berg rejected Ruhl’s allegation that the boats had left the port, saying they never sailed.', [['anna-berg', 'rejected', 'Ruhl’s allegation that the boats had left the port'], ['anna-berg', 'saying', 'they never sailed'], ['tomas-ruhl', 'allegation', 'the boats had left the port']]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // A subject, whose clause runs into the sentence's predicate.
    ['Ruhl’s claim that the boats had left the port was false.'],
    // Not the object of a position taken on the claim.
    ['Berg said Sylvania’s claims that the port was closed were lies.'],
    // An owner the topic data does not know.
    ['Berg rejected Max Smith’s claim that the port was closed to all ships.'],
  ])('lists no claim of its owner: %j', (text) => {
    expect(statements([text]).filter((m) => ['claim', 'claims', 'assertion', 'allegation'].includes(m.verb ?? ''))).toEqual([]);
  });
});

describe('reported speech: a setting after an inverted speaker with an appositive', () => {
  it.each([
    ['About 8,000 Sylvanian sailors are still in the port, stated the head of Freedonia’s navy, Anna Berg, in an interview with the Marsh Gazette published on February 4.'],
    ['About 8,000 Sylvanian sailors are still in the port, said the head of Freedonia’s navy, Anna Berg, at a briefing.'],
  ])('reports the words before the speaker, not where they were said: %s', (text) => {
    expect(findStatements([{ n: 1, text }], createActorLexicon(actors)).map((s) => [s.speaker.actor, s.reported])).toEqual([['anna-berg', 'About 8,000 Sylvanian sailors are still in the port']]);
  });
});

describe('reported speech: a tweet speaks for whoever posted it, as a statement does', () => {
  it.each([
    [['The State Bureau said on X that it had shot down 14 drones.', 'The tweet added that the drones were attack drones.'], ['freedonia-state-bureau', 'that the drones were attack drones']],
    // Posted by no one named before: no one's.
    [['Boats sank off the coast on Monday.', 'The tweet added that the drones were attack drones.'], [null, 'that the drones were attack drones']],
  ])('%j', (paragraphs, expected) => {
    const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), createActorLexicon(actors));
    expect(found.map((s) => [s.speaker.actor, s.reported]).at(-1)).toEqual(expected);
  });
});

describe('reported speech: "claim", "insist", "maintain" before a clause whose subject opens with a demonstrative', () => {
  it.each([
    ['Sylvanian rebels claim these attacks are in response to the blockade.', [['claim', 'these attacks are in response to the blockade']]],
    ['Freedonia insists those boats were Sylvanian.', [['insists', 'those boats were Sylvanian']]],
    // No verb after the demonstrative's noun: a thing held or claimed, no words.
    ['Sylvania maintains this position.', []],
    ['Sylvania maintains these forces in the valley.', []],
  ])('%s', (text, expected) => {
    expect(findStatements([{ n: 1, text }], createActorLexicon(actors)).map((s) => [s.verb, s.reported])).toEqual(expected);
  });
});

describe('reported speech: a report in an opening "After …" clause ends where the main clause’s speaker begins', () => {
  it.each([
    ['After the Daily Courier reported that Sylvanian troops had left, Anna Berg said that the port was closed.', [['daily-courier', 'that Sylvanian troops had left'], ['anna-berg', 'that the port was closed']]],
    ['Although Tomas Ruhl claimed that the boats had sunk, Anna Berg said that they had reached the port.', [['tomas-ruhl', 'that the boats had sunk'], ['anna-berg', 'that they had reached the port']]],
  ])('%s', (text, expected) => {
    expect(findStatements([{ n: 1, text }], createActorLexicon(actors)).map((s) => [s.speaker.actor, s.reported])).toEqual(expected);
  });

  it('keeps a speaker with no comma before them inside the first report: what was reported', () => {
    const text = 'After the Daily Courier reported that Anna Berg said the port was closed, ships left.';
    expect(findStatements([{ n: 1, text }], createActorLexicon(actors)).map((s) => s.speaker.actor)).toEqual(['daily-courier']);
  });
});

describe('reported speech: a standing view, "considers X (as) Y", "regards X as Y"', () => {
  it.each([
    ['Sylvania considers the Freedonian-populated valley as its territory.', [['sylvania', 'considers', 'the Freedonian-populated valley as its territory']]],
    ['Freedonia considers Marsh City a part of Freedonia.', [['freedonia', 'considers', 'Marsh City a part of Freedonia']]],
    ['Freedonia considers it necessary for the council to act.', [['freedonia', 'considers', 'it necessary for the council to act']]],
    ['Freedonia regards Sylvanian sailors as its own citizens.', [['freedonia', 'regards', 'Sylvanian sailors as its own citizens']]],
    // Weighing a thing, or a manner: no view held in words.
    ['Freedonia considers options for the port.', []],
    ['Freedonia considers sending boats.', []],
    ['Sylvania regards the talks with suspicion.', []],
  ])('%s', (text, expected) => {
    expect(findStatements([{ n: 1, text }], createActorLexicon(actors)).map((s) => [s.government, s.verb, s.reported])).toEqual(expected);
  });
});
