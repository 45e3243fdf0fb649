import { describe, expect, it } from 'vitest';
import { CueWords } from '../../src/lib/assemble/stance/cue-words.ts';

/**
 * A cue read through the shared walk of the clause answers as its regular expression does (or more
 * widely, never less): its plain words anywhere in a word, in any case the flags allow, and its other
 * alternatives as written.
 */
const CASES: { cue: RegExp; text: string; holds: boolean }[] = [
  // A plain word or stem, anywhere, as a substring.
  { cue: /will|respon|sanction/iu, text: 'they will go', holds: true },
  { cue: /will|respon|sanction/iu, text: 'an irresponsible act', holds: true },
  { cue: /will|respon|sanction/iu, text: 'they went home', holds: false },
  // Any case, and the letters a case-insensitive Unicode pattern reads as "s" and "k".
  { cue: /will|respon|sanction/iu, text: 'NEW SANCTIONS', holds: true },
  { cue: /will|respon|sanction/iu, text: 'new ſanctions', holds: true },
  { cue: /risk|attack/i, text: 'the RISK is real', holds: true },
  { cue: /risk|attack/iu, text: 'an attac\u212a', holds: true },
  // A phrase keeps its space.
  { cue: /looking into|find out/i, text: 'we are looking into it', holds: true },
  { cue: /looking into|find out/i, text: 'we are looking at it', holds: false },
  // Alternatives that are not plain words, read as written.
  { cue: /ha(?:s|ve)\s+to\s|please/iu, text: 'they have\tto go', holds: true },
  { cue: /ha(?:s|ve)\s+to\s|please/iu, text: 'they have no choice', holds: false },
  { cue: /^\W*let\s|priority/iu, text: '“Let us go', holds: true },
  { cue: /^\W*let\s|priority/iu, text: 'they let us go', holds: false },
  { cue: /n['’]t|absent/iu, text: 'it isn’t so', holds: true },
  { cue: /all(?:y|ies)|bond/iu, text: 'a close ally', holds: true },
  { cue: /all(?:y|ies)|bond/iu, text: 'all of them', holds: false },
];

/** Alternatives read as their plain words, more widely than written: never less than the pattern. */
const WIDER: { cue: RegExp; text: string; pattern: boolean }[] = [
  { cue: /\b(?:lay|laid|surrender)/i, text: 'they laid down their arms', pattern: true },
  { cue: /\b(?:lay|laid|surrender)/i, text: 'the message was relayed', pattern: false },
  { cue: /\b(?:say|tell)\b|repeat/i, text: 'we can say this', pattern: true },
  { cue: /\b(?:say|tell)\b|repeat/i, text: 'the essays', pattern: false },
  { cue: /\bno\b|absent/i, text: 'nothing at all', pattern: false },
];

describe('CueWords', () => {
  it.each(CASES)('$cue on "$text": $holds, as the pattern', ({ cue, text, holds }) => {
    expect(cue.test(text)).toBe(holds);
    expect(new CueWords(cue).test(text)).toBe(holds);
  });

  it.each(WIDER)('$cue on "$text": holds (the pattern: $pattern)', ({ cue, text, pattern }) => {
    expect(cue.test(text)).toBe(pattern);
    expect(new CueWords(cue).test(text)).toBe(true);
  });

  it('answers each cue for each text, texts and cues asked in turn', () => {
    const cues = [new CueWords(/threat|danger/i), new CueWords(/promise|pledge/i), new CueWords(/claim|report/i)];
    const texts = ['a grave danger', 'we pledge aid', 'the report is false', 'nothing here', 'a danger and a promise'];
    for (let round = 0; round < 3; round++) {
      for (const text of texts) {
        for (const cue of cues) expect(cue.test(text), `${cue.source} on ${text}`).toBe(cue.pattern.test(text));
      }
    }
  });

  it('reads a text walked before the cue was made', () => {
    const first = new CueWords(/harbour/i);
    const text = 'the harbour is closed to shipping';
    expect(first.test(text)).toBe(true);
    const later = new CueWords(/shipping/i);
    expect(later.test(text)).toBe(true);
    expect(first.test(text)).toBe(true);
  });

  it('keeps the written source for patterns built on it', () => {
    expect(new CueWords(/ready|willing/i).source).toBe('ready|willing');
  });
});
