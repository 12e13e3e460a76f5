/**
 * Gujarati lexicon (`gu`), Gujarati script. Written for this project by its contributors from how
 * young people in the UK and Gujarat write about these risks; no third-party word list was copied.
 * Licence: AGPL-3.0-or-later (see LICENSES.md). Romanised Gujarati is mostly caught by the Hinglish
 * and Roman Urdu packs' shared words; a few Gujarati-only romanised phrases are added here.
 *
 * The pack was first written when the normaliser dropped every Gujarati combining mark, so
 * "મરવું" (to die) read as "મારવું" (to hit) and "જીવવું" (to live) as "જવું" (to go); such words
 * still appear only inside longer phrases. The normaliser now keeps vowel signs (folding only
 * ી/િ, ૂ/ુ, ઁ/ં, candra o/e and the nukta: INDIC_FOLD in ../normalise-tables.ts), so a phrase must
 * be spelt with its vowels — a native speaker's pass over the older phrases' spellings is welcome. Gujarati puts the
 * negation after the verb ("મરવું નથી"), so negated wishes are innocent senses.
 */
import { extendPack, type LanguagePack } from './types.ts';

/** Objects of a threat: "તને મારી નાખીશ" is violence, not self-harm. */
const OBJ = '{તને|તમને|એને|એનેય|તેને|બધાને|સરને|મેડમને|ટીચરને}';
const KILL = '{મારી નાખીશ|મારી નાંખીશ|મારી નાખવાનો|જાનથી મારી નાખીશ|પતાવી દઈશ|ખતમ કરી દઈશ|ગોળી મારી દઈશ|ચપ્પુ મારી દઈશ|છરી મારી દઈશ|કાપી નાખીશ|સળગાવી દઈશ}';
const ROBJ = '{tane|tamne|ene|badhane}';
const RKILL = '{mari nakhish|maari naakhish|patavi daish|khatam kari daish|goli mari daish}';

