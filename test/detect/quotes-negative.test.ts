import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Things that must NOT become statements (or must not become statements of a government). */
describe('quotation marks that are not speech', () => {
  it.each([
    ['a programme title', 'Ober spoke on the “Evening Report” programme about the drills.'],
    ['a channel name before a capitalised noun', 'The clip ran on the "Border Watch" YouTube channel.'],
    ['a so-called label', 'The so-called “peace corridor” remained closed.'],
    ['a dubbed label', 'Troops began drills dubbed “Northern Shield” near the border.'],
    ['a single scare-quoted word without a speech verb', 'Talks were described as “frank” by observers.'],
    ['a short scare quote mid-sentence', 'The convoy carried “humanitarian” cargo across the river.'],
    ['a number in quotes', 'The figure of “10,000” appeared in several reports.'],
    ['an inch mark', 'The 5" shells were stored near the border.'],
    ['a crosshead that only quotes a few words', '“Heroism and professionalism”'],
    [
      'captions of footage, each of the list',
      'The footage showed sailors, with captions such as: “Oh, our heroes, shining stars of the homeland” and “Those who gave their lives shine like radiant stars.”',
    ],
    ['a banner’s slogan', 'Protesters carried banners reading “Freedonia out of Marsh City now”.'],
  ])('%s', (_, text) => {
    expect(statements([text])).toEqual([]);
  });

  it('reads no statement in a line in headline style, and goes on to the body', () => {
    const mentions = statements([
      '“If I Return to Freedonia, My Parents Will Already Be Gone”...Anna Berg Urges Repatriation Efforts for Sylvanian Sailors',
      'Ruhl Says Freedonia Will “Never Leave” Marsh City Port',
      'Berg said: “We will bring them home.”',
    ]);
    expect(mentions.map((m) => [m.paragraph, m.quote])).toEqual([[3, 'We will bring them home.']]);
    // A sentence of the body ends like one, whatever its capitals, and a quotation may end it.
    expect(statements(['“We will never leave Marsh City,” Anna Berg said.']).map((m) => m.quote)).toEqual(['We will never leave Marsh City']);
    expect(statements(['Anna Berg, Deputy Spokesperson, State Bureau: “We Will Never Leave.”']).map((m) => m.quote)).toEqual(['We Will Never Leave.']);
  });

  it('keeps the words of a speaker who holds a banner', () => {
    expect(statements(['Berg, holding a banner, said: “We will never leave this port.”']).map((m) => [m.quote, m.speaker.actor])).toEqual([['We will never leave this port.', 'anna-berg']]);
  });

  it('reads a Title Case quotation right after an outlet’s name as its programme, not the speaker’s words', () => {
    const quotes = (text: string) => statements([text]).filter((m) => m.kind === 'quote');
    expect(quotes('Berg told the Courier’s “Evening Report” that the boats would stay.')).toEqual([]);
    expect(quotes('Berg told Radio Marsh ‘Morning Show’ that the boats would stay.')).toEqual([]);
  });

  it('keeps a quotation that is a paragraph of its own and ends like a sentence', () => {
    expect(statements(['“We will stay.”']).map((m) => m.quote)).toEqual(['We will stay.']);
  });

  it('does not treat a headline an outlet gave its story as anyone’s statement', () => {
    const mentions = statements(['The Courier headlined its story “Freedonia Closes Border, Minister Says” on Monday.']);
    expect(mentions).toEqual([]);
  });

  it('does not give a quoted headline to the government it mentions, even with a speech verb nearby', () => {
    const mentions = statements(['Some outlets, for example, headlined the report “Sylvania Says Talks Are Over,” though no one said so.']);
    expect(mentions.filter((m) => m.government !== null)).toEqual([]);
  });
});

