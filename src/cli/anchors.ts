/**
 * `npm run anchors [-- --update]`: compares the anchors the current content publishes with the
 * checked-in manifest, content/anchors.json. Without flags it prints the difference and exits 1
 * when published anchors would disappear; `--update` rewrites the manifest on purpose.
 */
import { parseArgs } from 'node:util';
import { anchorStatus, writeManifest } from '../lib/anchors/manifest-file.ts';
import { ANCHORS_FILE } from '../lib/anchors/manifest.ts';
import { addedAnchorsHint, missingAnchorsMessage, noManifestHint } from '../lib/anchors/messages.ts';
import { loadBriefing } from '../lib/load-briefing.ts';

const USAGE = `Usage: npm run anchors [-- --update]

Compares the anchors the site would publish with ${ANCHORS_FILE}.

Options:
  --update   write ${ANCHORS_FILE} from the current content (commit it afterwards)
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
  const status = anchorStatus(root, loadBriefing(root));
  const { current, manifest, missing, added } = status;

  if (manifest === null) {
    console.log(`${ANCHORS_FILE} does not exist yet; the current content publishes ${current.length} anchors.`);
  } else {
    console.log(`${ANCHORS_FILE}: ${manifest.length} anchors; the current content publishes ${current.length}.`);
    console.log(`Missing: ${missing.length}. Added: ${added.length}.`);
  }

  if (update) {
    const failure = writeManifest(root, current);
    if (failure) {
      console.error(failure);
      return 1;
    }
    console.log(`Wrote ${ANCHORS_FILE} with ${current.length} anchors. Commit it so the next build protects them.`);
    return 0;
  }

  if (manifest === null) {
    console.log(noManifestHint());
    return 0;
  }
  if (missing.length > 0) {
    console.error(missingAnchorsMessage(missing));
    return 1;
  }
  if (added.length > 0) console.log(addedAnchorsHint(added.length));
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  // Content errors already say which file and what to do; a stack trace would bury that.
  console.error((error as Error).message);
  process.exitCode = 1;
}
