/**
 * More generalisation classes, written by a third, independent author (see docs/decisions.md,
 * Issue 10 — analyser, "Third author") after writing `bench/data/monitoring/dev3.jsonl`.
 * {@link mergeFrames} adds them to `frames.ts`: a concept that already exists there gets the extra
 * words appended (e.g. more time slang for `fwhen`), new concepts start with `f3` so they never
 * collide with a pack's own, and rules, terms and senses are appended. Vocabulary classes —
 * slang, euphemisms, platform names, picture and clothing words, secrecy words, violence verbs,
 * ideology and group words — rather than whole sentences.
 * Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.
 */
import type { LanguagePack } from './types.ts';

type Frames = Pick<LanguagePack, 'concepts' | 'terms' | 'rules' | 'senses'>;

const TIME_SLANG = ['tmrw', 'tmr', 'tmrow', 'tomoz', 'tomorow', 'tommorow', '2moro', '2morrow', '2nite', 'tnite', 'tonite', 'rn', 'right now', 'this weekend', 'on saturday', 'saturday', 'on sunday'];
const REAL_WEAPON = ['ching', 'nank', 'borer', 'bora', 'glock', 'a glock', 'the glock', 'handgun', 'a handgun', 'pistol', 'shotgun', 'sawn off', 'zombie knife', 'zombie knives', 'machete', 'machetes', 'strap', 'straps', 'shank', 'shanks', 'skeng', 'skengs', 'switchblade', 'flick knife', 'butterfly knife', 'karambit', 'knuckle dusters', 'knuckleduster', 'rambo knife', 'a 9mm', '9mm', 'crossbow'];