describe('negated speech verbs: a statement whose verb keeps its negation', () => {
  it.each([
    ['a negated verb', 'Freedonia has not confirmed the deployment.', 'confirmed', 'the deployment'],
    ['a contracted negation', 'Sylvania hasn’t denied the report.', 'denied', 'the report'],
    ['an infinitive after "declined to"', 'Berg declined to say when talks would resume.', 'say', 'when talks would resume'],
    ['an infinitive after "refused to"', 'Ruhl refused to confirm the figure.', 'confirm', 'the figure'],
    ['"did not"', 'Berg did not say when talks would resume.', 'say', 'when talks would resume'],
    ['"would neither confirm nor deny": one withheld position, no separate denial', 'Ruhl would neither confirm nor deny that the boats left.', 'confirm nor deny', 'that the boats left'],
    ['"did not confirm or deny"', 'Ruhl did not confirm or deny the report.', 'confirm or deny', 'the report'],
    ['"has neither confirmed nor denied": the past form, one verb too', 'Freedonia has neither confirmed nor denied the deployment.', 'confirmed nor denied', 'the deployment'],
    ['"hadn’t confirmed or denied"', 'Sylvania hadn’t confirmed or denied its boat movements.', 'confirmed or denied', 'its boat movements'],
    ['"neither" alone before its verb', 'Berg neither confirmed nor denied that the boats left.', 'confirmed nor denied', 'that the boats left'],
    ['"neither" alone before a verb that needs a negation', 'Sylvania neither commented on the report.', 'commented', 'on the report'],
  ])('%s', (_, text, verb, reported) => {
    const [mention, ...rest] = statements([text]);
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ kind: 'reported', verb, reported });
  });

  it.each([
    ['a confirmation and a denial of two things', 'Berg confirmed the sinking but denied that the boats fired.', [['confirmed', 'the sinking'], ['denied', 'that the boats fired']]],
    ['"neither" opening what was said', 'Neither boat was hit, Berg said.', [['said', 'Neither boat was hit']]],
    ['"neither" in the subject’s own clause', 'A ministry that neither side trusts said the boats left.', []],
    ['a confirmation and a denial by two speakers', 'Berg confirmed the sinking and Ruhl denied the report.', [['confirmed', 'the sinking'], ['denied', 'the report']]],
  ])('reads no withheld "confirmed nor denied" where the words do not hold one: %s', (_, text, expected) => {
    expect(statements([text]).map((m) => [m.verb, m.reported])).toEqual(expected);
  });
});

describe('short denials', () => {
  it('keeps a denial whose object is a word or two, beside what the same speaker admits', () => {
    const mentions = statements(['Sylvania denied sending boats but admitted that sailors were in the port.']);
    expect(mentions.map((m) => [m.verb, m.reported])).toEqual([
      ['denied', 'sending boats'],
      ['admitted', 'that sailors were in the port'],
    ]);
  });
});

describe('speech verbs that report no statement', () => {
  it.each([
    ['a passive verb', 'The report was denied on Monday.'],
    ['a modal', 'Sylvania would confirm nothing.'],
    ['a negated verb with nothing after it', 'Berg declined to comment.'],
    ['a participle opening the sentence', 'Asked about the convoy, Berg declined to comment.'],
    ['a subject that cannot speak', 'The troops said to be near the border were recalled.'],
    ['a clause that says what was said, not who', 'Freedonia rejected what it said were false reports.'],
  ])('%s', (_, text) => {
    const mentions = statements([text]);
    // Only "Freedonia rejected …" is a statement in this list; the object clause's "it said" is not.
    expect(mentions.filter((m) => m.verb !== 'rejected')).toEqual([]);
  });

  it('does not read nouns that look like speech verbs', () => {
    expect(statements(['Freedonian claims of a ceasefire could not be verified.', 'The notes showed no change.'])).toEqual([]);
  });

  it.each([
    ['watching a thing', 'Ruhl observed tests of newly developed drones on Tuesday.'],
    ['measuring a change', 'The State Bureau recorded an 86 per cent increase in prices by January.'],
    ['telling about a thing, with no term for it', 'Ruhl described the brutal conditions at the front, particularly the drone strikes.'],
  ])('reads no words in a verb of %s', (_, text) => {
    expect(statements([text])).toEqual([]);
  });

  it('keeps those verbs when they report words: "that", a quotation, a count, "as", "how"', () => {
    const read = (text: string) => statements([text]).map((m) => [m.verb, m.quote ?? m.reported]);
    expect(read('Ruhl observed that the boats had left.')).toEqual([['observed', 'that the boats had left']]);
    expect(read('“The boats left,” Ruhl observed.')).toEqual([['observed', 'The boats left']]);
    expect(read('The State Bureau has recorded over 900 refugees.')).toEqual([['recorded', 'over 900 refugees']]);
    expect(read('Ruhl described the strikes as a violation of the truce.')).toEqual([['described', 'the strikes as a violation of the truce']]);
    expect(read('Sylvanian sailors described how the crews went from heavy losses to skilled fighting.')).toEqual([
      ['described', 'how the crews went from heavy losses to skilled fighting'],
    ]);
  });

  it('reads no speaker in a possessive before a participle that qualifies a count', () => {
    expect(statements(['Nearly all of Fredonburg’s estimated 120,000 residents fled the city.'])).toEqual([]);
    expect(statements(["Sylvania's reported 300 casualties were never confirmed."])).toEqual([]);
    // The owner's noun still speaks: "Sylvania's navy estimated …".
    expect(statements(['Sylvania’s navy estimated 300 casualties.']).map((m) => m.verb)).toEqual(['estimated']);
  });

  it('does not invent a speaker from a time phrase', () => {
    expect(statements(['Last week said nothing about the border.'])).toEqual([]);
  });
});

