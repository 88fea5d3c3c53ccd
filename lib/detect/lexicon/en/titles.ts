// English role words: offices that make a named person an official, roles that do not, honorifics,
// and the modifier words that may stand inside a written title ("Deputy Defense Minister").

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w.length > 0));

/**
 * Heads of a title that name a public office ("Minister", "Sen.", "ambassador"). Lower-cased, without
 * the abbreviation dot. A head in CONDITIONAL_HEADS needs a government word nearby to count.
 */
export const OFFICE_HEADS = set(`
president presidents vice-president president-elect vice-president-elect premier chancellor minister ministers
secretary secretaries secretary-general undersecretary under-secretary senator sen senators sens congressman congresswoman
congressmen congresswomen congressmember representative representatives rep reps lawmaker lawmakers legislator
legislators assemblyman assemblywoman assemblymember mp mps mep mla deputy governor governors gov govs
lieutenant-governor mayor mayors mayor-elect judge judges justice justices magistrate ambassador ambassadors envoy
envoys diplomat consul attache
charge commissioner ombudsman prosecutor attorney-general solicitor-general comptroller auditor-general
king queen emperor empress sultan emir monarch pope taoiseach tanaiste
general gen lt col colonel maj brigadier brig admiral adm commodore commander cmdr marshal sgt sergeant capt
lieutenant major-general lieutenant-general brigadier-general rear-admiral vice-admiral field-marshal commandant
sheriff councillor councilor councilman councilwoman alderman selectman speaker whip
spokesman spokeswoman spokesperson spokespeople
administrator administrator-general inspector-general inspector superintendent
press-secretary chief-of-staff regent viceroy governor-general
`);

/** Office heads that count only with a government word in the title or appositive ("FBI director"). */
export const CONDITIONAL_HEADS = set(`
spokesman spokeswoman spokesperson director leader chairman chairwoman chair head chief adviser advisor aide
official officer delegate negotiator representative representatives inspector administrator coordinator counsel
king queen emperor empress sultan emir monarch
secretary commissioner deputy president vice-president captain
`);

/** Words that make a conditional head an office ("State Department", "ministry", "White House"). */
export const GOVERNMENT_WORDS = set(`
government ministry ministries department state white house kremlin pentagon cabinet administration federal
presidential prime president minister ministerial embassy consulate police army navy military defense
defence foreign interior justice treasury homeland security intelligence fbi cia nsa dhs doj epa fda cdc nasa
un u.n. nato eu e.u. european commission imf who city county municipal council senate congress congressional
parliament parliamentary legislature legislative assembly supreme court tribunal agency agencies authority bureau
kingdom throne royal crown
office regulator regulatory public attorney prosecutor's election electoral customs immigration border
environmental transportation transport housing health education energy commerce labor labour agriculture finance
trade interior home affairs sewer water sanitation environment
nypd lapd irs sec fcc ftc fema cbo gao omb usda hhs hud dod atf dea tsa faa noaa nih nsc dni odni ustr fdic fec
nlrb cfpb vatican
`);

/**
 * Words of an organisation that is not a government ("American Academy of Pediatrics", "Cato Institute",
 * "Clinton's presidential campaign", "Broward County GOP"): a title at one is no office, whatever
 * country or government word its name holds.
 */
export const NON_GOVERNMENT_ORGS = set(`
academy institute institution federation association foundation center centre campaign campaigns party pac gop
company corporation corp inc llc firm group university college school society club church alliance coalition
project program programme initiative forum trust chamber network magazine newspaper times post journal
`);

/** Party words before a title: "Democratic chair", "GOP chairman" name a party post, not an office. */
export const PARTY_WORDS = set(`democratic republican gop party rnc dnc`);

/** Words that make a "minister" a minister of religion ("Christian minister", "a minister at the church"). */
export const RELIGIOUS_WORDS = set(`
christian baptist methodist lutheran evangelical presbyterian anglican episcopal catholic pentecostal protestant
church congregation parish chapel
`);

