import { describe, expect, it } from 'vitest';
import { readReporting } from '../../src/lib/assemble/reporting.ts';
import { stanceOf } from '../../src/lib/assemble/stance.ts';

/** Reads the reporting of the first `verb` in `text`. */
const read = (text: string, verb: string) => readReporting(text, verb, text.indexOf(verb));

describe('readReporting: the verb with its negation', () => {
  it('marks a denial verb as negated', () => {
    expect(read('Freedonia and Sylvania both deny they have engaged in arms transfers.', 'deny')).toEqual({ verb: 'deny', negated: true, denial: true });
    expect(read('The ministry rejected reports that boats crossed.', 'rejected')).toEqual({ verb: 'rejected', negated: true, denial: true });
    expect(read('Berg dismissed the claim as fake.', 'dismissed').negated).toBe(true);
  });

  it('keeps an auxiliary that negates the reporting in the verb', () => {
    expect(read('The navy did not confirm the sinking.', 'confirm')).toEqual({ verb: 'did not confirm', negated: true, denial: false });
    expect(read('Officials declined to say whether boats crossed.', 'say')).toEqual({ verb: 'declined to say', negated: true, denial: false });
    expect(read('The ministry has not confirmed it.', 'confirmed').verb).toBe('has not confirmed');
  });

  it('reads a negated denial as asserting nothing either way', () => {
    expect(read('Berg did not deny that talks were held.', 'deny')).toEqual({ verb: 'did not deny', negated: false, denial: false });
  });

  it('leaves a plain verb alone, and a negation inside the reported words to the words', () => {
    expect(read('Berg said the boats had not crossed.', 'said')).toEqual({ verb: 'said', negated: false, denial: false });
    expect(read('Not long after, Berg said talks resumed.', 'said').negated).toBe(false);
    expect(readReporting('“We will stay.”', null, null)).toEqual({ verb: null, negated: false, denial: false });
  });
});

describe('stanceOf: verb and clause together', () => {
  const stance = (verb: string | null, words: string, negated = false, denial = false) => stanceOf({ verb, negated, denial }, words);

  it('takes the stance a verb makes plain', () => {
    expect(stance('denied', 'the boats crossed', true, true)).toBe('denies');
    expect(stance('warned', 'the talks could fail')).toBe('warns');
    expect(stance('urged', 'both sides to stop')).toBe('calls-for');
    expect(stance('condemned', 'the attack')).toBe('condemns');
    expect(stance('acknowledged', 'the boats crossed')).toBe('confirms');
  });

  it('reads a negated reporting verb as unconfirmed', () => {
    expect(stance('did not confirm', 'the sinking', true, false)).toBe('unconfirmed');
    expect(stance('said', 'it could not confirm the sinking')).toBe('unconfirmed');
  });

  it('leaves a neutral verb to the words: a call, a promise, a threat, a condemnation, or what happened', () => {
    expect(stance('said', 'Sylvania must withdraw its boats')).toBe('calls-for');
    expect(stance('said', 'we will continue to support the port')).toBe('pledges');
    expect(stance('said', 'the navy will respond with force')).toBe('threatens');
    expect(stance('said', 'the blockade was illegal')).toBe('condemns');
    expect(stance('said', 'the talks might resume')).toBe('other');
    expect(stance('according to', 'three boats crossed the line on Monday')).toBe('confirms');
  });
});

describe('readReporting: a subject that negates the verb', () => {
  it('reads "Neither X nor Y have confirmed" as negated', () => {
    const text = 'Neither Freedonia nor Sylvania have confirmed the presence of boats.';
    expect(read(text, 'confirmed')).toEqual({ verb: 'neither … confirmed', negated: true, denial: false });
  });
});
