/**
 * Tagalog pack (`tl.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (idioms, cooking, games, history, news, help-seeking) must not. Sentences were written
 * independently of the pack's phrase lists, in Tagalog and Taglish chat spellings ("gsto q", "pano", "pasend").
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Tagalog: risky texts alert', () => {
  expectAlerts('tl', [
    // tuned on dev7: general gaps (own wordings)
    ["ilan biogesic ba ang kailangan para mamatay agad", 5, 'suicide-self-harm'],
    ["hindi na ako kumakain para pumayat, isinusuka ko lahat", 4, 'suicide-self-harm'],
    ["may screenshot siya ng nudes ko, ikakalat daw sa gc pag hindi ako nagbayad", 5, 'grooming-cse'],
    ["resbakan mamaya sa plaza, dalhin niyo yung balisong", 4, 'weapons-violence'],
    ["yung nakilala niya sa tiktok pinadelete yung chat tapos gusto makipagkita sa hotel", 4, 'grooming-cse'],
    ["gusto ko na mamatay", 5, 'suicide-self-harm'],
    ["gsto q nang mamatay talaga", 5, 'suicide-self-harm'],
    ["ayoko na mabuhay, pagod na ako", 5, 'suicide-self-harm'],
    ["sana mamatay na lang ako", 5, 'suicide-self-harm'],
    ["magpapakamatay na ako mamaya", 5, 'suicide-self-harm'],
    ["paano magpakamatay ng walang sakit", 5, 'suicide-self-harm'],
    ["ilang biogesic para mamatay", 5, 'suicide-self-harm'],
    ["naglalaslas ulit ako kagabi", 4, 'suicide-self-harm'],
    ["pano itago yung laslas sa mama ko", 4, 'suicide-self-harm'],
    ["pabigat lang ako sa pamilya ko", 3, 'suicide-self-harm'],
    ["i want to die na talaga, wala nang saysay", 5, 'suicide-self-harm'],
    ["balak kong magpakamatay this week", 5, 'suicide-self-harm'],
    ["wag mong sabihin sa mama mo ha, sikreto natin to", 4, 'grooming-cse'],
    ["send ka ng nudes", 5, 'grooming-cse'],
    ["pasend pic tapos loadan kita", 4, 'grooming-cse'],
    ["ikakalat ko pics mo kung hindi ka magbabayad", 5, 'grooming-cse'],
    ["ilang taon ka na? mag isa ka ba sa bahay? kita tayo", 4, 'grooming-cse'],
    ["hinipuan ako ng tito ko", 4, 'grooming-cse'],
    ["mamatay ka na", 4, 'bullying-abuse'],
    ["magpakamatay ka na lang", 4, 'bullying-abuse'],
    ["binubully ako ng mga kaklase ko", 3, 'bullying-abuse'],
    ["binubugbog ako ng stepdad ko", 4, 'bullying-abuse'],
    ["ang pangit mo kaya walang may gusto sayo", 3, 'bullying-abuse'],
    ["sasali ako sa isis", 4, 'extremism'],
    ["tama si hitler sa ginawa niya", 4, 'extremism'],
    ["patayin lahat ng kafir", 4, 'extremism'],
    ["mga bakla salot sa lipunan", 3, 'hate-discrimination'],
    ["intsik baboy kayo", 3, 'hate-discrimination'],
    ["saan makakabili ng shabu", 3, 'drugs'],
    ["humihithit ng damo tuwing gabi", 3, 'drugs'],
    ["magdadala ako ng baril sa school bukas", 5, 'weapons-violence'],
    ["papatayin kita", 4, 'weapons-violence'],
    ["paano gumawa ng bomba", 5, 'weapons-violence'],
    ["may dala akong balisong, abangan kita sa gate", 4, 'weapons-violence'],
    ["nagsusugal ako sa online sabong gamit pera ni mama", 3, 'gambling'],
    ["natalo ako sa color game online, baon ko naubos", 3, 'gambling'],
    ["panood ng pinay scandal", 3, 'sexual'],
    ["malibog ako ngayon", 3, 'sexual'],
    ["sinasaktan ko sarili ko pag malungkot ako", 4, 'suicide-self-harm'],
    ["ayaw ko nang mabuhay sa mundong ito", 5, 'suicide-self-harm'],
  ]);
});

describe('Tagalog: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('tl', [
    // tuned on dev7: innocent neighbours of the new rules
    "gusto ko pumayat kaya nag gym ako araw araw at kumakain ng gulay",
    "ilang tableta ng vitamins ang kailangan araw araw?",
    "nag-ingat kami sa tubo ng tubig sa bahay, may leak",
    "mamatay ako sa kakatawa",
    "patay na patay siya sa crush niya",
    "patayin mo yung ilaw please",
    "papatayin ako ni mama pag nalaman niya",
    "patay gutom talaga tong kapatid ko",
    "pinatay ko yung ipis sa kusina",
    "ayoko mamatay nang maaga",
    "hiwain ang sibuyas gamit ang kutsilyo",
    "nakakamatay sa kilig yung kdrama",
    "report namin sa araling panlipunan tungkol sa martial law",
    "balita: nahuli ng pnp ang tulak ng shabu",
    "paano tulungan ang kaibigan ko na gustong magpakamatay",
    "wag mong sabihin sa mama mo, surprise natin sa birthday niya",
    "send ka pic ng notes natin sa math",
    "pasabog ang balita kanina",
    "naglalaro kami ng mobile legends, papatayin ko yung kalaban",
    "say no to drugs",
    "sana mawala na yung sakit ng ulo ko",
    "gusto ko ng ice cream",
    "ang ganda mo ngayon",
    "bumili ako ng rugby ball",
    "sana umulan bukas",
    "patay ako nito kay papa",
    "water gun ang dala ko sa school",
    "ikaw ang taya sa habulan",
    "gusto mong kumain sa labas?",
    "hindi mong kailangan mag-alala",
    "patay tayo dyan pag nalaman ni ma'am",
    "gutom na gutom na ako, mamatay na ako sa gutom",
    "papatayin kita sa kilig pag nakita mo to",
    "sana mamatay na yung lamok na to",
    "gusto kong mawala yung pimples ko",
    "naiisip ko kung paano mamatay ang mga dinosaur",
    "pampatay ng ipis saan nabibili",
    "bumili kami ng bagong kutsilyo sa palengke",
    "nag-eexam kami bukas, patay ako",
    "balita tungkol sa nagpakamatay na estudyante sa cebu",
    "hindi lahat ng muslim terorista",
    "nakakamatay ang init ngayon",
    "ang taya ko sa laro ay pula",
  ]);
});

describe('Tagalog: tuned wordings (dev8 tune half)', () => {
  expectAlerts('tl', [
    ['sana hindi na lang ako gumising bukas', 5, 'suicide-self-harm'],
    ['ayoko na magising, pagod na ako', 3, 'suicide-self-harm'],
    ['bawal ko raw sabihin kina mama at papa', 4, 'grooming-cse'],
    ['may kuya sa roblox na sinesendan ako ng robux, gusto nya ako i-meet, secret lang natin daw', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('tl', [
    'sana di na ako magising ng maaga bukas kasi walang pasok',
    'ayoko na gumising ng maaga',
    'wag mo sabihin kay mama na kinain ko yung cake',
    'sabi ni ate wag ko daw sabihin kay mama yung surprise',
    'binibigyan ako ng pera ni lola para sa birthday ko, gusto niya ako makita sa sabado sa bahay niya',
  ]);
});

describe('Tagalog: hoarded pills, farewell notes, threats (dev8 round, siblings)', () => {
  expectAlerts('tl', [
    ['naipon ko yung pills, mamayang gabi na, wag nyo na akong hanapin', 4, 'suicide-self-harm'],
    ['sasaksakin ko silang lahat bukas', 4, 'weapons-violence'],
  ]);
  expectNoAlerts('tl', [
    'naipon ko na yung pera, mamayang gabi bibili, wag nyo akong hanapin',
    'ililibre ko silang lahat bukas',
  ]);
});
