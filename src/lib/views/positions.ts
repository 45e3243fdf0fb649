import type { Briefing, DatePrecision, Statement } from '../model.ts';
import { actorLookup, actorName, type ActorLookup } from './actor-lookup.ts';
import { citationViews, sourceLabel, type CitationView } from './citation-label.ts';
import { dateLabel } from './format/date-label.ts';
import { countLabel } from './format/count-label.ts';
import { statementsInOrder } from './entry-order.ts';
import { compareDays, compareIds, datePoint } from './format/date-order.ts';
import { excerpt } from './format/excerpt.ts';
import { reportedLabel, type ReportedLabel } from './format/reported-label.ts';
import { speakerLabel } from './format/speaker-label.ts';
import { bearsPosition, NO_STANCE, stanceLabel } from './format/stance-label.ts';
import { statementSentence, type StatementSentence } from './format/statement-sentence.ts';
import { statementWords, type StatementWords } from './format/statement-words.ts';
import { distinctAnchorLabels } from './format/unique-labels.ts';
import { writtenDate } from './format/written-date.ts';
import { OTHER_VOICES } from './paths.ts';
import { entryHref, type Placement } from './placement.ts';
import { sitePlacement } from './site-placement.ts';
import { firstPublished, firstSource, sourceLookup, type SourceLookup } from './source-lookup.ts';
import { stanceTrack, type TrackStep } from './stance-track.ts';
import { cachedView } from './view-cache.ts';

export { OTHER_VOICES };

/** An office from the topic data (`role` in content/actors.yaml), looked up by actor id. */
export interface ActorRole {
  id: string;
  role?: string | undefined;
}

/** One statement as the positions page shows it. */
export interface StatementEntry {
  /** The statement id, used as the entry's anchor. */
  id: string;
  /** Ids of published statements merged into this one: each is an anchor inside the entry. */
  aliases: string[];
  /** When the sources first reported it and last updated it. */
  reportDates: ReportedLabel;
  /** Name, actor name or description of the speaker (see `speakerLabel`). */
  speaker: string;
  /** The description the text gives ("the ministry's spokesperson"). */
  speakerDescription: string;
  /** The office from the topic data when the speaker is a known person; null otherwise. */
  role: string | null;
  /**
   * How the source describes the speaker, when that tells more than `speaker` and no
   * `role` is known ("a State Bureau official" for the State Bureau); null otherwise.
   */
  describedAs: string | null;
  /** Null when the statement is not dated. */
  dateLabel: string | null;
  dateText: string | null;
  /** `dateText` for an "as written" note; null when it says no more than `dateLabel`, or undated. */
  writtenDate: string | null;
  datetime: string | null;
  precision: DatePrecision | null;
  quote: string | null;
  reported: string | null;
  /** What to show of `quote` and `reported` (see `statementWords`). */
  words: StatementWords[];
  stance: string | null;
  /** The stance in readers' words ("calls for"); null when the statement has none. */
  stanceLabel: string | null;
  citations: CitationView[];
  /** What the entry's self-link leads to, for screen readers: "this statement (Anna Berg, 11 Mar 2025): …". */
  anchorLabel: string;
}

/** The statements of one government or organisation, or the other voices. */
export interface PositionSection {
  /** The government's actor id (`freedonia`), or `other-voices`. */
  id: string;
  name: string;
  /** Statements in date order; undated ones last, by when they were first reported. */
  statements: StatementEntry[];
  /** Its position-bearing statements day by day (see stance-track.ts); empty when none bears a stance. */
  track: TrackStep[];
}

/** One line of the comparison table: a government's latest position. */
export interface ComparisonRow {
  /** The government's actor id, also its section's anchor. */
  government: string;
  name: string;
  /** The statement's id and its link on the page it is on (see placement.ts). */
  statement: string;
  href: string;
  /** Who made the statement (see `StatementEntry.speaker`). */
  speaker: string;
  /** The speaker's office, or how the source describes them when that says more than `speaker`; null when neither. */
  role: string | null;
  stance: string | null;
  /** The stance in readers' words: "calls for", "no clear stance". */
  stanceLabel: string;
  /** False when none of the government's statements bears a stance, and its latest statement is shown instead. */
  positionBearing: boolean;
  /** The statement as a sentence with its speaker and reporting verb, shortened to `COMPARISON_WORDS` words. */
  sentence: StatementSentence;
  /** The statement's date; null when it is not reported (then `source` says when it was). */
  dateLabel: string | null;
  datetime: string | null;
  /** The first source that reports it: "Reuters, 23 Oct 2024". */
  source: string | null;
  /** Link to the paragraph of that source the statement cites (before the base path); null without a source. */
  sourceHref: string | null;
}

/** Words of a statement in the comparison table: enough for its gist, the rest one link away. */
export const COMPARISON_WORDS = 30;