const en: Frames = {
  concepts: {
    // extensions of frames.ts classes
    fwhen: TIME_SLANG,
    fsure: ['tmrw', 'tmr', 'tomoz', 'rn', 'on my life fr', 'on god', 'ong', 'no cap'],
    qssh_time: ['tmrw', 'tmr', 'tonite', '2nite', 'rn'],
    qtimenight: ['tmrw', 'tmr'],
    fweapon: REAL_WEAPON,
    qwpn_weapon: ['ching', 'nank', 'borer', 'bora', 'rambo', 'glock', 'skeng', 'switchblade', 'flick knife', 'butterfly knife', 'the nine', 'shanks', 'blades', 'machetes'],
    qwpn_harm: ['shanking', 'stabbing', 'merk', 'merking', 'wet him', 'wet them', 'dip him', 'dip them', 'duppy', 'bore him'],
    fthreatverb: ['beat the shit out of', 'beat the crap out of', 'kick the shit out of', 'kick the crap out of', 'smash', 'deck', 'floor', 'shanking', 'merking', 'duppy', 'jump', 'cut up', 'slice', 'hurt'],
    ftarget: ['the new kid', 'new kid', 'that kid', 'the opp', 'people', 'everyone who'],
    fvictimcue: ['their ends', 'to their ends', 'in their ends', 'opp block', 'ride out', 'ride on them', 'for when he starts', 'when he starts', 'when they start', 'if he starts', 'if he says one more thing', 'in case'],
    fgetweapon: ['on the streets', 'without id', 'no id', 'no questions asked'],
    fmakeweapon: ['convert a {blank|replica|airsoft|starter} {gun|firer|firing gun|pistol}', 'convert a blank firing gun', 'make a {crossbow|knife|shiv|spear} to {stab|hurt|kill}', 'make a knife out of', 'make {acid|napalm|thermite|a grenade}'],
    flethal: ['dont get back up', 'doesnt get back up', 'not get back up', 'never gets up', 'knock them out', 'knock him out', 'kill someone', 'to kill someone'],
    fhowto: ['best place to', 'tips to', 'tips for', 'whats the best way to', 'quickest way to'],
    fpainq: ['painless', 'does it hurt', 'hurt a lot', 'hurt much'],
    fnolonger: ['dont see the point', 'dont see the point in', 'see no point', 'see no point in', 'whats even the point', 'whats even the point of', 'what is even the point of', 'no point anymore'],
    fliving: ['waking up', 'waking up anymore', 'getting up anymore', 'trying anymore', 'carry on'],
    fwithoutme: ['if i was gone', 'if i wasnt here anymore', 'if i vanished', 'when im not here', 'if i wasnt alive anymore'],
    qssh_final: ['giving away', 'giving my stuff away', 'my stuff away', 'this is goodbye', 'goodbye forever', 'last goodbye', 'goodbye note', 'goodbye letter', 'suicide note'],
    qssh_death: ['when im gone', 'ctb', 'sewerslide', 'sewer slide', 'unalive', 'unaliving', 'check out early', 'not be around', 'gone for good'],
    fedmethod: [],
    fedgoal: [],
    fshact: ['sh', 'relapsed', 'burned myself', 'burnt myself'],
    fconceal: ['where no one sees', 'where nobody sees', 'where no one can see', 'where nobody will see', 'no one will see', 'from my family', 'from teachers'],
    // grooming
    qsecret: ['no one has to know', 'nobody has to know', 'noone has to know', 'dont tell anyone', 'dont tell anybody', 'wont tell anyone', 'what we talk about', 'delete this', 'delete the chat', 'delete our chat', 'delete our messages', 'delete it after', 'clear the chat', 'gets checked', 'checks my', 'check my phone'],
    qgift: ['airpods', 'a hoodie', 'that hoodie', 'trainers', 'a new phone', 'an iphone', 'nails done', 'top up', 'topup', 'credit', 'buy u', 'buy you', 'get u', 'get you', 'send u money', 'bought u', 'bought you', 'give u', 'give you', '£50', '£100', '£20'],
    qmeet: ['come to yours', 'come to mine', 'stay at mine', 'stay at his', 'pick u up', 'pick you up', 'outside the park', 'outside school', 'outside ur school', 'meet me', 'the station', 'his flat'],
    qpics: ['a pic', 'one pic', 'send one', 'send more', 'pics of u', 'vid of u', 'video of u', 'in ur uniform', 'in your uniform', 'uniform', 'skirt', 'what ur wearing', 'what u wearing', 'what are u wearing', 'what r u wearing', 'see u properly', 'cam', 'camera'],
    qage: ['how old r u', 'how old are u', 'what year r u in', 'what year are u in', 'which year r u in', 'which year are you in', 'what year are you in', 'ur age', 'older than u', 'old enough', 'ur mature', 'youre mature', 'so mature', 'more mature', 'mature for ur age', 'older in ur pics', 'look older'],
    qromance: ['gets me', 'no one else gets', 'nobody else gets', 'only one who gets', 'only one who understands', 'ur special', 'youre special', 'im special', 'not like other', 'the only one', 'loved me', 'love me', 'really loved', 'trust me', 'teach u', 'teach you', 'show u how'],
    qprivapp: ['discord', 'wizz', 'yubo', 'omegle', 'threads', 'insta', 'instagram', 'my other snap', 'other snap', 'other account', 'finsta', 'discord dms', 'dms', 'video call', 'vc'],
    qcontact: ['older guy', 'older lads', 'older boys', 'the olders', 'a man from', 'the man from', 'man from the game', 'guy from the game', 'someone from the game', 'hes {18|19|20|21|22|23|24|25|26|27|28|29|30}', 'he said hes {14|15|16}'],
    fprivcue: ['its safer', 'no one can see', 'nobody can see', 'noone can see', 'checks my', 'gets checked', 'reads my', 'looks through my', 'cant see it', 'wont see it', 'its safer there'],
    fprivapp: ['insta', 'instagram', 'my other snap', 'other snap', 'finsta', 'my other account', 'other account'],
    fmoveapp: ['lets move to', 'move this to', 'switch to', 'add me on', 'dm me on'],
    fcarry: ['hold', 'holding', 'running', 'shotting', 'sell', 'selling'],
    fparcel: ['a package', 'packages', 'a bag', 'the bag', 'a parcel', 'the parcel', 'for them', 'a drop', 'another drop', 'the drop', 'the phone', 'the line'],
    fcarryfor: ['for them', 'for him', 'for the olders', 'earn', 'a week', 'owe them', 'owe him', 'another drop', 'to another town'],
    folder: ['hes {18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}', 'he is {18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}', 'a {20|21|22|23|24|25|26|27|28|29|30|35|40} year old', 'older guy', 'older man', 'grown man'],
    fyoung: ['im {10|11|12|13|14|15}', 'for 13', 'for 14', 'for {12|13|14|15}'],
    fdating: ['date me', 'dating me', 'to date me', 'want to date', 'wants to date', 'my boyfriend is', 'my bf is', 'my gf is', 'my girlfriend is', 'his girlfriend', 'im his'],
    // extremism
    fattacker: ['the synagogue shooter', 'the mosque shooter', 'the church shooter', 'the school shooter', 'mosque attack', 'the mosque attack', 'church attack', 'the attack', 'the massacre', 'the shooting', 'livestreamed', 'the guy who livestreamed', 'what he did in that {church|mosque|synagogue|school}', 'saint elliot', 'elliot', 'the incel hero', 'incel hero', 'the bomber', 'him in christchurch'],
    fadmire: ['justified', 'was justified', 'is justified', 'had it coming', 'deserved it', 'they deserved it', 'based ngl', 'goated', 'a legend fr', 'respect to him', 'respect him', 'salute', 'a saint'],
    qext_signal: ['kalergi', 'cultural marxism', 'globohomo', 'goyim', 'sonnenrad', 'wolfsangel', 'deus vult', 'siege pilled', 'saint ted', 'ghuraba', 'al qaeda', 'boko haram', 'al shabaab', 'going er', 'go er', 'went er', 'kuffar', 'mujahideen', 'jihadi john', 'saint elliot', 'incel hero', 'white power', 'race traitors', 'remigration'],
    qext_media: ['the video', 'that video', 'before it gets taken down', 'before its taken down', 'before they delete it', 'uncensored', 'unedited', 'full vid'],
    fmovement: ['a group in our area', 'patriots', 'the patriots'],
    fjoin: ['dm me for', 'dm me for the link', 'message me for', 'get the link', 'add me for', 'were building', 'we are building', 'building something'],
    fideology: ['the invaders', 'invading', 'the real truth', 'real truth', 'the truth about them', 'patriots only', 'for patriots', 'natives'],
    fingroup: ['our people', 'our race', 'the nation', 'our nation', 'true brits', 'real brits', 'native brits', 'real english'],
    fsoftcall: ['rise up', 'cleanse the streets', 'cleanse', 'purify', 'take our country back', 'take back our country', 'fight for our'],
    f3takeover: ['being replaced', 'replacing us', 'replace us', 'replaced by', 'the great replacement', 'the replacement', 'invading', 'invaders', 'invasion of our', 'overrun', 'overrunning', 'swarming', 'outbreeding', 'out breeding', 'colonising', 'colonizing', 'taking our jobs and our', 'wiping us out'],
    f3nation: ['our country', 'our own country', 'our towns', 'our town', 'our land', 'our streets', 'our nation', 'our race', 'our people', 'white people', 'whites', 'the white race', 'native', 'natives'],
    f3purify: ['purify', 'purifying', 'cleanse', 'cleansing', 'purge', 'ethnic cleansing', 'take back', 'reclaim'],
    f3land: ['the nation', 'our nation', 'the streets', 'our streets', 'the country', 'our country', 'our land', 'our race', 'the race', 'britain', 'england', 'europe', 'our towns'],
    f3attackvid: ['the attack', 'the shooting', 'the massacre', 'the livestream', 'the stream', 'the beheading', 'the bombing', 'mosque', 'synagogue', 'church shooting'],
    f3takedown: ['before it gets taken down', 'before its taken down', 'before it gets deleted', 'before they delete it', 'before it gets removed', 'uncensored', 'unedited', 'full vid', 'full video', 'send me that video', 'send me the video', 'anyone got the video'],
    f3channel: ['telegram', 'channel', 'group', 'server', 'gc', 'group chat', 'discord'],
    f3exclusive: ['when it kicks off', 'for when it kicks off', 'trains for', 'the day of reckoning', 'patriots only', 'for patriots', 'nationalists', 'the real truth', 'real truth', 'the truth about them', 'building something', 'were building something', 'like minded', 'our own kind', 'white only', 'whites only', 'brothers only', 'true believers', 'redpill', 'red pill', 'redpilled'],
    // suicide
    f3stop: ['it to stop', 'it all to stop', 'everything to stop', 'make it stop', 'it to end', 'it all to end', 'everything to end', 'all be over'],
    f3forever: ['forever', 'for good', 'permanently', 'for ever', 'once and for all', 'for real this time'],
    f3notice: ['notice', 'even notice', 'would notice', 'would even notice', 'will notice', 'realise', 'realize', 'care'],
    f3giveaway: ['giving my stuff away', 'give my stuff away', 'giving away my', 'giving all my', 'who gets my', 'can have my', 'gets my stuff', 'gets it when'],
    f3onedge: ['standing on', 'stood on', 'sitting on', 'sat on', 'on the edge of', 'on top of', 'up on', 'at the top of'],
    f3edgeplace: ['the roof', 'a roof', 'the rooftop', 'a rooftop', 'the ledge', 'a ledge', 'the edge', 'top floor', 'car park roof', 'the railing', 'the railings', 'the cliff edge', 'the edge of the cliff', 'the edge of the bridge'],
    f3now: ['rn', 'right now', 'now', 'atm', 'tonight'],
    f3cutword: ['cut', 'cutting', 'sh', 'burn myself', 'hurt myself', 'scratch'],
    f3calorie: ['calories', 'cals', 'kcal', 'calorie'],
    f3lowcount: ['{100|200|300|400|500|600} a day', 'to {100|200|300|400|500|600}', 'under {100|200|300|400|500|600}', 'go lower', 'less than {100|200|300|400|500|600}'],
    // grooming frames
    f3delete: ['delete', 'deleting', 'clear', 'wipe', 'unsend'],
    f3afterward: ['after', 'afterwards', 'after ok', 'after u read', 'after you read', 'once u read', 'once youve read', 'when were done', 'before', 'before ur mum', 'before your mum', 'ok', 'okay', 'babe', 'hun', 'baby', 'so no one', 'so nobody', 'so ur mum', 'so ur parents', 'yeah'],
    f3ourchat: ['this chat', 'our chat', 'our chats', 'the chat after', 'our messages', 'these messages', 'our convo', 'this convo', 'our dms', 'these dms', 'this conversation'],
    f3guardian2: ['ur parents', 'your parents', 'ur mum', 'your mum', 'ur mom', 'ur dad', 'your dad', 'ur family', 'your family', 'ur friends', 'ur teachers', 'ur mum and dad'],
    f3wontget: ['wont understand', 'wouldnt understand', 'would not understand', 'dont understand', 'wouldnt get', 'wont get', 'dont get', 'would freak', 'would go mad', 'will be jealous', 'get jealous', 'would be jealous', 'wouldnt approve', 'dont need to know', 'wont let us', 'would split us up', 'try to stop us'],
    f3us: ['us', 'what we have', 'what we got', 'our relationship', 'our thing', 'about me', 'about us', 'we have'],
    f3if: ['if u', 'if you', 'if i', 'so u', 'so you', 'for a', 'for', 'in return', 'if', 'only if', 'as long as'],
    f3adultage: ['hes {18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}', 'he is {18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}', '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} year old', 'a grown man', 'older man', 'older guy'],
    f3realweapon: ['glock', 'a glock', 'handgun', 'a handgun', 'pistol', 'a pistol', 'shotgun', 'sawn off', 'zombie knife', 'zombie knives', 'machete', 'strap', 'a strap', 'shank', 'shanks', 'skeng', 'switchblade', 'flick knife', 'butterfly knife', 'knuckle dusters', '9mm'],
    f3cost: ['how much', 'cost', 'costs', 'price of', 'price for', 'for sale', 'selling', 'sells', 'buy', 'on the streets'],
    f3gift: ['pay for', 'pays for', 'pay for my', 'paid for my', 'get my nails done', 'robux', 'vbucks', 'v bucks', 'gift card', 'gift cards', 'airpods', 'a hoodie', 'that hoodie', 'skins', 'battle pass', 'nitro', 'discord nitro', 'bought u', 'bought you', 'buy u', 'buy you', 'buy me', 'buys me', 'bought me'],
    f3favour: ['send a video', 'a video', 'video', 'a vid', 'send me a pic', 'send a pic', 'send me pics', 'a pic', 'pic', 'pics', 'a photo', 'a selfie', 'a vid', 'do something for me', 'do stuff for me', 'do something', 'owe me', 'show me', 'for a pic', 'for pics', 'turn ur cam on'],
    f3q_school: ['what school', 'which school', 'wat school', 'wot school'],
    f3q_year: ['what year r u', 'which year r u', 'what year are you', 'what year are u', 'which year are u', 'which year are you', 'what yr', 'which yr', 'which class', 'what class'],
    f3q_age: ['how old r u', 'how old are you', 'how old are u', 'how old is u', 'whats ur age', 'ur age'],
    f3q_live: ['where do u live', 'where do you live', 'where u live', 'whats ur address', 'ur address', 'what area', 'ur postcode', 'what road', 'what street', 'real name', 'full name', 'ur surname'],
    f3q_loc: ['send ur location', 'share ur location', 'share your location', 'ur location', 'your location', 'snap map', 'turn on ur location', 'what road', 'ur number', 'your number'],
    f3q_alone: ['are u alone', 'r u alone', 'are you alone', 'home alone', 'parents home', 'parents in', 'ur own room', 'your own room', 'parents out'],
    f3q_room: ['door locked', 'door lock', 'lock ur door', 'lock your door', 'in bed', 'in ur room', 'in your room'],
    f3q_wear: ['what ur wearing', 'what u wearing', 'what are u wearing', 'what r u wearing', 'what are you wearing'],
    f3sendpic: ['send a pic', 'send me a pic', 'send one', 'send a vid', 'send me a vid', 'send a video', 'send me a video', 'pic of u', 'pic in', 'vid of u', 'show me', 'let me see', 'send', 'a pic'],
    f3clothing: ['in ur uniform', 'in your uniform', 'in ur school uniform', 'in ur skirt', 'in ur pjs', 'in your pjs', 'in ur pyjamas', 'in ur underwear', 'in your underwear', 'in ur bra', 'in ur bikini', 'in a bikini', 'in leggings', 'in ur leggings', 'crop top', 'what ur wearing', 'what u wearing', 'in the shower', 'ur body', 'your body', 'no top', 'topless'],
    f3meetplace: ['pick u up', 'pick you up', 'come to yours', 'come round', 'come to mine', 'stay at mine', 'meet me', 'meet u', 'meet you', 'be outside', 'outside the park', 'outside ur school', 'outside school', 'come to his flat', 'to his flat', 'his flat', 'his house', 'his car', 'at the station', 'picking me up', 'pick me up', 'picks me up', 'meeting him'],
    f3covert: ['no one has to know', 'nobody has to know', 'noone has to know', 'come alone', 'on ur own', 'on your own', 'by urself', 'by yourself', 'parents go out', 'parents are out', 'when ur parents', 'when your parents', 'tell ur mum ur at', 'tell your mum youre at', 'without telling', 'dont tell ur mum', 'dont tell my mum', 'dont tell ur parents', 'dont tell your parents', 'dont tell ur mum', 'dont tell my parents'],
    f3olderperson: ['older guy', 'older man', 'a grown man', 'grown man', 'this man', 'a man', 'an adult', 'older lad', 'this older', 'adults'],
    f3flatter: ['im special', 'ur special', 'youre special', 'so special', 'no one else gets', 'nobody else gets', 'only one who gets', 'only one who understands', 'understands me', 'so mature', 'not like other', 'ur different', 'youre different'],
    fwhereabouts: ['had a bra on', 'bra on', 'wearing a bra', 'wearing underwear', 'had anything on'],
    fintrude: ['keeps coming into the bathroom when im', 'comes into the bathroom when im', 'coming into the bathroom when im', 'walks in on me in the shower', 'walks in when im in the shower', 'watches me in the bath'],
    fhomefigure: ['my mums new boyfriend', 'my moms new boyfriend', 'mums new bf', 'my new stepdad'],
    f3take: ['taking it', 'take it', 'bringing it', 'bring it', 'sneak it', 'sneaking it', 'carry it'],
    f3toschool: ['to school', 'into school', 'in school', 'to class', 'in my bag'],
    f3threatall: ['everyone in this school', 'everyone at this school', 'everyone at school', 'everyone in my class', 'this whole school', 'the whole school', 'all of you', 'all of them', 'yall'],
    f3regret: ['going to regret it', 'gonna regret it', 'will regret it', 'will regret this', 'gonna pay', 'going to pay', 'will pay', 'are going to get it', 'r gonna get it'],
    f3fakeacct: ['fake insta', 'fake account', 'fake tiktok', 'fake snap', 'fake page', 'hate page', 'fake profile'],
    f3aboutthem: ['of her', 'of him', 'about her', 'about him', 'with her face', 'with his face', 'pretending to be her', 'pretending to be him'],
    f3olders: ['older boys', 'older lads', 'the olders', 'olders', 'elders', 'the elders', 'the mandem', 'some guys', 'older kids', 'the older boys'],
    f3earn: ['earn', 'make', 'pay me', 'paid', 'pays', '£', 'money', 'cash', 'a week', 'a day', 'free weed', 'free food'],
    f3runfor: ['run for them', 'run for', 'work for them', 'working for them', 'hold', 'a drop', 'drops', 'deliver', 'shotting', 'trap', 'the line', 'county lines', 'a package'],
    f3call: ['video call', 'facetime', 'vc', 'cam', 'camera'],
    f3covertnight: ['when everyone is asleep', 'when everyones asleep', 'when ur parents are asleep', 'when your parents are asleep', 'when ur mum is asleep', 'when theyre asleep', 'when they are asleep', 'at 2am', 'at 3am', 'at midnight'],
    f3ifloved: ['if u really loved me', 'if you really loved me', 'if u loved me', 'if you loved me', 'if u cared about me', 'if you cared about me', 'if u trusted me', 'if you trusted me', 'prove u love me', 'prove you love me'],
    f3sendit: ['send it', 'send them', 'send me', 'send', 'do it', 'show me', 'u would', 'you would'],
    // bullying and abuse
    f3nobody2: ['no one', 'nobody', 'noone', 'no1'],
    f3everyone: ['everyone', 'everybody', 'the whole school', 'the whole year', 'all of us'],
    f3hatesyou: ['hates u', 'hates you', 'laughs at u', 'laughs at you', 'is laughing at u', 'talks about u', 'wants u gone', 'wants you gone'],
    f3wantsyou: ['wants u', 'wants you', 'likes u', 'likes you', 'cares about u', 'cares about you', 'would miss u', 'would miss you', 'will ever love u', 'will ever love you', 'will ever like u', 'ever love u', 'ever love you'],
    f3spread: ['post', 'posting', 'posted', 'share', 'sharing', 'shared', 'send', 'sending', 'spread', 'spreading', 'leak', 'leaking', 'screenshot', 'upload', 'uploading', 'airdrop', 'airdropping', 'forward', 'forwarding', 'put', 'putting'],
    f3humiliate: ['of him crying', 'of her crying', 'of u crying', 'of them crying', 'him crying', 'her crying', 'in the changing rooms', 'in the changing room', 'changing rooms', 'her nudes', 'his nudes', 'the video of him', 'the video of her', 'ugly pic', 'embarrassing pic', 'embarrassing video'],
    f3gang: ['lets all', 'lets', 'we should all', 'we should', 'everyone', 'make a fake account', 'fake account', 'a fake account', 'we will', 'were gonna', 'were going to'],
    f3harass: ['make her cry', 'make him cry', 'spam him', 'spam her', 'block her', 'block him', 'ignore her', 'ignore him', 'ruin her', 'ruin his', 'expose her', 'expose him', 'mass report', 'hate page', 'make her life hell', 'make his life hell', 'leave her out', 'leave him out', 'slag her off', 'slag him off'],
    f3msgs: ['comments', 'messages', 'dms', 'texts', 'telling me', 'saying', 'tells me', 'told me', 'sent me', 'keep getting', 'keeps leaving', 'anonymous'],
    f3dieyou: ['to die', 'should die', 'go die', 'to kill myself', 'kys', 'to kys', 'im a freak', 'im ugly', 'im fat', 'im worthless', 'im disgusting', 'nobody likes me', 'no one likes me'],
    f3homeadult: ['my mums boyfriend', 'my moms boyfriend', 'my mums bf', 'my stepdad', 'my step dad', 'my stepmum', 'my dad', 'my mum', 'my mom', 'my parents', 'my carer', 'my uncle'],
    f3abuse: ['hurts her', 'hurts me', 'hits her', 'hits me', 'beats me', 'beats her', 'locks me', 'locked me', 'lock me', 'starves me', 'chokes', 'choked', 'strangled', 'throws things at', 'kicks me', 'punches', 'slaps me', 'burns me', 'pushes her', 'hurts my mum'],
    // sexual
    f3sexy: ['spicy', 'naughty', 'sexy', 'nsfw', 'lewd', 'nude', 'in the shower', 'in ur underwear', 'in your underwear', 'topless', 'without clothes', 'no clothes'],
    f3media2: ['pic', 'pics', 'photo', 'photos', 'snap', 'snaps', 'vid', 'vids', 'video', 'facetime', 'on cam', 'chat', 'show me', 'send me', 'trade', 'swap', 'see u', 'see you'],
  },
  terms: [
    { id: 'euphemism-suicide-3', category: 'suicide-self-harm', severity: 4, phrases: ['{neck|rope|delete|yeet} myself', 'toaster bath', 'log off {forever|for good|permanently}', 'permanent sleep', 'take the easy way out', 'end my story', 'final goodbye', 'unalive me', 'sewer slide myself', 'catch the bus {tonight|tmrw|tomorrow|soon} {for good|forever|and not come back}', 'not be here next {year|week|month|christmas}', 'wont be here {next year|much longer|for long}'] },
    { id: 'told-to-die-words-3', category: 'bullying-abuse', severity: 3, phrases: ['{go|just|pls|please} {neck|off|end|unalive|rope} {urself|yourself|ur self|your self}', '{go|just} drink bleach', 'commit {toaster bath|die|unalive}', 'nobody would miss {u|you}', 'the world would be better without {u|you}', 'do everyone a favour and {die|leave|disappear}'] },
    { id: 'street-violence-3', category: 'weapons-violence', severity: 4, phrases: ['{gonna|going to|ill|im gonna|we gonna|were gonna} {splash|wet|bore|bun|ching|shank|merk|duppy} {him|her|them|u|you|that boy|him up|them up}', '{ching|nank|borer|bora|skeng|rambo} in my {bag|waist|waistband|coat|pocket}', '{beat|kick|knock} the {shit|crap|hell} out of {him|her|them|u|you|that kid|that boy|that girl|the new kid}', 'spin {the|their|his} block', 'ride out on {them|him|the opps}'] },
    { id: 'sexual-slang-3', category: 'sexual', severity: 3, phrases: ['noods', 'nudez', 'send noods', 'sneaky link', 'dtf', 'send lewds', 'lewds', 'nsfw pics', 'nsfw snaps'] },
    { id: 'intrusion-3', category: 'grooming-cse', severity: 5, phrases: ['{keeps|kept} {coming|walking|barging} {into|in} the bathroom when {im|i am} {in there|in the shower|in the bath|showering|changing|on the toilet}'] },
    { id: 'grooming-slang-3', category: 'grooming-cse', severity: 4, phrases: ['sugar daddy', 'be my sugar baby', 'looking for a sugar daddy', 'send {ur|your} location', 'share {ur|your} location with me', 'turn {ur|your} snap map on', 'meet {up|me} irl {alone|and dont tell|no one will know}'] },
    { id: 'extremism-vocab-3', category: 'extremism', severity: 3, phrases: ['kalergi plan', 'cultural marxists', 'globohomo', 'the goyim', 'sonnenrad', 'wolfsangel', 'totenkopf tattoo', 'siege pilled', 'saint ted', 'boko haram recruiting', 'al shabaab recruiting', 'join al qaeda', 'join the taliban'] },
    { id: 'more-slang-3', category: 'suicide-self-harm', severity: 4, phrases: ['planning my exit', 'plan my exit', 'my exit plan'] },
    { id: 'more-sexual-3', category: 'sexual', severity: 3, phrases: ['{see|pic of|pics of|want to see|wanna see|send u|send you} my {dick|cock|willy|penis|tits|boobs}', 'pic of {ur|your} {tits|boobs|dick|cock}'] },
    { id: 'more-drugs-3', category: 'drugs', severity: 3, phrases: ['{buy|get} {a vape|vapes|elf bars|an elf bar|a disposable} {at|when im|when ur} {12|13|14|15|16|17}', 'buy vapes underage', 'vape shop that doesnt id'] },
    { id: 'more-extremism-3', category: 'extremism', severity: 4, phrases: ['join the cause {brothers|brother|bros|lads}'] },
    { id: 'slang-suicide-3', category: 'suicide-self-harm', severity: 4, phrases: ['{im|i am} so done with {life|everything|it all|living}', '{im|i am|im just} checking out', 'going to ctb', 'gonna ctb', 'wanna ctb', 'want to ctb', 'thinking about ctb', 'ctb {tonight|tmrw|this weekend|soon}', 'sewer slide', 'sewerslide', 'unaliving myself', 'unalive {myself|meself}', 'kms fr', 'no reason to stay', 'nothing to stay for', 'i want to go to sleep and not wake up'] },
    { id: 'grooming-3', category: 'grooming-cse', severity: 4, phrases: ['{im|i am} not like other {adults|grown ups|men|guys}', 'u can trust me {im|i am} not', '{ur|your|youre|u r} {so|way|really} [more] mature', '{ur|you are|youre} more mature than {girls|boys|people|kids} [in] [ur|your] [year|age|class]', 'my {boyfriend|bf} is {18|19|20|21|22|23|24|25|26|27|28|29|30}', 'keep this between us', 'are {u|you} alone at the moment', 'r {u|you} alone {atm|at the moment}'] },
    { id: 'bullying-3', category: 'bullying-abuse', severity: 3, phrases: ['watch {ur|your} back', '{ur|youre|you are|u r} dead meat', '{gonna|going to|will|were gonna|we will} get {u|you} {at|after|outside|tomorrow|monday|tmrw|on}', 'get {u|you} at the gates', '{no one|nobody|noone} wants {u|you} here', '{just|u should|you should} leave {forever|and never come back}', 'ur {such a|a} {waste of space|loser|freak|failure}', '{fat|ugly} {cow|pig|waste of space|freak}'] },
    { id: 'neglect-3', category: 'bullying-abuse', severity: 4, phrases: ['never any food {at home|in the house}', 'no food in the house', '{locks|locked|lock} me {in|out} {my room|of the house|at night|without food}', '{doesnt|dont|does not|never} come {back|home} for days', 'left {me|us} alone for days'] },
    { id: 'sexual-3', category: 'sexual', severity: 3, phrases: ['see {her|him|u|you} naked', '{her|him|u|you} naked', 'strangers naked', '{trade|swap} {nudes|spicy pics|nude pics|naughty pics}', '{show|send} me {ur|your} body', 'dirty talk', 'something dirty', '{spicy|naughty|dirty|lewd} {pic|pics|snap|snaps|vid|video}', 'pic of {u|you} in the shower', 'in ur underwear'] },
    { id: 'drugs-3', category: 'drugs', severity: 3, phrases: ['who sells {carts|thc carts|weed|bud|xans|pills|ket|coke}', '{plug|plugs} on {snap|snapchat|telegram|insta|instagram|tiktok}', 'bag of {coke|weed|bud|ket|charlie|mdma}', 'sneak {vodka|alcohol|booze|drink|drinks|weed} into school', '{get|buy} alcohol {when ur|when youre|at|under|underage}', 'buy {vodka|alcohol|booze} {at|when} {14|15|16|17}'] },
    { id: 'weapons-3', category: 'weapons-violence', severity: 4, phrases: ['how many {stabs|stab wounds|punches} {does it take|to kill|would it take}', '{list|names} of {people|everyone} {im|i am|i m} {going to|gonna} {hurt|kill|get|shoot|stab}', 'bring the {nine|9|ting|strap|skeng}', '{convert|converting} a blank'] },
    { id: 'extremism-3', category: 'extremism', severity: 4, phrases: ['saint elliot', 'incel hero', 'jihadi john', 'lions like him', 'need more lions'] },
  ],
  rules: [
    { id: 'weapon-to-school-3', category: 'weapons-violence', severity: 5, all: ['@fweapon', '@f3take', '@f3toschool'], window: 12, ordered: true },
    { id: 'everyone-will-regret-3', category: 'weapons-violence', severity: 4, all: ['@f3threatall', '@f3regret'], window: 8, ordered: true },
    { id: 'fake-account-of-3', category: 'bullying-abuse', severity: 3, all: ['@f3fakeacct', '@f3aboutthem'], window: 8 },
    { id: 'stop-forever-3', category: 'suicide-self-harm', severity: 4, all: ['@f3stop', '@f3forever'], window: 5, ordered: true },
    { id: 'nobody-notice-gone-3', category: 'suicide-self-harm', severity: 4, all: ['@fnobody', '@f3notice', '@fwithoutme'], window: 10, ordered: true },
    { id: 'give-away-when-gone-3', category: 'suicide-self-harm', severity: 5, all: ['@f3giveaway', '@fwithoutme'], window: 12 },
    { id: 'on-edge-now-3', category: 'suicide-self-harm', severity: 4, all: ['@f3onedge', '@f3edgeplace', '@f3now'], window: 6, ordered: true },
    { id: 'hide-cutting-place-3', category: 'suicide-self-harm', severity: 4, all: ['@fhowto', '@f3cutword', '@fconceal'], window: 8, ordered: true },
    { id: 'calorie-limit-3', category: 'suicide-self-harm', severity: 4, all: ['@f3calorie', '@f3lowcount'], window: 6 },
    { id: 'delete-our-chat-3', category: 'grooming-cse', severity: 4, all: ['@f3delete', '@f3ourchat', '@f3afterward'], window: 6, ordered: true },
    { id: 'guardian-wont-understand-3', category: 'grooming-cse', severity: 4, all: ['@f3guardian2', '@f3wontget', '@f3us'], window: 12, ordered: true },
    { id: 'gift-for-favour-3', category: 'grooming-cse', severity: 4, all: ['@f3gift', '@f3if', '@f3favour'], window: 12, ordered: true },
    { id: 'personal-questions-3', category: 'grooming-cse', severity: 4, all: ['@f3q_school', '@f3q_year', '@f3q_age', '@f3q_live', '@f3q_loc', '@f3q_alone', '@f3q_room', '@f3q_wear'], atLeast: 2, window: 14 },
    { id: 'pic-in-clothing-3', category: 'grooming-cse', severity: 4, all: ['@f3sendpic', '@f3clothing'], window: 8, ordered: true },
    { id: 'covert-meeting-3', category: 'grooming-cse', severity: 5, all: ['@f3meetplace', '@f3covert'], window: 14 },
    { id: 'adult-wants-meet-3', category: 'grooming-cse', severity: 4, all: ['@f3adultage', '@f3meetplace'], window: 12 },
    { id: 'street-weapon-price-3', category: 'weapons-violence', severity: 4, all: ['@f3cost', '@f3realweapon'], window: 6 },
    { id: 'older-flattery-3', category: 'grooming-cse', severity: 4, all: ['@f3olderperson', '@f3flatter'], window: 10 },
    { id: 'olders-earn-run-3', category: 'grooming-cse', severity: 4, all: ['@f3olders', '@f3earn', '@f3runfor'], atLeast: 3, window: 14 },
    { id: 'night-call-3', category: 'grooming-cse', severity: 4, all: ['@f3call', '@f3covertnight'], window: 8 },
    { id: 'prove-love-3', category: 'grooming-cse', severity: 4, all: ['@f3ifloved', '@f3sendit'], window: 6, ordered: true },
    { id: 'replacement-invasion-3', category: 'extremism', severity: 4, all: ['@f3takeover', '@f3nation'], window: 10 },
    { id: 'purify-nation-3', category: 'extremism', severity: 4, all: ['@f3purify', '@f3land'], window: 5, ordered: true },
    { id: 'attack-video-3', category: 'extremism', severity: 4, all: ['@f3attackvid', '@f3takedown'], window: 12 },
    { id: 'exclusive-channel-3', category: 'extremism', severity: 4, all: ['@f3channel', '@f3exclusive'], window: 12 },
    { id: 'nobody-wants-you-3', category: 'bullying-abuse', severity: 3, all: ['@f3nobody2', '@f3wantsyou'], window: 4, ordered: true },
    { id: 'everyone-hates-you-3', category: 'bullying-abuse', severity: 3, all: ['@f3everyone', '@f3hatesyou'], window: 4, ordered: true },
    { id: 'share-humiliation-3', category: 'bullying-abuse', severity: 3, all: ['@f3spread', '@f3humiliate'], window: 10 },
    { id: 'gang-harass-3', category: 'bullying-abuse', severity: 3, all: ['@f3gang', '@f3harass'], window: 10, ordered: true },
    { id: 'told-to-die-3', category: 'bullying-abuse', severity: 3, all: ['@f3msgs', '@f3dieyou'], window: 8, ordered: true },
    { id: 'abuse-at-home-3', category: 'bullying-abuse', severity: 4, all: ['@f3homeadult', '@f3abuse'], window: 8, ordered: true },
    { id: 'sexy-media-3', category: 'sexual', severity: 3, all: ['@f3sexy', '@f3media2'], window: 6 },
  ],
  senses: [
    { id: 'frames3-everyday', categories: 'all', scope: 'overlap', phrases: [
      '{what does|what do|whats|what is|meaning of} {ctb|unalive|sewerslide|sewer slide|kms|kys|sh|ana|mia|thinspo|sextortion|grooming|county lines|onlyfans} [mean|meaning|slang]', '{ctb|unalive|sewerslide|kms|kys} {meaning|mean|slang}', 'ctb {mean|meaning} in business',
      '{i|id|i could|could} sleep forever', 'sleep forever after', 'disappear under {my|the} {duvet|covers|blanket|bed}', 'overdose of {homework|sugar|revision|work|tiktok|memes|cringe}',
      '{goodbye|farewell|leaving} {letter|card} {to|for} {my|our|the|year|mr|mrs|miss|sir|ms}', 'sex {education|ed}', 'relationships and sex education',
      '{bomb|tnt|gun|sword|weapon|knife|trap} in {minecraft|roblox|fortnite|terraria|gta|rust|skyrim|zelda|among us}', '{zip|phone|screen|laptop|charger|bike|coat|tv|xbox|ps5|controller|headphones|printer} is broken',
      'my {sister|brother|sis|bro|mum|mom|dad|nan|teacher|coach} {is|s|will|gonna|is going to|going to} {kill|murder} me', '{kill|murder} my {brother|sister|bro|sis} {he|she|for|if|lol}',
      'martin luther king', 'king charles', 'lion king', 'burger king', 'kings speech', 'nude {lipstick|colour|color|shade|heels|tights|nails|makeup|palette}', 'nudes {colour|color|lipstick|palette|shade}', 'purify the water', 'purify water',
      'the {invasion|invaders} of {normandy|britain|england|ukraine|poland|france|the romans|the vikings}', 'the replacement {bus|teacher|part|screen|card}', 'hip replacement', 'knee replacement',
    ] },
    { id: 'frames3-education', categories: ['grooming-cse', 'sexual', 'weapons-violence', 'bullying-abuse', 'suicide-self-harm'], scope: 'text', phrases: ['parent guide', 'parents guide', 'guide for parents', 'online safety', 'online safety lesson', 'childline', 'ceop', 'stay safe from', 'how to stay safe', 'knife crime awareness', 'tell my teacher', 'tell a teacher', 'pshe', 'what to do if someone', 'how to report', 'report it'] },
    { id: 'frames3-schoolwork', categories: ['grooming-cse'], scope: 'text', phrases: ['timetable', 'the answers', 'revision notes', 'leaving do', 'leaving party', 'the cake', 'a cake', 'blazer', 'open day'] },
  ],
};


