/**
 * English: innocent contexts that real public text puts alarming words in (news, games, sport, lyrics, fiction, medicine, history, hyperbole). Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list
 * copied. Added to the English pack by `extendPack` (see index.ts).
 *
 * Extends `en-context.ts` (lessons, awareness, parents' questions, banter) with the settings that
 * public posts, news and forums add. The same two kinds, chosen by how safe they are:
 * - `overlap` senses and frames hold the risk word inside a harmless whole ("a song called kill my
 *   ex", "a knife for gutting fish", "i always die on the last lap"); they drop only the match they
 *   cover, so a disclosure elsewhere in the text still alerts.
 * - `text` senses name a setting told in the third person (a police statement, a court report, a
 *   film's plot, a war story) and cap the pack's matches nearby below the threshold, never a
 *   severity-5 phrase. They hold no risk word and nothing a child in trouble would say about
 *   themselves, and none of them covers grooming or extremism (a groomer's or recruiter's message
 *   can quote a film or the news).
 */
import type { PackPart, Sense } from './types.ts';

const concepts: Record<string, readonly string[]> = {
  // ── titles and quoted lyrics: "a track called kill my ex", "the chorus goes i wanna die" ──
  /** A title or a quotation is about to follow. */
  i_titleCue: [
    '{song|track|tune|single|album|film|movie|book|novel|show|series|episode|chapter|poem|play|game|podcast|video|mixtape|ep|musical|anime|manga} {called|named|titled|entitled}',
    'the {lyrics|lyric|line|chorus|verse|hook|bridge|song|bit|part|rap} {go|goes|went|that goes|where he says|where she says|where they say}',
    '{lyrics|lyric|line} like', '{new|latest} {song|track|tune|single} {goes|go|went}', '{he|she|they} {sings|sang|raps|rapped|screams|screamed}', '{sings|sang|raps|rapped} about',
  ],
  /** The alarming word a title or quotation holds. */
  i_quotedRisk: [
    'die', 'died', 'dying', 'dead', 'death', 'kill', 'killing', 'killed', 'killer', 'murder', 'murderer', 'suicide', 'suicidal', 'shoot', 'shot', 'shooting', 'stab', 'stabbed', 'stabbing',
    'bomb', 'bullet', 'bullets', 'gun', 'guns', 'knife', 'blood', 'bleed', 'bleeding', 'overdose', 'cut', 'cutting', 'hang', 'grave', 'drugs', 'cocaine', 'weed', 'gang', 'hate', 'war', 'pills',
  ],

  // ── tools: "a knife for gutting fish", "an axe for splitting logs" ──
  i_blade: ['{knife|knives|blade|blades|axe|hatchet|machete|saw|penknife|pocket knife|pocketknife|swiss army knife|multitool|multi tool|fillet knife|chefs knife|chef s knife|bread knife|carving knife|kitchen knife|whittling knife|craft knife|stanley knife|fishing knife|hunting knife|bushcraft knife}'],
  i_toolUse: [
    '{for|to} {gut|gutting|fillet|filleting|clean fish|cleaning fish|fishing|camping|bushcraft|whittling|whittle|woodwork|woodcarving|wood carving|carving wood|carve wood|cooking|the kitchen|my kitchen|gardening|the garden|pruning|crafts|crafting|scouts|cubs|dofe|my fishing kit|my tackle box|opening boxes|open boxes|opening parcels|chopping wood|chop wood|splitting logs|split logs|the campfire|firewood|kindling}',
    '{for|to} {chop|chopping|cut|cutting|slice|slicing|dice|dicing|peel|peeling} {vegetables|veg|veggies|onions|carrots|bread|meat|the meat|chicken|fruit|cheese|tomatoes|potatoes|herbs}',
    '{for|to} {carve|carving} {the turkey|the roast|the joint|the chicken|pumpkins|a pumpkin|the pumpkin|wood|spoons|a spoon}',
    'for {my|his|her} {dads|dad s|grandads|grandad s|uncles|uncle s} {birthday|christmas|fishing trips|camping trips}',
  ],

  // ── someone else's trouble and a helper's question ──
  /** Someone the writer is worried about. */
  i_someoneElse: [
    '{my|a|our} {friend|mate|best friend|bestie|bff|bsf|bestfriend|classmate|cousin|sister|brother|sis|bro|girlfriend|boyfriend|teammate|neighbour}',
    'my {mates|friends|sisters|brothers|cousins|bestfriends}', 'someone in my {class|year|form|group|team|tutor group}', '{a|one|this} {girl|boy|kid|student|pupil} in my {class|year|form|group|team}',
  ],
  /** Their trouble, told in the third person. */
  i_theirTrouble: [
    '{is|are|s|re|has been|have been|keeps|keep} {self harming|selfharming|cutting|starving herself|starving himself|starving themselves|suicidal|vaping|smoking weed|taking drugs|drinking|being bullied|being groomed|being exploited|being abused|being blackmailed|being threatened}',
    '{shes|hes|theyre} {self harming|selfharming|cutting|starving herself|starving himself|suicidal|vaping|taking drugs|being bullied|being groomed|being exploited|being abused|being blackmailed}',
    '[is] being {bullied|groomed|exploited|abused|blackmailed|threatened|pressured|picked on|targeted}', '{is|has been|keeps} {self harming|selfharming|cutting|starving}', 'self harms', 'is suicidal',
    '{she|he|they} {wants|want|wanted|keeps saying she wants|keeps saying he wants|keeps saying they want} to {die|kill herself|kill himself|kill themselves|end it|end her life|end his life|end their life}',
    '{she|he|they} {cuts|cut} {herself|himself|themselves}', '{an older|an adult} {guy|man|boy|woman} is {messaging|texting|dming} {her|him|them}',
    '{messaging|texting|asking} {her|him|them} to keep {it|things} secret',
  ],
  /** The helper's own question. */
  i_helpAsk: [
    'how {can|do|should|could} i {help|support|talk to|approach}', 'how to {help|support}', 'ways to {help|support}', 'what {do|should|can|could} i {do|say}',
    'who {should|do|can|could} i {tell|talk to|go to|speak to|report it to|contact}', 'who do i go to', 'i think i should tell', 'i want to help {her|him|them}',
    'should i tell {someone|somebody|a teacher|an adult|a grown up|the school|my mum|my mom|my dad|my parents|her mum|her mom|his mum|his mom|her parents|his parents|their parents|the police|childline}',
    '{dont|don t|do not} know {what to do|how to help}', '{how|where} {do i|can i|to} report', 'report {it|this} anonymously', 'should i report',
  ],
  /** "how to help a friend who…" */
  i_howHelp: ['how {can|do|should|could} i {help|support}', 'how to {help|support}', 'ways to {help|support}', 'advice on {helping|supporting}', 'tips for {helping|supporting}', '{supporting|helping|support for|looking after|caring for}'],
  /** "how to support a friend with an eating disorder". */
  i_person: ['{a|my|your} {friend|mate|best friend|bestie|classmate|sister|brother|cousin|teen|teenager|child|son|daughter|student|pupil|partner|boyfriend|girlfriend}'],
  i_with: ['{with|who has|who s got|whos got|living with|struggling with|suffering from|recovering from}'],
  i_condition: ['{eating disorder|eating disorders|anorexia|bulimia|depression|self harm|suicidal thoughts|suicidal feelings|addiction|a drug problem|a gambling problem}'],
  i_someoneWho: ['{a|my|your} {friend|mate|best friend|bestie|classmate|sibling|sister|brother|cousin|teen|teenager|child|student|pupil} {who|that|whos|who s}'],
  i_theirState: [
    '{is|has been|keeps|are|was} {self harming|selfharming|cutting|being bullied|being groomed|being exploited|being abused|starving|depressed|anorexic|bulimic|struggling|vaping|taking drugs}',
    'self harms', '{cuts|hurts|harms|starves} {herself|himself|themselves}', 'has an eating disorder',
  ],

  // ── hyperbole about chores and plots: "i want to throw myself off a cliff when mum asks me to tidy" ──
  i_cliff: ['{jump|throw myself|chuck myself|yeet myself|fling myself|launch myself|hurl myself|walk} off a cliff'],
  i_choreOrPlot: [
    '{asks|tells|makes|told|asked|made} me {to|} {tidy|clean|do the|do my|wash|empty|hoover|vacuum|load|unload|take out|put away|walk the dog|feed the|go to bed|get up|turn off|come off|get off|practise|practice|revise|read|hang up|fold}',
    '{the|this|that} {last|final|new|latest|} {episode|season|chapter|ending|finale|cliffhanger|plot twist|season finale}', 'plot twist', 'cliffhanger',
  ],

  // ── a race, not a life: "i always die on the last lap" ──
  i_deathWord: ['{die|dies|died|dying|dead|death}'],
  i_raceStage: [
    '{on|in|by} the {last|final|first|second|third|next} {lap|mile|km|length|set|hill|rep|reps|sprint|leg|straight|bend|interval}',
    '{on|in|by} {lap|mile|km|rep|length|interval} {2|3|4|5|6|two|three|four}',
    '{in|during|after} the {bleep|beep} test', '{in|during|after} {bleep|beep} test',
  ],

  // ── a pillow, not a fist ──
  i_hitYou: ['{slap|hit|whack|smack|bash|thump|batter|attack|pelt|soak|spray|splash|smother|hit} {you|u|him|her|them|ya|em}', '{hit|hits|slapped|whacked|smacked|pelted|soaked|sprayed|splashed|got} me'],
  i_softThing: ['with {a|this|my|the|that|some|a wet|a rolled up|} {pillow|pillows|cushion|cushions|teddy|sock|socks|towel|wet towel|snowball|snowballs|water balloon|water balloons|water gun|water pistol|super soaker|nerf gun|nerf|pool noodle|balloon|balloons|newspaper|feather|marshmallow|marshmallows|glitter|confetti|silly string|foam sword|lightsaber}'],

  // ── "i hate my life lol i forgot my pe kit again" ──
  i_fml: ['{i hate my life|hate my life|fml|f my life|kill me now|someone kill me|end me|someone end me|kms}'],
  i_mishap: [
    '{forgot|lost|left|dropped|spilled|missed|broke|smashed} my {pe kit|kit|homework|lunch|lunchbox|lunch money|phone|keys|charger|water bottle|bus pass|pencil case|calculator|trainers|football boots|book|coursework|tie|blazer|bag|earbuds|airpods|headphones|toast|coffee|drink|glasses|ticket|locker key|login|password}',
    '{missed|miss} the {bus|train}', '{spilled|spilt} {coffee|tea|juice|my drink|paint|water} {on|all over}', 'locked myself out', 'overslept',
  ],

  // ── the other half of a playground retort: "not if i kill you first" ──
  i_retort: ['{not if|unless|not before} i {kill|get|murder|end} {you|u|ya} first'],
  i_killYou: ['{kill|murder|end|get} {you|u|ya}'],

  // ── party games where someone is the killer: "i'm the impostor and i'm gonna kill everyone" ──
  i_killerRole: ['{the|an|im|i m|i am|i was} {impostor|imposter|murderer in mm2|killer in dead by daylight}', 'among us', 'murder mystery 2', 'mm2', 'dead by daylight', 'town of salem', 'werewolf game', 'mafia game'],
  // ── a kill in a game: "i shot him in the head in valorant", "i'm going to murder you in smash tonight" ──
  i_gameKill: ['{shot|shoot|shooting|kill|killed|killing|snipe|sniped|headshot|headshotted|one shot|one shotted|stab|stabbed|knifed|murder|murdered|destroy|destroyed|slaughter|slaughtered|clap|clapped|end|ended}'],
  i_inPrep: ['{in|on|at}'],
  i_inGame: [
    '{valorant|fortnite|cod|call of duty|warzone|apex|apex legends|minecraft|roblox|bedwars|skywars|rust|gta|gta 5|gta v|gta online|csgo|cs2|counter strike|overwatch|rainbow six|r6|pubg|halo|battlefield|among us|mm2|murder mystery|ranked|zombies|mw2|mw3|skyrim|elden ring|destiny|splatoon|smash|smash bros|mario kart|fifa|clash royale|brawl stars|rocket league|the game|that game|this game|lethal company|fall guys|tf2|team fortress}',
  ],
  // ── pests and weeds: "wasp nest in the shed, how do i kill them" ──
  i_pest: ['{wasp|wasps|wasp nest|wasps nest|ants|ant nest|mice|mouse|slugs|snails|weeds|fleas|nits|head lice|lice|bed bugs|bedbugs|cockroaches|flies|fruit flies|moths|spiders|greenfly|aphids|mould|mold|moss|knotweed|termites|woodworm|silverfish|pests|vermin|bacteria|germs}'],
  i_howKill: ['{how do i|how to|how can i|how do you|best way to|whats the best way to|easiest way to|quickest way to} {kill|get rid of|exterminate}'],
  // ── a sibling's petty theft and an empty threat: "my sister stole my hoodie again, i'm going to murder her" ──
  i_sibling: ['{my|our} {little|baby|younger|big|older|twin|} {sister|brother|sis|bro}'],
  /** The petty theft, in any tense: "stole my hoodie", "keeps stealing my clothes". */
  i_pettyVerb: ['{stole|steal*|nick*|took|tak*|borrow*|ate|eat*|finish*|drank|drink*|use*|using|wore|wear*|hid|hide*|hiding|stretch*|ruin*}'],
  i_pettyThing: ['my {hoodie|jumper|top|clothes|makeup|charger|headphones|earbuds|chocolate|sweets|snacks|crisps|food|leftovers|pizza|last slice|drink|juice|controller|straighteners|hairbrush|perfume|socks|trainers|seat|spot|remote}'],
  i_gonnaKill: ['{going to|gonna|will|ll|about to|could} {kill|murder|strangle|end} {her|him|them}'],

  // ── takedowns and new laws reported: "isis propaganda videos were removed", "a new law makes it illegal to share deepfake nudes" ──
  i_badContent: ['{isis|daesh|al qaeda|taliban|terrorist|terror|extremist|jihadi|jihadist|nazi|neo nazi|far right} {propaganda|videos|content|accounts|posts|channels|material}'],
  i_takenDown: ['{were|was|have been|has been|are being|is being|being|got} {removed|taken down|banned|deleted|blocked|flagged|reported}'],
  i_lawWord: ['{new law|the law|a law|the bill|new laws|the act|the government|ministers|mps|new rules|the online safety act}'],
  i_lawMakes: ['{makes|made|will make|would make|to make|making} it {illegal|a crime|an offence|a criminal offence}'],
  i_images: ['{nudes|nude images|nude pictures|deepfakes|deepfake nudes|deepfake images|explicit images|indecent images|intimate images|sexual images}'],
  i_killAll: ['{kill|killed|killing|murder|murdered} {everyone|everybody|them all|you all|all of you|the crew|the crewmates|all the crewmates}'],
  i_friendSecret: ['{made me|asked me to|wants me to|told me to|begged me to} {promise|swear} {not to tell|i wont tell|i won t tell|to keep it secret}', '{asked|told|begged} me not to tell'],

  // ── a parent's find in a sibling's room ──
  i_found: ['{found|finds|find|discovered|caught} {weed|drugs|a vape|vapes|cannabis|pills|a bong|a grinder|edibles|alcohol|vodka|cigarettes|a lighter}'],
  i_famPlace: ['in {my|his|her} {brother s|brothers|sister s|sisters|son s|sons|daughter s|daughters} {room|bag|drawer|pocket|pockets|car|coat|bedroom|wardrobe}'],

  // ── a work about a hard subject: "a memoir about her time in hospital after a suicide attempt" ──
  i_workAbout: ['{memoir|memoirs|novel|book|biography|autobiography|film|movie|documentary|play|series|drama|miniseries|graphic novel|ya novel|podcast|musical|album|song} {about|on|exploring|that explores|which explores|dealing with|that deals with|tackling|that tackles}'],
  i_hardTopic: [
    'suicide', 'suicide attempt', 'suicidal', 'self harm', 'selfharm', 'overdose', 'addiction', 'drugs', 'knife crime', 'stabbing', 'shooting', 'murder', 'murders', 'killing', 'killings', 'gang', 'gangs', 'gang violence',
    'abuse', 'grooming', 'exploitation', 'gambling', 'gambling addiction', 'eating disorder', 'eating disorders', 'anorexia', 'bulimia', 'racism', 'homophobia', 'bullying', 'cyberbullying', 'war', 'terrorism', 'extremism', 'radicalisation', 'radicalization',
  ],

  // ── talks, workshops and research on a risk as a topic: "a workshop covering grooming and sextortion" ──
  i_studyForm: [
    '{workshop|workshops|webinar|webinars|seminar|lecture|lectures|information evening|info evening|parents evening|conference|module|leaflet|toolkit|factsheet|fact sheet|booklet|thesis|phd|dissertation|research|research paper|journal article|essay|article|training day|inset day|cpd}',
  ],
  i_studyTopic: [
    'grooming', 'sextortion', 'online grooming', 'child exploitation', 'exploitation', 'self harm', 'suicide prevention', 'knife crime', 'county lines', 'online safety', 'staying safe online', 'radicalisation', 'radicalization', 'extremism', 'extremist groups', 'extremists',
    'terrorism', 'incel culture', 'incels', 'the manosphere', 'misogyny', 'cyberbullying', 'gambling harms', 'loot boxes', 'drugs', 'drug misuse', 'vaping', 'eating disorders', 'hate crime', 'far right', 'propaganda',
  ],
  i_talkForm: ['{talk|talks|assembly|assemblies|presentation|session|sessions|lesson|lessons|class|course|training|campaign|poster|posters|video|film|play|drama|speaker}'],
  i_onTopic: ['{on|about|covering|covered|exploring|explored|regarding|tackling|warning about|raising awareness of}'],
  /** Talking a worry through with a child: "watched it with my son and we talked about incel culture". */
  i_talkAbout: ['{talking|talked|talk|chat|chatted|chatting|conversation|conversations|discussion|discussions|discussing|discussed|debate|debating|teaching|taught|learning|learnt|learned|lesson|lessons|educating} {about|on}'],
  i_ideologyTalk: ['{incel|incels|manosphere|far right|alt right|extremist|extremism|radical|misogynist|misogyny|andrew tate|red pill|redpill} {culture|content|ideas|ideology|influencers|rhetoric|videos|movement|online|stuff}'],

  // ── a pencil, not a knife: "my brother keeps stabbing me with his pencil" ──
  i_stabWord: ['{stab|stabs|stabbed|stabbing|poke|pokes|poked|poking|jab|jabs|jabbed|jabbing}'],
  i_pointyTrivia: ['with {a|his|her|their|my|the|this|that|} {pencil|pencils|pen|pens|biro|fork|cocktail stick|toothpick|straw|finger|fingers|elbow|elbows|ruler|chopstick|chopsticks|paintbrush|crayon|felt tip|highlighter|lollipop stick|stick}'],

  // ── something inanimate will "kill" someone: "this diet is going to kill him" ──
  // ── a habit or a food will "kill" someone: "his new running habit is going to kill him", "that much coffee will kill you" ──
  i_habit: [
    '{diet|habit|hobby|job|stress|workload|commute|coffee|caffeine|energy drinks|monster|red bull|sugar|salt|heat|weather|running|marathon|training|gym|smoking|vaping|drinking|fry ups|takeaways|kebabs|cheese|steak|cigarettes|fags|mortgage|bills|kids|children|twins|toddler|puppy|teething|night shifts|shifts|overtime|deadline|deadlines|revision|this course|boss|stairs|hill|that hill}',
  ],
  i_willKill: ['{is going to|s going to|is gonna|s gonna|will|ll|would} {kill|be the death of} {him|her|them|me|you|us}'],

  // ── a trivial thing "making me want to die": "this heat is making me want to die" ──
  i_trivialThing: [
    '{this|the|that|my|our} {heat|heatwave|weather|rain|humidity|traffic|queue|wifi|internet|lag|homework|maths homework|essay|group project|lesson|meeting|commute|bus|train|hangover|headache|cramps|song|advert|noise|alarm|printer|laptop|update|traffic jam|episode|finale|ending|cliffhanger|plot twist|monday|mondays|assembly|sunburn|hay fever|hayfever|cold|flu}',
  ],
  i_makesMeDie: ['{is making|makes|made|is gonna make|will make|s making|keeps making} me {want to|wanna|wana|want 2} {die|just die|literally die|actually die|disappear|scream|cry}'],

  // ── an ordeal that is over: "that exam was so hard i wanted to die", "maths was so boring i nearly died" ──
  i_ordeal: ['{exam|test|paper|mock|quiz|lesson|homework|essay|coursework|assignment|presentation|speech|lecture|assembly|film|movie|episode|match|meeting|shift|journey|queue|sermon|wedding|maths|physics|chemistry|chem|biology|history|geography|french|spanish|german|science}'],
  i_soBad: ['{so|too} {hard|bad|boring|long|difficult|awful|hot|cringe|embarrassing|tough|stressful|painful|loud|confusing|impossible|brutal|awkward|horrible|terrible|dull}'],
  i_iNearlyDied: ['{wanted to|nearly|almost|thought i was going to|thought i was gonna|could have} {die|died|unalive myself|disappear|cry|scream}'],
  // ── a workload, a race or a ride, and "i'm going to die": "3000 words by friday, i'm going to die", "screamed i'm gonna die on the log flume" ──
  i_workload: [
    '{coursework|homework|essay|essays|revision|revising|deadline|deadlines|assignment|assignments|mocks|exam season|dissertation|presentation|words by|words due|pages by|due tomorrow|due monday|due friday|due by friday|leg day|arm day|cross country|bleep test|beep test|the gym|this workout|the workout|this hill|that hill|pe|netball training|football training|rugby training|circuits}',
    '{is|are|s|re} {actually|literally|} killing me',
  ],
  i_killsMe: ['{gonna|going to|will|ll|about to} {kill|murder|destroy|end} me', '{killing|murdering|destroying} me'],
  i_gonnaDie: ['{i m|im|i am|i ll|ill|i will} {going to|gonna|} {actually|literally|} die'],
  i_thrillRide: [
    '{rollercoaster|roller coaster|rollercoasters|roller coasters|log flume|drop tower|zip wire|zipwire|zipline|zip line|big dipper|ghost train|waltzer|waltzers|bungee jump|bungee|skydive|sky dive|high ropes|climbing wall|water slide|waterslide|theme park|thorpe park|alton towers|blackpool pleasure beach|drayton manor|paultons park|legoland|disneyland|fairground|the fair}',
  ],
  // ── a parent's plans for the weekend: "if my mum makes me go to the wedding i will literally die" ──
  i_ifWho: ['if {my|} {mum|mom|mam|dad|parents|nan|gran|grandma|teacher|sister|brother|aunt|auntie}', 'if i'],
  i_makesMe: [
    '{makes|make|forces|force|drags|drag|is making|tells|told} me',
    '{have to|gotta|got to|must} {sit through|wear|eat|watch|listen to|sing|dance|hear|go to another|do another|babysit}',
  ],

  // ── asking whether something is legal: "is matched betting actually legal?" ──
  i_is: ['is'],
  i_legal: ['{actually|even|really|} {legal|illegal} [in the uk]'],
};

