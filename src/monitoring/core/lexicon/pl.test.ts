/**
 * Polish pack: risky sentences (with the category and lowest severity they must reach) and
 * innocent sentences that use alarming words (they must stay below the alert threshold). Written
 * for the third-pass frames, with and without diacritics, not copied from the pack's phrases.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Polish pack: risky', () => {
  expectAlerts('pl', [
    ['kumpel rozdał wszystkie swoje rzeczy i od wczoraj nie odpisuje', 4, 'suicide-self-harm'],
    ['moja przyjaciółka mówiła o śmierci, a teraz nie odbiera telefonu', 4, 'suicide-self-harm'],
    ['napisał dzięki za wszystko i że niedługo mnie nie będzie', 4, 'suicide-self-harm'],
    ['mam wszystko przygotowane, list pożegnalny leży na biurku', 5, 'suicide-self-harm'],
    ['od kiedy mnie pobili nie wychodzę bez noża', 4, 'weapons-violence'],
    ['noszę przy sobie kastet, tak na wszelki wypadek', 4, 'weapons-violence'],
    ['pożałujesz, wiemy gdzie mieszkasz', 4, 'weapons-violence'],
    ['dorwiemy cię po lekcjach, kapusiu', 4, 'weapons-violence'],
    ['na discordzie piszą że Tarrant to bohater, pytają mnie prywatnie czy jestem gotowy', 4, 'extremism'],
    ['na serwerze mówią że trzeba działać i że to święty, zaprosili mnie na szkolenie', 4, 'extremism'],
    ['trener przychodził w nocy do pokoju i mnie dotykał', 4, 'sexual'],
    ['wujek mnie obmacywał jak nikt nie widział', 4, 'sexual'],
    ['brat trzyma nóż pod łóżkiem dla ochrony', 4, 'weapons-violence'],
    ['chcę się zabić dziś w nocy', 5, 'suicide-self-harm'],
    ['zabiję się, nie mam już siły żyć', 4, 'suicide-self-harm'],
  ]);
});

describe('Polish pack: innocent', () => {
  expectNoAlerts('pl', [
    'zabiję się z tą matmą, nic nie rozumiem',
    'chyba się zabiję z nudów na tej lekcji',
    'powieszę się z tym sprawdzianem z chemii',
    'zabije sie z tym levelem, piąty raz przegrywam',
    'pani od polskiego odchodzi na emeryturę, dzięki za wszystko',
    'brat nie odpisuje bo gra w piłkę',
    'nie wychodzę bez parasola w listopadzie',
    'mam w plecaku nóż do chleba na wycieczkę',
    'kupiłem młodszemu bratu pistolet na wodę',
    'czekamy na ciebie po lekcjach pod sklepem',
    'wiem gdzie mieszkasz, przyniosę ci zeszyt',
    'na serwerze szykujemy się do turnieju, trzeba działać szybko',
    'na obozie opiekun sprawdzał w nocy czy śpimy i czytał nam bajki',
    'pielęgniarka mnie dotykała stetoskopem przy badaniu',
    'wszystko gotowe na ostatnią noc obozu, ognisko o 21',
  ]);
});

describe('pl: third-pass frames (sextortion, beatings, a relative’s secret)', () => {
  expectAlerts('pl', [
    ['ma moje zdjęcia i jak nie zapłacę 300 złotych wyśle je do rodziców', 5, 'grooming-cse'],
    ['ojczym bije mnie pasem i mam siniaki na plecach', 4, 'bullying-abuse'],
    ['wujek zabiera mnie do swojego pokoju i mówi że to nasz sekret', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('pl', [
    'według policji zatrzymano dwóch mężczyzn z nożem, prokuratura wszczęła śledztwo',
    'tata zapiął mnie pasem w samochodzie',
    'mama wysłała moje zdjęcia z wakacji do rodziny',
  ]);
});

describe('pl: banter, queues and soft hits stay quiet', () => {
  expectNoAlerts('pl', [
    'w sobotę zabijemy ich w meczu, będzie 4:0',
    'umieram z nudów na tej lekcji fizyki',
    'godzina w kolejce na poczcie, zaraz się zastrzelę',
  ]);
});

describe('pl: dev8 round (self-harm slang, reflexive "kill yourself", sextortion to the class, money mules)', () => {
  expectAlerts('pl', [
    ['dzisiaj znowu się pociachałam... nie, serio, chyba się potnę, nikt nie widzi pod bluzą', 4, 'suicide-self-harm'],
    ['pochlastałam się wczoraj i chodzę w długich rękawach', 4, 'suicide-self-harm'],
    ['weź się powieś, i tak nikt cię nie lubi', 4, 'bullying-abuse'],
    ['zrób światu przysługę i zdechnij', 4, 'bullying-abuse'],
    ['nikt cię tutaj nie chce, spadaj z naszej grupy', 3, 'bullying-abuse'],
    ['ten gość ma moje fotki i chce 200 zł, inaczej roześle je do całej klasy', 5, 'grooming-cse'],
    ['ogłoszenie: łatwa kasa dla uczniów, trzeba tylko odebrać kopertę i przekazać pieniądze kierowcy', 4, 'grooming-cse'],
    ['jak pozbyć się zapachu trawki z pokoju zanim wróci mama', 3, 'drugs'],
  ]);
  expectNoAlerts('pl', [
    'muszę odebrać paczkę z paczkomatu po szkole',
    'mama poprosiła żebym odebrał paczkę od sąsiada',
    'trener napisał na grupie że trening jest o 17',
    'nikt nie zauważył że założyłam bluzę z długim rękawem do szkoły',
    'wszystkim w klasie wyślę zaproszenie na urodziny',
    'zioła na przeziębienie mają bardzo mocny zapach',
  ]);
});

describe('pl: dev8 siblings (purging with a weight goal, a friend who will take her life, ableist hate)', () => {
  expectAlerts('pl', [
    ['schudłam do 45 i dalej gruba, po obiedzie palce do gardła', 4, 'suicide-self-harm'],
    ['kumpel napisał że się powiesi i od godziny nie odpisuje', 4, 'suicide-self-harm'],
    ['te downy przeszkadzają normalnym ludziom, powinni iść do specjalnej szkoły', 3, 'hate-discrimination'],
  ]);
  expectNoAlerts('pl', [
    'ważę 60 kg i nic nie jadłam od rana bo był trening',
    'mój brat ma zespół Downa i jest najlepszym bratem',
  ]);
});
