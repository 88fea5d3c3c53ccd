// Capitalised English words that are not names: function words, calendar words, common sentence openers,
// and the words that mark a capitalised sequence as an organisation, a place or an event.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w.length > 0));

/** Lower-cased words that never start or continue a person's name (pronouns, articles, verbs, adverbs...). */
export const STOPWORDS = set(`
a about above according across after afterwards again against ago ahead all almost alone along already also although
always am among an and another any anybody anyone anything anyway anywhere are around as at away back be because been
before behind being below beside besides between beyond both but by can cannot could did do does doing done down during
each either else elsewhere enough even ever every everybody everyone everything everywhere except few for from further
had has have having he her here hers herself him himself his how however i if in inside instead into is it its itself
just last least less let like many maybe me meanwhile might mine more moreover most much must my myself near neither
never nevertheless next no nobody none nor not nothing now of off often on once one only onto or other others otherwise
our ours ourselves out outside over own per perhaps please quite rather really same shall she should since so some
somebody someone something sometimes somewhere soon still such than that the their theirs them themselves then there
thereafter therefore these they this those though through throughout thus to together too toward towards under unless
until up upon us very via was we well were what whatever when whenever where whereas whether which while who whoever
whole whom whose why with within without would yes yet you your yours yourself yourselves
i've i'm i'd i'll i’ve i’m i’d i’ll
today tomorrow yesterday tonight morning evening afternoon night week weekend month year years day days
monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
january february march april june july august september october november december feb mar apr jun jul aug sep sept
oct nov dec christmas easter ramadan
said says say told tells added asked according reported wrote noted argued warned called explained announced insisted
new old first second third fourth fifth last next final early late top big small great good bad high low minor
north south east west northern southern eastern western central upper lower greater
mr mrs ms dr sir dame lord lady miss messrs prof st saint
breaking update updated read more related video photo photos watch listen share comment comments advertisement
sign subscribe newsletter follow click copyright reuters ap afp associated press editing reporting writing additional
analysis opinion editorial exclusive live graphic
many several most some any all both either neither each every few
indeed still yet however meanwhile instead although though despite while whereas unless because since
oh ok okay yes no hello thanks thank please sorry wow dear
tv radio internet web online email twitter facebook youtube instagram tiktok google
democrat democrats republican republicans democratic conservative conservatives liberal liberals labour
tory tories socialist socialists communist communists greens gop independent independents
`);

/** Last words that make a capitalised sequence an organisation, a place, a building or an event, not a person. */
export const NON_PERSON_HEADS = set(`
inc corp corporation co company companies ltd llc plc group holdings bank banks fund trust partners associates
association institute institution university college school academy society foundation council committee commission
board agency authority department ministry office bureau service services party league union federation alliance
organisation organization movement front coalition army navy force forces corps guard police court tribunal parliament
congress senate assembly cabinet government administration embassy consulate center centre hospital clinic museum
library church mosque temple cathedral club fc team united city town county district province state states region
republic kingdom empire island islands river lake sea ocean bay gulf mountain mountains valley hill hills park street
st road avenue ave boulevard square bridge airport station port harbour harbor stadium arena hall house tower palace
building plaza field fields beach coast desert forest strait canal highway way lane drive
times post journal news herald tribune telegraph guardian gazette daily weekly magazine review network channel radio
television press media wire images pictures photos studios records
cup championship championships league open tournament games olympics prize award awards festival summit conference
forum debate rally meeting hearing speech race campaign election poll survey show series war act law bill treaty accord agreement plan program programme project initiative report index exchange market
markets airlines airways motors systems technologies energy oil gas petroleum pharmaceuticals communications
hotel restaurant cafe shop store stores mall brothers resources holdings industries enterprises capital
ventures solutions caucus roads bros sa ag nv spa bv ab asa oyj gmbh ltda pt tbk bhd
`);

/** Capitalised words that start organisation or place names and rarely start a person's name. */
export const NON_PERSON_STARTS = set(`
the new san santa los las el fort mount lake port saint st north south east west upper lower greater united royal
national international federal central global world european american asian african arab islamic general first
major grand red blue black golden human
`);

/** Frequent place names (countries are in demonyms): a sequence made of these is a place, not a person. */
export const PLACES = set(`
london paris berlin moscow washington beijing tokyo seoul delhi mumbai kabul tehran baghdad damascus beirut cairo
jerusalem gaza ankara istanbul athens rome madrid lisbon brussels amsterdam vienna warsaw prague budapest bucharest
sofia kyiv kiev minsk riga vilnius tallinn helsinki stockholm oslo copenhagen dublin edinburgh geneva zurich bern
geneve frankfurt munich hamburg milan naples barcelona marseille lyon manchester liverpool birmingham glasgow belfast
cardiff leeds york boston chicago houston dallas atlanta miami denver seattle phoenix detroit philadelphia baltimore
sydney melbourne perth brisbane auckland wellington toronto montreal vancouver ottawa quebec mexico havana caracas
bogota lima quito santiago buenos aires brasilia rio sao paulo montevideo nairobi lagos abuja accra johannesburg
pretoria cape dakar addis ababa khartoum tripoli tunis algiers rabat casablanca riyadh jeddah doha dubai abu dhabi
muscat manama kuwait amman sanaa aden islamabad karachi lahore dhaka colombo kathmandu bangkok hanoi saigon manila
jakarta singapore kuala lumpur taipei shanghai hong kong macau pyongyang vladivostok novosibirsk kremlin pentagon
westminster whitehall downing brussels strasbourg luxembourg hague davos crimea donbas donetsk luhansk kharkiv odesa
mariupol kherson zaporizhzhia aleppo idlib homs mosul basra kirkuk fallujah raqqa kandahar helmand sinai golan
ramallah hebron nablus jenin rafah khan yunis galilee negev tel aviv haifa
texas california florida ohio virginia georgia carolina pennsylvania michigan arizona nevada utah oregon iowa kansas
kentucky tennessee alabama mississippi louisiana arkansas oklahoma missouri illinois indiana wisconsin minnesota
dakota montana idaho wyoming colorado nebraska alaska hawaii maine vermont massachusetts connecticut jersey maryland
delaware england scotland wales ireland ulster europe asia africa america americas antarctica arctic atlantic pacific
balkans caucasus caribbean mediterranean baltic scandinavia siberia middle kashmir punjab bengal tibet xinjiang
yorkshire lancashire kent surrey essex sussex somerset durham derbyshire leicestershire nottinghamshire warwickshire
worcestershire gloucestershire hampshire middlesex lancashire glamorgan northamptonshire
queens brooklyn manhattan bronx harlem hollywood silicon wall
`);
