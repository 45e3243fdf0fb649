import type { Candidate, DateRule, RuleContext } from './types.ts';

/** What a rule's resolver returns for one match; null drops the match. */
export type MatchResolution = Omit<Candidate, 'index' | 'endIndex' | 'rule'> | null;

/**
 * A rule from global regular expressions and a resolver of their matches. The whole match is the
 * mention's span, so patterns use lookbehind and lookahead for context they must not include.
 */
export function regexRule(
  name: string,
  patterns: RegExp[],
  resolve: (match: RegExpExecArray, context: RuleContext, text: string) => MatchResolution,
): DateRule {
  for (const pattern of patterns) {
    if (!pattern.global) throw new Error(`Date rule "${name}" needs global patterns; add the g flag to ${pattern}.`);
  }
  return {
    name,
    find(text, context) {
      const found: Candidate[] = [];
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) {
          const resolved = resolve(match, context, text);
          if (resolved) found.push({ ...resolved, index: match.index, endIndex: match.index + match[0].length, rule: name });
        }
      }
      return found;
    },
  };
}
