/**
 * English: grooming and child sexual exploitation told by the adult and by the child: requests for pictures and camera, sexual questions to a child, secrecy, gifts for pictures, offers to meet or collect, moving to private apps, sextortion threats, and criminal exploitation (county lines). Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list
 * copied. Added to the English pack by `extendPack` (see index.ts).
 *
 * Real grooming chat is mostly the adult's short messages ("turn ur cam on", "r u a virgin",
 * "so pretty for 13", "i could pick u up round the corner from school"). Each of those words is
 * harmless somewhere (a teacher asks for cameras on, a parent picks a child up, a friend asks if
 * your parents are home), so almost every entry here is a *frame*: classes of wordings (concepts
 * named `g_…`) and rules that need two of them — the ask and what makes it private, the look and
 * the age, the threat and its audience, the errand and the pay. Only a few one-liners that have
 * no everyday sense stand alone, at severity 3 (one weak cue) unless they are a clear request.
 */
import type { PackPart, Rule, Sense, TermGroup } from './types.ts';

const YOU = '{you|u}';
const YR = '{your|ur|yr}';
const KID_AGE = '{10|11|12|13|14|15}';
const MEDIA_S = '{pic|pics|photo|photos|picture|video|vid|selfie|nudes}';
const MEDIA = '{pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|vids|video|videos|snap|snaps|nude|nudes}';

