import { describe, expect, it } from 'vitest';
import { BERG, statements } from './quotes.fixture.ts';

const quotes = (paragraphs: string[]) =>
  statements(paragraphs)
    .filter((m) => m.kind === 'quote')
    .map((m) => [m.paragraph, m.quote, m.speaker.name, m.speaker.actor, m.government, m.verb, m.unclosedQuote ?? false]);

describe('a social-media post embedded with its attribution line', () => {
  it('reads the paragraph above the line as the account’s words, though the page prints no marks', () => {
    expect(
      quotes([
        'Boats were seen leaving the port.',
        'BREAKING - Boats leave the port of Marsh City, amid crowds on the quay. No confirmation on numbers.',
        '— Marsh Observer (@MarshObs) September 25, 2026',
        'The Defence Ministry said the boats had left.',
      ]),
    ).toEqual([
      // One quote a sentence (corpus README, fifteenth batch).
      [2, 'BREAKING - Boats leave the port of Marsh City, amid crowds on the quay.', 'Marsh Observer', null, null, null, false],
      [2, 'No confirmation on numbers.', 'Marsh Observer', null, null, null, false],
    ]);
  });

  it('reads a post’s sentences as its quotes, words it quotes inside them too, when the post ends with its link', () => {
    expect(
      quotes([
        'Boats leave the port of Marsh City. What are the guards doing with these “inspections” besides creating delays? pic.twitter.com/xbYToj7lyb',
        '— Marsh Observer (@MarshObs) September 26, 2026',
      ]),
    ).toEqual([
      [1, 'Boats leave the port of Marsh City.', 'Marsh Observer', null, null, null, false],
      [1, 'What are the guards doing with these “inspections” besides creating delays?', 'Marsh Observer', null, null, null, false],
    ]);
    // Without the link, a paragraph that quotes inside its words is the writer's, as before.
    expect(quotes(['Ruhl called the raid “reckless” on Tuesday.', '— Anna Berg (@annaberg) 25 September 2026']).map(([, quote]) => quote)).toEqual(['reckless']);
  });

  it('gives a post’s words to whom it credits them after a colon, left out of the quote; the agency only carries them', () => {
    expect(
      quotes([
        'The port reopened on Monday.',
        'Boats left the port this morning. More details are awaited: State Bureau officials pic.twitter.com/abc123',
        '— Marsh Wire (@MarshWire) September 25, 2026',
      ]),
    ).toEqual([
      [2, 'Boats left the port this morning.', 'State Bureau officials', 'freedonia-state-bureau', 'freedonia', null, false],
      [2, 'More details are awaited', 'State Bureau officials', 'freedonia-state-bureau', 'freedonia', null, false],
    ]);
    // A credit the topic data does not know is still who speaks, for no government.
    expect(quotes(['The port is closed until Monday: Harbour sources pic.twitter.com/abc123', '— Marsh Wire (@MarshWire) September 25, 2026'])).toEqual([
      [1, 'The port is closed until Monday', 'Harbour sources', null, null, null, false],
    ]);
  });

  it.each([
    ['Three things matter now: Jobs, homes and schools pic.twitter.com/abc123'],
    ['Our answer to the blockade: Freedonia pic.twitter.com/abc123'],
    ['The talks resume on Monday: Update to follow'],
    ['The talks resume on Monday, the Bureau says: Full statement pic.twitter.com/abc123'],
  ])('keeps the account as the speaker when the words after the colon are no one who speaks: %s', (text) => {
    const found = quotes([text, '— Marsh Wire (@MarshWire) September 25, 2026']);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, , name]) => name === 'Marsh Wire')).toBe(true);
  });

  it('gives a quoted post to the account, and a known account its government', () => {
    const mentions = statements(['The Courier published a post.', '“The boats left the port this morning. We will not let them return.”', '— Anna Berg (@annaberg) 25 September 2026']);
    expect(mentions.map((m) => [m.paragraph, m.kind, m.speaker, m.government, m.resolvedBy])).toEqual([[2, 'quote', { ...BERG, name: 'Anna Berg' }, 'freedonia', 'explicit']]);
  });

  it('reads the words before a line that ends their own paragraph, and a paragraph after the line that ends with the post’s link, without the link', () => {
    expect(quotes(['Sylvania will respond to every provocation. pic.twitter.com/abc123 — Tomas Ruhl (@TRuhl) September 25, 2026'])).toEqual([
      [1, 'Sylvania will respond to every provocation.', 'Tomas Ruhl', 'tomas-ruhl', 'sylvania', null, false],
    ]);
    expect(quotes(['Boats leave the port of Marsh City.', '— Marsh Observer (@MarshObs) September 25, 2026', 'Video not official. pic.twitter.com/DtHRaF1hk0'])).toEqual([
      [1, 'Boats leave the port of Marsh City.', 'Marsh Observer', null, null, null, false],
      [3, 'Video not official.', 'Marsh Observer', null, null, null, false],
    ]);
  });

  it.each([
    // The line run on after the post's last word, with or without a space: all names and a date,
    // which is no headline.
    ['Sylvania will respond to every provocation.— Tomas Ruhl (@TRuhl) September 25, 2026'],
    ['Sylvania will respond to every provocation. — Tomas Ruhl (@TRuhl) September 25, 2026'],
    ['FREEDONIAN NAVY shoots down two drones over the strait.— Tomas Ruhl (@TRuhl) September 25, 2026'],
  ])('reads the words before an attribution line that ends their paragraph with no link: %s', (text) => {
    expect(quotes([text]).map(([paragraph, quote, name]) => [paragraph, quote, name])).toEqual([[1, text.slice(0, text.indexOf('.') + 1), 'Tomas Ruhl']]);
  });

  it('reads a post in capitals whose line follows its words with no space as the account’s words, not a heading', () => {
    const cases: Array<[string, string, string]> = [
      ['USS MARSH shoots down two drones while responding to an attack on a merchant vessel.— Marsh Command (@MarshCmd) December 31, 2026', 'USS MARSH shoots down two drones while responding to an attack on a merchant vessel.', 'Marsh Command'],
      ['HMS Sylvan Repels Largest Drone Attack To Date — Tomas Ruhl (@TRuhl) January 10, 2026', 'HMS Sylvan Repels Largest Drone Attack To Date', 'Tomas Ruhl'],
    ];
    for (const [text, quote, account] of cases) expect(quotes(['Boats were seen leaving the port.', text]).map(([p, q, name]) => [p, q, name])).toEqual([[2, quote, account]]);
    // A heading with no attribution line is still no one's words.
    expect(quotes(['HMS Sylvan Repels Largest Drone Attack To Date', 'Boats were seen leaving the port.'])).toEqual([]);
  });

  it('reads nothing as a post without a handle, nor the writer’s paragraph that introduces it or quotes someone in part', () => {
    expect(quotes(['The boats left the port this morning.', '— Anna Berg, deputy spokesperson'])).toEqual([]);
    expect(quotes(['Berg posted on Tuesday:', '— Anna Berg (@annaberg) 25 September 2026'])).toEqual([]);
    expect(quotes(['Ruhl called the raid “reckless” on Tuesday.', '— Anna Berg (@annaberg) 25 September 2026'])).toEqual([
      [1, 'reckless', 'Tomas Ruhl', 'tomas-ruhl', 'sylvania', 'called', false],
    ]);
  });
});

describe('a pull quote signed by a card after it', () => {
  it('reads a first-person block before a card naming a known person and their title as that person’s words, and nothing else', () => {
    const cases: Array<[string[], unknown[]]> = [
      [['We will not give up our land. The boats stay in port.', 'Tomas Ruhl Defence Minister of Sylvania'], [[1, 'We will not give up our land. The boats stay in port.', 'Tomas Ruhl', 'tomas-ruhl', 'sylvania', null, false]]],
      [['I am grateful to our sailors.', 'Anna Berg'], [[1, 'I am grateful to our sailors.', 'Anna Berg', 'anna-berg', 'freedonia', null, false]]],
      // A crosshead about the person, words of the writer, a report of someone's speech, a person the topic data does not know.
      [['We drove to the border at dawn.', 'Tomas Ruhl Speaks Out'], []],
      [['The boats left at dawn.', 'Anna Berg Deputy Spokesperson'], []],
      [['Ruhl told us the boats would stay.', 'Anna Berg'], []],
      [['We will not give up our land.', 'Karl Weiss Interior Minister'], []],
    ];
    for (const [paragraphs, expected] of cases) expect(quotes(paragraphs)).toEqual(expected);
  });
});
