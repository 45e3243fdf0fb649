/**
 * Where a figure stands in time, from the tense and modality of its clause (generic English):
 * "has sent 3,000" is done (`reported`); "10,000 so far" a running total (`cumulative`);
 * "plans to send 3,000" intended (`planned`); "10,000 expected by December" forecast (`expected`).
 * A planned or forecast number must never be shown as done.
 */
import type { FigureStage } from '../model.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../detect/dates/words.ts';
import { isPeopleOfNoRole } from '../detect/figures/people.ts';

/**
 * Forecasts: the number is what someone expects, not what has happened or been decided ("bracing for
 * 100,000 refugees", "would need housing for").
 */
const EXPECTED = /\b(?:expected|expects?|projected|forecast|predicted|anticipated|likely to|brac(?:e|es|ed|ing) for|would need|set to (?:reach|rise|grow)|could (?:reach|rise|grow|climb|number|total|exceed)|may (?:reach|rise|exceed)|might (?:reach|rise)|would (?:reach|rise|number|total)|will (?:reach|rise|grow|total|number|exceed)|(?:could|may|might) be (?:\w+(?:ed|en)|sent|brought|built|put|set|kept|held|lost|paid|hit|shot|struck|caught|spent|left|fought|won))\b/i;

/**
 * What may happen: "up to 120,000 people may flee", "could send". Case kept, so the month ("between
 * May 23 and 25") is no modal; "may have fled", "may already have left" estimate what happened, and
 * "could not be identified" tells what was beyond reach, not what may come.
 */
const MAY_HAPPEN = /\b(?:[Cc]ould(?!\s+not\b)|may|[Mm]ight)\s+(?!(?:(?:[a-z]+ly|already)\s+)?(?:have|be)\b)(?:(?:[a-z]+ly|already)\s+)?[a-z]+\b/;

/** "higher than expected", "as anticipated": a comparison with a forecast, not a forecast. */
const COMPARED_WITH_EXPECTATION = /\b(?:than|as)\s+(?:had been\s+|was\s+|were\s+)?(?:expected|anticipated|forecast|predicted|projected)\b/gi;

/**
 * Intentions, decisions and promises: someone means to do it ("is to receive", "are to hand over",
 * "announced an additional package of …", "approved the deployment of", "ordered the dispatch of",
 * "aiming to add", "a deal to send", "proposed sending", "a target of" but not "was the target of", which is what befell a thing), "trained for deployment"), money set aside ("announced $10 million in aid", "announced more than $10 million", "earmarked EUR 5 million") or still to be given ("will allocate
 * $11 million", "will boost its funding by 5 million euros", "400 crowns will be allocated to each",
 * "each family will get 300 crowns"; an adverb may stand after the modal: "will also allocate", "will
 * soon send"), and
 * room made ready for people still to come ("shelters for 40,000 people", "camps designed to hold
 * 20,000", "funds to resettle 10,000").
 */
