/**
 * Cluster keys for reconciliation: what two reports must share before they can be the same thing,
 * so each candidate is compared only with the clusters that could take it (`ClusterKeys` in
 * `cluster.ts`). Each key follows one test of `compare*` in `index.ts`; a key may let through pairs
 * that then compare `different`, but never keeps apart a pair that would match.
 */
import type { EventCandidate, FigureCandidate, StatementCandidate } from '../assemble/candidate.ts';
import type { Speaker } from '../model.ts';
import type { ClusterKeys } from './cluster.ts';
import { qualifierClass } from './qualifier-class.ts';
import { singular } from '../detect/figures/plural.ts';
import { dateKeys } from './dates.ts';

/** A speaker, or a figure's claimant, with the government `compareSpeakers` reads beside it. */
interface Attributed {
  speaker: Speaker;
  government: string | null;
}

/**
 * `compareSpeakers` matches only the same actor, the same name (in any case), or two parties with
 * neither: one key per actor and name a speaker has. Two parties with neither match on their
 * governments when both have one, else on their descriptions (in any case): such a party is filed
 * under its government and under its description marked with whether it has a government, and
 * looks under the keys that could match it. Without these, the many unnamed officials of a large
 * corpus were compared one with another (a third of the statement comparisons at 1,000 sources).
 */
function speakerKeys({ speaker, government }: Attributed, side: 'filed' | 'sought'): string[] {
  const keys: string[] = [];
  if (speaker.actor) keys.push(`actor:${speaker.actor}`);
  if (speaker.name) keys.push(`name:${speaker.name.toLowerCase()}`);
  if (keys.length > 0) return keys;
  const description = `description:${speaker.description.toLowerCase()}`;
  if (!government) return side === 'filed' ? [`${description} without government`] : [`${description} without government`, `${description} with government`];
  // A party with a government matches one of the same government, or one without by its description.
  return [`government:${government}`, side === 'filed' ? `${description} with government` : `${description} without government`];
}


/**
 * `compareStatements` keeps apart, before anything else, a negated statement and one that is not, and
 * a denial or a confirmation and a statement of another stance: about half of the pairs of one
 * speaker at 1,000 sources.
 */
function polarity({ negated, stance }: StatementCandidate): string {
  return `${negated ? 'negated' : 'affirmed'} ${stance === 'denies' || stance === 'confirms' ? stance : 'other'}`;
}

/**
 * Statements match only with the same polarity, a matching speaker and, when both are dated, dates
 * that agree (`compareDates`): a dated statement looks among its date's and the undated clusters;
 * an undated one among all of its speaker's.
 */
export const statementClusterKeys: ClusterKeys<StatementCandidate> = {
  filed: (statement) =>
    speakerKeys(statement, 'filed').flatMap((key) => {
      const speaker = `${polarity(statement)} ${key}`;
      return [`${speaker} any`, ...(statement.date ? dateKeys(statement.date).map((date) => `${speaker} ${date}`) : [`${speaker} undated`])];
    }),
  sought: (statement) =>
    speakerKeys(statement, 'sought').flatMap((key) => {
      const speaker = `${polarity(statement)} ${key}`;
      return statement.date ? [...dateKeys(statement.date).map((date) => `${speaker} ${date}`), `${speaker} undated`] : [`${speaker} any`];
    }),
};

/**
 * Figures match only with the same category, value and kind of qualifier, and a matching claimant.
 * A vague amount has no value to tell it by: its words do ("several drones" is not "several
 * missiles"). The fate of the counted is no key: a figure whose fate is untold matches any.
 */
function figureKeys({ category, value, qualifier, unit, claimant, government }: FigureCandidate, side: 'filed' | 'sought'): string[] {
  const figure = JSON.stringify([category, value, qualifierClass(qualifier), value === null ? singular(unit.toLowerCase()) : null]);
  return speakerKeys({ speaker: claimant, government }, side).map((key) => `${figure} ${key}`);
}

export const figureClusterKeys: ClusterKeys<FigureCandidate> = { filed: (figure) => figureKeys(figure, 'filed'), sought: (figure) => figureKeys(figure, 'sought') };

/** Events match only on dates that agree and the same expectation, sharing a government or an actor. */
function eventKeys({ date, expected, governments, actors }: EventCandidate): string[] {
  return dateKeys(date).flatMap((day) => {
    const when = `${day} ${expected}`;
    return [...governments.map((g) => `${when} government:${g}`), ...actors.map((a) => `${when} actor:${a}`)];
  });
}

export const eventClusterKeys: ClusterKeys<EventCandidate> = { filed: eventKeys, sought: eventKeys };
