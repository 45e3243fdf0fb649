import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The reported words of the last statement. */
const lastReported = (text: string) => statements([text]).at(-1)?.reported;

describe('a participle set off by its comma ("…, adding, Freedonia supports …") is no part of what was said', () => {
  it.each([
    ['The port can reopen soon, Berg noted, adding, Freedonia supports regional talks within the new format.', 'Freedonia supports regional talks within the new format'],
    ['Ruhl spoke for an hour on Monday, stressing, Sylvania will not retreat from the coast.', 'Sylvania will not retreat from the coast'],
    // Must not change: "that" after the participle, and a report with no participle.
    ['The port can reopen soon, Berg noted, adding that Freedonia supports regional talks within the new format.', 'that Freedonia supports regional talks within the new format'],
    ['Berg said, Freedonia supports regional talks within the new format.', 'Freedonia supports regional talks within the new format'],
  ])('%s', (text, reported) => {
    expect(lastReported(text)).toBe(reported);
  });
});
