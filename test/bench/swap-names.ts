import type { Actor } from '../../src/schemas/actor.ts';
import type { Random } from './random.ts';

/** Actors whose names a copy swaps: people who speak for a government, and commentators. */
const SWAPPED_KINDS: ReadonlySet<Actor['kind']> = new Set(['person', 'commentator']);

/** How a name is written on second reference: a one-word alias that is part of the full name ("Blinken"), else the full name. */
export function shortName(actor: Actor): string {
  const single = actor.aliases.filter((alias) => !/\s/.test(alias));
  return single.find((alias) => actor.name.split(/\s+/).includes(alias)) ?? single[0] ?? actor.name;
}

/**
 * Pairs each swapped actor with another of the same kind and government, as a shuffle
 * within each group: no two actors get the same stand-in, so a text that quotes two
 * officials still quotes two. An actor alone in its group keeps its name.
 */
export function drawStandIns(actors: readonly Actor[], random: Random): Map<Actor, Actor> {
  const groups = new Map<string, Actor[]>();
  for (const actor of actors) {
    if (!SWAPPED_KINDS.has(actor.kind)) continue;
    const key = `${actor.kind}|${actor.government ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), actor]);
  }
  const standIns = new Map<Actor, Actor>();
  for (const group of groups.values()) {
    const shuffled = random.shuffle(group);
    group.forEach((actor, i) => standIns.set(actor, shuffled[i] as Actor));
  }
  return standIns;
}

/** A name found in a text: where, and what replaces it. */
interface Span {
  start: number;
  end: number;
  replacement: string;
  /** Whether the name found is an actor's full name, which wins over an overlapping alias. */
  full: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every whole-word, case-sensitive occurrence of `name` in `text`. */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + name.length] ?? '')) found.push(at);
  }
  return found;
}

/**
 * Returns a function that replaces every name and alias of a swapped actor by its
 * stand-in's: the full name or a multi-word alias by the full name, a one-word alias
 * ("Austin", "Austin's") by the stand-in's short name. Names match case-sensitively as
 * whole words. Where names overlap, a full name wins, then the longer name, so
 * "President Yoon Suk Yeol" becomes "President <stand-in>", not a title glued to a stray
 * given name.
 */
export function createNameSwapper(standIns: ReadonlyMap<Actor, Actor>): (text: string) => string {
  const replacements = new Map<string, { replacement: string; full: boolean }>();
  for (const [actor, standIn] of standIns) {
    for (const name of [actor.name, ...actor.aliases]) {
      if (replacements.has(name)) continue;
      replacements.set(name, { replacement: /\s/.test(name) ? standIn.name : shortName(standIn), full: name === actor.name });
    }
  }
  return (text) => {
    const spans: Span[] = [];
    for (const [name, { replacement, full }] of replacements) {
      for (const start of occurrences(text, name)) spans.push({ start, end: start + name.length, replacement, full });
    }
    spans.sort((a, b) => Number(b.full) - Number(a.full) || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: Span[] = [];
    for (const span of spans) {
      if (chosen.every((other) => span.end <= other.start || span.start >= other.end)) chosen.push(span);
    }
    chosen.sort((a, b) => b.start - a.start);
    let result = text;
    for (const span of chosen) result = result.slice(0, span.start) + span.replacement + result.slice(span.end);
    return result;
  };
}