export interface PositionsView {
  /** One sentence for the top of the page: how many statements, from how many governments and other voices. */
  intro: string;
  /** One section per government or organisation with statements: most statements first, then by name. */
  sections: PositionSection[];
  /** Statements whose speaker speaks for no known government (commentators, media, unresolved); null when none. */
  otherVoices: PositionSection | null;
  /** Each government's latest position-bearing statement (else its latest statement), in the order of `sections`. */
  comparison: ComparisonRow[];
}

/**
 * Groups statements by the government they speak for. `roles` are the topic's
 * actors (their `role` field), so a person's office can be shown beside their name;
 * the briefing model itself does not carry offices. The comparison links each latest
 * statement on the page `placement` puts it on.
 */
export function positionsView(briefing: Briefing, roles: readonly ActorRole[] = [], placement: Placement = sitePlacement(briefing)): PositionsView {
  return cachedView('positions', [briefing, roles, placement], () => buildPositionsView(briefing, roles, placement));
}

/** What the overview shows of the positions: each government's stance track, and the comparison table. */
export interface PositionsSummary {
  /** As `PositionsView.sections`, without the statements' entries. */
  sections: Pick<PositionSection, 'id' | 'name' | 'track'>[];
  comparison: ComparisonRow[];
}

/**
 * The positions in brief, with the offices of `roles` in the comparison: what `positionsView` gives
 * but the entry of every statement, which the overview does not show and which cost most of that view.
 */
export function positionsSummary(briefing: Briefing, roles: readonly ActorRole[] = [], placement: Placement = sitePlacement(briefing)): PositionsSummary {
  const context = contextOf(briefing, roles, placement);
  const { groups } = governmentGroups(briefing, placement);
  return {
    sections: groups.map(({ id, name, track }) => ({ id, name, track })),
    comparison: groups.map((group) => comparisonRow(group.id, group.name, group.statements, context)),
  };
}

function contextOf(briefing: Briefing, roles: readonly ActorRole[], placement: Placement): Context {
  return { actors: actorLookup(briefing), sources: sourceLookup(briefing), roles: new Map(roles.map((r) => [r.id, r.role])), placement };
}

/** One government's statements in reading order, and its stance track (which shows no offices). */
interface GovernmentGroup {
  id: string;
  name: string;
  statements: Statement[];
  track: TrackStep[];
}

/**
 * The statements by government, in the sections' order, and those of other voices: the same for any
 * `roles`, so worked out once for the positions pages and the overview.
 */
function governmentGroups(briefing: Briefing, placement: Placement): { groups: GovernmentGroup[]; others: Statement[] } {
  return cachedView('positions-groups', [briefing, placement], () => {
    const context = contextOf(briefing, [], placement);
    const byGovernment = new Map<string, Statement[]>();
    const others: Statement[] = [];
    for (const statement of briefing.statements) {
      if (statement.government === null) {
        others.push(statement);
        continue;
      }
      const list = byGovernment.get(statement.government) ?? [];
      byGovernment.set(statement.government, list);
      list.push(statement);
    }
    const groups = [...byGovernment].map(([id, statements]) => ({ id, name: actorName(id, context.actors), statements: statementsInOrder(statements, context.sources) }));
    groups.sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name, 'en-GB') || compareIds(a.id, b.id));
    return { groups: groups.map((group) => ({ ...group, track: track(group.statements, context) })), others };
  });
}

function buildPositionsView(briefing: Briefing, roles: readonly ActorRole[], placement: Placement): PositionsView {
  const context = contextOf(briefing, roles, placement);
  const { groups, others } = governmentGroups(briefing, placement);
  // Labels are made distinct across the whole page, other voices included: they share one page.
  const [otherEntries = [], ...sectionEntries] = distinctAnchorLabels([
    statementsInOrder(others, context.sources).map((s) => statementEntry(s, context)),
    ...groups.map((group) => group.statements.map((s) => statementEntry(s, context))),
  ]);
  return {
    intro: positionsIntro(briefing.statements.length, groups.length, others.length),
    sections: groups.map((group, i) => ({ id: group.id, name: group.name, statements: sectionEntries[i] ?? [], track: group.track })),
    otherVoices: others.length > 0 ? { ...OTHER_VOICES, statements: otherEntries, track: [] } : null,
    comparison: groups.map((group) => comparisonRow(group.id, group.name, group.statements, context)),
  };
}

/** "72 statements: 66 by 8 governments and organisations, 6 by other voices." */
function positionsIntro(total: number, governments: number, others: number): string {
  if (total === 0) return 'No statements have been found in the sources yet.';
  const byGovernments = `${total - others} by ${countLabel(governments, 'government or organisation', 'governments and organisations')}`;
  const parts = [governments > 0 ? byGovernments : '', others > 0 ? `${others} by other voices` : ''].filter(Boolean);
  return `${countLabel(total, 'statement')}: ${parts.join(', ')}.`;
}

/** Words of the statement in a self-link's accessible name: enough to tell one speaker's statements apart. */
const ANCHOR_WORDS = 8;

