import type { Citation } from '../model.ts';
import { slugWords } from '../slug.ts';

/*
 * An entry is recognised by its members: the citations (source, paragraph, evidence) it was
 * published with. Reconciliation may regroup reports as sources come and go, and the words that
 * stand for an entry may change with them, but a citation is the same report wherever it goes.
 */

/** A citation as the manifest stores it: `<source id>#p<n>: <evidence>`. */
export function memberKey(citation: Pick<Citation, 'source' | 'paragraph' | 'evidence'>): string {
  return `${citation.source}#p${citation.paragraph}: ${citation.evidence}`;
}

/** A stored member read back; null when it is not written `<source>#p<n>: <evidence>`. */
export interface Member {
  source: string;
  paragraph: number;
  evidence: string;
}

export function parseMember(key: string): Member | null {
  const match = /^([^#\s]+)#p(\d+): ([\s\S]*)$/.exec(key);
  return match ? { source: match[1]!, paragraph: Number(match[2]), evidence: match[3]! } : null;
}

/**
 * The same report when the paragraphs were numbered differently (an importer change, a paragraph
 * added above): source and evidence without the number. Matching falls back to it.
 */
export function looseMemberKey(member: Pick<Member, 'source' | 'evidence'>): string {
  return `${member.source}: ${member.evidence}`;
}

/**
 * How alike two evidence spans are: the share of distinct words they have in common (Jaccard),
 * 0 to 1. A paragraph corrected for a word or a figure keeps most of its words.
 */
export function evidenceSimilarity(a: string, b: string): number {
  const wordsA = new Set(slugWords(a));
  const wordsB = new Set(slugWords(b));
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / (wordsA.size + wordsB.size - shared);
}
