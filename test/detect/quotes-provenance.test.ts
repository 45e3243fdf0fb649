import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

/**
 * A property of every statement on real copy: its evidence, quote and reported clause are verbatim
 * text of the cited paragraph, at the offset given. Run over the raw seed articles (one paragraph per
 * line) with an empty topic, so no rule here depends on their content.
 */
const seeds = join(import.meta.dirname, '../fixtures/seeds');
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
const lexicon = createActorLexicon([]);

describe('provenance of detected statements', () => {
  it.each(files)('%s: every evidence span is verbatim at its offset', (file) => {
    const paragraphs = readFileSync(join(seeds, file), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((text, i) => ({ n: i + 1, text }));
    const mentions = findStatements(paragraphs, lexicon);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      const text = paragraphs[m.paragraph - 1]?.text ?? '';
      expect(text.slice(m.index, m.index + m.evidence.length)).toBe(m.evidence);
      if (m.quote !== null) expect(text).toContain(m.quote);
      if (m.reported !== null) expect(text).toContain(m.reported);
      expect(m.evidence.trim()).toBe(m.evidence);
      // Without topic data nothing can be resolved to an actor or government.
      expect([m.speaker.actor, m.government]).toEqual([null, null]);
    }
  });

  it('keeps evidence verbatim on scrambled copy (stray marks, odd punctuation, fragments)', () => {
    const pieces = ['“', '”', '"', '«', '»', ', ', '. ', ': ', ' (', ') ', ' — ', 'Berg said', 'he added', 'the official',
      'according to officials', 'Freedonia', 'told reporters', 'that', 'the talks failed', 'U.S.', 'Oct. 3', 'it said',
      'said', 'Ruhl', ', adding that', 'and', 'as', 'which', 'who', '?', '!', '5"', 'the so-called', 'Anna von Berg'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const paragraphs = Array.from({ length: 300 }, (_, i) => ({
      n: i + 1,
      text: Array.from({ length: 5 + (next() % 25) }, () => pieces[next() % pieces.length]).join(' '),
    }));
    const mentions = findStatements(paragraphs, lexicon);
    expect(mentions.length).toBeGreaterThan(100);
    for (const m of mentions) {
      const text = paragraphs[m.paragraph - 1]?.text ?? '';
      expect(text.slice(m.index, m.index + m.evidence.length)).toBe(m.evidence);
      if (m.quote !== null) expect(text).toContain(m.quote);
      if (m.reported !== null) expect(text).toContain(m.reported);
    }
  });

  // Speed is the benchmark's to measure (npm run bench), not a test's: a timed assertion fails on a busy machine.
  it('reads every statement of a long paragraph with many quotes', () => {
    const text = Array.from({ length: 400 }, (_, i) => `“Line ${i} is here,” Berg said. Sylvania said talks ${i} failed.`).join(' ');
    const mentions = findStatements([{ n: 1, text }], lexicon);
    expect(mentions.length).toBe(800);
  });
});
