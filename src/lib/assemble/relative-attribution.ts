/**
 * An attribution told inside a relative clause vouches for that clause only. "The strikes, which,
 * according to Sylvania, left 300 dead": the 300 are Sylvania's. "The strike involved two missiles,
 * which, according to the navy, was enough to stop the ship": the navy vouches for what the strike
 * did, not for the two missiles. "The first deployment, which was confirmed by Berg in April, saw
 * 300 casualties": Berg confirmed the deployment, not the toll.
 */

/** A relative clause that holds an attribution, in offsets of the text it was read from. */
export interface RelativeAttribution {
  /** Who the clause credits, as written ("the navy", "Berg"). */
  source: string;
  /** Where the relative pronoun stands. */
  start: number;
  /** Where the attribution ends: the clause's own words follow. */
  asideEnd: number;
  /** Where the clause ends: its closing comma, or the end of the text. */
  end: number;
}

/**
 * "which, according to X, …", "that, which according to X, …": an "according to" aside right after
 * the relative pronoun. Group 1 is X. Not "that, according to X, …", where "that" opens what someone
 * said, not a relative clause.
 */
const ACCORDING_TO_ASIDE = /\b(?:which|who)\s*,?\s+according\s+to\s+([^,;:]+?)\s*,/giu;

/**
 * ", which was confirmed by X in April,": a passive of reporting with its agent, closed by a comma;
 * it tells who vouches for the noun before it. Group 1 is X with any date words after it.
 */
const PASSIVE_REPORT =
  /,\s*(?:which|who)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:first|later|officially|publicly|also)\s+)?(?:confirmed|reported|announced|acknowledged|disclosed|stated|claimed|revealed)\s+by\s+([^,;:]+?)\s*,/giu;

/** The relative clauses of `text` (one sentence) that hold an attribution, in order. */
export function relativeAttributions(text: string): RelativeAttribution[] {
  const found: RelativeAttribution[] = [];
  for (const m of text.matchAll(ACCORDING_TO_ASIDE)) {
    // The clause ends at the next comma, dash or semicolon, else with the sentence: "the raids, which,
    // according to the navy, hit the port, killed 40" may go back to the main clause after "port".
    const asideEnd = m.index + m[0].length;
    const end = text.slice(asideEnd).search(/[,;—–]/);
    found.push({ source: m[1] as string, start: m.index, asideEnd, end: end < 0 ? text.length : asideEnd + end });
  }
  for (const m of text.matchAll(PASSIVE_REPORT)) {
    found.push({ source: m[1] as string, start: m.index, asideEnd: m.index + m[0].length, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The relative clause whose own words, after its attribution, hold the offset `at`. */
export function attributionOver(text: string, at: number): RelativeAttribution | undefined {
  return relativeAttributions(text).find((r) => at >= r.asideEnd && at < r.end);
}

/**
 * Whether a reporting verb at `verbAt` stands inside a relative clause's attribution while the
 * figure at `at` stands outside that clause: the speaker vouches for something else.
 */
export function attributionElsewhere(text: string, verbAt: number, at: number): boolean {
  return relativeAttributions(text).some((r) => verbAt >= r.start && verbAt < r.asideEnd && (at < r.start || at >= r.end));
}