/** The same new frames in every other language, each with its own words. */
interface Words {
  delete: string[]; ourchat: string[]; guardianNoUnderstand: string[]; gift: string[]; favour: string[];
  qschool: string[]; qclass: string[]; qage: string[]; qalone: string[]; aloneYou: string[]; sendpic: string[]; uniform: string[];
  meet: string[]; covert: string[]; cond: string[]; show: string[]; media: string[]; nosee: string[];
  takeover: string[]; nation: string[]; channel: string[]; exclusive: string[];
  stop: string[]; forever: string[]; nobodyNotice: string[]; gone: string[]; pills: string[]; nowake: string[];
  beat: string[]; afterschool: string[]; spread: string[]; nudepics: string[]; study: string[];
  terms: LanguagePack['terms'];
}

function framesFrom(w: Words): Frames {
  return {
    concepts: {
      f3delete: w.delete, f3ourchat: w.ourchat, f3guardiannot: w.guardianNoUnderstand, f3gift: w.gift, f3favour: w.favour,
      f3q_school: w.qschool, f3q_class: w.qclass, f3q_age: w.qage, f3q_alone: w.qalone, f3sendpic: w.sendpic, f3uniform: w.uniform,
      f3meet: w.meet, f3covert: w.covert, f3cond: w.cond, f3show: w.show, f3media: w.media, f3nosee: w.nosee,
      f3takeover: w.takeover, f3nation: w.nation, f3channel: w.channel, f3exclusive: w.exclusive,
      f3stop: w.stop, f3forever: w.forever, f3nobodynotice: w.nobodyNotice, f3gone: w.gone, f3pills: w.pills, f3nowake: w.nowake,
      f3beat: w.beat, f3afterschool: w.afterschool, f3spread: w.spread, f3nudepics: w.nudepics,
    },
    terms: [...w.terms, { id: 'guardian-wont-understand-3', category: 'grooming-cse', severity: 4, phrases: w.guardianNoUnderstand }, { id: 'alone-now-3', category: 'grooming-cse', severity: 4, phrases: w.aloneYou }],
    rules: [
      { id: 'delete-our-chat-3', category: 'grooming-cse', severity: 4, all: ['@f3delete', '@f3ourchat'], window: 6 },
      { id: 'gift-for-favour-3', category: 'grooming-cse', severity: 4, all: ['@f3gift', '@f3favour'], window: 10 },
      { id: 'personal-questions-3', category: 'grooming-cse', severity: 4, all: ['@f3q_school', '@f3q_class', '@f3q_age', '@f3q_alone'], atLeast: 2, window: 14 },
      { id: 'pic-in-uniform-3', category: 'grooming-cse', severity: 4, all: ['@f3sendpic', '@f3uniform'], window: 8 },
      { id: 'covert-meeting-3', category: 'grooming-cse', severity: 5, all: ['@f3meet', '@f3covert'], window: 14 },
      { id: 'expose-unless-3', category: 'grooming-cse', severity: 5, all: ['@f3cond', '@f3show', '@f3media'], window: 12 },
      { id: 'private-app-unseen-3', category: 'grooming-cse', severity: 4, all: ['@f3channel', '@f3nosee'], window: 8 },
      { id: 'replacement-invasion-3', category: 'extremism', severity: 4, all: ['@f3takeover', '@f3nation'], window: 10 },
      { id: 'exclusive-channel-3', category: 'extremism', severity: 4, all: ['@f3channel', '@f3exclusive'], window: 10 },
      { id: 'stop-forever-3', category: 'suicide-self-harm', severity: 4, all: ['@f3stop', '@f3forever'], window: 6 },
      { id: 'nobody-notice-gone-3', category: 'suicide-self-harm', severity: 4, all: ['@f3nobodynotice', '@f3gone'], window: 10 },
      { id: 'pills-not-wake-3', category: 'suicide-self-harm', severity: 5, all: ['@f3pills', '@f3nowake'], window: 10 },
      { id: 'beat-after-school-3', category: 'bullying-abuse', severity: 3, all: ['@f3beat', '@f3afterschool'], window: 6 },
      { id: 'share-nudes-group-3', category: 'bullying-abuse', severity: 3, all: ['@f3spread', '@f3nudepics'], window: 8 },
    ],
    senses: [{ id: 'frames3-schoolwork', categories: ['grooming-cse', 'suicide-self-harm'], scope: 'text', phrases: w.study }],
  };
}

