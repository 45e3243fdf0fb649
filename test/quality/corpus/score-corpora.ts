/**
 * Scores the extractor on every corpus: builds one model per half of each corpus, matches every
 * article against its gold file, and groups the results by corpus and half.
 *
 * Each half is its own project. In one project of both halves, a dev article that retells a test
 * article's story merges with it (one statement or figure, cited by both), and the test article's
 * item is then read as the merged entry shows it: a test half's score moved when dev articles were
 * added, and part of it measured articles that are tuned on.
 */
import { buildCorpus } from './build-corpus.ts';
import { type Corpus, type Half, listCorpora } from './corpora.ts';
import { readGoldFolder } from './gold.ts';
import { type ArticleResult, matchArticle } from './match.ts';
import { type SpeakerTallies, tallySpeakerSources, tallyWrongGovernments } from './speaker-sources.ts';
import { type StanceConfusion, tallyStances } from './stance-confusion.ts';
import { emptyFigureTallies, type FigureTallies, tallyFigures } from './figure-classes.ts';

export interface CorpusScore {
  corpus: string;
  /** Results per half, in the order seeds, dev, test. */
  halves: Map<Half, ArticleResult[]>;
  /** Articles with gold but no place in the split: scored under neither half, listed to fix. */
  unsplit: string[];
  /** Per half, how the found statements' speakers were found (only when asked for: it runs the detector again). */
  speakerSources: Map<Half, SpeakerTallies>;
  /** Per half, the statements credited to a wrong government, by what the speaker phrase names (with the speaker sources). */
  wrongGovernments: Map<Half, Map<string, number>>;
  /** Per half, the found statements' stances: wanted against shown. */
  stances: Map<Half, StanceConfusion>;
  /** Per half, the figures wanted, found, missed and spurious by category and by the shape of the value. */
  figures: Map<Half, FigureTallies>;
}

export function scoreCorpus(corpus: Corpus, withSpeakerSources = false): CorpusScore {
  const gold = readGoldFolder(corpus.goldDir);
  const halves = new Map<Half, ArticleResult[]>();
  const speakerSources = new Map<Half, SpeakerTallies>();
  const stances = new Map<Half, StanceConfusion>();
  const wrongGovernments = new Map<Half, Map<string, number>>();
  const figures = new Map<Half, FigureTallies>();
  const unsplit = gold.filter((article) => !corpus.halves.has(article.id)).map((article) => article.id);
  const byHalf = Map.groupBy(gold.filter((article) => corpus.halves.has(article.id)), (article) => corpus.halves.get(article.id) as Half);
  for (const [half, articles] of byHalf) {
    const { briefing, sourceOf, governmentNamed, statementsOf } = buildCorpus(corpus, articles);
    for (const article of articles) {
      const source = briefing.sources.find((s) => s.id === sourceOf.get(article.id));
      if (!source) throw new Error(`${corpus.name}/${article.id}: imported but missing from the model`);
      const result = matchArticle(article, source, briefing, governmentNamed);
      halves.set(half, [...(halves.get(half) ?? []), result]);
      const confusion = stances.get(half) ?? new Map();
      tallyStances(result.verdicts, confusion);
      stances.set(half, confusion);
      const figureTallies = figures.get(half) ?? emptyFigureTallies();
      tallyFigures(result.verdicts, result.spurious, figureTallies);
      figures.set(half, figureTallies);
      if (withSpeakerSources) {
        const tallies = speakerSources.get(half) ?? new Map();
        tallySpeakerSources(result.verdicts, statementsOf(source), tallies);
        speakerSources.set(half, tallies);
        const wrong = wrongGovernments.get(half) ?? new Map<string, number>();
        tallyWrongGovernments(result.verdicts, governmentNamed, wrong);
        wrongGovernments.set(half, wrong);
      }
    }
  }
  return { corpus: corpus.name, halves, unsplit, speakerSources, wrongGovernments, stances, figures };
}

/** Every corpus with a split (a corpus still being annotated has none), optionally only those named. */
export function scoreCorpora(only: string[] = [], withSpeakerSources = false): CorpusScore[] {
  return listCorpora()
    .filter((c) => c.halves.size > 0)
    .filter((c) => only.length === 0 || only.includes(c.name))
    .map((corpus) => scoreCorpus(corpus, withSpeakerSources));
}
