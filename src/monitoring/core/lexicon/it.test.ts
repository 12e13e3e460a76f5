/**
 * Italian pack: risky sentences (with the category and lowest severity they must reach) and
 * innocent sentences that use alarming words (they must stay below the alert threshold).
 * Written as young people write — with and without accents, chat spellings ("nn", "xke"),
 * elisions ("t'ammazzo") — and not copied from the pack's phrases, so they test generalisation.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Italian pack: risky', () => {
  expectAlerts('it', [
    // suicide and self-harm
    ['nn ce la faccio piu, voglio morire', 5, 'suicide-self-harm'],
    ['vorrei solo morire e basta', 5, 'suicide-self-harm'],
    ['stasera mi ammazzo, ho già deciso', 5, 'suicide-self-harm'],
    ['sto pensando di buttarmi dal ponte vicino casa', 5, 'suicide-self-harm'],
    ['quante tachipirine servono per morire', 5, 'suicide-self-harm'],
    ['qual è il modo più veloce per uccidersi', 5, 'suicide-self-harm'],
    ['starebbero tutti meglio se non ci fossi', 4, 'suicide-self-harm'],
    ['nessuno sentirebbe la mia mancanza comunque', 4, 'suicide-self-harm'],
    ['non ho piu voglia di vivere', 4, 'suicide-self-harm'],
    ['mi sono tagliata di nuovo le braccia con la lametta', 4, 'suicide-self-harm'],
    ['come nascondere i tagli ai miei genitori', 4, 'suicide-self-harm'],
    ['voglio perdere 5 chili senza mangiare niente', 4, 'suicide-self-harm'],
    ['ho preso tutte le pillole di mia madre, addio', 5, 'suicide-self-harm'],
    // grooming and CSE
    ['un tipo conosciuto su roblox mi chiede foto e mi ha detto di non dirlo ai miei', 4, 'grooming-cse'],
    ['dice che è il nostro segretino e di cancellare la chat', 4, 'grooming-cse'],
    ['mandami i nudes o li faccio vedere a tutta la scuola', 5, 'grooming-cse'],
    ['se non mi mandi altre foto le mando a tutti i tuoi amici', 5, 'grooming-cse'],
    ['lui ha 28 anni e io ho 13, dice che l età è solo un numero', 4, 'grooming-cse'],
    ['ti faccio una ricarica se mi mandi una foto tua in costume', 4, 'grooming-cse'],
    ['mi chiede sempre dove abito e se sono da sola', 4, 'grooming-cse'],
    ['spogliati e accendi la cam', 5, 'grooming-cse'],
    // bullying and abuse
    ['ammazzati nessuno ti vuole', 4, 'bullying-abuse'],
    ['a scuola tutti mi prendono in giro e mi spingono', 3, 'bullying-abuse'],
    ['il mio patrigno mi picchia quando beve', 4, 'bullying-abuse'],
    ['cicciona fai schifo, spero che muori', 4, 'bullying-abuse'],
    // extremism
    ['voglio unirmi allo stato islamico e combattere', 4, 'extremism'],
    ['traini ha fatto bene, è un eroe', 4, 'extremism'],
    ['ammiro mussolini, aveva ragione su tutto', 4, 'extremism'],
    ['basta sostituzione etnica, difendiamo la razza bianca', 4, 'extremism'],
    // hate
    ['gli zingari sono tutti ladri e vanno cacciati', 3, 'hate-discrimination'],
    ['frocio di merda tornatene a casa', 3, 'hate-discrimination'],
    // drugs
    ['dove trovo erba buona a milano', 3, 'drugs'],
    ['stasera ci facciamo una canna prima della festa', 3, 'drugs'],
    ['voglio comprare un po di bamba per sabato', 3, 'drugs'],
    // weapons and violence
    ['domani porto il coltello a scuola e vedrai', 5, 'weapons-violence'],
    ['come costruire una bomba in casa', 5, 'weapons-violence'],
    ['vi ammazzo tutti in classe', 5, 'weapons-violence'],
    ['dove posso comprare una pistola senza porto d armi', 4, 'weapons-violence'],
    ["giuro che t'ammazzo domani all'uscita", 5, 'weapons-violence'],
    ['voglio fare una strage nella mia scuola', 5, 'weapons-violence'],
    // gambling
    ['ho perso tutti i miei soldi alle scommesse a 15 anni', 3, 'gambling'],
    ['come scommettere su snai da minorenne', 3, 'gambling'],
  ]);
});

describe('Italian pack: innocent', () => {
  expectNoAlerts('it', [
    'sto morendo dal ridere con questo video ahahah',
    'muoio di fame, cosa si mangia',
    'domani ho la verifica di mate, sono morta',
    'mia madre mi ammazza quando vede il voto',
    'ammazza che bella macchina',
    'ti voglio bene da morire',
    'mi fai morire quando fai quella faccia',
    'quella canzone è una bomba',
    'ho mangiato un bombolone alla crema',
    'mi sparo tutta la serie stasera',
    'spara pure, cosa mi volevi chiedere',
    'passami il coltello da cucina per il pane',
    'mi sono tagliata i capelli corti',
    'mi sono tagliato con la carta del quaderno',
    'la pistola ad acqua di mio fratello perde',
    'vorrei una coca cola ghiacciata',
    'mio nonno ha una canna da pesca nuova',
    'il fumo passivo fa male ai bambini',
    'devo tagliare l erba del giardino',
    'scommetto che la juve vince domenica',
    'ricerca di storia sulla seconda guerra mondiale e il fascismo',
    'riassunto della shoah per la giornata della memoria',
    'la prevenzione del suicidio tra i giovani, tema di italiano',
    'su fortnite ti ammazzo in due secondi ahahah',
    'su minecraft ho fatto una bomba di tnt enorme',
    'non voglio morire giovane, voglio viaggiare',
    'non voglio vivere a milano, costa troppo',
    'voglio farla finita con questa storia dei compiti',
    'mi butto in piscina',
    'il tiro in porta era perfetto',
    'che figata il concerto',
    'la guerra di troia nel libro di epica',
    'porca puttana ho perso il bus',
    'mi tocca studiare tutto il weekend',
    'stasera vado in palestra con mio padre',
    'vorrei dormire tutto il giorno',
    'la neve di stamattina era bellissima',
    'ho perso la puntata di ieri',
    'mio papà mi ha regalato un telefono nuovo',
    'la mafia uccide solo d estate è un bel film',
    'ho preso una pastiglia per il mal di testa',
    'mia zia maria fa una torta buonissima',
  ]);
});

describe('it: dev8 frames (ultimatums, a drinking parent, goal weights, gifts owed)', () => {
  expectAlerts('it', [
    ['ho i tuoi video, o mi paghi entro domani o li pubblico e le giro ai tuoi genitori', 5, 'grooming-cse'],
    ['mia madre quando torna ubriaca mi picchia con la cintura', 4, 'bullying-abuse'],
    ['obiettivo 44 kg, oggi solo una mela e acqua, senza mangiare altro', 4, 'suicide-self-harm'],
    ['ha 27 anni, mi ha regalato un iphone e ora dice che devo ricambiare il favore', 4, 'grooming-cse'],
    ['gli immigrati ci invadono, dobbiamo organizzarci e ripulire il quartiere', 4, 'extremism'],
  ]);
  expectNoAlerts('it', [
    'come fare una bomba di tnt su minecraft',
    'ti ammazzo, hai mangiato le mie patatine',
    'cara ana mia, ci vediamo domani a scuola',
    'mio padre quando beve il caffè mi racconta storie',
    'metto le maniche lunghe perché fa freddo',
    'il mio cane pesa 40 chili e da due giorni è senza mangiare',
  ]);
});

describe('it: eating-disorder tags count only with a diet cue', () => {
  expectAlerts('it', [
    ['oggi solo acqua e un caffè #anamia #thinspo', 4, 'suicide-self-harm'],
  ]);
  expectNoAlerts('it', [
    'buon compleanno Ana mia, ti voglio bene',
  ]);
});
