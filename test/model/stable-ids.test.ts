import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
