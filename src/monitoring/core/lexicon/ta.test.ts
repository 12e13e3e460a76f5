/**
 * Tamil pack (Tamil script and romanised Tanglish): risky sentences (written for these tests, in
 * varied wordings, not copied from the pack's phrases) must alert in the right category; innocent
 * sentences that use the same alarming words — or words that differ from them only in vowel signs
 * (கத்தி knife / கதை story, மாத்திரை pill / மாதிரி like), which an earlier normaliser dropped —
 * must not.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Tamil script: risky texts alert', () => {
  expectAlerts('ta', [
    ['எனக்கு இனிமே வாழவே பிடிக்கல', 5, 'suicide-self-harm'],
    ['நான் இன்னைக்கு ராத்திரி தூக்கு போட்டுக்க போறேன்', 5, 'suicide-self-harm'],
    ['வலி இல்லாம எப்படி சாகுறது', 5, 'suicide-self-harm'],
    ['தற்கொலை பண்ணிக்கலாம்னு தோணுது', 5, 'suicide-self-harm'],
    ['எத்தனை தூக்க மாத்திரை சாப்பிட்டா உயிர் போகும்', 5, 'suicide-self-harm'],
    ['நான் செத்துப் போகணும்', 5, 'suicide-self-harm'],
    ['சாகணும் போல இருக்கு எனக்கு', 5, 'suicide-self-harm'],
    ['நான் இல்லாம எல்லாரும் சந்தோஷமா இருப்பாங்க', 3, 'suicide-self-harm'],
    ['இது என் கடைசி மெசேஜ், எல்லாரும் என்னை மன்னிச்சிடுங்க', 4, 'suicide-self-harm'],
    ['பிளேடால கையை கிழிச்சுக்கிட்டேன் மறுபடியும்', 4, 'suicide-self-harm'],
    ['கையில இருக்கிற தழும்புகளை அம்மாகிட்ட இருந்து எப்படி மறைக்கிறது', 4, 'suicide-self-harm'],
    ['என்னை நானே காயப்படுத்திக்கிறேன் யாருக்கும் தெரியாது', 4, 'suicide-self-harm'],
    ['அம்மா அப்பாகிட்ட சொல்லாதே இது நம்ம ரகசியம்', 4, 'grooming-cse'],
    ['ஒரு அங்கிள் இன்ஸ்டால என் போட்டோ கேக்குறான்', 4, 'grooming-cse'],
    ['டிரஸ் இல்லாம ஒரு போட்டோ அனுப்பு', 5, 'grooming-cse'],
    ['பணம் தரலைன்னா உன் போட்டோவ எல்லாருக்கும் அனுப்புவேன்', 5, 'grooming-cse'],
    ['வீட்ல தனியா இருக்கியா? கேமரா ஆன் பண்ணு', 4, 'grooming-cse'],
    ['எனக்கு 13 வயசு அவருக்கு 27 வயசு', 4, 'grooming-cse'],
    ['ஆபாச வீடியோ லிங்க் அனுப்பு', 3, 'sexual'],
    ['போய் சாவுடா யாருக்கும் உன்ன பிடிக்காது', 4, 'bullying-abuse'],
    ['கிளாஸ்ல எல்லாரும் என்னை கிண்டல் பண்றாங்க', 3, 'bullying-abuse'],
    ['அப்பா குடிச்சிட்டு வந்து அம்மாவையும் என்னையும் அடிக்கிறார்', 4, 'bullying-abuse'],
    ['ஐசிஸ்ல சேரணும்னு ஆசையா இருக்கு', 4, 'extremism'],
    ['ஹிட்லர் செய்தது சரி தான்', 4, 'extremism'],
    ['மசூதியை தாக்கப் போறேன்', 5, 'extremism'],
    ['முஸ்லிம்கள் எல்லாம் நாய்கள் நாட்டை விட்டு விரட்டணும்', 3, 'hate-discrimination'],
    ['பற நாயே உனக்கு இங்க என்ன வேலை', 3, 'hate-discrimination'],
    ['கஞ்சா எங்க கிடைக்கும் சென்னையில', 3, 'drugs'],
    ['நாளைக்கு ஸ்கூலுக்கு அருவா எடுத்துட்டு வருவேன்', 5, 'weapons-violence'],
    ['உன்னை கொன்னுடுவேன் பாத்துக்க', 5, 'weapons-violence'],
    ['வெடிகுண்டு எப்படி செய்வது', 5, 'weapons-violence'],
    ['ஆன்லைன் ரம்மில அம்மா காசு எல்லாம் போச்சு', 3, 'gambling'],
    ['சாப்பிடாம இருந்து ஒல்லியா ஆகணும்', 3, 'suicide-self-harm'],
    ['அவன் என் நியூட்ஸ் கேக்குறான்', 4, 'grooming-cse'],
    ['தூக்கு மாட்டிக்கலாம்னு இருக்கேன்', 5, 'suicide-self-harm'],
  ]);
});

describe('Tanglish: risky texts alert', () => {
  expectAlerts('ta', [
    ['naan saaga poren da, bye', 5, 'suicide-self-harm'],
    ['enaku vaazhave pidikala machan', 5, 'suicide-self-harm'],
    ['tharkolai epdi pannradhu', 5, 'suicide-self-harm'],
    ['ethana sleeping pills potta saagalam', 5, 'suicide-self-harm'],
    ['inniku night sethuduven nu mudivu panniten', 5, 'suicide-self-harm'],
    ['kaiya blade la kizhichuten', 4, 'suicide-self-harm'],
    ['amma kitta sollatha, idhu namma secret', 4, 'grooming-cse'],
    ['oru uncle insta la photo kekuran', 4, 'grooming-cse'],
    ['dress illama oru pic anupu', 5, 'grooming-cse'],
    ['panam tharalana un photo va ellarukum anupuven', 5, 'grooming-cse'],
    ['unna kolluven naalaiku school la', 5, 'weapons-violence'],
    ['naalaiku school ku kathi eduthutu varuven', 5, 'weapons-violence'],
    ['bomb epdi seiradhu nu sollu', 5, 'weapons-violence'],
    ['isis la join panna poren', 4, 'extremism'],
    ['ganja enga kidaikum bro', 3, 'drugs'],
    ['poi saavu da loosu', 4, 'bullying-abuse'],
    ['appa kudichitu vandhu adikiraru', 4, 'bullying-abuse'],
    ['online rummy la ellam panam thothuten', 3, 'gambling'],
    ['kama kathai tamil la venum', 3, 'sexual'],
    ['thooku maatikalam nu iruken', 5, 'suicide-self-harm'],
    ['saapidama irundhu olliya aaganum', 3, 'suicide-self-harm'],
  ]);
});

describe('Tamil and Tanglish: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('ta', [
    'சிரிச்சு சிரிச்சு செத்துட்டேன் இந்த வீடியோ பார்த்து',
    'இந்த கதை ரொம்ப நல்லா இருக்கு',
    'நாளைக்கு ஸ்கூலுக்கு கதை புத்தகம் கொண்டு வருவேன்',
    'காலையில சீக்கிரம் எழுந்திருக்கணும்',
    'கலை நிகழ்ச்சி ஸ்கூல்ல நடக்குது',
    'சக மாணவர்களுக்கு எப்படி உதவுவது',
    'அந்த மாதிரி பேசாதே',
    'கஞ்சி குடிச்சியா',
    'தற்கொலை தீர்வு அல்ல, உதவி எண் 104 அழைக்கவும்',
    'சாக மாட்டேன், பயப்படாதே',
    'கத்தி படம் விஜய் நடிச்சது சூப்பர்',
    'தீபாவளிக்கு ஆட்டம் பாம் வாங்கணும்',
    'வரலாறு பாடத்தில் ஹிட்லர் பற்றி கட்டுரை எழுதணும்',
    'போர் அடிக்குது எதாவது படம் பார்க்கலாமா',
    'அப்பா கிரிக்கெட்ல சிக்ஸ் அடிச்சாரு',
    'அம்மா தோசை சுட்டாங்க',
    'பசியில சாகப் போறேன், சாப்பாடு எப்போ?',
    'கொசுவை கொல்ல என்ன மருந்து',
    'உன் போட்டோ ரொம்ப அழகா இருக்கு',
    'ஸ்கூல் டூர் போட்டோ அனுப்பு டா',
    'பிறந்தநாள் சர்ப்ரைஸ், அம்மாகிட்ட சொல்லாதே',
    'உனக்கு எத்தனை வயசு ஆகுது தாத்தா',
    'சுட்ட பழம் வேண்டுமா சுடாத பழம் வேண்டுமா',
    'வெடிகுண்டு பற்றி நியூஸ்ல பார்த்தேன்',
    'தற்கொலை படை படம் பார்த்தியா',
    'இந்த படத்துல ஹீரோ கடைசில சாகணும்',
    'sirichu sirichu sethuten da',
    'pasila saagaren, saapadu ready ah?',
    'kathi padam semma mass',
    'amma kitta sollatha, appa birthday ku surprise',
    'school ku lunch box eduthutu poren',
    'free fire la ellaraiyum konnuten',
    'naalaiku cricket la six adipen',
    'saaga maaten, kavalai padadhe',
    'unaku enna vayasu thatha',
    'rummy vilayadalama family oda',
    'veetla yaarum illa, vaa game aadalam',
    'bore adikuthu enna pannalam',
    'epdi tharkolai thaduppadhu, friend ku help pannanum',
    'bath bomb epdi seiradhu',
    'naan school ku poren amma',
    'enaku thookam varudhu, naan thoonga poren',
    'உயிரை விட மேலான நண்பன் நீ',
    'இன்னைக்கு மாதிரி தேர்வு இருக்கு',
    'uyira vida mela nee enaku',
  ]);
});

describe('ta: generalisation frames catch new wordings', () => {
  expectAlerts('ta', [
    ['என்னால முடியல, எல்லாத்தையும் முடிச்சுக்க போறேன், அம்மா மன்னிச்சிடு', 4, 'suicide-self-harm'],
    ['எல்லாம் ரெடி, இன்றிரவு எல்லாம் முடிச்சுடுவேன்', 4, 'suicide-self-harm'],
    ['inime ennala mudiyathu, ellathayum mudichuduven', 4, 'suicide-self-harm'],
    ['நான் இல்லாம எல்லாரும் நிம்மதியா இருப்பாங்க', 4, 'suicide-self-harm'],
    ['naan illana ellarum nalla irupanga', 4, 'suicide-self-harm'],
    ['டியூஷன் சார் நடுராத்திரி மெசேஜ் பண்றாரு, நீ ஸ்பெஷல்னு சொல்றாரு, சொல்லாதன்னு சொன்னாரு', 4, 'grooming-cse'],
    ['ஒரு அண்ணா கேம்ல டைமண்ட்ஸ் தர்றாரு, இப்போ தனியா வா சொல்றாரு', 4, 'grooming-cse'],
    ['வயசு வெறும் நம்பர் தான், ராத்திரி வீடியோ கால் வா', 4, 'grooming-cse'],
    ['உங்க வீட்ல போன் செக் பண்ணுவாங்களா? டெலிகிராம்ல பேசலாம்', 4, 'grooming-cse'],
    ['ஆயுதம் எடுங்க, இவங்களை நாட்டை விட்டு துரத்த வேண்டும்', 4, 'extremism'],
    ['ஜிஹாத் கடமை, எங்க குரூப்ல சேருங்க', 4, 'extremism'],
    ['காலைல ஸ்கூலுக்கு கத்தி எடுத்துட்டு வர்றேன், அவனை விடமாட்டேன்', 4, 'weapons-violence'],
    ['school ku kathi kondu varen, avana vida maaten', 4, 'weapons-violence'],
    ['எனக்கு 15 வயசு, ஆன்லைன் ரம்மி விளையாடி பணம் சம்பாதிக்கணும்', 3, 'gambling'],
    ['14 vayasula betting app la panam podalama', 3, 'gambling'],
  ]);
  expectNoAlerts('ta', [
    'இன்னைக்கு ராத்திரி எல்லா ஹோம்வொர்க்கையும் முடிச்சுடுவேன்',
    'என்னால முடியல, கணக்கு ரொம்ப கஷ்டம்',
    'என் தோழி சாகணும்னு சொல்றா, யாருகிட்ட சொல்றது',
    'சார் ராத்திரி மெசேஜ் பண்ணாரு நாளைக்கு டெஸ்ட்னு',
    'அம்மாவுக்கு சர்ப்ரைஸ் கிஃப்ட், சொல்லாதன்னு சொன்னேன்',
    'ராத்திரி படம் பாக்கலாம், வீடியோ கால் வா',
    'வரலாற்றில் மக்கள் ஆயுதம் எடுத்தாங்க சுதந்திரத்துக்காக',
    'குரூப்ல சேருங்க, நாளைக்கு கிரிக்கெட் மேட்ச்',
    'கத்தியால காய்கறி வெட்ட கத்துக்கிட்டேன்',
    'எனக்கு 15 வயசு, கிரிக்கெட் விளையாடுவேன்',
    'பாட்டி சொல்றாங்க வயசு வெறும் நம்பர் தான்',
    'எல்லாம் ரெடி, இன்னைக்கு ராத்திரி பார்ட்டி',
    'அம்மா மன்னிச்சிடு, பால் கொட்டிடுச்சு',
    'ஸ்கூல்ல பாட்டு போட்டி, எல்லாரும் பாப்பாங்க',
    'தம்பி ஸ்கூல்ல கத்தி கத்தி பாடுனான்',
  ]);
});

describe('ta: frames for cam-when-alone, flattery with secrecy, warnings, admiration, mocking groups', () => {
  expectAlerts('ta', [
    ['அம்மா அப்பா தூங்கினதும் வீடியோ கால் வா', 4, 'grooming-cse'],
    ['நீ ஸ்பெஷல், இது நமக்குள்ள இருக்கட்டும்', 4, 'grooming-cse'],
    ['திங்கக்கிழமை ஸ்கூலுக்கு வராதே, என்னை நம்பு', 4, 'weapons-violence'],
    ['அந்த ஷூட்டர் உண்மையான ஹீரோ, யாரும் செய்யாததை செஞ்சான்', 4, 'extremism'],
    ['என்னை கிண்டல் பண்ண தனி குரூப் போட்டாங்க', 3, 'bullying-abuse'],
  ]);
  expectNoAlerts('ta', [
    'நாளைக்கு ஸ்கூலுக்கு வராதே, மழை லீவு',
    'கிரிக்கெட்டுக்கு தனி குரூப் போட்டாங்க',
    'அம்மா அப்பா தூங்கினதும் நான் படிப்பேன்',
  ]);
});

// dev8 round: couriers, secret meetings, bystanders' bullying reports, blasphemy punishment, hidden
// starving, leaked videos asked for, party drugs, slurs with suffixes, sextortion with a price,
// Tamil sandhi, gang fights; and the innocent senses beside them (written for these tests).
describe('ta: dev8-round frames alert', () => {
  expectAlerts('ta', [
    ['இனி தாங்க முடியல. இன்னைக்கு ராத்திரி எல்லாத்தையும் முடிக்கப் போறேன்', 5, 'suicide-self-harm'],
    ['ஏரியா பசங்க எல்லாரையும் கூட்டிட்டு வா, அருவா கத்தி கம்பு எல்லாம் ரெடி', 4, 'weapons-violence'],
  ]);
});

describe('ta: dev8-round innocent senses stay quiet', () => {
  expectNoAlerts('ta', [
    'தற்கொலை எண்ணம் உள்ள நண்பரிடம் எப்படி பேசுவது? மனநல ஆலோசகர் சொன்னது',
    'பர்த்டே பார்ட்டி, பசங்க எல்லாரையும் கூட்டிட்டு வா, கேக் கத்தி ரெடி',
    'எக்ஸாம் டென்ஷன் தாங்க முடியல, நாளைக்கு எல்லாம் முடிஞ்சிடும்',
  ]);
});
