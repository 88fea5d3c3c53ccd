// English cue words for unconfirmed claims: unnamed sources, relayed reports, unverified or denied
// claims, and hedges. Written for English news language; the pattern syntax is in ../claim-lexicon.ts.
import type { ClaimLexicon } from '../claim-lexicon';

const SAY =
  'say says said saying tell tells told claim claimed claiming believe believes believed think thinks ' +
  'suggest suggests suggested suggesting warn warned argue argues argued contend contends contended ' +
  'predict predicts predicted expect expects estimate estimated fear feared ' +
  'describe describes described insist insists insisted maintain maintains maintained note noted add ' +
  'adds added acknowledge acknowledges acknowledged confirm confirms confirmed reported ' +
  'indicate indicates indicated speculate speculated assert asserts asserted explain explains explained ' +
  'disclose disclosed reveal revealed admit admitted concede conceded caution cautioned allege alleges ' +
  'alleged link linked attribute attributed blame blamed suspect suspected worry worried ' +
  'conclude concluded reckon reckons stressed questioned doubted ' +
  'calculate calculated project projected agree agreed assume assumed';

const VAGUE =
  'sources source officials official analysts analyst experts expert critics observers diplomats diplomat ' +
  'insiders insider aides aide economists researchers scientists witnesses people person residents lawmakers ' +
  'legislators officers commentators pundits skeptics sceptics opponents proponents strategists historians ' +
  'scholars academics staffers negotiators investors traders forecasters hawks doves persons followers ' +
  'adherents fans supporters members historians theorists believers groups';

