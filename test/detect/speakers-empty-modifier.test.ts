import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker and government of the last statement. */
const last = (paragraphs: string[]) => {
  const found = statements(paragraphs).at(-1);
  return [found?.speaker.actor ?? found?.speaker.name ?? null, found?.government ?? null];
};

describe('"the group’s spokesman", "the unnamed official": a modifier that names no one refers back as the bare post', () => {
  it.each([
    [['Freedonian presidential spokesman Karl Weiss said the boats had left.', 'The talks go on, the group’s spokesman said.']],
    [['Freedonian presidential spokeswoman Lena Kowal said the boats had left.', '“The talks go on,” the movement’s spokeswoman said.']],
    [['Sylvanian Defence Minister Tomas Ruhl said the boats had left.', 'The talks go on, the unnamed official told the Courier.']],
    [['Sylvanian Defence Minister Tomas Ruhl denied that the boats had left.', 'The Courier quoted the anonymous official as saying, “The talks go on.”']],
  ])('%j', (paragraphs) => {
    const [first, second] = statements(paragraphs);
    expect(second?.speaker.actor ?? second?.speaker.name).toBe(first?.speaker.actor ?? first?.speaker.name);
    expect(second?.government).toBe(first?.government);
    expect(second?.government).not.toBeNull();
  });

  it.each([
    // No one spoke by that post before.
    [['The talks go on, the group’s spokesman said.']],
    [['A Freedonian soldier said the boats had left.', 'The talks go on, the unnamed official said.']],
    [['Max Ober said the boats had left.', 'The talks go on, the unnamed official said.']],
    // Another side was told of since.
    [['Freedonian spokesman Karl Weiss said the boats had left.', 'Sylvania sent troops to the border.', 'The talks go on, the group’s spokesman said.']],
  ])('%j credits no one', (paragraphs) => {
    expect(last(paragraphs)[1]).toBeNull();
  });
});
