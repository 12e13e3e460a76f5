/**
 * Arabic packs (`ar.ts`): Arabic script across MSA and the dialects pupils write (Levantine,
 * Egyptian, Gulf, Maghrebi), and Arabizi. Risky texts must alert in their category; innocent texts
 * with alarming words (idioms, cooking, games, history, help-seeking) and Urdu texts that share
 * the script must not. Sentences were written independently of the pack's phrase lists.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Arabic script: risky texts alert', () => {
  expectAlerts('ar', [
    ['والله تعبت من كل شي بدي انتحر الليلة', 5, 'suicide-self-harm'],
    ['أريد أن أموت ولا أحد يهتم', 5, 'suicide-self-harm'],
    ['عايزة اموت بجد مش قادرة', 5, 'suicide-self-harm'],
    ['ابغى اموت وارتاح من هالدنيا', 5, 'suicide-self-harm'],
    ['كيف انتحر بدون ما احس بألم', 5, 'suicide-self-harm'],
    ['ما هي أسهل طريقة للانتحار', 4, 'suicide-self-harm'],
    ['بفكر اقتل نفسي كل يوم', 5, 'suicide-self-harm'],
    ['رح اشنق حالي بكرة', 5, 'suicide-self-harm'],
    ['كم حبة بنادول لازم اخذ عشان اموت', 5, 'suicide-self-harm'],
    ['مش عايز اعيش تاني خلاص', 5, 'suicide-self-harm'],
    ['بغيت نموت ما بقيتش قادر', 5, 'suicide-self-harm'],
    ['ودي انتحر والله', 5, 'suicide-self-harm'],
    ['أُرِيدُ أَنْ أَنْتَحِرَ', 5, 'suicide-self-harm'],
    ['هذه رسالتي الأخيرة سامحوني', 4, 'suicide-self-harm'],
    ['صرت اجرح حالي بالشفرة وما حدا بيعرف', 4, 'suicide-self-harm'],
    ['كيف اخبي الجروح اللي على ايدي عن امي', 4, 'suicide-self-harm'],
    ['بطلت اكل من اسبوع عشان انحف', 4, 'suicide-self-harm'],
    ['انا عبء على اهلي والكل احسن بدوني', 3, 'suicide-self-harm'],
    ['قالي لا تقولي لأهلك عن كلامنا', 4, 'grooming-cse'],
    ['واحد كبير من اللعبة بيطلب صوري وبيشحنلي شدات', 4, 'grooming-cse'],
    ['ابعتيلي صورة وانتي بالبيجاما', 4, 'grooming-cse'],
    ['اقلعي هدومك قدام الكاميرا', 5, 'grooming-cse'],
    ['رح انشر صورك لأهلك إذا ما بعتيلي كمان', 5, 'grooming-cse'],
    ['في واحد عم يبتزني بصوري شو اعمل', 5, 'grooming-cse'],
    ['انتي لحالك بالبيت هلق؟', 4, 'grooming-cse'],
    ['عمره 28 وانا عمري 13 وبدو يقابلني', 4, 'grooming-cse'],
    ['البنات في الصف كلهم يتنمرون علي كل يوم', 3, 'bullying-abuse'],
    ['روح انتحر احسن لك ما حدا بيحبك', 4, 'bullying-abuse'],
    ['يا شرموطة الكل بيعرف شو عملتي', 3, 'bullying-abuse'],
    ['ابوي يضربني بالحزام كل ما يرجع سكران', 4, 'bullying-abuse'],
    ['زوج امي بيلمسني بالليل وانا خايفة', 4, 'bullying-abuse'],
    ['بدي انضم للدولة الاسلامية وين القى حد يساعدني', 4, 'extremism'],
    ['الدولة الإسلامية باقية وتتمدد', 4, 'extremism'],
    ['البغدادي بطل والله ينصرهم', 4, 'extremism'],
    ['نفسي استشهد بحزام ناسف', 4, 'extremism'],
    ['لازم نقتل الكفار كلهم', 4, 'extremism'],
    ['هتلر كان على حق باللي عمله', 4, 'extremism'],
    ['الشيعة كلاب وما يستاهلوا يعيشوا', 3, 'hate-discrimination'],
    ['اللاجئين السوريين حثالة لازم يطلعوا من بلدنا', 3, 'hate-discrimination'],
    ['وين اشتري حشيش بالرياض', 3, 'drugs'],
    ['بدي جرب كبتاغون مين بيبيع', 3, 'drugs'],
    ['بكرة رح اجيب سكين عالمدرسة واطعنه', 5, 'weapons-violence'],
    ['كيف اصنع قنبلة في البيت', 5, 'weapons-violence'],
    ['والله لأقتلك بالسكين بعد المدرسة', 4, 'weapons-violence'],
    ['رح اطخ الكل بالمدرسة', 5, 'weapons-violence'],
    ['من وين اشتري مسدس بدون ترخيص', 4, 'weapons-violence'],
    ['خسرت كل فلوسي في المراهنات وانا عمري 15', 3, 'gambling'],
    ['بلعب قمار اونلاين ببطاقة ابوي', 3, 'gambling'],
    ['ابي افلام سكس', 3, 'sexual'],
  ]);
});

describe('Arabic script: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('ar', [
    'هموت من الضحك على الفيديو ده',
    'بموت فيك يا حبيبي',
    'امي رح تقتلني اذا شافت العلامة',
    'متت من الجوع بدي اكل',
    'الفيلم كان قنبلة بجد',
    'كيف اعمل قنبلة الشوكولاتة للعيد',
    'قنابل الاستحمام هدية حلوة',
    'درس التاريخ عن الحرب العالمية الثانية والقنبلة الذرية',
    'قتلت خمسة في ببجي اليوم',
    'الانتحار حرام في الاسلام ما حكم المنتحر',
    'كيف اساعد صديقي اللي يفكر بالانتحار',
    'الدكتور قال لازم اخذ حبتين بنادول بعد الاكل',
    'قطعت البصل بالسكين وجرحت اصبعي',
    'بدي موت من التعب بعد التمرين',
    'الملل رح يقتلني بالحصة',
    'تعالي لعندي نعمل الواجب سوا',
    'ابعتيلي صورة الجدول',
    'ما تقولي لماما عن حفلة عيد ميلادها هي مفاجأة',
    'اشتريت سكين مطبخ جديدة من المول',
    'خبر عاجل: مقتل ثلاثة في تفجير بالعراق',
    'داعش تنظيم إرهابي قتل الكثير من الأبرياء',
    'هتلر كان ديكتاتور سبب الحرب العالمية الثانية',
    'المعلم طلب بحث عن الجهاد في التاريخ الاسلامي',
    'بكرة عندي امتحان رح اموت',
    'ميت جوع شو في عشا',
    'عيونها تقتل والله',
    'نفسي انام بدري اليوم',
    'سكين الزبدة وين حطيتها',
    'الحر قاتل اليوم بالرياض',
    'المسلسل فيه مشهد انتحار حزين',
    'حبوب منع الحمل لها اضرار',
    'البنادول يقتل الصداع بسرعة',
    'رحت الجامع صليت الجمعة',
    'ابوي رح يذبحني اذا عرف اني خسرت الجوال',
    'صورة جماعية للصف في الرحلة',
    'كم عمرك يا جدتي؟ الله يطول عمرك',
    'راح اموت من الحماس للماتش',
    'فطست من الضحك على النكتة',
    'ما تقولي لحدا بس انا معجبة فيه',
    'الحبة السوداء شفاء من كل داء الا الموت',
    'الهجرة النبوية وقيام دولة المدينة والخلافة الراشدة',
    'القاعدة في درس النحو صعبة',
  ]);
});

describe('Urdu texts that share the script do not read as Arabic', () => {
  expectNoAlerts('ar', [
    'میں نے آج سکینہ کو سکول میں دیکھا',
    'کس نے کہا کہ نیک لوگ موت سے نہیں ڈرتے',
    'ہر فرد کا فرض ہے کہ قانون کی پابندی کرے',
    'شہید کی قربانی کو سلام',
    'سر میں درد ہے آج',
    'کل ہم موتی خریدنے گئے',
  ]);
});

describe('Arabizi: risky texts alert', () => {
  expectAlerts('ar', [
    ['ana bade ente7er khalas', 5, 'suicide-self-harm'],
    ['3ayez amoot bgad', 5, 'suicide-self-harm'],
    ['ra7 a2tol 7ali el leile', 5, 'suicide-self-harm'],
    ['kif ente7er bdoon wja3', 5, 'suicide-self-harm'],
    ['mesh 3ayez a3eesh tani', 5, 'suicide-self-harm'],
    ['bjara7 7ali kel yom', 4, 'suicide-self-harm'],
    ['bdi moot wallah t3bt', 5, 'suicide-self-harm'],
    ['ma t2oli la ahlik 3an kalamna', 4, 'grooming-cse'],
    ['ib3atili sora bel pyjama', 4, 'grooming-cse'],
    ['e2la3i hdoomek odam el cam', 5, 'grooming-cse'],
    ['hafda7ek w anshor sowarek la ahlek', 5, 'grooming-cse'],
    ['ha2tlak bel sekkin bukra', 4, 'weapons-violence'],
    ['ra7 jib msaddas 3al madrase', 5, 'weapons-violence'],
    ['kif a3mel 2onbole bel beit', 5, 'weapons-violence'],
    ['bade endam la daesh', 4, 'extremism'],
    ['wen ashtri 7ashish', 3, 'drugs'],
    ['roo7 mout a7sanlak', 4, 'bullying-abuse'],
    ['kolhom byetnamaro 3alaya fel madrase', 3, 'bullying-abuse'],
    ['baba biyodrobni kol yom', 4, 'bullying-abuse'],
    ['khsert kol masari fel mourahanat', 3, 'gambling'],
    ['ya sharmouta', 3, 'bullying-abuse'],
  ]);
});

describe('Arabizi: innocent texts do not alert', () => {
  expectNoAlerts('ar', [
    'hamoot mn el d7k',
    'bamoot feeki ya albi',
    'mama ra7 t2tolni law 3erfet',
    'el film kan 2onbole',
    'a2tol el wa2t bel pubg',
    'mayet mn el ju3 wallah',
    'el wajeb 3an el tarikh',
    'habibi wen ento',
    'mish 3ayez aroo7 el madrase el yom',
    'bade nam bakkir el yom',
    'ya3ni el match kan nar',
    'wallah mayta mn el ta3ab',
    'kifak ya zalame shu 3am ta3mel',
    'ba7eb el ghenye di awi',
    'el dars 3an el 7arb el 3alamiya',
    'a2ta3 el basal bel sekkin',
    'msh 3arfa a7el el wajeb',
    'mafi shi el yom ba3d el madrase',
    'inshallah bukra a7san',
    'yalla bye habibti',
  ]);
});

describe('Arabic script: more wordings (dialects, prefixes) alert', () => {
  expectAlerts('ar', [
    ["خلاص ما عاد فيني كمل بدي اخلص من حياتي", 4, 'suicide-self-harm'],
    ["نفسي اموت وارتاح من كل شي", 5, 'suicide-self-harm'],
    ["انا قررت انهي حياتي الاسبوع الجاي", 5, 'suicide-self-harm'],
    ["افضل طريقة للموت بدون ألم؟", 5, 'suicide-self-harm'],
    ["شو الحبوب اللي بتموت بسرعة", 5, 'suicide-self-harm'],
    ["هنتحر النهارده", 5, 'suicide-self-harm'],
    ["كنت بفكر ارمي نفسي من البلكونة", 5, 'suicide-self-harm'],
    ["عم قص ايدي بالموس كل ليلة", 4, 'suicide-self-harm'],
    ["بعد ما اكل بستفرغ كل مرة", 4, 'suicide-self-harm'],
    ["يا ريتني ما انولدت", 3, 'suicide-self-harm'],
    ["رسالة وداع لعيلتي", 4, 'suicide-self-harm'],
    ["شخص من الانستا بيقولي انتي ناضجة وبدو صوري", 4, 'grooming-cse'],
    ["واحد عمره 30 بيقولي تعالي لحالك للشقة", 4, 'grooming-cse'],
    ["قال لي امسحي المحادثة بعد ما تقري", 4, 'grooming-cse'],
    ["بيهددني ينشر صوري اذا ما بعتله كمان", 5, 'grooming-cse'],
    ["كم عمرك؟ انتي لوحدك بالبيت؟ ابعتيلي صورة", 4, 'grooming-cse'],
    ["افتحي الكام وانتي بالبيجاما", 4, 'grooming-cse'],
    ["عملوا قروب عشان يتريقوا عليا", 3, 'bullying-abuse'],
    ["انت فاشل وما حدا بيحبك روح موت", 4, 'bullying-abuse'],
    ["كيف اوصل للدولة الاسلامية", 4, 'extremism'],
    ["الانغماسيين ابطال", 4, 'extremism'],
    ["بدي اعمل عملية في الكنيسة", 4, 'extremism'],
    ["اليهود لازم يموتوا", 4, 'extremism'],
    ["جربت حشيش مع صحابي", 3, 'drugs'],
    ["بكرة جايب مسدس للمدرسة", 5, 'weapons-violence'],
    ["رح اذبح الاستاذ بكرة", 4, 'weapons-violence'],
    ["كيف اعمل مولوتوف", 5, 'weapons-violence'],
    ["ادمنت المراهنات وعمري ١٤", 3, 'gambling'],
  ]);
});

describe('Arabic script: everyday chat does not alert', () => {
  expectNoAlerts('ar', [
    "صباح الخير شو عندكم اليوم بالمدرسة",
    "ماما بدي روح عند صاحبتي بعد المدرسة",
    "بدي اموت على هالاغنية بتجنن",
    "تعبت اليوم كتير بالتمرين",
    "امي زعلانة مني لاني ما رتبت غرفتي",
    "كم عمرك انت؟ انا 14",
    "نفسي اسافر تركيا الصيف",
    "قتلتني بالنكتة هههه",
    "يلا نتقابل بالمول الساعة 5",
    "انا لحالي بالبيت وزهقانة حد يكلمني",
    "صورتك حلوة يا قمر",
    "امسحي الصورة هاي شكلي فيها بشع",
    "الدكتور كتبلي حبوب للحساسية",
    "ابي اشتري سكين تقطيع للمطبخ",
    "قريت خبر عن انفجار بمرفأ بيروت",
    "كيف اعمل كيكة بدون فرن",
    "الله يرحم جدي كان انسان طيب",
    "صايمة اليوم ما اكلت شي",
    "ولد عمي عمره 20 وانا عمري 13 وهو بيساعدني بالرياضيات",
    "ما تقولي لحدا بس انا ناجحة بالامتحان",
    "روح نام احسن لك",
    "بدي اقتل حالي من الضحك",
  ]);
});

describe('Arabizi: more wordings alert', () => {
  expectAlerts('ar', [
    ["bdi ente7er w khalas", 5, 'suicide-self-harm'],
    ["abgha amoot wallah", 5, 'suicide-self-harm'],
    ["bafakar a2tol nafsi", 5, 'suicide-self-harm'],
    ["kam 7abbet panadol bymawto", 5, 'suicide-self-harm'],
    ["wa7ed mn el game byotlob sowari", 4, 'grooming-cse'],
    ["ra7 afda7ek w anshor sowarek", 5, 'grooming-cse'],
    ["enti lwa7dek fel beit hala2?", 4, 'grooming-cse'],
    ["bade aroo7 ajahed ma3 daesh", 4, 'extremism'],
    ["3amalo group 3ashan yet2ahazo 3alaya", 3, 'bullying-abuse'],
    ["wallah la2tlak", 4, 'weapons-violence'],
  ]);
});

describe('Arabic and Arabizi: disguised spellings still alert', () => {
  expectAlerts('ar', [
    ['بدي ا ن ت ح ر', 5, 'suicide-self-harm'],
    ['بديييي انتحررر', 5, 'suicide-self-harm'],
    ['بدي\u200c انتحر', 5, 'suicide-self-harm'],
    ['ana bde ente7eeer', 5, 'suicide-self-harm'],
    ['ANA 3AYEZ AMOOT', 5, 'suicide-self-harm'],
  ]);
});

describe('Arabic and Arabizi: dev8 round (sextortion told by the child, paid "deliveries")', () => {
  expectAlerts('ar', [
    ['wallah fi wa7ed ma3o sowari w bi2ol law ma dafa3t ra7 yfda7ni', 5, 'grooming-cse'],
    ['3ando sowari w bi2ol iza ma ba3atlo masari bynsherha 3al insta', 5, 'grooming-cse'],
    ['واحد معه صوري بيقول اذا ما دفعت رح يفضحني ويبعتها لاهلي', 5, 'grooming-cse'],
    ['مطلوب شباب من عمر 14 لتوصيل طلبيات، 500 باليوم كاش، بدون أسئلة', 4, 'grooming-cse'],
    ['bade shabab tawsil aghrad, 500 cash kol yom, bala as2ile, 7aki 3al 5as', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('ar', [
    'wallah iza ma 3eddelt el video ra7 nsherha bukra 3al insta',
    'iza ma ba3tetli el sowar bukra ra7 ezal menak habibi',
    'اشتغلت مندوب توصيل بالصيف، كانوا يدفعوا كاش',
    'اذا ما خلصت الواجب رح انشر الفيديو بكرة',
  ]);
});
