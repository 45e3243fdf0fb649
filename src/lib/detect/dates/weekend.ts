import { addDays, mondayOf, spanOf } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/**
 * "over the weekend", "at the weekend", "during the weekend": the Saturday and Sunday just before
 * publication (the current ones when published at the weekend); "this weekend" in a clause about
 * the future is the coming one. Precision range.
 */
export const weekend = regexRule(
  'weekend',
  ['weekend'],
  [/\b(?:over|at|during|on|through|throughout)\s+the\s+weekend\b/gi],
  (match, context) => {
    const published = context.published;
    const weekday = published.getUTCDay();
    const monday = mondayOf(published);
    // Saturday (6) and Sunday (0) belong to the week whose Monday is before them.
    const atWeekend = weekday === 6 || weekday === 0;
    const saturday = atWeekend ? addDays(monday, 5) : addDays(monday, -2);
    const ahead = context.futureAt(match.index);
    const future = ahead && !atWeekend;
    const start = future ? addDays(saturday, 7) : saturday;
    // Published on the Saturday: the weekend so far ends that day, unless the clause looks ahead through it.
    const end = !ahead && weekday === 6 ? start : addDays(start, 1);
    // "is expected to continue through the weekend" in a weekend's paper: this weekend, still to come.
    return { ...spanOf(start, end), precision: 'range', expected: ahead, stated: {} };
  },
);
