/**
 * `npm run import -- <file.txt|page.html> [flags]`: turns a pasted article or a saved web
 * page into `content/sources/<id>.mdx` and says what it read, dropped and could not
 * determine (src/cli/import-command.ts); this file prints what it says.
 */
import { importCommand } from './import-command.ts';
import { printResult } from './command-result.ts';

/** npm runs scripts from the project root; paths typed by the editor are relative to where they typed them. */
printResult(await importCommand(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd()));
