/**
 * Speech verbs that make the stance plain, as [past, present]; the present form is the label.
 * Other verbs ("said", "added") say nothing about a stance, so they give none. Generic English,
 * not topic knowledge.
 */
const STANCE_VERBS: [string, string][] = [
  ['confirmed', 'confirms'],
  ['denied', 'denies'],
  ['dismissed', 'dismisses'],
  ['rejected', 'rejects'],
  ['warned', 'warns'],
  ['condemned', 'condemns'],
  ['welcomed', 'welcomes'],
  ['pledged', 'pledges'],
  ['vowed', 'vows'],
  ['refused', 'refuses'],
  ['acknowledged', 'acknowledges'],
  ['alleged', 'alleges'],
];

const STANCE_OF_VERB = new Map(STANCE_VERBS.flatMap(([past, present]) => [[past, present], [present, present]] as const));

export function stanceOfVerb(verb: string | null): string | null {
  return verb ? (STANCE_OF_VERB.get(verb.toLowerCase()) ?? null) : null;
}
