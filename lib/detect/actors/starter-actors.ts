// The bundled starter set: well-known officials, written from general knowledge, each with role,
// country and the date the role was checked. One compact table parsed once at load.
import type { KnownActor } from '../types';

/** A bundled known official. */
export interface StarterActor extends KnownActor {
  /** Year and month the role was last checked ("2025-06"). */
  asOf: string;
  /** The surname alone is distinctive enough to name this person in news ("Putin", "Obama"). */
  surnameAlone?: boolean;
}

// name | title | country | * = surname alone names them, then an optional asOf | aliases (comma separated)
const TABLE = `
Donald Trump|President of the United States|United States|*|Donald J. Trump
J. D. Vance|Vice President of the United States|United States|*|JD Vance,James David Vance
Marco Rubio|Secretary of State|United States|*|
Pete Hegseth|Secretary of Defense|United States|*|
Scott Bessent|Secretary of the Treasury|United States|*|
Pam Bondi|Attorney General|United States|*|Pamela Bondi
Kristi Noem|Secretary of Homeland Security|United States|*|
Howard Lutnick|Secretary of Commerce|United States|*|
Robert F. Kennedy Jr.|Secretary of Health and Human Services|United States||RFK Jr.
Tulsi Gabbard|Director of National Intelligence|United States|*|
Kash Patel|Director of the FBI|United States||
John Ratcliffe|Director of the CIA|United States||
Susie Wiles|White House Chief of Staff|United States||
Karoline Leavitt|White House Press Secretary|United States|*|
Mike Waltz|Ambassador to the United Nations|United States|*|Michael Waltz
Steve Witkoff|Special Envoy|United States|*|Steven Witkoff
Russell Vought|Director of the Office of Management and Budget|United States|*|Russ Vought
Kelly Loeffler|Administrator of the Small Business Administration|United States|*|
Stephen Miller|White House Deputy Chief of Staff|United States||
Todd Blanche|Deputy Attorney General|United States||
Christopher Landau|Deputy Secretary of State|United States||
Steve Feinberg|Deputy Secretary of Defense|United States||Stephen Feinberg
Elbridge Colby|Under Secretary of Defense for Policy|United States||
Keith Kellogg|Special Envoy for Ukraine|United States||
Tom Barrack|Ambassador to Turkey|United States||Thomas Barrack
Mike Huckabee|Ambassador to Israel|United States|*|
Jamieson Greer|Trade Representative|United States||
Doug Burgum|Secretary of the Interior|United States|*|
Chris Wright|Secretary of Energy|United States||
Sean Duffy|Secretary of Transportation|United States||
Brooke Rollins|Secretary of Agriculture|United States||
Linda McMahon|Secretary of Education|United States||
Lori Chavez-DeRemer|Secretary of Labor|United States||
Scott Turner|Secretary of Housing and Urban Development|United States||
Doug Collins|Secretary of Veterans Affairs|United States||
Lee Zeldin|Administrator of the EPA|United States|*|
Tom Homan|Border czar|United States||
Mike Johnson|Speaker of the House|United States||
John Thune|Senate Majority Leader|United States|*|
Chuck Schumer|Senate Minority Leader|United States|*|Charles Schumer
Hakeem Jeffries|House Minority Leader|United States|*|
Mitch McConnell|Senator|United States|*|
Nancy Pelosi|Representative|United States|*|
Thomas Massie|Representative|United States|*|
Bernie Sanders|Senator|United States||Bernard Sanders
Elizabeth Warren|Senator|United States||
Alexandria Ocasio-Cortez|Representative|United States|*|AOC
Ted Cruz|Senator|United States||
Lindsey Graham|Senator|United States||
Marjorie Taylor Greene|Representative|United States||
John Roberts|Chief Justice of the United States|United States||
Gavin Newsom|Governor of California|United States|*|
Greg Abbott|Governor of Texas|United States||
Ron DeSantis|Governor of Florida|United States|*|
Kathy Hochul|Governor of New York|United States|*|
Josh Shapiro|Governor of Pennsylvania|United States||
Gretchen Whitmer|Governor of Michigan|United States|*|
Zohran Mamdani|Mayor of New York City|United States|*2025-11|
Eric Adams|Mayor of New York City|United States||
Tim Kaine|Senator|United States|*|
Cory Booker|Senator|United States|*|
Tim Scott|Senator|United States||
Amy Klobuchar|Senator|United States|*|
Adam Schiff|Senator|United States|*|
Chris Murphy|Senator|United States||
Josh Hawley|Senator|United States|*|
Rand Paul|Senator|United States||
John Fetterman|Senator|United States|*|
Raphael Warnock|Senator|United States|*|
Jon Ossoff|Senator|United States|*|
Chuck Grassley|Senator|United States|*|
Susan Collins|Senator|United States||
Lisa Murkowski|Senator|United States|*|
Mark Kelly|Senator|United States||
Dick Durbin|Senator|United States|*|Richard Durbin
Tom Cotton|Senator|United States||
Rick Scott|Senator|United States||
Mark Warner|Senator|United States||
Ron Wyden|Senator|United States|*|
Mike Lee|Senator|United States||
Roger Wicker|Senator|United States|*|
Jim Jordan|Representative|United States||
Steve Scalise|House Majority Leader|United States|*|
Elise Stefanik|Representative|United States|*|
Tom Emmer|House Majority Whip|United States|*|
Katherine Clark|House Minority Whip|United States||
Ilhan Omar|Representative|United States|*|
Jamie Raskin|Representative|United States|*|
Matt Gaetz|former Representative|United States|*|
Lauren Boebert|Representative|United States|*|
Kevin Hern|Representative|United States||
JB Pritzker|Governor of Illinois|United States|*|J. B. Pritzker
Wes Moore|Governor of Maryland|United States||
Tim Walz|Governor of Minnesota|United States|*|
Brian Kemp|Governor of Georgia|United States|*|
Glenn Youngkin|Governor of Virginia|United States|*|
Andy Beshear|Governor of Kentucky|United States|*|
Josh Stein|Governor of North Carolina|United States||
Katie Hobbs|Governor of Arizona|United States||
Mike DeWine|Governor of Ohio|United States|*|
Phil Murphy|Governor of New Jersey|United States||
Sarah Huckabee Sanders|Governor of Arkansas|United States||
Karen Bass|Mayor of Los Angeles|United States||
Brandon Johnson|Mayor of Chicago|United States||
Pete Buttigieg|former Secretary of Transportation|United States|*|
Alejandro Mayorkas|former Secretary of Homeland Security|United States|*|
Gina Raimondo|former Secretary of Commerce|United States|*|
Xavier Becerra|former Secretary of Health and Human Services|United States|*|
Karine Jean-Pierre|former White House Press Secretary|United States||
John Kirby|former National Security Council spokesman|United States||
Matthew Miller|former State Department spokesman|United States||
Jen Psaki|former White House Press Secretary|United States|*|
Sean Spicer|former White House Press Secretary|United States|*|
Sarah Sanders|former White House Press Secretary|United States||
Kayleigh McEnany|former White House Press Secretary|United States|*|
Mark Meadows|former White House Chief of Staff|United States|*|
Ron Klain|former White House Chief of Staff|United States|*|
Anthony Fauci|former Director of NIAID|United States|*|
Robert O'Brien|former National Security Adviser|United States||
Lloyd Doggett|Representative|United States|*|
Mark Milley|former Chairman of the Joint Chiefs of Staff|United States|*|
Dan Caine|Chairman of the Joint Chiefs of Staff|United States||
Jerome Powell|Chair of the Federal Reserve|United States||Jay Powell
Joe Biden|former President of the United States|United States|*|Joseph R. Biden,Joseph Biden
Kamala Harris|former Vice President of the United States|United States||
Barack Obama|former President of the United States|United States|*|
George W. Bush|former President of the United States|United States||
George H. W. Bush|former President of the United States|United States||George Bush
Bill Clinton|former President of the United States|United States|*|William Jefferson Clinton
Hillary Clinton|former Secretary of State|United States||Hillary Rodham Clinton
Jimmy Carter|former President of the United States|United States|*|
Ronald Reagan|former President of the United States|United States|*|
Richard Nixon|former President of the United States|United States|*|
Mike Pence|former Vice President of the United States|United States|*|
Dick Cheney|former Vice President of the United States|United States|*|
Antony Blinken|former Secretary of State|United States|*|Tony Blinken
Lloyd Austin|former Secretary of Defense|United States||
Janet Yellen|former Secretary of the Treasury|United States|*|
Jake Sullivan|former National Security Adviser|United States||
Merrick Garland|former Attorney General|United States||
John Kerry|former Secretary of State|United States||
Mike Pompeo|former Secretary of State|United States|*|
Kevin McCarthy|former Speaker of the House|United States||
Loretta Lynch|former Attorney General|United States||Loretta E. Lynch
Eric Holder|former Attorney General|United States||Eric H. Holder
Susan Rice|former National Security Adviser|United States||Susan E. Rice
Samantha Power|former Ambassador to the United Nations|United States||
Elaine Chao|former Secretary of Transportation|United States||Elaine L. Chao
Mark Carney|Prime Minister of Canada|Canada|*|
Justin Trudeau|former Prime Minister of Canada|Canada|*|
Claudia Sheinbaum|President of Mexico|Mexico|*|
Andrés Manuel López Obrador|former President of Mexico|Mexico||AMLO,Lopez Obrador
Luiz Inácio Lula da Silva|President of Brazil|Brazil|*|Lula,Lula da Silva
Jair Bolsonaro|former President of Brazil|Brazil|*|
Javier Milei|President of Argentina|Argentina|*|
Gustavo Petro|President of Colombia|Colombia||
Nicolás Maduro|President of Venezuela|Venezuela|*|
Gabriel Boric|President of Chile|Chile|*|
Miguel Díaz-Canel|President of Cuba|Cuba||
Keir Starmer|Prime Minister of the United Kingdom|United Kingdom|*|
Rishi Sunak|former Prime Minister of the United Kingdom|United Kingdom|*|
Boris Johnson|former Prime Minister of the United Kingdom|United Kingdom||
Theresa May|former Prime Minister of the United Kingdom|United Kingdom||
David Lammy|Deputy Prime Minister|United Kingdom|*|
Rachel Reeves|Chancellor of the Exchequer|United Kingdom||
Yvette Cooper|Foreign Secretary|United Kingdom||
Charles III|King of the United Kingdom|United Kingdom||Charles
Emmanuel Macron|President of France|France|*|
Sébastien Lecornu|Prime Minister of France|France|*2025-10|
François Bayrou|former Prime Minister of France|France|*|
Jean-Noël Barrot|Foreign Minister|France||
Friedrich Merz|Chancellor of Germany|Germany|*|
Olaf Scholz|former Chancellor of Germany|Germany|*|
Angela Merkel|former Chancellor of Germany|Germany|*|
Frank-Walter Steinmeier|President of Germany|Germany|*|
Johann Wadephul|Foreign Minister|Germany|*|
Boris Pistorius|Defence Minister|Germany|*|
Giorgia Meloni|Prime Minister of Italy|Italy|*|
Sergio Mattarella|President of Italy|Italy|*|
Pedro Sánchez|Prime Minister of Spain|Spain||
Dick Schoof|Prime Minister of the Netherlands|Netherlands|*|
Donald Tusk|Prime Minister of Poland|Poland|*|
Karol Nawrocki|President of Poland|Poland|*2025-08|
Andrzej Duda|former President of Poland|Poland|*2025-08|
Radosław Sikorski|Foreign Minister|Poland|*|Radoslaw Sikorski
Viktor Orbán|Prime Minister of Hungary|Hungary|*|Viktor Orban
Robert Fico|Prime Minister of Slovakia|Slovakia|*|
Ulf Kristersson|Prime Minister of Sweden|Sweden|*|
Jonas Gahr Støre|Prime Minister of Norway|Norway|*|Jonas Gahr Store
Mette Frederiksen|Prime Minister of Denmark|Denmark|*|
Alexander Stubb|President of Finland|Finland|*|
Kyriakos Mitsotakis|Prime Minister of Greece|Greece|*|
Recep Tayyip Erdoğan|President of Turkey|Turkey|*|Recep Tayyip Erdogan,Tayyip Erdogan
Hakan Fidan|Foreign Minister|Turkey|*|
Vladimir Putin|President of Russia|Russia|*|
Sergei Lavrov|Foreign Minister|Russia|*|Sergey Lavrov
Mikhail Mishustin|Prime Minister of Russia|Russia|*|
Dmitry Peskov|Kremlin spokesman|Russia|*|Dmitri Peskov
Dmitry Medvedev|Deputy Chairman of the Security Council|Russia|*|Dmitri Medvedev
Andrei Belousov|Defence Minister|Russia|*|Andrey Belousov
Sergei Shoigu|Secretary of the Security Council|Russia|*|Sergey Shoigu
Valery Gerasimov|Chief of the General Staff|Russia|*|
Maria Zakharova|Foreign Ministry spokeswoman|Russia|*|
Yuri Ushakov|Kremlin foreign policy aide|Russia|*|Yury Ushakov
Kirill Dmitriev|Special envoy of the President|Russia|*|
Alexander Lukashenko|President of Belarus|Belarus|*|Aleksandr Lukashenko
Volodymyr Zelensky|President of Ukraine|Ukraine|*|Volodymyr Zelenskyy,Zelenskiy
Andrii Sybiha|Foreign Minister|Ukraine|*|Andriy Sybiha
Andriy Yermak|Head of the Office of the President|Ukraine|*|Andrii Yermak
Rustem Umerov|Secretary of the National Security and Defense Council|Ukraine|*2025-07|
Yulia Svyrydenko|Prime Minister of Ukraine|Ukraine|*2025-07|
Denys Shmyhal|former Prime Minister of Ukraine|Ukraine|*|
Dmytro Kuleba|former Foreign Minister|Ukraine|*|Dmitro Kuleba
Oleksandr Syrskyi|Commander-in-Chief of the Armed Forces|Ukraine|*|Oleksandr Syrsky
Valerii Zaluzhnyi|former Commander-in-Chief of the Armed Forces|Ukraine|*|Valery Zaluzhny
Ursula von der Leyen|President of the European Commission|European Union||
António Costa|President of the European Council|European Union||Antonio Costa
Kaja Kallas|High Representative for Foreign Affairs|European Union|*|
Roberta Metsola|President of the European Parliament|European Union|*|
Christine Lagarde|President of the European Central Bank|European Union|*|
Mark Rutte|Secretary General of NATO|NATO|*|
Jens Stoltenberg|former Secretary General of NATO|NATO|*|
António Guterres|Secretary-General of the United Nations|United Nations|*|Antonio Guterres
Stéphane Dujarric|UN spokesman|United Nations|*|Stephane Dujarric
Rafael Grossi|Director General of the IAEA|United Nations|*|
Tedros Adhanom Ghebreyesus|Director-General of the WHO|United Nations|*|Tedros
Kristalina Georgieva|Managing Director of the IMF|International Monetary Fund|*|
Xi Jinping|President of China|China|*|
Li Qiang|Premier of China|China||
Wang Yi|Foreign Minister|China||
Lai Ching-te|President of Taiwan|Taiwan||William Lai
Shigeru Ishiba|former Prime Minister of Japan|Japan|*|
Sanae Takaichi|Prime Minister of Japan|Japan|*2025-10|
Fumio Kishida|former Prime Minister of Japan|Japan|*|
Lee Jae-myung|President of South Korea|South Korea||
Yoon Suk Yeol|former President of South Korea|South Korea||Yoon Suk-yeol
Kim Jong Un|Supreme Leader of North Korea|North Korea||Kim Jong-un
Narendra Modi|Prime Minister of India|India|*|
Subrahmanyam Jaishankar|External Affairs Minister|India|*|S. Jaishankar
Shehbaz Sharif|Prime Minister of Pakistan|Pakistan||
Asim Munir|Chief of Army Staff|Pakistan|*|
Prabowo Subianto|President of Indonesia|Indonesia|*|
Ferdinand Marcos Jr.|President of the Philippines|Philippines||Bongbong Marcos
Anwar Ibrahim|Prime Minister of Malaysia|Malaysia||
Anthony Albanese|Prime Minister of Australia|Australia|*|
Christopher Luxon|Prime Minister of New Zealand|New Zealand|*|
Benjamin Netanyahu|Prime Minister of Israel|Israel|*|Bibi Netanyahu
Isaac Herzog|President of Israel|Israel|*|
Israel Katz|Defence Minister|Israel||
Gideon Saar|Foreign Minister|Israel|*|Gideon Sa'ar
Itamar Ben-Gvir|National Security Minister|Israel|*|
Bezalel Smotrich|Finance Minister|Israel|*|
Yoav Gallant|former Defence Minister|Israel|*|
Yair Lapid|former Prime Minister of Israel|Israel|*|
Naftali Bennett|former Prime Minister of Israel|Israel||
Mahmoud Abbas|President of the Palestinian Authority|Palestine||Abu Mazen
Ali Khamenei|Supreme Leader of Iran|Iran|*|
Masoud Pezeshkian|President of Iran|Iran|*|
Abbas Araghchi|Foreign Minister|Iran|*|
Ali Larijani|Secretary of the Supreme National Security Council|Iran||
Mohammed bin Salman|Crown Prince and Prime Minister of Saudi Arabia|Saudi Arabia||MBS,Mohammad bin Salman
Salman bin Abdulaziz|King of Saudi Arabia|Saudi Arabia||Salman
Mohamed bin Zayed|President of the United Arab Emirates|United Arab Emirates||Mohammed bin Zayed,MBZ
Tamim bin Hamad Al Thani|Emir of Qatar|Qatar||Tamim
Abdel Fattah el-Sisi|President of Egypt|Egypt|*|Abdel Fattah al-Sisi,Sisi
Abdullah II|King of Jordan|Jordan||Abdullah
Ahmed al-Sharaa|President of Syria|Syria|*|Abu Mohammed al-Jolani
Bashar al-Assad|former President of Syria|Syria|*|Bashar Assad
Joseph Aoun|President of Lebanon|Lebanon||
Nawaf Salam|Prime Minister of Lebanon|Lebanon||
Mohammed Shia al-Sudani|Prime Minister of Iraq|Iraq|*|
Cyril Ramaphosa|President of South Africa|South Africa|*|
Bola Tinubu|President of Nigeria|Nigeria|*|
William Ruto|President of Kenya|Kenya|*|
Abiy Ahmed|Prime Minister of Ethiopia|Ethiopia||
Paul Kagame|President of Rwanda|Rwanda|*|
Félix Tshisekedi|President of the Democratic Republic of the Congo|DR Congo|*|Felix Tshisekedi
Abdel Fattah al-Burhan|Head of the Sovereignty Council|Sudan|*|
Leo XIV|Pope|Vatican City||Leo,Robert Prevost
Muammar Gaddafi|former leader of Libya|Libya|*|Muammar Qaddafi,Moammar Gadhafi
Vladimir Zhirinovsky|former member of the State Duma|Russia||
Al Gore|former Vice President of the United States|United States|*|
Bob Dole|former Senator|United States|*|
Newt Gingrich|former Speaker of the House|United States|*|
Henry Kissinger|former Secretary of State|United States|*|
Madeleine Albright|former Secretary of State|United States|*|
Condoleezza Rice|former Secretary of State|United States||
Colin Powell|former Secretary of State|United States||
Rex Tillerson|former Secretary of State|United States|*|
Donald Rumsfeld|former Secretary of Defense|United States|*|
James Mattis|former Secretary of Defense|United States|*|Jim Mattis
John Bolton|former National Security Adviser|United States|*|
Jeff Sessions|former Attorney General|United States|*|
William Barr|former Attorney General|United States||Bill Barr
Robert Mueller|former Director of the FBI|United States|*|
James Comey|former Director of the FBI|United States|*|
Christopher Wray|former Director of the FBI|United States|*|
John McCain|former Senator|United States|*|
Mitt Romney|former Senator|United States|*|
Sarah Palin|former Governor of Alaska|United States|*|
Rudy Giuliani|former Mayor of New York City|United States|*|Rudolph Giuliani
Michael Bloomberg|former Mayor of New York City|United States|*|
Bill de Blasio|former Mayor of New York City|United States|*|
Andrew Cuomo|former Governor of New York|United States|*|
Chris Christie|former Governor of New Jersey|United States|*|
Arnold Schwarzenegger|former Governor of California|United States|*|
Ruth Bader Ginsburg|former Justice of the Supreme Court|United States|*|
Antonin Scalia|former Justice of the Supreme Court|United States|*|
Clarence Thomas|Justice of the Supreme Court|United States||
Samuel Alito|Justice of the Supreme Court|United States|*|
Sonia Sotomayor|Justice of the Supreme Court|United States|*|
Elena Kagan|Justice of the Supreme Court|United States|*|
Neil Gorsuch|Justice of the Supreme Court|United States|*|
Brett Kavanaugh|Justice of the Supreme Court|United States|*|
Amy Coney Barrett|Justice of the Supreme Court|United States||
Ketanji Brown Jackson|Justice of the Supreme Court|United States||
Abraham Lincoln|former President of the United States|United States|*|
Franklin D. Roosevelt|former President of the United States|United States|*|FDR
John F. Kennedy|former President of the United States|United States||JFK
Dwight D. Eisenhower|former President of the United States|United States|*|
Winston Churchill|former Prime Minister of the United Kingdom|United Kingdom|*|
Margaret Thatcher|former Prime Minister of the United Kingdom|United Kingdom|*|
Tony Blair|former Prime Minister of the United Kingdom|United Kingdom|*|
Gordon Brown|former Prime Minister of the United Kingdom|United Kingdom||
David Cameron|former Prime Minister of the United Kingdom|United Kingdom|*|
John Major|former Prime Minister of the United Kingdom|United Kingdom||
Liz Truss|former Prime Minister of the United Kingdom|United Kingdom|*|
Jeremy Corbyn|Member of Parliament|United Kingdom|*|
Nigel Farage|Member of Parliament|United Kingdom|*|
Kemi Badenoch|Leader of the Opposition|United Kingdom|*|
Nicola Sturgeon|former First Minister of Scotland|United Kingdom|*|
Sadiq Khan|Mayor of London|United Kingdom||
Helmut Kohl|former Chancellor of Germany|Germany|*|
Gerhard Schröder|former Chancellor of Germany|Germany||Gerhard Schroeder
Jacques Chirac|former President of France|France|*|
François Mitterrand|former President of France|France|*|Francois Mitterrand
Nicolas Sarkozy|former President of France|France|*|
François Hollande|former President of France|France|*|Francois Hollande
Charles de Gaulle|former President of France|France|*|
Michel Barnier|former Prime Minister of France|France|*|
Gabriel Attal|former Prime Minister of France|France|*|
Marine Le Pen|Member of the National Assembly|France||
Silvio Berlusconi|former Prime Minister of Italy|Italy|*|
Romano Prodi|former Prime Minister of Italy|Italy|*|
Mario Draghi|former Prime Minister of Italy|Italy|*|
Matteo Renzi|former Prime Minister of Italy|Italy|*|
Matteo Salvini|Deputy Prime Minister|Italy|*|
Mariano Rajoy|former Prime Minister of Spain|Spain|*|
Charles Michel|former President of the European Council|European Union||
Jacques Delors|former President of the European Commission|European Union|*|
Jean-Claude Juncker|former President of the European Commission|European Union|*|
Javier Solana|former Secretary General of NATO|NATO|*|
Kofi Annan|former Secretary-General of the United Nations|United Nations|*|
Boutros Boutros-Ghali|former Secretary-General of the United Nations|United Nations|*|
Ban Ki-moon|former Secretary-General of the United Nations|United Nations||
Boris Yeltsin|former President of Russia|Russia|*|
Mikhail Gorbachev|former leader of the Soviet Union|Russia|*|
Viktor Chernomyrdin|former Prime Minister of Russia|Russia|*|
Yevgeny Primakov|former Prime Minister of Russia|Russia|*|
Alexander Lebed|former Secretary of the Security Council|Russia|*|Aleksandr Lebed
Ramzan Kadyrov|Head of the Chechen Republic|Russia|*|
Sergei Sobyanin|Mayor of Moscow|Russia|*|Sergey Sobyanin
Viktor Yanukovych|former President of Ukraine|Ukraine|*|
Petro Poroshenko|former President of Ukraine|Ukraine|*|
Yulia Tymoshenko|former Prime Minister of Ukraine|Ukraine|*|
Slobodan Milosevic|former President of Serbia|Serbia|*|Slobodan Milošević
Aleksandar Vučić|President of Serbia|Serbia|*|Aleksandar Vucic
Yasser Arafat|former President of the Palestinian Authority|Palestine|*|
Yitzhak Rabin|former Prime Minister of Israel|Israel|*|
Shimon Peres|former President of Israel|Israel|*|
Ariel Sharon|former Prime Minister of Israel|Israel||
Ehud Olmert|former Prime Minister of Israel|Israel|*|
Benny Gantz|former Defence Minister|Israel|*|
Avigdor Lieberman|former Defence Minister|Israel|*|
Hosni Mubarak|former President of Egypt|Egypt|*|
Mohamed Morsi|former President of Egypt|Egypt|*|
Saddam Hussein|former President of Iraq|Iraq||Saddam
Nouri al-Maliki|former Prime Minister of Iraq|Iraq|*|
Ruhollah Khomeini|former Supreme Leader of Iran|Iran|*|
Mahmoud Ahmadinejad|former President of Iran|Iran|*|
Hassan Rouhani|former President of Iran|Iran|*|
Ebrahim Raisi|former President of Iran|Iran|*|
Mohammad Javad Zarif|former Foreign Minister|Iran|*|
Hamid Karzai|former President of Afghanistan|Afghanistan|*|
Ashraf Ghani|former President of Afghanistan|Afghanistan|*|
Pervez Musharraf|former President of Pakistan|Pakistan|*|
Benazir Bhutto|former Prime Minister of Pakistan|Pakistan|*|
Nawaz Sharif|former Prime Minister of Pakistan|Pakistan||
Imran Khan|former Prime Minister of Pakistan|Pakistan||
Sheikh Hasina|former Prime Minister of Bangladesh|Bangladesh||
Manmohan Singh|former Prime Minister of India|India||
Atal Bihari Vajpayee|former Prime Minister of India|India|*|
Rahul Gandhi|Leader of the Opposition|India||
Shinzo Abe|former Prime Minister of Japan|Japan||
Hu Jintao|former President of China|China||
Jiang Zemin|former President of China|China||
Deng Xiaoping|former leader of China|China|*|
Mao Zedong|former Chairman of China|China||Mao Tse-tung
Kim Jong Il|former leader of North Korea|North Korea||Kim Jong-il
Moon Jae-in|former President of South Korea|South Korea||
Tsai Ing-wen|former President of Taiwan|Taiwan||
Rodrigo Duterte|former President of the Philippines|Philippines|*|
Joko Widodo|former President of Indonesia|Indonesia|*|Jokowi
Mahathir Mohamad|former Prime Minister of Malaysia|Malaysia|*|
Thaksin Shinawatra|former Prime Minister of Thailand|Thailand|*|
Hun Sen|former Prime Minister of Cambodia|Cambodia||
Hun Manet|Prime Minister of Cambodia|Cambodia||
Aung San Suu Kyi|former State Counsellor of Myanmar|Myanmar||Suu Kyi
Min Aung Hlaing|Head of the military government of Myanmar|Myanmar||
Nelson Mandela|former President of South Africa|South Africa|*|
Thabo Mbeki|former President of South Africa|South Africa|*|
Jacob Zuma|former President of South Africa|South Africa|*|
Robert Mugabe|former President of Zimbabwe|Zimbabwe|*|
Emmerson Mnangagwa|President of Zimbabwe|Zimbabwe|*|
Muhammadu Buhari|former President of Nigeria|Nigeria|*|
Olusegun Obasanjo|former President of Nigeria|Nigeria|*|
Uhuru Kenyatta|former President of Kenya|Kenya|*|
Yoweri Museveni|President of Uganda|Uganda|*|
Omar al-Bashir|former President of Sudan|Sudan|*|
Kais Saied|President of Tunisia|Tunisia|*|
Abdelmadjid Tebboune|President of Algeria|Algeria|*|
Hugo Chávez|former President of Venezuela|Venezuela|*|Hugo Chavez
Fidel Castro|former President of Cuba|Cuba||
Dilma Rousseff|former President of Brazil|Brazil|*|
Cristina Fernández de Kirchner|former President of Argentina|Argentina|*|Cristina Kirchner
Daniel Ortega|President of Nicaragua|Nicaragua|*|
Nayib Bukele|President of El Salvador|El Salvador|*|
Jacinda Ardern|former Prime Minister of New Zealand|New Zealand|*|
Malcolm Turnbull|former Prime Minister of Australia|Australia|*|
Scott Morrison|former Prime Minister of Australia|Australia||
Stephen Harper|former Prime Minister of Canada|Canada||
Chrystia Freeland|former Deputy Prime Minister of Canada|Canada|*|
Pierre Poilievre|Member of Parliament|Canada|*|
`;

