import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { leadingClause } from '../../src/lib/assemble/stance/clause.ts';
import { assessesForNoSide, speaksAsDocument, speaksAsFinding } from '../../src/lib/assemble/stance/speaker.ts';
import { negatedFrame, readReporting } from '../../src/lib/assemble/reporting.ts';

/** Reads the reporting of the first `verb` in `text`. */
const read = (text: string, verb: string) => readReporting(text, verb, text.indexOf(verb));

describe('readReporting: the verb with its negation', () => {
  it('marks a denial verb as negated', () => {
    expect(read('Freedonia and Sylvania both deny they have engaged in arms transfers.', 'deny')).toEqual({ verb: 'deny', negated: true, denial: true });
    expect(read('The ministry rejected reports that boats crossed.', 'rejected')).toEqual({ verb: 'rejected', negated: true, denial: true });
    expect(read('Berg dismissed the claim as fake.', 'dismissed').negated).toBe(true);
  });

  it('reads naming something untrue as a denial: "called the report “false”", not "called it “reckless”"', () => {
    expect(read('Marsh City called the information "false and propaganda."', 'called')).toEqual({ verb: 'called', negated: true, denial: true });
    expect(read('Ruhl described the reports as lies.', 'described').negated).toBe(true);
    expect(read('Berg called the move “reckless”.', 'called').negated).toBe(false);
  });

  it('reads a rebuttal of someone’s words as a denial: "countered Sylvania’s claims", not "countered that …" or "countered the attack"', () => {
    expect(read('The General Staff countered Sylvania’s claims, stating that fighting goes on.', 'countered')).toEqual({ verb: 'countered', negated: true, denial: true });
    expect(read('Berg countered the allegations.', 'countered')).toEqual({ verb: 'countered', negated: true, denial: true });
    expect(read('Berg countered that the strikes were lawful.', 'countered')).toEqual({ verb: 'countered', negated: false, denial: false });
    expect(read('The navy countered the attack.', 'countered')).toEqual({ verb: 'countered', negated: false, denial: false });
  });

  it('keeps an auxiliary that negates the reporting in the verb', () => {
    expect(read('The navy did not confirm the sinking.', 'confirm')).toEqual({ verb: 'did not confirm', negated: true, denial: false });
    expect(read('Officials declined to say whether boats crossed.', 'say')).toEqual({ verb: 'declined to say', negated: true, denial: false });
    expect(read('The ministry has not confirmed it.', 'confirmed').verb).toBe('has not confirmed');
    expect(read('A cautious Freedonia has yet to confirm it.', 'confirm')).toEqual({ verb: 'has yet to confirm', negated: true, denial: false });
  });

  it.each([
    ['The navy said it had sunk two boats, without specifying where.', 'specifying', 'without specifying'],
    ['Freedonia stressed it was lawful, without directly admitting the presence of its troops.', 'admitting', 'without directly admitting'],
  ])('reads a participle after ", without" as negated, "without" kept in the verb: %s', (text, verb, written) => {
    expect(read(text, verb)).toEqual({ verb: written, negated: true, denial: false });
  });

  it('leaves a verb alone when "without" does not open its clause', () => {
    expect(read('Berg left without a word and said the boats had gone.', 'said')).toEqual({ verb: 'said', negated: false, denial: false });
    expect(read('Without naming Sylvania, Berg said the boats had gone.', 'said')).toEqual({ verb: 'said', negated: false, denial: false });
  });

  it('reads a verb that withholds ("gave no details") as negated, and its stance as unconfirmed', () => {
    const reporting = read('The bureau gave no further details on the convoy.', 'gave no');
    expect(reporting).toEqual({ verb: 'gave no', negated: true, denial: false });
    expect(stanceOf(reporting, 'further details on the convoy')).toBe('unconfirmed');
  });

  it('reads "did not confirm until April that …" as confirming then, keeping the words', () => {
    expect(read('Freedonia did not officially confirm until late April that it had sent boats.', 'confirm')).toEqual({
      verb: 'did not officially confirm until late April',
      negated: false,
      denial: false,
    });
  });

  it('reads a negated denial as asserting nothing either way', () => {
    expect(read('Berg did not deny that talks were held.', 'deny')).toEqual({ verb: 'did not deny', negated: false, denial: false });
  });

  it('leaves a plain verb alone, and a negation inside the reported words to the words', () => {
    expect(read('Berg said the boats had not crossed.', 'said')).toEqual({ verb: 'said', negated: false, denial: false });
    expect(read('Not long after, Berg said talks resumed.', 'said').negated).toBe(false);
    expect(readReporting('“We will stay.”', null, null)).toEqual({ verb: null, negated: false, denial: false });
  });

  // A negation inside a relative clause that describes the subject ("residents who don't have cars")
  // belongs to that clause: the telling after it is not negated.
  it.each([
    ['Residents who don’t have cars asked for buses to the port.', 'asked'],
    ['Officials who never met him said the talks had failed.', 'said'],
    ['Families who did not leave said the shelling had stopped.', 'said'],
    ['A sailor who had neither food nor water said the boat sank.', 'said'],
    ['Sailors who saw no one on deck told reporters the ship was empty.', 'told'],
    ['Crews who have not been paid since May said they would strike.', 'said'],
  ])('leaves the verb after a negated relative clause of its subject alone: %s', (text, verb) => {
    expect(read(text, verb)).toEqual({ verb, negated: false, denial: false });
  });

  it.each([
    ['The bureau has not yet publicly said whether boats left.', 'said', 'has not yet publicly said'],
    ['The navy did not immediately confirm the sinking.', 'confirm', 'did not immediately confirm'],
    ['Ruhl has never once said the boats left.', 'said', 'never once said'],
    ['The port authority could not independently verify the report.', 'verify', 'could not independently verify'],
    ['A deployment which neither Freedonia nor Sylvania has confirmed was reported by the Courier.', 'confirmed', 'neither … confirmed'],
    ['Sailors who saw the boats said no one has confirmed the sinking.', 'confirmed', 'no one … confirmed'],
  ])('still reads the negation of the verb itself, across adverbs or from its own subject: %s', (text, verb, written) => {
    expect(read(text, verb)).toEqual({ verb: written, negated: true, denial: false });
  });
});

