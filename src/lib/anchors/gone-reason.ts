import type { Briefing } from '../model.ts';
import type { EntryKind } from '../views/paths.ts';
import type { EntryRecord } from './manifest.ts';
import { parseMember } from './members.ts';

/** Why a published entry or section is no longer in the briefing. */
export type GoneReason =
  /** An editor suppressed it in content/briefing.yaml, for `note`. */
  | { kind: 'suppressed'; note: string }
  /** Every source it cited was removed from content/sources/; `sources` are their ids. */
  | { kind: 'source-removed'; sources: string[] }
  /** Its sources are still there, but none of them has the words it cited any more. */
  | { kind: 'source-corrected'; sources: string[] }
  /** Its sources still have its words, but the extraction no longer makes an entry of them. */
  | { kind: 'not-extracted' }
  /** A section of `area` (a month, a government, a figure category) that no entry is in any more. */
  | { kind: 'section-empty'; area: EntryKind };

/**
 * Why the entry `id`, last published as `record`, is gone: suppression first (an editor's word
 * is the best reason), then what happened to the sources it cited.
 */
export function goneReason(id: string, record: EntryRecord, briefing: Pick<Briefing, 'sources'>, suppressed: ReadonlyMap<string, string>): GoneReason {
  const note = suppressed.get(id);
  if (note !== undefined) return { kind: 'suppressed', note };
  const members = record.members.map(parseMember).filter((member) => member !== null);
  const cited = [...new Set(members.map((member) => member.source))].sort();
  const sources = new Map(briefing.sources.map((source) => [source.id, source]));
  const remaining = cited.filter((source) => sources.has(source));
  if (cited.length > 0 && remaining.length === 0) return { kind: 'source-removed', sources: cited };
  const stillSays = members.some((member) => sources.get(member.source)?.paragraphs.some((paragraph) => paragraph.text.includes(member.evidence)));
  if (remaining.length > 0 && !stillSays) return { kind: 'source-corrected', sources: remaining };
  return { kind: 'not-extracted' };
}