/** Month assumed when a line gives none. */
const DEFAULT_AS_OF = '2025-06';
const AS_OF = /\d{4}-\d\d/;

// Parsed with indexed loops and field reads, not for-of or destructuring: this runs once, at load,
// before any of it is optimised, where iterators cost more than the parsing itself.
function parse(): StarterActor[] {
  const out: StarterActor[] = [];
  const lines = TABLE.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fields = (lines[i] ?? '').split('|');
    const name = fields[0];
    const title = fields[1];
    const country = fields[2];
    if (!name || !title || !country) continue;
    const flags = fields[3] ?? '';
    const aliases = fields[4] ?? '';
    const actor: StarterActor = {
      name,
      title,
      country,
      isOfficial: true,
      // A month is seven characters: shorter flags hold none.
      asOf: flags.length >= 7 ? (AS_OF.exec(flags)?.[0] ?? DEFAULT_AS_OF) : DEFAULT_AS_OF,
    };
    if (flags.includes('*')) actor.surnameAlone = true;
    const list = aliases.length > 0 ? aliases.split(',').filter((a) => a.length > 0) : [];
    if (list.length > 0) actor.aliases = list;
    out.push(actor);
  }
  return out;
}

/** Well-known officials bundled with the engine; merged with the reader's known actors by default. */
export const STARTER_ACTORS: readonly StarterActor[] = parse();
