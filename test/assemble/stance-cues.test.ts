import { describe, expect, it } from 'vitest';
import { CALL, CALL_CUE, EXPLANATION, EXPLANATION_CUE, IN_CONTACT, IN_CONTACT_CUE, PLEDGE, PLEDGE_CUE, THREAT, THREAT_CUE, UNDERTAKING_CUE, UNDERTAKING_UNDER_WAY } from '../../src/lib/assemble/stance.ts';
import { piecedTexts, type PiecedTextsOptions } from '../helpers/pieced-texts.ts';

/**
 * stanceOf asks each of its largest patterns only of words that hold one of the pattern's cue words.
 * These tests hold each cue to its pattern: wherever the pattern matches, the cue must too, or a
 * threat, an explanation, contact kept, a call or a promise would be lost.
 */

/** A clause for each alternative of THREAT, in its order. */
const THREATS = [
  'Freedonia will impose new sanctions', 'he’d consider imposing sanctions', 'Sylvania reserved the right to react',
  'we would not hesitate to use force', 'that is why we attack', 'we can sink them', 'this will not deter Sylvania from acting',
  'the navy would continue to block the port', 'the ships have now become legitimate targets',
  'the aggression will not go unanswered', 'such attacks will not be tolerated', 'Fredonburg will pay a heavy price', 'they will bear the full consequences',
  'they would bear full responsibility for the consequences', 'the ships are now considered targets',
  'any attack would be met with force', 'of a swift military response', 'the reply will be very painful',
  'our forces will act', 'the group would keep attacking', 'the ships will be targeted', 'all hostile targets',
  'all options remain on the table', 'Freedonia will not stand idly by', 'we will not remain silent',
  'they will face a harsh response', 'the response to this attack is inevitable', 'they will regret it',
  'i will escalate', 'to expand the attacks',
  // Alternatives again, each with one cue word only.
  'us to strike', 'of reprisals', 'of retaliation', 'to intensify operations', 'to widen strikes', 'it shall not pass unanswered', 'our naval operations will not stop', 'we will not halt the attacks',
];

/** A clause for each alternative of EXPLANATION, in its order, each of its words in one clause with no other cue word. */
const EXPLANATIONS = [
  'this only made the crews fight harder', 'that makes sense', 'we are really talking about Sylvania',
  'owing to the storm', 'based on the report', 'guided by the treaty', 'the strikes are carried out in self-defense',
  'the strikes are in self-defence', 'the strikes are in direct response to the attack', 'they are in reaction to it',
  'the raids are in retaliation to the shelling', 'that is why we act', 'our participation is to ensure calm',
  'the patrol is to protect the port', 'the aid is to provide food', 'it was only to help', 'it is to support them',
  'it is to prevent a war', 'the fleet is to deter Ruhl', 'the army is to defend Fredonburg', 'the cases are related to the war',
  'the raids were closely linked to the talks', 'this is a response to the shelling', 'it was a direct reaction to it',
  'the losses are the result of the raid', 'they were a consequence of the war', 'it is designed for Ruhl',
  'they were intended for the navy', 'the drills are meant for the navy', 'the priority of the Freedonia government is',
  'our aim is', 'the goal was', 'the purpose of the mission is', 'its objective is',
];

/** A clause for each alternative of IN_CONTACT, in its order. */
const CONTACTS = ['it was in contact with the tanker', 'Sylvania is in close touch with Ruhl', 'is coordinating with the Red Cross', 'in constant communication with all parties'];

/** A clause for each alternative of CALL, in its order, each word of the cue in one clause with no other. */
const CALLS = [
  'a crisis that demands collective action', 'a war which requires a response', 'a war that calls for attention',
  'we expect Ruhl to go', 'it is important to go', 'it is essential for Ruhl to go', 'it is vital to go', 'it is crucial to go',
  'it is necessary to go', 'it is imperative to go', 'Please bring us home', 'Ruhl should go', 'Ruhl must go', 'Ruhl needs to go',
  'Ruhl ought to go', 'Sylvania urges Ruhl', 'we are calling on Ruhl', 'Sylvania insists on it', 'Sylvania proposed to go',
  'Ruhl has to go', 'they have to go', 'the necessity of talks', 'the importance of talks', 'the urgency of talks',
  'there is a need', 'it is high time for Ruhl to go', 'we encourage Ruhl', 'we invite Ruhl', 'Let us go', 'talks are needed',
  'Ruhl requests it', 'Sylvania is pushing Fredonburg to go', 'Sylvania presses Ruhl to go', 'Sylvania wants them to go',
  'the priority now is to go',
];

