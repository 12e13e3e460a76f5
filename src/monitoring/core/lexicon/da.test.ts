/**
 * Danish pack (`da.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (idioms, cooking, sport, games, history, news, help-seeking) must not. Sentences were
 * written independently of the pack's phrase lists, with and without æ/ø/å, as teenagers write.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Danish: risky texts alert', () => {
  expectAlerts('da', [
    ['jeg vil bare dø, orker ikke mere', 5, 'suicide-self-harm'],
    ['jg vil do ærligt', 5, 'suicide-self-harm'],
    ['jeg har lyst til at slå mig selv ihjel', 5, 'suicide-self-harm'],
    ['hvor mange panodil skal man tage for at dø', 5, 'suicide-self-harm'],
    ['jeg gider ikke leve mere', 4, 'suicide-self-harm'],
    ['hvad er den nemmeste måde at begå selvmord på', 5, 'suicide-self-harm'],
    ['i aften springer jeg ud fra broen', 5, 'suicide-self-harm'],
    ['alle ville have det bedre uden mig', 4, 'suicide-self-harm'],
    ['ingen ville engang opdage hvis jeg forsvandt', 4, 'suicide-self-harm'],
    ['har skåret i mig selv på armen igen', 4, 'suicide-self-harm'],
    ['hvordan skjuler jeg mine ar for min mor', 4, 'suicide-self-harm'],
    ['vil tabe 6 kilo så jeg spiser ingenting', 4, 'suicide-self-harm'],
    ['undskyld for alt. når i læser det her er jeg væk, i nat sker det', 4, 'suicide-self-harm'],
    ['sig det ikke til dine forældre, det er mellem os', 4, 'grooming-cse'],
    ['du er så moden af din alder, send et billede af dig', 4, 'grooming-cse'],
    ['send nudes nu', 5, 'grooming-cse'],
    ['hvis du ikke sender flere så deler jeg billederne med hele skolen', 5, 'grooming-cse'],
    ['en mand fra discord vil have billeder og giver mig gavekort', 4, 'grooming-cse'],
    ['han er 26 og jeg er 13', 4, 'grooming-cse'],
    ['er du alene hjemme lige nu', 4, 'grooming-cse'],
    ['alle hader dig, ingen gider være sammen med dig', 3, 'bullying-abuse'],
    ['slå dig selv ihjel din klamme luder', 4, 'bullying-abuse'],
    ['du er så grim', 3, 'bullying-abuse'],
    ['min far slår mig når han er fuld', 4, 'bullying-abuse'],
    ['drengene i 9. klasse mobber mig hver dag', 3, 'bullying-abuse'],
    ['heil hitler, meld dig ind i nordisk modstandsbevægelse', 4, 'extremism'],
    ['breivik er min helt', 4, 'extremism'],
    ['jeg vil rejse til syrien og kæmpe for islamisk stat', 4, 'extremism'],
    ['muslimerne burde udryddes', 4, 'extremism'],
    ['fucking perker tag hjem', 3, 'hate-discrimination'],
    ['indvandrere er rotter der ødelægger danmark', 3, 'hate-discrimination'],
    ['hvor kan man købe hash i københavn', 3, 'drugs'],
    ['røg en joint og tog en bane i weekenden', 3, 'drugs'],
    ['jeg tager kniven med i skolen i morgen', 5, 'weapons-violence'],
    ['jeg slår dig ihjel efter skole, jeg sværger', 4, 'weapons-violence'],
    ['hvordan laver man en bombe derhjemme', 5, 'weapons-violence'],
    ['hvor køber man en pistol', 4, 'weapons-violence'],
    ['jeg skyder alle i klassen', 5, 'weapons-violence'],
    ['har tabt alle mine penge på betting og er kun 15', 3, 'gambling'],
    ['jeg er ludoman og skylder 10000', 3, 'gambling'],
    ['se gratis porno her', 3, 'sexual'],
    ['vil kneppe dig', 3, 'sexual'],
  ]);
});

describe('Danish: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('da', [
    'jeg døde af grin haha',
    'min mor slår mig ihjel når hun ser min karakter',
    'jeg dør af varme i klassen',
    'han skød på mål i sidste minut',
    'hun skyder skylden på mig',
    'skær løget med den skarpe kniv',
    'skar mig i fingeren da jeg lavede mad',
    'vi har madkundskab og skal bruge kniv',
    'min søster er gift med en svensker',
    'rottegift i kælderen',
    'købte en badebombe til min mor',
    'i fortnite skød jeg hele holdet',
    'vi læser om anden verdenskrig og holocaust i historie',
    'ifølge dr blev en mand knivstukket i nat',
    'hvordan hjælper man en ven der taler om selvmord',
    'lægen sagde jeg skal tage to panodil om dagen',
    'sig ikke noget til mor om overraskelsen til hendes fødselsdag',
    'jeg slår dig ihjel hvis du spiser mine chips',
    'jeg vædder på at du ikke tør',
    'drikker en coca cola',
    'far skal på jagt med geværet i weekenden',
    'jeg vil ikke dø i det spil',
    'jeg vil ikke slå mig selv ihjel, jeg vil bare have det bedre',
    'det var dødsjovt',
    'slå tiden ihjel med netflix',
    'bossen dræber mig hele tiden i spillet',
    'vores hemmelighed er at vi overrasker læreren',
    'jeg er så træt i dag',
    'vi har opgave i samfundsfag om ekstremisme',
    'kan nogen hjælpe mig med lektierne',
    'min morfar var jæger',
    'fyren i serien tog sit eget liv, så trist afsnit',
    'spiller poker med familien juleaften',
    'hun laver bare sjov haha',
    'bedste kokkekniv til begyndere',
    'det er en bombe af en nyhed',
    'vi tager bussen til skolen i morgen',
    'jeg har lyst til at farve mit hår blåt',
    'hash browns til morgenmad',
    'spiller fodbold og skyder på mål hele dagen',
    'min lillebror er 13 og jeg er 17',
  ]);
});

// Gaps found on a development set's tune half (wordings written here, not copied from it):
// "for aldrig at vågne", reported sextortion ("sender de dem"), "he said that if I tell", a
// relative's knife, V2 threats ("så slår jeg ham ihjel"), abuse when drinking, fake profiles.
describe('Danish: wider wordings', () => {
  expectAlerts('da', [
    ['hvor mange panodil skal der til for aldrig at vågne', 5, 'suicide-self-harm'],
    ['hvor højt skal man springe fra for at dø med det samme', 5, 'suicide-self-harm'],
    ['ingen ville have savnet mig alligevel', 4, 'suicide-self-harm'],
    ['du er så moden for en 12-årig. jeg kan hente dig, din far behøver ikke at vide det', 4, 'grooming-cse'],
    ['en fyr truer med at dele mine nøgenbilleder hvis jeg ikke betaler', 5, 'grooming-cse'],
    ['hvis jeg ikke sender penge sender de billederne til mine forældre', 5, 'grooming-cse'],
    ['han sagde at hvis jeg fortæller det til nogen bliver det værre', 4, 'grooming-cse'],
    ['i morgen tager jeg min fars kniv med', 4, 'weapons-violence'],
    ['hvis han rører mig igen så slår jeg ham ihjel, jeg sværger', 4, 'weapons-violence'],
    ['min mors kæreste smider mig ud når han har drukket', 4, 'bullying-abuse'],
    ['klassen har lavet en falsk profil om mig', 3, 'bullying-abuse'],
  ]);
  expectNoAlerts('da', [
    'det slog mig at min mor aldrig har set den film',
    'hvor højt kan man hoppe på en trampolin',
    'jeg leverer aviser hver søndag for at tjene lidt',
    'min far låner min brors kniv til fiske i weekenden',
    'hvis jeg ikke glemmer det lægger jeg billederne fra turen op i aften',
  ]);
});

// Gaps found on dev8's tune half (wordings written here, not copied from it): "nøgen" folded to
// "nogen" (someone), third-person suicidal thoughts, a meeting the child must hide, minors
// recruited for "jobs", calls to strike back at a group, low calorie counts with a weight goal.
describe('Danish: dev8 wordings', () => {
  expectAlerts('da', [
    ['en fyr fra discord vil hente mig efter skolen, men jeg må ikke fortælle det til mine forældre', 4, 'grooming-cse'],
    ['søger drenge der vil tjene hurtige penge, ingen spørgsmål, skriv på telegram', 4, 'grooming-cse'],
    ['tiden for ord er forbi, vi må gribe til våben mod muslimerne', 4, 'extremism'],
    ['spiser kun 300 kalorier om dagen, skal tabe 5 kilo mere', 4, 'suicide-self-harm'],
    ['jeg har selvmordstanker hver eneste aften', 5, 'suicide-self-harm'],
    ['han truede med at stikke mig ned efter skole', 4, 'bullying-abuse'],
    ['pillerne ligger klar, jeg gør det i nat, led ikke efter mig', 4, 'suicide-self-harm'],
  ]);
  expectNoAlerts('da', [
    'er der nogen der vil sende et billede af lektierne?',
    'hvordan hjælper man en veninde der har selvmordstanker?',
    'far henter mig efter skole i morgen, vi skal til tandlæge',
    'vi søger unge til weekendjob i bageriet, godt betalt',
    'politiet har anholdt en mand i 20-årene efter knivstikkeriet',
  ]);
});
