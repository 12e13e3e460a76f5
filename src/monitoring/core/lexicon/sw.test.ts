/**
 * Swahili pack (`sw.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (idioms, cooking, games, sport, history, news, help-seeking) must not. Sentences were
 * written independently of the pack's phrase lists, in standard Swahili, Sheng and with the
 * English mixing common in Kenya and Tanzania.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Swahili: risky texts alert', () => {
  expectAlerts('sw', [
    ['nataka kufa, hakuna mtu ananielewa', 5, 'suicide-self-harm'],
    ['maze nimeamua kujiua leo usiku', 5, 'suicide-self-harm'],
    ['bora nife tu kuliko kuishi hivi', 5, 'suicide-self-harm'],
    ['ntajinyonga kesho asubuhi', 5, 'suicide-self-harm'],
    ['jinsi ya kujiua bila maumivu', 5, 'suicide-self-harm'],
    ['panadol ngapi zinaweza kuniua', 5, 'suicide-self-harm'],
    ['sitaki kuishi tena, nimechoka', 4, 'suicide-self-harm'],
    ['niko tired na hii life yote', 4, 'suicide-self-harm'],
    ['wote watafurahi zaidi bila mimi', 4, 'suicide-self-harm'],
    ['nimejikata tena usiku wa leo', 4, 'suicide-self-harm'],
    ['sili chochote siku tatu ili nipunguze uzito, nataka kuwa mwembamba', 4, 'suicide-self-harm'],
    ['usimwambie mama yako kuhusu sisi, ni siri yetu', 4, 'grooming-cse'],
    ['una miaka mingapi? nitumie picha yako kwa snap', 4, 'grooming-cse'],
    ['nitumie picha ukiwa uchi nikutumie mpesa', 5, 'grooming-cse'],
    ['umekomaa kwa umri wako, tukutane njoo peke yako', 4, 'grooming-cse'],
    ['usiponitumia pesa nitasambaza picha zako kwa kila mtu', 5, 'grooming-cse'],
    ['nina miaka 14 na yeye ana miaka 30', 4, 'grooming-cse'],
    ['mjomba alinigusa sehemu za siri', 5, 'grooming-cse'],
    ['wanafunzi wenzangu wananicheka na wananitenga', 3, 'bullying-abuse'],
    ['nenda ujiue hakuna mtu anakupenda', 4, 'bullying-abuse'],
    ['baba wa kambo ananipiga kila siku', 4, 'bullying-abuse'],
    ['wewe ni mnene sana', 3, 'bullying-abuse'],
    ['jiue tu', 4, 'bullying-abuse'],
    ['nataka kujiunga na al shabaab', 4, 'extremism'],
    ['al shabaab ni mashujaa', 4, 'extremism'],
    ['makafiri wote wauawe', 4, 'extremism'],
    ['hitler alikuwa sahihi', 4, 'extremism'],
    ['wakikuyu ni madoadoa waondoke', 3, 'hate-discrimination'],
    ['mashoga ni laana, wafukuzwe', 3, 'hate-discrimination'],
    ['bangi napata wapi hapa nairobi', 3, 'drugs'],
    ['jana tulivuta bangi nikahigh sana', 3, 'drugs'],
    ['kesho nitaleta kisu shuleni', 5, 'weapons-violence'],
    ['nitakuchinja, niko na panga', 5, 'weapons-violence'],
    ['nitalipua shule yote', 5, 'weapons-violence'],
    ['jinsi ya kutengeneza bomu nyumbani', 5, 'weapons-violence'],
    ['kesho msije shule, siongei mchezo', 5, 'weapons-violence'],
    ['nimepoteza pesa ya school fees kwa betting', 3, 'gambling'],
    ['nina miaka 15 na nimebeti pesa ya mama kwa aviator', 3, 'gambling'],
    ['video za ngono bure', 3, 'sexual'],
    ['tuchome bweni usiku', 5, 'weapons-violence'],
  ]);
});

describe('Swahili: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('sw', [
    'nimekufa kwa kicheko 😂😂',
    'nakufa njaa, chakula iko wapi',
    'mama ataniua nikichelewa kurudi',
    'mathe ataniua akiona results',
    'hii wimbo ni bomba sana',
    'kata vitunguu kwa kisu cha jikoni',
    'alipiga shuti kali akafunga goli',
    'somo la historia: vita vya pili vya dunia na bomu la atomiki',
    'nitakuchinja ukila chips zangu',
    'usimwambie mtu lakini nampenda Brian',
    'usimwambie mama, ni surprise ya birthday yake',
    'kwa mujibu wa polisi mtu mmoja alishambuliwa kwa kisu',
    'nawezaje kumsaidia rafiki anayefikiria kujiua? befrienders',
    'daktari alinipa panadol mara mbili kwa siku',
    'sitaki kufa, nataka kuishi muda mrefu',
    'sitaki kuishi nairobi, ni ghali sana',
    'dawa ya kuua mende',
    'nyama choma na marafiki kanisani baada ya ibada',
    'tuna tupange ratiba ya wiki',
    'kwa game ya free fire nilipiga risasi watu wote',
    'bunduki ya maji ya watoto',
    'elimu ya ngono shuleni ni muhimu',
    'nimekufa na baridi leo asubuhi',
    'mwalimu ataniua sijafanya homework',
    'madhara ya bangi kwa vijana, insha',
    'jinsi ya kuficha makovu ya chunusi',
    'nanyoa na wembe kila siku',
    'kesho tutaenda shule mapema',
    'nimechoka leo, nitalala mapema',
    'shati la madoadoa ni zuri',
    'tunang\'oa kwekwe shambani',
    'nina miaka 14 niko form one',
    'nitakutumia pesa ya chakula kesho mama',
    'movie hii ina risasi nyingi sana',
    'sijawahi kuvuta bangi maishani',
    'babu alikufa mwaka jana, mazishi yalikuwa kijijini',
    'panga vitu vyako kabla ya safari',
    'habari za leo: wanafunzi walichoma bweni, polisi wamesema',
    'usijiue rafiki, tuongee',
    'nimepoteza simu yangu shuleni',
  ]);
});

describe('Swahili: tuned wordings (never waking, burden, vomiting, sextortion, couriers, pangas)', () => {
  expectAlerts('sw', [
    ['nimemeza vidonge vingi, natumai sitaamka kesho', 5, 'suicide-self-harm'],
    ['usiku huu namaliza kila kitu, mimi ni mzigo kwa familia', 4, 'suicide-self-harm'],
    ['natapika kila nikila, nataka kukonda haraka', 4, 'suicide-self-harm'],
    ['ana picha zangu za uchi na atazisambaza kama sitampa pesa', 5, 'grooming-cse'],
    ['mzee wa mtaa ananilipa nipeleke bangi kwa wateja wake', 4, 'grooming-cse'],
    ['nakuja na kisu shuleni kesho, nitamkata yule', 5, 'weapons-violence'],
  ]);
  expectNoAlerts('sw', [
    'kunywa dawa mara moja kwa siku baada ya kula',
    'nakuja na panga kukata nyasi shambani',
    'mama ananipeleka sokoni kesho',
  ]);
});

// Gaps found on dev8's tune half (wordings written here, not copied from it): grooming told by
// the child (he sends me money, told me not to tell), class as age, calls to join, school fees
// lost to betting, awareness posts.
describe('Swahili: dev8 wordings', () => {
  expectAlerts('sw', [
    ['kuna mzee wa tiktok ananitumia airtime kila siku na amesema nisimwambie mtu, niko class seven', 4, 'grooming-cse'],
    ['ananilazimisha nimtumie picha nikiwa uchi', 5, 'grooming-cse'],
    ['vijana, jiungeni na al shabaab, tutawalipia kila kitu', 4, 'extremism'],
    ['nimebet pesa ya fees tena kwa sportpesa, lazima nirecover leo', 3, 'gambling'],
    ['wamesema wataniua nikirudi shule jumatatu', 4, 'bullying-abuse'],
    ['nakula kalori 200 tu kwa siku, lazima nipunguze kilo 4', 4, 'suicide-self-harm'],
    ['nimekusanya vidonge, usiku huu, msinitafute', 4, 'suicide-self-harm'],
    ['Habari, naweza aje kujiua bila maumivu', 5, 'suicide-self-harm'],
  ]);
  expectNoAlerts('sw', [
    'kujinyonga si suluhisho, zungumza na mtu unayemwamini',
    'jiunge na channel yetu ya mapishi',
    'mama alinitumia pesa ya fees ya shule jana',
    'mama amesema ataniua nikichelewa kurudi',
    'habari za asubuhi, leo tuna mtihani wa historia',
  ]);
});
