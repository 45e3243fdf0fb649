/**
 * A stance label when the speech verb itself makes the stance plain; other verbs ("said",
 * "added") say nothing about it, so they give none. Generic English, not topic knowledge.
 */
const STANCE_OF_VERB: Record<string, string> = {
  confirmed: 'confirms', confirms: 'confirms',
  denied: 'denies', denies: 'denies',
  dismissed: 'dismisses', dismisses: 'dismisses',
  rejected: 'rejects', rejects: 'rejects',
  warned: 'warns', warns: 'warns',
  condemned: 'condemns', condemns: 'condemns',
  welcomed: 'welcomes', welcomes: 'welcomes',
  pledged: 'pledges', pledges: 'pledges',
  vowed: 'vows', vows: 'vows',
  refused: 'refuses', refuses: 'refuses',
  acknowledged: 'acknowledges', acknowledges: 'acknowledges',
  alleged: 'alleges', alleges: 'alleges',
};

export function stanceOfVerb(verb: string | null): string | null {
  return verb ? (STANCE_OF_VERB[verb.toLowerCase()] ?? null) : null;
}
