/**
 * English risks told indirectly in posts: a farewell that never says "suicide", a goal weight and
 * a calorie ceiling, a child describing a debt to older boys. Written for Haven by its
 * contributors (AGPL-3.0-or-later); no third-party list copied. Added to the English pack by
 * `extendPack` (see index.ts).
 *
 * Every entry is a *frame*: classes of wordings (concepts named `n_…`, never clashing with the
 * pack's or the frames' own) and rules over them. No class is a risk alone — "love you all",
 * "last night", "under 45kg", "free drinks" are everyday — so each rule needs two or three
 * different classes in the same or a neighbouring sentence; that keeps holiday goodbyes, leavers'
 * posts and sports diets quiet while new wordings of the same shape are still caught.
 */
import type { PackPart, Rule } from './types.ts';

/** Low adult-range weights and starvation-range calories: a sports diet names larger numbers. */
const LOW_KG = '{30|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48}';
const LOW_CAL = '{100|150|200|250|300|350|400|450|500|600}';
const YEARS = '{a|one|two|three|four|1|2|3|4|5|a couple of|a few|few}';

const concepts: Record<string, readonly string[]> = {
  // ── suicide notes and farewells ──
  /** Finality that only makes sense as an end: nothing ordinary "will be done" by the time you read it. */
  n_final: [
    'itll be done', 'it will be done', 'itll be over', 'it will be over', 'itll all be over', 'it will all be over', 'ill be gone', 'i will be gone', 'ill be at peace',
    '{wont|will not|dont|wont ever} have to pretend', 'last {night|day|time} ill have to', 'last {night|day|time} i have to pretend', 'no more pretending',
    '{wont|will not|never} bother {anyone|anybody|you|u} {again|anymore|after}', '{wont|will not} be a {burden|problem} {anymore|much longer|after}',
    'this is {goodbye|my goodbye|my last post|the last post}', 'my last {post|message|text}', '{wont|will never|never} see me again', 'last day on earth', 'last night on earth',
    'after tonight', 'by the time {you|u|anyone} {see|sees|read|reads} this', 'when you {find|read} this', 'wont be here {tomorrow|much longer|anymore}',
    'made up my mind', 'my mind is made up', 'just need to be brave', 'dont try to stop me', 'dont look for me', 'dont message me back', 'dont try to find me',
    'not going to be around', 'not be around much longer', 'done pretending', 'one last time',
  ],
  /** Whom a note speaks to, and how: apology, thanks, love, reassurance. */
  n_address: [
    'im sorry', 'i m sorry', 'im so sorry', 'sorry {mum|mam|mom|dad|everyone|guys}', 'sorry for {everything|being|all}', 'sorry i {couldnt|wasnt|was}', 'forgive me', 'please forgive',
    'love {you|u} all', 'love {you|u} {mum|mam|mom|dad|guys}', 'love you so much', 'thank you to', 'thanks for everything', 'thank you for everything', 'tell my {mum|mam|mom|dad|sister|brother}',
    'look after my', 'take care of my', 'goodbye', 'bye everyone', 'remember me', 'its not your fault', 'not {anyones|your} fault', 'dont be sad', 'dont cry',
  ],
  /** Where someone stands when they mean to fall, and the means put by. */
  n_brink: [
    'top of the {multi storey|multistorey|car park|building|tower|block|flats}', 'on the {roof|ledge|bridge|edge|platform|tracks}', 'at the {bridge|tracks|edge}',
    'the {bridge|station} by', 'which bus goes', 'trains every', 'from up here', 'so high up', 'looked up the bridge', 'the train tracks',
  ],
  /** Means put by, or already used. */
  n_means: [
    '{got|saved|saved up|hid|hidden|ordered|bought} {the|my|enough} {pills|tablets|rope}', 'keep taking it out and looking at it', 'keep looking at it', 'already took them', 'already taken them',
    'i took them all', 'took the whole {box|packet|bottle}', 'took all of them',
  ],
  /** Waiting for an empty house, or a calm that has settled. */
  n_resolve: [
    'when the house is empty', 'when everyones asleep', 'when nobodys home', 'when no ones home', 'weird how calm', 'feel so calm', 'so calm now', 'at peace now', 'not scared anymore',
    'go out with a bang', 'just wanted someone to know', 'wanted to say {bye|goodbye}',
  ],

  /** Passive wishes not to exist: "wishing i'd never been born", "i don't see myself getting older". */
  n_wish: ['wishing', 'i wish', 'keep thinking about', 'thinking about', 'i shouldnt have', 'shouldnt have', 'i dont see myself', 'cant see myself'],
  n_unborn: ['never been born', 'been born', 'not waking up', 'never waking up', 'getting older', 'reaching {16|18|20}', 'growing up', 'not being here'],
  n_easier: ['easier for everyone', 'better for everyone', 'easier for my {family|mum|parents}', 'everyone would be happier', 'better off'],
  n_gone: ['if i {just|} {wasnt|werent|was not} {around|here|alive}', 'if i was gone', 'if i disappeared', 'without me around', 'if i wasnt born'],

  // ── eating disorders ──
  n_ed_goal: [
    `{under|below|down to|reach|get to|hit|be|goal is|goal weight|next goal|gw|ugw} ${LOW_KG} {kg|kilos|kgs}`, `{under|below|down to|goal is|next goal|goal} ${LOW_KG}`,
    'lost {2|3|4|5|6|so much|a stone} {kilos|kg|kgs|pounds|lbs|weight}', 'lose {3|4|5|6|7|8|9|10} {kg|kilos|kgs} in {1|2|3|a|one|two|three} {week|weeks|days}', 'ive lost so much', 'ribs showing', 'see my ribs', 'see my bones', 'thigh gap', 'goal weight', 'lowest weight',
  ],
  n_ed_limit: [
    `{eating|eat|only eat|only eating|max|under|less than|below} ${LOW_CAL} {a day|calories|cals|kcal|cal}`, `${LOW_CAL} a day max`, `${LOW_CAL} {cals|kcal} a day`,
    `${LOW_CAL} a day`, 'no food before', 'no-food-before', 'dont want to eat ever', 'dont want to eat', 'skip lunch', 'skipping lunch', 'skip meals', 'skipping meals', 'extra fasts', 'keep fasting',
    'hide my food', 'hiding food', 'chewing and spitting', 'chew and spit', 'dont tell me to eat', 'running at night', 'stomach is growling', 'stomach growling', 'dizzy in pe',
  ],
  /** Fear of gaining: why the limit is kept. */
  n_ed_fear: ['so i dont gain', 'dont gain weight', 'not gain weight', 'stop gaining', 'feel so fat', 'im so fat', 'too fat', 'burn it off', 'weigh myself every'],
  n_ed_purge: ['throwing up after', 'throw up after', 'make myself sick', 'making myself sick', 'sick after {dinner|tea|meals|eating|lunch}', 'purging', 'laxatives'],
  n_ed_hold: [
    'cant stop', 'every day', 'every night', 'for months', 'a few months', 'teeth hurt', 'throat is always sore', 'only thing im good at', 'nobody knows', 'no one knows',
    'accountability {buddy|buddies}', 'ana {buddy|buddies}', 'pro ana', 'my mum {doesnt|cant} know', 'starting to notice', 'hide it',
  ],

  // ── self-harm disclosure ──
  n_sh_marks: ['{scars|cuts|marks|burns} on my {arms|arm|wrists|wrist|thighs|thigh|legs|hips|stomach}', 'my scars', 'the scars', 'fresh cuts', 'new cuts'],
  n_sh_time: [`doing it for ${YEARS} {years|months|weeks}`, `been doing it {for|since}`, 'clean for', 'relapsed', 'since year {6|7|8|9}', 'every time i feel'],
  n_sh_care: ['butterfly stitches', 'steri strips', 'first aid {box|kit}', 'needed stitches', 'wont stop bleeding', 'long sleeves', 'from my cat', 'think theyre from', 'lie about them'],

  // ── grooming and exploitation told by the child ──
  n_x_debt: ['{i|we} owe them', 'owe {them|him} {money|now}', 'saying i owe', 'say i owe', 'my debt', 'work it off', 'pay it back', 'pay them back', 'in debt to'],
  n_x_force: [
    'took my phone', 'hurt my {mum|mam|mom|family|brother|sister}', 'come to my house', 'know where i live', 'keep messaging me saying',
    'cant get out', 'trapped', 'have to do more', 'or theyll', 'if i leave', 'or else they',
  ],
  n_x_errand: [
    'another town', 'other town', 'different town', 'a house in', 'at a flat', 'sell stuff', '{running|run|runnin} lines', 'county lines', '{go|going|went} country', 'trap house', 'hold stuff', 'carry a parcel', 'drive around with', 'run a few errands',
    'run errands', 'drops', 'on the train to', 'party with his friends', 'in a hotel', 'hotel party', 'chill at', 'bring friends', 'bring your friends',
  ],
  n_x_lure: [
    '£{50|100|150|200|250|300|400|500} a day', 'easy money', 'no questions asked', 'free stuff', 'offered me {£|}{100|150|200|250|300|400|500}', 'free drinks', 'drinks are free', 'lifts home', 'gives me lifts',
    'buys me', 'ill buy you anything', 'buy you anything you want'
  ],
  n_x_who: [
    'older lads', 'older boys', 'older men', 'older guys', 'a man at', 'grown men', 'his mates', 'under 16s', 'under {14s|15s|16s|18s} preferred',
    'police dont stop', 'im {12|13|14|15}', 'i m {12|13|14|15}', 'my mum doesnt know', 'parents dont know', 'dont bring anyone',
  ],
  n_love_test: [
    'if {you|u} {really|actually|truly} {loved|love|cared about} me', 'if {you|u} {loved|cared about} me', 'prove {you|u|that you} love me',
    '{id|i would|i will|ill} never share {them|it}', 'i {promise|swear} i {wont|will not} {record|screenshot|save|share|show}', 'nobody else will see {them|it}', 'i delete them',
  ],
  n_love_ask: [
    'make me beg', 'just one more', 'one more {pic|photo|video|picture}', 'with the lights on', 'send {me|} {a pic|a photo|another|more|one more}', 'show me {your body|yourself|more}',
    'turn on your {cam|camera}', 'turn your {cam|camera} on', 'i just want to see you', 'take your top off', 'youd send', 'you would send',
  ],
  /** "You're only 14 but…": the adult names the child's age and goes on anyway. */
  n_age_you: ['{youre|your|ur|you are|u r} only {11|12|13|14|15}', '{youre|you are|ur} {11|12|13|14|15} but', 'mature for your age', 'too young but'],
  n_desire: ['cant stop thinking about you', 'thinking about you like that', 'want you {so bad|like that}', 'in that way', 'age is just a number', 'nobody has to know'],

  /** A stranger probing a child's home: who watches, and where they sleep. */
  n_p_who: ['guy from', 'man from', 'someone from', 'a guy', 'this guy', 'a man', 'someone i met', 'on fortnite', 'on roblox', 'on tiktok', 'on snap', 'on discord', 'online'],
  n_p_ask: ['asked if', 'asks if', 'asked me if', 'keeps asking if', 'wanted to know if', 'wants to know if'],
  n_p_home: ['my parents are strict', 'i have my own room', 'my own room', 'im home alone', 'my parents check my phone', 'my mum gets home', 'my parents are out', 'i sleep alone'],
  n_nojoke: ['not joking anymore', 'im not joking', 'not a joke anymore', 'not kidding anymore'],
  n_dying: ['about dying', 'about killing myself', 'about death', 'about not being here', 'about ending it'],

  // ── threats against a person ──
  n_t_routine: [
    'i know what time {she|he|they}', 'know {where|when} {she|he} {lives|walks|goes|leaves|gets}', 'know the shortcut', 'know {her|his} route', '{walks|walk|gets} home {alone|through}',
    'know where {you|u} live', 'i know where she', 'i know where he', 'been watching {her|him}', 'followed {her|him} home',
  ],
  n_t_payback: [
    'after what {she|he|they} did', 'find out what it feels like', '{going|gonna} to pay', 'gonna pay', 'will pay for', 'get what {she|he|they} {deserve|deserves}', 'teach {her|him} a lesson',
    'make {her|him} suffer', 'make {her|him} pay', 'payback', 'regret it', 'sort it myself', 'bring the bats', 'going round with', 'hurt them first', 'only way this ends', 'ruined my life',
    '{theyre|they are|theyll|hes|shes|hell|shell} {all|} {going|gonna} {to|} pay', 'ending this', 'end this {tonight|tomorrow|today}',
    '{he s|she s|they re|you re|youre|ur|you ll|youll|you will|you are} {all|} {going|gonna} {to|} pay', '{you ve|youve|you have|u have|uve|yall have|you all have} got until', 'got until {monday|tuesday|wednesday|thursday|friday|tomorrow|the end of the week|next week}', 'last warning', 'final warning',
  ],
  /** A day and a readiness: the means are gathered and the time is named. */
  n_t_ready: [
    '{i have|ive got|got} everything ready', 'everything ready for', 'bring everything', 'every single one of them', '{monday|tuesday|wednesday|thursday|friday} {1st|2nd|3rd|4th|5th|first|second|third|fourth} period',
    'not going to say when', 'know the layout', 'i know the layout', 'ready for tomorrow', 'you will see', 'youll all see',
    'i know exactly where {everyone|everybody|you all|they all|he|she|you}', 'where everyone sits', '{ive|i ve|i have} been {training|practising|practicing|preparing|planning}', 'not joking anymore', 'im not joking anymore', 'you ll find out', 'youll find out',
  ],

  // ── harm at home, told by the child ──
  /** A parent, carer or their partner. */
  n_h_adult: [
    'my {dad|mum|mom|stepdad|step dad|stepmum|step mum|stepmom|uncle|carer|foster carer|foster dad|foster mum|nan|grandad}', 'dad', 'mum', 'mom', 'mummy', 'daddy', 'stepdad', 'step dad',
    '{mums|mum s|moms|mom s|my mums|my mum s|my moms|my mom s} {boyfriend|bf|partner|new boyfriend|husband}', '{dads|dad s|my dads|my dad s} {girlfriend|gf|partner|new girlfriend|wife}', '{he|she} {always|} {comes home|came home|gets home|got home} drunk',
  ],
  /** What they do to the child: hitting, holding, punishment that hurts, threats to send away, being told one should not exist. */
  n_h_act: [
    '{hits|hit|slaps|slapped|punches|punched|kicks|kicked|beats|beat|chokes|choked|strangles|strangled|burns|burned|burnt|whips|whipped} me', '{grabbed|grabs|grab} me by {the|my} {neck|throat|hair|arm}', '{pins|pinned|pin|holds|held} me down',
    '{makes|made|make} me kneel {on|for}', '{makes|made|make} me {sleep|stay|stand} {outside|in the garage|in the shed|in the garden|in the cold|on the floor|in the car|for hours}', '{makes|made|make} me {go|stay} without {food|dinner|eating}', '{locks|locked|lock} me {in|out}', '{throws|threw|throw} {things|stuff|a plate|a bottle|a glass|a chair|my phone|his phone|her phone} {at me|and broke|across}',
    'wont let me eat', '{doesnt|dont|never} feed', 'no food {in the house|in the fridge|at home}', 'says im worthless', '{calls|called} me worthless', '{wishes|wished|wish} i {was|were|had} never {been born|born}', '{send|sending|sent} me away', 'put me in care',
    '{kill|hurt} us all', 'if i tell {anyone|the teacher|a teacher|school|social services}', 'about the bruises', 'the bruises', 'leaves bruises', 'where no one sees', 'where nobody sees', 'takes my door off',
  ],
  /** Neglect: no food, no adult up, a small sibling hungry. */
  n_n_food: ['no food', 'never food', 'nothing to eat', 'nobody {has|had} bought food', 'no one {has|had} bought food', 'bought food in', 'havent eaten in', 'hasnt eaten in', 'always hungry'],
  n_n_away: ['{mum|mom|dad|mums|moms|dads|she|he} {has been|s been|is|sleeps|stays|been} in bed', '{sleeps|slept} all day', 'since {saturday|sunday|monday|tuesday|wednesday|thursday|friday|last week}', '{didnt|doesnt|hasnt|hasn t|didn t} come home', 'out all night', '{left|leaves} us {alone|on our own|home alone}'],
  n_n_kid: ['my {little|baby|younger} {brother|sister}', 'my {brother|sister} is {1|2|3|4|5|6}', 'is {1|2|3|4|5} and', 'crying all the time', 'my school lunch', 'take us away', 'social services'],

  // ── extremist sympathy ──
  n_e_actors: [
    'those men', 'the men who', 'the guys who attacked', 'the ones who attacked', 'the attackers', 'the attack', 'the bombers', 'the shooters', 'the brothers', 'the fighters', 'the shahid', 'the martyrs',
    'terrorists', 'terrorist sympathiser',
  ],
  n_e_justify: [
    'defending their people', 'defending our people', 'doing what they had to', 'what they had to', 'had it coming', 'was deserved', 'were deserved', 'true deen', 'real patriot',
    'study what they did', 'the west bombs', 'bombs our countries', 'living the true', 'cowards', '72 virgins', 'i want that too', 'send it to the group', 'got the video',
  ],
  n_e_abroad: ['fighting abroad', 'fight abroad', 'over there fighting', 'join the fight', 'join them over there', 'the brothers over there', 'go and fight', 'go fight'],
  n_e_travel: ['come with him', 'go with him', 'come with them', 'go with them', 'wants me to come', 'in the summer', 'get a flight', 'book a flight', 'my passport'],
  n_e_replace: ['the replacement', 'being replaced', 'replacing us', 'replace us', 'the invaders', 'invaders', 'great replacement'],
  n_e_call: ['nobody does anything', 'no one does anything', 'the only answer', 'is force', 'by force', 'prepare for whats coming', 'take it back', 'something has to be done', 'someone should do something', 'fight back'],
};

