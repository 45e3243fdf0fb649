import { describe, expect, it } from 'vitest';
import { stanceOfVerb } from '../../src/lib/assemble/stance/verb.ts';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker (actor id, else the description), verb and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('a call told as its noun: "launched an appeal for …", "issued an appeal to … to …"', () => {
  it.each([
    ['The Ostmark agency launched an appeal for funds to shelter the refugees.', [['The Ostmark agency', 'launched an appeal', 'for funds to shelter the refugees']]],
    ['The Ostmark agency, which launched an appeal for blankets and tents for the families, runs the camps.', [['The Ostmark agency', 'launched an appeal', 'for blankets and tents for the families']]],
    ['Ruhl issued an urgent appeal to the Council and the neighbouring states to open the border.', [['tomas-ruhl', 'issued an urgent appeal', 'to the Council and the neighbouring states to open the border']]],
    ['Berg renewed her appeal to donors to send food.', [['anna-berg', 'renewed her appeal', 'to donors to send food']]],
    ['The Defence Ministry made an appeal for calm in the border towns of the north.', [['freedonia-defence-ministry', 'made an appeal', 'for calm in the border towns of the north']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // An appeal of a court, and an appeal with no words of what is asked.
    ['The lawyers launched an appeal against the ruling.'],
    ['The ministry launched an appeal to the supreme court.'],
    ['The agency launched an appeal on Monday.'],
    // A call of another kind, and things launched that are no speech act.
    ['Berg made a call to Ruhl to discuss the talks.'],
    ['The navy launched an attack for the first time.'],
    ['The agency launched a campaign to persuade families to stay.'],
  ])('no report: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['launched an appeal', 'calls-for'],
    ['issued an urgent appeal', 'calls-for'],
    ['made a promise', 'pledges'],
    ['heard the appeal of the lawyers', undefined],
  ])('the stance of "%s"', (verb, stance) => {
    expect(stanceOfVerb(verb)).toBe(stance);
  });
});
