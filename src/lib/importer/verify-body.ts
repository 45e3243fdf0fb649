import { bodyParagraphs, type BodyParagraph } from '../paragraphs.ts';
import { parseMdxBody } from '../parse-mdx.ts';
import type { ImportMessage } from './types.ts';

/** A paragraph the body must read back as: its text, and whether it is a list item. */
export type IntendedParagraph = string | { text: string; kind: BodyParagraph['kind'] };

/**
 * Checks that the MDX body reads back, under the site's own parser and paragraph rule,
 * as exactly the paragraphs the importer meant to write, list items as list items (a
 * plain string means a paragraph). A difference is a bug in the escaping (or a
 * character no escape can carry), and the file must not be written.
 */
export function verifyBody(body: string, intended: readonly IntendedParagraph[]): ImportMessage[] {
  let read: BodyParagraph[];
  try {
    read = bodyParagraphs(parseMdxBody(body));
  } catch (error) {
    return [{ rule: 'verify/parse', reason: `the MDX body does not parse (${(error as Error).message}); nothing was written` }];
  }
  const messages: ImportMessage[] = [];
  if (read.length !== intended.length) {
    messages.push({
      rule: 'verify/count',
      reason: `the MDX body reads back as ${read.length} paragraphs instead of ${intended.length}; nothing was written`,
    });
  }
  intended.forEach((paragraph, index) => {
    const { text, kind } = typeof paragraph === 'string' ? { text: paragraph, kind: 'paragraph' } : paragraph;
    const got = read[index];
    if (got === undefined) return;
    if (got.text !== text) {
      messages.push({
        rule: 'verify/text',
        reason: `paragraph ${index + 1} reads back differently from the text (“${got.text.slice(0, 60)}”); nothing was written`,
      });
    } else if (got.kind !== kind) {
      messages.push({
        rule: 'verify/kind',
        reason: `paragraph ${index + 1} reads back as a ${got.kind === 'item' ? 'list item' : 'paragraph'}, not as a ${kind === 'item' ? 'list item' : 'paragraph'}; nothing was written`,
      });
    }
  });
  return messages;
}
