/**
 * Checks every gold file (the seeds' and each corpus's) against its article and topic data, so a
 * typo in the gold cannot silently lower, or raise, the extractor's score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listCorpora } from './corpus/corpora.ts';
import { readGoldFolder } from './corpus/gold.ts';
import { normCase } from './corpus/match.ts';

/** How often `snippet` occurs in `text`, quotes and spacing normalised as the scorer places snippets. */
function occurrences(text: string, snippet: string): number {
  const haystack = normCase(text);
  const needle = normCase(snippet);
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

for (const corpus of listCorpora().filter((c) => c.halves.size > 0)) {
  describe(`gold files of ${corpus.name}`, () => {
    const gold = readGoldFolder(corpus.goldDir);
    const actors = new Set((parse(readFileSync(join(corpus.topicDir, 'actors.yaml'), 'utf8')) as { id: string }[]).map((a) => a.id));
    const categories = new Set((parse(readFileSync(join(corpus.topicDir, 'figure-categories.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id));

    it('has one gold file per article of the split, and every article in one half', () => {
      expect(gold.map((g) => g.id).sort()).toEqual([...corpus.halves.keys()].sort());
    });

    for (const article of gold) {
      it(`${article.id}: every snippet occurs exactly once, every id exists`, () => {
        const text = readFileSync(join(corpus.articlesDir, `${article.id}.txt`), 'utf8');
        // The headline (the first line, when the paste has one) is not annotated: a snippet may repeat its words.
        const body = text.split('\n').slice(1).join('\n');
        const once = (snippet: string) => occurrences(text, snippet) === 1 || occurrences(body, snippet) === 1;
        const snippets = [
          ...article.statements.map((s) => s.evidence),
          ...article.figures.map((f) => f.text),
          ...article.events.map((e) => e.evidence),
          ...article.non_statements.map((s) => s.evidence),
          ...article.non_figures.map((f) => f.text),
        ];
        // A statement said by two speakers at once ("X and Y both deny …") is listed once per speaker.
        const unique = [...new Set(snippets)];
        expect(unique.filter((s) => !once(s))).toEqual([]);
        const ids = [
          ...article.statements.flatMap((s) => [s.actor, s.government]),
          ...article.figures.flatMap((f) => [f.claimant, f.government]),
          ...article.events.flatMap((e) => [...e.actors, e.claimant]),
        ].filter((id): id is string => id !== null);
        expect(ids.filter((id) => !actors.has(id))).toEqual([]);
        expect(article.figures.map((f) => f.category).filter((c) => !categories.has(c))).toEqual([]);
      });
    }
  });
}
