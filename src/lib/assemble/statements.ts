import { makeCitation } from '../citation.ts';
import type { Diagnostic, ResolvedDate } from '../model.ts';
import type { StatementCandidate } from './candidate.ts';
import { type ParagraphAnalysis, type SourceAnalysis, sentenceAt, within } from './source-analysis.ts';
import { stanceOfVerb } from './stance.ts';

/**
 * The day a statement was made: a date in its sentence but outside the quoted words
 * ("…,” he told reporters on Wednesday). Dates inside a quote are what was said, not when.
 */
function statementDate(paragraph: ParagraphAnalysis, evidenceStart: number, evidenceEnd: number, quoted: boolean): ResolvedDate | null {
  const sentence = sentenceAt(paragraph, evidenceStart) ?? sentenceAt(paragraph, Math.max(0, evidenceEnd - 1));
  if (!sentence) return null;
  const candidates = paragraph.dates.filter((d) => within(d.index, d.endIndex, sentence.start, sentence.end));
  const outside = quoted ? candidates.filter((d) => !within(d.index, d.endIndex, evidenceStart, evidenceEnd)) : candidates;
  const first = outside.find((d) => !d.expected);
  return first ? first.date : null;
}

/** Statements of one source, from its quote and speaker mentions. */
export function assembleStatements(analysis: SourceAnalysis): { candidates: StatementCandidate[]; diagnostics: Diagnostic[] } {
  const { source } = analysis;
  const candidates: StatementCandidate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const paragraph of analysis.paragraphs) {
    for (const mention of paragraph.statements) {
      const end = mention.index + mention.evidence.length;
      candidates.push({
        speaker: mention.speaker,
        government: mention.government,
        quote: mention.quote,
        reported: mention.reported,
        stance: stanceOfVerb(mention.verb),
        date: statementDate(paragraph, mention.index, end, mention.kind === 'quote' && mention.evidence === mention.quote),
        citations: [makeCitation(source.id, paragraph.n, mention.evidence)],
        origin: { source: source.id, published: source.published, paragraph: paragraph.n, index: mention.index },
      });
      const where = { source: source.id, file: source.file, paragraph: paragraph.n };
      if (mention.resolvedBy === 'none' || (!mention.speaker.actor && !mention.government)) {
        diagnostics.push({
          rule: 'unresolved-speaker',
          message: `no government found for the speaker "${mention.speaker.description}" of "${mention.evidence.slice(0, 60)}"; add the speaker or an alias to content/actors.yaml if they speak for one`,
          ...where,
        });
      }
      if (mention.unclosedQuote) {
        diagnostics.push({ rule: 'unclosed-quote', message: `a quotation mark opened in this paragraph is never closed; check the source text`, ...where });
      }
    }
  }
  return { candidates, diagnostics };
}