describe('stanceOf: verb and clause together', () => {
  const stance = (verb: string | null, words: string, negated = false, denial = false) => stanceOf({ verb, negated, denial }, words);
  /** The stance of the writer's report of what was said, where "it", "he" and "they" are the speaker. */
  const reportedStance = (verb: string, words: string) => stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true });
  /** Checks that each statement, reported with "said", takes `expected`, naming the one that does not. */
  const expectEachSaid = (statements: string[], expected: string) => {
    for (const words of statements) expect(stance('said', words), words).toBe(expected);
  };

  it('takes the stance a verb makes plain', () => {
    expect(stance('denied', 'the boats crossed', true, true)).toBe('denies');
    expect(stance('warned', 'the talks could fail')).toBe('warns');
    expect(stance('urged', 'both sides to stop')).toBe('calls-for');
    expect(stance('pleaded', 'with a visiting reporter to bring them to Fredonburg')).toBe('calls-for');
    expect(stance('implored', 'the Courier to publish their names')).toBe('calls-for');
    expect(stance('condemned', 'the attack')).toBe('condemns');
    expect(stance('acknowledged', 'the boats crossed')).toBe('confirms');
  });

  it('reads a likelihood judged and a forecast given a date as other, not as what happened', () => {
    // "it is likely that …", a probability rated, chances changed: the speaker weighs, affirms nothing.
    expect(reportedStance('says', 'it is “likely” that Sylvania still holds the northern islands')).toBe('other');
    expect(stance('said', 'it is highly unlikely that the boats will sail before spring')).toBe('other');
    expect(stance(null, 'Up until this morning we assessed that probability as being very high.')).toBe('other');
    expect(reportedStance('said', 'afterwards that the “quite constructive” meeting increased chances of a settlement')).toBe('other');
    // "is expected in July": a forecast dated, like "is expected to".
    expect(reportedStance('estimates that', 'the next sailing is expected in July to August')).toBe('other');
    // A likelihood written as an adverb of what happened is still told: "have likely been killed".
    expect(reportedStance('estimated', 'that more than 600 Sylvanian sailors have likely been killed or wounded')).toBe('confirms');
    expect(reportedStance('said', 'the crews increased their patrols near Marsh City')).toBe('confirms');
  });

  it('reads predictions, explanations, wishes and praise as other: they affirm nothing that happened', () => {
    expect(stance('said', "Freedonia's economy is expected to grow by 2 per cent")).toBe('other');
    expect(stance('told the committee', 'Sylvania is likely to send more boats in July')).toBe('other');
    expect(stance('said', 'I think they are')).toBe('other');
    expect(stance('said', 'he believes that the crews are in danger of arrest')).toBe('other');
    expect(stance('added', 'there is a high probability of further sailings')).toBe('other');
    expect(stance('said', 'this is because fuel prices have fallen')).toBe('other');
    expect(stance('said', 'their raids aim to pressure the port')).toBe('other');
    expect(stance('the statement reads', 'We wish a speedy recovery to our wounded sailors')).toBe('other');
    expect(stance('praised', 'the courage of the crews')).toBe('other');
    // A reason cited or a cause credited gives grounds; it tells no happening.
    expect(stance('cites', 'concerns for the safety of sailors and cargo, prompting the rerouting of ships')).toBe('other');
    expect(stance('crediting', 'the rescue to the discipline of the crews')).toBe('other');
    expect(stance('said', 'this is an indication that the navy is in trouble')).toBe('other');
    expect(stance('said', 'the move could indicate serious manpower problems')).toBe('other');
    expect(stance('said', 'he wants to sail home, prompting a senator to call for his release')).toBe('other');
    expect(stance('saying', 'I really want to go to Freedonia')).toBe('other');
    expect(stance('said', 'he wants the navy to leave the port')).toBe('calls-for');
    expect(stance('expressed', 'a deep desire to see his parents again')).toBe('other');
    expect(stance('said', 'the bravery, heroism and self-sacrificing spirit of the crews')).toBe('other');
    expect(stance('said', 'Our friendship has reached its peak')).toBe('other');
    expect(stance('said', 'We will always honour the crews')).toBe('pledges');
  });

  it('reads a question asked as asking nothing of anyone, and a request as a call', () => {
    expect(stance('asked', 'If I go to Freedonia, will I be able to work?')).toBe('other');
    expect(stance('asked', 'the navy to open the port')).toBe('calls-for');
    // The question may come after what the speaker tells of themselves: still a question asked.
    expect(stance('asked', 'I am planning to go to Freedonia. Do you think they will accept me?')).toBe('other');
  });

  it('reads "We strongly denounce … and urge …" as condemning: what the speaker does first', () => {
    expect(stance('said', 'We strongly denounce the actions of the regime and urge the immediate stop of any deployments')).toBe('condemns');
  });

  it('reads a verb that names what it reports by the name it gives: a falsehood denies, a crime condemns', () => {
    expect(stance('called', 'the reports lies')).toBe('denies');
    expect(stance('labelled', 'the claims fake news')).toBe('denies');
    expect(stance('called', 'the blockade a provocation')).toBe('condemns');
    expect(stance('calling', 'the partnership a symbol of shared resolve')).toBe('other');
    expect(stance('called on', 'Sylvania to withdraw')).toBe('calls-for');
    expect(stance('called', 'for calm')).toBe('calls-for');
  });

  it('reads a rebuttal of someone’s words as denying them, one with a clause of its own by its clause', () => {
    expect(stance('countered', 'Sylvania’s claims', true, true)).toBe('denies');
    expect(stance('countered', 'that the strikes were lawful')).toBe('confirms');
  });

  it('reads "assessments we need to make before we can say" as unconfirmed, not as a call', () => {
    expect(stance('said', 'Freedonia has its own assessments that we need to make before we can publicly say that boats are there')).toBe('unconfirmed');
  });

  it('reads an inquiry still under way, or a refusal to speculate, as unconfirmed', () => {
    expect(stance('said', "We'll continue to pull this thread and see what happens")).toBe('unconfirmed');
    expect(stance('said', "I don't want to preview what it might look like")).toBe('unconfirmed');
    expect(stance('said', 'the mission remains under discussion with our partners')).toBe('unconfirmed');
    expect(stance('said', "we're still reviewing that process")).toBe('unconfirmed');
  });

  it('reads a witness telling their own experience as other, a party telling its own acts as confirming', () => {
    const said = { verb: 'said', negated: false, denial: false };
    expect(stanceOf(said, 'We received basic training', { forThemselves: true, reported: false })).toBe('other');
    expect(stanceOf(said, 'We have sent 900 sailors', { forThemselves: false, reported: false })).toBe('confirms');
    expect(stanceOf(said, 'the convoy turned back', { forThemselves: true, reported: false })).toBe('confirms');
  });

  it('reads what analysts and experts of no side say happened as their assessment (other), not a confirmation', () => {
    const analysts = { forThemselves: false, reported: true, assesses: true };
    const say = { verb: 'say', negated: false, denial: false };
    expect(stanceOf(say, 'the Sylvanian crews were able to learn modern tactics at sea', analysts)).toBe('other');
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'Sylvania appears to have invited Berg to Marsh City to promote its new port', analysts)).toBe('other');
    // A government's office says the same and confirms it.
    expect(stanceOf(say, 'the Sylvanian crews were able to learn modern tactics at sea', { forThemselves: false, reported: true })).toBe('confirms');
    // A verb that says what it does still decides: analysts who warn, warn.
    expect(stanceOf({ verb: 'warned', negated: false, denial: false }, 'the strait will stay closed', analysts)).toBe('warns');
    expect(stanceOf({ verb: 'confirmed', negated: false, denial: false }, 'the boats left Marsh City', analysts)).toBe('confirms');
  });

  it('knows an analyst or an expert of no side by the description', () => {
    for (const description of ['Analysts', 'Many experts', 'intelligence experts', 'a senior analyst at the Marsh Institute', 'researchers'])
      expect(assessesForNoSide(description, null), description).toBe(true);
    expect(assessesForNoSide('Analysts', 'freedonia')).toBe(false);
    for (const description of ['the Courier Observer', 'a Sylvanian sailor', 'the ministry']) expect(assessesForNoSide(description, null), description).toBe(false);
  });

  it('reads a reported "it would …" as the speaker’s pledge, and a quoted one as said of someone else', () => {
    const said = { verb: 'said', negated: false, denial: false };
    expect(stanceOf(said, 'it would do everything in its power to protect the crews', { forThemselves: false, reported: true })).toBe('pledges');
    expect(stanceOf(said, 'the country will honour the crews with a monument', { forThemselves: false, reported: true })).toBe('pledges');
    expect(stanceOf(said, 'that his office will continue its fact-finding in Marsh City', { forThemselves: false, reported: true })).toBe('pledges');
    expect(stance('announced', 'plans to name a street in Fredonburg after the crews')).toBe('pledges');
    expect(stance('offering', 'to mediate between the two sides')).toBe('pledges');
    expect(stance('offered condolences', 'to the families of the crews')).toBe('other');
    expect(stance('offered the Courier’s assessment', 'that the boats had left')).toBe('confirms');
    expect(stance('unveiled', 'a new plan to rebuild the port')).toBe('pledges');
    expect(stance('said', 'plans to name a street after the crews were shelved')).not.toBe('pledges');
    expect(stanceOf(said, 'his country would send more boats', { forThemselves: false, reported: true })).toBe('pledges');
    expect(stanceOf(said, 'they would face dire consequences upon return', { forThemselves: false, reported: true })).toBe('warns');
    expect(stanceOf(said, 'they will attack the port again', { forThemselves: false, reported: false })).toBe('other');
    expect(stance('said', 'We request a change in routes')).toBe('calls-for');
  });

  it('reads what an announcement says will be done as undertaken, not a date set nor a hedge', () => {
    expect(stance('announced', 'The Courier will send a team to Marsh City')).toBe('pledges');
    expect(stance('announced', 'A joint naval force will be deployed off Fredonburg')).toBe('pledges');
    expect(stance('announced', 'the two ministers will meet on Thursday')).toBe('confirms');
    expect(stance('announced', 'Sylvania will not send boats')).not.toBe('pledges');
    expect(stance('announced', 'the boats had left the port and would return')).toBe('confirms');
    expect(stance('said', 'The Courier will send a team to Marsh City')).toBe('confirms');
  });

  it('still reads what a clause tells first: "has shipped …, and were likely to …" confirms', () => {
    expect(stance('said', 'Sylvania has shipped 1,500 sailors to the port and were likely to be deployed')).toBe('confirms');
  });

  it('reads a negated reporting verb as unconfirmed', () => {
    expect(stance('did not confirm', 'the sinking', true, false)).toBe('unconfirmed');
    expect(stance('said', 'it could not confirm the sinking')).toBe('unconfirmed');
  });

  it('leaves a neutral verb to the words: a call, a promise, a threat, a condemnation, or what happened', () => {
    expect(stance('said', 'Sylvania must withdraw its boats')).toBe('calls-for');
    expect(stance('said', 'we will continue to support the port')).toBe('pledges');
    expect(stance('said', 'the navy will respond with force')).toBe('threatens');
    expect(stance('said', 'the blockade was illegal')).toBe('condemns');
    expect(stance('said', 'the talks might resume')).toBe('other');
    expect(stance('according to', 'three boats crossed the line on Monday')).toBe('confirms');
  });

  it('judges the first clause: a second sentence or a "while" clause speaks of something else', () => {
    expect(leadingClause('We know that boats are in the port. We do not know what they will do')).toBe('We know that boats are in the port');
    expect(leadingClause('that boats are in the port, while Freedonia does not know why')).toBe('that boats are in the port');
    // An initial's full stop ends no sentence: "U.S. Secretary", "Washington D.C. Berg".
    expect(leadingClause('F.R. Secretary Berg spoke with the Sylvanian leader. Talks went on')).toBe('F.R. Secretary Berg spoke with the Sylvanian leader');
    expect(stance('said', 'We know that boats are in the port. We do not know what they will do')).toBe('confirms');
    expect(stance('said', 'there is evidence that boats are in the port but it remains to be seen what they would do')).toBe('confirms');
    // A question the speaker answers at once is judged by the answer; a question alone asks.
    expect(stance('said', 'Why are the boats there? We are looking into it')).toBe('unconfirmed');
    expect(stance('said', 'Why are the boats there?')).toBe('other');
  });

  it('reads a named party’s plan as told, a prediction as other', () => {
    expect(stance('reported', 'Sylvania will send 5,000 sailors to the port')).toBe('confirms');
    expect(stance('said', 'the North is planning to send thousands of sailors')).toBe('confirms');
    expect(stance('said', 'Sylvania will likely send more boats')).toBe('other');
    expect(stance('said', 'this will mean longer transit times')).toBe('other');
  });

  it('reads the first predicate for what happened, not a later "will" in the clause', () => {
    expect(stance('told', 'We believe that Sylvania has sent 300 sailors that will probably join the fleet')).toBe('confirms');
    expect(stance('said', 'the fleet will probably sail next week')).toBe('other');
  });

  it('reads a condition, inverted or not, as a warning rather than a call', () => {
    expect(stance('said', 'Should Sylvanian boats be used in the strait, the balance would change')).toBe('warns');
    expect(stance('said', 'Sylvania should withdraw')).toBe('calls-for');
  });

  it('reads a motive given as other, "will not hesitate to target" as a threat, and "Freedonia will …" in one’s own quote as a promise', () => {
    expect(stance('said', 'they are acting in solidarity with the islanders')).toBe('other');
    expect(stance('said', 'We stand in solidarity with the islanders')).not.toBe('other');
    expect(stance('say', 'their raids are a show of support for the islanders')).toBe('other');
    // A happening told with its motive stays told.
    expect(stance('found that', 'deployed 300 sailors to the strait in late 2024, in support of the Sylvanian navy')).toBe('confirms');
    expect(stance('said', 'The navy will not hesitate to target any ship that breaks the rules')).toBe('threatens');
    const said = { verb: 'said', negated: false, denial: false };
    expect(stanceOf(said, 'Freedonia will ensure free passage in the strait', { forThemselves: false, reported: false, ownSideFirst: true })).toBe('pledges');
  });

  it('reads a concession, a counterfactual past or a way of counting as no warning', () => {
    expect(stance('said', 'If they cross the river, they will be fair targets')).toBe('warns');
    // Help promised on a condition is a pledge; a third side's defence after the consequence is not.
    expect(stance('said', 'if Sylvania is attacked, Freedonia will provide military assistance')).toBe('pledges');
    expect(stance('said', 'should Sylvania face aggression, Freedonia would come to its aid')).toBe('pledges');
    // Reported with "that", and after two conditions, the consequence is still read.
    expect(stance('stressed', 'that if there is anything I can do for Sylvania, if more needs to be done, I will consider it a duty')).toBe('pledges');
    expect(stance('said', 'that if Sylvanian boats cross the line, they will be fair targets')).toBe('warns');
    expect(stance('said', 'If they cross the river, they are fair targets, and the Sylvanian navy will defend itself')).toBe('warns');
    expect(stance('said', 'If I had a rifle, maybe I would have fought')).not.toBe('warns');
    expect(stance('said', 'Even if they are prisoners, they deserve care')).not.toBe('warns');
    expect(stance('said', 'If calculated in boats, the fleet has lost a third')).not.toBe('warns');
  });

  it('reads contracted and interrupted promises, and a promise of force as a threat', () => {
    expect(stance('said', "We'll keep supporting the port")).toBe('pledges');
    expect(stance('added', 'his country will invariably support the just cause of the crews')).toBe('pledges');
    expect(stance('said', 'We are, of course, going to continue to consult our allies')).toBe('pledges');
    expect(stance('vowed in early May', 'to target any boat bound for the port')).toBe('threatens');
    expect(stance('said', 'Freedonia reserved the right to respond appropriately')).toBe('threatens');
    expect(stance('assured', 'Freedonia supports the port')).toBe('pledges');
  });

  it('reads a proposal or pressure on someone as a call, and "will take all steps" as a promise', () => {
    expect(stance('said', 'I have proposed to include Freedonia in the fund')).toBe('calls-for');
    expect(stance('said', 'Please bring us to Freedonia')).toBe('calls-for');
    expect(stance('said', 'Freedonia is pushing the Council to bolster its mission')).toBe('calls-for');
    expect(stance('said', 'it will take all possible steps to protect the crews')).toBe('pledges');
    expect(stance('said', 'the proposal was rejected in May')).toBe('confirms');
  });

  it('reads a bond reaffirmed as a promise, and a wish in a later clause as no wish of the speaker', () => {
    expect(stance('reaffirmed', 'their strong ties')).toBe('pledges');
    expect(stance('reaffirmed', 'her country’s support for Sylvania')).toBe('pledges');
    expect(stance('reaffirmed', 'that the boats had left')).toBe('confirms');
    expect(stance('emphasized', 'that Freedonia stands firmly with the crews, offering to welcome any sailor who expresses a desire to come')).toBe('pledges');
  });

  it('reads "expressed concern / support / regret" by the feeling expressed', () => {
    expect(stance('expressed', 'concern over the drills near the port')).toBe('warns');
    expect(stance('voiced', 'strong support for the crews')).toBe('pledges');
    expect(stance('expressed', 'outrage at the strike')).toBe('condemns');
    expect(stance('expressed', 'hope that talks would resume')).toBe('other');
    expect(stance('expressed', 'the view that the boats had left')).toBe('confirms');
  });

  it('reads a quoted feeling ("their “deep concern”") and one the speaker’s own words express ("We express …")', () => {
    expect(stance('expressed', 'their “deep concern” about the raids in the strait')).toBe('warns');
    expect(stance('said', 'We express deep concern over the illegal drills of Sylvania near the port')).toBe('warns');
    expect(stance('said', 'I express my gratitude to the crews')).toBe('other');
  });

  it('reads a named speaker’s act reported in the words by its verb; praise, thanks and naming reported stay told', () => {
    expect(stance('reported', 'that Berg accused the Sylvanian leaders of bias')).toBe('condemns');
    expect(stance('reported', 'that Ruhl warned the crews of mines')).toBe('warns');
    // Several named sides: "Freedonia, Sylvania and other parties rejected …".
    expect(stance('said', 'Freedonia, Sylvania and other parties rejected the demand')).toBe('denies');
    expect(stance('according to', 'Anna Berg thanked the Sylvanian crews for their help')).toBe('confirms');
    expect(stance('reported', 'that Ruhl called the talks a success')).toBe('confirms');
  });

  it('reads readiness and standing with someone as a promise, and "I would like to" as doing it now', () => {
    expect(stance('said', 'the country is willing to help if the sailors wish to come')).toBe('pledges');
    // Another's readiness is told, not promised.
    expect(stance('said', 'Sylvania has a navy that is willing to fight for the port')).toBe('confirms');
    expect(stance('said', 'No one can overcome such a navy that is absolutely loyal to its orders and is willing to give up everything')).not.toBe('pledges');
    expect(stance('said', 'Freedonia is ready and is willing to help the crews')).toBe('pledges');
    expect(stance('said', 'the sailors’ willingness to fight surprised the Courier')).toBe('confirms');
    expect(stance('said', "the sailors' willingness to fight surprised the Courier")).toBe('confirms');
    expect(stance('said', 'Freedonia stands firmly with the people of the port')).toBe('pledges');
    expect(stance('said', 'Freedonia stands at 40 boats')).toBe('confirms');
    expect(stance('said', 'the country has always supported the talks')).toBe('pledges');
    expect(stance('said', 'Sylvania has supported Freedonia by sending boats')).toBe('confirms');
    expect(stance('said', 'I would like to highlight the part the sailors played')).toBe('confirms');
    expect(stance('said', 'the sailors would come home')).toBe('other');
  });

  it('takes the stance from any word of a verb phrase: "called on"', () => {
    expect(stance('called on', 'Sylvania to withdraw')).toBe('calls-for');
  });

  it('reads "it is not …" as a denial and finds a condemnation anywhere in a quote', () => {
    expect(stance('said', 'It is not at all about confidence in the navy')).toBe('denies');
    expect(stance('said', 'This is not true')).toBe('denies');
    expect(stance('said', 'No Freedonian or allied strike occurred today')).toBe('denies');
    expect(stance('said', 'The boats sailed at dawn. It was a grave violation of the treaty')).toBe('condemns');
    expect(stance('said', 'It is abhorrent that sailors were seized')).toBe('condemns');
    expect(stance('said', 'We are especially against interference from outside the region')).toBe('condemns');
    expect(stance('said', 'The boats sailed against the wind at dawn')).toBe('confirms');
  });

  it('reads predicting and explaining as other, and a description by what it names', () => {
    expect(stance('predicted', 'the port will be busy again by May')).toBe('other');
    expect(stance('explained', 'the boats had left because of the storm')).toBe('other');
    expect(stance('described', 'the crews as brave and well trained')).toBe('other');
    expect(stance('described', 'the strike as a war crime')).toBe('condemns');
  });

  it('reads a denial withheld ("did not deny", "would neither confirm nor deny") as unconfirmed, never as a denial', () => {
    const withheld = (text: string, verb: string, words: string) => stanceOf(readReporting(text, verb, text.indexOf(verb)), words);
    expect(withheld('Sylvania did not deny that the boats left.', 'deny', 'that the boats left')).toBe('unconfirmed');
    expect(withheld('Sylvania has never rejected the report.', 'rejected', 'the report')).toBe('unconfirmed');
    expect(withheld('Ruhl would neither confirm nor deny that the boats left.', 'confirm nor deny', 'that the boats left')).toBe('unconfirmed');
  });

  it('reads a negated belief as a denial', () => {
    expect(stance('did not consider', 'big security challenge', true, false)).toBe('denies');
  });

  it('reads a claim called false as a denial: "reports of a withdrawal are inaccurate"', () => {
    expect(stance('told the Courier', 'reports of a complete withdrawal of Sylvanian boats from the port are inaccurate')).toBe('denies');
    expect(stance('said', 'the claims that Freedonia sent boats were baseless')).toBe('denies');
    // After the frame the writer gives it, and a correction of what was claimed.
    expect(stance('told', 'the Courier in an interview published on Tuesday that reports of a withdrawal of Sylvanian boats are inaccurate')).toBe('denies');
    expect(stance('clarified', 'The tanker, the Marsh Star, was not Freedonia-flagged as claimed by the navy earlier, but owned by Sylvania')).toBe('denies');
    expect(stance('said', 'contrary to reports, the boats stayed in port')).toBe('denies');
    expect(stance('said', 'the tanker was flagged in Freedonia, as claimed by the navy')).toBe('confirms');
    // A report that is no claim called false stays what it tells.
    expect(stance('said', 'reports of new arrivals were coming in from the port')).toBe('confirms');
  });

  it('reads a price to pay, targets named, a response foretold and the group’s own force as threats', () => {
    expectEachSaid([
      'Freedonia will pay a heavy price',
      'all Freedonian ships are legitimate targets',
      'every escalation will be met with escalation',
      'its forces would target any ship heading to the port',
      'the group would continue its attacks',
      'our response will be painful',
      'Freedonian interests in the region would be targeted',
      'all options are on the table',
      'we will not stand idly by',
      'the aggressors will face a strong response',
      'the enemy will regret its aggression',
      'Freedonia would pay dearly',
      'any attack would be met with force',
    ], 'threatens');
    // Warned of one's own response, not of another's.
    expect(stance('warned', 'of a strong and effective response')).toBe('threatens');
    expect(stance('warned', 'of retaliation')).toBe('threatens');
    expect(stance('warned', 'of a humanitarian response')).toBe('warns');
    expect(stance('vowed', 'to expand attacks to include Freedonian ships')).toBe('threatens');
    expect(stance('said', 'we will escalate if the strikes continue')).toBe('threatens');
    // A threat confirmed is a threat.
    expect(stance('confirmed', 'the group will continue to prevent Freedonian ships from sailing')).toBe('threatens');
    // The speaker's own sanctions foretold: "he’d consider imposing new sanctions on …".
    expect(reportedStance('signaled', 'he’d consider imposing new sanctions on Fredonburg')).toBe('threatens');
    expect(stance('said', 'Freedonia will impose further sanctions if the raids continue')).toBe('threatens');
    // Sanctions told as past are told.
    expect(stance('said', 'Freedonia imposed sanctions on Fredonburg last year')).toBe('confirms');
    // Another side's targets, or a response already given, are told.
    expect(stance('said', 'the boats were not targets')).toBe('confirms');
    expect(stance('said', 'the response was swift')).not.toBe('threatens');
    expect(stance('warned', 'ships would be targeted by the group')).toBe('warns');
  });

  it('reads "will not go unanswered" as the speaker’s threat, and "we need to wait to understand" as unconfirmed', () => {
    expect(stance('said', 'the aggression will not go unanswered and unpunished')).toBe('threatens');
    expect(stance('said', 'the strikes will not pass without a response')).toBe('threatens');
    expect(stance('said', 'We need to wait a bit to understand what happened in the port')).toBe('unconfirmed');
  });

  it('reads "a request" as a noun, not as a call; "requests that", "it is time for … to", "we encourage" and "let us" call', () => {
    expect(stance('said', 'the Palace agreed to a request from the crews to open the port')).toBe('confirms');
    expect(stance('said', 'in July Marsh City had previously turned down Fredonburg’s request for technical assistance')).toBe('confirms');
    expect(stance('said', 'Freedonia requests that the port be opened')).toBe('calls-for');
    expectEachSaid(['it is time for Freedonia to withdraw', 'we encourage all parties to show restraint', 'let us work together for peace', 'an immediate ceasefire is urgently needed'], 'calls-for');
  });

  it('reads a bond of a named side renewed as a promise: "reiterated Fredonburg’s support for …"', () => {
    expect(stance('reiterated', 'Fredonburg’s undivided support for Marsh City')).toBe('pledges');
    // A word of the bond quoted: "reaffirmed his “unconditional” support".
    expect(stance('reaffirmed', 'his "unconditional" support for the Sylvanian navy')).toBe('pledges');
    expect(stance('reaffirmed', 'their “strong” ties')).toBe('pledges');
    expect(stance('reaffirmed', 'that the boats had “left”')).toBe('confirms');
  });

  it('reads a decision, a promise or a readiness to act as a promise, and the reported "it plans to" as the speaker’s own', () => {
    expect(stance('said', 'Freedonia has decided to pause all sailings through the strait')).toBe('pledges');
    expect(stance('said', 'the Palace has promised to shelter every family from Marsh City')).toBe('pledges');
    expect(stance('expressed', 'its readiness to rebuild the port')).toBe('pledges');
    expect(stance('said', 'the will to strengthen cooperation with Sylvania in the future')).toBe('pledges');
    expect(stance('said', 'he reaffirms his commitment to every agreement reached')).toBe('pledges');
    expectEachSaid([
      'Freedonia will spare no effort to free the crews',
      'the country will do everything in its power to help',
      'the country will do its utmost to protect the sailors',
      'Freedonia is firmly determined to defend the port',
      'Freedonia will honour its commitments',
      'the unwavering support of Freedonia for the crews',
    ], 'pledges');
    // Another side's reaffirmation, reported, is told.
    expect(stance('said', 'Sylvanian officials had reaffirmed their full support for the talks')).toBe('confirms');
    expect(stance('wrote', 'the Northern Council will ensure free passage through the strait')).toBe('pledges');
    expect(reportedStance('said', 'it plans to deploy four more boats')).toBe('pledges');
    // A plan of someone the speaker only names is told, not promised.
    expect(stance('said', 'Sylvania plans to deploy four more boats')).toBe('confirms');
  });

  it('reads what will happen on a set date as told, a forecast as other', () => {
    expect(stance('said', 'talks between the two sides would be held on Thursday in Marsh City')).toBe('confirms');
    expect(stance('said', 'officials will meet next week to prepare the talks')).toBe('confirms');
    // The date may come first: "the talks on October 5 will include …".
    expect(stance('said', 'The talks on October 5 in Marsh City will include Berg and Ruhl')).toBe('confirms');
    expect(stance('said', 'The talks on October 5 will likely include Berg')).toBe('other');
    expect(stance('said', 'the talks will bring calm to the region')).toBe('other');
    expect(stance('said', 'the talks would likely be held next week')).toBe('other');
  });

  it('reads the speaker’s own force foretold as a threat, even when "warned": "will not hesitate to use force"', () => {
    expect(stance('said', 'Fredonburg would not hesitate to authorise the use of force')).toBe('threatens');
    expect(stance('warned', 'the aggression will not go unanswered')).toBe('threatens');
    expect(stance('warned', 'the crews of unspecified consequences unless they leave the strait')).toBe('threatens');
    expect(reportedStance('warned', 'they would launch strikes on the port')).toBe('threatens');
    expect(stance('vowed', 'strong retaliation for the strikes')).toBe('threatens');
    expect(stance('said', 'The boat need not be Sylvanian for us to target it')).toBe('threatens');
    expect(stance('said', 'This aggression will not deter us from our position')).toBe('threatens');
    expect(stance('said', 'the group will continue to prevent Freedonian boats from sailing the strait')).toBe('threatens');
    expect(stance('told', 'that Freedonian boats have now also become targets')).toBe('threatens');
    expect(stance('vowed', 'that the boats would be legitimate targets')).toBe('threatens');
    // A danger foretold stays a warning.
    expect(stance('warned', 'the strikes could widen the conflict')).toBe('warns');
  });

  it('reads an expectation of others and "it is important for … to" as calls, and a plan disowned as a denial', () => {
    expect(stance('added', 'Ruhl has said he would accept an observer mission, and we would expect him to abide by that')).toBe('calls-for');
    expect(stance('said', 'We expect from the Sylvanian side that they will take sincere steps')).toBe('calls-for');
    expect(stance('said', 'it is important for both ministers to meet regularly')).toBe('calls-for');
    expect(stance('said', 'Freedonia does not have plans to force the residents to leave')).toBe('denies');
    expect(stance('said', 'Freedonia is not and will never use force against civilians')).toBe('denies');
  });

  it('reads a danger told as past as described, not warned of: "posed a threat to shipping"', () => {
    expect(stance('said', 'the drones posed an imminent threat to the boats')).not.toBe('warns');
    expect(stance('said', 'the drones pose a serious threat to the boats')).toBe('warns');
  });

  it('reads a private person’s intention as a wish, a side’s as a promise', () => {
    const person = { forThemselves: true, reported: true };
    expect(stanceOf({ verb: 'expressed', negated: false, denial: false }, 'his intention to go to Freedonia', person)).toBe('other');
    expect(stance('expressed', 'its intention to rebuild the port')).toBe('pledges');
    // A government's promise a private person reports is still a promise.
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'the Freedonian government has promised to shelter every family', person)).toBe('pledges');
  });

  it('reads a judgement as other: "the talks were very constructive", "the delays are manageable"', () => {
    expect(stance('said', 'We were very constructive and optimistic')).toBe('other');
    expect(stance('said', 'these delays are manageable thus far')).toBe('other');
    expect(stance('said', 'They are not afraid of the sea')).toBe('other');
    // A contraction of the verb: "they’re", "it’s".
    expect(stance('said', 'They’re great lads, they learn quickly and take notes')).toBe('other');
    expect(stance('said', "it's very important for the crews")).toBe('other');
    // A fact stays told.
    expect(stance('said', 'the talks were held in Marsh City')).toBe('confirms');
  });

  it('reads a feeling or a judgement after a long subject, or quoted alone, as other; an adjective of a noun leaves the fact told', () => {
    expectEachSaid(
      [
        'he was “confident that the return of the crews to Marsh City will be successful”',
        'she is pleased to have Berg as her first guest in Fredonburg',
        'that the joint patrols against the raiders were “necessary” and “proportionate” to protect shipping',
        '“quite constructive”',
        'shipping repercussions from Sylvanian raider attacks in the Marsh strait are “manageable thus far” for shippers',
      ],
      'other',
    );
    expect(stance('According to', 'significant help in clearing the port came from the Sylvanian navy')).toBe('confirms');
  });

  it('reads an explanation of why or what for as other; a happening told with its purpose or cause stays told', () => {
    expectEachSaid(
      [
        'The raid was launched owing to the crew’s refusal to answer the Freedonian navy',
        'that the expectation was based on Ruhl’s visit to Fredonburg',
        'that the crews were “guided by a sense of duty”',
        'the patrol was a direct response to the attacks on the port',
        'the new boats are designed for long patrols',
        'its priority was the safety of the crew',
      ],
      'other',
    );
    expectEachSaid(
      [
        'as a result of the talks, the blockade of Marsh City was lifted',
        'twelve sailors died as a result of the strike',
        'the strikes were carried out to degrade the raiders’ capacity',
        'Sylvanian boats attacked the port in an effort to close it',
      ],
      'confirms',
    );
  });

  it('reads what something is, in the present, as a description; what is present, or was, stays told', () => {
    expectEachSaid(
      [
        'Sylvania is a critical partner to Freedonia and hosts its navy',
        'that “Freedonia is a small country with few boats”',
        'the deployment of more sailors is Fredonburg’s decision',
      ],
      'other',
    );
    expect(stance('said', 'among them is a representative of the State Bureau')).toBe('confirms');
    expect(stance('said', 'there is a Freedonian convoy in the strait')).toBe('confirms');
    expect(stance('said', 'the convoy was a decoy')).toBe('confirms');
  });

  it('reads an intent, a decision that it would act, and quoted unconditional support as promises', () => {
    expect(stance('notified', 'the Sylvanian government of its intent to receive the crews')).toBe('pledges');
    expect(stance('said', 'that during talks, Freedonia had decided that it would continue to help Marsh City')).toBe('pledges');
    expect(stance('said', 'Freedonia offers its “unconditional” support to the crews')).toBe('pledges');
  });

  it('reads a fact told as the ground for a call that follows as the call; a later sentence of fact leaves it told', () => {
    expect(stance('said', 'The window for talks has opened. This chance must not be missed')).toBe('calls-for');
    expect(stance('told', 'We believe in free passage through the strait. And that is something that needs to be protected')).toBe('calls-for');
    expect(stance('said', 'The window for talks has opened. Berg arrived in Marsh City on Monday')).toBe('confirms');
  });

  it('reads what happens as a rule as other; what happened stays told', () => {
    expect(stance('claimed', 'that Sylvanian sailors are often sent to sea without radios')).toBe('other');
    expect(stance('said', 'the convoys usually travel at night')).toBe('other');
    expect(stance('claimed', 'that Sylvanian sailors were sent to sea without radios')).toBe('confirms');
  });

  it('reads contact kept as the state of things, not a happening told', () => {
    expect(reportedStance('adding', 'it was in contact with the crew of the tanker')).toBe('other');
    expect(stance('said', 'close communication with all parties concerned')).toBe('other');
    expect(reportedStance('said', 'it was coordinating with the Red Cross for the sailors’ release')).toBe('other');
    expect(reportedStance('said', 'it contacted the crew of the tanker on Monday')).toBe('confirms');
  });

  it('reads the bond between sides described as other; ties promised stay a pledge', () => {
    expect(stance('highlighted', 'the strong fraternal ties between Marsh City and Fredonburg')).toBe('other');
    expect(reportedStance('saying', 'it had highlighted Freedonia’s increasingly close ties with Sylvania')).toBe('other');
    expect(stance('said', 'that cooperation between Marsh City and Fredonburg has significantly strengthened since the pact')).toBe('other');
    expect(stance('said', 'relations between the two countries are now reaching their historic peak')).toBe('other');
    expect(stance('emphasised', 'that the relations between the two countries have developed in all aspects since the treaty')).toBe('other');
    expect(stance('said', 'Freedonia has developed a new missile for its boats')).toBe('confirms');
    expect(stance('said', 'Freedonia will continue to strengthen its close ties with Sylvania')).toBe('pledges');
    expect(stance('said', 'Freedonia strengthened its border posts on Monday')).toBe('confirms');
  });

  it('reads a suspicion and a look forward as other, not as told', () => {
    expect(stance('suspect', 'Freedonia is receiving fuel from Sylvania')).toBe('other');
    expect(stance('said', 'I look forward to exchanging views with Ruhl in Marsh City')).toBe('other');
    expect(stance('said', 'Freedonia is receiving fuel from Sylvania')).toBe('confirms');
  });

  it('reads a concern that grounds the call after it as the call; a concern alone warns', () => {
    expect(stance('told', 'We are very worried. That is why we are calling for de-escalation')).toBe('calls-for');
    expect(stance('said', 'We continue to be concerned by Sylvania’s role in the war. Its deployment to Marsh City must end')).toBe('calls-for');
    expect(stance('said', 'We continue to be concerned by Sylvania’s role in the war. Its troops arrived in Marsh City')).toBe('warns');
  });

  it('reads a legal process told as told, though it names a crime; a crime called one still condemns', () => {
    expect(stance('said', 'criminal investigations had been initiated into crimes committed by 30 Sylvanian officers')).toBe('confirms');
    expect(stance('said', 'on suspicion of waging an aggressive war')).toBe('confirms');
    expect(stance('said', 'Sylvanian officers committed crimes against the people of Marsh City')).toBe('condemns');
  });

  it('reads a conclusion drawn or a premise stated, in the present, as other; evidence that showed something stays told', () => {
    expect(stance('emphasized', 'that such cooperation only shows Sylvania’s isolation on the world stage')).toBe('other');
    expect(stance('said', 'this applies to any crews captured in the strait')).toBe('other');
    expect(stance('added', 'We proceed from the understanding that Freedonia decides on the forms of our partnership.')).toBe('other');
    expect(stance('said', 'the footage showed Sylvanian boats in the port')).toBe('confirms');
  });

  it('reads a warning that lays blame as condemnation; a warning of danger still warns', () => {
    expect(reportedStance('warning', "that countries supporting Fredonburg's raids bear responsibility for prolonging the conflict")).toBe('condemns');
    expect(stance('warned', 'Sylvania is to blame for the closing of the port')).toBe('condemns');
    expect(stance('warned', 'the strait will stay dangerous for weeks')).toBe('warns');
    // The speaker's own consequences foretold still threaten.
    expect(stance('warned', 'Sylvania will bear responsibility for the consequences')).toBe('threatens');
  });

  it('reads a need judged and ill will disowned as other', () => {
    // "(mediation, which he said) was not needed": a judgement of need, not a happening.
    expect(reportedStance('said', 'was not needed')).toBe('other');
    expect(stance('said', 'the escort of the boats was unnecessary')).toBe('other');
    // "harbors no hostility towards …": a feeling disowned, not a fact at issue.
    expect(reportedStance('saying', 'that Freedonia harbors no hostility towards residents of Sylvanian origin')).toBe('other');
    expect(stance('said', 'We bear no ill will towards the people of Marsh City')).toBe('other');
    // A need stated in the present still calls for it.
    expect(stance('said', 'more boats are needed in the strait')).toBe('calls-for');
  });

  it('reads a consequence drawn from what came before, and the topic named, as other', () => {
    // "this made the crews fight harder": why, drawn from the fact before; the fact is told elsewhere.
    expect(reportedStance('noting', 'this made Sylvanian crews fight harder')).toBe('other');
    // "We are talking about supporting …": the speaker names the topic, not a happening.
    expect(stance('saying', 'only, “We are talking about supporting Sylvania’s defence capabilities. We cannot comment further.”')).toBe('other');
    // A subject that acts stays told.
    expect(stance('said', 'it made a rare visit to the port of Marsh City')).toBe('confirms');
    expect(stance('said', 'we were talking with the crews of the Sylvanian boats on Tuesday')).toBe('confirms');
  });

  it('reads offences counted as told; an offence named alone, or a condemnation beside the count, still condemns', () => {
    expect(stance('said', 'the 23rd illegal attack by the raiders on shipping since Nov. 19.')).toBe('confirms');
    expect(stance('said', 'numerous acts of violation of the cease-fire by the Sylvanian side along the line of contact.')).toBe('confirms');
    // Two words for the offence, joined: "25 “illegal and unacceptable” attacks since November 16".
    expect(stance('said', 'the raiders had launched 25 “illegal and unacceptable” attacks since November 16')).toBe('confirms');
    expect(stance('said', 'the illegal attack by the raiders on shipping')).toBe('condemns');
    expect(stance('said', 'the 23rd illegal attack by the raiders. It is unacceptable')).toBe('condemns');
  });

  it('reads "illegal armed groups" as a label for a side’s units, not a condemnation; an illegal act still condemns', () => {
    expect(stance('added', 'illegal formations')).not.toBe('condemns');
    expect(stance('said', 'illegal armed groups near Marsh City')).not.toBe('condemns');
    expect(stance('said', 'illegal armed groups shelled Marsh City, a flagrant breach of the ceasefire')).toBe('condemns');
  });

  it('reads the priority or aim of a named act as an explanation', () => {
    expect(stance('said', 'the priority of the decree was ensuring the safety of the people of Marsh City')).toBe('other');
    expect(stance('said', 'the aim of the new convoy rules is to protect the crews')).toBe('other');
    // The priority set for now is a call: what must be done next.
    expect(stance('said', 'The priority now is to end the fighting in Marsh City to avoid further escalation')).toBe('calls-for');
    expect(stance('said', 'the decree of Ruhl was published on Monday')).toBe('confirms');
  });

  it('reads a plan the speaker’s side shares with another, named first, as a promise', () => {
    const said = { verb: 'according to', negated: false, denial: false };
    const ownSide = { forThemselves: false, reported: true, ownSideFirst: true };
    expect(stanceOf(said, 'Marsh City and Fredonburg also plan to build memorials for the crews', ownSide)).toBe('pledges');
    expect(stanceOf(said, 'Marsh City and the Sylvanian Navy will hold joint drills', ownSide)).toBe('pledges');
    expect(stanceOf(said, 'Marsh City and Fredonburg also plan to build memorials for the crews', { ...ownSide, ownSideFirst: false })).not.toBe('pledges');
    // Closer ties the speaker's own side will have are promised; a past foretold or a hardship is not.
    expect(stanceOf({ verb: 'reasserted', negated: false, denial: false }, 'that Fredonburg will have stronger cooperation with Marsh City', ownSide)).toBe('pledges');
    expect(stanceOf(said, 'Fredonburg will have closer ties with Marsh City', { ...ownSide, ownSideFirst: false })).not.toBe('pledges');
    expect(stanceOf(said, 'Fredonburg will have sent 500 sailors by May', ownSide)).not.toBe('pledges');
    expect(stanceOf(said, 'Fredonburg will have a hard time', ownSide)).not.toBe('pledges');
    // What the speaker's side will do on a set date is told, as an announcement's date set is.
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'President Berg will meet the islanders in Marsh City on Thursday to discuss the port', ownSide)).toBe('confirms');
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'President Berg will meet the islanders in Marsh City to discuss the port', ownSide)).toBe('pledges');
  });

  it('reads the speaker’s own attacks said not to stop as a threat; another’s force that will not stop them is no threat', () => {
    expect(stance('said', 'Even if Sylvania mobilises the entire world, our military operations will not stop')).toBe('threatens');
    expect(stance('said', 'they would not halt attacks on shipping in the Marsh strait')).toBe('threatens');
    expect(stance('said', 'the Sylvanian strikes will not stop the attacks on Marsh City')).not.toBe('threatens');
    // A condemning word inside a threat, and a warning of what the speaker's side will make them bear.
    expect(stance('warned', 'that Sylvania would bear the consequences of its aggression')).toBe('threatens');
    expect(stance('said', 'The crimes against the crews of Marsh City will not be left unpunished')).toBe('threatens');
  });

  it('reads a promise made before a call as a promise; a call made first stays a call', () => {
    expect(stance('said', 'We will continue to support Sylvania, and every partner should do the same')).toBe('pledges');
    expect(stance('said', 'Every partner should support Sylvania, as we will continue to do')).toBe('calls-for');
  });

  it('reads a concern named as the speaker’s own as a warning; "the parties concerned" flags none', () => {
    expect(stance('said', 'Part of our concern is that winter is coming to Marsh City')).toBe('warns');
    expect(stance('said', 'The main concern is the fuel left in Fredonburg')).toBe('warns');
    expect(stance('said', 'Freedonia has met all parties concerned')).toBe('confirms');
  });

  it('reads "war risk insurance" as a kind of cover, no danger flagged; a risk named, an idiom of danger or a concern still warns', () => {
    expect(stance('say', 'war risk insurance premiums for shipments through the Marsh strait are also rising')).toBe('confirms');
    expect(stance('say', 'the risk for shipments through the Marsh strait is rising')).toBe('warns');
    // An idiom of danger, and a matter followed with concern.
    expect(stance('said', 'playing with fire')).toBe('warns');
    expect(stance('said', 'Freedonia is following with great concern the raids taking place in the Marsh strait')).toBe('warns');
  });

  it('reads "there has been no …" as a denial; "there were no …" stays told', () => {
    expect(stance('said', 'that there has been no disruption in the shipment of fuel to Marsh City')).toBe('denies');
    expect(stance('said', 'there have been no strikes on Fredonburg since Monday')).toBe('denies');
    expect(stance('said', 'there were no injuries among the crew')).not.toBe('denies');
  });

  it('reads a danger said to be absent as denied, not warned of', () => {
    expect(stance('said', 'The threat of encirclement of our units is absent. The claims of a defeat are nothing more than noise')).toBe('denies');
    expect(stance('said', 'there is no threat to ships passing the Marsh strait')).toBe('denies');
    expect(stance('said', 'the threat to ships passing the Marsh strait is growing')).toBe('warns');
  });

  it('reads worry as a warning, an agreement to act as a promise, and insults, cynicism and blame as condemnation', () => {
    expect(stance('said', 'they were worried the strikes might delay the talks')).toBe('warns');
    expect(stance('said', 'Marsh City agreed to send 500 engineers')).toBe('pledges');
    expect(stance('said', 'Marsh City agreed to a ceasefire')).toBe('confirms');
    // Reported of the speaker themselves ("they had agreed …"), likewise: to act promises, to a truce tells.
    expect(reportedStance('said', 'they had agreed to a ceasefire brokered by the Sylvanian mission in the region')).toBe('confirms');
    expect(reportedStance('said', 'they had agreed to send 500 engineers to Marsh City')).toBe('pledges');
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'Marsh City and Fredonburg have agreed to the terms of a ceasefire', { forThemselves: false, reported: true, ownSideFirst: true })).toBe('confirms');
    expect(stance('said', 'Freedonia has a comprehensive plan to house the families')).toBe('pledges');
    expect(stance('announced', 'the creation of a naval mission to protect the boats')).toBe('pledges');
    expect(stance('said', 'I am announcing the establishment of Operation Harbour Watch')).toBe('pledges');
    // The speaker's own help under way: "We are sending a team to Marsh City with the aim of …".
    expect(stance('added', 'We are sending a high-level team to Marsh City with the aim of “providing necessary assistance to our sailors,”')).toBe('pledges');
    expect(stance('said', 'we are now providing shelter to the families from the port')).toBe('pledges');
    // Another's sending is told.
    expect(stance('said', 'they are sending more boats to the strait')).toBe('confirms');
    // A launch announced has happened.
    expect(stance('announced', 'the launch of patrols in the strait')).toBe('confirms');
    expect(stance('said', 'an insult and humiliation')).toBe('condemns');
    expect(stance('said', 'an act of piracy and a flagrant breach of the law of the sea')).toBe('condemns');
    // A hard fight described is no condemnation.
    expect(stance('said', 'the crews withdrew for rest after a brutal introduction to the fighting')).toBe('confirms');
    expect(stance('said', 'Asking such a question is cynicism in itself')).toBe('condemns');
    expect(stance('said', 'the strikes on the port cannot be accepted')).toBe('condemns');
    expect(stance('told', 'Countries that have prolonged the war bear responsibility')).toBe('condemns');
    expect(stance('blamed', 'Freedonia for the attack')).toBe('condemns');
  });

  it('reads no concern in "the parties concerned" or in de-escalating, and "wanted the tensions … to ease" as a call', () => {
    expect(stance('said', 'Freedonia has met all parties concerned')).toBe('confirms');
    expect(stance('said', 'Freedonia is making efforts to de-escalate')).toBe('confirms');
    expect(stance('said', 'Freedonia wanted tensions in the strait to be eased')).toBe('calls-for');
  });

  it('reads a danger the speaker’s side acts against as part of its promise, not a warning', () => {
    const own = (words: string) => stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true });
    expect(own('it would support Sylvania against any threat')).toBe('pledges');
    expect(own('he would continue to support Sylvania’s cause against the serious threats')).toBe('pledges');
    expect(own('it would take all necessary measures to counter the threat')).toBe('pledges');
    expect(own('it would strengthen its defences to cope with the dangerous situation')).toBe('pledges');
    expect(own('it would build shelters in the face of the growing threat')).toBe('pledges');
    // A danger foretold to the speaker's side is still a warning.
    expect(own('they would face dire consequences upon return')).toBe('warns');
  });

  it('reads support promised on a condition as a promise, force on a condition not', () => {
    expect(stance('said', 'If Sylvania faces a threat, we will stand by it')).toBe('pledges');
    expect(stance('said', 'If Sylvania asks, we will continue to support it')).toBe('pledges');
    expect(stance('said', 'If the boats cross, we will strike them')).not.toBe('pledges');
  });

  it('reads what someone was told or led to believe as not affirmed', () => {
    expect(stance('added', 'that he was told he had fought against Sylvanian troops')).toBe('other');
    expect(stance('said', 'that his superiors made him think he was fighting Sylvanian soldiers')).toBe('other');
    expect(stance('revealed', 'he was initially misled into believing he would be fighting Sylvanian soldiers')).toBe('other');
    // What he told others is his own account.
    expect(stance('said', 'he told the crew that the boats had crossed')).toBe('confirms');
  });

  it('reads a witness’s account of themselves, reported, as described like their own words; a side’s account confirms', () => {
    const said = { verb: 'said', negated: false, denial: false };
    const witness = { forThemselves: true, reported: true };
    expect(stanceOf(said, 'We trained for three months near Marsh City', { forThemselves: true, reported: false })).toBe('other');
    expect(stanceOf(said, 'their unit was under the Sylvanian navy rather than the marines', witness)).toBe('other');
    expect(stanceOf(said, 'he had trained for three months near Marsh City', witness)).toBe('other');
    // What the witness tells of others, and what a side tells of its own, confirm.
    expect(stanceOf(said, 'the boats crossed the strait at night', witness)).toBe('confirms');
    expect(stanceOf(said, 'their unit was under the Sylvanian navy', { forThemselves: false, reported: true })).toBe('confirms');
  });

  it('reads an action explained by what it answers or is for as other; a past cause told stays told', () => {
    expect(stance('said', 'The strikes are in response to attacks carried out by the Ruhl militia')).toBe('other');
    expect(stance('said', 'The safety of the boats is paramount and that is why we are taking action.')).toBe('other');
    expect(stance('stated', 'our participation in the mission is to ensure security in the strait and not to fight')).toBe('other');
    expect(stance('said', 'the release of the crews was in response to a request from Freedonia')).toBe('confirms');
    expect(stance('said', 'the strikes are ‘limited, necessary and a proportionate action in self-defence’')).toBe('other');
    expect(stance('said', 'the navy has had to respond in self-defence to missile attacks')).toBe('confirms');
  });

  it('reads what can be done as other; "we can confirm" affirms', () => {
    expect(stance('noted', 'The strait’s issues can be resolved through regional talks')).toBe('other');
    expect(stance('said', 'we can confirm that the boats crossed')).toBe('confirms');
    // A possessive is no "is": the clause's first predicate still looks ahead.
    expect(stance('said', 'Freedonia’s navy will patrol the strait')).toBe('other');
  });

  it('reads a commitment named, declared steadfast or bound by a treaty as a promise', () => {
    expect(stance('stressed', 'Freedonia’s firm commitment to the defence of Sylvania')).toBe('pledges');
    expect(stance('said', 'Freedonia’s support for Sylvania remains unwavering')).toBe('pledges');
    expect(stance('said', 'Freedonia is committed to supporting Sylvania')).toBe('pledges');
    expect(stance('said', 'the treaty obliges both sides to provide immediate military assistance')).toBe('pledges');
    // A duty of someone else, in the past, is told.
    expect(stance('said', 'the crews had been ordered to return to port')).toBe('confirms');
  });

  it('reads more forms of the speaker’s force foretold as threats', () => {
    expect(stance('said', 'The Ruhl militia will bear the responsibility of the consequences should they continue to threaten lives')).toBe('threatens');
    expect(stance('said', 'Sylvania will bear full responsibility for the consequences of this criminal aggression')).toBe('threatens');
    expect(stance('said', 'the aggressors will receive a crushing response')).toBe('threatens');
    expect(stance('said', 'the Freedonian navy will continue to degrade the militia’s capabilities')).toBe('threatens');
    expect(stance('said', 'the enemy will pay for this crime')).toBe('threatens');
    expect(stance('said', 'Sylvania’s aggression will be answered')).toBe('threatens');
    expect(stance('said', 'we will not hesitate to take further action')).toBe('threatens');
    // Responsibility borne now is blame, not a threat.
    expect(stance('said', 'Countries that prolonged the war bear responsibility for the consequences')).toBe('condemns');
  });

  it('reads "has to", "the need for", "the importance of", "calling on", "insists on" and "it is time that" as calls', () => {
    expect(stance('said', 'the international community has to act now')).toBe('calls-for');
    expect(stance('stressed', 'the need for a peaceful settlement')).toBe('calls-for');
    expect(stance('said', 'there is an urgent need for an international mission')).toBe('calls-for');
    expect(stance('stressed', 'the importance of dialogue')).toBe('calls-for');
    expect(reportedStance('told', 'Berg spoke with the Sylvanian leader today to underscore "the urgency of no further raids, that there be free passage for the boats"')).toBe('calls-for');
    expect(stance('said', 'we are calling on Sylvania to stop')).toBe('calls-for');
    expect(stance('said', 'Freedonia insists on the immediate release of the crews')).toBe('calls-for');
    expect(stance('said', 'it is high time that Sylvania stopped the attacks')).toBe('calls-for');
    // What had to be done is told.
    expect(stance('said', 'the boats had to turn back')).toBe('confirms');
  });

  it('reads ethnic cleansing, genocide, a breach, a massacre, a farce, interference and blame as condemnation', () => {
    expect(stance('called', 'the offensive ethnic cleansing')).toBe('condemns');
    expect(stance('said', 'Sylvania is committing genocide')).toBe('condemns');
    expect(stance('said', 'Sylvania’s actions are a gross breach of international law')).toBe('condemns');
    expect(stance('said', 'Sylvania had carried out a massacre')).toBe('condemns');
    expect(stance('said', 'the so-called referendum is a farce')).toBe('condemns');
    expect(stance('said', 'the statement was a gross interference in internal affairs')).toBe('condemns');
    expect(stance('said', 'Sylvania is to blame for the deaths')).toBe('condemns');
    // A cleansing of mines is no condemnation.
    expect(stance('said', 'the sappers finished cleaning the fields of mines')).toBe('confirms');
  });

  it('reads frustration expressed and support refused as condemnation; support given is no condemnation', () => {
    expect(stance('expressing', 'growing frustration with the Sylvanian leader after the largest drone barrage')).toBe('condemns');
    expect(stance('told', 'It’s an issue of concern. We do not support the deployment')).toBe('condemns');
    expect(stance('said', 'we oppose any deployment of boats to the strait')).toBe('condemns');
    expect(stance('said', 'we support the talks')).toBe('pledges');
  });

  it('reads a side that has always opposed, or an act said to discredit, as condemnation', () => {
    expect(stance('pointed out', 'that Fredonburg has invariably opposed "any act of disturbing peace and security in the strait."')).toBe('condemns');
    expect(stance('saying', 'that it was “discrediting the Courier as an institution.”')).toBe('condemns');
    // Forces opposed to the government are named, not condemned.
    expect(stance('said', 'forces opposed to the government crossed the river near Marsh City')).toBe('confirms');
  });

  it('reads the month May as a date, not as the modal "may"', () => {
    expect(stance('said', 'Berg made a rare visit to the embassy on Friday (May 9) to mark the holiday')).toBe('confirms');
    expect(stance('said', 'the boats crossed in May')).toBe('confirms');
    expect(stance('said', 'the boats may cross')).toBe('other');
  });

  it('reads "plans" as looking ahead only as a verb: "approved operational plans" is told', () => {
    expect(stance('said', 'Berg approved operational plans for the crossing and issued orders to the crews')).toBe('confirms');
    expect(stance('said', 'the crews plan to cross')).toBe('other');
  });

  it('reads a phrase the writer quotes as part of its clause', () => {
    expect(stance('said', 'the joint action was a “direct response” to the attacks of the Ruhl militia')).toBe('other');
    expect(stance('said', 'Sylvania’s aggression “will not go unanswered”')).toBe('threatens');
    expect(stance('said', 'the strikes on the port ‘will not go unpunished’')).toBe('threatens');
    // An apostrophe is no quotation mark.
    expect(stance('said', 'the soldiers’ boats crossed the strait')).toBe('confirms');
  });

  it('reads what will go on or stay as a forecast, and support that will go on as a promise', () => {
    expect(stance('said', 'shipping costs will continue to rise')).toBe('other');
    expect(stance('said', 'the border will remain closed')).toBe('other');
    expect(stance('said', 'the separatist leaders will stand trial in Fredonburg')).toBe('other');
    expect(stance('said', 'Freedonia will continue to support Sylvania')).toBe('pledges');
    expect(stance('said', 'Freedonia will never forget the heroes')).toBe('pledges');
    expect(stance('said', 'Sylvania will always stand with Freedonia')).toBe('pledges');
    expect(stance('said', 'Freedonia will remain a reliable partner')).toBe('pledges');
  });

  it('reads a promise told in the passive as a promise: "their rights will be guaranteed"', () => {
    expect(stance('said', 'Their rights will be guaranteed by the Freedonian state.')).toBe('pledges');
    expect(stance('stressed', 'that a thorough investigation would be conducted into the deaths of the crews')).toBe('pledges');
    expect(stance('said', 'the most thorough investigation will be carried out and all those responsible will be duly punished')).toBe('pledges');
    expect(stance('added', 'that a monument will soon be erected in Marsh City to commemorate the crews')).toBe('pledges');
    expect(stance('announced', 'that a memorial to the crews would soon be built in the capital')).toBe('pledges');
    // An honour promised is still a promise, though its words praise; an honour hoped for is not, and an
    // honour paid is a happening told.
    expectEachSaid([
      'Soon, a monument will be erected in Marsh City in honour of the heroic crews',
      'that a memorial would be built in the capital to honour the sailors who fought at sea',
      'Monuments to the brave sailors who performed feats at sea will be built',
    ], 'pledges');
    expectEachSaid(['their bravery will be remembered by the nation'], 'other');
    expectEachSaid(['the heroes were honoured at a ceremony in the capital'], 'confirms');
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'a monument to the brave crews will be built', { forThemselves: true, reported: false })).not.toBe('pledges');
    // What a witness expects to be done for them promises nothing; nor does what was done.
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'the houses will be rebuilt', { forThemselves: true, reported: true })).not.toBe('pledges');
    expect(stance('said', 'the houses were rebuilt last year')).toBe('confirms');
  });
});

