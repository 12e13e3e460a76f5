/**
 * Hindi packs (`hi`, Devanagari, and `hi-Latn`, Hinglish) with the built-in lexicon: risky
 * sentences in varied wordings must alert in their category, innocent ones that use the same
 * alarming words (idioms, pests, festivals, news, lessons) must not. Sentences were written for
 * these tests, not copied from the pack.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('hi (Devanagari): risky sentences alert', () => {
  expectAlerts('hi', [
    ['मैं अब मरना चाहती हूँ, बस बहुत हो गया', 4, 'suicide-self-harm'],
    ['मुझे सच में मरना है यार', 4, 'suicide-self-harm'],
    ['आत्महत्या करने का सबसे आसान तरीका क्या है', 5, 'suicide-self-harm'],
    ['खुदकुशी कैसे करते हैं बिना दर्द के', 5, 'suicide-self-harm'],
    ['कितनी नींद की गोलियां खाने से मौत हो जाएगी', 5, 'suicide-self-harm'],
    ['आज रात मैं पंखे से लटक जाऊंगी', 4, 'suicide-self-harm'],
    ['कल छत से कूद जाऊंगा फिर सब खुश', 4, 'suicide-self-harm'],
    ['मेरे बिना मेरे घरवाले ज़्यादा खुश रहेंगे', 4, 'suicide-self-harm'],
    ['काश मैं पैदा ना होती', 4, 'suicide-self-harm'],
    ['ये मेरा आखिरी मैसेज है सबको, माफ़ करना', 4, 'suicide-self-harm'],
    ['मैं रोज़ ब्लेड से हाथ काटती हूँ', 4, 'suicide-self-harm'],
    ['कलाई के निशान स्कूल में कैसे छुपाऊं', 4, 'suicide-self-harm'],
    ['ज़िंदगी से तंग आ गया हूँ, अब ज़िंदा नहीं रहना', 4, 'suicide-self-harm'],
    ['मैं सब पर बोझ हूँ, कोई मुझसे प्यार नहीं करता', 3, 'suicide-self-harm'],
    ['सारी गोलियाँ खा लूंगी आज', 5, 'suicide-self-harm'],
    ['उसने बोला अपनी फोटो भेजो और मम्मी पापा को मत बताना', 4, 'grooming-cse'],
    ['एक अंकल इंस्टा पर मिला था, अब फोटो मांगता है', 4, 'grooming-cse'],
    ['वो 25 साल का है और मैं 13 की हूँ, वो मुझसे मिलना चाहता है', 4, 'grooming-cse'],
    ['कपड़े उतार कर वीडियो कॉल पर आओ', 4, 'grooming-cse'],
    ['पैसे नहीं भेजे तो तेरी फोटो वायरल कर दूंगा', 5, 'grooming-cse'],
    ['तुम अपनी उम्र से ज़्यादा समझदार हो, किसी को मत बताना हमारी बातें', 4, 'grooming-cse'],
    ['घर पर अकेली हो क्या अभी? रिचार्ज करा दूंगा', 4, 'grooming-cse'],
    ['कल स्कूल बैग में चाकू लेकर जाऊंगा', 4, 'weapons-violence'],
    ['उसको तो मैं जान से मार दूंगा', 5, 'weapons-violence'],
    ['देसी कट्टा कहाँ मिलेगा दिल्ली में', 4, 'weapons-violence'],
    ['घर पर बम कैसे बनाते हैं', 5, 'weapons-violence'],
    ['सबको गोली मार दूंगा कल', 5, 'weapons-violence'],
    ['मैं बदला लूंगा, सब पछताएंगे', 4, 'weapons-violence'],
    ['आईएसआईएस में शामिल होना चाहता हूँ', 4, 'extremism'],
    ['काफिरों को मारना जिहाद है', 4, 'extremism'],
    ['मस्जिद पर हमला करना चाहिए', 4, 'extremism'],
    ['हिटलर सही था यार', 4, 'extremism'],
    ['ये सब कटुए देश से निकालो', 3, 'hate-discrimination'],
    ['अपने देश वापस जाओ तुम लोग', 3, 'hate-discrimination'],
    ['क्लास के लड़के रोज़ मेरा मज़ाक उड़ाते हैं और धक्के देते हैं', 3, 'bullying-abuse'],
    ['पापा शराब पीकर मम्मी को और मुझे मारते हैं', 3, 'bullying-abuse'],
    ['जा के मर जा, कोई तुम्हें पसंद नहीं करता', 3, 'bullying-abuse'],
    ['गांजा कहाँ से मिलेगा सस्ता', 3, 'drugs'],
    ['चरस फूंकना है आज रात', 3, 'drugs'],
    ['ऑनलाइन जुआ खेलकर सारे पैसे हार गया', 3, 'gambling'],
    ['सट्टा लगाना कैसे सीखें', 3, 'gambling'],
    ['नंगी फोटो भेजो ना', 4, 'grooming-cse'],
  ]);
});

describe('hi (Devanagari): innocent sentences with alarming words stay quiet', () => {
  expectNoAlerts('hi', [
    'मैं स्कूल जाना नहीं चाहता आज',
    'मुझे घर जाना है जल्दी',
    'हंसते हंसते मर गया यार ये वीडियो देख के',
    'भूख से मर रहा हूँ, खाना कब बनेगा',
    'गर्मी से मर गए आज तो',
    'मच्छर मारने की दवा कौन सी अच्छी है',
    'चूहे मारने का तरीका बताओ',
    'बम बम भोले, आज शिवरात्रि है',
    'दिवाली पर सुतली बम मत फोड़ना',
    'सिर दर्द की दवा कितनी बार लेनी चाहिए',
    'परेशान मत हो, सब ठीक हो जाएगा',
    'मेरा जो दोस्त है वो कल आएगा',
    'मेरी जो किताब है वो कहाँ है',
    'मुझे साइड इफेक्ट्स के बारे में बताओ',
    'जाने दे यार, छोड़ ना',
    'पुराने वीडियो देख रहा हूँ',
    'पुरानी फिल्म बहुत अच्छी थी',
    'कौन आ रहा है पार्टी में',
    'मुझे चोट लग गई खेलते हुए',
    'आज बस में सीट नहीं मिली',
    'किसान आंदोलन पर निबंध लिखो',
    'गाज़ा की खबर देखी आज',
    'हीरोइन का नाम क्या है उस फिल्म में',
    'सूर्य सौर मंडल में शामिल है',
    'हर दिन स्कूल जाना पड़ता है',
    'मम्मी के लिए सरप्राइज़ है, किसी को मत बताना',
    'इतिहास में हिटलर के बारे में पढ़ाया गया',
    'द्वितीय विश्व युद्ध में बम गिराए गए थे, प्रोजेक्ट के लिए',
    'आत्महत्या रोकथाम हेल्पलाइन का नंबर क्या है',
    'दोस्त की मदद कैसे करें जो आत्महत्या की बात करता है',
    'तुम पर मरता हूँ मैं',
    'मैं मरना नहीं चाहता, बस थक गया हूँ',
    'पबजी गेम खेलते हैं, उसमें बंदूक बहुत है',
    'लिप बाम कैसे बनाएं घर पर',
    'मैं खा चुका हूँ, तुम खा लो',
    'जल्दी करो बस निकल जाएगी',
    'मेरी दो बहनें हैं',
    'लंदन में बहुत ठंड है',
    'नकल करना गलत है परीक्षा में',
    'उसने मुझे वीडियो कॉल किया कल रात',
    'अंकल मिलने आए थे आज',
    'राम नवमी की शुभकामनाएं',
    'कहना मानो मम्मी का',
    'मैं घर पर अकेली हूँ, मम्मी बाज़ार गई हैं',
    'अंकल ने गिफ्ट दिया जन्मदिन पर',
  ]);
});

describe('hi-Latn (Hinglish): risky sentences alert', () => {
  expectAlerts('hi', [
    ['yaar mujhe sach mein marna hai ab', 4, 'suicide-self-harm'],
    ['main suicide karna chahti hu koi nahi samjhta', 4, 'suicide-self-harm'],
    ['aatmahatya kaise kare bina dard ke', 5, 'suicide-self-harm'],
    ['atmahatya ka sabse aasan tarika', 5, 'suicide-self-harm'],
    ['kitni neend ki goliyan khane se mar sakte hai', 5, 'suicide-self-harm'],
    ['aaj raat pankhe se latak jaungi', 4, 'suicide-self-harm'],
    ['kal chhat se kood jaunga bas', 4, 'suicide-self-harm'],
    ['mere bina sab zyada khush rahenge', 4, 'suicide-self-harm'],
    ['kaash main paida hi na hoti', 4, 'suicide-self-harm'],
    ['zinda nahi rehna mujhe ab', 4, 'suicide-self-harm'],
    ['roz blade se haath kaat leti hu', 4, 'suicide-self-harm'],
    ['cut ke nishan mummy se kaise chupaye', 4, 'suicide-self-harm'],
    ['saari goliyan kha lungi aaj raat', 5, 'suicide-self-harm'],
    ['jindagi se nafrat hai mujhe, main sab pe bojh hu', 3, 'suicide-self-harm'],
    ['apni pic bhejo aur mummy papa ko mat batana', 4, 'grooming-cse'],
    ['ek uncle insta pe mila tha ab photo maangta hai', 4, 'grooming-cse'],
    ['wo 24 saal ka hai aur main 14 ki hu', 4, 'grooming-cse'],
    ['kapde utaar ke video call pe aao', 4, 'grooming-cse'],
    ['paise nahi diye to teri photo viral kar dunga', 5, 'grooming-cse'],
    ['ghar pe akeli ho kya abhi? recharge kara dunga', 4, 'grooming-cse'],
    ['nude bhejo warna sabko dikha dunga', 5, 'grooming-cse'],
    ['tum apni umar se zyada samajhdar ho, ye hamara secret hai', 4, 'grooming-cse'],
    ['kal school mein chaku leke jaunga', 4, 'weapons-violence'],
    ['usko to main jaan se maar dunga', 5, 'weapons-violence'],
    ['desi katta kahan milega bhai', 4, 'weapons-violence'],
    ['ghar pe bomb kaise banaye', 5, 'weapons-violence'],
    ['sabko goli maar dunga kal school mein', 5, 'weapons-violence'],
    ['tujhe maar dalunga kal dekh lena', 5, 'weapons-violence'],
    ['isis join karna hai mujhe', 4, 'extremism'],
    ['jihad ke liye jana chahta hu', 4, 'extremism'],
    ['masjid pe hamla karna chahiye', 4, 'extremism'],
    ['hitler sahi tha bhai', 4, 'extremism'],
    ['ye katue sab gande hai', 3, 'hate-discrimination'],
    ['pakistan chale jao tum log', 3, 'hate-discrimination'],
    ['class ke ladke mera mazak udate hai roz', 3, 'bullying-abuse'],
    ['papa daaru peekar mummy ko maarte hai', 3, 'bullying-abuse'],
    ['ja ke mar ja koi tujhe pasand nahi karta', 3, 'bullying-abuse'],
    ['ganja kahan milega yaar sasta', 3, 'drugs'],
    ['maal phookna hai aaj', 3, 'drugs'],
    ['teen patti real money mein sare paise haar gaya', 3, 'gambling'],
    ['satta lagana kaise sikhe', 3, 'gambling'],
    ['nangi photo bhejo na', 4, 'grooming-cse'],
  ]);
});

describe('hi-Latn (Hinglish): innocent sentences with alarming words stay quiet', () => {
  expectNoAlerts('hi', [
    'main school jana nahi chahta aaj',
    'hanste hanste mar gaya yaar ye video dekh ke',
    'bhook se mar raha hu khana kab milega',
    'garmi se mar gaye aaj to',
    'machchar marne ki dawai kaunsi acchi hai',
    'chuhe maarne ka tarika batao',
    'bam bam bhole aaj shivratri hai',
    'diwali pe sutli bomb mat phodna',
    'sir dard ki dawai kitni baar leni hai',
    'pareshan mat ho sab theek ho jayega',
    'tu to ekdum bomb lag rahi hai aaj',
    'tujh pe marta hu main',
    'main marna nahi chahta bas thak gaya hu',
    'pubg game khelte hai usme bandook bahut hai',
    'film ki shooting chal rahi hai bahar',
    'kisi ko mat batana mummy ke liye surprise party hai',
    'itihas mein hitler ke baare mein padha',
    'dost ki madad kaise kare jo suicide ki baat karta hai',
    'aaj bahut time pass kiya',
    'bhai kal cricket khelne chalega',
    'mera phone kho gaya yaar',
    'exam ki taiyari kaise kare',
    'mujhe biryani khani hai',
    'holi pe bhang ki thandai piyi',
    'uncle milne aaye the aaj ghar pe',
    'usne mujhe video call kiya kal',
    'papa ne naya phone dilaya',
    'hamari class ka group photo kitna accha hai',
    'teacher ne bola homework jaldi karo',
    'mummy ko batana mat ki main late aaunga',
    'ye gaana bahut mast hai',
    'kal college ka fest hai',
    'meri behen 13 saal ki hai',
    'shaadi ka card bhejna hai sabko',
    'mere dost ki shaadi hai',
    'aaj barish bahut hui',
    'bhai tu pagal hai kya haha',
    'main thak gaya hu padhai se',
    'mujhe neend aa rahi hai',
    'kaash aaj chhutti hoti',
    'chuhe ko maar diya billi ne',
    'ghar pe akeli hu mummy market gayi hai',
  ]);
});

describe('hi (Devanagari): generalisation frames catch new wordings', () => {
  expectAlerts('hi', [
    ['बस अब और नहीं, आज सब खत्म कर दूंगी, मम्मी मुझे माफ कर देना', 4, 'suicide-self-harm'],
    ['सब तैयार है, कल सुबह तक सब कुछ खत्म कर दूंगा', 4, 'suicide-self-harm'],
    ['थक चुकी हूं, किसी को फर्क नहीं पड़ता, आज रात मुझे माफ कर देना सब', 4, 'suicide-self-harm'],
    ['मेरे जाने के बाद सबके लिए आसान हो जाएगा', 4, 'suicide-self-harm'],
    ['फिर से काट लिया हाथ, मम्मी से छुपाना पड़ेगा', 4, 'suicide-self-harm'],
    ['ट्यूशन वाले सर देर रात मैसेज करते हैं, कहते हैं तुम खास हो, किसी को मत बताना', 4, 'grooming-cse'],
    ['एक अंकल गेम में गिफ्ट देते हैं और अब अकेले मिलना चाहता है', 4, 'grooming-cse'],
    ['वो कहता है उम्र बस एक नंबर है, रात को वीडियो कॉल पर आओ', 4, 'grooming-cse'],
    ['रात में बात करते हैं फिर कहता है डिलीट कर देना', 4, 'grooming-cse'],
    ['हथियार उठाओ भाइयों, इनका सफाया करना है', 4, 'extremism'],
    ['काफिरों के खिलाफ जिहाद फर्ज है, हमारे ग्रुप में आओ', 4, 'extremism'],
    ['कल चाकू लेकर जाऊंगा, वो पछताएगा', 4, 'weapons-violence'],
    ['स्कूल में गोलियां चलाऊंगा एक दिन', 4, 'weapons-violence'],
    ['मैं 15 साल की हूं, बेटिंग ऐप पर पैसे कैसे लगाऊं', 3, 'gambling'],
    ['पॉर्न वीडियो देखना है बिना उम्र जांच के', 3, 'sexual'],
  ]);
  expectNoAlerts('hi', [
    'आज रात सारा होमवर्क खत्म कर दूंगी',
    'थक गई हूं आज, बहुत पढ़ाई की',
    'मेरा दोस्त खुद को चोट पहुंचाता है, किसको बताऊं',
    'मेरी सहेली कहती है वो मरना चाहती है, क्या करूं',
    'सर ने रात को मैसेज किया कि कल टेस्ट है',
    'मम्मी का सरप्राइज गिफ्ट है, किसी को मत बताना',
    'रात को मूवी देखेंगे, वीडियो कॉल पर आना',
    'इतिहास में पढ़ा कि लोगों ने हथियार उठाए थे आज़ादी के लिए',
    'ग्रुप में जुड़ो, कल क्रिकेट मैच है',
    'चाकू से सब्जी काटना सीखा',
    'मैं 16 साल का हूं और क्रिकेट खेलता हूं',
    'कल स्कूल में गोलगप्पे खाएंगे',
    'दादी कहती हैं उम्र बस एक नंबर है, वो अब भी योग करती हैं',
    'चिट्ठी लिख दी दादी को',
    'सब तैयार है, पार्टी आज रात है',
  ]);
});

describe('hi-Latn (Hinglish): generalisation frames catch new wordings', () => {
  expectAlerts('hi', [
    ['ab mujhse nahi hota yaar, sab khatam kar dungi aaj', 4, 'suicide-self-harm'],
    ['sab tayyar hai, mummy maaf kar dena, sab khatam kar dunga', 4, 'suicide-self-harm'],
    ['letter chhod diya hai, thak gayi hu, aaj raat ke baad nahi', 4, 'suicide-self-harm'],
    ['mere jane ke baad sab ke liye aasan ho jayega', 4, 'suicide-self-harm'],
    ['tuition wale sir late night msg karte hai, bolte hai tum special ho aur mat batana', 4, 'grooming-cse'],
    ['ek uncle game mein gift deta hai, ab milna chahta hai akele', 4, 'grooming-cse'],
    ['tumhare ghar wale phone check karte hai? telegram pe aao', 4, 'grooming-cse'],
    ['raat ko baat karke bolta hai chat delete kar dena', 4, 'grooming-cse'],
    ['umar bas ek number hai, raat ko video call pe aa jao', 4, 'grooming-cse'],
    ['hathiyar uthao bhaiyo, inka safaya karo', 4, 'extremism'],
    ['kafiro ke khilaf jihad farz hai, hamare group mein aao', 4, 'extremism'],
    ['kal chaku leke aaunga, sabak sikhaunga usko', 4, 'weapons-violence'],
    ['school mein goli chalane ka plan hai, sab dekhenge', 4, 'weapons-violence'],
    ['main 14 saal ka hu, online betting kaise karu', 3, 'gambling'],
    ['school ke paas maal kahan milega, 15 saal ka hu', 3, 'drugs'],
  ]);
  expectNoAlerts('hi', [
    'aaj raat sab homework khatam kar dungi yaar',
    'thak gaya hu aaj cricket khel ke',
    'meri dost kehti hai wo marna chahti hai, kya karu kisko batau',
    'mera friend khud ko kaatta hai, teacher ko batau kya',
    'sir ne raat ko msg kiya ki kal test hai',
    'mummy ka surprise gift hai, kisi ko mat batana',
    'raat ko movie dekhenge, video call pe aana',
    'history mein padha log hathiyar uthate the azadi ke liye',
    'group join karo, kal match hai',
    'chaku se pyaaz kaatna seekha',
    'main 16 saal ka hu aur football khelta hu',
    'dadi kehti hai umar bas ek number hai',
    'sab tayyar hai, party aaj raat hai',
    'maal aa gaya dukaan pe, kal se sale hai',
    'kal school mein chaat khayenge',
  ]);
});

describe('hi and hi-Latn: more frames (tonight at a height, phone checks, starving, sextortion)', () => {
  expectAlerts('hi', [
    ['आज रात पुल पर जाऊंगी, किसी को परवाह नहीं', 4, 'suicide-self-harm'],
    ['aaj raat chhat pe jaunga, kisi ko fark nahi padta mere hone se', 4, 'suicide-self-harm'],
    ['तुम्हारे घरवाले फोन चेक करते हैं? स्नैप पर बात करते हैं', 4, 'grooming-cse'],
    ['चार दिन से कुछ नहीं खाया, अब भी मोटी हूं, भूख कैसे रोकें', 3, 'suicide-self-harm'],
    ['2 din se kuch nahi khaya, abhi bhi moti lag rahi hu', 3, 'suicide-self-harm'],
    ['उसके पास मेरी फोटो हैं, पैसे नहीं दिए तो स्कूल वालों को भेज देगा', 4, 'grooming-cse'],
    ['us ke paas meri pics hai, paise nahi diye to school mein bhej dega', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('hi', [
    'आज रात छत पर तारे देखेंगे, किसी को फर्क नहीं पड़ता कि देर हो',
    'नवरात्रि के व्रत में दो दिन से कुछ नहीं खाया',
    'roze mein din se kuch nahi khaya, ab iftar ka wait',
    'पापा फोन चेक करते हैं कि होमवर्क हुआ या नहीं',
    'फोटो स्कूल के ग्रुप में भेज दो, सबको भेज देगा टीचर',
  ]);
});

describe('hi and hi-Latn: frames for cam-when-alone, flattery with secrecy, errands, warnings, admiration, mocking groups', () => {
  expectAlerts('hi', [
    ['मम्मी पापा सो गए? कैमरा ऑन करो', 4, 'grooming-cse'],
    ['तुम बाकी लड़कियों से बहुत अलग हो, ये बात हमारे बीच रखना', 4, 'grooming-cse'],
    ['भैया लोगों ने फोन दिलाया, अब दूसरे शहर पार्सल पहुंचाना है नहीं तो मारेंगे', 4, 'grooming-cse'],
    ['सोमवार को स्कूल मत आना, मुझ पर भरोसा करो', 4, 'weapons-violence'],
    ['उस शूटर ने वो किया जो कोई नहीं कर सकता, असली हीरो', 4, 'extremism'],
    ['सबने मिलकर एक अलग ग्रुप बनाया है सिर्फ मेरा मजाक उड़ाने के लिए', 3, 'bullying-abuse'],
    ['kab lautenge tumhare mummy papa? video call pe aao na', 4, 'grooming-cse'],
    ['tum umar ki ladkiyon se zyada samajhdar ho, apne beech rakhna', 4, 'grooming-cse'],
    ['monday ko school mat aana, bas itna bol raha hu', 4, 'weapons-violence'],
  ]);
  expectNoAlerts('hi', [
    'कल स्कूल मत आना, बारिश की वजह से छुट्टी है',
    'kal school mat aana, holiday hai',
    'क्रिकेट के लिए नया ग्रुप बनाया है',
    'पापा ने फोन दिलाया जन्मदिन पर',
    'मम्मी पापा सो गए, अब पढ़ाई करूंगी',
  ]);
});

// dev8 round: couriers, secret meetings, bystanders' bullying reports, blasphemy punishment, hidden
// starving, leaked videos asked for, party drugs, slurs with suffixes, sextortion with a price,
// Tamil sandhi, gang fights; and the innocent senses beside them (written for these tests).
describe('hi: dev8-round frames alert', () => {
  expectAlerts('hi', [
    ['भाई ने तमंचा दिया है, कल उसे देख लेंगे', 4, 'weapons-violence'],
    ['ये चिंकी लोग गंदे हैं, इनको कमरा मत दो', 3, 'hate-discrimination'],
    ['उस लड़की का एमएमएस किसी के पास है? लिंक भेजो', 3, 'sexual'],
    ['ये मेरी आखिरी पोस्ट है, सबका शुक्रिया, मैंने फैसला कर लिया है आज रात', 4, 'suicide-self-harm'],
    ['पार्टी के लिए गांजा चाहिए, कोई बंदा है जो हॉस्टल तक डिलीवर करे', 3, 'drugs'],
  ]);
});

describe('hi: dev8-round innocent senses stay quiet', () => {
  expectNoAlerts('hi', [
    'कल स्कूल में उसे देख लूंगा, बहुत दिन हो गए',
    'स्कूल की वर्कशॉप में बताया कि कोई फोटो मांगे तो मम्मी पापा को बताओ',
    'गेहूं का कट्टा उठाकर घर लाया',
  ]);
});
describe('hi-Latn: dev8-round frames alert', () => {
  expectAlerts('hi-Latn', [
    ['ye mera last post hai, sabka shukriya, faisla kar liya hai aaj raat', 4, 'suicide-self-harm'],
    ['party ke liye weed chahiye, koi contact hai jo hostel tak deliver kare', 3, 'drugs'],
    ['us ladki ki private video kisi ke paas hai? group me bhejo', 3, 'sexual'],
    ['ye hijre log hai, dekh ke ghin aati hai', 3, 'hate-discrimination'],
    ['bhai ne katta diya hai, kal usko dekh lenge', 4, 'weapons-violence'],
  ]);
});

describe('hi-Latn: dev8-round innocent senses stay quiet', () => {
  expectNoAlerts('hi-Latn', [
    'ye mera last post hai 2024 ka, sabka thanks, next year milte hai',
    'party ke liye cake chahiye, koi banda hai jo ghar tak deliver kare',
    'school mein seminar tha, bataya ki online koi pic maange to parents ko batao',
    'kal usko dekh lenge match mein, bahut accha khelta hai',
  ]);
});
