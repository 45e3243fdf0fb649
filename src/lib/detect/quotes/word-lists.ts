/**
 * Generic English vocabulary for reading speaker phrases: role nouns, office titles, function words.
 * No names, places or organisations of any topic: those are content (`content/actors.yaml`).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Whether a phrase holds, as a whole word (letters and hyphens, in any case), a word of one of `lists`. */
export function holdsWordOf(phrase: string, ...lists: ReadonlySet<string>[]): boolean {
  return phrase.toLowerCase().split(/[^\p{L}-]+/u).some((word) => lists.some((list) => list.has(word)));
}

/**
 * Nouns of someone's words, as a pattern's alternation: what a rebuttal counters ("countered Berg's
 * claims", "countered the allegations"); read where the words are found and where they are denied.
 */
export const WORDS_SAID_NOUNS = 'claims?|allegations?|accusations?|assertions?|reports?|statements?|arguments?|narratives?';

/** Singular nouns for one person speaking: "the official", "a spokesperson". */
export const PERSON_ROLES = set(`
  official spokesperson spokesman spokeswoman minister secretary president premier chancellor leader dictator strongman chief head
  director ambassador envoy diplomat adviser advisor aide commander general officer analyst expert source
  prosecutor lawmaker legislator senator representative negotiator mayor governor king queen prince ruler monarch ombudsman ombudswoman commissioner
  deputy counterpart lawyer researcher scientist observer witness resident correspondent reporter journalist editor
  columnist commentator blogger milblogger member chairman chairwoman chair secretary-general administrator coordinator inspector
  investigator judge strategist auditor harbourmaster harbormaster pollster coroner magistrate professor economist historian specialist master captain pilot doctor nurse teacher
  student activist villager soldier victim survivor eyewitness citizen protester worker farmer owner manager executive
  politician academic scholar lecturer prisoner captive defector deserter refugee civilian fellow watcher pundit presenter
  critic opponent detractor biographer consultant ally loyalist insider colonel admiral brigadier commodore
  peacekeeper
`);

/** Plural nouns for several people speaking: "officials said". */
export const GROUP_ROLES = set(`
  officials spokespeople spokesmen spokeswomen ministers secretaries presidents leaders chiefs heads directors
  ambassadors envoys diplomats advisers advisors aides commanders generals officers analysts experts sources
  prosecutors lawmakers legislators senators representatives negotiators observers witnesses residents people academics scholars lecturers fellows watchers pundits presenters ombudsmen
  critics opponents detractors biographers consultants loyalists insiders colonels admirals brigadiers
  members investigators inspectors researchers scientists doctors nurses teachers students activists villagers soldiers
  victims survivors eyewitnesses citizens protesters workers farmers owners managers executives residents locals
  agencies ministries departments services governments bodies organisations organizations groups companies firms
  outlets newspapers bloggers milbloggers correspondents prisoners captives defectors refugees sailors fighters combatants countries nations sides
  associations federations charities insurers shipowners operators consultancies banks airlines carriers manufacturers exporters producers
  rebels militants insurgents separatists guerrillas militias
  troops peacekeepers guards
  judges auditors monitors firefighters rescuers passengers elders clerics imams monks nuns priests rabbis shopkeepers
  dockworkers dockers environmentalists campaigners crewmen miners labourers laborers patients referees pollsters
  neighbours neighbors bystanders motorists commuters travellers travelers fans supporters voters investors defendants
  plaintiffs candidates challengers organisers organizers unions coroners magistrates
  economists historians strategists specialists commentators columnists
`);

/** Nouns for an institution speaking: "the ministry said", "the agency said". */
export const ORG_ROLES = set(`
  government administration ministry department agency office authorities authority military army navy police
  cabinet parliament council committee embassy mission service command headquarters bureau directorate presidency center centre
  palace court commission secretariat party organisation organization group alliance union outlet newspaper
  broadcaster daily channel network media intelligence forces side camp company firm statement leadership document assessment update bulletin tweet
  release publication
  panel team regime decree resolution television tv radio station operator report announcement readout communique communiqué alert advisory
  community industry association federation chamber coalition bloc institute foundation charity watchdog monitor consultancy
  movement opposition coastguard guard regulator tribunal observatory league club consulate jury prosecution hospital clinic laboratory bank airline carrier insurer shipowner manufacturer exporter producer corporation refinery shipyard
  giant
`);

