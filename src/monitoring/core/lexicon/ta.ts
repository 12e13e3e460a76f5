/**
 * Tamil lexicon: Tamil script and romanised "Tanglish" (Tamil typed in Latin letters, the usual
 * way on phones and in chats, mixed with English) in one pack. Written for this project by its
 * contributors from how young Tamil speakers write — spoken forms ("சாகணும்", "கொன்னுடுவேன்",
 * "saaganum", "konnuduven") as well as written ones ("சாக விரும்புகிறேன்"), common slips of
 * ர/ற and ல/ழ, and English words in Tamil script ("ஸ்கூல்", "போட்டோ"). No third-party word
 * list was copied. Licence: AGPL-3.0-or-later.
 *
 * The pack is written to be safe whether or not the normaliser keeps Tamil vowel signs. When it
 * was written, the normaliser dropped every combining mark — Tamil vowel signs (ா ி ு ெ ை ொ…) and
 * the virama (்) included — so a word was matched by its consonants alone, doubled consonants
 * collapsed, and many words shared a skeleton: கத்தி (knife) = கதை (story) = கதி; குண்டு (bomb,
 * fat) = கண்டு = கொண்டு (with); கொலை (murder) = கலை (art) = காலை (morning); மாத்திரை (pill) =
 * மாதிரி (like); கஞ்சா = கஞ்சி (porridge); சாக (to die) = சக (fellow); வேண்டும் (want) = வேண்டாம்
 * (do not); நீ (you) = நா (I); செய்து (having done) = செய்தி (news). A later change keeps Tamil
 * vowel signs (INDIC_FOLD in ../normalise.ts). Either way: no one-word Tamil-script phrase of
 * fewer than about four consonants, no "வேண்டும்/வேணும்" intent, weapons only in multi-word
 * phrases or three-part rules, and no innocent sense whose consonants are also a risk word's.
 * Spelling variants (ண/ன, ல/ழ, ர/ற, short/long vowels) are written out where common. Tanglish
 * is Latin script and matched against every text, so its words appear in multi-word phrases or as
 * parts of rules, never as short words that are English or Polish.
 */
import { extendPack, type LanguagePack } from './types.ts';

const ADULT_AGE = '{18|19|20|21|22|23|24|25|26|27|28|29|30|32|35|40|45}';
const CHILD_AGE = '{10|11|12|13|14|15}';

