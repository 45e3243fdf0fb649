import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefingFile } from '../../src/lib/content/load-briefing-file.ts';

function rootWith(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'briefing-file-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/briefing.yaml'), yaml);
  return root;
}

describe('loadBriefingFile', () => {
  it('reads the title, description and overrides', () => {
    const file = loadBriefingFile(rootWith('title: Harbour dispute\ndescription: What each side says.\noverrides: []\n'));
    expect(file).toEqual({ title: 'Harbour dispute', description: 'What each side says.', lang: 'en', overrides: [] });
  });

  it('names the line of broken YAML', () => {
    expect(() => loadBriefingFile(rootWith('title: A\ndescription: [unclosed\n'))).toThrow(/content\/briefing\.yaml:\d+: the YAML is not valid/);
  });

  it('names the field and line of an invalid override', () => {
    expect(() => loadBriefingFile(rootWith('title: A\ndescription: B\noverrides:\n  - { action: hide, id: x }\n'))).toThrow(
      'content/briefing.yaml:4 (overrides.0.action): action must be one of: suppress, correct, add',
    );
  });

  it('says what is missing', () => {
    expect(() => loadBriefingFile(rootWith('description: B\n'))).toThrow('content/briefing.yaml:1 (title): title is required');
  });
});
