import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../../src/lib/pipeline/lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actor = (id: string, name: string): Actor => ({ id, name, kind: 'government', aliases: [], demonyms: [] }) as Actor;

describe('lexiconOf', () => {
  it('builds one lexicon per list of actors, which the stages of a thread share', () => {
    const actors = [actor('freedonia', 'Freedonia')];
    expect(lexiconOf(actors)).toBe(lexiconOf(actors));
    expect(lexiconOf(actors).findMentions('Freedonia said.').map((m) => m.actorId)).toEqual(['freedonia']);
  });

  it('builds another for another list, as for actors edited while the site runs', () => {
    const before = [actor('freedonia', 'Freedonia')];
    const edited = [actor('freedonia', 'Freedonia'), actor('sylvania', 'Sylvania')];
    expect(lexiconOf(edited)).not.toBe(lexiconOf(before));
    expect(lexiconOf(edited).findMentions('Sylvania said.').map((m) => m.actorId)).toEqual(['sylvania']);
    expect(lexiconOf(before).findMentions('Sylvania said.')).toEqual([]);
  });
});
