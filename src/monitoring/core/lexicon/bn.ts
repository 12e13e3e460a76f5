/**
 * Bengali lexicon (`bn`): Bengali script, plus the romanised Bengali ("Banglish") pupils type on
 * phones, written out in its common spellings (this pack is not vowel-folded, so its Latin
 * phrases never lower or shift other languages' matches). Written for this project by its
 * contributors from how young people in the UK, Bangladesh and West Bengal write about these
 * risks; no third-party word list was copied. Licence: AGPL-3.0-or-later (see LICENSES.md).
 *
 * The pack was first written when the normaliser dropped every Bengali combining mark, so
 * "মরতে" (to die) read as "মারতে" (to hit) and "বাঁচতে" (to live) as "বেচতে" (to sell); those words
 * still appear only inside longer phrases. The normaliser now keeps vowel signs (folding only
 * ী/ি, ূ/ু, ঁ/ং and the nukta: INDIC_FOLD in ../normalise-tables.ts), so a phrase must be spelt
 * with its vowels — a native speaker's pass over the older phrases' spellings is welcome.
 * Bengali puts the negation after the verb ("মরতে চাই না"), so negated wishes are innocent
 * senses rather than negators.
 */
import { bengaliGujaratiFrames, bengaliGujaratiRules } from './rules-bn-gu.ts';
import { extendPack, type LanguagePack } from './types.ts';

/** Objects of a threat: "তোকে মেরে ফেলব" is violence, not self-harm. */
const OBJ = '{তোকে|তোমাকে|ওকে|ওদের|সবাইকে|তাকে|স্যারকে|ম্যাডামকে|টিচারকে}';
const KILL = '{মেরে ফেলব|মেরে ফেলবো|মেরেই ফেলব|খুন করব|খুন করবো|খুন করে ফেলব|গুলি করে মারব|গুলি করব|কুপিয়ে মারব|কুপিয়ে মারবো|জবাই করব|শেষ করে দেব|শেষ করে দিব|পুড়িয়ে মারব|ছুরি মারব|ছুরি মেরে দেব}';
const ROBJ = '{toke|tomake|oke|oder|sobaike|take|tokay}';
const RKILL = '{mere felbo|mere felbo ami|khun korbo|khun kore felbo|guli kore marbo|kupiye marbo|shesh kore debo|sesh kore dibo|churi marbo}';

