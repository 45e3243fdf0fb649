import type { Result } from 'lighthouse';

/** The categories audited, in the order of the table's columns. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** An audit that costs a category points: its id, title, score (0–1) and what Lighthouse measured. */
export interface FailingAudit {
  id: string;
  title: string;
  score: number;
  /** Whether the audit counts in the category's score; performance insights do not, but explain the metrics. */
  weighted: boolean;
  display: string;
}

/** One row of the table: one page under one preset. */
export interface LighthouseRow {
  page: string;
  preset: 'desktop' | 'mobile';
  /** Category scores out of 100; null when Lighthouse could not score the category. */
  scores: Record<CategoryId, number | null>;
  /** For every category below 100, the audits that fail in it. */
  failing: Partial<Record<CategoryId, FailingAudit[]>>;
}

/** Score display modes that mean pass or fail; the others (informational, manual, n/a) never cost points. */
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

/** The row for one Lighthouse result: category scores and, below 100, the audits that fail. */
export function summarize(lhr: Pick<Result, 'categories' | 'audits'>, page: string, preset: LighthouseRow['preset']): LighthouseRow {
  const scores = {} as Record<CategoryId, number | null>;
  const failing: LighthouseRow['failing'] = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = category?.score ?? null;
    scores[id] = score === null ? null : Math.round(score * 100);
    if (!category || scores[id] === 100) continue;
    const audits = category.auditRefs.flatMap((ref): FailingAudit[] => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || !SCORED.has(audit.scoreDisplayMode)) return [];
      return [{ id: ref.id, title: audit.title, score: audit.score, weighted: ref.weight > 0, display: audit.displayValue ?? '' }];
    });
    if (audits.length > 0) failing[id] = audits;
  }
  return { page, preset, scores, failing };
}

/** A Markdown table: page | preset | performance | accessibility | best practices | SEO. */
export function formatTable(rows: readonly LighthouseRow[]): string {
  const head = ['page', 'preset', 'performance', 'accessibility', 'best practices', 'SEO'];
  const cell = (score: number | null) => (score === null ? '–' : String(score));
  const lines = rows.map((row) => [row.page, row.preset, ...CATEGORIES.map((id) => cell(row.scores[id]))]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The failing audits under each row that has a category below 100; empty when every score is 100. */
export function formatFailing(rows: readonly LighthouseRow[]): string {
  const blocks = rows.flatMap((row) => {
    const lines = CATEGORIES.flatMap((id) =>
      (row.failing[id] ?? []).map((audit) => {
        const note = [audit.weighted ? '' : 'unweighted', audit.display].filter(Boolean).join(', ');
        return `  ${id}: ${audit.id} — ${audit.title} (score ${audit.score.toFixed(2)}${note ? `; ${note}` : ''})`;
      }),
    );
    return lines.length > 0 ? [`${row.page} (${row.preset})`, ...lines] : [];
  });
  return blocks.join('\n');
}
