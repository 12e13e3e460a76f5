/**
 * Swahili lexicon, with the Sheng and chat forms and English mixing common in Kenya and Tanzania
 * ("nataka ku-die", "niko tired na life", "nitumie pic", "kubeti"). Written for this project by
 * its contributors from how young people write about these risks in Swahili chats, posts and
 * searches. No third-party word list was copied. Licence: AGPL-3.0-or-later.
 *
 * Swahili verbs carry their subject and object as prefixes ("nitajiua" I will kill myself,
 * "ataniua" he will kill me), so most phrases are whole verb forms. Short words that are common
 * in other languages ("si", "na", "ua", "bomba" — Sheng for "great") are never phrases on their
 * own. The normaliser collapses doubled letters, so "kuua"/"nitakuua" (to kill / I will kill you)
 * would read as "kua"/"nitakua" (to be / I will be in chat spelling): those forms are left out
 * and other threat verbs are used. "Sitaki" is not a negator ("sitaki kuishi" is a risk).
 */
import type { LanguagePack } from './types.ts';
import { CS_HU_SW_RULES } from './rules-shared.ts';

const ADULT = '{18|19|20|21|22|23|24|25|27|30|35|40}';
const CHILD = '{10|11|12|13|14|15}';

export const sw: LanguagePack = {
  lang: 'sw',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['kamwe', 'sijawahi', 'sijawai', 'sikuwahi', 'hatujawahi', 'sijaribu kamwe'],
  concepts: {
    courier: ['nibebe', 'nipeleke', 'kubeba mzigo', 'kupeleka mzigo', 'kwa wateja', 'wateja wake', 'nisambaze', 'kusambaza'],
    // ---- suicide: first-person wish or plan × a harm action ----
    want: ['nataka', 'natakaa', 'nataka tu', 'natamani', 'ningependa', 'nimeamua', 'napanga', 'nafikiria', 'nawaza', 'najiskia', 'najisikia', 'naskia kama', 'nahisi kama', 'bora', 'heri', 'acha', 'wacha', 'ngoja', 'leo', 'usiku huu', 'kesho'],
    harm: ['kufa', 'kujiua', 'kujinyonga', 'kujitoa uhai', 'kujitoa roho', 'kunywa sumu', 'kujirusha', 'kujirusha kutoka', 'kujirusha barabarani', 'kumeza vidonge vyote', 'kumeza vidonge', 'kupotea milele', 'kulala milele', 'kutoamka tena', 'nife', 'nife tu', 'nijiue', 'nijinyonge', 'ku die', 'kudie', 'ku-die', 'kujimaliza', 'nijimalize', 'kumaliza maisha yangu', 'nimalize maisha yangu', 'kutoka duniani', 'kuondoka duniani'],
    selfkill: ['nitajiua', 'najiua', 'ntajiua', 'nitajinyonga', 'ntajinyonga', 'nitakunywa sumu', 'ntakunywa sumu', 'nitajirusha', 'nitameza vidonge vyote', 'nitajimaliza', 'ntajimaliza', 'nitajitoa uhai', 'nitamaliza maisha yangu'],
    howto: ['jinsi ya', 'namna ya', 'njia ya', 'njia rahisi ya', 'njia ya haraka ya', 'nawezaje', 'naweza aje', 'vipi', 'ngapi', 'vingapi', 'mingapi'],
    suicideword: ['kujiua', 'kujinyonga', 'kufa bila maumivu', 'kufa haraka', 'kujitoa uhai', 'kufa', 'kujimaliza'],
    pills: ['vidonge', 'vidonge vingi', 'panadol', 'paracetamol', 'dawa za usingizi', 'piriton', 'tembe', 'dawa za kulala', 'dawa zote'],
    death: ['kufa', 'nife', 'kuniua', 'vitaniua', 'zitaniua', 'itaniua', 'dozi ya kuua', 'nisiamke', 'nisiamke tena', 'nilale milele', 'nikufe', 'sitaamka', 'sitaamka tena', 'nisiamke kabisa', 'nilale nisiamke', 'nisiamke milele'],
    sdeath: ['kufa', 'kifo', 'kujiua', 'mazishi yangu', 'nikifa', 'nitakapokufa', 'nitajiua', 'nijiue', 'namaliza kila kitu', 'nitamaliza kila kitu', 'kumaliza kila kitu', 'namaliza yote', 'nimalize kila kitu'],
    smeans: ['vidonge viko tayari', 'nimekusanya vidonge', 'nimeficha vidonge', 'kamba', 'sumu', 'sumu ya panya', 'vidonge', 'daraja', 'darajani', 'ghorofa', 'reli', 'treni', 'wembe', 'dawa za usingizi'],
    stime: ['leo usiku', 'usiku huu', 'leo', 'kesho', 'sasa hivi', 'saa hii', 'hivi karibuni', 'wikendi hii'],
    sfarewell: ['msinitafute', 'usinitafute', 'asanteni kwa kila kitu', 'kwaherini nyote', 'kwaheri dunia', 'kwaheri kila mtu', 'mnisamehe', 'nisameheni', 'samahani kwa kila kitu', 'nawapenda wote', 'mtunze mama', 'mtunzeni mama', 'ujumbe wangu wa mwisho', 'barua ya kuaga'],
    shopeless: ['nimechoka na maisha', 'nimechoka kabisa', 'sina tumaini', 'sina matumaini', 'hakuna anayenijali', 'hakuna anayenipenda', 'mimi ni mzigo', 'sina thamani', 'siwezi tena', 'maisha hayana maana', 'sina sababu ya kuishi', 'sina hope', 'kuwa mzigo', 'sitaki kuwa mzigo', 'mimi ni aibu', 'ni aibu kwa familia', 'mzigo kwa familia', 'mimi ni mzigo tu'],
    nolonger: ['sitaki', 'sitaki tena', 'sina sababu ya', 'nimechoka', 'nimechoka na', 'sioni sababu ya', 'sina hamu ya', 'sina haja ya', 'niko tired na', 'nimechoka kabisa na'],
    living: ['kuishi', 'maisha', 'maisha haya', 'kuendelea kuishi', 'kuwa hai', 'kuamka', 'kuishi tena', 'life', 'hii life'],
    place: ['ya shule', 'ya chuo', 'ya boarding', 'ya kazi', 'ya mjini', 'hapa', 'nairobi', 'mombasa', 'dar', 'dar es salaam', 'kijijini', 'mjini', 'na wazazi', 'huku', 'kwa shangazi', 'boarding', 'shule hii', 'mtaa huu', 'nyumba hii'],
    better: ['watafurahi', 'wangefurahi', 'itakuwa bora', 'ingekuwa bora', 'bora zaidi', 'watakuwa na amani', 'wangekuwa na amani'],
    withoutme: ['bila mimi', 'nikiondoka', 'nikifa', 'nisipokuwepo', 'nikiwa sipo', 'nikipotea'],
    nobody: ['hakuna mtu', 'hakuna', 'hamna mtu', 'hamna'],
    miss: ['atanikosa', 'angenikosa', 'atanimiss', 'angenimiss', 'atagundua', 'angegundua', 'atajali', 'angejali', 'atalia'],
    cut: ['makovu ya kujikata', 'najikata', 'nimejikata', 'kujikata', 'najidhuru', 'kujidhuru', 'nimejidhuru', 'najichoma', 'nimejichoma', 'vidonda mkononi'],
    hide: ['kuficha', 'nifiche', 'naficha', 'wazazi wasione', 'mama asione', 'wasione', 'mikono mirefu', 'sweta'],
    again: ['tena', 'kila siku', 'mara nyingine', 'bado'],
    edgoal: ['nipunguze kilo', 'lazima nipunguze', 'kilo {2|3|4|5|6|7|8|10}', '{2|3|4|5|6|7|8|10} kilo', 'kupunguza uzito', 'kupunguza kilo', 'kilo', 'niwe mwembamba', 'niwe slim', 'kuwa mwembamba', 'nimenenepa', 'mimi ni mnene', 'kukonda', 'nikonde', 'nataka kukonda', 'kukonda zaidi'],
    edmethod: ['kalori {100|200|250|300|400|500}', '{100|200|250|300|400|500} kalori', 'kalori kwa siku', 'sili kitu', 'sili chochote', 'sijala siku', 'sijakula siku', 'nakaa njaa', 'najinyima chakula', 'natapika baada ya kula', 'kutapika baada ya kula', 'najitapisha', 'natapika', 'kutapika', 'mara moja kwa siku', 'kutohisi njaa', 'nisihisi njaa', 'kuzuia njaa', 'najinyima kula'],
    // ---- grooming ----
    parents: ['mama yako', 'baba yako', 'wazazi wako', 'mzazi wako', 'mtu yeyote', 'mwalimu wako', 'yeyote', 'mtu'],
    secret: ['usimwambie', 'usiwaambie', 'usimwambiye', 'usiambie', 'usimuambie', 'usiseme', 'usimwonyeshe', 'wasijue', 'asijue'],
    gcontact: ['kuna jamaa', 'jamaa fulani', 'mzee fulani', 'kuna mzee', 'kuna mwanaume', 'jamaa wa insta', 'jamaa wa tiktok', 'jamaa wa facebook', 'jamaa mmoja', 'mzee mmoja', 'mwanaume mmoja', 'mtu nisiyemjua', 'mtu sijui', 'alinitext', 'amenitext', 'alinifollow', 'amenifollow', 'kwa game', 'kwa tiktok', 'kwa insta'],
    gsecret: ['nisimwambie', 'nisiwaambie', 'nisimwambie mtu', 'nisimwambie mama', 'nisimwambie mami', 'nisimwambie mathe', 'nisiseme', 'akisema nisimwambie', 'ameniambia nisimwambie', 'alisema nisimwambie', 'nifute meseji', 'nifute chat', 'siri yetu', 'ni siri', 'siri', 'usimwambie mtu', 'futa meseji', 'futa messages', 'futa chat', 'futa hizi', 'kati yetu', 'hakuna atakayejua'],
    gmeet: ['tukutane', 'tuonane', 'njoo peke yako', 'kuja peke yako', 'nitakuchukua', 'nikuchukue', 'njoo kwangu', 'kwa gari langu', 'ingia kwa gari', 'usikuje na mtu'],
    gpics: ['nimtumie picha', 'nimtumie pic', 'nimtumie pics', 'nimtumie nudes', 'nimtumie video', 'anataka picha zangu', 'anataka nimtumie', 'anaomba picha', 'ananiomba picha', 'aliniomba picha', 'picha nikiwa uchi', 'nikiwa uchi', 'nikiwa na chupi', 'niwashe kamera', 'nitumie picha', 'nitumie pic', 'nitumie pics', 'tuma picha', 'tuma pic', 'picha yako', 'pic yako', 'washa kamera', 'nionyeshe', 'niekee picha', 'picha ukiwa'],
    gage: ['una miaka mingapi', 'una miaka ngapi', 'uko na miaka ngapi', 'uko form ngapi', 'uko darasa la ngapi', 'shule gani', 'umri ni namba tu', 'umekomaa kwa umri wako', 'kwa umri wako'],
    ggift: ['ananitumia bundles', 'ananitumia pesa', 'ananitumia airtime', 'ananitumia mpesa', 'alinitumia bundles', 'alinitumia pesa', 'alinitumia airtime', 'ananinunulia', 'alininunulia', 'ananilipia', 'ananipa pesa', 'alinipa pesa', 'nitakutumia bundles', 'nitakununulia bundles', 'nikutumie airtime', 'nitakununulia', 'nitakutumia pesa', 'nitakutumia mpesa', 'nitakutumia doo', 'nikutumie pesa', 'nikutumie mpesa', 'nitakupea pesa', 'nitakulipia', 'nitakununulia simu', 'zawadi'],
    gflatter: ['wewe ni mrembo sana', 'uko mrembo', 'uko smart sana', 'umekomaa', 'si kama wasichana wengine', 'mimi pekee nakuelewa', 'niamini', 'nakupenda sana'],
    galone: ['uko peke yako', 'uko pekee yako', 'uko alone', 'wazazi wako wako nyumbani', 'wazazi wamelala', 'usiku wa manane', 'saa sita usiku'],
    gprivapp: ['kwa inbox', 'nikuinbox', 'kwa snap', 'kwa telegram', 'kwa whatsapp', 'kwa dm', 'kwa private', 'account nyingine', 'akaunti nyingine'],
    adultage: [`ana miaka ${ADULT}`, `ako na miaka ${ADULT}`, `yuko na miaka ${ADULT}`, `mimi nina miaka ${ADULT}`, `niko na miaka ${ADULT}`],
    childage: ['niko form one', 'niko form 1', 'niko form two', 'niko form 2', 'niko grade {5|6|7|8|9}', 'niko class {five|six|seven|eight}', 'niko darasa la {tano|sita|saba|nane}', 'niko std {5|6|7|8}', 'mimi ni wa form one', 'mimi ni wa darasa la saba', `nina miaka ${CHILD}`, `niko na miaka ${CHILD}`, `mimi ni ${CHILD}`, `nina ${CHILD}`],
    cond: ['usiponitumia', 'usipotuma', 'usipolipa', 'usiponipa', 'la sivyo', 'kama hutatuma', 'kama hutanitumia', 'kama hutalipa', 'kama sitamtumia', 'kama sitampa', 'kama sitalipa', 'nisipomtumia', 'nisipolipa', 'nisipompa', 'kama sitatuma'],
    expose: ['nitasambaza', 'nitazisambaza', 'nitaweka mtandaoni', 'nitaposti', 'nitapost', 'nitaweka online', 'nitawatumia wazazi wako', 'nitaonyesha kila mtu', 'nitazituma kwa', 'nitatuma kwa kila mtu', 'nitaweka facebook', 'atazituma', 'ataituma', 'atazisambaza', 'ataziweka', 'atasambaza', 'ataposti', 'atazipost', 'atatuma kwa'],
    media: ['picha zako', 'picha zako za uchi', 'video yako', 'video zako', 'picha', 'pics zako', 'nudes zako', 'video zangu', 'picha zangu', 'video zangu za uchi', 'picha zangu za uchi', 'nudes zangu', 'picha za uchi', 'video za uchi'],
    // ---- violence ----
    weapon: ['kisu', 'visu', 'kisu changu', 'bunduki', 'bastola', 'panga', 'rungu', 'bomu', 'mabomu', 'risasi', 'shoka', 'sime', 'upanga'],
    bring: ['nitaleta', 'ntaleta', 'nitabeba', 'ntabeba', 'nimebeba', 'nabeba', 'nitakuja na', 'ntakuja na', 'niko na', 'nina', 'nitaingia na', 'nakuja na', 'nakuja nayo', 'naleta'],
    school: ['shuleni', 'shule', 'darasani', 'darasa', 'mwalimu', 'walimu', 'kwa shule', 'assembly', 'bweni'],
    threat: ['nitakuchinja', 'ntakuchinja', 'nitakudunga kisu', 'ntakudunga kisu', 'nitakupiga risasi', 'ntakupiga risasi', 'nitawaua wote', 'nitawachinja', 'nitakumaliza', 'ntakumaliza', 'nitakuchoma kisu', 'nitamchinja', 'nitampiga risasi', 'nitamdunga kisu', 'nitamkata', 'ntamkata', 'nitakukata', 'ntakukata', 'nitawakata', 'nitamdunga'],
    carry: ['niko na', 'nimebeba', 'nabeba', 'kwa begi', 'kwa mfuko', 'mfukoni', 'begini'],
    gun: ['bunduki', 'bastola', 'risasi', 'ak47', 'pistol'],
    getgun: ['wapi naweza kununua', 'napata wapi', 'nitapata wapi', 'nipate wapi', 'nunua', 'kununua', 'bila leseni', 'kwa black market'],
    make: ['kutengeneza', 'kutengeza', 'kuunda', 'natengeneza', 'nitengeneze'],
    bomb: ['bomu', 'mabomu', 'bunduki', 'bastola', 'molotov', 'kilipuzi', 'vilipuzi'],
    dontcome: ['kesho msije shule', 'msije shule kesho', 'kesho usije shule', 'kesho msikuje shule'],
    serious: ['siongei mchezo', 'sitanii', 'nawaonya', 'nakwambia ukweli', 'mtajuta', 'mtaona', 'nimeamua'],
    // ---- extremism ----
    extfigure: ['al shabaab', 'alshabaab', 'al shabab', 'isis', 'dola la kiislamu', 'bin laden', 'hitler'],
    extsupport: ['ni shujaa', 'alikuwa shujaa', 'walikuwa mashujaa', 'ni mashujaa', 'alikuwa sahihi', 'walikuwa sahihi', 'nawaunga mkono', 'namuunga mkono', 'nawapenda', 'ni mfano wangu', 'ni idol wangu'],
    join: ['jiunge na', 'jiungeni na', 'ujiunge na', 'mjiunge na', 'njoo ujiunge', 'karibu ujiunge na', 'ungana na', 'ungana nasi', 'kujiunga na', 'nijiunge na', 'nitajiunga na', 'najiunga na', 'kwenda somalia', 'kwenda kupigana', 'kupigania'],
    extgroup: ['al shabaab', 'alshabaab', 'al shabab', 'isis', 'dola la kiislamu', 'jihad', 'mujahideen', 'mujahidina', 'al qaeda'],
    extvocab: ['makafiri wote', 'vita takatifu', 'jihad dhidi ya', 'mbari safi'],
    extcall: ['tuwaue', 'tupigane', 'tuchukue silaha', 'chukueni silaha', 'wauawe', 'wachinjwe'],
    outgroup: ['makafiri', 'wakristo', 'waislamu', 'wakikuyu', 'wajaluo', 'waluo', 'wakalenjin', 'wasomali', 'wahindi', 'mashoga', 'wasenge', 'wakimbizi', 'wageni'],
    extviolence: ['wauawe', 'wachinjwe', 'tuwaue', 'tuwachinje', 'wote wafe', 'wafe wote', 'tuwafukuze kwa nguvu', 'tuwachome'],
    worship: ['msikiti', 'msikitini', 'kanisa', 'kanisani', 'hekalu', 'kambi ya wakimbizi'],
    attack: ['kulipua', 'nitalipua', 'tulipue', 'nitachoma', 'tuchome', 'kushambulia', 'nitashambulia', 'tushambulie'],
    // ---- hate ----
    group: ['wakikuyu', 'wajaluo', 'waluo', 'wakalenjin', 'wakamba', 'waluhya', 'wasomali', 'wahindi', 'wazungu', 'waislamu', 'wakristo', 'mashoga', 'wasenge', 'wakimbizi', 'wageni', 'wanyarwanda', 'wamaasai', 'wachaga'],
    hateclaim: ['waondoke', 'warudi kwao', 'wafukuzwe', 'ni mende', 'ni madoadoa', 'madoadoa', 'ni kwekwe', 'kwekwe', 'wauawe', 'wachinjwe', 'hawastahili kuishi', 'tunawachukia', 'nawachukia', 'ni mbwa', 'ni nyani', 'ni wanyama', 'si binadamu', 'ni wezi wote', 'ni wachafu', 'ni laana'],
    // ---- abuse at home and bullying ----
    abuser: ['baba', 'babangu', 'baba yangu', 'mama', 'mamangu', 'mama yangu', 'baba wa kambo', 'mama wa kambo', 'mjomba', 'shangazi', 'kaka yangu', 'bro yangu', 'babu', 'boyfriend wa mama'],
    abuse: ['ananipiga', 'alinipiga', 'hunipiga', 'ananichapa kila siku', 'ananichoma', 'alinichoma', 'ananifungia', 'alinifungia', 'ananigusa', 'alinigusa', 'ananitishia', 'ananinyima chakula', 'alinifukuza nyumbani', 'ananitukana kila siku', 'ananikaba', 'alinikaba'],
    bullyactor: ['wanafunzi', 'darasa zima', 'wenzangu', 'wasichana', 'wavulana', 'kila mtu', 'wote', 'wao', 'masenior', 'wanafunzi wenzangu', 'marafiki zangu'],
    bullyact: ['wananionea', 'wananitania', 'wananichekelea', 'wananicheka', 'wananipiga', 'wananitenga', 'wananidhihaki', 'wananibully', 'wananitukana', 'wananiita majina', 'wananisukuma', 'wanachukua vitu vyangu', 'wananitishia', 'walinirekodi', 'walinitoa kwa group', 'hawaongei na mimi', 'wananichukia'],
    you: ['wewe ni', 'we ni', 'wewe', 'uko'],
    insult: ['mjinga', 'mnene', 'mnene sana', 'mbaya sura', 'malaya', 'kahaba', 'mshenzi', 'takataka', 'mpumbavu', 'bure kabisa', 'kilema'],
    spread: ['tuma kwa group', 'tuma kwa kila mtu', 'tuweke kwa group', 'tuposti', 'tumpost', 'sambaza'],
    nudepics: ['picha zake za uchi', 'nudes zake', 'picha zake uchi', 'video yake ya uchi'],
    // ---- drugs ----
    drug: ['bangi', 'bange', 'ganja', 'ngwai', 'weed', 'kush', 'cocaine', 'kokeini', 'heroin', 'unga wa heroin', 'mihadarati', 'dawa za kulevya', 'molly', 'mogoka', 'muguka', 'vape', 'ecstasy'],
    buy: ['nitapata wapi', 'napata wapi', 'nipate wapi', 'wapi naweza kununua', 'kununua', 'nunua', 'muuzaji', 'pusher', 'anauza', 'nani anauza', 'kuvuta', 'navuta', 'nimevuta', 'tuvute', 'tulivuta', 'nilivuta', 'tunavuta', 'anavuta', 'wanavuta', 'huvuta', 'kujaribu', 'nimejaribu', 'kutumia', 'natumia'],
    // ---- gambling ----
    bet: ['kubeti', 'kubet', 'nabeti', 'nimebeti', 'nilibeti', 'betting', 'sportpesa', 'betika', 'odibets', 'mozzart', 'aviator', 'kamari', 'kasino', 'casino', 'jackpot', 'multibet', 'mkeka'],
    minor: ['fees ya shule', 'fee ya shule', 'pesa ya fees', 'nilichukua fees', 'nimetumia fees', 'nimebet fees', 'pesa ya lunch', 'pesa ya matumizi', 'pocket money', 'nimeloose', 'nimelose', 'nimeloss', 'nimepoteza tena', 'nirecover', 'kurecover', 'nirudishe pesa', 'kurudisha pesa', 'nimekopa', `nina miaka ${CHILD}`, 'pesa ya mama', 'pesa ya baba', 'mpesa ya mama', 'pesa ya school fees', 'school fees', 'karo', 'nimepoteza pesa', 'nimepoteza', 'nimepoteza zote', 'deni', 'nadaiwa', 'nilikopa', 'siwezi kuacha', 'nimezoea'],
    // innocent frames (senses): "nimekufa kwa kicheko", "mama ataniua", "nitakuchinja ukila chips zangu"
    xdie: ['nakufa', 'nimekufa', 'nitakufa', 'tunakufa', 'nilikufa', 'kufa'],
    xcause: ['kwa kicheko', 'na kicheko', 'kwa kucheka', 'na kucheka', 'njaa', 'na njaa', 'kwa njaa', 'baridi', 'na baridi', 'joto', 'na joto', 'uchovu', 'kwa aibu', 'na aibu', 'na stress', 'usingizi', 'na usingizi'],
    xwho: ['mama', 'mamangu', 'baba', 'babangu', 'mathe', 'buda', 'mwalimu', 'teacher', 'mwalimu mkuu', 'principal', 'kocha', 'hii exam', 'hii mtihani', 'hii joto'],
    xkillsme: ['ataniua', 'wataniua', 'itaniua', 'ataniua leo', 'atanimaliza', 'atanichinja'],
    xif: ['ukila', 'ukichukua', 'ukimwambia', 'ukichelewa', 'ukisahau', 'ukiharibu', 'ukinywa', 'ukispoil', 'usipokuja'],
    xpest: ['mende', 'panya', 'mbu', 'nzi', 'siafu', 'kunguni', 'viini', 'bakteria', 'wadudu', 'magugu', 'nyoka huyo'],
    xkill: ['kuua', 'dawa ya kuua', 'kuwaua', 'niliua'],
    xnotwant: ['sitaki', 'sitaki kabisa', 'sipendi'],
    xdieinf: ['kufa', 'kujiua', 'kufa sasa'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      'nataka kufa', 'natamani kufa', 'ningependa kufa', 'nataka kujiua', 'nitajiua', 'ntajiua', 'najiua leo', 'nitajinyonga', 'ntajinyonga', 'nataka kujinyonga', 'bora nife', 'heri nife', 'acha nife', 'wacha nife', 'nataka kujitoa uhai', 'nitakunywa sumu', 'nataka kunywa sumu', 'nitakunywa sumu ya panya',
      'sitaki kuishi', 'sitaki kuishi tena', 'sitaki kuendelea kuishi', 'nimechoka kuishi', 'nimechoka na maisha', 'jinsi ya kujiua', 'namna ya kujiua', 'njia ya kujiua', 'njia rahisi ya kujiua', 'kufa bila maumivu', 'vidonge vingapi vinaua', 'leo usiku nitajiua', 'huu ni ujumbe wangu wa mwisho', 'nimeandika barua ya kuaga', 'nataka ku die', 'nataka kudie', 'i want to die kabisa',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['kujiua', 'kujinyonga', 'mawazo ya kujiua', 'nafikiria kujiua', 'nawaza kujiua', 'nawaza kufa', 'nafikiria kifo', 'maisha hayana maana', 'sina sababu ya kuishi', 'mimi ni mzigo kwa kila mtu', 'hakuna atakayenikosa', 'hakuna atakayenimiss', 'wote watafurahi bila mimi', 'dunia itakuwa bora bila mimi', 'bora nisingezaliwa', 'natamani nisingezaliwa', 'nachukia maisha yangu', 'najichukia', 'nataka kupotea'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['najikata', 'nimejikata tena', 'najikata na wembe', 'najidhuru', 'najichoma', 'jinsi ya kuficha makovu', 'natapika baada ya kula', 'najitapisha', 'sili ili niwe mwembamba', 'pro ana', 'thinspo'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['kujidhuru', 'kujikata'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      'ni siri yetu', 'hii ni siri yetu', 'siri yetu sisi wawili', 'usimwambie mama yako', 'usimwambie baba yako', 'usiwaambie wazazi wako', 'usimwambie mtu yeyote kuhusu sisi', 'futa hizi meseji', 'futa chat yetu',
      'umekomaa kwa umri wako', 'umri ni namba tu', 'uko peke yako nyumbani', 'uko pekee yako nyumbani', 'njoo peke yako usimwambie mtu',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      'nitumie picha ukiwa uchi', 'nitumie picha za uchi', 'tuma picha za uchi', 'nitumie nudes', 'tuma nudes', 'vua nguo', 'vua nguo kwa kamera', 'nionyeshe mwili wako', 'nionyeshe matiti', 'nitumie picha ukiwa na chupi',
      'nimtumie {picha|pics|video} {nikiwa uchi|za uchi|zangu za uchi|nikiwa na chupi}', 'anataka picha zangu za uchi', 'ananiomba nudes', 'anataka nudes zangu',
      'alinibaka', 'amenibaka', 'walinibaka', 'alininajisi', 'ananinajisi', 'ananigusa sehemu za siri', 'alinigusa sehemu za siri', 'ananitishia na picha zangu', 'picha za ngono za watoto',
    ] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['video za ngono', 'picha za ngono', 'filamu za ngono', 'ngono', 'picha za uchi', 'wasichana uchi', 'kutombana', 'kutomba', 'nataka kutomba', 'sex video'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['uchi', 'mapenzi ya kimwili'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['jiue', 'jiue tu', 'kajiue', 'nenda ujiue', 'enda ujiue', 'jinyonge', 'kajinyonge', 'ufe tu', 'ungekufa', 'natamani ufe', 'hakuna anakupenda', 'hakuna mtu anakupenda', 'kila mtu anakuchukia', 'dunia ingekuwa bora bila wewe'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['wananionea shuleni', 'nadhulumiwa shuleni', 'naonewa shuleni', 'wananibully', 'naogopa kwenda shule', 'naogopa kurudi nyumbani', 'hakuna anaongea na mimi', 'wewe ni mnene', 'wewe ni malaya', 'msenge', 'msenge wewe'] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, phrases: ['baba ananipiga kila siku', 'baba wa kambo ananigusa', 'ananipiga akilewa', 'akilewa ananipiga', 'nyumbani wananipiga', 'naogopa baba yangu'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['nataka kujiunga na al shabaab', 'nitajiunga na al shabaab', 'kujiunga na isis', 'jinsi ya kujiunga na al shabaab', 'makafiri wauawe', 'tuwaue makafiri', 'kuua makafiri', 'hitler alikuwa sahihi', 'al shabaab ni mashujaa', 'jihad dhidi ya makafiri'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['ni madoadoa', 'mashoga wauawe', 'wasenge', 'msenge', 'mashoga ni laana', 'wakimbizi warudi kwao'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['kuvuta bangi', 'navuta bangi', 'nimevuta bangi', 'tuvute bangi', 'nimevuta weed', 'niko high', 'nimehigh', 'nimelewa bangi', 'bangi inauzwa wapi', 'nani anauza bangi', 'kuvuta gode', 'nimetumia cocaine'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['bangi', 'mihadarati', 'dawa za kulevya', 'cocaine'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['nitawapiga risasi wote shuleni', 'nitawaua wote shuleni', 'nitalipua shule', 'nitachoma shule', 'tuchome shule', 'tuchome bweni', 'kuchoma bweni', 'jinsi ya kutengeneza bomu', 'namna ya kutengeneza bomu', 'kutengeneza bomu nyumbani'] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['nitakuchinja', 'ntakuchinja', 'nitakudunga kisu', 'ntakudunga kisu', 'nitakupiga risasi', 'ntakupiga risasi', 'nitakuchoma kisu', 'nitakusubiri baada ya shule'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['nimepoteza pesa kwa betting', 'nimepoteza pesa kwa kubeti', 'nimebeti pesa ya fees', 'nimebeti school fees', 'nimebeti pesa ya mama', 'siwezi kuacha kubeti', 'uraibu wa kubeti', 'uraibu wa kamari', 'nacheza kamari', 'kucheza kamari', 'kucheza aviator', 'nacheza aviator', 'nacheza casino'] },
    { id: 'threatened', category: 'bullying-abuse', severity: 4, phrases: ['{amesema|alisema|ameniambia|aliniambia|anasema|wanasema|wamesema|walisema} {ataniua|wataniua|atanichoma kisu|atanidunga kisu|watanichoma kisu}', '{ananitishia|alinitishia|wananitishia|walinitishia} {kuniua|kunichoma kisu|kunidunga kisu}'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['kubeti', 'kamari', 'sportpesa', 'betika', 'aviator'] },
  ],
  rules: [
    ...CS_HU_SW_RULES,
    { id: 'drug-courier', category: 'grooming-cse', severity: 4, all: ['@courier', '@drug'], window: 10 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@want', '@harm'], window: 4, ordered: true },
    { id: 'will-kill-self', category: 'suicide-self-harm', severity: 5, all: ['@selfkill'], window: 4 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'no-will-to-live', category: 'suicide-self-harm', severity: 4, all: ['@nolonger', '@living'], window: 4, ordered: true },
    { id: 'nobody-would-miss', category: 'suicide-self-harm', severity: 3, all: ['@nobody', '@miss'], window: 4, ordered: true },
    { id: 'harm-again', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@again'], window: 4 },
    { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@edgoal', '@edmethod'], window: 10 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@secret', '@parents'], window: 4, ordered: true },
    { id: 'carry-weapon', category: 'weapons-violence', severity: 4, all: ['@carry', '@weapon'], window: 4 },
    { id: 'get-gun', category: 'weapons-violence', severity: 3, all: ['@getgun', '@gun'], window: 6 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@make', '@bomb'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 5 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@outgroup', '@extviolence'], window: 5 },
    { id: 'extremism-cues', category: 'extremism', severity: 4, all: ['@extfigure', '@extsupport', '@extvocab', '@extcall'], atLeast: 2, window: 12 },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'insult-you', category: 'bullying-abuse', severity: 3, all: ['@you', '@insult'], window: 3, ordered: true },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    // tuned on dev8: gifts or money in exchange for pictures (either side telling it)
    { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@ggift', '@gpics'], window: 14 },
  ],
  senses: [
    { id: 'idioms', categories: 'all', scope: 'overlap', phrases: [
      'kisu cha jikoni', 'kisu cha mkate', 'kisu cha matunda', 'kata kwa kisu', 'kata vitunguu', 'katakata nyanya', 'piga shuti', 'alipiga shuti', 'shuti kali', 'bunduki ya maji', 'bunduki ya kuchezea', 'bastola ya maji', 'bomu la kalori', 'dawa ya mbu', 'dawa ya panya', '{kujiua|kujinyonga|kujidhuru} {si|sio|siyo|hakuwezi kuwa} {suluhisho|jibu|njia}', 'kujiua hakutatui', 'sitaki kufa', 'sitaki kufa bado', 'sitaki ufe', 'usijiue', 'usife', 'bangi ni hatari', 'madhara ya bangi', 'panga ratiba', 'panga vitu', 'tupange', 'kupanga', 'choma nyama', 'nyama choma', 'kuchoma nyama', 'nitachoma nyama', 'tuchome nyama', 'elimu ya ngono', 'elimu ya uzazi', 'makovu ya {chunusi|upasuaji|ajali|operesheni}',
    ] },
    { id: 'die-of', categories: 'all', scope: 'overlap', phrases: [], all: ['@xdie', '@xcause'], window: 4 },
    { id: 'will-kill-me', categories: 'all', scope: 'overlap', phrases: [], all: ['@xwho', '@xkillsme'], window: 4 },
    { id: 'banter-if', categories: 'all', scope: 'overlap', phrases: [], all: ['@threat', '@xif'], window: 5, ordered: true },
    { id: 'kill-pests', categories: 'all', scope: 'overlap', phrases: [], all: ['@xkill', '@xpest'], window: 4 },
    { id: 'not-want-to-die', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@xnotwant', '@xdieinf'], window: 3, ordered: true },
    { id: 'live-somewhere', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@nolonger', '@living', '@place'], window: 5 },
    { id: 'family', categories: ['grooming-cse'], scope: 'text', phrases: ['binamu yangu', 'binamu', 'mjomba', 'shangazi', 'bibi', 'babu', 'kaka yangu', 'dada yangu'] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['sapraizi ya birthday', 'birthday yake', 'results zangu', 'sapraizi', 'siku ya kuzaliwa', 'krismasi', 'zawadi ya mama', 'nampenda', 'nimempenda', 'ripoti ya shule', 'picha ya darasa', 'picha ya passport'] },
    { id: 'outdoors', categories: ['weapons-violence'], scope: 'text', phrases: ['shambani', 'shamba', 'kukata nyasi', 'kufyeka', 'kuchinja kuku', 'kuchinja mbuzi', 'jikoni', 'kupika', 'mapishi'] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['kwa free fire', 'kwa pubg', 'kwa fifa', 'kwa game', 'kwenye game', 'nacheza game', 'tulicheza', 'mchezo wa', 'kwenye mchezo'] },
    { id: 'study', categories: 'all', scope: 'text', phrases: ['filamu ya', 'kwenye movie', 'kwa series', 'historia', 'somo la historia', 'insha', 'kazi ya nyumbani', 'swali la mtihani', 'maswali ya mtihani', 'vita vya kwanza vya dunia', 'vita vya pili vya dunia', 'ukoloni', 'mau mau', 'maji maji', 'filamu', 'tamthilia', 'riwaya', 'kitabu', 'wimbo', 'shairi', 'hadithi'] },
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: [
      'vyombo vya habari', 'taarifa ya habari', 'taarifa', 'kwa mujibu wa polisi', 'polisi walisema', 'polisi wamesema', 'alikamatwa', 'wamekamatwa', 'mahakama', 'mahakamani', 'citizen tv', 'mwananchi', 'bbc swahili', 'takwimu', 'utafiti',
      'ongea na mtu unayemwamini', 'zungumza na mtu unayemwamini', 'huduma ya ushauri',
      'daktari', 'hospitali', 'zahanati', 'mshauri', 'ushauri nasaha', 'nawezaje kumsaidia', 'jinsi ya kumsaidia', 'kumsaidia rafiki', 'kuzuia', 'kinga', 'dalili', 'madhara', 'athari', 'alinipa dawa', 'mara mbili kwa siku', 'mara tatu kwa siku', 'kichwa kinauma',
    ] },
  ],
};