/**
 * People who speak for themselves, not for the country their demonym names: "a North Freedonian
 * soldier said" is a captive's or a resident's account, not Freedonia's position. A ship reports
 * through its crew the same way: "the Freedonian-flagged tanker reported a near miss".
 */
export const PRIVATE_PERSONS = set(`
  soldier soldiers prisoner prisoners captive captives pow pows defector defectors resident residents citizen citizens
  civilian civilians refugee refugees villager villagers survivor survivors victim victims witness witnesses
  eyewitness eyewitnesses student students worker workers farmer farmers protester protesters activist activists
  people locals man woman men women family families mother father son daughter sailor sailors crew seafarers
  fighter fighters combatant combatants conscript conscripts serviceman servicemen private privates sergeant sergeants corporal corporals
  rifleman riflemen sniper snipers recruit recruits gunner gunners infantryman infantrymen paratrooper paratroopers
  trooper troopers scout scouts teenager teenagers teen teens youth youths boy boys girl girls
  volunteer volunteers medic medics paramedic paramedics nurse nurses doctor doctors surgeon surgeons teacher teachers
  pensioner pensioners widow widows relative relatives driver drivers fisherman fishermen seafarer engineer engineers
  priest priests lawyer lawyers tourist tourists evacuee evacuees veteran veterans trader traders businessman businessmen
  businesswoman businesswomen entrepreneur entrepreneurs pilot pilots deserter deserters mercenary
  mercenaries dissident dissidents exile exiles peacekeeper peacekeepers troops
  wife wives husband husbands parent parents cousin cousins uncle aunt
  grandmother grandfather sons daughters mothers fathers widower brother brothers sister sisters sibling siblings
  nephew nephews niece nieces grandson grandsons granddaughter granddaughters friend friends acquaintance acquaintances
  classmate classmates colleague colleagues
  vessel vessels ship ships tanker tankers carrier carriers freighter freighters
  firefighter firefighters rescuer rescuers passenger passengers elder elders cleric clerics imam imams monk monks nun nuns
  rabbi rabbis shopkeeper shopkeepers dockworker dockworkers docker dockers environmentalist environmentalists
  campaigner campaigners crewman crewmen miner miners labourer labourers laborer laborers patient patients
  referee referees neighbour neighbours neighbor neighbors bystander bystanders motorist motorists commuter commuters
  traveller travellers traveler travelers fan fans supporter supporters voter voters investor investors defendant defendants
  plaintiff plaintiffs candidate candidates challenger challengers frontrunner organiser organisers organizer organizers
  singer singers musician musicians rapper rappers artist artists poet poets novelist novelists composer composers
  painter painters filmmaker filmmakers photographer photographers actress actresses comedian comedians celebrity celebrities
  athlete athletes footballer footballers billionaire billionaires philanthropist philanthropists
  archbishop archbishops bishop bishops patriarch patriarchs catholicos pastor pastors preacher preachers
`);

/** Heads of descriptions of people who speak for no government: scholars, analysts, experts, the press. */
export const INDEPENDENT_ROLES: ReadonlySet<string> = new Set([
  'analyst', 'researcher', 'professor', 'expert', 'scholar', 'fellow', 'lecturer', 'academic', 'specialist',
  'economist', 'historian', 'commentator', 'columnist', 'author', 'writer', 'scientist', 'observer', 'watcher', 'pundit',
  'strategist', 'consultant', 'critic', 'opponent', 'detractor', 'biographer', 'pollster',
  // Monitors of a war or an election watch the sides; they speak for none.
  'monitor',
  // The press reports; it speaks for no government, whatever country it works in.
  'correspondent', 'reporter', 'journalist', 'editor', 'blogger', 'milblogger', 'presenter',
]);

/** INDEPENDENT_ROLES and their plurals in -s: "an analyst", "Analysts". */
export const INDEPENDENT_ROLES_ANY_NUMBER: ReadonlySet<string> = new Set([...INDEPENDENT_ROLES].flatMap((role) => [role, `${role}s`]));

/**
 * Participles that make whoever they describe a captive or a deserter, who speaks for no government
 * whatever their rank: "a captured Sylvanian officer", "the detained commander".
 */
export const CAPTIVE_PARTICIPLES = set(`
  captured caught seized detained imprisoned jailed arrested abducted kidnapped interned surrendered defected deserted
`);

