import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { readManifest, writeManifest } from '../../src/lib/anchors/manifest-file.ts';
import { emptyManifest, formatManifest, parseManifest, type AnchorManifest } from '../../src/lib/anchors/manifest.ts';
import { anchorStatus } from '../../src/lib/anchors/status.ts';
import { placeEntries } from '../../src/lib/views/placement.ts';
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

const RECORDED: AnchorManifest = {
  version: 2,
  anchors: ['/sources/x/#p2', '/chronology/#a', '/sources/x/#p2'],
  sources: { x: { title: 'Harbour closed', publisher: null, published: '2025-03-04', paragraphs: 2, order: 1, added: '2025-03-04' } },
  sections: { '/chronology/#2025-03': 'March 2025' },
  entries: { a: { kind: 'event', label: '3 Mar 2025: The harbour was closed.', firstReported: '2025-03-04', members: ['x#p1: b', 'x#p1: a'] } },
};

describe('formatManifest', () => {
  it('writes anchors and members one per line, sorted and unique, keys sorted, with a final newline', () => {
    const text = formatManifest(RECORDED);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"anchors": [\n    "/chronology/#a",\n    "/sources/x/#p2"\n  ],');
    expect(text).toContain('"members": [\n        "x#p1: a",\n        "x#p1: b"\n      ]');
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'anchors', 'sources', 'sections', 'entries']);
  });

  it('reads back what it writes', () => {
    expect(parseManifest(formatManifest(RECORDED))).toEqual({ ...RECORDED, anchors: ['/chronology/#a', '/sources/x/#p2'], entries: { a: { ...RECORDED.entries.a, members: ['x#p1: a', 'x#p1: b'] } } });
  });

  it('reads a version 1 manifest as version 2 without records', () => {
    expect(parseManifest('{ "version": 1, "anchors": ["/a", "/b"] }')).toEqual(emptyManifest(['/a', '/b']));
  });
});

