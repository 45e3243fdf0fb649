import { describe, expect, it } from 'vitest';
import type { EventCandidate, FigureCandidate, StatementCandidate } from '../../src/lib/assemble/candidate.ts';
import { cluster, type Match } from '../../src/lib/reconcile/cluster.ts';
import { compareEvents, compareFigures, compareStatements } from '../../src/lib/reconcile/index.ts';
import { eventClusterKeys, figureClusterKeys, statementClusterKeys } from '../../src/lib/reconcile/keys.ts';
import { event, figure, statement } from './fixtures.ts';
import type { ResolvedDate } from '../../src/lib/model.ts';

/** A small deterministic choice, so the candidates are the same on every run. */
function chooser(seed: number) {
  let state = seed;
  return <T>(options: readonly T[]): T => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return options[Math.floor((state / 2147483648) * options.length)] as T;
  };
}

const TEXTS = [
  'We will sort it out.', 'We will sort it out soon, the minister said.', 'sort it out', 'The boats left the harbour at night.',
  'The boats left the harbour.', 'No boats left.', 'It is.', 'Nothing of the kind happened in the harbour at night.',
];

/** Days, and vague ranges that hold one another in the same or other words, overlap, or lie apart (`compareDates`). */
const DATES: ResolvedDate[] = [
  { text: 'on Monday', start: '2024-03-04', end: '2024-03-04', precision: 'day' },
  { text: 'in March', start: '2024-03-01', end: '2024-03-31', precision: 'month' },
  { text: 'earlier this month', start: '2024-03-01', end: '2024-03-19', precision: 'range' },
  { text: 'Earlier this month', start: '2024-03-01', end: '2024-03-22', precision: 'range' },
  { text: 'this winter', start: '2023-12-01', end: '2024-02-29', precision: 'range' },
  { text: 'last year', start: '2023-01-01', end: '2023-12-31', precision: 'year' },
  { text: 'since March', start: '2024-03-01', end: null, precision: 'range' },
];

/** Clusters with keys must be the clusters without: the same representatives, members and flags. */
function expectSameClusters<T>(candidates: T[], compare: (a: T, b: T) => Match, keys: Parameters<typeof cluster<T>>[2]) {
  const plain = cluster(candidates, compare);
  const keyed = cluster(candidates, compare, keys);
  // Some candidates merge, some on a partial match, so the keys are put to the test.
  expect(plain.length).toBeLessThan(candidates.length / 2);
  expect(plain.some((group) => group.uncertain || group.members.length > 1)).toBe(true);
  expect(keyed.length).toBe(plain.length);
  keyed.forEach((group, i) => {
    expect(group.representative).toBe(plain[i]?.representative);
    expect(group.members).toEqual(plain[i]?.members);
    expect(group.uncertain).toBe(plain[i]?.uncertain);
  });
}