/** News, police and court reports: the formulas of someone else's story being retold. */
const newsReport: Sense = {
  id: 'i-news-report',
  categories: ['suicide-self-harm', 'bullying-abuse', 'weapons-violence', 'drugs', 'gambling', 'sexual', 'hate-discrimination'],
  scope: 'text',
  phrases: [
    'police said', 'police say', 'police have said', 'police were called', 'police are appealing', 'police appeal', 'police spokesperson', 'a police spokesman', 'a police spokeswoman', 'police confirmed', 'police are investigating',
    'appealing for witnesses', 'appeal for witnesses', 'anyone with information', 'officers were called', 'officers seized', 'police seized', 'were seized', 'was seized', 'street value', 'drugs raid', 'drug raid', 'drugs bust', 'drug bust', 'drug seizure',
    'detectives', 'detective inspector', 'detective sergeant', 'chief constable', 'metropolitan police', 'the met police', 'scotland yard', 'the fbi', 'emergency services were called', 'pronounced dead', 'died at the scene', 'post mortem', 'post-mortem',
    'the court heard', 'told the court', 'crown court', 'magistrates court', 'magistrates', 'high court', 'supreme court', 'pleaded guilty', 'pleaded not guilty', 'pleads guilty', 'the jury', 'jurors', 'prosecutors', 'prosecuting', 'the prosecution', 'the defendant', 'defendants', 'remanded in custody', 'is expected to appear', 'was convicted', 'were convicted', 'has been charged', 'have been charged', 'was charged with', 'were charged with', 'has been sentenced', 'were jailed', 'was jailed', 'life sentence', 'the coroner', 'inquest heard', 'coroner s court',
    'local news', 'breaking news', 'news update', 'latest news', 'news alert', 'skynews', 'bbcnews', 'itvnews', 'bbc breakfast', 'residents say', 'residents said', 'locals say', 'locals said', 'advice column', 'agony aunt', 'problem page', 'dear deidre',
    'arrested on suspicion', '{arrested|charged|detained} following', '{been|were|was} arrested after', '{man|men|woman|women|teenager|teenagers|teen|teens|boy|boys|youth|youths} arrested',
    'in a statement', 'said in a statement', 'a spokesperson for', 'a spokesman for', 'a spokeswoman for', 'a spokesperson said', 'a spokesman said',
    'says the report', 'the report found', 'a report found', 'new report', 'the study found', 'a study found', 'a new study', 'researchers found', 'research shows', 'statistics show', 'figures show', 'new figures', 'official figures', 'survey found', 'a survey of', 'campaigners', 'experts warn', 'experts say', 'ministers', 'the home office', 'home secretary', 'prime minister', 'the government',
  ],
};