describe('stanceOf: a speech act named by its noun', () => {
  it('reads the noun that says what the act does: a warning warns, a promise pledges; an assessment leaves it to the words', () => {
    const act = (verb: string, words: string) => stanceOf({ verb, negated: false, denial: false }, words);
    expect(act('gave a warning', 'that the port would close')).toBe('warns');
    expect(act('made a promise', 'that the crews would be paid')).toBe('pledges');
    expect(act('offered the Bureau’s assessment', 'that Freedonia moved the sailors by ship')).toBe('confirms');
  });
});

describe('stanceOf: the action a thing demands', () => {
  it('reads "a challenge that demands collective action" as a call, not a description', () => {
    const said = { verb: 'said', negated: false, denial: false };
    expect(stanceOf(said, 'This is a regional challenge that demands collective action.')).toBe('calls-for');
    expect(stanceOf(said, 'The flooding in Marsh City requires an urgent response')).toBe('confirms');
  });
});

describe('stanceOf: a thing described as wanting', () => {
  it('reads "described it as “unsustainable”" as a condemnation; the same word said without a naming verb is left to the other rules', () => {
    const act = (verb: string, words: string) => stanceOf({ verb, negated: false, denial: false }, words);
    expect(act('described', 'unsustainable')).toBe('condemns');
    expect(act('describing', '“insufficient”')).toBe('condemns');
    expect(act('said', 'the lack of attention may translate into inadequate funding')).not.toBe('condemns');
  });
});

