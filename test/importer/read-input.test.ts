import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/lib/importer/decode-input.ts';
import { readInput } from '../../src/lib/importer/read-input.ts';
import { splitLines } from '../../src/lib/importer/split-lines.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeInput', () => {
  it('returns the text of a UTF-8 file, byte-order mark dropped', () => {
    expect(decodeInput(bytes('\uFEFFPort reopens\n\nThe port reopened on Monday.\n'), 'a.txt')).toEqual({
      ok: true,
      text: 'Port reopens\n\nThe port reopened on Monday.\n',
    });
  });

  it('refuses an empty file', () => {
    expect(decodeInput(new Uint8Array(), 'a.txt')).toEqual({
      ok: false,
      reason: "a.txt is empty. Paste the article's text into it and run the import again.",
    });
  });

  it('refuses a file of whitespace only', () => {
    expect(decodeInput(bytes(' \n\t\n  \r\n'), 'a.txt')).toEqual({
      ok: false,
      reason: "a.txt contains only whitespace. Paste the article's text into it and run the import again.",
    });
  });

  it('refuses a file with NUL bytes as binary', () => {
    const result = decodeInput(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x41]), 'scan.pdf');
    expect(result).toEqual({
      ok: false,
      reason: "scan.pdf looks like a binary file (it contains NUL bytes), not pasted text. Copy the article's text into a .txt file.",
    });
  });

  it('refuses a file that is mostly control characters', () => {
    const result = decodeInput(bytes('\u0001\u0002\u0003\u0004ab\u0005\u0006'), 'blob.bin');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^blob\.bin looks like a binary file \(6 of 8 characters are control characters\)/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(decodeInput(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]), 'latin1.txt')).toEqual({
      ok: false,
      reason: 'latin1.txt is not UTF-8 text. Save it as UTF-8 (plain text) and run the import again.',
    });
  });
});

describe('readInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says when the path does not exist', () => {
    const missing = join(dir, 'missing.txt');
    expect(readInput(missing)).toEqual({ ok: false, reason: `Cannot read ${missing}: there is no such file; check the path.` });
  });

  it('says when the path is a directory', () => {
    expect(readInput(dir)).toEqual({
      ok: false,
      reason: `Cannot read ${dir}: it is a directory; give the path of the .txt file inside it.`,
    });
  });

  it.skipIf(process.getuid?.() === 0)('says when the file cannot be read', () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Text.');
    chmodSync(locked, 0o000);
    expect(readInput(locked)).toEqual({ ok: false, reason: `Cannot read ${locked}: permission denied; check the file’s permissions.` });
  });

  it('reads a text file', () => {
    const file = join(dir, 'article.txt');
    writeFileSync(file, 'Port reopens\n');
    expect(readInput(file)).toEqual({ ok: true, text: 'Port reopens\n' });
  });
});

describe('splitLines', () => {
  it('numbers lines from 1 across Unix, Windows and old Mac line endings, keeping trailing spaces on raw', () => {
    expect(splitLines('One \r\nTwo\rThree\n')).toEqual([
      { n: 1, raw: 'One ', text: 'One' },
      { n: 2, raw: 'Two', text: 'Two' },
      { n: 3, raw: 'Three', text: 'Three' },
      { n: 4, raw: '', text: '' },
    ]);
  });
});
