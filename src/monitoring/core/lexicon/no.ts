/**
 * Norwegian (Bokmål) lexicon. Written for Haven by its contributors from how young people write
 * about these risks in Norwegian: lower case, without æ/ø/å (the normaliser folds ø and å to o
 * and a, æ to ae, so "dø" is read as "do": it is never a phrase alone), chat and dialect spellings
 * ("æ"/"e"/"eg" for jeg, "ikkje"/"ikk", "mæ"/"dæ" for meg/deg, "åssen" for hvordan), slang
 * ("faen", "jævla", "hasj", "langer", "mongo") and English mixed in. No third-party word list was
 * copied. Licence: AGPL-3.0-or-later.
 *
 * The rules are the Nordic table (`rules-nordic.ts`), shared with Swedish and Danish. Words that
 * are ordinary in a neighbour language are kept out of single-word phrases: "gift" (married,
 * poison), "dø"/"død" (English do), "homo" (used between friends and in lessons). Everyday idioms
 * are senses: "dø av latter", "mamma dreper meg", "skyte på mål", "bombe" as great, "badebombe",
 * "kniv" in the kitchen.
 */
import { nordicContexts, nordicRules, NORDIC_SHARED } from './rules-nordic.ts';
import type { LanguagePack } from './types.ts';

const YOUNG = '{10|11|12|13|14|15}';
const ADULT = '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40|45}';
const JEG = '{jeg|æ|eg}';

