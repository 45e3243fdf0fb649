import type { BriefingFile } from '../../schemas/briefing.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { loadBriefingFile } from './load-briefing-file.ts';
import { loadSources, type LoadedSource } from './load-sources.ts';
import { loadTopic, type Topic } from './load-topic.ts';

/** Everything under `content/`, read and validated. */
export interface Content {
  briefingFile: BriefingFile;
  sources: LoadedSource[];
  topic: Topic;
}

/**
 * Reads every content file: `briefing.yaml`, the sources, `actors.yaml` and `figure-categories.yaml`.
 * Each loader already lists all of its own problems; this runs all of them even when one fails, so an
 * editor sees every file's problems after one build instead of one file per build.
 */
export function loadContent(root: string = process.cwd()): Content {
  const problems: ContentProblem[] = [];
  /** Runs one loader; its `ContentError` is collected, any other error is a bug and goes on up. */
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const briefingFile = attempt(() => loadBriefingFile(root));
  const sources = attempt(() => loadSources(root));
  const topic = attempt(() => loadTopic(root));
  if (!briefingFile || !sources || !topic) throw new ContentError(problems);
  return { briefingFile, sources, topic };
}
