import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/lib/importer/import-article.ts';
import { bodyParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { splitMdx } from './seeds.ts';

/** A made-up article with everything a paste can carry: headline, date line, a broken word, MDX syntax, furniture. */
const ARTICLE = [
  'Council delays vote on <harbour> {bridge} budget',
  '',
  'By Ana Cruz',
  'March 4, 2023',
  '',
  'The city council on Friday postponed a vote on the {draft} budget for the harbour bridge, citing a dispute over <costs>.',
  '',
  '“We need more time,” the council leader said, adding that the engi',
  'neering report would be published next week.',
  '',
  '# of seats: 40 — the engineering team said 3 < 4 > 2 and *all* options_remain open.',
  '',
  'Source: Harbour Daily',
  '',
  '- Storm cuts power to coastal towns',
  '- Rail strike enters second day',
].join('\n');

describe('importArticle on a synthetic article', () => {
  const result = importArticle(ARTICLE);

  it('finds the fields the text states', () => {
    expect(result.errors).toEqual([]);
    expect(result.id).toBe('2023-03-04-harbour-daily-council-delays-vote-harbour-bridge-budget');
    expect(result.frontmatter).toEqual({
      title: 'Council delays vote on <harbour> {bridge} budget',
      publisher: 'Harbour Daily',
      published: '2023-03-04',
      published_basis: { kind: 'stated', note: 'date line “March 4, 2023”' },
      wire: [],
      byline: 'Ana Cruz',
      notes: [],
    });
    expect(result.undetermined.map((message) => message.field)).toEqual(['wire', 'url']);
  });

  it('keeps the paragraphs exactly, the broken word rejoined and nothing else', () => {
    expect(result.paragraphs).toEqual([
      {
        line: 6,
        kind: 'paragraph',
        text: 'The city council on Friday postponed a vote on the {draft} budget for the harbour bridge, citing a dispute over <costs>.',
      },
      { line: 8, kind: 'paragraph', text: '“We need more time,” the council leader said, adding that the engineering report would be published next week.' },
      { line: 11, kind: 'paragraph', text: '# of seats: 40 — the engineering team said 3 < 4 > 2 and *all* options_remain open.' },
    ]);
  });

  it('writes the whole file: quoted date, escaped body', () => {
    expect(result.mdx).toBe(
      [
        '---',
        'title: Council delays vote on <harbour> {bridge} budget',
        'publisher: Harbour Daily',
        "published: '2023-03-04'",
        'published_basis:',
        '  kind: stated',
        '  note: date line “March 4, 2023”',
        'wire: []',
        'byline: Ana Cruz',
        'notes: []',
        '---',
        '',
        'The city council on Friday postponed a vote on the \\{draft\\} budget for the harbour bridge, citing a dispute over \\<costs\\>.',
        '',
        '“We need more time,” the council leader said, adding that the engineering report would be published next week.',
        '',
        '\\# of seats: 40 — the engineering team said 3 \\< 4 \\> 2 and \\*all\\* options\\_remain open.',
        '',
      ].join('\n'),
    );
  });

  it('writes a body that reads back as the paragraphs and frontmatter that passes the schema', () => {
    const { frontmatter, body } = splitMdx(result.mdx!);
    expect(bodyParagraphs(parseMdxBody(body)).map((paragraph) => paragraph.text)).toEqual(result.paragraphs.map((p) => p.text));
    expect(SourceSchema.safeParse(frontmatter).success).toBe(true);
  });

  it('reports what it read, joined and dropped, by line', () => {
    expect(result.messages.map(({ rule, line }) => ({ rule, line }))).toEqual([
      { rule: 'headline', line: 1 },
      { rule: 'credit/byline', line: 3 },
      { rule: 'metadata/date-line', line: 4 },
      { rule: 'wrap/broken-word', line: 8 },
      { rule: 'credit/source', line: 13 },
      { rule: 'furniture/closing-list', line: 15 },
      { rule: 'furniture/closing-list', line: 16 },
    ]);
  });
});

describe('importArticle: credits right under the headline are credits, not the lede', () => {
  const LEDE = 'The city council on Friday postponed a vote on the budget for the harbour bridge.';

  it.each([
    ['an agency in parentheses', '(AFP)', { wire: ['AFP'] }],
    ['an agency byline', 'By Yonhap', { wire: ['Yonhap'] }],
    ['an agency byline in capitals', 'By REUTERS', { wire: ['Reuters'] }],
    ['a wire dateline with a day', '(Xinhua) 09:40, March 3, 2023', { wire: ['Xinhua'], published: '2023-03-03' }],
    ['a bare personal name', 'Ana Cruz', { byline: 'Ana Cruz', wire: [] }],
  ])('%s: “%s”', (_what, line, expected) => {
    const result = importArticle(['Council delays vote on harbour bridge', line, '', LEDE, '', 'It will meet again next week.'].join('\n'), { published: '2023-03-03' });
    expect(result.frontmatter.title).toBe('Council delays vote on harbour bridge');
    expect(result.frontmatter).toMatchObject(expected);
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual([LEDE, 'It will meet again next week.']);
  });
});

describe("importArticle: an editor's note in square brackets atop the paste", () => {
  const LEDE = 'The city council on Friday postponed a vote on the budget for the harbour bridge.';
  const NEXT = 'It will meet again next week.';
  it.each([
    ['[Harbour Daily, harbour.example: the stored copy shows no byline or date line]', 'Council delays vote on harbour bridge'],
    ['[Harbour Daily: no date line on the page]', 'Council delays vote on harbour bridge'],
  ])('%s: is neither headline nor body, and the headline under it is read', (note, headline) => {
    const result = importArticle([note, '', headline, '', LEDE, '', NEXT].join('\n'), { published: '2023-03-03' });
    expect(result.frontmatter.title).toBe(headline);
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual([LEDE, NEXT]);
    // Left out, and the report says so: nothing is dropped silently.
    expect(result.messages.filter((message) => message.rule === 'furniture/editor-note').map((message) => message.line)).toEqual([1]);
  });

  it.each([
    // The note says there is no headline: a short line under it is body, not a headline.
    ['[Harbour Daily: the stored copy shows no headline, byline or date line]', 'Council delays vote as residents protest'],
    // Brackets that do not hold the whole line are no note.
    ['[Update] Council delays vote on harbour bridge', 'The city council on Friday postponed a vote on the budget for the harbour bridge.'],
  ])('%s: leaves the line under it in the body', (first, second) => {
    const result = importArticle([first, '', second, '', NEXT].join('\n'), { published: '2023-03-03', title: 'Given title' });
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toContain(second);
  });
});

describe('importArticle negative cases', () => {
  it('writes nothing without a headline or a date, and says which flags to pass', () => {
    const result = importArticle('The council postponed the vote on Friday.\nIt will meet again next week.');
    expect(result.mdx).toBeNull();
    expect(result.id).toBeNull();
    expect(result.errors.map((error) => error.field)).toEqual(['title', 'published']);
    expect(result.paragraphs.map((p) => p.text)).toEqual(['The council postponed the vote on Friday.', 'It will meet again next week.']);
  });

  it('writes nothing when only a date and credits are left, even with a title', () => {
    const result = importArticle('March 4, 2023\n\nSource: Harbour Daily\n- Storm cuts power', { title: 'Council delays vote' });
    expect(result.mdx).toBeNull();
    expect(result.errors.map((error) => error.rule)).toEqual(['body/empty']);
  });

  it('takes a lone line for the article, not for a headline', () => {
    const result = importArticle('Council delays vote\n\nMarch 4, 2023');
    expect(result.frontmatter.title).toBeNull();
    expect(result.paragraphs.map((p) => p.text)).toEqual(['Council delays vote']);
  });

  it('does not turn names of outlets in the body into credits', () => {
    const result = importArticle(
      'The council postponed the vote, Reuters reported.\nThe Harbour Daily said costs had doubled, according to AFP.',
      { title: 'Vote postponed', published: '2023-03-04' },
    );
    expect(result.frontmatter.publisher).toBeNull();
    expect(result.frontmatter.wire).toEqual([]);
    expect(result.paragraphs).toHaveLength(2);
  });

  it('does not read a date in a sentence as the publication date', () => {
    const result = importArticle('Council delays vote\n\nOn March 4, 2023, the council postponed the vote.\nIt meets again on March 11.');
    expect(result.frontmatter.published).toBeNull();
    expect(result.paragraphs).toHaveLength(2);
  });
});
