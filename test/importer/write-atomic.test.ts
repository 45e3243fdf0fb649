import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/lib/importer/write-atomic.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', () => {
    const path = join(dir, 'a.mdx');
    expect(writeFileAtomic(path, 'new', { force: false })).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });

  it('refuses to replace an existing file without force, leaving it untouched', () => {
    const path = join(dir, 'a.mdx');
    writeFileSync(path, 'edited by hand');
    expect(writeFileAtomic(path, 'new', { force: false })).toEqual({
      ok: false,
      reason: `${path} already exists; nothing was written. Pass --force to replace it.`,
    });
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });

  it('replaces an existing file with force', () => {
    const path = join(dir, 'a.mdx');
    writeFileSync(path, 'old');
    expect(writeFileAtomic(path, 'new', { force: true })).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });

  it('leaves no file, half or whole, when the final step fails', () => {
    // A non-empty directory holds the target name, so the rename fails after the temporary file was written.
    const path = join(dir, 'a.mdx');
    mkdirSync(join(path, 'inside'), { recursive: true });
    const result = writeFileAtomic(path, 'x'.repeat(100_000), { force: true });
    expect(result.ok).toBe(false);
    expect(readdirSync(dir)).toEqual(['a.mdx']);
    expect(readdirSync(path)).toEqual(['inside']);
  });

  it('says when the directory does not exist', () => {
    const path = join(dir, 'missing', 'a.mdx');
    expect(writeFileAtomic(path, 'x', { force: false })).toEqual({
      ok: false,
      reason: `Cannot write ${path}: the directory ${join(dir, 'missing')} does not exist.`,
    });
  });
});