const rules: Rule[] = [
  // A note: finality with an apology, a goodbye, or a place/means — any two, in neighbouring sentences.
  { id: 'n-farewell-note', category: 'suicide-self-harm', severity: 5, all: ['@n_final', '@n_address', '@n_brink', '@n_means', '@n_resolve'], atLeast: 2, window: 30 },
  { id: 'n-eating-disorder', category: 'suicide-self-harm', severity: 4, all: ['@n_ed_goal', '@n_ed_limit', '@n_ed_purge', '@n_ed_hold', '@n_ed_fear'], atLeast: 2, window: 30 },
  { id: 'n-self-harm-disclosure', category: 'suicide-self-harm', severity: 4, all: ['@n_sh_marks', '@n_sh_time', '@n_sh_care'], atLeast: 2, window: 30 },
  { id: 'n-exploitation', category: 'grooming-cse', severity: 4, all: ['@n_x_debt', '@n_x_force', '@n_x_errand', '@n_x_lure', '@n_x_who'], atLeast: 3, window: 30 },
  { id: 'n-debt-pressure', category: 'grooming-cse', severity: 4, all: ['@n_x_debt', '@n_x_force'], window: 20 },
  { id: 'n-love-coercion', category: 'grooming-cse', severity: 4, all: ['@n_love_test', '@n_love_ask'], window: 20 },
  { id: 'n-routine-revenge', category: 'weapons-violence', severity: 4, all: ['@n_t_routine', '@n_t_payback'], window: 30 },
  { id: 'n-attack-justified', category: 'extremism', severity: 4, all: ['@n_e_actors', '@n_e_justify', '@n_e_abroad'], atLeast: 2, window: 30 },
  // Asked to travel to a conflict: a risk to the child's life, so no game or news context lowers it.
  { id: 'n-travel-to-fight', category: 'extremism', severity: 5, all: ['@n_e_abroad', '@n_e_travel'], window: 30 },
  { id: 'n-replacement-call', category: 'extremism', severity: 4, all: ['@n_e_replace', '@n_e_call'], window: 15 },
  // "my stepdad grabbed me by the neck", "dad makes me sleep in the garage": a carer's harm, told by the child.
  { id: 'n-home-harm', category: 'bullying-abuse', severity: 4, all: ['@n_h_adult', '@n_h_act'], window: 14 },
  // "nobody's bought food in days, mum's been in bed since saturday, my little brother is crying": no food, an absent carer and a small child.
  { id: 'n-neglect', category: 'bullying-abuse', severity: 4, all: ['@n_n_food', '@n_n_away', '@n_n_kid'], atLeast: 3, window: 40 },
  { id: 'n-payback-ready', category: 'weapons-violence', severity: 4, all: ['@n_t_payback', '@n_t_ready'], window: 30 },
  { id: 'n-age-desire', category: 'grooming-cse', severity: 4, all: ['@n_age_you', '@n_desire'], window: 20 },
  { id: 'n-errand-offer', category: 'grooming-cse', severity: 4, all: ['@n_x_errand', '@n_x_lure', '@n_x_who'], atLeast: 2, window: 30 },
  { id: 'n-errand-forced', category: 'grooming-cse', severity: 4, all: ['@n_x_errand', '@n_x_force'], window: 20 },
  { id: 'n-home-probe', category: 'grooming-cse', severity: 4, all: ['@n_p_who', '@n_p_ask', '@n_p_home'], window: 20 },
  { id: 'n-no-longer-joking', category: 'suicide-self-harm', severity: 3, all: ['@n_dying', '@n_nojoke'], window: 15 },
  { id: 'n-passive-wish', category: 'suicide-self-harm', severity: 3, all: ['@n_wish', '@n_unborn'], window: 10, ordered: true },
  { id: 'n-easier-without', category: 'suicide-self-harm', severity: 4, all: ['@n_easier', '@n_gone'], window: 15 },
];

export const enNarrative: PackPart = { concepts, terms: [], rules, senses: [] };
