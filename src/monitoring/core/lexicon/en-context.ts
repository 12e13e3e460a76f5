/**
 * English innocent contexts: the everyday senses and settings in which risk words are harmless,
 * added to the English pack by `extendPack` (see index.ts). Written for Haven by its contributors
 * (AGPL-3.0-or-later); no third-party list copied.
 *
 * Two kinds, chosen by how safe they are:
 * - `overlap` senses hold the risk word inside a harmless whole phrase (an idiom, a bird, a
 *   fundraiser "after a friend died by suicide"); they drop only the match they cover, so a real
 *   disclosure elsewhere in the same text still alerts.
 * - `text` senses name a setting (a lesson, a charity, a parent's question) and cap the pack's
 *   matches below the alert threshold anywhere in the text, except severity-5 phrases. They are
 *   blunt, so they hold no risk word, no laughter ("lol" is how a child masks, never a context)
 *   and no word a child in trouble would use about themselves ("my class", "history of").
 */
import type { PackPart, Sense } from './types.ts';

/** Petty grievances that turn "i'll kill you" into banter: the reason is a snack, not a wrong. */
const PETTY = '{eat*|ate|tak*|took|nick*|steal*|stole|borrow*|finish*|drink*|drank|wear*|wore|spoil*|spoilt|break*|broke|lose|losing|lost|hog*|skip*|dent*|scratch*|ruin*|forget*|forgot|chang*|unplug*|delet*}';
/** Belongings a sibling guards: "…if you touch my charger". */
const BELONGINGS = '{phone|stuff|things|food|charger|laptop|xbox|ps5|switch|controller|makeup|clothes|hoodie|sweets|chocolate|game|save|hairbrush|straighteners|room|headphones}';

/** Whom hyperbole is aimed at (never "me": "he hits me for eating" is abuse). */
const TARGET = '{him|her|them|you|u|ya|my brother|my sister|my bro|my sis|my brothers|my sisters}';

/** Grown-ups and siblings whose anger a child exaggerates: "my mum will kill me". */
const ELDER = '{mum|mom|mam|mummy|mommy|dad|daddy|parents|nan|nana|gran|granny|grandma|grandad|teacher|coach|boss|sister|brother}';

/** Small daily letdowns that someone "will die if…" about. */
const TRIVIAL = '{wifi|internet|lesson|class|bus|train|queue|film|movie|song|day|week|homework|teacher|game|match|phone|battery|laptop|traffic|weather|heat|rain|exam|test|assembly|meeting|speech|video|episode|show}';