const concepts: Record<string, readonly string[]> = {
  /** Pictures of things, not of the child (an innocent frame: see senses). */
  g_media: ['pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'screenshot', 'screenshots', 'video', 'vid', 'snap', 'snaps'],
  g_thing: ['homework', 'notes', 'answers', 'work', 'essay', 'worksheet', 'timetable', 'dog', 'cat', 'puppy', 'kitten', 'hamster', 'rabbit', 'food', 'dinner', 'lunch', 'cake', 'drawing', 'art', 'project', 'lego', 'garden', 'view', 'team', 'receipt', 'ticket', 'tickets', 'car', 'bike', 'shoes', 'trainers', 'outfit', 'nails', 'hair', 'room'],
  // ── camera and pictures ──
  /** Asking a child to put a camera on. */
  g_cam_on: [
    `{turn|put|switch|keep|flip|get} ${YR} {cam|camera|webcam|video} on`, `{turn|put|switch} on ${YR} {cam|camera|webcam|video}`, '{go|get|hop|jump|come} on cam', 'on cam {for me|with me|tonight|rn|now}',
    `{facetime|video call|vc|video chat} me`, `{facetime|video call|vc|video chat} ${YOU} {tonight|later|rn|now|when}`, 'cam with me',
  ],
  /** …somewhere private, or to be seen more. */
  g_cam_private: [
    `in ${YR} {room|bedroom|bed}`, `to ${YR} {room|bedroom}`, '{in|into} bed', `lock ${YR} door`, 'lock the door', `when ${YR} {parents|mum|dad} {are|is} {asleep|out|in bed}`,
    `on ${YR} own`, '{by yourself|by urself}', 'just {us|me and you|me n u|u and me|you and me}', '{somewhere|some where} {private|quiet}', 'no one else {around|home|there|can see}', 'nobody else {around|home|there|can see}',
    `see ${YOU} properly`, `see all of ${YOU}`, `see more of ${YOU}`, `see ${YR} {body|whole body|legs|bum|chest|belly|tummy}`, `after ${YR} {shower|bath}`, `in ${YR} {pjs|pyjamas|towel|underwear|bra|pants}`, 'just for me',
  ],
  /** A picture of the child, or more of them. */
  g_pic_you: [
    `${MEDIA} of {you|u|urself|yourself}`, `{another|one more|a better|a closer|a new} {pic|photo|selfie|vid|video}`, `more {pics|photos|selfies|vids|videos|snaps}`, 'full body {pic|pics|photo|selfie}',
    'send {me|} {a pic|a photo|a selfie|a vid|a video|a snap|pics|photos}',
  ],
  /** …that shows the body, in bed or undressed, or is kept just for the asker. */
  g_body_ctx: [
    `in ${YR} {bed|bedroom|pjs|pyjamas|underwear|bra|bikini|swimsuit|towel|knickers|pants}`, 'in the {shower|bath}', `after ${YR} {shower|bath}`, `without ${YR} {top|shirt|clothes|bra|hoodie}`, 'no {top|shirt|clothes|bra} on',
    '{lying|laying} in bed', 'in bed', 'just for me', 'for my eyes only', '{no one|nobody} else will see', 'delete it after', 'i wont show anyone', `${YR} {body|legs|bum|chest|belly|tummy|feet|thighs|lips}`,
  ],
  /** "what are you wearing" (also a friend's question before a party: see `g-wearing-private`). */
  g_whatwear: [`what {are|r|re} ${YOU} wearing`, `what ${YOU} wearing`, 'what {ur|youre|you re} wearing', 'wat {are|r} {you|u} wearing', `describe what ${YOU}{re|r|} wearing`],
  /** …asked about now, in bed, underneath, or for a picture. */
  g_wear_private: [
    'right now', 'rn', 'atm', 'at the moment', 'in bed', 'under', 'underneath', 'under that', 'send', 'pic', 'a pic', 'show me', 'prove it', 'baby', 'babe', 'sexy', 'hot', 'alone', `on ${YR} own`, 'home alone',
    `${YR} parents`, 'for me', 'bed', 'describe', 'cam', 'camera', 'facetime', 'turn me on', 'underwear', 'bra', 'knickers', 'pjs', 'pyjamas', 'dont tell', 'secret', 'delete',
  ],
  /** Clothes named for a picture the asker chose. */
  g_wear: ['wear', 'wearing', 'put on'],
  g_clothes: ['skirt', 'short skirt', 'crop top', 'tights', 'leggings', 'school uniform', 'bikini', 'swimsuit', 'dress', 'shorts', 'stockings', 'underwear', 'bra', 'pjs', 'pyjamas', 'tight'],
  g_forme: ['i asked for', 'i asked u for', 'i asked you for', 'just for me', 'for me next time', 'so i can see', 'in the pic', 'in ur pic', 'in your pic', 'for the pic', 'on cam', 'on camera', 'i told {u|you}', 'like i said'],
  /** A child telling of a first picture and the demand that followed. */
  g_sent_pic: [`sent {him|them|her} {one|a|a few|some|the|my} ${MEDIA_S}`, `sent ${MEDIA_S} to {him|them|her}`],
  g_now_more: [
    'and now {he|she|they}', 'now {he|she|they} {wants|want|says|keeps|is|are|has|have|knows|know}', '{wants|want} more', '{wants|want} a {video|vid|another}', '{keeps|kept} asking for more',
    '{says|said} {hes|he has|shes|she has|theyve|they have} got my', '{knows|found} my {school|address|real name|insta|mum}', 'my school name',
  ],

  // ── sexual questions to a child ──
  g_sexq: [
    `{are|r} ${YOU} {still|} a virgin`, `ru a virgin`, `{have|hav|ave|has|did} ${YOU} ever {kissed|been kissed|made out|snogged|done it|done stuff|had sex|been touched|touched}`, `ever been {kissed|touched}`,
    `{what|wat|wot} ${YOU} wearing`, `{what|wat|wot} {are|r} ${YOU} wearing {rn|now|right now|in bed|tonight}`, `what colour {is|are} ${YR} {underwear|knickers|bra|pants|boxers}`, `${YR} bra size`,
    `do ${YOU} sleep {naked|in ur underwear|in your underwear|with nothing on}`, `{have|has} ${YOU} {ever|} touched ${YOU}rself`, `do ${YOU} touch ${YOU}rself`, `how far {have|hav} ${YOU} gone`,
    '{wanna|want to|do u want to|do you want to} {practice|practise} kissing',
  ],
  /** …and the push that follows: the asker offers to teach, reassures, or asks for it to stay secret. */
  g_sexq_push: [
    'i {could|can|will|ll|would|wanna|want to} teach {you|u}', 'teach {you|u} {how|things|stuff|everything}', 'show {you|u} how', `${YOU} can tell me`, 'its ok {you|u} can', 'its normal', 'everyone does it', 'dont be shy',
    'i wont tell', 'wont tell anyone', 'our secret', 'between us', 'i could help', 'be ur first', 'be your first',
  ],

  // ── looks and age ──
  g_looks: ['pretty', 'beautiful', 'hot', 'sexy', 'cute', 'fit', 'peng', 'gorgeous', 'stunning', 'developed', 'well developed', 'curvy', 'mature', 'grown up'],
  g_for_age: [`for {a|} ${KID_AGE} [year old|yr old|yo]`, `for ${YR} age`, `for {only|just} ${KID_AGE}`, 'for a year {7|8|9|10}', 'for year {7|8|9|10}'],
  g_look_older: [
    `${YOU} {look|seem|act} {older|so much older|way older|16|17|18|like 16|like 18}`, '{look|seem|looks|seems} {so much|way|} older', '{look|seem} {16|17|18|like 16|like 18}', 'look older in {your|ur} {pics|photos|pictures|selfies|pic|photo}',
    `{dont|do not|wouldnt|would not} look ${KID_AGE}`, 'could pass for {16|17|18|older}', `{ur|youre|you are} not like {other|most} {girls|boys|kids} {ur|your} age`,
  ],
  g_agetalk: [
    `how old {are|r} ${YOU}`, `how old ${YOU}`, 'how old ru', `{what|whats|wats} ${YR} age`, `what age {are|r} ${YOU}`, 'asl', `what year {are|r} ${YOU} in`, `${YR} age`,
    'send more', 'more pics', 'send me', 'in person', 'irl',
  ],

  // ── gifts and money for pictures ──
  g_gift: [
    'robux', 'vbucks', 'v bucks', 'gift card', 'gift cards', 'a new phone', 'new phone', 'airpods', 'skins', 'battle pass', 'top up', 'credit', 'money', 'cash', 'quid',
    '£{5|10|20|30|50|100|200}', `{buy|get|send|give|pay} ${YOU} {anything|something|a|some|money|cash|£}`, 'ill pay', 'i will pay', 'nails done', 'new trainers', 'a vape',
  ],
  g_if_pic: [`if ${YOU} {send|show|do|turn|put|go}`, `in return for {a|some|one}`, 'all {you|u} have to do', 'just {send|show|turn|do}'],
  /** "for a few pics", "pics for robux": the exchange named with the pictures. */
  g_for_pic: [`for {a|one|another|some|a few|more|ur|your} ${MEDIA}`, `${MEDIA} for`],
  g_picword: [MEDIA, 'on cam', 'camera on', 'cam on', 'show me', 'video call', 'facetime'],

  // ── offers to meet or collect ──
  g_collect: [
    `{i|ill|i will|i can|i could|let me|want me to|shall i|i ll} {pick|come and pick|come pick|come n pick} ${YOU} up`, `{i|ill|i can|i could|i will|let me} come {get|and get} ${YOU}`,
    `{ill|i can|i could|let me} {drive|come|get the train} to {yours|ur town|your town|where u live|ur school}`,
    `{ill|i can|i could} {pay|book} {ur|your|you a} {train|taxi|uber}`, 'get {an|a} {uber|taxi|train|bus} to {mine|my place|my flat|my house}',
    'come to {mine|my place|my flat|my house|my car|my hotel}', `wait for ${YOU} {outside|round|around|near|by|at}`, `meet ${YOU} {at|in|behind|round|near|outside|by|after}`, `meet {me|up} {at|in|behind|round|near|outside|by|after|this|on|tomorrow|tonight}`,
  ],
  /** …kept from the family, or away from where others would see. */
  g_covert: [
    '{dont|do not|never} tell {anyone|anybody|no one}', `{dont|do not|never} tell ${YR}`, `without ${YR} {parents|mum|mom|dad|mam|family|folks} {knowing|asking|finding out|noticing|seeing}`, '{round|around} the corner from', 'away from {the gates|school|ur school|your school}',
    'so {no one|nobody} {sees|knows|will see|will know}', 'come alone', `on ${YR} own`, '{by yourself|by urself}', 'just {us|me and you|me n u|you and me|u and me}', '{no one|nobody} {has|needs} to know',
    `tell {them|ur mum|your mum|ur parents|your parents} {ur|youre} {at|staying at} {a|ur} {friends|mates}`, 'in my car', 'to a hotel', 'hotel room', 'my flat', 'delete this', 'delete our chat',
  ],
  /** Getting out of the house unseen. */
  g_unseen: [
    `without ${YR} {parents|mum|mom|dad|mam|family|folks} {knowing|asking|finding out|noticing|seeing}`, `${YR} {parents|mum|dad} {wont|never} {know|find out}`,
  ],
  g_outing: ['get out', 'sneak out', 'come out', 'slip out', 'meet', 'meet up', 'see me', 'come over', 'come round', 'come to mine', 'stay over', 'sleep over', 'sleepover', 'pick u up', 'pick you up', 'get away'],

  // ── secrecy and private apps ──
  g_notell: ['dont tell', 'do not tell', 'never tell', 'dont say', 'dont mention', 'not to tell', 'not tell', 'wont tell', 'keep {it|this} from', 'promise {u|you} wont tell', 'swear {u|you} wont tell'],
  g_about_us: ['about us', 'what we talk about', 'what we say', 'that we talk', 'we talk', 'were talking', 'we are talking', 'our chats', 'our convos', 'our conversations', 'talking to me', 'about our chats', 'our relationship', 'about me and you', 'about you and me'],
  g_vanish: [
    'disappearing messages', 'vanish mode', 'secret chat', 'secret chats', 'self destruct', 'self destructing', 'auto delete', 'it deletes', 'chats delete', 'messages delete', 'deletes itself', 'delete after', 'more private',
    'so {no one|nobody} can see', `so ${YR} {parents|mum|mom|dad} {cant|wont|dont|never}`, 'cant be traced', 'no one can read',
  ],
  g_appmove: [
    '{add|message|text|dm|snap|msg|find} me on', '{lets|let s|we should|we can} {go|move|talk|chat|switch} {on|to|over to}', 'move to', 'switch to', 'download', 'get {telegram|kik|wickr|signal|session|snapchat|whatsapp|threema}',
    'turn on', 'telegram', 'kik', 'wickr', 'session app', 'threema', 'another app', 'a different app',
  ],

  // ── love-bombing and cues for the family rule ──
  g_lovebomb: [
    `{ur|youre|you are|u r|your} mine`, `{ur|youre|you are|u r} {my|my little} {princess|baby girl|angel|good girl|special girl}`, 'my {princess|baby girl|good girl|little girl|special girl}', 'baby girl',
    `i wish i could {hold|hug|kiss|cuddle|touch|be with} ${YOU}`, `wish ${YOU} {were|was} here with me`, `known ${YOU} forever`, `feel like ive known ${YOU}`, 'only one who {gets|understands} me',
    `{no one|nobody} {gets|understands} ${YOU} like {i do|me}`, '{ur|youre|you are} so special', 'so special to me', `cant stop thinking about ${YOU}`, `think about ${YOU} all the time`,
    '{ur|youre|you are} not like other girls', 'hey {princess|baby girl}',
  ],
  g_secretcue: [
    'dont tell', 'do not tell', 'never tell', 'not tell anyone', 'our secret', 'our little secret', 'between us', 'between me and you', 'between you and me', 'keep it secret', 'keep this secret', 'keep it quiet',
    'delete this', 'delete our', `without ${YR} parents`, `without ${YR} {mum|mom|dad}`, '{they|she|he} wouldnt understand', '{no one|nobody} {has|needs} to know', 'they will just be jealous', 'theyll just be jealous', 'theyd be jealous',
  ],
  g_alonecue: [
    `{are|r} ${YOU} alone`, `${YOU} alone {rn|now|right now|tonight|at home}`, 'home alone', `{are|r|is} ${YR} {parents|mum|dad} {home|out|asleep|at work}`,
    `what time {does|do} ${YR} {mum|dad|parents} {get|come} home`, `when {do|does} ${YR} {parents|mum|dad} {go to bed|go out|go to sleep}`,
    `lock ${YR} door`, 'anyone else {home|there|in|around}',
  ],
  g_meetcue: [
    'meet up', 'meet me', 'meet u', 'meet you', '{wanna|want to|lets|can we|we should|we could} meet {irl|in person|up}', 'see {u|you} {irl|in person}', 'pick u up', 'pick you up', 'come get u', 'come get you', 'come to mine', 'get out on', 'sneak out', 'stay over', 'hotel', 'my car', 'my flat',
  ],
  g_picask: [
    `send me {a|} {pic|pics|photo|photos|picture|selfie|vid|video|snap}`, `${MEDIA} of {you|u|urself|yourself}`, 'camera on', 'cam on', 'on cam', 'facetime me', 'video call me', 'send more',
  ],
  g_ageflag: [
    `how old {are|r} ${YOU}`, `how old ${YOU}`, `what age {are|r} ${YOU}`, `what year {are|r} ${YOU} in`, `for ${YR} age`, '{look|seem|looks|act} older', 'age is just a number', '{age|ages} {doesnt|dont|does not} matter',
    '{ur|youre|you are} only {11|12|13|14|15}', 'still at school', `what school {do|d} ${YOU} go`, 'which school',
  ],
  // ── a child or a friend telling of an older person's attentions (the third-person side) ──
  /** The older person. */
  g_tp_older: [
    '{an|this|some|a} older {lad|guy|man|boy|bloke|fella}', 'older {lads|guys|men|boys}', '{a|this} grown man', 'men in their {20s|twenties|30s|thirties}', '{a|this} {man|guy} from {the|our} {church|mosque|club|gym|youth group|youth club|football}',
    '{a|an} {18|19|20|21|22|23|24|25|26|27|28|29|30} {year old|yo} {guy|man|lad|boyfriend}', '{he s|hes|he is} {18|19|20|21|22|23|24|25|26|27|28|29|30}',
  ],
  /** Lifts and collection. */
  g_tp_lift: ['{gives|giving|gave|give} {me|her|him|them} lifts', 'lifts {home|after school|from school|to his}', '{picks|picked|pick} {me|her|him} up {from|after} school', 'getting lifts', 'in his car'],
  /** Gifts, drink and vapes. */
  g_tp_gift: ['free {drink|drinks|alcohol|vodka|vapes|weed|food}', '{buys|bought|gives|gave} {me|her} {vapes|drink|alcohol|vodka|weed|presents|money|a phone}', '{sent|sends|gave|gives} {me|her|him} a gift card', 'give her drink', 'gives her drink'],
  /** His place, a party, a flat. */
  g_tp_place: ['{his|his mates|his mate s|his friends|his friend s|their} {flat|house|place|car}', '{a|the} flat in town', 'parties at', 'to parties', 'staying at {a|the|his}', 'stays at {a|the|his}', 'a hotel'],
  /** Secrecy and flattery reported. */
  g_tp_secret: ['not to {mention|tell|say}', '{mustnt|must not|musnt|shouldnt} tell', 'keep it {quiet|secret|between}', '{says|said|told me|told her} {im|i m|i am|shes|she s|she is|hes|he s} {special|mature|different}', 'held my hand', 'calls her his girlfriend', '{calls|call} him {her|my} boyfriend', 'her boyfriend', 'owes them', 'owe them'],
  /** The child's age, given. */
  g_tp_kid: ['{im|i m|i am|shes|she s|she is|hes|he s|he is|is} {only|just|} {11|12|13|14|15}', '{im|i m|shes|she s|hes|he s} {only|just|} {11|12|13|14|15}', 'in year {7|8|9|10|11}', '{me|her|him} {11|12|13|14|15}', 'year {7|8|9|10|11}s', '{my|her|his} {11|12|13|14|15} year old'],
  g_giftcue: ['robux', 'vbucks', 'v bucks', 'gift card', 'new phone', `buy ${YOU}`, `get ${YOU} {a|some|anything}`, `pay ${YOU}`, `send ${YOU} money`, 'top up', `spoil ${YOU}`, `treat ${YOU}`],
  g_privcue: ['telegram', 'kik', 'wickr', 'wizz', 'disappearing messages', 'vanish mode', 'secret chat', 'private chat', 'another app', 'different app', 'private account', 'second account', 'secret account', 'snap me', 'add me on snap'],

  // ── sextortion ──
  g_sx_if: [
    `if ${YOU} {dont|don t|do not|wont|won t|refuse|stop|block|ignore|tell|report}`, `unless ${YOU}`, 'or else', 'or {i will|ill|i ll|im gonna|im going to}', 'otherwise', 'if i {dont|stop|block|tell|report|ignore}',
    `${YOU} have {24|48|1|2|an|until} {hours|hour|hrs|day|days|tonight|midnight}`,
  ],
  g_sx_act: [
    '{ill|i will|i ll|im going to|im gonna|i am going to|i can|i could|i might} {post|share|send|show|leak|upload|spread|put|expose|forward}',
    '{hell|he will|he ll|shell|she will|theyll|they will|hes gonna|hes going to|shes gonna|theyre gonna|hed|theyd} {post|share|send|show|leak|upload|spread|put|expose|forward}',
    `expose ${YOU}`,
  ],
  /** A threat that names its own audience: "everyone will see", "it goes viral". */
  g_sx_public: ['{everyone|everybody} will {see|know}', `all ${YR} {friends|followers|family|contacts|school} will {see|know}`, '{goes|go|will go|it goes} {viral|online|everywhere|public}', `ruin ${YR} life`],
  g_sx_who: [
    `${YR} {mum|mom|dad|parents|family|friends|mates|school|teachers|teacher|followers|contacts|class|year|year group|headteacher|sister|brother|boyfriend|girlfriend|bf|gf}`,
    'everyone', 'everybody', 'the whole school', 'all over', 'online', 'everywhere', 'the internet', 'social media', 'tiktok', 'insta', 'instagram', 'snapchat', 'his mum', 'her mum', 'my mum', 'my parents', 'my school', 'my friends',
  ],
  g_sx_media: [
    MEDIA, 'them', 'the ones {you|u} sent', 'what {you|u} sent', 'the ones i sent', 'what i sent', 'screenshots', 'the recording', 'recorded', 'send more', 'more pics', 'another one',
  ],

  // ── criminal exploitation and county lines (the older person's offer) ──
  g_cl_money: [
    'easy money', 'quick money', 'fast money', 'quick cash', 'easy cash', 'make {some|sum|bare|loads of|good|real} {money|cash|p|paper|bread|dough|bands}', 'earn {some|sum|bare|loads of|good|real} {money|cash|p|paper|bread}',
    '£{50|100|150|200|250|300|400|500} {a day|a drop|a run|a trip|a week|for}', '{50|100|150|200|250|300|400|500} {quid|squid|bar} {a day|a drop|a run|a trip|for}', 'cash in hand', `{ill|i will|well|we will|we ll} pay ${YOU}`,
    'get paid', `pay ${YOU} {well|good|proper}`, `{ill|we ll|well|i will} sort ${YOU} out`, `{ill|we ll|well|we will} look after ${YOU}`, 'new {trainers|creps|phone|clothes|garms}',
    '£{10|20|30|40|50|60|100} a {go|run|drop|parcel|trip|bag}', '{10|20|30|40|50|100} {quid|squid} a {go|run|drop|parcel|trip}', 'a tenner', '{wanna|want to|wan} earn {easy|quick|fast|some|sum}',
  ],
  g_cl_task: [
    '{drop|take|carry|deliver|hold|run} {this|a|the|some} {bag|parcel|package|box|ting|stuff|phone}', '{hold|keep|stash} {this|these|it|them} for {me|us}',
    'run for {me|us|them}', 'be a runner', 'on the line', 'work the line', 'keep {this|the} phone on', `keep {this|the} phone {on|with} ${YOU}`, 'answer {it|the phone} when it rings',
    'get the train to', '{go|going|get} {to|up to|down to} {a|another|the} {town|city}', 'stay at {a|the|this} {flat|house|trap|address}', 'out of town', 'other ends', 'ots', 'drop it off', 'shotting', 'shot for {me|us}',
    'sell for {me|us}', 'work for {me|us}', 'do a {job|run|drop} for', 'do {a few|some} {jobs|runs|drops}', 'a run for {me|us}', 'in {ur|your} school bag',
    '{deliver|drop|carry|take|move} {some|the|these|their} {parcels|packages|bags|stuff}', '{round|around|across} the estate', '{an|the} address and {you|u} go', 'first {run|drop|one} is free',
    'working for {someone|them|some olders|older boys|some older boys|some guys|these guys|a guy}', '{carry|carries|carrying|hold|holds|holding} {their|his|the olders} {stuff|bags|bag|packages|things}', 'hold money for {him|them}', 'a bank card to hold',
  ],
  g_cl_hook: [
    'no questions', '{no one|nobody} will suspect', 'police {wont|dont|never} {stop|search|suspect|look at}', 'feds {wont|dont|never}', 'the olders', 'olders', 'the elders', 'mandem',
    '{dont|do not|never} tell {anyone|anybody}', `{dont|do not|never} tell ${YR}`, `{ur|youre|you are|u r} young`, `{cos|because|coz|as} {ur|youre|you are|u r} {young|a kid|under 18|underage}`, 'after school', '{skip|miss|bunk|bunking} school',
    'on the train', 'a phone', 'this phone', 'burner', '{you|u} owe', `${YR} debt`, 'work it off', 'pay {it|us|me} back', 'for a few days', 'for the weekend',
    'if {u|you} {talk|tell|snitch|say anything}', 'tell {nobody|no one|noone}', 'no snitching', '{ur|youre|you re|you are} done', 'after that {you|u} owe', '{wont|will not|dont} let {him|her|them|me} stop', '{terrified|scared} of them', 'in too deep', 'already in deep',
  ],
  /** Adult side of a debt: the child is told they owe, and how to pay. */
  g_cl_debt: [`${YOU} owe {us|me|them|him|the olders|the mandem}`, `${YR} debt`, 'work it off', '{owe|owes} {us|me} {now|big}', 'got {taxed|robbed} so {you|u} owe', '{owes|owe|owed} them {money|now|big}', '{says|said|say} {he|she|i|we} {owes|owe} them', 'after that {you|u} owe', 'first {run|drop|one} is free'],
  g_cl_phone: [`{heres|here s|here is|take|keep} {a|this|the|ur|your} phone`, `{ill|we ll|well|i will|we will} {give|get} ${YOU} a phone`, 'work phone', 'the line phone', 'burner', 'a burner', 'keep it on {you|u} at all times', 'answer it when it rings'],
};

const terms: TermGroup[] = [
  // One weak cue alone: a sexual question, a question about who is home, a look "for your age".
  { id: 'g-weak-cue', category: 'grooming-cse', severity: 3, phrases: [
    `{are|r} ${YOU} {still|} a virgin`, 'ru a virgin', `{are|r} ${YR} {parents|mum|dad} {home|out|asleep} {rn|atm|tonight}`,
    `what time {does|do} ${YR} {mum|dad|parents} {get|come} home`, `when {do|does} ${YR} {parents|mum|dad} go to {bed|sleep}`,
    `${YR} real name and where {do|d} ${YOU} live`, `what ${YOU} wearing {rn|now|right now|in bed}`,
  ] },
  // Clear sexual questions and requests to a child.
  { id: 'g-sexual-ask', category: 'grooming-cse', severity: 4, phrases: [
    `do ${YOU} sleep {naked|in ur underwear|in your underwear|with nothing on}`, `{what|wat} colour {is|are} ${YR} {underwear|knickers|bra|pants|boxers}`, `{whats|what is|wats} ${YR} bra size`,
    `{hot|sexy|fit|peng|developed|well developed|curvy} for ${YR} age`, `{hot|sexy|fit|peng|developed|well developed|curvy} for [a] ${KID_AGE} [year old]`, '{hot|sexy|fit|peng|developed|well developed|curvy} for a year {7|8|9}', `{so|really} {pretty|beautiful|gorgeous|cute} for [a] ${KID_AGE} [year old]`,
    `i {could|can|will|wanna|want to} teach ${YOU} {how to kiss|to kiss|how to touch|things|stuff|everything}`, 'be {ur|your} first {kiss|time}',
  ] },
];

const rules: Rule[] = [
  // Camera: on, and somewhere private or to be seen more.
  { id: 'g-cam-private', category: 'grooming-cse', severity: 4, all: ['@g_cam_on', '@g_cam_private'], window: 14 },
  // A picture of the child that shows the body or is kept for the asker.
  { id: 'g-pic-body', category: 'grooming-cse', severity: 4, all: ['@g_pic_you', '@g_body_ctx'], window: 12 },
  { id: 'g-pic-clothes', category: 'grooming-cse', severity: 4, all: ['@g_wear', '@g_clothes', '@g_forme'], window: 10 },
  // "what are you wearing rn? send a pic": the question with something private (before a party it is a friend's).
  { id: 'g-wearing-private', category: 'grooming-cse', severity: 4, all: ['@g_whatwear', '@g_wear_private'], window: 10 },
  { id: 'g-sent-then-more', category: 'grooming-cse', severity: 4, all: ['@g_sent_pic', '@g_now_more'], window: 14, ordered: true },
  // A sexual question and the push after it ("r u a virgin? u can tell me").
  { id: 'g-sexq-push', category: 'grooming-cse', severity: 4, all: ['@g_sexq', '@g_sexq_push'], window: 14 },
  // Looks and age: "so hot for your age", "u look older in ur pics".
  { id: 'g-looks-for-age', category: 'grooming-cse', severity: 4, all: ['@g_looks', '@g_for_age'], window: 3, ordered: true },
  { id: 'g-older-look', category: 'grooming-cse', severity: 4, all: ['@g_look_older', '@g_agetalk'], window: 12 },
  // Gifts for pictures.
  { id: 'g-gift-for-pic', category: 'grooming-cse', severity: 4, all: ['@g_gift', '@g_if_pic', '@g_picword'], window: 14 },
  { id: 'g-gift-pic-swap', category: 'grooming-cse', severity: 4, all: ['@g_gift', '@g_for_pic'], window: 10 },
  // An offer to collect or meet, kept secret or away from others.
  { id: 'g-collect-covert', category: 'grooming-cse', severity: 4, all: ['@g_collect', '@g_covert'], window: 16 },
  { id: 'g-outing-unseen', category: 'grooming-cse', severity: 3, all: ['@g_outing', '@g_unseen'], window: 12 },
  // Secrecy about the contact itself, and moving to a disappearing chat.
  { id: 'g-notell-about-us', category: 'grooming-cse', severity: 3, all: ['@g_notell', '@g_about_us'], window: 8, ordered: true },
  { id: 'g-vanishing-chat', category: 'grooming-cse', severity: 3, all: ['@g_appmove', '@g_vanish'], window: 10 },
  // Cue family of the adult's side: two cues are concerning, three are serious.
  { id: 'g-adult-cues-2', category: 'grooming-cse', severity: 3, all: ['@g_lovebomb', '@g_secretcue', '@g_alonecue', '@g_meetcue', '@g_picask', '@g_ageflag', '@g_giftcue', '@g_privcue'], atLeast: 2, window: 24 },
  // "an older lad keeps giving her lifts and buys her vapes, she's 14": three of the older person, lifts, gifts, his place, secrecy or flattery and the child's age.
  { id: 'g-third-party-cues', category: 'grooming-cse', severity: 4, all: ['@g_tp_older', '@g_tp_lift', '@g_tp_gift', '@g_tp_place', '@g_tp_secret', '@g_tp_kid'], atLeast: 3, window: 40 },
  { id: 'g-adult-cues-3', category: 'grooming-cse', severity: 4, all: ['@g_lovebomb', '@g_secretcue', '@g_alonecue', '@g_meetcue', '@g_picask', '@g_ageflag', '@g_giftcue', '@g_privcue'], atLeast: 3, window: 30 },
  // Sextortion: a condition, a threat to expose, an audience, and the pictures or the demand.
  { id: 'g-sextortion', category: 'grooming-cse', severity: 5, all: ['@g_sx_if', '@g_sx_act', '@g_sx_who', '@g_sx_media'], window: 22 },
  { id: 'g-sextortion-public', category: 'grooming-cse', severity: 5, all: ['@g_sx_if', '@g_sx_public', '@g_sx_media'], window: 22 },
  // County lines: pay and an errand with a hook (youth, secrecy, the olders, a phone, a debt).
  { id: 'g-cl-offer', category: 'grooming-cse', severity: 4, all: ['@g_cl_money', '@g_cl_task', '@g_cl_hook'], window: 24 },
  { id: 'g-cl-debt', category: 'grooming-cse', severity: 4, all: ['@g_cl_debt', '@g_cl_task'], window: 16 },
  { id: 'g-cl-phone', category: 'grooming-cse', severity: 4, all: ['@g_cl_phone', '@g_cl_task'], window: 16 },
];

const senses: Sense[] = [
  // Pictures of things, not of the child: homework, pets, food, outfits for a shop.
  { id: 'g-pic-of-things', categories: ['grooming-cse'], scope: 'overlap', all: ['@g_media', '@g_thing'], window: 3, ordered: true, phrases: [
'school photo', 'school photos', 'class photo', 'photo day', 'team photo', 'passport photo',
  ] },
  // Deliveries, adult courier work and adult dating: the same words with nobody young in them.
  { id: 'g-adult-work', categories: ['grooming-cse'], scope: 'text', phrases: [
    'driving licence', 'driving license', 'own van', 'own vehicle', 'self employed', 'amazon flex', 'evri', 'dpd', 'royal mail', 'yodel', 'parcelforce', 'deliveroo', 'uber eats', 'just eat',
    'courier company', 'courier jobs', 'delivery driver', 'sign for', 'needs a signature', 'your parcel', 'ur parcel', 'your delivery', 'ur delivery', 'apply now', 'must be 18', 'over 18s only', 'vacancy', 'vacancies',
    'signing for', 'signed for', 'dating app', 'hinge', 'bumble', 'my wife', 'my husband', 'our wedding',
  ] },
  // A friend's or a parent's everyday reason for asking who is home or offering a lift, and a parent's sign-off.
  { id: 'g-everyday-purpose', categories: ['grooming-cse'], scope: 'text', phrases: [
    'i {want|wanna} to play {fifa|xbox}', 'i wanna play {fifa|xbox}', '{can i|wanna|can we} come round {and|to} play', `{bring|give|drop} ${YR} {jumper|coat|hoodie|book|charger|bag|pe kit|stuff} {back|round|off}`, 'do the homework', 'revise together', 'for the project',
    'love {mum|dad|mom|mam|nan|gran|grandma|grandad}', '{mum|dad|nan} {x|xx}', 'so i can see {youre|you are|ur} working', 'online lesson', 'the register', 'google meet', 'on teams',
  ] },
  { id: 'g-everyday-lift', categories: ['grooming-cse'], scope: 'overlap', phrases: [
    `pick ${YOU} up {from|after} {football|training|practice|swimming|dance|netball|rugby|drama|choir|brownies|scouts|cubs|the dentist|nans|grandmas}`,
    `{pic|photo} of ${YOU} in ${YR} new {school uniform|uniform|kit|outfit|dress|shoes}`, 'on {your|ur} first day',
  ] },
];

// ── dev8 round: an adult waving away a child's age; a partner pressing for images ──
/** Waving the age away: strong wordings pair with any other cue, weak ones ("don't worry about your age") only with secrecy, apps, pictures or love-bombing. */
const agedismiss = [
  'age is just a number', 'age is only a number', '{the age gap|age gap} {doesnt|dont|does not} {matter|bother me}', `{dont|i dont} care how old ${YOU} {are|r}`, '{ive|i have} {talked|spoken|chatted|been} {to|with} younger',
  '{talked|spoken} to {girls|boys} younger', `${YOU} seem young`, 'nothing wrong with {an|our|the} age gap',
];
const agedismissWeak = ['{age|ur age|your age} {doesnt|dont|does not} {matter|bother me}', `{dont|do not} worry about ${YR} age`, `{dont|i dont} care about ${YR} age`];
const moreConcepts: Record<string, readonly string[]> = {
  g_agedismiss: agedismiss,
  g_agedismissweak: agedismissWeak,
  /** More of what an adult's approach brings (with g_ageflag, g_privcue, g_secretcue, g_meetcue, g_picask, g_lovebomb: see the rules). */
  g_agecompanion: [`whats ${YR} {snap|snapchat|insta|number|discord|kik|telegram|whatsapp}`, `{give me|drop|send me|add} ${YR} {snap|snapchat|insta|number|discord}`, `keep {our|${YR}} chats private`, 'keep {this|it} between us'],

  /** A partner or a boy the writer likes. */
  g_partner: ['my bf', 'my boyfriend', 'my gf', 'my girlfriend', 'my ex', 'my crush', 'the {boy|guy|lad|girl} i like', 'the {boy|guy|lad|girl} {im|i m|i am} talking to', 'this {boy|lad|guy} {in my year|from school|at school|from my school}', '{a|this|the} boy in {my year|year 8|year 9|year 10|year 11}', 'my partner', 'he', 'she'],
  /** Asking the writer for images of herself or himself. */
  g_askme: [
    '{wants|wanted|keeps asking|kept asking|asked|asks|is asking|keeps begging|begged|begs|keeps pushing|pushing|is pressuring|pressured|pressures} me {to send|to take|to film|for}', '{keeps|kept|always|wont stop} asking {me|} for',
    '{send|sending|sent} {him|her}', 'he wants more', 'she wants more',
  ],
  g_mediaword: ['pics', 'a pic', 'nudes', 'a video', 'videos', 'a vid', 'vids', 'photos', 'a photo', 'pictures', 'selfies', 'more pics', 'more', 'of me doing stuff', 'of me doing things', 'of me in my {bra|underwear|pants}', 'one in my {bra|underwear|pants}'],
  /** How the pressure is put, and the writer's age or doubt. */
  g_pressure: [
    'everyone does it', 'everybody does it', 'all his mates {have|do|did}', 'all her mates {have|do|did}', '{hell|he will|shell|she will|he ll|she ll} delete it', 'delete it straight away', 'delete it after', '{no one|nobody} else will see', 'just for him', 'only for him',
    'if i {really|} loved him', 'if i {really|} loved her', 'so he stops', 'stops going on about it', '{keeps|kept} going on about it', 'wont stop asking', 'break up with me', 'dump me', 'finish with me', 'i dont {really|} want to', 'not sure i want to',
    'is this normal', 'should i just send', `{im|i am} ${KID_AGE}`, '{hes|shes} {14|15|16}',
  ],
};
// Drops the partner frame for images of things ("a pic of my new haircut", "a video of my dog").
const moreSenses: Sense[] = [
  { id: 'g-pics-of-things-sexual', categories: ['sexual'], scope: 'overlap', phrases: [], all: ['@g_media', '@g_thing'], window: 3, ordered: true },
];
const moreRules: Rule[] = [
  // "age is just a number" with asking the age, a private app, secrecy, meeting, pictures or love-bombing.
  ...['g_agecompanion', 'g_ageflag', 'g_privcue', 'g_secretcue', 'g_meetcue', 'g_picask', 'g_lovebomb'].map((other): Rule => ({ id: `g-age-dismissed-${other.slice(2)}`, category: 'grooming-cse', severity: 4, all: ['@g_agedismiss', `@${other}`], window: 30 })),
  ...['g_agecompanion', 'g_privcue', 'g_secretcue', 'g_picask', 'g_lovebomb'].map((other): Rule => ({ id: `g-age-waved-${other.slice(2)}`, category: 'grooming-cse', severity: 4, all: ['@g_agedismissweak', `@${other}`], window: 30 })),
  // "my bf wants me to send him a video of me ... he says everyone does it".
  { id: 'g-partner-image-pressure', category: 'sexual', severity: 4, all: ['@g_partner', '@g_askme', '@g_mediaword', '@g_pressure'], window: 30 },
];

function mergeConcepts(...parts: Record<string, readonly string[]>[]): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const part of parts) for (const [name, words] of Object.entries(part)) out[name] = [...new Set([...(out[name] ?? []), ...words])];
  return out;
}

export const enGrooming: PackPart = { concepts: mergeConcepts(concepts, moreConcepts), terms, rules: [...rules, ...moreRules], senses: [...senses, ...moreSenses] };
