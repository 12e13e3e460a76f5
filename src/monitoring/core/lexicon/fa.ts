/**
 * Persian lexicon (`fa`): Persian script as written in Iran and Afghanistan, in both the
 * written register ("می‌خواهم بمیرم") and the spoken one teenagers type ("میخوام بمیرم",
 * "خودمو میکشم"), and Finglish — Persian in Latin letters ("mikham bemiram", "khodkoshi",
 * with x for kh: "mixam") — in the same pack. Written for Haven by its contributors; no
 * third-party word list was copied. Licence: AGPL-3.0-or-later. Non-native authors: review by
 * native speakers welcome.
 *
 * The normaliser folds Arabic-keyboard letters (ي ك ة, hamza forms) to one form and drops the
 * zero-width non-joiner, so "می‌خوام", "میخوام" and "می خوام" are one phrase. Persian negates a
 * verb with a prefix (نمی‌خوام "I don't want"), which a phrase starting at "میخوام" never
 * matches. Words Persian shares with Urdu (خودکشی، چاقو، مدرسه) appear only inside Persian
 * phrases or beside Persian verbs, so Urdu verdicts do not change.
 */
import type { LanguagePack } from './types.ts';
import { EL_HE_FA_RULES } from './rules-shared.ts';

const ADULT = '{18|19|20|21|22|23|24|25|26|27|28|29|30|32|35|40|45}';
const CHILD = '{10|11|12|13|14|15}';
/** "myself" as object, spoken and written */
const SELF = '{خودمو|خودم رو|خودمم|خودم را}';
const SELF_L = '{khodamo|khodam ro|xodamo|khodemo}';