/** A film's, book's or show's plot and reviews (not self-harm, grooming or extremism: see the file comment). */
const plots: Sense = {
  id: 'i-plot-review',
  categories: ['weapons-violence', 'bullying-abuse', 'drugs', 'sexual', 'hate-discrimination', 'gambling'],
  scope: 'text',
  phrases: [
    'the main character', 'the main characters', 'the protagonist', 'the antagonist', 'the villain', 'the narrator', 'plot twist', 'spoiler', 'spoilers', 'spoiler alert', 'the plot', 'the storyline', 'the plot line',
    'the {film|movie|book|show|series|novel|play|episode|game|story|anime|manga|musical} is about', 'the episode where', 'in the episode', 'in the film', 'in the movie', 'in the novel', 'in the series', 'in the sequel', 'season finale', 'series finale', 'the sequel', 'the prequel', 'the trailer', 'the cast', 'played by', 'starring', 'directed by', 'the director',
    'out of 10', 'out of ten', 'out of 5 stars', 'out of five stars', 'stars out of', 'film review', 'book review', 'movie review', 'my review', 'true crime', 'crime drama', 'crime thriller', 'psychological thriller', 'horror film', 'horror movie', 'horror films', 'horror movies', 'slasher', 'murder mystery', 'whodunnit', 'whodunit', 'cluedo',
    'netflix', 'disney plus', 'prime video', 'bbc iplayer', 'iplayer', 'box office', 'cinema tonight',
  ],
};

