import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActorSchema, type Actor } from '../../schemas/actor.ts';
import { FigureCategorySchema, type FigureCategory } from '../../schemas/figure-category.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';

/** Governments, bodies, people, commentators and outlets, relative to the project root. */
export const ACTORS_FILE = 'content/actors.yaml';
/** The kinds of numbers the briefing tracks, relative to the project root. */
export const FIGURE_CATEGORIES_FILE = 'content/figure-categories.yaml';

/** The topic knowledge the extractor works with; all of it is data, none of it is code. */
export interface Topic {
  actors: Actor[];
  figureCategories: FigureCategory[];
}

/**
 * Reads, validates and cross-checks the topic data under `root`.
 *
 * Every problem in both files is collected and thrown as one `ContentError`, each
 * naming the file, the line, the entry (position and id), the field and what to do.
 * Aliases written with a straight apostrophe ("Fredonburg's spy agency") come back with
 * their curly twin ("Fredonburg’s spy agency") added, since copy uses both.
 */
export function loadTopic(root: string = process.cwd()): Topic {
  const texts = [readText(join(root, ACTORS_FILE)), readText(join(root, FIGURE_CATEGORIES_FILE))];
  const known = lastRead.get(root);
  if (known && texts.every((text, i) => text !== null && text === known.texts[i])) return known.topic;
  const topic = readTopic(root);
  if (texts.every((text) => text !== null)) lastRead.set(root, { texts, topic });
  return topic;
}

/**
 * The last topic read under each root, with the texts of its files. The model, the anchors and
 * several pages ask for the topic; validating a large actors file again each time cost about a
 * second per build, and reading the two files to compare costs nothing, so an edit (`astro dev`)
 * is still seen at once. On `globalThis`, like the model (load-briefing.ts): the build's integration
 * and the bundled pages load this module as two copies, and the pages' copy parsed and validated
 * the files a second time (0.2 to 0.4 s of CPU time at 1,000 sources).
 */
const CACHE = Symbol.for('briefing-site.topic');
const lastRead: Map<string, { texts: (string | null)[]; topic: Topic }> = ((globalThis as { [CACHE]?: Map<string, { texts: (string | null)[]; topic: Topic }> })[CACHE] ??= new Map());

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function readTopic(root: string): Topic {
  const problems: ContentProblem[] = [];

  const actorsFile = readYamlFile(root, ACTORS_FILE);
  problems.push(...actorsFile.problems);
  const actors = actorsFile.yaml ? validateList(actorsFile.yaml, ActorSchema, 'actor', problems) : [];
  if (actorsFile.yaml) problems.push(...checkActors(actorsFile.yaml, actors));

  const categoriesFile = readYamlFile(root, FIGURE_CATEGORIES_FILE);
  problems.push(...categoriesFile.problems);
  const categories = categoriesFile.yaml ? validateList(categoriesFile.yaml, FigureCategorySchema, 'category', problems) : [];
  if (categoriesFile.yaml) problems.push(...checkCategories(categoriesFile.yaml, categories));

  if (problems.length > 0) throw new ContentError(problems, 'The topic data has problems to fix before the site can be built');
  return {
    actors: actors.map(({ value }) => ({ ...value, aliases: withApostropheVariants(value.aliases) })),
    figureCategories: categories.map(({ value }) => value),
  };
}

/** A valid entry and its position in the file's list. */
interface Entry<T> {
  index: number;
  value: T;
}

/** The parts of a zod issue we read; zod's own type is larger. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
}

interface EntrySchema<T> {
  shape: Record<string, unknown>;
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

/**
 * Validates each list entry on its own, so one bad entry does not hide the others,
 * and rejects fields the schema does not know (a typo such as `alias:` would
 * otherwise be dropped without a word).
 */
function validateList<T>(yaml: YamlFile, schema: EntrySchema<T>, noun: string, problems: ContentProblem[]): Entry<T>[] {
  if (!Array.isArray(yaml.data)) {
    const found = yaml.data === null ? 'the file is empty' : `found ${describeValue(yaml.data)}`;
    problems.push({ file: yaml.file, line: yaml.lineOf([]) ?? 1, path: '', message: `the file must be a YAML list of ${noun} entries, each starting with "- id:"; ${found}` });
    return [];
  }
  const known = Object.keys(schema.shape);
  const entries: Entry<T>[] = [];
  yaml.data.forEach((raw: unknown, index) => {
    const problem = at(yaml, index, raw, noun);
    if (!isRecord(raw)) {
      problems.push(problem([], `each entry must be a mapping of fields (id, …); found ${describeValue(raw)}`));
      return;
    }
    let valid = true;
    for (const key of Object.keys(raw).filter((name) => !known.includes(name))) {
      valid = false;
      problems.push(problem([key], `unknown field "${key}"; the fields are: ${known.join(', ')}. Rename or remove it.`));
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      valid = false;
      for (const issue of result.error.issues) problems.push(problem(issue.path, describeIssue(issue, raw)));
    }
    if (valid && result.success) entries.push({ index, value: result.data });
  });
  return entries;
}