const PLANNED = /\b(?:(?:is|are|was|were)\s+(?:scheduled|slated)\s+to|(?:will|would)\s+be\s+allowed\s+to|plans?|planned|planning|intends?|intended|intending|decided|decides|agreed|agrees|pledged|pledges|promised|promises|vowed|preparing|prepares|readying|readies|prepared to|(?:to|will|would|shall) be (?:sent|deployed|dispatched|shipped|delivered|provided|supplied|moved|transferred|stationed|allocated|disbursed|donated|earmarked|paid out)|(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\s+(?:sending|deploying|dispatching|supplying|(?:the\s+|a\s+)?(?:dispatch|deployment|sending|transfer)\s+of)|(?:offer|threaten|aim|want|seek)(?:s|ed)? to|(?:offer|threaten|aim)ing to|hop(?:e|es|ed|ing) to (?:get|receive|obtain|secure|send|deploy|recruit|add|bring in)|(?:is|are|was|were) (?:poised|due) to (?:send|deploy|dispatch|ship|deliver|provide|supply|arrive|join|reach|leave|depart|head|travel|go|follow|be \w+)|decisions? to|will (?:(?:also|soon|now|then|still|further|[a-z]+ly)\s+)?(?:send|deploy|dispatch|ship|deliver|provide|supply|add)|would (?:(?:also|soon|now|then|still|further|[a-z]+ly)\s+)?(?:send|deploy|dispatch|ship|deliver|provide|supply)|(?:will|would) (?:(?:also|soon|now|then|still|further|[a-z]+ly)\s+)?(?:allocate|donate|contribute|grant|give|spend|release|boost|double|triple)|(?:is|are) to (?:be\s+)?(?!blame\b)[a-z]+|ready to \w+|(?:can|could) (?:accommodate|receive|take in|house|host|admit|shelter)|(?:will|would) (?:(?:also|soon|now|then|still|further|[a-z]+ly)\s+)?(?:take in|receive|get|accept|house|host|accommodate|admit|welcome|shelter|evacuate|allow)|(?:is|are|was|were) set to|preparations?|(?:who|which|that) would|(?:announced|unveiled|approved)\s+(?:an?\s+|the\s+)?(?:new\s+|additional\s+|further\s+)?(?:package|pledge|tranche)|(?<!\b(?:the|an?|its|their)\s)(?:(?:approv|authori[sz])(?:e|es|ed|ing)|order(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:possible|proposed|potential)\s+)?(?:dispatch|deployment|sending|transfer|sale|delivery|supply|shipment)\s+of|(?:deal|agreement|accord|proposals?|talks|negotiations)\s+(?:to|on|about)\s+(?:send|sending|deploy|deploying|dispatch|dispatching|supply|supplying)|propos(?:e|es|ed|ing)\s+(?:to\s+)?(?:send|sending|deploy|deploying|dispatch|dispatching)|(?<!\b(?:is|are|was|were|be|been|being|become|became|becomes)\s+(?:the|a)\s+(?:[a-z]+\s+)?)(?:recruitment\s+)?target\s+of|(?:is|are|being|been)\s+(?:being\s+)?(?:prepared|trained|readied|earmarked|selected)\s+for\s+(?:deployment|dispatch)|(?:(?:room|space|capacity)|(?:prepar|readi|set\s+up|set\s+aside|earmark)\w*\s+(?:[\w-]+\s+){0,3}?(?:shelters?|housing|homes|accommodation|hotels|tents|camps|places|beds))\s+for\s+(?:(?:up\s+to|about|some|around|nearly|more\s+than|over|at\s+least)\s+)?(?=\d[\d,.]*\s+(?!(?:years?|months?|weeks?|days?|hours?|nights?)\b))|designed\s+to\s+(?:hold|house|accommodate|take)|(?:funds|money|budget)\s+to\s+(?:resettle|house|accommodate|shelter|rehouse)|(?:announced|approved|committed|earmarked|set\s+aside)(?=\s+(?:an?\s+|another\s+|a\s+further\s+|an\s+additional\s+)?(?:(?:more\s+than|over|nearly|almost|about|around|some|roughly|approximately|up\s+to|at\s+least|close\s+to|upwards\s+of|in\s+excess\s+of)\s+)?(?:[$€£]|(?:EUR|USD|GBP)\b|\d[\d,.]*\s+(?:(?:million|billion)\s+)?(?:euros?|dollars?|pounds?)\b)))\b/i;

/**
 * Money in what was announced, named by what it is before its amount or in words: "announced
 * humanitarian aid of five million euros", "announced a first aid tranche of €500,000", "has announced
 * the allocation of $11.5 million", "announced five million euros in aid", with an aside between verb
 * and object ("announced, on Tuesday, aid worth $2 million", "announced, this Tuesday, March 11, …").
 * A sum announced is promised, as "announced $10 million in aid" is (`PLANNED`). The words between
 * the verb and "of" only qualify the money ("the delivery of aid worth …", "that aid of … had arrived"
 * tell what was done), and the amount must be money, in figures or in words.
 */
const ANNOUNCED_MONEY_SOURCE = String.raw`\b(?:announced|unveiled|approved|committed)(?:(?:\s*,[^,;:]{1,30}){1,3},)?\s+(?:(?:(?:an?|the|its|their|another)\s+)?(?:(?!(?:of|that|which|who|to|for|by|from|on|in|had|has|have|was|were|is|are|been|the)\b)[\p{L}-]+\s+){0,3}?(?:aid|assistance|funding|financing|funds|allocation|tranche|contribution|package|grant|envelope)\s+(?:of|worth|totall?ing|amounting\s+to)\s+)?(?:(?:more\s+than|over|nearly|almost|about|around|some|roughly|approximately|up\s+to|at\s+least|close\s+to)\s+)?(?:[$€£]\s?[\d,.]+(?:\s+(?:thousand|million|billion))?|(?:EUR|USD|GBP)\s+[\d,.]+(?:\s+(?:thousand|million|billion))?|(?:\d[\d,.]*\s+(?:(?:thousand|million|billion)\s+)?|\p{L}+\s+(?:thousand|million|billion)\s+)(?:euros?|dollars?|pounds?|francs?))\b`;
const ANNOUNCED_MONEY = new RegExp(ANNOUNCED_MONEY_SOURCE, 'iu');

/** An announced sum that ends where the words end: the figure closing them is that sum (see `ANNOUNCED_MONEY`). */
const ANNOUNCED_MONEY_ENDING = new RegExp(`${ANNOUNCED_MONEY_SOURCE}$`, 'iu');

/**
 * Whether the sentence's words up to a figure's end (`upToFigureEnd`) close on money announced, across
 * an aside the clause is cut at ("announced, this Tuesday, aid of five million euros").
 */
export function announcedMoney(upToFigureEnd: string): boolean {
  return ANNOUNCED_MONEY_ENDING.test(upToFigureEnd);
}

/**
 * A request for the people or things counted, or a push for someone to send them: "requested 5,000
 * troops", "asked Marsh City for 10,000 more", "a request for 20,000", "called for the deployment of
 * 3,000", "wants Sylvania to send 30,000 more", "urged allies to supply 50 ships", "appealed for $97
 * million", "launched an appeal for funds for an amount of $97 million", "is seeking 5,000 tents". What is asked for
 * is not yet done. The count follows the request within a few qualifier words, so "demanded the
 * release of 25 sailors" (who are held) is no request for them.
 */
const REQUESTED = /\b(?:(?:ask(?:s|ed|ing)?\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}for|request(?:s|ed|ing)?(?:\s+for)?|appeal(?:s|ed|ing)?\s+for|(?:launched|launches|issued|issues|made|makes)\s+an?\s+(?:\p{L}+\s+)?appeal\s+for|seek(?:s|ing)?|sought|(?:made|make|makes|making|sent|submitted|filed)\s+an?\s+(?:formal\s+|official\s+)?request\s+for|call(?:s|ed|ing)?\s+for\s+(?:the\s+)?(?:deployment|dispatch|sending|delivery)\s+of)\s+(?:(?:funds|money|aid|assistance|funding|financing)\s+(?:for|of|totall?ing|worth|amounting\s+to)\s+(?:(?:an?|the)\s+(?:amount|sum|total)\s+of\s+)?)?(?:(?:an?|additional|further|another|more|extra|up\s+to|about|around|some|at\s+least|more\s+than|over|nearly|as\s+many\s+as)\s+)*(?:(?:[$€£]\s?|(?:EUR|USD|GBP)\s+)?\d[\d,.]*|(?:tens\s+of\s+)?(?:thousands|hundreds|dozens)\b|(?:few|several)\s+(?:thousand|hundred|dozen)\b)|(?:want(?:s|ed)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){1,3}?to\s+(?:send|deploy|dispatch|ship|deliver|provide|supply|contribute|commit))\b/iu;

/**
 * A task still ahead of moving the people or things counted: "the large-scale task of moving tens of
 * thousands of sailors", "the job of evacuating 5,000". Only verbs of moving, since the count is then
 * what is to be moved; "the grim task of burying 200 dead" counts the dead, who are dead already.
 */
const TASK_OF_MOVING = /\b(?:task|job|mission|challenge|work)\s+of\s+(?:moving|sending|transporting|deploying|dispatching|ferrying|shipping|transferring|relocating|evacuating|resettling)\b/i;

