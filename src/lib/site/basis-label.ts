/** How a frontmatter value was arrived at (see `published_basis` in src/schemas/source.ts). */
export type BasisKind = 'stated' | 'inferred' | 'editor';

const LABELS: Record<BasisKind, string> = {
  stated: 'stated in the article',
  inferred: 'inferred by the editor',
  editor: 'supplied by the editor',
};

/** The phrase shown to readers after a date or title, e.g. "inferred by the editor". */
export function basisLabel(kind: BasisKind): string {
  return LABELS[kind];
}
