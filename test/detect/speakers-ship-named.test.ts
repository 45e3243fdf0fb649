import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { shipOwners } from '../../src/lib/topic/ship-owners.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

/** Owners of named ships, a ship two businesses claim, a manager and a charterer (no owners), a person and a navy. */
const actors = ActorsFileSchema.parse([
  { id: 'marsh-line', name: 'Marsh Line', kind: 'commentator', role: 'owner and operator of the tanker Ostmark Star', aliases: [] },
  { id: 'fen-bulk', name: 'Fen Bulk Carriers', kind: 'commentator', role: 'owner of the bulk carriers Fen Iris and Fen Lark', aliases: [] },
  { id: 'north-tankers', name: 'North Tankers', kind: 'commentator', role: 'Sylvanian owner of the chemical tanker Marsh Swan', aliases: [] },
  { id: 'south-tankers', name: 'South Tankers', kind: 'commentator', role: 'owner of the chemical tanker Marsh Swan', aliases: [] },
  { id: 'weiss-shipping', name: 'Weiss Shipping', kind: 'commentator', role: 'ship manager of the container ship Grey Heron', aliases: [] },
  { id: 'marshco', name: 'Marshco', kind: 'commentator', role: 'commodities trader, charterer of the tanker Blue Crane', aliases: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', role: 'owner of the Marsh Inn', aliases: ['Berg'] },
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'freedonian-navy', name: 'Freedonian Navy', kind: 'body', government: 'freedonia', aliases: [] },
]);
const lexicon = createActorLexicon(actors);

/** The actor credited with the one statement of a paragraph. */
function creditOf(text: string): string | null | undefined {
  return findStatements([{ n: 1, text }], lexicon)[0]?.speaker.actor;
}

describe('a ship that speaks is the voice of the business the topic data lists as its owner', () => {
  it.each([
    ['Ostmark Star reported that an explosion near the ship had caused minor damage.', 'marsh-line'],
    ['The vessel, Ostmark Star, reported "no injuries or significant damage" and sailed on.', 'marsh-line'],
    ['The MV Ostmark Star said its crew were safe.', 'marsh-line'],
    ['Fen Lark reported that a missile had landed in the water nearby.', 'fen-bulk'],
    ['The M.V. Fen Iris said the fire was under control.', 'fen-bulk'],
  ])('%s → %s', (text, actor) => {
    expect(creditOf(text)).toBe(actor);
  });

  it.each([
    // A ship two businesses claim to own; a ship the data gives a manager or a charterer but no owner;
    // a ship the data does not name; an inn, which is no ship but a place its owner is a person of.
    'Marsh Swan reported that an explosion near the ship had caused minor damage.',
    'Grey Heron reported that an explosion near the ship had caused minor damage.',
    'Blue Crane said its crew were safe.',
    'Red Kite reported that a missile had landed in the water nearby.',
    'The Marsh Inn said its guests were safe.',
  ])('near miss: %s', (text) => {
    expect(creditOf(text)).toBeNull();
  });
});

describe('the ships a business owns are read from its role', () => {
  it('names each ship of an owner, and no owner for a ship two claim', () => {
    expect(Object.fromEntries(shipOwners(actors))).toEqual({
      'Ostmark Star': 'marsh-line',
      'Fen Iris': 'fen-bulk',
      'Fen Lark': 'fen-bulk',
      'Marsh Swan': null,
      // "owner of the Marsh Inn": the role names an inn with no kind of ship before its name.
    });
  });
});