/** Cross-entry rules for actors: unique ids, references of the right kind, aliases that point to one actor. */
function checkActors(yaml: YamlFile, actors: Entry<Actor>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const raw = Array.isArray(yaml.data) ? (yaml.data as unknown[]) : [];
  const problemAt = (entry: Entry<Actor>, path: PropertyKey[], message: string) => at(yaml, entry.index, entry.value, 'actor')(path, message);
  problems.push(...duplicateIds(yaml, actors, 'actor'));

  // Entries that failed validation already have their own problem; references to them are not reported again.
  const rawIds = new Set(raw.filter(isRecord).map((entry) => entry.id).filter((id) => typeof id === 'string'));
  const byId = new Map(actors.map((entry) => [entry.value.id, entry]));
  const speaksFor = ['government', 'intergovernmental'];

  for (const entry of actors) {
    const { kind, government, body, demonyms } = entry.value;
    const problem = (path: PropertyKey[], message: string) => problems.push(problemAt(entry, path, message));

    if ((kind === 'body' || kind === 'person') && government === undefined) {
      problem([], `a ${kind} must say whom it speaks for: add "government:" with the id of a government or intergovernmental organisation (use kind "commentator" for someone who speaks for none)`);
    }
    if (!(kind === 'body' || kind === 'person') && government !== undefined) {
      problem(['government'], `a ${kind} does not belong to a government; remove "government:" (only bodies and people have one)`);
    }
    if (kind !== 'person' && body !== undefined) {
      problem(['body'], `only people belong to a body; remove "body:" from this ${kind}`);
    }
    if (!speaksFor.includes(kind) && demonyms.length > 0) {
      problem(['demonyms'], `only governments and intergovernmental organisations have demonyms; move these to "aliases" or remove them`);
    }

    if (government !== undefined) {
      const target = byId.get(government);
      if (!target && !rawIds.has(government)) {
        problem(['government'], `government "${government}" is not the id of any actor in ${yaml.file}; use one of: ${idsOfKind(actors, speaksFor)}`);
      } else if (target && !speaksFor.includes(target.value.kind)) {
        problem(['government'], `government "${government}" is a ${target.value.kind}, not a government; use the id of a government or intergovernmental organisation, e.g. ${idsOfKind(actors, speaksFor, 3)}`);
      }
    }
    if (body !== undefined && kind === 'person') {
      const target = byId.get(body);
      if (!target && !rawIds.has(body)) {
        problem(['body'], `body "${body}" is not the id of any actor in ${yaml.file}; use the id of an entry of kind body, or add that body`);
      } else if (target && target.value.kind !== 'body') {
        problem(['body'], `body "${body}" is a ${target.value.kind}, not a body; use the id of an entry of kind body`);
      } else if (target && government !== undefined && target.value.government !== government) {
        problem(['body'], `body "${body}" belongs to government "${target.value.government ?? 'none'}", but this person's government is "${government}"; make the two agree`);
      }
    }
  }

  problems.push(...sharedNames(yaml, actors));
  return problems;
}

/**
 * Names, aliases and demonyms must each point to one actor: the matcher could not
 * choose between two. Compared after folding apostrophes, as they are matched.
 */
function sharedNames(yaml: YamlFile, actors: Entry<Actor>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, { entry: Entry<Actor>; field: string }>();
  for (const entry of actors) {
    const names: [PropertyKey[], string][] = [
      [['name'], entry.value.name],
      ...entry.value.aliases.map((alias, i): [PropertyKey[], string] => [['aliases', i], alias]),
      ...entry.value.demonyms.map((demonym, i): [PropertyKey[], string] => [['demonyms', i], demonym]),
    ];
    for (const [path, name] of names) {
      if (name.trim() !== name) {
        problems.push(at(yaml, entry.index, entry.value, 'actor')(path, `"${name}" has spaces at its start or end; remove them`));
      }
      const key = foldApostrophes(name);
      const first = owner.get(key);
      if (first && first.entry.value.id !== entry.value.id) {
        const line = yaml.lineOf([first.entry.index]);
        problems.push(at(yaml, entry.index, entry.value, 'actor')(
          path,
          `"${name}" is also the ${first.field} of actor "${first.entry.value.id}" (line ${line ?? '?'}); a name must point to one actor. Keep it on one of them and note the ambiguity in a comment.`,
        ));
      } else if (!first) {
        owner.set(key, { entry, field: FIELD_NOUN[String(path[0])] ?? String(path[0]) });
      }
    }
  }
  return problems;
}

