/** A file of the published data (`src/pages/data/`), as the pages and the Dataset JSON-LD describe it. */
export interface DataFile {
  /** Site-internal path (before the base). */
  path: string;
  /** The file name, as link text. */
  name: string;
  /** Media type, for `type=` on links and `encodingFormat` in JSON-LD. */
  format: string;
  /** What a row or the file holds, in one sentence. */
  description: string;
}

/** The data downloads, in the order pages list them. Keep in step with `src/pages/data/` and DESIGN.md. */
export const DATA_FILES: readonly DataFile[] = [
  {
    path: '/data/briefing.json',
    name: 'briefing.json',
    format: 'application/json',
    description:
      'The whole briefing model: sources, events, statements, figures and actors, every entry with its citations (source, paragraph and verbatim evidence).',
  },
  {
    path: '/data/figures.csv',
    name: 'figures.csv',
    format: 'text/csv',
    description: 'One row per claimed figure: category, value, qualifier, unit, the words as written, claimant, government, as-of date and citations.',
  },
  {
    path: '/data/chronology.csv',
    name: 'chronology.csv',
    format: 'text/csv',
    description: 'One row per event: the date as written and as resolved with its precision, whether it was expected, actors, summary and citations.',
  },
];
