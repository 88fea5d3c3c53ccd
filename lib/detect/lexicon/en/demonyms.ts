// Country names, short forms and demonyms, mapped to the country's usual English name.
// Used to give an actor a country ("Russian President" -> Russia) and to keep these words out of names.

const TABLE = `
Afghanistan:afghanistan,afghan;Albania:albania,albanian;Algeria:algeria,algerian;Angola:angola,angolan;
Argentina:argentina,argentine,argentinian;Armenia:armenia,armenian;Australia:australia,australian;
Austria:austria,austrian;Azerbaijan:azerbaijan,azerbaijani,azeri;Bahrain:bahrain,bahraini;
Bangladesh:bangladesh,bangladeshi;Belarus:belarus,belarusian;Belgium:belgium,belgian;Bolivia:bolivia,bolivian;
Bosnia and Herzegovina:bosnia,bosnian;Brazil:brazil,brazilian;Bulgaria:bulgaria,bulgarian;
Cambodia:cambodia,cambodian;Cameroon:cameroon,cameroonian;Canada:canada,canadian;Chile:chile,chilean;
China:china,chinese,prc;Colombia:colombia,colombian;Croatia:croatia,croatian;Cuba:cuba,cuban;Cyprus:cyprus,cypriot;
Czech Republic:czech,czechia;Denmark:denmark,danish;Ecuador:ecuador,ecuadorian,ecuadorean;Egypt:egypt,egyptian;
Estonia:estonia,estonian;Ethiopia:ethiopia,ethiopian;Finland:finland,finnish;France:france,french;
Georgia:georgian;Germany:germany,german;Ghana:ghana,ghanaian;Greece:greece,greek;
Guatemala:guatemala,guatemalan;Haiti:haiti,haitian;Honduras:honduras,honduran;Hungary:hungary,hungarian;
Iceland:iceland,icelandic;India:india,indian;Indonesia:indonesia,indonesian;Iran:iran,iranian;Iraq:iraq,iraqi;
Ireland:ireland,irish;Israel:israel,israeli;Italy:italy,italian;Japan:japan,japanese;Jordan:jordanian;
Kazakhstan:kazakhstan,kazakh;Kenya:kenya,kenyan;Kosovo:kosovo,kosovar;Kuwait:kuwait,kuwaiti;Kyrgyzstan:kyrgyzstan,kyrgyz;
Latvia:latvia,latvian;Lebanon:lebanon,lebanese;Libya:libya,libyan;Lithuania:lithuania,lithuanian;
Malaysia:malaysia,malaysian;Mali:mali,malian;Mexico:mexico,mexican;Moldova:moldova,moldovan;Mongolia:mongolia,mongolian;
Montenegro:montenegro,montenegrin;Morocco:morocco,moroccan;Myanmar:myanmar,burma,burmese;Nepal:nepal,nepalese,nepali;
Netherlands:netherlands,dutch,holland;New Zealand:zealander;Nicaragua:nicaragua,nicaraguan;Niger:nigerien;
Nigeria:nigeria,nigerian;North Korea:dprk;North Macedonia:macedonia,macedonian;Norway:norway,norwegian;
Oman:oman,omani;Pakistan:pakistan,pakistani;Palestine:palestine,palestinian;Panama:panama,panamanian;
Paraguay:paraguay,paraguayan;Peru:peru,peruvian;Philippines:philippines,philippine,filipino;Poland:poland,polish;
Portugal:portugal,portuguese;Qatar:qatar,qatari;Romania:romania,romanian;Russia:russia,russian;Rwanda:rwanda,rwandan;
Saudi Arabia:saudi;Senegal:senegal,senegalese;Serbia:serbia,serbian;Singapore:singapore,singaporean;Slovakia:slovakia,slovak;
Slovenia:slovenia,slovenian,slovene;Somalia:somalia,somali;South Africa:south-african;South Korea:rok,korea,korean;
Spain:spain,spanish;Sri Lanka:lankan;Sudan:sudan,sudanese;Sweden:sweden,swedish;Switzerland:switzerland,swiss;
Syria:syria,syrian;Taiwan:taiwan,taiwanese;Tajikistan:tajikistan,tajik;Tanzania:tanzania,tanzanian;
Thailand:thailand,thai;Tunisia:tunisia,tunisian;Turkey:turkey,turkish,turkiye;Turkmenistan:turkmenistan,turkmen;
Uganda:uganda,ugandan;Ukraine:ukraine,ukrainian;United Arab Emirates:uae,emirati;
United Kingdom:uk,u.k.,britain,british,briton;United States:us,u.s.,usa,u.s.a.,america,american;
Uruguay:uruguay,uruguayan;Uzbekistan:uzbekistan,uzbek;Venezuela:venezuela,venezuelan;Vietnam:vietnam,vietnamese;
Yemen:yemen,yemeni;Zambia:zambia,zambian;Zimbabwe:zimbabwe,zimbabwean;Vatican City:vatican;
European Union:eu,e.u.;United Nations:un,u.n.
`;

/** Two-word forms that name a country ("South Korean", "New Zealand"), keyed by the lower-cased pair. */
export const COUNTRY_PAIRS: ReadonlyMap<string, string> = new Map([
  ['south korean', 'South Korea'],
  ['south korea', 'South Korea'],
  ['north korean', 'North Korea'],
  ['north korea', 'North Korea'],
  ['south african', 'South Africa'],
  ['south africa', 'South Africa'],
  ['new zealand', 'New Zealand'],
  ['saudi arabia', 'Saudi Arabia'],
  ['sri lanka', 'Sri Lanka'],
  ['united states', 'United States'],
  ['united kingdom', 'United Kingdom'],
  ['united nations', 'United Nations'],
  ['european union', 'European Union'],
  ['south sudan', 'South Sudan'],
  ['czech republic', 'Czech Republic'],
  ['ivory coast', 'Ivory Coast'],
  ['palestinian authority', 'Palestine'],
  ['puerto rico', 'Puerto Rico'],
  ['costa rica', 'Costa Rica'],
  ['el salvador', 'El Salvador'],
  ['hong kong', 'Hong Kong'],
  ['faroe islands', 'Faroe Islands'],
  ['burkina faso', 'Burkina Faso'],
  ['sierra leone', 'Sierra Leone'],
  ['san marino', 'San Marino'],
  ['trinidad and', 'Trinidad and Tobago'],
  ['west indies', 'West Indies'],
]);

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of TABLE.split(';')) {
    const [country, forms] = entry.trim().split(':');
    if (!country || !forms) continue;
    for (const form of forms.split(',')) map.set(form.trim(), country);
  }
  return map;
}

/** Lower-cased country name, short form or demonym -> country ("russian" -> "Russia", "u.s." -> "United States"). */
export const COUNTRY_BY_WORD: ReadonlyMap<string, string> = build();