export const nb: LanguagePack = {
  lang: 'no',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // "itj" and "ik" are left out (too short and Dutch "ik"), "ingen" too ("ingen ville savnet meg")
  negators: ['ikke', 'ikkje', 'ikk', 'aldri', 'aldri noensinne', 'inte', 'aldrig'],
  concepts: {
    // ── suicide and self-harm ──
    self: ['kommer til å', 'jeg kommer til å', `${JEG} vil`, 'e vil', 'jg vil', `${JEG} vil bare`, 'vil bare', `${JEG} har lyst til å`, 'har lyst til å', 'jeg skal', 'jeg tenker på å', 'jeg vurderer å', 'jeg har bestemt meg for å', 'jeg planlegger å', 'jeg burde bare', 'jeg skulle ønske jeg kunne', 'jeg er klar til å', 'i kveld skal jeg', 'i natt skal jeg', 'i morgen skal jeg', 'jeg vil faen meg', 'vil faen bare'],
    dieverb: ['drepe meg selv', 'drepe meg sjøl', 'ta livet mitt', 'ta mitt eget liv', 'ta livet av meg', 'ta livet mitt', 'begå selvmord', 'henge meg', 'skyte meg selv', 'drukne meg', 'forgifte meg', 'forsvinne for alltid', 'slutte å eksistere', 'aldri våkne igjen', 'aldri våkne', 'sove for alltid', 'slippe å leve', 'kaste meg foran', 'hoppe foran toget', 'hoppe fra brua', 'hoppe fra broen', 'hoppe fra taket', 'kutte opp håndleddene', 'ta alle pillene', 'ta alle pillene mine', 'overdosere', 'unalive'],
    dieverbnow: ['tar livet mitt', 'tar mitt eget liv', 'tar livet av meg', 'dreper meg selv', 'begår selvmord', 'tar alle pillene', 'hopper fra brua', 'hopper foran toget'],
    wantself: [`${JEG} vil`, 'jg vil', 'vil', 'vil berre', 'eg vil berre', `${JEG} vil bare`, 'vil bare', 'har lyst til å', `${JEG} har lyst til å`, 'jeg ønsker å', 'jeg vil faen meg', 'vil faen bare', 'jeg vil virkelig', 'jeg vil helst'],
    dieplain: ['dø', 'døy', 'bare dø', 'dø nå', 'dø i kveld', 'være død', 'være borte', 'ikke leve', 'ikke leve lenger', 'ikke være her', 'ikke være her lenger', 'ikke eksistere'],
    suicideact: ['ta livet sitt', 'ta sitt eget liv', 'ta livet av seg', 'drepe seg selv', 'drepe meg selv', 'begå selvmord', 'henge seg', 'henge meg', 'dø smertefritt', 'dø uten smerte', 'dø fort', 'selvmord', 'dødelig dose'],
    howto: ['hvordan', 'åssen', 'hvoran', 'korleis', 'hvordan man', 'hvordan gjør man', 'beste måten å', 'enkleste måten å', 'raskeste måten å', 'smertefri måte å', 'måter å', 'hvor mange', 'hvor mye', 'guide til'],
    pills: ['piller', 'pillene', 'tabletter', 'tablettene', 'paracet', 'paracetamol', 'pinex', 'ibux', 'ibuprofen', 'sovepiller', 'sovemedisin', 'imovane', 'vival', 'valium', 'sobril', 'rivotril', 'tramadol', 'oxycodon', 'antidepressiva', 'medisin', 'medisinene mine'],
    death: ['for å dø', 'å dø', 'dør man', 'dør jeg', 'dødelig', 'dødelig dose', 'overdose', 'overdosere', 'drepe meg selv', 'aldri våkne', 'ikke våkne', 'dø av', 'sove for alltid'],
    jump: ['kaste meg', 'hoppe', 'hopper', 'hoppe ut', 'hoppe ned', 'vil hoppe', 'skal hoppe', 'legge meg'],
    height: ['fra brua', 'fra broen', 'fra ei bru', 'fra en bro', 'fra taket', 'fra et tak', 'fra balkongen', 'ut av vinduet', 'foran toget', 'foran et tog', 'foran t-banen', 'foran trikken', 'foran en bil', 'foran en lastebil', 'på skinnene', 'fra stupet', 'fra {femte|sjette|tiende|øverste} etasje'],
    nolonger: ['orker ikke', 'orker ikkje', 'gidder ikke', 'klarer ikke', 'vil ikke', 'vil ikkje', 'jeg vil ikke', 'æ vil ikke', 'vil ikke lenger', 'kan ikke', 'er lei av å', 'lei av å', 'er sliten av å'],
    living: ['leve', 'leve lenger', 'leve mer', 'være her', 'være her lenger', 'eksistere', 'være i live', 'våkne', 'våkne i morgen', 'våkne opp', 'leve sånn', 'fortsette', 'holde ut'],
    better: ['bedre', 'lykkeligere', 'gladere', 'enklere', 'lettere'],
    withoutme: ['uten meg', 'hvis jeg døde', 'hvis jeg var død', 'om jeg døde', 'hvis jeg forsvant', 'hvis jeg ikke var her', 'hvis jeg var borte', 'når jeg er borte', 'når jeg er død'],
    nobody: ['ingen', 'ingen ville', 'ingen vil', 'ingen hadde', 'ingen ville engang'],
    miss: ['savne meg', 'savnet meg', 'gråte', 'sørge', 'gråte for meg', 'komme i begravelsen min'],
    notice: ['merke det', 'merke', 'legge merke til', 'bry seg', 'brydd seg', 'skjønne det'],
    feeling: ['unnskyld for alt', 'tilgi meg for alt', 'jeg hater livet mitt', 'hater livet mitt', 'hater meg selv', 'hater meg sjøl', 'jeg er verdiløs', 'er så verdiløs', 'jeg er en byrde', 'er en byrde', 'bare en byrde', 'ingen bryr seg om meg', 'ingen bryr seg', 'ingen elsker meg', 'alle hater meg', 'alt er meningsløst', 'livet er meningsløst', 'ingen mening', 'ikke noe håp', 'ingen utvei', 'orker ikke mer', 'orker ikke mer av dette', 'klarer ikke mer', 'lei av alt', 'lei av livet', 'tom inni meg', 'føler meg tom', 'helt alene', 'fortjener ikke å leve', 'alt er min feil', 'jeg ødelegger alt'],
    final: ['siste melding', 'min siste melding', 'mitt siste innlegg', 'siste innlegg', 'når dere leser dette', 'når du leser dette', 'ha det for alltid', 'jeg har gitt bort tingene mine', 'avskjedsbrevet mitt', 'avskjedsbrev', 'dette er min siste', 'vi ses på den andre siden', 'ikke glem meg'],
    ftime: ['i dag', 'idag', 'i kveld', 'ikveld', 'i natt', 'inatt', 'i morgen', 'imorgen', 'nå', 'snart', 'i helga', 'på fredag', 'etter skolen', 'om en time', 'før jul'],
    sdeath: ['dø', 'døden', 'død', 'selvmord', 'drepe meg selv', 'begravelsen min', 'borte for alltid', 'aldri våkne'],
    fmeans: ['tauet', 'et tau', 'løkke', 'løkka', 'alle pillene', 'alle pillene mine', 'barberblad', 'barberbladet', 'barberbladene', 'skinnene', 'foran toget', 'pappas pistol', 'jaktgeværet', 'hoppe fra'],
    cutting: ['kutter meg', 'kutte meg', 'kuttet meg', 'kutta meg', 'skjærer meg', 'skjære meg', 'skar meg', 'cutter meg', 'cutte meg', 'cutter', 'cutta', 'risper meg', 'rispe meg', 'brenner meg selv', 'brant meg selv', 'skader meg selv', 'skade meg selv', 'slår meg selv'],
    bodypart: ['armen', 'armene', 'armer', 'håndleddet', 'håndleddene', 'lårene', 'låret', 'magen', 'huden', 'beina', 'beinet', 'pulsåra', 'pulsåren'],
    hide: ['skjule', 'skjuler', 'gjemme', 'gjemmer', 'dekke', 'dekker', 'så ingen ser', 'så ingen merker', 'så mamma ikke ser', 'så foreldrene mine ikke ser', 'lange ermer', 'langermet'],
    cut: ['arr', 'arrene', 'arret', 'sår', 'sårene', 'kuttene', 'merker', 'merkene', 'cuts', 'mine cuts', 'risper', 'brannmerker', 'selvskading', 'cutting'],
    edgoal: ['gå ned i vekt', 'slanke meg', 'slank', 'tynn', 'tynnere', 'være tynn', 'bli tynn', 'kilo', 'målvekt', 'drømmevekt', 'thinspo', 'thigh gap', 'skinn og bein', 'bmi'],
    edmethod: ['slutte å spise', 'sluttet å spise', 'ikke spise', 'spiser ingenting', 'ikke spist', 'sulte', 'sulter', 'kaste opp', 'kaster opp', 'spy opp', 'avføringsmiddel', 'bare vann', 'hoppe over måltider', 'under 500 kalorier', 'kalorier om dagen'],
    idiomdie: ['dø', 'døde', 'dør', 'død', 'døden', 'døy', 'daua'],
    idiomcause: ['av latter', 'av latteren', 'av skam', 'av flauhet', 'av kjedsomhet', 'av varme', 'av varmen', 'av kulde', 'av sult', 'av lengsel', 'av nysgjerrighet', 'av stress', 'av cringe', 'av misunnelse', 'av å le'],
    homefig: ['mamma', 'pappa', 'mora mi', 'faren min', 'moren min', 'foreldrene mine', 'læreren', 'læreren min', 'treneren', 'søstera mi', 'broren min', 'bestemor', 'farmor', 'mormor'],
    killsme: ['dreper meg', 'drepe meg', 'kverker meg', 'myrder meg', 'myrde meg', 'slår meg ihjel'],
    shootup: ['skyte', 'skyter', 'skjøt', 'skutt'],
    postponed: ['på mål', 'mot mål', 'ballen', 'et mål', 'i mål', 'på keeperen', 'i stolpen', 'i tverrliggeren', 'straffe', 'fra distanse', 'skylda på', 'en elg', 'en hare', 'på blink', 'på skytebanen', 'med pil og bue', 'i gang', 'inn'],
    trivial: ['hvis du spiser', 'hvis du tar', 'hvis du spoiler', 'hvis du glemmer', 'hvis du rører', 'hvis du ikke svarer', 'chipsen min', 'maten min', 'godteriet mitt', 'laderen min', 'hettegenseren min', 'spoiler', 'hahaha', 'haha', 'lol', 'xd'],
    hoard: ['spart opp', 'sparer opp', 'samlet opp', 'samler på', 'gjemt unna', 'gjemmer unna', 'har en pakke', 'hamstret'],
    hush: ['ikke må fortelle', 'ikke skal fortelle', 'ikke fikk fortelle', 'ikke må si', 'ikke skal si', 'ikke si noe', 'skal slette', 'slette alt', 'vår hemmelighet'],
    picsend: ['send bilde', 'send bilder', 'sender bilder', 'sende bilder', 'et bilde', 'bilder', 'bilde', 'foto', 'video', 'vis meg', 'skru på kameraet', 'facetime'],
    undress: ['i undertøy', 'i bh', 'i truse', 'i bokser', 'i håndkle', 'uten klær', 'uten genser', 'naken', 'i dusjen', 'når du dusjer', 'når du skifter'],
    // ── grooming and CSE ──
    secret: ['ikke si det', 'ikke si noe', 'ikke fortell', 'ikke fortell det', 'si ikke', 'fortell ikke', 'vår hemmelighet', 'vår lille hemmelighet', 'det er en hemmelighet', 'mellom oss', 'bare mellom oss', 'slett meldingene', 'slett chatten', 'slett det', 'ingen må vite', 'ingen trenger å vite'],
    parents: ['foreldrene dine', 'til foreldrene dine', 'mora di', 'moren din', 'faren din', 'faren di', 'mamma di', 'mammaen din', 'pappaen din', 'læreren din', 'lærerne dine', 'en voksen', 'noen voksne', 'søsknene dine', 'mamma og pappa'],
    toldsecret: ['sa at jeg ikke får si', 'sa at jeg ikke fikk si', 'sa jeg ikke måtte fortelle', 'sa at jeg ikke må fortelle', 'at jeg ikke skal si noe', 'at jeg må slette', 'å slette chatten', 'sa det var vår hemmelighet', 'sa at ingen må vite'],
    myparents: ['foreldrene mine', 'mamma', 'pappa', 'moren min', 'faren min', 'vennene mine', 'læreren min', 'kontaktlæreren', 'noen voksne', 'politiet'],
    cond: ['hvis du ikke', 'hvis du ikkje', 'om du ikke', 'ellers', 'ellers så', 'med mindre du', 'hvis du nekter', 'hvis du sier nei', 'hvis du blokkerer'],
    show: ['sender jeg', 'deler jeg', 'legger jeg ut', 'legger jeg dem ut', 'legger jeg', 'sender jeg dem', 'sprer jeg', 'legger ut', 'legger dem ut', 'poster jeg', 'viser jeg', 'viser alle', 'sender til alle', 'til alle', 'til hele skolen', 'til foreldrene dine', 'til mora di', 'til vennene dine', 'sprer', 'spre', 'publiserer'],
    media: ['bildene', 'bilder', 'bildet', 'nudes', 'nakenbilder', 'nakenbildene', 'videoen', 'videoene', 'klippet', 'screenshots', 'bildene dine'],
    adult: ['en gammel mann', 'en mann', 'en voksen', 'en eldre fyr', 'eldre fyr', 'en fyr', 'en fremmed', 'en jeg ikke kjenner', 'noen jeg ikke kjenner', 'fra nettet', 'på nettet', 'fra internett', 'fra tiktok', 'fra snap', 'fra discord', 'fra roblox', 'fra fortnite', 'i spillet', 'mye eldre', 'eldre enn meg', 'voksen mann'],
    request: ['vil ha bilder', 'vil ha nudes', 'ber om bilder', 'ber om nudes', 'ba om bilder', 'ba om nudes', 'maser om bilder', 'vil at jeg skal sende', 'send bilder', 'nakenbilder', 'vil møtes', 'vil møte meg', 'møtes alene', 'vil at jeg kommer alene', 'vil vite hvor jeg bor', 'vil ha adressen min', 'skru på kameraet', 'ga meg penger', 'kjøpte robux', 'moden for alderen din', 'moden for din alder', 'truer med å dele', 'truer med å sende', 'truer med å legge ut', 'presser meg', 'hente meg på skolen', 'vil at jeg skal kle av meg'],
    adultage: [`han er ${ADULT}`, `{en mann|en fyr} på ${ADULT}`],
    childage: [`{jeg er|æ e|e e|jg er} ${YOUNG}`],
    gift: [...NORDIC_SHARED.gift, 'kjøper robux', 'gir deg robux', 'gir deg penger', 'vippser deg', 'sender deg penger', 'kjøper noe til deg', 'betaler deg', 'gavekort', 'et gavekort', 'gir deg skins', 'kjøper skins'],
    wantpics: ['send et bilde', 'send bilde', 'send bilder', 'send et bilde av deg', 'send nudes', 'send en video', 'vis meg', 'vis litt', 'et bilde av deg', 'bilder av deg', 'bilde i undertøy', 'bilde i bh', 'bilde uten klær', 'bilde i dusjen', 'for bilder', 'for et bilde'],
    meet: ['vi kan møtes', 'kan vi møtes', 'skal vi møtes', 'vi ses etter skolen', 'jeg henter deg', 'jeg kan hente deg', 'henter deg på skolen', 'kom hjem til meg', 'kom til meg', 'kom alene', 'møtes alene', 'bare du og jeg', 'bare oss to', 'utenfor skolen', 'i parken i kveld'],
    covert: ['ikke si noe', 'ikke si det', 'ikke fortell', 'ingen må vite', 'i hemmelighet', 'uten at foreldrene dine vet', 'uten at noen vet', 'snik deg ut', 'lyv for foreldrene dine', 'si at du sover hos en venninne'],
    privapp: [...NORDIC_SHARED.privapp, 'en annen app', 'annen app', 'privat konto', 'hemmelig konto', 'forsvinnende meldinger', 'hemmelig chat', 'dm', 'pm', 'privat chat'],
    nosee: ['ingen ser', 'ingen kan se', 'ingen leser', 'forsvinner', 'forsvinner med en gang', 'så ingen ser', 'foreldrene dine ser ikke', 'mora di sjekker ikke', 'slettes automatisk'],
    flatter: ['du er så moden', 'så moden', 'moden for alderen din', 'moden for din alder', 'du er så pen', 'du er så fin', 'du er så søt', 'du er spesiell', 'du er ikke som andre', 'ikke som andre jenter', 'du ser eldre ut', 'du virker eldre', 'du er perfekt', 'prinsessen min', 'vennen min'],
    asks: ['spør', 'spurte', 'spør hele tiden', 'vil vite', 'maser om', 'spør meg'],
    whereabouts: ['hvor jeg bor', 'hvor du bor', 'adressen min', 'adressen din', 'om jeg er alene', 'om du er alene', 'er du alene', 'alene hjemme', 'hva jeg har på meg', 'hva du har på deg', 'om jeg er jomfru', 'er du jomfru', 'har du kysset'],
    night: ['midt på natta', 'om natta', 'om natten', 'sent på natta', 'i natt', 'når alle sover', 'når foreldrene dine sover', 'klokka 2', 'klokka 3'],
    carry: ['løpe med', 'løper for', 'løpe for', 'bære pakker for', 'oppbevare for', 'gjemme for', 'selge for', 'levere for', 'løpegutt', 'løpegutter'],
    parcel: ['pakker', 'pakka', 'pakken', 'greier', 'dop', 'en bag', 'til en annen by', 'gjengen', 'nettverket', 'de eldre'],
    // ── bullying and abuse ──
    bullyactor: ['de', 'dem', 'alle', 'hele klassen', 'folk i klassen', 'klassekameratene', 'jentene', 'guttene', 'noen gutter', 'noen jenter', 'de store', 'de eldre', 'noen'],
    bullyact: ['mobber meg', 'slår meg', 'sparker meg', 'dytter meg', 'erter meg', 'håner meg', 'ler av meg', 'fryser meg ut', 'utestenger meg', 'holder meg utenfor', 'ignorerer meg', 'filmet meg', 'filmer meg', 'truer meg', 'tar tingene mine', 'spytter på meg', 'snakker dritt om meg', 'sprer rykter om meg', 'la ut et bilde av meg', 'lagde en gruppe om meg', 'hater meg', 'trakasserer meg'],
    youare: ['du er', 'du e', 'du er så', 'du e så', 'du er en', 'du er bare', 'din jævla', 'ditt jævla', 'din stygge', 'din ekle', 'di jævla'],
    insult: ['stygg', 'stygge', 'ekkel', 'ekle', 'patetisk', 'verdiløs', 'feiting', 'tjukk', 'tjukkas', 'fettklump', 'hval', 'en fiasko', 'taper', 'en taper', 'loser', 'mongo', 'åndssvak', 'evneveik', 'cp', 'retard', 'hore', 'horunge', 'fitte', 'kuk', 'hestkuk', 'en byrde', 'ingenting verdt', 'jævel'],
    abuser: ['pappa', 'mamma', 'faren min', 'moren min', 'mora mi', 'far', 'mor', 'stefaren min', 'stefar', 'stemora mi', 'stemoren min', 'mammas kjæreste', 'kjæresten til mamma', 'broren min', 'storebroren min', 'onkelen min', 'bestefar', 'morfar', 'farfar', 'foreldrene mine', 'kjæresten min'],
    abuse: ['slår meg', 'slo meg', 'sparker meg', 'sparket meg', 'gir meg ørefik', 'kveler meg', 'tok kvelertak', 'låser meg inne', 'låste meg inne', 'drar meg i håret', 'befølte meg', 'voldtok meg', 'gir meg ikke mat', 'truer meg', 'mishandler meg', 'slår meg med beltet', 'drikker og slår'],
    // ── extremism and hate ──
    extsupport: ['hyller', 'hylle', 'beundrer', 'støtter', 'respekt for', 'helter', 'min helt', 'en helt', 'helten min', 'legende', 'hadde rett', 'gjorde det rette', 'gjorde ingenting galt', 'idolet mitt', 'forbilde', 'forbildet mitt', 'et geni', 'martyr', 'saint'],
    extfigure: [...NORDIC_SHARED.extfigure, 'manshaus', 'philip manshaus', 'skoleskyteren', 'gjerningsmannen på utøya', 'nazistene', 'terroristene', 'jihadistene', 'massemorderen'],
    join: ['melde meg inn i', 'melde meg inn', 'bli med i', 'slutte meg til', 'bli medlem av', 'verve', 'verver', 'reise til syria', 'dra til syria', 'kjempe for', 'slåss for', 'bli en del av', 'meldte meg inn'],
    extgroup: [...NORDIC_SHARED.extgroup, 'den nordiske motstandsbevegelsen', 'nordiske motstandsbevegelsen', 'motstandsbevegelsen', 'den islamske staten', 'islamsk stat', 'kalifatet', 'jihad', 'hellig krig', 'nazistene', 'nynazistene', 'hvit makt'],
    extvocab: ['motstandsbevegelsen', 'raseforræder', 'raseforrædere', 'folkeforræder', 'folkeforrædere', 'befolkningsutskifting', 'den store utskiftingen', 'great replacement', 'zog', 'rasemiksing', 'den hvite rase', 'hvit makt', 'kalifatet', 'kuffar', 'shahid', 'jihad', 'mujahedin', 'hellig krig', 'remigrasjon', 'rahowa', 'day of the rope', '1488', 'sieg heil', '14 ord', 'eurabia'],
    extviolence: ['burde dø', 'skal dø', 'må dø', 'skal utryddes', 'burde utryddes', 'utrydde', 'skytes', 'burde skytes', 'skal skytes', 'gasses', 'henges', 'burde henges', 'slaktes', 'drep dem alle', 'drepe alle', 'sprenges', 'sprenge', 'væpnet kamp', 'rasekrig', 'borgerkrig', 'hellig krig', 'brenne dem'],
    propaganda: ['manifestet hans', 'les manifestet', 'videoen fra christchurch', 'spre budskapet', 'våkn opp nordmenn', 'våkn opp'],
    dehuman: ['er kakerlakker', 'er rotter', 'er parasitter', 'er utøy', 'er dyr', 'er aper', 'underlegne raser', 'undermennesker', 'untermensch', 'er skadedyr', 'er en pest'],
    attack: ['angripe', 'sprenge', 'sprenge hele', 'brenne ned', 'sette fyr på', 'skyte alle i', 'skyte alle på', 'skyte ned', 'gjøre en skoleskyting', 'massakre på', 'massakrere', 'bombe', 'storme'],
    worship: ['moskeen', 'moskeer', 'en moske', 'synagogen', 'synagoger', 'kirka', 'kirken', 'kirker', 'ei kirke', 'asylmottaket', 'pride'],
    schoolplace: ['skolen', 'skolen min', 'hele skolen', 'skoler', 'videregående', 'ungdomsskolen', 'klasserommet', 'kantina'],
    group: ['muslimer', 'muslimene', 'jøder', 'jødene', 'innvandrere', 'innvandrerne', 'pakkiser', 'svartinger', 'negre', 'negrene', 'arabere', 'somaliere', 'sigøynere', 'romfolk', 'homser', 'homsene', 'homofile', 'transpersoner', 'flyktninger', 'flyktningene', 'utlendinger', 'feminister'],
    hateclaim: ['skal ut', 'ut av norge', 'ut av landet', 'dra hjem', 'reis hjem', 'burde dra hjem', 'hører ikke hjemme her', 'er dyr', 'er som dyr', 'er ekle', 'er skitne', 'er parasitter', 'er rotter', 'er underlegne', 'er syke', 'er en sykdom', 'ødelegger norge', 'ødelegger landet', 'styrer verden', 'kontrollerer media', 'er ikke mennesker', 'jeg hater alle', 'hater alle', 'burde ikke finnes', 'lukter', 'stinker', 'er kriminelle', 'er terrorister', 'tar jobbene våre'],
    // ── drugs, weapons, gambling ──
    drug: ['hasj', 'hasjen', 'weed', 'marihuana', 'cannabis', 'ganja', 'joint', 'jointen', 'spliff', 'kokain', 'koks', 'amfetamin', 'ecstasy', 'mdma', 'molly', 'lsd', 'ketamin', 'keta', 'spice', 'xanax', 'tramadol', 'rivotril', 'oxycodon', 'benzo', 'benzoer', 'dop', 'narkotika', 'lystgass'],
    buy: ['kjøpe', 'kjøper', 'kjøpte', 'kjøpt', 'skaffe', 'skaffer', 'få tak i', 'hvor får man', 'langer', 'langeren', 'dealer', 'selger', 'røyke', 'røyker', 'røykte', 'røyka', 'ta', 'tok', 'tar', 'prøve', 'prøvde', 'selge', 'bestille', 'bestilte', 'høy på', 'snorte', 'snorta', 'vippse'],
    weapon: ['kniv', 'kniven', 'kniver', 'en kniv', 'pistol', 'pistolen', 'en pistol', 'gun', 'våpen', 'våpenet', 'et våpen', 'gevær', 'geværet', 'hagle', 'hagla', 'jaktgevær', 'maskinpistol', 'ak47', 'ak-47', 'machete', 'øks', 'balltre', 'knokejern', 'bombe', 'bomben', 'en bombe', 'sprengstoff', 'håndgranat', 'pepperspray', 'taser', 'springkniv', 'butterflykniv', 'foldekniv'],
    realweapon: ['pistol', 'pistolen', 'en pistol', 'gevær', 'geværet', 'pappas gevær', 'pappas pistol', 'hagle', 'hagla', 'jaktgeværet', 'maskinpistol', 'ak47', 'ak-47', 'sprengstoff', 'håndgranat', 'en bombe', 'machete', 'knokejern', 'springkniv', 'butterflykniv'],
    bring: ['ta med', 'tar med', 'tok med', 'tar', 'tok', 'ta den med', 'har med', 'ha med', 'komme med', 'smugle inn', 'gå inn med', 'bære', 'bærer'],
    school: ['skolen', 'på skolen', 'til skolen', 'i timen', 'i klassen', 'i klasserommet', 'i friminuttet', 'i kantina', 'på gymmen', 'i gangen', 'videregående', 'ungdomsskolen'],
    buyweapon: ['kjøpe', 'kjøper', 'skaffe', 'skaffer', 'få tak i', 'hvor kjøper man', 'hvor får man tak i', 'bestille'],
    makeverb: ['lage', 'lager', 'bygge', 'bygger', 'produsere', 'blande', 'lager man', 'bygger man'],
    bombish: ['en bombe', 'bombe', 'rørbombe', 'spikerbombe', 'molotov', 'molotovcocktail', 'sprengstoff', 'tatp', 'en håndgranat', 'et våpen', 'en pistol', 'napalm', 'brannbombe'],
    killfuture: ['dreper deg', 'drepe deg', 'dreper dæ', 'slår deg ihjel', 'slå deg ihjel', 'myrder deg', 'myrde deg', 'skyter deg', 'skyte deg', 'stikker deg ned', 'stikke deg ned', 'knivstikker deg', 'knivstikke deg', 'drepe han', 'drepe ham', 'drepe henne', 'drepe dem', 'drepe alle', 'skyte han', 'skyte ham', 'skyte henne', 'skyte alle', 'skyte dem', 'knivstikke han', 'knivstikke henne', 'sprenge skolen', 'hevne meg'],
    person: ['i morgen', 'imorgen', 'etter skolen', 'på skolen', 'i friminuttet', 'alle', 'alle sammen', 'hele klassen', 'læreren', 'rektor', 'jeg sverger', 'sverger', 'på ordentlig', 'seriøst', 'fr', 'bare vent', 'du er død', 'jeg vet hvor du bor', 'vet hvor du bor'],
    bet: ['bette', 'better', 'betta', 'betting', 'spille på odds', 'norsk tipping', 'oddsen', 'unibet', 'betsson', 'bet365', 'lootboxer', 'lootboxes', 'case opening', 'åpne cases', 'skin gambling', 'skinbetting', 'nettcasino', 'casino', 'slots', 'spillegjeld', 'pengespill'],
    minor: ['jeg er 13', 'jeg er 14', 'jeg er 15', 'jeg er 16', 'jeg er 17', 'under 18', 'mindreårig', 'uten bankid', 'med pappas bankid', 'med mammas bankid', 'mammas kort', 'pappas kort', 'mammas konto', 'pappas konto', 'tapt alle', 'tapte alt', 'alle pengene mine', 'sparepengene mine', 'lånt penger', 'skylder', 'hele lønna mi', 'hele lønnen min', 'spilt bort', 'tapt'],
  },
  terms: [
    { id: 'despair', category: 'suicide-self-harm', severity: 2, phrases: ['orker ikke mer', 'orker ikkje meir', 'orke ikkje meir', 'orke ikkje mer', 'orker ikkje mer', 'klarer ikke mer', 'kan ikke mer', 'orker ikke å leve'] },
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      `${JEG} vil drepe meg selv`, 'jeg skal drepe meg selv', 'tenker på å drepe meg selv', `${JEG} vil ta livet mitt`, 'jeg skal ta livet mitt', 'vil ikke leve', 'vil ikkje leve', 'orker ikke å leve', 'vil ikke være her lenger', 'håper jeg ikke våkner i morgen', 'håper jeg dør', 'skulle ønske jeg var død', 'ønsker jeg var død', 'skulle ønske jeg aldri ble født',
      'tenker på selvmord', 'vurderer selvmord', 'selvmordstanker', 'har selvmordstanker', 'jeg har en plan om å dø', 'jeg har skrevet et avskjedsbrev', 'dette er avskjedsbrevet mitt',
      'jeg skal henge meg', 'jeg hopper fra brua', 'kaster meg foran toget', 'tar alle pillene mine', 'har tatt alle pillene mine', 'tok en hel pakke paracet', 'har tatt en overdose', 'tok en overdose',
      'smertefritt selvmord', 'smertefri måte å dø', 'hvordan begår man selvmord', 'hvordan henger man seg',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['selvmord', 'selvmordsforsøk', 'suicidal', 'jeg hater livet mitt', 'livet er meningsløst', 'jeg er en byrde', 'alle hadde hatt det bedre uten meg', 'ingen ville savnet meg', 'jeg vil forsvinne', 'vil bare forsvinne', 'jeg vil sove for alltid', 'jeg ser ingen mening med livet', 'lei av å leve'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['jeg kutter meg', 'kutter meg igjen', 'kuttet meg igjen', 'har kuttet meg', 'jeg skader meg selv', 'jeg cutter', 'cutter igjen', 'jeg selvskader', 'selvskader', 'jeg har selvskadet', 'hvordan skjuler man arr', 'hvordan skjule arrene mine', 'jeg brenner meg selv', 'pro ana', 'proana', 'pro mia', 'tips for å ikke spise', 'hvordan slutter man å spise', 'hvordan kaste opp etter maten', 'jeg kaster opp maten', 'jeg har ikke spist på flere dager', 'jeg sulter meg selv'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['selvskading', 'selvskade', 'anoreksi', 'anorektiker', 'bulimi', 'spiseforstyrrelse', 'spiseforstyrrelser', 'jeg er for feit', 'jeg er ekkel', 'jeg hater kroppen min'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['du er så moden for alderen din', 'moden for alderen din', 'moden for din alder', 'ikke si det til foreldrene dine', 'ikke si noe til foreldrene dine', 'ikke si noe til mora di', 'dette blir mellom oss', 'det er vår lille hemmelighet', 'er du alene hjemme', 'alder er bare et tall', 'slett meldingene våre', 'slett chatten vår', 'foreldrene dine trenger ikke å vite', 'jeg henter deg etter skolen', 'kom alene', 'skriv til meg på snap', 'legg meg til på snap'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['send nakenbilder', 'send et nakenbilde', 'send nudes', 'send en nude', 'send bilder uten klær', 'vis deg naken', 'vis puppene', 'vis puppene dine', 'vis fitta', 'ta av deg klærne', 'kle av deg', 'ta av deg genseren', 'jeg betaler for bilder', 'jeg gir deg robux for bilder', 'jeg vippser deg for bilder', 'jeg deler nudesene dine', 'jeg legger ut nudesene dine', 'jeg sender bildene dine til alle', 'jeg sprer bildene dine', 'han truer med å dele {bildene mine|nudesene mine|nakenbildene mine}', 'han presser meg med bilder', 'hun presser meg med bilder', 'han voldtok meg', 'jeg ble voldtatt', 'han tvang meg', 'han tok på meg mellom beina', 'befølte meg', 'send mer ellers'] },
    { id: 'sextortion-mention', category: 'grooming-cse', severity: 3, phrases: ['seksuell utpressing', 'overgrepsmateriale', 'barneporno'] },
    { id: 'grooming-more', category: 'grooming-cse', severity: 4, phrases: ['en eldre mann skriver til meg', 'en gammel mann skriver til meg', 'en voksen mann vil møte meg', 'han vil at vi møtes alene', 'han ber om nudes', 'han vil ha nudes', 'jeg sendte nudes', 'jeg har sendt nudes', 'jeg sendte nakenbilder', 'han vil ha bilder av meg', 'kjæresten min er voksen', 'han sa at alder bare er et tall', 'jeg møtte han på roblox', 'jeg møtte han på discord', 'jeg møtte han på nettet', 'han spør hva jeg har på meg', 'han spør om jeg er jomfru', 'han sendte en dickpic', 'sendte et kukbilde'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['porno', 'pornofilm', 'pornoside', 'gratis porno', 'knulle', 'knuller', 'knulla', 'pule', 'puler', 'pula', 'runke', 'runker', 'suge kuk', 'nakne jenter', 'nakenbilder', 'sexchat', 'sexvideo', 'onlyfans gratis', 'nudes gratis', 'kukbilde', 'dickpic', 'slikke fitte', 'blowjob'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['sexy', 'naken', 'nakenbilde', 'nudes', 'onanere'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['drep deg selv', 'ta livet ditt', 'ta livet av deg', 'gå og dø', 'bare dø', 'dø i helvete', 'håper du dør', 'jeg håper du dør', 'gå og heng deg', 'heng deg selv', 'skyt deg selv', 'ingen ville savnet deg', 'verden hadde vært bedre uten deg', 'alle hadde vært gladere uten deg', 'du burde ikke finnes', 'du burde dø', 'du fortjener å dø'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['alle hater deg', 'ingen liker deg', 'ingen gidder å være med deg', 'ingen vil være med deg', 'ingen vil ha deg her', 'du får ikke være med', 'hun får ikke være med', 'han får ikke være med', 'vi fryser henne ut', 'vi fryser han ut', 'de mobber meg', 'jeg blir mobbet', 'blir mobbet på skolen', 'jeg er mobbet', 'alle ler av meg', 'jeg tør ikke gå på skolen', 'din jævla mongo', 'jævla hore', 'din jævla hore', 'mora di er ei hore', 'horunge', 'feite svin', 'ditt feite svin', 'ekle kjerring'] },
    { id: 'abuse-home', category: 'bullying-abuse', severity: 4, phrases: ['pappa slår meg', 'mamma slår meg', 'faren min slår meg', 'moren min slår meg', 'stefaren min slår meg', 'jeg blir slått hjemme', 'jeg er redd for pappa', 'jeg er redd for å gå hjem', 'tør ikke gå hjem', 'pappa drikker og slår', 'mamma drikker hver dag', 'jeg får ikke mat hjemme'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['sieg heil', 'heil hitler', 'hitler hadde rett', 'holocaust har aldri skjedd', 'holocaust er løgn', 'holocaust er en myte', 'hvit makt', 'white power', 'den hvite rase', 'rasekrig nå', 'den store utskiftingen', 'meld deg inn i motstandsbevegelsen', 'breivik er en helt', 'breivik hadde rett', 'manshaus er en helt', 'tarrant er en helt', 'død over jødene', 'død over muslimene', 'død over kuffar', 'melde meg inn i isis', 'reise til syria og kjempe', 'bli martyr', 'dø som martyr', 'norge for nordmenn', 'saint tarrant', 'saint breivik'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['pakkis', 'pakkiser', 'svarting', 'svartinger', 'jævla neger', 'negerjævel', 'jævla negre', 'jævla homo', 'homojævel', 'jævla homser', 'ekle homser', 'jævla lesbe', 'jævla transe', 'jævla jøde', 'jødejævel', 'jævla muslim', 'jævla sigøyner', 'apekatt', 'dra hjem til ditt eget land', 'dra tilbake til afrika', 'sandneger', 'homser er ekle', 'å være homo er en sykdom', 'jævla mongo', 'jævla åndssvak', 'jævla retard'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['hvor kjøper man hasj', 'hvor kjøper man weed', 'hvor kjøper man kokain', 'hvor får man tak i hasj', 'kjøpe hasj', 'kjøpe kokain', 'kjøpe weed', 'røyke hasj', 'røykte hasj', 'røyke en joint', 'ta en stripe', 'tok en stripe', 'snorte kokain', 'høy på hasj', 'rusa på', 'narkis', 'langer på snap', 'langer på telegram', 'lystgass'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['jeg skal skyte ned skolen', 'jeg skal gjøre en skoleskyting', 'skoleskyting i morgen', 'jeg skyter alle', 'jeg dreper alle', 'dreper alle i klassen', 'jeg tar med pistolen på skolen', 'jeg tar med kniv på skolen', 'tar med kniv på skolen', 'jeg stikker han ned', 'jeg stikker henne ned', 'jeg sprenger skolen', 'hvor kjøper man en pistol', 'hvor får man tak i en pistol'] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: [`${JEG} dreper deg`, 'jeg skal drepe deg', 'jeg slår deg ihjel', 'jeg myrder deg', 'jeg skyter deg', 'jeg stikker deg ned', 'jeg knivstikker deg', 'jeg vet hvor du bor', 'jeg hevner meg på alle', 'ikke kom på skolen i morgen', 'de skal få betale', 'dere kommer til å angre'] },
    { id: 'violence-banter', category: 'weapons-violence', severity: 3, phrases: ['du er død', 'du er så død', 'jeg banker deg', 'du får juling', 'du får bank', 'slåsskamp etter skolen', 'bære kniv', 'bærer kniv', 'knivstukket', 'knivstikking'] },
    { id: 'weapon-mention', category: 'weapons-violence', severity: 2, phrases: ['skoleskyting', 'skoleskytinger', 'knokejern', 'butterflykniv', 'springkniv', 'rørbombe', 'molotovcocktail', 'håndgranat', 'skyting på skolen'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['jeg better hver dag', 'better med pappas bankid', 'better med mammas bankid', 'tapt alle pengene mine på betting', 'tapte alt på betting', 'tapte alt på casino', 'spilleavhengig', 'spilleavhengighet', 'jeg er spilleavhengig', 'jeg har spillegjeld', 'spillegjeld', 'nettcasino', 'online casino', 'casino uten bankid', 'casino uten lisens', 'hvordan better man', 'bette under 18', 'case opening sider', 'skin gambling sider'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['casino', 'betting', 'oddsen', 'lootboxer', 'pengespill'] },
  ],
  rules: nordicRules(),
  senses: [
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: [
      'ler meg ihjel', 'lo meg ihjel', 'ler meg i hjel', 'hvem vil dø', 'du dreper meg', 'dere dreper meg', 'slå ihjel tida', 'slå ihjel tiden', 'drepe tida', 'drepe tiden', 'drepe en prosess', 'drepe prosessen', 'drepe bossen', 'drepe zombier', 'drepe mygg', 'drepe bakterier', 'dreper bakterier', 'drepe ugress', 'drepe en edderkopp', 'drepte en edderkopp', 'vil ikke dø', 'vil ikkje dø', 'vil ikke at du skal dø', 'vil ikke drepe meg selv', 'skal ikke drepe meg selv',
      // "bomb", "shoot": great, sport, hunting
      'nerf gun', 'skyte skylda på', 'skyter skylda på', 'skutt i gang', 'skyte i gang', 'skyter i gang', 'skyte inn',
      // kitchen and tools
      'kniv og gaffel', 'kniver og gafler', 'slipe kniven', 'skjære løk', 'skjære brødet', 'skjære kaka', 'skjære kjøtt', 'skjære grønnsaker', 'skar meg i fingeren', 'skar meg på papir', 'skar meg da jeg lagde mat', 'skar meg på kniven', 'kuttet meg i fingeren', 'kutta meg i fingeren', 'kutte ned på', 'kutter ned på', 'kutte ned på sukker', 'kutte håret', 'kutte kontakten',
      // drugs and money words with everyday senses
      'coca cola', 'coca-cola', 'hash brown', 'ta en pille', 'ta to paracet', 'tok en paracet', 'tok to paracet', 'tar en ibux', 'jeg vedder på', 'vedder på at', 'vil vedde',
      // "gift" is married or poison
      'er gift', 'gift med', 'ble gift', 'gifte seg', 'giftet seg', 'gifte oss', 'et gift par', 
      'hemmelig nisse', 'julegaven er hemmelig', 'ikke si noe om gaven', 'ikke si noe om overraskelsen',
    ] },
    { id: 'dying-of', categories: 'all', scope: 'overlap', phrases: [], all: ['@idiomdie', '@idiomcause'], window: 2, ordered: true },
    { id: 'mum-will-kill-me', categories: 'all', scope: 'overlap', phrases: [], all: ['@homefig', '@killsme'], window: 3, ordered: true },
    { id: 'sport-shoot', categories: 'all', scope: 'overlap', phrases: [], all: ['@shootup', '@postponed'], window: 3, ordered: true },
    { id: 'banter-threat', categories: ['weapons-violence', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@killfuture', '@trivial'], window: 8 },
    ...nordicContexts(),
  ],
};
