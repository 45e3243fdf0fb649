import { readFileSync } from 'node:fs';
import { decodeInput, type InputResult } from './decode-input.ts';
import { decodePage, isSavedPage } from './page/decode-page.ts';

/** Why a file could not be read, in the editor's words, from a Node error code. */
function readFailure(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'there is no such file; check the path';
    case 'EISDIR':
      return 'it is a directory; give the path of the .txt file inside it';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check the file’s permissions';
    default:
      return `the system refused (${code ?? 'unknown error'})`;
  }
}

/** The bytes of the file at `path`, or why it cannot be read (the only stage that touches the disk on the way in). */
export function readBytes(path: string): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `Cannot read ${path}: ${readFailure(code)}.` };
  }
}

/** Reads and validates the pasted article at `path`. */
export function readInput(path: string): InputResult {
  const read = readBytes(path);
  return read.ok ? decodeInput(read.bytes, path) : read;
}

/** An article file as read: pasted text, or a saved web page (see `isSavedPage`). */
export type ArticleFile = { ok: true; kind: 'text' | 'page'; text: string } | { ok: false; reason: string };

/** Reads the file to import, telling a saved web page from pasted text, each decoded and checked in its own way. */
export function readArticleFile(path: string): ArticleFile {
  const read = readBytes(path);
  if (!read.ok) return read;
  const kind = isSavedPage(path, read.bytes) ? 'page' : 'text';
  const decoded = kind === 'page' ? decodePage(read.bytes, path) : decodeInput(read.bytes, path);
  return decoded.ok ? { ok: true, kind, text: decoded.text } : decoded;
}
