import type { AnchorLandings } from './landings.ts';
import { ANCHORS_FILE, UPDATE_COMMAND } from './manifest.ts';

function anchorsWord(count: number): string {
  return count === 1 ? '1 published anchor' : `${count} published anchors`;
}

/**
 * Why the build stops: anchors of the manifest that nothing on the site would answer, and of
 * which the manifest keeps no record to write a notice from. What happened, then what to do.
 */
export function unresolvedAnchorsMessage(unresolved: readonly string[]): string {
  return [
    `${anchorsWord(unresolved.length)} of ${ANCHORS_FILE} would lead nowhere: the site has nothing at ${unresolved.length === 1 ? 'this address' : 'these addresses'} any more, and the manifest keeps no record of what ${unresolved.length === 1 ? 'it was' : 'they were'}, so no notice can stand in ${unresolved.length === 1 ? 'its' : 'their'} place:`,
    ...unresolved.map((anchor) => `  ${anchor}`),
    `Restore the content ${unresolved.length === 1 ? 'it pointed' : 'they pointed'} to (a source, an override in content/briefing.yaml), or, if readers' links to ${unresolved.length === 1 ? 'it' : 'them'} may break, delete ${unresolved.length === 1 ? 'its line' : 'these lines'} from the "anchors" list of ${ANCHORS_FILE} and commit it.`,
  ].join('\n');
}

/**
 * What lands elsewhere than on its entry: a line for ids merged into other entries, then the
 * anchors that show a notice, one per line (at most `limit`, then how many more); empty when none.
 */
export function keptAnchorsSummary(landings: AnchorLandings, limit = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  const merged = landings.aliases.length + landings.moved.filter((entry) => entry.merged).length;
  if (merged > 0) lines.push(`${count(merged, 'published id now answers', 'published ids now answer')} inside the entry it was merged into.`);
  const notices = landings.notices.length + landings.removedSources.length + landings.paragraphNotices.reduce((sum, n) => sum + n.paragraphs.length, 0);
  if (notices > 0) {
    lines.push(`${count(notices, 'published anchor now shows', 'published anchors now show')} a notice in place of what is gone:`);
    const listed = [
      ...landings.notices.map((notice) => `  ${notice.page}#${notice.id} (${notice.reason.kind}${notice.successor ? `, see ${notice.successor.href}` : ''})`),
      ...landings.removedSources.map((source) => `  /sources/${source.id}/ (source removed)`),
      ...landings.paragraphNotices.map((notices) => `  /sources/${notices.source}/ paragraphs ${notices.paragraphs.join(', ')} (no longer in the article)`),
    ];
    lines.push(...listed.slice(0, limit));
    if (listed.length > limit) lines.push(`  … and ${listed.length - limit} more: \`npm run anchors\` lists them all.`);
  }
  return lines;
}

/** New anchors, before they are recorded: `npm run build` records them. */
export function addedAnchorsHint(added: number): string {
  const what = added === 1 ? '1 new anchor is' : `${added} new anchors are`;
  return `${what} not in ${ANCHORS_FILE} yet: \`npm run build\` (or \`${UPDATE_COMMAND}\`) records them; commit the file with the content.`;
}

/** What recording did. */
export function recordedAnchorsMessage(added: number): string {
  const what = added === 0 ? 'the entries and sources as published' : added === 1 ? '1 new anchor' : `${added} new anchors`;
  return `Recorded ${what} in ${ANCHORS_FILE}; commit it with the content, as a lockfile, so later builds keep these links.`;
}

/** The first build has nothing to compare with; say how to start protecting anchors. */
export function noManifestHint(): string {
  return `${ANCHORS_FILE} does not exist yet, so no published anchor is protected; \`npm run build\` (or \`${UPDATE_COMMAND}\`) writes it: commit it with the content.`;
}