/**
 * Room to take people in that is still to be used: "is able to receive 40,000", "will be able to
 * accommodate", "has the capacity to house". Not "was able to evacuate 5,000", which says it was done.
 */
const ABLE_TO_TAKE_IN = /\b(?:(?:is|are|will\s+be|would\s+be)\s+able|capacity)\s+to\s+(?:accommodate|receive|take\s+in|house|host|admit|shelter|accept|welcome)\b/i;

/** An intention told with "going to": "is going to evacuate 5,000", "are going to send". */
const GOING_TO = /\b(?:is|are|am|was|were)\s+going\s+to\s+(?:send|deploy|dispatch|ship|deliver|provide|supply|evacuate|receive|accept|house|take\s+in|admit|welcome|resettle|add)\b/i;

/**
 * "Sylvania is increasing its aid to a total of 3.9 million", "is doubling its garrison to 4,000
 * troops": a change under way that is told with the number it goes up to names a target not yet
 * reached. The perfect ("has increased its aid to …") tells the number reached.
 */
const RAISING_TOWARDS = /\b(?:is|are|am)\s+(?:now\s+|further\s+)?(?:increasing|raising|boosting|doubling|tripling|expanding|lifting|scaling\s+up)\s+(?:[^,;:.]{1,100}?\s)?to\s+(?:a\s+(?:total|sum)\s+of\s+)?(?:(?:about|some|around|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?(?:[$€£]\s?|(?:EUR|USD|GBP)\s+)?\d/i;

/**
 * A sending approved or authorised, told with the gerund: "authorised sending 1,000 sailors", "has
 * approved deploying 300 more". The act is decided, not yet done, as "approved the dispatch of"
 * (`PLANNED`) is. "The approved sending …" names an act (done or not) by its approval, and stays out.
 */
const AUTHORISED_SENDING = /(?<!\b(?:the|an?|its|their)\s)\b(?:approv|authori[sz]|sanction|endors)(?:e|es|ed|ing)\s+(?:sending|deploying|dispatching|shipping|transferring|supplying|delivering|providing)\b/i;

/**
 * A rise in what is given, announced or decided with the amount it goes up to: "announced an increase
 * in aid to Sylvania to 12 million crowns", "approved a boost of its funding to €5 million". The amount
 * is a target set, not yet given. What is only told ("reported a rise in the toll to 300", "announced
 * that aid had risen to …") is no decision, so the risen thing must be aid or money given.
 */
const DECIDED_RISE = /\b(?:announc|unveil|approv|decid)(?:e|es|ed|ing)\s+(?:on\s+)?(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:increase|rise|boost|hike|raise|top-up)\s+(?:in|of)\s+(?:(?:its|their|the|his|her)\s+)?(?:[\p{L}-]+\s+)?(?:aid|assistance|funding|financing|contributions?|budget|support|spending)\b[^,;:.]{0,60}?\bto\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?(?:[$€£]|(?:EUR|USD|GBP)\b|\d|\p{L}+\s+(?:thousand|million|billion)\b)/iu;

/**
 * A move still to come: "has yet to send 3,000", "is about to deploy", "on the verge of sending",
 * "are awaiting deployment", "on standby for deployment". Only moves, so "has yet to confirm that
 * 300 were killed" stays what it tells.
 */
const STILL_TO_COME = /\b(?:(?:has|have|had)\s+yet\s+to|(?:is|are|was|were)\s+about\s+to)\s+(?:send|deploy|dispatch|ship|deliver|arrive|leave|reach|receive|evacuate)\b|\bon\s+the\s+verge\s+of\s+(?:sending|deploying|dispatching|shipping|delivering)\b|\b(?:awaiting|on\s+standby\s+for)\s+(?:their\s+|its\s+)?(?:deployment|dispatch|transfer|departure)\b/i;

/**
 * A forecast of when an act of sending begins, not of how many: "the dispatch of 6,000 sailors is
 * projected to begin in July" is a decided dispatch, so planned. Only acts someone carries out ("the
 * exodus of 100,000 is expected to begin" forecasts the exodus itself).
 */
const SENDING_TIMED = /\b(?:dispatch|deployment|transfer|delivery|deliveries|evacuation|shipment|relocation|sending)\s+of\b[^;:]*?\b(?:is|are|was|were)\s+(?:\p{L}+ly\s+)?(?:expected|projected|likely|set|scheduled|due|slated|forecast)\s+to\s+(?:begin|start|commence|occur|take\s+place|happen|get\s+under\s*way|go\s+ahead)\b/iu;

/**
 * Running totals: the number sums a period up to now ("so far", "since May", "in the last four
 * weeks", "from 19 November until today", "between March and now"). "A total of 48 strikes were launched" alone sums one wave, not a period: "a total of"
 * counts only with a period ("so far", "since …"); "bringing the total to" adds a new count to what
 * came before.
 */
const CUMULATIVE = /\b(?:in total|in all(?!\s+(?:the\s+|of\s+)?\d)|so far|to date|altogether|overall|since (?:the (?:start|beginning|war|conflict|invasion)|\p{Lu}|\d|last|early|mid|late)|(?:in|over|during|within) the (?:past|last) (?:(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:hours|days|weeks|months|years|week|month|year)\b|(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushed) (?:the|its|their) (?:overall |cumulative )?total|(?:from|between) [^,;:.]{1,40}? (?:until|till|up to|up until|to|and) (?:today|now|the present(?: day)?|this day)\b)/iu;

/**
 * "the largest attack to date", "one of the heaviest barrages so far": a superlative ranked against
 * everything before is no running total of the number beside it ("shot down 18 drones in the largest
 * attack to date" counts one attack). The words from the superlative to "to date" or "so far", with
 * no number between.
 */
const RANKED_SO_FAR = /\b(?:largest|biggest|greatest|heaviest|worst|deadliest|bloodiest|fiercest|strongest|longest|highest|most\s+\p{L}+)(?:\s+(?!\d)[\p{L}'’-]+){0,8}?\s+(?:to date|so far)\b/giu;

/** "out of a total deployment of 15,000": everything sent so far, a running total; right before the figure. */
const WHOLE_DEPLOYMENT = /\btotal\s+(?:deployment|dispatch)\s+of\s+$/i;

/**
 * "… have attacked ships 12 times and still hold 25 sailors": what is still held is a state now,
 * not a sum over the period a sentence opens with ("In the last four weeks, …").
 */
const STILL_HELD = /\bstill\s+(?:hold|holds|holding|held|keep|keeps|keeping|detain|detains|detaining|have|has)\s+(?:(?:about|some|around|nearly|at\s+least|more\s+than|over)\s+)?\d/i;

/**
 * A deadline that has passed, closing the words before a clause: "by 31 December, ", "By Monday, ",
 * and "until" read like "by" ("Until early January, ").
 */
const PAST_DEADLINE_LEAD = /\b(?:[Bb]y|[Uu]ntil|[Tt]ill)\s+(?:the\s+end\s+of\s+)?[^,;:]{1,30},\s*$/u;

/** The past perfect of a clause: "had used", "had already arrived"; not "had to". */
const PAST_PERFECT = /\bhad\s+(?:already\s+|now\s+|so\s+far\s+)?(?!to\b)\p{L}+/u;

/**
 * "As of" closing the words before a clause, as "by" does after one (`UP_TO_A_DAY`): "As of Tuesday, ",
 * "(said) as of Feb. 20, ", "as of now, ".
 */
const AS_OF_LEAD = /\b[Aa]s\s+of\s+[^,;:]{1,30},\s*$/u;

/**
 * The present perfect of a clause, with a participle after "has" or "have": "has taken", "have fled",
 * "have been registered" (not "has three frigates", what a side holds now).
 */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:already\s+|now\s+|so\s+far\s+)?(?:been|\p{Ll}+ed|\p{Ll}+en|fled|sent|lost|left|held|hit|shot|struck|fought|brought|made|built|caught)\b/u;

/**
 * Running totals told around the figure's clause rather than in it: a count up to a deadline that
 * has passed, in the past perfect ("By 31 December, 262 ships had used the route") or, after "as of",
 * in the present perfect ("As of Tuesday, 4,000 people have fled", all who fled up to then), and the size of
 * everything sent ("600 were killed out of a total deployment of 15,000": the 15,000). `lead` is the
 * sentence's words before the figure's clause, `clause` the clause, `beforeFigure` the clause's words
 * up to the figure.
 */
export function totalAroundClause(lead: string, clause: string, beforeFigure: string): boolean {
  // "As of Friday, 1,000 people, including 300 children, have fled": a part named in an insertion is
  // told by the whole's clause, so the words before the whole lead it too.
  const leads = PART_OPENS.test(clause) ? [lead, lead.replace(WHOLE_BEFORE_PART, '')] : [lead];
  const now = UP_TO_NOW_BEFORE.exec(beforeFigure);
  return (
    leads.some((words) => (PAST_DEADLINE_LEAD.test(words) && PAST_PERFECT.test(clause)) || ((AS_OF_LEAD.test(words) || AT_PRESENT_LEAD.test(words)) && PRESENT_PERFECT.test(clause))) ||
    (now !== null && PRESENT_PERFECT.test(beforeFigure.slice(now.index))) ||
    WHOLE_DEPLOYMENT.test(beforeFigure)
  );
}

/**
 * "At the moment, " or "At present, " closing the words before a clause: with a present perfect, all
 * that was done up to now ("At the moment, the ministry has allocated $10 million"), as "As of today, " is.
 */
const AT_PRESENT_LEAD = /\b[Aa]t\s+(?:the\s+moment|present)\s*,\s*$/u;

/**
 * The same words inside the clause, before its perfect and the figure: "we have at the moment
 * allocated", "at the moment we have allocated", "and as of today have provided more than …".
 */
const UP_TO_NOW_BEFORE = /\b(?:at\s+(?:the\s+moment|present)|as\s+of\s+(?:now|today))\b(?=[^,;:]*$)/iu;

/** A clause that names a part of the count before it: "including 300 children", "of whom 300 …". */
const PART_OPENS = /^\s*(?:including|among\s+them|of\s+whom|of\s+which)\b/i;

/** The whole's words closing a lead, up to the comma before its part: "over 1,000 people, ". */
const WHOLE_BEFORE_PART = /(?:[^,;:]|,(?=\d))+,\s*$/u;

/** "A total of" (or "an estimated total of") right before the number. */
const A_TOTAL_OF = /\b(?:an?\s+)?(?:(?:estimated|overall|combined)\s+)?total\s+of\s+$/i;

/**
 * The verb of the counted in the perfect, right after them: "… refugees have already arrived", "…
 * vehicles had crossed". Not past a relative pronoun or a verb of another tense ("who have been
 * held since May, were freed"), nor "had to", which tells a need.
 */
const COUNTED_IN_PERFECT = /^\s*(?:(?!(?:who|which|that|whom|whose|is|are|was|were|will|would|and|but)\b)[\p{L}'’-]+\s+){0,6}?(?:has|have|had)\s+(?!to\b)(?:(?:already|now|so\s+far|since)\s+)?\p{Ll}+/u;

/**
 * "A total of 20,000 refugees have already arrived", "a total of 21,076 vehicles had crossed the
 * bridge": a total told in the perfect sums everything up to then, a running total (corpus README:
 * "a total of … so far"). "A total of 48 strikes were launched" sums one wave and stays as told.
 * `upToNumber` is the clause's words up to the number, `afterFigure` its words after the figure.
 */
export function totalInPerfect(upToNumber: string, afterFigure: string): boolean {
  return A_TOTAL_OF.test(upToNumber) && COUNTED_IN_PERFECT.test(afterFigure);
}

/** Hedges between a verb of growth and the number: "has risen to more than 4,000". */
const GROWTH_HEDGE = String.raw`(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|roughly|approximately)\s+)?`;

/**
 * A count that has grown to the number, told in the perfect or with "already": "the death toll has
 * jumped to 125", "the number of wounded has increased to 23", "casualties have surpassed 4,000",
 * "losses already amount to 4,000", "the deployment had reached 15,000 personnel" (a force sent, which
 * grows as more are sent). The subject must be a count (a toll, a number, casualties, a deployment), so
 * "rescuers have reached 300 sailors" is no total; a growth told in the simple past ("the toll rose to
 * 68") is the toll of one happening, and one presumed ("is believed to have reached 12 million") an
 * estimate of where the count stands: both stay as told.
 */
const GROWN_TO = new RegExp(
  String.raw`\b(?:toll|number|total|tally|count|figure|casualties|losses|deaths|fatalities|injured|wounded|arrivals|deployments?|contingents?)\b[^,;:]*?\b(?:(?<!\bto\s)(?:has|have|had)\s+(?:(?:already|now|since|further|again|\p{L}+ly)\s+)?(?:risen|increased|climbed|jumped|leapt|leaped|soared|surged|grown|swelled|swollen|reached|surpassed|exceeded|topped|passed|gone\s+up)|already\s+(?:amounts?|amounted|totals?|totalled|totaled|exceeds?|exceeded|surpass(?:es|ed)?|reach(?:es|ed)|tops?|topped|stands?\s+at))(?:\s+to)?\s+${GROWTH_HEDGE}$`,
  'iu',
);

/**
 * A toll that stands above the number now, told in the present: "casualties among the crews surpass
 * 4,000", "the death toll now exceeds 300". Only a toll, which grows: "the number of troops exceeds
 * 10,000" may be a force of that size, no running total.
 */
const TOLL_NOW_ABOVE = new RegExp(
  String.raw`\b(?:toll|casualties|losses|deaths|fatalities)\b[^,;:]*?\b(?:(?:now|already)\s+)?(?:exceeds?|surpass(?:es)?|tops?)\s+${GROWTH_HEDGE}$`,
  'iu',
);

/**
 * A sum told in the perfect, whatever is summed: "aid from Fredonia has already totalled 12.5 million
 * euros", "deliveries have amounted to 300 tons". The perfect sums up to now; "the package totalled
 * $5 million" is the size of one thing.
 */
const PERFECT_SUM = new RegExp(String.raw`\b(?:has|have|had)\s+(?:(?:already|now|so\s+far)\s+)?(?:totall?ed|amounted\s+to)\s+${GROWTH_HEDGE}$`, 'iu');

/** Whether the clause's words before a figure (`beforeFigure`) tell of a count grown to it: a running total. */
export function grownTo(beforeFigure: string): boolean {
  return GROWN_TO.test(beforeFigure) || TOLL_NOW_ABOVE.test(beforeFigure) || PERFECT_SUM.test(beforeFigure);
}

/**
 * The counted as the subject of a future: "120,000 people will leave", "5,000 would be forced to
 * flee", "10,000 more will follow". Not a relative clause about people already counted ("300 sailors
 * who will join the fleet"), a negation, "would have", which estimates what happened, nor a habit
 * ("50 ships a day would normally pass").
 */
const FUTURE_OF_COUNTED = /^\s+(?:(?!(?:who|which|that|a|per|each|every)\b)[\p{L}-]+\s+){0,2}?(?:will|would|shall)\s+(?!not\b|have\b|(?:normally|usually|typically|ordinarily|generally|often)\b)(?:\p{L}+ly\s+)?\p{L}+/u;

/**
 * A giving or sending still to come whose object is the figure: "each family will be given $100",
 * "the state will pay 400 crowns to each refugee", "will also be offered 200 crowns", "refugees
 * will start receiving $250", "Freedonia will soon be sending 5,000 more sailors". Read only in the
 * words before the figure, so the counted as the subject ("300 sailors will be given leave") are not
 * made a plan; "will pay tribute to the 600 killed" pays no amount.
 */
const GIVEN_AHEAD = /\b(?:(?:will|would|shall|to)\s+(?:(?:also|soon|now|then|still|further|\p{Ll}+ly)\s+)?be\s+(?:given|paid|granted|offered|awarded|handed)|(?:will|would|shall)\s+(?:(?:also|soon|now|then|still|further|\p{Ll}+ly)\s+)?(?:offer|award|pay(?!\s+(?:tribute|homage|respects|attention|a\s+visit|the\s+price)\b))|(?:will|would|shall)\s+(?:(?:also|soon|now|then|still|further|\p{Ll}+ly)\s+)?(?:be|start|begin)\s+(?:sending|deploying|dispatching|shipping|delivering|providing|supplying|allocating|disbursing|paying|giving|receiving|getting))\b[^;:.!?]*$/iu;

/** A preposition of whom it goes to right before the figure: "will be given to 300 families" counts those who are there. */
const RECIPIENT_BEFORE = /\b(?:to|for|among|between|with)\s+(?:the\s+|these\s+|those\s+|some\s+)?$/i;

/** Whether the clause's words before a figure (`beforeFigure`) give or send it in a future: planned (see `GIVEN_AHEAD`). */
export function givenAhead(beforeFigure: string): boolean {
  return GIVEN_AHEAD.test(beforeFigure) && !RECIPIENT_BEFORE.test(beforeFigure);
}

/** A preposition right before a figure: the counted are then no subject ("the identities of 11 people will be …"). */
const PREPOSITION_BEFORE = /\b(?:of|for|to|with|by|from|among|about|on)\s+(?:the\s+|these\s+|those\s+)?$/i;

/**
 * Whether the counted are the subject of a future: a forecast. `beforeFigure` and `afterFigure` are
 * the clause's words on either side of the figure.
 */
export function forecastOfCounted(beforeFigure: string, afterFigure: string): boolean {
  return !PREPOSITION_BEFORE.test(beforeFigure) && FUTURE_OF_COUNTED.test(afterFigure);
}

/**
 * A place in the possessive right before the figure: "the area’s 120,000 residents", "Marsh City’s
 * 5,000 inhabitants". The people a place owns are there already, so a plan told of them ("plans to
 * integrate the area’s 120,000 ethnic Sylvanians", "will resettle the town’s 5,000 residents") is a
 * plan of what happens to them, not of their number.
 */
const PLACE_OWNS = /(?:\bthe\s+(?:region|area|city|town|village|enclave|territory|country|nation|district|province|island)|\b\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)['’]s\s+$/u;

/** Nouns that name people by where they live. */
const DWELLERS: ReadonlySet<string> = new Set(['residents', 'inhabitants', 'population']);

/**
 * Whether the words before a figure (`beforeFigure`) end in a place that owns the counted (see
 * `PLACE_OWNS`), and the figure's `unit` names people by no role or by where they live: "the
 * country’s 3,000 troops will be sent" is a force whose dispatch is planned, number and all.
 */
export function ownedByPlace(beforeFigure: string, unit: string | null): boolean {
  const head = unit?.split(/\s+/).at(-1) ?? '';
  return (isPeopleOfNoRole(head) || DWELLERS.has(head.toLowerCase())) && PLACE_OWNS.test(beforeFigure);
}

/**
 * A period inside a participle phrase that describes the counted, before the clause's own verb:
 * "1,000 of the 11,000 soldiers sent from Sylvania in the past three months had been killed", "the
 * 300 sailors captured since May have been freed". The period says which people are meant; the
 * clause ("had been killed") tells no running total. Only after the figure (see `withoutPeriodOfSubject`).
 */
const PERIOD_OF_SUBJECT = /(\b(?:\p{Ll}+ed|sent|brought|held|taken|built|caught|shot|lost)\s+(?:[\p{L}’'-]+\s+){0,5}?)(?:(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:hours|days|weeks|months|years|hour|day|week|month|year)|since\s+[^,;:]{1,30}?)(?=\s+(?:had|have|has|were|was|are|is|remain|remains)\b)/u;

/**
 * The clause with a period of the counted's own description after the figure taken out (see
 * `PERIOD_OF_SUBJECT`); `figureEnd` is where the figure ends in `clause`.
 */
export function withoutPeriodOfSubject(clause: string, figureEnd: number): string {
  const after = clause.slice(figureEnd);
  return clause.slice(0, figureEnd) + after.replace(PERIOD_OF_SUBJECT, '$1');
}

/** A future or conditional auxiliary. */
const WILL = /\b(?:will|would|shall)\b|['’]ll\b/i;

/** Month names as written in full and shortened ("Dec", "Sept"); "May" is both. */
const MONTH_WORDS = MONTH_NAMES.map((name) => name.toLowerCase());
const MONTH_OR_SHORT = [...MONTH_WORDS, ...MONTH_WORDS.filter((name) => name !== 'may').map((name) => name.slice(0, 3)), 'sept'].join('|');

/**
 * "by Sunday morning", "by 31 December", "by mid-March", "by the morning of September 28": a day or
 * month the count runs up to. "As of" reads as "by" (corpus README), a time of day before the day
 * left out: "as of midday on Sept. 25", "As of 1600 GMT on Tuesday".
 */
const UP_TO_A_DAY = new RegExp(
  String.raw`\b(?:by|as\s+of)\s+(?:the\s+end\s+of\s+|(?:early|mid|late)[\s-]+|the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+|(?:midday|noon|midnight|\d{1,4}(?:[:.]\d{2})?\s*(?:GMT|UTC|[ap]\.?m\.?|hours?|local\s+time)?)\s+on\s+)?(?:${WEEKDAY_NAMES.map((name) => name.toLowerCase()).join('|')}|${MONTH_OR_SHORT}|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_WORDS.join('|')}))\b`,
  'i',
);

/**
 * "casualties in the 2 1/2 year old war": a count over a whole war, when the war is the figure's own
 * scope. Not a place the war marks ("in the conflict-hit region", "in the war-torn city").
 */
const OVER_THE_WAR = /\bin the (?:[\w/½-]+\s+){0,4}(?:war|conflict)(?![\w-])/i;

/**
 * "forces engaged in the Sylvanian conflict", "troops involved in the war", and sent "to assist
 * Sylvania in the conflict": a state of those who take part, or the purpose they were sent for, not
 * the period a count sums. `overTheWar` reads the clause without such phrases.
 */
const TAKING_PART_IN = /\b(?:(?:engaged|involved|embroiled|participating|taking\s+part|fighting)|to\s+(?:assist|help|support|aid|back|join)\s+(?:[\p{L}’'-]+\s+){0,3}?)\s*in\s+the\s+(?:[\w/½-]+\s+){0,4}(?:war|conflict)(?![\w-])/giu;

/** Whether a whole war is the scope of the count in `governing` (see `OVER_THE_WAR`, `TAKING_PART_IN`). */
function overTheWar(governing: string): boolean {
  return OVER_THE_WAR.test(governing) && OVER_THE_WAR.test(governing.replace(TAKING_PART_IN, ' '));
}

/**
 * A sentence that opens by totting up: "In all, more than eight million rounds have been shipped",
 * "Since October last year, Freedonia has sent 13,000 sailors", "In the last four weeks, …".
 */
const OPENS_WITH_TOTAL = /^\W*(?:in all|in total|altogether|overall|all told|so far|to date|since [^,]{1,40}|(?:in|over|during|within) the (?:past|last) [^,]{1,30})\s*,/i;

/**
 * "allocated funds for the needs of 40,000 refugees who have fled", "the exodus of 100,000 people who
 * lived there", "most of an estimated 90,000 people remaining in the valley are expected to leave": a
 * count after another noun's "of", described by a clause of its own that is no future, counts people
 * as they are; what is planned or foreseen is the head noun's (the funds, the leaving), not the number.
 * A head of sending or of a group sent ("the deployment of", "a contingent of") is the plan itself.
 */
const OF_ANOTHER_NOUN = /\b(?!(?:dispatch|deployment|transfer|delivery|deliveries|evacuation|shipment|relocation|sending|arrival|contingent|force|group|batch|package|tranche|total|sum|budget|target|convoy|wave|team)\s)\p{L}+\s+of\s+(?:(?:the|an?|these|those|some|an\s+estimated|the\s+estimated)\s+)?$/iu;

/** A relative clause or participle of state right after the counted, that does not look ahead. */
const DESCRIBED_AS_THEY_ARE = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:(?:who|that|which)\s+(?!(?:will|would|shall|could|may|might|are\s+to|is\s+to|are\s+expected|is\s+expected)\b)(?:[\p{L}'’-]+\s+){0,2}?(?:have|has|had|were|was|are|is|\p{Ll}+ed|live|call|remain|fled|left)\b|(?:remaining|living|staying|sheltering)\b)/u;

/**
 * Whether a figure planned or foreseen by its clause counts people as they are: after another
 * noun's "of" (`beforeFigure`) and described by their own clause (`afterFigure`); see `OF_ANOTHER_NOUN`.
 */
export function countedAsTheyAre(beforeFigure: string, afterFigure: string): boolean {
  return OF_ANOTHER_NOUN.test(beforeFigure) && DESCRIBED_AS_THEY_ARE.test(afterFigure);
}

/**
 * Where the words after a figure stop governing it: the next coordinated clause, or another amount
 * set beside it ("EUR 10 million on top of the EUR 20 million provided since 2020"). "killed and
 * wounded" coordinates two participles of one noun phrase, not two clauses; "1,000 builders and 5,000
 * deminers will be dispatched" two counts of one clause. A past verb with "to" after it ("… and vowed
 * to retaliate") is a predicate of its own, no participle.
 */
const NEXT_CLAUSE = /\s(?:and|but|while|whereas|although|after|before)\s(?!\w+(?:ed|en)\s(?!to\s)|(?:(?:about|some|around|nearly|another|more\s+than|up\s+to|at\s+least)\s+)?\d)|[;:]|\s(?:on top of|in addition to|up from|down from|compared with|compared to)\s/;

/** A second that-clause coordinated with the first: "said that … and that …". */
export const COORDINATED_THAT = /\s(?:and|but|or)\s+that\s/gi;

/** The word COORDINATED_THAT and REPORTED_THAT each hold, in any case (test/assemble/figure-stage-cue.test.ts). */
export const THAT_CUE = /that/i;

/**
 * A reporting verb with "that" before the figure: "… followed an incident in which Fredonburg claimed that
 * six were killed". The reported clause has its own tense and modality; a plan or forecast told before
 * the reporting verb ("The decision to launch the operation …") does not reach into it.
 */
export const REPORTED_THAT = /\b(?:said|says|claimed|claims|stated|states|reported|reports|confirmed|confirms|added|noted|told\s+(?:[\p{L}'’-]+\s+){1,2}?)\s*that\s/giu;

/** Words that set another amount beside the one before them: what follows is that amount's. */
const AMOUNT_BESIDE = /\s(?:on top of|in addition to|up from|down from|compared with|compared to)\s/g;

/**
 * The words that govern a figure's stage: its clause up to the figure (from another amount set beside
 * it), and after it only until the next coordinated clause ("has shipped 1,500 troops … and is likely
 * to deploy them": the forecast is of the deployment, not of the troops shipped).
 */
export function stageWords(clause: string, figureEnd: number): string {
  const after = clause.slice(figureEnd);
  const stop = after.search(NEXT_CLAUSE);
  // "… a package of EUR 10 million on top of the EUR 20 million provided since 2020": the second
  // amount's words start after "on top of".
  const before = clause.slice(0, figureEnd);
  const beside = [...before.matchAll(AMOUNT_BESIDE)].at(-1);
  // "… planned to send 6,000 more and that 1,000 had already arrived": a second reported clause has
  // its own tense; the plan of the first does not reach into it.
  // Both patterns need a "that" (THAT_CUE): most figures have none before them, and are not searched.
  const hasThat = THAT_CUE.test(before);
  const coordinated = hasThat ? [...before.matchAll(COORDINATED_THAT)].at(-1) : undefined;
  const reported = hasThat ? [...before.matchAll(REPORTED_THAT)].at(-1) : undefined;
  const start = Math.max(
    beside ? beside.index + beside[0].length : 0,
    coordinated ? coordinated.index + coordinated[0].length : 0,
    reported ? reported.index + reported[0].length : 0,
  );
  // "two sailors captured by Sylvania wanted to defect": what the counted wish is no plan for them.
  // "destroyed four missiles that were prepared to launch": weapons made ready are no plan of the number.
  const own = (stop < 0 ? after : after.slice(0, stop)).replace(OWN_WISH, ' ').replace(READY_TO_FIRE, ' ');
  return clause.slice(start, figureEnd) + own;
}

/**
 * The counted people's own wish or request after the figure: "wanted to", "hope to", "wish to",
 * "have asked to be transferred", "made the request to be sent".
 */
const OWN_WISH = /\b(?:(?:want|wish|hope|long|ask|request|beg|plead)(?:s|ed)?|begged|pleaded|(?:made|make|makes|making|submitted|filed)\s+(?:a|the|their|his|her)\s+(?:formal\s+)?request)\s+to\b/gi;

/**
 * "since" that opens no period the number sums: an adverb between an auxiliary and its verb ("120,000
 * have since fled", "has since been"), and the mark of a record ("sent thousands, its first
 * intervention since the Great War", "for the first time since 2020", "the first official visit to
 * the country by a Western official since …"), within one clause (no "and" between).
 */
const SINCE_OF_NO_PERIOD = /\b(?:has|have|had)\s+since\b|\b(?:first|only|largest|biggest|worst|deadliest|longest|highest|lowest)\b(?:\s+(?!and\b)[\p{L}’'-]+){0,10}?\s+since\b/giu;

/** Words that sum without naming a period: "in total", "in all", "altogether", "overall", "all told". */
const BARE_TOTAL = /\b(?:in total|in all(?!\s+(?:the\s+|of\s+)?\d)|altogether|overall|all told)\b/gi;

/** A relative clause after a comma: ", where …", ", which …". */
const RELATIVE_CLAUSE = /^\W*(?:where|which|whose)\b/i;

/** A sentence that opens with a bare sum only: "In total, …", "Overall, …". */
const OPENS_WITH_BARE_TOTAL = /^\W*(?:in all|in total|altogether|overall|all told)\s*,/i;

/** A present state: "are at the disposal of", "is in custody", "remain in camps". */
const PRESENT_STATE = /\b(?:are|is|remain|remains)\b/i;

/** Words that make a present a sum over time after all: a perfect, or a period up to now. */
const OVER_TIME = /\b(?:have|has|had|so far|to date|since|until now|up to now)\b/i;

/** A verb of the clause: a form of "be" or "have", or a past in "-ed". */
const HAS_VERB = /\b(?:am|are|is|was|were|be|been|have|has|had|remain|remains|remained)\b|\b\p{Ll}+ed\b/u;

/**
 * "In total, the peacekeepers are at the disposal of 522 civilians": a sum of what is the case now,
 * over no period, is no running total (corpus README: a running total is over a period). "In all,
 * eight million rounds have been shipped" sums what has happened, and stays one.
 */
function sumOfStateNow(governing: string): boolean {
  return PRESENT_STATE.test(governing) && !OVER_TIME.test(governing);
}

/**
 * Weapons ready to be used, right after the figure (or its acronym in parentheses): "that were
 * prepared to launch", "(LACM) that were prepared to launch", "being readied to fire", "poised to be
 * launched"; later in the clause, a relative clause of things made ready ("seven strikes against four
 * boats that were prepared to launch": the boats were ready, the strikes were made); and weapons
 * others were readying ("strikes on missiles that the rebels were preparing to launch"). A state of
 * the things, not someone's plan for the number.
 */
const READY_TO_FIRE = /^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:that|which)\s+(?:were|was|had\s+been)\s+(?:being\s+)?|being\s+)?(?:prepared|readied|ready|poised|primed|set)\s+to\s+(?:be\s+)?(?:launch|fire)(?:ed|d)?\b|\b(?:that|which)\s+(?:were|was|had\s+been)\s+(?:being\s+)?(?:prepared|readied|ready|poised|primed|set)\s+to\s+(?:be\s+)?(?:launch|fire)(?:ed|d)?\b|\b(?:that|which)\s+(?:[\p{L}-]+\s+){0,5}?(?:were|was|had\s+been)\s+(?:preparing|readying|getting\s+ready)\s+to\s+(?:launch|fire)\b/iu;

/**
 * "This includes an additional 1 million dollars to the agency", "The package comprises €5 million
 * for food", "This funding from Freedonia includes $1 million for …": a sentence that breaks down what
 * the sentence before it told, so its parts are at that sentence's stage (a pledge's parts are pledged too).
 * A word of detail may open it, and then "concerns" or "means" names the parts ("In detail, this
 * concerns €1 million of food aid, to which is added …"); "This concerns Sylvania" alone is a worry.
 * The subject may name the whole by its amount ("The €5 million humanitarian funding includes …").
 */
const BREAKDOWN_OF_PREVIOUS = /^\W*(?:(?:in\s+detail|specifically|in\s+particular)\s*,\s*(?:it|this|that)\s+(?:concerns|concerned|means|meant)\b|(?:it|(?:this|that|these|the)(?:\s+(?:new\s+|additional\s+|further\s+)?(?:(?:[$€£]\s?[\d.,]+|[\d.,]+)(?:\s+(?:million|billion))?\s+(?:\p{Ll}+\s+)?)?(?:sum|amount|package|total|pledge|aid|assistance|funding|money|contribution|tranche)(?:\s+(?:from|of|by)(?:\s+[\p{L}.'’-]+){1,5}?)?)?)\s+(?:also\s+)?(?:includes?|included|comprises?|comprised|covers|covered|consists\s+of|consisted\s+of)\b)/iu;

/** Whether `sentence` breaks down what the sentence before it told (BREAKDOWN_OF_PREVIOUS). */
export function breaksDownPrevious(sentence: string): boolean {
  return BREAKDOWN_OF_PREVIOUS.test(sentence);
}

/** The words of a breakdown up to its verb ("This includes"), which name the whole; null for any other sentence. */
export function breakdownLead(sentence: string): string | null {
  return BREAKDOWN_OF_PREVIOUS.exec(sentence)?.[0] ?? null;
}

/**
 * The stage of a figure. Modality is read in `governing` (see `stageWords`); a running-total marker
 * ("since mid-November", "so far") anywhere in the `clause`, since it scopes over the whole of it, or
 * opening the `sentence` ("In all, …"). A total the figure's own words state ("has sent 10,000 in
 * total") stays a total whatever a later date looks ahead to, and a planned number stays planned.
 * `forecastDate` is true when a date of the clause points past the publication day ("by December").
 */
export function figureStage(governing: string, clause: string, forecastDate: boolean, sentence = ''): FigureStage {
  if (SENDING_TIMED.test(governing)) return 'planned';
  if (EXPECTED.test(governing.replace(COMPARED_WITH_EXPECTATION, '')) || MAY_HAPPEN.test(governing)) return 'expected';
  // A decided number with a forecast date ("plans to send 6,000, probably in July") stays planned:
  // the forecast is of when, not of how many.
  if ([PLANNED, ANNOUNCED_MONEY, REQUESTED, TASK_OF_MOVING, ABLE_TO_TAKE_IN, GOING_TO, STILL_TO_COME, RAISING_TOWARDS, AUTHORISED_SENDING, DECIDED_RISE].some((intent) => intent.test(governing))) return 'planned';
  // A bare sum of a state now is no total (see `sumOfStateNow`); a part with no verb of its own
  // (", including 293 children") is told by its sentence's verb.
  const stateNow = sumOfStateNow(HAS_VERB.test(governing) || sentence === '' ? governing : sentence);
  const totalled = (text: string) => CUMULATIVE.test((stateNow ? text.replace(BARE_TOTAL, ' ') : text).replace(RANKED_SO_FAR, ' ').replace(SINCE_OF_NO_PERIOD, ' '));
  if (totalled(governing) || overTheWar(governing)) return 'cumulative';
  if (forecastDate) return 'expected';
  // "100,483 displaced persons arrived by Sunday morning": a count up to a day gone by is a running
  // total ("will arrive by …" looks ahead, whatever the date).
  if (UP_TO_A_DAY.test(governing) && !WILL.test(governing)) return 'cumulative';
  // "Since then, peace has prevailed in the region, where Freedonia has deployed 2,000 sailors": the
  // opening sums the main clause, not a relative clause about a place or thing in it.
  const opensWithTotal = OPENS_WITH_TOTAL.test(sentence) && !(stateNow && OPENS_WITH_BARE_TOTAL.test(sentence)) && !RELATIVE_CLAUSE.test(clause);
  if (totalled(clause) || (opensWithTotal && !STILL_HELD.test(governing))) return 'cumulative';
  return 'reported';
}
