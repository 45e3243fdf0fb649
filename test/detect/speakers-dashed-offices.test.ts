import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const credits = (sentence: string) => statements([sentence]).map((m) => [m.speaker.actor, m.government, m.reported ?? m.quote]);

describe('two offices joined by a spaced dash after a name describe the person named', () => {
  it.each([
    ['The port will stay closed, Anna Berg, Deputy Spokesperson of the Bureau - head of the Press Office of the State Bureau, said.', 'The port will stay closed'],
    ['The port will stay closed, Anna Berg, Deputy Spokesperson of the Bureau – Head of the Press Office, said on Monday.', 'The port will stay closed'],
    ['Talks will resume in May, Tomas Ruhl, Defence Minister — chairman of the Security Council, told reporters.', 'Talks will resume in May'],
  ])('reads the name as the speaker: %s', (sentence, content) => {
    const [first] = credits(sentence);
    expect(first?.[2]).toBe(content);
    expect(first?.[0]).toMatch(/^(?:anna-berg|tomas-ruhl)$/);
  });

  it.each([
    // An aside between dashes, not a second office.
    'The port will stay closed, the minister - a former diplomat - said.',
    // No name before the offices.
    'The port will stay closed, Deputy Spokesperson of the Bureau - head of the Press Office, said.',
    // A contrast, not an office.
    'The port will stay closed, Freedonia - not Sylvania, said.',
  ])('makes no person the speaker: %s', (sentence) => {
    expect(credits(sentence).map((c) => c[0])).not.toContain('anna-berg');
    expect(credits(sentence).map((c) => c[0])).not.toContain('tomas-ruhl');
  });
});