const hyperbole: Sense = {
  id: 'ctx-hyperbole',
  categories: ['suicide-self-harm', 'weapons-violence', 'bullying-abuse'],
  scope: 'overlap',
  phrases: [
    // "…going to die if he texts back", "…jump off a cliff if this wifi…": the condition is trivial.
    '{die|cliff|bridge|window|roof} if {he|she|they|my crush|bae} {text*|repl*|see*|saw|notic*|read*|lik*|follow*|look*|talk*|messag*|dm*|call*|ask*|smil*|wav*|post*|find*|found}',
    '{die|cliff|bridge|window|roof} if {this|the|my|that|our} ' + TRIVIAL,
    '{die|cliff|bridge|window|roof} if {i|we} {dont|don t|do not|cant|can t} {get|see|go|have|eat|meet|win|find}',
    '{die|cliff|bridge|window|roof} if {one more person|anyone else|anybody else|i hear|i have to hear|i have to listen to|i have to watch|i have to sit through|i see|we lose|we dont win|it rains|they cancel|the shop}',
    // "dying at this meme", "dead funny": the death word is a degree adverb.
    '{dying|died|dead} {at|over} {this|that|the|these|those|his|her|your|ur}',
    'dead {funny|good|nice|easy|hard|jealous|excited|proud|busy|chuffed|posh|lucky|cute|cool|quick|slow|happy|sound|keen|boring|annoying|embarrassing}',
    'so {bored|full|hungry|hot|cold|excited|jealous|happy|stuffed} {i|im|i m} {could|might|will|am going to|m going to|gonna} {die|literally die|actually die|explode|burst}',
    '{would|d|id|i d} rather die than {wear|eat|sit|watch|listen|do|sing|dance|admit|ask|share|walk|dress|lose|support|read|miss|play}',
    '{embarrass*|cringe|cringey|cringy|mortified|mortifying|awkward} {i|im|i m} {want to|wanted to|wanna|could|might|am going to|m going to|gonna} {die|disappear|literally die|just die}',
    '{disappear|die} {i just|i literally just|after i|when i} {trip*|fell|fall*|wav*|said|sent|call*|drop*|spill*|walk*|repl*|lik*|text*|laugh*|snort*|fart*|sneez*|burp*|sang|sing*|stutter*|forgot|mispronounc*}',
    '{want to|wanted to|wanna} {disappear|crawl into a hole} {from|of} {embarrassment|shame|cringe}',
    'the ground to swallow me', 'die my crush {just|literally|} {saw|heard|watched|noticed|caught} me',
    '{reads|read|sees|saw|finds|found|hears|heard} my {diary|search history|spotify|playlist|notes app|fanfic|fan fiction|drawings|sketchbook|poems|baby photos|singing|voice notes}',
    '{kill|murder} {you|u} {at|on} {his|her|the} {xbox|playstation|ps5|switch|tv|game|screen|ipad|tablet|controller}', '{kill|murder} {you|u} {at|in|on} {mario kart|fifa|minecraft|fortnite|roblox|uno|monopoly|smash bros}',
    // "my mum will kill me", "jake's dad is going to murder him": a parent's anger, said of a child.
    ELDER + ' {will|ll|is going to|s going to|is gonna|s gonna|gonna|going to|would|d} {kill|murder} {me|him|her|us|them}',
    ELDER + ' {will literally|will actually|is literally going to|is actually going to|s actually going to|s literally going to} {kill|murder} me',
    // "that penalty miss was criminal, shoot him": a verdict on a performance.
    '{criminal|shocking|diabolical|awful|terrible|embarrassing|tragic|horrendous|woeful|a joke|unforgivable|disgraceful|a disgrace|shambolic|atrocious|painful|rank|dogshit|shite|poor|bottled it} {shoot|sack|bench|ban|jail|arrest|sell|drop} {him|her|them|the ref|the referee|the keeper|the manager}',
    '{ref|referee|refs|keeper|goalie|manager|striker|var|linesman} {should be|needs to be|wants} {shot|sacked|jailed|arrested|banned}',
    // "my feet are killing me", "that test killed me": things, not people.
    '{shoes|feet|legs|back|neck|head|exam|test|homework|revision|heat|hill|run|workout|training|coursework|mocks|cramps} {is|are|was|were} {killing|killed|murdering} me',
  ],
};

/** Sport, chores, games and compliments that share words with extremism, threats and bullying. */
const everydayIdioms: Sense = {
  id: 'ctx-everyday-idioms',
  categories: 'all',
  scope: 'overlap',
  phrases: [
    // Sport, chores and games: "start fighting back in the second half", "fight you for the last cookie".
    'finish the job {before|by|today|tomorrow|tonight|properly|first|in the garden|at work|on the car|on the house}',
    '{start|started|starting} fighting back in the {second half|first half|game|match|league|final|next game|next match|last ten minutes|set|round|third set|last quarter}',
    'fight {you|u|him|her|them|me} for the {last|remote|front seat|window seat|top bunk|aux|controller}',
    '{punch|punching|punched|hit|hitting|scream into|screamed into} {my|a|the} {pillow|pillows|punch bag|punchbag|punching bag|cushion|teddy}',
    '{kill|killing|kill ur|kys} {yourself|urself|myself|your character|my character} {in|on} {minecraft|roblox|fortnite|terraria|skyrim|the sims|sims|gta|bedwars|bloxburg|brookhaven|among us|hypixel|the game|a game|game|creative mode|survival mode|hardcore}',
    '{laugh|laughs|laughed|laughing} at my {jokes|joke|puns|memes}', '{call|calls|called} me by my', 'pushed me to {try|go|do|apply|enter|join|audition|sign up|keep going|work harder|be}',
    '{call|calls|called|calling} me a {legend|genius|hero|star|queen|king|icon|goat|saint|angel|sweetheart|superstar|boss|champion|natural|hard worker|good friend|role model}',
  ],
};

/**
 * Banter as frames (the wordings multiply past what phrases can list): "i could kill him for
 * eating the last slice", "my brother keeps shouting i'm gonna kill you", "we're going to smash
 * them in the final". Each frame's span covers the threat's last word, so it drops that match only.
 */
