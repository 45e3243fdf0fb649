/**
 * `npm run anchors [-- --update]`: says where each anchor of content/anchors.json lands with the
 * current content (on its entry, inside the entry it was merged into, on a stub, on a notice) and
 * which anchors are new. Exits 1 when a published anchor would lead nowhere, as the build would.
 * `--update` records the new anchors without building, as `npm run build` does; nothing is removed.
 */
import { parseArgs } from 'node:util';
import { writeManifest } from '../lib/anchors/manifest-file.ts';
import { ANCHORS_FILE } from '../lib/anchors/manifest.ts';
import { addedAnchorsHint, keptAnchorsSummary, noManifestHint, recordedAnchorsMessage, unresolvedAnchorsMessage } from '../lib/anchors/messages.ts';
import { siteAnchors } from '../lib/anchors/site-anchors.ts';
import { loadBriefing } from '../lib/load-briefing.ts';

const USAGE = `Usage: npm run anchors [-- --update]

Says where every anchor of ${ANCHORS_FILE} lands with the current content.

Options:
  --update   record the anchors the content publishes in ${ANCHORS_FILE} (as \`npm run build\` does; commit it afterwards)
  --help     show this help`;

/** Like `npm run report`, the project root is where npm runs the script. */
function run(args: string[]): number {
  let update: boolean;
  try {
    const { values } = parseArgs({ args, options: { update: { type: 'boolean' }, help: { type: 'boolean' } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    update = values.update ?? false;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }

  const root = process.cwd();
  const status = siteAnchors(loadBriefing(root), root);
  const { manifest, landings, added } = status;

  if (manifest === null) {
    console.log(`${ANCHORS_FILE} does not exist yet; the current content publishes ${added.length} anchors.`);
  } else {
    const kept = landings.aliases.length + landings.moved.length;
    const notices = landings.notices.length + landings.removedSources.length + landings.paragraphNotices.length;
    console.log(`${ANCHORS_FILE}: ${new Set(manifest.anchors).size} anchors.`);
    console.log(`On their entry: ${landings.published.length}. Merged or moved: ${kept}. Notices: ${notices}. Leading nowhere: ${landings.unresolved.length}. New: ${added.length}.`);
    const summary = keptAnchorsSummary(landings);
    if (summary.length > 0) console.log(summary.join('\n'));
  }
  if (landings.unresolved.length > 0) {
    console.error(unresolvedAnchorsMessage(landings.unresolved));
    return 1;
  }

  if (update) {
    if (!status.changed) {
      console.log(`${ANCHORS_FILE} already records everything the content publishes.`);
      return 0;
    }
    const failure = writeManifest(root, status.next);
    if (failure) {
      console.error(failure);
      return 1;
    }
    console.log(recordedAnchorsMessage(added.length));
    return 0;
  }

  if (manifest === null) console.log(noManifestHint());
  else if (added.length > 0) console.log(addedAnchorsHint(added.length));
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  // Content errors already say which file and what to do; a stack trace would bury that.
  console.error((error as Error).message);
  process.exitCode = 1;
}