describe('cluster keys only skip comparisons that would find a difference', () => {
  it('for statements: speakers by actor, name or neither, dated or not', () => {
    const choose = chooser(7);
    const candidates: StatementCandidate[] = Array.from({ length: 300 }, (_, i) => {
      const candidate = statement(choose(['a', 'b', 'c', 'd']), '2024-03-04', choose(TEXTS), choose(['anna-berg', 'olaf-lind', null]), choose(['freedonia', 'sylvania', null]));
      candidate.speaker = { ...candidate.speaker, name: choose(['Anna Berg', 'ANNA BERG', 'Olaf Lind', null]), description: choose(['an official', 'An Official', 'a diplomat']) };
      candidate.date = choose([null, null, null, null, null, null, ...DATES]);
      candidate.negated = choose([false, false, false, false, false, true]);
      candidate.stance = choose([null, null, null, null, null, null, 'denies', 'confirms', 'warns']);
      candidate.origin = { ...candidate.origin, index: i };
      return candidate;
    });
    expectSameClusters(candidates, compareStatements, statementClusterKeys);
  });

  it('for statements of unnamed speakers: governments and descriptions', () => {
    const choose = chooser(5);
    const candidates: StatementCandidate[] = Array.from({ length: 300 }, (_, i) => {
      const candidate = statement(choose(['a', 'b', 'c', 'd']), '2024-03-04', choose(TEXTS), null, choose(['freedonia', 'sylvania', null, '']));
      candidate.speaker = { ...candidate.speaker, description: choose(['an official', 'An Official', 'a diplomat', 'the ministry']) };
      candidate.origin = { ...candidate.origin, index: i };
      return candidate;
    });
    expectSameClusters(candidates, compareStatements, statementClusterKeys);
  });

  it('for figures: values, qualifiers and claimants', () => {
    const choose = chooser(11);
    const candidates: FigureCandidate[] = Array.from({ length: 300 }, () => {
      const candidate = figure(choose(['a', 'b', 'c']), '2024-03-04', choose([300, 400]), choose([null, 'around', 'about', 'at least', 'up to']), choose(['coast-guard', 'navy', null]));
      candidate.government = choose(['freedonia', 'sylvania', null]);
      candidate.claimant = { ...candidate.claimant, description: choose(['the coast guard', 'The Coast Guard', 'a port official']) };
      return candidate;
    });
    expectSameClusters(candidates, compareFigures, figureClusterKeys);
  });

  it('for events: dates, expectations and parties', () => {
    const choose = chooser(13);
    const candidates: EventCandidate[] = Array.from({ length: 300 }, () => {
      const candidate = event(choose(['a', 'b', 'c']), '2024-03-04', choose(TEXTS), choose(['2024-03-04', '2024-03-05']));
      candidate.date = choose([candidate.date, candidate.date, candidate.date, candidate.date, candidate.date, ...DATES]);
      candidate.expected = choose([true, false]);
      candidate.governments = choose([['freedonia'], ['sylvania'], [], ['freedonia', 'sylvania']]);
      candidate.actors = choose([['anna-berg'], [], ['olaf-lind']]);
      return candidate;
    });
    expectSameClusters(candidates, compareEvents, eventClusterKeys);
  });
});

describe('cluster keys skip the comparisons that need no looking', () => {
  /** How many times `compare` ran while clustering `candidates` with `keys`. */
  function comparisons<T>(candidates: T[], compare: (a: T, b: T) => Match, keys: Parameters<typeof cluster<T>>[2]): number {
    let count = 0;
    cluster(candidates, (a, b) => (count++, compare(a, b)), keys);
    return count;
  }

  it.each([
    ['a negated statement and one that is not', (s: StatementCandidate) => (s.negated = true)],
    ['a denial and a statement of another stance', (s: StatementCandidate) => (s.stance = 'denies')],
    ['a confirmation and a statement of another stance', (s: StatementCandidate) => (s.stance = 'confirms')],
    ['unnamed officials of two governments', (s: StatementCandidate) => (s.government = 'sylvania')],
  ])('never compares %s', (_, change: (s: StatementCandidate) => void) => {
    const first = statement('a', '2024-03-04', 'The boats left the harbour.', null, 'freedonia');
    const second = statement('b', '2024-03-05', 'The boats left the harbour.', null, 'freedonia');
    change(second);
    expect(compareStatements(first, second)).toBe('different');
    expect(comparisons([first, second], compareStatements, statementClusterKeys)).toBe(0);
  });

  it('never compares unnamed officials described differently when one has no government', () => {
    const first = statement('a', '2024-03-04', 'The boats left the harbour.', null, 'freedonia');
    const second = statement('b', '2024-03-05', 'The boats left the harbour.', null, null);
    second.speaker = { ...second.speaker, description: 'a diplomat' };
    expect(compareStatements(first, second)).toBe('different');
    expect(comparisons([first, second], compareStatements, statementClusterKeys)).toBe(0);
    expect(comparisons([second, first], compareStatements, statementClusterKeys)).toBe(0);
  });

  it('still compares unnamed officials of one government, and one without a government of the same description', () => {
    const first = statement('a', '2024-03-04', 'The boats left the harbour.', null, 'freedonia');
    const second = statement('b', '2024-03-05', 'The boats left the harbour.', null, 'freedonia');
    const third = statement('c', '2024-03-06', 'The boats left the harbour.', null, null);
    expect(comparisons([first, second], compareStatements, statementClusterKeys)).toBe(1);
    expect(comparisons([first, third], compareStatements, statementClusterKeys)).toBe(1);
    expect(comparisons([third, first], compareStatements, statementClusterKeys)).toBe(1);
  });
});
