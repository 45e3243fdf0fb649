/**
 * The project's own scripts (score, bench) read their command line through these: a mistake there
 * prints what is wrong and how the command is used, and exits with status 2, instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the script cannot run with; its message says which option and what to do. */
export class UsageError extends Error {}

/** `parseArgs` whose complaints (an unknown option, a missing value) are usage errors. */
export function readArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The options `read` finds; a usage error is printed with the usage and ends the process with status 2. */
export function optionsOrExit<T>(usage: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage}\n`);
    process.exit(2);
  }
}
