/**
 * Somali pack: risky sentences (written for these tests, in varied wordings, not copied from the
 * pack's phrases) must alert in the right category; innocent sentences that use the same alarming
 * words (idioms, school, news, games, help-seeking, kitchen knives) must not.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Somali: risky texts alert', () => {
  expectAlerts('so', [
    // suicide and self-harm
    ['waxaan rabaa inaan dhinto maanta', 5, 'suicide-self-harm'],
    ['waxan raba inan is dilo caawa', 5, 'suicide-self-harm'],
    ['sidee baan isku dili karaa anigoo aan xanuun dareemin', 5, 'suicide-self-harm'],
    ['immisa kiniin ayaa qofka dila', 5, 'suicide-self-harm'],
    ['nolosha waan ka daalay, ma rabo inaan sii noolaado', 5, 'suicide-self-harm'],
    ["waxaan go'aansaday inaan naftayda ka qaado berri", 5, 'suicide-self-harm'],
    ['buundada ayaan ka boodayaa caawa', 5, 'suicide-self-harm'],
    ['kiniinnada hooyo oo dhan ayaan liqayaa caawa', 5, 'suicide-self-harm'],
    ['waxaan jeclaan lahaa inaan seexdo oo aanan waligay soo toosin', 4, 'suicide-self-harm'],
    ['culays baan ku ahay qoyskayga oo dhan', 3, 'suicide-self-harm'],
    ['farriintii ugu dambaysay: iga cafiya dhammaantiin', 4, 'suicide-self-harm'],
    ['waan is jarayaa habeen walba', 4, 'suicide-self-harm'],
    ['sidee baan uga qariyaa nabarrada hooyaday', 4, 'suicide-self-harm'],
    ['saddex maalmood wax ma cunin si aan caato u noqdo', 3, 'suicide-self-harm'],
    ['WAXAAN RABAA INAAN IS-DILO', 5, 'suicide-self-harm'],
    // grooming and sextortion
    ['ha u sheegin waalidkaa waxa aan ka wada hadalnay', 4, 'grooming-cse'],
    ['nin weyn oo internetka ah ayaa iga rabaa sawiro', 4, 'grooming-cse'],
    ['sawir qaawan ii soo dir haddii kale', 5, 'grooming-cse'],
    ['wuxuu igu hanjabay inuu sawiradayda faafinayo haddii aanan lacag siin', 5, 'grooming-cse'],
    ['kaligaa ma joogtaa hadda? kamarada shid', 4, 'grooming-cse'],
    ['wuxuu igu yiri kaligaa imow oo cidna ha u sheegin', 4, 'grooming-cse'],
    ['waxaan ahay 13 jir, isaguna waa 25 jir', 4, 'grooming-cse'],
    ['qof aan aqoon ayaa snapchat iigu soo qoray oo wuxuu iga codsaday sawirro', 4, 'grooming-cse'],
    ['i tus jirkaaga hadda', 5, 'grooming-cse'],
    ['wuxuu i siiyay lacag oo wuxuu rabaa inaan la kulmo kaligay', 4, 'grooming-cse'],
    // sexual
    ['wasmo somali cusub', 3, 'sexual'],
    ['filimo galmo bilaash ah', 3, 'sexual'],
    // bullying and abuse
    ['tag oo is dil qof walba waa ku neceb yahay', 4, 'bullying-abuse'],
    ['is dil adigu waxba ma tartid', 4, 'bullying-abuse'],
    ['ardayda fasalka way i garaacaan maalin walba', 3, 'bullying-abuse'],
    ['aabahay wuu i garaacaa markuu cadhoodo', 4, 'bullying-abuse'],
    ['ninka hooyaday ayaa habeenkii i taabta', 4, 'bullying-abuse'],
    // extremism
    ['waxaan rabaa inaan ku biiro al shabaab', 4, 'extremism'],
    ['al shabaab waa geesiyaal, waan taageeraa', 4, 'extremism'],
    ['sidee baan ugu biiri karaa daacish', 4, 'extremism'],
    ['gaalada waa in la dilo dhammaantood', 4, 'extremism'],
    ['masaajidka aan weerarno jimcaha', 5, 'extremism'],
    // hate
    ['jareerka waa addoomo dalka ha ka baxaan', 3, 'hate-discrimination'],
    // drugs
    ['halkee laga iibsadaa xashiish london', 3, 'drugs'],
    ['xaggee baan ka heli karaa weed', 3, 'drugs'],
    // weapons
    ['mindi ayaan la imanayaa dugsiga berri', 5, 'weapons-violence'],
    ['waan ku dilayaa berri', 5, 'weapons-violence'],
    ['isaga waan dili doonaa', 5, 'weapons-violence'],
    ['sidee loo sameeyaa bam guriga', 5, 'weapons-violence'],
    ['halkee laga iibsadaa bastoolad', 4, 'weapons-violence'],
    ['berri iskuulka waan toogan doonaa', 5, 'weapons-violence'],
    // gambling
    ['lacagtii hooyo oo dhan ayaan ku khasaaray sharad kubadda', 3, 'gambling'],
    ['sidee loo dhigaa sharad online ah', 3, 'gambling'],
  ]);
});

describe('Somali: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('so', [
    'qosol baan u dhimanayaa sheekadan',
    'gaajo ayaan u dhimanayaa, goorma ayaa cuntadu diyaar tahay',
    'ma rabo inaan dhinto, waxaan rabaa inaan caawimo helo',
    'casharka taariikhda: al shabaab iyo dagaalkii sokeeye',
    'wararka: weerar lagu qaaday masaajid',
    'mindida jikada ku jar basasha',
    'dhakhtarka ayaa i siiyay kiniinka madax xanuunka',
    'immisa kiniin oo paracetamol ah ayaa la qaataa maalintii',
    'waxaan rabaa inaan ku biiro kooxda kubadda cagta ee dugsiga',
    'berri dugsiga waxaan keenayaa buugga taariikhda',
    'ciyaarta fortnite waan ku dilay dhammaantood',
    'sidee loo sameeyaa keeg dhalasho',
    'sawirka fasalka ii soo dir fadlan',
    'hooyo, ha u sheegin aabo hadiyadda dhalashadiisa',
    'cidna ha u sheegin, waa xaflad lama filaan ah oo loogu talagalay macallinka',
    'sheekada filimka waxay ku saabsan tahay nin is dilay',
    'waxaan u baahanahay caawimo, saaxiibkay wuxuu ka hadlay is dilid',
    'qori qoraal ku saabsan taariikhda soomaaliya',
    'macallinka ayaa noo sheegay khatarta daroogada',
    'khamri waa xaaraan, ha cabbin',
    'jareer timo ayaan leeyahay',
    'waxaan iibsaday mindi cusub oo jikada ah',
    'wiilasha fasalka way ciyaaraan kubadda',
    'aabahay wuu i caawiyaa layliga guriga',
    'waxaan rabaa inaan noqdo dhakhtar',
    'maanta waan daalay, waxaan rabaa inaan seexdo',
    'waxaan rabaa inaan dhimo miisaanka, cunto caafimaad leh',
    'warka: askarta ayaa dilay argagixiso',
    'sidee baan u caawiyaa saaxiibkay oo is jaray',
    'waxaan daawanayaa filim ku saabsan dagaalkii labaad ee adduunka iyo hitler',
    'taariikhda daacish iyo sida ay u bilaabatay',
    'berri imtixaan baan leeyahay, cabsi baan u dhimanayaa',
    'ciyaarta kubadda waxaan ku dhaliyay gool',
    'sawirro qurux badan oo dabiiciga ah',
    'nin weyn oo macallin ah ayaa casharka noo dhigay',
    'kaligay ayaan guriga joogaa oo waan caajisay',
    'hooyaday way i dhunkatay markii aan imtixaanka ka gudbay',
    'is dilidda waa dambi diinta islaamka, casharka diinta',
    'sidee loo daweeyaa qof is dhaawacay',
    'harraad baan u dhimanayaa, biyo ii keen',
    'kiniinka hurdada dhakhtarka ayaa ii qoray',
    'waan ka baqayaa imtixaanka xisaabta',
    'is dilka waa xaaraan',
    'aabo lacag i siiyay, kaligay ayaan suuqa aaday',
  ]);
});

describe('Somali: frames for new wordings (farewell, burden, secrecy × a step, recruitment, revenge, cleansing, insults)', () => {
  expectAlerts('so', [
    ['hooyo iga cafi, caawa ayaan tagayaa', 3, 'suicide-self-harm'],
    ['qoyskayga way nasan lahaayeen haddii aanan jirin', 3, 'suicide-self-harm'],
    ['ma doonayo inaan sii noolaado', 3, 'suicide-self-harm'],
    ['ku soo biir xarakada, jihaadku waa waajib', 3, 'extremism'],
    ['kuwii i garaacay way arki doonaan, bastooladdii aabahay ayaan wataa', 3, 'weapons-violence'],
    ['mindidii ayaan dugsiga la imanayaa berri subax hore markay ardayda fasalka yimaadaan', 3, 'weapons-violence'],
    ['halkee laga iibsadaa khaad, 14 jir baan ahay', 3, 'drugs'],
    ['waxaad tahay qashin', 3, 'bullying-abuse'],
    ['ajaanibta waa tuug, dalka ha laga saaro', 3, 'hate-discrimination'],
    ['goobta dami oo kaligaa imow', 3, 'grooming-cse'],
    ['waalidkaa ma eegaan taleefankaaga? telegram ii soo gal', 3, 'grooming-cse'],
    ['cidna iguma baahna, nolosha macno uma leh', 3, 'suicide-self-harm'],
    ['nolosha waan ka daalay, iga cafiya dhammaantiin', 3, 'suicide-self-harm'],
    ['sidee baan ugu soo biiraa al shabaab', 3, 'extremism'],
    ['waxaad tahay doqon fool xun', 3, 'bullying-abuse'],
  ]);
});

describe('Somali: everyday texts near the new frames do not alert', () => {
  expectNoAlerts('so', [
    'xoolaha caws iyo biyo ayay u baahan yihiin',
    'jihaadka nafta waa cashar muhiim ah',
    'waan ka daalay casharka maanta',
    'qashinka qaad oo dibadda dhig',
    'ma rabo inaan ku noolaado magaaladan qabow',
    'aabahay qorigii ayuu u qaatay ugaadhsi',
    'ciyaartoyga ayaa ku soo biiray kooxda kubadda',
    'hooyo iga cafi, waan soo daahay',
    'nabadgelyo, berri ayaan ku arki doonaa',
    'garoonka cawska ah ayaan ku ciyaarnay',
    'macallinka quraanka ayaa noo sheegay in khamriga uu xaaraan yahay',
    'waxaad tahay saaxiibkay ugu fiican',
    'sidee loo sameeyaa shaah',
    'dugsiga waxaan u qaadanayaa buugaagta',
    'the caws of crows filled the morning',
  ]);
});

describe('Somali (dev6 frames): risky texts alert', () => {
  expectAlerts('so', [
    ['Walaashay waxay tiri dhowaan qofna kama walwali doono, aad baan u baqayaa', 4, 'suicide-self-harm'],
    ['Saaxiibkay alaabtiisa i siiyay, wuxuu yiri mar dambe ma i arki doontaan', 4, 'suicide-self-harm'],
    ['Wuxuu iga codsaday inaan ilaaliyo eeygiisa, wuxuuna yiri dhowaan ma joogi doono', 4, 'suicide-self-harm'],
    ['Koox ayaa leh dhallinyarada ayaa loo baahan yahay jihaadka, tikitka waan kuu iibinaynaa', 4, 'extremism'],
    ['Aabahay suunka ayuu igu garaacaa, gacmaha calaamado ayay ku leeyihiin', 4, 'bullying-abuse'],
    ['Wiilasha fasalka qaad ayey ruugaan fasaxa kadib', 3, 'drugs'],
    ['Sawir aan dhar lahayn oo aniga ah ayaa la faafiyay', 4, 'sexual'],
    ['Waxaad tahay nin dhintay, iskuulka agtiisa waan ku sugaynaa', 4, 'weapons-violence'],
    ['Wuxuu haystaa sawiradaydii, haddaadan lacag ii soo dirin waan faafinayaa', 5, 'grooming-cse'],
    ['Hooyaday iguma garaacdo laakiin aabahay wuxuu igu garaacaa bakoorad, waan ka baqaa', 4, 'bullying-abuse'],
    ['Khaad ayaan ruugaa habeen walba hadda', 3, 'drugs'],
    ['Muuqaal qaawan oo AI lagu sameeyay ayaa lagu wada faafiyay kooxda', 4, 'sexual'],
    ['Habeen walba wuxuu igu yiraahdaa ha u sheegin, waxaan ahay 12 jir isaguna 30 jir', 4, 'grooming-cse'],
    ['Saaxiibtay waxay tiri cidna kama walwali doonto, maxaan sameeyaa', 4, 'suicide-self-harm'],
    ['Dhammaanteen waan ku sugaynaa iskuulka dibaddiisa, mindi ayaan keenayaa', 4, 'weapons-violence'],
  ]);
});

describe('Somali (dev6 frames): innocent texts stay quiet', () => {
  expectNoAlerts('so', [
    'Hooyo waxay tiri haddii aadan qolka nadiifin waan ku dilayaa haha',
    'Aabo wuxuu yiri suxuunta dhaq haddii kale waan ku dilayaa',
    'Hooyo waan ku sugayaa iskuulka dibaddiisa saacadda afarta',
    'Aabahay suun cusub ayuu iibsaday',
    'Maxaan sameeyaa? imtixaanka berri ayaan ka baqayaa',
    'Wasiirka ayaa sheegay in qaadka laga mamnuucay magaalada',
    'Saaxiibkay wuxuu aaday safar, bisadiisa ayaan ilaaliyaa',
    'Dhallinyarada ayaa loo baahan yahay mashruuca nadaafadda',
    'Casharka taariikhda waxaan ka baranay jihaadka nafta',
    'Sawirada dalxiiska ayaan la wadaagay qoyska',
    'Hooyo waxay tiri goor dambe haddaad timaado waan ku dilayaa',
    'Walaalkay wuxuu yiri casharka qor haddii kale waan ku dili',
    'Tikitka ciyaarta kubadda ayaan iibsaday',
    'Dhammaanteen waxaan ku sugaynaa baska iskuulka',
    'Lacag ayaan u diray hooyaday si ay u iibsato cunto',
  ]);
});

describe('Somali: dev8 round (pills for a party, paid "deliveries")', () => {
  expectAlerts('so', [
    ['yaa haya kiniinno lagu jiro xafladda caawa?', 3, 'drugs'],
    ['party weekendka ah ayaa jirta, kaniin yaa iibiya? lacag baan haystaa', 3, 'drugs'],
    ['wiilal 15 jir ah oo xirmooyin qaada ayaan raadinaynaa, maalintii 50 doolar, wax ha weydiin', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('so', [
    'yaa haya kiniin madax xanuun ah? xafladda kadib madaxa ayaa i xanuunaya',
    'xafladda dugsiga weekend-ka, yaa haya lacag aan ku iibsano cunto',
    'waxaan ka shaqeeyaa gaarsiinta xirmooyinka, maalintii 30 doolar',
  ]);
});
