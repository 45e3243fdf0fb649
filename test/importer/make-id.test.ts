import { describe, expect, it } from 'vitest';
import { makeId, slugWords } from '../../src/lib/importer/make-id.ts';

describe('slugWords', () => {
  it('folds accents, closes up initialisms, drops possessives and thousands separators', () => {
    expect(slugWords('U.K. rail strike: Zürich’s 3,000 workers walk out')).toEqual([
      'uk', 'rail', 'strike', 'zurich', '3000', 'workers', 'walk', 'out',
    ]);
  });
});

describe('makeId', () => {
  it('joins the date, the outlet without generic words, and up to six significant title words', () => {
    expect(
      makeId({ published: '2023-03-04', publisher: 'Harbour Daily News Agency', wire: [], title: 'The U.K. says it will not reopen the old harbour bridge this year' }),
    ).toBe('2023-03-04-harbour-daily-uk-not-reopen-old-harbour-bridge');
  });

  it('falls back to the first wire, then to "unknown"', () => {
    expect(makeId({ published: '2023-03-04', publisher: null, wire: ['AFP', 'Reuters'], title: 'Bridge closes' })).toBe('2023-03-04-afp-bridge-closes');
    expect(makeId({ published: '2023-03-04', publisher: null, wire: [], title: 'Bridge closes' })).toBe('2023-03-04-unknown-bridge-closes');
  });

  it('stays within 80 characters by dropping title words from the end', () => {
    const id = makeId({
      published: '2023-03-04',
      publisher: 'International Broadcasting Consortium',
      wire: [],
      title: 'Extraordinarily comprehensive infrastructure rehabilitation programme postponed indefinitely again',
    });
    expect(id).toBe('2023-03-04-international-broadcasting-consortium-extraordinarily-comprehensive');
    expect(id.length).toBeLessThanOrEqual(80);
  });

  it('is stable: the same fields give the same id', () => {
    const fields = { published: '2023-03-04', publisher: 'Harbour Daily', wire: [], title: 'Bridge closes for repairs' };
    expect(makeId(fields)).toBe(makeId({ ...fields }));
  });

  it('gives only characters the slug schema accepts', () => {
    const id = makeId({ published: '2023-03-04', publisher: 'Ça Va Média', wire: [], title: '“Why?” — 50% of voters ask (again)' });
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(id).toBe('2023-03-04-ca-va-why-50-voters-ask-again');
  });
});
