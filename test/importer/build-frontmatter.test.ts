import { describe, expect, it } from 'vitest';
import { buildFrontmatter, type Detected } from '../../src/lib/importer/build-frontmatter.ts';
import { noCredits, type PageFacts } from '../../src/lib/importer/types.ts';

const stated: Detected = {
  headline: { value: 'Bridge closes for repairs', text: 'Bridge closes for repairs', line: 1 },
  headlineReason: 'read the headline',
  published: { value: '2023-03-04', text: 'March 4, 2023', line: 3, where: 'date line' },
  credits: {
    ...noCredits(),
    publisher: { value: 'Harbour Daily', text: 'Source: Harbour Daily', line: 9 },
    wire: [
      { value: 'AFP', text: 'AFP', line: 2 },
      { value: 'afp', text: '(With inputs from afp)', line: 10 },
    ],
  },
};

const bare: Detected = { headline: null, headlineReason: 'the first line ends like a sentence (“…”), so it reads like the lede', published: null, credits: noCredits() };

describe('buildFrontmatter', () => {
  it('uses what the text states, with a stated basis, and lists only optional fields as undetermined', () => {
    const { frontmatter, undetermined } = buildFrontmatter(stated, {});
    expect(frontmatter).toEqual({
      title: 'Bridge closes for repairs',
      publisher: 'Harbour Daily',
      published: '2023-03-04',
      published_basis: { kind: 'stated', note: 'date line “March 4, 2023”' },
      wire: ['AFP'],
      notes: [],
    });
    expect(undetermined.map((message) => message.field)).toEqual(['url', 'byline']);
  });

  it('reports title and published as not found when the text has neither', () => {
    const { frontmatter, undetermined } = buildFrontmatter(bare, {});
    expect(frontmatter.title).toBeNull();
    expect(frontmatter.published).toBeNull();
    expect(undetermined.map((message) => message.field)).toEqual(['title', 'published', 'publisher', 'wire', 'url', 'byline']);
    expect(undetermined[0]?.reason).toBe(
      'not found — the first line ends like a sentence (“…”), so it reads like the lede; it is kept as paragraph 1. Pass --title with a neutral title.',
    );
  });

  it('marks a title and date supplied with flags as the editor’s', () => {
    const { frontmatter, undetermined } = buildFrontmatter(bare, { title: 'City closes bridge', published: '2023-03-04', wire: ['PTI'] });
    expect(frontmatter.title_basis).toEqual({ kind: 'editor', note: 'supplied with --title; the text has no headline' });
    expect(frontmatter.published_basis).toEqual({ kind: 'inferred', note: 'supplied with --published; not stated in the text' });
    expect(frontmatter.wire).toEqual(['PTI']);
    expect(undetermined.map((message) => message.field)).toEqual(['publisher', 'url', 'byline']);
  });

  it('records a flag that contradicts the text in the basis', () => {
    const { frontmatter } = buildFrontmatter(stated, { title: 'Another title', published: '2023-03-05' });
    expect(frontmatter.title_basis).toEqual({ kind: 'editor', note: 'supplied with --title; the headline in the text reads “Bridge closes for repairs”' });
    expect(frontmatter.published_basis).toEqual({ kind: 'inferred', note: 'supplied with --published; the text states “March 4, 2023”' });
  });

  it('keeps the stated basis when a flag repeats what the text says', () => {
    const { frontmatter } = buildFrontmatter(stated, { title: 'Bridge closes for repairs', published: '2023-03-04' });
    expect(frontmatter.title_basis).toBeUndefined();
    expect(frontmatter.published_basis?.kind).toBe('stated');
  });

  it('takes what a saved page states over what its text suggests, and reports where they differ', () => {
    const fact = (value: string, where: string, text = value) => ({ value, where, text });
    const page: PageFacts = {
      headline: fact('Bridge closes for repairs', 'JSON-LD headline'),
      headlines: ['Bridge closes for repairs'],
      publisher: fact('The Example Times', 'og:site_name'),
      published: fact('2023-03-04', 'meta article:published_time', '2023-03-04T07:30:00+01:00'),
      byline: null,
      wire: [fact('Reuters', 'JSON-LD author')],
      url: fact('https://example.org/bridge', 'link rel=canonical'),
    };
    const { frontmatter, undetermined, notices } = buildFrontmatter({ ...stated, page }, {});
    expect(frontmatter).toEqual({
      title: 'Bridge closes for repairs',
      publisher: 'The Example Times',
      published: '2023-03-04',
      published_basis: { kind: 'stated', note: 'meta article:published_time “2023-03-04T07:30:00+01:00”' },
      wire: ['Reuters', 'AFP'],
      url: 'https://example.org/bridge',
      notes: [],
    });
    expect(undetermined.map((message) => message.reason)).toEqual(['no author line (“By …”), nor the page\'s JSON-LD author or meta author; left out. Pass --byline.']);
    expect(notices).toEqual([
      {
        rule: 'page/disagrees',
        field: 'publisher',
        line: 9,
        reason: 'the text says “Source: Harbour Daily”, the page\'s og:site_name “The Example Times”; used the page\'s. Pass --publisher if the text is right.',
      },
    ]);
  });
});
