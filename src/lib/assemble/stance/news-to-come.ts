/** What a side says it will tell or learn next: news to come, which promises nothing at issue. Generic English. */

/**
 * What the speaker will learn or tell next, anywhere in a sentence: "We will know more tomorrow", "I will
 * tell you more when I can", "we will provide more details later", "we'll keep monitoring the situation",
 * "we will make the findings public", "we will publish the results".
 */
export const NEWS_TO_COME =
  /\b(?:we|i)(?:['’]ll|\s+will)\s+(?:\w+ly\s+|also\s+|continue\s+to\s+|keep\s+)?(?:know|see|tell|say|update|inform|share|learn|find\s+out|look\s+into|monitor\w*|watch\w*|assess\w*|(?:provide|publish|release)\s+(?:more\s+|further\s+|an?\s+|the\s+|our\s+|its\s+)?(?:details|information|updates?|findings|results|names)|make\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+){0,2}?public|have\s+more)\b/i;

/**
 * A clause whose first predicate is the speaker's side telling more later, its subject first: "I am going
 * to publicly explain this soon", "(the agency added) the government will soon make a statement about the
 * transfer", "(Berg said) he would comment later", "we will inform you" (not "we will explain our position
 * to Sylvania and then withdraw", which goes on to an act; nor "the government will soon send a convoy",
 * "we will announce new sanctions", acts; nor "the ministers will make a joint statement on Friday", a
 * gathering’s outcome set for a day, told elsewhere; nor "I will tell them tomorrow", a telling promised to
 * others).
 */
const TELLS_MORE_LATER =
  /^\W*(?:that\s+)?(?:we|i|he|she|it|they|the\s+(?:government|ministry|office|authorities|spokes(?:man|woman|person)))(?:['’]ll|\s+(?:will|would|shall|(?:is|am|are|was|were)\s+going\s+to))\s+(?:(?:\p{Ll}+ly|also|then|soon|later|shortly)\s+)*(?:explain|comment|tell|say\s+more|inform|update|brief|clarify|make\s+(?:a|an|another|further)\s+(?:statement|announcement|comment)s?|(?:give|provide|share)\s+(?:more\s+|further\s+)?(?:details|information|explanations?|updates?))\b(?:\s+(?:(?:this|that|it|you|us|the\s+public|the\s+press|reporters|journalists|everyone|more|further|later|soon|shortly|publicly)\b|about\b|on\b|in\s+(?:due\s+course|the\s+coming\s+days)\b|[,.;]|$))(?![^.;]*\b(?:and|then)\s+(?:\p{Ll}+\s+){0,2}?(?:withdraw|send|deploy|attack|strike|sign|leave|open|close|stop|start|launch)\w*\b)/iu;

/** Whether the clause opens with the speaker's side telling more later (TELLS_MORE_LATER), read only where a modal is. */
export function onlyNewsPromised(clause: string): boolean {
  return /will|would|shall|going|['’]ll/i.test(clause) && TELLS_MORE_LATER.test(clause);
}
