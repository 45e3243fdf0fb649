/**
 * Stance read as the assembly reads it: the reporting verb as it stands in the sentence, then the
 * reported words. Shared by the stance tests whose cases give a whole sentence, its verb and its words.
 */
import { readReporting, type Reporting } from '../../src/lib/assemble/reporting.ts';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's reported words: neither about the speaker's own side nor a quote. */
export const FOR_A_SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

/** The reporting of `verb` at its first place in `sentence`. */
export function reportingIn(sentence: string, verb: string): Reporting {
  return readReporting(sentence, verb, sentence.indexOf(verb));
}

/** The stance of `words`, read with the reporting of `verb` in `sentence`, said by `speaker`. */
export function stanceIn(sentence: string, verb: string, words: string, speaker: StanceSpeaker = FOR_A_SIDE, quote: string | null = null): Stance {
  return stanceOf(reportingIn(sentence, verb), words, speaker, quote);
}