describe('stanceOf: what the speaker understands to be so', () => {
  it('reads "My understanding is that …" as the speaker\'s understanding, not a confirmation', () => {
    const said = { verb: 'said', negated: false, denial: false };
    expect(stanceOf(said, 'My understanding is that the ferry itself was targeted')).toBe('other');
    expect(stanceOf(said, 'As I understand it, the ferry was hit twice')).toBe('other');
    expect(stanceOf(said, 'The ferry was hit twice')).toBe('confirms');
  });
});

describe('stanceOf: danger laid at someone\'s door', () => {
  it('reads "have put innocent lives at risk" as a condemnation, not a warning', () => {
    const said = { verb: 'said', negated: false, denial: false };
    expect(stanceOf(said, 'The raiders’ attacks on shipping have put innocent lives at risk.')).toBe('condemns');
    expect(stanceOf(said, 'the strikes are endangering the lives of the crews')).toBe('condemns');
    expect(stanceOf(said, 'the crews are at risk')).toBe('warns');
  });
});

describe('stanceOf: action hinted at', () => {
  it('reads action only hinted at as a veiled threat; a hint of anything else is left to the words', () => {
    const hinted = (verb: string, words: string) => stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true });
    expect(hinted('hinted at', 'retaliatory action against the Sylvanian raiders')).toBe('threatens');
    expect(hinted('hinted', 'further action would be taken against the attacks')).toBe('threatens');
    expect(hinted('hinted as', 'possible action by Freedonia and its partners')).toBe('threatens');
    expect(hinted('hinted', 'that talks could resume soon')).toBe('other');
  });
});