/** Shooters, boss fights and streams: the weapons are in the game. */
const games: Sense = {
  id: 'i-games',
  categories: ['weapons-violence'],
  scope: 'text',
  phrases: [
    'call of duty', 'cod zombies', 'warzone', 'valorant', 'apex legends', 'overwatch', 'counter strike', 'rainbow six', 'battlefield', 'elden ring', 'dark souls', 'grand theft auto', 'red dead', 'the last of us', 'resident evil', 'sniper elite', 'among us', 'terraria', 'skyrim', 'zelda', 'pokemon', 'splatoon', 'destiny 2', 'rocket league',
    'the final boss', 'the boss fight', 'boss fight', 'respawn', 'respawned', 'respawning', 'headshot', 'headshots', 'kill streak', 'killstreak', 'kill cam', 'killcam', 'kd ratio', 'triple kill', 'double kill', 'battle royale', 'loadout', 'speedrun', 'the impostor', 'imposter', 'one shotted', 'one shot me',
    'nerf gun', 'nerf war', 'paintball', 'paintballing', 'airsoft', 'laser tag', 'lasertag', 'dungeons and dragons', 'on twitch', 'my stream', 'the stream', 'streaming tonight', 'streamer',
  ],
};

/**
 * War stories and history: a grandparent's army years, the world wars, remembrance (weapons only).
 * No short tokens ("ww2", "d day") in text senses: letters spelt out one by one ("t h u r s d a y")
 * end a word at every letter, so a short token would be found inside them.
 */
