/**
 * Texts built from pieces that a seeded pseudo-random sequence (a linear congruential generator)
 * chooses, the same on every run: the generated cases of the tests that check a fast reader, or a
 * cheap gate before it, against the pattern or parser it stands for.
 */
export interface PiecedTextsOptions {
  seed: number;
  /** The fewest and the most pieces in one text. */
  minPieces: number;
  maxPieces: number;
  /** What goes between pieces: nothing, a space, or (a number) the chance of a space after each piece. */
  between: '' | ' ' | number;
}

export function piecedTexts(pieces: readonly string[], count: number, { seed, minPieces, maxPieces, between }: PiecedTextsOptions): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    const length = minPieces + Math.floor(next() * (maxPieces - minPieces + 1));
    const chosen: string[] = [];
    for (let j = 0; j < length; j++) {
      chosen.push(pieces[Math.floor(next() * pieces.length)] as string);
      if (typeof between === 'number') chosen.push(next() < between ? ' ' : '');
    }
    texts.push(chosen.join(typeof between === 'number' ? '' : between));
  }
  return texts;
}