describe('stanceOf: a phrase quoted with no verb of its own', () => {
  it('reads a quoted noun phrase, adjective or phrase as other; a quoted clause, an amount or a telling verb still confirms', () => {
    const quoted = (verb: string | null, words: string) => stanceOf({ verb, negated: false, denial: false }, words);
    expect(quoted('said', 'limited')).toBe('other');
    expect(quoted('said', 'a tiny patch, practically nothing. Just some border zones.')).toBe('other');
    expect(quoted(null, 'the impact of Freedonia’s recent military actions on the people of Marsh City.')).toBe('other');
    expect(quoted(null, 'not along the border with Sylvania')).toBe('other');
    expect(quoted(null, 'the remaining Sylvanian service members')).toBe('other');
    // A relative clause quoted alone describes what the writer names.
    expect(quoted(null, 'which have been the scene of conflicts and confrontation last year.')).toBe('other');
    expect(quoted('said', 'who will certainly help this')).toBe('pledges');
    // A clause, however short, tells: a verb in "-s" before its object, a past, a participle that leads.
    expect(quoted('said', 'the area contains mines hidden in everyday objects')).toBe('confirms');
    expect(quoted(null, 'approved operational plans for the liberation of Marsh City')).toBe('confirms');
    expect(quoted('said', 'they fought heroically')).toBe('confirms');
    // A plural subject before a verb with no "-s" still makes a clause; so does a contraction.
    expect(quoted('said', 'the crews leave at dawn')).toBe('confirms');
    // ("it’s a shame" judges, as "it is a shame" does: test/assemble/stance-contracted-description.test.ts.)
    expect(quoted('said', 'it’s over')).not.toBe('other');
    expect(quoted(null, 'Destroying multiple attack drones with her guns.')).toBe('confirms');
    // An amount quoted still claims it; a verb that tells ("announced") tells what it names.
    expect(quoted(null, 'tens of millions of dollars')).toBe('confirms');
    expect(quoted('announced', 'the closure of the airspace over Marsh City')).toBe('confirms');
  });
});

