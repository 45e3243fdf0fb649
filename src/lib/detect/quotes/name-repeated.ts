/**
 * A body named again by the last words of its name: "The Sylvanian House of Delegates adopted a
 * resolution … In it, the House of Delegates denounces …", "The Freedonian Parliament voted … Parliament
 * condemned …". Such a phrase is a name, not a description, and a reader takes it for the body
 * whose name it repeats.
 */

/** The small words a body's name keeps in lower case between its capitalised words: "House of Delegates". */
const NAME_LINKS = '(?:of|for|and|on|the)';

/** "The House of Delegates", "The Ministry of Ports", "The State Bureau": capitalised words after "the". */
const DEFINITE_NAME = new RegExp(`^[Tt]he\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+(?:${NAME_LINKS}\\s+)*\\p{Lu}[\\p{L}-]*)*)$`, 'u');

/** "Parliament condemned …": one capitalised word, no article, as English names a body it has named before. */
const BARE_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * The words of the name `text` repeats, lower case ("house of delegates"): a definite name in capitals
 * (`DEFINITE_NAME`), or an institution's noun used as a name without its article ("Parliament"), when
 * `namesOneBody` says that noun, alone, can mean only the body named before (not "Police" or
 * "Government", which every side has). Null for any other phrase.
 */
export function nameRepeated(text: string, namesOneBody: (noun: string) => boolean): string | null {
  const phrase = text.trim();
  const definite = DEFINITE_NAME.exec(phrase);
  if (definite) return (definite[1] as string).toLowerCase();
  return BARE_NAME.test(phrase) && namesOneBody(phrase.toLowerCase()) ? phrase.toLowerCase() : null;
}
