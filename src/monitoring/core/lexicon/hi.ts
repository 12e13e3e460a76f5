/**
 * Hindi lexicon in two packs: Devanagari (`hi`) and Hinglish, Hindi typed in Latin letters
 * (`hi-Latn`, matched with vowel folding like Roman Urdu). Written for this project by its
 * contributors from how young people in the UK and India write about these risks; no third-party
 * word list was copied. Licence: AGPL-3.0-or-later (see LICENSES.md).
 *
 * The pack was first written when the normaliser dropped every Devanagari combining mark, so
 * "मरना" (to die) read as "मारना" (to kill) and "मौत" (death) as "मत" (don't); its phrases avoid
 * such words on their own and use longer, distinctive wordings. The normaliser now keeps vowel
 * signs (folding only ि/ी, ु/ू, ं/ँ, candra o/e and the nukta: INDIC_FOLD in
 * ../normalise-tables.ts), so spelling slips between those cost nothing but a phrase must be
 * spelt with its other vowels — a native speaker's pass over the older phrases is welcome.
 * Roman Urdu (`ur-Latn` in ur.ts) already covers much shared Hinglish ("marna chahta",
 * "khudkushi", "mat batana"); `hi-Latn` adds the Hindi-only words and spellings.
 */
import { HINDI_FRAME_RULES } from './rules-hi.ts';
import { extendPack, type LanguagePack } from './types.ts';

/** Object pronouns before a verb: "उसे मार दूंगा" is a threat against someone, not self-harm. */
const OBJ = '{तुझे|तुम्हें|तुमको|तुझको|तेरे को|उसे|उसको|उन्हें|उनको|सबको|सब को|सबको ही|उस लड़के को|उस लड़की को|टीचर को|सर को|मैडम को}';
const KILL_WILL = '{मार दूंगा|मार दूँगा|मार दूंगी|मार डालूंगा|मार डालूँगा|मार डालूंगी|जान से मार दूंगा|जान से मारूंगा|ख़त्म कर दूंगा|खत्म कर दूंगा|गोली मार दूंगा|चाकू मार दूंगा|काट दूंगा|काट डालूंगा|उड़ा दूंगा|ठोक दूंगा|टपका दूंगा}';