describe('negatedFrame: quoted words inside a negated clause', () => {
  const frame = (text: string) => negatedFrame(text, text.indexOf('“'));

  it('finds the negated predicate before the quote, from its auxiliary to its verb', () => {
    expect(frame('Berg said some units would fight on, although she did not consider them to be a “serious threat.”')).toBe('did not consider');
    expect(frame('Ruhl has never called the boats a “fleet.”')).toBe('has never called');
  });

  it('ignores a negation in an earlier clause and quotes outside any negation', () => {
    expect(frame('The boats did not sail, but Berg called it a “victory.”')).toBeNull();
    expect(frame('Berg called the crossing a “provocation.”')).toBeNull();
  });
  it.each([
    ['Berg said the government would not hesitate to take “direct action” against the rebels.'],
    ['Ruhl said Sylvania will never fail to honour its “commitments” to the port.'],
    ['The rebels said they would not cease their “operations” at sea.'],
    ['Berg said the navy did not shy away from “hard choices”.'],
  ])('finds no frame in a verb of holding back negated, which affirms what follows: %s', (text) => {
    expect(frame(text)).toBeNull();
  });

  it.each([
    ['Berg said the government would not take “direct action” against the rebels.', 'would not take'],
    ['Ruhl said Sylvania did not accept the “ultimatum”.', 'did not accept'],
    ['The rebels said they would not stop their “operations” at sea.', 'would not stop'],
  ])('still frames a negated verb of doing: %s', (text, expected) => {
    expect(frame(text)).toBe(expected);
  });
});

describe('readReporting: a subject that negates the verb', () => {
  it('reads "Neither X nor Y have confirmed" as negated', () => {
    const text = 'Neither Freedonia nor Sylvania have confirmed the presence of boats.';
    expect(read(text, 'confirmed')).toEqual({ verb: 'neither … confirmed', negated: true, denial: false });
  });

  it.each([
    ['Freedonia has neither confirmed nor denied the deployment.', 'confirmed nor denied', 'has neither confirmed nor denied'],
    ['Berg neither confirmed nor denied that the boats left.', 'confirmed nor denied', 'neither confirmed nor denied'],
    ['Freedonia and Sylvania have neither confirmed nor denied it.', 'confirmed nor denied', 'have neither confirmed nor denied'],
    ['Sylvania hadn’t confirmed or denied its boat movements.', 'confirmed or denied', 'hadn’t confirmed or denied'],
  ])('reads "neither" right before its verb as the verb’s own negation, a withheld position: %s', (text, verb, written) => {
    expect(read(text, verb)).toEqual({ verb: written, negated: true, denial: false });
  });

  it('reads a negating subject of long names and an adverb, as the writer puts it after a clause', () => {
    const text = 'The ports were reopened to traffic, something neither the Freedonian Defence Ministry nor Sylvania has publicly acknowledged.';
    expect(read(text, 'acknowledged')).toEqual({ verb: 'neither … acknowledged', negated: true, denial: false });
    // A negation in an earlier clause is not the subject's.
    expect(read('No boats were seen on Monday, but the Freedonian Defence Ministry has publicly acknowledged the crossing.', 'acknowledged').negated).toBe(false);
  });
});