const warHistory: Sense = {
  id: 'i-war-history',
  categories: ['weapons-violence'],
  scope: 'text',
  phrases: [
    'in the war', '{about|during|after|before|since} the war', 'the war in', 'world war', 'world war one', 'world war two', 'the first world war', 'the second world war', 'the trenches', 'the blitz', 'the somme', 'the falklands', 'the home guard', 'national service', 'war veteran', 'veterans', 'remembrance {day|sunday|service|assembly|parade}', 'the cenotaph', 'poppy appeal', 'the war memorial', 'the battle of', 'the civil war', 'the cold war', 'the napoleonic wars', 'the roman army', 'medieval', 'the vikings', 'the normans', 'knights', 'the tudors', 'gunpowder plot',
  ],
};

/** Policy and industry talk about gambling (the word "gambling" is a risk term on its own). */
const policyTalk: Sense = {
  id: 'i-gambling-policy',
  categories: ['gambling'],
  scope: 'overlap',
  phrases: [
    '{gambling|betting} {adverts|advert|ads|ad|advertising|sponsorship|sponsors|sponsor|laws|law|regulation|regulations|regulator|commission|industry|reform|companies|company|firms|firm|act|tax|levy|white paper|harms|research|clinic|clinics|helpline|charity|charities|awareness|licence|license|operators}',
    'problem gambling', 'gambleaware', 'gamble aware', 'casino royale', '{ban|banning|banned|restrict|restricting|limit|limits on} {gambling|betting} {adverts|ads|advertising|sponsorship}',
  ],
};