describe('parseManifest errors', () => {
  it('names the file and the line of a JSON syntax error, and says what to do', () => {
    // The comma missing after line 2 is noticed at the next token, on line 3.
    const message = contentErrorOf(() => parseManifest('{\n  "version": 2\n  "anchors": []\n}\n'));
    expect(message).toContain('The manifest of published anchors cannot be read:');
    expect(message).toContain("content/anchors.json:3: the JSON is not valid: Expected ',' or '}' after property value.");
    expect(message).toContain('git checkout content/anchors.json');
  });

  it('names the file of a JSON error the parser gives no place for, without quoting the file back', () => {
    const message = contentErrorOf(() => parseManifest('{\n  "version": 2,\n  "anchors": ["/a",]\n}\n'));
    expect(message).toContain("content/anchors.json: the JSON is not valid: Unexpected token ']'.");
    expect(message).not.toContain('"/a"');
  });

  it('reports an empty file as broken JSON, not as an empty manifest', () => {
    expect(contentErrorOf(() => parseManifest(''))).toContain('content/anchors.json: the JSON is not valid: Unexpected end of JSON input');
  });

  it('names each field of the wrong shape', () => {
    const message = contentErrorOf(() => parseManifest('{ "version": 3, "anchors": ["/a", 3, "chronology/#b"] }'));
    expect(message.split('\n')).toEqual([
      'The manifest of published anchors has the wrong shape:',
      '  content/anchors.json (version): expected 1 or 2, got 3; this build reads version 1 and 2 manifests only',
      '  content/anchors.json (anchors[1]): must be a site-relative path starting with "/"',
      '  content/anchors.json (anchors[2]): must be a site-relative path starting with "/"',
    ]);
  });

  it('names the field of a broken record', () => {
    const text = JSON.stringify({ ...RECORDED, entries: { a: { ...RECORDED.entries.a, kind: 'month' } } });
    expect(contentErrorOf(() => parseManifest(text))).toContain('content/anchors.json (entries.a.kind): must be one of: event, statement, figure');
  });

  it('rejects a bare list and a missing anchors field', () => {
    expect(contentErrorOf(() => parseManifest('["/a"]'))).toContain('content/anchors.json: expected an object { "version": 2, "anchors": [...], … }');
    expect(contentErrorOf(() => parseManifest('{ "version": 1 }'))).toContain(
      'content/anchors.json (anchors): expected a list of anchors such as "/sources/<id>/#p1"',
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

  it('is absent before the first recording: nothing to read, and nothing can lead nowhere', () => {
    const dir = projectRoot();
    expect(readManifest(dir)).toBeNull();
    const briefing = smallBriefing();
    const status = anchorStatus(readManifest(dir), briefing, placeEntries(briefing));
    expect(status.manifest).toBeNull();
    expect(status.landings.unresolved).toEqual([]);
    expect(status.added.length).toBeGreaterThan(0);
  });

  it('is written in one step, leaves no temporary file behind, and is not touched when it reads the same', () => {
    const dir = projectRoot();
    expect(writeManifest(dir, emptyManifest(['/b', '/a']))).toBeNull();
    expect(readFileSync(join(dir, 'content/anchors.json'), 'utf8')).toBe(formatManifest(emptyManifest(['/a', '/b'])));
    const written = statSync(join(dir, 'content/anchors.json')).mtimeMs;
    expect(writeManifest(dir, emptyManifest(['/a', '/b']))).toBeNull();
    expect(statSync(join(dir, 'content/anchors.json')).mtimeMs).toBe(written);
    expect(writeManifest(dir, emptyManifest(['/c']))).toBeNull();
    expect(readManifest(dir)?.anchors).toEqual(['/c']);
    expect(readdirSync(join(dir, 'content'))).toEqual(['anchors.json']);
  });

  it('is recorded as the status formats it, and reads as unchanged once recorded', () => {
    const dir = projectRoot();
    const briefing = smallBriefing({ events: [event('2025-03-03-harbour-closed', { start: '2025-03-03', end: '2025-03-03' })] });
    const first = anchorStatus(readManifest(dir), briefing, placeEntries(briefing));
    expect(first.changed).toBe(true);
    expect(first.nextText).toBe(formatManifest(first.next));
    expect(writeManifest(dir, first.next, first.nextText)).toBeNull();
    expect(readFileSync(join(dir, 'content/anchors.json'), 'utf8')).toBe(first.nextText);
    expect(anchorStatus(readManifest(dir), briefing, placeEntries(briefing)).changed).toBe(false);
  });

  it('says why it could not be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anchors-no-content-'));
    root = dir;
    expect(writeManifest(dir, emptyManifest(['/a']))).toContain('does not exist');
  });

  it('keeps an entry that is gone, with a notice that quotes its record', () => {
    const withEvent = smallBriefing({ events: [event('2025-03-03-harbour-closed', { start: '2025-03-03', end: '2025-03-03' })] });
    const recorded = anchorStatus(null, withEvent, placeEntries(withEvent)).next;
    const empty = smallBriefing();
    const status = anchorStatus(recorded, empty, placeEntries(empty));
    expect(status.landings.unresolved).toEqual([]);
    expect(status.landings.notices.map((n) => [`${n.page}#${n.id}`, n.label])).toEqual([
      ['/chronology/#2025-03', 'March 2025'],
      ['/chronology/#2025-03-03-harbour-closed', '3 Mar 2025: The harbour was closed.'],
    ]);
    // Nothing is removed from the manifest.
    expect(status.next.anchors).toEqual(recorded.anchors);
    expect(status.next.entries['2025-03-03-harbour-closed']).toEqual(recorded.entries['2025-03-03-harbour-closed']);
  });

  it('stops with a ContentError naming the file when it is broken on disk', () => {
    const dir = projectRoot();
    writeFileSync(join(dir, 'content/anchors.json'), '{ "version": 2, "anchors": "all" }\n');
    expect(contentErrorOf(() => readManifest(dir))).toContain('content/anchors.json (anchors): expected a list of anchors');
  });
});