const guBase: LanguagePack = {
  lang: 'gu',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['ક્યારેય નહીં', 'બિલકુલ નહીં'],
  concepts: {
    // "મારે" (I must) reads like "મારી" (my), so the first person counts only right before the verb
    me: ['મારે', 'મને'],
    bullyactor: ['એ લોકો', 'આખો ક્લાસ', 'ક્લાસના છોકરા', 'ક્લાસની છોકરીઓ', 'છોકરાઓ', 'છોકરીઓ', 'સિનિયરો', 'મોટા છોકરા'],
    bullyact: ['મને મારે છે', 'મારી મજાક ઉડાવે', 'મારી મશ્કરી', 'મારા પર હસે', 'મને હેરાન કરે', 'મને ચીડવે', 'ગાળો આપે', 'ગાળ બોલે', 'ધક્કો મારે', 'ધક્કા મારે', 'મારો વિડિયો બનાવે', 'મારી વસ્તુઓ છીનવી', 'મારા પર થૂંકે', 'મારું અપમાન', 'ગ્રુપમાંથી કાઢી'],
    extsupport: ['સમર્થન કરું', 'સપોર્ટ કરું', 'હીરો છે', 'હીરો હતો', 'અસલી હીરો', 'સાચું કર્યું', 'સાચો હતો', 'બરાબર કર્યું', 'આદર્શ', 'ઝિંદાબાદ', 'જિંદાબાદ', 'ફેન છું'],
    extfigure: ['આઈએસઆઈએસ', 'આઇસિસ', 'દાએશ', 'ઇસ્લામિક સ્ટેટ', 'તાલિબાન', 'અલ કાયદા', 'લાદેન', 'બગદાદી', 'આતંકવાદી', 'આતંકવાદીઓ', 'આત્મઘાતી', 'હિટલર', 'નાઝી'],
    extgroup: ['આઈએસઆઈએસ', 'આઇસિસ', 'દાએશ', 'ઇસ્લામિક સ્ટેટ', 'તાલિબાન', 'અલ કાયદા', 'જેહાદ', 'જિહાદ', 'જેહાદી', 'જિહાદી', 'મુજાહિદ્દીન', 'સીરિયા', 'ખિલાફત', 'આતંકવાદી સંગઠન'],
    join: ['જોડાવું', 'જોડાવા', 'જોડાઈશ', 'જોડાઈ જઈશ', 'જોઈન કરવું', 'જોઈન કરીશ', 'શામેલ થવું', 'લડવા જઈશ', 'લડવા જવું'],
    attack: ['હુમલો કરીશ', 'હુમલો કરો', 'હુમલો કરવો', 'હુમલો કરવો જોઈએ', 'ઉડાવી દઈશ', 'ઉડાવી દો', 'આગ લગાડી દો', 'આગ ચાંપી દો', 'બોમ્બ મૂકી'],
    worship: ['મસ્જિદ', 'મસ્જિદ પર', 'મંદિર', 'મંદિર પર', 'ચર્ચ', 'દેરાસર', 'ગુરુદ્વારા'],
    feeling: ['હું બોજ છું', 'બધા પર બોજ', 'મારી કોઈ કિંમત નથી', 'કોઈ રસ્તો નથી', 'અંદરથી ખાલી', 'જિંદગીનો કોઈ અર્થ નથી', 'જિંદગી નકામી છે', 'જિંદગીથી કંટાળી', 'જિંદગીથી કંટાળ્યો', 'હવે સહન નથી થતું', 'હવે નથી સહેવાતું'],
    final: ['છેલ્લો મેસેજ', 'છેલ્લો સંદેશ', 'બધાને અલવિદા', 'અલવિદા બધાને', 'બધા મને માફ કરજો', 'જ્યારે તમે આ વાંચશો', 'કાલે હું નહીં હોઉં', 'હું નહીં રહું'],
    howto: ['કેવી રીતે', 'કઈ રીતે', 'કેમ કરીને', 'રસ્તો', 'સહેલો રસ્તો', 'સહેલી રીત', 'રીત શું', 'સૌથી સહેલી રીત', 'કેટલી', 'કેટલા'],
    suicide: ['આત્મહત્યા', 'આપઘાત', 'સુસાઇડ કરવું', 'સુસાઇડ કરવા', 'પોતાને મારી', 'પોતાની જાતને મારી', 'જીવન ટૂંકાવ*', 'જિંદગી ખતમ', 'ફાંસો ખાવ*', 'ફાંસો ખાઈ', 'ઝેર પીવ*', 'ઝેર પી', 'મરવાની', 'મરવા માટે'],
    want: ['માંગુ છું', 'માગું છું', 'માંગું છું', 'ઈચ્છા થાય', 'ઇચ્છા થાય', 'મન થાય', 'વિચારું છું', 'કરી લઈશ', 'કરી નાખીશ', 'આજે રાત્રે'],
    dieverb: ['સુસાઇડ કરવું', 'સુસાઇડ કરવા', 'મરવું', 'મરવા', 'મરી જવું', 'મરી જવા', 'મરી જઈશ', 'આત્મહત્યા', 'આપઘાત', 'પોતાને મારી નાખવા', 'જીવન ટૂંકાવવા', 'જિંદગી ખતમ કરવા', 'ઝેર પીવા', 'ફાંસો ખાવા', 'હંમેશા માટે સૂઈ જવા'],
    pills: ['ઊંઘની ગોળીઓ', 'ઊંઘની દવા', 'બધી ગોળીઓ', 'ઘણી બધી ગોળીઓ', 'ગોળીઓ ખાઈ', 'દવાઓ', 'ટેબ્લેટ', 'પેરાસીટામોલ', 'પેરાસિટામોલ'],
    death: ['મરી જઈશ', 'મરી જવાય', 'મરી શકાય', 'મોત થાય', 'મૃત્યુ થાય', 'જીવ જાય', 'પાછી ન ઉઠું', 'ફરી ન ઉઠું'],
    cut: ['હાથ પર કાપા', 'હાથ કાપું', 'હાથ કાપ્યો', 'પોતાને કાપું', 'બ્લેડથી', 'બ્લેડ', 'કાપાના નિશાન', 'ઘાના નિશાન', 'હાથ પરના નિશાન', 'પોતાને ઈજા', 'જમવાનું છોડી દીધું'],
    hide: ['છુપાવું', 'છુપાવવા', 'છુપાવી', 'સંતાડું', 'સંતાડવા', 'ઢાંકું', 'ઢાંકવા'],
    parents: ['મમ્મી પપ્પાને', 'પપ્પાને', 'મા બાપને', 'ઘરે', 'ઘરવાળાને', 'કોઈને', 'કોઈને પણ', 'ટીચરને'],
    secret: ['ના કહેતી', 'ના કહેતો', 'ના કહેતા', 'કહેતી નહીં', 'કહેતો નહીં', 'કહેવાનું નથી', 'ના કહીશ', 'કહીશ નહીં', 'આપણું સિક્રેટ', 'આપણી વાત', 'ચેટ ડિલીટ', 'મેસેજ ડિલીટ'],
    adult: ['એક માણસ', 'માણસ', 'અંકલ', 'અજાણ્યો', 'અજાણી વ્યક્તિ', 'મોટી ઉંમરનો', 'ઓનલાઇન મળ્યો', 'ગેમમાં મળ્યો', 'ઇન્સ્ટા પર મળ્યો'],
    request: ['ફોટો મોકલ', 'ફોટો મોકલો', 'ફોટા મોકલ', 'પિક મોકલ', 'ફોટો માંગે', 'ફોટા માંગે', 'ફોટો માંગ્યો', 'એકલી મળવા', 'એકલો મળવા', 'એકલા મળવા', 'વિડિયો કોલ પર આવ', 'કેમેરા ચાલુ કર', 'કપડાં કાઢ', 'કપડાં કાઢીને', 'ઉંમર કરતાં વધારે સમજદાર', 'ઘરનું સરનામું'],
    fgift: ['ભેટ આપીશ', 'પૈસા આપીશ', 'પૈસા મોકલીશ', 'ગિફ્ટ આપીશ', 'રિચાર્જ કરાવી', 'ફોન અપાવીશ', 'પેટીએમ'],
    fwhereabouts: ['તું ઘરે એકલી', 'તું એકલી', 'શું તું એકલી', 'ક્યાં રહે છે', 'કઈ સ્કૂલમાં', 'કયા ધોરણમાં', 'ઉંમર કેટલી', 'શું પહેર્યું'],
    fnosee: ['કોઈને ખબર નહીં પડે', 'કોઈને ખબર ન પડે', 'ડિલીટ કરી દેજે', 'ડિલીટ કરી દે'],
    fprivapp: ['ટેલિગ્રામ', 'સ્નેપ', 'વોટ્સએપ', 'ઇન્સ્ટા'],
    fcondition: ['નહીંતર', 'નહિતર', 'નહીં તો', 'જો નહીં'],
    fexpose: ['બધાને મોકલી દઈશ', 'બધાને બતાવી દઈશ', 'વાયરલ કરી દઈશ', 'વાયરલ કરીશ', 'નેટ પર મૂકી દઈશ', 'ઇન્સ્ટા પર મૂકી દઈશ'],
    fmedia: ['ફોટો', 'ફોટા', 'વિડિયો', 'પિક્સ', 'ન્યૂડ'],
    drug: ['ગાંજો પીવો', 'ગાંજો પીવા', 'ગાંજો ફૂંક*', 'ચરસ પીવું', 'ચરસ પીવા', 'ગાંજા', 'એમડી ડ્રગ્સ', 'ડ્રગ્સ', 'નશો કરવા', 'નશો કરવો', 'નશાની', 'દારૂ પીવો', 'દારૂ પીવા', 'દારૂની બોટલ', 'વેપ પેન', 'સિગારેટ'],
    buy: ['ક્યાંથી મળશે', 'ક્યાં મળે', 'ક્યાં મળશે', 'ક્યાંથી લાવું', 'ખરીદવો', 'ખરીદવા', 'ખરીદું', 'કોણ વેચે', 'પીવો છે', 'પીવા છે'],
    weapon: ['ચપ્પુ', 'છરી', 'છરો', 'ચાકુ', 'બંદૂક', 'પિસ્તોલ', 'રિવોલ્વર', 'તલવાર', 'હથિયાર', 'એસિડ', 'બોમ્બ'],
    school: ['સ્કૂલ', 'સ્કૂલમાં', 'શાળા', 'શાળામાં', 'ક્લાસમાં', 'કોલેજ', 'ટ્યુશનમાં'],
    fbring: ['લઈને જઈશ', 'લઈને આવીશ', 'લઈ જઈશ', 'લઈ આવીશ', 'બેગમાં', 'સંતાડીને'],
    fmake: ['બનાવવો', 'બનાવવા', 'બનાવું', 'બનાવાય', 'બનાવવાની'],
    fmakeweapon: ['બોમ્બ', 'પેટ્રોલ બોમ્બ', 'બંદૂક', 'પિસ્તોલ', 'વિસ્ફોટક'],
    fheight: ['ધાબા પરથી', 'ધાબેથી', 'અગાસી પરથી', 'પુલ પરથી', 'બ્રિજ પરથી', 'બિલ્ડિંગ પરથી', 'ટ્રેન નીચે', 'નદીમાં', 'કૂવામાં'],
    fjump: ['કૂદી જઈશ', 'કૂદકો મારીશ', 'કૂદી પડીશ', 'ઝંપલાવીશ', 'પડતું મૂકીશ', 'કૂદી જવું', 'કૂદવું'],
    fwithoutme: ['હું નહીં હોઉં તો', 'મારા વગર', 'મારા વિના', 'હું મરી જાઉં તો'],
    fbetter: ['ખુશ રહેશે', 'વધારે ખુશ', 'સારું રહેશે', 'શાંતિ થશે'],
    group: ['મુસલમાન', 'મુસલમાનો', 'મુસ્લિમ', 'હિન્દુ', 'હિન્દુઓ', 'ખ્રિસ્તી', 'દલિત', 'દલિતો', 'પરપ્રાંતીય', 'શરણાર્થી', 'સમલૈંગિક', 'પાકિસ્તાની'],
    hateclaim: ['આતંકવાદી છે', 'ગદ્દાર', 'ગંદા છે', 'ગંદા લોકો', 'બહાર કાઢો', 'ભગાડો', 'મારી નાખો', 'મારો એમને', 'કીડા છે', 'જાનવર છે', 'કૂતરા છે', 'નફરત છે', 'દેશમાંથી કાઢો', 'પાકિસ્તાન મોકલો', 'કાપી નાખો', 'બાળી નાખો'],
    adultage: ['{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} વર્ષનો', '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} વર્ષ'],
    childage: ['મારી ઉંમર {10|11|12|13|14|15}', 'હું {10|11|12|13|14|15} વર્ષની', 'હું {10|11|12|13|14|15} વર્ષનો', 'હું ફક્ત {10|11|12|13|14|15}'],
    bet: ['જુગાર રમ*', 'ઓનલાઇન જુગાર', 'સટ્ટો રમ*', 'સટ્ટો લગાવ*', 'બેટિંગ', 'કેસિનો', 'તીન પત્તી'],
    abuser: ['મારા પપ્પા', 'મારી મમ્મી', 'મમ્મી પપ્પા', 'પિતાજી', 'બાપુજી', 'સાવકા પિતા', 'સાવકી મા', 'મારા કાકા', 'મારા મામા', 'મોટો ભાઈ'],
    abuse: ['મને મારે છે', 'મારઝૂડ', 'પટ્ટાથી મારે', 'ખરાબ રીતે અડે', 'ખોટી જગ્યાએ અડે', 'રૂમમાં પૂરી દે', 'જમવાનું નથી આપતા', 'ડામ આપે'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: ['મારે મરવું છે', 'મારે મરી જવું છે', 'હું મરવા માંગુ છું', 'હું મરવા માગું છું', 'હું મરી જવા માંગુ છું', 'મરી જવાનું મન થાય છે', 'આત્મહત્યા કરી લઈશ', 'આપઘાત કરી લઈશ', 'આત્મહત્યા કરવી છે', 'આપઘાત કરવો છે', 'સુસાઇડ કરી લઈશ', 'પોતાને મારી નાખીશ', 'પોતાની જાતને મારી નાખીશ', 'જિંદગી ખતમ કરી દઈશ', 'જીવન ટૂંકાવી દઈશ', 'ઝેર પી લઈશ', 'ઝેર ખાઈ લઈશ', 'ફાંસો ખાઈ લઈશ', 'ગળે ફાંસો', 'પંખે લટકી જઈશ', 'આત્મહત્યા કેવી રીતે કરવી', 'આપઘાત કેવી રીતે કરવો', 'દુખાવા વગર મરવાની રીત', 'જલદી મરવાની રીત', 'સુસાઇડ નોટ', 'હવે જીવવાની ઇચ્છા નથી રહી',
      'mare marvu che', 'mare marvu chhe', 'mare mari javu che', 'hu marva mangu chu', 'hu marva magu chu', 'mane marvanu man thay', 'aapghat karvo che', 'apghat karvu che', 'zer pi laish', 'jher pi laish', 'fanso khai laish', 'aapghat kari laish', 'apghat kari laish', 'aatmahatya kari laish', 'potane mari nakhish'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['આત્મહત્યા', 'આપઘાત', 'આત્મહત્યાના વિચાર', 'આપઘાતના વિચાર', 'મરવાના વિચાર', 'મારા વગર બધા ખુશ', 'જિંદગીથી નફરત', 'પાતળા થવા માટે જમવાનું છોડ', 'જમીને ઉલટી કરું', 'aapghat', 'apghat'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['હાથ પર કાપા મારું', 'બ્લેડથી હાથ કાપું', 'બ્લેડથી હાથ કાપ્યો', 'પોતાને કાપું છું', 'પોતાને ઈજા પહોંચાડું', 'પોતાને દઝાડું', 'કાપાના નિશાન કેવી રીતે છુપાવવા', 'સેલ્ફ હાર્મ'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['મમ્મી પપ્પાને ના કહેતી', 'મમ્મી પપ્પાને કહેતી નહીં', 'ઘરે કોઈને ના કહેતી', 'કોઈને કહેતી નહીં', 'કોઈને ના કહેતી', 'કોઈને કહેવાનું નથી', 'આપણું સિક્રેટ', 'તું ઉંમર કરતાં ઘણી સમજદાર', 'તું બહુ મેચ્યોર છે', 'એકલી મળવા આવ', 'તું ઘરે એકલી છે', 'શું તું ઘરે એકલી', 'કેમેરા ચાલુ કર', 'તારો ફોટો મોકલ', 'ચેટ ડિલીટ કરી દેજે', 'રિચાર્જ કરાવી દઈશ', 'ગિફ્ટ અપાવીશ',
      'mummy papa ne na kaheti', 'koine na kaheti', 'koine kaheti nai', 'apnu secret', 'ekli malva aav', 'ghare ekli che', 'taro photo mokal'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['નગ્ન ફોટો મોકલ', 'ન્યૂડ મોકલ', 'કપડાં વગરનો ફોટો', 'કપડાં કાઢીને ફોટો', 'કપડાં કાઢીને વિડિયો', 'કપડાં કાઢ', 'ફોટો વાયરલ કરી દઈશ', 'વિડિયો વાયરલ કરી દઈશ', 'તારા ફોટા બધાને મોકલી દઈશ', 'ખોટી જગ્યાએ અડે છે', 'ખરાબ રીતે અડ્યો', 'જબરદસ્તી કરી', 'બળાત્કાર',
      'nude mokal', 'kapda vagar no photo', 'photo viral kari daish'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['નગ્ન ફોટો', 'નાગી છોકરીઓ', 'ગંદી વિડિયો', 'ગંદા વિડિયો', 'ગંદી ફિલ્મ', 'બ્લૂ ફિલ્મ', 'પોર્નોગ્રાફી', 'પોર્ન સાઇટ', 'પોર્ન વિડિયો', 'સેક્સ વિડિયો', 'સેક્સી વિડિયો', 'અશ્લીલ', 'gandi video'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['જા મરી જા', 'મરી જા તું', 'જઈને મરી જા', 'ડૂબી મર', 'બધા તને નફરત કરે છે', 'કોઈ તને પસંદ નથી કરતું', 'મારી મજાક ઉડાવે છે', 'મને હેરાન કરે છે', 'ગાળો આપે છે', 'જાડી ભેંસ', 'જાડો હાથી', 'કાળિયો', 'ફેક આઈડી બનાવી', 'સ્કૂલ જતાં ડર લાગે', 'ઘરે જતાં ડર લાગે', 'ja mari ja', 'badha tane nafrat kare'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['આઈએસઆઈએસમાં જોડાવું', 'આઇસિસમાં જોડાઈશ', 'તાલિબાનમાં જોડાવું', 'જેહાદ માટે', 'જિહાદ માટે', 'કાફિરોને મારો', 'કાફિરોને મારી નાખો', 'આત્મઘાતી હુમલો', 'શહીદ થવું છે', '{મસ્જિદ|મંદિર|ચર્ચ|દેરાસર} પર હુમલો {કરો|કરીશ|કરવો જોઈએ}', 'મુસલમાનોને મારો', 'હિન્દુઓને મારો', 'હિટલર સાચો હતો', 'આતંકવાદીઓ હીરો છે', 'ખિલાફત માટે લડવું'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['કટવા', 'ઢેઢ', 'ચમાર', 'હિજડો', 'કાળો કૂતરો', 'નીચી જાતિ', 'પાકિસ્તાન જતા રહો', 'પોતાના દેશમાં પાછા જાઓ', 'landiya'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['ગાંજો પીવો', 'ગાંજો ફૂંક*', 'ચરસ પીવું', 'એમડી ડ્રગ્સ', 'નશો કરવો છે', 'ગાંજો ક્યાંથી મળશે', 'દારૂ ક્યાંથી મળશે', 'દારૂ ક્યાં મળે', 'ગાંજો પીવો છે', 'ganjo kyathi malshe', 'daru kyathi malshe'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['બોમ્બ કેવી રીતે બનાવવો', 'બોમ્બ બનાવવાની રીત', 'પેટ્રોલ બોમ્બ', 'પિસ્તોલ ક્યાંથી મળશે', 'બંદૂક ક્યાંથી મળશે', 'કોઈને કેવી રીતે મારવું', 'ખૂન કેવી રીતે કરવું', `${OBJ} ${KILL}`, `${KILL} ${OBJ}`, `${OBJ} {મારવા|મારી નાખવા|પતાવી દેવા} {માંગુ છું|માગું છું|છે}`, 'બધાને ગોળી મારી દઈશ', 'સ્કૂલ ઉડાવી દઈશ', 'સ્કૂલને આગ લગાડી દઈશ', 'bomb kevi rite banavvo', `${ROBJ} ${RKILL}`] },
    { id: 'violence-more', category: 'weapons-violence', severity: 4, phrases: ['સ્કૂલમાં ચપ્પુ લઈ', 'સ્કૂલમાં છરી', 'સ્કૂલમાં પિસ્તોલ', 'બદલો લઈશ', 'બધા પસ્તાશે', 'ચપ્પુ ક્યાંથી લાવું', 'ચપ્પુ મારી દઈશ', 'છરી મારી દઈશ', 'badlo laish'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['જુગાર રમવો', 'જુગાર રમું', 'ઓનલાઇન જુગાર', 'સટ્ટો રમવો', 'સટ્ટો લગાવ્યો', 'ઓનલાઇન કેસિનો', 'બેટિંગ એપ', 'તીન પત્તીમાં પૈસા', 'બધા પૈસા હારી ગયો', 'જુગારમાં પૈસા હાર્યો', 'jugar ramvo', 'satto ramvo'] },
    { id: 'intent-more', category: 'suicide-self-harm', severity: 5, phrases: ['આ મારો છેલ્લો મેસેજ છે', 'ધાબા પરથી કૂદી જઈશ', 'ધાબેથી કૂદી જઈશ', 'પુલ પરથી કૂદી જઈશ', 'નદીમાં કૂદી જઈશ', 'ટ્રેન નીચે પડતું મૂકીશ', 'બધી ગોળીઓ ખાઈ લઈશ', 'બધી ગોળીઓ ખાઈ લીધી', 'ઘણી બધી ગોળીઓ ખાઈ લીધી', 'બધું ખતમ કરી દઈશ'] },
    { id: 'despair', category: 'suicide-self-harm', severity: 3, phrases: ['મને કોઈ પ્રેમ નથી કરતું', 'મને મારી જાતથી નફરત છે', 'હું કોઈ કામનો નથી', 'હું કોઈ કામની નથી', 'બધું નકામું છે', 'હંમેશા માટે સૂઈ જવું છે', 'ઘણા દિવસથી જમી નથી', 'ઘણા દિવસથી જમ્યો નથી'] },
    { id: 'grooming-more', category: 'grooming-cse', severity: 4, phrases: ['એક માણસ મને મેસેજ કરે છે', 'એક અંકલ મેસેજ કરે', 'ફક્ત આપણે બે', 'ફોટો માંગે છે', 'ફોટા માંગે છે', 'મેં એને ફોટો મોકલ્યો', 'ધમકી આપે છે', 'મને ગિફ્ટ આપે છે', 'સ્કૂલેથી લેવા આવશે', 'ઓનલાઇન મળ્યો હતો', 'કપડાં કાઢવાનું કહ્યું', 'મળવા બોલાવી', 'હોટલમાં બોલાવી', 'પાર્સલ પહોંચાડવાના પૈસા'] },
    { id: 'bullying-more', category: 'bullying-abuse', severity: 3, phrases: ['કોઈ મને પસંદ નથી કરતું', 'કોઈ મારી સાથે વાત નથી કરતું', 'મારો વિડિયો બનાવ્યો', 'પપ્પા દારૂ પીને મારે', 'પપ્પા દારૂ પીને', 'પપ્પાથી ડર લાગે', 'ઘરમાં મારઝૂડ', 'પટ્ટાથી મારે છે', 'રૂમમાં પૂરી દે છે'] },
  ],
  rules: [
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@extgroup', '@join'], window: 8 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@suicide', '@howto'], window: 5 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@dieverb', '@want'], window: 3, ordered: true },
    { id: 'me-to-die', category: 'suicide-self-harm', severity: 5, all: ['@me', '@dieverb'], window: 2, ordered: true },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
    { id: 'jump-from-height', category: 'suicide-self-harm', severity: 5, all: ['@fheight', '@fjump'], window: 4, ordered: true },
    { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@fwithoutme', '@fbetter'], window: 6 },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@pills', '@dieverb', '@final', '@feeling', '@cut', '@fwithoutme'], atLeast: 3, window: 20 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@parents', '@secret'], window: 4, ordered: true },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@fgift', '@request'], window: 10 },
    { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@fcondition', '@fexpose', '@fmedia'], window: 12 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@request', '@secret', '@fgift', '@fwhereabouts', '@fnosee', '@fprivapp', '@childage', '@adultage'], atLeast: 3, window: 16 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'bring-weapon-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@fbring', '@school'], atLeast: 3, window: 10 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@fmakeweapon', '@fmake'], window: 6 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 6 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'gambling-how', category: 'gambling', severity: 3, all: ['@bet', '@howto'], window: 5 },
  ],
  senses: [
    {
      id: 'everyday',
      categories: 'all',
      scope: 'overlap',
      phrases: [
        // idioms: dying of laughter, heat, hunger, boredom; "I'd die for you"
        'હસી હસીને મરી*', 'હસીને મરી ગયો', 'હસીને મરી ગઈ', '{ગરમીથી|ભૂખથી|ઠંડીથી|કંટાળાથી|શરમથી} મરી*', 'ભૂખે મરું', 'તારા માટે મરી જાઉં', 'તારા પર મરું',
        // pests and medicine taken as told
        '{મચ્છર|ઉંદર|વંદા|માખી|જીવાત|માંકડ|જૂ} {મારવાની|મારવા|મારવાનું|મારે}', 'ઉંદર મારવાની દવા', '{માથાના દુખાવાની|તાવની|શરદીની|પેટના દુખાવાની} {દવા|ગોળી}', 'ડોક્ટરે દવા આપી',
        // festivals and food: firecrackers, "bomb" crackers
        'ફટાકડા', 'ફટાકડા ફોડ*', 'સુતળી બોમ્બ', 'દિવાળીમાં બોમ્બ',
        // negated wishes (Gujarati puts the negation after the verb)
        'મરવું નથી', 'મરી જવું નથી', 'મરવા નથી માંગતો', 'મરવા નથી માંગતી', 'આત્મહત્યા નહીં કરું', 'આપઘાત નહીં કરું', 'આત્મહત્યા નિવારણ',
      ],
    },
    // A surprise or a party kept from mum is not grooming.
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['સરપ્રાઇઝ', 'સરપ્રાઈઝ', 'જન્મદિવસ', 'બર્થડે', 'પાર્ટી'] },
    { id: 'kill-other-not-self', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [`${OBJ} {મારવું|મારવા|મારી}`, 'મને મારવા માંગે', 'મને મારી નાખવા'] },
    {
      id: 'study',
      categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'gambling', 'bullying-abuse'],
      scope: 'text',
      phrases: ['ઇતિહાસ', 'નિબંધ', 'હોમવર્ક', 'વિજ્ઞાન', 'વિશ્વયુદ્ધ', 'વિશ્વ યુદ્ધ', 'આઝાદીની લડત', 'સ્વતંત્રતા સંગ્રામ', 'ગાંધીજી', 'સરદાર પટેલ', 'ફિલ્મ', 'નાટક', 'વાર્તા', 'નવલકથા', 'પુસ્તક', 'સમાચાર', 'ન્યૂઝ', 'મિત્રને કેવી રીતે મદદ', 'હેલ્પલાઇન', 'જાગૃતિ', 'કાયદો', 'લક્ષણો', 'પરીક્ષા', 'પ્રશ્ન', 'અર્થ શું', 'મતલબ શું', 'મહાભારત', 'રામાયણ'],
    },
    { id: 'games', categories: ['suicide-self-harm', 'bullying-abuse', 'weapons-violence', 'extremism', 'hate-discrimination', 'drugs', 'sexual', 'gambling'], scope: 'text', phrases: ['ગેમ રમ*', 'ફ્રી ફાયર', 'પબજી'] },
  ],
};

// ── Generalisation frames added for unseen wordings ───────────────────────────────────────────
// The normaliser now keeps Gujarati vowel signs (folding only ી/િ, ૂ/ુ, ઁ/ં and the nukta), so
// the words below are written with their vowels. Gujlish is matched against every text, so its
// phrases have two or more words.
const GU_TEEN = '{12|13|14|15|16|17|૧૨|૧૩|૧૪|૧૫|૧૬|૧૭}';
/** "End everything" with a farewell, "I can't any more" or "it's all ready". */
const END_ALL_RULES = ['xfarewell', 'xcantgo', 'xready'].map((c) => ({ id: `end-all-${c.slice(1)}`, category: 'suicide-self-harm' as const, severity: 5 as const, all: ['@xendall', `@${c}`], window: 24 }));

export const gu: LanguagePack = extendPack(guBase, {
  concepts: {
    xendall: ['બધું ખતમ કરી {દઈશ|નાખીશ}', 'બધું પૂરું કરી {દઈશ|નાખીશ}', 'બધું જ ખતમ', 'હંમેશ માટે જતી રહીશ', 'હંમેશા માટે જતો રહીશ', 'હંમેશા માટે જતી રહીશ', 'badhu khatam kari daish', 'badhu puru kari daish'],
    xgo: ['જઈશ', 'જાઉં છું', 'જાઉં', 'jaish'],
    xtime: ['આજે રાત્રે', 'આજ રાત્રે', 'આજે રાતે', 'આજે જ', 'aaje raatre', 'aaje rate'],
    xfarewell: ['મને માફ કરજો', 'મને માફ કરી દેજો', 'મમ્મી માફ કરજે', 'માફ કરી દેજે', 'ચિઠ્ઠી મૂકી', 'ચિઠ્ઠી લખી', 'મારી બિલાડીનું ધ્યાન', 'mane maaf karjo', 'mane maf kari dejo'],
    xcantgo: ['હવે નહીં થાય', 'હવે નથી થતું', 'હવે હું નહીં કરી શકું', 'થાકી ગઈ છું', 'થાકી ગયો છું', 'કોઈને ફરક નથી પડતો', 'કોઈને પડી નથી', 'have nathi thatu', 'thaki gai chu', 'thaki gayo chu'],
    xready: ['બધું તૈયાર છે', 'બધું નક્કી છે', 'બધું સેટ છે', 'પ્લાન તૈયાર', 'badhu taiyar che', 'badhu nakki che'],
    fwithoutme: ['હું ના હોઉં તો', 'હું જતી રહું તો', 'હું જતો રહું તો', 'મારા ગયા પછી'],
    fbetter: ['બધાને સારું', 'સહેલું થઈ જશે', 'કોઈને ફરક નહીં પડે', 'બધા ખુશ રહેશે'],
    cut: ['ફરીથી કાપ્યું', 'ફરી કાપ્યું', 'ફરીથી હાથ કાપ્યો', 'fari kapyu'],
    hide: ['મમ્મીથી છુપાવ', 'મમ્મીથી સંતાડ', 'આખી બાંય'],
    xfriend: ['મારી બહેનપણી', 'મારી મિત્ર', 'મારો મિત્ર', 'મારો ભાઈબંધ', 'મારી ફ્રેન્ડ', 'મારો ફ્રેન્ડ', 'મારી બહેન', 'મારો ભાઈ', 'mari friend', 'maro friend', 'mari bahenpani'],
    xhelpq: ['કોને કહું', 'કોને કહેવું', 'શું કરું', 'કેવી રીતે મદદ', 'મદદ કેવી રીતે', 'ટીચરને કહું', 'કહેવું જોઈએ', 'kone kahu', 'shu karu'],
    xcoach: ['ટ્યુશનવાળા સર', 'ટ્યુશનના સર', 'કોચિંગવાળા સર', 'કોચ', 'અંકલ', 'એક ભાઈ', 'એક માણસ', 'મોટો છોકરો', 'tuition vala sir', 'ek uncle', 'ek bhai'],
    xnight: ['રાત્રે', 'મોડી રાત્રે', 'અડધી રાત્રે', 'રાતે', 'raatre', 'modi raatre'],
    xmeet: ['મળવા માંગે', 'મળવા બોલાવે', 'મળવા બોલાવી', 'મળવાનું કહે', 'એકલી આવ', 'એકલો આવ', 'એકલી મળ', 'લેવા આવશે', 'ગાડી પાસે', 'malva bolave', 'ekli aav', 'malva mange'],
    xagenum: ['ઉંમર તો ખાલી નંબર', 'ઉંમર તો ફક્ત', 'ઉંમર ફક્ત એક નંબર', 'ઉંમર ખાલી નંબર', 'ઉંમરથી શું ફરક', 'umar to khali number', 'age is just a number'],
    xspecial: ['તારી ઉંમરની છોકરીઓ કરતાં', 'બીજી છોકરીઓ કરતાં', 'તું ખાસ છે', 'તું સ્પેશિયલ છે', 'બધાથી અલગ છે', 'તું બહુ સમજદાર', 'tu special che'],
    xcam: ['વીડિયો કોલ', 'વિડીયો કોલ', 'કેમેરા ચાલુ', 'કેમેરા ઓન', 'video call par'],
    xalone: ['રૂમમાં એકલી', 'રૂમમાં એકલો', 'ઘરે એકલી', 'ક્યારે પાછા આવશે', 'મમ્મી પપ્પા સૂઈ', 'બધા સૂઈ જાય'],
    xsecret2: ['આપણી વચ્ચે', 'આપણા વચ્ચે', 'કોઈને ના કહેતી', 'બીજાને ના કહેતી'],
    xpackage: ['પેકેટ પહોંચાડ*', 'પાર્સલ પહોંચાડ*', 'બીજા શહેરમાં લઈ', 'માલ પહોંચાડ*'],
    xpayoff: ['પૈસા તરત', 'ફોન આપ્યો', 'ફોન અપાવ્યો', 'દેવું', 'નહીંતર મારશે', 'ભાઈને મારશે'],
    xdontcome: ['સ્કૂલે ના આવતો', 'સ્કૂલે ના આવતી', 'સ્કૂલે ના આવતા', 'સ્કૂલમાં ના આવતા', 'સ્કૂલે નહીં આવતા'],
    xtrustme: ['વિશ્વાસ રાખ', 'ભરોસો રાખ', 'વધુ નહીં કહું', 'કાલે', 'સોમવારે'],
    xattacker: ['શૂટર*', 'હુમલાખોર*', 'ક્રાઇસ્ટચર્ચ'],
    xdares: ['જે કોઈ ના કરી શકે', 'કોઈની હિંમત નથી', 'અસલી હીરો', 'આખો વિડિયો', 'આખો વીડિયો', 'સાચું કર્યું'],
    xgroupmade: ['ગ્રુપ બનાવ્યું', 'અલગ ગ્રુપ'],
    xmock: ['મજાક ઉડાવવા', 'મારી મજાક', 'મારો વિડિયો', 'મારો વીડિયો', 'મારા ફોટા', 'મારા સિવાય'],
    weapon: ['રાઇફલ', 'કાકાની બંદૂક'],
    xphonecheck: ['ફોન ચેક કરે', 'ફોન જુએ છે', 'અહીં સેફ નથી', 'phone check kare'],
    fgift: ['ગિફ્ટ આપે', 'ગિફ્ટ આપી', 'પૈસા આપે', 'ભેટ આપે', 'ડાયમંડ આપે'],
    secret: ['ના કહેવાનું', 'કોઈને ના કહેતો', 'ઘરે ના કહેવાનું', 'ઘરે કહેતી નહીં', 'ghare na kaheti', 'koine na kaheto'],
    adultage: ['{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} વર્ષના', '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} વર્ષની'],
    // extremism
    xarms: ['હથિયાર ઉઠાવો', 'હથિયાર ઉપાડો', 'હથિયાર હાથમાં લો', 'કાયદો હાથમાં', 'hathiyar uthavo'],
    xexpel: ['દેશમાંથી કાઢવાનો', 'દેશમાંથી કાઢો', 'દેશમાંથી ભગાડો', 'દેશમાંથી ભગાડવાનો', 'સાફ કરવાનો સમય', 'સફાયો કરો', 'deshmathi kadho'],
    xjoingroup: ['ગ્રુપમાં જોડાઓ', 'ગ્રુપ જોઈન કરો', 'અમારા ગ્રુપમાં', 'અમારી સાથે જોડાઓ', 'ચેનલ જોઈન કરો', 'સંગઠનમાં જોડાઓ', 'group join karo'],
    xjihad: ['જેહાદ ફરજ', 'જિહાદ ફરજ', 'કાફિરો સામે', 'કાફિરોની સામે'],
    join: ['જોડાઓ'],
    hateclaim: ['બધા ચોર છે', 'ચોર છે', 'કાઢી મૂકવા જોઈએ', 'ભગાડવા જોઈએ'],
    // weapons
    xobj: [OBJ, 'પેલા સરને', 'પેલા છોકરાને', 'પેલી છોકરીને', ROBJ],
    xkill: [KILL, RKILL, 'પતાવી દઈશ', 'ખતમ કરી દઈશ', 'મારી નાખીશ'],
    xrevenge: ['કાલે જોજે', 'જોઈ લઈશ', 'છોડીશ નહીં', 'નહીં છોડું', 'લોહી નીકળશે', 'સબક શીખવાડીશ', 'પાઠ ભણાવીશ', 'બધા જોશે', 'kale joje', 'nahi chodu'],
    fbring: ['લઈને આવીશ', 'લાવીશ', 'સાથે લઈ જઈશ'],
    xattack: ['ગોળીબાર', 'ગોળી ચલાવ*', 'ફાયરિંગ કર*'],
    // gambling and drugs for a teenager
    xteen: [`${GU_TEEN} વર્ષે`, `${GU_TEEN} વર્ષની`, `${GU_TEEN} વર્ષનો`, `${GU_TEEN} વર્ષ`, `${GU_TEEN} varas`],
    bet: ['ઓનલાઇન સટ્ટો', 'સટ્ટો', 'સટ્ટાની એપ', 'બેટિંગ એપ', 'ઓનલાઇન બેટિંગ', 'online satto'],
    drug: ['ગાંજો', 'માલ'],
  },
  terms: [],
  rules: [
    ...END_ALL_RULES,
    { id: 'alone-cam', category: 'grooming-cse', severity: 4, all: ['@xalone', '@xcam'], window: 14 },
    { id: 'flatter-secret', category: 'grooming-cse', severity: 4, all: ['@xspecial', '@xsecret2'], window: 16 },
    { id: 'errand-exploit', category: 'grooming-cse', severity: 4, all: ['@xpackage', '@xpayoff'], window: 16 },
    { id: 'dont-come-in', category: 'weapons-violence', severity: 4, all: ['@xdontcome', '@xtrustme'], window: 12 },
    { id: 'attacker-admire', category: 'extremism', severity: 4, all: ['@xattacker', '@xdares'], window: 14 },
    { id: 'mock-group', category: 'bullying-abuse', severity: 3, all: ['@xgroupmade', '@xmock'], window: 14 },
    { id: 'height-tonight', category: 'suicide-self-harm', severity: 4, all: ['@fheight', '@xgo', '@xcantgo'], window: 16 },
    { id: 'farewell-ready', category: 'suicide-self-harm', severity: 4, all: ['@xfarewell', '@xready', '@xcantgo', '@xtime'], atLeast: 3, window: 24 },
    { id: 'grooming-cues-2', category: 'grooming-cse', severity: 4, all: ['@xcoach', '@xnight', '@secret', '@fnosee', '@fgift', '@xmeet', '@xagenum', '@xspecial', '@xcam', '@xphonecheck', '@fprivapp', '@adultage'], atLeast: 3, window: 24 },
    { id: 'night-secret', category: 'grooming-cse', severity: 4, all: ['@xnight', '@fnosee'], window: 12 },
    { id: 'phone-check-switch', category: 'grooming-cse', severity: 4, all: ['@xphonecheck', '@fprivapp'], window: 14 },
    { id: 'call-to-arms', category: 'extremism', severity: 4, all: ['@xarms', '@xexpel', '@xjoingroup', '@xjihad', '@extgroup'], atLeast: 2, window: 24 },
    { id: 'threat-planned', category: 'weapons-violence', severity: 5, all: ['@xobj', '@xkill'], window: 4, ordered: true },
    { id: 'weapon-revenge', category: 'weapons-violence', severity: 5, all: ['@weapon', '@xrevenge'], window: 16 },
    { id: 'school-attack-plan', category: 'weapons-violence', severity: 5, all: ['@school', '@xattack'], window: 10 },
    { id: 'teen-gambling', category: 'gambling', severity: 3, all: ['@xteen', '@bet'], window: 10 },
    { id: 'teen-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy', '@xteen', '@school'], atLeast: 3, window: 14 },
  ],
  senses: [
    // "don't come to school tomorrow" because of a holiday, rain or a fever
    { id: 'day-off', categories: ['weapons-violence'], scope: 'text', phrases: ['રજા', 'વરસાદ', 'બીમાર', 'તાવ', 'બંધ રહેશે'] },
    { id: 'friend-help', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@xfriend', '@xhelpq'], window: 20, ordered: true },
  ],
});