interface Context {
  actors: ActorLookup;
  sources: SourceLookup;
  roles: ReadonlyMap<string, string | undefined>;
  placement: Placement;
}


function statementEntry(statement: Statement, context: Context): StatementEntry {
  const speaker = speakerLabel(statement.speaker, statement.government, context.actors);
  const { role, describedAs } = speakerOf(statement, context);
  const date = statement.date ? dateLabel(statement.date) : null;
  const words = statementWords(statement);
  const who = date ? `${speaker.label}, ${date.label}` : speaker.label;
  return {
    id: statement.id,
    aliases: statement.aliases,
    reportDates: reportedLabel(statement),
    speaker: speaker.label,
    speakerDescription: speaker.description,
    role,
    describedAs,
    dateLabel: date?.label ?? null,
    dateText: date?.text ?? null,
    writtenDate: date ? writtenDate(date.text, date.label) : null,
    datetime: date?.datetime ?? null,
    precision: statement.date?.precision ?? null,
    quote: statement.quote,
    reported: statement.reported,
    words,
    stance: statement.stance,
    stanceLabel: statement.stance === null ? null : stanceLabel(statement.stance),
    citations: citationViews(statement.citations, context.sources),
    anchorLabel: `this statement (${who}): ${excerpt(words[0]?.text ?? '', ANCHOR_WORDS)}`,
  };
}

/** A name without case or a leading article, so "The State Bureau" and "State Bureau" compare equal. */
function bare(name: string): string {
  return name.toLowerCase().replace(/^(?:the|an?)\s+/, '');
}

/** The speaker's label and office (or the source's description when it says more), as entries and the table show them. */
function speakerOf(statement: Statement, { actors, roles }: Context): { label: string; role: string | null; describedAs: string | null } {
  const speaker = speakerLabel(statement.speaker, statement.government, actors);
  const actor = statement.speaker.actor;
  const role = actor !== null && actors.get(actor)?.kind === 'person' ? (roles.get(actor) ?? null) : null;
  const description = speaker.description.trim();
  const describedAs = role === null && description !== '' && bare(description) !== bare(speaker.label) ? description : null;
  return { label: speaker.label, role, describedAs };
}

/** The statement as one sentence: who, the reporting words, what. */
function sentenceOf(statement: Statement, speaker: string, maxWords?: number): StatementSentence {
  const sentence = statementSentence({ ...statement, speaker, actor: statement.speaker.actor }, maxWords);
  // The model never keeps a statement without words; a hand-made one still shows who spoke.
  return sentence ?? { before: '', speaker, after: '', kind: 'reported', words: '', verb: statement.verb, plain: speaker };
}

/** Words of a statement in a track chip's tooltip. */
const TRACK_TITLE_WORDS = 16;

function track(ordered: readonly Statement[], context: Context): TrackStep[] {
  const inputs = ordered.map((statement) => {
    const speaker = speakerOf(statement, context).label;
    return { statement, speaker, href: entryHref(context.placement, 'statement', statement.id), title: sentenceOf(statement, speaker, TRACK_TITLE_WORDS).plain };
  });
  return stanceTrack(inputs, context.sources);
}

/**
 * A government's line in the comparison table: its latest statement that bears a stance (see
 * `bearsPosition`), or its latest statement when none does. "Latest" is by the statement's date,
 * else the day it was first reported; on a tie, the later in reading order.
 */
function comparisonRow(government: string, name: string, ordered: readonly Statement[], context: Context): ComparisonRow {
  const { sources } = context;
  const bearing = ordered.filter((s) => bearsPosition(s.stance));
  const latest = latestOf(bearing.length > 0 ? bearing : ordered, sources);
  const date = latest.date ? dateLabel(latest.date) : null;
  const first = firstSource(latest.citations, sources);
  const speaker = speakerOf(latest, context);
  return {
    government,
    name,
    statement: latest.id,
    href: entryHref(context.placement, 'statement', latest.id),
    speaker: speaker.label,
    role: speaker.role ?? speaker.describedAs,
    stance: latest.stance,
    // "other" says no more than none: either way the statement takes no stance the table can show.
    stanceLabel: bearing.length > 0 ? stanceLabel(latest.stance) : NO_STANCE,
    positionBearing: bearing.length > 0,
    sentence: sentenceOf(latest, speaker.label, COMPARISON_WORDS),
    dateLabel: date?.label ?? null,
    datetime: date?.datetime ?? null,
    source: first ? sourceLabel(first) : null,
    sourceHref: latest.citations.find((citation) => citation.source === first?.id)?.href ?? null,
  };
}

/** The statement of the latest day (its date, else its first report); the last of that day in reading order. */
function latestOf(ordered: readonly Statement[], sources: SourceLookup): Statement {
  const day = (s: Statement) => datePoint(s.date) ?? firstPublished(s.citations, sources);
  // A stable sort keeps reading order among statements of one day.
  return [...ordered].sort((a, b) => compareDays(day(a), day(b))).at(-1) as Statement;
}