/** Adverbs between a role and a participle of captivity: "a soldier recently captured by Freedonia". */
export const CAPTIVITY_ADVERBS = set(`now recently reportedly allegedly later previously since subsequently`);

/**
 * Words before a role that put its holder outside their country's government, who then speaks for
 * none: "an exiled Sylvanian general", "a dissident Sylvanian diplomat", "an ousted minister".
 */
export const ESTRANGED_MODIFIERS = set(`
  exiled self-exiled exile émigré emigre dissident fugitive escaped renegade ousted sacked dismissed deposed expelled
`);

/**
 * Businesses, which speak for themselves whatever country or city their name holds: "Fredonburg
 * Shipping said", "a Sylvanian insurer said" (a state's enterprise the topic data lists is an actor).
 */
export const BUSINESSES = set(`
  company companies firm firms shipping lines airline airlines airways carrier carriers insurer insurers
  shipowner shipowners corporation corp inc ltd plc holdings logistics conglomerate giant giants exporter exporters
  manufacturer manufacturers producer producers consultancy bank banks operator operators owner owners charterer charterers
  factory factories shipyard shipyards refinery refineries
`);

/**
 * A cleric's title before a name ("Sylvanian Archbishop Jan Lind", "Patriarch Karl"): a cleric speaks
 * for a church, which is civil society, not for the state the demonym names.
 */
export const CLERGY_TITLES = set(`archbishop bishop patriarch catholicos priest cleric imam rabbi mufti`);

/**
 * Civil society, which speaks for itself whatever country it is named after: "a Sylvanian NGO", "the
 * Freedonian Institute for Naval Studies" (a head noun here), "Sylvanian human rights groups" (a
 * phrase, `CIVIL_SOCIETY_PHRASE`).
 */
export const CIVIL_SOCIETY = set(`
  ngo ngos charity charities church churches institute institutes foundation foundations university universities
  club clubs unions league leagues observatory observatories hospital hospitals clinic clinics laboratory laboratories opposition association associations society societies forum diaspora diasporas
`);

/**
 * Descriptions of civil society that no single head noun tells: "rights groups", "aid agencies", "a
 * monitoring group", "an open-source intelligence project", "the
 * Red Cross", "a think tank", "the Centre for Naval Studies", "the Naval Studies Center", "the Academy
 * of Sciences", "the Chamber of Commerce", "the Writers Union", and a group of private people ("a
 * Sylvanian defector group", "the soldiers' mothers' committee", "a refugee organisation").
 */
