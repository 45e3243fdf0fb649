import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/lib/importer/import-article.ts';
import { bodyParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { ROOT, SEED_FLAGS, seedText, splitMdx } from './seeds.ts';

interface SeedExpectation {
  file: string;
  id: string;
  /** The headline read from the text, or null when the text has none. */
  headline: string | null;
  published: string | null;
  basis: 'stated' | null;
  publisher: string | null;
  wire: string[];
  paragraphs: number;
  /** The first paragraph's opening words (the lede stays when there is no headline). */
  firstParagraph: string;
  /** Text of page furniture that must be in no paragraph. */
  furniture: string[];
  /** Words broken across lines in the paste that must appear whole. */
  rejoined: string[];
}

const SEEDS: SeedExpectation[] = [
  {
    file: '000_569a06461711fb61.txt',
    id: '2024-10-23-unknown-us-dispels-suspicion-little-confidence-korean',
    headline: 'U.S. dispels suspicion of little confidence in S. Korean intel over N.K. troop dispatch to Russia',
    published: '2024-10-23',
    basis: 'stated',
    publisher: null,
    wire: [],
    paragraphs: 11,
    firstParagraph: 'A State Department spokesperson on Tuesday',
    furniture: ['October 23, 2024'],
    rejoined: [],
  },
  {
    file: '001_f0063626f1a62b2a.txt',
    id: '2024-10-23-yonhap-us-official-confirms-north-korean-troops',
    headline: null,
    published: null,
    basis: null,
    publisher: 'Yonhap News Agency',
    wire: [],
    paragraphs: 10,
    firstParagraph: 'A senior U.S. administration official confirmed Wednesday',
    furniture: ['Source: Yonhap News Agency', 'News Reporter'],
    rejoined: ['the official added.', 'ongoing war against Ukraine, with a total of 10,000'],
  },
  {
    file: '002_551df278876874a0.txt',
    id: '2024-10-29-unknown-pentagon-south-korea-nato-north-korean',
    headline: null,
    published: null,
    basis: null,
    publisher: null,
    wire: [],
    paragraphs: 7,
    firstParagraph: 'The topic of North Korean troops allegedly in Russia',
    furniture: [],
    rejoined: [],
  },
  {
    file: '003_b181d878cc09f915.txt',
    id: '2024-10-23-reuters-north-korean-troops-russia-us-defense',
    headline: 'North Korean troops are in Russia, US defense secretary says',
    published: '2024-10-23',
    basis: 'stated',
    publisher: null,
    wire: ['Reuters'],
    paragraphs: 18,
    firstParagraph: 'U.S. Defense Secretary Lloyd Austin confirmed that there is evidence',
    furniture: ['World', 'Reuters', 'Published Date', 'Modified Date', 'BRICS countries stress', 'NATO chief expresses solidarity'],
    rejoined: [],
  },
  {
    file: '004_90c9fd343bcc4d6b.txt',
    id: '2024-10-23-ians-white-house-official-confirms-north-korean',
    headline: null,
    published: null,
    basis: null,
    publisher: null,
    wire: ['IANS'],
    paragraphs: 14,
    firstParagraph: 'North Korea sent at least 3,000 troops to eastern Russia',
    furniture: ['With inputs from'],
    rejoined: [],
  },
];

describe.each(SEEDS)('seed $file', (seed) => {
  const text = seedText(seed.file);
  const bare = importArticle(text);
  const flags = SEED_FLAGS[seed.file]!;
  const result = importArticle(text, flags);
  const paragraphs = result.paragraphs.map((paragraph) => paragraph.text);

  it('reads the headline, or reports that there is none', () => {
    expect(bare.frontmatter.title).toBe(seed.headline);
    expect(bare.undetermined.some((message) => message.field === 'title')).toBe(seed.headline === null);
    if (seed.headline === null) {
      expect(result.frontmatter.title_basis).toEqual({ kind: 'editor', note: 'supplied with --title; the text has no headline' });
    } else {
      expect(result.frontmatter.title_basis).toBeUndefined();
    }
  });

  it('reads the publication date and its basis, or reports that there is none', () => {
    expect(bare.frontmatter.published).toBe(seed.published);
    expect(bare.frontmatter.published_basis?.kind ?? null).toBe(seed.basis);
    if (seed.published === null) {
      expect(bare.errors.map((error) => error.field)).toContain('published');
      expect(bare.mdx).toBeNull();
      expect(result.frontmatter.published_basis).toEqual({ kind: 'inferred', note: 'supplied with --published; not stated in the text' });
    }
  });

  it('reads publisher and wire from credits only', () => {
    expect(result.frontmatter.publisher).toBe(seed.publisher);
    expect(result.frontmatter.wire).toEqual(seed.wire);
  });

  it('keeps every paragraph, the lede first, and drops the furniture', () => {
    expect(result.errors).toEqual([]);
    expect(paragraphs).toHaveLength(seed.paragraphs);
    expect(paragraphs[0]!.startsWith(seed.firstParagraph)).toBe(true);
    for (const furniture of seed.furniture) {
      expect(paragraphs.filter((paragraph) => paragraph.startsWith(furniture) || paragraph.includes(`- ${furniture}`))).toEqual([]);
    }
    if (seed.headline) expect(paragraphs).not.toContain(seed.headline);
  });

  it('rejoins words broken across lines', () => {
    for (const words of seed.rejoined) expect(paragraphs.some((paragraph) => paragraph.includes(words))).toBe(true);
    expect(paragraphs.filter((paragraph) => /\p{Ll}$/u.test(paragraph))).toEqual([]);
  });

  it('writes an MDX body that reads back as exactly the intended paragraphs', () => {
    const { body } = splitMdx(result.mdx!);
    expect(bodyParagraphs(parseMdxBody(body)).map((paragraph) => paragraph.text)).toEqual(paragraphs);
  });

  it('writes frontmatter that passes the source schema, with the stable id', () => {
    const { frontmatter } = splitMdx(result.mdx!);
    expect(SourceSchema.safeParse(frontmatter).success).toBe(true);
    expect(result.mdx).toMatch(/^published: '\d{4}-\d{2}-\d{2}'$/m);
    expect(result.id).toBe(seed.id);
  });

  it('matches the imported file in content/sources: same body, valid frontmatter', () => {
    const path = new URL(`content/sources/${seed.id}.mdx`, ROOT);
    expect(existsSync(path)).toBe(true);
    const committed = splitMdx(readFileSync(path, 'utf8'));
    expect(committed.body).toBe(splitMdx(result.mdx!).body);
    const parsed = SourceSchema.safeParse(committed.frontmatter);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.title).toBe(result.frontmatter.title);
    expect(parsed.data?.published).toBe(result.frontmatter.published);
  });
});

describe('imported seeds: editor’s notes on defects of the original', () => {
  const notes = (id: string) =>
    SourceSchema.parse(splitMdx(readFileSync(new URL(`content/sources/${id}.mdx`, ROOT), 'utf8')).frontmatter).notes;

  it('records the missing name and the missing space in seed 004 without repairing the body', () => {
    const id = '2024-10-23-ians-white-house-official-confirms-north-korean';
    expect(notes(id).some((note) => note.includes('Meanwhile, , the spokesperson'))).toBe(true);
    expect(readFileSync(new URL(`content/sources/${id}.mdx`, ROOT), 'utf8')).toContain('Meanwhile, , the spokesperson');
  });

  it('records the dropped word in seed 003 without repairing the body', () => {
    const id = '2024-10-23-reuters-north-korean-troops-russia-us-defense';
    expect(notes(id).some((note) => note.includes('would "very, very serious"'))).toBe(true);
    expect(readFileSync(new URL(`content/sources/${id}.mdx`, ROOT), 'utf8')).toContain('Austin said it would "very, very serious"');
  });
});
