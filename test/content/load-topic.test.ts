import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/lib/content/content-error.ts';
import { loadTopic } from '../../src/lib/content/load-topic.ts';

const ACTORS = 'content/actors.yaml';
const CATEGORIES = 'content/figure-categories.yaml';

const VALID_ACTORS = `- id: freedonia
  name: Freedonia
  kind: government
  aliases: [Fredville]
  demonyms: [Freedonian]
- id: freedonia-war-office
  name: War Office
  kind: body
  government: freedonia
- id: rufus-firefly
  name: Rufus T. Firefly
  kind: person
  government: freedonia
  body: freedonia-war-office
  aliases: [Firefly]
`;

const VALID_CATEGORIES = `- id: troops
  label: Troops
  units: [troops, soldiers]
  cues: [sent]
`;

const roots: string[] = [];

/** A project root holding only the two topic files (either may be left out with `null`). */
function project(actors: string | null, categories: string | null = VALID_CATEGORIES): string {
  const root = mkdtempSync(join(tmpdir(), 'topic-'));
  roots.push(root);
  mkdirSync(join(root, 'content'));
  if (actors !== null) writeFileSync(join(root, ACTORS), actors);
  if (categories !== null) writeFileSync(join(root, CATEGORIES), categories);
  return root;
}

/** The problems of the ContentError that loading `root` throws. */
function problemsOf(root: string): ContentProblem[] {
  try {
    loadTopic(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected loadTopic to throw a ContentError');
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('loadTopic on the real content', () => {
  const topic = loadTopic();

  it('loads actors of every kind and the figure categories', () => {
    const kinds = new Set(topic.actors.map((actor) => actor.kind));
    expect([...kinds].sort()).toEqual(['body', 'commentator', 'government', 'intergovernmental', 'media', 'person']);
    expect(topic.figureCategories.map((category) => category.id)).toEqual(['troops', 'casualties', 'munitions']);
  });

  it('ties every body and person to a government or organisation that exists', () => {
    const byId = new Map(topic.actors.map((actor) => [actor.id, actor]));
    const orphans = topic.actors
      .filter((actor) => actor.kind === 'body' || actor.kind === 'person')
      .filter((actor) => !['government', 'intergovernmental'].includes(byId.get(actor.government ?? '')?.kind ?? ''))
      .map((actor) => actor.id);
    expect(orphans).toEqual([]);
  });

  it('keeps units and cues in lower case', () => {
    const words = topic.figureCategories.flatMap((category) => [...category.units, ...category.cues]);
    expect(words.filter((word) => word !== word.toLowerCase())).toEqual([]);
  });
});

describe('loadTopic on valid files', () => {
  it('returns the entries with defaults filled in', () => {
    const topic = loadTopic(project(VALID_ACTORS));
    expect(topic.actors.map(({ id, kind, government, body, aliases, demonyms }) => ({ id, kind, government, body, aliases, demonyms }))).toEqual([
      { id: 'freedonia', kind: 'government', government: undefined, body: undefined, aliases: ['Fredville'], demonyms: ['Freedonian'] },
      { id: 'freedonia-war-office', kind: 'body', government: 'freedonia', body: undefined, aliases: [], demonyms: [] },
      { id: 'rufus-firefly', kind: 'person', government: 'freedonia', body: 'freedonia-war-office', aliases: ['Firefly'], demonyms: [] },
    ]);
    expect(topic.figureCategories).toEqual([{ id: 'troops', label: 'Troops', units: ['troops', 'soldiers'], cues: ['sent'] }]);
  });

  it('adds the curly-apostrophe twin of an alias written with a straight one', () => {
    const topic = loadTopic(project(`- id: freedonia\n  name: Freedonia\n  kind: government\n  aliases: [Fredville's cabinet]\n`));
    expect(topic.actors[0]?.aliases).toEqual(["Fredville's cabinet", 'Fredville\u2019s cabinet']);
  });
});

describe('loadTopic reports problems with file, line, entry and field', () => {
  it('reports broken YAML syntax with its line', () => {
    const problems = problemsOf(project(`- id: freedonia\n  name: "Freedonia\n  kind: government\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: ACTORS, path: '' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(problems[0]?.message).toMatch(/^the YAML is not valid: .*Fix the syntax/);
  });

  it('reports a missing file', () => {
    expect(problemsOf(project(VALID_ACTORS, null))).toEqual([
      { file: CATEGORIES, path: '', message: expect.stringMatching(/^the file could not be read .*create it as a YAML list$/) },
    ]);
  });

  it('reports a file that is not a list', () => {
    expect(problemsOf(project('id: freedonia\nname: Freedonia\n'))).toEqual([
      { file: ACTORS, line: 1, path: '', message: 'the file must be a YAML list of actor entries, each starting with "- id:"; found a mapping' },
    ]);
    expect(problemsOf(project(''))).toEqual([
      { file: ACTORS, line: 1, path: '', message: 'the file must be a YAML list of actor entries, each starting with "- id:"; the file is empty' },
    ]);
  });

  it('reports schema errors at the line of the field, or of the entry when the field is missing', () => {
    const problems = problemsOf(project(`${VALID_ACTORS}- id: grand-fenwick\n  kind: duchy\n  role: 7\n`));
    expect(problems).toEqual([
      { file: ACTORS, line: 16, path: '[3].name', message: 'actor "grand-fenwick": name is required' },
      { file: ACTORS, line: 17, path: '[3].kind', message: 'actor "grand-fenwick": kind must be one of: government, intergovernmental, body, person, commentator, media' },
      { file: ACTORS, line: 18, path: '[3].role', message: 'actor "grand-fenwick": role must be text; found number 7' },
    ]);
  });

  it('names an entry without an id by its position, and rejects a bad id', () => {
    expect(problemsOf(project(`${VALID_ACTORS}- name: Sylvania\n  kind: government\n- id: Sylvania\n  name: Sylvania\n  kind: government\n`))).toEqual([
      { file: ACTORS, line: 16, path: '[3].id', message: 'actor entry 4 (no id): id must be a lowercase id such as "united-states"' },
      { file: ACTORS, line: 18, path: '[4].id', message: 'actor "Sylvania": id must use only a-z, 0-9 and single hyphens, e.g. "united-states"' },
    ]);
  });

  it('reports a field the schema does not know', () => {
    expect(problemsOf(project(`- id: freedonia\n  name: Freedonia\n  kind: government\n  alias: [Fredville]\n`))).toEqual([
      {
        file: ACTORS,
        line: 4,
        path: '[0].alias',
        message: 'actor "freedonia": unknown field "alias"; the fields are: id, name, kind, government, body, role, aliases, demonyms. Rename or remove it.',
      },
    ]);
  });

  it('reports an empty alias with the line of the list item', () => {
    expect(problemsOf(project(`- id: freedonia\n  name: Freedonia\n  kind: government\n  aliases:\n    - Fredville\n    - ""\n`))).toEqual([
      { file: ACTORS, line: 6, path: '[0].aliases[1]', message: 'actor "freedonia": aliases[1] must not be empty; write a value or remove the field' },
    ]);
  });

  it('reports a duplicate id at its second use, pointing to the first', () => {
    expect(problemsOf(project(`${VALID_ACTORS}- id: freedonia\n  name: Freedonia again\n  kind: government\n`))).toEqual([
      { file: ACTORS, line: 16, path: '[3].id', message: 'actor "freedonia": id "freedonia" is already used by entry 1 (line 1); give each actor its own id' },
    ]);
  });

  it('reports a government that names an unknown id or an actor of the wrong kind', () => {
    const actors = `${VALID_ACTORS}- id: sylvania-office\n  name: Sylvanian office\n  kind: body\n  government: sylvania\n- id: trentino\n  name: Trentino\n  kind: person\n  government: freedonia-war-office\n`;
    expect(problemsOf(project(actors))).toEqual([
      { file: ACTORS, line: 19, path: '[3].government', message: 'actor "sylvania-office": government "sylvania" is not the id of any actor in content/actors.yaml; use one of: "freedonia"' },
      {
        file: ACTORS,
        line: 23,
        path: '[4].government',
        message: 'actor "trentino": government "freedonia-war-office" is a body, not a government; use the id of a government or intergovernmental organisation, e.g. "freedonia"',
      },
    ]);
  });

  it('reports a body of the wrong kind and a body of another government', () => {
    const actors = `${VALID_ACTORS}- id: sylvania\n  name: Sylvania\n  kind: government\n- id: sylvanian-ministry\n  name: Sylvanian ministry\n  kind: body\n  government: sylvania\n- id: trentino\n  name: Trentino\n  kind: person\n  government: freedonia\n  body: sylvanian-ministry\n- id: pinky\n  name: Pinky\n  kind: person\n  government: freedonia\n  body: rufus-firefly\n`;
    expect(problemsOf(project(actors))).toEqual([
      { file: ACTORS, line: 27, path: '[5].body', message: 'actor "trentino": body "sylvanian-ministry" belongs to government "sylvania", but this person\'s government is "freedonia"; make the two agree' },
      { file: ACTORS, line: 32, path: '[6].body', message: 'actor "pinky": body "rufus-firefly" is a person, not a body; use the id of an entry of kind body' },
    ]);
  });

  it('reports fields that do not fit the kind', () => {
    const actors = `${VALID_ACTORS}- id: lone-office\n  name: Lone office\n  kind: body\n- id: pundit\n  name: Pundit\n  kind: commentator\n  government: freedonia\n  demonyms: [Punditish]\n`;
    expect(problemsOf(project(actors))).toEqual([
      {
        file: ACTORS,
        line: 16,
        path: '[3]',
        message: 'actor "lone-office": a body must say whom it speaks for: add "government:" with the id of a government or intergovernmental organisation (use kind "commentator" for someone who speaks for none)',
      },
      { file: ACTORS, line: 22, path: '[4].government', message: 'actor "pundit": a commentator does not belong to a government; remove "government:" (only bodies and people have one)' },
      { file: ACTORS, line: 23, path: '[4].demonyms', message: 'actor "pundit": only governments and intergovernmental organisations have demonyms; move these to "aliases" or remove them' },
    ]);
  });

  it('refuses a name shared by two actors, with either apostrophe', () => {
    const actors = `${VALID_ACTORS}- id: sylvania\n  name: Sylvania\n  kind: government\n  aliases: [Firefly, Fredville’s rival]\n- id: sylvania-rival\n  name: Fredville's rival\n  kind: media\n`;
    expect(problemsOf(project(actors))).toEqual([
      {
        file: ACTORS,
        line: 19,
        path: '[3].aliases[0]',
        message: 'actor "sylvania": "Firefly" is also the alias of actor "rufus-firefly" (line 10); a name must point to one actor. Keep it on one of them and note the ambiguity in a comment.',
      },
      {
        file: ACTORS,
        line: 21,
        path: '[4].name',
        message: 'actor "sylvania-rival": "Fredville\'s rival" is also the alias of actor "sylvania" (line 16); a name must point to one actor. Keep it on one of them and note the ambiguity in a comment.',
      },
    ]);
  });

  it('reports category problems: empty units, upper case, repeats, duplicate ids', () => {
    const categories = `${VALID_CATEGORIES}- id: casualties\n  label: Casualties\n  units: []\n- id: troops\n  label: Troops again\n  units: [Soldiers, men, men]\n`;
    expect(problemsOf(project(VALID_ACTORS, categories))).toEqual([
      { file: CATEGORIES, line: 7, path: '[1].units', message: 'category "casualties": units needs at least one noun' },
      { file: CATEGORIES, line: 8, path: '[2].id', message: 'category "troops": id "troops" is already used by entry 1 (line 1); give each category its own id' },
      { file: CATEGORIES, line: 10, path: '[2].units[0]', message: 'category "troops": "Soldiers" must be lower case ("soldiers"): the extractor compares lower-cased text' },
      { file: CATEGORIES, line: 10, path: '[2].units[2]', message: 'category "troops": "men" is listed twice in units; remove one' },
    ]);
  });

  it('collects the problems of both files into one readable error', () => {
    const root = project(`- id: freedonia\n  name: Freedonia\n  kind: nation\n`, `- id: troops\n  label: Troops\n  units: [Troops]\n`);
    let error: unknown;
    try {
      loadTopic(root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toBe(
      [
        'The topic data has problems to fix before the site can be built:',
        '  content/actors.yaml:3 ([0].kind): actor "freedonia": kind must be one of: government, intergovernmental, body, person, commentator, media',
        '  content/figure-categories.yaml:3 ([0].units[0]): category "troops": "Troops" must be lower case ("troops"): the extractor compares lower-cased text',
      ].join('\n'),
    );
  });
});