/** The English claim lexicon. */
export const EN_CLAIM_LEXICON: ClaimLexicon = {
  groups: {
    be: "is are was were be been being 's 're am",
    aux:
      "has have had 've also widely privately publicly long repeatedly previously earlier recently now still " +
      'further already often generally reportedly will would may might could',
    say: SAY,
    vague: VAGUE,
    vaguepro: 'some many others most several few',
    adv:
      'widely generally commonly often sometimes usually traditionally popularly once long still now also originally ' +
      'previously mistakenly erroneously largely broadly increasingly privately reportedly',
    verify: 'verified confirmed corroborated authenticated substantiated',
    verify0: 'verify confirm corroborate authenticate substantiate',
    fam:
      'matter talks plans plan situation discussions negotiations investigation case deal decision issue ' +
      'process thinking meeting meetings operation probe report',
    suppose: 'believed thought understood rumored rumoured reckoned presumed suspected alleged',
    belief: 'fears concerns suspicions speculation rumors rumours indications signs hopes',
    vlink: 'at in from with of who close familiar inside within across involved briefed speaking on for',
  },
  cues: {
    unverified: {
      strict: [
        'could|can not ?be ?independently {verify}',
        "cannot|couldn't|can't ?be ?independently {verify}",
        'could|can|cannot not ?independently {verify0}',
        'has|have|had not ?yet been ?independently {verify}',
        'not ?been ?independently {verify}',
        'unable to ?independently {verify0}',
        'impossible to ?independently {verify0}|know|establish|say',
        'no way to ?independently {verify0}|know',
        'not ?independently {verify0}',
        'unverified',
        'unconfirmed',
        'unsubstantiated',
        'uncorroborated',
        'alleged',
        'allegedly',
        'allegation',
        'allegations',
        'alleging',
        'alleges',
        'purported',
        'purportedly',
        'denied',
        'denies',
        'denying',
        'deny',
        'no ?official|independent confirmation',
        'neither confirmed nor denied',
        'declined|refused to confirm|verify',
        'did|would|could not confirm',
        "remains|remained|remain|is|was|it's ?still unclear",
        'it is|was|remains not ?yet clear',
        'unclear whether|if|how|why|who|what',
        'disputed the|that|this|these|those|his|her|their|its|claims|reports|allegations|accounts|reports',
        'disputes the|that|this|these|those|claims|reports|allegations',
        '{be} disputed|contested',
        'remained|remains|has|have|kept silent|mum',
        'has|have|had not ?publicly commented|responded|addressed ?on ?the allegations|claims|reports|report',
        'claims of',
        'rejected|dismissed the|these|those|such ?media ?news reports|report|claims|claim|accounts|account',
      ],
    },
    anonymous: {
      strict: [
        '{vague} ?{aux} ?{aux} {say}',
        '{vague} {vlink} ?_ ?_ ?_ {say}',
        '{vaguepro} ?of ?them|those ?{aux} {say}',
        'say|says|said|added|noted ?the ?_ {vague} ,|.|"|who|familiar|close|with|at|in|from|on',
        'according to ?the ?* ?* ?* ?* {vague}',
        'condition of anonymity',
        'requested|requesting|granted|demanded anonymity',
        'spoke|speaking|speak|talked|talking anonymously',
        'citing ?unnamed|anonymous|unidentified|senior ?_ sources|officials|people|diplomats|insiders',
        'asked|asking not to be named|identified',
        'declined|declining to be named|identified',
        'not authorized|authorised|allowed|permitted to speak|discuss|comment',
        'unnamed',
        'anonymous {vague}',
        '{vague}|people|person|those|someone|individuals familiar with ?the|their|his|her|its ?{fam}',
        'familiar with the {fam}',
        '{vague} close to the|his|her|their',
        'it is|was ?{adv} said|claimed|believed|thought|rumored|rumoured|understood|feared|suspected|alleged',
        'it has|had been ?{adv} said|claimed|suggested|argued|speculated|rumored|rumoured|alleged|believed',
        '{be} widely|generally|commonly|often|largely|broadly|increasingly|traditionally|popularly|now viewed|seen',
        '{be} ?{adv} seen|viewed as',
        '{be} ?{adv} considered|regarded',
        'considered|regarded by many|some|most',
        '{vaguepro}|_ ?{adv} believe|argue|contend|claim|suspect|speculate|theorize|theorise|assume that',
        'has|have|had been|stand|stands|stood accused',
        '{be} accused of',
        'the thinking is|was that',
        'faced|faces|facing|face ?growing|new|mounting questions|accusations|allegations|suspicions',
        'widely believed|seen|thought|reported|understood|regarded',
        'there are|were|is|was ?growing {belief} that',
        'word is that',
        'rumor|rumour has it',
        'the conventional wisdom',
      ],
    },
    secondhand: {
      strict: [
        'according to ?the|a|an|other|some ?_ ?_ reports|report|accounts',
        'according to ?the ?_ media|press',
        'reportedly',
        'media|press|news reported|reports|said|say|suggested',
        'reports said|say|says|suggest|suggested|indicate|indicated|claimed|claim',
        'was|were|is|are|had|has|have been? reported to',
        'it is|was|has been reported',
        '{be} ?{adv} said|rumored|rumoured to',
        'said|rumored|rumoured to be|have',
        'amid|following|despite|after|over ?the ?_ reports|report that',
        'a|media|press|news|unconfirmed|earlier|recent reports|report that',
        'there are|were|have been ?_ reports',
        'media reports',
        'news reports',
        'press reports',
        'rumors|rumours',
        'rumored|rumoured',
        'reported earlier',
      ],
    },
    speculative: {
      balanced: [
        'may|might|could ?also|still|well|soon|eventually|even ?_',
        'likely',
        'unlikely',
        'probably',
        'possibly',
        'perhaps',
        'maybe',
        'apparently',
        'presumably',
        'seemingly',
        'supposedly',
        'reputedly',
        'appear|appears|appeared to',
        'it appears|appeared|seems|seemed',
        'seem|seems|seemed to',
        '{be} ?{adv} {suppose} to',
        'thought|believed|presumed|suspected|reputed to be|have',
        '{be} expected|projected|forecast|predicted to',
        'suggest|suggests|suggested|suggesting',
        'speculation that|about|over|of|on|as|surrounding|around|swirled|swirling|grew|mounted|is|was',
        'fuel|fueled|fuelled|fueling|fuelling|sparked|sparking|spark|prompted|stoked|stoking|amid|raised speculation',
        'speculated',
        'speculate',
        'speculating',
        'raised|raising|raises|sparked|stoked fears|concerns|questions that',
        'no guarantee',
        'it is|was possible',
        "it's possible",
        'possibility that',
        'suspected',
        'in all likelihood|probability',
        'chances are',
        'odds are',
        'there are|is|were|was signs|indications that',
      ],
      broad: [
        '{be} ?{adv} viewed|seen as|by|to',
        'possible',
        'possibility',
        'seen|regarded|viewed as',
        'considered to',
        'indicates|indicate|indicated|indicating that',
        'imply|implies|implied|implying',
        'would likely|probably',
        'tends|tend to',
        'estimated to',
        'uncertain',
        'doubtful',
        'believe|believes|believed|think|thinks',
        'believed',
        'thought',
        'hopes|hope to',
        'so-called',
        'potentially',
      ],
    },
  },
  blockers: {
    speculative: [
      'could never|hardly|barely|scarcely|only',
      'could not',
      'could|can be no',
      'who|which|whom {be} expected|set|scheduled to',
      '^ {be} expected|due|set|scheduled to meet|visit|attend|join|travel|arrive|address|speak|host|sign|return|fly|testify|announce',
      'before|until|unless|so ?that ?_ ?_ could|might|may',
      'one|nobody|nothing|anyone|anything could',
      'what|whatever|everything|all i|we|he|she|they|you|it could|might|may',
      'more|less|most|least|equally|as|so|too likely|unlikely to',
      'likely ?* ?* ?* voters|voter|caucusgoers|candidate|candidates|nominee|nominees|successor|winner|outcome',
      'decline|declines|declined|declining|refuse|refuses|refused|refusing to speculate',
      'speculate|speculates|speculated about|on|whether|that',
      'no one could',
      'not to suggest|imply|say',
      'may|might|could ?also ?be called|termed|referred|known|described|spelled|written|abbreviated|purchased',
      'may|might also refer|mean',
      'could|may|might ?not ?also ?be used|found|seen|heard|read|reached|viewed',
      'as expected|predicted|forecast',
      'than expected|predicted|forecast|thought|anticipated',
      'so that ?_ ?_ could|might|may',
    ],
    unverified: [
      '{be} denied',
      'been denied',
      'got|get|gets denied',
      'deny|denies|denied|denying them|him|her|us|me|you|access|entry|permission|permits|bail|visas|service|benefits',
    ],
    secondhand: ['according to ?the|a|an ?_ ?_ report|reports|study|analysis|review by|from|of ?the ^'],
    anonymous: [
      'according to ?a|an|the ?* ?* ?* survey|poll|study|analysis|census|data|estimates|count|review|interviews',
      'being|been considered|regarded',
      "can|will|won't|would|should|must|might|may|could|to ?not be seen|viewed|considered|regarded",
      "can't|cannot|shouldn't|wouldn't be seen|viewed|considered|regarded",
      'considered|regarded for|whether|by ^',
      "i|we|you|they|to|not|don't|do|does|didn't|would|will|can|may|might|could|should|must|also|who|which|that _ ?{adv} believe|argue|claim",
      "i|we|you|they|to|not|don't|do|does|didn't|would|will|can|may|might|could|should|must|who|which|that ?{adv} believe|argue|contend|claim|suspect|assume",
    ],
  },
  speechVerbs:
    'said says say told added adds noted notes explained explains wrote writes argued argues warned warns ' +
    'stated states insisted insists acknowledged acknowledges cautioned predicted predicts estimated estimates ' +
    'contended contends recalled recalls continued asked asks replied added observed concluded announced ' +
    'declared testified tweeted posted according suggested suggests believes thinks expects expressed ' +
    'voiced wondered hoped worried feared questioned conceded admitted claimed claims contended speculated ' +
    'speculates hypothesized hypothesised theorized theorised mused',
  vagueSources: `${VAGUE} some many others most several few they it`,
  bodies:
    'ministry department agency government company statement office administration commission council court ' +
    'committee campaign embassy military army police firm bank board group spokesman spokeswoman spokesperson ' +
    'report study survey data analysis memo letter filing complaint indictment lawsuit ruling judge prosecutor ' +
    'prosecutors police union party white kremlin pentagon',
  outletNames:
    'reuters bloomberg cnn bbc nbc cbs msnbc npr pbs politico axios xinhua tass ria interfax yonhap kyodo ' +
    'jazeera arabiya haaretz kommersant izvestia vedomosti asahi yomiuri nikkei spiegel bild figaro monde ' +
    'afp ap dpa efe ansa irna anadolu newsweek forbes buzzfeed huffpost breitbart semafor yahoo axios ynet ' +
    'sputnik rt itar wsj nyt cnbc fox abc vulture gallup',
  outletWords:
    'times post journal news newspaper herald tribune gazette telegraph guardian chronicle mail express mirror ' +
    'standard magazine radio television tv channel agency press daily weekly broadcasting broadcaster network ' +
    'wire courier observer inquirer dispatch examiner bulletin record sun star globe insider finance',
  outletNouns:
    'newspaper newspapers daily magazine channel agency broadcaster television tv radio website outlet tabloid ' +
    'network weekly paper station',
  outletVerbs:
    'reported reports reporting said says wrote writes quoted quotes cited cites claimed claims published ' +
    'revealed reveals broadcast aired reads read quoting citing added',
  outletLeads: [
    'according to',
    'reported by',
    'report in',
    'report by',
    'report from',
    'reports in',
    'reports by',
    'reports from',
    'article in',
    'article by',
    'story in',
    'story by',
    'tweet from',
    'tweet by',
    'post by',
    'cited by',
    'quoted by',
    'quoted in',
    'reporting by',
  ],
  conditionals: 'if unless whether',
  legalExposure: 'convicted found charged indicted face',
};
