import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/lib/anchors/manifest-file.ts';
import { siteAnchors } from '../../src/lib/anchors/site-anchors.ts';
import { importArticle } from '../../src/lib/importer/import-article.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import type { Briefing } from '../../src/lib/model.ts';
import { tempProject } from '../helpers/temp-project.ts';

const project = tempProject();
afterAll(() => project.remove());

function ids(briefing: Briefing): string[] {
  return [...briefing.events, ...briefing.statements, ...briefing.figures].map((item) => item.id);
}

// A sixth article on another matter, written for this test: other officials, other numbers, other days.
const SIXTH_SOURCE = `---
title: Coastal states agree to joint fisheries patrols
publisher: Example Wire
published: "2025-03-14"
published_basis: { kind: stated, note: "date line of the test article" }
wire: []
---

Fisheries ministers from three coastal states agreed on Thursday to run joint patrols against illegal trawling, officials said.

"We will share radar data from the first day," said Ines Marlow, a spokesperson for the regional fisheries council.

The council estimated that about 240 illegal trawlers operated in the area last year.
`;

describe('ids', () => {
  it('stay the same when an unrelated source is added', () => {
    const before = loadBriefing(project.root);
    writeFileSync(join(project.root, 'content/sources/2025-03-14-example-wire-fisheries-patrols.mdx'), SIXTH_SOURCE);
    const after = loadBriefing(project.root);
    expect(after.sources).toHaveLength(before.sources.length + 1);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    // The new source did add items of its own, so the check above compared real changes.
    expect(ids(after).length).toBeGreaterThan(ids(before).length);
  });

  it('are unique across events, statements and figures', () => {
    const all = ids(loadBriefing(project.root));
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });
});

describe('ids published in content/anchors.json', () => {
  it('are kept when an article dated before them joins their entries, which then read in its words', () => {
    const other = tempProject();
    try {
      const manifest = readManifest(other.root)!;
      const imported = importArticle(readFileSync(join(import.meta.dirname, '../fixtures/newsroom/earlier-state-department.txt'), 'utf8'));
      writeFileSync(join(other.root, 'content/sources', `${imported.id}.mdx`), imported.mdx!);
      const after = loadBriefing(other.root);
      const status = siteAnchors(after, other.root);
      expect(status.landings.unresolved).toEqual([]);
      expect(status.landings.notices).toEqual([]);
      // Every published id is still an entry's, or answers inside the entry it was merged into.
      const entries = [...after.events, ...after.statements, ...after.figures];
      const now = new Set([...ids(after), ...entries.flatMap((e) => e.aliases)]);
      expect(Object.keys(manifest.entries).filter((id) => !now.has(id))).toEqual([]);
      // Some of them now read in the earlier article's words, and their content would give them other ids.
      const joined = [...after.events, ...after.statements, ...after.figures].filter((e) => e.citations[0]?.source === imported.id && e.citations.length > 1);
      expect(joined.length).toBeGreaterThan(0);
      for (const entry of joined) expect([entry.firstReported, entry.lastUpdated], entry.id).toEqual(['2024-10-22', '2024-10-23']);
      renameSync(join(other.root, 'content/anchors.json'), join(other.root, 'anchors.json.aside'));
      const unlocked = new Set(ids(loadBriefing(other.root)));
      expect(joined.filter((e) => !unlocked.has(e.id)).map((e) => e.id).length).toBeGreaterThan(0);
    } finally {
      other.remove();
    }
  });
});

describe('report dates', () => {
  it('are the publication days of the earliest and the latest source each entry cites', () => {
    const briefing = loadBriefing(project.root);
    const published = new Map(briefing.sources.map((s) => [s.id, s.published]));
    const entries = [...briefing.events, ...briefing.statements, ...briefing.figures];
    for (const entry of entries) {
      const days = entry.citations.map((c) => published.get(c.source)!).sort();
      expect([entry.firstReported, entry.lastUpdated], entry.id).toEqual([days[0], days.at(-1)]);
    }
  });
});
