import type { CitationView } from '../citation-label.ts';

/**
 * Makes labels that repeat on a page distinct, for accessible names that must
 * tell links apart (two statements of one speaker with the same words, reported
 * in different paragraphs). A repeated label gets its hint in brackets ("IANS,
 * 23 Oct 2024 ¶4"); one still repeated after that gets its rank among its twins.
 * Labels that occur once are returned unchanged. `hints[i]` belongs to `labels[i]`.
 */
export function uniqueLabels(labels: readonly string[], hints: readonly string[]): string[] {
  const counts = tally(labels);
  const hinted = labels.map((label, i) => ((counts.get(label) ?? 0) > 1 && hints[i] ? `${label} (${hints[i]})` : label));
  const hintedCounts = tally(hinted);
  const seen = new Map<string, number>();
  return hinted.map((label) => {
    if (hintedCounts.get(label) === 1) return label;
    const rank = (seen.get(label) ?? 0) + 1;
    seen.set(label, rank);
    return `${label} (${rank})`;
  });
}

/**
 * How many times each label occurs, counted once for the whole list: counting each label's
 * twins by scanning the list took time in the square of its length, minutes on a chronology
 * of tens of thousands of events.
 */
function tally(labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** An entry with a self-link: an event or a statement. */
interface Linked {
  anchorLabel: string;
  citations: readonly CitationView[];
}

/**
 * The entries of one page with their self-links' accessible names made distinct
 * (see `uniqueLabels`), the hint being the first citation ("IANS, 23 Oct 2024 ¶4").
 * Entries come grouped as the page shows them (by month, by government) and are
 * returned in the same groups.
 */
export function distinctAnchorLabels<T extends Linked>(groups: readonly (readonly T[])[]): T[][] {
  const entries = groups.flat();
  const hints = entries.map(({ citations: [first] }) => (first ? `${first.label} ${first.paragraph}` : ''));
  const labels = uniqueLabels(
    entries.map((entry) => entry.anchorLabel),
    hints,
  );
  let next = 0;
  return groups.map((group) => group.map((entry) => ({ ...entry, anchorLabel: labels[next++] ?? entry.anchorLabel })));
}
