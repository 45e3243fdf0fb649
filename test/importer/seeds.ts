import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Overrides } from '../../src/lib/importer/build-frontmatter.ts';

/** The project root. */
export const ROOT = new URL('../../', import.meta.url);

/** The text of a raw seed article under test/fixtures/seeds/. */
export function seedText(file: string): string {
  return readFileSync(new URL(`test/fixtures/seeds/${file}`, ROOT), 'utf8');
}

/** Splits an MDX file into its parsed YAML frontmatter and its body. */
export function splitMdx(mdx: string): { frontmatter: unknown; body: string } {
  const end = mdx.indexOf('\n---\n', 4);
  if (!mdx.startsWith('---\n') || end < 0) throw new Error('no frontmatter block');
  return { frontmatter: parse(mdx.slice(4, end)), body: mdx.slice(end + 5) };
}

/** The flags each seed was imported with (the same as in content/sources/). */
export const SEED_FLAGS: Record<string, Overrides> = {
  '000_569a06461711fb61.txt': {},
  '001_f0063626f1a62b2a.txt': { title: 'U.S. official confirms North Korean troops are in Russia for training', published: '2024-10-23' },
  '002_551df278876874a0.txt': { title: 'Pentagon, South Korea and NATO on North Korean troops in Russia', published: '2024-10-29' },
  '003_b181d878cc09f915.txt': {},
  '004_90c9fd343bcc4d6b.txt': { title: 'White House official confirms North Korean troops sent to eastern Russia', published: '2024-10-23' },
};
