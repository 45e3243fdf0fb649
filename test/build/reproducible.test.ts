import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from './build-site.ts';

const distDir = inject('distDir');

/** Every file under `dir` with a hash of its bytes, in a stable order. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  return Object.fromEntries(files.map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

// A second build, on a machine that believes it is 14 hours ahead of UTC.
const secondDir = buildSite({ TZ: 'Pacific/Kiritimati' });
afterAll(() => rmSync(secondDir, { recursive: true, force: true }));

describe('reproducible builds', () => {
  it('two builds of the same content give byte-identical sites, search index included, whatever the time zone', () => {
    const first = fingerprint(distDir);
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(fingerprint(secondDir)).toEqual(first);
  });
});
