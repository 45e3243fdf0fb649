/** A run of excerpt text, marked when it is a word the search matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' };

/**
 * Splits a Pagefind excerpt ("…send around <mark>12,000</mark> troops…") into
 * plain text and matched words, so the search page can build the excerpt from text
 * nodes and `<mark>` elements instead of assigning HTML. Pagefind escapes the page's
 * own `<` and `>`; any other tag is dropped, never rendered.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = decode(piece.replace(/<[^>]*>/g, ''));
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, name: string) => ENTITIES[name] ?? '');
}
