import { describe, expect, it } from 'vitest';
import type { ItemMark } from '../../src/lib/importer/judge-lists.ts';
import { renderBody } from '../../src/lib/importer/render-source.ts';
import { verifyBody } from '../../src/lib/importer/verify-body.ts';

const bullets: ItemMark = { list: 3, ordered: false, start: 1 };
const item = (text: string, list: ItemMark = bullets) => ({ text, kind: 'item' as const, list });

describe('renderBody', () => {
  it('writes paragraphs a blank line apart, and the items of a list as one tight list', () => {
    const paragraphs = [{ text: 'Background:', kind: 'paragraph' as const }, item('Oct. 18: The {agency} said so.'), item('- Oct. 23: It was confirmed.'), 'It will vote.'];
    const body = renderBody(paragraphs);
    expect(body).toBe('Background:\n\n- Oct. 18: The \\{agency\\} said so.\n- \\- Oct. 23: It was confirmed.\n\nIt will vote.\n');
    expect(verifyBody(body, paragraphs)).toEqual([]);
  });

  it('numbers an ordered list from its first number', () => {
    const ordered: ItemMark = { list: 1, ordered: true, start: 3 };
    const body = renderBody([item('Close the bridge.', ordered), item('Repair it.', ordered)]);
    expect(body).toBe('3. Close the bridge.\n4. Repair it.\n');
    expect(verifyBody(body, [item('Close the bridge.', ordered), item('Repair it.', ordered)])).toEqual([]);
  });

  it('keeps two lists in a row apart with another bullet, so Markdown does not join them', () => {
    const second: ItemMark = { list: 9, ordered: false, start: 1 };
    const paragraphs = [item('One.'), item('Two.', second)];
    const body = renderBody(paragraphs);
    expect(body).toBe('- One.\n\n* Two.\n');
    expect(verifyBody(body, paragraphs)).toEqual([]);
  });
});
