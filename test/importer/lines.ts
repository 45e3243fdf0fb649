import { splitLines } from '../../src/lib/importer/split-lines.ts';
import type { Line } from '../../src/lib/importer/types.ts';

/** Numbered lines of a small test article written as one string. */
export function lines(text: string): Line[] {
  return splitLines(text);
}

/** Just the text of the lines a stage left, for short assertions. */
export function texts(rest: Line[]): string[] {
  return rest.map((line) => line.text);
}