const pl = framesFrom({
  delete: ['usuń', 'usun', 'skasuj', 'wykasuj', 'usuwaj'], ourchat: ['te wiadomości', 'te wiadomosci', 'tę rozmowę', 'te rozmowe', 'ten czat', 'nasze wiadomości', 'nasze wiadomosci', 'naszą rozmowę', 'nasz czat'],
  guardianNoUnderstand: ['{twoi|twoja|twój|twoj} {rodzice|mama|tata|starzy} {by nas nie zrozumieli|nie zrozumieją nas|nie zrozumieja nas|by tego nie zrozumieli|nie muszą wiedzieć|nie musza wiedziec}', 'nikt by nas nie zrozumiał', 'nikt by nas nie zrozumial'],
  gift: ['doładowanie', 'doladowanie', 'robux*', 'v-dolce', 'vdolce', 'kartę podarunkową', 'karte podarunkowa', 'kasę', 'kase', 'skin*', 'kupię ci', 'kupie ci'],
  favour: ['fotk*', 'zdjęci*', 'zdjeci*', 'fotę', 'fote', 'nagranie', 'filmik', 'coś dla mnie', 'cos dla mnie'],
  qschool: ['do której szkoły', 'do ktorej szkoly', 'do jakiej szkoły', 'do jakiej szkoly', 'w jakiej szkole'], qclass: ['która klasa', 'ktora klasa', 'w której klasie', 'w ktorej klasie', 'do której klasy'], qage: ['ile masz lat', 'ile ty masz lat'], qalone: ['jesteś sama', 'jestes sama', 'jesteś sam', 'jestes sam', 'sama w domu', 'rodzice w domu', 'sama teraz'], aloneYou: ['{jesteś|jestes} {sama|sam} [w domu] {teraz|rn}', 'czy {jesteś|jestes} {sama|sam}'],
  sendpic: ['wyślij', 'wyslij', 'prześlij', 'przeslij', 'pokaż', 'pokaz', 'zrób', 'zrob'], uniform: ['w mundurku', 'w mundurku szkolnym', 'w bieliźnie', 'w bieliznie', 'w piżamie', 'w pizamie', 'w staniku', 'w kąpieli', 'pod prysznicem'],
  meet: ['przyjadę po ciebie', 'przyjade po ciebie', 'odbiorę cię', 'odbiore cie', 'spotkajmy się', 'spotkajmy sie', 'pod szkołę', 'pod szkole', 'pod szkołą', 'przyjdź sama', 'przyjdz sama'], covert: ['nic nie mów', 'nic nie mow', 'nie mów rodzicom', 'nie mow rodzicom', 'nie mów mamie', 'nie mow mamie', 'nikt nie musi wiedzieć', 'nikt nie musi wiedziec', 'sama', 'w tajemnicy'],
  cond: ['jak nie', 'jeśli nie', 'jesli nie', 'jeżeli nie', 'jezeli nie', 'bo inaczej', 'albo'], show: ['pokażę wszystkim', 'pokaze wszystkim', 'wyślę wszystkim', 'wysle wszystkim', 'wrzucę', 'wrzuce', 'udostępnię', 'roześlę', 'pokażę', 'pokaze'], media: ['zdjęci*', 'zdjeci*', 'fotk*', 'nagrani*', 'wiecej', 'więcej'], nosee: ['nikt nie czyta', 'nikt nie widzi', 'nikt nie zobaczy', 'nikt się nie dowie', 'nikt sie nie dowie', 'mama nie sprawdza', 'rodzice nie widzą'],
  takeover: ['wymiana ludności', 'wymiana ludnosci', 'wymiany ludności', 'najeżdżają', 'najezdzaja', 'najazd', 'zastępują nas', 'zastepuja nas', 'biali znikają', 'biali znikaja', 'zalewają nas', 'zalewaja nas'], nation: ['nas', 'nasz kraj', 'polskę', 'polske', 'europę', 'biali', 'białych', 'naród', 'narod', 'fakt', 'rząd', 'rzad'],
  channel: ['telegram*', 'kanał*', 'kanal*', 'grup*', 'czat*', 'snap*', 'whatsapp*', 'discord*'], exclusive: ['tylko dla patriotów', 'tylko dla patriotow', 'dla patriotów', 'dla patriotow', 'prawdziwych polaków', 'prawda o nich', 'cała prawda', 'tylko dla białych'],
  stop: ['skończyło', 'skonczylo', 'skończy', 'skonczy', 'skończyć', 'skonczyc', 'zniknąć', 'zniknac', 'przestało', 'przestalo'], forever: ['na zawsze', 'raz na zawsze', 'na dobre'], nobodyNotice: ['nikt by nie zauważył', 'nikt by nie zauwazyl', 'nikt nie zauważy', 'nikt nie zauwazy', 'nikt by nie tęsknił', 'nikomu by nie brakowało'], gone: ['gdybym zniknęła', 'gdybym zniknela', 'gdybym zniknął', 'gdybym zniknal', 'gdyby mnie nie było', 'gdyby mnie nie bylo', 'jak mnie nie będzie', 'gdybym umarła', 'gdybym umarl'],
  pills: ['tabletek', 'tabletki', 'tabletkami', 'leków', 'lekow', 'prochów', 'prochow'], nowake: ['się nie obudzić', 'sie nie obudzic', 'nie obudzić', 'nie obudzic', 'nie obudzę', 'nie obudze', 'zasnąć na zawsze'],
  beat: ['spiorę cię', 'spiore cie', 'pobiję cię', 'pobije cie', 'zleję cię', 'zleje cie', 'dostaniesz wpierdol', 'wpierdol', 'dojadę cię', 'dojade cie', 'zajebię cię'], afterschool: ['po szkole', 'po lekcjach', 'jutro', 'na przerwie', 'pod szkołą', 'pod szkola'],
  spread: ['wysyłamy', 'wysylamy', 'wyślijmy', 'wyslijmy', 'wrzucamy', 'wrzućmy', 'wrzucmy', 'rozsyłamy', 'rozsylamy', 'pokażmy', 'pokazmy', 'wysłać', 'wyslac'], nudepics: ['nagie zdjęcia', 'nagie zdjecia', 'jej nagie', 'jego nagie', 'jej nudesy', 'nudesy', 'nudes*'],
  study: ['plan lekcji', 'planu lekcji', 'zadanie domowe', 'zadania domowego', 'notatki', 'notatek', 'telefon zaufania', '116 111'],
  terms: [
    { id: 'grooming-3', category: 'grooming-cse', severity: 4, phrases: ['nasza mała tajemnica', 'nasza mala tajemnica', 'naszą małą tajemnicą', 'nasza tajemnica'] },
    { id: 'self-harm-3', category: 'suicide-self-harm', severity: 4, phrases: ['tnę się', 'tne sie', 'się tnę', 'sie tne', 'znowu się tnę', 'okaleczam się', 'okaleczam sie'] },
    { id: 'hate-3', category: 'hate-discrimination', severity: 3, phrases: ['wracaj do swojego kraju', 'wracajcie do swojego kraju', 'brudas*', 'ciapat*'] },
    { id: 'drugs-3', category: 'drugs', severity: 3, phrases: ['gdzie kupić zielsko', 'gdzie kupic zielsko', 'kupić zielsko', 'kupic zielsko', 'zielsko w'] },
  ],
});

