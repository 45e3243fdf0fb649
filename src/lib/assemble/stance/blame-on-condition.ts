/**
 * Blame laid in advance for what may come: "(if any new fighting breaks out,) Sylvania would be
 * responsible for causing it", "(if this happens,) the responsibility will fall on the Freedonian
 * contingent", "(should the talks collapse,) Fredonburg will be to blame" — a party charged with a harm
 * that a condition foretells; the charge, not the danger, is what the words do (corpus README: a warning
 * that judges takes the judgement's stance). Not "will bear responsibility for the consequences" (a veiled
 * threat, read elsewhere), "the state will be responsible for their safety" (a duty taken on), nor the
 * speaker's own side ("the responsibility will fall on us").
 */
const BLAME_ON_CONDITION = new RegExp(
  [
    // "would be responsible for causing it", "will be held accountable for the bloodshed"
    String.raw`\b(?:would|will|shall)\s+(?:\w+ly\s+)?(?:be|be\s+held)\s+(?:\w+ly\s+)?(?:responsible|accountable|culpable)\s+for\s+(?:(?:caus|provok|start|trigger|unleash|escalat|fuel)\w*ing\b|(?:the|any|all|such|this|that|a|every)\s+(?:[\p{L}-]+\s+){0,2}?(?:deaths|bloodshed|conflicts?|war|wars|escalation|casualties|suffering|violence|clashes|hostilities|exodus|catastrophe|disaster)\b)`,
    // "the responsibility will fall on X", "responsibility would lie with X" (not "on us", "with our side")
    String.raw`\b(?:the\s+)?(?:full\s+|entire\s+|whole\s+)?responsibility\s+(?:for\s+(?:it|this|that)\s+)?(?:will|would|shall)\s+(?:\w+ly\s+)?(?:fall|lie|rest)\s+(?:\w+ly\s+)?(?:on|upon|with)\s+(?!(?:us|me|ourselves|our|my)\b)`,
    // "Fredonburg will be to blame"
    String.raw`\b(?:would|will|shall)\s+(?:\w+ly\s+)?be\s+to\s+blame\b`,
  ].join('|'),
  'iu',
);

/**
 * Whether the consequence of a condition lays blame on a party (BLAME_ON_CONDITION), read only where
 * "responsib", "accountab", "culpab" or "blame" is; the speaker's own side ("we would be responsible for
 * …") is no charge.
 */
export function blameOnCondition(consequence: string): boolean {
  if (!/responsib|accountab|culpab|blame/i.test(consequence)) return false;
  if (/^\W*(?:then\s+)?(?:we|i)\s/i.test(consequence)) return false;
  return BLAME_ON_CONDITION.test(consequence);
}
