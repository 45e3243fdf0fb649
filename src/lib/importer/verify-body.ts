import { bodyParagraphs } from '../paragraphs.ts';
import { parseMdxBody } from '../parse-mdx.ts';
import type { ImportMessage } from './types.ts';

/**
 * Checks that the MDX body reads back, under the site's own parser and paragraph rule,
 * as exactly the paragraphs the importer meant to write. A difference is a bug in
 * the escaping (or a character no escape can carry), and the file must not be written.
 */
export function verifyBody(body: string, intended: readonly string[]): ImportMessage[] {
  let read: string[];
  try {
    read = bodyParagraphs(parseMdxBody(body)).map((paragraph) => paragraph.text);
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
  intended.forEach((text, index) => {
    if (read[index] !== undefined && read[index] !== text) {
      messages.push({
        rule: 'verify/text',
        reason: `paragraph ${index + 1} reads back differently from the text (“${read[index]!.slice(0, 60)}”); nothing was written`,
      });
    }
  });
  return messages;
}
