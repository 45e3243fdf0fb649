import type { Diagnostic } from './model.ts';

/** Diagnostics grouped by rule, one line each with file and paragraph, for the terminal. */
export function formatDiagnostics(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return 'No diagnostics: nothing for the editor to check.';
  // Grouped in one pass: copying a rule's list for each diagnostic took 4 s for 32,000 diagnostics.
  const byRule = Map.groupBy(diagnostics, (d) => d.rule);
  const sections = [...byRule].map(([rule, list]) => {
    const lines = list.map((d) => `  ${d.file ?? d.source ?? ''}${d.paragraph ? ` ¶${d.paragraph}` : ''}: ${d.message}`);
    return `${rule} (${list.length})\n${lines.join('\n')}`;
  });
  return `${diagnostics.length} diagnostic(s) for the editor:\n\n${sections.join('\n\n')}`;
}
