/**
 * "Ruhl observed drone tests this week, state media said": a state's press named without its state is
 * the press of the state whose leader, government or body the sentence is about. Whether a state's
 * press carries its government's word is topic knowledge, so the phrase is read so only when the topic
 * data lists that press ("Sylvanian state media"); otherwise it stays an outlet of no government.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';

/**
 * "state media", "the state-run media", "State TV", "the official state news agency": no state named;
 * also the press's reports ("according to state media reports"), which are its word.
 */
const BARE_STATE_PRESS = /^(?:the\s+)?(?:official\s+)?state(-run|-owned|-controlled)?\s+(media|TV|television|news\s+agency|broadcaster|radio)(?:\s+reports?)?$/i;

/** Whether a phrase is a state's press with no state named: "state media", "State TV". */
export function isBareStatePress(phrase: string): boolean {
  return BARE_STATE_PRESS.test(phrase.trim());
}

/** Kinds of actor whose state a sentence is about when they are its subject: not an outlet or a commentator. */
const OF_A_STATE: ReadonlySet<string> = new Set(['person', 'body', 'government']);

/**
 * The phrase the topic data knows for a bare state press (`phrase`), qualified by the state of the
 * sentence's `subject` ("Sylvanian state media" for "state media" after "Sylvanian leader Tomas
 * Ruhl …"); null when the phrase names a state or is no press, when the subject is of no known
 * state, or when the topic data lists no such press of that state.
 */
export function pressOfSubjectState(phrase: string, subject: string, lexicon: ActorLexicon): string | null {
  const press = BARE_STATE_PRESS.exec(phrase.trim());
  if (!press) return null;
  const { actor, government } = lexicon.resolveSpeakerPhrase(subject);
  if (!actor || !government || !OF_A_STATE.has(lexicon.actor(actor)?.kind ?? '')) return null;
  const state = lexicon.actor(government);
  if (!state) return null;
  const noun = press[2] as string;
  const words = `state${press[1]?.toLowerCase() ?? ''} ${noun === 'TV' ? noun : noun.toLowerCase()}`;
  const named = [...state.demonyms.map((demonym) => `${demonym} ${words}`), `${state.name}’s ${words}`, `${state.name}'s ${words}`];
  // The press itself, not its state: "Sylvanian state media" must name an outlet or a body the data lists.
  return named.find((candidate) => {
    const found = lexicon.resolveSpeakerPhrase(candidate).actor;
    return found !== null && found !== government && lexicon.actor(found)?.kind !== 'government';
  }) ?? null;
}
