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
import { statementWords, type StatementWords } from './format/statement-words.ts';
import { distinctAnchorLabels } from './format/unique-labels.ts';
import { writtenDate } from './format/written-date.ts';
import { OTHER_VOICES } from './paths.ts';
import { entryHref, type Placement } from './placement.ts';
import { sitePlacement } from './site-placement.ts';
import { firstPublished, firstSource, sourceLookup, type SourceLookup } from './source-lookup.ts';

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
   * `role` is known ("a White House official" for the White House); null otherwise.
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
}

/** One line of the comparison table: a government's most recent statement. */
export interface ComparisonRow {
  /** The government's actor id, also its section's anchor. */
  government: string;
  name: string;
  /** The statement's id and its link on the page it is on (see placement.ts). */
  statement: string;
  href: string;
  /** Who made the statement (see `StatementEntry.speaker`). */
  speaker: string;
  stance: string | null;
  /** The first words of the quote or reported speech, verbatim. */
  excerpt: string;
  /** Whether `excerpt` is the speaker's quoted words or speech reported by the source. */
  excerptKind: StatementWords['kind'];
  /** What introduces a reported excerpt: its reporting words ("Denied:"), never left out. */
  excerptLead: string;
  /** The statement's date; null when the government has no dated statement and the latest reported one is shown. */
  dateLabel: string | null;
  datetime: string | null;
  /** The first source that reports it: "Reuters, 23 Oct 2024". */
  source: string | null;
  /** Link to the paragraph of that source the statement cites (before the base path); null without a source. */
  sourceHref: string | null;
}

export interface PositionsView {
  /** One sentence for the top of the page: how many statements, from how many governments and other voices. */
  intro: string;
  /** One section per government or organisation with statements: most statements first, then by name. */
  sections: PositionSection[];
  /** Statements whose speaker speaks for no known government (commentators, media, unresolved); null when none. */
  otherVoices: PositionSection | null;
  /** Each government's latest statement, in the order of `sections`. */
  comparison: ComparisonRow[];
}

/**
 * Groups statements by the government they speak for. `roles` are the topic's
 * actors (their `role` field), so a person's office can be shown beside their name;
 * the briefing model itself does not carry offices. The comparison links each latest
 * statement on the page `placement` puts it on.
 */
export function positionsView(briefing: Briefing, roles: readonly ActorRole[] = [], placement: Placement = sitePlacement(briefing)): PositionsView {
  const context: Context = { actors: actorLookup(briefing), sources: sourceLookup(briefing), roles: new Map(roles.map((r) => [r.id, r.role])), placement };
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
  // Labels are made distinct across the whole page, other voices included: they share one page.
  const [otherEntries = [], ...sectionEntries] = distinctAnchorLabels([
    statementsInOrder(others, context.sources).map((s) => statementEntry(s, context)),
    ...groups.map((group) => group.statements.map((s) => statementEntry(s, context))),
  ]);
  return {
    intro: positionsIntro(briefing.statements.length, groups.length, others.length),
    sections: groups.map((group, i) => ({ ...group, statements: sectionEntries[i] ?? [] })),
    otherVoices: others.length > 0 ? { ...OTHER_VOICES, statements: otherEntries } : null,
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


function statementEntry(statement: Statement, { actors, sources, roles }: Context): StatementEntry {
  const speaker = speakerLabel(statement.speaker, statement.government, actors);
  const actor = statement.speaker.actor;
  const role = actor !== null && actors.get(actor)?.kind === 'person' ? (roles.get(actor) ?? null) : null;
  const date = statement.date ? dateLabel(statement.date) : null;
  const words = statementWords(statement);
  const description = speaker.description.trim();
  const describedAs = role === null && description !== '' && bare(description) !== bare(speaker.label) ? description : null;
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
    citations: citationViews(statement.citations, sources),
    anchorLabel: `this statement (${who}): ${excerpt(words[0]?.text ?? '', ANCHOR_WORDS)}`,
  };
}

/** A name without case or a leading article, so "The Elysée" and "Elysée" compare equal. */
function bare(name: string): string {
  return name.toLowerCase().replace(/^(?:the|an?)\s+/, '');
}

/**
 * The latest statement of a government, from statements already in order: the
 * last dated one; when none is dated, the one reported last.
 */
function comparisonRow(government: string, name: string, ordered: readonly Statement[], context: Context): ComparisonRow {
  const { actors, sources } = context;
  const dated = ordered.filter((s) => datePoint(s.date) !== null);
  const latest = dated.at(-1) ?? latestReported(ordered, sources);
  const date = latest.date ? dateLabel(latest.date) : null;
  const first = firstSource(latest.citations, sources);
  const [words] = statementWords(latest);
  return {
    government,
    name,
    statement: latest.id,
    href: entryHref(context.placement, 'statement', latest.id),
    speaker: speakerLabel(latest.speaker, latest.government, actors).label,
    stance: latest.stance,
    excerpt: excerpt(words?.text ?? '', 20),
    excerptKind: words?.kind ?? 'reported',
    excerptLead: words?.lead ?? 'Reported:',
    dateLabel: date?.label ?? null,
    datetime: date?.datetime ?? null,
    source: first ? sourceLabel(first) : null,
    sourceHref: latest.citations.find((citation) => citation.source === first?.id)?.href ?? null,
  };
}

function latestReported(statements: readonly Statement[], sources: SourceLookup): Statement {
  // A stable sort keeps the date-then-id order among statements first reported the same day.
  const byReport = [...statements].sort((a, b) => compareDays(firstPublished(a.citations, sources), firstPublished(b.citations, sources)));
  return byReport.at(-1) as Statement;
}
