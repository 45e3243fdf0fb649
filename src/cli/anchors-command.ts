/**
 * What `npm run anchors [-- --update]` does (src/cli/anchors.ts): says where each anchor of
 * content/anchors.json lands with the current content (on its entry, inside the entry it was merged
 * into, on a stub, on a notice) and which anchors are new. Exits 1 when a published anchor would
 * lead nowhere, as the build would. `--update` records the new anchors without building, as
 * `npm run build` does; nothing is removed.
 */
import { parseArgs } from 'node:util';
import { writeManifest } from '../lib/anchors/manifest-file.ts';
import { ANCHORS_FILE } from '../lib/anchors/manifest.ts';
import { addedAnchorsHint, keptAnchorsSummary, noManifestHint, recordedAnchorsMessage, unresolvedAnchorsMessage } from '../lib/anchors/messages.ts';
import { siteAnchors } from '../lib/anchors/site-anchors.ts';
import { loadBriefing } from '../lib/load-briefing.ts';
import type { CommandResult } from './command-result.ts';

const USAGE = `Usage: npm run anchors [-- --update]

Says where every anchor of ${ANCHORS_FILE} lands with the current content.

Options:
  --update   record the anchors the content publishes in ${ANCHORS_FILE} (as \`npm run build\` does; commit it afterwards)
  --help     show this help`;

/** Where the command prints: a line to stdout or to stderr. */
interface Printer {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** A printer that keeps what is printed, as `console.log` and `console.error` would print it. */
function keptPrinter(): Printer & { out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  return { out, log: (line) => (out.stdout += `${line}\n`), error: (line) => (out.stderr += `${line}\n`) };
}

/** The command; returns its exit code. */
function run(args: readonly string[], root: string, print: Printer): number {
  let update: boolean;
  try {
    const { values } = parseArgs({ args: [...args], options: { update: { type: 'boolean' }, help: { type: 'boolean' } } });
    if (values.help) {
      print.log(USAGE);
      return 0;
    }
    update = values.update ?? false;
  } catch (error) {
    print.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }

  const status = siteAnchors(loadBriefing(root), root);
  const { manifest, landings, added } = status;

  if (manifest === null) {
    print.log(`${ANCHORS_FILE} does not exist yet; the current content publishes ${added.length} anchors.`);
  } else {
    const kept = landings.aliases.length + landings.moved.length;
    const notices = landings.notices.length + landings.removedSources.length + landings.paragraphNotices.length;
    print.log(`${ANCHORS_FILE}: ${new Set(manifest.anchors).size} anchors.`);
    print.log(`On their entry: ${landings.published.length}. Merged or moved: ${kept}. Notices: ${notices}. Leading nowhere: ${landings.unresolved.length}. New: ${added.length}.`);
    const summary = keptAnchorsSummary(landings);
    if (summary.length > 0) print.log(summary.join('\n'));
  }
  if (landings.unresolved.length > 0) {
    print.error(unresolvedAnchorsMessage(landings.unresolved));
    return 1;
  }

  if (update) {
    if (!status.changed) {
      print.log(`${ANCHORS_FILE} already records everything the content publishes.`);
      return 0;
    }
    const failure = writeManifest(root, status.next, status.nextText);
    if (failure) {
      print.error(failure);
      return 1;
    }
    print.log(recordedAnchorsMessage(added.length));
    return 0;
  }

  if (manifest === null) print.log(noManifestHint());
  else if (added.length > 0) print.log(addedAnchorsHint(added.length));
  return 0;
}

/**
 * Runs `npm run anchors` in the project at `root` (where npm runs the script) with the arguments
 * after `--`. Returns what to print and the exit code instead of printing, so the tests can run
 * the command in their own process (src/cli/anchors.ts is the command itself).
 */
export function anchorsCommand(args: readonly string[], root: string): CommandResult {
  const print = keptPrinter();
  try {
    return { code: run(args, root, print), ...print.out };
  } catch (error) {
    // Content errors already say which file and what to do; a stack trace would bury that.
    print.error((error as Error).message);
    return { code: 1, ...print.out };
  }
}
