/**
 * Romanian lexicon. Written for this project by its contributors from how young people write
 * about these risks in Romanian (with or without diacritics, ş/ș and ţ/ț alike — the normaliser
 * folds them); no third-party word list was copied. Licence: AGPL-3.0-or-later (see LICENSES.md).
 */
import { extendPack, type LanguagePack, type PackPart } from './types.ts';

const base: LanguagePack = {
  lang: 'ro',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['nu', 'niciodată', 'împotriva'],
  concepts: {
    bullyactor: ['ei', 'toți', 'toata clasa', 'toată clasa', 'colegii', 'colegele', 'fetele', 'băieții', 'cei mari', 'cineva', 'clasa'],
    bullyact: ['mă bat', 'mă înjură', 'râd de mine', 'își bat joc de mine', 'mă împing', 'mă vorbesc pe la spate', 'mă ignoră', 'm-au filmat', 'mă filmează', 'mă amenință', 'îmi iau', 'îmi fură', 'scuipă pe mine', 'mă umilesc', 'mă jignesc', 'mă hărțuiesc', 'au postat', 'au făcut un grup'],
    extsupport: ['susțin', 'îl admir', 'îi admir', 'iubesc', 'respect', 'erou', 'eroi', 'legendă', 'a avut dreptate', 'au avut dreptate', 'model'],
    extfigure: ['hitler', 'breivik', 'tarrant', 'isis', 'talibanii', 'teroriștii', 'naziștii', 'bin laden', 'codreanu', 'legionarii'],
    attack: ['atac la', 'atac asupra', 'să atac', 'arunc în aer', 'dau foc', 'incendiez', 'trag în'],
    worship: ['moschee', 'moscheea', 'sinagoga', 'sinagogă', 'biserica', 'biserică', 'centrul de refugiați', 'tabăra de refugiați'],
    feeling: ['nu valorez nimic', 'sunt o povară', 'mă simt gol', 'mă simt goală', 'nu există ieșire', 'nimic nu are sens', 'nu mai am putere', 'nu sunt nimeni', 'sunt inutil', 'sunt inutilă'],
    final: ['ultimul mesaj', 'adio', 'îmi cer scuze de la toți', 'când o să citiți asta', 'mâine nu o să mai fiu', 'nu o să mai fiu aici', 'mi-am dat lucrurile'],
    howto: ['cum', 'cum să', 'cum sa', 'cum pot', 'metode', 'metodă', 'modalități', 'cel mai ușor mod', 'cea mai rapidă metodă', 'cel mai rapid mod', 'ce trebuie să', 'câte', 'cate', 'cât', 'unde'],
    suicideact: ['mă sinucid', 'ma sinucid', 'să mă sinucid', 'te sinucizi', 'se sinucide', 'sinucidere', 'sinuciderea', 'să mă omor', 'sa ma omor', 'mă omor', 'să mor', 'sa mor', 'mor', 'să mă spânzur', 'mă spânzur', 'să mă arunc', 'mă arunc de pe', 'supradoză', 'supradoza', 'să-mi iau viața', 'sa-mi iau viata', 'îmi iau viața', 'să-mi tai venele', 'tai venele'],
    self: ['mă gândesc să', 'ma gandesc sa', 'aș vrea să', 'as vrea sa', 'diseară', 'la noapte', 'am hotărât să', 'mi-aș dori să', 'îmi doresc să', 'vreau', 'vreau să', 'vreau sa', 'o să', 'o sa', 'am de gând să', 'azi', 'astăzi', 'diseară', 'mâine', 'm-am hotărât să', 'trebuie să'],
    dieverb: ['să mor', 'mor', 'să mă omor', 'să mă sinucid', 'termin cu totul', 'să dispar', 'să sar', 'să mă spânzur', 'să iau toate pastilele', 'să mă tai', 'mor', 'să mor', 'sa mor', 'mă sinucid', 'ma sinucid', 'mă omor', 'ma omor', 'dispar', 'să dispar', 'nu mai trăiesc', 'nu mai exist', 'mă spânzur', 'mă arunc', 'să-mi iau viața', 'termin cu tot', 'închei totul', 'nu mă mai trezesc'],
    pills: ['pastile', 'pastilele', 'pastilă', 'tablete', 'comprimate', 'paracetamol', 'paracetamoluri', 'nurofen', 'ibuprofen', 'medicamente', 'medicamentele', 'somnifere', 'antidepresive', 'algocalmin', 'xanax'], 
    death: ['mori', 'să mori', 'sa mori', 'moară', 'mor', 'să mor', 'moarte', 'mortală', 'letal', 'letală', 'supradoză', 'supradoza', 'omoare', 'omoară', 'să nu mă mai trezesc', 'fatală'],
    cut: ['mă tai', 'ma tai', 'mă tăiam', 'mă zgârii', 'mă ard', 'autovătămare', 'autovatamare', 'automutilare', 'tăieturi', 'taieturi', 'tăieturile', 'cicatrici', 'cicatricile', 'urme de tăieturi', 'semnele', 'urmele', 'lamă', 'lama', 'lame', 'nu mai mănânc', 'să nu mai mănânc', 'să vomit după ce mănânc', 'mă înfometez'],
    hide: ['ascund', 'ascunzi', 'să ascund', 'sa ascund', 'acopăr', 'să acopăr', 'să nu vadă', 'de părinți', 'de mama'],
    parents: ['părinților', 'parintilor', 'părinții', 'părinți', 'mamei', 'mama', 'mamii', 'tatălui', 'tata', 'nimănui', 'nimanui', 'profesorilor', 'dirigintei', 'nimeni'],
    secret: ['să nu le spun', 'sa nu le spun', 'nu le spune', 'nu spune', 'nu-i spune', 'să nu spun', 'să nu zic', 'nu zice', 'secretul nostru', 'secret', 'în secret', 'șterge mesajele', 'sterge mesajele', 'să șterg mesajele'],
    adult: ['un bărbat', 'un barbat', 'un tip', 'un băiat de pe net', 'un baiat de pe net', 'unul de pe net', 'de pe net', 'de pe internet', 'din joc', 'un domn', 'un om mai mare', 'un tip mai mare', 'mai mare ca mine', 'un adult', 'un necunoscut', 'el'],
    request: ['vrea poze', 'îmi cere poze', 'imi cere poze', 'mi-a cerut poze', 'cere poze', 'să-i trimit poze', 'sa-i trimit poze', 'să trimit poze', 'poze nud', 'poze fără haine', 'poze în lenjerie', 'vrea să ne vedem', 'vrea sa ne vedem', 'să ne întâlnim', 'să vin singură', 'sa vin singura', 'dacă vin singură', 'vin singură la el', 'să vin la el', 'mi-a promis', 'mi-a dat bani', 'mi-a cumpărat', 'îmi dă bani', 'vrea adresa mea', 'camera video', 'să pornesc camera', 'mă atinge', 'm-a atins', 'ești matură pentru vârsta ta', 'matură pentru vârsta ta', 'amenință că trimite pozele', 'amenință că publică pozele', 'mă șantajează'],
    drug: ['vape-ul', 'vapeul', 'vapul', 'iarbă', 'iarba', 'cannabis', 'marijuana', 'canabis', 'cocaină', 'cocaina', 'coca', 'ecstasy', 'mdma', 'droguri', 'drogurile', 'etnobotanice', 'prafuri', 'praf', 'heroină', 'lsd', 'ciuperci halucinogene', 'pastile', 'weed', 'vape', 'vapă', 'țigară electronică', 'tigara electronica', 'joint', 'jointuri'],
    buy: ['cumpăr', 'cumpar', 'să cumpăr', 'iau', 'găsesc', 'gasesc', 'fac rost de', 'dealer', 'dealeri', 'să fumez', 'fumez', 'să încerc', 'să te droghezi', 'mă droghez', 'să mă droghez', 'ascund', 'să ascund'],
    weapon: ['cuțit', 'cutit', 'cuțitul', 'cuțite', 'armă', 'arma', 'pistol', 'pistolul', 'bombă', 'bomba', 'macetă', 'box', 'briceag', 'spray paralizant', 'topor', 'bâtă'],
    school: ['la școală', 'la scoala', 'în școală', 'școală', 'scoala', 'în clasă', 'la ore', 'în pauză'],
    killfuture: ['îl omor', 'il omor', 'o omor', 'îi omor', 'îl înjunghii', 'îl înjunghi', 'îl împușc', 'o împușc', 'îl bat', 'îl tai', 'vreau să-l omor', 'vreau sa-l omor', 'o să-l omor', 'îl ucid', 'omor pe', 'îi bat', 'îi omor pe toți', 'arunc în aer'],
    person: ['el', 'ea', 'ei', 'pe el', 'pe ea', 'pe toți', 'profesorul', 'profa', 'dirigintele', 'pe tata', 'colegul', 'colega', 'pe cineva', 'mâine', 'la școală'],
    join: ['să mă alătur', 'sa ma alatur', 'să intru în', 'intru într-o', 'intru in', 'mă înscriu', 'să mă înrolez', 'să lupt pentru', 'să plec în siria'],
    extgroup: ['împotriva imigranților', 'bate imigranți', 'bate imigranti', 'isis', 'statul islamic', 'jihad', 'jihadului', 'talibani', 'al qaeda', 'grup care luptă', 'grupare care', 'grupare', 'un grup care', 'legionari', 'legiunea', 'garda de fier', 'neonaziști', 'naziști', 'skinheads'],
    group: ['țiganii', 'tiganii', 'țigani', 'tigani', 'romii', 'ungurii', 'bozgorii', 'evreii', 'jidanii', 'musulmanii', 'imigranții', 'imigrantii', 'imigranți', 'negrii', 'homosexualii', 'gay', 'poponarii', 'refugiații', 'arabii', 'femeile'],
    hateclaim: ['afară din țară', 'afara din tara', 'să plece', 'trebuie omorâți', 'trebuie exterminați', 'la cuptor', 'sunt hoți', 'sunt hoti', 'sunt toți hoți', 'sunt animale', 'sunt gunoaie', 'sunt murdari', 'sunt inferiori', 'sunt teroriști', 'conduc lumea', 'nu sunt oameni', 'îi urăsc', 'ii urasc', 'urăsc', 'bate', 'bat'],
    adultage: ['{el are|are|tipul are|băiatul are} {18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|35|40|45} [de] ani'],
    childage: ['{și eu|si eu|eu am|am|iar eu} {10|11|12|13|14|15} [ani]'],
    buyweapon: ['de unde cumpăr', 'de unde cumpar', 'unde cumpăr', 'unde găsesc', 'de unde iau', 'cumpăr', 'cumpar'],
    bet: ['pariuri', 'pariu', 'pariez', 'să pariez', 'paria', 'cazino', 'casino', 'păcănele', 'pacanele', 'ruletă', 'ruleta', 'superbet', 'betano', 'casa pariurilor', 'netbet', 'poker', 'bilet la pariuri', 'agenție de pariuri'],
    minor: ['la 14 ani', 'la 15 ani', 'la 16 ani', 'la 13 ani', 'am 14 ani', 'am 15 ani', 'am 16 ani', 'minor', 'minori', 'fără buletin', 'am pierdut', 'toți banii', 'toti banii', 'banii mamei', 'cardul mamei', 'cardul tatei', 'împrumut'],
    abuser: ['tata', 'tatăl meu', 'mama', 'mama mea', 'părinții', 'parintii', 'fratele', 'unchiul', 'bunicul', 'iubitul mamei', 'tatăl vitreg', 'vitregul'],
    abuse: ['mă bate', 'ma bate', 'mă lovește', 'ma loveste', 'mă lovesc', 'mă bat', 'mă închide', 'mă strânge de gât', 'mă atinge', 'm-a bătut', 'm-a lovit', 'mă amenință', 'mă trage de păr'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: ['adio tuturor', 'la revedere tuturor', '{în|in} seara asta o fac', 'diseară o fac', 'azi o fac', 'vreau să mor', 'vreau sa mor', 'vreau să mă sinucid', 'vreau sa ma sinucid', 'mă sinucid', 'ma sinucid', 'o să mă sinucid', 'mă omor', 'vreau să mă omor', 'nu mai vreau să trăiesc', 'nu mai vreau sa traiesc', 'nu vreau să mai trăiesc', 'nu mai vreau să exist', 'ar fi mai bine fără mine', 'toți ar fi mai fericiți fără mine', 'cum să mă sinucid', 'cum sa ma sinucid', 'cum să mă omor', 'cum să mor fără durere', 'moarte fără durere', 'cum să mă spânzur', 'să-mi tai venele', 'să-mi iau viața', 'scrisoare de adio', 'îmi iau viața', 'nu mai are rost să trăiesc', 'azi termin cu tot', 'nu vreau să mă mai trezesc', 'câte pastile să mor'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['mă gândesc la moarte', 'ma gandesc la moarte', 'mă gândesc la sinucidere', 'gânduri despre moarte', 'sinucidere', 'sinuciderea', 'sinucid', 'gânduri de sinucidere', 'ganduri de sinucidere', 'gânduri suicidare', 'suicid', 'vreau să dispar', 'm-am săturat de viață', 'm-am saturat de viata', 'urăsc viața mea', 'nu mai are rost', 'sunt o povară', 'nimeni nu m-ar căuta'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['{cum să|cum sa|cum} nu [mai] mănânc', 'să nu mănânc o săptămână', 'nu mai mănânc de', 'mă tai', 'ma tai', 'mă tai pe mâini', 'mă tai pe brațe', 'mă zgârii până la sânge', 'mă ard cu', 'cum să-mi ascund tăieturile', 'cum să ascund tăieturile', 'cum să ascund cicatricile', 'cum să nu mai mănânc', 'cum să vomit după ce mănânc', 'pro ana', 'mă înfometez'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['autovătămare', 'autovatamare', 'automutilare', 'anorexie', 'bulimie'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['matură pentru vârsta mea', 'matur pentru vârsta mea', 'matură pentru vârsta ta', 'foarte matură pentru', 'nu le spune părinților', 'nu le spune parintilor', 'să nu le spun părinților', 'să nu spun nimănui', 'e secretul nostru', 'ești singură acasă', 'esti singura acasa', 'ești matură pentru vârsta ta', 'trimite-mi o poză', 'trimite-mi poze', 'pornește camera', 'vino singură', 'șterge mesajele', 'mă șantajează cu pozele'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['trimite pozele mele', 'publică pozele mele', 'pune pozele mele', 'dacă nu îi dau bani', 'daca nu ii dau bani', 'trimite-mi poze nud', 'trimite-mi poze goală', 'poze fără haine', 'poze în lenjerie', 'dezbracă-te', 'dezbraca-te', 'îți dau bani pentru poze', 'iti dau bani pentru poze', 'm-a atins', 'mă atinge', 'm-a violat', 'pornografie infantilă'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['porno', 'filme porno', 'filme xxx', 'poze nud', 'poze cu femei goale', 'femei goale', 'fete goale', 'sex gratis', 'filme sex', 'erotic', 'erotice', 'pizdă', 'pula', 'futut', 'fute', 'sex chat', 'videochat'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['sex', 'sexy', 'goală', 'nud'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['omoară-te', 'omoara-te', 'sinucide-te', 'du-te și mori', 'du-te si mori', 'sper să mori', 'aruncă-te de pe bloc', 'spânzură-te'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['râde de mine', 'rade de mine', 'râd toți de mine', 'să mă jignească', 'sa ma jigneasca', 's-o jignim', 's-o bârfim', 'să-l jignim', 'să-l bârfim', 'mă jignesc', 'mă bârfesc', 'grup să mă', 'un grup ca s-o', 'toți te urăsc', 'toti te urasc', 'nimeni nu te place', 'nimeni nu te vrea', 'ești urâtă', 'esti urata', 'ești urât', 'ești grasă', 'esti grasa', 'grasă ca o vacă', 'ești proastă', 'ești un nimeni', 'retardat', 'retardato', 'handicapat', 'proasto', 'curvă', 'curva', 'târfă', 'tarfa', 'mă bat la școală', 'ma bat la scoala', 'mă bat colegii', 'râd de mine', 'rad de mine', 'mă jignesc', 'mă umilesc', 'sunt agresat', 'sunt agresată', 'sunt hărțuit', 'sunt hărțuită', 'bullying la școală', 'mi-e frică să merg acasă', 'mi-e frica sa merg acasa', 'mi-e frică să merg la școală', 'au făcut grup să râdă de mine', 'au postat o poză cu mine'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['să mă alătur isis', 'cum intru în isis', 'cum să mă alătur statului islamic', 'război rasial', 'rasa albă', 'puterea albă', 'heil hitler', 'sieg heil', 'hitler a avut dreptate', 'holocaustul e o minciună', 'holocaustul nu a existat', 'trăiască legiunea', 'căpitanul codreanu', 'moarte necredincioșilor', 'să devin martir', 'marea înlocuire'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['cioroi', 'țigan împuțit', 'tigan imputit', 'țigani împuțiți', 'bozgor', 'bozgori', 'jidan', 'jidani', 'poponar', 'poponari', 'homalău', 'muist', 'negrotei', 'maimuța neagră'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['să mă îmbăt', 'sa ma imbat', 'cum să mă îmbăt', 'mă îmbăt', 'unde cumpăr iarbă', 'unde cumpar iarba', 'de unde iau iarbă', 'cum să mă droghez', 'cum sa ma droghez', 'să te droghezi', 'mă droghez', 'drogat', 'drogată', 'etnobotanice', 'prafuri', 'cocaină', 'cocaina', 'marijuana', 'canabis', 'ecstasy', 'mdma', 'lsd', 'să fumez iarbă', 'fumez iarbă', 'dealer de iarbă'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['{cum să|cum sa|cum} {fac|faci|facem|se face|se fac} o {bombă|bomba}', '{cum să|cum sa|cum} {fac|faci|se face} un cocktail molotov', 'cocktail molotov', 'cocteil molotov', 'cum să fac o bombă', 'cum sa fac o bomba', 'cum se face o bombă', 'cum să omor pe cineva', 'cum sa omor pe cineva', 'cum să omori pe cineva', 'vreau să-l omor', 'vreau sa-l omor', 'îl omor', 'il omor', 'o omor', 'îi omor pe toți', 'aduc un cuțit la școală', 'aduc cuțitul la școală', 'aduc arma la școală', 'împușcături la școală plan', 'de unde cumpăr o armă', 'de unde cumpar o arma', 'cum fac rost de o armă'] },
    { id: 'violence-mention', category: 'weapons-violence', severity: 3, phrases: ['împușcături la școală', 'atac armat', 'briceag la școală', 'bătaie după ore', 'ne batem după ore'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['păcănele', 'pacanele', 'păcănele online', 'cazino online', 'casino online', 'pariuri sportive', 'pariuri online', 'cum să pariez', 'cum sa pariez', 'bilet la pariuri', 'am pierdut toți banii la pariuri', 'am pierdut toti banii la pacanele', 'ruletă online', 'superbet', 'betano', 'casa pariurilor', 'netbet', 'pariuri la 16 ani'] },
    { id: 'intent-more', category: 'suicide-self-harm', severity: 5, phrases: ['asta e ultimul meu mesaj', 'ultimul meu mesaj', '{o să|o sa|am să|am sa} sar de pe {pod|bloc|clădire}', 'mă arunc de pe bloc', 'mă spânzur', 'ma spanzur', 'mi-am luat {toate|multe} pastilele', 'am luat {toate|multe|prea multe} pastile', 'am înghițit {toate|multe} pastilele', 'nu mai am pentru ce să trăiesc', 'vreau să termin cu tot', 'vreau sa termin cu tot', 'am un plan să mă sinucid', 'cum să mor repede', 'cel mai rapid mod să mor'] },
    { id: 'despair', category: 'suicide-self-harm', severity: 3, phrases: ['totul e fără rost', 'nimeni nu mă iubește', 'mă urăsc', 'ma urasc', 'nu mai pot', 'nu mai rezist', 'îmi cer scuze pentru tot', 'sunt prea grasă', 'nu am mâncat de zile', 'nu mai vreau nimic', 'vreau să dorm pentru totdeauna'] },
    { id: 'harm-more', category: 'suicide-self-harm', severity: 4, phrases: ['mă tai cu lama', 'm-am tăiat iar', 'iar m-am tăiat', 'urme pe mâini', 'cicatrici pe mâini', 'vomit după ce mănânc', 'mă provoc să vomit', 'supradoză de'] },
    { id: 'grooming-more', category: 'grooming-cse', severity: 4, phrases: ['îmi scrie un bărbat', 'un bărbat mai mare îmi scrie', 'vrea să ne vedem doar noi doi', 'doar noi doi', 'îmi cere poze', 'mi-a cerut poze', 'i-am trimis o poză', 'i-am trimis poze', 'mă amenință', 'îmi cumpără cadouri', 'mi-a dat bani', 'vine să mă ia de la școală', 'l-am cunoscut pe internet', 'l-am cunoscut pe tiktok', 'prietenul meu e major', 'prietenul meu are {18|19|20|21|22|23|24|25} de ani', 'mi-a zis să mă dezbrac', 'vrea să mă dezbrac', 'mă întreabă ce lenjerie am', 'mă întreabă dacă sunt virgină'] },
    { id: 'cse-more', category: 'grooming-cse', severity: 5, phrases: ['îmi cere poze nud', 'mi-a cerut poze nud', 'amenință că arată pozele', 'amenință că trimite pozele', 'publică pozele mele nud'] },
    { id: 'extremism-more', category: 'extremism', severity: 4, phrases: ['să lupt pentru califat', 'califat', 'puritatea rasei', 'război între rase', 'moarte musulmanilor', 'moarte evreilor', 'atac la moschee', 'atac asupra moscheii', 'îi admir pe teroriști', 'teroriștii sunt eroi', 'hitler a fost bun', 'hitler avea dreptate', 'holocaustul e un mit', 'zvastică', 'rasa albă', 'imigranții ne înlocuiesc', 'românia pentru români', 'afară cu imigranții'] },
    { id: 'violence-more', category: 'weapons-violence', severity: 4, phrases: ['aduc {un cuțit|cuțitul|o armă|pistolul|o macetă} la școală', 'îi omor pe toți', 'ii omor pe toti', 'îi împușc pe toți', 'arunc școala în aer', 'dau foc școlii', 'mă răzbun', 'o să regrete', 'toți o să plătească', 'de unde fac rost de un pistol', 'de unde cumpăr un cuțit', 'cum fac o armă', 'împușcături în școala mea'] },
    { id: 'bullying-more', category: 'bullying-abuse', severity: 3, phrases: ['nimeni nu mă place', 'mă împing', 'm-au filmat', 'au pus un video cu mine', 'mama bea', 'tata bea și mă bate', 'mi-e frică de tata', 'nimeni nu vorbește cu mine', 'toți mă ignoră', 'râd toți de mine', 'își bat joc de mine', 'ne batem joc de'] },
    { id: 'hate-more', category: 'hate-discrimination', severity: 3, phrases: ['ciori', 'cioroii', 'țiganii sunt', 'bozgorii', 'jidanii', 'poponarii', 'homosexualii sunt bolnavi', 'lgbt e o boală'] },
    { id: 'sexual-more', category: 'sexual', severity: 3, phrases: ['filme pentru adulți', 'poze cu fete goale', 'poze nud', 'videochat', 'xxx', 'porno gratis', 'onlyfans gratis'] },
    { id: 'drugs-more', category: 'drugs', severity: 3, phrases: ['un joint', 'jointuri', 'pastile de distracție', 'ecstasy', 'o linie de coca', 'cum fumez iarbă', 'de unde iau vape', 'vape fără buletin', 'alcool la {13|14|15} ani', 'să mă îmbăt la'] },
    { id: 'gambling-more', category: 'gambling', severity: 3, phrases: ['pariez pe meciuri', 'am pariat', 'pariuri online', 'cazino online', 'am pierdut tot', 'am pus toți banii', 'cardul mamei la pariuri', 'pacanele online'] },
  ],
  rules: [
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 5 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@dieverb'], window: 6, ordered: true },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@hide', '@cut'], window: 6 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
    { id: 'buy-weapon', category: 'weapons-violence', severity: 4, all: ['@buyweapon', '@weapon'], window: 4, ordered: true },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@secret', '@parents'], window: 4 },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@buy', '@drug'], window: 5 },
    { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@school'], window: 6 },
    { id: 'threat', category: 'weapons-violence', severity: 5, all: ['@killfuture', '@person'], window: 4 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 8 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 8 },
    { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 8 },
    { id: 'how-to-bet', category: 'gambling', severity: 3, all: ['@howto', '@bet'], window: 4 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 4 },
  ],
  senses: [
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: ['să omor plictiseala', 'omor plictiseala', 'omor timpul', 'să omor timpul', 'să închid procesul', 'omoară procesul', 'aruncare la coș', 'să dau gol', 'mor de râs', 'mor de ras', 'mor de plictiseală', 'mor de foame', 'mor de sete', 'mor după', 'iarbă verde', 'iarba verde', 'tunde iarba', 'tuns iarba', 'cuțit de bucătărie', 'lama de ras', 'bombă calorică', 'coca cola', 'coca-cola', 'cozonac', 'pariez că', 'pun pariu că', 'cazinoul din constanța'] },
    { id: 'study', categories: ['extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'suicide-self-harm', 'gambling'], scope: 'text', phrases: ['istorie', 'istoria', 'lecție', 'lecția', 'lecția de istorie', 'ora de', 'biologie', 'chimie', 'referat', 'eseu', 'rezumat', 'analiză', 'analiza', 'comentariu', 'definiție', 'ce este', 'ce înseamnă', 'statistici', 'prevenire', 'prevenirea', 'cum ajuți', 'cum ajut', 'cum să ajuți', 'ajutor pentru un prieten', 'al doilea război mondial', 'războiul mondial', 'primul război', 'războiul rece', 'holocaustului', 'romanul', 'carte', 'filmul', 'joc', 'jocul', 'scena', 'personaj', 'romeo și julieta', 'matematică', 'probabilitate', 'legea', 'lege', 'efectele', 'pericolele', 'simptome', 'educație sexuală', 'educatie sexuala', 'reproducere sexuată'] },
  ],
};

/**
 * Frames from blind public-style texts (not sentences): a friend's farewell, given-away things,
 * silence and talk of dying (any two); a blade never left at home or kept "to defend myself"; a
 * threat × waiting or "my cousins are coming"; a channel × "foreigners destroy the country" ×
 * "cleanse / training" × a private invite (extremist recruitment, any three); filming someone in
 * a changing room; a parent who comes home drunk and hits. Innocent: "mă omor cu proiectul ăsta"
 * (hyperbole with a trivial cause). Concept names `t3…` are new.
 */
const t3: PackPart = {
  concepts: {
    t3farewell: ['a dat toate', 'și-a dat toate', 'si-a dat toate', 'a dat tot ce avea', 'și-a dat lucrurile', 'si-a dat lucrurile', 'a împărțit lucrurile', 'a impartit lucrurile', 'și-a luat rămas bun', 'si-a luat ramas bun', 'mulțumesc pentru tot', 'multumesc pentru tot', 'iertați-mă pentru tot', 'iertati-ma pentru tot'],
    t3silent: ['nu răspunde', 'nu raspunde', 'nu mai răspunde', 'nu mai raspunde', 'nu mai scrie', 'și-a șters contul', 'si-a sters contul', 'are telefonul închis', 'are telefonul inchis'],
    t3theydie: ['nu mai trebuie să vă faceți griji', 'nu mai trebuie sa va faceti griji', 'nu o să mai fiu', 'nu o sa mai fiu', 'nu mai vrea să trăiască', 'nu mai vrea sa traiasca', 'vrea să moară', 'vrea sa moara', 'voia să moară', 'voia sa moara', 'vorbește despre moarte', 'vorbeste despre moarte', 'vorbea despre moarte', 'vrea să se omoare', 'vrea sa se omoare', 'vrea să se sinucidă', 'vrea sa se sinucida'],
    t3carry: ['nu mai ies fără', 'nu mai ies fara', 'nu ies fără', 'nu ies fara', 'nu ies niciodată fără', 'mereu la mine', 'tot timpul la mine', 'ca să mă apăr', 'ca sa ma apar', 'să mă apăr', 'sa ma apar', 'pentru protecție', 'pentru protectie', 'în ghiozdan', 'in ghiozdan', 'sub pat'],
    t3blade: ['briceag', 'briceagul', 'cuțit', 'cutit', 'cuțitul', 'cutitul', 'o lamă', 'o lama', 'pistol', 'pistolul', 'spray paralizant', 'box de metal', 'macetă', 'maceta', 'bâtă', 'bata'],
    t3menace: ['nu mai ajungi acasă', 'nu mai ajungi acasa', 'nu mai ajungi', 'o să-ți pară rău', 'o sa-ti para rau', 'o să regreți', 'o sa regreti', 'ești mort', 'esti mort', 'ești moartă', 'nu scapi', 'ți-ai găsit-o', 'ti-ai gasit-o', 'te facem praf', 'te rupem'],
    t3wait: ['te așteptăm', 'te asteptam', 'te aștept', 'te astept', 'vin și verii mei', 'vin si verii mei', 'cu verii mei', 'cu frații mei', 'cu fratii mei', 'știm unde stai', 'stim unde stai', 'știu unde stai', 'stiu unde stai', 'știu unde locuiești', 'stiu unde locuiesti'],
    t3channel: ['grup de telegram', 'grupul de telegram', 'pe telegram', 'pe discord', 'pe un server', 'pe serverul', 'pe grup'],
    t3enemy: ['ne distrug țara', 'ne distrug tara', 'distrug țara', 'distrug tara', 'ne iau țara', 'ne iau tara', 'ne înlocuiesc', 'ne inlocuiesc', 'sunt dușmanii', 'sunt dusmanii', 'trădătorii de neam', 'tradatorii de neam', 'e un erou', 'un martir'],
    t3getready: ['să ne curățăm', 'sa ne curatam', 'să curățăm', 'sa curatam', 'a venit vremea', 'a venit timpul să', 'a venit timpul sa', 'un antrenament', 'la antrenament în pădure', 'în pădure', 'in padure', 'să ne pregătim', 'sa ne pregatim', 'să trecem la fapte', 'sa trecem la fapte'],
    t3privask: ['m-au invitat', 'mi-au zis să nu spun', 'mi-au zis sa nu spun', 'să nu spun la ai mei', 'sa nu spun la ai mei', 'să nu spun părinților', 'sa nu spun parintilor', 'în privat', 'in privat'],
    t3film: ['a filmat-o', 'a filmat-o pe', 'l-a filmat', 'm-a filmat', 'a fotografiat-o', 'a pozat-o', 'au filmat-o'],
    t3undressplace: ['în vestiar', 'in vestiar', 'la duș', 'la dus', 'în toaletă', 'in toaleta', 'la baie', 'sub fustă', 'sub fusta', 'dezbrăcată', 'dezbracata', 'goală', 'goala'],
    t3drunkparent: ['tata vine beat', 'tata e beat', 'mama vine beată', 'vine beat', 'când e beat', 'cand e beat', 'când bea', 'cand bea'],
    t3hits: ['ne bate', 'mă bate', 'ma bate', 'o bate pe mama', 'mi-a spart buza', 'mi-a spart', 'mă lovește', 'ma loveste', 'dă în noi', 'da in noi'],
    t3dieself: ['mă omor', 'ma omor', 'mă sinucid', 'ma sinucid', 'mă spânzur', 'ma spanzur', 'mă arunc pe geam', 'ma arunc pe geam', 'mor'],
    t3trivial: ['cu {proiectul|tema|temele|testul|lucrarea|mate|matematica|fizica|chimia|jocul|nivelul|coada} {asta|ăsta|asta de|ăsta de|de la}', 'la coadă', 'la coada', 'la poștă', 'la posta', 'din cauza temei', 'din cauza testului'],
    t3mymedia: ['pozele mele', 'poze cu mine', 'un video cu mine', 'clipul cu mine', 'm-a filmat', 'a înregistrat', 'a inregistrat', 'o poză falsă', 'o poza falsa', 'deepfake', 'cu ai', 'cu inteligența artificială', 'cu inteligenta artificiala', 'nud fals'],
    t3pay: ['dacă nu-i trimit', 'daca nu-i trimit', 'dacă nu plătesc', 'daca nu platesc', 'dacă nu-i dau', 'daca nu-i dau', 'euro', 'lei', 'card cadou', 'bani'],
    t3spread: ['la familia mea', 'la părinții mei', 'la parintii mei', 'la toată școala', 'la toata scoala', 'la toți urmăritorii', 'la toti urmaritorii', 'pe grupul familiei', 'circulă pe grupuri', 'circula pe grupuri', 'toată lumea a văzut', 'toata lumea a vazut'],
    t3fake: ['cu ai', 'cu inteligența artificială', 'cu inteligenta artificiala', 'deepfake', 'o poză falsă', 'o poza falsa', 'nud fals', 'un montaj'],
    t3nude: ['goală', 'goala', 'dezbrăcată', 'dezbracata', 'fără haine', 'fara haine', 'nud'],
    t3homefig: ['tata', 'tatăl meu', 'tatal meu', 'mama mea', 'tatăl vitreg', 'tatal vitreg', 'unchiul meu', 'prietenul mamei'],
    t3beat: ['cu cureaua', 'cu centura', 'vânătăi', 'vanatai', 'urme pe spate', 'semne pe spate', 'mă lovește', 'ma loveste', 'mă bate cu', 'ma bate cu'],
    t3kinadult: ['unchiul meu', 'tatăl vitreg', 'tatal vitreg', 'vecinul', 'antrenorul', 'prietenul mamei'],
    t3kinact: ['secretul nostru', 'e secretul nostru', 'rămâne între noi', 'ramane intre noi', 'în camera lui', 'in camera lui', 'mă atinge', 'ma atinge', 'pe genunchi'],
  },
  terms: [],
  rules: [
    { id: 'sextortion-frame', category: 'grooming-cse', severity: 5, all: ['@t3mymedia', '@t3pay', '@t3spread'], atLeast: 3, window: 30 },
    { id: 'fake-nude-spread', category: 'sexual', severity: 4, all: ['@t3fake', '@t3nude', '@t3spread'], atLeast: 3, window: 30 },
    { id: 'home-beating', category: 'bullying-abuse', severity: 4, all: ['@t3homefig', '@t3beat'], window: 12 },
    { id: 'relative-secret', category: 'grooming-cse', severity: 4, all: ['@t3kinadult', '@t3kinact'], window: 16 },
    { id: 'friend-farewell-worry', category: 'suicide-self-harm', severity: 4, all: ['@t3farewell', '@t3silent', '@t3theydie'], atLeast: 2, window: 30 },
    { id: 'carry-blade', category: 'weapons-violence', severity: 4, all: ['@t3carry', '@t3blade'], window: 6 },
    { id: 'threat-waiting', category: 'weapons-violence', severity: 4, all: ['@t3menace', '@t3wait'], window: 20 },
    { id: 'recruit-channel', category: 'extremism', severity: 4, all: ['@t3channel', '@t3enemy', '@t3getready', '@t3privask'], atLeast: 3, window: 40 },
    { id: 'filmed-undressed', category: 'sexual', severity: 4, all: ['@t3film', '@t3undressplace'], window: 8 },
    { id: 'drunk-parent-hits', category: 'bullying-abuse', severity: 4, all: ['@t3drunkparent', '@t3hits'], window: 10 },
  ],
  senses: [
    { id: 'news-report', categories: ['weapons-violence', 'drugs', 'extremism', 'hate-discrimination'], scope: 'text', phrases: ['potrivit poliției', 'potrivit politiei', 'poliția a reținut', 'politia a retinut', 'a fost reținut', 'a fost retinut', 'au fost reținuți', 'procurorii', 'diicot', 'a deschis o anchetă', 'a deschis o ancheta', 'medicii avertizează', 'medicii avertizeaza', 'instanța', 'instanta'] },
    { id: 'hyperbole-trivial', categories: ['suicide-self-harm', 'weapons-violence'], scope: 'overlap', phrases: [], all: ['@t3dieself', '@t3trivial'], window: 10, ordered: true },
  ],
};

/**
 * Frames from dev8's tune half (general gaps, not sentences): a friend who says she will take her
 * life tonight (third person, with silence after); dehumanising claims about a group ("niște
 * animale", "nu merită să trăiască", "să-i strângă pe toți"); an older boy "de 19" from an app who
 * will pick a 14-year-old up by car and says not to tell "alor mei"; a job abroad for minors with
 * the trip paid (trafficking). Concept names `t4…` are new.
 */
const t4: PackPart = {
  concepts: {
    t3theydie: ['își ia viața', 'isi ia viata', 'își va lua viața', 'să-și ia viața', 'sa-si ia viata', 'să își ia viața', 'sa isi ia viata', 'își pune capăt zilelor', 'isi pune capat zilelor', 'să-și pună capăt zilelor', 'se sinucide', 'se omoară', 'se omoara', 'se spânzură', 'se spanzura', 'se aruncă de pe bloc', 'se arunca de pe bloc', 'se aruncă de pe pod', 'a zis că se omoară', 'a zis ca se omoara', 'nu mai vrea să trăiască', 'ia toate pastilele', 'își taie venele', 'isi taie venele'],
    group: ['țiganii ăștia', 'tiganii astia', 'țiganii aștia', 'ciorile', 'ciorii', 'handicapații', 'handicapatii', 'retardații', 'retardatii', 'ungurii ăștia', 'imigranții ăștia', 'refugiații ăștia', 'refugiatii', 'homosexualii ăștia', 'autiștii', 'autistii', 'handicapații ăia', 'handicapatii aia', 'retardații ăia', 'retardatii aia'],
    hateclaim: ['niște animale', 'niste animale', 'ca niște animale', 'ca animalele', 'sunt niște animale', 'niște gunoaie', 'niste gunoaie', 'niște paraziți', 'niste paraziti', 'sunt paraziți', 'sunt paraziti', 'nu merită să trăiască', 'nu merita sa traiasca', 'nu merită nici aerul', 'nu merita nici aerul', 'nu merită să existe', 'să-i strângă pe toți', 'sa-i stranga pe toti', 'să-i adune pe toți', 'sa-i adune pe toti', 'să-i închidă pe toți', 'sa-i inchida pe toti', 'să-i trimită înapoi', 'să-i omoare pe toți', 'sa-i omoare pe toti', 'să dispară toți', 'sa dispara toti', 'trebuie eliminați', 'trebuie eliminati', 'trebuie stârpiți', 'împuțiți', 'imputiti', 'ne încurcă', 'ne incurca', 'încurcă oamenii normali', 'incurca oamenii normali', 'trebuie trimiși la', 'trebuie trimisi la', 'la cămine', 'la camine', 'în cămine', 'la școala specială', 'la scoala speciala', 'trebuie izolați', 'trebuie izolati'],
    adult: ['de pe tiktok', 'de pe insta', 'de pe instagram', 'de pe discord', 'de pe snap', 'de pe snapchat', 'de pe facebook', 'de pe roblox', 'de pe telegram', 'un băiat mai mare', 'un baiat mai mare', 'un tip mai mare', 'un major'],
    adultage: ['{un băiat|un baiat|un tip|un bărbat|un barbat|unul} de {18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}'],
    secret: ['nu trebuie să le spun', 'nu trebuie sa le spun', 'să nu le zic', 'sa nu le zic', 'nu le zice', 'să nu afle ai mei', 'sa nu afle ai mei', 'să nu știe ai mei', 'sa nu stie ai mei', 'să nu spun alor mei', 'sa nu spun alor mei', 'să nu spun la nimeni', 'sa nu spun la nimeni'],
    parents: ['alor mei', 'ai mei', 'alor tăi', 'alor tai', 'ai tăi', 'ai tai'],
    t3pay: ['dacă nu-i mai trimit', 'daca nu-i mai trimit', 'daca nu ii mai trimit', 'dacă nu îi mai trimit', 'dacă nu-i trimit', 'daca nu ii trimit', 'dacă nu îi trimit', 'dacă nu-i dau bani', 'daca nu ii dau bani'],
    t3spread: ['pe grupul clasei', 'grupul clasei', 'pe grupul școlii', 'pe grupul scolii', 'la toată clasa', 'la toata clasa', 'la toți colegii', 'la toti colegii', 'le pune pe net', 'le pune pe internet', 'le trimite la toți', 'le trimite la toti'],
    t4edgoal: ['am slăbit până la', 'am slabit pana la', 'am slăbit la', 'tot grasă', 'tot grasa', 'tot grasă mă văd', 'încă grasă', 'inca grasa', 'încă {2|3|4|5|câteva} kile', 'inca {2|3|4|5|cateva} kile', 'încă {2|3|4|5} kg'],
    t4edmethod: ['două degete în gât', 'doua degete in gat', 'degetele în gât', 'degetele in gat', 'degetul în gât', 'degetul in gat', 'am vomitat tot', 'mă provoc să vomit', 'ma provoc sa vomit', 'îmi provoc voma', 'laxative'],
    t4meet: ['mă ia cu mașina', 'ma ia cu masina', 'mă ia de la școală', 'ma ia de la scoala', 'vine după mine', 'vine dupa mine', 'vine să mă ia', 'vine sa ma ia', 'mă duce la el', 'ma duce la el', 'să merg la el', 'sa merg la el', 'să vin la el acasă', 'să dorm la el', 'sa dorm la el', 'să ne vedem doar noi', 'să ne vedem la el', 'mă așteaptă cu mașina', 'ma asteapta cu masina'],
    t4abroad: ['muncă în', 'munca in', 'de muncă în străinătate', 'muncă în străinătate', 'munca in strainatate', 'în străinătate', 'in strainatate', 'în anglia', 'in anglia', 'în germania', 'in germania', 'în italia', 'in italia', 'în spania', 'in spania', 'muncă afară', 'munca afara', 'la muncă afară', 'plecat afară', 'să pleci afară', 'sa pleci afara'],
    t4paid: ['bilet plătit', 'bilet platit', 'biletul plătit', 'cazare plătită', 'cazare platita', 'cazare asigurată', 'cazare asigurata', 'cazare și bilet', 'cazare si bilet', 'transport plătit', 'transport platit', 'drumul plătit', 'îți plătesc drumul', 'iti platesc drumul', 'pașaport', 'pasaport', 'fără acte', 'fara acte'],
    t4young: ['fete de {14|15|16|17}', 'fete de {14|15|16|17}-{15|16|17|18}', 'de {14|15|16|17} ani', 'de {14|15|16|17}-{15|16|17|18} ani', 'minore', 'minori', 'fete tinere', 'nu contează vârsta', 'nu conteaza varsta', 'fără acordul părinților', 'fara acordul parintilor'],
  },
  terms: [],
  rules: [
    { id: 'pickup-secret', category: 'grooming-cse', severity: 4, all: ['@t4meet', '@secret', '@adult', '@adultage', '@childage'], atLeast: 3, window: 30 },
    { id: 'purge-weight', category: 'suicide-self-harm', severity: 4, all: ['@t4edgoal', '@t4edmethod'], window: 16 },
    { id: 'job-abroad-minor', category: 'grooming-cse', severity: 4, all: ['@t4abroad', '@t4paid', '@t4young', '@secret'], atLeast: 3, window: 30 },
  ],
  senses: [],
};

export const ro: LanguagePack = extendPack(extendPack(base, t3), t4);