const FIELD_NOUN: Record<string, string> = { name: 'name', aliases: 'alias', demonyms: 'demonym' };

/** Cross-entry rules for figure categories: unique ids; units and cues lower case, not blank, not repeated. */
function checkCategories(yaml: YamlFile, categories: Entry<FigureCategory>[]): ContentProblem[] {
  const problems = duplicateIds(yaml, categories, 'category');
  for (const entry of categories) {
    const problem = (path: PropertyKey[], message: string) => problems.push(at(yaml, entry.index, entry.value, 'category')(path, message));
    for (const field of ['units', 'cues'] as const) {
      const seen = new Set<string>();
      entry.value[field].forEach((word, i) => {
        if (word.trim() === '') problem([field, i], `${field}[${i}] is blank; remove it or write a word`);
        else if (word.trim() !== word) problem([field, i], `"${word}" has spaces at its start or end; remove them`);
        else if (word !== word.toLowerCase()) problem([field, i], `"${word}" must be lower case ("${word.toLowerCase()}"): the extractor compares lower-cased text`);
        if (seen.has(word)) problem([field, i], `"${word}" is listed twice in ${field}; remove one`);
        seen.add(word);
      });
    }
  }
  return problems;
}

/** Ids must be unique within a file; the second and later uses are reported. */
function duplicateIds<T extends { id: string }>(yaml: YamlFile, entries: Entry<T>[], noun: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, Entry<T>>();
  for (const entry of entries) {
    const earlier = first.get(entry.value.id);
    if (earlier) {
      const line = yaml.lineOf([earlier.index]);
      problems.push(at(yaml, entry.index, entry.value, noun)(
        ['id'],
        `id "${entry.value.id}" is already used by entry ${earlier.index + 1} (line ${line ?? '?'}); give each ${noun} its own id`,
      ));
    } else {
      first.set(entry.value.id, entry);
    }
  }
  return problems;
}

/**
 * Builds problems for one entry: the path is `[index].field…` and the message starts
 * with the entry's id (when it has one), so an editor can find it either way.
 */
function at(yaml: YamlFile, index: number, raw: unknown, noun: string) {
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  const who = id === undefined ? `${noun} entry ${index + 1} (no id)` : `${noun} "${id}"`;
  return (path: readonly PropertyKey[], message: string): ContentProblem => {
    const line = yaml.lineOf([index, ...path]);
    return { file: yaml.file, ...(line === undefined ? {} : { line }), path: formatPath([index, ...path]), message: `${who}: ${message}` };
  };
}

/** `[3].aliases[2]` */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/** Zod's default wording names no field; say which field and what to write instead. */
function describeIssue(issue: Issue, raw: Record<string, unknown>): string {
  const field = formatPath(issue.path) || 'the entry';
  if (!/^(Invalid input|Too small|Too big|Invalid)/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    const value = valueAt(raw, issue.path);
    if (value === undefined) return `${field} is required`;
    return `${field} must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : `a ${issue.expected ?? 'value'}`}; found ${describeValue(value)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return `${field} must not be empty; write a value or remove the field`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `${field} needs at least ${String(issue.minimum ?? 1)} item(s)`;
  return `${field}: ${issue.message}`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function idsOfKind(actors: Entry<Actor>[], kinds: string[], limit = Infinity): string {
  const ids = actors.filter(({ value }) => kinds.includes(value.kind)).map(({ value }) => value.id);
  const shown = ids.slice(0, limit).map((id) => `"${id}"`).join(', ');
  return ids.length > limit ? `${shown}, …` : shown || '(none yet)';
}

const CURLY = '\u2019';

function foldApostrophes(text: string): string {
  return text.replaceAll(CURLY, "'");
}

/** Each alias plus its twin with the other apostrophe, without repeats. */
function withApostropheVariants(aliases: string[]): string[] {
  const out = new Set<string>();
  for (const written of aliases) {
    // "the Joint Chiefs of Staff" also opens sentences: "The Joint Chiefs of Staff said …".
    for (const alias of written.startsWith('the ') ? [written, `The ${written.slice(4)}`] : [written]) {
      out.add(alias);
      if (alias.includes("'")) out.add(alias.replaceAll("'", CURLY));
      if (alias.includes(CURLY)) out.add(alias.replaceAll(CURLY, "'"));
    }
  }
  return [...out];
}
