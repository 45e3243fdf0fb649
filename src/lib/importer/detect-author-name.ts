import { looksLikeHeadline } from './detect-headline.ts';
import { listMarker } from './line-shape.ts';
import { readAuthorLine } from './read-author-line.ts';
import type { Found, ImportMessage, Line } from './types.ts';

/** The author read from a line of names under the headline, and the lines left. */
export interface AuthorNameResult {
  byline: Found<string> | null;
  /** Agencies the line credits beside the names (`Jane Doe, Reuters`). */
  wire: Found<string>[];
  rest: Line[];
  messages: ImportMessage[];
}

/** Whether the editor can say so: what the importer kept, when a name-shaped line may still be the author. */
const KEEP_ADVICE = 'If it is the author, delete the line from the input and pass --byline.';

/**
 * Reads an author line without "By": a line of personal names (see `readAuthorLine`, mode
 * `bare`) right under the headline and above more text. It runs before `detectHeadline`, so
 * the claimed line sets the headline apart as a date line does. `headlineAbove` says the
 * headline is known from elsewhere (a saved page's metadata), so the name may be the first
 * line. A name the article mentions again is a person in the story, or a label such as a
 * place, more likely than its author: that line is kept, and reported.
 */
export function detectAuthorName(lines: Line[], options: { headlineAbove: boolean } = { headlineAbove: false }): AuthorNameResult {
  const body = lines.filter((line) => line.text !== '');
  const [headline, candidate, next] = options.headlineAbove ? [undefined, ...body] : body;
  const none: AuthorNameResult = { byline: null, wire: [], rest: lines, messages: [] };
  if (!candidate || !next || (headline && !looksLikeHeadline(headline.text)) || listMarker(candidate.text) !== null) return none;
  const author = readAuthorLine(candidate.text, { mode: 'bare' });
  if (!author) return none;

  const names = author.byline.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  const elsewhere = names.find((name) => body.some((line) => line !== candidate && line.text.includes(name)));
  if (elsewhere) {
    return {
      ...none,
      messages: [
        {
          rule: 'credit/author-unsure',
          line: candidate.n,
          reason: `kept “${candidate.text}” under the headline as text: it is shaped like an author's name, but the article mentions “${elsewhere}” again. ${KEEP_ADVICE}`,
        },
      ],
    };
  }
  const wire = author.agencies.map((agency) => ({ value: agency, text: candidate.text, line: candidate.n }));
  const agencies = author.agencies.length > 0 ? ` and wire ${author.agencies.join(', ')}` : '';
  return {
    byline: { value: author.byline, text: candidate.text, line: candidate.n },
    wire,
    rest: lines.filter((line) => line !== candidate),
    messages: [
      {
        rule: 'credit/author-name',
        field: 'byline',
        line: candidate.n,
        reason: `“${candidate.text}”: a name alone under the headline, read as the byline${agencies}`,
      },
    ],
  };
}
