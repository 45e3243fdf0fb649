/**
 * Whether a date sits in what someone has planned, agreed or set aside, told from a past telling:
 * "signed a plan with Freedonia, allocating 40 million to Fredonburg in 2025", "announced it was sending
 * 300 sailors this year", "agreed to deliver the boats this year". Such words look ahead of the telling
 * but carry no future tense of their own, so `isFutureContext` does not read them.
 *
 * Only a period that holds the publication date asks this (a year or a month still running): there the
 * question is only whether the happening is still to come. A weekday or a month named alone is read by
 * `isFutureContext` alone, since "agreed to lay down arms on Wednesday" may date the agreeing.
 */

/** Participles of giving or sending something set aside for a time. */
const TRANSFER = String.raw`(?:allocating|earmarking|providing|sending|deploying|supplying|delivering|granting|giving|committing|dispatching|transferring|investing|funding)`;

/** Infinitives of the same verbs. */
const TRANSFER_TO = String.raw`(?:allocate|earmark|provide|send|deploy|supply|deliver|grant|give|commit|dispatch|transfer|invest|fund)`;

/** A verb of deciding, agreeing, signing or announcing that governs what is given or sent. */
const GOVERNING = /\b(?:signed|agreed|approved|adopted|announced|unveiled|pledged|promised|decided|endorsed|proposed|plans|planned)\b/i;

/** A clause that opens with a participle of giving or sending: ", allocating 40 million to Fredonburg in". */
const PARTICIPLE_OPENING = new RegExp(String.raw`^\s*${TRANSFER}\b[^,;:.!?]*$`, 'i');

/**
 * A progressive of giving or sending reported after a verb of announcing ("announced it was
 * allocating", "said Freedonia was sending"), or an infinitive of them after a verb of agreeing or
 * deciding ("agreed to deliver", "pledged to send"), up to the date with no clause mark between.
 */
const PLANNED_IN_CLAUSE = new RegExp(
  String.raw`\b(?:(?:announced|said|stated|confirmed)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,5}?(?:was|were)\s+${TRANSFER}|(?:agreed|decided|pledged|promised|vowed|committed|offered)\s+to\s+${TRANSFER_TO})\b[^,;:.!?]*$`,
  'iu',
);

/** Whether the words of `text` before `index` put a date in what someone planned, agreed or set aside. */
export function isPlannedContext(text: string, index: number): boolean {
  const sentence = text.slice(0, index).split(/[.!?]\s+/).at(-1) ?? '';
  if (PLANNED_IN_CLAUSE.test(sentence)) return true;
  const comma = sentence.lastIndexOf(',');
  return comma > 0 && PARTICIPLE_OPENING.test(sentence.slice(comma + 1)) && GOVERNING.test(sentence.slice(0, comma));
}