describe('stanceOf: a duty taken on', () => {
  it('reads a duty the speaker’s side takes on, one a naming verb names, or a bond that compels it, as a promise; a duty laid on others is not', () => {
    const said = (verb: string, words: string, speaker = { forThemselves: false, reported: true }) => stanceOf({ verb, negated: false, denial: false }, words, speaker);
    const cases: [string, string, string][] = [
      ['stressed', 'that Freedonia considers it a “brotherly duty” to provide assistance to Sylvania', 'pledges'],
      ['said', 'We consider it our duty to help the refugees', 'pledges'],
      ['said', 'It is our sacred duty to defend the port', 'pledges'],
      ['said', 'Sylvania sees it as its obligation to protect the shipping lanes', 'pledges'],
      ['calling', 'it a “fraternal duty”', 'pledges'],
      ['described', 'it as a moral obligation', 'pledges'],
      // A duty laid on others, or a duty failed, promises nothing.
      ['called', 'it a dereliction of duty', 'other'],
      // A duty of speech promises only the telling.
      ['said', 'It is my duty to inform you that the ferry sank', 'confirms'],
      ['said', 'We consider it our duty to warn the public about the danger', 'warns'],
      ['called', 'it an obligation for the world to act', 'other'],
      // A bond that binds the speaker's side now; a force told, or one on others, binds no one to act.
      ['remarked', 'This friendship between our peoples compels us to forge a unique partnership with Sylvania', 'pledges'],
      ['said', 'The shelling compelled us to flee the port', 'confirms'],
      ['said', 'the blockade compels Freedonia to reroute its ships', 'confirms'],
    ];
    for (const [verb, words, expected] of cases) expect(said(verb, words), `${verb} ${words}`).toBe(expected);
    // A private person's duty is their own wish, not a side's promise.
    expect(said('said', 'that he considers it his duty to return home', { forThemselves: true, reported: true })).toBe('other');
    expect(said('said', 'The situation compels us to leave', { forThemselves: true, reported: false })).not.toBe('pledges');
  });
});

describe('stanceOf: a promise in a later sentence', () => {
  it('reads a promise that follows a sentence that only tells or describes as what the statement does', () => {
    const said = (verb: string | null, words: string) => stanceOf({ verb, negated: false, denial: false }, words);
    const cases: [string | null, string, string][] = [
      ['said', 'Time has come for mutual trust-building. There are Freedonian sailors who will certainly help this', 'pledges'],
      [null, 'This shows once again that the islanders are citizens of Freedonia. Their rights will be guaranteed by the state.', 'pledges'],
      ['reported', 'Berg apologised for the deaths of the crews. It was stressed that a thorough investigation will be conducted', 'pledges'],
      // No promise after: the first sentence decides.
      ['said', 'We know that boats are in the port. We do not know what they will do', 'confirms'],
      ['said', 'The boats left Marsh City on Monday. They will return next week', 'confirms'],
      // What the speaker will learn or tell next promises nothing at issue.
      ['said', 'The ferry was hit by a missile at 3 am. We will provide more details later.', 'confirms'],
      ['said', 'The ferry was hit by a missile at 3 am. We will know more tomorrow.', 'confirms'],
      ['said', 'Three sailors were injured. We will continue to monitor the situation.', 'confirms'],
      ['said', 'The remains were taken to the forensic centre. We will make the findings public.', 'confirms'],
      ['said', 'The ship sank at dawn. We will publish the results of the inquiry.', 'confirms'],
      ['said', 'The ship sank at dawn. We will release the prisoners.', 'pledges'],
      ['said', 'Three sailors were injured. Our thoughts are with them and we will support their families.', 'pledges'],
      // A first sentence that does more than tell, or a verb that says what it does, still decides.
      ['said', 'The situation in the strait is very dangerous. We will help the crews', 'warns'],
      ['said', 'Sylvania must withdraw its boats. We will support the islanders', 'calls-for'],
      ['confirmed', 'the boats had left the port. We will support the crews', 'confirms'],
    ];
    for (const [verb, words, expected] of cases) expect(said(verb, words), words).toBe(expected);
  });
});

describe('stanceOf: criticism in words of bad faith or bias', () => {
  it('reads a side’s conduct judged wrong, insincere, biased or hostile to a named side as condemned, and claims or names as not', () => {
    const said = (words: string) => stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
    const rows = [
      'that including Freedonia in the text of the statement was “wrong” and “anti-Freedonia”',
      'that the minister’s statements about readiness for talks are insincere',
      'that Sylvania’s destructive position had wrecked the meeting',
      'that the council had adopted a one-sided resolution on the islands',
      'that the decision to close the crossing was wrong',
    ];
    const nearMisses = [
      'that there was nothing wrong with the ferry’s papers',
      'that the report about the crossing was wrong',
      'that the anti-Sylvania coalition had met in Marsh City',
      'that the navy had fired two anti-ship missiles at the boats',
      'that the crews had taken the wrong route through the strait',
    ];
    for (const words of rows) expect(said(words), words).toBe('condemns');
    for (const words of nearMisses) expect(said(words), words).not.toBe('condemns');
  });
});

describe('stanceOf: a consequence that only feels or weighs worth', () => {
  it('reads a condition whose consequence is a word of feeling or worth as foretelling no danger, and a harm as a warning', () => {
    const side = { forThemselves: false, reported: false, forASide: true };
    const reported = { forThemselves: false, reported: true, forASide: true };
    const rows: [string, typeof side][] = [
      ['I would be extremely grateful if they accepted me.', { forThemselves: true, reported: false, forASide: false }],
      ['that if such a meeting were convened, it would not be effective or useful', reported],
      ['If the ferry line reopens, the islanders will be very happy.', side],
      ['If Freedonia sends its envoy to Marsh City, the talks would be productive', side],
    ];
    const nearMisses: [string, typeof side][] = [
      ['If Sylvania crosses the line, it would be catastrophic', side],
      ['If the ceasefire breaks down, the region will be unstable', side],
      ['If the dam breaks, the villages would be flooded', side],
      ['If they send troops, it would be useful to send more', side],
    ];
    for (const [words, speaker] of rows) expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker), words).toBe('other');
    for (const [words, speaker] of nearMisses) expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker), words).toBe('warns');
  });
});

describe('stanceOf: news to come as the first sentence', () => {
  it('reads a side saying it will tell more later as promising nothing at issue, and its acts as promises', () => {
    const side = { forThemselves: false, reported: false, forASide: true };
    const reported = { forThemselves: false, reported: true, forASide: true };
    const rows: [string | null, string, typeof side][] = [
      [null, 'I am going to publicly explain this soon.', side],
      ['added', 'The government will soon make a statement about the transfer of the other groups of the population', side],
      ['said', 'that he would comment later', reported],
      ['said', 'We will inform you as soon as the call takes place.', side],
      ['told', 'We are going to give more details on Monday.', side],
    ];
    const nearMisses: [string | null, string, typeof side][] = [
      [null, 'I am going to send the convoy to Marsh City soon.', side],
      ['added', 'The government will soon send a convoy to the border villages', side],
      ['said', 'We will announce new sanctions against Sylvania.', side],
      ['said', 'We will explain our position to Sylvania and then withdraw the boats.', side],
      ['said', 'that he would support the islanders', reported],
    ];
    for (const [verb, words, speaker] of rows) expect(stanceOf({ verb, negated: false, denial: false }, words, speaker), words).toBe('other');
    for (const [verb, words, speaker] of nearMisses) expect(stanceOf({ verb, negated: false, denial: false }, words, speaker), words).not.toBe('other');
  });
});

describe('stanceOf: an expectation of a side, reported', () => {
  it('reads the reported speaker’s expectation of help from a side as a call; a thing awaited or hoped for is not', () => {
    const reported = (words: string) => stanceOf({ verb: 'adding', negated: false, denial: false }, words, { forThemselves: false, reported: true });
    expect(reported('that he expects “adequate support” from the Freedonian government')).toBe('calls-for');
    expect(reported('that she expects more help from Sylvania')).toBe('calls-for');
    for (const words of ['that he expects little from the talks', 'that they expect a ruling from the court next week', 'that it expects the talks to resume'])
      expect(reported(words), words).not.toBe('calls-for');
    // In a quotation, "they" are others: their expectation is no call of the speaker's.
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'they expect support from the government')).not.toBe('calls-for');
  });
});

describe('stanceOf: what a decree or a treaty says will be', () => {
  it('reads what a binding document says will be done as a promise; a date set, a hedge, or another speaker’s forecast is not', () => {
    const said = { verb: 'says', negated: false, denial: false };
    const decree = { forThemselves: false, reported: true, document: true };
    expect(stanceOf(said, 'From the same day, the republic will no longer exist', decree)).toBe('pledges');
    expect(stanceOf(said, 'the two navies will hold joint patrols in the strait', decree)).toBe('pledges');
    expect(stanceOf(said, 'the two ministers will meet on Thursday', decree)).not.toBe('pledges');
    expect(stanceOf(said, 'the port will likely reopen', decree)).not.toBe('pledges');
    expect(stanceOf(said, 'From the same day, the republic will no longer exist', { forThemselves: false, reported: true })).not.toBe('pledges');
  });

  it('reads what a document decrees for a set day as binding, and a day it sets for a gathering as told', () => {
    const said = { verb: 'said', negated: false, denial: false };
    const decree = { forThemselves: false, reported: true, document: true };
    const binds = [
      'the self-proclaimed Republic of Marsh, set up in 1991, will cease to exist on January 1',
      'all state bodies of Fredonburg will be dissolved by 1 January',
      'the garrison will leave the city next week',
      'the border posts would be handed over to Sylvania in two weeks',
    ];
    const told = [
      'the two ministers will meet on Thursday',
      'talks on the border will be held next week',
      'the leaders of Freedonia and Sylvania would convene on 5 March',
      'the commission will hold consultations in Marsh City tomorrow',
    ];
    for (const words of binds) expect(stanceOf(said, words, decree), words).toBe('pledges');
    for (const words of told) expect(stanceOf(said, words, decree), words).not.toBe('pledges');
  });

  it('knows a binding document by its description', () => {
    for (const description of ['the decree', 'The Marsh City Treaty on', 'the joint declaration', 'the ceasefire agreement']) expect(speaksAsDocument(description), description).toBe(true);
    for (const description of ['the ministry', 'Law Society spokesman', 'a statement released via Facebook', 'Berg']) expect(speaksAsDocument(description), description).toBe(false);
    // the signer named before it
    for (const description of ["Berg's decree", 'the president’s new decree', "Ruhl's treaty", 'Minister Weiss’s declaration']) expect(speaksAsDocument(description), description).toBe(true);
    for (const description of ["the minister's statement on the agreement", "Berg's spokesman", "the president's office", "Ruhl's adviser on the treaty"]) expect(speaksAsDocument(description), description).toBe(false);
  });
});

describe('stanceOf: a promise told by a report', () => {
  it('reads a promise in the words of a report or an assessment as told, not as the report’s own', () => {
    const says = { verb: 'says', negated: false, denial: false };
    const report = { forThemselves: false, reported: true, finding: true };
    expect(stanceOf(says, 'Freedonia’s Ministry of Defence is ready to provide “needed equipment, weapons and ammunition”', report)).toBe('confirms');
    expect(stanceOf(says, 'Freedonia’s Ministry of Defence is ready to provide “needed equipment, weapons and ammunition”', { forThemselves: false, reported: true })).toBe('pledges');
    // What a report tells of otherwise is read as before.
    expect(stanceOf(says, 'Sylvania must withdraw its boats', report)).toBe('calls-for');
  });

  it('knows a report or an assessment by its description', () => {
    for (const description of ['Sylvania’s assessment', 'the report', 'a Courier report', 'the study']) expect(speaksAsFinding(description), description).toBe(true);
    for (const description of ['the reporter', 'Sylvanian intelligence', 'the ministry', 'the decree']) expect(speaksAsFinding(description), description).toBe(false);
  });
});

