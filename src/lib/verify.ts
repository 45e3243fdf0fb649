import type { Briefing, Citation } from './model.ts';

/** A citation or displayed text that the cited source does not support. */
export interface ProvenanceProblem {
  /** Id of the event, statement or figure. */
  item: string;
  citation?: Citation;
  message: string;
}

type ParagraphIndex = Map<string, Map<number, string>>;

function indexParagraphs(briefing: Pick<Briefing, 'sources'>): ParagraphIndex {
  return new Map(briefing.sources.map((source) => [source.id, new Map(source.paragraphs.map((p) => [p.n, p.text]))]));
}

function checkCitation(item: string, citation: Citation, paragraphs: ParagraphIndex): ProvenanceProblem | null {
  const source = paragraphs.get(citation.source);
  if (!source) return { item, citation, message: `cites source "${citation.source}", which does not exist` };
  const text = source.get(citation.paragraph);
  if (text === undefined) {
    return { item, citation, message: `cites paragraph ${citation.paragraph} of "${citation.source}", which has ${source.size} paragraphs` };
  }
  if (!citation.evidence || !text.includes(citation.evidence)) {
    return {
      item,
      citation,
      message: `its evidence "${citation.evidence}" is not in paragraph ${citation.paragraph} of "${citation.source}"`,
    };
  }
  return null;
}

/** The words an item shows as coming from the source: they must appear in one of its citations' evidence. */
function displayedTexts(briefing: Briefing): { id: string; shown: string[]; citations: Citation[] }[] {
  return [
    ...briefing.events.map((e) => ({ id: e.id, shown: [e.summary], citations: e.citations })),
    ...briefing.statements.map((s) => ({
      id: s.id,
      shown: [s.quote, s.reported].filter((t): t is string => t !== null),
      citations: s.citations,
    })),
    ...briefing.figures.map((f) => ({ id: f.id, shown: [f.text], citations: f.citations })),
  ];
}

/**
 * The last stage: every citation's evidence must occur verbatim in the paragraph it cites,
 * and every quote, figure text and event summary must occur in the evidence of one of its citations.
 * Returns the problems; the build fails when there is any.
 */
export function verifyProvenance(briefing: Briefing): ProvenanceProblem[] {
  const paragraphs = indexParagraphs(briefing);
  const problems: ProvenanceProblem[] = [];
  for (const { id, shown, citations } of displayedTexts(briefing)) {
    if (citations.length === 0) {
      problems.push({ item: id, message: 'has no citation; every entry must cite a source paragraph' });
      continue;
    }
    for (const citation of citations) {
      const problem = checkCitation(id, citation, paragraphs);
      if (problem) problems.push(problem);
    }
    for (const text of shown) {
      if (!citations.some((citation) => citation.evidence.includes(text))) {
        problems.push({ item: id, message: `shows "${text}", which none of its citations' evidence contains` });
      }
    }
  }
  return problems;
}
