import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { anchorStatus, readManifest, writeManifest } from '../../src/lib/anchors/manifest-file.ts';
import { formatManifest, parseManifest } from '../../src/lib/anchors/manifest.ts';
import { event, smallBriefing } from './model.ts';

/** The message of the error `run` throws, checking that it is a ContentError. */
function contentErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

describe('formatManifest', () => {
  it('writes one anchor per line, sorted and unique, with a final newline', () => {
    expect(formatManifest(['/sources/x/#p2', '/chronology/#a', '/sources/x/#p2'])).toBe(
      '{\n  "version": 1,\n  "anchors": [\n    "/chronology/#a",\n    "/sources/x/#p2"\n  ]\n}\n',
    );
  });

  it('reads back what it writes', () => {
    const anchors = ['/chronology/#a', '/positions/#b', '/sources/x/'];
    expect(parseManifest(formatManifest(anchors))).toEqual(anchors);
  });
});

describe('parseManifest errors', () => {
  it('names the file and the line of a JSON syntax error, and says what to do', () => {
    // The comma missing after line 2 is noticed at the next token, on line 3.
    const message = contentErrorOf(() => parseManifest('{\n  "version": 1\n  "anchors": []\n}\n'));
    expect(message).toContain('The manifest of published anchors cannot be read:');
    expect(message).toContain("content/anchors.json:3: the JSON is not valid: Expected ',' or '}' after property value.");
    expect(message).toContain('git checkout content/anchors.json');
  });

  it('names the file of a JSON error the parser gives no place for, without quoting the file back', () => {
    const message = contentErrorOf(() => parseManifest('{\n  "version": 1,\n  "anchors": ["/a",]\n}\n'));
    expect(message).toContain("content/anchors.json: the JSON is not valid: Unexpected token ']'.");
    expect(message).not.toContain('"/a"');
  });

  it('reports an empty file as broken JSON, not as an empty manifest', () => {
    expect(contentErrorOf(() => parseManifest(''))).toContain('content/anchors.json: the JSON is not valid: Unexpected end of JSON input');
  });

  it('names each field of the wrong shape', () => {
    const message = contentErrorOf(() => parseManifest('{ "version": 2, "anchors": ["/a", 3, "chronology/#b"] }'));
    expect(message.split('\n')).toEqual([
      'The manifest of published anchors has the wrong shape:',
      '  content/anchors.json (version): expected 1, got 2; this build reads version 1 manifests only',
      '  content/anchors.json (anchors[1]): expected a site-relative path starting with "/", got 3',
      '  content/anchors.json (anchors[2]): expected a site-relative path starting with "/", got "chronology/#b"',
    ]);
  });

  it('rejects a bare list and a missing anchors field', () => {
    expect(contentErrorOf(() => parseManifest('["/a"]'))).toContain('content/anchors.json: expected an object { "version": 1, "anchors": [...] }');
    expect(contentErrorOf(() => parseManifest('{ "version": 1 }'))).toContain(
      'content/anchors.json (anchors): expected a list of anchors such as "/sources/<id>/#p1", got nothing',
    );
  });
});

describe('the manifest file', () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  function projectRoot(): string {
    root = mkdtempSync(join(tmpdir(), 'anchors-manifest-'));
    mkdirSync(join(root, 'content'));
    return root;
  }

  it('is absent on the first build: nothing to read and nothing missing', () => {
    const dir = projectRoot();
    expect(readManifest(dir)).toBeNull();
    const status = anchorStatus(dir, smallBriefing());
    expect(status.manifest).toBeNull();
    expect(status.missing).toEqual([]);
  });

  it('is written in one step and leaves no temporary file behind', () => {
    const dir = projectRoot();
    expect(writeManifest(dir, ['/b', '/a'])).toBeNull();
    expect(readFileSync(join(dir, 'content/anchors.json'), 'utf8')).toBe(formatManifest(['/a', '/b']));
    expect(writeManifest(dir, ['/c'])).toBeNull();
    expect(readManifest(dir)).toEqual(['/c']);
    expect(readdirSync(join(dir, 'content'))).toEqual(['anchors.json']);
  });

  it('says why it could not be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anchors-no-content-'));
    root = dir;
    expect(writeManifest(dir, ['/a'])).toContain('does not exist');
  });

  it('is compared with what the model publishes', () => {
    const dir = projectRoot();
    const withEvent = smallBriefing({ events: [event('2025-03-03-harbour-closed', { start: '2025-03-03', end: '2025-03-03' })] });
    writeManifest(dir, anchorStatus(dir, withEvent).current);
    const status = anchorStatus(dir, smallBriefing());
    expect(status.missing).toEqual(['/chronology/#2025-03', '/chronology/#2025-03-03-harbour-closed']);
    expect(status.added).toEqual([]);
  });

  it('stops with a ContentError naming the file when it is broken on disk', () => {
    const dir = projectRoot();
    writeFileSync(join(dir, 'content/anchors.json'), '{ "version": 1, "anchors": "all" }\n');
    expect(contentErrorOf(() => anchorStatus(dir, smallBriefing()))).toContain('content/anchors.json (anchors): expected a list of anchors');
  });
});