const ro = framesFrom({
  delete: ['șterge', 'sterge', 'ștergem', 'stergem', 'șterge-o', 'sterge-o'], ourchat: ['conversația asta', 'conversatia asta', 'conversația noastră', 'conversatia noastra', 'mesajele noastre', 'mesajele astea', 'chatul ăsta', 'chatul asta'],
  guardianNoUnderstand: ['părinții tăi nu ne-ar înțelege', 'parintii tai nu ne-ar intelege', 'părinții tăi nu ne înțeleg', 'parintii tai nu ne inteleg', 'nu ne-ar înțelege', 'nu ne-ar intelege', 'nimeni nu ne-ar înțelege', 'ai tăi nu trebuie să știe', 'ai tai nu trebuie sa stie'],
  gift: ['robux', 'v-bucks', 'vbucks', 'cartelă', 'cartela', 'card cadou', 'bani', 'skin*', 'îți cumpăr', 'iti cumpar'], favour: ['poză', 'poza', 'poze', 'pozele', 'un video', 'un clip', 'ceva pentru mine'],
  qschool: ['la ce școală', 'la ce scoala', 'la ce liceu', 'în ce școală', 'in ce scoala'], qclass: ['în ce clasă', 'in ce clasa', 'ce clasă', 'ce clasa'], qage: ['câți ani ai', 'cati ani ai'], qalone: ['ești singură acasă', 'esti singura acasa', 'ești singur acasă', 'esti singur acasa', 'singură acasă', 'singura acasa', 'părinții acasă', 'parintii acasa'], aloneYou: ['{ești|esti} {singură|singura|singur} acasă', '{ești|esti} {singură|singura|singur} acasa'],
  sendpic: ['trimite', 'trimite-mi', 'arată-mi', 'arata-mi', 'fă', 'fa'], uniform: ['în uniformă', 'in uniforma', 'în uniforma', 'în lenjerie', 'in lenjerie', 'în pijama', 'in pijama', 'în sutien', 'in sutien', 'la duș', 'la dus'],
  meet: ['te iau eu', 'te iau de la', 'vin după tine', 'vin dupa tine', 'ne vedem', 'ne întâlnim', 'ne intalnim', 'vino singură', 'vino singura'], covert: ['nu le spune', 'nu spune nimănui', 'nu spune nimanui', 'nu le zice', 'nimeni nu trebuie să știe', 'nimeni nu trebuie sa stie', 'alor tăi', 'alor tai', 'singură', 'singura'],
  cond: ['dacă nu', 'daca nu', 'altfel'], show: ['le arăt tuturor', 'le arat tuturor', 'o să le arăt', 'o sa le arat', 'le trimit tuturor', 'le pun pe net', 'le public', 'arăt tuturor', 'arat tuturor'], media: ['pozele', 'poze', 'pozele tale', 'video', 'clipul', 'trimiți', 'trimiti'], nosee: ['nu vede nimeni', 'nimeni nu vede', 'nu citește nimeni', 'nu citeste nimeni', 'nimeni nu află', 'nimeni nu afla', 'nu vede mama'],
  takeover: ['marea înlocuire', 'marea inlocuire', 'ne înlocuiesc', 'ne inlocuiesc', 'ne invadează', 'ne invadeaza', 'invadează', 'invadeaza', 'invadatori', 'invadatorii'], nation: ['ne', 'țara', 'tara', 'țara noastră', 'tara noastra', 'albii', 'românii', 'romanii', 'reală', 'reala', 'nimeni nu face nimic'],
  channel: ['telegram', 'grupul', 'grup', 'canalul', 'canal', 'chatul', 'discord'], exclusive: ['pentru adevăr', 'pentru adevar', 'adevărul despre ei', 'adevarul despre ei', 'doar pentru patrioți', 'doar pentru patrioti', 'pentru patrioți', 'pentru patrioti', 'doar pentru albi'],
  stop: ['se termine', 'să se termine', 'sa se termine', 'să termin', 'sa termin', 'să dispar', 'sa dispar', 'să se oprească', 'sa se opreasca'], forever: ['pentru totdeauna', 'pentru tot deauna', 'definitiv', 'o dată pentru totdeauna'], nobodyNotice: ['nimeni nu ar observa', 'nimeni n-ar observa', 'nimeni nu ar băga de seamă', 'nimănui nu i-ar păsa', 'nimanui nu i-ar pasa', 'nu ar observa nimeni'], gone: ['dacă aș dispărea', 'daca as disparea', 'dacă n-aș mai fi', 'daca n-as mai fi', 'dacă aș muri', 'daca as muri', 'când nu voi mai fi'],
  pills: ['pastile', 'pastilele', 'somnifere', 'medicamente'], nowake: ['să nu mă mai trezesc', 'sa nu ma mai trezesc', 'nu mă mai trezesc', 'nu ma mai trezesc'],
  beat: ['te bat', 'te omor în bătaie', 'te omor in bataie', 'îți iei bătaie', 'iti iei bataie', 'îți dau', 'iti dau', 'te snopesc', 'te fac praf'], afterschool: ['după școală', 'dupa scoala', 'după ore', 'dupa ore', 'mâine', 'maine', 'în pauză', 'in pauza'],
  spread: ['trimitem', 'trimiteți', 'trimiteti', 'punem', 'postăm', 'postam', 'dăm mai departe', 'dam mai departe', 'trimite'], nudepics: ['pozele ei goale', 'pozele lui goale', 'poze goale', 'goală', 'goale', 'nuduri', 'nudurile'],
  study: ['orar', 'orarul', 'tema', 'temele', 'caietul', 'notițele', 'notitele', 'telefonul copilului', '116 111'],
  terms: [
    { id: 'grooming-3', category: 'grooming-cse', severity: 4, phrases: ['micul nostru secret', 'e secretul nostru', 'secretul nostru'] },
    { id: 'extremism-3', category: 'extremism', severity: 4, phrases: ['mă alătur statului islamic', 'ma alatur statului islamic', 'statului islamic', 'statul islamic', 'manifestul trăgătorului', 'manifestul tragatorului'] },
    { id: 'sexual-3', category: 'sexual', severity: 3, phrases: ['trimite nuduri', 'trimite-mi nuduri', 'nuduri'] },
    { id: 'hate-3', category: 'hate-discrimination', severity: 3, phrases: ['du-te înapoi în țara ta', 'du-te inapoi in tara ta', 'întoarce-te în țara ta', 'intoarce-te in tara ta', 'cioară', 'ciorile', 'ciori împuțite'] },
  ],
});

