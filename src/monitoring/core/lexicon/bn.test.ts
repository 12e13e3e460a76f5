/**
 * Bengali pack (`bn`, Bengali script and romanised Bengali) with the built-in lexicon: risky
 * sentences in varied wordings must alert in their category, innocent ones that use the same
 * alarming words (idioms, pests, news, history lessons) must not. Sentences were written for
 * these tests, not copied from the pack.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('bn: risky sentences alert', () => {
  expectAlerts('bn', [
    ['আমি আর বাঁচতে চাই না, সব শেষ', 4, 'suicide-self-harm'],
    ['আমার খুব মরে যেতে ইচ্ছে করে', 4, 'suicide-self-harm'],
    ['আমি সত্যি মরতে চাই', 4, 'suicide-self-harm'],
    ['আত্মহত্যা করার সহজ উপায় কি', 5, 'suicide-self-harm'],
    ['কিভাবে আত্মহত্যা করলে ব্যথা লাগে না', 5, 'suicide-self-harm'],
    ['কতগুলো ঘুমের ওষুধ খেলে মরে যাব', 5, 'suicide-self-harm'],
    ['আজ রাতে গলায় দড়ি দেব', 4, 'suicide-self-harm'],
    ['কাল ছাদ থেকে লাফ দেব', 4, 'suicide-self-harm'],
    ['আমি না থাকলে সবাই ভালো থাকবে', 4, 'suicide-self-harm'],
    ['এটাই আমার শেষ মেসেজ, সবাই আমাকে ক্ষমা করে দিও', 4, 'suicide-self-harm'],
    ['প্রতিদিন ব্লেড দিয়ে হাত কাটি', 4, 'suicide-self-harm'],
    ['হাতের কাটার দাগ মায়ের থেকে কিভাবে লুকাব', 4, 'suicide-self-harm'],
    ['নিজেকে মেরে ফেলব আজ', 5, 'suicide-self-harm'],
    ['বিষ খেয়ে মরব', 5, 'suicide-self-harm'],
    ['ami morte chai ar parchi na', 4, 'suicide-self-harm'],
    ['atmohotta korbo ajke', 4, 'suicide-self-harm'],
    ['কাউকে বলবে না, তোমার একটা ছবি পাঠাও', 4, 'grooming-cse'],
    ['একটা আংকেল ফেসবুকে পরিচয়, এখন ছবি চাইছে', 4, 'grooming-cse'],
    ['ওর বয়স 26 বছর আর আমার বয়স 13', 4, 'grooming-cse'],
    ['জামা খুলে ভিডিও কলে আসো', 4, 'grooming-cse'],
    ['টাকা না দিলে তোর ছবি সবাইকে পাঠিয়ে দেব', 5, 'grooming-cse'],
    ['তুমি কি বাসায় একা? বিকাশে টাকা পাঠাব', 4, 'grooming-cse'],
    ['নগ্ন ছবি পাঠাও না প্লিজ', 4, 'grooming-cse'],
    ['baba ma ke bolo na, tomar chobi pathao', 4, 'grooming-cse'],
    ['কাল স্কুলে ব্যাগে করে ছুরি নিয়ে যাব', 4, 'weapons-violence'],
    ['তোকে মেরে ফেলব কাল', 5, 'weapons-violence'],
    ['পিস্তল কোথায় পাব ঢাকায়', 4, 'weapons-violence'],
    ['ঘরে বোমা কিভাবে বানায়', 5, 'weapons-violence'],
    ['সবাইকে গুলি করব স্কুলে', 5, 'weapons-violence'],
    ['toke mere felbo dekhis', 5, 'weapons-violence'],
    ['জিহাদে যোগ দিতে চাই', 4, 'extremism'],
    ['আইএসে যোগ দেব ভাবছি', 4, 'extremism'],
    ['নাস্তিকদের মারো সব', 4, 'extremism'],
    ['মন্দিরে হামলা করা উচিত', 4, 'extremism'],
    ['মালাউন গুলো দেশ ছাড়া করো', 3, 'hate-discrimination'],
    ['ক্লাসের ছেলেরা আমাকে নিয়ে হাসাহাসি করে আর ধাক্কা দেয়', 3, 'bullying-abuse'],
    ['বাবা মদ খেয়ে মাকে আর আমাকে মারে', 3, 'bullying-abuse'],
    ['তুই মরে যা, কেউ তোকে পছন্দ করে না', 3, 'bullying-abuse'],
    ['ইয়াবা কোথায় পাওয়া যায়', 3, 'drugs'],
    ['গাঁজা খাব আজ রাতে, কোথায় পাব', 3, 'drugs'],
    ['অনলাইন জুয়া খেলে সব টাকা হেরে গেছি', 3, 'gambling'],
    ['বাংলা চটি গল্প পড়তে চাই', 3, 'sexual'],
  ]);
});

describe('bn: innocent sentences with alarming words stay quiet', () => {
  expectNoAlerts('bn', [
    'হাসতে হাসতে মরে গেলাম ভিডিওটা দেখে',
    'গরমে মরে যাচ্ছি আজ',
    'খিদেয় মরে যাচ্ছি, খাবার কখন হবে',
    'মশা মারার ভালো স্প্রে কোনটা',
    'ইঁদুর মারার বিষ কোথায় পাওয়া যায়',
    'মাথা ব্যথার ওষুধ কতবার খাওয়া যায়',
    'মুক্তিযুদ্ধের ইতিহাস রচনা লিখতে হবে',
    'একাত্তরে পাকিস্তানি সেনারা অনেক মানুষ মেরেছিল, পরীক্ষার প্রশ্ন',
    'আত্মহত্যা প্রতিরোধ দিবস কবে',
    'বন্ধুকে কিভাবে সাহায্য করব যে আত্মহত্যার কথা বলে',
    'আমি মরতে চাই না, শুধু একটু ঘুমাতে চাই',
    'প্রশ্নপত্র ফাঁস হয়েছে শুনলাম',
    'কলকাতায় বেড়াতে যাব',
    'বোন বমি করছে, কিভাবে থামাব',
    'বানান ভুল হয়েছে খাতায়',
    'গাজার খবর দেখলাম আজ',
    'চার জন বন্ধু আসবে',
    'পাশে বসো আমার',
    'কত টাকা লাগবে টিকিটে',
    'বাকি কথা পরে বলব',
    'আপনার বাবা মাকে বলুন',
    'নায়িকা খুব সুন্দর হিরোইন',
    'কোন স্কুলে পড়ো তুমি',
    'জয় বাংলা',
    'আমরা কাল মেলায় যাব',
    'মায়ের জন্মদিনের সারপ্রাইজ, কাউকে বলবে না',
    'ফ্রি ফায়ার গেম খেলি, বন্দুক দিয়ে',
    'আইসক্রিম কিনব',
    'ভাপা পিঠা কিনব শীতে',
    'কোচিংয়ে আজ পরীক্ষা',
    'আমার বোনের বিয়ে',
    'বৃষ্টিতে ভিজে গেলাম',
    'বাংলা সিনেমাটা দারুণ ছিল',
    'আমাদের স্কুলের পিকনিক কাল',
    'ami kal school e jabo na',
    'hashte hashte more gelam',
    'tomar jonno morte pari',
    'mosha marar spray',
    'ফুটবল খেলায় জিতে গেছি',
    'সেতু থেকে নদী দেখা যায়',
    'মা আমাকে খুব ভালোবাসে',
    'বাসায় একা আছি, মা বাজারে গেছে',
  ]);
});

describe('bn: generalisation frames catch new wordings', () => {
  expectAlerts('bn', [
    ['আর পারছি না, সব শেষ করে দেব, মা আমাকে ক্ষমা করে দিও', 4, 'suicide-self-harm'],
    ['সব রেডি, আজ রাতে সবকিছু শেষ করে দেব', 4, 'suicide-self-harm'],
    ['কারো কিছু যায় আসে না, আমি চিরদিনের জন্য চলে যাব', 4, 'suicide-self-harm'],
    ['ar parchi na, sob shesh kore dibo', 4, 'suicide-self-harm'],
    ['আবার হাত কেটেছি, আম্মুর থেকে লুকাতে হবে', 4, 'suicide-self-harm'],
    ['কোচিংয়ের স্যার গভীর রাতে মেসেজ দেয়, বলে তুমি স্পেশাল, বাসায় না বলতে', 4, 'grooming-cse'],
    ['একটা লোক গেমে ডায়মন্ড দেয়, এখন একা আসতে বলেছে', 4, 'grooming-cse'],
    ['বয়স তো শুধু একটা সংখ্যা, রাতে ভিডিও কল এ আসো', 4, 'grooming-cse'],
    ['ek uncle gift dey, ekhon dekha korte chay, basay na bolte boleche', 4, 'grooming-cse'],
    ['অস্ত্র হাতে নাও ভাইয়েরা, ওদের দেশ থেকে বের করে দাও', 4, 'extremism'],
    ['জিহাদ করা ফরজ, আমাদের দলে যোগ দাও', 4, 'extremism'],
    ['ওই ছেলেটাকে মেরে ফেলব আমি', 4, 'weapons-violence'],
    ['কাল ছুরি নিয়ে যাব, ওকে ছাড়ব না', 4, 'weapons-violence'],
    ['১৬ বছর বয়সে অনলাইন বেটিং করা যায়?', 3, 'gambling'],
    ['আমার বয়স 14, বেটিং অ্যাপে টাকা লাগাতে চাই, 14 বছর', 3, 'gambling'],
  ]);
  expectNoAlerts('bn', [
    'আজ রাতে সব হোমওয়ার্ক শেষ করে ফেলব',
    'আর পারছি না, অংক খুব কঠিন',
    'আমার বান্ধবী বলে সে মরতে চায়, কাকে বলব',
    'আমার বন্ধু নিজেকে কাটে, কি করব',
    'স্যার রাতে মেসেজ দিয়েছে যে কাল পরীক্ষা',
    'মায়ের জন্মদিনের গিফট, বাসায় না বলতে বলেছি',
    'রাতে সিনেমা দেখব, ভিডিও কল এ আসো',
    'ইতিহাসে পড়লাম মুক্তিযোদ্ধারা অস্ত্র হাতে নিয়েছিল',
    'আমাদের গ্রুপে যোগ দাও, কাল ক্রিকেট খেলা',
    'ছুরি নিয়ে মাছ কাটা শিখলাম',
    'আমি ১৬ বছর বয়সে সাঁতার শিখেছি',
    'দাদু বলেন বয়স তো শুধু একটা সংখ্যা',
    'সব রেডি, আজ রাতে পার্টি',
    'ফুটবলে বেটিং নিয়ে খবর দেখলাম',
    'বিদায় অনুষ্ঠান আজ রাতে, সব রেডি',
  ]);
});

describe('bn: frames for cam-when-alone, flattery with secrecy, warnings, admiration, mocking groups, height', () => {
  expectAlerts('bn', [
    ['বাবা মা ঘুমালে ভিডিও কল এ আসো', 4, 'grooming-cse'],
    ['তুমি অন্য মেয়েদের চেয়ে অনেক বুঝদার, এটা আমাদের মধ্যে থাকবে', 4, 'grooming-cse'],
    ['সোমবার স্কুলে আসিস না, বিশ্বাস কর', 4, 'weapons-violence'],
    ['ওই শুটার যা কেউ পারে না তাই করেছে, আসল হিরো', 4, 'extremism'],
    ['আমাকে নিয়ে হাসাহাসি করার জন্য আলাদা গ্রুপ খুলেছে', 3, 'bullying-abuse'],
    ['ব্রিজ থেকে আজ যাব, কারো কিছু যায় আসে না', 4, 'suicide-self-harm'],
  ]);
  expectNoAlerts('bn', [
    'কাল স্কুলে আসিস না, হরতাল আছে',
    'ক্রিকেটের জন্য আলাদা গ্রুপ খুলেছে',
    'বাবা মা ঘুমালে আমি পড়তে বসি',
  ]);
});

// dev8 round: couriers, secret meetings, bystanders' bullying reports, blasphemy punishment, hidden
// starving, leaked videos asked for, party drugs, slurs with suffixes, sextortion with a price,
// Tamil sandhi, gang fights; and the innocent senses beside them (written for these tests).
describe('bn: dev8-round frames alert', () => {
  expectAlerts('bn', [
    ['মালাউনরা সব চোর, দেশ থেকে বের করে দাও', 3, 'hate-discrimination'],
    ['কোন ওষুধ বেশি খেলে ঘুমের মধ্যে মরে যায়?', 5, 'suicide-self-harm'],
    ['ইচ্ছে করে ব্রিজ থেকে ঝাঁপ দিই', 5, 'suicide-self-harm'],
    ['তোর ভিডিও আছে, বিকাশে টাকা পাঠা নইলে সবাইকে পাঠিয়ে দেব', 5, 'grooming-cse'],
  ]);
});

describe('bn: dev8-round innocent senses stay quiet', () => {
  expectNoAlerts('bn', [
    'জ্বর হলে কোন ওষুধ খাওয়া ভালো?',
    'বিকাশে টাকা পাঠা নইলে দোকানে বাকি থাকবে',
  ]);
});
