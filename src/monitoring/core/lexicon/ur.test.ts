/**
 * Urdu (script) and Roman Urdu packs with their frames (`frames-south-asian.ts`): risky sentences
 * written for these tests in new wordings must alert in the right category; innocent sentences
 * with the same alarming words (news, lessons, idioms, sport, chores) must not.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Urdu script: risky texts alert', () => {
  expectAlerts('ur', [
    // a friend's warning signs, told by a worried peer
    ['میری کزن کہتی ہے وہ سب پر بوجھ ہے، مجھے بہت ڈر لگ رہا ہے', 4, 'suicide-self-harm'],
    ['اس نے اپنی ساری چیزیں بانٹ دیں اور کہا جلد ہی چلی جائے گی', 4, 'suicide-self-harm'],
    // grooming: an adult, flattery and "your family won't understand"
    ['وہ 26 سال کا ہے اور کہتا ہے تم بہت سمجھدار ہو، گھر والے نہیں سمجھیں گے', 4, 'grooming-cse'],
    // sextortion
    ['اس کے پاس میری ویڈیو ہے، کہتا ہے پیسے نہیں بھیجے تو گھر والوں کو بھیج دے گا', 4, 'grooming-cse'],
    // threats and weapons
    ['چھٹی کے بعد تیری ٹانگیں توڑ دوں گا', 4, 'weapons-violence'],
    ['میں اب جیب میں چھری رکھتا ہوں', 4, 'weapons-violence'],
    ['آج اس کا کام تمام کرنا ہے', 4, 'weapons-violence'],
    ['تجھے زندہ نہیں چھوڑوں گا', 4, 'weapons-violence'],
    // abuse at home
    ['ابو روز بیلٹ سے مارتے ہیں اور بازو پر نیلے نشان ہیں', 4, 'bullying-abuse'],
    // drugs
    ['کالج کے گیٹ پر ایک آدمی سستے میں گولیاں بیچتا ہے، میں نے بھی ٹرائی کی', 3, 'drugs'],
  ]);
});

describe('Roman Urdu: risky texts alert', () => {
  expectAlerts('ur-Latn', [
    ['meri dost ne kaha tum log jald hi meri shakal nahi dekhoge, mujhe bohat dar lag raha hai', 4, 'suicide-self-harm'],
    ['usne apni sari cheezen baant di aur kehti hai main sab pe bojh hoon', 4, 'suicide-self-harm'],
    ['woh kehta hai 1000 nahi bheje to meri pics family group mein daal dega', 4, 'grooming-cse'],
    ['online ek banda hai jo kehta hai ammi abbu nahi samjhenge, kisi ko na bataun, aur pics bhejo', 4, 'grooming-cse'],
    ['group wale kehte hain kafir hamare dushman hain, tum jaise naujawan chahiye, training hogi, ghar walon ko mat batana', 4, 'extremism'],
    ['kal gali mein mila to teri haddiyan tor dunga', 4, 'weapons-violence'],
    ['main apni hifazat ke liye bag mein chaku le kar jata hoon', 4, 'weapons-violence'],
    ['usko zinda nahi chhorunga, bas dekhna', 4, 'weapons-violence'],
    ['chacha thappar marte hain, belt se bhi, kamar pe neele nishan hain', 4, 'bullying-abuse'],
    ['school ke bahar ek larka saste mein charas bechta hai, maine pehli baar try kiya', 3, 'drugs'],
  ]);
});

describe('Urdu: innocent texts stay quiet', () => {
  expectNoAlerts('ur', [
    'حکومت نے کرکٹ کے دوران جوئے کے اشتہارات پر پابندی لگا دی، آپ کی کیا رائے ہے؟',
    'پولیس نے لاہور میں چرس کے دو اسمگلر گرفتار کر لیے',
    'اسلامیات کے لیکچر میں بتایا گیا کہ خودکشی حرام ہے اور مدد مانگنی چاہیے',
    'ہماری ٹیم نے مخالفین کو منہ توڑ جواب دیا',
    'امتحان کے لیے سر توڑ کوشش کر رہا ہوں',
    'امی نے کہا باورچی خانے میں چھری احتیاط سے استعمال کرو',
    'فٹبال میچ میں اس کی ٹانگ ٹوٹ گئی، دعا کریں',
    'ابو نے نیا بیلٹ خریدا، بہت اچھا لگ رہا ہے',
    'میری دوست کل چھٹیوں پر چلی جائے گی، میں اسے یاد کروں گی',
    'میں نے اپنی پرانی کتابیں بچوں میں بانٹ دیں',
  ]);
  expectNoAlerts('ur-Latn', [
    'islamiat ke lecture mein sir ne bataya ke khudkushi haraam hai, bohat acha laga',
    'police ne 5 kilo sharab baramad ki aur do smuggler giraftar kiye',
    'cricket mein pehli baar itni achi batting ki, sab ne try kiya',
    'ammi kehti hain homework nahi kiya to phone le lungi, kya karun',
    'meri video share karo guys, naya vlog aa gaya',
    'bhai ne naya belt liya aur ammi ne tareef ki',
    'football match mein uski taang toot gayi, dua karo',
    'mujhe dar lag raha hai kal exam hai, kya karun',
    'woh chhutiyon pe chali jaye gi, main usay miss karungi',
    'teacher ne kaha tum jaise mehnati students chahiye is project ke liye',
  ]);
});

// dev8 round: couriers, secret meetings, bystanders' bullying reports, blasphemy punishment, hidden
// starving, leaked videos asked for, party drugs, slurs with suffixes, sextortion with a price,
// Tamil sandhi, gang fights; and the innocent senses beside them (written for these tests).
describe('ur: dev8-round frames alert', () => {
  expectAlerts('ur', [
    ['یہ پڑیاں اسکول کے باہر والے لڑکوں کو دے آنا، نیا فون لے دوں گا، کسی کو بتانا نہیں ورنہ دیکھ لینا', 4, 'grooming-cse'],
    ['ٹیوشن کے بعد گاڑی لے کر گلی میں کھڑا ہوں گا، چپکے سے آ جانا اور امی کو نہ بتانا', 4, 'grooming-cse'],
    ['پوری کلاس اسے کالو کہہ کر چھیڑتی ہے اور ہر روز اس کا بستہ پھینک دیتے ہیں', 3, 'bullying-abuse'],
    ['گستاخوں کی ایک ہی سزا، سر تن سے جدا', 4, 'extremism'],
    ['کل اسکول چھری لے کر جاؤں گا، اس کو سبق سکھاؤں گا', 4, 'weapons-violence'],
  ]);
});

describe('ur: dev8-round innocent senses stay quiet', () => {
  expectNoAlerts('ur', [
    'کالج میں ذہنی صحت آگاہی ہفتہ ہے، خودکشی سے بچاؤ پر تقریر لکھنی ہے',
    'ڈرامے میں ہیرو نے ولن کو گولی مار دی',
    'آج کا سبق یاد کر لو، کل ٹیسٹ ہے',
  ]);
});
describe('ur-Latn: dev8-round frames alert', () => {
  expectAlerts('ur-Latn', [
    ['beta ye do puriyan market wale chacha ko pohancha dena, naya phone dunga. police puche to munh band rakhna', 4, 'grooming-cse'],
    ['ye parcel station pe de aana, 1000 tera, kisi ko shak nahi hoga warna dekh lena', 4, 'grooming-cse'],
    ['academy ke baad gaadi le ke peeche wali gali mein khara hunga, chupke se aa jana aur kisi ko mat batana', 4, 'grooming-cse'],
    ['puri class usay kaalu keh ke chherti hai aur har roz uska bag phenk dete hain', 3, 'bullying-abuse'],
    ['is motu ko group se nikal do sab, aur bolo doob ke mar jaye', 3, 'bullying-abuse'],
    ['gustakhon ki ek hi saza hai, sab tayyar raho', 4, 'extremism'],
    ['teen din se kuch nahi khaya aur ghar walon ko pata na chale is liye kamre mein rehti hoon', 4, 'suicide-self-harm'],
  ]);
});

describe('ur-Latn: dev8-round innocent senses stay quiet', () => {
  expectNoAlerts('ur-Latn', [
    'ammi ne kaha ye packet khala ko de aana, raste mein ruk na jana',
    'film mein police ne chor ko goli maar di, bohat acha climax tha',
    'school ke baad gaadi le ke aaunga, seedha ghar chalenge',
    'sari class ne milkar teacher ke liye card banaya, har roz practice ki',
    'roza tha is liye din bhar kuch nahi khaya, iftar pe sab mile',
  ]);
});
