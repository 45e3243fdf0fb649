/** The [start, end) of the sentence holding `offset`, given the sentence starts. */
export function sentenceAround(starts: readonly number[], offset: number, length: number): [number, number] {
  let start = 0;
  let end = length;
  for (const s of starts) {
    if (s <= offset) start = s;
    else {
      end = s;
      break;
    }
  }
  return [start, end];
}