const urLatn = framesFrom({
  delete: ['delete kar', 'delete kardo', 'delete kar do', 'mita dena', 'mita do', 'mitaa do'], ourchat: ['ye chat', 'yeh chat', 'ye messages', 'hamari baatein', 'hamari chat'],
  guardianNoUnderstand: ['{tumhare|tere|tumhary|aapke} {ammi abbu|ghar wale|ghar walay|maa baap|walidain|parents} {hamein|humein|hume|hamen} nahi {samjhenge|samjhen ge|samjhain ge|samjhte}'],
  gift: ['robux', 'vbucks', 'paise', 'paisay', 'easyload', 'dila dunga'], favour: ['pic bhejo', 'pics bhejo', 'tasveer', 'tasveeren', 'tasvir', 'photo bhejo', 'video bhejo'],
  qschool: ['kaun se school', 'konse school', 'kis school', 'kaunse school'], qclass: ['konsi class', 'kaunsi class', 'kis class', 'kon si class'], qage: ['kitne saal', 'umar kya', 'tumhari umar'], qalone: ['akeli ho', 'akele ho', 'akeli hai', 'ghar pe akeli', 'ghar par akeli', 'ghar wale nahi'], aloneYou: ['kya {abhi|ab} ghar {pe|par} {akeli|akela|akele} ho', '{akeli|akele} ho {abhi|kya}'],
  sendpic: ['bhejo', 'bhej do', 'bhejna', 'dikhao'], uniform: ['uniform mein', 'uniform me', 'uniform pehen', 'uniform pehan', 'nahate hue'],
  meet: ['lene aaunga', 'lene aaonga', 'milne aaunga', 'mil lo', 'milte hain', 'bahar milo'], covert: ['mat batana', 'na batana', 'kisi ko mat', 'ghar walon ko mat', 'akeli aana'],
  cond: ['agar', 'warna', 'nahi to'], show: ['sab ko dikha', 'sab ko dikha dunga', 'sabko dikha', 'dikha dunga', 'sab ko bhej dunga', 'viral kar dunga', 'daal dunga'], media: ['pics', 'pic', 'tasveer', 'tasveeren', 'video', 'bheji', 'bhejo'], nosee: ['koi nahi dekhta', 'koi nahi dekhega', 'kisi ko pata nahi', 'kisi ko pata na', 'ammi nahi dekhti'],
  takeover: ['qabza', 'replace kar', 'hamein replace', 'hamein khatam', 'hamla kar rahe'], nation: ['mulk', 'hamare mulk', 'hamein', 'hamari qaum', 'qaum'],
  channel: ['telegram', 'group', 'channel', 'whatsapp', 'snap'], exclusive: ['haq ki baat', 'asli sach', 'sirf bhaiyon', 'bhai log', 'mujahid*'],
  stop: ['khatam', 'khatam ho jaye', 'khatam kar doon', 'khatam kar dun', 'mit jaun'], forever: ['hamesha ke liye', 'humesha ke liye', 'hamesha'], nobodyNotice: ['koi notice bhi nahi', 'koi notice nahi', 'kisi ko farq nahi', 'kisi ko pata bhi nahi'], gone: ['na rahoon', 'na rahun', 'na rahu', 'main na rahoon', 'mar jaun', 'chala jaun', 'chali jaun'],
  pills: ['goliyan', 'goliyaan', 'neend ki goli', 'neend ki goliyan', 'dawai'], nowake: ['uthun hi na', 'uthoon hi na', 'uthun na', 'na uthun', 'kabhi na uthun', 'phir na uthun'],
  beat: ['tujhe maarunga', 'tujhe marunga', 'maar maar ke', 'teri pitai', 'pitai karunga', 'dhoondh ke maarunga'], afterschool: ['school ke baad', 'chutti ke baad', 'kal'],
  spread: ['bhej do', 'bhejo', 'daal do', 'dal do', 'viral'], nudepics: ['nangi tasveeren', 'nangi tasveer', 'nangi pics', 'nangi video'],
  study: ['timetable', 'homework', 'helpline', 'bachao', 'bachne', 'madad'],
  terms: [
    { id: 'extremism-3', category: 'extremism', severity: 4, phrases: ['shaam ja ke ladna', 'shaam jana hai ladne', 'jihad ke liye jana', 'mujahideen mein shamil'] },
    { id: 'weapons-3', category: 'weapons-violence', severity: 4, phrases: ['katta kaise banate', 'katta kaise banaye', 'desi katta', 'katta kahan milega'] },
    { id: 'hate-3', category: 'hate-discrimination', severity: 3, phrases: ['chooray', 'choorey', 'chuhre', 'wapas apne mulk jao'] },
  ],
});

