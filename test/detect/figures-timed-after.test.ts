import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Ships are counted as attacked or as traffic; the cues of the sentence decide. */
const SHIPS: FigureCategory[] = [
  { id: 'attacks', label: 'Ships attacked', units: ['ships', 'vessels', 'tankers'], cues: ['attacked', 'attack', 'attacks', 'targeted', 'hit'] },
  { id: 'traffic', label: 'Ships transiting', units: ['ships', 'vessels', 'tankers'], cues: ['diverted', 'transited', 'paused'] },
];

const read = (text: string) => findFigures(text, SHIPS).map((f) => [f.text, f.category]);

describe('findFigures: an earlier happening a sentence is timed against tells nothing of what befell the counted', () => {
  it.each([
    ['Three tankers bound for Sylvania stopped, days after Ruritanian air attacks on rebel targets.', 'Three tankers'],
    ['Freedonia halted at least five vessels this week, days after air strikes targeted the rebels.', 'at least five vessels'],
    ['Four ships were held off Marsh City, hours after the attack on the port.', 'Four ships'],
    ['Sylvania stopped six tankers a week after the navy hit rebel bases.', 'six tankers'],
    ['Two vessels were halted in port, just days after the rebels were targeted.', 'Two vessels'],
  ])('%j', (text, figure) => {
    expect(read(text)).toContainEqual([figure, 'traffic']);
  });

  it.each([
    // What befell the ships is told outside the phrase: the ships were attacked.
    ['Days after the strikes, the rebels hit four ships in the strait.', 'four ships'],
    ['The rebels attacked five tankers, days after the air strikes.', 'five tankers'],
    ['Three vessels were targeted hours after the talks in Fredonburg.', 'Three vessels'],
    // The count stands inside the phrase: it is kept, and read as it tells.
    ['Freedonia closed the strait, hours after two ships were attacked.', 'two ships'],
    // An attack told with no time distance keeps its word of attack.
    ['Four tankers were hit after the rebels fired from the coast.', 'Four tankers'],
  ])('keeps the attack: %j', (text, figure) => {
    expect(read(text)).toContainEqual([figure, 'attacks']);
  });
});
