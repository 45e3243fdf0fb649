/**
 * The ships the topic data gives an owner. A business whose `role` reads "owner of the bulk carrier
 * Star Marsh" or "owner and operator of the tankers Star Marsh and Star Fen" owns those ships; a ship
 * that speaks in the copy ("Star Marsh reported an explosion") is then its owner's voice, as the corpus
 * conventions read a ship as speaker. It knows no ship itself: every name comes from the roles.
 */
import type { Actor } from '../../schemas/actor.ts';

/** One word of a ship's name: capitalised or a number ("Star Marsh", "Number 9"). */
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d'’.-]*`;

/**
 * "owner (and operator) of the <kind of ship> <names>", the names closing the role: group 1 is the
 * names, one or several joined by commas or "and" ("the bulk carriers Star Iris and Star Fen").
 */
const OWNER_OF_SHIPS = new RegExp(
  String.raw`\bowner\b[^,;()]*?\bof\s+the\s+(?:[\p{Ll}/-]+\s+)+(${NAME_WORD}(?:\s+${NAME_WORD})*(?:(?:\s*,\s*|\s+and\s+)${NAME_WORD}(?:\s+${NAME_WORD})*)*)\s*$`,
  'u',
);

/** What may stand before a ship's name in copy: "the", "MV", "M.V." ("the MV Star Marsh"). */
const SHIP_PREFIX = /^(?:the\s+)?(?:MV\s+|M\.V\.\s+)?/iu;

/**
 * The owner of each ship the roles name, by the ship's name as written in the role; null for a ship two
 * businesses claim to own, which no one owner speaks for.
 */
export function shipOwners(actors: readonly Actor[]): ReadonlyMap<string, string | null> {
  const owners = new Map<string, string | null>();
  for (const actor of actors) {
    const names = OWNER_OF_SHIPS.exec(actor.role ?? '')?.[1];
    if (!names) continue;
    for (const ship of names.split(/\s*,\s*|\s+and\s+/u)) {
      owners.set(ship, owners.has(ship) && owners.get(ship) !== actor.id ? null : actor.id);
    }
  }
  return owners;
}

/** The ship's name in a speaker phrase, without "the" or "MV" before it: "the MV Star Marsh" → "Star Marsh". */
export function shipName(phrase: string): string {
  return phrase.trim().replace(SHIP_PREFIX, '');
}
