import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const CATEGORIES: FigureCategory[] = [
  { id: 'attacks', label: 'Attacks on ships', units: ['attacks', 'attack', 'ships'], cues: ['attacked'] },
  { id: 'drones', label: 'Drones', units: ['drones', 'unmanned aerial vehicles', 'missiles'], cues: ['shot down', 'fired'] },
  { id: 'strikes', label: 'Strikes', units: ['targets', 'strikes'], cues: ['struck'] },
  { id: 'fled', label: 'Fled', units: ['civilians'], cues: ['left', 'fled'] },
  { id: 'losses', label: 'Losses', units: ['dead', 'killed', 'civilians'], cues: ['killed', 'dead'] },
  { id: 'crews', label: 'Crews', units: ['crew', 'sailors'], cues: ['rescued', 'safe', 'held'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: the noun a count counts', () => {
  it('reads a singular noun a few words before a plural as its modifier, not as the head', () => {
    expect(read('The destroyer shot down three one-way attack unmanned aerial vehicles.')).toEqual([['three one-way attack unmanned aerial vehicles', 'drones']]);
    expect(read('The submarine fired 14 Land Attack Missiles.')).toEqual([['14 Land Attack Missiles', 'drones']]);
    expect(read('The rebels attacked 26 ships.')).toEqual([['26 ships', 'attacks']]);
  });
});
