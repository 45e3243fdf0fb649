import { loadContent } from './content/load-content.ts';
import type { Briefing } from './model.ts';
import type { BriefingFile } from '../schemas/briefing.ts';
import { runPipeline } from './pipeline/index.ts';

/** The model cannot be published: an override does not apply, or a citation is not supported by its source. */
export class BriefingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BriefingError';
  }
}

/** `content/briefing.yaml, overrides item 2, added item ` when an override added the item `id`, so the editor knows where to fix it. */
function addedBy(file: BriefingFile, id: string): string {
  const index = file.overrides.findIndex((override) => override.action === 'add' && override.id === id);
  return index < 0 ? '' : `content/briefing.yaml, overrides item ${index + 1}, added item `;
}

/**
 * Reads `content/` and builds the briefing model, or throws an error that says what to fix:
 * a `ContentError` for invalid files, a `BriefingError` for overrides and provenance.
 */
export function loadBriefing(root: string = process.cwd()): Briefing {
  const { briefingFile, sources, topic } = loadContent(root);
  const { briefing, overrideProblems, provenanceProblems } = runPipeline({ sources, topic, briefing: briefingFile });
  const lines = [
    ...overrideProblems.map((p) => `  content/briefing.yaml, overrides item ${p.position}: ${p.message}`),
    ...provenanceProblems.map((p) => `  ${addedBy(briefingFile, p.item)}${p.item}: ${p.message}`),
  ];
  if (lines.length > 0) {
    const hints = [
      overrideProblems.length > 0 ? 'Fix the overrides named above in content/briefing.yaml.' : '',
      provenanceProblems.length > 0 ? 'Every citation must quote its source paragraph word for word: correct the evidence, or the override that added it.' : '',
    ];
    throw new BriefingError(
      `The briefing cannot be published: ${lines.length} problem(s) with overrides or citations:\n${lines.join('\n')}\n${hints.filter(Boolean).join('\n')}`,
    );
  }
  return briefing;
}

let cached: Briefing | undefined;

/** The briefing for this build, built once per process and shared by every page. */
export function getBriefing(): Briefing {
  cached ??= loadBriefing();
  return cached;
}
