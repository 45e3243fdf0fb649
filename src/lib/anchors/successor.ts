import type { Briefing, Citation } from '../model.ts';
import type { EntryKind } from '../views/paths.ts';
import type { EntryRecord } from './manifest.ts';
import { evidenceSimilarity, memberKey, parseMember } from './members.ts';

/** How alike a corrected citation must be to the one it replaces to count as its successor. */
const SAME_REPORT = 0.5;

const KEYS = { event: 'events', statement: 'statements', figure: 'figures' } as const;

/**
 * What a reader of a gone entry should read instead, of the same kind: the entry it was last
 * merged into, when that is still there; else the entry citing its words (an entry an editor
 * suppressed as a duplicate of it), or citing the same paragraph in words at least half the
 * same (the paragraph was corrected). Null when nothing comes close.
 */
export function successorOf(record: EntryRecord, briefing: Pick<Briefing, 'events' | 'statements' | 'figures'>, kind: EntryKind): string | null {
  const entries: readonly { id: string; aliases: string[]; citations: Citation[] }[] = briefing[KEYS[kind]];
  if (record.mergedInto !== undefined) {
    const merged = entries.find((entry) => entry.id === record.mergedInto || entry.aliases.includes(record.mergedInto!));
    if (merged) return merged.id;
  }
  const members = new Set(record.members);
  const parsed = record.members.map(parseMember).filter((member) => member !== null);
  let best: { id: string; score: number } | null = null;
  for (const entry of entries) {
    let score = 0;
    for (const citation of entry.citations) {
      if (members.has(memberKey(citation))) score = Math.max(score, 2);
      for (const member of parsed) {
        if (member.source !== citation.source || member.paragraph !== citation.paragraph) continue;
        const similarity = evidenceSimilarity(member.evidence, citation.evidence);
        if (similarity >= SAME_REPORT) score = Math.max(score, similarity);
      }
    }
    if (score > 0 && (best === null || score > best.score)) best = { id: entry.id, score };
  }
  return best?.id ?? null;
}
