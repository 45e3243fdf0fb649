import type { ParagraphNotices, RemovedSource } from '../anchors/landings.ts';
import { paragraphId } from '../paragraphs.ts';
import { formatDay } from '../site/format-date.ts';
import { countLabel } from './format/count-label.ts';

/** The notice that answers a paragraph anchor a source no longer has. */
export interface ParagraphNoticeView {
  /** `p<n>`, the old anchor. */
  id: string;
  text: string;
}

/** The paragraph notices of one source still in the briefing; `current` is how many paragraphs it has now. */
export function paragraphNoticeViews(notices: ParagraphNotices | undefined, current: number): ParagraphNoticeView[] {
  if (!notices) return [];
  const before = notices.previously !== null && notices.previously !== current ? ` It had ${countLabel(notices.previously, 'paragraph')} then, and has ${current} now.` : '';
  return notices.paragraphs.map((n) => ({
    id: paragraphId(n),
    text: `Paragraph ${n} of an earlier version of this article is no longer in it: the article was corrected or re-imported since the link was published.${before}`,
  }));
}

/** The page of a source that was removed: what it was, and a notice for each paragraph published links name. */
export interface RemovedSourceView {
  id: string;
  title: string;
  /** "Reuters, 23 October 2024", or the day alone when the publisher was not stated. */
  byline: string;
  paragraphs: ParagraphNoticeView[];
}

export function removedSourceView(source: RemovedSource): RemovedSourceView {
  const { record } = source;
  return {
    id: source.id,
    title: record.title,
    byline: `${record.publisher ?? 'Publisher not stated'}, ${formatDay(record.published)}`,
    paragraphs: source.paragraphs.map((n) => ({ id: paragraphId(n), text: `Paragraph ${n} of this article: the article is no longer in the briefing.` })),
  };
}