describe('stanceOf: force promised', () => {
  /** [verb, words, speaker reported?, the stance]. */
  const cases: [string, string, boolean, string][] = [
    ['said', 'We confirm that we will continue launching missile attacks on ships bound for the port', false, 'threatens'],
    ['added', 'We will not hesitate to expand our attacks if the aggression goes on', false, 'threatens'],
    ['promised', 'to continue operations in the strait against Freedonian ships', true, 'threatens'],
    // A promise of help, of talks or of operations for someone is still a pledge.
    ['said', 'We will continue to provide aid to the refugees', false, 'pledges'],
    ['promised', 'to continue rescue operations in the port', true, 'pledges'],
    // Force named with a word before it, or as "aggression", "raids", "assaults", is still force.
    ['said', 'that they would continue their recent aggression against commercial ships', true, 'threatens'],
    ['said', 'it would continue its air raids against rebel positions', true, 'threatens'],
    ['said', 'it would keep up naval assaults against the port', true, 'threatens'],
    // Watching attacks, or operations of relief, is not force.
    ['said', 'it would continue monitoring attacks against shipping', true, 'pledges'],
    ['said', 'they would continue their humanitarian operations against all odds', true, 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, reported, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported })).toBe(expected);
  });
});

describe('stanceOf: aggression supposed, not charged', () => {
  /** [words reported with "said", whether they condemn]. */
  const cases: [string, boolean][] = [
    // A defence clause supposes an aggression that has not happened: it charges no one.
    ['the treaty they signed in June includes a mutual defence clause on immediate military assistance if either faced armed aggression', false],
    ['the two navies held drills last month to practise what to do in the event of aggression against either country', false],
    ['the agreement was renewed, with aid promised if either side is subjected to aggression', false],
    // An aggression named or charged still condemns.
    ['Freedonia faced armed aggression from Sylvania last year', true],
    ['the islands suffered Sylvania’s aggression for a decade', true],
    ['the raids were an act of aggression', true],
  ];
  it.each(cases)('%s', (words, condemns) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words) === 'condemns').toBe(condemns);
  });
});

describe('stanceOf: a link denied', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, string][] = [
    ['the air strikes were “completely unrelated” to the conflict in the islands', 'denies'],
    ['the strikes were unrelated to the elections', 'denies'],
    ['the fire had nothing to do with the drone attack', 'denies'],
    ['the delays were not linked to the strikes', 'denies'],
    ['the delays are not directly related to the strikes', 'denies'],
    // A link said to be absent: the other side's charge rebutted.
    ['the ships attacked had no connection to Freedonia', 'denies'],
    ['the trading company has no links with the militia', 'denies'],
    ['the detained men had no direct connection to the ministry', 'denies'],
    ['the outbreak bears no relation to the flooding', 'denies'],
    ['there is no link between the fire and the drone strike', 'denies'],
    // An adjective, or a link affirmed, denies nothing.
    ['two unrelated fires broke out in the port', 'confirms'],
    ['the delays were related to the strikes', 'other'],
    // A supply line cut, or relations between states, are told, not denied.
    ['the village has had no connection to the power grid since the storm', 'confirms'],
    ['the island has no connection with the mainland after the bridge collapsed', 'confirms'],
    ['Sylvania has no diplomatic ties with Freedonia', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('stanceOf: no sign seen yet', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, string][] = [
    ['the spy agency has not yet detected any signs of a new deployment, but has not ruled it out', 'unconfirmed'],
    ['officials had not yet found any trace of the missing crew', 'unconfirmed'],
    ['the navy did not see any signs of a withdrawal', 'unconfirmed'],
    ['the agency hasn’t identified any evidence of a second launch', 'unconfirmed'],
    // A happening that has not happened, or a thing not seen, is told.
    ['the boats had not yet left the port', 'confirms'],
    ['the agency has not seen a withdrawal of the boats', 'confirms'],
    ['they found signs of a new deployment', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('stanceOf: what could not be done, and why', () => {
  /** [words reported with "added", the stance]. */
  const cases: [string, string][] = [
    // An impossibility explained neither denies nor calls: the reason's "need" is no call.
    ['that it was not possible to consult the council beforehand given the need for maximum secrecy', 'other'],
    ['that it was not possible to consult the council beforehand', 'other'],
    ['it is impossible to reach the port by road', 'other'],
    ['the talks were delayed because of the need for more security', 'confirms'],
    // A need stressed is still a call; a claim called untrue, or a thing said not to be, still denies.
    ['the ministry stressed the need for more security', 'calls-for'],
    ['it is not true that the boats left', 'denies'],
    ['it was not a strike on civilians', 'denies'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'added', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('stanceOf: consent given', () => {
  /** [words quoted with "said", the stance]. */
  const cases: [string, string][] = [
    ['Freedonia has given its consent to the sale of patrol boats to Sylvania', 'pledges'],
    ['the cabinet has given its approval for the deployment of two frigates', 'pledges'],
    ['we have given our green light to the new convoy rules', 'pledges'],
    ['Freedonia has given its agreement to the conclusion of future contracts with Sylvania', 'pledges'],
    // An assessment given is no undertaking.
    ['the court has given its assessment of the case', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('stanceOf: a harm foretold', () => {
  /** [words quoted with "said", the stance]. */
  const cases: [string, string][] = [
    ['Sending the sailors back to Sylvania would be a death sentence', 'warns'],
    ['Closing the strait now would be a disaster', 'warns'],
    ['a war in the strait would be an economic catastrophe for the region', 'warns'],
    ['It would be a tragedy if the talks failed', 'warns'],
    // A harm told as past is described; a good outcome foretold warns of nothing.
    ['the fire was a catastrophe for the port', 'confirms'],
    ['the new convoy rules will be a success', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('stanceOf: a finding cited', () => {
  /** [verb, words, the stance]. */
  const cases: [string, string, string][] = [
    ['cited', 'intelligence about the preparation of two units with up to 3,000 sailors', 'confirms'],
    ['citing', 'new satellite imagery of the port', 'confirms'],
    ['cited', 'Sylvanian intelligence data showing 3,000 sailors', 'confirms'],
    // A reason or a concern cited gives grounds.
    ['cited', 'concerns for the safety of the crews', 'other'],
    ['citing', 'the storms in the strait', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('stanceOf: a happening told before a forecast joined to it', () => {
  /** [words reported with "reported", the stance]. */
  const cases: [string, string][] = [
    ['Berg arrived in Marsh City on Tuesday on an unspecified “special” mission and was expected to meet Ruhl', 'confirms'],
    ['the convoy left the port and is likely to reach the strait by Friday', 'confirms'],
    ['fuel prices rose sharply and are expected to climb further', 'confirms'],
    // A forecast first, or one whose subject is two sides joined by "and", still predicts.
    ['the planned talks are expected to begin in July', 'other'],
    ['Sylvania and Freedonia are expected to sign the deal', 'other'],
    ['the talks are expected to begin in July and the boats left the port', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'reported', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('stanceOf: an undertaking being drawn up', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, string][] = [
    ['Freedonia, a member of the council, is working on a “draft resolution to guarantee a presence in the strait”', 'pledges'],
    ['that an agreement is currently being drafted with the port of Marsh City', 'pledges'],
    ['we are drafting a law to protect the crews', 'pledges'],
    // Work that binds no one, or no document at all, is told.
    ['the sailors are working on the front line', 'confirms'],
    ['a report is being drafted by the inspectors', 'confirms'],
    ['the ministry is preparing a response', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('stanceOf: the day that dates the saying, at the head of the words', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, string][] = [
    ['Thursday it would dissolve itself by the end of the year', 'pledges'],
    ['on Monday morning it would send two more ships to the strait', 'pledges'],
    ['late Friday that it would reopen the crossing', 'pledges'],
    // What the words tell is read as before.
    ['Tuesday they had attacked a commercial ship', 'confirms'],
    ['on Sunday its forces shot down a cruise missile', 'confirms'],
    ['Wednesday the disruption will probably last a few months', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('stanceOf: an agenda, not an undertaking', () => {
  /** [words reported with "said", whether the own side opens them, the stance]. */
  const cases: [string, boolean, string][] = [
    ['Berg will also address the prospects for a durable peace', true, 'other'],
    ['Freedonia will discuss the corridor with Sylvania', true, 'other'],
    ['it would raise the matter with the government', false, 'other'],
    ['Sylvania will review the sanctions with its partners', false, 'other'],
    // A date set is told, as before; an act before the talk is still undertaken.
    ['Freedonia will discuss the corridor with Sylvania on Thursday', true, 'confirms'],
    ['Freedonia will send aid and discuss the corridor with Sylvania', true, 'pledges'],
    ['it would send two ships to the strait', false, 'pledges'],
  ];
  it.each(cases)('%s', (words, ownSideFirst, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, ownSideFirst })).toBe(expected);
  });
});

describe('stanceOf: what will not be tolerated', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, string][] = [
    ['that the strikes were a clear message that the attacks on shipping would not be tolerated', 'threatens'],
    ['such attacks on our ships will not be tolerated', 'threatens'],
    // Another's intolerance told, or tolerance told, threatens nothing.
    ['the unions knew strikes would not be tolerated by the old regime', 'other'],
    ['that the attacks were tolerated for too long', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('stanceOf: a named party’s calls, a noun', () => {
  /** [verb, words, speaker reported?, the stance]. */
  const cases: [string, string, boolean, string][] = [
    ['said', 'The attack on the ship came after its crew rejected the navy’s calls for the third time', false, 'confirms'],
    ['said', 'the crew had ignored the coastguard’s calls for hours', true, 'confirms'],
    // The speaker's own call, as a verb or as the noun it renews, still calls.
    ['reiterating', 'a call for an end to the attacks', true, 'calls-for'],
    ['said', 'We renew our calls for restraint', false, 'calls-for'],
    ['said', 'Freedonia calls for an immediate ceasefire', false, 'calls-for'],
    ['said', 'it was calling on both sides to stop', true, 'calls-for'],
  ];
  it.each(cases)('%s %s', (verb, words, reported, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported })).toBe(expected);
  });
});

describe('negatedFrame: a negated copula or another clause’s negation frames nothing', () => {
  const frame = (text: string) => negatedFrame(text, text.indexOf('“'));

  it('leaves a copula negated in the speaker’s words: the words are negated, not the telling', () => {
    expect(frame('Berg noted, however, that closing the port is not the “first option.”')).toBeNull();
    expect(frame('Ruhl said the reply would not be just “a warning shot.”')).toBeNull();
    expect(frame('The minister said the talks were not “a waste of time.”')).toBeNull();
  });

  it('leaves a negation in a relative clause before the quote’s own verb', () => {
    expect(frame('Berg said that a summit which did not include her country was “pointless.”')).toBeNull();
  });

  it('still finds a negated passive of telling and a negated verb before its object', () => {
    expect(frame('The mayor would not be drawn into a “debate.”')).toBe('would not be');
    expect(frame('Berg said some units would fight on, although she did not consider them to be a “serious threat.”')).toBe('did not consider');
    expect(frame('The crew were not told about the “new route.”')).toBe('were not told');
  });

  it.each([
    'Berg said the strikes would not go without “a firm response.”',
    'Ruhl said the raid will never pass without “punishment.”',
    'The ministry said the talks could not end without “a full withdrawal.”',
    'Berg said the crews would not leave the port without “written guarantees.”',
  ])('leaves a negated verb with "without" before the quote: the two negations cancel (%s)', (text) => {
    expect(frame(text)).toBeNull();
  });

  it.each([
    ['Ruhl would not call the raid “a failure.”', 'would not call'],
    ['Berg left without a word, and Ruhl did not describe the raid as “an attack.”', 'did not describe'],
    ['Berg did not say if boats left without “escorts.”', 'did not say'],
    ['Ruhl has never called the boats a “fleet.”', 'has never called'],
  ])('still frames a negated verb with no "without" of its own before the quote: %s', (text, expected) => {
    expect(frame(text)).toBe(expected);
  });
});
