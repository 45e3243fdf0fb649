import { describe, expect, it } from 'vitest';
import { stanceOfVerb } from '../../src/lib/assemble/stance/verb.ts';

/** Verbs and the stance each makes plain (undefined: the words decide). */
const VERBS: Array<[string, string | undefined]> = [
  ['said', undefined],
  ['denied', 'denies'],
  ['has warned', 'warns'],
  ['vowed in early December', 'pledges'],
  ['gave a warning', 'warns'],
  ['made a promise', 'pledges'],
  ['confirmed', 'confirms'],
  ['told the committee', undefined],
];

describe('stanceOfVerb', () => {
  it('gives each verb its stance, read again, and after more verbs than it remembers', () => {
    for (const [verb, stance] of VERBS) expect(stanceOfVerb(verb), verb).toBe(stance);
    for (const [verb, stance] of VERBS) expect(stanceOfVerb(verb), `${verb} again`).toBe(stance);
    // Over a thousand other verbs: the memo is emptied on the way, never grown without bound.
    for (let k = 0; k < 2500; k++) expect(stanceOfVerb(`said ${k}`)).toBeUndefined();
    for (const [verb, stance] of VERBS) expect(stanceOfVerb(verb), `${verb} after others`).toBe(stance);
  });
});