/** Medicine facts: "paracetamol overdose can cause liver damage" warns, it does not plan. */
const medicineFacts: Sense = {
  id: 'i-medicine-facts',
  categories: ['suicide-self-harm', 'drugs'],
  scope: 'overlap',
  phrases: [
    '[paracetamol|ibuprofen|aspirin|opioid] {overdose|overdoses} {can|could|may} {cause|lead to|damage|result in|be fatal}',
    '[paracetamol|ibuprofen|aspirin|opioid] overdose {symptoms|treatment|antidote|statistics|rates}', 'signs of {an|a} [paracetamol|opioid|drug] overdose', 'naloxone', '{reverse|reverses|reversing|treat|treats|treating|prevent|prevents|preventing} {an|a} [opioid|paracetamol|drug|heroin] overdose', 'the recommended dose', 'more than the recommended', 'never take more than',
  ],
};

/** Medicine: what a drug is for in a hospital ("ketamine is an anaesthetic"), never how to get one. */
const medicalUse: Sense = {
  id: 'i-medical-use',
  categories: ['drugs'],
  scope: 'text',
  phrases: [
    'used in {hospitals|hospital|medicine|surgery|operations|anaesthesia|vets|veterinary medicine}', '{an|as an|is an} {anaesthetic|anesthetic}', 'anaesthetic', 'anesthetic', 'anaesthetist', 'pain relief medicine', 'medical use', 'medical uses', 'used medically', 'medicinal use',
    'prescribed by {a|the|my|her|his} {doctor|gp|consultant|psychiatrist}', 'the misuse', 'misuse of',
  ],
};

/**
 * Public reactions to someone else's tragedy ("absolutely horrifying, a 16 year old stabbed to
 * death", "thoughts are with the family"). Weapons only: a child's own fear is never phrased so.
 */
const tragedyReaction: Sense = {
  id: 'i-tragedy-reaction',
  categories: ['weapons-violence'],
  scope: 'text',
  phrases: [
    'absolutely horrifying', 'absolutely horrific', 'absolutely heartbreaking', 'absolutely devastating', 'so horrifying', 'horrifying news', 'heartbreaking news', 'devastating news', 'tragic news', 'such sad news', 'so sad to hear', 'so sad to read',
    'thoughts are with', '{thoughts with|thinking of} {his|her|their|the} {family|families|loved ones}', 'thoughts go out to', '{is|was|so|absolutely|truly|just} horrendous',
    '{the lad|the boy|the girl|the victim|the young lad|the poor lad|the poor boy|the poor girl} was only', 'thoughts and prayers', 'my heart goes out', 'our hearts go out', 'hearts go out to', 'condolences to', 'rest in peace', 'rest easy', 'when will this {end|stop}', 'when will it {end|stop}', 'how many more {kids|children|young people|teenagers|lives}', 'another young life', 'another life lost', 'senseless',
  ],
};

/** A thing, not the writer, will kill someone: "this diet is going to kill him", "that'll be the death of her". */
const itWillKill: Sense = {
  id: 'i-it-will-kill',
  categories: ['weapons-violence'],
  scope: 'overlap',
  phrases: [
    '{it s|its|it is|that s|thats|that is|this is} {going to|gonna} {kill|be the death of} {him|her|them|me|you|us}',
    '{it ll|itll|it will|that ll|thatll|that will|this will} {kill|be the death of} {him|her|them|me|you|us}',
  ],
};

/**
 * Two or more risks named as a list of topics ("covering grooming, sextortion and online
 * safety"): an agenda or a curriculum, not a disclosure. Punctuation is not read, so the comma
 * needs no alternative.
 */
const topicList: Sense = {
  id: 'i-topic-list',
  categories: 'all',
  scope: 'overlap',
  phrases: [
    '{grooming|sextortion|self harm|knife crime|county lines|radicalisation|extremism|cyberbullying|exploitation|online safety} {and|} {grooming|sextortion|self harm|knife crime|county lines|radicalisation|extremism|cyberbullying|exploitation|online safety|scams|consent}',
  ],
};

