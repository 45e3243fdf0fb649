/**
 * Shapes shared by the importer's stages. Every stage is a pure function that takes
 * the lines still unclaimed, claims the ones it understands, and reports what it did,
 * so the editor can see where each frontmatter value and each dropped line came from.
 */

/** One line of the pasted article, numbered as an editor sees it in a text editor. */
export interface Line {
  /** 1-based line number in the input file. */
  n: number;
  /** The line exactly as pasted (line break removed, trailing spaces kept). */
  raw: string;
  /** The line without surrounding whitespace; what the stages read. */
  text: string;
}

/** A value the importer read from the text, with the line it came from. */
export interface Found<T> {
  value: T;
  /** The line's text, quoted in notes and messages. */
  text: string;
  /** 1-based line number. */
  line: number;
}

/** Something the editor should know about, in the manner of a vfile message: a reason, a place and a rule id. */
export interface ImportMessage {
  /** Stable rule id, e.g. `furniture/byline-placeholder`, `wrap/broken-word`, `field/title`. */
  rule: string;
  /** What happened, in a sentence, and what to do when something is expected of the editor. */
  reason: string;
  /** The frontmatter field concerned, when there is one. */
  field?: string;
  /** 1-based line number in the input, when there is one. */
  line?: number;
}

/** What a credit line or metadata item tells about the article. */
export interface Credits {
  /** Agencies credited (`- Reuters`, `(With inputs from IANS)`), in the order met. */
  wire: Found<string>[];
  /** The outlet named by a `Source:` line. */
  publisher: Found<string> | null;
  /** An author line such as `By Jane Doe`. */
  byline: Found<string> | null;
  /** A standalone link to the article. */
  url: Found<string> | null;
}

/** An empty set of credits, for stages to fill. */
export function noCredits(): Credits {
  return { wire: [], publisher: null, byline: null, url: null };
}

/** A value a saved web page states about itself, with the tag it was read from. */
export interface PageFact {
  value: string;
  /** Where in the page: `og:site_name`, `JSON-LD publisher.name`, `link rel=canonical`… */
  where: string;
  /** The value as the page writes it (`2024-10-23T03:09:00+09:00` for the day `2024-10-23`). */
  text: string;
}

/** What a saved web page says about the article in its metadata, apart from the article's text. */
export interface PageFacts {
  headline: PageFact | null;
  /** Every spelling of the headline the page shows (`og:title`, `<h1>`, `<title>`), to recognise it atop the text. */
  headlines: string[];
  publisher: PageFact | null;
  /** The publication day, `YYYY-MM-DD`. */
  published: PageFact | null;
  byline: PageFact | null;
  /** Agencies the page names as the article's authors. */
  wire: PageFact[];
  url: PageFact | null;
}
