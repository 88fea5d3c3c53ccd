// Common given names (English and international) used as a cue that a capitalised sequence is a person.
// One space-separated string, split once at load: compact in the content-script bundle.

const NAMES = `
aaron abbas abby abdel abdallah abdul abdullah abdulaziz abe abel abhishek abigail abraham abu ada adam adams adel
adele adil aditya adnan adolf adrian adriana adrienne afonso agnes agustin ahmad ahmed ahmet aidan aileen ailsa aisha
ajay akbar akhil akira elon akram al alain alan alana alastair albert alberto albrecht alec alejandra alejandro aleksandar
aleksander aleksandr aleksei alessandra alessandro alex alexa alexander alexandra alexandre alexandros alexei alexey
alexis alfonso alfred alfredo ali alice alicia alina alisha alison alistair allan allen allison alma alok alonso alvaro
alvin amado amadou amal amanda amber ambrose amelia amin amina amir amit amos amr amy ana anand anastasia anatoly anders
andre andrea andreas andrei andres andrew andrey andrzej andy aneurin angel angela angelica angelika angelo angie anil
anita anja ann anna annabel anne annette annie anthony antoine anton antonio antonia antonis anwar aparna april arash
archibald archie ariel arif arjun arkady armando armin arnaud arne arnold arnoldo arsene art arthur arturo arun arvind
asa asad ashley ashok ashraf asif aslan astrid ataollah augusto august augustin aung austin ava avi avigdor avraham
axel ayman ayse aziz azadeh barack barbara barney barry bart bartholomew basil bashar beata beatrice beatriz becky ben
benedict benito benjamin benny bernard bernardo bernd bernie bert bertrand beth betty beverly bill billy bjorn blaise
blake bob bobby bogdan boris borislav boyko brad bradley brandon brenda brendan brent brett brian bridget brigitte
britney bronwyn bruce bruno bryan bulent burak byron caitlin caleb calvin camila camilla cameron candice cara carl
carla carlo carlos carlton carly carmen carol carole caroline carolyn carrie carsten carter cary casey caspar cassandra
catalina catherine cathy cecil cecilia cedric celine cesar chad chaim chandra chantal charity charles charlie charlotte
chase chelsea cheng cherie cheryl chester chi chloe chris chrissy christa christian christiane christina christine
christoph christophe christopher christos chuck cindy claire clara clarence claude claudia claudio clay clayton clement
cliff clifford clint clive cody colin colleen connie conor conrad constance constantin constantine cora corey cornelius
cory courtney craig cristian cristina curt curtis cynthia cyril cyrus dag dagmar dai daisy dale damian damien dan dana
daniel daniela daniele danielle danny dante daphne dara darius darko darren darryl dave david davide dawn dean deborah
debbie declan dee deepak deirdre delia denis denise dennis derek desmond devin dexter diana diane dick diego dieter
dilma dimitri dimitris dimitrios dina dinesh dirk dmitri dmitry dominic dominique don donald donna dora doris dorothy
doug douglas drew duane duncan dustin dwayne dwight dylan earl ed eddie edgar edith edmund edouard eduard eduardo edward
edwin egon ehud eileen elaine elena eli elias elif elijah elisa elisabeth elise eliza elizabeth ella ellen elliot elliott
ellis elmer eloise elsa elton emanuel emeka emil emile emilia emilio emily emma emmanuel emmanuelle enrico enrique enzo
eric erica erich erik erika erin ernest ernesto ernst errol erwin esteban esther ethan etienne eugene eugenia eva evan
evangelos eve evelyn evgeny ewa ezra fabian fabio fabrice fahad faisal farah farid farouk fatima fatma federica federico
felipe felix fernando filip filippo fiona florence florian floyd foster frances francesca francesco francine francis
francisco franco francois frank frankie franz fred freddie freddy frederic frederick frederik fritz fyodor gabriel
gabriela gabriele gabrielle gail galina gareth garry gary gavin gayle gene geoff geoffrey georg george georges georgina
gerald geraldine gerard gerardo gerd gerhard gerry gert gia gianluca gianni gideon gil gilbert gilberto gilles gina
gintautas giorgia giorgio giovanni gisela giuseppe gladys glen glenn gloria gordon grace graham grant greg gregg gregor
gregory greta gretchen guido guillaume guillermo gunnar gunter gustavo gustav guy gwen hadi hafez haim hakan hal haley
hamad hamid hamza hana hank hannah hans harald hari harold harriet harris harry harvey hasan hassan hatice hayden
hazel heather hector heidi heike heinrich heinz helen helena helene helga helmut henri henrik henry herbert herman
hermann hilary hillary hiroshi hisham holly horst howard hubert hugh hugo humberto hun hussein ian ibrahim ida ignacio
igor ilan ilham ilya imran ines inga inge ingrid iona irene irina iris irving isaac isabel isabella isabelle isaiah
ismail ivan ivana ivo jack jackie jackson jacob jacqueline jacques jade jaime jake jakob jamal james jamie jan jana jane
janet janice janos jared jarosław jaroslav jason javier jay jean jeanne jeannette jeb jeff jeffrey jen jennifer jenny
jens jeremy jerome jerry jesse jessica jesus jill jim jimmy jo joachim joan joanna joanne joao jocelyn jodi joe joel
joerg johan johann johanna johannes john johnny jon jonas jonathan jordan jorge jose josef joseph josephine josh joshua
josiah josip joy joyce juan juanita judith judy jules julia julian juliana julie julien julio julius june jurgen justin
kai kamal kamala kang karel karen kari karim karin karina karl karla karol kasper kate katharina katherine kathleen
kathryn kathy katie katrin katya kay keir keith kelly ken kendall kenji kenneth kenny kent kerry kevin khaled khalid
kim kimberly kirk kirsten kjell klaus konrad konstantin kris krishna kristen kristian kristin kristina kristof krzysztof
kumar kurt kwame kyle kyriakos lachlan lana lance lars laura laurel lauren laurence laurent lawrence lea leah lech lee
leigh leila lena leo leon leonard leonardo leonid leopold leroy leslie lewis liam lila lily lina linda lindsay lindsey
lionel lisa liz liza lloyd logan lois lola lorenzo loretta lorna lou louis louisa louise lucas lucia luciano lucy
ludwig luigi luis luisa luiz luka lukas luke luther lydia lynn mac madeleine madison mae magda magdalena maggie mahmoud
maja malcolm malik mandy manfred manuel manuela marc marcel marcela marcelo marco marcos marcus margaret margarita
margie margot maria mariam marian mariana marianne marie marina mario marion marisa marissa mark marko marta martha
martin martina marty marvin mary maryam mateo mathias matt matteo matthew matthias maureen maurice mauricio mauro max
maxim maxime maximilian maxine maya megan mehmet mel melania melanie melinda melissa melvin meredith mia michael michal
michel michele michelle miguel mikael mike mikhail mikko milan miles milos milton mindy miranda miriam mitch mitchell
mohamed mohammad mohammed mohamad moises mollie molly mona monica monika morgan moritz morris moses muhammad muhammadu
murat murray mustafa nabil nadia nadine nancy naomi narendra nasser natalia natalie natasha nathan nathaniel neil
nelson nestor nicholas nick nicky nicola nicolas nicole niels nigel nika nikita niklas nikolai nikolaos nikolay nina
noah noel nora norbert norma norman nuno olaf olena oleg olga oliver olivia olivier omar orlando oscar osman otto owen
pablo paddy pamela paolo paris pascal pat patricia patrick patti paul paula paulina pauline pavel pedro peggy penelope
penny per percy pete peter petr petra phil philip philipp philippe phillip phoebe pierre piers pietro piotr polly
priscilla priya quentin rachel radek rafael rafal rahul raj rajesh ralph ramon ramzan randall randy raphael raquel rashid
raul ray raymond rebecca reed reggie regina reginald reid reinhard rena renata rene renee reza ricardo riccardo richard
rick ricky rita rob robbie robert roberta roberto robin rocco rod rodney rodrigo roger roland rolando rolf roman romano
ron ronald ronnie rory rosa rosalind rose roy ruben rudolf rudy rupert russell ruth ryan sabine sadiq sahar said salim
sally salma salvador salvatore sam samantha sameh sami samir samuel sandra sandro sandy sanjay santiago sara sarah sasha
saul scott sean sebastian sebastien selina serena serge sergei sergey sergio seth shane shannon sharon shaun shawn
sheila shelley sherry shimon shinzo shirley sidney sigmar silvia silvio simon simone sofia sonia sophia sophie spencer
stacey stan stanislav stanley stefan stefano stefanie steffen stella stephan stephane stephanie stephen sterling steve
steven stewart stuart sue sunil susan susanne suzanne sven svetlana sylvia sylvie tamara tammy tania tanya tara ted
teresa terrence terry tessa thabo thaksin thea theo theodore theresa thierry thomas tiffany tim timothy tina tobias
toby todd tom tomas tommy toni tony tracy travis trevor tricia trish troy tyler ulrich ursula uwe valentina valentin
valerie valery vanessa vasily vedant vera veronica viktor vicente victor victoria vijay vikram vince vincent viola
violet virginia vitaly vivian vladimir vladislav volker walter wanda warren wayne wendy werner wes wesley whitney wilbur
wilfred wilhelm will william willie willy wilson winston wojciech wolfgang xavier yasmin yasser yehuda yevgeny yitzhak
yoav yolanda yosef youssef yuri yusuf yves yvonne zachary zara zbigniew zoe zoltan
aamir abdelaziz abdoulaye adebayo akinwumi alhaji amitabh anupam arvinder asghar ashwin azhar babar bhagwant chetan
dhananjay gautam hardik inzamam ishant javed jasprit kapil mahendra manoj mohammed mushtaq navjot nawaz pervez rahim
rameez rashid ravi sachin salman saqlain saurav shahid shoaib sourav srinath sunil tariq virat wasim waqar younis
zaheer mohsin moin ijaz saeed shahbaz imtiaz ramiz azam
abiy cyril jacob thabo nelson kofi olusegun goodluck bola uhuru william yoweri paul ellen george macky alassane
nana akufo john emmerson robert hage julius kenneth daniel mwai samia hakainde felix denis joseph laurent
luiz jair dilma fernando michel javier mauricio alberto cristina nestor gustavo ivan sebastian gabriel nicolas hugo evo
lenin rafael andres claudia enrique felipe vicente ernesto pedro ollanta ricardo dina martin
xi hu wen li zhou deng mao jiang zhu wang yang zhang liu chen zhao huang wu gao lin guo luo
shinzo yoshihide fumio shigeru junichiro naoto yukio taro hideki ichiro kazuo keisuke koji masahiro naoki satoshi
shinji takeshi tetsuya yasuo yoshiro hiroki kenta daisuke haruki makoto
moon jae suk sang jung min young hyun soo hee seung dong ji hwan
narendra manmohan atal rajiv indira sonia rahul amit arvind mamata nitish yogi
recep ahmet abdullah binali kemal bulent ekrem devlet
benjamin naftali yair ehud ariel shimon yitzhak golda menachem reuven isaac bezalel itamar avigdor benny gideon
mahmoud yasser ismail khaled hassan bashar hafez nouri haider mustafa masoud hamid ashraf abdel anwar
vladimir dmitry sergei sergey mikhail boris nikita yuri leonid alexei alexey alexander viktor valentina tatiana maria
volodymyr petro leonid viktor yulia arseniy denys dmytro oleksandr oleksii andriy vitali vitaliy ruslan taras
aleksandar andrzej mateusz donald lech bronislaw jaroslaw beata ewa radoslaw
emmanuel francois nicolas jacques lionel edouard jean gabriel elisabeth michel bruno gerald
olaf angela gerhard helmut frank walter annalena christian robert friedrich markus armin karl boris
giorgia mario matteo sergio silvio romano enrico giuseppe paolo
pedro mariano jose felipe leticia alberto yolanda
keir rishi liz boris theresa david gordon tony john margaret harold
justin stephen jean brian pierre chrystia mark jagmeet
anthony scott malcolm kevin julia penny peter
jacinda chris christopher
`;

/** Lower-cased given names: a capitalised word in this set suggests the start of a person's name. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((w) => w.length > 0));