export const CIVIL_SOCIETY_PHRASE =
  /\b(?:rights|aid|humanitarian|relief|veterans['’]?|advocacy|lobby|pressure|diaspora|civil society|non-governmental)\s+(?:groups?|organi[sz]ations?|bodies|agenc(?:y|ies)|networks?)\b|\b(?:monitoring|open[- ]source(?:\s+intelligence)?|OSINT|volunteer|investigative)\s+(?:groups?|projects?|organi[sz]ations?|networks?|communit(?:y|ies)|collectives?|outfits?)\b|\bRed\s+(?:Cross|Crescent)\b|\bthink[- ]tanks?\b|\b(?:Institute|Cent(?:er|re))\s+(?:for|of)\b|\b(?:studies|research)\s+(?:cent(?:er|re)s?|institutes?|units?|programmes?|programs?)\b|\bacadem(?:y|ies)\s+of\s+sciences?\b|\bUniversit(?:y|ies)\s+of\b|\bchambers?\s+of\s+commerce\b|\b(?:writers|journalists|farmers|workers|students|teachers|artists|trade)['’]?\s+unions?\b|\b(?:defectors?|refugees?|victims?|famil(?:y|ies)|mothers?|prisoners?|captives?|survivors?|exiles?|dissidents?)['’]?\s+(?:groups?|organi[sz]ations?|associations?|committees?|unions?|networks?|councils?|alliances?)\b/iu;

/**
 * Armed groups and movements that fight or oppose a government rather than speak for it: "Freedonian
 * rebels" and "the Sylvanian movement" are not Freedonia or Sylvania, unless the topic data lists them
 * as an actor of their own (resolve-speaker.ts).
 */
export const INSURGENT_GROUPS = set(`
  rebel rebels militant militants insurgent insurgents separatist separatists guerrilla guerrillas militia militias movement
  front resistance
`);

/** People close to someone, which `PRIVATE_PERSONS` does not list: "his neighbour", "her husband". */
export const KIN = set(`
  neighbour neighbor friend colleague cousin uncle aunt grandmother grandfather grandson granddaughter
  husband wife brother sister partner fiancé fiancée
`);

/** A person or people named by their age: "the 26-year-old", "two 19-year-olds". */
export const AGE_NOUN = /^(?:\d+|\p{Ll}+(?:-\p{Ll}+)?)-years?-olds?$/u;

/** Whether a lower-case word can head a speaker phrase. */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return PERSON_ROLES.has(lower) || GROUP_ROLES.has(lower) || ORG_ROLES.has(lower) || PRIVATE_PERSONS.has(lower) || AGE_NOUN.test(lower);
}

/**
 * Capitalised words of offices, institutions and places that are never part of a personal name,
 * so "Deputy Press Secretary Anna Berg" splits into a title and the name "Anna Berg". Plural offices
 * too, opening a sentence before the names they describe: "Lawmakers Anna Berg and Karl Ruhl".
 */
export const TITLE_WORDS = set(`
  Lawmakers Legislators Senators Representatives Ministers Ambassadors Envoys Commanders Generals Spokespersons
  President Vice Minister Prime Secretary Secretary-General Spokesperson Spokesman Spokeswoman Press Deputy Assistant
  Under Undersecretary Advisor Adviser Director Chief General Lieutenant Lt. Gen. Col. Colonel Major Maj. Captain
  Capt. Sergeant Sgt. Admiral Adm. Marshal Commander Ambassador Envoy Chancellor Premier Governor Gov. Senator Sen.
  Representative Rep. Lawmaker MP Legislator Congressman Congresswoman Mayor King Queen Prince Princess Sheikh Pope Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Prof. Professor Judge Justice
  Attorney Counsel Commissioner Chairman Chairwoman Chair Head Leader Officer Coordinator Communications Security
  National Defense Defence Foreign Interior Finance State Home Affairs Intelligence Department Ministry Office Agency
  Service Council Committee Commission Command Staff Joint Military Army Navy Air Force Forces Guard House Senate
  Congress Parliament Cabinet Federal Central Supreme Executive Senior Acting Former Top Spy Special Presidential
  Republic Kingdom Federation Union Nations United States Democratic People’s People's North South East West
  Northern Southern Eastern Western Herald Times Post Journal News Daily Tribune Gazette Telegraph Broadcasting
  Television Radio Network Institute University Center Centre Foundation Party Group Company Corporation Bank Fund
  Organization Organisation Association Alliance Front Bureau Board Authority Administration Government Palace
  Embassy Mission Court Tribunal Meeting Conference Summit Forum Talks Treaty Agreement Accord Pact Day War
  Operation Plan Initiative Program Programme Project Act Law Resolution Declaration Region Province Oblast
  District City Island Islands Sea Ocean River Strait Peninsula Gulf Bay Airport Port Base Square Street Hall
  Channel Show Inc. Ltd. Co. Corp. Society Forum Academy Chamber Magazine The A An
  Studies Study Policy Research Analyses Analysis Strategy Strategic Economics Science Sciences Relations Unification
  International School College Brigade Brigades Regiment Battalion Division Corps Squadron Fleet Guards Infantry
  Artillery Airborne Assault Marines Unit Detachment Directorate
  Health Culture Education Infrastructure Territorial Emergency Emergencies Situations Labour Labor Social Economy
  Energy Agriculture Transport Transportation Environment Trade Industry Tourism Sport Sports Youth Digital Development
  Regional Reconstruction Veterans Humanitarian Migration Diaspora Urban Works Natural Resources Welfare Housing
`);

/** Lower-case particles inside personal names: "Greta von der Heide", "Omar bin Said". */
export const NAME_PARTICLES = set('von van der den de da di du del della la le bin ibn al el ter ten dos das');

/** Pronouns that can be the subject of a speech verb outside quotes. */
export const PRONOUNS = set('he she they it He She They It him her them');

/** Weekdays, months and their abbreviations: generic calendar words. */
export const CALENDAR_WORDS = set(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December
  Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
`);

/** Lower-case time words: "last week", "on Tuesday", "yesterday". */
export const TIME_WORDS = set(`
  yesterday today tonight tomorrow week weekend month year morning afternoon evening night earlier later last next
  ago recently now
`);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = set(`
  Mr Mrs Ms Dr Gen Lt Col Sgt Capt Cmdr Adm Maj Brig Sen Sens Rep Reps Gov Pres Prof Rev St Jr Sr No Nos Jan Feb Mar Apr Jun
  Jul Aug Sep Sept Oct Nov Dec Inc Corp Co Ltd vs etc approx Mt Ft
`);

/**
 * Words that end a speaker phrase when reading leftwards from a verb: clause openers, conjunctions,
 * auxiliaries, prepositions (participles used as one too: "Following reported advances near the port,
 * …" names no one who reported). "The confirmation came after Defence Secretary X told" stops at "after".
 */
export const PHRASE_STOP_WORDS = set(`
  that which who whom whose what when while whereas where after before as because since although though if unless
  until but or nor so than then once and however meanwhile moreover furthermore yet still even only just not also
  is are was were be been being has have had will would can could may might must should shall do does did
  to by with without about against into onto over under through during despite amid among between toward towards
  following regarding concerning pending notwithstanding
  like unlike there here this these those it they he she we i you
  said says say told tells wrote met sent came went made took gave left began saw got held led put ran won lost hit
  fell rose fought brought thought knew became kept spent paid sought built stood struck
`);

/** Prepositions that may sit inside a speaker phrase: "the spokesperson for the ministry", "officials in X", "sources within the ministry". */
export const PHRASE_PREPOSITIONS = set('of for at in from under within inside');

/** Lower-case "-ed"/"-ing" words that are adjectives in speaker phrases, not verbs. */
export const PHRASE_ADJECTIVES = set(`
  unnamed retired armed united acting ruling leading governing visiting outgoing incoming founding sitting serving
  ranking unidentified concerned
`);

/**
 * Adjectives that attach a prepositional tail to a speaker: "officials familiar with the matter",
 * "a source close to the talks", "diplomats briefed on the plan". Value: the preposition they take.
 */
export const SPEAKER_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['familiar', 'with'],
  ['close', 'to'],
  ['briefed', 'on'],
  ['knowledgeable', 'about'],
]);

/**
 * Participles that open what is told of a person after their noun, how the reader sees or hears
 * them: "a soldier shown on television", "a woman interviewed by the Courier", "a sailor speaking
 * from hospital". The noun before is the speaker; the words after are no part of who they are.
 */
export const APPEARANCE_PARTICIPLES = set('shown seen pictured filmed photographed interviewed quoted featured heard recorded speaking appearing talking');

/**
 * Participles that tell where or how a person is, after their noun: "a refugee living in Fredonburg",
 * "soldiers fighting in Sylvania", "a sailor stationed in Marsh City". The noun before is the speaker;
 * the place or employer after is no part of who they are, nor whom they speak for.
 */
export const SITUATION_PARTICIPLES = set('living fighting working serving staying sheltering hiding waiting stationed based deployed');

/** Documents that speak for whoever issued them, as a pattern: "the statement said", "a joint communiqué". */
export const DOCUMENT_NOUNS = 'statement|tweet|letter|message|communiqué|communique|declaration|resolution|readout|notice|document|assessment|update|bulletin|decree|announcement|alert|advisory|press release|news release|release';

/** Verbs by which a group names one of its members, before "by": "twelve nations led by Freedonia". */
export const GROUP_MEMBER_VERBS: readonly string[] = ['led', 'headed', 'backed', 'joined', 'convened'];

/**
 * Prepositions that put a place, an agent or a unit after the people a phrase is about: "a prisoner in
 * Sylvania", "sailors captured by Sylvania", "a fighter with Sylvania's special forces", "a sailor
 * aboard the Marsh Star".
 */
export const PLACE_OR_AGENT: ReadonlySet<string> = new Set(['in', 'by', 'from', 'at', 'inside', 'near', 'with', 'aboard', 'onboard']);

/** Nouns of the place where something happens, after "on the": "commanders on the ground", "reporters on the scene". */
export const SPOTS: ReadonlySet<string> = new Set(['ground', 'scene', 'spot', 'frontline', 'front']);

/** Prepositions that make the name after them where someone is, not whom they speak for: "the delegation in Freedonia". */
export const PLACE_PREPOSITIONS = set('in inside at');