export const fa: LanguagePack = {
  lang: 'fa',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // "نه" is Urdu's negator already (نہ): it reads here too
  negators: ['هرگز', 'هیچوقت', 'هیچ وقت', 'hargez', 'hichvaght', 'hich vaght'],
  concepts: {
    // ---- tuned on dev7 (tune half): general gaps ----
    toucher: ['amoom', 'amoo', 'amu', 'amum', 'daeem', 'dayim', 'napedaram', 'napedarim', 'عموم', 'عمو', 'داییم', 'دایی', 'ناپدریم', 'همسایمون', 'همسایه', 'معلمم', 'معلم خصوصیم', 'moallemam', 'hamsayamun', 'shohare mamanam'],
    touch: ['به بدنم دست میزنه', 'به بدنم دست زد', 'بهم دست میزنه', 'دستمالیم میکنه', 'دستمالیم کرد', 'لمسم میکنه', 'لمسم کرد', 'be badanam dast mizane', 'badanam dast mizane', 'be badanam dast zad', 'behem dast mizane', 'dastmalim mikone', 'lamsam mikone'],
    spread: ['پخش کنم', 'پخشش کنم', 'پخش کنیم', 'دانلود کنم', 'بذارم تو گروه', 'بفرستم تو گروه', 'تو گروه مدرسه', 'pakhsh konam', 'download konam'],
    anyone: ['کسی', 'کی', 'kasi'],
    drugslang: ['گل', 'شیشه', 'shishe'],
    have: ['داره', 'داری', 'دارین', 'دارید', 'dare', 'dari'],
    // ---- tuned on dev8 (tune half): general gaps ----
    // throwing oneself from a height or before a train, in any order ("خودمو از پل پرت کنم", "khodamo az pol partab konam")
    selfobj: [SELF, SELF_L],
    leapfrom: ['از پل', 'از روی پل', 'از بالای پل', 'از پشت بوم', 'از پشت بام', 'از بالای ساختمون', 'از بالای ساختمان', 'از ساختمون', 'از ساختمان', 'از پنجره', 'از طبقه', 'از بالکن', 'از صخره', 'از کوه', 'جلوی قطار', 'جلوی مترو', 'جلوی ماشین', 'جلوی کامیون', 'زیر قطار', 'زیر مترو', 'زیر ماشین', 'تو رودخونه', 'توی رودخونه',
      'az pol', 'az ruye pol', 'az balaye pol', 'az poshte bom', 'az poshte bum', 'az poshte bam', 'az sakhtemun', 'az balaye sakhtemun', 'az panjere', 'az tabaghe', 'jolo ghatar', 'jeloye ghatar', 'zire ghatar', 'jeloye mashin', 'jolo mashin'],
    throwverb: ['پرت کنم', 'پرتاب کنم', 'پرت میکنم', 'پرتاب میکنم', 'بندازم', 'میندازم', 'بیندازم', 'partab konam', 'part konam', 'partab mikonam', 'part mikonam', 'bendazam', 'mindazam', 'miandazam'],
    // a meeting kept hidden: "don't tell anyone where you're going", "turn your phone off"
    covert: ['گوشیتو خاموش کن', 'گوشیت رو خاموش کن', 'گوشیتو خاموش کنی', 'لوکیشنتو خاموش کن', 'نگو کجا میری', 'نگی کجا میری', 'به کسی نگو کجا', 'به هیچکس نگو', 'به هیچکی نگو', 'به مامانت نگو', 'به بابات نگو', 'بدون اینکه کسی بفهمه', 'کسی نفهمه', 'یواشکی بیا', 'بگو خونه دوستتی', 'بگو میری خونه دوستت',
      'gushito khamush kon', 'gooshito khamoosh kon', 'nagu koja miri', 'be hichkas nagu', 'be hichki nagu', 'kasi nafahme', 'yavashaki bia', 'yavashaki biya'],
    // ---- suicide: first-person intent × harm action ----
    intent: [
      'میخوام', 'میخواهم', 'میخام', 'میخوان', 'دلم میخواد', 'دلم میخواست', 'دلم میخاد', 'تصمیم گرفتم', 'تصمیمم رو گرفتم', 'قصد دارم', 'میخوام برم', 'کاش', 'کاشکی', 'ای کاش', 'بهتره', 'باید', 'امشب میخوام', 'دارم فکر میکنم', 'فکر میکنم',
      'mikham', 'mikhaam', 'mixam', 'mikhastam', 'delam mikhad', 'delam mikhaad', 'tasmim gereftam', 'ghasd daram', 'kash', 'kashki', 'kaash', 'bayad',
      'fekr mikonam', 'daram fekr mikonam', 'be in fekr mikonam', 'tasmimamo gereftam', 'tasmimam ro gereftam', 'mikham beram', 'emshab mikham',
    ],
    harm: [
      'بمیرم', 'بمیرم دیگه', 'زودتر بمیرم', `${SELF} بکشم`, 'خودکشی کنم', 'خودکشی بکنم', `${SELF} دار بزنم`, `${SELF} حلق آویز کنم`, `${SELF} از پل پرت کنم`, 'از پل بپرم', 'از پشت بوم بپرم', 'از پشت بام بپرم', 'از ساختمون بپرم', 'از ساختمان بپرم', 'جلوی قطار بپرم', 'جلوی ماشین بپرم', 'رگمو بزنم', 'رگ دستمو بزنم', 'رگامو بزنم', 'همه قرصامو بخورم', 'همه قرصا رو بخورم', 'یه مشت قرص بخورم', 'به زندگیم پایان بدم', 'زندگیمو تموم کنم', 'همه چیو تموم کنم', 'از این دنیا برم', 'دیگه نباشم', 'بخوابم و بیدار نشم', 'بخوابم دیگه بیدار نشم', 'سم بخورم', 'مرگ موش بخورم',
      'bemiram', `${SELF_L} bokosham`, `${SELF_L} bekosham`, `${SELF_L} dar bezanam`, `${SELF_L} halgh aviz konam`, 'khodkoshi bokonam', 'ye mosht ghors bokhoram', 'sam bokhoram', 'marg mush bokhoram', 'az in donya beram', 'bekhabam o bidar nasham', 'dige bidar nasham', 'be hame chi payan bedam', 'hame chio tamum konam', 'khodkoshi konam', 'khodkushi konam', 'xodkoshi konam', 'az pol beparam', 'az poshte bom beparam', 'ragamo bezanam', 'rage dastamo bezanam', 'hame ghorsamo bokhoram', 'be zendegim payan bedam', 'zendegimo tamoom konam', 'dige nabasham',
    ],
    howto: ['چطوری', 'چطور', 'چجوری', 'چگونه', 'راه', 'راهی', 'روش', 'بهترین روش', 'راحت ترین', 'راحتترین', 'بی درد', 'بدون درد', 'چندتا', 'چند تا', 'چقدر', 'کجا', 'از کجا', 'chetori', 'chejori', 'chegone', 'chand ta', 'chandta', 'bi dard', 'rahat tarin', 'az koja'],
    suicideact: ['خودکشی کرد', 'خودکشی کنم', 'خودکشی کرد؟', 'خودکشی کنیم', 'خودکشی بی درد', 'بمیرم', 'بمیره آدم', 'آدم بمیره', 'ادم بمیره', `${SELF} بکشم`, 'آدم میمیره', 'ادم میمیره', 'khodkoshi', 'khodkushi', 'xodkoshi', 'bemiram', 'adam bemire', 'adam mimire'],
    pills: ['قرص', 'قرصا', 'قرصها', 'قرص‌ها', 'قرصای', 'استامینوفن', 'استامینفن', 'ترامادول', 'ترامادل', 'آلپرازولام', 'الپرازولام', 'قرص خواب', 'داروها', 'ghors', 'ghorsa', 'tramadol', 'acetaminophen', 'estaminofen'],
    death: ['بمیرم', 'میمیرم', 'بمیره', 'میمیره', 'کشنده', 'مرگ', 'اوردوز', 'اوردز', 'دیگه بیدار نشم', 'bemiram', 'mimiram', 'mimire', 'koshande', 'overdose'],
    nolonger: ['نمیخوام', 'نمیخواهم', 'نمیخام', 'دیگه نمیخوام', 'دیگه نمیتونم', 'خسته شدم از', 'خسته ام از', 'بریدم از', 'حوصله ندارم', 'دلیلی برای', 'هیچ دلیلی برای', 'nemikham', 'dige nemikham', 'khaste shodam az', 'dalili baraye'],
    living: ['زنده باشم', 'زنده بمونم', 'زندگی کنم', 'زندگی کردن', 'ادامه بدم', 'ادامه دادن', 'نفس بکشم', 'زنده بودن', 'زنده موندن', 'zende basham', 'zendegi konam', 'zendegi kardan', 'edame bedam', 'zende budan'],
    better: ['راحت ترن', 'راحتترن', 'راحت تر', 'خوشحال ترن', 'خوشحالترن', 'خوشحال تر', 'بهترن', 'بهتره', 'rahat taran', 'rahat tar', 'khoshhal taran', 'behtaran'],
    withoutme: ['بدون من', 'بی من', 'اگه نباشم', 'اگه من نباشم', 'اگه بمیرم', 'وقتی نباشم', 'وقتی بمیرم', 'bedune man', 'bedoone man', 'age nabasham', 'age bemiram'],
    nobody: ['هیچکس', 'هیچ کس', 'کسی', 'هیچکی', 'هیشکی', 'hichkas', 'hichki', 'hishki', 'kasi'],
    miss: ['دلش برام تنگ نمیشه', 'دلتنگم نمیشه', 'متوجه نبودنم نمیشه', 'نبودنمو نمیفهمه', 'برام گریه نمیکنه', 'delesh baram tang nemishe', 'motevajeh nabudanam nemishe'],
    // suicide cue family: any three of death words, means, a time, a farewell, hopelessness
    sdeath: ['مرگ', 'بمیرم', 'مردنم', 'مردن', 'خودکشی', 'قبرم', 'مراسمم', 'ختمم', 'جنازم', 'مرده', 'bemiram', 'khodkoshi', 'marg', 'mordan'],
    smeans: ['قرصا آمادست', 'قرصا آماده ست', 'قرصا آماده است', 'قرصامو جمع کردم', 'قرص جمع کردم', 'پشت بوم', 'پشت بام', 'از پشت بوم', 'از پل', 'poshte bum', 'poshte bom', 'طناب', 'همه قرصا', 'همه قرصامو', 'تیغ', 'لبه پل', 'بالای پل', 'لبه پشت بوم', 'لبه پشت بام', 'ریل قطار', 'مرگ موش', 'رگمو', 'tanab', 'tigh', 'labe pol', 'marg mush', 'ragamo'],
    stime: ['امشب', 'همین امشب', 'فردا', 'فردا صبح', 'الان', 'همین الان', 'تا صبح', 'این هفته', 'امشب دیگه', 'emshab', 'farda', 'alan', 'hamin alan'],
    sfarewell: ['دنبالم نگردید', 'دنبالم نگردین', 'دنبالم نگردین لطفا', 'ممنون بابت همه چی', 'مرسی بابت همه چی', 'donbalam nagardid', 'donbalam nagardin', 'مامان ببخشید', 'بابا ببخشید', 'ببخشید مامان', 'مامان منو ببخش', 'نامه‌مو گذاشتم', 'نامه مو گذاشتم', 'نامه‌م رو گذاشتم', 'maman bebakhshid', 'mamani bebakhshid', 'خداحافظ', 'خداحافظی', 'منو ببخشید', 'ببخشید منو', 'حلالم کنید', 'حلالم کن', 'مواظب مامانم باشید', 'دوستتون دارم', 'دوستون دارم', 'نامه خداحافظی', 'آخرین پیام', 'اخرین پیام', 'khodahafez', 'khodafez', 'halalam konid', 'mano bebakhshid', 'akharin payam'],
    shopeless: ['دیگه نمیکشم', 'دیگه بریدم', 'هیچ امیدی ندارم', 'امیدی ندارم', 'ناامیدم', 'دیگه فایده نداره', 'سربارم', 'سربار همه', 'هیچکس دوستم نداره', 'به درد نمیخورم', 'دیگه نمیتونم ادامه بدم', 'dige boridam', 'omidi nadaram', 'sarbaram', 'dige fayde nadare'],
    feeling: ['سربار همه ام', 'سربار همه‌ام', 'سربار خانوادم', 'بدون من همه راحت ترن', 'بدون من همه خوشحال ترن', 'زندگیم هیچ معنی نداره', 'زندگی هیچ معنایی نداره', 'هیچ دلیلی برای زنده موندن ندارم', 'دلیلی برای زندگی ندارم', 'دیگه طاقت ندارم', 'دیگه تحمل ندارم', 'sarbare hame am', 'dalili baraye zendegi nadaram', 'dige taghat nadaram'],
    final: ['این آخرین پیاممه', 'این اخرین پیاممه', 'این آخرین پیام منه', 'وقتی اینو بخونید من نیستم', 'وقتی اینو میخونید', 'نامه خداحافظیمو نوشتم', 'وسایلمو بخشیدم', 'فردا دیگه نیستم', 'in akharin payamame', 'farda dige nistam'],
    // self-harm
    cutting: ['میبرم', 'زخمی کردم', 'زخمی میکنم', 'تیغ زدم', 'تیغ میزنم', 'تیغ کشیدم', 'tigh zadam', 'tigh mizanam', 'zakhmi kardam'],
    bodypart: ['دستمو', 'دستامو', 'مچمو', 'مچ دستمو', 'رگمو', 'رونمو', 'پامو', 'بازومو', 'dastamo', 'dastamo', 'mochamo', 'ragamo', 'ranamo', 'bazoomo'],
    cut: ['زخمامو', 'زخمای دستمو', 'جای زخمامو', 'جای تیغو', 'جای تیغ', 'خط های دستمو', 'خطای دستمو', 'بریدگی', 'بریدگیامو', 'zakhmamo', 'jaye tigh'],
    hide: ['قایم کنم', 'قایم کردن', 'مخفی کنم', 'بپوشونم', 'پنهان کنم', 'نبینه', 'نفهمه', 'نبینن', 'نفهمن', 'ghayem konam', 'makhfi konam', 'bepushunam', 'nabine', 'nafahme'],
    edgoal: ['{2|3|4|5|6|7|8|10} کیلو کم کنم', '{2|3|4|5|6|7|8|10} کیلو دیگه', 'باید وزن کم کنم', 'لاغر بشم', 'لاغر شم', 'وزن کم کنم', 'کیلو کم کنم', 'هنوز چاقم', 'خیلی چاقم', 'از بدنم متنفرم', 'laghar besham', 'vazn kam konam', 'hanuz chagham'],
    edmethod: ['{100|200|250|300|400|500} کالری', 'کالری در روز', 'روزی {100|200|250|300|400|500} کالری', 'هرچی میخورم بالا میارم', 'غذا نمیخورم', 'چیزی نخوردم', 'هیچی نخوردم', 'گشنگی میکشم', 'بالا میارم', 'بالا بیارم', 'عق میزنم', 'ghaza nemikhoram', 'hichi nakhordam', 'bala miyaram'],
    // ---- grooming ----
    parents: ['به مامانت', 'به بابات', 'به مامان بابات', 'به خانوادت', 'به خانواده ات', 'به پدر مادرت', 'به والدینت', 'به معلمت', 'be mamanet', 'be babat', 'be khanevadat'],
    secret: ['نگو', 'نگی', 'چیزی نگو', 'چیزی نگی', 'حرفی نزن', 'حرفی نزنی', 'نباید بفهمن', 'نباید بدونن', 'نفهمن', 'نگو باشه', 'nagu', 'nagi', 'chizi nagu', 'harfi nazan', 'nabayad befahman'],
    adult: ['یه مرد', 'یه آقا', 'یه اقا', 'یه پسر بزرگ', 'یه غریبه', 'یه نفر تو اینستا', 'یه نفر تو بازی', 'یکی تو اینستا', 'یکی تو تلگرام', 'یکی تو بازی', 'یه یارو', 'یارو', 'ye mard', 'ye agha', 'ye ghaerib', 'yaroo', 'yaru'],
    request: ['عکسمو میخواد', 'عکس میخواد', 'عکس خواست', 'عکس ازم خواست', 'ازم عکس خواست', 'فیلم ازم خواست', 'میخواد ببینتم', 'میگه بیا ببینمت', 'آدرس خونمونو', 'ادرس خونمونو', 'آدرسمو خواست', 'گفت لخت', 'گفت دوربینو روشن کن', 'برام شارژ', 'برام جم', 'برام یوسی', 'aksamo mikhad', 'aks khast', 'mikhad bebinatam', 'adresamo khast'],
    gcontact: ['یه مرد', 'یه آقا', 'یه غریبه', 'یه پسر بزرگتر', 'یکی تو اینستا', 'یکی تو بازی', 'دایرکت داد', 'دایرکت میده', 'پی وی', 'پیوی', 'ادد کرد', 'direct dad'],
    gsecret: ['گفت به کسی نگم', 'گفته به کسی نگم', 'گفت به مامانم نگم', 'گفت به هیچکس نگم', 'گفت پیامارو پاک کنم', 'gofte be kasi nagam', 'goft be kasi nagam', 'راز بین ماست', 'راز بین ما', 'این رازه', 'هیچی نگو', 'به هیچکی نگو', 'hichi nagu', 'رازمون', 'راز ما', 'بین خودمون بمونه', 'بین خودمون', 'به کسی نگو', 'به هیچکس نگو', 'کسی نفهمه', 'پیامارو پاک کن', 'پیاما رو پاک کن', 'چتا رو پاک کن', 'چتمونو پاک کن', 'razemun', 'beyne khodemun', 'be kasi nagu', 'payamaro pak kon'],
    gmeet: ['بیا سر کوچه', 'سر کوچه منتظرتم', 'منتظرتم', 'با ماشین میام', 'با ماشین منتظرتم', 'بعد از مدرسه بیا', 'بعد مدرسه بیا', 'سوار شو', 'biya sare koche', 'montazeretam', 'ba mashin miyam', 'bad az madrese biya', 'بریم خونه من', 'بریم خونم', 'بریم خونه ما', 'بیا دم', 'میام دنبالت', 'خودم میام دنبالت', 'berim khuneye man', 'berim khunam', 'بیا ببینمت', 'همو ببینیم', 'همدیگه رو ببینیم', 'قرار بذاریم', 'بیا خونم', 'بیا خونه ما', 'میام دنبالت', 'میام دم مدرستون', 'دم مدرسه', 'تنها بیا', 'تنهایی بیا', 'سوار ماشینم', 'biya bebinamet', 'hamo bebinim', 'miyam donbalet', 'tanha biya'],
    gpics: ['ازم عکس میخواد', 'میگه عکس بفرستم', 'میخواد عکس بفرستم', 'میگه لخت بشم', 'azam aks mikhad', 'mige aks befrestam', 'عکس بفرست', 'عکستو بفرست', 'یه عکس بده', 'عکس بده', 'عکس از خودت', 'عکس لختی', 'بدون لباس', 'لخت', 'لباستو در بیار', 'دوربینو روشن کن', 'تماس تصویری', 'ویدیو کال', 'ویدئو کال', 'aks befrest', 'akseto befrest', 'lokht', 'bedune lebas', 'video call'],
    gage: ['چند سالته', 'چندسالته', 'سنت چنده', 'کلاس چندمی', 'چندمی', `من ${CHILD} سالمه`, `${CHILD} سالمه`, 'سن فقط یه عدده', 'سن مهم نیست', 'chand salete', 'chand saleteh', 'kelas chandomi', 'sen mohem nist'],
    ggift: ['برام شارژ میخره', 'برام شارژ میریزه', 'برام جم میخره', 'بهم پول میده', 'بهم پول داد', 'برام پول ریخت', 'baram sharj mikhare', 'behem pul mide', 'برات شارژ میخرم', 'برات جم میخرم', 'برات یوسی میخرم', 'برات کادو میخرم', 'برات گوشی میخرم', 'برات میخرم', 'بهت پول میدم', 'پول میریزم', 'جم', 'یوسی', 'baraat mikharam', 'barat mikharam', 'behet pool midam', 'jam mikharam', 'uc mikharam'],
    gflatter: ['خیلی بالغی', 'از سنت بزرگتری', 'عاقل تر از سنتی', 'مثل بقیه نیستی', 'فقط من درکت میکنم', 'خیلی خوشگلی', 'خیلی نازی', 'بهم اعتماد کن', 'kheili balegi', 'faghat man dark mikonam', 'behem etemad kon'],
    galone: ['تنها خونه ای', 'خونه تنهایی', 'مامانت خونه است', 'مامانت خونس', 'کسی خونتون نیست', 'مامان بابات خوابن', 'tanha khune ei', 'kasi khunetun nist'],
    gprivapp: ['تلگرام', 'اسنپ چت', 'اسنپچت', 'واتساپ', 'پیج فیک', 'اکانت دوم', 'snapchat', 'telegram'],
    gnight: ['نصف شب', 'نیمه شب', 'دیر وقت', 'ساعت ۲ شب', 'ساعت ۳ شب', 'nesfe shab', 'nime shab'],
    adultage: [`${ADULT} {سالمه|سالشه}`, `${ADULT} salame`],
    childage: [`${CHILD} سالمه`, `${CHILD} سالم`, `من ${CHILD}`, `${CHILD} salame`],
    // sextortion: picture × expose × condition
    media: ['عکسامو', 'عکسام', 'عکسای', 'عکساتو', 'عکسات', 'فیلمامو', 'فیلمتو', 'ویدیوتو', 'ویدیومو', 'عکس‌هات', 'عکسهاتو', 'aksamo', 'aksato', 'filmato', 'videoto'],
    expose: ['پخش میکنم', 'پخش میکنه', 'پخش کنه', 'میذارم تو اینستا', 'میذاره تو اینستا', 'میفرستم برای همه', 'میفرسته برای همه', 'برای خانوادت میفرستم', 'برای مامانت میفرستم', 'آبروتو میبرم', 'ابروتو میبرم', 'آبرومو میبره', 'pakhsh mikonam', 'pakhsh mikone', 'aberoto mibaram', 'miferestam baraye hame'],
    cond: ['اگه', 'اگر', 'وگرنه', 'مگر اینکه', 'age', 'vagarna', 'vagar na'],
    // ---- bullying and abuse ----
    bullyactor: ['همه', 'بچه ها', 'بچه‌ها', 'بچه های کلاس', 'همکلاسیام', 'دخترا', 'پسرا', 'اونا', 'hame', 'bache ha', 'bachehaye kelas'],
    bullyact: ['ازم فیلم گرفتن', 'ازم فیلم میگیرن', 'فیلممو پخش کردن', 'azam film gereftan', 'مسخرم میکنن', 'منو مسخره میکنن', 'بهم میخندن', 'منو میزنن', 'کتکم میزنن', 'بایکوتم کردن', 'تحویلم نمیگیرن', 'باهام حرف نمیزنن', 'فحشم میدن', 'اذیتم میکنن', 'از گروه انداختنم', 'عکسمو پخش کردن', 'تهدیدم میکنن', 'masxaram mikonan', 'maskharam mikonan', 'behem mikhandan', 'mano mizanan', 'azyatam mikonan'],
    abuser: ['بابام', 'مامانم', 'ناپدریم', 'نامادریم', 'داداشم', 'عموم', 'داییم', 'شوهر مامانم', 'babam', 'mamanam', 'napedarim', 'dadasham'],
    abuse: ['میزنتم', 'منو با کمربند', 'با کمربند میزنه', 'با شلنگ', 'با کابل', 'با چوب میزنه', 'با چوب منو', 'سیلی میزنه', 'سیلی بهم میزنه', 'کبودم کرد', 'کبودم میکنه', 'منو میزنه', 'کتکم میزنه', 'کتکم زد', 'منو زد', 'با کمربند', 'حبسم میکنه', 'تو اتاق حبسم', 'غذا نمیده', 'دستمالیم میکنه', 'بهم دست میزنه', 'تهدیدم میکنه', 'mano mizane', 'kotakam mizane', 'ba kamarband', 'behem dast mizane'],
    // ---- extremism (any two of vocabulary, admiration, joining, violence, propaganda, dehumanising) ----
    extgroup: ['داعش', 'دولت اسلامی عراق', 'القاعده', 'طالبان', 'نئونازی', 'نئو نازی', 'خلافت', 'مجاهدین داعش', 'daesh', 'daash', 'taleban'],
    extsupport: ['قهرمانه', 'قهرمانن', 'قهرمانند', 'قهرمان بودن', 'قهرمانای واقعی', 'شیرمردای واقعی', 'قهرمان بود', 'حق داشت', 'کارش درست بود', 'دمش گرم', 'طرفدارشم', 'حمایت میکنم', 'ghahramane', 'hagh dasht', 'damesh garm'],
    join: ['بپیوندم', 'ملحق بشم', 'ملحق شم', 'عضو بشم', 'عضو شم', 'برم سوریه', 'بیعت کنم', 'بیعت کردم', 'bepeyvandam', 'molhagh besham', 'ozv besham'],
    extviolence: ['از روی زمین پاک کرد', 'از روی زمین پاک بشن', 'از روی زمین پاکشون', 'از صفحه روزگار محو', 'باید پاکشون کرد', 'باید پاک بشن', 'باید نابود بشن', 'باید نابود شن', 'باید نابودشون کرد', 'باید از بین برن', 'باید از بین بریم', 'باید از بین ببریمشون', 'باید سوزوندشون', 'باید اعدام بشن', 'خونشون حلاله', 'خونشون مباحه', 'bayad nabud beshan', 'bayad pak beshan', 'az ruye zamin pak', 'باید کشت', 'باید کشته بشن', 'باید بمیرن', 'همشونو بکشید', 'همه رو بکشید', 'سرشونو ببرید', 'سر ببرید', 'قتل عام', 'نابودشون کنید', 'منفجرشون کنید', 'bayad koshte beshan', 'hamashuno bekoshid'],
    extprop: ['نشید داعش', 'نشیدای داعش', 'کلیپای داعش', 'کلیپ داعش', 'جهاد واجبه', 'جهاد واجب است', 'عملیات استشهادی', 'عملیات انتحاری', 'شهادت طلبانه', 'جایگزینی بزرگ', 'نژاد برتر', 'نژاد آریایی برتر', 'نژاد اریایی برتر'],
    dehuman: ['انگلن', 'حیوونن', 'حیوانن', 'کثافتن', 'نجسن', 'آشغالن'],
    extoutgroup: ['کافرا', 'کافرها', 'کفار', 'یهودیا', 'یهودی ها', 'افغانیا', 'افغانی ها', 'بهاییا', 'بهایی ها', 'عربا', 'سنیا', 'شیعه ها', 'kafara', 'yahudia', 'afghania', 'bahaia'],
    attack: ['منفجر کنم', 'منفجرش کنم', 'آتیش بزنم', 'اتیش بزنم', 'حمله کنم', 'بمب بذارم', 'monfajer konam', 'atish bezanam'],
    worship: ['مسجد', 'مسجدو', 'کلیسا', 'کنیسه', 'حسینیه', 'حرم'],
    // ---- hate ----
    group: ['افغانیا', 'افغانی ها', 'افغانیها', 'عربا', 'عرب ها', 'ترکا', 'یهودیا', 'یهودی ها', 'بهاییا', 'بهایی ها', 'سیاها', 'سیاه پوستا', 'همجنسگراها', 'همجنس گراها', 'گی ها', 'کردا', 'لرا', 'afghania', 'araba', 'yahudia', 'bahaia'],
    hateclaim: ['کثیفن', 'کثافتن', 'نجسن', 'حیوونن', 'آشغالن', 'اشغالن', 'باید برن', 'باید گم شن', 'گم شن برن', 'باید اخراج بشن', 'دزدن', 'انگلن', 'سوسمار خورن', 'ازشون متنفرم', 'باید بمیرن', 'kesafatan', 'najesan', 'bayad beran', 'azashun motenaferam'],
    // ---- drugs ----
    drug: ['علف', 'حشیش', 'گراس', 'ماریجوانا', 'کراک', 'هروئین', 'هروین', 'تریاک', 'کوکائین', 'اکستازی', 'قرص اکس', 'ال اس دی', 'ترامادول', 'مواد', 'ویپ', 'alaf', 'hashish', 'taryak', 'ecstasy', 'kokain', 'mavad', 'tramadol'],
    buy: ['از کجا بخرم', 'از کجا گیر بیارم', 'از کجا پیدا کنم', 'کی داره', 'کسی داره', 'بخرم', 'بکشیم', 'کشیدم', 'ساقی', 'ساقیش', 'قیمتش', 'چنده', 'گرمی چند', 'az koja bekharam', 'az koja gir biyaram', 'kasi dare', 'bekeshim', 'keshidam', 'saghi', 'grami chand'],
    // ---- weapons ----
    weapon: ['چاقو', 'چاقوی', 'قمه', 'ضامن دار', 'چاقو ضامن دار', 'کارد', 'اسلحه', 'تفنگ', 'کلت', 'کلاشینکف', 'کلاش', 'بمب', 'نارنجک', 'کوکتل مولوتف', 'پنجه بکس', 'chaghoo', 'chaghu', 'ghame', 'aslahe', 'tofang', 'bomb'],
    bring: ['میایم', 'میاییم', 'میاریم', 'miaim', 'miaym', 'miyaim', 'miarim', 'miyarim', 'میارم', 'میارمش', 'میبرم', 'میبرمش', 'آوردم', 'اوردم', 'میاره', 'میاد با', 'همراهمه', 'همراهم دارم', 'تو کیفمه', 'تو کیفم', 'تو جیبمه', 'miyaram', 'mibaram', 'avordam', 'hamrahame', 'tu kifame'],
    school: ['مدرسه', 'مدرسمون', 'مدرسه‌مون', 'مدرسه رو', 'کلاس', 'کلاسمون', 'سر کلاس', 'تو حیاط', 'دبیرستان', 'هنرستان', 'madrese', 'madresamun', 'kelas', 'dabirestan'],
    threat: ['میکشیمش', 'میکشیمت', 'میکشیمتون', 'mikoshimesh', 'mikoshimet', 'mikoshimetun', 'میکشمت', 'میکشمتون', 'میکشمش', 'میزنم میکشمت', 'چاقو میزنمت', 'چاقوت میزنم', 'با چاقو میزنمت', 'قمه میزنمت', 'سرتو میبرم', 'سرشو میبرم', 'خونتو میریزم', 'زنده نمیذارمت', 'همتونو میکشم', 'همشونو میکشم', 'میترکونمتون', 'mikoshamet', 'mikoshametun', 'mikoshamesh', 'saret mibaram', 'saret ro mibaram', 'zende nemizaramet', 'hametuno mikosham'],
    // everyday reasons for a "threat" that is banter: food, a charger, a spoiler
    trivial: ['خوراکی*', 'غذامو', 'غذام', 'چیپس*', 'پفک*', 'شکلات*', 'بستنی*', 'شارژر*', 'هندزفری*', 'لباسمو', 'اسپویل', 'اسپویلش', 'آخر سریالو', 'اخر سریالو', 'شوخی', 'شوخی کردم', 'khorakiamo', 'ghazamo', 'chipsamo', 'spoil'],
    bomb: ['بمب', 'بمب دست ساز', 'نارنجک', 'مواد منفجره', 'کوکتل مولوتف', 'اسلحه', 'تفنگ', 'bomb', 'narenjak', 'mavad monfajere'],
    make: ['بسازم', 'ساختن', 'درست کنم', 'درست کردن', 'ساخت', 'بسازیم', 'besazam', 'sakhtan', 'dorost konam'],
    // ---- gambling ----
    bet: ['شرط بندی', 'شرطبندی', 'سایت شرط بندی', 'بت', 'سایت بت', 'کازینو', 'پوکر', 'رولت', 'بازی انفجار', 'بلک جک', 'پیش بینی فوتبال', 'shart bandi', 'shartbandi', 'casino', 'poker', 'enfejar'],
    loss: ['باختم', 'همه پولمو باختم', 'پولامو باختم', 'بدهکارم', 'بدهی', 'قرض گرفتم', 'کارت بابام', 'کارت مامانم', 'پول توجیبیمو', 'نمیتونم ول کنم', 'معتاد شدم', 'bakhtam', 'bedehkaram', 'gharz gereftam', 'karte babam'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      '{میخوام|میخواهم|میخام|دلم میخواد} {بمیرم|خودکشی کنم}', `{میخوام|میخواهم|دلم میخواد} ${SELF} بکشم`, `${SELF} {میکشم|میکشم دیگه|میکشم امشب}`, 'خودکشی {میکنم|میکنم دیگه|میکنم امشب|کردم ولی|کنم بهتره}', 'میخوام به زندگیم پایان بدم', 'میخوام زندگیمو تموم کنم', 'دیگه نمیخوام زنده باشم', 'دیگه نمیخوام زندگی کنم', 'نمیخوام زنده بمونم', 'کاش {بمیرم|مرده بودم|به دنیا نمیومدم|به دنیا نیومده بودم|دیگه بیدار نشم}', 'کاشکی بمیرم', 'امشب خودکشی میکنم', 'امشب {خودمو|خودم رو} میکشم',
      'چطوری خودکشی کنم', '{چطوری|چجوری|چطور} {بمیرم|خودکشی کنم|خودمو بکشم}', 'روش های خودکشی', 'روشهای خودکشی', 'راه های خودکشی', 'خودکشی بی درد', 'بی درد ترین راه مردن', 'بدون درد بمیرم', 'چندتا قرص {بخورم|بخورم بمیرم} میمیرم',
      '{mikham|mikhaam|mixam|delam mikhad} {bemiram|khodkoshi konam|khodkushi konam|khodamo bokosham|khodamo bekosham}', '{khodamo|khodam ro|xodamo} {mikosham|mikosham emshab}', 'khodkoshi {mikonam|mikonam emshab}', 'dige nemikham zende basham', 'dige nemikham zendegi konam', '{kash|kashki} {bemiram|morde budam}', '{chetori|chejori} {khodkoshi konam|bemiram}', 'ravesh haye khodkoshi',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['افکار خودکشی', 'فکر خودکشی', 'به خودکشی فکر میکنم', 'به مرگ فکر میکنم', 'از زندگی خسته شدم', 'از زندگی بریدم', 'از خودم متنفرم', 'هیچکس دوستم نداره', 'سربار همه ام', 'دلم میخواد ناپدید بشم', 'میخوام غیب بشم', 'az zendegi khaste shodam', 'az khodam motenaferam', 'fekre khodkoshi'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: [
      'خودزنی {میکنم|کردم|میکنم هنوز}', 'خودآزاری میکنم', 'دوباره خودزنی کردم', '{دستمو|دستامو|مچمو|رونمو|بازومو} {تیغ زدم|تیغ میزنم|با تیغ بریدم|بریدم عمدا}', 'تیغ {میزنم|زدم|کشیدم} به دستم', 'به خودم آسیب {میزنم|زدم|میرسونم}', 'رگمو زدم', 'رگ زدم', '{زخمامو|جای تیغو|جای زخمامو} {چطوری|چجوری} {قایم کنم|بپوشونم}',
      'بعد غذا بالا میارم', 'عمدا بالا میارم', 'چند روزه هیچی نخوردم', 'غذا نمیخورم تا لاغر شم', 'پرو آنا', 'پرو انا',
      'khodzani mikonam', 'khodzani kardam', 'dastamo tigh zadam', 'tigh mizanam', 'ragamo zadam', 'be khodam asib mizanam',
    ] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['خودزنی', 'خودآزاری', 'آنورکسیا', 'بی اشتهایی عصبی', 'بولیمیا', 'khodzani'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      '{به مامانت|به بابات|به خانوادت} {نگو|نگیا} باشه', 'به هیچکس نگو که {با همیم|حرف میزنیم}', 'این راز ما دوتاست', 'رازمون بمونه', 'بین خودمون بمونه', 'پیامامونو پاک کن', 'چتمونو پاک کن',
      'تنها خونه ای', 'تنهایی خونه', 'خیلی بالغی برای سنت', 'از سنت بزرگتر به نظر میای', 'سن فقط یه عدده', 'تنها بیا که ببینمت', 'میام دم مدرسه دنبالت',
      '{be mamanet|be babat|be kasi|be hichkas} nagu {bashe|ke harf mizanim}', 'beyne khodemun bemune', 'tanha khune ei', 'sen faghat ye adade',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      '{عکس لختی|عکس لخت|عکس بدون لباس|فیلم لخت} {بفرست|بده|میخوام}', 'لخت شو {جلو دوربین|برام}', 'لباستو در بیار {جلو دوربین|برام}', '{عکساتو|عکسهاتو|فیلمتو} {پخش میکنم|برای همه میفرستم|برای خانوادت میفرستم|میذارم تو اینستا}', 'آبروتو میبرم', 'ابروتو میبرم', 'با عکسام تهدیدم میکنه', 'باج میخواد', 'بهم تجاوز کرد', 'بهم تجاوز شد', 'تجاوز جنسی', 'بهم دست درازی کرد', 'آزار جنسی', 'ازار جنسی',
      'akse lokht befrest', 'lokht sho', 'aksato pakhsh mikonam', 'aberoto mibaram', 'behem tajavoz kard',
    ] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['پورن', 'سایت پورن', 'فیلم سوپر', 'فیلم سکسی', 'سایت سکسی', 'سکس چت', 'عکس لختی', 'دختر لخت', 'دخترای لخت', 'جنده ها', 'کون دادن', 'sex chat', 'film sexy'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['سکس', 'سکسی', 'جنده', 'کیر', 'کیرم', 'کسکش', 'jende', 'koskesh'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['خودتو بکش', 'خودت رو بکش', 'برو خودتو بکش', 'برو بمیر', 'برو گمشو بمیر', 'بمیری بهتره', 'کاش بمیری', 'ایشالا بمیری', 'خودتو دار بزن', 'khodeto bokosh', 'khodeto bekosh', 'boro bemir', 'kash bemiri'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: [
      'همه ازت متنفرن', 'هیچکس دوستت نداره', 'تو یه آشغالی', 'تو یه اشغالی', 'خیلی زشتی', 'چاق زشت', 'خوکی', 'گاو چاق', 'عقب مونده', 'عقب افتاده', 'کسخل', 'کس خل', 'بیشعور', 'حرومزاده', 'حروم زاده', 'کونی', 'هیچکس باهات دوست نمیشه',
      'منو مسخره میکنن', 'مسخرم میکنن', 'تو مدرسه اذیتم میکنن', 'تو مدرسه کتکم میزنن', 'بایکوتم کردن', 'قلدری میکنن', 'زورگویی میکنن', 'میترسم برم مدرسه', 'میترسم برم خونه',
      'hame azat motenaferan', 'hichkas dooset nadare', 'kheili zeshti', 'ahmagh zesht', 'kaskhol', 'koskhol', 'bishoor', 'masxaram mikonan',
    ] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, phrases: ['{بابام|مامانم|ناپدریم|داداشم} {منو میزنه|کتکم میزنه|منو کتک میزنه|با کمربند میزنه}', 'تو خونه کتک میخورم', 'هر روز کتک میخورم', 'babam mano mizane', 'babam kotakam mizane'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['میخوام به داعش بپیوندم', 'به داعش ملحق {بشم|شم}', 'عضو داعش {بشم|شم}', 'برم سوریه جهاد', 'برای جهاد برم', 'عملیات انتحاری {کنم|انجام بدم}', 'خودمو منفجر کنم', 'کافرا رو بکشید', 'مرگ بر کافران', 'مرگ بر یهودیان', 'هیتلر حق داشت', 'هیتلر قهرمان', 'داعش حق داره', 'دولت اسلامی پیروز', 'hitler hagh dasht', 'be daesh bepeyvandam'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['افغانی کثیف', 'افغانی آشغال', 'افغانی اشغال', 'عرب سوسمار خور', 'عرب سوسمارخور', 'سوسمار خور', 'سوسمارخور', 'کاکا سیاه', 'کاکاسیاه', 'ترک خر', 'یهودی کثیف', 'بهایی نجس', 'همجنس باز کثیف', 'افغانیا برن گمشن', 'afghani kesafat', 'arab susmar khor', 'susmarkhor', 'kaka siah', 'tork khar'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['{گل|شیشه} {از کجا بخرم|کی داره|بکشیم|میکشی}', 'ساقی {گل|مواد|علف} میخوام', 'گل کشیدم', 'علف کشیدم', 'شیشه کشیدم', 'مواد زدم', 'مواد مصرف میکنم', 'نشئه ام', 'نعشه ام', 'نعشه‌ام', 'ساقی میشناسی', 'gol keshidam', 'alaf keshidam', 'shishe keshidam', 'mavad zadam', 'nashe am', 'saghi mishnasi'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['حشیش', 'هروئین', 'کوکائین', 'ماریجوانا', 'مواد مخدر', 'اکستازی', 'کراک'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: [
      '{چطوری|چجوری} بمب {بسازم|درست کنم}', 'ساخت بمب دست ساز', 'بمب دست ساز', 'مدرسه رو {منفجر میکنم|آتیش میزنم|اتیش میزنم|به رگبار میبندم}', 'همه بچه های مدرسه رو میکشم', '{چاقو|قمه|اسلحه|تفنگ|کلت} {میارم مدرسه|میبرم مدرسه|میارم سر کلاس}', 'فردا {چاقو|قمه|اسلحه|تفنگ} میارم',
      'chetori bomb besazam', 'madrese ro monfajer mikonam', 'chaghu miyaram madrese', 'aslahe miyaram madrese',
    ] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['{میکشمت|میکشمتون|میکشمش} {به خدا|بخدا|ببین کی گفتم|صبر کن|منتظر باش}', 'چاقو میزنمت', 'چاقوت میزنم', 'قمه میزنمت', 'سرتو میبرم', 'زنده نمیذارمت', 'همتونو میکشم', 'به رگبار میبندمتون', '{چاقو|قمه|اسلحه|کلت} تو کیفمه', '{اسلحه|کلت|تفنگ} از کجا بخرم', 'chaghu mizanamet', 'saret ro mibaram', 'zende nemizaramet', 'hametuno mikosham', 'mikoshamet be khoda'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['سایت شرط بندی', 'سایت شرطبندی', 'شرط بندی میکنم', 'شرط بستم', 'تو بت باختم', 'بازی انفجار', 'بازی انفجار باختم', 'کازینو آنلاین', 'کازینو انلاین', 'پوکر آنلاین', 'پوکر انلاین', 'سایت بت', 'معتاد شرط بندی', 'shart bandi mikonam', 'site shart bandi', 'bazi enfejar', 'casino online'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['شرط بندی', 'شرطبندی', 'کازینو', 'پیش بینی فوتبال', 'shart bandi'] },
  ],
  rules: [
    ...EL_HE_FA_RULES,
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@intent', '@harm'], window: 5, ordered: true },
    { id: 'cut-body', category: 'suicide-self-harm', severity: 4, all: ['@bodypart', '@cutting'], window: 3, ordered: true },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@parents', '@secret'], window: 5, ordered: true },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 10 },
    { id: 'extremism-cues', category: 'extremism', severity: 4, all: ['@extgroup', '@extsupport', '@join', '@extviolence', '@extprop', '@dehuman'], atLeast: 2, window: 12 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@extoutgroup', '@extviolence'], window: 9 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@worship', '@attack'], window: 5 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 4 },
    // an adult × sexual touching; spreading an extremist group's material; "anyone got weed/meth" in slang
    { id: 'adult-touch', category: 'grooming-cse', severity: 4, all: ['@toucher', '@touch'], window: 14, ordered: true },
    { id: 'spread-propaganda', category: 'extremism', severity: 4, all: ['@extgroup', '@spread'], window: 12 },
    { id: 'drug-slang-ask', category: 'drugs', severity: 3, all: ['@anyone', '@drugslang', '@have'], window: 4, ordered: true },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@bomb', '@make'], window: 6 },
    // tuned on dev8: throwing oneself from a height; a meeting the child must hide
    { id: 'throw-self', category: 'suicide-self-harm', severity: 5, all: ['@selfobj', '@leapfrom', '@throwverb'], window: 6 },
    { id: 'covert-meeting', category: 'grooming-cse', severity: 4, all: ['@gmeet', '@covert'], window: 14 },
  ],
  senses: [
    { id: 'idioms', categories: 'all', scope: 'overlap', phrases: [
      // "الهی بمیرم" / "بمیرم برات" are sympathy ("oh, poor thing"), not a wish to die
      'الهی بمیرم', 'الهی بمیرم برات', 'بمیرم برات', 'بمیرم براش', 'بمیرم الهی', 'خدا مرگم بده', 'ilahi bemiram', 'elahi bemiram', 'bemiram barat', 'bemiram barash',
      '{از خنده|از گشنگی|از خستگی|از خواب|از سرما|از گرما|از استرس} {مردم|میمیرم|دارم میمیرم|ترکیدم}', '{مردم|میمیرم|دارم میمیرم|ترکیدم} {از خنده|از گشنگی|از خستگی|از استرس}', 'az khande {mordam|mimiram|tarakidam}', 'mordam az khande',
      '{مامانم|بابام|معلممون|مامان بابام|داداشم} {منو میکشه|میکشتم|منو میکشن|میکشه منو|زنده نمیذاره}', '{mamanam|babam} mano mikoshe',
      'وقت کشی', 'وقتمو بکشم', 'سیگار میکشم', 'سیگار کشیدم', 'قلیون', 'قلیون کشیدم', 'نقاشی میکشم', 'نقاشی کشیدم', 'نفس بکشم', 'نفس کشیدن', 'دراز بکشم', 'خجالت میکشم', 'انتظار میکشم', 'زحمت کشیدم', 'درد میکشم',
      'بمب خنده', 'بمب انرژی', 'بمب ویتامین', 'بمب کالری', 'مثل بمب', 'ترکوند', 'ترکوندی', 'ترکوندن', 'منفجر شدم از خنده',
      'چاقوی آشپزخونه', 'چاقوی آشپزخانه', 'چاقوی میوه خوری', 'کلاس آشپزی', 'نقاشی گل', 'چاقو تیز کن', 'با چاقو پیاز', 'پیاز خرد', 'گوجه خرد', 'کیک رو ببر', 'کیکو ببر', 'دستم برید', 'دستمو بریدم', 'انگشتمو بریدم', 'دستم با چاقو برید', 'موهامو کوتاه کردم', 'ناخن',
      'دسته گل', 'گل رز', 'گل زد', 'گل زدم', 'گل خورد', 'گل خوردیم', 'گلش', 'گل به خودی', 'یه گل', 'دو گل', 'سه گل', 'گل گاوزبان', 'گلدون', 'گل کاشتم', 'گل فروشی', 'گل بخرم', 'گل بخرم برای', 'شیشه پنجره', 'شیشه شکست', 'شیشه عطر', 'شیشه آب', 'شیشه شیر', 'شیشه مربا', 'شیشه ماشین', 'مواد غذایی', 'مواد اولیه', 'مواد لازم', 'مواد شوینده', 'مواد کیک',
      'مرگ موش برای موش', 'سم پاشی', 'سمپاشی', 'حشره کش', 'سوسک کش', 'تفنگ آبپاش', 'تفنگ اسباب بازی', 'تفنگ بادی', 'بازی تفنگی',
      'شلیک توپ', 'شوت زد', 'حمله کرد تیم', 'خط حمله', 'مهاجم',
      'به کسی نگو سورپرایزه', 'سورپرایز', 'تولد', 'تولدش', 'جشن تولد', 'روز مادر', 'روز پدر', 'عکس کلاسی', 'عکس پرسنلی', 'عکس گروهی',
      'تحقیق درباره خودکشی', 'تحقیقم درباره خودکشی', 'مقاله درباره خودکشی', 'پیشگیری از خودکشی', 'از خودکشی حرف {میزنه|میزد|زد}', 'خودکشی در نوجوانان', 'آمار خودکشی', 'امار خودکشی', 'به خودکشی فکر نکن', 'به خودکشی فکر نکنید', 'خودکشی نکن', 'خودکشی نکنید', 'هیچوقت خودکشی نکن', 'khodkoshi nakon',
    ] },
    { id: 'banter', categories: ['weapons-violence', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@trivial', '@threat'], window: 10 },
    { id: 'family', categories: ['grooming-cse'], scope: 'text', phrases: ['سورپرایز', 'سوپرایز', 'سورپرایزش', 'جشن تولد', 'پسرخالم', 'پسرعموم', 'پسر عمم', 'پسرداییم', 'دخترخالم', 'داداشم', 'آبجیم', 'ابجیم', 'خواهرم', 'بابابزرگم', 'مامان بزرگم', 'عمم', 'خالم'] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['پابجی', 'کالاف', 'کال آف دیوتی', 'فری فایر', 'فورتنایت', 'ماینکرفت', 'جی تی ای', 'کلش', 'کلش آف کلنز', 'استندآف', 'کانتر', 'بازی', 'گیم', 'تو بازی', 'سرور', 'اسکین', 'لول', 'bazi'] },
    { id: 'study', categories: 'all', scope: 'text', phrases: [
      'درس تاریخ', 'کتاب تاریخ', 'معلم تاریخ', 'امتحان تاریخ', 'تاریخ ایران', 'تاریخ معاصر', 'تحقیق', 'تحقیقم', 'مقاله', 'انشا', 'کنفرانس', 'پروژه', 'تکلیف', 'جنگ جهانی', 'جنگ جهانی دوم', 'جنگ جهانی اول', 'جنگ ایران و عراق', 'دفاع مقدس', 'هولوکاست', 'مغول', 'معنیش چیه', 'معنی کلمه', 'معنی این کلمه', 'به چه معنیه', 'ترجمه',
      'فیلم سینمایی', 'بازیگر', 'بازیگرش', 'کارگردان', 'سکانس', 'سریال', 'سریالش', 'رمان', 'داستان', 'کتاب', 'کتابش', 'شعر', 'آهنگ', 'اهنگ', 'انیمه', 'مستند', 'شخصیت', 'قسمت آخر', 'قسمت اول', 'قسمت بعد', 'قسمت جدید', 'ahang', 'dastan',
      'محرم', 'عاشورا', 'کربلا', 'امام حسین', 'شهدای', 'شهید', 'روضه', 'هیئت', 'نوحه', 'حافظ', 'مولانا', 'سعدی', 'فردوسی', 'شاهنامه', 'رستم', 'سهراب',
    ] },
    // news, health and help-seeking: not for grooming or bullying, which a child may tell beside a doctor or the police
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: [
      'خبر', 'اخبار', 'خبرگزاری', 'گزارش', 'به گزارش', 'روزنامه', 'پلیس', 'دستگیر', 'دستگیر شد', 'بازداشت', 'دادگاه', 'اعدام', 'کشته شد', 'کشته شدند', 'جان باخت', 'زخمی شدند', 'قربانیان', 'آمار', 'امار',
      'دکتر', 'دکترم', 'پزشک', 'روانشناس', 'روانپزشک', 'مشاور', 'مشاوره', 'مشاور مدرسه', 'بیمارستان', 'درمان', 'اورژانس', 'اورژانس اجتماعی', '۱۲۳', '123', 'صدای مشاور', 'خط کمک', 'چطور کمکش کنم', 'چطوری کمکش کنم', 'به دوستم کمک کنم', 'کمک به دوستم', 'پیشگیری', 'آگاهی', 'علائم', 'نشانه های', 'عوارض', 'ترک اعتیاد', 'کمپ ترک',
      'دوز مجاز', 'طبق دستور', 'هر ۸ ساعت', 'هر 8 ساعت', 'سردرد', 'تب',
    ] },
  ],
};