/** A sibling's lifts and treats, a step-parent's chores: family life, not an adult's attentions (grooming only). */
const familyRoutine: Sense = {
  id: 'i-family-routine',
  categories: ['grooming-cse'],
  scope: 'overlap',
  phrases: [
    '{my|our} {older|big} {brother|sister|cousin|bro|sis} {gives|gave|giving|give} me {a lift|lifts}', '{my|our} {older|big} {brother|sister|cousin|bro|sis} {drives|drove|takes|took} me to',
    '{makes|made|make} me do {the washing up|the dishes|the hoovering|the chores|my chores|my homework|my room|the bins|the ironing|the laundry|my revision|my piano practice|my reading}',
  ],
};

/** Questions about the law, asked in general ("is it legal", "what happens if you get caught"), not "will i get arrested". */
const lawQuestions: Sense = {
  id: 'i-law-questions',
  categories: ['drugs', 'weapons-violence', 'gambling'],
  scope: 'text',
  phrases: [
    'is it illegal', 'is it legal', 'is it against the law', 'the legal age', 'legal age to', 'the law on', 'the law says', 'what does the law say', 'uk law', 'the law in the uk',
    'what happens if you get caught', 'what happens if you re caught', 'what happens if someone gets caught', 'can you go to {prison|jail}', 'can you get arrested', 'what is the {punishment|sentence|penalty}', 'whats the {punishment|sentence|penalty}', 'maximum sentence',
    'drug test {at|for} {work|my job|a job|the job}', 'drugs test {at|for} {work|my job|a job|the job}',
  ],
};

/** Recovery milestones and everyday "can you die from" curiosity (extends `ctx-everyday-ailments`). */
const recoveryAndCuriosity: Sense = {
  id: 'i-recovery-curiosity',
  categories: ['suicide-self-harm'],
  scope: 'overlap',
  phrases: [
    '{clean|free} {from|of} {self harm|self-harm|selfharm|cutting} {for|since}',
    'die from {eating|drinking|having} too {many|much} {sweets|sugar|candy|chocolate|junk food|crisps|fizzy drinks|coke|haribo|water|carrots|popcorn|ice cream|cheese|bananas}',
  ],
};

/** Advice addressed to anyone ("if you're being bullied, tell a trusted adult"): a poster, not a disclosure. */
const advice: Sense = {
  id: 'i-advice',
  categories: ['suicide-self-harm', 'bullying-abuse', 'grooming-cse'],
  scope: 'overlap',
  phrases: [
    '{if|when} {you re|youre|you are|ur|anyone is|someone is|somebody is|a friend is|your friend is|your child is} {being bullied|being groomed|being abused|being harassed|being threatened|being blackmailed|self harming|feeling suicidal|having suicidal thoughts|having thoughts of suicide|struggling with self harm|worried about self harm}',
  ],
};

/** Documentaries (plural and series; `ctx-news` reads "documentary"). */
const documentaries: Sense = {
  id: 'i-documentaries',
  categories: ['suicide-self-harm', 'bullying-abuse', 'weapons-violence', 'drugs', 'gambling', 'sexual', 'grooming-cse', 'hate-discrimination'],
  scope: 'text',
  phrases: ['documentaries', 'docuseries', 'docu series', 'crime documentaries', 'true crime documentary'],
};

/** Film lines, the matrix, stage and screen. */
const screenLines: Sense = {
  id: 'i-screen-lines',
  categories: ['extremism', 'drugs'],
  scope: 'overlap',
  phrases: ['red pill blue pill', 'blue pill red pill', 'red pill or [the] blue pill', 'blue pill or [the] red pill', '{red|blue} pill {from|in} [the] matrix', 'the matrix {red|blue} pill'],
};