/**
 * A clause for each alternative of PLEDGE and each word of its lists ("readiness", "intention", "willingness"
 * to), in its order; each word of the cue stands in a clause with no other.
 */
const PLEDGES = [
  'we are sending a team', 'we are now dispatching boats', 'I am deploying', 'we are providing food', 'we are offering aid',
  'we are giving aid', 'we are delivering aid', 'we are extending aid', 'we’ll go', 'we will go', 'we shall go', 'we are going to go',
  'Sylvania remains committed', 'Sylvania remains ready', 'Freedonia is prepared to help', 'Freedonia stands with Sylvania',
  'we support Sylvania', 'Ruhl promised to go', 'Ruhl pledged to go', 'Ruhl vowed to go', 'we spare no effort',
  'do everything possible', 'do all in our power', 'do our utmost', 'Sylvania is determined to go', 'fulfil its obligations',
  'that we reaffirm our solidarity', 'Freedonia has decided to go', 'Freedonia agreed to go', 'Freedonia has given its consent to it',
  'Freedonia has given its approval for it', 'Freedonia has given its green light to it', 'Freedonia had given its go-ahead to it',
  'Freedonia have given their blessing to it', 'its readiness to go', 'its intention to go', 'the willingness to go',
  'Ruhl has plans to go', 'the creation of a fund', 'announced the formation of a unit', 'the establishment of a fund',
];

/** A clause for each alternative of UNDERTAKING_UNDER_WAY and each of its verbs, each word of the cue in one clause with no other. */
const UNDERTAKINGS = [
  'Freedonia is working on a plan', 'we are now drafting a law', 'Sylvania is preparing an accord', 'we are drawing up a treaty',
  'the agreement is being drafted', 'a treaty is being prepared', 'the roadmap is being drawn up', 'a memorandum is being negotiated',
  'the package is being finalised', 'the bills are being finalized',
];

interface Gate {
  name: string;
  pattern: RegExp;
  cue: RegExp;
  /** A clause for each alternative of the pattern; each matches as written. */
  clauses: readonly string[];
  /** Words that only come near the clauses' words, for the generated texts. */
  near: readonly string[];
  texts: PiecedTextsOptions;
}

const GATES: Gate[] = [
  { name: 'THREAT', pattern: THREAT, cue: THREAT_CUE, clauses: THREATS, near: ['said', 'the', 'Ruhl', ',', '.', 'ſ', 'é'], texts: { seed: 3, minPieces: 2, maxPieces: 8, between: ' ' } },
  { name: 'EXPLANATION', pattern: EXPLANATION, cue: EXPLANATION_CUE, clauses: EXPLANATIONS, near: ['said', 'the', 'Anna Berg', ',', '.', ';', 'ſ'], texts: { seed: 5, minPieces: 2, maxPieces: 7, between: ' ' } },
  { name: 'IN_CONTACT', pattern: IN_CONTACT, cue: IN_CONTACT_CUE, clauses: CONTACTS, near: ['within', 'withdraw', 'WITH', 'said', 'Anna Berg', ',', '.'], texts: { seed: 7, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'CALL', pattern: CALL, cue: CALL_CUE, clauses: CALLS, near: ['said', 'the', 'Anna Berg', ',', '.', '“', 'ſ', '\n'], texts: { seed: 11, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'PLEDGE', pattern: PLEDGE, cue: PLEDGE_CUE, clauses: PLEDGES, near: ['said', 'the', 'Anna Berg', ',', '.', "'ll", '\n'], texts: { seed: 13, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'UNDERTAKING_UNDER_WAY', pattern: UNDERTAKING_UNDER_WAY, cue: UNDERTAKING_CUE, clauses: UNDERTAKINGS, near: ['said', 'the', 'Anna Berg', ',', '\n'], texts: { seed: 17, minPieces: 3, maxPieces: 9, between: 0.8 } },
];

describe.each(GATES)('$name: its cue', ({ pattern, cue, clauses, near, texts }) => {
  it('holds for a clause of each alternative, in any case, with look-alike letters and line breaks', () => {
    for (const clause of clauses) {
      expect(pattern.test(clause), clause).toBe(true);
      for (const text of [clause, clause.toUpperCase(), clause.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), clause.replace(/ /g, '\n')]) {
        if (pattern.test(text)) expect(cue.test(text), text).toBe(true);
      }
    }
  });

  it('holds wherever the pattern matches in generated texts', () => {
    // The clauses cut into words, with words that only come near them.
    const pieces = [...new Set(clauses.flatMap((clause) => clause.split(' ')))].concat(near);
    let matched = 0;
    for (const text of piecedTexts(pieces, 50000, texts)) {
      if (!pattern.test(text)) continue;
      matched++;
      expect(cue.test(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });
});
