import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');
// A second build of the same content, on a machine that believes it is 14 hours ahead of UTC
// (test/helpers/shared-builds.ts); the browser tests serve it.
const secondDir = inject('farTimeZoneDistDir');

/** Every file under `dir` with a hash of its bytes, in a stable order. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  return Object.fromEntries(files.map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

describe('reproducible builds', () => {
  it('two builds of the same content give byte-identical sites, search index included, whatever the time zone', () => {
    const first = fingerprint(distDir);
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(fingerprint(secondDir)).toEqual(first);
  });
});
