/** One thing wrong with a content file, located as precisely as we can. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/actors.yaml`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** The field, e.g. `published` or `[3].government`; empty for the whole file. */
  path: string;
  /** What is wrong and what to do. */
  message: string;
}

function formatProblem({ file, line, path, message }: ContentProblem): string {
  const where = `${file}${line === undefined ? '' : `:${line}`}`;
  return `  ${where}${path ? ` (${path})` : ''}: ${message}`;
}

/** Content that cannot be built; lists every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[], summary = 'The content has problems to fix before the site can be built') {
    super(`${summary}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
