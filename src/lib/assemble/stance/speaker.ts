/** Who speaks, as the stance needs it: for themselves, as a document, as a finding, as an analyst. */

/** What the stance needs to know of the speaker. */
export interface StanceSpeaker {
  /** A named person who speaks for no government or body: a witness, a prisoner, a resident. */
  forThemselves: boolean;
  /** The words are the writer's report of what was said, not the speaker's own. */
  reported: boolean;
  /** The reported words open by naming the speaker's own side ("Berg said Freedonia will …"). */
  ownSideFirst?: boolean;
  /** A report or an assessment: a promise in its words is another's, which it tells. */
  finding?: boolean;
  /** A decree, treaty or agreement: what it says will be done it binds its parties to. */
  document?: boolean;
  /** Analysts or experts who speak for no side: what they tell is their assessment. */
  assesses?: boolean;
  /** Speaks for a government or an organisation (not the media, an analyst, a private person). */
  forASide?: boolean;
}

/**
 * Words that describe analysts and experts: "Analysts", "Many experts", "a senior analyst at the Marsh Institute",
 * "a professor at Marsh University", "a senior fellow at the Ruhl Centre", "a Fredonburg-based think tank".
 */
const ANALYST = /\b(?:analysts?|experts?|researchers?|scholars?|academics?|specialists?|economists?|historians?|strategists?|pundits?|commentators?|professors?|lecturers?|(?:research|senior|visiting|non-?resident)\s+fellows?|fellows?\s+at|think[\s-]tanks?)\b/i;

/**
 * Words that describe a document that binds: "the decree", "the Freedonia-Sylvania Treaty on …", "the joint
 * declaration", "Berg's decree", "the president’s new decree" (its signer named right before it; not "the
 * minister's statement on the agreement", whose document is only its topic).
 */
const BINDING_DOCUMENT = /^\W*(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,4}?|(?:[\p{L}-]+\s+)?[\p{L}-]+['’]s?\s+(?:[\p{L}-]+\s+)?)(?:decree|treaty|agreement|accord|pact|memorandum|charter|constitution|declaration)s?\b/iu;

/** Whether a speaker so described is a document that binds, whose words say what will be done. */
export function speaksAsDocument(description: string): boolean {
  return BINDING_DOCUMENT.test(description);
}

/** Words that describe a written finding: "Freedonia’s assessment", "the report", "a CNBC report", "the study". */
const FINDING = /\b(?:assessment|report|estimate|analysis|study|survey|findings)s?\s*$/i;

/** Whether a speaker so described is a report or an assessment: it tells what others undertake, it promises nothing. */
export function speaksAsFinding(description: string): boolean {
  return FINDING.test(description);
}

/**
 * A title that names a publication after the trade it serves, capitalised and alone: "The Economist",
 * "The Strategist", "The Diplomat" (not "the economist", "an Economist at the bank", "The Chief Economist").
 */
const PUBLICATION_TITLE = /^\W*The\s+\p{Lu}\p{Ll}+\W*$/u;

/** Whether a speaker so described, speaking for `government`, is an analyst or an expert of no side (not a publication so titled). */
export function assessesForNoSide(description: string, government: string | null): boolean {
  return government === null && ANALYST.test(description) && !PUBLICATION_TITLE.test(description);
}
