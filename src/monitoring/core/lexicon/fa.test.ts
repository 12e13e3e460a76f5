/**
 * Persian pack (`fa.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (sympathy idioms, cooking, games, football, history, news, help-seeking) must not.
 * Sentences were written apart from the pack's phrase lists, in Persian script (spoken and
 * written register, with and without the zero-width non-joiner, Arabic-keyboard letters) and
 * in Finglish.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Persian: risky texts alert', () => {
  expectAlerts('fa', [
    // tuned on dev7: general gaps (own wordings)
    ["فردا صبح میرم پشت بوم، نامه‌مو گذاشتم، مامان منو ببخش", 4, 'suicide-self-harm'],
    ["معلم خصوصیم وقتی تنهاییم لمسم میکنه", 4, 'grooming-cse'],
    ["daeem har dafe miad khunemun behem dast mizane", 4, 'grooming-cse'],
    ["فیلمای داعش رو میخوام تو گروه مدرسه پخش کنم", 4, 'extremism'],
    ["ba chaghoo miaim madrese, hame ro mikoshimesh", 5, 'weapons-violence'],
    ["کسی شیشه داری؟ فوری", 3, 'drugs'],
    ['دیگه واقعا میخوام بمیرم', 5, 'suicide-self-harm'],
    ['می‌خواهم بمیرم، هیچ‌کس منو نمی‌فهمه', 5, 'suicide-self-harm'],
    ['امشب خودمو میکشم', 5, 'suicide-self-harm'],
    ['تصمیم گرفتم خودکشی کنم', 5, 'suicide-self-harm'],
    ['چطوری خودکشی کنم که درد نداشته باشه', 5, 'suicide-self-harm'],
    ['چندتا قرص استامینوفن بخورم میمیرم؟', 5, 'suicide-self-harm'],
    ['كاش مرده بودم', 5, 'suicide-self-harm'],
    ['دیگه نمیخوام زنده باشم', 4, 'suicide-self-harm'],
    ['میخوام از پل بپرم', 5, 'suicide-self-harm'],
    ['بدون من همه راحت ترن', 4, 'suicide-self-harm'],
    ['دوباره دستمو تیغ زدم', 4, 'suicide-self-harm'],
    ['جای زخمامو چطوری از مامانم قایم کنم', 4, 'suicide-self-harm'],
    ['mikham bemiram dige', 5, 'suicide-self-harm'],
    ['emshab khodamo mikosham', 5, 'suicide-self-harm'],
    ['dige nemikham zende basham', 4, 'suicide-self-harm'],
    ['به مامانت نگو باشه؟ بین خودمون بمونه', 4, 'grooming-cse'],
    ['یه عکس لختی بفرست برام', 5, 'grooming-cse'],
    ['اگه پول نریزی عکساتو برای همه میفرستم', 5, 'grooming-cse'],
    ['یه مرد تو اینستا هی عکسمو میخواد', 4, 'grooming-cse'],
    ['من ۱۳ سالمه اون ۲۷ سالشه', 4, 'grooming-cse'],
    ['چند سالته؟ تنها خونه ای الان؟ بیا پی وی', 4, 'grooming-cse'],
    ['be mamanet nagu bashe', 4, 'grooming-cse'],
    ['برو خودتو بکش هیچکس دوستت نداره', 4, 'bullying-abuse'],
    ['بچه های کلاس همش مسخرم میکنن', 3, 'bullying-abuse'],
    ['بابام هر شب کتکم میزنه', 4, 'bullying-abuse'],
    ['boro bemir', 4, 'bullying-abuse'],
    ['میخوام به داعش بپیوندم', 4, 'extremism'],
    ['طالبان حق داشت، دمش گرم', 4, 'extremism'],
    ['کافرا رو باید کشت همشونو', 4, 'extremism'],
    ['افغانیا کثیفن باید برن', 3, 'hate-discrimination'],
    ['عرب سوسمارخور', 3, 'hate-discrimination'],
    ['علف از کجا گیر بیارم تو تهران', 3, 'drugs'],
    ['دیشب شیشه کشیدم', 3, 'drugs'],
    ['فردا چاقو میارم مدرسه', 5, 'weapons-violence'],
    ['به خدا میکشمت صبر کن', 4, 'weapons-violence'],
    ['چجوری بمب دست ساز درست کنیم', 5, 'weapons-violence'],
    ['سرتو میبرم فردا', 4, 'weapons-violence'],
    ['تو بازی انفجار همه پولمو باختم', 3, 'gambling'],
    ['با کارت بابام تو سایت شرط بندی بازی کردم', 3, 'gambling'],
    ['فیلم سوپر دانلود', 3, 'sexual'],
    ['chetori khodkoshi konam', 5, 'suicide-self-harm'],
  ]);
});

describe('Persian: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('fa', [
    // tuned on dev7: innocent neighbours of the new rules
    "کسی گل رز برای تولد مامانم داره بفروشه؟ نه شیشه ای",
    "عموم بهم دست داد و تبریک گفت",
    "امشب رفتیم پشت بوم ستاره ها رو دیدیم، خیلی قشنگ بود",
    'الهی بمیرم برات، چقدر سختی کشیدی',
    'بمیرم براش بچه م مریض شده',
    'از خنده مردم با این ویدیو',
    'دارم از گشنگی میمیرم کی شام میدین',
    'اگه به خوراکیام دست بزنی میکشمت',
    'مامانم منو میکشه اگه نمره ام بد بشه',
    'سیگار میکشم ولی میخوام ترک کنم',
    'نقاشی گل کشیدم برای روز مادر',
    'با چاقو پیاز خرد کن بعد بریز تو تابه',
    'دستم با چاقو برید موقع آشپزی',
    'مسی یه گل زد عالی',
    'تو پابجی با قمه همه رو زدم',
    'تو کالاف اسلحه جدید گرفتم',
    'این آهنگ بمب انرژیه',
    'درس تاریخ امروز درباره جنگ جهانی دوم و بمب اتم بود',
    'تحقیقم درباره خودکشی در نوجوانان برای کلاس روانشناسی',
    'به گزارش خبرگزاری، پلیس باند قاچاق مواد مخدر را دستگیر کرد',
    'دوستم از خودکشی حرف میزنه، چطوری کمکش کنم؟',
    'به کسی نگو، سورپرایز تولد مامانه',
    'عکس کلاسی امروز رو تو گروه گذاشتن',
    'شیشه پنجره شکست',
    'مواد لازم برای کیک: آرد، شکر، تخم مرغ',
    'خودکشی نکن، همیشه راهی هست',
    'هرگز به خودکشی فکر نکن',
    'مرگ موش برای موشای انباری خریدیم',
    'سم پاشی خونه رو کردیم سوسک ها مردن',
    'فیلم جوکر رو دیدم، شخصیتش خیلی ترسناک بود',
    'ساقی در شعر حافظ یعنی چی؟',
    'قرص سرماخوردگی هر 8 ساعت یکی بخور',
    'فردا امتحان دارم، خستم',
    'این بازی خیلی سخته دارم میمیرم',
    'mordam az khande',
    'elahi bemiram barat',
    'mamanam mano mikoshe age befahme',
    'دیروز با بچه ها رفتیم پل طبیعت خیلی خوش گذشت',
    'آخر هفته با خانواده رفتیم شمال',
    'مهاجم تیم حمله کرد و شوت زد',
    'پسرخالم ۲۰ سالشه من ۱۴ سالمه، با هم فوتبال بازی میکنیم',
    'در محرم روضه امام حسین میریم',
    'سریال رو دیدی؟ آخرش همه مردن',
    'این کتاب درباره جنگ ایران و عراقه',
  ]);
});

// Gaps found on dev8's tune half (wordings written here, not copied from it): throwing oneself
// from a height in any word order and in Finglish, wiping a group off the earth, a father's
// beating told at length, a meeting the child must hide.
describe('Persian: dev8 wordings', () => {
  expectAlerts('fa', [
    ['هر روز فکر میکنم خودمو از بالای ساختمون پرت کنم', 5, 'suicide-self-harm'],
    ['mikham khodamo jeloye ghatar bendazam', 5, 'suicide-self-harm'],
    ['kash mishod emshab khodamo az poshte bom part konam', 5, 'suicide-self-harm'],
    ['یهودیا رو باید از روی زمین پاک کرد', 4, 'extremism'],
    ['ناپدریم هر وقت عصبانی میشه با شلنگ میفته به جونم و میزنتم', 4, 'bullying-abuse'],
    ['بعد مدرسه بیا سر کوچه، گوشیتو خاموش کن و به مامانت نگو', 4, 'grooming-cse'],
    ['بچه های کلاس ازم فیلم گرفتن و بهم میخندن', 3, 'bullying-abuse'],
    ['روزی 200 کالری میخورم، باید 4 کیلو دیگه کم کنم', 4, 'suicide-self-harm'],
    ['یکی تو بازی برام جم میخره، گفت به مامانم نگم، حالا میگه عکس بفرستم', 4, 'grooming-cse'],
    ['قرصا آمادست. فردا صبح. دنبالم نگردید', 4, 'suicide-self-harm'],
  ]);
  expectNoAlerts('fa', [
    'گوشیمو از پنجره پرت کردم پایین، شکست',
    'بیا سر کوچه منتظرتم، به کسی نگو که سورپرایز تولد داداشمه',
    'بابام امروز با ماشین منو برد مدرسه',
    'khodamo az ruye jub part kardam, pam pichid',
    'این کیک شکلاتی 400 کالری داره',
    'تو فیلم سینمایی دیشب بازیگرش به اون یکی گفت میکشمت بخدا',
  ]);
});
