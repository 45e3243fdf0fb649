/** The outcome of reading an input file: its text, or a message for the editor. */
export type InputResult = { ok: true; text: string } | { ok: false; reason: string };

/** Above this share of control or undecodable characters, a file is not an article. */
const MAX_NON_TEXT_SHARE = 0.1;

/**
 * Turns the bytes of a pasted article into text, or says why they are not one:
 * empty, only whitespace, binary (NUL bytes or mostly non-text), or not UTF-8.
 * A byte-order mark is dropped; line endings are left to `splitLines`.
 */
export function decodeInput(bytes: Uint8Array, file: string): InputResult {
  if (bytes.length === 0) {
    return { ok: false, reason: `${file} is empty. Paste the article's text into it and run the import again.` };
  }
  // A NUL byte never occurs in text: the file is an image, a PDF, a word-processor document…
  if (bytes.includes(0)) {
    return {
      ok: false,
      reason: `${file} looks like a binary file (it contains NUL bytes), not pasted text. Copy the article's text into a .txt file.`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: `${file} is not UTF-8 text. Save it as UTF-8 (plain text) and run the import again.`,
    };
  }
  const nonText = [...text].filter((char) => /[\p{Cc}\uFFFD]/u.test(char) && !/[\t\n\r\f\v]/.test(char)).length;
  if (nonText / text.length > MAX_NON_TEXT_SHARE) {
    return {
      ok: false,
      reason: `${file} looks like a binary file (${nonText} of ${text.length} characters are control characters), not pasted text.`,
    };
  }
  if (text.trim() === '') {
    return { ok: false, reason: `${file} contains only whitespace. Paste the article's text into it and run the import again.` };
  }
  return { ok: true, text };
}
