/**
 * `npm run anchors [-- --update]`: says where each anchor of content/anchors.json lands with the
 * current content (on its entry, inside the entry it was merged into, on a stub, on a notice) and
 * which anchors are new. Exits 1 when a published anchor would lead nowhere, as the build would.
 * `--update` records the new anchors without building, as `npm run build` does; nothing is removed.
 * The command's work is in src/cli/anchors-command.ts; this file prints what it says.
 */
import { anchorsCommand } from './anchors-command.ts';
import { printResult } from './command-result.ts';

printResult(anchorsCommand(process.argv.slice(2), process.cwd()));
