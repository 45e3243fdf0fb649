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
