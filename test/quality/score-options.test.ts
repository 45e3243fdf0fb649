import { describe, expect, it } from 'vitest';
import { readScoreOptions } from './corpus/score-options.ts';
import { UsageError } from '../helpers/usage-error.ts';

const CORPORA = ['seeds', 'alpha-2020'];

describe('the command line of npm run score', () => {
  it('reads the options it knows', () => {
    const options = readScoreOptions(['--verbose', '--corpus', 'alpha-2020', '--half', 'dev'], CORPORA);
    expect(options).toMatchObject({ verbose: true, corpora: ['alpha-2020'], half: 'dev', writeFloors: false, speakers: false });
    expect(readScoreOptions(['--speakers'], CORPORA).speakers).toBe(true);
    expect(readScoreOptions(['--stances'], CORPORA).stances).toBe(true);
    expect(readScoreOptions(['--figures'], CORPORA).figures).toBe(true);
    expect(readScoreOptions([], CORPORA).figures).toBe(false);
  });

  it('names an unknown option instead of failing with a stack trace', () => {
    expect(() => readScoreOptions(['--verbos'], CORPORA)).toThrow(UsageError);
    expect(() => readScoreOptions(['--verbos'], CORPORA)).toThrow(/--verbos/);
  });

  it('names a corpus that does not exist and lists those that do, rather than scoring nothing', () => {
    expect(() => readScoreOptions(['--corpus', 'beta'], CORPORA)).toThrow('--corpus beta: no such corpus. The corpora are: seeds, alpha-2020.');
  });

  it('refuses a half that is not one, and a half without the listing it filters', () => {
    expect(() => readScoreOptions(['--verbose', '--half', 'train'], CORPORA)).toThrow(/--half train: a half is one of seeds, dev, test/);
    expect(() => readScoreOptions(['--half', 'dev'], CORPORA)).toThrow(/Add --verbose/);
  });
});