const hiBase: LanguagePack = {
  lang: 'hi',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['नहीं', 'कभी नहीं', 'बिल्कुल नहीं'],
  concepts: {
    bullyactor: ['वो लोग', 'सब लोग', 'सारी क्लास', 'पूरी क्लास', 'क्लास वाले', 'क्लास के लड़के', 'लड़के', 'लड़कियां', 'लड़कियाँ', 'बड़े लड़के', 'सीनियर', 'सीनियर्स'],
    bullyact: ['मुझे मारते', 'मुझे पीटते', 'मुझे तंग करते', 'मुझे परेशान करते', 'मुझे चिढ़ाते', 'मेरा मज़ाक उड़ाते', 'मेरा मजाक उड़ाते', 'मज़ाक बनाते', 'मजाक बनाते', 'मुझ पर हंसते', 'मुझ पे हंसते', 'धक्का देते', 'धक्के देते', 'गालियां देते', 'गालियाँ देते', 'गाली देते', 'धमकी देते', 'धमकियां देते', 'मेरी वीडियो बना', 'मुझ पर थूकते', 'बेइज़्ज़ती करते', 'बेइज्जती करते', 'ग्रुप से निकाल', 'मेरा सामान छीन'],
    extsupport: ['समर्थन करता', 'समर्थन करती', 'सपोर्ट करता', 'सपोर्ट करती', 'हीरो थे', 'हीरो था', 'असली हीरो', 'सही किया', 'ठीक किया', 'इज़्ज़त करता', 'इज्जत करता', 'आदर्श', 'ज़िंदाबाद', 'जिंदाबाद', 'फैन हूँ', 'फैन हूं', 'महान था', 'महान थे'],
    extfigure: ['आईएसआईएस', 'आइसिस', 'दाइश', 'इस्लामिक स्टेट', 'तालिबान', 'अल कायदा', 'अल क़ायदा', 'बिन लादेन', 'बगदादी', 'आतंकवादी', 'आतंकवादियों', 'आत्मघाती हमलावर', 'फिदायीन', 'हिटलर', 'नाज़ी', 'नाजी', 'जैश ए मोहम्मद', 'लश्कर ए तैयबा'],
    attack: ['हमला करना', 'हमला करेंगे', 'हमला करूंगा', 'हमला करो', 'हमला करना चाहिए', 'उड़ा देंगे', 'उड़ा दूंगा', 'उड़ा दो', 'आग लगा दो', 'आग लगा देंगे', 'आग लगाओ', 'बम से उड़ा', 'धमाका करना', 'धमाका करेंगे'],
    worship: ['मस्जिद', 'मस्जिदों', 'मंदिर', 'मन्दिर', 'मंदिरों', 'चर्च', 'गिरजाघर', 'गुरुद्वारा', 'गुरुद्वारे', 'मदरसे'],
    feeling: ['मैं बोझ हूँ', 'मैं बोझ हूं', 'सब पर बोझ', 'मैं किसी काम का नहीं', 'मैं किसी काम की नहीं', 'मेरी कोई अहमियत नहीं', 'कोई रास्ता नहीं बचा', 'अंदर से खाली', 'ज़िंदगी बेकार है', 'जिंदगी बेकार है', 'ज़िंदगी से थक', 'जिंदगी से थक', 'ज़िंदगी से तंग', 'जिंदगी से तंग', 'सब कुछ बेकार है'],
    final: ['आखिरी मैसेज', 'आख़िरी मैसेज', 'आखिरी संदेश', 'आख़िरी संदेश', 'अलविदा सबको', 'सबको अलविदा', 'सब मुझे माफ़ करना', 'सब मुझे माफ करना', 'जब तुम ये पढ़ोगे', 'जब आप ये पढ़ोगे', 'कल मैं नहीं रहूंगा', 'कल मैं नहीं रहूंगी', 'कल मैं नहीं रहूँगी', 'मेरा सामान दे देना'],
    howto: ['कैसे', 'कैसी', 'किस तरह', 'तरीका', 'तरीक़ा', 'तरीके', 'तरीक़े', 'आसान तरीका', 'सबसे आसान', 'कितनी', 'कितने'],
    suicide: ['आत्महत्या', 'आत्म हत्या', 'सुसाइड करने', 'सुसाइड करना', 'सुसाइड का', 'सुसाइड के', 'अपनी जान देने', 'अपनी जान दे दूं', 'खुदकुशी', 'ख़ुदकुशी', 'अपनी जान', 'मरने', 'मर जाऊं', 'मर जाऊँ', 'मर जाएं', 'मर सकते', 'खुद को मार*', 'ख़ुद को मार*', 'खुद को खत्म', 'खुद को ख़त्म', 'ज़िंदगी खत्म', 'जिंदगी खत्म', 'ज़िन्दगी ख़त्म', 'फांसी लगा*', 'फाँसी लगा*', 'फंदा लगा*', 'फंदे से', '{ज़हर|जहर} {खा लूं|खा लूँ|खा लूंगा|खा लूंगी|खा लिया|खाकर|खा के|खाना}', 'नस काट*', 'कलाई काट*'],
    want: ['चाहता', 'चाहती', 'चाहते', 'करना है', 'करनी है', 'कर लूंगा', 'कर लूंगी', 'कर लूँगा', 'कर लूँगी', 'करूंगा', 'करूंगी', 'करूँगी', 'दिल करता', 'मन करता', 'सोच रहा', 'सोच रही', 'आज रात'],
    dieverb: ['मरना', 'मर जाना', 'सुसाइड करना', 'अपनी जान देना', 'अपनी जान दे दूं', 'मर जाऊं', 'मर जाऊँ', 'मर जाउं', 'खुदकुशी', 'ख़ुदकुशी', 'आत्महत्या', 'खुद को मारना', 'ख़ुद को मारना', 'खुद को खत्म करना', 'खुद को ख़त्म करना', 'ज़िंदगी खत्म करना', 'जिंदगी खत्म करना', 'ज़िन्दगी ख़त्म करना', 'गायब हो जाना', 'हमेशा के लिए सोना', 'फांसी लगाना', 'ज़हर खाना', 'जहर खाना'],
    pills: ['{गोलियां|गोलियाँ} {खा लूं|खा लूँ|खा लूंगा|खा लूंगी|खा लीं|खा ली|खाकर|खा के|खाने}', 'सारी गोलियां', 'सारी गोलियाँ', 'बहुत सारी गोलियां', 'दवाई', 'दवाइयां', 'दवाइयाँ', 'टैबलेट', 'टेबलेट', 'पैरासिटामोल', 'पेरासिटामोल', 'नींद की गोलियां', 'नींद की गोलियाँ', 'नींद की दवा', 'क्रोसिन'],
    death: ['मर जाऊं', 'मर जाऊँ', 'मर जाएं', 'मर जाए', 'मर जाऊंगा', 'मर जाऊंगी', 'मरने', 'मर सकते', 'मर सकती', 'मर सकता', 'मौत हो जाए', 'मौत आ जाए', 'मौत हो जाएगी', 'मौत हो सकती', 'ओवरडोज़', 'ओवरडोज', 'जानलेवा', 'घातक', 'उठूं ही ना', 'कभी ना उठूं'],
    cut: ['खुद को काट*', 'ख़ुद को काट*', 'हाथ काट*', 'कलाई काट*', 'नस काट*', 'कट के निशान', 'कट्स', 'ब्लेड', 'ज़ख्म', 'जख्म', 'घाव', 'कलाई के निशान', 'हाथ के निशान', 'खुद को चोट', 'खुद को नुकसान', 'खाना नहीं खाती', 'खाना छोड़ दिया'],
    hide: ['छुपाऊं', 'छुपाऊँ', 'छुपाना', 'छुपाती', 'छुपाता', 'छुपाएं', 'छुपाएँ', 'छिपाऊं', 'छिपाना', 'छिपाएं', 'छुपा के', 'छुपा कर', 'छुपाकर'],
    parents: ['मम्मी पापा', 'मम्मी को', 'पापा को', 'माँ को', 'मां को', 'माता पिता', 'घरवालों', 'घर वालों', 'घरवाले', 'किसी को', 'किसी को भी', 'टीचर', 'पैरेंट्स', 'अम्मी अब्बू'],
    secret: ['मत बताना', 'ना बताना', 'न बताना', 'नहीं बताना', 'मत बताओ', 'मत बोलना', 'मत कहना', 'हमारा राज़', 'हमारा राज', 'हमारा सीक्रेट', 'मैसेज डिलीट', 'चैट डिलीट'],
    adult: ['आदमी', 'अंकल', 'अजनबी', 'अनजान', 'एक लड़का', 'बड़ा लड़का', 'उम्र में बड़ा', 'बड़ी उम्र', 'ऑनलाइन मिला', 'गेम में मिला', 'इंस्टा पर मिला', 'इंस्टा वाला', 'एक बंदा'],
    request: ['फोटो भेजो', 'फ़ोटो भेजो', 'फोटो भेज', 'पिक भेज*', 'पिक्स भेज*', 'तस्वीर भेज*', 'तस्वीरें भेज*', 'फोटो मांग*', 'फोटोज़ मांग*', 'पिक्स मांग*', 'तस्वीरें मांग*', 'अकेली ही आना', 'अकेले ही आना', 'किसी के साथ मत आना', 'कैमरा ऑन करो', 'वीडियो कॉल पर आओ', 'कपड़े उतार*', 'उम्र से ज़्यादा समझदार', 'उम्र से ज्यादा समझदार', 'मैच्योर हो', 'किसी को मत बताना', 'घर का पता'],
    drug: ['शराब', 'दारू {पीना|पीनी|पी ली|पीकर|पी के|पीता|पीती}', 'गांजा', 'गाँजा', 'चरस', 'नशा करना', 'नशा करने', 'नशे की', 'अफीम', 'स्मैक', 'ड्रग्स', 'एमडीएमए', 'एलएसडी', 'सिगरेट', 'वेप पेन', 'वेपिंग'],
    buy: ['कहाँ से मिलेगा', 'कहां से मिलेगा', 'कहाँ से मिलेगी', 'कहां से मिलेगी', 'कहाँ मिलेगा', 'कहां मिलेगा', 'कहाँ मिलता', 'कहां मिलता', 'कहाँ से खरीद*', 'कहां से खरीद*', 'खरीदना', 'खरीदूं', 'ख़रीदूं', 'पीना चाहता', 'पीना चाहती', 'ट्राई करना', 'फूंकना', 'फूँकना', 'मंगवाना', 'डीलर', 'सप्लायर'],
    weapon: ['चाकू लेकर', 'चाकू ले के', 'चाकू ले {जाऊंगा|जाऊँगा|जाऊंगी|जाना|जाता}', 'चाकू लाऊंगा', 'चाकू लाऊँगा', 'चाकू रख*', 'बंदूक', 'बन्दूक', 'पिस्तौल', 'पिस्टल', 'तमंचा', 'देसी कट्टा', 'कट्टा', 'हथियार', 'तेज़ाब', 'तेजाब', 'तलवार', 'रिवॉल्वर'],
    school: ['स्कूल', 'क्लास', 'कॉलेज', 'कक्षा', 'स्कूल में', 'क्लास में'],
    join: ['शामिल', 'शामिल होना', 'शामिल हो', 'जॉइन', 'ज्वाइन', 'जुड़ना', 'जुड़ जाऊं', 'जुड़ जाऊँ', 'लड़ने जाना', 'लड़ने जाऊंगा'],
    extgroup: ['आईएसआईएस', 'आइसिस', 'दाइश', 'इस्लामिक स्टेट', 'तालिबान', 'अल कायदा', 'जिहाद', 'जिहादी', 'मुजाहिदीन', 'सीरिया जाना', 'सीरिया जाकर', 'सीरिया में लड़ने', 'खिलाफत', 'ख़िलाफ़त', 'जैश ए मोहम्मद', 'लश्कर ए तैयबा'],
    group: ['मुसलमान', 'मुसलमानों', 'मुस्लिम', 'हिन्दू', 'हिंदुओं', 'हिंदू लोग', 'ईसाई', 'ईसाइयों', 'दलित', 'दलितों', 'चमार', 'प्रवासी', 'शरणार्थी', 'रोहिंग्या', 'समलैंगिक', 'हिजड़े', 'छक्के लोग', 'छक्के', 'कश्मीरी', 'पाकिस्तानी', 'अंग्रेज़', 'चिंकी लोग', 'ये चिंकी', 'चिंकियों', 'नॉर्थ ईस्ट वाले'],
    hateclaim: ['आतंकवादी हैं', 'गद्दार', 'गद्दार हैं', 'गंदे हैं', 'गंदे लोग', 'बाहर निकालो', 'भगाओ', 'को मार डालो', 'कीड़े हैं', 'जानवर हैं', 'कुत्ते हैं', 'सूअर', 'नफरत है', 'नफ़रत है', 'देश से निकालो', 'पाकिस्तान भेजो', 'काट डालो', 'खत्म कर दो', 'जिंदा जला', 'कोरोना फैलाते', 'बीमारी फैलाते', 'किराए पर मत दो', 'कमरा मत दो', 'उल्टी आती', 'घिन आती', 'बाहर फेंक दो', 'समाज से बाहर'],
    adultage: ['{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} साल का', '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} साल की'],
    childage: ['{मैं|मेरी उम्र} {10|11|12|13|14|15} {साल|की|का}', 'मैं सिर्फ {10|11|12|13|14|15}'],
    bet: ['सट्टा लगा*', 'सट्टेबाज़ी', 'सट्टेबाजी', 'ऑनलाइन कैसीनो', 'कैसीनो ऐप', 'रमी ऐप', 'जुआ', 'बेटिंग', 'तीन पत्ती', 'एविएटर'],
    abuser: ['पापा मुझे', 'मम्मी मुझे', 'पिताजी', 'चाचा जी', 'मामा जी', 'सौतेले पिता', 'सौतेला', 'सौतेले', 'भाई', 'अंकल'],
    abuse: ['मारते हैं', 'पीटते हैं', 'पीटते', 'मारपीट', 'बेल्ट से मार*', 'छूते हैं', 'गलत तरीके से {छूते|छूता|छुआ|छूना}', 'कमरे में बंद', 'खाना नहीं देते'],
    me: ['मुझे', 'मुझको', 'मेरे को', 'मेरेको', 'मेरा मन', 'मेरा दिल'],
    desire: ['मन करता है', 'मन करता', 'दिल करता है', 'दिल करता', 'जी करता है', 'मन होता है', 'इच्छा होती है', 'सोचती हूँ', 'सोचता हूँ'],
    tobj: [OBJ],
    killwill: [KILL_WILL, 'जान से मार*'],
    // frames: first-person intent × harm, jump from a height, bring a weapon, make a weapon
    fheight: ['छत से', 'छत पर', 'छत पे', 'पुल से', 'पुल पर', 'बिल्डिंग', 'इमारत', 'खिड़की', 'ट्रेन के आगे', 'ट्रेन के सामने'],
    fjump: ['कूद जाऊं', 'कूद जाऊँ', 'कूद जाऊंगा', 'कूद जाऊंगी', 'कूद जाऊँगी', 'कूद गया', 'कूद गई', 'कूदना', 'कूदने', 'कूद लगा*', 'छलांग', 'छलाँग'],
    fmake: ['बनाएं', 'बनाएँ', 'बनाते', 'बनाने', 'बनाऊं', 'बनाऊँ', 'बनाया', 'बनता'],
    fmakeweapon: ['बम', 'पेट्रोल बम', 'बंदूक', 'बन्दूक', 'देसी कट्टा', 'तमंचा', 'पिस्तौल', 'विस्फोटक', 'आईईडी'],
    fbring: ['लेकर', 'ले के', 'ले जाऊंगा', 'ले जाऊँगा', 'ले जाऊंगी', 'लाऊंगा', 'लाऊँगा', 'लाऊंगी', 'ले आऊंगा', 'छुपा के', 'बैग में'],
    fattackword: ['गोलीबारी', 'शूटिंग करूंगा', 'सबको मार', 'सबको उड़ा', 'सबको गोली', 'हमला करूंगा', 'हमला करूँगा'],
    fwithoutme: ['मेरे बिना', 'मेरे बग़ैर', 'मेरे बगैर', 'मैं ना रहूं', 'मैं न रहूं', 'मैं नहीं रहूंगा', 'मैं नहीं रहूंगी'],
    fbetter: ['ज़्यादा खुश', 'ज्यादा खुश', 'खुश रहेंगे', 'खुश रहेगा', 'खुश रहेगी', 'बेहतर', 'आसान हो'],
    fwish: ['काश'],
    fdead: ['मर जाऊं', 'मर जाऊँ', 'मर जाता', 'मर जाती', 'पैदा ना होता', 'पैदा न होता', 'पैदा ना होती', 'पैदा ही ना'],
    fasks: ['पूछता', 'पूछती', 'पूछा', 'पूछ रहा', 'जानना चाहता'],
    fwhereabouts: ['कहाँ रहती', 'कहां रहती', 'कहाँ रहते', 'कौन से स्कूल', 'किस स्कूल', 'अकेली हो', 'अकेले हो', 'घर पर अकेली', 'घर पे अकेली', 'घर में कोई है', 'उम्र क्या', 'क्या पहना'],
    fprivapp: ['टेलीग्राम', 'स्नैप', 'स्नैपचैट', 'व्हाट्सएप', 'इंस्टा', 'सिग्नल'],
    fnosee: ['पता ना चले', 'पता न चले', 'किसी को पता', 'कोई ना देखे', 'कोई न देखे', 'डिलीट कर देना', 'डिलीट कर दो'],
    fgift: ['पैसे भेजे', 'पैसे दिए', 'पैसे दूंगा', 'पैसे दूँगा', 'गिफ्ट', 'गिफ्ट दूंगा', 'तोहफा', 'तोहफ़ा', 'तोहफे', 'फोन दिलाया', 'रिचार्ज', 'पेटीएम', 'डायमंड'],
    fexpose: ['सबको भेज', 'सब को भेज', 'सबको दिखा', 'सब को दिखा', 'वायरल कर', 'इंटरनेट पर डाल', 'नेट पर डाल'],
    fcondition: ['वरना', 'नहीं तो', 'नही तो', 'अगर नहीं'],
    fmedia: ['फोटो', 'फ़ोटो', 'फोटोज़', 'तस्वीरें', 'पिक्स', 'वीडियो', 'न्यूड'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: ['मुझे मरना है', 'मुझे मर जाना है', 'मुझे बस मरना है', 'मैं मरना चाहता हूँ', 'मैं मरना चाहता हूं', 'मैं मरना चाहती हूँ', 'मैं मरना चाहती हूं', 'मैं आत्महत्या करना चाहता', 'मैं आत्महत्या करना चाहती', 'आत्महत्या कर लूंगा', 'आत्महत्या कर लूंगी', 'आत्महत्या कर लूँगी', 'सुसाइड कर लूंगा', 'सुसाइड कर लूंगी', 'सुसाइड करना चाहता', 'सुसाइड करना चाहती', 'अपनी जान दे दूंगा', 'अपनी जान दे दूंगी', 'खुदकुशी कर लूंगा', 'खुदकुशी कर लूंगी', 'खुद को मार डालूंगा', 'खुद को मार डालूंगी', 'खुद को खत्म कर {दूंगा|दूंगी|लूंगा|लूंगी}', 'ख़ुद को ख़त्म कर {दूंगा|दूंगी|लूंगा|लूंगी}', 'अपनी ज़िंदगी खत्म', 'अपनी जिंदगी खत्म', 'अपनी जान ले लूंगा', 'अपनी जान ले लूंगी', 'अपनी जान ले लूँ', 'ज़िंदा नहीं रहना', 'जिंदा नहीं रहना', 'ज़िंदा नहीं रहना चाहता', 'ज़िंदगी से तंग आ गया हूँ', 'ज़हर खा लूंगा', 'ज़हर खा लूंगी', 'जहर खा लूंगी', 'फांसी लगा लूंगा', 'फांसी लगा लूंगी', 'फाँसी लगा लूँगी', 'पंखे से लटक जाऊं', 'पंखे से लटक जाऊँगी', 'आत्महत्या कैसे करें', 'आत्महत्या करने का तरीका', 'आत्महत्या का आसान तरीका', 'सुसाइड कैसे करें', 'सुसाइड का तरीका', 'बिना दर्द के मरना', 'बिना दर्द के कैसे मरें', 'जल्दी मरने का तरीका', 'सुसाइड नोट', 'आज रात सब खत्म'] },
    { id: 'ideation', category: 'suicide-self-harm', severity: 4, phrases: ['मरने का मन', 'मरने का दिल', 'मरने को जी', 'आत्महत्या के विचार आते', 'सुसाइड के विचार आते', 'मर जाने का मन'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['आत्महत्या', 'खुदकुशी', 'ख़ुदकुशी', 'सुसाइड के विचार', 'सुसाइड करने का', 'आत्महत्या के विचार', 'मेरे बिना सब खुश', 'सब मेरे बिना', 'जीने की कोई वजह नहीं', 'ज़िंदगी से नफरत', 'जिंदगी से नफरत', 'ज़िंदगी का कोई मतलब नहीं', 'जिंदगी का कोई मतलब नहीं', 'खाना छोड़ दिया', 'पतली होने के लिए', 'उल्टी करके'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['{खुद|ख़ुद|अपने आप} को {काटती|काटता|काट लिया|काट लेती|काट लेता|चोट पहुंचाती|चोट पहुंचाता|नुकसान पहुंचाती|नुकसान पहुंचाता|जलाती|जलाता}', 'हाथ पर ब्लेड', 'ब्लेड से हाथ', 'ब्लेड से काट*', 'कलाई काट ली', 'कलाई काट लूंगी', 'नस काट ली', 'नस काट लूंगा', 'नस काट लूंगी', 'कट के निशान कैसे छुपाएं', 'कट के निशान', 'सेल्फ हार्म', 'खाना खाकर उल्टी', 'जानबूझकर उल्टी'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['मम्मी पापा को मत बताना', 'घरवालों को मत बताना', 'घर वालों को मत बताना', 'माँ को मत बताना', 'मां को मत बताना', 'किसी को मत बताना', 'किसी को भी मत बताना', 'किसी को नहीं बताना', 'ये हमारा राज़ है', 'हमारा सीक्रेट', 'अपनी उम्र से ज़्यादा समझदार', 'अपनी उम्र से ज्यादा समझदार', 'उम्र से ज़्यादा मैच्योर', 'अकेली ही आना', 'कैमरा ऑन करो', 'फोटो भेजो ना', '{क्या|अभी} {घर पर|घर पे} अकेली हो', '{घर पर|घर पे} अकेली हो {क्या|अभी}', 'अपनी फोटो भेजो', 'अपनी पिक भेजो', 'घर में कोई है क्या', 'चैट डिलीट कर देना', 'रिचार्ज करा दूंगा', 'गिफ्ट दिलाऊंगा'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['नंगी फोटो भेजो', 'न्यूड भेजो', 'न्यूड्स भेजो', 'बिना कपड़ों के फोटो', 'बिना कपड़ों की फोटो', 'कपड़े उतार कर {फोटो|वीडियो|दिखाओ}', 'कपड़े उतारो', 'मेरी फोटो {सबको|सब को} भेज देगा', 'मेरी फोटो वायरल कर देगा', 'फोटो वायरल कर दूंगा', 'वीडियो वायरल कर दूंगा', 'सबको दिखा दूंगा', 'गलत जगह छूता', 'गलत तरीके से छूता', 'गलत तरीके से छुआ', 'मेरे साथ ज़बरदस्ती', 'मेरे साथ जबरदस्ती', 'बलात्कार', 'रेप किया'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['{नंगी|नँगी} {फोटो|फ़ोटो} {भेजो|दिखाओ|चाहिए|वाली|देखनी|देखना|डाउनलोड}', 'नंगी फोटोज़', 'नंगी फोटोस', 'नंगी तस्वीरें', 'नंगी लड़कियां', 'नंगी वीडियो', 'गंदी वीडियो', 'गंदी फिल्म', 'गंदी फ़िल्म', 'ब्लू फिल्म', 'सेक्सी वीडियो', 'सेक्स वीडियो', 'पोर्नोग्राफी', 'पोर्नहब', 'पॉर्नहब', 'चुदाई', 'अश्लील', 'अश्लील वीडियो', 'एमएमएस वीडियो', 'देसी एमएमएस'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['फेक आईडी बनाई', 'फेक अकाउंट बनाया', 'गंदे मैसेज', 'मर जाओ', 'जाके मर जा', 'जा के मर जा', 'मर क्यों नहीं जाता', 'मर क्यों नहीं जाती', 'डूब के मर जा', 'चुल्लू भर पानी में डूब', 'डूब के मर', 'सब तुमसे नफरत करते', 'कोई तुम्हें पसंद नहीं करता', 'मुझे तंग करते', 'मुझे परेशान करते हैं', 'गालियां देते हैं', 'मज़ाक उड़ाते हैं', 'मजाक उड़ाते हैं', 'मुझे मारते हैं', 'मुझे पीटते हैं', 'बदसूरत', 'मोटी भैंस', 'मोटा हाथी', 'घर जाने से डर', 'स्कूल जाने से डर लगता'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['आईएसआईएस में शामिल', 'आइसिस में शामिल', 'तालिबान में शामिल', 'जिहाद के लिए', 'जिहाद पर जाना', 'काफ़िरों को मारना', 'काफिरों को मारो', 'काफिरों को मारना', 'आत्मघाती हमला', 'फिदायीन हमला', 'शहीद बनना', '{मस्जिद|मस्जिदों|मंदिर|मंदिरों|चर्च|गुरुद्वारे} {पर|पे} हमला {करो|करेंगे|करना है|करना चाहिए|करूंगा|करूँगा}', 'गोली मारो सालों को', 'देश के गद्दारों को', 'मुसलमानों को मारो', 'हिंदुओं को मारो', 'ग़ज़वा ए हिंद', 'गजवा ए हिंद', 'हिटलर सही था', 'हिटलर हीरो', 'खिलाफत के लिए लड़ना'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['कटुआ', 'कटुए', 'कटुओं', 'चमार', 'हिजड़ा', 'नीची जात*', 'नीच जात*', 'औकात याद दिला*', 'पाकिस्तान चले जाओ', 'पाकिस्तान भेजो', 'अपने देश वापस जाओ'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['चरस', 'स्मैक', 'अफीम', 'नशा करना', 'नशा करने', 'नशे की गोलियां', 'शराब कैसे खरीदें', 'शराब कहाँ से', 'दारू कहाँ से', 'दारू पीनी है', 'गांजा कहाँ मिलेगा', 'वेप कहाँ से', 'माल फूंकना'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['बम कैसे बनाएं', 'बम कैसे बनाएँ', 'बम कैसे बनाते', 'बम बनाने का तरीका', 'बम बनाना सीखना', 'पेट्रोल बम', 'पिस्तौल कहाँ से', 'पिस्तौल कहां से', 'बंदूक कहाँ से', 'बंदूक कहां से', 'कट्टा कहाँ मिलेगा', 'कट्टा कैसे बनाएं', 'देसी कट्टा', 'किसी को कैसे मारें', 'कत्ल कैसे करें', 'क़त्ल कैसे करें', `${OBJ} ${KILL_WILL}`, `${KILL_WILL} ${OBJ}`, `${OBJ} {मारना|मार डालना|जान से मारना|ख़त्म करना|खत्म करना} {चाहता|चाहती|चाहते|है}`, 'सबको गोली मार दूंगा', 'पूरे स्कूल को उड़ा दूंगा', 'स्कूल को आग लगा दूंगा', 'स्कूल में गोलीबारी'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['जुआ', 'जुआ खेलना', 'ऑनलाइन जुआ', 'सट्टा लगाना', 'सट्टा मटका', 'ऑनलाइन कैसीनो', 'बेटिंग ऐप', 'तीन पत्ती पैसे', 'रमी में पैसे', 'एविएटर गेम', 'सारे पैसे हार गया', 'जुए में पैसे हार'] },
    { id: 'intent-more', category: 'suicide-self-harm', severity: 5, phrases: ['ये मेरा आखिरी मैसेज है', 'यह मेरा आखिरी मैसेज है', 'मेरा आखिरी मैसेज', 'पुल से कूद {जाऊंगा|जाऊंगी|जाऊँगी|जाऊं|जाऊँ}', 'छत से कूद {जाऊंगा|जाऊंगी|जाऊँगी|जाऊं|जाऊँ}', 'ट्रेन के आगे कूद', 'सारी गोलियां खा {लूंगा|लूंगी|लीं|ली}', 'सारी गोलियाँ खा {लूंगा|लूंगी|लीं|ली}', 'बहुत सारी गोलियां खा ली', 'सब खत्म करना चाहता', 'सब खत्म करना चाहती', 'सब ख़त्म कर दूंगा', 'सब ख़त्म कर दूंगी', 'अब और नहीं सह सकता', 'अब और नहीं सह सकती', 'अब बर्दाश्त नहीं होता'] },
    { id: 'despair', category: 'suicide-self-harm', severity: 3, phrases: ['कोई मुझसे प्यार नहीं करता', 'मुझे खुद से नफरत है', 'मुझे ख़ुद से नफ़रत है', 'मैं किसी काम का नहीं', 'मैं किसी काम की नहीं', 'सब कुछ बेकार है', 'सब मुझे माफ़ कर देना', 'सब मुझे माफ कर देना', 'हमेशा के लिए सो जाना', 'कई दिनों से खाना नहीं खाया', 'मैं सब पर बोझ हूँ', 'मैं सब पर बोझ हूं'] },
    { id: 'grooming-more', category: 'grooming-cse', severity: 4, phrases: ['एक आदमी मुझे मैसेज करता', 'एक अंकल मुझे मैसेज', 'बड़ी उम्र का आदमी', 'सिर्फ हम दोनों', 'फोटो मांगता है', 'फोटो मांग रहा', 'पिक्स मांगता', 'मैंने उसे फोटो भेजी', 'धमकी देता है', 'मुझे गिफ्ट देता', 'पैसे देता है', 'स्कूल से लेने आएगा', 'ऑनलाइन मिला था', 'कपड़े उतारने को कहा', 'मिलने बुलाया', 'होटल बुलाया', 'पार्सल पहुंचाने के पैसे', 'पैकेट पहुंचाने के पैसे'] },
    { id: 'violence-more', category: 'weapons-violence', severity: 4, phrases: ['स्कूल में चाकू', 'स्कूल में पिस्तौल', 'स्कूल में बंदूक', 'बदला लूंगा', 'बदला लूँगा', 'बदला लूंगी', 'सब पछताएंगे', 'सब पछताएँगे', 'पिस्तौल कैसे मिले', 'चाकू कहाँ से खरीदूं', 'चाकू कहां से खरीदूं', 'उसे जान से मार', 'चाकू घोंप', 'छुरा घोंप'] },
    { id: 'bullying-more', category: 'bullying-abuse', severity: 3, phrases: ['कोई मुझे पसंद नहीं करता', 'धक्के देते हैं', 'मेरी वीडियो बनाई', 'मज़ाक बनाते हैं', 'मजाक बनाते हैं', 'कोई मुझसे बात नहीं करता', 'पापा शराब पीकर', 'पापा शराब पी कर', 'पापा दारू पीकर', 'पापा से डर लगता', 'घर में मारपीट', 'बेल्ट से मारते', 'मुझे कमरे में बंद'] },
    { id: 'sexual-more', category: 'sexual', severity: 3, phrases: ['गंदी फोटो', 'गंदी तस्वीरें', 'सेक्स चैट', 'अडल्ट वीडियो', 'पोर्न साइट', 'नंगी पिक्स'] },
    { id: 'drugs-more', category: 'drugs', severity: 3, phrases: ['चरस कहाँ से', 'नशा कहाँ से', 'नशे की गोली', 'वेप कहां से', 'शराब पीनी है', 'हुक्का पीना', '{गांजा|गाँजा} {पीना|पीता|पीती|पिया|पीकर|पी के|फूंकना|फूंक लिया|कहाँ से|कहां से}'] },
    { id: 'gambling-more', category: 'gambling', severity: 3, phrases: ['सट्टा लगाया', 'जुआ खेला', 'बेटिंग में हार', 'ऑनलाइन बेटिंग', 'पापा के कार्ड से बेटिंग', 'मम्मी के कार्ड से'] },
  ],
  rules: [
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@suicide', '@howto'], window: 5 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@dieverb', '@want'], window: 3, ordered: true },
    { id: 'me-to-die', category: 'suicide-self-harm', severity: 5, all: ['@me', '@dieverb'], window: 4, ordered: true },
    { id: 'feel-like-dying', category: 'suicide-self-harm', severity: 5, all: ['@desire', '@fdead'], window: 5, ordered: true },
    { id: 'threat', category: 'weapons-violence', severity: 5, all: ['@tobj', '@killwill'], window: 5, ordered: true },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@parents', '@secret'], window: 4, ordered: true },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@extgroup', '@join'], window: 8 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 8 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'gambling-how', category: 'gambling', severity: 3, all: ['@bet', '@howto'], window: 5 },
    // generalisation frames (frames.ts has none for Hindi): structure rather than wording
    { id: 'jump-from-height', category: 'suicide-self-harm', severity: 5, all: ['@fheight', '@fjump'], window: 4, ordered: true },
    { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@fwithoutme', '@fbetter'], window: 6 },
    { id: 'wish-dead', category: 'suicide-self-harm', severity: 4, all: ['@fwish', '@fdead'], window: 5, ordered: true },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@pills', '@dieverb', '@final', '@feeling', '@cut', '@fwithoutme'], atLeast: 3, window: 20 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@request', '@secret', '@fgift', '@fprivapp', '@fnosee', '@fwhereabouts', '@childage', '@adultage'], atLeast: 3, window: 16 },
    { id: 'asks-whereabouts', category: 'grooming-cse', severity: 4, all: ['@fasks', '@fwhereabouts'], window: 10 },
    { id: 'private-app-hidden', category: 'grooming-cse', severity: 4, all: ['@fprivapp', '@fnosee'], window: 8 },
    { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@fgift', '@request'], window: 10 },
    { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@fcondition', '@fexpose', '@fmedia'], window: 12 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@fmakeweapon', '@fmake'], window: 6 },
    { id: 'bring-weapon-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@fbring', '@school'], atLeast: 3, window: 10 },
    { id: 'attack-school', category: 'weapons-violence', severity: 5, all: ['@school', '@fattackword'], window: 8 },
  ],
  senses: [
    {
      id: 'everyday',
      categories: 'all',
      scope: 'overlap',
      phrases: [
        // idioms: dying of laughter, hunger, heat, boredom, shame; "I'd die for you" in love songs
        '{हंसते हंसते|हँसते हँसते|हंस हंस के|हँस हँस के|हंस हंस कर} मर*', '{भूख|गर्मी|ठंड|ठण्ड|बोरियत|शर्म|डर} से मर*', 'बोर हो के मर', 'बोर होकर मर', 'मर गए यार', 'हाय मार डाला',
        '{तुझ|तुम|तुम्हारे|तेरे|उस|उन} {पे|पर|पर ही} {मरता|मरती|मरते|मर मिट*}', 'मर मिटना', 'जानलेवा गर्मी', 'जानलेवा अदा', 'मरते दम तक', 'मेरा जो', 'मेरी जो',
        // pests and household: killing mosquitoes, rats, cockroaches, weeds
        '{मच्छर|मच्छरों|चूहे|चूहों|कॉकरोच|तिलचट्टे|कीड़े|कीड़ों|मक्खी|मक्खियों|दीमक|जूँ|जूं|खटमल|बैक्टीरिया|कीटाणु} {मार*|को मार*|कैसे मार*|मारने}',
        // festivals, chants and food: firecrackers, bhang at Holi, "bomb" dishes
        'बम बम भोले', 'लिप बाम', 'झंडू बाम', 'टाइगर बाम', 'सुतली बम', 'दिवाली के बम', 'पटाखे', 'होली पर भांग', 'भांग की ठंडाई', 'बम बम', 'आलू बम',
        // medicine taken as told, headache pills, school process words
        '{सिर दर्द|सिरदर्द|बुखार|सर्दी|जुकाम|पेट दर्द} की {दवा|दवाई|गोली|गोलियां}', 'डॉक्टर ने दवाई', 'प्रोसेस किल', 'टाइम पास', 'फिल्म की शूटिंग', 'शूटिंग चल रही',
        // negated wishes (Hindi puts the negation after the verb)
        '{मरना|मर जाना} नहीं {चाहता|चाहती}', '{आत्महत्या|खुदकुशी|सुसाइड} नहीं {करूंगा|करूंगी|करूँगी|करना}', 'आत्महत्या रोकथाम', 'आत्महत्या हेल्पलाइन',
        // "don't tell mum" about a surprise or a gift
      ],
    },
    // A surprise or a present kept from mum is not grooming.
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['सरप्राइज़', 'सरप्राइज', 'जन्मदिन', 'बर्थडे', '{के लिए|की|का} {गिफ्ट|तोहफा}', 'पार्टी'] },
    // "उसे मारना" (to kill him) has the same skeleton as "मरना" (to die): keep it out of self-harm.
    { id: 'kill-other-not-self', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [`${OBJ} {मारना|मार}`] },
    {
      id: 'study',
      categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'gambling', 'bullying-abuse'],
      scope: 'text',
      phrases: ['इतिहास', 'निबंध', 'होमवर्क', 'विज्ञान', 'जीव विज्ञान', 'विश्व युद्ध', 'प्रथम विश्व युद्ध', 'द्वितीय विश्व युद्ध', 'फिल्म', 'फ़िल्म', 'कहानियां', 'उपन्यास', 'किताब', 'खबर', 'ख़बर', 'समाचार', 'न्यूज़', 'मदद कैसे करें', 'दोस्त की मदद', 'हेल्पलाइन', 'जागरूकता', 'लक्षण', 'रोकथाम', 'स्वतंत्रता संग्राम', 'भगत सिंह', 'गांधी जी', 'महाभारत', 'रामायण', 'वेब सीरीज', 'परीक्षा', 'प्रश्न', 'परिभाषा', 'क्या है मतलब', 'का मतलब', 'प्रोजेक्ट'],
    },
    // Games lower most risks but not grooming, which often starts in a game.
    { id: 'games', categories: ['suicide-self-harm', 'bullying-abuse', 'weapons-violence', 'extremism', 'hate-discrimination', 'drugs', 'sexual', 'gambling'], scope: 'text', phrases: ['गेम खेल*', 'गेमिंग', 'पबजी', 'फ्री फायर', 'फ्रीफायर', 'बीजीएमआई', 'माइनक्राफ्ट', 'रोब्लॉक्स', 'जीटीए'] },
  ],
};

// ── Hinglish ─────────────────────────────────────────────────────────────────────────────────
// Matched with vowels folded (e/i/y → i, o/u/w → u, q → k) and doubled letters collapsed, so one
// spelling covers "marna"/"maarna", "khudkushi"/"khudkhushi", "zindagi"/"zindgi" does not, hence
// the j/z pairs. Roman Urdu's pack runs on the same texts: only Hindi words and spellings here.

/** Hinglish objects of a threat ("usko", "tujhe", "sabko"). */
const LOBJ = '{tujhe|tujhko|tumhe|tumko|tereko|tere ko|usko|usse|use|unko|unhe|sabko|sab ko|sabko hi|us ladke ko|us ladki ko|teacher ko|sir ko|maam ko}';
const LKILL = '{maar dunga|mar dunga|maar dungi|maar dalunga|mar dalunga|maar daalunga|jaan se maar dunga|khatam kar dunga|khatm kar dunga|goli maar dunga|chaku maar dunga|chaaku maar dunga|thok dunga|tapka dunga|uda dunga|kaat dunga|kaat dalunga}';

const hiLatnBase: LanguagePack = {
  lang: 'hi-Latn',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  roman: true,
  markers: ['hai', 'hain', 'hoon', 'hun', 'mein', 'mujhe', 'mujhko', 'mereko', 'kya', 'kaise', 'nahi', 'nahin', 'nhi', 'aur', 'bhi', 'koi', 'kuch', 'yaar', 'karna', 'karunga', 'karungi', 'raha', 'rahi', 'tha', 'thi', 'mera', 'meri', 'tera', 'teri', 'kyu', 'kyun', 'chahta', 'chahti', 'dunga', 'dungi', 'jaunga', 'jaungi', 'lunga', 'lungi', 'wala', 'wali'],
  negators: ['nahi', 'nahin', 'nhi', 'mat', 'kabhi nahi', 'bilkul nahi'],
  concepts: {
    me: ['mujhe', 'muje', 'mjhe', 'mje', 'mujhko', 'mereko', 'mere ko', 'mera mann', 'mera man', 'mera dil'],
    desire: ['dil karta hai', 'dil krta hai', 'mann karta hai', 'man karta hai', 'mn krta', 'jee karta hai', 'ji karta hai', 'mann hota hai', 'sochti hu', 'sochta hu'],
    tobj: [LOBJ],
    killwill: [LKILL, 'jaan se maar*'],
    want: ['chahta', 'chahti', 'chahte', 'chata', 'chati', 'chahta hu', 'chahti hu', 'karna hai', 'karni hai', 'krna hai', 'krni hai', 'krunga', 'krungi', 'kar lunga', 'kar lungi', 'karunga', 'karungi', 'dil karta', 'mann karta', 'man karta', 'soch raha', 'soch rahi', 'aaj raat'],
    dieverb: ['marna', 'mar jana', 'mar jaun', 'mar jau', 'aatmahatya', 'atmahatya', 'aatmhatya', 'atmhatya', 'suicide', 'sucide', 'suiside', 'jaan dena', 'jaan de dun', 'khud ko marna', 'khud ko khatam karna', 'khud ko khatm karna', 'zindagi khatam karna', 'jindagi khatam karna', 'zindagi khatm karna', 'jindagi khatm karna', 'gayab ho jana', 'hamesha ke liye sona', 'fansi lagana', 'phansi lagana', 'jeher khana', 'zeher khana', 'jahar khana'],
    suicide: ['aatmahatya', 'atmahatya', 'aatmhatya', 'atmhatya', 'suicide', 'sucide', 'suiside', 'apni jaan', 'jaan dene', 'marne', 'mar jaun', 'mar sakte', 'khud ko maar*', 'khud ko khatam', 'khud ko khatm', 'zindagi khatam', 'jindagi khatam', 'fansi', 'phansi', 'fanda', 'phanda', 'jeher', 'jahar', 'nas kaat*', 'kalai kaat*'],
    howto: ['kaise', 'kese', 'kaisay', 'kis tarah', 'tarika', 'tareeka', 'tarike', 'asaan tarika', 'sabse aasan', 'kitni', 'kitne'],
    pills: ['goliyan', 'goliya', 'goli', 'dawai', 'dawaiyan', 'tablet', 'tablets', 'paracetamol', 'crocin', 'neend ki goli', 'neend ki goliyan', 'sleeping pills'],
    death: ['mar jaun', 'mar jau', 'mar jaye', 'mar jaunga', 'mar jaungi', 'marne', 'mar sakte', 'mar sakta', 'mar sakti', 'maut ho', 'maut aa jaye', 'jaanleva', 'uthu hi na', 'kabhi na uthu'],
    cut: ['khud ko kaat*', 'haath kaat*', 'kalai kaat*', 'nas kaat*', 'cut ke nishan', 'cuts', 'blade', 'zakhm', 'jakhm', 'ghaav', 'kalai ke nishan', 'khud ko chot', 'khud ko nuksan', 'khana nahi khati', 'khana chhod diya'],
    hide: ['chupau', 'chhupau', 'chupana', 'chhupana', 'chupati', 'chupata', 'chupaye', 'chhupaye', 'chipau', 'chipana', 'chupa ke', 'chupa kar'],
    parents: ['mummy papa', 'mummy ko', 'papa ko', 'maa ko', 'mom ko', 'dad ko', 'mata pita', 'gharwalon', 'ghar walon', 'gharwale', 'ghar wale', 'kisi ko', 'parents ko', 'teacher ko'],
    secret: ['mat batana', 'na batana', 'nahi batana', 'mat batao', 'mat bolna', 'mat kehna', 'hamara raaz', 'humara raaz', 'hamara secret', 'humara secret', 'chat delete', 'msg delete'],
    adult: ['aadmi', 'uncle', 'ajnabi', 'anjaan', 'ek ladka', 'bada ladka', 'badi umar', 'online mila', 'game mein mila', 'insta pe mila', 'insta wala', 'ek banda'],
    request: ['photo bhejo', 'pic bhejo', 'pic bhej', 'pics bhej*', 'photo bhej*', 'photo maang*', 'pics maang*', 'akele mil*', 'akeli mil*', 'akele mein', 'camera on karo', 'video call pe aao', 'kapde utar*', 'kapde utaar*', 'umar se zyada samajhdar', 'umar se jyada samajhdar', 'mature ho', 'ghar ka address'],
    drug: ['sharab', 'daaru', 'daru', 'ganja', 'charas', 'nasha karna', 'nasha karne', 'nashe ki', 'afeem', 'smack', 'chitta', 'vape', 'drugs', 'weed', 'joint', 'mdma', 'lsd'],
    buy: ['kahan se milega', 'kaha se milega', 'kahan milega', 'kaha milega', 'kahan milta', 'kaha milta', 'kahan se kharid*', 'kaha se kharid*', 'kharidna', 'khareedna', 'kharidu', 'peena hai', 'pini hai', 'phookna', 'fookna', 'mangwana'],
    weapon: ['chaku', 'chaaku', 'chakku', 'chhura', 'chura leke', 'bandook', 'banduk', 'bandukh', 'pistol', 'tamancha', 'katta', 'desi katta', 'hathiyar', 'tezaab', 'tejab', 'talwar', 'revolver', 'gun'],
    school: ['school', 'skool', 'class', 'college', 'coaching'],
    join: ['join karna', 'join karunga', 'join kar', 'shamil', 'shaamil', 'judna', 'jud jaun', 'ladne jana', 'ladne jaunga'],
    extgroup: ['isis', 'daesh', 'islamic state', 'taliban', 'al qaeda', 'jihad', 'jihadi', 'mujahideen', 'syria', 'khilafat', 'jaish', 'lashkar'],
    extsupport: ['support karta', 'support karti', 'hero hai', 'hero tha', 'sahi kiya', 'theek kiya', 'izzat karta', 'aadarsh', 'zindabad', 'jindabad', 'fan hu', 'mahaan tha'],
    extfigure: ['isis', 'daesh', 'taliban', 'al qaeda', 'laden', 'baghdadi', 'aatankwadi', 'atankwadi', 'aatanki', 'atanki', 'fidayeen', 'hitler', 'nazi', 'jaish', 'lashkar'],
    group: ['musalman', 'musalmaan', 'muslim', 'muslims', 'mulle', 'mullo', 'hindu', 'hinduo', 'isai', 'christian', 'dalit', 'dalito', 'chamar', 'bihari', 'biharis', 'refugee', 'rohingya', 'gay', 'gays', 'hijde', 'hijre', 'chhakke log', 'chakke log', 'kashmiri', 'pakistani', 'sikh', 'chinki log', 'ye chinki', 'chinkiyon', 'north east wale'],
    hateclaim: ['aatankwadi hai', 'atankwadi hai', 'gaddar', 'gaddar hai', 'chor hai', 'gande hai', 'gande log', 'nikalo', 'bhagao', 'maar do', 'ko maaro', 'keede hai', 'janwar hai', 'kutte hai', 'suar', 'nafrat hai', 'desh se nikalo', 'pakistan bhejo', 'kaat do', 'khatam kar do', 'jala do', 'corona failate', 'bimari failate', 'kiraye pe mat do', 'kiraye par mat do', 'ulti aati', 'ghin aati', 'bahar fek do', 'bahar phek do', 'bahar fenk do', 'society se bahar'],
    adultage: ['{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} saal ka', '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} saal ki', '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} ka hai'],
    childage: ['{main|mai|meri umar} {10|11|12|13|14|15} [saal] [ki|ka]', 'main sirf {10|11|12|13|14|15}'],
    bet: ['jua', 'juaa', 'satta', 'sattaa', 'casino', 'betting', 'teen patti', 'rummy', 'aviator', 'color prediction', 'colour prediction'],
    abuser: ['papa', 'mummy', 'pitaji', 'pita', 'sautela', 'sauteli', 'chacha', 'mama', 'bhai', 'uncle', 'stepdad'],
    abuse: ['maarte hai', 'marte hai', 'peet te', 'peette', 'pitai', 'maar peet', 'belt se maar*', 'chhoote hai', 'galat tarike se chhu*', 'kamre mein band', 'khana nahi dete', 'jala dete'],
    fheight: ['chat se', 'chhat se', 'chhat par', 'pul se', 'pul par', 'building se', 'imarat', 'khidki', 'train ke aage', 'train ke samne'],
    fjump: ['kood*', 'kud*', 'chhalang', 'chalang', 'jump kar*'],
    fmake: ['banaye', 'banayen', 'banate', 'banane', 'banau', 'banaya', 'banta'],
    fmakeweapon: ['bomb', 'bum', 'petrol bomb', 'bandook', 'banduk', 'katta', 'desi katta', 'tamancha', 'pistol', 'explosive'],
    fbring: ['leke', 'le ke', 'lekar', 'le jaunga', 'le jaungi', 'launga', 'laungi', 'le aaunga', 'chupa ke', 'bag mein'],
    fwithoutme: ['mere bina', 'mere baghair', 'mere bagair', 'main na rahu', 'main nahi rahunga', 'main nahi rahungi'],
    fbetter: ['zyada khush', 'jyada khush', 'khush rahenge', 'khush rahega', 'khush rahegi', 'behtar', 'better'],
    fwish: ['kaash', 'kash'],
    fdead: ['mar jaun', 'mar jau', 'mr jau', 'mar jaaun', 'mar jata', 'mar jati', 'marne ka', 'khud ko khatam kar du', 'suicide kar lu', 'suicide kr lu', 'paida na hota', 'paida na hoti', 'paida hi na'],
    fgift: ['paise bheje', 'paise diye', 'paise dunga', 'gift', 'gift dunga', 'tohfa', 'recharge', 'paytm', 'gpay', 'diamonds', 'robux'],
    fexpose: ['sabko bhej', 'sab ko bhej', 'sabko dikha', 'sab ko dikha', 'viral kar', 'net pe daal', 'insta pe daal'],
    fcondition: ['warna', 'varna', 'nahi to', 'nhi to', 'agar nahi'],
    fmedia: ['photo', 'photos', 'pics', 'pic', 'video', 'nudes', 'nude'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: ['mujhe marna hai', 'mereko marna hai', 'mujhe mar jana hai', 'main marna chahta hu', 'main marna chahti hu', 'aatmahatya karna chahta', 'aatmahatya karna chahti', 'atmahatya kar lunga', 'atmahatya kar lungi', 'aatmahatya kar lunga', 'aatmahatya kar lungi', 'suicide kar lunga', 'suicide kar lungi', 'suicide karna hai', 'suicide karna chahta', 'suicide karna chahti', 'suicide karne ka man', 'sucide kar lunga', 'sucide kar lungi', 'khud ko maar dalunga', 'khud ko maar dalungi', 'khud ko khatam kar {dunga|dungi|lunga|lungi}', 'apni zindagi khatam', 'apni jindagi khatam', 'apni jaan le lunga', 'apni jaan le lungi', 'zinda nahi rehna', 'jinda nahi rehna', 'ab jeena nahi hai', 'mujhe jeena nahi hai', 'jeher kha lunga', 'jeher kha lungi', 'jahar kha lungi', 'zeher kha lungi', 'fansi laga lunga', 'fansi laga lungi', 'phansi laga lungi', 'pankhe se latak', 'aatmahatya kaise kare', 'atmahatya kaise kare', 'suicide kaise kare', 'suicide karne ka tarika', 'bina dard ke marna', 'jaldi marne ka tarika', 'suicide note likh', 'aaj raat sab khatam', 'kms fr yaar'] },
    { id: 'ideation', category: 'suicide-self-harm', severity: 4, phrases: ['marne ka mann', 'marne ka man', 'marne ka dil', 'mrne ka man', 'suicide ke khayal', 'suicide ke thoughts', 'aatmahatya ke vichar', 'mar jane ka mann'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['aatmahatya', 'atmahatya', 'aatmhatya', 'jeene ki koi wajah nahi', 'jine ki koi wajah nahi', 'zindagi se nafrat', 'jindagi se nafrat', 'zindagi ka koi matlab nahi', 'jindagi ka koi matlab nahi', 'jindagi se tang', 'zindagi bekaar hai', 'jindagi bekar hai', 'patli hone ke liye khana'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['{khud|apne aap} ko {kaat|kaatti|kaatta|kaat liya|kaat leti|kaat leta|chot pahuchati|chot pahunchati|jalati|jalata|hurt karti|hurt karta}', 'blade se haath', 'haath pe blade', 'blade se kaat*', 'kalai kaat li', 'nas kaat li', 'nas kaat lunga', 'nas kaat lungi', 'cut ke nishan kaise chupaye', 'self harm karti', 'self harm karta', 'khana kha ke ulti', 'jaan bujh ke ulti'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['mummy papa ko mat batana', 'mummy ko mat batana', 'ghar pe kisi ko mat batana', 'gharwalon ko mat batana', 'kisi ko bhi mat batana', 'ye hamara secret hai', 'hamara secret', 'apni umar se zyada samajhdar', 'apni umar se jyada samajhdar', 'umar se zyada mature', 'bahut mature ho', 'akele mein milna', 'akeli milne aana', 'akele milne aao', 'camera on karo', 'apni photo bhejo', '{kya|abhi} ghar {pe|par} akeli ho', 'ghar {pe|par} akeli ho {kya|abhi|na}', 'apni pic bhejo', 'ghar mein koi hai kya', 'chat delete kar dena', 'recharge kara dunga', 'gift dila dunga', 'snap pe aao', 'insta pe baat karte'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['nangi photo bhejo', 'nangi pic bhejo', 'nude bhejo', 'nudes bhejo', 'bina kapdo ke photo', 'bina kapdon ke photo', 'kapde utaar ke {photo|video|dikhao}', 'kapde utaro', 'meri photo sabko bhej dega', 'meri photo viral kar dega', 'photo viral kar dunga', 'video viral kar dunga', 'pics viral kar dunga', 'sabko dikha dunga', 'galat jagah chhuta', 'galat tarike se chhua', 'mere saath zabardasti', 'mere sath jabardasti', 'rape kiya'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['nangi photo', 'nangi photos', 'nangi ladkiyan', 'nangi video', 'gandi video', 'gandi videos', 'gandi film', 'blue film', 'chudai', 'ashleel', 'desi mms', 'mms video', 'nangi pics'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['fake id banayi', 'fake account banaya', 'gande message', 'ja ke mar', 'jaake mar', 'doob ke mar', 'dub ke mar', 'chullu bhar paani mein doob', 'sab tujhse nafrat karte', 'koi tujhe pasand nahi karta', 'mujhe pareshan karte hai', 'gaaliyan dete', 'mazak udate hai', 'majak udate hai', 'mujhe peette hai', 'badsurat', 'moti bhains', 'mota hathi', 'school jane se dar lagta', 'tu chutiya hai', 'teri maa ki'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['isis join karna', 'isis mein shamil', 'taliban mein shamil', 'jihad pe jana', 'jihad ke liye jana', 'kafiro ko maaro', 'kafiron ko marna', 'aatmghati hamla', 'fidayeen hamla', 'shaheed banna hai', '{masjid|mandir|church|gurudware|gurdware} {pe|par} hamla {karo|karenge|karna hai|karna chahiye|karunga}', 'goli maaro saalo ko', 'goli maro salon ko', 'desh ke gaddaro ko', 'mullo ko kaato', 'mulle kaato', 'musalmano ko maaro', 'hinduo ko maaro', 'ghazwa e hind', 'gazwa e hind', 'hitler sahi tha', 'hitler hero tha'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['katua', 'katue', 'katuo', 'mulle', 'mullo', 'chamar', 'bhangi', 'chinki', 'chinky', 'hijda', 'chakka hai', 'kala kutta', 'neechi jaat', 'neech jaati', 'pakistan chale jao', 'pakistan bhejo', 'apne desh wapas jao', 'sanghi kutte', 'jihadi mulle'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['ganja', 'charas', 'smack', 'afeem', 'chitta', 'nasha karna', 'nashe ki goli', 'nashe ki goliyan', 'sharab kaise kharide', 'sharab kahan se', 'daaru kahan se', 'daru kaha se', 'ganja kahan milega', 'ganja kaha milega', 'vape kahan se', 'maal phookna', 'maal fookna', 'joint marna', 'joint maarna'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['bomb kaise banaye', 'bomb kaise banate', 'bomb banane ka tarika', 'bum kaise banaye', 'pistol kahan se', 'pistol kaha se', 'bandook kahan se', 'banduk kaha se', 'katta kahan milega', 'katta kaha milega', 'katta kaise banaye', 'kisi ko kaise maare', 'kisi ko kaise mare', 'katl kaise kare', 'qatl kaise kare', `${LOBJ} ${LKILL}`, `${LKILL} ${LOBJ}`, `${LOBJ} {maarna|maar dalna|jaan se maarna|khatam karna} {chahta|chahti|chahte}`, 'sabko goli maar dunga', 'pure school ko uda dunga', 'school ko aag laga dunga', 'school mein goliyan chala'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['jua khelna', 'online jua', 'satta lagana', 'satta matka', 'teen patti paise', 'teen patti real money', 'rummy real money', 'rummy mein paise', 'aviator mein paise', 'color prediction game', 'colour prediction game', 'sare paise haar gaya', 'saare paise haar gaya', 'jua mein paise haar'] },
    { id: 'intent-more', category: 'suicide-self-harm', severity: 5, phrases: ['ye mera aakhri message hai', 'yeh mera last message hai', 'mera aakhri message', 'pul se kood {jaunga|jaungi|jau}', 'chhat se kood {jaunga|jaungi|jau}', 'chat se kood {jaunga|jaungi|jau}', 'building se kood {jaunga|jaungi|jau}', 'train ke aage kood', 'saari goliyan kha {lunga|lungi|li}', 'sari goliyan kha {lunga|lungi|li}', 'bahut saari goliyan kha li', 'sab khatam karna chahta', 'sab khatam karna chahti', 'ab aur nahi seh sakta', 'ab aur nahi seh sakti', 'ab bardasht nahi hota'] },
    { id: 'despair', category: 'suicide-self-harm', severity: 3, phrases: ['koi mujhse pyar nahi karta', 'mujhe khud se nafrat hai', 'main kisi kaam ka nahi', 'main kisi kaam ki nahi', 'sab kuch bekaar hai', 'sab mujhe maaf kar dena', 'hamesha ke liye so jana', 'kai dino se khana nahi khaya', 'main sab pe bojh hu', 'main sab par bojh hu'] },
    { id: 'grooming-more', category: 'grooming-cse', severity: 4, phrases: ['ek aadmi mujhe message karta', 'ek uncle mujhe message', 'badi umar ka aadmi', 'sirf hum dono', 'photo maangta hai', 'photo maang raha', 'pics maangta', 'maine use photo bheji', 'maine usko pic bheji', 'dhamki deta hai', 'mujhe gift deta', 'paise deta hai', 'school se lene aayega', 'online mila tha', 'kapde utarne ko kaha', 'milne bulaya', 'hotel bulaya', 'parcel pahuchane ke paise', 'packet pahunchane ke paise', 'delivery ke paise deta'] },
    { id: 'violence-more', category: 'weapons-violence', severity: 4, phrases: ['school mein chaku', 'school mein pistol', 'school mein bandook', 'badla lunga', 'badla lungi', 'sab pachtayenge', 'pistol kaise mile', 'chaku kahan se kharidu', 'chaku kaha se kharidu', 'use jaan se maar', 'chaku ghonp', 'chaku maar dunga', 'chhura ghonp'] },
    { id: 'bullying-more', category: 'bullying-abuse', severity: 3, phrases: ['koi mujhe pasand nahi karta', 'dhakke dete hai', 'meri video banayi', 'mazak banate hai', 'koi mujhse baat nahi karta', 'papa sharab peekar', 'papa daaru peekar', 'papa daru pi ke', 'papa se dar lagta', 'ghar mein maarpeet', 'belt se maarte', 'mujhe kamre mein band'] },
    { id: 'gambling-more', category: 'gambling', severity: 3, phrases: ['satta lagaya', 'jua khela', 'betting mein haar', 'papa ke card se betting', 'mummy ke card se'] },
  ],
  rules: [
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@dieverb', '@want'], window: 3, ordered: true },
    { id: 'me-to-die', category: 'suicide-self-harm', severity: 5, all: ['@me', '@dieverb'], window: 4, ordered: true },
    { id: 'feel-like-dying', category: 'suicide-self-harm', severity: 5, all: ['@desire', '@fdead'], window: 5, ordered: true },
    { id: 'threat', category: 'weapons-violence', severity: 5, all: ['@tobj', '@killwill'], window: 5, ordered: true },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@suicide', '@howto'], window: 5 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@parents', '@secret'], window: 4, ordered: true },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@school', '@fbring'], atLeast: 3, window: 10 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@extgroup', '@join'], window: 8 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 8 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'gambling-how', category: 'gambling', severity: 3, all: ['@bet', '@howto'], window: 5 },
    { id: 'jump-from-height', category: 'suicide-self-harm', severity: 5, all: ['@fheight', '@fjump'], window: 4, ordered: true },
    { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@fwithoutme', '@fbetter'], window: 6 },
    { id: 'wish-dead', category: 'suicide-self-harm', severity: 4, all: ['@fwish', '@fdead'], window: 5, ordered: true },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@fmakeweapon', '@fmake'], window: 6 },
    { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@fgift', '@request'], window: 10 },
    { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@fcondition', '@fexpose', '@fmedia'], window: 12 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@request', '@secret', '@fgift', '@adult', '@childage', '@adultage'], atLeast: 3, window: 16 },
  ],
  senses: [
    {
      id: 'everyday',
      categories: 'all',
      scope: 'overlap',
      phrases: [
        '{hanste hanste|hans hans ke|has has ke|hass hass ke} mar*', '{bhook|bhukh|garmi|thand|boriyat|sharam|darr|dar} se mar*', 'bore ho ke mar', 'bore hoke mar', 'mar gaye yaar', 'haaye maar dala', 'hai maar dala',
        '{tujh|tum|tumhare|tere|us|un} {pe|par} {marta|marti|marte|mar mitna}', 'mar mitna', 'jaanleva garmi', 'marte dam tak', 'time pass', 'timepass', 'shooting chal rahi', 'film ki shooting',
        '{machchar|machhar|macchar|chuhe|chuho|cockroach|keede|kide|makkhi|deemak|dimak|joon|khatmal|bacteria} {maar*|ko maar*|kaise maar*|marne|maarne}',
        'bum bum bhole', 'bam bam bhole', 'sutli bomb', 'diwali ke bomb', 'patakhe', 'holi pe bhang', 'bhang ki thandai', 'aloo bomb', 'bomb hai yaar', 'bomb lag rahi', 'bomb lag raha', 'ekdum bomb',
        '{sir dard|sardard|bukhar|sardi|zukaam|jukam|pet dard} ki {dawai|goli|goliyan|tablet}', 'doctor ne dawai',
        '{marna|mar jana} nahi {chahta|chahti|hai}', '{aatmahatya|atmahatya|suicide} nahi {karunga|karungi|karna}',
        'janamdin', 'gift mummy ke liye', 'maar dala yaar',
      ],
    },
    { id: 'kill-other-not-self', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [`${LOBJ} {marna|maar}`] },
    {
      id: 'study',
      categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'gambling', 'bullying-abuse'],
      scope: 'text',
      phrases: ['itihaas', 'itihas', 'nibandh', 'vigyan', 'vishwa yudh', 'film dekhi', 'movie dekhi', 'kahani', 'kitab', 'khabar', 'madad kaise kare', 'dost ki madad', 'jagrukta', 'kanoon', 'kanun', 'lakshan', 'rokthaam', 'bhagat singh', 'gandhi ji', 'mahabharat', 'ramayan', 'pariksha', 'matlab kya', 'ka matlab'],
    },
    { id: 'games', categories: ['suicide-self-harm', 'bullying-abuse', 'weapons-violence', 'extremism', 'hate-discrimination', 'drugs', 'sexual', 'gambling'], scope: 'text', phrases: ['game khel*', 'game mein', 'bgmi khel*', 'pubg khel*', 'free fire khel*', 'freefire khel*'] },
  ],
};

/** Religious fasts: not eating for days is devotion, not an eating disorder. */
const FASTING = ['व्रत', 'उपवास', 'रोजा', 'रोज़े', 'रोजे', 'नवरात्रि', 'vrat', 'upvas', 'roza', 'roze', 'rozay', 'navratri', 'ramzan', 'ramadan'];

// ── Generalisation frames added for unseen wordings (Devanagari) ───────────────────────────────
// The normaliser now keeps vowel signs (folding only ी/ि, ू/ु, ँ/ं and the nukta), so the words
// below are written with their vowels; ॉ and ो are distinct letters, hence "पॉर्न" and "पोर्न".
/** Teen ages ("16 साल", "15 की हूँ") for underage gambling and drugs. */
const HI_TEEN = '{12|13|14|15|16|17}';


export const hi: LanguagePack = extendPack(hiBase, {
  concepts: {
    // suicide: "end everything" in the first person, a time, a farewell, "I can't any more", "it's all ready"
    xendall: ['सब खत्म कर {दूंगा|दूंगी|लूंगा|लूंगी|दूं|दुंगा|दुंगी}', 'सब कुछ खत्म कर {दूंगा|दूंगी|दूं}', 'सब ख़त्म कर {दूंगा|दूंगी|दूं}', 'खुद को खत्म', 'ये सब खत्म कर', 'कहानी खत्म कर {दूंगा|दूंगी}', 'हमेशा के लिए चली {जाऊंगी|जाउंगी}', 'हमेशा के लिए चला {जाऊंगा|जाउंगा}', 'दूर चली जाऊंगी', 'दूर चला जाऊंगा'],
    xgo: ['जाऊंगी', 'जाऊंगा', 'जाउंगी', 'जाउंगा', 'जा रही हूं', 'जा रहा हूं', 'कूद जाऊं'],
    xtime: ['आज रात', 'आज की रात', 'आज ही', 'कल सुबह तक', 'आज शाम'],
    xfarewell: ['आखिरी पोस्ट', 'लास्ट पोस्ट', 'मेरा आखिरी मैसेज', 'सबका शुक्रिया', 'सबको थैंक्स', 'लव यू ऑल', 'मुझे माफ कर {देना|दो|दीजिए}', 'माफ कर देना मुझे', 'मां माफ कर', 'मम्मी माफ कर', 'चिट्ठी छोड़', 'चिट्ठी लिख दी', 'खत लिख दिया', 'मेरा ख्याल रखना', 'मेरी बिल्ली का ख्याल'],
    xcantgo: ['अब और नहीं', 'अब मुझसे नहीं होता', 'अब नहीं हो रहा', 'थक गई हूं', 'थक गया हूं', 'थक चुकी हूं', 'थक चुका हूं', 'किसी को फर्क नहीं पड़ता', 'किसी को परवाह नहीं'],
    xready: ['फैसला कर लिया', 'फ़ैसला कर लिया', 'तय कर लिया', 'डिसाइड कर लिया', 'सोच लिया है', 'सब तैयार है', 'सब तय है', 'सब सेट है', 'प्लान तैयार', 'सब प्लान कर लिया'],
    fwithoutme: ['मेरे जाने के बाद', 'मैं चली जाऊं तो', 'मैं चला जाऊं तो', 'मैं नहीं रहूं तो'],
    fbetter: ['आसान होगा', 'आसान हो जाएगा', 'आसानी होगी', 'अच्छा होगा', 'फर्क नहीं पड़ेगा', 'किसी को फर्क नहीं'],
    xcutagain: ['फिर से काट*', 'दोबारा काट*', 'फिर से कट', 'फिर से ब्लेड'],
    hide: ['मम्मी से छुपा*', 'मां से छुपा*', 'पूरी बाजू', 'फुल स्लीव'],
    // help-seeking about a friend (innocent frame)
    xfriend: ['मेरी दोस्त', 'मेरा दोस्त', 'मेरे दोस्त', 'मेरी सहेली', 'मेरी बहन', 'मेरा भाई', 'मेरी क्लास की', 'मेरी फ्रेंड', 'मेरा फ्रेंड'],
    xhelpq: ['किसे बताऊं', 'किसको बताऊं', 'किसे बताउं', 'किसको बताउं', 'क्या करूं', 'क्या करुं', 'कैसे मदद', 'मदद कैसे', 'टीचर को बताऊं', 'बताऊं क्या', 'बताना चाहिए'],
    // grooming cues
    xcoach: ['कोचिंग वाले सर', 'ट्यूशन वाले सर', 'कोचिंग वाले', 'कोच', 'ट्यूशन वाले', 'भैया', 'अंकल', 'आदमी', 'लड़का'],
    xnight: ['रात को', 'रात में', 'आधी रात', 'देर रात', 'रात के'],
    xmeet: ['मिलना चाहता', 'मिलने को कहता', 'मिलने बुला', 'मिलने आ', 'मिलते हैं', 'अकेले मिल', 'अकेली आ', 'लेने आएगा', 'गाड़ी के पास', 'घर आ जाऊं'],
    xagenum: ['उम्र बस एक नंबर', 'उम्र तो बस', 'उम्र सिर्फ एक नंबर', 'उम्र मायने नहीं'],
    xspecial: ['उम्र की लड़कियों से', 'बाकी लड़कियों से', 'तुम खास हो', 'तुम स्पेशल हो', 'सबसे अलग हो', 'मेरी फेवरेट', 'तुम सबसे समझदार'],
    xcam: ['वीडियो कॉल', 'कैमरा ऑन', 'कैमरा चालू', 'कैम ऑन'],
    xnoeat: ['दिन से कुछ नहीं खाया', 'दिनों से कुछ नहीं खाया', 'दिन से खाना नहीं खाया', 'भूख कैसे मारें', 'भूख कैसे रोकें', 'भूख दबाने', 'भूख मारने'],
    xfat: ['मोटी हूं', 'मोटी लगती', 'मोटा लगता', 'मोटी लग रही', 'अभी भी मोटी', 'अब भी मोटी', 'पतली होना', 'पतला होना', 'और पतली'],
    fcondition: ['नहीं दिए तो', 'नहीं भेजे तो', 'नहीं भेजी तो'],
    fexpose: ['स्कूल में भेज', 'स्कूल वालों को भेज', 'सबको भेज देगा', 'सबको भेज देगी'],
    xalone: ['कमरे में अकेली', 'कमरे में अकेले', 'घर पर अकेली', 'कब लौटेंगे', 'कब आएंगे तुम्हारे', 'मम्मी पापा सो', 'सब सो जाएं', 'सब सो गए'],
    xsecret2: ['हमारे बीच', 'अपने बीच रखना', 'किसी को मत बताना', 'बाकियों को मत बताना', 'मत बताना'],
    xpackage: ['पैकेट पहुंचा*', 'पार्सल पहुंचा*', 'पैकेट ले जा*', 'पार्सल ले जा*', 'दूसरे शहर ले', 'सामान पहुंचा*', 'डिलीवरी करनी'],
    xpayoff: ['पैसे तुरंत', 'फोन दिया', 'फोन दिलाया', 'कर्ज', 'उधार चुकाने', 'वरना मारेंगे', 'भाई को मारेंगे', 'नहीं तो मारेंगे'],
    xdontcome: ['स्कूल मत आना', 'स्कूल मत आओ', 'स्कूल ना आना', 'स्कूल न आना', 'कॉलेज मत आना'],
    xtrustme: ['भरोसा करो', 'यकीन करो', 'ज्यादा नहीं बताऊंगा', 'बस इतना', 'मुझ पर भरोसा', 'कल', 'सोमवार'],
    xattacker: ['शूटर', 'हमलावर', 'क्राइस्टचर्च', 'मस्जिद पर हमला करने वाला', 'स्कूल शूटर'],
    xdares: ['जो कोई नहीं कर सकता', 'किसी की हिम्मत नहीं', 'असली हीरो', 'लेजेंड', 'पूरा वीडियो', 'सही किया', 'हिम्मत दिखाई'],
    xgroupmade: ['ग्रुप बनाया', 'ग्रुप बना दिया', 'ग्रुप बनाया है', 'अलग ग्रुप'],
    xmock: ['मज़ाक उड़ाने', 'मजाक उड़ाने', 'मेरा मज़ाक', 'मेरा मजाक', 'मुझ पर हंसने', 'मेरी वीडियो', 'मेरी फोटो डाल', 'मोटी भैंस', 'सिवाय मेरे'],
    buy: ['कौन बेचता', 'कौन देगा', 'पैसे अभी दूंगा'],
    xphonecheck: ['फोन चेक करते', 'फोन देखते हैं', 'फोन चेक करती', 'यहां सेफ नहीं', 'वहां बात करते'],
    fprivapp: ['स्नैप पे', 'टेलीग्राम पे', 'स्नैप पर', 'टेलीग्राम पर'],
    // extremism: a call to arms, expelling people, joining the group, jihad as duty
    xarms: ['हथियार उठाओ', 'हथियार उठा लो', 'हथियार उठाने', 'हथियार उठाना', 'मामला अपने हाथ में', 'कानून अपने हाथ में'],
    xexpel: ['देश से निकालने', 'देश से निकालो', 'देश से भगाने', 'देश से भगाओ', 'बाहर निकालने का वक्त', 'साफ करने का वक्त', 'सफाया करना', 'सफाया करो', 'इनका सफाया'],
    xjoingroup: ['ग्रुप में जुड़ो', 'ग्रुप से जुड़ो', 'ग्रुप जॉइन करो', 'ग्रुप ज्वाइन करो', 'हमारे ग्रुप', 'चैनल जॉइन करो', 'संगठन में शामिल', 'हमसे जुड़ो'],
    xjihad: ['जिहाद फर्ज', 'जिहाद जरूरी', 'काफिरों के खिलाफ', 'काफिरों से लड़ो'],
    hateclaim: ['सब चोर हैं', 'चोर हैं', 'निकालना चाहिए', 'भगाना चाहिए'],
    // weapons: shooting at school, "they'll all see", a planned threat
    fattackword: ['गोली चलाने', 'गोली चलाऊंगा', 'गोलियां चलाऊंगा', 'गोलियां चलाने', 'फायरिंग करने', 'सबको सबक सिखाऊंगा'],
    // "we'll deal with him": a threat only beside a weapon ("I'll see her at school" is not one)
    xdealwith: ['{उसको|उसे|तुझे|तुझको|तुम्हें} देख {लेंगे|लूंगा|लूँगा|लूंगी}'],
    xrevenge: ['सब देखेंगे', 'सबको दिखा दूंगा', 'सबक सिखाऊंगा', 'सबक सिखा दूंगा', 'छोड़ूंगा नहीं', 'नहीं छोड़ूंगा', 'खून बहेगा', 'पछताएगा', 'पछताएंगे', 'हिसाब बराबर'],
    weapon: ['चाकू', 'छुरा', 'राइफल', 'चाचा की बंदूक', 'पापा की बंदूक'],
    fbring: ['ले जाऊंगा', 'ले आऊंगा', 'लेकर आऊंगा', 'लेकर जाऊंगा', 'साथ लाऊंगा'],
    // gambling and drugs for a teenager
    xteen: [`${HI_TEEN} साल`, `${HI_TEEN} साल का`, `${HI_TEEN} साल की`, `${HI_TEEN} की हूं`, `${HI_TEEN} का हूं`, 'नाबालिग'],
    bet: ['सट्टा ऐप', 'सट्टा', 'ऑनलाइन सट्टा', 'बेटिंग ऐप', 'बेटिंग साइट', 'ऑनलाइन बेटिंग', 'कसीनो', 'कैसीनो'],
    drug: ['माल', 'वीड', 'गांजा'],
    // a leaked video of a girl asked for ("anyone got that girl's video? send it to the group")
    xgirlmedia: ['उस लड़की {की|का} {वीडियो|फोटो|पिक्स|क्लिप|एमएमएस}', 'वाली {की|का} {वीडियो|फोटो|पिक्स|एमएमएस}', 'एमएमएस', 'लीक {वीडियो|फोटो|हुई|हुआ}', '{वीडियो|फोटो} लीक', 'प्राइवेट {वीडियो|फोटो|पिक्स}'],
    xanyonehas: ['किसी के पास', 'है किसी', 'ग्रुप में भेज*', 'ग्रुप में डाल*', 'लिंक भेज*', 'लिंक दो', 'डीएम करो'],
    // drugs for a party, delivered
    xparty: ['पार्टी के लिए', 'पार्टी में', 'रेव पार्टी'],
    xdeliver: ['डिलीवर कर*', 'डिलीवरी', 'हॉस्टल तक', 'घर तक पहुंचा*', 'कोई बंदा है', 'कोई कॉन्टैक्ट', 'सप्लायर', 'डीलर'],
  },
  terms: [
    { id: 'sexual-porn', category: 'sexual', severity: 3, phrases: ['{पॉर्न|पोर्न} {साइट|साइट्स|वीडियो|देखना|देखता|देखती|चाहिए}', 'बिना उम्र जांच', 'उम्र जांच के बिना'] },
  ],
  rules: HINDI_FRAME_RULES,
  senses: [
    // "my friend hurts herself / wants to die, whom do I tell?" is help-seeking
    // "don't come to school tomorrow" because of a holiday, rain or a fever
    // a safety lesson: "if a stranger asks for a photo, tell your parents at once"
    { id: 'tell-parents', categories: ['grooming-cse', 'sexual'], scope: 'text', phrases: ['{माता पिता|मम्मी पापा|पेरेंट्स|घरवालों|टीचर} को {बताओ|बता दो|तुरंत बताओ|बताना चाहिए}', 'वर्कशॉप', 'कार्यशाला', 'सेमिनार'] },
    { id: 'day-off', categories: ['weapons-violence'], scope: 'text', phrases: ['छुट्टी', 'बारिश', 'बीमार', 'बुखार', 'हड़ताल', 'बंद रहेगा'] },
    { id: 'friend-help', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@xfriend', '@xhelpq'], window: 20, ordered: true },
    { id: 'fasting', categories: ['suicide-self-harm'], scope: 'text', phrases: FASTING },
  ],
});

// ── Generalisation frames added for unseen wordings (Hinglish, matched vowel-folded) ──────────
export const hiLatn: LanguagePack = extendPack(hiLatnBase, {
  concepts: {
    xendall: ['sab khatam kar {dunga|dungi|lunga|lungi|du|dun}', 'sab kuch khatam kar {dunga|dungi|du}', 'sab khatm kar {dunga|dungi|du}', 'ye sab khatam kar', 'hamesha ke liye {chali|chala} {jaungi|jaunga}', 'door {chali|chala} {jaungi|jaunga}', 'kahani khatam kar'],
    xgo: ['jaungi', 'jaunga', 'ja rahi hu', 'ja raha hu', 'kud jau'],
    xtime: ['aaj raat', 'aaj ki raat', 'aaj hi', 'kal subah tak', 'aaj sham', 'tonight'],
    xfarewell: ['last post', 'mera last message', 'mera aakhri message', 'sab ka thanks', 'sabka thanks', 'sabko thanks', 'sabka shukriya', 'love u all', 'love you all', 'mujhe maaf kar {dena|do}', 'maaf kar dena mujhe', 'mummy maaf', 'maa maaf', 'chitthi chhod', 'letter chhod', 'letter likh diya', 'mera khayal rakhna', 'meri billi ka khayal', 'sorry sabko'],
    xcantgo: ['ab aur nahi', 'ab mujhse nahi hota', 'ab nahi ho raha', 'thak gayi hu', 'thak gaya hu', 'thak chuki hu', 'thak chuka hu', 'kisi ko farak nahi', 'kisi ko fark nahi', 'kisi ko parwah nahi'],
    xready: ['decide kar liya', 'faisla kar liya', 'pura decide', 'tay kar liya', 'soch liya hai', 'sab tayyar hai', 'sab taiyar hai', 'sab tay hai', 'sab set hai', 'plan ready', 'sab plan kar liya'],
    fwithoutme: ['mere jane ke baad', 'main chali jau to', 'main chala jau to', 'main na rahu to'],
    fbetter: ['aasan hoga', 'asaan hoga', 'aasan ho jayega', 'asaan ho jayega', 'aasani hogi', 'accha hoga', 'farak nahi padega', 'fark nahi padega'],
    xcutagain: ['phir se kaat*', 'fir se kaat*', 'dobara kaat*', 'phir se cut', 'fir se cut', 'phir se blade'],
    hide: ['mummy se chupa*', 'mummy se chhupa*', 'maa se chupa*', 'full sleeve'],
    xfriend: ['meri dost', 'mera dost', 'mere dost', 'meri saheli', 'meri friend', 'mera friend', 'meri behen', 'mera bhai', 'meri class ki'],
    xhelpq: ['kisko batau', 'kise batau', 'kisko bataun', 'kya karu', 'kya karun', 'kaise madad', 'madad kaise', 'help kaise', 'teacher ko batau', 'batau kya', 'batana chahiye'],
    xcoach: ['coaching wale sir', 'tuition wale sir', 'coaching wale', 'coach', 'bhaiya', 'uncle', 'aadmi', 'ek ladka'],
    xnight: ['raat ko', 'raat mein', 'aadhi raat', 'der raat', 'late night'],
    xmeet: ['milna chahta', 'milne ko kehta', 'milne bula', 'milne aa', 'akele mil', 'akeli aa', 'lene aayega', 'gaadi ke paas', 'ghar aa jau'],
    xagenum: ['umar bas ek number', 'umar to bas', 'umar sirf ek number', 'age is just a number', 'age sirf number'],
    xspecial: ['umar ki ladkiyon se', 'umar ki ladkiyo se', 'baaki ladkiyon se', 'tum khaas ho', 'tum special ho', 'sabse alag ho', 'meri favourite', 'meri favorite'],
    xcam: ['video call', 'camera on', 'cam on'],
    xnoeat: ['din se kuch nahi khaya', 'dino se kuch nahi khaya', 'din se khana nahi khaya', 'bhook kaise maaru', 'bhook kaise roke', 'bhukh kaise roke', 'bhook dabane'],
    xfat: ['moti hu', 'moti lagti', 'mota lagta', 'moti lag rahi', 'abhi bhi moti', 'ab bhi moti', 'patli hona', 'aur patli'],
    fcondition: ['nahi diye to', 'nahi bheje to', 'nahi bheji to'],
    fexpose: ['school mein bhej', 'school walo ko bhej', 'sabko bhej dega', 'sabko bhej degi'],
    xalone: ['kamre mein akeli', 'kamre mein akele', 'room mein akeli', 'ghar pe akeli', 'kab lautenge', 'kab aayenge tumhare', 'mummy papa so', 'sab so jaye', 'sab so gaye'],
    xsecret2: ['hamare beech', 'apne beech rakhna', 'kisi ko mat batana', 'baaki ko mat batana', 'mat batana'],
    xpackage: ['packet pahucha*', 'packet pahuncha*', 'parcel pahucha*', 'packet le ja*', 'parcel le ja*', 'dusre shehar', 'saman pahucha*', 'delivery karni'],
    xpayoff: ['paise turant', 'phone diya', 'phone dilaya', 'karza', 'udhaar chukane', 'warna marenge', 'bhai ko marenge', 'nahi to marenge'],
    xdontcome: ['school mat aana', 'school mat aao', 'school na aana', 'college mat aana'],
    xtrustme: ['bharosa karo', 'yakeen karo', 'zyada nahi bataunga', 'bas itna', 'mujh pe bharosa', 'kal', 'monday'],
    xattacker: ['shooter', 'hamlawar', 'christchurch', 'school shooter'],
    xdares: ['jo koi nahi kar sakta', 'kisi ki himmat nahi', 'asli hero', 'legend tha', 'pura video', 'full video', 'sahi kiya', 'himmat dikhayi'],
    xgroupmade: ['group banaya', 'group bana diya', 'alag group'],
    xmock: ['mazak udane', 'majak udane', 'mera mazak', 'mera majak', 'mujh pe hasne', 'meri video', 'meri photo daal', 'moti bhains', 'siwaye mere'],
    buy: ['kaun bechta', 'kaun dega', 'paise abhi dunga'],
    xphonecheck: ['phone check karte', 'phone check karti', 'phone dekhte hai', 'yahan safe nahi', 'wahan baat karte'],
    fnosee: ['chat delete kar', 'delete kar dena', 'delete kar do', 'kisi ko pata na chale', 'kisi ko pata nahi chalega'],
    fprivapp: ['snap pe', 'telegram pe', 'insta pe', 'whatsapp pe'],
    xarms: ['hathiyar uthao', 'hathiyar utha lo', 'hathiyar uthane', 'hathiyar uthana', 'kanoon apne haath mein', 'mamla apne haath mein'],
    xexpel: ['desh se nikalne', 'desh se nikalo', 'desh se bhagane', 'desh se bhagao', 'bahar nikalne ka time', 'saaf karne ka time', 'safaya karna', 'safaya karo', 'inka safaya'],
    xjoingroup: ['group join karo', 'group mein judo', 'group se judo', 'hamare group', 'channel join karo', 'humse judo', 'sangathan mein shamil'],
    xjihad: ['jihad farz', 'jihad zaroori', 'kafiro ke khilaf', 'kafiron se lado'],
    hateclaim: ['sab chor hai', 'chor hain', 'nikalna chahiye', 'bhagana chahiye'],
    fheight: ['pul pe', 'pul par', 'bridge pe', 'bridge par', 'chhat pe', 'terrace pe'],
    fattackword: ['goli chalane', 'goli chalaunga', 'goliyan chalaunga', 'firing karne', 'firing karunga', 'shoot kar dunga'],
    xdealwith: ['{usko|use|tujhe|tujhko|tumhe} dekh {lenge|lunga|lungi}'],
    xrevenge: ['sab dekhenge', 'sabko dikha dunga', 'sabak sikhaunga', 'sabak sikha dunga', 'chhodunga nahi', 'nahi chhodunga', 'khoon bahega', 'pachtayega', 'pachtayenge', 'hisaab barabar'],
    weapon: ['chaku', 'chhura', 'apna apna saman', 'rifle', 'chacha ki bandook', 'papa ki bandook'],
    xteen: ['{12|13|14|15|16|17} saal', '{12|13|14|15|16|17} ka hu', '{12|13|14|15|16|17} ki hu', '{12|13|14|15|16|17} saal ka', '{12|13|14|15|16|17} saal ki', 'nabalig'],
    bet: ['satta app', 'online satta', 'betting app', 'betting site', 'online betting'],
    drug: ['maal'],
    school: ['school ke bahar', 'college ke paas', 'school ke paas'],
    xgirlmedia: ['us ladki {ki|ka} {video|photo|pics|clip|mms}', 'wali {ki|ka} {video|photo|pics|mms}', 'mms', 'leak {video|photo|hui|hua}', '{video|photo|pics} leak', 'private {video|photo|pics}'],
    xanyonehas: ['kisi ke paas', 'hai kisi', 'group mein bhej*', 'group me bhej*', 'group pe bhej*', 'group mein daal*', 'link bhej*', 'link do', 'dm karo'],
    xparty: ['party ke liye', 'party mein', 'party me', 'rave party'],
    xdeliver: ['deliver kar*', 'delivery', 'hostel tak', 'ghar tak pahucha*', 'koi banda hai', 'koi contact', 'supplier', 'dealer'],
  },
  terms: [
    { id: 'sexual-porn', category: 'sexual', severity: 3, phrases: ['porn {site|sites|video|dekhna|dekhta|dekhti|chahiye}', 'bina age check', 'bina umar jaanch'] },
  ],
  rules: HINDI_FRAME_RULES,
  senses: [
    // "don't come to school tomorrow" because of a holiday, rain or a fever
    { id: 'tell-parents', categories: ['grooming-cse', 'sexual'], scope: 'text', phrases: ['{parents|mummy papa|ghar walon|ghar walo|gharwalon|teacher} ko {batao|bata do|turant batao|batana chahiye}', '{workshop|seminar} {tha|hua|mein|me}'] },
    { id: 'day-off', categories: ['weapons-violence'], scope: 'text', phrases: ['chutti', 'chhutti', 'holiday', 'barish', 'bimar', 'bukhar', 'strike', 'band rahega'] },
    { id: 'friend-help', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@xfriend', '@xhelpq'], window: 20, ordered: true },
    { id: 'fasting', categories: ['suicide-self-harm'], scope: 'text', phrases: FASTING },
  ],
});
