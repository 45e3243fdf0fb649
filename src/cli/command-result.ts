/** What a command prints and how it exits, returned rather than printed so a test can run it in-process. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Prints a command's result as the command line shows it, and sets the exit code. */
export function printResult({ code, stdout, stderr }: CommandResult): void {
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
