import type { Candidate, DateRule, RuleContext } from './types.ts';

/** What a rule's resolver returns for one match; null drops the match. */
export type MatchResolution = Omit<Candidate, 'index' | 'endIndex' | 'rule'> | null;

/**
 * A rule from global regular expressions and a resolver of their matches. The whole match is the
 * mention's span, so patterns use lookbehind and lookahead for context they must not include.
 * `cues` are words in lower case one of which every match of every pattern contains ("ago", the
 * month names): a text without any of them is not searched, since the patterns are slow to try at
 * every offset and most paragraphs hold no date of a given kind. (A pattern's letters match only
 * letters of the same name, so its words are in the lowercased text wherever it matches.)
 */
export function regexRule(
  name: string,
  cues: readonly string[],
  patterns: RegExp[],
  resolve: (match: RegExpExecArray, context: RuleContext, text: string) => MatchResolution,
): DateRule {
  for (const pattern of patterns) {
    if (!pattern.global) throw new Error(`Date rule "${name}" needs global patterns; add the g flag to ${pattern}.`);
  }
  // One search for all the cues is quicker than one per cue.
  const anyCue = new RegExp(cues.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return {
    name,
    find(text, context) {
      const found: Candidate[] = [];
      if (!anyCue.test(context.lowered)) return found;
      for (const pattern of patterns) {
        // `text.matchAll(pattern)` would copy the pattern for every text; this reads the same matches.
        pattern.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = pattern.exec(text)) !== null) {
          if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
          const resolved = resolve(match, context, text);
          if (resolved) found.push({ ...resolved, index: match.index, endIndex: match.index + match[0].length, rule: name });
        }
      }
      return found;
    },
  };
}

/** Past an empty match at `index`, as `matchAll` steps: one code unit, or a whole surrogate pair in a `u` pattern. */
export function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
