/**
 * Whether a name ends in the whole words `tail` and holds more than them: "Sylvanian Navy" ends in "Navy",
 * "Marsh Harbour Bureau" in "Harbour Bureau"; "Navy" alone does not, nor does "Marsh Harbour Bureaux".
 * Case counts: callers that read a description in lower case compare lower-cased names.
 */
export function endsInWords(name: string, tail: string): boolean {
  const whole = name.trim();
  return whole.length > tail.length && whole.endsWith(` ${tail}`);
}
