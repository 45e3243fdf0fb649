/**
 * Cluster keys for reconciliation: what two reports must share before they can be the same thing,
 * so each candidate is compared only with the clusters that could take it (`ClusterKeys` in
 * `cluster.ts`). Each key follows one test of `compare*` in `index.ts`; a key may let through pairs
 * that then compare `different`, but never keeps apart a pair that would match.
 */
import type { EventCandidate, FigureCandidate, StatementCandidate } from '../assemble/candidate.ts';
import type { ResolvedDate, Speaker } from '../model.ts';
import type { ClusterKeys } from './cluster.ts';
import { qualifierClass } from './qualifier-class.ts';
import { singular } from '../detect/figures/plural.ts';

/**
 * `compareSpeakers` matches only the same actor, the same name (in any case), or two parties with
 * neither: one key per actor and name a speaker has, or `anonymous`.
 */
function speakerKeys(speaker: Speaker): string[] {
  const keys: string[] = [];
  if (speaker.actor) keys.push(`actor:${speaker.actor}`);
  if (speaker.name) keys.push(`name:${speaker.name.toLowerCase()}`);
  return keys.length > 0 ? keys : ['anonymous'];
}

function dateKey(date: ResolvedDate): string {
  return JSON.stringify([date.start, date.end]);
}

/**
 * Statements match only with a matching speaker and, when both are dated, the same dates
 * (`compareDates`): a dated statement looks among that date's and the undated clusters; an undated
 * one among all of its speaker's.
 */
export const statementClusterKeys: ClusterKeys<StatementCandidate> = {
  filed: ({ speaker, date }) =>
    speakerKeys(speaker).flatMap((key) => [`${key} any`, `${key} ${date ? dateKey(date) : 'undated'}`]),
  sought: ({ speaker, date }) =>
    speakerKeys(speaker).flatMap((key) => (date ? [`${key} ${dateKey(date)}`, `${key} undated`] : [`${key} any`])),
};

/**
 * Figures match only with the same category, value and kind of qualifier, and a matching claimant.
 * A vague amount has no value to tell it by: its words do ("several drones" is not "several
 * missiles").
 */
function figureKeys({ category, value, qualifier, unit, claimant }: FigureCandidate): string[] {
  const figure = JSON.stringify([category, value, qualifierClass(qualifier), value === null ? singular(unit.toLowerCase()) : null]);
  return speakerKeys(claimant).map((key) => `${figure} ${key}`);
}

export const figureClusterKeys: ClusterKeys<FigureCandidate> = { filed: figureKeys, sought: figureKeys };

/** Events match only on the same dates and expectation, sharing a government or an actor. */
function eventKeys({ date, expected, governments, actors }: EventCandidate): string[] {
  const when = `${dateKey(date)} ${expected}`;
  return [...governments.map((g) => `${when} government:${g}`), ...actors.map((a) => `${when} actor:${a}`)];
}

export const eventClusterKeys: ClusterKeys<EventCandidate> = { filed: eventKeys, sought: eventKeys };