/** Heads of a role that does not make a person an official ("analyst", "researcher", "CEO"). */
export const NON_OFFICE_HEADS = set(`
analyst analysts economist professor prof researcher scientist expert fellow scholar academic lecturer
journalist reporter correspondent editor writer columnist author photographer cameraman producer anchor host
presenter blogger commentator critic pundit pollster strategist consultant lobbyist
ceo cfo coo cto founder co-founder cofounder executive chief-executive businessman businesswoman entrepreneur
investor billionaire tycoon magnate banker trader owner co-owner shareholder manager partner employee worker
co-worker staffer intern lawyer barrister solicitor attorney resident residents citizen student teacher doctor
dr nurse physician surgeon skipper fisherman farmer driver pilot actor actress singer rapper musician artist
comedian director filmmaker coach player striker midfielder defender goalkeeper keeper captain batsman bowler
all-rounder spinner pitcher quarterback rider cyclist driver runner champion winner candidate challenger nominee
supporter activist campaigner protester organiser organizer volunteer pastor priest rabbi imam bishop archbishop
cardinal monk novelist poet historian biographer philosopher chef designer architect engineer mother father son
daughter wife husband brother sister widow cousin uncle aunt friend neighbour neighbor boyfriend girlfriend
victim survivor witness suspect defendant plaintiff inmate prisoner hostage refugee migrant
checker fact-checker
`);

/** Role heads that say how a person is related to someone ("his wife Michelle"), who is then named by first name. */
export const RELATION_HEADS = set(`
mother father son daughter wife husband brother sister widow widower cousin uncle aunt nephew niece grandson
granddaughter grandmother grandfather friend neighbour neighbor boyfriend girlfriend partner fiance fiancee
`);

/** Honorifics before a name: a strong person cue that says nothing about office. */
export const HONORIFICS = set(
  `mr mrs ms miss mx dr sir dame lord lady madam mme mlle messrs herr frau sra dona prince princess duke duchess baron rev sheikh sheikha shaikh ayatollah`,
);

/**
 * Modifier words that may stand inside a written title before its head
 * ("Russian Deputy Defense Minister", "State Department deputy spokesperson", "Secretary of State").
 */
export const TITLE_MODIFIERS = set(`
deputy vice prime foreign defense defence interior home finance justice health trade economy economic chief senior
acting former then ex first second assistant principal under general state national security attorney press supreme
majority minority house senate white federal regional provincial city county district municipal u.s. us u.n. un eu
nato army navy air force military affairs labour labor education agriculture energy environment environmental
transport transportation culture treasury commerce homeland veterans housing information communications intelligence
police public development international internal external relations cooperation emergency emergencies consular
ministry department office government administration agency authority council commission committee cabinet
kremlin pentagon bureau parliament parliamentary assembly court tribunal palace embassy mission delegation
special top chief-of-staff staff budget planning managing research political policy executive predecessor successor water sewer operations design construction sanitation
joint armed forces marine marines corps guard coast border immigration customs revenue tax taxation fiscal
monetary central bank reserve sports youth women family social welfare science technology digital industry
industrial infrastructure mines mining petroleum oil gas power fisheries forestry tourism works transport
european arab african american islamic iranian israeli russian ukrainian chinese rear
of for and the to in on at 's
elect designate
lord high crown royal
`);

/** Stacked ranks and offices that may sit between a title and a name ("General Army", "Lt. Gen."). */
export const RANK_WORDS = set(`
general gen army colonel col lieutenant lt major maj brigadier brig admiral adm captain capt commander cmdr
sergeant sgt marshal corporal cpl private pvt commodore air chief
`);

/** Words after "X," that introduce a role in apposition ("Erik Brandt, the defence minister,"). */
export const APPOSITION_OPENERS = set(`the a an who his her their its our now then currently formerly`);
