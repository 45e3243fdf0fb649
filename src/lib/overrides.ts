import type { ZodError } from 'astro/zod';
import type { EventCandidate, FigureCandidate, Origin, StatementCandidate } from './assemble/candidate.ts';
import { makeCitation } from './citation.ts';
import type { Override } from '../schemas/briefing.ts';
import { ItemSchemas } from '../schemas/model-items.ts';

/** Items with their ids and the published ids merged into them (anchors/claim-ids.ts). */
type WithIds<C> = C & { id: string; aliases: string[] };

export interface ModelItems {
  events: WithIds<EventCandidate>[];
  statements: WithIds<StatementCandidate>[];
  figures: WithIds<FigureCandidate>[];
}

/** An override that cannot be applied; the build stops and names it. */
export interface OverrideProblem {
  /** 1-based position in the `overrides` list of content/briefing.yaml. */
  position: number;
  message: string;
}

type Kind = 'events' | 'statements' | 'figures';
const KIND_OF_TYPE = { event: 'events', statement: 'statements', figure: 'figures' } as const;
/** Fields an editor may not change with `correct`: they are derived or checked. */
const PROTECTED_FIELDS = new Set(['id', 'aliases', 'citations', 'origin']);

function describe(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`).join('; ');
}

/** The item with id `id`; else the item `id` was merged into (`alias` true), since an override may name a published id that became an alias. */
function find(items: ModelItems, id: string): { kind: Kind; index: number; alias: boolean } | null {
  for (const alias of [false, true]) {
    for (const kind of ['events', 'statements', 'figures'] as const) {
      const index = items[kind].findIndex((item) => (alias ? item.aliases.includes(id) : item.id === id));
      if (index >= 0) return { kind, index, alias };
    }
  }
  return null;
}

/**
 * Applies the editor's overrides in order: suppress an item, correct its fields, or add one the
 * extractor missed. Added items carry their own citations and are verified like any other.
 * Items are copied, never mutated.
 */
export function applyOverrides(extracted: ModelItems, overrides: Override[]): { items: ModelItems; problems: OverrideProblem[] } {
  const items: ModelItems = { events: [...extracted.events], statements: [...extracted.statements], figures: [...extracted.figures] };
  const problems: OverrideProblem[] = [];
  overrides.forEach((override, i) => {
    const position = i + 1;
    if (override.action === 'add') {
      const parsed = ItemSchemas[override.type].safeParse(override.item);
      if (!parsed.success) {
        problems.push({ position, message: `the added ${override.type} is not valid: ${describe(parsed.error)}` });
        return;
      }
      const citations = override.citations.map((c) => makeCitation(c.source, c.paragraph, c.evidence));
      const origin: Origin = { source: citations[0]!.source, published: '', paragraph: citations[0]!.paragraph, index: 0 };
      const id = override.id;
      if (find(items, id)) {
        problems.push({ position, message: `the added ${override.type} has id "${id}", which another item already has; choose another id` });
        return;
      }
      const kind = KIND_OF_TYPE[override.type];
      (items[kind] as unknown[]).push({ ...withDerivedFields(override.type, parsed.data), id, aliases: [], citations, origin });
      return;
    }
    const found = find(items, override.id);
    if (!found) {
      problems.push({
        position,
        message: `${override.action}: no event, statement or figure has id "${override.id}"; copy the id from the entry's link or dist/data/briefing.json`,
      });
      return;
    }
    const list = items[found.kind] as Record<string, unknown>[];
    if (override.action === 'suppress' && found.alias) {
      // The suppressed entry was merged into another by a later source: that one stays, without answering to the suppressed id.
      const item = list[found.index] as { aliases: string[] };
      list[found.index] = { ...item, aliases: item.aliases.filter((alias) => alias !== override.id) };
      return;
    }
    if (override.action === 'suppress') {
      list.splice(found.index, 1);
      return;
    }
    const current = list[found.index]!;
    const unknownFields = Object.keys(override.set).filter((field) => !(field in current) || PROTECTED_FIELDS.has(field));
    if (unknownFields.length > 0) {
      problems.push({ position, message: `correct "${override.id}": cannot set ${unknownFields.join(', ')}; settable fields are ${Object.keys(current).filter((f) => !PROTECTED_FIELDS.has(f)).join(', ')}` });
      return;
    }
    list[found.index] = { ...current, ...override.set };
  });
  return { items, problems };
}

/** Fields an editor may leave out of an added item that follow from the others. */
function withDerivedFields(type: 'event' | 'statement' | 'figure', data: Record<string, unknown>): Record<string, unknown> {
  if (type === 'event') return { ...data, headline: data.headline ?? data.summary };
  if (type === 'figure') return { ...data, bounds: data.bounds ?? { min: data.value, max: data.value } };
  return data;
}
