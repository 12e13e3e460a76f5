/**
 * Norwegian (Bokmål) pack (`no.ts`): risky texts must alert in their category; innocent texts with
 * alarming words (idioms, cooking, sport, games, history, news, help-seeking) must not. Sentences
 * were written independently of the pack's phrase lists, with and without æ/ø/å, as teenagers
 * write (dialect "æ"/"e" for jeg included).
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Norwegian: risky texts alert', () => {
  expectAlerts('no', [
    ['jeg vil bare dø, orker ikke mer', 5, 'suicide-self-harm'],
    ['æ vil do seriøst', 5, 'suicide-self-harm'],
    ['jeg har lyst til å drepe meg selv', 5, 'suicide-self-harm'],
    ['hvor mange paracet må man ta for å dø', 5, 'suicide-self-harm'],
    ['jeg orker ikke å leve lenger', 4, 'suicide-self-harm'],
    ['hva er den enkleste måten å ta livet sitt på', 5, 'suicide-self-harm'],
    ['i kveld skal jeg hoppe fra brua', 5, 'suicide-self-harm'],
    ['alle hadde hatt det bedre uten meg', 4, 'suicide-self-harm'],
    ['ingen ville engang merke det hvis jeg forsvant', 4, 'suicide-self-harm'],
    ['har kuttet meg på armen igjen', 4, 'suicide-self-harm'],
    ['hvordan skjuler jeg arrene for mamma', 4, 'suicide-self-harm'],
    ['vil gå ned 5 kilo så jeg har sluttet å spise', 4, 'suicide-self-harm'],
    ['unnskyld for alt. når dere leser dette er jeg borte, i natt skjer det', 4, 'suicide-self-harm'],
    ['ikke si det til foreldrene dine, det er bare mellom oss', 4, 'grooming-cse'],
    ['du er så moden for alderen din, send et bilde av deg', 4, 'grooming-cse'],
    ['send nudes nå', 5, 'grooming-cse'],
    ['hvis du ikke vippser meg 1000 så sender jeg bildene til alle på skolen', 5, 'grooming-cse'],
    ['en mann fra snap vil ha bilder og gir meg gavekort', 4, 'grooming-cse'],
    ['han er 25 og jeg er 14', 4, 'grooming-cse'],
    ['er du alene hjemme nå?', 4, 'grooming-cse'],
    ['alle hater deg, ingen vil være med deg', 3, 'bullying-abuse'],
    ['drep deg selv din jævla hore', 4, 'bullying-abuse'],
    ['du er så stygg', 3, 'bullying-abuse'],
    ['faren min slår meg når han har drukket', 4, 'bullying-abuse'],
    ['guttene i tiende mobber meg hver dag', 3, 'bullying-abuse'],
    ['sieg heil, meld deg inn i den nordiske motstandsbevegelsen', 4, 'extremism'],
    ['breivik er helten min', 4, 'extremism'],
    ['jeg vil reise til syria og kjempe for kalifatet', 4, 'extremism'],
    ['muslimene burde utryddes', 4, 'extremism'],
    ['jævla pakkis dra hjem', 3, 'hate-discrimination'],
    ['innvandrere er rotter som ødelegger norge', 3, 'hate-discrimination'],
    ['hvor kan man kjøpe hasj i oslo', 3, 'drugs'],
    ['røykte en joint og tok en stripe på fest', 3, 'drugs'],
    ['jeg tar med kniven på skolen i morgen', 5, 'weapons-violence'],
    ['jeg dreper deg etter skolen, jeg sverger', 4, 'weapons-violence'],
    ['hvordan lager man en bombe hjemme', 5, 'weapons-violence'],
    ['hvor kjøper man en pistol', 4, 'weapons-violence'],
    ['ikke kom på skolen i morgen', 4, 'weapons-violence'],
    ['har tapt alle pengene mine på betting og er bare 15', 3, 'gambling'],
    ['jeg er spilleavhengig og har spillegjeld', 3, 'gambling'],
    ['se gratis porno her', 3, 'sexual'],
    ['vil knulle deg', 3, 'sexual'],
  ]);
});

describe('Norwegian: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('no', [
    'jeg døde av latter haha',
    'mamma dreper meg når hun ser karakteren',
    'jeg dør av varmen i klasserommet',
    'han skjøt på mål i siste minutt',
    'hun skyter skylda på meg',
    'skjær løken med den skarpe kniven',
    'skar meg i fingeren da jeg lagde mat',
    'vi har mat og helse og skal bruke kniv',
    'søstera mi er gift med en svenske',
    'rottegift i kjelleren',
    'kjøpte en badebombe til mamma',
    'i fortnite skjøt jeg hele laget',
    'vi leser om andre verdenskrig og holocaust i historie',
    'ifølge nrk ble en mann knivstukket i natt',
    'hvordan hjelper man en venn som snakker om selvmord',
    'legen sa jeg skal ta to paracet om dagen',
    'ikke si noe til mamma om overraskelsen på bursdagen hennes',
    'jeg dreper deg hvis du spiser chipsen min',
    'jeg vedder på at du ikke tør',
    'drikker en coca cola',
    'pappa skal på elgjakt med geværet i helga',
    'jeg vil ikke dø i det spillet',
    'jeg vil ikke drepe meg selv, jeg vil bare ha det bedre',
    'det var dødsbra',
    'drepe tida med netflix',
    'bossen dreper meg hele tiden i spillet',
    'vår hemmelighet er at vi overrasker læreren',
    'jeg er så sliten i dag',
    'vi har oppgave i samfunnsfag om ekstremisme',
    'kan noen hjelpe meg med leksene',
    'bestefar var jeger',
    'fyren i serien tok livet sitt, så trist episode',
    'spiller poker med familien på julaften',
    'hun bare tuller haha',
    'beste kokkekniv for nybegynnere',
    'vi tar bussen til skolen i morgen',
    'vi skal på skiskyting i vinterferien',
    'hash browns til frokost',
    'kuttet håret i går',
    'lillebroren min er 13 og jeg er 17',
    'jeg vil gå ned til sentrum i kveld',
  ]);
});

// Gaps found on a development set's tune half (wordings written here, not copied from it):
// "hvor høyt", dialect "savna", kcal counting, "hvis jeg leverer", understanding an attacker,
// "slå ned", V2 threats, abuse when drinking, reported sextortion.
describe('Norwegian: wider wordings', () => {
  expectAlerts('no', [
    ['fra hvor høyt må jeg hoppe for å dø', 5, 'suicide-self-harm'],
    ['ingen hadde savna meg om jeg forsvant', 4, 'suicide-self-harm'],
    ['har bare spist 500 kcal om dagen og vil ned mer', 4, 'suicide-self-harm'],
    ['kan noen lære meg å kaste opp i smug etter middag', 4, 'suicide-self-harm'],
    ['de eldre guttene betaler meg hvis jeg leverer pakker for dem', 4, 'grooming-cse'],
    ['de truer med å legge ut nakenbildene mine hvis jeg ikke vippser', 5, 'grooming-cse'],
    ['jeg forstår ham, breivik gjorde det som måtte gjøres', 4, 'extremism'],
    ['vi samler oss i helga, send pm hvis du vil bli med i motstandsbevegelsen', 4, 'extremism'],
    ['skal slå ned han rødhårete etter skolen', 4, 'weapons-violence'],
    ['hvis hun sier noe mer så dreper jeg henne, seriøst', 4, 'weapons-violence'],
    ['stefaren min drikker hver dag og kaster ting på meg', 4, 'bullying-abuse'],
  ]);
  expectNoAlerts('no', [
    'det slo meg at pappa aldri har sett filmen',
    'vi skal på minnemarkering om 22. juli med klassen',
    'hvor høyt kan en kenguru hoppe',
    'jeg leverer aviser hver morgen for å tjene penger',
    'hvis jeg ikke glemmer det legger jeg ut bildene fra turen i kveld',
  ]);
});

// Gaps found on dev8's tune half (wordings written here, not copied from it): a farewell with the
// means ready, minors recruited for "jobs", a death threat the victim reports, a gang that hits
// and films, news of a stabbing, third-person suicidal thoughts.
describe('Norwegian: dev8 wordings', () => {
  expectAlerts('no', [
    ['tablettene ligger klare. i kveld er det over. ikke leit etter meg', 4, 'suicide-self-harm'],
    ['ser etter gutter som vil tjene raske penger, ingen spørsmål, mindreårige får ingen straff', 4, 'grooming-cse'],
    ['han skrev at han skal drepe meg hvis jeg sladrer', 4, 'bullying-abuse'],
    ['kompisene hans har banket meg i friminuttet hele uka', 3, 'bullying-abuse'],
    ['spiser bare 200 kcal om dagen og må ned 6 kilo', 4, 'suicide-self-harm'],
    ['han vil kjøre meg hjem til seg etter trening, men jeg får ikke fortelle det til noen', 4, 'grooming-cse'],
    ['tiden for prat er over, vi må slå tilbake mot de fremmede', 4, 'extremism'],
    ['her er historien min: jeg har kuttet meg i armen i to år', 4, 'suicide-self-harm'],
    ['livet betyr ingenting lenger, jeg vil bare dø', 5, 'suicide-self-harm'],
  ]);
  expectNoAlerts('no', [
    'en kvinne i 40-årene ble pågrepet etter knivstikkingen på torget',
    'hvordan hjelper man en venn som har selvmordstanker?',
    'mamma sa hun skal drepe meg hvis jeg kommer sent hjem igjen',
    'vi søker unge til sommerjobb på kafeen, godt betalt',
    'pappa henter meg etter skolen i dag',
    'hva betyr ordet selvmord på engelsk',
  ]);
});