const banterConcepts: Record<string, readonly string[]> = {
  cxTarget: [TARGET],
  cxWhy: ['for', 'if', 'when', 'if you', 'if u', 'when you', 'if he', 'if she', 'when he', 'when she', 'for he', 'cos', 'cause', 'because'],
  cxPetty: [PETTY, '{touch|touches|touched|touching|use|uses|used|using|go in|goes in|went in} my ' + BELONGINGS],
  cxSibling: ['brother', 'sister', 'bro', 'sis', 'cousin', 'brothers', 'sisters'],
  cxSays: ['{keeps|kept|always|is always|was|just} {saying|shouting|screaming|yelling|says|shouts|said|shouted|screamed}'],
  cxKillYou: ['{kill|murder|end} {you|u}'],
  cxBeatThem: ['{smash|destroy|batter|thrash|hammer|murder|kill|annihilate|demolish|wreck|beat|bury|end} {them|him|her|you|u|us|it|em}'],
  cxMuchFood: ['{so much|too much|loads of|that much} {food|biryani|pizza|cake|chocolate|sweets|curry|dessert|pudding|puddings|pancakes|ice cream|christmas dinner|sunday dinner|roast|chips|kfc|mcdonalds|nandos|sushi|pasta|rice|doughnuts|donuts|cookies|crisps|haribo|popcorn|turkey|roast potatoes|yorkshire puddings|nachos|burgers|wings}'],
  cxGonnaDie: ['{going to|gonna|about to|could|might|will} {die|explode|burst|pop}'],
  cxLeap: ['{jump|jumps|jumping|jumped|fall|falling|fell|dive|diving|dived} {off|from|onto|into|on}'],
  cxPlayThing: ['{a|the|my|our|his|her} {trampoline|diving board|high board|high dive|springboard|sofa|bed|bunk bed|swing|pier|harbour wall|rope swing|sand dune|climbing frame|monkey bars|horse|bike|skateboard|scooter|vault|bench|stage|boat|jetty|rocks|slide}'],
  cxLost: ['{lose|loses|lost|losing}'],
  cxKinToSuicide: ['{grandad|granddad|grandpa|grandfather|grandma|grandmother|nan|nana|nanna|gran|granny|auntie|aunty|stepdad|stepmum|stepmom|nephew|niece|husband|wife|partner|boyfriend|girlfriend|mate|colleague|neighbour|godfather|godmother|stepbrother|stepsister|grandson|granddaughter} to suicide'],
  cxCrush: ['{about|who|that} my crush', 'my crush is', 'who i fancy', 'who i like', 'i fancy {him|her|someone|a boy|a girl|this boy|this girl|this guy}', 'i have a crush on {him|her|someone|a boy|a girl|this boy|this girl|this guy}', 'about me fancying', 'that i fancy'],
  cxTellAnyone: ['{if you|if u|you better not|u better not|dont|don t|do not|never} {tell|say|mention|spill|leak} {anyone|anybody|everyone|people|him|her|them|it}', 'if you tell', 'if u tell'],
  cxElderSays: ['{my|} {nan|nana|gran|granny|grandma|nanny|mum|mom|mam} {says|said|thinks|always says|told me}'],
  cxSaidElder: ['said my {nan|nana|gran|granny|grandma|nanny|mum|mom|mam}'],
  cxMatureMy: ['mature for my age'],
  cxMatureYour: ['mature for {ur|your} age'],
  cxMatch: ['{in|at} {the|our|their|tomorrows|saturdays|sundays|next|this|tonights} {final|finals|match|game|semi|semis|semi final|quiz|league|cup|tournament|derby|rematch|race|round|debate|competition|spelling bee|tie|fixture}'],
};
const banterFrames: Sense[] = [
  { id: 'ctx-banter-petty', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@cxTarget', '@cxWhy', '@cxPetty'], window: 4, ordered: true },
  { id: 'ctx-banter-sibling', categories: ['weapons-violence', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@cxSibling', '@cxSays', '@cxKillYou'], window: 9, ordered: true },
  // "'i'm gonna kill you' — me to my little brother every time he touches my switch": the threat, then whom and the petty reason.
  { id: 'ctx-banter-sibling-petty', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@cxKillYou', '@cxSibling', '@cxPetty'], window: 14, ordered: true },
  // "ate so much biryani i think i'm actually going to die": a meal ("…i want to kill myself" is not covered).
  { id: 'ctx-banter-food', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@cxMuchFood', '@cxGonnaDie'], window: 12, ordered: true },
  // "how high can you jump off a trampoline": a jump that is sport or play.
  { id: 'ctx-play-jump', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@cxLeap', '@cxPlayThing'], window: 3, ordered: true },
  // "lost my grandad to suicide last year": a bereavement (the relatives the phrase in `ctx-awareness-phrases` does not list).
  { id: 'ctx-lost-to-suicide', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@cxLost', '@cxKinToSuicide'], window: 4, ordered: true },
  // "i'll literally kill you if you tell anyone about my crush": a peer's secret is a crush, not an adult's.
  { id: 'ctx-crush-secret', categories: ['weapons-violence', 'grooming-cse', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@cxTellAnyone', '@cxCrush'], window: 6, ordered: true },
  { id: 'ctx-crush-secret-threat', categories: ['weapons-violence', 'grooming-cse', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@cxKillYou', '@cxTellAnyone', '@cxCrush'], window: 10, ordered: true },
  { id: 'ctx-crush-secret-threat-2', categories: ['weapons-violence', 'grooming-cse', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@cxTellAnyone', '@cxCrush', '@cxKillYou'], window: 10, ordered: true },
  // "my nan says i'm mature for my age", "u seem mature for ur age said my nan": a grandmother's or mother's compliment (no men: an uncle or a mum's boyfriend can groom).
  { id: 'ctx-elder-compliment', categories: ['grooming-cse'], scope: 'overlap', phrases: [], all: ['@cxElderSays', '@cxMatureMy'], window: 8, ordered: true },
  { id: 'ctx-elder-compliment-quoted', categories: ['grooming-cse'], scope: 'overlap', phrases: [], all: ['@cxMatureYour', '@cxSaidElder'], window: 7, ordered: true },
  { id: 'ctx-banter-match', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@cxBeatThem', '@cxMatch'], window: 4, ordered: true },
];

/** Questions about harmless ways to be hurt: "can you die from hiccups". */
const everydayAilments: Sense = {
  id: 'ctx-everyday-ailments',
  categories: ['suicide-self-harm'],
  scope: 'overlap',
  phrases: [
    'die {from|of} {a nosebleed|a nose bleed|nosebleeds|nose bleeds|hiccups|the hiccups|sneezing|a sneeze|a bee sting|bee stings|a wasp sting|wasp stings|a spider bite|a splinter|a paper cut|papercuts|a cold|the flu|flu|a headache|a migraine|a cough|cracking your knuckles|swallowing gum|chewing gum|a tick bite|a cat scratch|a nettle sting|nettles|laughing too much|a broken heart|a stubbed toe|a stitch|growing pains|braces|a fever|tonsillitis|a verruca|chickenpox|chicken pox|a bruise|a nosebleed at night|mouldy bread|eating mould}',
  ],
};

/** Words that are also birds, places, food, family or school. */
const collisions: Sense = {
  id: 'ctx-collisions',
  categories: 'all',
  scope: 'overlap',
  phrases: [
    '{blue|great|coal|marsh|willow|crested|bearded|long tailed|long-tailed|penduline|tufted} {tit|tits|tit s}', '{tit|tits} {box|boxes|nest|nests|chicks|feeder|family|families}', 'titmouse', 'bushtit',
    '{cock|hen} {pheasant|pheasants|sparrow|blackbird|robin|bird|birds}', 'shags and cormorants', 'cormorants and shags', 'blue footed boobies', 'red footed booby',
    '{bomba|bombe|bomb|bombs|tnt} {su|in|on|en|em|na|w|auf|op|dans|sur|di|de|do} {minecraft|roblox|fortnite|terraria}',
    '{size|top|back|side|front|weight|shape} of my head',
    'knife sharpener', 'knife sharpeners', 'knife block', 'knife set for {cooking|the kitchen|christmas}',
    'cannabis oil', 'medical cannabis', 'medicinal cannabis', 'cbd oil', 'cannabis {prescription|medicine|for epilepsy|for ms|for pain|clinic}',
    '{about|on|against|regarding|re} sextortion', 'sextortion {awareness|assembly|lesson|lessons|poster|article|articles|news|campaign|advice|warning|warnings|guidance|scams|statistics|cases}', '{what is|whats|what does} sextortion',
    '{sister|brother|cousin|mum|mom|dad|friend|mate|mates|friends|sis|bro} {pushed|threw|chucked} me {in|into} the {pool|sea|water|lake|river|snow|leaves|sand|ball pit|puddle}', '{bigger|taller|wider} than my head',
    'wearing {to|for|on} {the|a|your|ur|her|his|tonights|tomorrows|saturdays|fridays|non uniform|mufti|world book|} {party|prom|disco|wedding|school|concert|match|game|dance|event|festival|formal|ball|trip|sleepover|birthday|cinema|meal|day|interview|funeral|christening|barmitzvah|bar mitzvah|eid|diwali|christmas|halloween|gig|show|parents evening|presentation|prizegiving|leavers}',
    'wearing {tomorrow|tonight|on saturday|on friday|for non uniform|for the trip|for prom|for the party|for halloween|for world book day}',
    '{parents|mum|mom|dad|nan|gran} home {we|i|my mum|my mom|my dad|my nan} {need|needs|want|wants|wanted} {a lift|to borrow|to ask|to speak|to talk to|to drop|to pick up|to return|to give}',
    'home yet {my mum|my mom|my dad|mum|mom|dad} {says|said|wants|asked}',
    // English words that are everyday words in other languages, read with the word beside them:
    // Tagalog "paki" (please: "paki send naman"), kilometres ("10 kms"), a utility knife in French,
    // Spanish, Italian, German and Dutch ("un cutter"), a make-up colour ("rossetto nude"), a name or a goddess ("se llama isis").
    'paki {send|check|sabi|sabihin|abot|bigay|lang|naman|po|tingin|kuha|open|call|text|chat|pm|share|post|basa|turo|explain|hintay|dala|ayos|print|reply|sagot|ulit|hanap|gawa|lagay}',
    '{1|2|3|4|5|6|7|8|9|10|12|15|20|25|30|40|50|100|200|300|500|1000|unos|unas|mil|cien} kms', 'kms {de|hasta|desde|por|da|dal|fino|até|ate|em}',
    '{un|le|au|du|mon|avec un|el|con un|con el|il|col|lo|einen|einem|ein|mit dem|mit einem|een|het|um} cutter',
    '{rossetto|smalto|trucco|tacchi|scarpe|unghie|colore|rouge|lèvres|vernis|maquillage|ongles|couleur|labial|esmalte|pintalabios|tacones|uñas|unas|unhas|batom|lippenstift|nagellack|farbe|tono|ton|cor} nude', 'nude {rosato|rosé|rose|rosa|beige|chiaro|clair|claro}',
    '{llama|llamo|chama|chamo|appelle|chiama|named|called|heisst|heißt|heet} isis', '{goddess|diosa|deusa|deesse|déesse|göttin|dea|godin} isis', 'isis {and|y|e|et|und|en} osiris',
  ],
};

/**
 * Mentions of a death or harm held inside an awareness, bereavement, recovery or "why do people"
 * phrase. Overlap senses: "my brother died by suicide" is dropped, "and now i want to die too"
 * in the same text is not.
 */
const awarenessPhrases: Sense = {
  id: 'ctx-awareness-phrases',
  categories: ['suicide-self-harm', 'grooming-cse', 'weapons-violence', 'drugs', 'bullying-abuse'],
  scope: 'overlap',
  phrases: [
    '{died|dies} by suicide', '{who|that} {died|killed themselves|killed himself|killed herself|took their own life|took his own life|took her own life}',
    '{took|takes|taken} {his|her|their} own life',
    '{lose|loses|lost|losing} {her|his|their|my|a|our|someone|somebody|a loved one|loved ones|a friend|a son|a daughter|a child|a parent|a brother|a sister} {brother|sister|son|daughter|dad|mum|mom|father|mother|friend|best friend|cousin|uncle|aunt|child|teacher|classmate|} to suicide',
    '{after|since} {a|my|his|her|their|our|the} {friend|friends|friend s|brother|brothers|brother s|sister|sisters|sister s|dad|dads|dad s|mum|mums|mum s|cousin|cousins|cousin s|classmate|classmates|student|students|student s|uncle|uncles|uncle s} suicide',
    // A textbook warning, not a plan: "some medicines can be dangerous if you take too many".
    '{can be|could be} {dangerous|harmful|bad for you|toxic|poisonous|deadly|fatal|risky} if you take too {many|much}',
    // The ethics debate: "in rs we discussed euthanasia and suicide".
    'assisted suicide', 'physician assisted suicide', 'assisted dying', '{euthanasia|abortion} and suicide', 'suicide and {euthanasia|abortion}', 'suicide {is|was} a sin',
    'bereaved by suicide', 'suicide bereavement', 'bereavement by suicide', 'suicide loss',
    'suicide {prevention|awareness|first aid|charity|charities|fundraiser|training|helpline|hotline|support|statistics|rates|rate}', '{self harm|self-harm|selfharm|eating disorder|eating disorders|knife crime|county lines|grooming|exploitation|drug|drugs|gambling|bullying|cyberbullying} {awareness|prevention|education|charity|campaign|week|day|month|workshop|talk|assembly|lesson|lessons|training|policy|workshop|resources|statistics}',
    '{why|why do|why would|why does|how come|what makes} {people|someone|somebody|teens|teenagers|young people|kids|children|some people|girls|boys} {self harm|self-harm|selfharm|cut themselves|hurt themselves|develop eating disorders|get eating disorders|get anorexia|become anorexic|starve themselves|take drugs|do drugs|join gangs|carry knives|carry a knife|gamble|get groomed}',
    '{recovery|recovering|recovered|in recovery} from {self harm|self-harm|selfharm|anorexia|bulimia|an eating disorder|my eating disorder|eating disorders|depression|addiction}',
    '{years|year} {free|clean} {from|of} {self harm|self-harm|selfharm|sh|cutting|anorexia|bulimia}',
    'beat {anorexia|bulimia|my eating disorder|an eating disorder}', '{survived|survivor of|survivors of} {anorexia|bulimia|an eating disorder|self harm|suicide attempts}',
    '{razor|razor blade|razor blades|blades} {in|sewn into} {their|the|his|the peaky blinders} {caps|cap|flat caps}', 'peaky blinders razor {blade|blades}',
    // "what does kys mean": asking what a word means is not using it.
    '{what|wat|wot} {does|do|dose} {kys|kms|sh|unalive|unalived|unaliving|ana|mia|sewerslide|grape|seggs|opp|opps|cp|nonce|noncing|groomer|grooming|sextortion|county lines|cuckoo|cuckooing|plug|zaza|fent|ket|bars|lean|incel|redpill|red pill|blackpill|tnd|kermit|ed|edtwt|thinspo|proana|pro ana} {mean|means|stand for|stands for|mean in text}',
    '{what|wat|wot} {kys|kms|sh|unalive|unalived|ana|mia|sewerslide|seggs|grape|opp|opps|nonce|groomer|sextortion|cuckooing|incel} {means|meant|stands for}',
    '{kys|kms|sh|unalive|sewerslide|ana|mia} {is|as} {slang|a slang word|a word|a joke|short for|algospeak}',
  ],
};

/**
 * Lessons, coursework and school events: the risk word is a topic being taught. Not "in science"
 * or "drama" alone: a lesson is where bullying happens and "drama" is a fall-out (see below).
 */
const lessons: Sense = {
  id: 'ctx-lessons',
  categories: 'all',
  scope: 'text',
  phrases: [
    'thesis', 'phd', 'masters thesis', 'my research', 'research project', 'research paper', 'journal article', 'webinar', 'seminar', 'lecture on', 'lecture about',
    'coursework', 'health and social care', 'hsc coursework', 'btec', 'epq', 'dissertation', 'extended essay', 'past paper', 'past papers', 'mark scheme', 'exam question', 'textbook', 'revision notes', 'flashcards', 'case study',
    'psychology', 'sociology', 'criminology', 'philosophy', 'ethics', 'religious studies', 're lesson', 're homework', 'citizenship', 'pshe', 'rshe', 'rse lesson', 'form time', 'tutor time', 'in assembly', 'the assembly', 'an assembly', 'assembly today', 'assembly about', 'assembly on',
    'drama {lesson|lessons|class|gcse|teacher|club|performance|piece|exam|practical|homework|coursework|monologue|script|play|production|festival|show}', 'in drama', 'monologue', 'duologue', 'devised piece', 'the play', 'our play', 'a play about', 'school play', 'rehearsal', 'rehearsals', 'script', 'screenplay', 'scene study', 'performing it', 'gcse drama', '{a|the|our|my} {book|novel|film|movie|play|story|documentary|monologue|poem} about {a|an|the} {girl|boy|teen|teenager|woman|man|family|kid|student|mother|father|brother|sister|friend|group|gang|young}', 'film studies', 'media studies', 'english literature', 'english lit', 'creative writing', 'short story', 'spoken word',
    'debate', 'debated', 'debating', 'debate club', 'for and against', 'persuasive speech', 'persuasive writing', 'discursive essay',
    'in pshe', 'in citizenship', 'in psychology', 'in sociology',
    'a talk from', 'a talk on', 'a talk about', 'gave a talk', 'gave us a talk', 'had a talk from', 'came in to talk', 'came into school', 'visited our school', 'visited school', 'visit from', 'guest speaker', 'workshop on', 'workshop about', 'safer schools officer', 'school police officer', 'pcso', 'police officer came',
  ],
};

/**
 * What was taught today. Not for self-harm or grooming: "we learned about overdoses and now i
 * know how many pills" and "we learned about grooming and i think my coach…" are the lesson
 * turning into a disclosure.
 */
const lessonTold: Sense = {
  id: 'ctx-lesson-told',
  categories: ['weapons-violence', 'drugs', 'gambling', 'sexual', 'bullying-abuse', 'extremism', 'hate-discrimination'],
  scope: 'text',
  phrases: [
    'we learned', 'we learnt', 'we are learning', 'we re learning', 'we were learning', 'we studied', 'we are studying', 'we re studying', 'we were taught', 'were taught', 'taught us', 'talked to us about', 'warned us about', 'explained to us', 'the teacher explained',
    'rs lesson', 'rs homework', '{in|for} {rs|re} {we|today|class|lessons}',
    'science lesson', 'biology lesson', 'chemistry lesson', 'history lesson', 'english lesson',
    // A safety talk, not a disclosure; grooming and self-harm stay out ("we had an online safety workshop and now i think my coach…").
    '{online|internet|cyber|e|digital} safety {workshop|talk|lesson|lessons|assembly|session|day|week|class|training|presentation}', 'safer internet day',
  ],
};

/** Awareness, charity and fundraising (not for extremism: "donate to the brothers" is a recruiter's ask). */
const fundraising: Sense = {
  id: 'ctx-fundraising',
  categories: ['suicide-self-harm', 'bullying-abuse', 'weapons-violence', 'drugs', 'gambling', 'sexual', 'grooming-cse'],
  scope: 'text',
  phrases: [
    'raising money', 'raise money', 'raised money', 'raising awareness', 'raise awareness', 'raised awareness', 'fundraiser', 'fundraising', 'fund raising', 'sponsored {walk|run|silence|swim|bike ride|cycle|skydive|head shave|bake sale|sleepout|sleep out}', 'bake sale', 'cake sale', 'justgiving', 'just giving', 'charity {walk|run|event|day|week|match|concert|fun run|shop|ambassador|appeal}', 'for charity',
    'in memory of', 'in loving memory', 'memorial {walk|run|fund|bench|service|match|concert|garden}', 'awareness {week|day|month|campaign|ribbon|assembly|talk|event|walk}', 'wear it green', 'wear green', 'campaign {launched|against|to stop|to end|to tackle|to raise}', 'put the knife down', 'knife amnesty', 'knife bin', 'knife surrender', 'anti bullying week', 'odd socks day', 'yellow ribbon', 'purple ribbon',
    // Charities named in fundraising and lessons; helplines a child in crisis names ("should i
    // ring childline") are left out.
    'mind charity', 'calm charity', 'beat charity', 'winston s wish', 'winstons wish', 'cruse bereavement', 'child bereavement uk', 'ben kinsella trust', 'st giles trust', 'crimestoppers', 'the children s society', 'childrens society', 'barnardos', 'barnardo s', 'internet matters', 'talk to frank',
  ],
};

/** An adult asking about children in their care; pupils do not write "as a parent" or "my pupils". */
const adultQuestion: Sense = {
  id: 'ctx-adult-question',
  categories: 'all',
  scope: 'text',
  phrases: [
    'as a parent', 'as a mum', 'as a mom', 'as a dad', 'as a teacher', 'as a teaching assistant', 'as a youth worker', 'as a carer', 'as a foster carer', 'as a governor', 'parent here', 'mum here', 'mom here', 'dad here',  'teacher here', 'youth worker here',
    'my son', 'my sons', 'my son s', 'my daughter', 'my daughters', 'my daughter s', 'my stepson', 'my stepdaughter', 'my {7|8|9|10|11|12|13|14|15|16|17} {year old|yr old|yo} {son|daughter|child|kid|stepson|stepdaughter|is|has|wants|keeps|asked|told|came|got|just}',
    // "my 15-year-old son": the normaliser reads digits joined to a word by a hyphen as leet, so the hyphenated forms are listed too.
    'my {7|8|9|10|11|12|13|14|15|16|17}-{year-old|yr-old} {son|daughter|child|kid|stepson|stepdaughter|boy|girl}', 'my kids', 'my children', 'my child', 'our son', 'our daughter', 'our kids', 'our children',
    'my pupils', 'my students', 'my year {7|8|9|10|11|12|13}s', 'my form group', 'my tutees', 'in my classroom', 'our pupils', 'our students', 'parents evening',
    'teachers of {twitter|x|tiktok|reddit|instagram|facebook|linkedin}', 'fellow teachers', 'fellow parents', 'other parents',
    '{teach|teaching} {ks2|ks3|ks4|ks5|year 6|year 7|year 8|year 9|year 10|year 11|my class|my students|my pupils|my tutor group|teenagers|teens} about',
    '{talk to|talk with|speak to|check in with} your {kids|children|child|teen|teens|teenager|son|daughter}', 'if your {child|kid|son|daughter|teen|teenager}', 'your child s', 'your childs',
    'your child is', 'signs your {child|kid|teen|teenager|son|daughter}', 'signs {my|our} {child|kid|teen|teenager|son|daughter}',
    'how {can|do|should} parents', '{protect|keep|stop} {children|kids|teens|teenagers|young people|pupils|students} {from|safe|being}',
    'any resources', 'resources for', 'resources on', 'teaching resources', 'lesson resources', 'lesson plan', 'lesson ideas', 'how do i talk to {my|our} {son|daughter|child|kids|children|teen|teenager}', 'how to talk to {kids|children|teens|teenagers|your child|your kids}', 'parental controls', 'parents guide', 'parent guide', 'guide for parents', 'advice for parents', 'should i be worried about my', 'safeguarding lead', 'dsl', 'pastoral team',
  ],
};

/** News and reporting: the text retells an event. */
const news: Sense = {
  id: 'ctx-news',
  categories: ['suicide-self-harm', 'bullying-abuse', 'weapons-violence', 'drugs', 'gambling', 'sexual', 'grooming-cse', 'hate-discrimination'],
  scope: 'text',
  phrases: ['on the news', 'in the news', 'the news about', 'news report', 'news story', 'news article', 'newspaper', 'headline', 'headlines', 'journalist', 'reporter', 'sky news', 'itv news', 'bbc news', 'channel 4 news', 'the guardian', 'the times', 'according to', 'reported that', 'a report by', 'documentary', 'panorama', 'podcast', 'ted talk', 'the inquest', 'court case', 'trial of', 'was sentenced', 'got sentenced', 'were sentenced', 'jailed for', 'in {an|a new|a recent} interview', '{the bbc|sky news|itv|the guardian|the times|the mirror|the telegraph|the independent|reuters} {reported|reports|is reporting}'],
};

/** Asking what a word means, or explaining one (the word itself is read by `ctx-awareness-phrases`). */
const wordMeaning: Sense = {
  id: 'ctx-word-meaning',
  categories: ['suicide-self-harm', 'bullying-abuse', 'drugs', 'sexual', 'weapons-violence', 'hate-discrimination'],
  scope: 'text',
  phrases: ['a word people use', 'word people use', 'words people use', 'people use it to', 'get {round|around|past} {filters|the filters|the filter|the algorithm|censors|censorship}', 'algospeak', 'had to explain', 'slang for', 'slang term', 'slang word', 'urban dictionary', 'what does it mean', 'what does that mean', 'what it means', 'the meaning of', 'definition of', 'mean in text', 'mean on tiktok', 'mean on snapchat', 'means on tiktok'],
};

/** Combat sport and outdoor activities, where a knockout or a knife is the point (weapons only). */
const sportAndOutdoors: Sense = {
  id: 'ctx-sport-outdoors',
  categories: ['weapons-violence'],
  scope: 'text',
  phrases: [
    'boxing {match|club|gym|class|training|coach|bout|session|lesson|lessons|gloves}', 'sparring', 'kickboxing', 'karate', 'judo', 'taekwondo', 'jiu jitsu', 'jujitsu', 'mma {class|gym|training}', 'martial arts',
    'duke of edinburgh', 'dofe', 'd of e', 'scouts', 'cubs', 'explorer scouts', 'bushcraft', 'whittling', 'fishing trip', 'camping trip', 'wild camping',
  ],
};

/** A sibling's empty threat at a game or over a snack (weapons only: a sibling's real harm is abuse, not this). */
const siblingBanter: Sense = {
  id: 'ctx-sibling-banter',
  categories: ['weapons-violence'],
  scope: 'text',
  phrases: [
    '{my|our} {little|baby|younger|big|older|twin|} {brother|sister|bro|sis|cousin} {keeps|kept|always|is always|was} {saying|shouting|screaming|yelling|telling}',
    'when {he|she} {loses|lost|dies|died} {at|in|on}', 'when {he|she} {loses|lost} the game', 'rage quit', 'rage quits', 'rage quitting', 'mario kart', 'mario party', 'smash bros', 'fifa', 'monopoly', 'uno', 'board game', 'what {8|9|10|7|6|5} year olds say', '{my|our} {little|baby|younger|big|older|} {brother|sister|bro|sis} is so annoying',
  ],
};

/** Innocent contexts of the English pack, by kind; see the file comment. */
export const enContext: PackPart = {
  concepts: banterConcepts,
  terms: [],
  rules: [],
  senses: [hyperbole, everydayIdioms, ...banterFrames, everydayAilments, collisions, awarenessPhrases, lessons, lessonTold, fundraising, adultQuestion, news, wordMeaning, sportAndOutdoors, siblingBanter],
};