const frames: Sense[] = [
  // "a memoir about her time in hospital after a suicide attempt": a work about a hard subject.
  // Not for grooming or extremism (a groomer or recruiter can name a film).
  { id: 'i-work-about', categories: ['suicide-self-harm', 'weapons-violence', 'bullying-abuse', 'drugs', 'gambling', 'sexual', 'hate-discrimination'], scope: 'overlap', phrases: [], all: ['@i_workAbout', '@i_hardTopic'], window: 14, ordered: true },
  // "a free workshop covering grooming and sextortion", "my thesis on how extremist groups recruit": the risk is a topic.
  // Six words at most: "…a workshop and now i think my coach is grooming me" is a disclosure after the topic.
  { id: 'i-study-topic', categories: 'all', scope: 'overlap', phrases: [], all: ['@i_studyForm', '@i_studyTopic'], window: 6, ordered: true },
  // "an internet safety talk about county lines", "a lesson on knife crime": a talk, then a linking word, then the topic.
  { id: 'i-talk-on-topic', categories: 'all', scope: 'overlap', phrases: [], all: ['@i_talkForm', '@i_onTopic', '@i_studyTopic'], window: 5, ordered: true },
  // "we had a really good chat about incel culture": a conversation about an ideology.
  { id: 'i-talk-ideology', categories: ['extremism', 'hate-discrimination'], scope: 'overlap', phrases: [], all: ['@i_talkAbout', '@i_ideologyTalk'], window: 4, ordered: true },
  // "my brother keeps stabbing me with his pencil".
  { id: 'i-pointy-trivia', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_stabWord', '@i_pointyTrivia'], window: 5, ordered: true },
  // "his new running habit is going to kill him", "that much coffee will kill you".
  { id: 'i-habit-kills', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_habit', '@i_willKill'], window: 6, ordered: true },
  // "this heat is making me want to die".
  { id: 'i-trivial-makes-me-die', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@i_trivialThing', '@i_makesMeDie'], window: 8, ordered: true },
  // "is matched betting actually legal?": a question about the law (lowers nearby matches).
  { id: 'i-is-it-legal', categories: ['drugs', 'weapons-violence', 'gambling'], scope: 'text', phrases: [], all: ['@i_is', '@i_legal'], window: 5, ordered: true },
  // "her new track called kill my ex", "the chorus goes i wanna die in your arms": a title or a quotation.
  { id: 'i-title-quote', categories: 'all', scope: 'overlap', phrases: [], all: ['@i_titleCue', '@i_quotedRisk'], window: 7, ordered: true },
  // "need a new knife for gutting fish": a tool for a job.
  { id: 'i-tool-blade', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_blade', '@i_toolUse'], window: 4, ordered: true },
  // "my friend said she wants to die and i don't know what to do, who should i tell": a helper's question.
  // Not for suicide: a friend's wish to die is passed on to a safeguarding lead however it is asked.
  { id: 'i-friend-help', categories: ['bullying-abuse', 'grooming-cse', 'drugs', 'sexual'], scope: 'overlap', phrases: [], all: ['@i_someoneElse', '@i_theirTrouble', '@i_helpAsk'], window: 24, ordered: true },
  // "how to help a friend who is self harming".
  { id: 'i-help-someone-who', categories: ['suicide-self-harm', 'bullying-abuse', 'grooming-cse', 'drugs', 'sexual'], scope: 'overlap', phrases: [], all: ['@i_howHelp', '@i_someoneWho', '@i_theirState'], window: 10, ordered: true },
  // "i want to throw myself off a cliff when my mum asks me to tidy my room", "the last episode made me want to jump off a cliff".
  { id: 'i-cliff-chore', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@i_cliff', '@i_choreOrPlot'], window: 14 },
  // "that exam was so hard i wanted to die": an ordeal that is over (not "kill myself").
  { id: 'i-ordeal-died', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@i_ordeal', '@i_soBad', '@i_iNearlyDied'], window: 9, ordered: true },
  // "this essay is killing me, 2000 words due tomorrow, i'm going to die": a workload's hyperbole.
  { id: 'i-workload-die', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@i_workload', '@i_gonnaDie'], window: 9, ordered: true },
  // "i'm going to die on this rollercoaster", "my nan screamed i'm gonna die on the log flume".
  { id: 'i-ride-die', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@i_gonnaDie', '@i_thrillRide'], window: 7 },
  // "if my mum makes me go to my cousin's wedding i will literally die".
  { id: 'i-made-to-die', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@i_ifWho', '@i_makesMe', '@i_gonnaDie'], window: 18, ordered: true },
  // "i always die on the last lap": a race, not a life.
  { id: 'i-race-die', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@i_deathWord', '@i_raceStage'], window: 4, ordered: true },
  // "how to support a friend with an eating disorder".
  { id: 'i-help-someone-with', categories: ['suicide-self-harm', 'bullying-abuse', 'drugs', 'gambling'], scope: 'overlap', phrases: [], all: ['@i_howHelp', '@i_person', '@i_with', '@i_condition'], window: 12, ordered: true },
  // "leg day is gonna murder me", "this coursework is killing me".
  { id: 'i-workload-kills', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_workload', '@i_killsMe'], window: 5, ordered: true },
  // "i'm gonna slap you with this pillow".
  { id: 'i-soft-hit', categories: ['weapons-violence', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@i_hitYou', '@i_softThing'], window: 5, ordered: true },
  // "i hate my life, i forgot my pe kit again".
  { id: 'i-fml-mishap', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@i_fml', '@i_mishap'], window: 10 },
  // "i'm the impostor and i'm gonna kill everyone": the killer's part in a party game.
  { id: 'i-game-killer-role', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_killerRole', '@i_killAll'], window: 10, ordered: true },
  // "how do i help my friend who is self harming? she made me promise not to tell": a friend's secret, not an adult's.
  { id: 'i-friend-secret', categories: ['grooming-cse'], scope: 'overlap', phrases: [], all: ['@i_someoneWho', '@i_theirState', '@i_friendSecret'], window: 16, ordered: true },
  { id: 'i-friend-secret-2', categories: ['grooming-cse'], scope: 'overlap', phrases: [], all: ['@i_someoneElse', '@i_theirTrouble', '@i_friendSecret'], window: 16, ordered: true },
  // "i shot him in the head in valorant": a kill in a game.
  { id: 'i-game-kill', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_gameKill', '@i_inPrep', '@i_inGame'], window: 7, ordered: true },
  // "wasp nest in the shed, how do i kill them": pests, not people.
  { id: 'i-pest-control', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_pest', '@i_howKill'], window: 8 },
  // "my little sister stole my hoodie again, i'm going to murder her".
  { id: 'i-sibling-theft', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_sibling', '@i_pettyVerb', '@i_pettyThing', '@i_gonnaKill'], window: 14, ordered: true },
  // "isis propaganda videos were removed from youtube".
  { id: 'i-content-removed', categories: ['extremism', 'hate-discrimination'], scope: 'overlap', phrases: [], all: ['@i_badContent', '@i_takenDown'], window: 6, ordered: true },
  // "a new law makes it illegal to share deepfake nudes".
  { id: 'i-new-law', categories: ['grooming-cse', 'sexual'], scope: 'overlap', phrases: [], all: ['@i_lawWord', '@i_lawMakes', '@i_images'], window: 8, ordered: true },
  // "'i'll kill you' 'not if i kill you first'".
  { id: 'i-kill-retort', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@i_killYou', '@i_retort'], window: 8, ordered: true },
  // "mum found weed in my brother's room, what do parents do".
  { id: 'i-found-sibling', categories: ['drugs'], scope: 'overlap', phrases: [], all: ['@i_found', '@i_famPlace'], window: 5, ordered: true },
];

/** Innocent contexts of public English text; see the file comment. */
export const enInnocent: PackPart = {
  concepts,
  terms: [],
  rules: [],
  senses: [newsReport, plots, games, warHistory, policyTalk, medicineFacts, medicalUse, tragedyReaction, itWillKill, topicList, familyRoutine, lawQuestions, recoveryAndCuriosity, advice, documentaries, screenLines, ...frames],
};
