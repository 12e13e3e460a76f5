/**
 * Romanian pack: risky sentences (with the category and lowest severity they must reach) and
 * innocent sentences that use alarming words (they must stay below the alert threshold). Written
 * for the third-pass frames, with and without diacritics, not copied from the pack's phrases.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Romanian pack: risky', () => {
  expectAlerts('ro', [
    ['prietena mea și-a dat lucrurile și de ieri nu mai răspunde', 4, 'suicide-self-harm'],
    ['colegul meu vorbea despre moarte și acum nu raspunde la mesaje', 4, 'suicide-self-harm'],
    ['a scris pe grup multumesc pentru tot si ca nu o sa mai fiu, ce fac?', 4, 'suicide-self-harm'],
    ['de când m-au prins ăia nu mai ies fără cuțit', 4, 'weapons-violence'],
    ['am un briceag mereu la mine ca sa ma apar', 4, 'weapons-violence'],
    ['o să-ți pară rău, te așteptăm la colț', 4, 'weapons-violence'],
    ['esti mort, stim unde stai', 4, 'weapons-violence'],
    ['pe discord zic că străinii ne iau țara și că a venit timpul să trecem la fapte, m-au invitat în privat', 4, 'extremism'],
    ['pe un server zic ca tradatorii de neam sunt dusmanii si sa ne pregatim, mi-au zis sa nu spun parintilor', 4, 'extremism'],
    ['un coleg m-a filmat în vestiar și a pus pe grup', 4, 'sexual'],
    ['au filmat-o la duș în tabără', 4, 'sexual'],
    ['tata vine beat în fiecare seară și mă lovește', 4, 'bullying-abuse'],
    ['cand e beat ne bate pe toti', 4, 'bullying-abuse'],
    ['vreau să mă sinucid în seara asta', 5, 'suicide-self-harm'],
    ['mă omor, nu mai pot, am luat toate pastilele', 4, 'suicide-self-harm'],
  ]);
});

describe('Romanian pack: innocent', () => {
  expectNoAlerts('ro', [
    'mă omor cu tema asta la mate, nu înțeleg nimic',
    'ma sinucid cu proiectul asta de fizica lol',
    'mor la coada de la poștă, e o oră de când aștept',
    'profesoara iese la pensie, i-am zis mulțumesc pentru tot',
    'fratele meu nu răspunde că e la antrenament',
    'nu ies fără umbrelă când plouă',
    'am un cuțit de bucătărie în ghiozdan pentru fructe la excursie',
    'te aștept după ore la poartă, mergem la mall',
    'pe discord ne pregătim pentru turneul de sâmbătă',
    'la ora de istorie am învățat despre un erou național',
    'm-a filmat mama la serbare, ce rușine',
    'tata vine acasă târziu și ne face clătite',
    'bunicul meu bea o cafea dimineața',
    'am dat toate jocurile vechi la un magazin second hand',
    'știu unde stai, vin mâine să-ți aduc caietul',
  ]);
});

describe('ro: third-pass frames (sextortion, beatings, a relative’s secret)', () => {
  expectAlerts('ro', [
    ['are pozele mele și dacă nu-i dau 200 lei le trimite la părinții mei pe grupul familiei', 5, 'grooming-cse'],
    ['tatăl vitreg mă lovește cu cureaua și am vânătăi', 4, 'bullying-abuse'],
    ['unchiul meu mă cheamă în camera lui și zice că e secretul nostru', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('ro', [
    'potrivit poliției, un tânăr a fost reținut după o bătaie cu cuțitul',
    'tata mi-a cumpărat o curea nouă pentru costum',
    'mama mea a pus poze cu mine pe grupul familiei de ziua mea',
  ]);
});

describe('ro: dev8 round (a friend taking her life, dehumanising a group, a pick-up kept from parents)', () => {
  expectAlerts('ro', [
    ['colegul meu a scris ca diseara se spanzura si nu mai raspunde de o ora', 4, 'suicide-self-harm'],
    ['refugiații ăștia sunt niște paraziți, trebuie eliminați', 3, 'hate-discrimination'],
    ['un tip de 23 de pe insta vrea să mă ia de la școală și să nu afle ai mei', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('ro', [
    'mama vine după mine cu mașina la școală vineri, am 14 ani',
    'fratele meu de 19 ani mă ia cu mașina de la școală',
    'la ferma bunicii sunt o grămadă de animale',
    'vreau să merg la muncă în Anglia după facultate',
  ]);
});

describe('ro: dev8 siblings (purging with a weight goal, sextortion to the class group, a private app nobody sees)', () => {
  expectAlerts('ro', [
    ['am slăbit până la 42 dar tot grasă, după masă iar degetele în gât', 4, 'suicide-self-harm'],
    ['are pozele mele și zice că dacă nu-i mai trimit le pune pe grupul clasei', 5, 'grooming-cse'],
    ['un tip din joc vrea să vorbim pe telegram că acolo nu ne vede nimeni', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('ro', [
    'cântăresc 50 kg și azi nu am mâncat nimic, mi-e foame',
    'am pus pozele din excursie pe grupul clasei',
  ]);
});