const bnBase: LanguagePack = {
  lang: 'bn',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['কখনো না', 'কক্ষনো না'],
  concepts: {
    bullyactor: ['ওরা', 'সবাই', 'পুরো ক্লাস', 'ক্লাসের ছেলেরা', 'ক্লাসের মেয়েরা', 'ছেলেরা', 'মেয়েরা', 'সিনিয়ররা', 'বড় ভাইয়েরা'],
    bullyact: ['আমাকে মারে', 'আমাকে মারধর', 'আমাকে নিয়ে হাসাহাসি', 'আমাকে নিয়ে হাসে', 'আমাকে উত্যক্ত', 'আমাকে জ্বালায়', 'আমাকে খেপায়', 'গালি দেয়', 'গালাগালি করে', 'ধাক্কা দেয়', 'আমার ভিডিও করে', 'আমার জিনিস কেড়ে', 'আমার গায়ে থুতু', 'র‍্যাগিং', 'র্যাগিং', 'আমাকে অপমান', 'গ্রুপ থেকে বের করে'],
    extsupport: ['সমর্থন করি', 'সাপোর্ট করি', 'ঠিক করেছে', 'ঠিক কাজ করেছে', 'শ্রদ্ধা করি', 'হিরো ছিল', 'আসল হিরো', 'বীরের মতো', 'আদর্শ', 'জিন্দাবাদ', 'ভক্ত'],
    extfigure: ['আইএস', 'আইসিস', 'দায়েশ', 'ইসলামিক স্টেট', 'তালেবান', 'আল কায়েদা', 'লাদেন', 'বাগদাদি', 'জঙ্গি', 'জঙ্গিরা', 'জেএমবি', 'আনসারুল্লাহ', 'হিটলার', 'নাৎসি', 'আত্মঘাতী'],
    extgroup: ['আইএস', 'আইসিস', 'দায়েশ', 'ইসলামিক স্টেট', 'তালেবান', 'আল কায়েদা', 'জিহাদ', 'জিহাদি', 'জিহাদে', 'জঙ্গি সংগঠন', 'জঙ্গি দল', 'মুজাহিদ', 'সিরিয়া', 'খিলাফত', 'জেএমবি', 'আনসারুল্লাহ'],
    join: ['যোগ দিতে', 'যোগ দেব', 'যোগ দিব', 'যোগ দিবো', 'যোগ দেওয়া', 'জয়েন করব', 'জয়েন করতে', 'যাব যুদ্ধ', 'লড়তে যাব', 'হিজরত করব'],
    attack: ['হামলা করব', 'হামলা করতে', 'হামলা করো', 'হামলা চালাও', 'উড়িয়ে দেব', 'উড়িয়ে দাও', 'আগুন লাগিয়ে দাও', 'আগুন দাও', 'বোমা মারব', 'বোমা মারো'],
    worship: ['মসজিদ', 'মসজিদে', 'মন্দির', 'মন্দিরে', 'গির্জা', 'চার্চ', 'প্যাগোডা', 'গুরুদ্বার'],
    feeling: ['আমি বোঝা', 'সবার বোঝা', 'কেউ মিস করবে না', 'কেউ মিসও করবে না', 'আমি থাকলেও যা', 'আমার কোনো দাম নেই', 'আমার কোন মূল্য নেই', 'কোনো রাস্তা নেই', 'ভেতরটা ফাঁকা', 'জীবনটা অর্থহীন', 'জীবনের কোনো মানে নেই', 'জীবনে কোনো মানে নেই', 'আর পারছি না', 'আর সহ্য হয় না', 'আর সহ্য করতে পারছি না'],
    final: ['শেষ মেসেজ', 'শেষ বার্তা', 'সবাইকে বিদায়', 'বিদায় সবাই', 'সবাই আমাকে ক্ষমা করে দিও', 'যখন তোমরা এটা পড়বে', 'কাল আমি থাকব না', 'কাল আমি থাকবো না', 'আমি আর থাকব না'],
    howto: ['কিভাবে', 'কীভাবে', 'কি ভাবে', 'কেমন করে', 'উপায়', 'সহজ উপায়', 'কতগুলো', 'কয়টা', 'কতটা', 'kivabe', 'kibhabe', 'ki vabe', 'kemne', 'upay'],
    suicide: ['আত্মহত্যা', 'আত্মহত্যার', 'সুইসাইড', 'নিজেকে মেরে', 'নিজেকে শেষ', 'জীবন শেষ', 'মরে যাওয়া', 'মরে যাওয়ার', 'ফাঁসি দেওয়া', 'ফাঁসি দেওয়ার', 'গলায় দড়ি', 'বিষ খেয়ে', 'বিষ খাওয়ার', 'atmohotta', 'attohotta', 'attohatya', 'atmohatya', 'sucide', 'suicide'],
    want: ['চাই', 'মন চাইছে', 'ইচ্ছে করে', 'ইচ্ছা করে', 'ইচ্ছে হয়', 'মন চায়', 'ভাবছি', 'করব', 'করবো', 'দেব', 'দিব', 'আজ রাতে', 'chai', 'chaai', 'icche kore', 'iccha kore', 'korbo', 'debo'],
    dieverb: ['মরতে', 'মরে যেতে', 'মরে যাব', 'মরে যাবো', 'আত্মহত্যা', 'আত্মহত্যা করতে', 'সুইসাইড', 'সুইসাইড করতে', 'নিজেকে মেরে ফেলতে', 'নিজেকে শেষ করে', 'জীবন শেষ করে', 'হারিয়ে যেতে', 'চিরকালের জন্য ঘুমাতে', 'ফাঁসি দিতে', 'বিষ খেতে', 'morte', 'more jete', 'more jabo', 'atmohotta korte', 'sucide korte', 'suicide korte', 'nijeke mere felte'],
    pills: ['ঘুমের ওষুধ', 'ঘুমের বড়ি', 'সব ওষুধ', 'কোন ওষুধ', 'কী ওষুধ', 'কি ওষুধ', 'ওষুধ বেশি', 'বেশি ওষুধ', 'বেশি করে ওষুধ', 'অনেকগুলো ওষুধ', 'ট্যাবলেট', 'প্যারাসিটামল', 'নাপা', 'ওষুধগুলো', 'ghumer osudh', 'ghumer oshudh', 'sob osudh', 'tablet'],
    death: ['মরে যাব', 'মরে যাবো', 'মরে যাই', 'মরে যায়', 'মরা যায়', 'মারা যায়', 'মারা যাব', 'মৃত্যু হয়', 'মৃত্যু হবে', 'মরতে পারি', 'ঘুম আর না ভাঙে', 'আর যেন না উঠি', 'more jabo', 'mara jabo', 'mara jay'],
    cut: ['হাত কাটি', 'হাত কেটে', 'হাত কেটেছি', 'নিজেকে কাটি', 'নিজেকে কেটে', 'ব্লেড দিয়ে', 'ব্লেড', 'কাটার দাগ', 'কাটা দাগ', 'ক্ষতের দাগ', 'হাতের দাগ', 'নিজেকে আঘাত', 'না খেয়ে থাকি', 'hat kati', 'haat kati', 'blade diye', 'katar dag'],
    hide: ['লুকাব', 'লুকাবো', 'লুকাতে', 'লুকিয়ে রাখি', 'লুকাই', 'ঢাকব', 'ঢেকে রাখি', 'lukabo', 'lukate'],
    parents: ['বাবা মাকে', 'মা বাবাকে', 'আব্বু আম্মুকে', 'আম্মু আব্বুকে', 'আম্মুকে', 'আব্বুকে', 'বাসায়', 'বাড়িতে', 'কাউকে', 'কাউকেই', 'টিচারকে', 'baba ma ke', 'ma baba ke', 'ammu abbu ke', 'ammuke', 'kauke'],
    secret: ['বলবে না', 'বলিস না', 'বলবি না', 'জানাবে না', 'জানাবি না', 'গোপন রাখবে', 'গোপন রাখো', 'আমাদের গোপন', 'আমাদের সিক্রেট', 'চ্যাট ডিলিট', 'মেসেজ ডিলিট', 'bolbe na', 'bolo na', 'bolis na', 'bolbi na', 'janabe na', 'amader secret', 'gopon rakhbe'],
    adult: ['লোকটা', 'একটা লোক', 'আংকেল', 'আঙ্কেল', 'অচেনা', 'বড় ভাইয়া', 'অনলাইনে পরিচয়', 'গেমে পরিচয়', 'ফেসবুকে পরিচয়', 'ইনস্টাতে পরিচয়', 'lokta', 'uncle', 'online e porichoy', 'fb te porichoy'],
    request: ['ছবি পাঠাও', 'ছবি পাঠা', 'ছবি দাও', 'পিক পাঠাও', 'পিক দাও', 'ছবি চায়', 'ছবি চাইছে', 'ছবি চেয়েছে', 'একা দেখা', 'একা আসো', 'একা আসবে', 'ভিডিও কলে আসো', 'ক্যামেরা অন করো', 'জামা খুলে', 'জামা খোল', 'কাপড় খুলে', 'বয়সের তুলনায়', 'ঠিকানা দাও', 'বাসার ঠিকানা', 'chobi pathao', 'pic pathao', 'pic dao', 'eka dekha', 'eka aso', 'video call e aso', 'camera on koro', 'jama khulo', 'jama khule'],
    fgift: ['টাকা দেব', 'টাকা দিব', 'টাকা পাঠাব', 'গিফট দেব', 'গিফট দিব', 'উপহার', 'রিচার্জ করে দেব', 'বিকাশে টাকা', 'বিকাশ করে দেব', 'ফোন কিনে দেব', 'taka debo', 'gift debo', 'bkash kore debo', 'recharge kore debo'],
    fwhereabouts: ['তুমি কি একা', 'তুমি একা', 'বাসায় কি একা', 'বাসায় কেউ নেই তো', 'কোথায় থাকো', 'কোথায় থাক', 'কোন স্কুলে', 'কোন ক্লাসে', 'বয়স কত', 'কি পরে আছো', 'kothay thako', 'kon school', 'basay eka', 'eka acho', 'boyos koto'],
    fnosee: ['কেউ জানবে না', 'কেউ যেন না জানে', 'কাউকে জানাবে না', 'ডিলিট করে দিও', 'ডিলিট করে দাও', 'keu janbe na', 'delete kore dio'],
    fprivapp: ['টেলিগ্রাম', 'স্ন্যাপ', 'হোয়াটসঅ্যাপ', 'ইমোতে', 'ইমো তে', 'ইনস্টা', 'telegram e', 'imo te', 'snap e'],
    fcondition: ['নইলে', 'না হলে', 'না দিলে', 'নাহলে', 'noile', 'na hole', 'na dile'],
    fexpose: ['সবাইকে পাঠিয়ে দেব', 'সবাইকে পাঠাব', 'সবাইকে দেখিয়ে দেব', 'ভাইরাল করে দেব', 'ভাইরাল করব', 'ফেসবুকে ছেড়ে দেব', 'নেটে ছেড়ে দেব', 'sobaike pathiye debo', 'viral kore debo', 'fb te chere debo', 'net e chere debo'],
    fpay: ['টাকা পাঠা*', 'টাকা দিবি', 'টাকা দিবে', 'বিকাশ', 'নগদে', 'রকেটে', 'হাজার টাকা', 'bkash', 'taka pathao', 'taka dibi'],
    fmedia: ['ছবি', 'ছবিগুলো', 'ভিডিও', 'পিক', 'ন্যুড', 'chobi', 'pic', 'video', 'nude', 'nudes'],
    drug: ['গাঁজা খাই', 'গাঁজা খাব', 'গাঁজা টান*', 'ইয়াবা', 'ফেনসিডিল', 'মদ খেতে', 'মদ খাব', 'নেশা করতে', 'নেশার', 'ড্রাগস', 'সিগারেট', 'ganja', 'yaba', 'fensidil', 'phensidyl', 'mod khabo', 'nesha korte'],
    buy: ['কোথায় পাব', 'কোথায় পাবো', 'কোথায় পাওয়া যায়', 'কিনব', 'কিনবো', 'কিনতে চাই', 'কে বিক্রি করে', 'খেতে চাই', 'টানতে চাই', 'kothay pabo', 'kothay paowa jay', 'kinbo', 'kinte chai', 'khete chai', 'tante chai'],
    weapon: ['ছুরি', 'ছোরা', 'চাকু', 'বন্দুক', 'পিস্তল', 'রামদা', 'চাপাতি নিয়ে', 'হাতবোমা', 'অস্ত্র', 'এসিড', 'churi', 'chhuri', 'bonduk', 'pistol', 'ramda', 'boma', 'ostro'],
    school: ['স্কুলে', 'স্কুল', 'ক্লাসে', 'কলেজে', 'মাদ্রাসায়', 'কোচিংয়ে', 'school e', 'class e', 'college e'],
    fbring: ['নিয়ে যাব', 'নিয়ে যাবো', 'নিয়ে আসব', 'নিয়ে আসবো', 'ব্যাগে করে', 'লুকিয়ে নিয়ে', 'niye jabo', 'niye asbo', 'bag e kore'],
    fmake: ['বানাব', 'বানাবো', 'বানাতে', 'বানানোর', 'তৈরি করতে', 'তৈরি করা', 'banabo', 'banate', 'banano', 'bananor'],
    fmakeweapon: ['বোমা বানা*', 'হাতবোমা', 'ককটেল বোমা', 'পেট্রোল বোমা', 'বন্দুক', 'পিস্তল', 'বিস্ফোরক', 'boma', 'petrol boma', 'bonduk'],
    fheight: ['ছাদ থেকে', 'ছাদের উপর থেকে', 'ব্রিজ থেকে', 'সেতু থেকে', 'বিল্ডিং থেকে', 'জানালা দিয়ে', 'ট্রেনের নিচে', 'ট্রেনের সামনে', 'chad theke', 'chhad theke', 'bridge theke', 'building theke', 'trainer niche'],
    fjump: ['লাফ দেব', 'লাফ দিব', 'লাফ দিবো', 'লাফ দিই', 'লাফ দেই', 'ঝাঁপ দিই', 'ঝাঁপ দেই', 'লাফ দিতে', 'ঝাঁপ দিতে', 'লাফিয়ে পড়ব', 'ঝাঁপ দেব', 'ঝাঁপ দিব', 'ঝাঁপিয়ে পড়ব', 'লাফ দিতে', 'ঝাঁপ দিতে', 'laf debo', 'laf dibo', 'jhap debo', 'jhap dibo'],
    fwithoutme: ['আমি না থাকলে', 'আমাকে ছাড়া', 'আমি মরে গেলে', 'আমি চলে গেলে', 'ami na thakle', 'amake chara', 'ami more gele'],
    fbetter: ['ভালো থাকবে', 'ভাল থাকবে', 'সুখে থাকবে', 'খুশি হবে', 'শান্তি পাবে', 'valo thakbe', 'bhalo thakbe', 'khushi hobe'],
    group: ['মুসলমান', 'মুসলমানরা', 'হিন্দু', 'হিন্দুরা', 'হিন্দুদের', 'বৌদ্ধ', 'খ্রিস্টান', 'আহমদিয়া', 'কাদিয়ানি', 'রোহিঙ্গা', 'চাকমা', 'সমকামী', 'হিজড়া', 'নাস্তিক', 'নাস্তিকরা', 'নাস্তিকদের'],
    hateclaim: ['জঙ্গি', 'সন্ত্রাসী', 'সব চোর', 'চোরের জাত', 'নোংরা জাত', 'কুত্তার বাচ্চা', 'তাড়াও', 'বের করে দাও', 'মেরে ফেলো', 'কতল', 'কতল করো', 'জবাই', 'শুয়োর', 'ঘৃণা করি', 'দেশ ছাড়া করো', 'পুড়িয়ে দাও'],
    adultage: ['{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} বছর', '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} বছরের'],
    childage: ['আমার বয়স {10|11|12|13|14|15}', 'আমি {10|11|12|13|14|15} বছর', 'আমি মাত্র {10|11|12|13|14|15}'],
    bet: ['বেটিং অ্যাপ', 'বেটিং সাইট', 'বেটিং করি', 'জুয়া খেলা', 'জুয়া খেলি', 'জুয়া খেলতে', 'অনলাইন জুয়া', 'জুয়ার অ্যাপ', 'ক্যাসিনো', 'বাজি ধরা', 'বাজি ধরতে', 'তিন পাত্তি', 'juya khela', 'betting', 'baji dhora'],
    abuser: ['বাবা', 'আব্বু', 'আব্বা', 'মা', 'আম্মু', 'সৎ বাবা', 'সৎমা', 'চাচা', 'মামা', 'কাকা', 'ভাইয়া'],
    abuse: ['মারধর করে', 'আমাকে মারে', 'পেটায়', 'বেল্ট দিয়ে মারে', 'গায়ে হাত তোলে', 'খারাপভাবে ছোঁয়', 'খারাপ জায়গায় হাত', 'ঘরে আটকে রাখে', 'খেতে দেয় না', 'ছ্যাঁকা দেয়'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: ['আমি মরতে চাই', 'আমি মরে যেতে চাই', 'আমার মরে যেতে ইচ্ছে করে', 'আমার মরতে ইচ্ছে করে', 'মরে যেতে ইচ্ছা করে', 'আর বাঁচতে চাই না', 'আমি আর বাঁচতে চাই না', 'বেঁচে থাকতে ইচ্ছে করে না', 'বাঁচার ইচ্ছা নেই', 'বাঁচার ইচ্ছে নেই', 'আত্মহত্যা করব', 'আত্মহত্যা করবো', 'আত্মহত্যা করতে চাই', 'সুইসাইড করব', 'সুইসাইড করবো', 'নিজেকে মেরে ফেলব', 'নিজেকে মেরে ফেলবো', 'নিজেকে শেষ করে দেব', 'নিজেকে শেষ করে দিব', 'জীবন শেষ করে দেব', 'গলায় দড়ি দেব', 'গলায় দড়ি দিব', 'ফাঁসি দেব', 'ফাঁসি দিব', 'ফাঁসিতে ঝুলব', 'বিষ খাব', 'বিষ খাবো', 'বিষ খেয়ে মরব', 'ঘুমের ওষুধ খেয়ে মরব', 'আত্মহত্যা করার উপায়', 'আত্মহত্যার সহজ উপায়', 'কিভাবে আত্মহত্যা করা যায়', 'ব্যথা ছাড়া মরার উপায়', 'সুইসাইড নোট',
      '{ami|aami} {morte|more jete} {chai|chaai}', 'morte icche kore', 'more jete icche kore', 'ar bachte chai na', 'ar banchte chai na', 'bachar icche nei', '{atmohotta|attohotta|attohatya|sucide|suicide} {korbo|kore felbo|korte chai}', 'nijeke mere {felbo|fhelbo}', 'nijeke shesh kore debo', 'golay dori debo', 'bish khabo', 'bis khabo', 'atmohotta korar upay', 'bachte icche kore na', 'bachte ichchhe kore na', 'bachar icche nei', 'suicide korbo', 'sucide korbo', 'nijeke shesh kore dibo', 'gola te dori', 'golay dori dibo', 'more jete mon chay'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['আত্মহত্যা', 'আত্মহত্যার চিন্তা', 'সুইসাইড', 'মরার কথা ভাবি', 'মরে যাওয়ার কথা ভাবি', 'আমি না থাকলে সবাই ভালো থাকবে', 'জীবনের প্রতি ঘৃণা', 'না খেয়ে থাকি যাতে রোগা', 'খেয়ে বমি করি', 'atmohotta', 'sucide er chinta', 'morar kotha bhabi'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['নিজের হাত কাটি', 'হাত কেটেছি', 'ব্লেড দিয়ে হাত কাটি', 'ব্লেড দিয়ে হাত কেটেছি', 'নিজেকে কাটি', 'নিজেকে আঘাত করি', 'নিজেকে কষ্ট দিই', 'নিজেকে পোড়াই', 'কাটার দাগ লুকাব কিভাবে', 'হাতের দাগ কিভাবে লুকাব', 'সেলফ হার্ম', 'blade diye hat kati', 'blade diye haat keteci', 'nijeke kati', 'nijeke aghat kori', 'self harm kori'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['বাবা মাকে বলবে না', 'আব্বু আম্মুকে বলবে না', 'কাউকে বলবে না', 'কাউকে বলিস না', 'এটা আমাদের গোপন', 'আমাদের সিক্রেট', 'তুমি বয়সের তুলনায় অনেক ম্যাচিউর', 'বয়সের তুলনায় অনেক বুদ্ধিমান', 'একা দেখা করো', 'একা দেখা করতে আসো', 'তুমি কি বাসায় একা', 'তুমি একা আছো', 'বাসায় কেউ নেই তো', 'ক্যামেরা অন করো', 'তোমার ছবি পাঠাও', 'ছবি পাঠাও না', 'চ্যাট ডিলিট করে দিও', 'বিকাশে টাকা পাঠাব', 'রিচার্জ করে দেব',
      'baba ma ke bolo na', 'kauke bolbe na', 'kauke bolis na', 'amader secret', 'eka dekha koro', 'basay eka acho', 'tomar chobi pathao', 'tor chobi patha', 'chat delete kore dio', 'bkash e taka pathabo'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['নগ্ন ছবি পাঠাও', 'নেংটা ছবি পাঠাও', 'ন্যুড পাঠাও', 'জামা খুলে ছবি', 'জামা ছাড়া ছবি', 'কাপড় ছাড়া ছবি', 'জামা খুলে ভিডিও', 'ছবি ভাইরাল করে দেব', 'ভিডিও ভাইরাল করে দেব', 'তোর ছবি সবাইকে পাঠিয়ে দেব', 'তোমার ছবি সবাইকে দেখিয়ে দেব', 'খারাপ জায়গায় হাত দেয়', 'খারাপভাবে ছুঁয়েছে', 'জোর করে শারীরিক', 'জোর করে খারাপ কাজ', 'ধর্ষণ',
      'nude pathao', 'nudes pathao', 'jama chara chobi', 'jama khule chobi', 'chobi viral kore debo', 'video viral kore debo', 'sobaike dekhiye debo', 'kharap jaygay hat'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['নগ্ন ছবি', 'নেংটা ছবি', 'নগ্ন ভিডিও', 'খারাপ ভিডিও', 'চটি গল্প', 'বাংলা চটি', 'পর্নোগ্রাফি', 'পর্ন ভিডিও', 'পর্নহাব', 'সেক্স ভিডিও', 'সেক্সি ভিডিও', 'চোদাচুদি', 'এক্স ভিডিও', 'choti golpo', 'bangla choti', 'nongta chobi', 'kharap video', 'bangla sex video'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['মরে যাস না কেন', 'তুই মরে যা', 'মরে যা তুই', 'গলায় দড়ি দে', 'সবাই তোকে ঘৃণা করে', 'কেউ তোকে পছন্দ করে না', 'আমাকে নিয়ে হাসাহাসি করে', 'আমাকে মারধর করে', 'আমাকে মারে', 'র‍্যাগিং করে', 'মোটা হাতি', 'কালো পেত্নী', 'ফেক আইডি খুলেছে', 'ফেক আইডি দিয়ে', 'স্কুলে যেতে ভয় লাগে', 'বাড়ি যেতে ভয় লাগে',
      'more ja', 'golay dori de', 'sobai toke ghrina kore', 'keu toke pochondo kore na', 'amake niye hasahasi', 'fake id khuleche', 'school e jete bhoy lage'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['জিহাদে যোগ দিতে চাই', 'জিহাদে যাব', 'আইএসে যোগ দেব', 'আইসিসে যোগ দিতে', 'তালেবানে যোগ', 'জঙ্গি দলে যোগ', 'কাফেরদের হত্যা', 'কাফেরদের মারো', 'মুরতাদদের হত্যা', 'নাস্তিকদের হত্যা', 'নাস্তিকদের মারো', 'শহীদ হতে চাই', 'আত্মঘাতী হামলা', 'হোলি আর্টিজান ঠিক ছিল', 'জঙ্গিরা হিরো', '{মসজিদে|মন্দিরে|গির্জায়} হামলা {করব|করো|চালাও|করা উচিত}', 'মুসলমানদের মারো', 'হিন্দুদের মারো', 'হিটলার ঠিক ছিল', 'খিলাফতের জন্য লড়াই',
      'jihad e jog dite chai', 'jihad e jabo', 'isis e jog debo', 'kafirder hotta', 'kafirder maro', 'murtad der hotta', 'nastik der maro', 'shohid hote chai', 'hitler thik chilo'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['মালাউন*', 'কাটা মোল্লা', 'কাটুয়া', 'মেথর', 'মুচির বাচ্চা', 'হিজড়া কোথাকার', 'পাকিস্তানে চলে যা', 'ভারতে চলে যা', 'নিজের দেশে ফিরে যা', 'রোহিঙ্গা বের করো', 'malaun', 'malu', 'nere', 'katua', 'methor'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['গাঁজা খাই', 'গাঁজা খাব', 'গাঁজা টানি', 'ইয়াবা', 'ফেনসিডিল', 'নেশা করব', 'নেশা করতে চাই', 'গাঁজা কোথায় পাব', 'ইয়াবা কোথায় পাব', 'মদ কোথায় পাব', 'গাঁজা টানব', 'ganja', 'yaba', 'fensidil', 'phensidyl', 'ganja kothay pabo', 'yaba kothay pabo', 'ganja tanbo', 'nesha korbo'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['বোমা বানাব', 'বোমা কিভাবে বানায়', 'বোমা কিভাবে বানাব', 'বোমা বানানোর উপায়', 'বোমা বানানোর নিয়ম', 'পেট্রোল বোমা', 'পিস্তল কোথায় পাব', 'বন্দুক কোথায় পাব', 'কাউকে কিভাবে মারা যায়', 'খুন করার উপায়', `${OBJ} ${KILL}`, `${KILL} ${OBJ}`, `${OBJ} {মারতে|মেরে ফেলতে|খুন করতে|শেষ করে দিতে} {চাই|ইচ্ছে করে}`, 'সবাইকে গুলি করব', 'স্কুল উড়িয়ে দেব', 'স্কুলে আগুন লাগিয়ে দেব',
      'boma kivabe banay', 'boma kivabe banabo', 'boma banano', 'pistol kothay pabo', 'bonduk kothay pabo', 'kauke kivabe mara jay', `${ROBJ} ${RKILL}`, 'sobaike guli korbo', 'school uriye debo'] },
    { id: 'violence-more', category: 'weapons-violence', severity: 4, phrases: ['স্কুলে ছুরি', 'স্কুলে পিস্তল', 'স্কুলে বন্দুক', 'প্রতিশোধ নেব', 'প্রতিশোধ নিব', 'সবাই পস্তাবে', 'ছুরি কোথায় পাব', 'রামদা নিয়ে', 'চাপাতি দিয়ে কোপাব', 'ছুরি মেরে দেব', 'churi niye school', 'protishodh nebo', 'churi mere debo'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['জুয়া খেলা', 'জুয়া খেলি', 'অনলাইন জুয়া', 'জুয়ার অ্যাপ', 'অনলাইন ক্যাসিনো', 'বেটিং অ্যাপ', 'বেটিং সাইট', 'বাজি ধরে টাকা', 'সব টাকা হেরে গেছি', 'জুয়ায় টাকা হেরেছি', 'juya khela', 'online juya', 'betting app', 'sob taka here gechi'] },
    { id: 'intent-more', category: 'suicide-self-harm', severity: 5, phrases: ['এটা আমার শেষ মেসেজ', 'এটাই আমার শেষ মেসেজ', 'ছাদ থেকে লাফ দেব', 'ছাদ থেকে লাফ দিব', 'ব্রিজ থেকে ঝাঁপ দেব', 'ট্রেনের নিচে ঝাঁপ দেব', 'সব ওষুধ খেয়ে ফেলব', 'সব ওষুধ খেয়ে ফেলেছি', 'অনেকগুলো ঘুমের ওষুধ খেয়েছি', 'সব শেষ করে দেব', 'সব শেষ করে দিব', 'e ta amar shesh message', 'chad theke laf debo', 'sob osudh kheye felbo', 'sob shesh kore debo'] },
    { id: 'despair', category: 'suicide-self-harm', severity: 3, phrases: ['কেউ আমাকে ভালোবাসে না', 'কেউ আমাকে ভালবাসে না', 'নিজেকে ঘৃণা করি', 'আমি কোনো কাজের না', 'সব কিছু অর্থহীন', 'সবাই আমাকে ক্ষমা করে দিও', 'চিরকালের জন্য ঘুমাতে চাই', 'কয়েকদিন ধরে কিছু খাইনি', 'keu amake bhalobashe na', 'keu amake valobashe na', 'nijeke ghrina kori', 'ar parchi na'] },
    { id: 'grooming-more', category: 'grooming-cse', severity: 4, phrases: ['একটা লোক আমাকে মেসেজ দেয়', 'একটা আংকেল মেসেজ করে', 'শুধু তুমি আর আমি', 'ছবি চায়', 'ছবি চাইছে', 'আমি ওকে ছবি পাঠিয়েছি', 'হুমকি দেয়', 'আমাকে গিফট দেয়', 'টাকা দেয়', 'স্কুল থেকে নিতে আসবে', 'অনলাইনে পরিচয়', 'জামা খুলতে বলেছে', 'দেখা করতে ডেকেছে', 'হোটেলে ডেকেছে', 'প্যাকেট পৌঁছে দিলে টাকা', 'chobi chay', 'chobi chaiche', 'ami oke chobi pathiyechi', 'jama khulte boleche', 'dekha korte dekeche'] },
    { id: 'bullying-more', category: 'bullying-abuse', severity: 3, phrases: ['কেউ আমাকে পছন্দ করে না', 'কেউ আমার সাথে কথা বলে না', 'আমার ভিডিও বানিয়েছে', 'বাবা মদ খেয়ে মারে', 'আব্বু মদ খেয়ে', 'বাবাকে ভয় লাগে', 'বাসায় মারধর', 'বেল্ট দিয়ে মারে', 'ঘরে আটকে রাখে', 'baba mod kheye mare', 'babake bhoy lage', 'keu amar sathe kotha bole na'] },
    { id: 'sexual-more', category: 'sexual', severity: 3, phrases: ['খারাপ ছবি', 'সেক্স চ্যাট', 'অ্যাডাল্ট ভিডিও', 'পর্ন সাইট', 'কাপড় ছাড়া মেয়ে'] },
  ],
  rules: bengaliGujaratiRules(),
  senses: [
    {
      id: 'everyday',
      categories: 'all',
      scope: 'overlap',
      phrases: [
        // idioms: dying of laughter, heat, hunger, boredom, shame; "I'd die for you"
        'হাসতে হাসতে মরে*', 'হাসতে হাসতে মারা', '{গরমে|খিদেয়|ক্ষুধায়|শীতে|লজ্জায়|বিরক্তিতে} মরে*', 'তোমার জন্য মরতে পারি', 'তোর জন্য মরতে পারি', 'মেরে দিয়েছে', 'ফাটিয়ে দিয়েছে', 'hashte hashte more gelam', 'gorome more jacchi', 'tomar jonno morte pari',
        // pests and medicine
        '{মশা|ইঁদুর|তেলাপোকা|পোকা|মাছি|উকুন|ছারপোকা} {মারার|মারতে|মারব|মারে|মারা}', 'ইঁদুর মারার বিষ', '{মাথা ব্যথার|জ্বরের|ঠান্ডার|সর্দির|পেট ব্যথার} ওষুধ', 'ডাক্তার ওষুধ দিয়েছে', 'mosha marar', 'idur marar',
        // fireworks, news of leaks, slang for "great"
        'আতশবাজি', 'প্রশ্ন ফাঁস', 'প্রশ্নপত্র ফাঁস', 
        // negated wishes (the negation follows the verb in Bengali)
        'মরতে চাই না', 'মরে যেতে চাই না', 'আত্মহত্যা করব না', 'আত্মহত্যা করবো না', 'আত্মহত্যা প্রতিরোধ', 'morte chai na', 'atmohotta korbo na',
      ],
    },
    // A surprise or a party kept from mum is not grooming ("বলো না" is left out: it reads as "বলুন", please tell).
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['সারপ্রাইজ', 'জন্মদিন*', 'বার্থডে', 'পার্টি', 'jonmodin', 'surprise'] },
    { id: 'kill-other-not-self', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [`${OBJ} {মারতে|মেরে}`, `${ROBJ} {marte|mere}`] },
    {
      id: 'study',
      categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'gambling', 'bullying-abuse'],
      scope: 'text',
      phrases: ['ইতিহাস', 'রচনা', 'হোমওয়ার্ক', 'বিজ্ঞান', 'জীববিজ্ঞান', 'বিশ্বযুদ্ধ', 'মুক্তিযুদ্ধ', 'একাত্তর', 'গণহত্যা দিবস', 'ভাষা আন্দোলন', 'সিনেমা', 'নাটক', 'গল্পের', 'উপন্যাস', 'বই', 'খবর', 'সংবাদ', 'বন্ধুকে কিভাবে সাহায্য', 'হেল্পলাইন', 'সচেতনতা', 'আইন', 'লক্ষণ', 'প্রতিরোধ', 'পরীক্ষা', 'প্রশ্ন উত্তর', 'মানে কি', 'অর্থ কি', 'muktijuddho', 'itihas', 'bondhuke kivabe sahajjo'],
    },
    { id: 'games', categories: ['suicide-self-harm', 'bullying-abuse', 'weapons-violence', 'extremism', 'hate-discrimination', 'drugs', 'sexual', 'gambling'], scope: 'text', phrases: ['গেম খেল*', 'ফ্রি ফায়ার', 'পাবজি', 'game khel*', 'free fire khel*', 'pubg khel*'] },
  ],
};

/** "End everything" with a farewell, "I can't any more" or "it's all ready" (not a bare "tonight": homework ends tonight too). */

// ── Generalisation frames added for unseen wordings ───────────────────────────────────────────
// The normaliser now keeps Bengali vowel signs (folding only ী/ি, ূ/ু, ঁ/ং and the nukta), so the
// words below are written with their vowels. Banglish is matched against every text, so its
// phrases here have two or more words.
const BN_TEEN = '{12|13|14|15|16|17|১২|১৩|১৪|১৫|১৬|১৭}';

export const bn: LanguagePack = extendPack(bnBase, {
  concepts: {
    // suicide: "end everything", a time, a farewell, "I can't any more", "it's all ready"
    xendall: ['সব শেষ করে {দেব|দিব|দেবো|দিবো|ফেলব|ফেলবো}', 'সবকিছু শেষ করে {দেব|দিব|দেবো|দিবো}', 'নিজেকে শেষ', 'চিরদিনের জন্য চলে যাব', 'চিরকালের জন্য চলে যাব', 'sob shesh kore {debo|dibo}', 'sob sesh kore {debo|dibo}', 'chirodiner jonno chole jabo'],
    xgo: ['যাব', 'যাবো', 'যাচ্ছি', 'চলে যাব', 'jabo', 'jacchi'],
    xtime: ['আজ রাতে', 'আজকে রাতে', 'আজ রাত', 'কাল সকালের আগে', 'aj rate', 'aaj rate', 'ajke rate'],
    xfarewell: ['আমাকে ক্ষমা করে {দিও|দিয়ো|দিস}', 'মা ক্ষমা করো', 'আম্মু মাফ করে দিও', 'মাফ করে দিও', 'চিঠি রেখে', 'চিঠি লিখে রেখেছি', 'amake khoma kore dio', 'maf kore dio', 'biday sobai'],
    xcantgo: ['আর পারছি না', 'আর পারব না', 'আর পারবো না', 'আর সহ্য হচ্ছে না', 'ক্লান্ত হয়ে গেছি', 'কারো কিছু যায় আসে না', 'কেউ পাত্তা দেয় না', 'ar parchi na', 'ar parbo na', 'ar sojjo hocche na', 'karo kichu jay ase na'],
    xready: ['সব ঠিক করা আছে', 'সব রেডি', 'সব প্রস্তুত', 'সব প্ল্যান করা', 'প্ল্যান করে ফেলেছি', 'sob thik kora ache', 'sob ready ache', 'plan kore felechi'],
    fwithoutme: ['আমি না থাকলে', 'আমি চলে গেলে', 'আমি না থাকলেই'],
    fbetter: ['সবার ভালো হবে', 'সবাই বাঁচবে', 'সুবিধা হবে', 'কারো কিছু হবে না', 'sobar valo hobe', 'sobar bhalo hobe'],
    cut: ['আবার কেটেছি', 'আবার হাত কেটেছি', 'আবার কাটলাম', 'abar ketechi', 'abar hat ketechi'],
    hide: ['মায়ের থেকে লুকা', 'আম্মুর থেকে লুকা', 'ফুল হাতা', 'mayer theke luka', 'ammur theke luka'],
    // help-seeking about a friend (innocent frame)
    xfriend: ['আমার বন্ধু', 'আমার বান্ধবী', 'আমার এক বন্ধু', 'আমার বোন', 'আমার ভাই', 'আমার ক্লাসের', 'amar bondhu', 'amar bandhobi', 'amar ek bondhu', 'amar friend'],
    xhelpq: ['কাকে বলব', 'কাকে বলবো', 'কী করব', 'কি করব', 'কি করবো', 'কী করবো', 'কিভাবে সাহায্য', 'কীভাবে সাহায্য', 'টিচারকে বলব', 'বলা উচিত', 'kake bolbo', 'ki korbo', 'kivabe help', 'kibhabe sahajjo'],
    // grooming cues
    xcoach: ['কোচিংয়ের স্যার', 'প্রাইভেটের স্যার', 'কোচ', 'আঙ্কেল', 'আংকেল', 'একটা লোক', 'বড় ভাইয়া', 'coaching er sir', 'private er sir', 'ek uncle'],
    xnight: ['রাতে', 'গভীর রাতে', 'রাত করে', 'মাঝরাতে', 'raate', 'rate msg', 'majh rate'],
    xmeet: ['দেখা করতে চায়', 'দেখা করতে বলে', 'দেখা করতে বলেছে', 'দেখা করবে', 'একা আসতে বলে', 'একা আসতে বলেছে', 'নিতে আসবে', 'গাড়ির কাছে', 'dekha korte chay', 'dekha korte boleche', 'eka aste bole', 'nite asbe'],
    xagenum: ['বয়স তো শুধু একটা সংখ্যা', 'বয়স শুধু সংখ্যা', 'বয়স কোনো ব্যাপার না', 'boyos to sudhu number', 'boyos sudhu ekta number', 'age is just a number'],
    xspecial: ['তোমার বয়সী মেয়েদের চেয়ে', 'অন্য মেয়েদের চেয়ে', 'তুমি স্পেশাল', 'তুমি অন্যদের থেকে আলাদা', 'তুমি অনেক ম্যাচিউর', 'tumi special', 'tumi onek mature'],
    xcam: ['ভিডিও কল', 'ক্যামেরা অন', 'video call e', 'camera on koro'],
    xalone: ['ঘরে একা', 'রুমে একা', 'বাসায় একা', 'কখন ফিরবে', 'কখন আসবে তোমার', 'সবাই ঘুমালে', 'বাবা মা ঘুমালে'],
    xsecret2: ['আমাদের মধ্যে', 'আমাদের মাঝে', 'কাউকে বলবে না', 'না বলতে'],
    xpackage: ['প্যাকেট পৌঁছে', 'পার্সেল পৌঁছে', 'প্যাকেট নিয়ে যেতে', 'অন্য শহরে নিয়ে', 'মাল পৌঁছে'],
    xpayoff: ['টাকা সাথে সাথে', 'ফোন দিয়েছে', 'ফোন কিনে দিয়েছে', 'ঋণ', 'নাহলে মারবে', 'না হলে মারবে', 'ভাইকে মারবে'],
    xdontcome: ['স্কুলে আসিস না', 'স্কুলে এসো না', 'স্কুলে আসবি না', 'কলেজে আসিস না'],
    xtrustme: ['বিশ্বাস কর', 'বিশ্বাস করো', 'আর কিছু বলব না', 'কাল', 'সোমবার'],
    xattacker: ['শুটার', 'হামলাকারী', 'ক্রাইস্টচার্চ', 'হোলি আর্টিজান'],
    xdares: ['যা কেউ পারে না', 'কারো সাহস নেই', 'আসল হিরো', 'পুরো ভিডিও', 'ঠিক করেছে', 'সাহস দেখিয়েছে'],
    xgroupmade: ['গ্রুপ খুলেছে', 'গ্রুপ বানিয়েছে', 'আলাদা গ্রুপ'],
    xmock: ['হাসাহাসি করার', 'আমাকে নিয়ে হাসে', 'আমার ভিডিও', 'আমার ছবি দিয়ে', 'মোটা হাতি', 'আমি ছাড়া'],
    xphonecheck: ['ফোন চেক করে', 'ফোন দেখে', 'এখানে সেফ না', 'phone check kore', 'ekhane safe na'],
    fgift: ['গিফট দেয়', 'গিফট দিচ্ছে', 'গিফট দিয়েছে', 'টাকা দেয়', 'উপহার দেয়', 'ডায়মন্ড দেয়', 'gift dey', 'gift diche', 'taka dey'],
    secret: ['না বলতে', 'কাউকে না বলতে', 'বাসায় না বলতে', 'বলতে না করেছে', 'গোপন রাখতে', 'na bolte boleche', 'basay na bolte', 'kauke na bolte'],
    fprivapp: ['টেলিগ্রামে', 'স্ন্যাপে', 'telegram e aso', 'snap e aso'],
    // extremism: call to arms, expel, join our group, jihad as a duty
    xarms: ['অস্ত্র ধরো', 'অস্ত্র হাতে নাও', 'অস্ত্র তুলে নাও', 'হাতে অস্ত্র', 'ostro dhoro', 'ostro hate nao'],
    xexpel: ['দেশ থেকে বের করে', 'দেশ থেকে তাড়া', 'দেশ ছাড়া করার', 'সাফ করার সময়', 'শেষ করার সময় এসেছে', 'desh theke ber kore', 'desh theke tara'],
    xjoingroup: ['গ্রুপে যোগ দাও', 'আমাদের গ্রুপে', 'আমাদের দলে', 'দলে যোগ দাও', 'চ্যানেলে যোগ দাও', 'আমাদের সাথে যোগ', 'group e join koro', 'amader group e', 'amader dole'],
    xjihad: ['জিহাদ ফরজ', 'জিহাদ করা ফরজ', 'কাফিরদের বিরুদ্ধে', 'কাফেরদের বিরুদ্ধে', 'jihad foroj', 'jihad faraz', 'kafirder biruddhe'],
    join: ['যোগ দাও', 'জয়েন করো'],
    hateclaim: ['সব চোর', 'সবাই চোর', 'বের করে দেওয়া উচিত', 'তাড়ানো উচিত'],
    // weapons: threat + plan, revenge
    xobj: [OBJ, 'ওই স্যারকে', 'ওই ছেলেটাকে', 'ওই মেয়েটাকে', ROBJ, 'oi sir ke', 'oi chele take'],
    xkill: [KILL, RKILL, 'শেষ করে দেব', 'শেষ করে দিব', 'মেরে ফেলব', 'মেরে ফেলবো'],
    xrevenge: ['কাল দেখবি', 'দেখে নেব', 'দেখে নিব', 'ছাড়ব না', 'ছাড়বো না', 'রক্ত ঝরবে', 'শিক্ষা দিয়ে দেব', 'শিক্ষা দেব', 'সবাই দেখবে', 'kal dekhbi', 'dekhe nebo', 'charbo na', 'sobai dekhbe'],
    weapon: ['রাইফেল', 'চাচার বন্দুক', 'চাকু নিয়ে', 'ছুরি নিয়ে', 'churi niye', 'chaku niye'],
    // gambling and drugs for a teenager
    xteen: [`${BN_TEEN} বছর`, `${BN_TEEN} বছরের`, `${BN_TEEN} বছর বয়সে`, `${BN_TEEN} bochor`, `${BN_TEEN} bochorer`],
    bet: ['বেটিং', 'অনলাইনে বেটিং', 'অনলাইন বেটিং', 'বেটিং অ্যাপে', 'জুয়ার সাইট', 'online betting', 'betting app e'],
    drug: ['গাঁজা', 'মাল'],
  },
  terms: [],
  rules: bengaliGujaratiFrames(),
  senses: [
    // "don't come to school tomorrow" because of a holiday, rain or a fever
    { id: 'day-off', categories: ['weapons-violence'], scope: 'text', phrases: ['ছুটি', 'বৃষ্টি', 'অসুস্থ', 'জ্বর', 'হরতাল', 'বন্ধ থাকবে'] },
    { id: 'friend-help', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@xfriend', '@xhelpq'], window: 20, ordered: true },
    // "I can't any more, maths is so hard": schoolwork hyperbole (intent phrases are severity 5 and stay)
    { id: 'schoolwork', categories: ['suicide-self-harm'], scope: 'text', phrases: ['অংক', 'অঙ্ক', 'পড়াশোনা', 'পরীক্ষা', 'ক্লাস টেস্ট', 'সিলেবাস'] },
  ],
});
