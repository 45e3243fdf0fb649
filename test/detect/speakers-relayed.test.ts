import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Who said what, one line per statement: [actor, speaker as written, verb, words]. */
const credit = (paragraphs: string[]) =>
  statements(paragraphs).map((s) => [s.speaker.actor, s.speaker.name ?? s.speaker.description, s.verb, s.quote ?? s.reported]);

describe('an acronym in parentheses inside a speaker’s name', () => {
  it.each([
    ['The State Bureau (SB) office said the boats would return.', 'freedonia-state-bureau', 'The State Bureau (SB) office'],
    ['The Freedonian Defence Ministry (FDM) spokesperson said the boats would return.', 'freedonia-defence-ministry', 'The Freedonian Defence Ministry (FDM) spokesperson'],
    // The acronym at the end of the name, as before.
    ['The State Bureau (SB) said the boats would return.', 'freedonia-state-bureau', 'The State Bureau (SB)'],
  ])('"%s" is the named body’s', (sentence, actor, phrase) => {
    expect(credit([sentence]).map(([a, p]) => [a, p])).toEqual([[actor, phrase]]);
  });

  it.each([
    ['Freedonia’s main agency, the State Bureau (SB), said the boats would return.', 'freedonia-state-bureau', 'the State Bureau'],
    ['Freedonia’s main agency, the State Bureau (SB), now estimates that the boats would return.', 'freedonia-state-bureau', 'the State Bureau'],
  ])('"%s": an appositive closed by its acronym in parentheses is who speaks', (sentence, actor, phrase) => {
    expect(credit([sentence]).map(([a, p]) => [a, p])).toEqual([[actor, phrase]]);
  });

  it('does not read a body in parentheses closing the words before an inverted speaker as the speaker', () => {
    expect(credit(['The drones hit an office of the State Bureau (SB), said Berg.']).map(([a]) => a)).toEqual(['anna-berg']);
  });

  it('does not join a name after the parentheses to the words before them', () => {
    expect(credit(['In a talk with the State Bureau (SB) Berg said the boats had left.']).map(([a]) => a)).toEqual(['anna-berg']);
  });
});

describe('"X cited Y as <speech participle>" is Y’s statement only', () => {
  it.each(['saying', 'reporting', 'stating', 'confirming', 'claiming'])('"cited military authorities as %s that …"', (participle) => {
    expect(credit([`The State Bureau cited military authorities as ${participle} that the crew had left the tanker.`])).toEqual([
      [null, 'military authorities', participle, 'that the crew had left the tanker'],
    ]);
  });

  it('keeps "cited" as the speaker’s own when what follows "as" is no speech', () => {
    expect(credit(['The Courier cited the attack as proof that the port was unsafe.'])).toEqual([
      ['daily-courier', 'The Courier', 'cited', 'the attack as proof that the port was unsafe'],
    ]);
  });
});

describe('"it" never refers to a plural description', () => {
  it('"“…,” it said" after an agency cited "military authorities" is the agency', () => {
    const paragraphs = ['The State Bureau said a drone hit the tanker.', 'It cited military authorities as saying that the crew had left.', '“All crew are safe,” it said.'];
    expect(credit(paragraphs).at(-1)?.[0]).toBe('freedonia-state-bureau');
  });

  it('"they" still refers to the authorities', () => {
    const paragraphs = ['Military authorities said that the crew had left the tanker.', '“All crew are safe,” they said.'];
    expect(credit(paragraphs).at(-1)?.[1]).toBe('Military authorities');
  });
});

describe('"claim" as the subject of a verb in the past is a noun', () => {
  it('"The latest Sylvanian claim came hours after the Courier reported …" is the Courier’s report only', () => {
    expect(credit(['The latest Sylvanian claim came only hours after the Courier reported that a drone was shot down.'])).toEqual([
      ['daily-courier', 'the Courier', 'reported', 'that a drone was shot down'],
    ]);
  });

  it.each([
    ['Sylvania claims Freedonian instructors taught them.', 'Freedonian instructors taught them'],
    ['Freedonian officials claim Sylvania sent 900 sailors.', 'Sylvania sent 900 sailors'],
  ])('"%s" is still a claim with a clause of its own', (sentence, words) => {
    expect(credit([sentence]).map((s) => s[3])).toEqual([words]);
  });
});

describe('"detailed" reports words only right before them', () => {
  it('"The statement detailed “…”" is the statement’s issuer’s quote', () => {
    const paragraphs = ['A statement issued Wednesday by the State Bureau confirmed that the port closed.', 'The statement detailed “Forty boats were sunk by the fleet.”'];
    expect(credit(paragraphs).at(-1)?.slice(0, 3)).toEqual(['freedonia-state-bureau', 'The statement', 'detailed']);
    expect(credit(['The Courier detailed that forty boats were sunk.'])).toEqual([['daily-courier', 'The Courier', 'detailed', 'that forty boats were sunk']]);
  });

  it.each(['The State Bureau detailed the losses in a statement that Berg read out.', 'Berg presented a detailed plan that the council approved.'])('"%s" reports nothing', (sentence) => {
    expect(credit([sentence])).toEqual([]);
  });
});

describe('the issuer of a document before an aside', () => {
  it.each([
    ['On Monday, twelve countries, including Freedonia, issued a joint statement stating, "The rebels will bear the responsibility."', null, 'twelve countries'],
    ['Anna Berg, the bureau spokesperson, issued a statement saying, "The boats will return."', 'anna-berg', 'Anna Berg'],
  ])('"%s"', (sentence, actor, phrase) => {
    expect(credit([sentence]).map(([a, p]) => [a, p])).toEqual([[actor, phrase]]);
  });
});

describe('"with X hailing their “…”" is X’s praise', () => {
  it.each(['hailing', 'lauding'])('"with Berg %s their “…”" is Berg’s quotation, not the sentence subject’s', (participle) => {
    const found = credit([`The State Bureau thanked the crews on Monday, with Berg ${participle} their “fortitude and heroism.”`]);
    expect(found.filter(([, , , words]) => words?.startsWith('fortitude')).map(([actor, , verb]) => [actor, verb])).toEqual([['anna-berg', participle]]);
  });

  it.each(['The ship, hailing from Marsh City, docked on Monday.', 'Crowds lined the streets, hailing the returning crews.'])('"%s" quotes no one', (sentence) => {
    expect(credit([sentence])).toEqual([]);
  });
});

describe('"it added" after words a body "reported" goes on with whoever said them, not with the body that carried them', () => {
  it.each([
    ['“The boats left,” said the State Bureau, as reported by the Northern Council.', 'It added that the port was closed.', 'freedonia-state-bureau'],
    ['The State Bureau said the boats left, the Northern Council reported.', 'It added that the port was closed.', 'freedonia-state-bureau'],
    // "according to" a body that is no outlet: the body's own statement, the most recent speaker.
    ['The State Bureau said the boats left, according to the Northern Council.', 'It added that the port was closed.', 'northern-council'],
  ])('%s %s', (first, second, actor) => {
    const last = credit([first, second]).at(-1);
    expect([last?.[0], last?.[2]]).toEqual([actor, 'added']);
  });
});