const ur = framesFrom({
  delete: ['ڈیلیٹ', 'مٹا', 'مٹا دینا'], ourchat: ['چیٹ', 'یہ چیٹ', 'میسج', 'پیغامات'],
  guardianNoUnderstand: ['{تمہارے|تیرے|آپ کے} {امی ابو|گھر والے|والدین|ماں باپ} {ہمیں|ہم کو} نہیں {سمجھیں گے|سمجھیں|سمجھتے}'],
  gift: ['روبکس', 'پیسے', 'کارڈ', 'لوڈ'], favour: ['تصویر', 'تصویریں', 'فوٹو', 'ویڈیو'],
  qschool: ['کون سے سکول', 'کس سکول', 'کونسے سکول'], qclass: ['کون سی کلاس', 'کس کلاس', 'کونسی کلاس'], qage: ['کتنے سال', 'عمر کیا'], qalone: ['اکیلی ہو', 'اکیلے ہو', 'گھر پر اکیلی', 'گھر پہ اکیلی', 'گھر والے نہیں'], aloneYou: ['کیا ابھی گھر پر اکیلی ہو', 'گھر پر اکیلی ہو', 'اکیلی ہو کیا'],
  sendpic: ['بھیجو', 'بھیج دو', 'دکھاؤ'], uniform: ['یونیفارم میں', 'یونیفارم پہن'],
  meet: ['لینے آؤں گا', 'ملنے آؤں گا', 'باہر ملو'], covert: ['مت بتانا', 'نہ بتانا', 'گھر والوں کو مت', 'کسی کو مت'],
  cond: ['اگر', 'ورنہ'], show: ['سب کو دکھا', 'سب کو دکھا دوں گا', 'دکھا دوں گا', 'وائرل کر دوں گا'], media: ['تصویریں', 'تصویر', 'ویڈیو', 'بھیجیں', 'بھیجی'], nosee: ['کوئی نہیں دیکھتا', 'کسی کو پتا نہیں', 'کسی کو پتہ نہیں'],
  takeover: ['قبضہ', 'ہمیں بدل رہے', 'ہمیں ختم'], nation: ['ملک', 'ہمارے ملک', 'ہمیں', 'قوم'],
  channel: ['ٹیلیگرام', 'گروپ', 'چینل', 'واٹس ایپ'], exclusive: ['بھائی', 'حق کی بات', 'اصل سچ', 'مجاہد*'],
  stop: ['ختم', 'ختم ہو جائے', 'ختم کر دوں'], forever: ['ہمیشہ کے لیے', 'ہمیشہ کے لئے', 'ہمیشہ'], nobodyNotice: ['کوئی نوٹس بھی نہیں', 'کوئی نوٹس نہیں', 'کسی کو فرق نہیں'], gone: ['نہ رہوں', 'میں نہ رہوں', 'مر جاؤں', 'چلا جاؤں'],
  pills: ['گولیاں', 'نیند کی گولیاں', 'دوائی'], nowake: ['اٹھوں ہی نہ', 'نہ اٹھوں', 'کبھی نہ اٹھوں'],
  beat: ['تجھے ماروں گا', 'پٹائی کروں گا', 'مار مار کے'], afterschool: ['سکول کے بعد', 'چھٹی کے بعد', 'کل'],
  spread: ['بھیج دو', 'بھیجو', 'ڈال دو', 'وائرل'], nudepics: ['ننگی تصویریں', 'ننگی تصویر', 'ننگی ویڈیو'],
  study: ['ٹائم ٹیبل', 'ہوم ورک', 'ہیلپ لائن', 'کاپی'],
  terms: [
    { id: 'suicide-3', category: 'suicide-self-harm', severity: 5, phrases: ['الوداعی خط', 'آخری خط'] },
    { id: 'self-harm-3', category: 'suicide-self-harm', severity: 4, phrases: ['خود کو کاٹ', 'اپنے آپ کو کاٹ'] },
    { id: 'no-will-3', category: 'suicide-self-harm', severity: 4, phrases: ['جینے کو دل نہیں', 'جینے کا دل نہیں', 'جینا نہیں چاہتا', 'جینا نہیں چاہتی'] },
    { id: 'weapons-3', category: 'weapons-violence', severity: 4, phrases: ['کٹا کیسے بنا*', 'دیسی کٹا', 'پستول کیسے بنا*'] },
  ],
});

