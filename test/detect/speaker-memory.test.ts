import { describe, expect, it } from 'vitest';
import { SpeakerMemory, type GovernmentAt, type KnownSpeaker } from '../../src/lib/detect/quotes/speaker-memory.ts';

/** A finder of a sentence's governments that counts how often it is asked. */
function counted(governments: GovernmentAt[]): { find: () => GovernmentAt[]; calls: () => number } {
  let calls = 0;
  return {
    find: () => {
      calls += 1;
      return governments;
    },
    calls: () => calls,
  };
}

describe('SpeakerMemory.noteSentence: a sentence’s governments are found only when a phrase asks for them', () => {
  it('never looks for them when nothing asks', () => {
    const memory = new SpeakerMemory();
    const sentences = [counted([{ government: 'sylvania', index: 0, place: false }]), counted([])];
    memory.noteSentence('Sylvania fired three missiles.', sentences[0]!.find);
    memory.noteSentence('The strikes went on.', sentences[1]!.find);
    expect(sentences.map((s) => s.calls())).toEqual([0, 0]);
  });

  it('finds them once however often they are asked for, and answers as before', () => {
    const cases: Array<{ text: string; governments: GovernmentAt[]; ask: (memory: SpeakerMemory) => unknown; expected: unknown }> = [
      {
        text: 'Sylvania fired three missiles, the country’s ministry said.',
        governments: [{ government: 'sylvania', index: 0, place: false }],
        ask: (memory) => memory.countryBefore('the country’s ministry'),
        expected: 'sylvania',
      },
      {
        text: 'Twenty died in Sylvania, local officials said.',
        governments: [{ government: 'sylvania', index: 15, place: true }],
        ask: (memory) => memory.placeNamedBefore('local officials'),
        expected: 'sylvania',
      },
    ];
    for (const { text, governments, ask, expected } of cases) {
      const memory = new SpeakerMemory();
      const sentence = counted(governments);
      memory.noteSentence(text, sentence.find);
      expect(ask(memory)).toEqual(expected);
      expect(ask(memory)).toEqual(expected);
      expect(memory.governmentsNamedBefore('said')).toEqual(governments.filter((g) => !g.place).map((g) => g.government));
      expect(sentence.calls()).toBe(1);
    }
  });

  it('reads an earlier sentence’s governments, found when first asked for', () => {
    const memory = new SpeakerMemory();
    const earlier = counted([{ government: 'freedonia', index: 0, place: false }]);
    memory.noteSentence('Freedonia sent troops.', earlier.find);
    memory.noteSentence('The country’s ministry confirmed it.', () => []);
    expect(earlier.calls()).toBe(0);
    expect(memory.countryBefore('The country’s ministry')).toBe('freedonia');
    expect(earlier.calls()).toBe(1);
  });
});

describe('SpeakerMemory.noteDocuments: the last document introduced, read when first asked for', () => {
  const owner: KnownSpeaker = { speaker: { name: null, description: 'the owner', actor: 'owner' }, government: null, kind: 'organisation' };
  const ministry: KnownSpeaker = { speaker: { name: null, description: 'the ministry', actor: 'ministry' }, government: 'sylvania', kind: 'organisation' };
  const at = (sentence: string, word: string, actorId: string) => ({ actorId, index: sentence.indexOf(word) });

  it('tells the last of several documents noted before it is asked, with its issuer and speaker', () => {
    const memory = new SpeakerMemory();
    const first = 'Freedonia and Sylvania issued a joint statement on Monday.';
    const second = 'The Bureau confirmed the attack in a statement.';
    const third = 'The ships left the port.';
    memory.noteDocuments(first, [at(first, 'Freedonia', 'freedonia'), at(first, 'Sylvania', 'sylvania')]);
    memory.noteDocuments(second, [at(second, 'Bureau', 'bureau')], owner);
    memory.noteDocuments(third, []);
    expect(memory.lastDocumentJoint).toBe(false);
    expect(memory.namedWithDocument()).toEqual(['bureau']);
    expect(memory.speakerWithDocument).toBe(owner);
  });

  it('keeps the document told before when the sentences since introduce none, and reads later ones after an answer', () => {
    const memory = new SpeakerMemory();
    const joint = 'Twelve nations issued a joint statement.';
    memory.noteDocuments(joint, []);
    expect(memory.lastDocumentJoint).toBe(true);
    memory.noteDocuments('The statement refers back and introduces nothing.', []);
    expect(memory.lastDocumentJoint).toBe(true);
    const own = 'A statement by the ministry followed.';
    memory.noteDocuments(own, [at(own, 'ministry', 'ministry')], ministry);
    expect(memory.lastDocumentJoint).toBe(false);
    expect(memory.namedWithDocument()).toEqual(['ministry']);
  });

  it('tells no speaker once an institution has spoken after the document, counted from when it was noted', () => {
    const memory = new SpeakerMemory();
    const sentence = 'The owner confirmed the attack in a statement.';
    memory.noteDocuments(sentence, [], owner);
    memory.remember(ministry);
    expect(memory.speakerWithDocument).toBeNull();
  });
});
