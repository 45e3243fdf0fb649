import { addDays, spanOf } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/**
 * "overnight", "Overnight, …": the night before the day it is told on, from the day before publication
 * to publication (`range`); in a clause about the future, the coming night. Not "overnight on Tuesday"
 * or "overnight into Wednesday", whose day is named, nor a change "almost overnight" (suddenly);
 * "struck overnight on rebel sites" names a target, no day, and is the night before.
 */
export const overnight = regexRule(
  'overnight',
  ['overnight'],
  [
    /(?<!\b(?:almost|nearly|virtually|practically|literally|seemingly|not|changed|change|changes)\s+)\bovernight\b(?!\s+(?:into|to|from|of|between|in)\b|\s*,?\s+(?:on\s+(?:the\s+(?:night|\d))?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d))/gi,
  ],
  (match, context) => {
    const ahead = context.futureAt(match.index);
    const first = ahead ? context.published : addDays(context.published, -1);
    return { ...spanOf(first, addDays(first, 1)), precision: 'range', expected: ahead, stated: {} };
  },
);
