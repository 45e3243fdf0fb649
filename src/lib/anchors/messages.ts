import { ANCHORS_FILE, UPDATE_COMMAND } from './manifest.ts';

function anchorsWord(count: number): string {
  return count === 1 ? '1 published anchor' : `${count} published anchors`;
}

/** Why the build stops when anchors would disappear, each anchor on its own line, and the deliberate way out. */
export function missingAnchorsMessage(missing: string[]): string {
  return [
    `The build would remove ${anchorsWord(missing.length)} that readers may have linked to:`,
    ...missing.map((anchor) => `  ${anchor}`),
    `If this is intended (an entry was suppressed or corrected), run \`${UPDATE_COMMAND}\` and commit ${ANCHORS_FILE}.`,
  ].join('\n');
}

/** One line saying that new anchors are not protected yet. */
export function addedAnchorsHint(added: number): string {
  const what = added === 1 ? '1 new anchor is' : `${added} new anchors are`;
  return `${what} not protected yet: run \`${UPDATE_COMMAND}\` and commit ${ANCHORS_FILE}.`;
}

/** The first build has nothing to compare with; say how to start protecting anchors. */
export function noManifestHint(): string {
  return `${ANCHORS_FILE} does not exist yet, so no published anchor is checked; run \`${UPDATE_COMMAND}\` and commit it.`;
}