const pa = framesFrom({
  delete: ['ਡਿਲੀਟ', 'ਮਿਟਾ'], ourchat: ['ਚੈਟ', 'ਇਹ ਚੈਟ', 'ਮੈਸੇਜ'],
  guardianNoUnderstand: ['{ਤੇਰੇ|ਤੁਹਾਡੇ} {ਮੰਮੀ ਡੈਡੀ|ਘਰ ਵਾਲੇ|ਮਾਪੇ} {ਸਾਨੂੰ} ਨਹੀਂ {ਸਮਝਣਗੇ|ਸਮਝਦੇ}'],
  gift: ['ਰੋਬਕਸ', 'ਪੈਸੇ', 'ਕਾਰਡ'], favour: ['ਫੋਟੋ', 'ਫੋਟੋਆਂ', 'ਤਸਵੀਰ', 'ਵੀਡੀਓ'],
  qschool: ['ਕਿਹੜੇ ਸਕੂਲ', 'ਕਿਸ ਸਕੂਲ'], qclass: ['ਕਿਹੜੀ ਕਲਾਸ', 'ਕਿਸ ਕਲਾਸ'], qage: ['ਕਿੰਨੇ ਸਾਲ', 'ਉਮਰ ਕੀ'], qalone: ['ਇਕੱਲੀ ਹੈਂ', 'ਇਕੱਲਾ ਹੈਂ', 'ਘਰ ਇਕੱਲੀ', 'ਘਰ ਵਾਲੇ ਨਹੀਂ'], aloneYou: ['ਘਰ ਇਕੱਲੀ ਹੈਂ', 'ਇਕੱਲੀ ਹੈਂ ਹੁਣ'],
  sendpic: ['ਭੇਜ', 'ਭੇਜੋ', 'ਦਿਖਾ'], uniform: ['ਵਰਦੀ ਵਿੱਚ', 'ਯੂਨੀਫਾਰਮ ਵਿੱਚ'],
  meet: ['ਲੈਣ ਆਵਾਂਗਾ', 'ਮਿਲਣ ਆਵਾਂਗਾ', 'ਬਾਹਰ ਮਿਲ'], covert: ['ਨਾ ਦੱਸੀਂ', 'ਨਾ ਦੱਸਣਾ', 'ਘਰ ਨਾ ਦੱਸੀਂ', 'ਕਿਸੇ ਨੂੰ ਨਾ'],
  cond: ['ਜੇ', 'ਨਹੀਂ ਤਾਂ'], show: ['ਸਭ ਨੂੰ ਦਿਖਾ', 'ਦਿਖਾ ਦਿਆਂਗਾ', 'ਵਾਇਰਲ ਕਰ'], media: ['ਫੋਟੋਆਂ', 'ਫੋਟੋ', 'ਵੀਡੀਓ', 'ਭੇਜੀਆਂ'], nosee: ['ਕੋਈ ਨਹੀਂ ਦੇਖਦਾ', 'ਕਿਸੇ ਨੂੰ ਪਤਾ ਨਹੀਂ'],
  takeover: ['ਕਬਜ਼ਾ', 'ਕਬਜਾ', 'ਸਾਨੂੰ ਬਦਲ ਰਹੇ'], nation: ['ਦੇਸ਼', 'ਸਾਡੇ ਦੇਸ਼', 'ਸਾਨੂੰ', 'ਕੌਮ'],
  channel: ['ਟੈਲੀਗ੍ਰਾਮ', 'ਟੈਲੀਗਰਾਮ', 'ਗਰੁੱਪ', 'ਚੈਨਲ'], exclusive: ['ਭਰਾ', 'ਅਸਲ ਸੱਚ', 'ਹੱਕ ਦੀ ਗੱਲ'],
  stop: ['ਖਤਮ', 'ਖ਼ਤਮ', 'ਮੁੱਕ ਜਾਵੇ'], forever: ['ਹਮੇਸ਼ਾ ਲਈ', 'ਸਦਾ ਲਈ'], nobodyNotice: ['ਕਿਸੇ ਨੂੰ ਪਤਾ ਵੀ ਨਹੀਂ', 'ਕਿਸੇ ਨੂੰ ਫਰਕ ਨਹੀਂ'], gone: ['ਨਾ ਰਹਾਂ', 'ਮੈਂ ਨਾ ਰਹਾਂ', 'ਮਰ ਜਾਵਾਂ'],
  pills: ['ਗੋਲੀਆਂ', 'ਨੀਂਦ ਦੀਆਂ ਗੋਲੀਆਂ', 'ਦਵਾਈ'], nowake: ['ਉੱਠਾਂ ਹੀ ਨਾ', 'ਨਾ ਉੱਠਾਂ', 'ਕਦੇ ਨਾ ਉੱਠਾਂ'],
  beat: ['ਤੈਨੂੰ ਕੁੱਟਾਂਗਾ', 'ਕੁੱਟਾਂਗਾ', 'ਤੈਨੂੰ ਮਾਰਾਂਗਾ'], afterschool: ['ਸਕੂਲ ਤੋਂ ਬਾਅਦ', 'ਛੁੱਟੀ ਤੋਂ ਬਾਅਦ', 'ਕੱਲ੍ਹ'],
  spread: ['ਭੇਜ ਦਿਓ', 'ਭੇਜੋ', 'ਪਾ ਦਿਓ', 'ਵਾਇਰਲ'], nudepics: ['ਨੰਗੀਆਂ ਫੋਟੋਆਂ', 'ਨੰਗੀ ਫੋਟੋ', 'ਨੰਗੀ ਵੀਡੀਓ'],
  study: ['ਟਾਈਮ ਟੇਬਲ', 'ਹੋਮਵਰਕ', 'ਹੈਲਪਲਾਈਨ'],
  terms: [
    { id: 'suicide-3', category: 'suicide-self-harm', severity: 5, phrases: ['ਅਲਵਿਦਾ ਚਿੱਠੀ', 'ਆਖਰੀ ਚਿੱਠੀ'] },
    { id: 'no-will-3', category: 'suicide-self-harm', severity: 4, phrases: ['ਜੀਣ ਨੂੰ ਦਿਲ ਨਹੀਂ', 'ਜੀਣ ਦਾ ਦਿਲ ਨਹੀਂ', 'ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ', 'ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ'] },
    { id: 'grooming-3', category: 'grooming-cse', severity: 4, phrases: ['ਉਮਰ ਤੋਂ ਵੱਧ ਸਮਝਦਾਰ', 'ਸਾਡਾ ਛੋਟਾ ਜਿਹਾ ਰਾਜ਼', 'ਸਾਡਾ ਰਾਜ਼'] },
    { id: 'extremism-3', category: 'extremism', severity: 4, phrases: ['ਨਸਲੀ ਜੰਗ', 'ਅੱਤਵਾਦੀ ਗਰੁੱਪ ਵਿੱਚ'] },
  ],
});

export const FRAME_EXTRAS: Readonly<Record<string, Frames>> = { en, pl, ro, ur, 'ur-Latn': urLatn, pa };

/** Adds the extra classes and rules of {@link FRAME_EXTRAS} to a language's frames. */
export function mergeFrames(lang: string, base: Frames): Frames {
  const extra = FRAME_EXTRAS[lang];
  if (extra === undefined) return base;
  const concepts: Record<string, readonly string[]> = { ...base.concepts };
  for (const [name, words] of Object.entries(extra.concepts)) {
    const had = concepts[name];
    if (had === undefined && !name.startsWith('f3')) throw new Error(`extra frame concept "${name}" in ${lang} extends nothing and is not named f3…`);
    concepts[name] = had === undefined ? words : [...new Set([...had, ...words])];
  }
  return { concepts, terms: [...base.terms, ...extra.terms], rules: [...base.rules, ...extra.rules], senses: [...base.senses, ...extra.senses] };
}
