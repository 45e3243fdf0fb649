import { readFileSync } from 'node:fs';
import { decodeInput, type InputResult } from './decode-input.ts';

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

/** Reads and validates the pasted article at `path` (the only stage that touches the disk on the way in). */
export function readInput(path: string): InputResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `Cannot read ${path}: ${readFailure(code)}.` };
  }
  return decodeInput(bytes, path);
}