describe('quotes without a speaker are not guessed', () => {
  it('does not give a mid-paragraph unattributed quote to an earlier speaker of another paragraph', () => {
    const mentions = statements(['Ruhl said the drills were over.', 'Tanks moved. “The border is closed to all traffic.”']);
    expect(mentions.map((m) => [m.paragraph, m.speaker.actor])).toEqual([
      [1, 'tomas-ruhl'],
      [2, null],
    ]);
  });

  it('does not resolve "the official" to a speaker never described as one', () => {
    const mentions = statements(['Ruhl said the drills were over.', 'The official added that the troops would stay.']);
    expect(mentions.map((m) => [m.speaker.actor, m.government, m.resolvedBy])).toEqual([
      ['tomas-ruhl', 'sylvania', 'explicit'],
      [null, null, 'none'],
    ]);
  });
});

describe('making details known is no statement until the details are told', () => {
  it.each([
    'Berg revealed alarming details about the growing cooperation between Freedonia and Sylvania.',
    'Ruhl revealed shocking data on the scale of the losses.',
    'The State Bureau disclosed new information regarding the convoy.',
  ])('%s', (text) => {
    expect(statements([text])).toEqual([]);
  });

  it.each([
    ['Berg did not reveal details about the attack.', 'details about the attack'],
    ['Berg revealed that the boats had left.', 'that the boats had left'],
  ])('still reads "%s"', (text, reported) => {
    expect(statements([text]).map((s) => s.reported)).toEqual([reported]);
  });
});

describe('the words before a participle’s subject are the writer’s', () => {
  it('"an interview with a sailor describing “brutal” fighting" is the sailor’s quotation only', () => {
    const found = statements(['And this month, the Courier published an interview with a Sylvanian sailor describing “brutal” fighting at the port.']);
    expect(found.map((s) => [s.kind, s.quote ?? s.reported, s.speaker.description])).toEqual([['quote', 'brutal', 'a Sylvanian sailor']]);
  });

  it('still reads what a speaker said before a participle that adds a quotation', () => {
    const found = statements(['The boats have left, Berg said, adding “we will not return” to reporters.']);
    expect(found.map((s) => [s.kind, s.quote ?? s.reported])).toEqual([
      ['reported', 'The boats have left'],
      ['quote', 'we will not return'],
    ]);
  });
});

describe('thanks alone are no statement', () => {
  it.each(['Berg expressed his gratitude for the crews deployed in the port.', 'The State Bureau expressed thanks to the crews, with Berg at its side.'])('%s', (text) => {
    expect(statements([text])).toEqual([]);
  });

  it.each([
    ['Berg expressed gratitude to Sylvania for helping the crews reach the port.', 'gratitude to Sylvania for helping the crews reach the port'],
    ['Berg expressed concern over the attacks.', 'concern over the attacks'],
  ])('still reads "%s"', (text, reported) => {
    expect(statements([text]).map((s) => s.reported)).toEqual([reported]);
  });
});

describe('words put in someone’s mouth are no quotation', () => {
  const shown = (text: string) => statements([text]).map((m) => [m.kind, m.quote]);
  it.each([
    ['after "able to say"', 'Berg warned that some countries are only making statements in order to later be able to say ‘well, we had condemned it.’'],
    ['after "could say"', 'Ruhl said the critics could say “too little, too late” about the plan.'],
    ['after "can say" and a comma', 'Berg said the rebels want a deal so they can say, “we won the war.”'],
    ['after a modal and an adverb', 'Ruhl said voters would probably say “enough is enough” at the polls.'],
  ])('%s: the report stands, with no partial quote', (_, text) => {
    expect(shown(text)).toEqual([['reported', null]]);
  });
  it.each([
    ['"went on to say" says it', 'Berg went on to say, “We will win this war.”', 'We will win this war.'],
    ['"wanted to say" says it', 'Ruhl said he wanted to say “thank you” to the rescuers.', 'thank you'],
    ['"will say" quotes remarks released before a speech', 'Berg will say, “We stand with our allies,” according to excerpts released by her office.', 'We stand with our allies'],
  ])('%s', (_, text, quote) => {
    expect(statements([text]).map((m) => m.quote)).toContain(quote);
  });
});
