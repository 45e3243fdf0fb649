import type { InputResult } from '../decode-input.ts';

/** File names of a saved web page. */
const PAGE_NAME = /\.(?:html?|xhtml|xht)$/i;
/** File names of a web archive, which holds the page inside a MIME message. */
const ARCHIVE_NAME = /\.(?:mht|mhtml)$/i;
/** How a page's text starts, after any byte-order mark and white space. */
const PAGE_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>])/i;
/** A charset declared in the page's head: `<meta charset="…">` or `content="text/html; charset=…"`. */
const DECLARED = /<meta[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** How to save a page so the importer can read it. */
const SAVE_AS = 'In the browser, save the page with "Save Page As…", format "Web Page, HTML only", and run the import again.';

/** Whether a file is a saved web page rather than pasted text: by its name, or by how its text starts. */
export function isSavedPage(path: string, bytes: Uint8Array): boolean {
  if (PAGE_NAME.test(path) || ARCHIVE_NAME.test(path)) return true;
  return PAGE_START.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF|^ï»¿/, ''));
}

/** The encoding a byte-order mark announces, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { label: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
  return null;
}

/**
 * Turns the bytes of a saved page into text, or says why they are not a page the importer
 * can read. The encoding is the one a byte-order mark announces, else the one the page
 * declares in a `<meta>` tag (a page saved from a Korean or a Western site may be EUC-KR
 * or windows-1252), else UTF-8; an empty, binary or undecodable file, a web archive, or a
 * file with no HTML in it is refused with what to do. A byte-order mark is dropped.
 */
export function decodePage(bytes: Uint8Array, file: string): InputResult {
  if (ARCHIVE_NAME.test(file)) {
    return { ok: false, reason: `${file} is a web archive (MHTML), which the importer does not read. ${SAVE_AS}` };
  }
  if (bytes.length === 0) return { ok: false, reason: `${file} is empty. ${SAVE_AS}` };
  const mark = byteOrderMark(bytes);
  // A NUL byte never occurs in a page saved as UTF-8 or a legacy charset: the file is an image, a PDF…
  if (!mark?.label.startsWith('utf-16') && bytes.includes(0)) {
    return { ok: false, reason: `${file} looks like a binary file (it contains NUL bytes), not a saved web page. ${SAVE_AS}` };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = mark?.label ?? DECLARED.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { ok: false, reason: `${file} declares the character set "${label}", which the importer cannot read. Save the page again as UTF-8 and run the import again.` };
  }
  try {
    return looksLikeHtml(decoder.decode(bytes.subarray(mark?.length ?? 0)), file);
  } catch {
    const declared = mark || DECLARED.test(head) ? `${label} text, as the page declares` : 'UTF-8 text, and declares no other character set';
    return { ok: false, reason: `${file} is not valid ${declared}. ${SAVE_AS}` };
  }
}

/** The text, when it has HTML in it; otherwise what to do. */
function looksLikeHtml(text: string, file: string): InputResult {
  if (text.trim() === '') return { ok: false, reason: `${file} contains only whitespace. ${SAVE_AS}` };
  if (!/<[a-z!][^>]*>/i.test(text)) {
    return { ok: false, reason: `${file} has no HTML in it. If it is the article's text, save it as a .txt file and import that.` };
  }
  return { ok: true, text };
}
