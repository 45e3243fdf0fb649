import type { SourceDocument } from '../model.ts';
import type { SourceRecord } from './manifest.ts';

/** When a source joined the briefing, as content/anchors.json records it (or will). */
export interface SourceAddition {
  /** 1-based rank in the order sources joined. */
  order: number;
  /** `YYYY-MM-DD`: the publication day, or the latest `added` day before it when it came later (backfilled). */
  added: string;
}

/**
 * The order in which the sources joined the briefing, by id. Recorded sources keep what the
 * manifest says. The others join after them, in order of publication (then id), each on its
 * publication day or, when sources already in the briefing were added later than that, on the
 * latest of their days: content alone cannot tell the day a file was added, but it can tell that
 * an article published on 20 October and added after one of 29 October came no sooner than that.
 * A build that records the manifest writes exactly these values, so a build without it shows the
 * same Updates page.
 */
export function sourceAdditions(
  sources: readonly Pick<SourceDocument, 'id' | 'published'>[],
  recorded: Readonly<Record<string, SourceRecord>>,
): Map<string, SourceAddition> {
  const additions = new Map<string, SourceAddition>();
  let order = 0;
  let latest = '';
  for (const [id, record] of Object.entries(recorded)) {
    order = Math.max(order, record.order);
    if (record.added > latest) latest = record.added;
    additions.set(id, { order: record.order, added: record.added });
  }
  const fresh = sources.filter((source) => !additions.has(source.id)).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const source of fresh) {
    if (source.published > latest) latest = source.published;
    additions.set(source.id, { order: ++order, added: latest });
  }
  return additions;
}
