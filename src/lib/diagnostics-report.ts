import type { Diagnostic } from './model.ts';

/** Diagnostics grouped by rule, one line each with file and paragraph, for the terminal. */
export function formatDiagnostics(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return 'No diagnostics: nothing for the editor to check.';
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  const sections = [...byRule].map(([rule, list]) => {
    const lines = list.map((d) => `  ${d.file ?? d.source ?? ''}${d.paragraph ? ` ¶${d.paragraph}` : ''}: ${d.message}`);
    return `${rule} (${list.length})\n${lines.join('\n')}`;
  });
  return `${diagnostics.length} diagnostic(s) for the editor:\n\n${sections.join('\n\n')}`;
}
