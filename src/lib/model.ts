/**
 * The briefing model: what the pipeline produces and the pages render.
 * Field names follow the data contract in DESIGN.md (`dist/data/briefing.json`, version 2).
 */

/** How exactly a date is known. `range` is an open or spanning range ("since August", "early- to mid-October"). */
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'range';

/** A date as the text gives it, and what it resolves to against the article's publication day. */
export interface ResolvedDate {
  /** The words of the text, e.g. "last week", "Oct. 30", "earlier this month". */
  text: string;
  /** First day of the resolved range, `YYYY-MM-DD`; null when the range is open at the start ("by December"). */
  start: string | null;
  /** Last day of the resolved range, `YYYY-MM-DD`; null when open at the end ("since August last year"). */
  end: string | null;
  precision: DatePrecision;
}

/** A pointer to the exact words of a source paragraph. */
export interface Citation {
  /** Source id. */
  source: string;
  /** Paragraph number, as in `#p<n>`. */
  paragraph: number;
  /** Verbatim span of the paragraph's text; the build fails when it does not occur there. */
  evidence: string;
  /** Site-relative link to the paragraph, `/sources/<id>/#p<n>` (without the base path). */
  href: string;
}

/** One source paragraph, numbered by `bodyParagraphs`. */
export interface SourceParagraph {
  n: number;
  text: string;
}

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string | null;
  /** `YYYY-MM-DD`. */
  published: string;
  wire: string[];
  /** Path of the MDX file, relative to the project root, for messages to editors. */
  file: string;
  paragraphs: SourceParagraph[];
}

/** A person or body who speaks, as the text identifies them. */
export interface Speaker {
  /** Personal name when the text gives one ("Anna Berg"); null for unnamed officials. */
  name: string | null;
  /** The role or description the text gives ("the department's deputy spokesperson"). */
  description: string;
  /** Actor id from the topic data, when resolved. */
  actor: string | null;
}

/**
 * What every event, statement and figure carries besides its content: the ids it answers to and
 * when it was reported. The pipeline fills these after ids and overrides (see pipeline/index.ts).
 */
export interface Published {
  id: string;
  /**
   * Ids of published entries merged into this one (content/anchors.json): the entry answers to
   * each of them, so links to them land on it. Sorted; empty for most entries.
   */
  aliases: string[];
  /** Publication day (`YYYY-MM-DD`) of the earliest source that cites the entry. */
  firstReported: string;
  /** Publication day (`YYYY-MM-DD`) of the latest source that cites the entry. */
  lastUpdated: string;
}

/** The fields of `Published`, which a candidate does not have yet. */
export type PublishedField = keyof Published;

export interface BriefingEvent extends Published {
  date: ResolvedDate;
  /** True for scheduled or expected things that had not happened when reported. */
  expected: boolean;
  /** Actor ids involved. */
  actors: string[];
  /** Government actor ids involved. */
  governments: string[];
  /** A neutral one-sentence summary, taken from the source text. */
  summary: string;
  /** The event itself in a line: a verbatim clause of the evidence, without the attribution around it. */
  headline: string;
  /** Who asserts that it happened ("according to …", "… said"); null when the outlet tells it itself. */
  claimant: Speaker | null;
  citations: Citation[];
}

export interface Statement extends Published {
  speaker: Speaker;
  /** Government or intergovernmental organisation the speaker speaks for; null when not known. */
  government: string | null;
  /** The verbatim direct quote, without quotation marks; null for reported speech. */
  quote: string | null;
  /** Reported speech as the text gives it; null for a direct quote. */
  reported: string | null;
  /** The reporting words as written, with a negation before them ("denied", "did not confirm", "according to"); null for a quote continued without one. */
  verb: string | null;
  /** True when the speaker denies or rejects the content, or the reporting is itself negated: never show `reported` alone. */
  negated: boolean;
  /** What the statement does to the matter at issue, in the fixed vocabulary; null when it cannot be told. */
  stance: Stance | null;
  date: ResolvedDate | null;
  citations: Citation[];
}

/** The fixed stance vocabulary of the data contract (DESIGN.md). */
export type Stance = 'confirms' | 'denies' | 'unconfirmed' | 'warns' | 'condemns' | 'pledges' | 'threatens' | 'calls-for' | 'other';

/** Where a figure stands in time: done so far, a running total, intended, or forecast. */
export type FigureStage = 'reported' | 'cumulative' | 'planned' | 'expected';

export interface Figure extends Published {
  /** Figure category id from the topic data. */
  category: string;
  /** The number as written; null for a vague amount ("thousands of troops"), which is never given a made-up value. */
  value: number | null;
  /** What the words imply: "at least 3,000" is {min: 3000, max: null}; "thousands" {min: 2000, max: null}. */
  bounds: { min: number | null; max: number | null };
  /** Done so far (`reported`), a running total (`cumulative`), intended (`planned`) or forecast (`expected`). */
  stage: FigureStage;
  /** "around", "at least", "up to", … or null when the number is given plainly. */
  qualifier: string | null;
  /** The unit noun as written ("troops", "containers"). */
  unit: string;
  /** The verbatim span, e.g. "around 12,000 troops". */
  text: string;
  claimant: Speaker;
  government: string | null;
  asOf: ResolvedDate | null;
  citations: Citation[];
}

export type ActorKind = 'government' | 'intergovernmental' | 'body' | 'person' | 'commentator' | 'media';

export interface ActorSummary {
  id: string;
  name: string;
  kind: ActorKind;
  government: string | null;
}

/** Something an editor should look at; printed after each build and by `npm run report`. */
export interface Diagnostic {
  /** Stable rule id, e.g. `unresolved-speaker`. */
  rule: string;
  message: string;
  source?: string;
  file?: string;
  paragraph?: number;
}

export interface Briefing {
  version: 2;
  title: string;
  description: string;
  sources: SourceDocument[];
  events: BriefingEvent[];
  statements: Statement[];
  figures: Figure[];
  actors: ActorSummary[];
  diagnostics: Diagnostic[];
}