const taBase: LanguagePack = {
  lang: 'ta',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // Tamil negates after the verb ("சாக மாட்டேன்"), which a preceding negator cannot express:
  // negated forms are innocent senses below. "Never" does precede.
  negators: ['ஒருபோதும்', 'orupodhum', 'orupothum'],
  concepts: {
    // ── suicide: first person, then a die/kill-self verb, then (optionally) intent ──
    self: ['நான்', 'நானே', 'எனக்கு', 'என்னால', 'இன்னைக்கு', 'இன்னிக்கு', 'இன்று', 'இன்றிரவு', 'இன்னைக்கு ராத்திரி', 'நாளைக்கு', 'naan', 'naanu', 'enaku', 'enakku', 'ennala', 'innaiku', 'inniku', 'innikku', 'indha night', 'naalaiku', 'naalaikku', 'naalaki'],
    dieverb: [
      'சாகணும்', 'சாகனும்', 'சாகப் போறேன்', 'சாக போறேன்', 'சாகப் போகிறேன்', 'சாகலாம்னு', 'சாக விரும்புகிறேன்', 'சாக ஆசையா', 'சாக தோணுது', 'சாகணும்னு',
      'செத்துப் போகணும்', 'செத்து போகணும்', 'செத்துடணும்', 'செத்துடலாம்னு', 'செத்துருவேன்', 'செத்துடுவேன்', 'செத்துப்போயிடுவேன்', 'செத்துப் போயிடலாம்', 'செத்துப் போகலாம்',
      'இறக்க விரும்புகிறேன்', 'இறந்து போக', 'இறந்துவிட',
      'தற்கொலை பண்ணிக்க', 'தற்கொலை பண்ண', 'தர்கொலை பண்ண', 'தற்கொலை செய்ய', 'தற்கொலை செய்து கொள்ள', 'தற்கொலை செய்துகொள்ள', 'தற்கொலை செஞ்சுக்க', 'தர்கொலை செய்ய',
      'உயிரை விடப் போறேன்', 'உயிரை மாய்த்துக்கொள்ள', 'உயிரை மாய்த்துக் கொள்ள', 'என்னை நானே கொல்ல', 'என்னையே கொல்ல', 'என்னை நானே கொன்னுக்க',
      '{தூக்கு போட்டுக்க|தூக்கு மாட்டிக்க|தற்கொலை பண்ணிக்க|விஷம் குடிக்க|தூக்குல தொங்க|தூக்கில் தொங்க}[லாம்னு|ணும்|ப்]', 'விஷம் குடிச்சு', 'விஷத்தை குடிக்க', 'பூச்சி மருந்து குடிக்க', 'எலி மருந்து சாப்பிட',
      'மாடியில இருந்து குதிக்க', 'மாடியிலிருந்து குதிக்க', 'மாடில இருந்து குதிக்க', 'பாலத்துல இருந்து குதிக்க', 'ரயில் முன்னாடி பாய', 'ரயில் முன் பாய', 'கை நரம்ப அறுத்துக்க', 'நரம்பை அறுத்துக்க', 'காணாம போகணும்', 'இல்லாம போகணும்',
      'saaganum', 'saganum', 'saahanum', 'chaaganum', 'saaga poren', 'saga poren', 'saaga porean', 'saaga poraen', 'saaga pogiren', 'saagalam nu', 'saaganum nu', 'saaga aasaiya', 'saaga thonuthu', 'saaga thonudhu',
      'sethu poganum', 'sethu poidanum', 'sethudanum', 'sethuranum', 'sethudalam nu', 'sethuruven', 'sethuduven', 'sethudven', 'sethuruvaen', 'sethu poiduven', 'sethu poidalam', 'sethu pogalam', 'seththu poganum', 'seththuruven',
      'tharkolai panna', 'tharkolai pannika', 'tharkolai pannikka', 'tharkolai panikka', 'thatkolai panna', 'thatkolai pannika', 'tharkola panna', 'tharkolai seiya', 'suicide pannika', 'suicide pannikka', 'suicide panna',
      'uyira vidanum', 'uyira vida poren', 'enna naane kolla', 'ennai naane kolla', 'ennaye kolla', '{thookku potuk|thooku potuk|thookku pottuk|thooku maatik|thookku maattik|tharkolai pannik|visham kudik}{ka|a|kalam nu|alam nu|kanum|anum}', '{thookula|thookkula} {thonga|thonganum|thongalam nu}',
      'visham kudikka', 'visham kudika', 'visham kudichu', 'poochi marundhu kudika', 'poochi marunthu kudikka', 'maadila irundhu kudhika', 'maadi la irunthu kuthikka', 'train munnadi paaya', 'kai nerambu aruthuka', 'nerambu aruthukka', 'kaanaama poganum', 'illama poganum',
    ],
    intent: ['போறேன்', 'போகிறேன்', 'போறன்', 'போறேன்டா', 'விரும்புகிறேன்', 'விரும்பறேன்', 'ஆசையா இருக்கு', 'ஆசைப்படுகிறேன்', 'தோணுது', 'தோன்றுகிறது', 'முடிவு பண்ணிட்டேன்', 'முடிவு செய்துவிட்டேன்', 'முடிவு பண்ணியாச்சு', 'யோசிக்கிறேன்', 'போல இருக்கு', 'பிளான் பண்றேன்', 'இருக்கேன்', 'poren', 'porean', 'poraen', 'poguren', 'pogiren', 'thonuthu', 'thonudhu', 'thoanudhu', 'aasaiya iruku', 'aasaiya irukku', 'mudivu panniten', 'mudivu pannitaen', 'mudivu pannitten', 'plan panren', 'plan pannitu iruken', 'pola iruku', 'pola irukku', 'yosikiren', 'yosikkuren', 'iruken', 'irukken', 'naalaiku', 'naalaikku', 'inniku', 'innaiku', 'இன்னைக்கு', 'நாளைக்கு', 'இன்றிரவு'],
    howto: ['எப்படி', 'எப்டி', 'வழிகள்', 'சுலபமான வழி', 'ஈஸியான வழி', 'வலி இல்லாமல்', 'வலியில்லாமல்', 'வலி இல்லாம', 'எத்தனை', 'எவ்வளவு', 'எங்கே', 'eppadi', 'epdi', 'yepdi', 'eppidi', 'easy ah', 'easy-a', 'vali illama', 'valikama', 'valiyillamal', 'ethana', 'ethanai', 'evlo', 'evvalavu'],
    suicideact: ['தற்கொலை', 'தர்கொலை', 'தற்கொலை செய்வது', 'தற்கொலை பண்றது', 'சாவது', 'சாகுறது', 'இறப்பது', 'தூக்கு போடுவது', 'தூக்கு மாட்டுறது', 'நரம்பை அறுப்பது', 'உயிரை மாய்த்துக்கொள்வது', 'உயிரை விடுவது', 'tharkolai', 'thatkolai', 'tharkola', 'saavadhu', 'saavathu', 'saavarathu', 'saagaradhu', 'saagurathu', 'saagradhu', 'thookku poduradhu', 'thooku poduvadhu', 'uyira vidradhu', 'suicide pannradhu', 'suicide panradhu', 'suicide pannuvadhu'],
    pills: ['தூக்க மாத்திரை', 'தூக்க மாத்திரைகள்', 'மாத்திரைகள் எல்லாம்', 'பாராசிட்டமால்', 'பாரசிட்டமால்', 'பாராசிட்டமோல்', 'க்ரோசின்', 'டோலோ 650', 'டேப்லெட்ஸ்', 'mathirai', 'maathirai', 'mathiraigal', 'tablets', 'sleeping pills', 'thookka mathirai', 'thooka maathirai', 'dolo', 'dolo 650', 'crocin', 'paracetamol'],
    death: ['சாக முடியும்', 'சாகலாம்', 'சாவலாம்', 'சாவு வரும்', 'செத்துடுவேன்', 'செத்துருவேன்', 'செத்துடுவாங்க', 'உயிர் போகும்', 'இறக்க', 'இறந்துவிடுவேன்', 'ஓவர்டோஸ்', 'saagalam', 'saaga mudiyum', 'saavalam', 'sethuduven', 'sethuruven', 'sethuduvanga', 'uyir pogum'],
    cut: ['கையை அறுத்து', 'கைய அறுத்து', 'கையை கிழிச்சு', 'கைய கிழிச்சு', 'பிளேடால', 'பிளேடால்', 'பிளேடு', 'தழும்பு', 'தழும்புகள்', 'தழும்புகளை', 'வெட்டு காயம்', 'வெட்டு காயங்களை', 'காயங்களை', 'kaiya aruthu', 'kaiyai aruthu', 'kaiya kizhichu', 'kaiya kilichu', 'blade la', 'blade vachu', 'thazhumbu', 'thalumbu', 'cuts ah', 'cut marks', 'kaayam', 'kaayangal'],
    hide: ['மறைக்க', 'மறைப்பது', 'மறைக்கிறது', 'மறைச்சு', 'யாருக்கும் தெரியாம', 'அம்மாக்கு தெரியாம', 'marakka', 'maraikka', 'maraippadhu', 'maraikradhu', 'maraichu', 'yaarukum theriyama', 'yaarukkum theriyaama', 'ammaku theriyama'],
    feeling: ['யாருக்கும் நான் தேவையில்லை', 'நான் யாருக்கும் தேவையில்லை', 'நான் ஒரு பாரம்', 'எல்லாருக்கும் பாரமா இருக்கேன்', 'நான் இல்லாம எல்லாரும் சந்தோஷமா இருப்பாங்க', 'நான் இல்லைன்னா எல்லாரும் சந்தோஷமா', 'நான் இல்லன்னா யாருக்கும் கவலை இல்ல', 'என்னை யாருக்கும் பிடிக்கல', 'எதுக்கு வாழணும்', 'ஏன் வாழணும்', 'வாழ்க்கையில அர்த்தமே இல்ல', 'வாழ்க்கையே வெறுத்து போச்சு', 'வாழ்க்கையே வெறுத்துப் போச்சு', 'இனிமே தாங்க முடியாது', 'இனி தாங்க முடியாது', 'yaarukum naan thevai illa', 'naan yaarukkum thevai illa', 'naan oru baaram', 'ellarukum baarama iruken', 'naan illama ellarum santhoshama irupanga', 'naan illana ellarum happy', 'ethuku vaazhanum', 'edhukku vaazhanum', 'yen vaazhanum', 'vaazhkaiye veruthu pochu', 'vazhkaiye veruthu pochu', 'ini thaanga mudiyathu', 'inime thaanga mudiyadhu'],
    final: ['கடைசி மெசேஜ்', 'இது என் கடைசி மெசேஜ்', 'கடைசி கடிதம்', 'எல்லாரும் என்னை மன்னிச்சிடுங்க', 'என்னை மன்னிச்சிடுங்க எல்லாரும்', 'எல்லாருக்கும் குட்பை', 'குட்பை எல்லாருக்கும்', 'இனிமே நான் இருக்க மாட்டேன்', 'நாளைக்கு நான் இருக்க மாட்டேன்', 'kadaisi message', 'en kadaisi message', 'last message da', 'ellarum ennai mannichidunga', 'ellarum enna mannichudunga', 'ellarukum goodbye', 'goodbye ellarukum', 'inime naan irukka maaten', 'naalaiku naan irukka maaten', 'naalaiki naan iruka maaten'],
    // ── grooming ──
    secret: ['சொல்லாதே', 'சொல்லாத', 'சொல்லக்கூடாது', 'ரகசியம்', 'ரகசியமா', 'சீக்ரெட்', 'யாருக்கும் தெரியக்கூடாது', 'டெலீட் பண்ணு', 'டெலிட் பண்ணிடு', 'அழிச்சிடு', 'sollatha', 'sollaadha', 'solladha', 'sollathe', 'sollaadhe', 'sollakoodathu', 'sollakudadhu', 'ragasiyam', 'rahasiyam', 'ragasiyama', 'namma secret', 'yaarukkum theriyakoodathu', 'yaarukum theriya koodathu', 'delete pannu', 'delete pannidu', 'delete panniru'],
    parents: ['அம்மாகிட்ட', 'அப்பாகிட்ட', 'அம்மா கிட்ட', 'அப்பா கிட்ட', 'அம்மா அப்பாகிட்ட', 'வீட்ல', 'வீட்டுல', 'வீட்டில்', 'பெற்றோரிடம்', 'பேரண்ட்ஸ்கிட்ட', 'யாருகிட்டயும்', 'யார்கிட்டயும்', 'யாரிடமும்', 'டீச்சர்கிட்ட', 'ஃப்ரெண்ட்ஸ்கிட்ட', 'amma kitta', 'appa kitta', 'ammakitta', 'appakitta', 'amma appa kitta', 'veetla', 'veetula', 'veettula', 'parents kitta', 'yaarkittayum', 'yaarkitayum', 'yarukitayum', 'yaarukittayum', 'yaaru kittayum', 'teacher kitta', 'friends kitta'],
    adult: ['ஒரு அங்கிள்', 'அங்கிள்', 'ஒரு அண்ணா', 'ஒருத்தர்', 'ஒரு ஆள்', 'ஆன்லைன்ல', 'இன்ஸ்டால', 'இன்ஸ்டாகிராம்ல', 'கேம்ல ஒருத்தர்', 'தெரியாத ஒருத்தர்', 'தெரியாத ஆள்', 'பெரிய ஆள்', 'வயசான ஒருத்தர்', 'oru uncle', 'uncle', 'oru anna', 'oruthar', 'oruthan', 'oru aal', 'online la', 'insta la', 'snap la', 'game la oruthar', 'theriyadha aal', 'theriyaatha oruthan', 'theriyadha oruthar', 'periya aal', 'vayasana aal', 'vayasaana oruthar'],
    request: ['உனக்கு எத்தனை வயசு', 'unaku ethana vayasu', 'unakku ethana vayasu', 'unaku enna vayasu', 'போட்டோ கேக்குறான்', 'போட்டோ கேட்கிறார்', 'போட்டோ கேட்டான்', 'போட்டோ கேட்டார்', 'போட்டோ கேக்குறாரு', 'பிக் கேக்குறான்', 'போட்டோ அனுப்ப சொல்றான்', 'போட்டோ அனுப்ப சொன்னார்', 'போட்டோ அனுப்ப சொல்றாரு', 'தனியா மீட் பண்ணலாம்', 'தனியா சந்திக்க', 'மீட் பண்ண கூப்பிடுறான்', 'வீட்டுக்கு வர சொல்றான்', 'வீட்டுக்கு வர சொல்றாரு', 'கிஃப்ட் தரேன்னு', 'கிப்ட் வாங்கி தரேன்', 'பணம் தரேன்னு', 'காசு தரேன்னு', 'அட்ரஸ் கேக்குறான்', 'அட்ரஸ் கேட்டார்', 'என்ன டிரஸ் போட்டிருக்க', 'தப்பா தொட்டான்', 'தப்பா தொட்டார்', 'தனியா இருக்கியா',
      'photo kekuran', 'photo kekkuraan', 'photo ketkiraar', 'photo kettan', 'photo kettaan', 'photo kettar', 'pic kekuran', 'pic kekkuraan', 'photo anupa solran', 'photo anuppa solraan', 'photo anuppa sonnaan', 'photo anupa sonnar', 'thaniya meet', 'thaniya meet pannalam', 'meet panna kupdran', 'meet panna kooptaan', 'veetuku vara solran', 'veettukku vara solraan', 'gift tharen nu', 'gift vaangi tharen', 'panam tharen nu', 'kaasu tharen nu', 'address kekuran', 'address kettaan', 'enna dress potruka', 'enna dress pottu iruka', 'thappa thottaan', 'thappa thottan', 'thappa thottar', 'thaniya irukiya'],
    adultage: [`${ADULT_AGE} வயசு`, `${ADULT_AGE} வயது`, `அவருக்கு ${ADULT_AGE}`, `அவனுக்கு ${ADULT_AGE}`, `${ADULT_AGE} vayasu`, `${ADULT_AGE} vayathu`, `avanukku ${ADULT_AGE}`, `avanuku ${ADULT_AGE}`, `avarukku ${ADULT_AGE}`],
    childage: [`எனக்கு ${CHILD_AGE} வயசு`, `எனக்கு ${CHILD_AGE} வயது`, `நான் ${CHILD_AGE} வயசு`, `enaku ${CHILD_AGE} vayasu`, `enakku ${CHILD_AGE} vayasu`, `enaku ${CHILD_AGE} vayathu`, `naan ${CHILD_AGE} vayasu`, `enaku ${CHILD_AGE} age`],
    // ── extremism ──
    join: ['சேரணும்*', 'seranum*', 'சேரப் போறேன்', 'சேர போறேன்', 'சேர விரும்புகிறேன்', 'சேர்ந்துக்க', 'சேருவது எப்படி', 'ஜாயின் பண்ண', 'ஜாயின் பண்ணனும்', 'போராட போறேன்', 'sera poren', 'poga poren', 'poganum', 'pogiren', 'seruvadhu epdi', 'serurathu epdi', 'sernthukka', 'join panna', 'join pannanum', 'join panna poren', 'poraada poren'],
    extgroup: ['ஐஎஸ்ஐஎஸ்', 'ஐசிஸ்', 'ஐஸிஸ்', 'ஐஎஸ்ஐஎஸ்ல', 'ஐசிஸ்ல', 'ஜிஹாத்', 'ஜிகாத்', 'அல் கொய்தா', 'அல்கொய்தா', 'தாலிபான்', 'தீவிரவாத அமைப்பு', 'தீவிரவாத அமைப்பில்', 'பயங்கரவாத அமைப்பு', 'பயங்கரவாத அமைப்பில்', 'நாஜி', 'isis la', 'isis', 'jihad', 'jihad ku', 'al qaeda', 'taliban', 'theeviravatha amaippu', 'theeviravaadha group', 'terrorist group la'],
    extsupport: ['ஹீரோ', 'ஹீரோக்கள்', 'சரியா பண்ணாங்க', 'சரியாதான் செஞ்சான்', 'சரியாதான் பண்ணான்', 'செய்தது சரி', 'பண்ணது சரி', 'ஆதரிக்கிறேன்', 'சப்போர்ட் பண்றேன்', 'hero dhaan', 'hero da', 'real hero da', 'sariya pannanga', 'sariyaa thaan senjaan', 'pannadhu sari', 'pannathu sari', 'support panren', 'aadharikiren', 'mass ah pannanga'],
    extfigure: ['ஹிட்லர்', 'பின்லேடன்', 'பின் லேடன்', 'ஐஎஸ்ஐஎஸ்', 'தீவிரவாதிகள்', 'பயங்கரவாதிகள்', 'மசூதி ஷூட்டர்', 'hitler ah', 'hitler dhaan', 'hitler than', 'bin laden ah', 'bin laden dhaan', 'theeviravaadhigal', 'theeviravathigal'],
    attack: ['தாக்கணும்', 'தாக்க போறேன்', 'தாக்கப் போறேன்', 'இடிக்கணும்', 'குண்டு வைக்கணும்', 'குண்டு வைக்க போறேன்', 'கொளுத்தணும்', 'thaakanum', 'thakkanum', 'thaaka poren', 'idikkanum', 'idikanum', 'kundu vaikanum', 'kundu vaika poren', 'koluthanum'],
    worship: ['மசூதி', 'மசூதியை', 'மசூதிய', 'பள்ளிவாசல்', 'சர்ச்சை', 'சர்ச்ச', 'தேவாலயம்', 'தேவாலயத்தை', 'கோயிலை', 'கோவிலை', 'masjid', 'masjid ah', 'mosque', 'church ah', 'church', 'kovila', 'koyila'],
    // ── hate ──
    group: ['முஸ்லிம்கள்', 'முஸ்லீம்கள்', 'முஸ்லிம்களை', 'இந்துக்கள்', 'இந்துக்களை', 'கிறிஸ்தவர்கள்', 'கிறிஸ்தவர்களை', 'தலித்துகள்', 'தலித்துகளை', 'வடக்கன்கள்', 'வடக்கனுங்க', 'சிங்களவர்கள்', 'கருப்பர்கள்', 'அகதிகள்', 'ஓரினச்சேர்க்கையாளர்கள்', 'திருநங்கைகள்', 'muslims', 'muslimgal', 'hindukkal', 'hindus', 'christians', 'dalits', 'vadakkans', 'vadakkanunga', 'refugees', 'gays', 'thirunangaigal'],
    hateclaim: ['நாய்கள்', 'நாய்ங்க', 'பன்னிங்க', 'பன்றிகள்', 'அழிக்கணும்', 'கொல்லணும்', 'ஒழிக்கணும்', 'நாட்டை விட்டு விரட்டணும்', 'விரட்டணும்', 'விரட்டியடிக்கணும்', 'மனுஷங்களே இல்ல', 'மனிதர்களே அல்ல', 'அசிங்கம் புடிச்சவங்க', 'naaigal', 'naainga', 'panninga', 'azhikkanum', 'azhikanum', 'kollanum', 'ozhikkanum', 'olikanum', 'virattanum', 'nattai vittu virattanum', 'manushangale illa'],
    // ── drugs ──
    drug: ['கஞ்சா', 'போதைப்பொருள்', 'போதை பொருள்', 'போதை மாத்திரை', 'போதை ஊசி', 'கோகைன்', 'ஹெராயின்', 'எம்டிஎம்ஏ', 'வீட்', 'ganja', 'kanja', 'gaanja', 'pothai porul', 'bodhai porul', 'pothai mathirai', 'cool lip', 'coolip', 'weed', 'cocaine', 'heroin', 'mdma'],
    buy: ['எங்க கிடைக்கும்', 'எங்கே கிடைக்கும்', 'கிடைக்குமா', 'வாங்கணும்', 'வாங்குவது எப்படி', 'விக்கிறாங்க', 'விற்கிறார்கள்', 'அடிக்க', 'அடிச்சேன்', 'அடிக்கலாமா', 'டிரை பண்ண', 'ட்ரை பண்ண', 'enga kidaikum', 'enga kedaikum', 'enga kidaikkum', 'kidaikuma', 'vaanganum', 'vanganum', 'vaangradhu epdi', 'vikkiranga', 'adikka', 'adika', 'adichen', 'adikalama', 'try panna', 'try pannanum'],
    // ── weapons ──
    weapon: ['அரிவாள்', 'அரிவாளை', 'அருவா', 'அருவாள்', 'அருவாள', 'துப்பாக்கி', 'துப்பாக்கியை', 'துப்பாக்கிய', 'பிஸ்டல்', 'வெடிகுண்டு', 'பெட்ரோல் குண்டு', 'நாட்டு வெடிகுண்டு', 'கத்தி எடுத்துட்டு', 'கத்திய எடுத்துட்டு', 'கத்தியோட போய்', 'aruval', 'aruvaal', 'aruva', 'aruvala', 'thuppakki', 'thuppaki', 'kathi', 'kaththi', 'kathiya', 'kaththiya', 'gun', 'pistol', 'bomb', 'naatu bomb', 'naattu bomb', 'petrol bomb', 'vedikundu'],
    bring: ['கொண்டு போவேன்', 'கொண்டு போறேன்', 'கொண்டு வருவேன்', 'கொண்டு வரப்போறேன்', 'எடுத்துட்டு போவேன்', 'எடுத்துட்டு போறேன்', 'எடுத்துட்டு வருவேன்', 'எடுத்துட்டு வரேன்', 'எடுத்துட்டு', 'வைக்கப் போறேன்', 'kondu poven', 'kondu poren', 'kondu varuven', 'konduvaren', 'eduthutu', 'eduthuttu', 'eduthukittu', 'eduthu varuven', 'eduthu poven', 'eduthu poren', 'vaika poren'],
    school: ['ஸ்கூலுக்கு', 'ஸ்கூல்ல', 'ஸ்கூல்', 'பள்ளிக்கு', 'பள்ளியில்', 'பள்ளிக்கூடத்துக்கு', 'கிளாஸுக்கு', 'கிளாஸ்ல', 'காலேஜுக்கு', 'school ku', 'schoolku', 'school ukku', 'schoolukku', 'school la', 'schoolla', 'class ku', 'class la', 'college ku', 'collegeku'],
    killfuture: ['கொல்லுவேன்', 'கொல்லுவோம்', 'கொல்வேன்', 'கொன்னுடுவேன்', 'கொன்னுருவேன்', 'கொன்னுடுவோம்', 'கொல்லப் போறேன்', 'கொல்ல போறேன்', 'சுட்டுடுவேன்', 'சுடப் போறேன்', 'சுட போறேன்', 'சுட்டுக் கொல்லுவேன்', 'வெட்டிக் கொல்லுவேன்', 'குத்திக் கொல்லுவேன்', 'போட்டுத் தள்ளுவேன்', 'போட்டு தள்ளுவேன்', 'kolluven', 'kolluvom', 'kolven', 'konnuduven', 'konniduven', 'konnuruven', 'konnuduvom', 'kolla poren', 'kolla porean', 'suttuduven', 'suttuduvaen', 'suda poren', 'suttu kolluven', 'vetti kolluven', 'kuthi kolluven', 'pottu thalluven', 'pottuthalluven'],
    person: ['உன்னை', 'உன்ன', 'அவனை', 'அவன', 'அவளை', 'அவள', 'அவங்கள', 'அவங்களை', 'எல்லாரையும்', 'எல்லோரையும்', 'சார', 'டீச்சர', 'மிஸ்ஸ', 'நாளைக்கு', 'ஸ்கூல்ல', 'unna', 'unnai', 'avana', 'avanai', 'avala', 'avalai', 'avangala', 'ellaraiyum', 'ellaraium', 'ellaarayum', 'sir ah', 'teacher ah', 'miss ah', 'naalaiku', 'naalaikku'],
    make: ['செய்வது எப்படி', 'செய்றது எப்படி', 'தயாரிப்பது எப்படி', 'எப்படி செய்வது', 'எப்படி செய்றது', 'எப்படி தயாரிப்பது', 'பண்றது எப்படி', 'எப்படி பண்றது', 'செய்ய கத்துக்க', 'seivathu eppadi', 'seivadhu eppadi', 'seiradhu epdi', 'seiyarathu epdi', 'epdi seiradhu', 'eppadi seivathu', 'eppadi seivadhu', 'epdi senjradhu', 'thayarippathu eppadi', 'panradhu epdi', 'epdi panradhu', 'epdi panrathu'],
    bomb: ['வெடிகுண்டு', 'பாம்', 'பெட்ரோல் குண்டு', 'நாட்டு வெடிகுண்டு', 'நாட்டு துப்பாக்கி', 'துப்பாக்கி', 'பிஸ்டல்', 'vedikundu', 'bomb', 'naatu bomb', 'naattu bomb', 'petrol bomb', 'naatu thuppakki', 'thuppakki', 'gun', 'pistol'],
    // ── bullying and abuse ──
    bullyactor: ['எல்லாரும்', 'எல்லோரும்', 'கிளாஸ்ல', 'க்ளாஸ்ல', 'பசங்க', 'பொண்ணுங்க', 'சீனியர்ஸ்', 'சீனியர்கள்', 'ஸ்கூல்ல', 'ellarum', 'ellaarum', 'class la', 'pasanga', 'ponnunga', 'seniors', 'school la'],
    bullyact: ['அடிக்கிறாங்க', 'அடிச்சாங்க', 'கிண்டல் பண்றாங்க', 'கிண்டல் பண்ணுறாங்க', 'கேலி பண்றாங்க', 'கேலி செய்கிறார்கள்', 'சிரிக்கிறாங்க', 'ஒதுக்குறாங்க', 'ஒதுக்கி வைக்கிறாங்க', 'மிரட்டுறாங்க', 'திட்டுறாங்க', 'என்னை வீடியோ எடுத்தாங்க', 'என் போட்டோவ போட்டாங்க', 'ராகிங் பண்றாங்க', 'adikiranga', 'adikkiraanga', 'adichanga', 'kindal panranga', 'kindal panraanga', 'kalaikiranga', 'kalaaikiraanga', 'kelli panranga', 'sirikiranga', 'odhukuranga', 'othukuranga', 'mirattuRanga', 'mirattranga', 'thittranga', 'thitturaanga', 'ragging panranga'],
    abuser: ['அப்பா', 'அம்மா', 'சித்தப்பா', 'மாமா', 'அண்ணன்', 'ஸ்டெப் டாட்', 'அம்மாவோட பாய்பிரண்ட்', 'appa', 'amma', 'chithappa', 'sithappa', 'mama', 'annan', 'step dad', 'stepdad'],
    abuse: ['அடிக்கிறார்', 'அடிக்கிறாரு', 'அடிப்பார்', 'அடிச்சாரு', 'அடிக்கிறாங்க', 'பெல்ட்டால அடிக்கிறார்', 'குடிச்சிட்டு அடிக்கிறார்', 'குடிச்சுட்டு வந்து அடிப்பார்', 'தப்பா தொடுறார்', 'தப்பா தொடுறாரு', 'ரூம்ல பூட்டி', 'சூடு வைக்கிறாங்க', 'சூடு வச்சாங்க', 'adikiraru', 'adikkiraaru', 'adipaaru', 'adippar', 'adichaaru', 'belt la adikiraru', 'kudichitu adikiraru', 'kudichittu vandhu adipaaru', 'thappa thoduraaru', 'thappa thodurar', 'room la pootti', 'soodu vaikiranga', 'soodu vachanga'],
    // ── gambling ──
    bet: ['ஆன்லைன் ரம்மி*', 'online rummy*', 'ரம்மி விளையாடி', 'ரம்மில', 'சூதாட்டம்', 'சூதாடி', 'சூதாட', 'பெட்டிங்', 'பெட் கட்டி', 'பெட் கட்ட', 'கேசினோ', 'லாட்டரி சீட்டு', 'online rummy', 'rummy la', 'rummy aadi', 'rummy vilayadi', 'betting', 'betting app', 'bet katti', 'bet katta', 'sootattam', 'soothattam', 'casino', 'lottery'],
    minor: ['பணம் எல்லாம் தோத்துட்டேன்', 'அம்மா காசு', 'அப்பா காசு', 'amma kaasu', 'appa kaasu', 'எல்லா பணமும் போச்சு', 'அம்மா கார்டுல', 'அப்பா கார்டுல', 'அம்மா காசுல', `எனக்கு ${CHILD_AGE} வயசு`, 'கடன் வாங்கி', 'panam ellam thothuten', 'ella panamum pochu', 'amma card la', 'appa card la', 'amma kaasula', 'kadan vaangi', `enaku ${CHILD_AGE} vayasu`],
    // a request for nudes, whoever makes it
    nudes: ['நியூட்ஸ்', 'நியூட்', 'நியூட் போட்டோ', 'நிர்வாண போட்டோ', 'நிர்வாணப் படம்', 'nudes', 'nude pic', 'nude photo', 'nude photos'],
    ask: ['கேக்குறான்', 'கேக்குறாரு', 'கேட்டான்', 'கேட்டார்', 'கேட்கிறார்', 'கேட்கிறான்', 'அனுப்ப சொல்றான்', 'அனுப்ப சொன்னான்', 'அனுப்ப சொல்றாரு', 'அனுப்பு', 'kekuran', 'kekkuraan', 'kekraan', 'kettan', 'kettaan', 'kettar', 'anuppa solran', 'anupa solran', 'anupa sonnan', 'anuppa sonnaan', 'anuppu', 'anupu'],
    // eating disorder: not eating × wanting to be thin
    noteat: ['சாப்பிடாம', 'சாப்பிடாமல்', 'சாப்பிடல', 'சாப்பிடவே இல்ல', 'வாந்தி எடுக்கிறேன்', 'saapidama', 'saapdama', 'sapdama', 'saapidave illa', 'saapadu saapidala', 'vaanthi edukuren', 'vomit panren'],
    thin: ['ஒல்லியா', 'ஒல்லி ஆக', 'எடை குறைய', 'எடையை குறைக்க', 'வெயிட் குறைய', 'குண்டா இருக்கேன்', 'olliya', 'olli aaga', 'weight kuraiya', 'weight korayanum', 'kunda iruken', 'kundaa irukken'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      'நான் சாகப் போறேன்', 'நான் சாக போறேன்', 'நான் சாகணும்', 'எனக்கு சாகணும்', 'சாகணும் போல இருக்கு', 'சாகணும்னு தோணுது', 'சாகணும்னு இருக்கு', 'சாகலாம்னு இருக்கேன்', 'சாகலாம்னு தோணுது', 'சாகலாம் போல இருக்கு', 'சாக விரும்புகிறேன்', 'இறக்க விரும்புகிறேன்', 'நான் இறக்க விரும்புகிறேன்',
      'செத்துடலாம்னு இருக்கு', 'செத்துடலாம்னு தோணுது', 'செத்துப் போகலாம் போல இருக்கு', 'செத்துப் போயிடலாம்னு இருக்கு', 'நான் செத்துடுவேன்', 'நான் செத்துப்போயிடுவேன்',
      'தற்கொலை பண்ணிக்கப் போறேன்', 'தற்கொலை பண்ணிக்க போறேன்', 'தற்கொலை பண்ணிக்கலாம்னு இருக்கேன்', 'தற்கொலை பண்ணிக்கலாம்னு தோணுது', 'தற்கொலை செய்து கொள்ளப் போகிறேன்', 'தற்கொலை செய்துகொள்ளப் போகிறேன்', 'தற்கொலை செய்ய முடிவு', 'தற்கொலை பண்ண முடிவு', 'தர்கொலை பண்ணிக்க போறேன்',
      'என்னை நானே கொல்லப் போறேன்', 'என்னை நானே கொல்ல போறேன்', 'தூக்கு போட்டுக்கப் போறேன்', 'தூக்கு போட்டுக்க போறேன்', 'தூக்கு மாட்டிக்க போறேன்', 'தூக்குல தொங்கப் போறேன்', 'விஷம் குடிக்கப் போறேன்', 'விஷம் குடிக்க போறேன்', 'உயிரை விடப் போறேன்', 'உயிரை விட போறேன்', 'உயிரை மாய்த்துக்கொள்ளப் போகிறேன்',
      'வாழ பிடிக்கல', 'வாழ பிடிக்கவில்லை', 'வாழவே பிடிக்கல', 'வாழவே பிடிக்கவில்லை', 'வாழ விருப்பமில்லை', 'வாழ விருப்பம் இல்லை', 'வாழ ஆசை இல்லை', 'வாழ ஆசையில்லை', 'உயிர் வாழ விருப்பமில்லை', 'இனிமே வாழ முடியாது', 'இனி வாழ முடியாது', 'வால பிடிக்கல', 'வாழ்றதுல அர்த்தமே இல்ல', 'வாழ்வதில் அர்த்தமில்லை', 'போதும் இந்த வாழ்க்கை',
      'சாவது எப்படி', 'வலி இல்லாமல் சாவது எப்படி', 'வலியில்லாமல் சாவது எப்படி', 'வலி இல்லாம சாகுறது எப்படி', 'தற்கொலை செய்வது எப்படி', 'தற்கொலை செய்து கொள்வது எப்படி', 'தற்கொலை பண்றது எப்படி', 'எப்படி தற்கொலை பண்றது', 'எப்படி தற்கொலை செய்வது', 'தூக்கு போடுவது எப்படி', 'எத்தனை மாத்திரை சாப்பிட்டா சாகலாம்', 'எத்தனை தூக்க மாத்திரை', 'தூக்க மாத்திரை எல்லாம் சாப்பிடப் போறேன்',
      'naan saaga poren', 'naan saaganum', 'enaku saaganum', 'enakku saaganum', 'saaganum pola iruku', 'saaganum pola irukku', 'saaganum nu thonuthu', 'saaganum nu thonudhu', 'saaganum nu iruku', 'saagalam nu iruken', 'saagalam nu thonudhu', 'saagalam pola iruku', 'sethudalam nu iruku', 'sethudalam nu thonudhu', 'sethu pogalam pola iruku', 'naan sethuduven', 'naan sethuruven', 'naan sethu poiduven',
      'tharkolai panna poren', 'tharkolai pannika poren', 'tharkolai pannikka poren', 'thatkolai pannika poren', 'tharkolai pannikalam nu iruken', 'tharkolai pannikalam nu thonudhu', 'suicide pannika poren', 'suicide pannikka poren', 'suicide panna poren', 'suicide pannikalam nu iruken',
      'enna naane kolla poren', 'ennai naane kolla poren', 'thookku potukka poren', 'thooku potuka poren', 'thookula thonga poren', 'thooku maatika poren', 'visham kudikka poren', 'visham kudika poren', 'uyira vida poren', 'uyir vida poren',
      'vaazha pidikala', 'vazha pidikala', 'vaazha pidikkala', 'vaazha pidikkavillai', 'vaazha pidikavillai', 'vazha pidikavillai', 'vazhave pidikavillai', 'vaazhave pidikkavillai', 'vaazhave pidikala', 'vazhave pidikala', 'vaazha virupam illa', 'vaazha viruppam illa', 'vaazha aasai illa', 'ini vaazha mudiyathu', 'ini vazha mudiyadhu', 'inime vaazha mudiyadhu', 'vaazhradhula arthame illa', 'podhum indha vaazhkai', 'pothum intha vazhkai',
      'saavadhu eppadi', 'saavathu epdi', 'saavathu eppadi', 'epdi saavarathu', 'vali illama saavadhu eppadi', 'valikama saavadhu epdi', 'vali illama saaga', 'tharkolai seivathu eppadi', 'tharkolai epdi pannradhu', 'tharkolai epdi panradhu', 'suicide epdi pannradhu', 'suicide epdi panradhu', 'ethana mathirai saapta saagalam', 'ethana tablet potta saagalam', 'ethana mathirai potta saagalam',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['தற்கொலை', 'தர்கொலை', 'தற்கொலை எண்ணம்', 'தற்கொலை எண்ணங்கள்', 'சாகணும்னு நினைக்கிறேன்', 'சாவைப் பத்தி யோசிக்கிறேன்', 'காணாம போகணும்', 'எல்லாத்தையும் முடிச்சுக்கணும்', 'நான் ஒரு பாரம்', 'என் வாழ்க்கையை வெறுக்கிறேன்', 'tharkolai', 'thatkolai', 'tharkolai ennam', 'saavai pathi yosikiren', 'kaanaama poganum', 'ellathaiyum mudichukanum', 'en vaazhkaiya verukuren', 'en vazhkaiya verukiren'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['கையை அறுத்து*', 'கைய அறுத்து*', 'கையை கிழிச்சு*', 'கைய கிழிச்சு*', 'பிளேடால கிழிச்*', 'பிளேடால் கிழித்*', 'kaiya kizhich*', 'kaiya kilich*', 'kaiyai kizhich*', 'kaiya aruth*', 'kaiyai aruth*', 'blade la kizhich*', 'blade la kilich*', 'blade la aruth*', 'கையை அறுத்துக்கொண்டேன்', 'கையை அறுத்துக்கிட்டேன்', 'கைய அறுத்துக்கிட்டேன்', 'கையை கிழிச்சுக்கிட்டேன்', 'கைய கிழிச்சுகிட்டேன்', 'பிளேடால கிழிச்சேன்', 'பிளேடால் கீறினேன்', 'பிளேடு வச்சு கைய கிழிச்சேன்', 'என்னை நானே காயப்படுத்திக்கிறேன்', 'என்னை நானே காயப்படுத்திக் கொள்கிறேன்', 'என்னையே காயப்படுத்திக்கிட்டேன்', 'நானே என்னை காயப்படுத்திக்கிறேன்', 'வெட்டு காயங்களை எப்படி மறைப்பது', 'தழும்புகளை எப்படி மறைப்பது', 'சாப்பிட்டு வாந்தி எடுக்கிறேன்', 'சாப்பிட்ட பிறகு வாந்தி எடுப்பது எப்படி', 'சாப்பிடாம பட்டினி கிடக்கிறேன்', 'kaiya aruthukiten', 'kaiya aruthukitten', 'kaiyai aruthukonden', 'kaiya kizhichukiten', 'kaiya kilichukiten', 'blade la kizhichen', 'blade la kilichen', 'blade vachu kaiya kizhichen', 'ennaye kaayapaduthikiren', 'enna naane hurt pannikiren', 'naane ennai hurt panniten', 'cuts ah epdi maraikradhu', 'thazhumba epdi maraikradhu', 'saaptu vaanthi edukuren', 'saapta apram vaanthi edukuren', 'pattini kidakuren'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['யாருகிட்டயும் சொல்லாதே', 'யார்கிட்டயும் சொல்லாத', 'யாரிடமும் சொல்லாதே', 'அம்மாகிட்ட சொல்லாதே', 'அம்மா அப்பாகிட்ட சொல்லாதே', 'வீட்ல சொல்லாதே', 'வீட்டுல சொல்லாத', 'பெற்றோரிடம் சொல்லாதே', 'நம்ம ரகசியம்', 'நமக்குள்ள இருக்கட்டும்', 'நமக்குள் ரகசியமா', 'இது நம்ம சீக்ரெட்', 'வீட்ல தனியா இருக்கியா', 'வீட்ல யாரும் இல்லையா', 'உன் போட்டோ அனுப்பு', 'ஒரு போட்டோ அனுப்பு', 'பிக் அனுப்பு', 'கேமரா ஆன் பண்ணு', 'தனியா வா', 'தனியா வந்துடு', 'யாருக்கும் தெரியாம வா', 'மெசேஜ டெலீட் பண்ணு', 'சாட்ட டெலீட் பண்ணிடு', 'உன் வயசுக்கு மீறி', 'வயசுக்கு மீறின முதிர்ச்சி',
      'yaarkittayum sollatha', 'yaarkittayum sollaadha', 'yarukitayum solladha', 'yaaru kittayum sollatha', 'amma kitta sollatha', 'amma kitta solladha', 'amma appa kitta sollatha', 'veetla sollatha', 'veetla solladha', 'veetula sollatha', 'parents kitta sollatha', 'namma secret', 'namma ragasiyam', 'namakulla irukattum', 'namakkulla irukkattum', 'veetla thaniya irukiya', 'veetla yaarum illaya', 'un photo anuppu', 'un photo anupu', 'oru photo anuppu', 'pic anuppu', 'pic anupu', 'camera on pannu', 'thaniya vaa', 'thaniya va da', 'yaarukkum theriyama vaa', 'chat delete pannu', 'msg delete pannidu', 'message delete pannidu', 'un vayasukku meeri', 'un vayasuku meeri'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['டிரஸ் இல்லாம போட்டோ', 'டிரஸ் இல்லாம', 'ஆடை இல்லாமல்', 'ஆடையில்லாமல்', 'டிரஸ்ஸ கழட்டு', 'துணிய கழட்டு', 'ஆடையை கழற்று', 'நிர்வாண போட்டோ', 'நிர்வாணப் படம்', 'நிர்வாண படம்', 'நியூட் அனுப்பு', 'நியூட்ஸ் அனுப்பு', 'உன் போட்டோவ எல்லாருக்கும் அனுப்புவேன்', 'போட்டோவை எல்லாருக்கும் அனுப்புவேன்', 'போட்டோவ வைரல் ஆக்குவேன்', 'வைரல் ஆக்கிடுவேன்', 'இன்டர்நெட்ல போடுவேன்', 'பணம் தரலைன்னா', 'காசு தரலைன்னா', 'என்னை தப்பா தொட்டார்', 'என்னை தப்பா தொட்டான்', 'தவறாக தொட்டார்', 'கற்பழிச்சான்', 'கற்பழித்தார்',
      'dress illama photo', 'dress illaama photo', 'dress illama', 'dress illaama', 'dress kazhatu', 'dress kalattu', 'dress ah kazhattu', 'thuni illama', 'thuniya kazhattu', 'nude anuppu', 'nudes anuppu', 'nude pic anupu', 'un photo va ellarukum anupuven', 'photo va ellarukum anupuven', 'un photo ellarukum anuppiduven', 'viral aakiduven', 'viral aakuven', 'photo va viral', 'internet la poduven', 'panam tharalana', 'kaasu tharalana', 'kaasu tharalanna', 'enna thappa thottaan', 'ennai thappa thottar', 'enna thappa thottar'] },
    { id: 'grooming-abuse-report', category: 'grooming-cse', severity: 4, phrases: ['பாலியல் தொல்லை கொடுக்கிறார்', 'பாலியல் தொல்லை கொடுத்தார்', 'paaliyal thollai', 'sexual harassment pannaru'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['செக்ஸ் வீடியோ', 'செக்ஸ் படம்', 'ஆபாச படம்', 'ஆபாசப் படம்', 'ஆபாச வீடியோ', 'காமக்கதைகள்', 'காம கதைகள்', 'காமக் கதை', 'காம கதை', 'நிர்வாண பெண்கள்', 'ஓல் வீடியோ', 'sex video', 'sex padam', 'aabasa padam', 'abasa padam', 'kama kathai', 'kaama kathai', 'kamakathai', 'kamakathaikal', 'kamakathaigal', 'ool video', 'ol video tamil'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['செக்ஸ்'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['போய் சாவுடா', 'போய் சாவுடி', 'போயி சாவு', 'போய் செத்து போ', 'போய் செத்துப் போ', 'நீ செத்து போ', 'நீ செத்துப் போ', 'நீ சாகணும்', 'போய் தூக்கு மாட்டிக்கோ', 'போய் தூக்கு போட்டுக்கோ', 'தற்கொலை பண்ணிக்கோ', 'poi saavu', 'poyi saavu', 'poi saavuda', 'poi sethu po', 'poi seththu po', 'nee sethu po', 'nee saaganum', 'poi thooku maatiko', 'poi thookku potuko', 'tharkolai pannikko', 'tharkolai panniko'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['என்னை அடிக்கிறாங்க', 'என்னை கிண்டல் பண்றாங்க', 'என்னை கேலி செய்கிறார்கள்', 'என்னை கேலி பண்றாங்க', 'எல்லாரும் என்னை பார்த்து சிரிக்கிறாங்க', 'எல்லாரும் என்னை பாத்து சிரிக்கிறாங்க', 'என்னை ஒதுக்குறாங்க', 'ஸ்கூல்ல அடிக்கிறாங்க', 'ஸ்கூலுக்கு போக பயமா இருக்கு', 'வீட்டுக்கு போக பயமா இருக்கு', 'யாருக்கும் உன்ன பிடிக்காது', 'யாருக்கும் உன்னை பிடிக்காது', 'தேவடியா', 'தேவிடியா', 'தேவடியா பையா',
      'ennai adikiraanga', 'enna adikiranga', 'ennai kindal panraanga', 'enna kindal panranga', 'enna kalaikiranga', 'ellarum enna paathu sirikiranga', 'ellarum ennai paathu sirikiraanga', 'enna othukuranga', 'school la adikiranga', 'school ku poga bayama iruku', 'school ku poga bayama irukku', 'veetuku poga bayama iruku', 'yaarukum unna pidikadhu', 'yaarukkum unna pidikaathu', 'thevidiya', 'thevdiya', 'thevudiya', 'thevidiya paiya', 'thevdiya paiya', 'ommala'] },
    { id: 'abuse-home', category: 'bullying-abuse', severity: 4, phrases: ['அப்பா என்னை அடிக்கிறார்', 'அப்பா குடிச்சிட்டு அடிக்கிறார்', 'அப்பா குடிச்சுட்டு வந்து அடிப்பார்', 'அப்பா பெல்ட்டால அடிக்கிறார்', 'சித்தப்பா தப்பா தொடுறார்', 'மாமா தப்பா தொடுறாரு', 'அப்பா கிட்ட பயமா இருக்கு', 'appa enna adikiraru', 'appa ennai adikkiraaru', 'appa kudichitu adikiraru', 'appa kudichittu vandhu adipaaru', 'appa belt la adikiraru', 'chithappa thappa thoduraaru', 'mama thappa thodurar', 'appa kitta bayama iruku'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['ஐஎஸ்ஐஎஸ்ல சேர', 'ஐசிஸ்ல சேர', 'ஐஎஸ்ஐஎஸ் அமைப்பில் சேர', 'ஜிஹாத்துக்கு போக', 'ஜிஹாத் பண்ண', 'தீவிரவாத அமைப்பில் சேர', 'பயங்கரவாத அமைப்பில் சேர', 'காஃபிர்களை கொல்ல', 'காபிர்களை கொல்லணும்', 'மனித வெடிகுண்டா', 'தற்கொலை தாக்குதல் நடத்த', 'ஷஹீத் ஆக', 'ஷஹீதா ஆகணும்', 'தீவிரவாதிகள் ஹீரோ', 'ஹிட்லர் செய்தது சரி', 'ஹிட்லர் பண்ணது சரி', 'மசூதியை இடிக்கணும்', 'முஸ்லிம்களை கொல்லணும்', 'இந்துக்களை கொல்லணும்', 'கிறிஸ்தவர்களை கொல்லணும்',
      'isis la sera poren', 'isis la seranum', 'isis la join panna', 'isis join panna poren', 'jihad ku pog*', 'jihad panna poren', 'kafir ah kollanum', 'kafirgala kollanum', 'kafirkalai kollanum', 'shaheed aaganum', 'shaheed aaga poren', 'hitler pannadhu sari', 'hitler pannathu sari', 'hitler senjadhu sari', 'masjid ah idikanum', 'masjid ah idikkanum', 'muslims ah kollanum', 'muslimgala kollanum', 'hindukkala kollanum', 'christians ah kollanum', 'manitha vedikunda'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['பறப்பய', 'பற நாயே', 'பறையன் நாயே', 'சக்கிலி நாயே', 'சக்கிலியன்', 'பள்ளப்பய', 'கீழ் சாதி நாய்', 'கீழ்சாதி நாய்', 'கருப்பு நாயே', 'வடக்கன் நாயே', 'para naaye', 'para naye', 'paraiyan naaye', 'para payale', 'parapaya', 'parappaya', 'chakkili naaye', 'sakkili naaye', 'chakkiliyan', 'pallapaya', 'keezh jaadhi naai', 'keel jathi naai', 'karuppu naaye', 'vadakkan naaye', 'ombodhu payale', 'ombothu payale'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['கஞ்சா அடிக்க', 'கஞ்சா அடிச்சேன்', 'கஞ்சா அடிக்கலாமா', 'கஞ்சா எங்க கிடைக்கும்', 'கஞ்சா எங்கே கிடைக்கும்', 'போதைப்பொருள்', 'போதை பொருள் வாங்க', 'போதை மாத்திரை', 'போதை ஊசி', 'சரக்கு அடிக்க', 'சரக்கு அடிச்சேன்', 'ganja adikka', 'ganja adika', 'ganja adichen', 'ganja adikalama', 'ganja enga kidaikum', 'ganja enga kedaikum', 'ganja vanganum', 'kanja adika', 'kanja adichen', 'sarakku adik*', 'saraku adik*', 'sarakku adich*', 'ganja adik*', 'kanja adik*', 'pothai mathirai', 'pothai oosi', 'bodhai oosi'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['வெடிகுண்டு செய்வது எப்படி', 'வெடிகுண்டு தயாரிப்பது எப்படி', 'வெடிகுண்டு எப்படி செய்வது', 'பாம் செய்வது எப்படி', 'பாம் எப்படி செய்றது', 'நாட்டு வெடிகுண்டு செய்வது', 'பெட்ரோல் குண்டு செய்வது', 'ஒருவரை கொலை செய்வது எப்படி', 'ஒருத்தர எப்படி கொல்றது', 'ஒருவரை எப்படி கொல்வது', 'உன்னை கொல்லுவேன்', 'உன்ன கொல்லுவேன்', 'உன்னை கொன்னுடுவேன்', 'உன்ன கொன்னுருவேன்', 'அவனை கொல்லப் போறேன்', 'அவன கொல்ல போறேன்', 'அவளை கொல்லப் போறேன்', 'எல்லாரையும் கொல்லப் போறேன்', 'எல்லாரையும் சுட்டுக் கொல்லுவேன்', 'கத்தியால குத்துவேன்', 'கத்தியால் குத்துவேன்', 'உன்னை வெட்டுவேன்', 'அவனை வெட்டுவேன்', 'ஸ்கூலுக்கு கத்தி எடுத்துட்டு', 'ஸ்கூலுக்கு துப்பாக்கி', 'துப்பாக்கி எங்க கிடைக்கும்', 'துப்பாக்கி வாங்குவது எப்படி',
      'bomb epdi seiradhu', 'bomb eppadi seivathu', 'bomb seivathu eppadi', 'bomb epdi seiyarathu', 'naatu bomb epdi', 'petrol bomb epdi', 'vedikundu seivathu eppadi', 'kolai panradhu epdi', 'kolai seivathu eppadi', 'oruthara epdi kolradhu', 'oruvarai eppadi kolvathu', 'unna kolluven', 'unnai kolluven', 'unna konnuduven', 'unna konniduven', 'unna konnuruven', 'avana kolla poren', 'avala kolla poren', 'ellaraiyum kolla poren', 'ellaraium konnuduven', 'ellaraiyum suttu kolluven', 'unna suttuduven', 'kathiyala kuthuven', 'kaththiyala kuthuven', 'unna vettuven', 'avana vettuven', 'unna pottu thalluven', 'gun enga kidaikum', 'thuppakki enga kidaikum', 'gun vaangradhu epdi'] },
    { id: 'violence-mention', category: 'weapons-violence', severity: 3, phrases: ['ஸ்கூல் முடிஞ்சதும் அடிக்கணும்', 'ஸ்கூல் முடிஞ்சதும் அடிப்போம்', 'அடிச்சு துவைக்கணும்', 'கத்தி வச்சிருக்கேன்', 'school mudinjadhum adikanum', 'school mudinjathum adipom', 'adichu thuvaikanum', 'kathi vachiruken', 'kaththi vechirukken'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['ஆன்லைன் ரம்மி', 'ரம்மி விளையாடி பணம்', 'சூதாட்டம்', 'ஆன்லைன் சூதாட்டம்', 'பெட்டிங் ஆப்', 'பணம் எல்லாம் தோத்துட்டேன்', 'online rummy', 'rummy vilayadi panam', 'betting app la', 'sootattam', 'soothattam', 'online sootattam', 'ella panamum rummy la', 'panam ellam rummy la'] },
  ],
  rules: [
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@dieverb'], window: 6, ordered: true },
    { id: 'die-intent', category: 'suicide-self-harm', severity: 5, all: ['@dieverb', '@intent'], window: 4, ordered: true },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 5 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@feeling', '@final', '@dieverb', '@pills'], window: 20, atLeast: 2 },
    { id: 'eating-disorder', category: 'suicide-self-harm', severity: 3, all: ['@noteat', '@thin'], window: 10 },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@hide', '@cut'], window: 6 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@parents', '@secret'], window: 4 },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 10 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@adult', '@secret', '@request', '@adultage'], window: 16, atLeast: 2 },
    { id: 'asks-for-nudes', category: 'grooming-cse', severity: 4, all: ['@nudes', '@ask'], window: 5 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extfigure', '@extsupport'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@extgroup', '@join'], window: 6 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@worship', '@attack'], window: 5 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 6 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@bring', '@school'], window: 8 },
    { id: 'threat', category: 'weapons-violence', severity: 5, all: ['@person', '@killfuture'], window: 4 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@bomb', '@make'], window: 4 },
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 8 },
    { id: 'how-to-bet', category: 'gambling', severity: 3, all: ['@howto', '@bet'], window: 4 },
  ],
  senses: [
    // Idioms ("laughed to death", "starving", "bored to death"), negated intent ("I won't die"),
    // public-health wording ("suicide is not a solution"), films, games, cooking knives, Diwali
    // crackers ("atom bomb" is a firecracker), cricket and "it's boring" (போர் அடிக்குது).
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: [
      'சிரிச்சு சிரிச்சு செத்துட்டேன்', 'சிரிச்சு செத்துட்டேன்', 'சிரிச்சு சாகப் போறேன்', 'சிரிச்சு சாக போறேன்', 'பசியில செத்துட்டேன்', 'பசில சாகுறேன்', 'பசியில சாகப் போறேன்', 'போர் அடிச்சு செத்துட்டேன்', 'போர் அடிக்குது', 'போரடிக்குது', 'சிக்ஸ் அடிச்சாரு', 'சிக்ஸ் அடிக்கிறார்', 'சிக்ஸர் அடிக்கிறார்', 'கோல் அடிச்சாரு',
      'சாக மாட்டேன்', 'சாகப் போறதில்ல', 'தற்கொலை பண்ண மாட்டேன்', 'தற்கொலை பண்ணிக்க மாட்டேன்', 'தற்கொலை செய்ய மாட்டேன்', 'தற்கொலை தீர்வு அல்ல', 'தற்கொலை தீர்வல்ல', 'தற்கொலை எண்ணம் வந்தால்', 'தற்கொலை தடுப்பு', 'தற்கொலை செய்ய வேண்டாம்', 'தற்கொலை படை', 'சூசைட் ஸ்குவாட்',
      'கத்தி படம்', 'கத்தி விஜய்', 'காய்கறி வெட்ட கத்தி', 'சமையல் கத்தி', 'ஆட்டம் பாம்', 'லட்சுமி வெடி', 'தீபாவளி பட்டாசு', 'பாத் பாம்', 'கொசுவை கொல்ல', 'கொசு கொல்ல', 'கேம்ல கொன்னேன்', 'ஃப்ரீ ஃபயர்ல',
      'sirichu sirichu sethuten', 'sirichu sethuten', 'sirichu saaga poren', 'pasi la sethuten', 'pasila saagaren', 'pasila saaga poren', 'bore adichu sethuten', 'bore adikuthu', 'six adichaaru',
      'saaga maaten', 'saaga maatten', 'saaga maattaen', 'tharkolai panna maaten', 'tharkolai pannika maaten', 'tharkolai theervu alla', 'tharkolai pannadhe', 'tharkolai pannaadha', 'suicide squad',
      'kathi padam', 'kaththi movie', 'kathi movie', 'kathi vijay', 'kaththi vijay', 'atom bomb vedi', 'atom bomb pattasu', 'lakshmi vedi', 'bath bomb', 'kosu kolla', 'kosuva kolla', 'free fire la', 'pubg la', 'game la konnen', 'game la kolla',
    ] },
    // A surprise or a birthday is why "don't tell mum" is said among friends and family.
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['சர்ப்ரைஸ்', 'பிறந்தநாள்', 'பிறந்த நாள்', 'பர்த்டே', 'surprise ah', 'surprise da', 'birthday ku', 'bday ku', 'pirandha naal', 'piranthanaal'] },
    // School, news, films, games, help-seeking. No word whose skeleton is also a risk word's:
    // not கதை (= கத்தி), பாடம் (= படம்), செய்தி (= செய்து).
    { id: 'study', categories: ['extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'suicide-self-harm', 'gambling'], scope: 'text', phrases: ['வரலாறு', 'வரலாற்று', 'கட்டுரை', 'பாடத்தில்', 'வகுப்பில்', 'ஹோம்வொர்க்', 'நியூஸ்', 'செய்தித்தாள்', 'திரைப்படம்', 'சினிமா', 'பாடல்', 'புத்தகம்', 'நாவல்', 'கேம்ல', 'ஃப்ரீ ஃபயர்', 'பப்ஜி', 'மைன்கிராஃப்ட்', 'விழிப்புணர்வு', 'ஆசிரியர்களுக்கான', 'பயிற்சி முகாம்', 'பயிற்சி வகுப்பு', 'பயிற்சிப் பட்டறை', 'மனநல', 'தடுப்பு', 'உதவி எண்', 'ஹெல்ப்லைன்', 'எப்படி உதவுவது', 'நண்பருக்கு உதவ', 'அறிவியல்', 'உயிரியல்', 'வேதியியல்', 'விளைவுகள்', 'இரண்டாம் உலகப் போர்', 'உலகப் போர்',
      'varalaru', 'varalaaru', 'katturai', 'news la', 'movie la', 'padathula', 'paattu', 'song la', 'vizhipunarvu', 'asiriyargalukkana', 'payirchi mugam', 'manam nalam', 'epdi help panradhu', 'friend ku help', 'helpline number'] },
  ],
};

// ── Generalisation frames added for unseen wordings ───────────────────────────────────────────
// The normaliser now keeps Tamil vowel signs, so கத்தி (knife) is no longer கதை (story): it is
// used here only inside multi-part rules, as கத்தி is also "having shouted".
/** "End everything" with a farewell, "I can't any more" or "it's all ready". */
const END_ALL_RULES = ['xfarewell', 'xcantgo', 'xready'].map((c) => ({ id: `end-all-${c.slice(1)}`, category: 'suicide-self-harm' as const, severity: 5 as const, all: ['@xendall', `@${c}`], window: 24 }));
const TA_TEEN = '{12|13|14|15|16|17}';

export const ta: LanguagePack = extendPack(taBase, {
  concepts: {
    xendall: ['எல்லாத்தையும் முடிச்சுக்கப் போறேன்', 'எல்லாத்தையும் முடிக்கப் போறேன்', 'எல்லாம் முடிச்சுக்கப் போறேன்', 'எல்லாம் முடிச்சுக்க போறேன்', 'என் கதையை முடிச்சுக்கப் போறேன்', 'ellathayum mudichukka poren', 'ellathaiyum mudichukka poren', 'ellathayum mudichukkap poren', 'எல்லாத்தையும் முடிச்சுடுவேன்', 'எல்லாத்தையும் முடிச்சிடுவேன்', 'எல்லாத்தையும் முடிச்சுக்குவேன்', 'எல்லாத்தையும் முடிச்சுக்க போறேன்', 'எல்லாம் முடிச்சுடுவேன்', 'எல்லாத்தையும் முடிக்க போறேன்', 'என் கதையை முடிச்சுக்குவேன்', 'நிரந்தரமா போயிடுவேன்', 'ellathayum mudichuduven', 'ellathaiyum mudichiduven', 'ellathayum mudichukuven', 'ellam mudichuduven', 'ellathayum mudikka poren', 'nirandharama poiduven'],
    xtime: ['இன்னைக்கு ராத்திரி', 'இன்னிக்கு ராத்திரி', 'இன்றிரவு', 'இன்னைக்கு நைட்', 'innaiku rathiri', 'inniku raathiri', 'innaiku night', 'inniku night'],
    xfarewell: ['மன்னிச்சுடு', 'மன்னிச்சிடு', 'மன்னிச்சுடுங்க', 'மன்னிச்சிடுங்க', 'என்னை மன்னிச்சு', 'கடிதம் எழுதி வச்சிருக்கேன்', 'லெட்டர் எழுதி வச்சிருக்கேன்', 'பூனையை பாத்துக்கோங்க', 'amma mannichidu', 'amma mannichudu', 'ennai mannichudu', 'enna mannichidu', 'letter ezhuthi vachiruken'],
    xcantgo: ['தாங்க முடியாது', 'தாங்க முடியல', 'தாங்க முடியவில்லை', 'இனிமேல் முடியாது', 'thaanga mudiyathu', 'thanga mudiyala', 'thaanga mudiyala', 'இனிமே என்னால முடியாது', 'இனி என்னால முடியாது', 'என்னால முடியல', 'என்னால இனிமே முடியாது', 'களைச்சு போயிட்டேன்', 'யாருக்கும் கவலை இல்ல', 'யாருக்கும் அக்கறை இல்ல', 'inime ennala mudiyathu', 'inimey ennala mudiyadhu', 'ennala mudiyala', 'ini ennala mudiyadhu', 'yaarukum kavalai illa'],
    xready: ['எல்லாம் ரெடி', 'எல்லாம் தயார்', 'எல்லாம் பிளான் பண்ணிட்டேன்', 'பிளான் ரெடி', 'ellam ready', 'ellam thayar', 'ellam plan panniten'],
    xwithoutme: ['நான் இல்லாம', 'நான் இல்லைன்னா', 'நான் போயிட்டா', 'naan illama', 'naan illana', 'naan poita'],
    xbetter: ['நல்லா இருப்பாங்க', 'சந்தோஷமா இருப்பாங்க', 'ஈஸியா இருக்கும்', 'நிம்மதியா இருப்பாங்க', 'nalla irupanga', 'santhoshama irupanga', 'easy ah irukum', 'nimmathiya irupanga'],
    cut: ['மறுபடியும் கீறிட்டேன்', 'மறுபடியும் கையை அறுத்தேன்', 'திரும்ப கட் பண்ணிட்டேன்', 'marupadiyum kizhichen', 'thirumba cut panniten'],
    hide: ['அம்மாகிட்ட இருந்து மறைக்க', 'முழுக்கை சட்டை', 'ammakitta irundhu maraikka', 'full sleeve'],
    xfriend: ['என் ஃப்ரெண்ட்', 'என் பிரெண்ட்', 'என் தோழி', 'என் நண்பன்', 'என் நண்பர்', 'என் தங்கச்சி', 'என் அக்கா', 'en friend', 'en thozhi', 'en nanban'],
    xhelpq: ['யாருகிட்ட சொல்றது', 'யார்கிட்ட சொல்லணும்', 'என்ன பண்றது', 'என்ன செய்யணும்', 'எப்படி உதவுறது', 'எப்படி உதவ', 'டீச்சர்கிட்ட சொல்லலாமா', 'yaarkitta solradhu', 'yarkitta sollanum', 'enna panradhu', 'epdi help panradhu', 'teacher kitta sollalama'],
    // grooming cues
    xcoach: ['ஒரு அங்கிள்', 'கோச்சிங் சார்', 'டியூஷன் சார்', 'கோச்', 'ஒரு அண்ணா', 'oru uncle', 'tuition sir', 'coaching sir'],
    xnight: ['ராத்திரி', 'நைட்டு', 'நடுராத்திரி', 'லேட் நைட்', 'rathiri', 'raathiri', 'late night', 'nadu raathiri'],
    xmeet: ['நேர்ல பார்க்கணும்', 'நேர்ல பாக்கணும்', 'நேரில் சந்திக்க', 'மீட் பண்ணலாம்', 'தனியா வா', 'தனியா வர', 'கூப்பிட வரேன்', 'கார் கிட்ட வா', 'nerla paakanum', 'nerla parkanum', 'meet pannalam', 'thaniya vaa', 'thaniya vara'],
    xgift: ['கிஃப்ட் தர்றாரு', 'கிஃப்ட் தரார்', 'கிஃப்ட் குடுக்குறாரு', 'கிப்ட் தர்றாரு', 'காசு தர்றாரு', 'பணம் தர்றாரு', 'டைமண்ட்ஸ் தர்றாரு', 'gift tharraru', 'gift kudukuraru', 'kaasu tharraru', 'diamonds tharraru'],
    xsecret: ['சொல்லாதன்னு', 'சொல்லாதேன்னு', 'சொல்லக்கூடாதுன்னு', 'யாருக்கும் தெரியக்கூடாதுன்னு', 'நம்ம ரகசியம்', 'sollathannu', 'sollathenu', 'sollakoodathunu', 'namma ragasiyam'],
    xagenum: ['வயசு வெறும் நம்பர்', 'வயசு ஒரு நம்பர் தான்', 'வயசு முக்கியம் இல்ல', 'vayasu verum number', 'vayasu oru number dhaan', 'age is just a number'],
    xspecial: ['நீ ஸ்பெஷல்', 'நீ ரொம்ப மெச்சூர்', 'மத்தவங்கள விட வேற', 'nee special', 'nee romba mature'],
    xcam: ['வீடியோ கால்', 'கேமரா ஆன்', 'video call', 'camera on pannu'],
    xalone: ['ரூம்ல தனியா', 'வீட்ல தனியா', 'எப்போ வருவாங்க', 'அம்மா அப்பா தூங்கின*', 'எல்லாரும் தூங்கின*'],
    xsecret2: ['நமக்குள்ள', 'நமக்குள்ளே', 'சொல்லாதன்னு', 'சொல்லாதே'],
    xpackage: ['பார்சல் கொண்டு', 'பாக்கெட் கொண்டு', 'வேற ஊருக்கு கொண்டு', 'பொருள் கொண்டு போ'],
    xpayoff: ['உடனே காசு', 'போன் குடுத்தாங்க', 'போன் வாங்கி குடுத்தாங்க', 'கடன்', 'இல்லன்னா அடிப்பாங்க', 'தம்பிய அடிப்பாங்க'],
    xdontcome: ['ஸ்கூலுக்கு வராதே', 'ஸ்கூலுக்கு வராதீங்க', 'ஸ்கூலுக்கு வர வேண்டாம்', 'school ku varadha', 'school ku vara vendam'],
    xtrustme: ['நம்புங்க', 'என்னை நம்பு', 'அதுக்கு மேல சொல்ல மாட்டேன்', 'நாளைக்கு', 'திங்கக்கிழமை', 'nambu', 'naalaiku'],
    xattacker: ['ஷூட்டர்', 'தாக்குதல் நடத்தியவன்', 'கிறைஸ்ட்சர்ச்', 'christchurch'],
    xdares: ['யாரும் செய்யாததை', 'யாருக்கும் தைரியம் இல்ல', 'உண்மையான ஹீரோ', 'முழு வீடியோ', 'full video', 'real hero'],
    xgroupmade: ['குரூப் ஆரம்பிச்சாங்க', 'குரூப் போட்டாங்க', 'தனி குரூப்'],
    xmock: ['கிண்டல் பண்ண', 'என்னை கிண்டல்', 'என் வீடியோ', 'என் போட்டோ', 'என்னை தவிர'],
    xphonecheck: ['போன் செக் பண்ணுவாங்களா', 'போன் செக் பண்றாங்களா', 'போன் பாப்பாங்களா', 'phone check pannuvangala', 'phone check panranga'],
    xprivapp: ['ஸ்னாப்ல', 'டெலிகிராம்ல', 'snap la', 'telegram la'],
    // extremism: a call to arms, expel, join the group
    xarms: ['ஆயுதம் எடுங்க', 'ஆயுதம் எடு', 'ஆயுதங்களை எடுங்க', 'ஆயுதம் தூக்குங்க', 'aayudham edunga', 'ayudham edunga', 'aayutham edu'],
    xexpel: ['நாட்டை விட்டு விரட்ட', 'நாட்டை விட்டு துரத்த', 'நாட்டை விட்டு அனுப்ப', 'சுத்தம் பண்ண நேரம்', 'ஒழிக்க நேரம்', 'naatta vittu viratta', 'nattai vittu viratta', 'naatai vittu thuratha'],
    xjoingroup: ['குரூப்ல சேருங்க', 'குருப்ல சேருங்க', 'எங்க குரூப்ல', 'எங்களோட சேருங்க', 'சேனல்ல சேருங்க', 'இயக்கத்துல சேருங்க', 'group la serunga', 'enga group la', 'engaloda serunga'],
    xjihad: ['ஜிஹாத் கடமை', 'காஃபிர்களுக்கு எதிரா', 'காபிர்களுக்கு எதிராக', 'jihad kadamai', 'kafirgalukku ethira'],
    hateclaim: ['எல்லாரும் திருடங்க', 'திருடர்கள்', 'விரட்டணும்', 'ellarum thirudanga'],
    // weapons: knife to school, revenge, planned threat
    // a gang fight called: "bring all your area's boys, knives and sticks are ready"
    xgang: ['எல்லாரையும் கூட்டிட்டு {வா|வாங்க|வரேன்}', 'பசங்கள கூட்டிட்டு {வா|வாங்க|வரேன்}', 'பசங்க எல்லாரையும்', 'ஆளுங்கள கூட்டிட்டு', 'ஏரியா பசங்க', 'ellaraiyum kootitu vaa', 'ellarayum kootitu vaa', 'pasangala kootitu vaa', 'area pasanga'],
    xarmed: ['ரெடி', 'தயார்', 'எடுத்துட்டு வா', 'எடுத்துட்டு வாங்க', 'ready ah', 'eduthutu vaa'],
    weapon: ['கத்தி கம்பு', 'கம்பு கத்தி', 'kathi kambu', 'ரைஃபிள்', 'சித்தப்பா துப்பாக்கி', 'கத்தி', 'கத்திய', 'கத்தியை', 'சூரிக்கத்தி'],
    bring: ['கொண்டு வர்றேன்', 'கொண்டு வரேன்', 'எடுத்துட்டு வர்றேன்', 'kondu varen', 'kondu varren'],
    xrevenge: ['விடமாட்டேன்', 'விட மாட்டேன்', 'பாத்துக்குறேன்', 'பார்த்துக்கிறேன்', 'பாடம் கத்துக்குடுப்பேன்', 'ரத்தம் வரும்', 'எல்லாரும் பாப்பாங்க', 'vida maaten', 'vidamaaten', 'paathukuren', 'paadam kathukuduppen'],
    // gambling and drugs for a teenager
    xteen: [`${TA_TEEN} வயசு`, `${TA_TEEN} வயசுல`, `${TA_TEEN} வயதில்`, `${TA_TEEN} vayasu`, `${TA_TEEN} vayasula`],
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
    { id: 'farewell-ready', category: 'suicide-self-harm', severity: 4, all: ['@xfarewell', '@xready', '@xcantgo', '@xtime'], atLeast: 3, window: 24 },
    { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@xwithoutme', '@xbetter'], window: 8 },
    { id: 'grooming-cues-2', category: 'grooming-cse', severity: 4, all: ['@xcoach', '@xnight', '@xsecret', '@secret', '@xgift', '@xmeet', '@xagenum', '@xspecial', '@xcam', '@xphonecheck', '@xprivapp', '@adultage'], atLeast: 3, window: 24 },
    { id: 'phone-check-switch', category: 'grooming-cse', severity: 4, all: ['@xphonecheck', '@xprivapp'], window: 14 },
    { id: 'call-to-arms', category: 'extremism', severity: 4, all: ['@xarms', '@xexpel', '@xjoingroup', '@xjihad', '@extgroup'], atLeast: 2, window: 24 },
    { id: 'weapon-revenge', category: 'weapons-violence', severity: 5, all: ['@weapon', '@xrevenge', '@bring', '@school'], atLeast: 3, window: 16 },
    { id: 'gang-fight', category: 'weapons-violence', severity: 4, all: ['@weapon', '@xgang', '@xarmed'], window: 24 },
    { id: 'teen-gambling', category: 'gambling', severity: 3, all: ['@xteen', '@bet'], window: 10 },
    { id: 'teen-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy', '@xteen', '@school'], atLeast: 3, window: 14 },
  ],
  senses: [
    // "don't come to school tomorrow" because of a holiday, rain or a fever
    // a knife to cut the cake at a party
    { id: 'cake', categories: ['weapons-violence'], scope: 'text', phrases: ['கேக்', 'கேக்கு', 'பிறந்தநாள்', 'பர்த்டே', 'cake vetta'] },
    { id: 'day-off', categories: ['weapons-violence'], scope: 'text', phrases: ['லீவு', 'விடுமுறை', 'மழை', 'காய்ச்சல்', 'leave da', 'holiday da'] },
    { id: 'friend-help', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@xfriend', '@xhelpq'], window: 20, ordered: true },
    // a teacher's or parent's question: how to talk to, help or spot a pupil with suicidal thoughts
    { id: 'how-to-help', categories: ['suicide-self-harm'], scope: 'overlap', phrases: ['{எப்படி|எப்டி|எவ்வாறு} {பேசுவது|பேசணும்|உதவுவது|உதவலாம்|உதவி செய்வது|அணுகுவது|கண்டுபிடிப்பது|கண்டறிவது|தடுப்பது|தடுக்கலாம்}', '{eppadi|epdi} {pesurathu|pesanum|udhavurathu|udhavalam|help panrathu|thadukkalam}', 'எண்ணம் உள்ள {மாணவர்களிடம்|மாணவர்களுக்கு|பிள்ளைகளிடம்|நண்பரிடம்}'] },
  ],
});
