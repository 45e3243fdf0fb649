import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const reports = (sentence: string) => statements([sentence]).filter((m) => m.verb?.toLowerCase() === 'according to').map((m) => m.reported);

describe('words that describe the source after "according to" run to its comma', () => {
  it.each([
    'According to one of the envoys attending the talks, the port will reopen in May.',
    'According to officials briefed by the State Bureau, the port will reopen in May.',
    'According to a sailor who survived the attack, the port will reopen in May.',
    'According to the State Bureau, which briefed the envoys on Monday, the port will reopen in May.',
  ])('leaves the description out of what was said: %s', (sentence) => {
    expect(reports(sentence)).toEqual(['the port will reopen in May']);
  });

  it.each([
    // Trailing: what was said is before the source.
    ['The port will reopen in May, according to officials briefed by the State Bureau.', 'The port will reopen in May'],
    // A participle after the comma opens what was said.
    ['According to the State Bureau, shelling continued overnight near the port.', 'shelling continued overnight near the port'],
  ])('reads the words said as before: %s', (sentence, content) => {
    expect(reports(sentence)).toEqual([content]);
  });
});

describe('the words that say when the source spoke, after "according to", run to its comma', () => {
  it.each([
    'According to the State Bureau on Monday, the port will reopen in May.',
    'According to the Courier on the 30th of last month, the port will reopen in May.',
    'According to the Courier on June 30, 2025, the port will reopen in May.',
    'According to the State Bureau last week, the port will reopen in May.',
    // The record of a source whose name closes with an acronym, then the day.
    'According to a Radio Marsh (RM) report on Friday, the port will reopen in May.',
  ])('leaves the day out of what was said: %s', (sentence) => {
    expect(reports(sentence)).toEqual(['the port will reopen in May']);
  });

  it.each([
    // A place is no time: it may be where the source is, or what was said may open with it.
    ['According to the State Bureau in Marsh City, the port will reopen in May.', 'the port will reopen in May'],
    // A day after the comma is part of what was said.
    ['According to the State Bureau, on Monday the port reopened.', 'on Monday the port reopened'],
    // Trailing: the day is the port's, said before the source.
    ['The port reopened on Monday, according to the State Bureau.', 'The port reopened on Monday'],
    // Words besides dates before the comma: not only a time.
    ['According to the State Bureau on Monday night in Marsh City, the port will reopen in May.', null],
  ])('reads the words said as before: %s', (sentence, content) => {
    const found = reports(sentence);
    if (content === null) expect(found).not.toEqual(['the port will reopen in May']);
    else expect(found).toEqual([content]);
  });
});
