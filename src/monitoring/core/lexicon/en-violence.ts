/**
 * English: extremism (narratives, admiration of attackers, calls to kill a group, copycat intent) and weapons and violence (threats, carrying, planned attacks). Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list
 * copied. Added to the English pack by `extendPack` (see index.ts).
 *
 * Mostly *frames*: word classes (concepts named `v_…`, never clashing with the pack's or the
 * frames' own) and rules over two or three of them, so a new wording of the same shape is caught
 * while each word alone stays quiet — "the media", "control", "holocaust", "getting", "bats",
 * "tomorrow", "message me" are everyday. The innocent senses at the end keep history lessons,
 * rounders, camping, Halloween bats, school-closure notices and people telling of deniers quiet.
 */
import type { PackPart, Rule } from './types.ts';

/** Hurt done to someone, as a past participle ("getting stabbed", "gonna get shanked"). */
const HURT_PP = '{stabbed|shot|shanked|merked|bottled|jumped|slashed|cheffed|chinged|glassed|put in hospital|hospitalised|battered}';
const GETTING = '{getting|gonna get|going to get|gunna get|will get|gets|about to get|bout to get|finna get|is getting|is gonna get|is going to get|will be|gonna be|going to be|is gonna be}';

const concepts: Record<string, readonly string[]> = {
  // ── extremism: conspiracy narratives ──
  /** Who a conspiracy says secretly rules. */
  v_hiddenpower: ['jews', 'the jews', 'jewish people', 'zionists', 'the zionists', 'zionist', 'rothschilds', 'the rothschilds', 'globalists', 'the globalists', 'soros', 'george soros', 'the cabal', 'zog', 'a jewish elite', 'jewish elites', 'the jewish elite', 'jewish bankers', 'the jewish lobby', 'the zionist lobby', 'international jewry', 'khazars', 'the khazars'],
  /** Ruling in secret. */
  v_controlverb: ['control', 'controls', 'controlling', 'controlled', 'run', 'runs', 'running', 'own', 'owns', 'pull the strings', 'pulling the strings', 'puppet masters', 'puppet master', 'are behind', 'were behind', 'is behind', 'behind', 'secretly', 'rule', 'rules', 'in charge of', 'in control of', 'funded', 'fund', 'funding', 'planned', 'caused', 'started', 'orchestrated', 'engineered'],
  /** What they are said to rule. */
  v_institution: ['the world', 'world', 'the media', 'media', 'the news', 'the banks', 'banks', 'banking', 'the money', 'money', 'the government', 'governments', 'our government', 'hollywood', 'the wars', 'every war', 'all the wars', 'wars', 'immigration', 'mass immigration', 'the economy', 'the west', 'america', 'the us', 'the uk', 'britain', 'the un', 'the elections', 'everything', 'covid', 'the pandemic', '9 11', '911', 'porn', 'the porn industry', 'slavery', 'the slave trade', 'communism', 'the fed'],
  /** The Holocaust, named. */
  v_holocaust: ['holocaust', 'the holocaust', 'the shoah', 'shoah', 'gas chambers', 'the gas chambers', 'auschwitz', 'death camps', 'concentration camps'],
  /** Denial stated. */
  v_deny: ['never happened', 'didnt happen', 'did not happen', 'didnt really happen', 'is fake', 'was fake', 'were fake', 'a hoax', 'hoax', 'exaggerated', 'is exaggerated', 'was exaggerated', 'massively exaggerated', 'a lie', 'is a lie', 'was a lie', 'fabricated', 'overblown', 'inflated', 'isnt real', 'wasnt real', 'not real', 'is propaganda', 'was propaganda', 'zionist propaganda', 'jewish propaganda', 'physically impossible', 'the numbers dont add up', 'numbers dont add up', 'dont add up', 'doesnt add up', 'fake news', 'a scam', 'scam', 'the biggest lie', 'biggest lie', 'a myth', 'just a story', 'hollywood story', 'just propaganda', 'only propaganda'],
  /** Denial asked, leaning one way. */
  v_denyq: ['did it really happen', 'really happen', 'actually happen', 'really happened', 'actually happened', 'was it real', 'is it real', 'really real', 'was it exaggerated', 'is it exaggerated', 'really exaggerated', 'really 6 million', 'really six million', 'really that many', 'where is the proof', 'wheres the proof', 'any proof', 'actual proof', 'real proof', 'prove it', 'why cant we question', 'why cant you question', 'not allowed to question', 'allowed to question', 'why is it illegal to question', 'why is it illegal to deny', 'just asking questions', 'real or', 'even real', 'real tho', 'real though', 'real or not', 'actually real', 'or just propaganda', 'just propaganda'],
  /** The hidden truth pushed at a reader. */
  v_awaken: ['wake up to the {truth|replacement|agenda|plan|lies|invasion|jews|jq}', 'woke up to the', 'wake up sheeple', 'wake up britain', 'wake up england', 'wake up brothers', 'sheeple', 'redpilled', 'red pilled', 'theyre lying to you', 'they re lying to you', 'they lie to you', 'the teachers lie', 'teachers lie about', 'teachers are part of', 'part of the system', 'the great replacement', 'the globalist agenda', 'new world order', 'the nwo', 'zog', 'the cabal', 'white genocide', 'the kalergi plan', 'the truth about {the jews|the holocaust|the replacement|zionists}', 'the globalist agenda'],
  /** Pushing material on. */
  v_pushmedia: ['read the pdf', 'the pdf i sent', 'pdf i sent', 'the link i sent', 'link i sent', 'the video i sent', 'video i sent', 'watch this', 'watch the video', 'share this', 'share this video', 'share it', 'spread this', 'spread the word', 'pass it on', 'before it gets deleted', 'before they delete it', 'before its taken down', 'before it gets taken down', 'read this', 'read the book i', 'join the channel', 'join the telegram', 'join the chat', 'link in bio', 'check the channel'],
  // ── extremism: dehumanising and calls to act ──
  /** Dehumanising words for people. */
  v_dehuman: ['subhuman', 'subhumans', 'sub human', 'untermensch', 'breed like rats', '{they|theyre|they re|they are|these people are|those people are|these people|those people|all of them are|theyre all|they are all|they r} {vermin|cockroaches|rats|parasites|animals|savages|filth|a disease|a cancer|a plague|invaders|not human|scum|leeches|apes|monkeys|mongrels|not even human|a virus}'],
  /** A call that something be done to them. */
  v_actcall: ['someone should do something about', 'somebody should do something about', 'someone needs to do something about', 'somebody needs to do something about', 'we need to do something about', 'we should do something about', 'time we did something about', 'time to do something about', 'something needs to be done about', 'something has to be done about', 'deal with them', 'get rid of them', 'rid of them', 'sort them out', 'clean them out', 'clear them out', 'clean up the streets', 'cleanse', 'cleansed', 'cleansing', 'purge', 'purged', 'exterminated', 'exterminate', 'wiped out', 'wipe them out', 'eradicated', 'eradicate', 'they all deserve', 'deserve whats coming', 'deserve what is coming', 'deserve everything they get', 'deserve to suffer', 'deserve to die', 'deserve to burn', 'deserve a bullet', 'deserve to be shot', 'should be shot', 'should be gassed', 'should be hanged', 'should be hung', 'should be burned', 'should be burnt', 'should be killed', 'should all die', 'should die', 'must die', 'need to die', 'needs to die', 'have it coming', 'had it coming', 'got what they deserved', 'got what they deserve', 'they all deserve {it|to die|to suffer|to burn|whats coming|a bullet|to be shot|worse}', 'thrown off {buildings|a building|roofs|a roof|the roof|bridges}', 'stoned to death', 'should be stoned', 'put in camps', 'sent to camps', 'into camps', 'in gas chambers', 'into gas chambers', 'into the ovens', 'in the ovens', 'lined up and shot', 'lined up against a wall', 'up against the wall'],
  /** A killing call on a group, in the imperative or infinitive. */
  v_killcall: ['kill', 'kill all', 'kill all the', 'kill every', 'murder all', 'gas', 'gas all', 'gas the', 'exterminate', 'exterminate all', 'wipe out', 'wipe out all', 'slaughter all', 'behead', 'behead all', 'lynch', 'lynch all', 'hang', 'hang all', 'hang the', 'burn', 'burn all', 'burn the', 'shoot', 'shoot all', 'shoot the', 'bomb', 'bomb the', 'nuke', 'nuke the', 'eradicate', 'cleanse', 'execute', 'execute all', 'stab', 'run over', 'mow down'],
  /** A group as targeted by extremists (added to the pack's own `group`). */
  v_group: ['muslims', 'the muslims', 'jews', 'the jews', 'blacks', 'black people', 'immigrants', 'the immigrants', 'migrants', 'the migrants', 'refugees', 'the refugees', 'asylum seekers', 'gays', 'gay people', 'trans people', 'pakis', 'arabs', 'africans', 'asians', 'hindus', 'sikhs', 'christians', 'infidels', 'kuffar', 'kafirs', 'the kuffar', 'the infidels', 'apostates', 'zionists', 'foreigners', 'illegals', 'the illegals', 'whites', 'white people', 'gypsies', 'travellers', 'roma', 'normies', 'chads', 'stacies', 'foids', 'femoids', 'roasties', 'race traitors', 'leftists', 'lefties', 'commies', 'feminists'],
  /** Past or reported intent: history and news tell of a killing call ("the Nazis tried to…"). */
  v_pastintent: ['tried to', 'wanted to', 'attempted to', 'planned to', 'aimed to', 'vowed to', 'threatened to', 'decided to', 'set out to', 'began to', 'started to', 'was trying to', 'were trying to', 'used to', 'ordered', 'order to', 'orders to', 'plan to', 'plot to', 'attempt to', 'campaign to', 'policy to', 'final solution', 'why did', 'how did', 'when did', 'why were', 'how were', 'why would'],
  v_history: ['nazis', 'the nazis', 'hitler', 'the ss', 'isis', 'the taliban', 'the kkk', 'the regime', 'the soldiers', 'the army', 'the government', 'the germans', 'stalin', 'the hutus', 'the interahamwe', 'the khmer rouge', 'pol pot', 'the crusaders', 'the romans', 'the terrorists', 'extremists', 'the attackers', 'the shooter', 'the gunman', 'the bomber'],
  // ── extremism: copycat intent and attacks on places of worship ──
  v_intent: ['i want to', 'i wanna', 'i just want to', 'i really want to', 'im going to', 'im gonna', 'i am going to', 'im about to', 'going to', 'gonna', 'gunna', 'we should', 'i should', 'we could', 'ill', 'i will', 'finna', 'imma', 'ima', 'im planning to', 'planning to', 'i might', 'im thinking of', 'thinking of', 'cant wait to', 'i need to', 'someone should', 'someone needs to', 'lets'],
  v_copycat: ['do what', 'do the same', 'do the exact same', 'copy what', 'copy him', 'copy them', 'finish what', 'repeat what', 'a copycat', 'do one like', 'follow in his footsteps'],
  v_attackref: ['mosque', 'the mosque', 'a mosque', 'masjid', 'synagogue', 'the synagogue', 'gurdwara', 'mandir', 'shooter', 'the shooter', 'the attack', 'attacker', 'the attacker', 'the bomber', 'bomber', 'gunman', 'the gunman', 'shooting', 'shot up', 'columbine', 'christchurch', 'sandy hook', 'parkland', 'uvalde', 'utoya', 'buffalo', 'a vest', 'the vest', 'suicide vest', 'massacre', 'pride parade', 'pride march', 'asylum hotel', 'migrant hotel', 'refugee centre'],
  /** A place a hate attack is aimed at. */
  v_worship: ['mosque', 'the mosque', 'a mosque', 'masjid', 'synagogue', 'the synagogue', 'a synagogue', 'gurdwara', 'the gurdwara', 'mandir', 'the mandir', 'pride parade', 'the pride parade', 'pride march', 'asylum hotel', 'the asylum hotel', 'migrant hotel', 'the migrant hotel', 'refugee centre', 'the refugee centre', 'the islamic centre', 'islamic centre', 'jewish school', 'the jewish school', 'muslim school', 'the muslim school'],
  /** Something ominous is planned. */
  v_plansomething: ['planning something', 'planning something big', 'something big', 'something big is coming', 'got something planned', 'have something planned', 'something is going to happen', 'something will happen', 'something bad will happen', 'something bad is going to happen', 'the day is coming'],
  v_warn: ['youve been warned', 'you have been warned', 'consider yourselves warned', 'dont come', 'do not come', 'stay away', 'stay home', 'stay at home', 'watch the news', 'remember my name', 'you wont forget', 'nobody will forget', 'no one will forget', 'they will remember', 'theyll remember', 'dont say i didnt warn'],
  v_warnall: ['be ready', 'be prepared', 'get ready', 'youll see', 'you will see', 'youve been warned', 'you have been warned', 'dont come', 'stay away', 'stay home', 'watch the news', 'remember my name', 'nobody will forget', 'no one will forget'],
  v_attackplace: ['mosque', 'the mosque', 'synagogue', 'the synagogue', 'gurdwara', 'mandir', 'church', 'the church', 'school', 'the school', 'our school', 'my school', 'assembly', 'the canteen', 'the hall', 'the parade', 'pride', 'the march', 'the protest', 'the hotel', 'the centre'],
  // ── extremism: admiration of attacks and their livestreams ──
  v_attackevent: ['christchurch', 'the christchurch shooting', 'the christchurch attack', 'the buffalo shooting', 'the halle shooting', 'the el paso shooting', 'columbine', 'the shooting', 'the attack', 'the massacre', 'the bombing', 'the manchester bombing', 'the arena bombing', 'the attacks', 'that attack', 'that shooting', 'the stabbing', 'the mosque shooting', 'the synagogue shooting', '{mosque|synagogue|school|church|concert|arena|mall|supermarket|gurdwara|festival|parade} {shooting|attack|bombing|stabbing|massacre|shooter|attacker|bomber}'],
  v_stream: ['livestream', 'live stream', 'livestreamed', 'live streamed', 'stream it', 'stream mine', 'the stream', 'the footage', 'the full video', 'full video', 'the uncut video', 'headcam', 'helmet cam', 'gopro', 'go pro', 'bodycam', 'body cam', 'the manifesto', 'a manifesto', 'my manifesto', 'my own manifesto', 'write a manifesto', 'writing a manifesto'],
  v_makelike: ['how to make', 'how to do', 'how do i make', 'how do i do', 'make one like', 'make a', 'make my own', 'do my own', 'do one like', 'like the', 'like in', 'like that', 'like his', 'the same as', 'copy', 'recreate', 'set up a', 'where to watch', 'anyone got', 'anyone have', 'send me', 'link to', 'still got', 'saved', 'downloaded', 'rewatched', 'rewatch', 'so good', 'best thing', 'iconic', 'peak', 'goated', 'based', 'legendary', 'masterpiece'],
  /** Approval of an attack and its victims' suffering. */
  v_approve: ['was deserved', 'were deserved', 'deserved it', 'they deserved it', 'deserved what they got', 'had it coming', 'they had it coming', 'got what they deserved', 'got what was coming', 'serves them right', 'good riddance', 'should happen more', 'needs to happen more', 'should happen again', 'more of this', 'we need more of this', 'need more attacks like', 'need more like him', 'need more men like', 'hope there are more', 'hope it happens again', 'well done to him', 'fair game', 'legitimate target', 'legitimate targets', 'no innocents', 'there are no innocents', 'doing what they had to', 'did what they had to', 'what they had to do', 'they started it'],
  /** An attacker named by the place or event of the attack. */
  v_attackerperson: ['{the|that|this|a} {mosque|synagogue|school|church|concert|arena|mall|supermarket|gurdwara|pride|christchurch|buffalo|el paso|halle|columbine|parkland|uvalde|utoya|nottingham|southport|manchester|london bridge|westminster|nice|paris} {shooter|shooters|attacker|attackers|bomber|bombers|gunman|gunmen|stabber|killer|killers}'],
  v_admire: ['hero', 'a hero', 'true hero', 'real hero', 'my hero', 'heroes', 'legend', 'a legend', 'icon', 'an icon', 'king', 'goat', 'saint', 'a saint', 'based', 'did nothing wrong', 'was right', 'were right', 'had the right idea', 'follow him', 'follow his example', 'more people should', 'respect him', 'i respect', 'my idol', 'an inspiration', 'inspired me', 'deserves respect', 'deserves a statue', 'should be celebrated', 'did what had to be done', 'did what needed to be done'],
  /** Wishing an attack on a place. */
  v_hopefor: ['i hope someone', 'hope someone', 'i hope they', 'hope they', 'someone should', 'somebody should', 'someone needs to', 'somebody needs to', 'i wish someone would', 'wish someone would', 'someone ought to', 'cant wait till someone', 'cant wait for someone', 'about time someone', 'why hasnt anyone', 'why has no one', 'we should', 'lets'],
  v_attackverb: ['bombs', 'bomb', 'burns down', 'burn down', 'burns', 'burn', 'shoots up', 'shoot up', 'blows up', 'blow up', 'torches', 'torch', 'attacks', 'attack', 'sets fire to', 'set fire to', 'smashes up', 'smash up', 'drives into', 'drive into', 'rams', 'firebombs', 'firebomb', 'petrol bombs', 'petrol bomb'],
  // ── extremism: joining ──
  v_joinself: ['i want to join', 'i wanna join', 'want to join', 'wanna join', 'how do i join', 'how to join', 'how can i join', 'where can i join', 'where do i join', 'looking to join', 'ive joined', 'i joined', 'just joined', 'thinking of joining', 'thinking about joining', 'gonna join', 'going to join', 'signed up to', 'sign up to'],
  v_fightfor: ['{fights|fight|fighting|stands up|stand up|standing up} for {white people|whites|the white race|our race|our people|the ummah|the caliphate|the khilafah|the mujahideen|the brothers}', 'protect the white race', 'defend {the white race|our race|white people|our people|our blood}', 'save the white race', 'white pride', 'white power', 'white lives', 'remigration', 'the great replacement', 'the caliphate', 'the khilafah', 'the mujahideen', 'the jihad', 'race war', 'the race war', 'holy war'],
  // ── weapons: lists of targets ──
  v_list: ['made a list', 'making a list', 'got a list', 'have a list', 'my list', 'a list of names', 'list of people', 'list of names', 'on my list', 'hit list', 'kill list', 'written down their names', 'wrote down their names', 'wrote their names'],
  v_listthreat: ['are next', 'will regret', 'will suffer', 'gonna suffer', 'wont see', 'will be first', 'first to go', 'going first', 'will be sorry', 'will all be sorry', 'are going down', 'wont be laughing', 'will stop laughing', 'get what they deserve', 'getting what they deserve'],
  /** Confronting someone, on a time or place. */
  v_confront: ['catch him', 'catch her', 'catch them', 'get him', 'get her', 'get them', 'jump him', 'jump her', 'jump them', 'link him', 'pull up on', 'ride on', 'wait for him', 'wait for her', 'wait for them', 'go for him', 'go for them', 'sort him out', 'sort them out', 'deal with him', 'deal with them', 'see him', 'see them', 'find him', 'find them', 'run up on'],
  /** A grievance told as a reason for attacks. */
  v_grievance: ['the west bombs', 'bombs our countries', 'bombing our countries', 'bombing our lands', 'killing our brothers', 'killing our sisters', 'killing our people', 'kill our people', 'our brothers and sisters are dying', 'they kill muslims', 'they kill our', 'revenge for', 'payback for', 'an eye for an eye', 'what they do to us', 'what they did to us', 'invaded our lands', 'invading our lands', 'occupying our land', 'occupy our land', 'they are replacing us', 'replacing our people', 'raping our women', 'rape our women', 'grooming our girls', 'groom our girls', 'taking our country'],
  /** Spreading a cause's message. */
  v_spread: ['put up flyers', 'putting up flyers', 'put up stickers', 'putting up stickers', 'stickers', 'flyers', 'leaflets', 'hand out leaflets', 'handing out leaflets', 'spread the message', 'spreading the message', 'bring the message', 'bringing the message', 'spread the word', 'red pill them', 'redpill them', 'redpill', 'wake them up', 'open their eyes', 'recruit more', 'get more lads', 'get more people'],
  // ── weapons: warnings to stay away from school ──
  v_stayaway: ['dont come', 'do not come', 'don t come', 'stay away from', 'stay home', 'stay at home', 'dont go', 'do not go', 'dont be', 'do not be', 'skip'],
  v_schoolday: ['{to|into|in} school {tomorrow|tmrw|on monday|monday|on friday|friday|next week|this week}', 'school {tomorrow|tmrw|on monday|on friday}', 'in {tomorrow|tmrw|on monday|on friday}', '{the|this} school {tomorrow|tmrw|on monday}', 'assembly {tomorrow|tmrw|on monday}', 'the canteen {tomorrow|tmrw|on monday}', 'at school {tomorrow|tmrw|on monday|on friday}'],
  v_ominouscue: ['trust me', 'just trust me', 'if you know whats good', 'if you know what s good', 'if you value your life', 'if you want to live', 'if you wanna live', 'youll see why', 'you will see why', 'youll find out why', 'something is going to happen', 'something will happen', 'something big', 'i warned you', 'youve been warned', 'you have been warned', 'dont ask why', 'thats all im saying', 'im not saying why', 'i cant say why', 'cant say more', 'watch the news', 'its going down', 'it s going down', 'its gonna be bad', 'its going to be bad', 'bad things', 'people will get hurt', 'someone will get hurt', 'not safe'],
  // ── extremism: recruitment ──
  v_recruit: ['message me', 'msg me', 'dm me', 'pm me', 'hit me up', 'link in bio', 'join us', 'join our', 'come join', 'we need men like you', 'men like you', 'lads like you', 'people like you', 'young men like you', 'bring two friends', 'bring your friends', 'bring a mate', 'bring some mates', 'bring more lads', 'invite only', 'private server', 'private group', 'private chat', 'encrypted', 'on telegram', 'telegram group', 'on signal', 'were recruiting', 'we are recruiting', 'recruiting', 'looking for members', 'looking for lads', 'looking for brothers', 'want in', 'anyone in', 'are you in', 'who is in', 'whos in', 'meetup', 'meet up', 'meetups', 'training sessions', 'fight club', 'boxing club', 'self improvement group', 'self-improvement', 'active club'],
  v_cause: ['our people', 'our race', 'our blood', 'our kind', 'white men', 'white lads', 'white brothers', 'white race', 'the white race', 'real patriots', 'true patriots', 'brothers fighting', 'the ummah', 'the true deen', 'true deen', 'the mujahideen', 'jihad', 'whats coming for', 'race war', 'the race war', 'holy war', 'the replacement', 'replacing us', 'being replaced', 'our country back', 'take our country back', 'take back our', 'remigration', 'redpilled', 'the kuffar', 'kuffar', 'save the west', 'save britain', 'save england', 'save europe', 'our homeland', 'the invaders', 'invaders', 'race traitors', 'the globalists', 'zog', 'the day of the rope', 'the caliphate', 'khilafah', 'the dawlah', 'martyrdom'],
  // ── weapons and violence: threats ──
  /** Who the threat is against. */
  v_threatsubj: ['youre', 'you re', 'you are', 'your', 'ur', 'u r', 'u', 'you', 'hes', 'he s', 'he is', 'he', 'shes', 'she s', 'she is', 'she', 'theyre', 'they re', 'they are', 'they', 'the next person who', 'the next person to', 'next person who', 'next person to', 'next one who', 'the next {kid|boy|girl|guy|one|person|man|lad|idiot|prick} {who|that|to}', 'next {kid|boy|girl|guy|one|lad} {who|that|to}', 'whoever', 'anyone who', 'anybody who', 'that kid', 'that boy', 'that girl', 'that guy', 'your mate', 'ur mate', 'your brother', 'ur brother', 'your boyfriend', 'ur boyfriend', 'his brother', 'the new kid', 'the teacher', 'my teacher', 'that teacher', 'the ref', 'sir', 'miss'],
  v_getit: [`${GETTING} ${HURT_PP}`],
  /** A menace against someone. */
  v_menace: ['{not|isnt|wont be|aint} {leaving|walking away|going home|getting home} in one piece', '{leaving|going home|coming out} in {an ambulance|a body bag}', 'wont walk away from this', 'watch your back', 'watch ur back', 'watch yo back', 'your days are numbered', 'ur days are numbered', 'sleep with one eye open', 'ur a dead man', 'dead man walking', 'know where he lives', 'know where she lives', 'know where they live', 'whats coming to you', 'what is coming to you', 'youre finished', 'ur finished', 'its on sight', 'on sight', 'wont see tomorrow', 'wont make it home', 'not making it home', 'youre a dead {man|boy|girl}', 'ur a dead {man|boy|girl}'],
  /** Something that makes a menace concrete: a time, a place, means, company, seriousness. */
  v_menacecue: ['after school', 'tomorrow', 'tmrw', 'tonight', 'on monday', 'on friday', 'at break', 'at lunch', 'outside', 'outside the gates', 'at the gates', 'by the gates', 'behind the', 'at the park', 'on the bus', 'on the way home', 'walking home', 'with the boys', 'with my boys', 'with the mandem', 'the mandem', 'my brothers', 'my cousins', 'not a joke', 'not joking', 'no joke', 'im serious', 'deadass', 'swear down', 'on my mums life', 'on my life', 'knife', 'blade', 'bats', 'shank', 'strap', 'the ting', 'borer', 'ching', 'when i see you', 'when i see u', 'when i catch you', 'when i catch u', 'when we find you', 'we will find you', 'ill find you', 'i will find you'],
  // ── weapons and violence: school attacks ──
  v_massattack: ['columbine', 'sandy hook', 'parkland', 'uvalde', 'virginia tech', 'utoya', 'dunblane', 'christchurch', 'the buffalo shooting', 'the christchurch shooting', 'the shooting', 'school shooting', 'a school shooting', 'the school shooting', 'mass shooting', 'the manchester bombing', 'the arena bombing', 'the bombing', 'the massacre'],
  v_outdo: ['beat it', 'beat that', 'beat the record', 'beat his record', 'beat their record', 'beat the score', 'beat his score', 'beat their score', 'beat the number', 'beat their number', 'beat his number', 'top that', 'outdo', 'outdo them', 'outdo him', 'do better', 'break the record', 'break their record', 'more than them', 'more than him', 'more than that', 'higher score', 'a higher score', 'higher body count', 'higher kill count', 'beat the kill count', 'beat the body count', 'body count', 'death toll', 'beat the death toll', 'more deaths', 'more dead', 'new record'],
  // ── weapons and violence: carrying and buying ──
  v_weapon: ['knife', 'knives', 'a knife', 'my knife', 'shank', 'a shank', 'shanks', 'machete', 'machetes', 'zombie knife', 'zombie knives', 'flick knife', 'butterfly knife', 'switchblade', 'karambit', 'kukri', 'gun', 'guns', 'a gun', 'strap', 'a strap', 'the strap', 'pistol', 'a pistol', 'taser', 'a taser', 'stun gun', 'knuckle duster', 'knuckle dusters', 'knuckledusters', 'knuckleduster', 'brass knuckles', 'brass knucks', 'acid', 'a bottle of acid', 'bb gun', 'air rifle', 'ching', 'nank', 'borer', 'skeng', 'rambo'],
  /** Where a pupil hides a weapon at school, or that nobody checks. */
  v_schoolspot: ['in my locker', 'in the locker', 'in my blazer', 'in my school bag', 'in my schoolbag', 'in my pe bag', 'in my pencil case', 'in my tray', 'under my desk', 'in the school toilets', 'past the gates', 'past security', 'through the gates', 'past the teachers', 'through the scanner', 'past the scanner', 'nobody checked', 'nobodys checked', 'no ones checked', 'nobody checks', 'no one checks', 'they dont check', 'they never check', 'teachers never check', 'never get searched', 'dont search bags', 'dont check bags', 'into school', 'to school'],
  /** Kept on the body or bag, ready. */
  v_carryon: ['to carry', 'carry it', 'carry on me', 'carry around', 'carrying it', 'on me at all times', 'keep it on me', 'keep on me', 'in my pocket', 'in my waistband', 'in my waist', 'in my sock', 'in my coat', 'in my jacket', 'in my hoodie', 'in my bag', 'in my trackies', 'down my trousers', 'for protection', 'just in case', 'for the opps', 'for the ops', 'to protect myself', 'conceal it', 'concealed', 'hide it on me', 'hidden on me', 'so nobody sees it', 'so no one sees it', 'so the police', 'without the police', 'past the police', 'so i can use it', 'hidden in my room', 'hidden under my', 'under my bed', 'under my pillow', 'under my mattress', 'for when he', 'for when she', 'for when they', 'stashed'],
  v_sellask: ['anyone selling', 'who sells', 'whos selling', 'who s selling', 'who is selling', 'where can i get', 'where can i buy', 'where to buy', 'where to get', 'looking for', 'tryna get', 'trying to get', 'tryna buy', 'trying to buy', 'selling', 'for sale', 'dm for', 'dm me for', 'cop a', 'copped a', 'just copped', 'how much for', 'price for', 'plug for'],
  v_illegalarms: ['converted blank', 'converted blank firer', 'blank firer', 'blank-firer', 'blankfirer', 'a 9mm', 'a glock', 'a baby 9', 'a shotty', 'a sawn off', 'sawn off', 'a mac 10', 'an uzi', 'rounds for', 'bullets for', 'a skeng', 'a zombie knife', 'zombie knife', 'a rambo', 'a machete', 'a flick knife', 'flick knife', 'a butterfly knife', 'butterfly knife', 'a switchblade', 'knuckle dusters', 'knuckle duster', 'brass knuckles', 'a taser', 'taser', 'a stun gun', 'stun gun', 'cs spray', 'a ghost gun', 'ghost gun', 'a zip gun', 'a pipe gun'],
  // ── weapons and violence: planned fights with weapons ──
  v_gather: ['coming back', 'coming with', 'come with', 'come back with', 'bring', 'bringing', 'bring the', 'pull up', 'pulling up', 'roll up', 'rolling up', 'roll on', 'going round', 'go round', 'ride out', 'riding out', 'tooled up', 'link up', 'linking up', 'meet at', 'turn up with', 'turning up with', 'pull up with'],
  v_arms: ['{his|her|their|my|our|his brothers|his brother s|his dads|his dad s|my dads|my dad s|my brothers|my brother s|his uncles|his uncle s} {gun|pistol|shotgun|strap}', 'a real gun', 'blades', 'knives', 'the knives', 'bats', 'the bats', 'baseball bats', 'poles', 'metal poles', 'hammers', 'machetes', 'bricks', 'the ting', 'the tings', 'straps', 'the straps', 'the strap', 'shanks', 'knuckle dusters', 'brass knuckles', 'crowbars', 'the blade', 'the shank', 'the machete', 'ching', 'chings', 'borers', 'skengs', 'something sharp', 'bringing something', 'bringing something too', 'the weapons', 'our weapons', 'tooled'],
  v_when: ['tomorrow', 'tmrw', 'tonight', 'today', 'later', 'now', 'right now', 'this weekend', 'at lunch', 'at break', 'after school', 'on monday', 'monday', 'on friday', 'friday', 'next week', 'at 4', 'at 3', 'at 3 30', 'at half 3', 'at the park', 'behind the shops', 'by the shops', 'on the field'],
  // ── weapons and violence: hurting with a weapon ──
  v_hitverb: ['hit', 'slap', 'smash', 'bash', 'whack', 'batter', 'stab', 'slash', 'beat', 'hurt', 'jump', 'cave', 'knock', 'crack', 'glass', 'bottle', 'spark', 'lamp', 'clobber', 'thump', 'do'],
  v_target: ['him', 'her', 'them', 'you', 'u', 'that kid', 'that boy', 'that girl', 'the new kid', 'his head', 'her head', 'his face', 'her face', 'his skull', 'their heads', 'the opps', 'that teacher', 'the teacher', 'my teacher', 'my stepdad', 'my dad', 'my brother'],
  v_withweapon: ['with {the|a|my|his|some|this} {knuckle dusters|knuckle duster|brass knuckles|bat|baseball bat|hammer|brick|knife|blade|bottle|crowbar|pole|metal pole|machete|shank|golf club|wrench|spanner|lock in a sock|padlock}', 'with {the|a|my|his} {ting|strap|skeng|ching|nank|borer|rambo|zombie|shank|blade|bats|boys and the ting|mandem and the}'],
  /** How much harm a blunt object does to a person. */
  v_harmq: ['how much damage', 'what damage', 'how hard', 'would it kill', 'will it kill', 'could it kill', 'can it kill', 'enough to kill', 'enough to crack', 'to crack', 'cave in', 'to break', 'fracture', 'does to', 'do to', 'knock someone out', 'knock him out', 'knock them out'],
  v_blunt: ['hammer', 'a hammer', 'bat', 'a bat', 'baseball bat', 'brick', 'a brick', 'crowbar', 'golf club', 'a rock', 'brass knuckles', 'knuckle duster', 'knuckle dusters', 'metal pole', 'a pole', 'dumbbell', 'a dumbbell', 'a bottle', 'padlock', 'lock in a sock', 'a wrench'],
  v_vital: ['skull', 'the skull', 'a skull', 'someones skull', 'someones head', 'his head', 'her head', 'a head', 'the head', 'someones face', 'the temple', 'the neck', 'someones neck', 'a human skull', 'a person s head', 'a persons head'],
  // ── weapons and violence: making explosives ──
  v_makeverb: ['make', 'making', 'made', 'build', 'building', 'built', 'mix', 'mixing', 'test', 'testing', 'tested', 'set off', 'setting off', 'learning how to make', 'learnt how to make', 'learned how to make', 'how to make', 'recipe for', 'put together'],
  v_boom: ['stuff that explodes', 'something that explodes', 'things that explode', 'stuff that blows up', 'something that blows up', 'things that blow up', 'that goes boom', 'that goes bang', 'stuff that goes bang', 'an explosive', 'explosives', 'homemade explosive', 'homemade explosives', 'a pipe bomb', 'pipe bomb', 'pipe bombs', 'a nail bomb', 'nail bomb', 'pressure cooker bomb', 'an ied', 'ied', 'tatp', 'thermite', 'napalm', 'shrapnel', 'a detonator', 'detonator', 'black powder', 'gunpowder', 'petrol bomb', 'molotov', 'molotovs'],
  v_boomcue: ['at school', 'to school', 'in school', 'the school', 'behind the garages', 'behind the shops', 'in the woods', 'this weekend', 'tomorrow', 'tonight', 'see who', 'whos laughing', 'who s laughing', 'theyll see', 'they will see', 'everyone will see', 'teach them', 'at them', 'their house', 'his house', 'her house', 'his car', 'the mosque', 'the synagogue', 'not fireworks', 'bigger than', 'more powerful', 'more damage', 'shrapnel'],
  // ── weapons and violence: filmed fights ──
  v_filmfight: ['filmed the fight', 'film the fight', 'filming the fight', 'recorded the fight', 'filmed us {jumping|battering|beating|hitting|kicking}', 'filmed {him|her|them} getting {jumped|battered|beaten|hit|kicked|slapped|stamped on}', 'film {him|her|them} getting {jumped|battered|beaten|hit|kicked|slapped}', 'filmed it when we {jumped|battered|beat|hit}', 'happy slap', 'happy slapping', 'slapped {him|her} and filmed', 'jumped {him|her} and filmed'],
  v_again: ['do it again', 'doing it again', 'again next week', 'again tomorrow', 'next week', 'next time', 'another one', 'someone else next', 'whos next', 'who s next', 'post it', 'posting it', 'send it to', 'sending it to', 'upload it', 'put it on'],
  /** Who is paid back, and the readiness that makes it a plan. */
  // ── innocent frames ──
  v_closure: ['snow', 'snow day', 'inset', 'inset day', 'strike', 'strikes', 'teacher training', 'closed', 'closure', 'boiler', 'heating', 'flood', 'flooding', 'power cut', 'if youre ill', 'if you are ill', 'if ur ill', 'if youre sick', 'covid', 'chickenpox', 'sickness', 'vomiting', 'bug', 'contagious', 'isolate'],
  v_festive: ['eid', 'ramadan', 'iftar', 'diwali', 'vaisakhi', 'hanukkah', 'christmas', 'easter', 'open day', 'fundraiser', 'bake sale', 'celebration', 'birthday', 'wedding', 'anniversary', 'festival', 'fete', 'school fair', 'concert', 'surprise', 'prom', 'sports day', 'talent show', 'party', 'show', 'play', 'assembly', 'performance'],
  v_pastera: ['1700s', '1800s', '1900s', '18th century', '19th century', 'eighteenth century', 'nineteenth century', 'napoleon', 'napoleonic', 'waterloo', 'industrial revolution', 'victorian era', 'in the past'],
  v_denial_talk: ['deniers', 'denier', 'denial', 'deny', 'denying', 'denies', 'denied', 'historians', 'survivors', 'survivor', 'evidence for', 'the evidence', 'how do we know', 'prove them wrong', 'prove that it happened', 'respond to', 'reply to', 'argue against', 'debunk', 'debunked', 'claims that', 'claim that', 'people who say', 'people who think', 'people who believe', 'someone who says', 'conspiracy theory', 'conspiracy theories', 'conspiracy theorists', 'antisemitic', 'anti semitic', 'antisemitism', 'racist', 'is wrong', 'offensive', 'believe', 'believes', 'some people', 'why do people', 'why some people', 'why people'],
};

// ── dev8 round: cells that recruit and train, arson told as a plan, a weapon at home and a grudge ──
const moreConcepts: Record<string, readonly string[]> = {
  /** Harm promised if the child speaks: "he'll kill me if i", "will hurt you if u". */
  v_silencethreat: ['{will|ll|d|would|gonna|going to|is going to|is gonna|} {kill|hurt|beat|batter|murder|get} {me|you|u} if {i|you|u}'],
  /** …tells someone who could act, or speaks at all. */
  v_silencetell: ['{tell|told|say anything to|said anything to|go to|went to} {anyone|anybody|someone|somebody|a teacher|the teacher|teachers|miss|sir|the police|police|social services|childline|people}', 'say anything', 'said anything', 'report it', 'report him', 'grass', 'snitch'],
  /** Talk is over: from petitions and moaning to action. */
  v_talkover: [
    'time to stop {signing petitions|talking|protesting|posting|complaining|moaning|asking nicely|being nice|being polite}', '{the|} time for {talk|talking|words|petitions|protest|protests|debate} is over', 'talking is over',
    'enough talk', 'enough talking', 'no more talk', 'no more talking', 'done talking', 'done with talking', 'petitions {dont|never|havent} {work|worked}', 'talking {hasnt|doesnt|never} {work|worked}',
    '{actions|action|deeds} not words', 'instead of {moaning|talking|complaining} {online|on here}', 'actually doing something', 'do something real',
    'take matters into {our|their|my} own hands', 'take it into our own hands', 'nobody else will do it',
  ],
  /** Training and readiness for a coming fight. */
  v_militant: [
    'training camp', 'training camps', '{training|train|camp|camping|drills} in the {woods|hills|forest|countryside|mountains}', 'other skills', '{combat|fight|fighting|knife|weapons|weapon|survival} training',
    'can handle themselves', 'train {your|ur} {body|mind}', 'be ready for when', '{when|for when|before} it kicks off',
    'prepare for {whats|what is|what s} coming', 'preparing for {whats|what is|what s} coming', 'the day is coming', 'day of reckoning', 'when the call {goes out|comes}', 'race war', 'the war is coming', 'civil war is coming', 'the coming war',
  ],
  /** Silence asked of members. */
  v_secretive: ['keep {your|ur|their|our|his|yer} {mouth|mouths|gob|gobs} shut', 'tell no one', 'tell nobody', 'say nothing to', 'no snitches', 'snitches get', 'trust no one', 'on the low', 'keep it on the low'],
  /** Asking young men to come. */
  v_cellwant: [
    'whos in', 'who s in', 'who is in', 'anyone in', 'want in', 'are you in', '{dm|dm me} for the {group|gc|group chat|server|link}',
    'young lads', 'young men', 'men who {actually|really|still|truly} care', '{we|they} {need|want} {young|} {men|lads|brothers|boys}', 'looking for {young|} {lads|men|brothers}', 'bring {two|2|some|your|ur} {friends|mates|lads}',
    'join us', 'come to the next one', 'white lads only', 'whites only', 'white only',
  ],
  /** The cause named: replacement, invaders, a poisoned people. */
  v_cellcause: [
    'the replacement', 'being replaced', 'replacing us', 'replace us', 'the great replacement', 'the invaders', 'invaders', 'the invasion', 'remigration', 'our people', 'our race', 'our kind', 'white lads',
    'the white race', 'race traitors', 'the globalists', 'the kuffar', 'the hypocrites', 'true patriots', 'real patriots', 'poisoning our {kids|children|people|families}', 'save {our|the} {country|nation|race|people|kids}',
    'take {our|the} country back', 'the enemy',
  ],
  /** A target found and a means of fire. */
  v_targetknown: ['we know where', 'i know where they', 'know where they {live|meet|pray|sleep}', 'found out where', 'we found where', 'got {the|their} address', 'the address is', 'got the layout', 'the layout of', 'prayer times'],
  v_fuel: [
    'bring {petrol|the petrol|lighter fluid|a jerry can|jerry cans|accelerant|paraffin}', '{a|the} can of petrol', 'cans of petrol', 'jerry can of petrol',
  ],
  /** Fire set on purpose. */
  v_arson: ['petrol {bomb|bombs}', 'molotov', 'molotovs', 'pour petrol', 'petrol through', 'lighter fluid through', 'burn them out', 'torch it', 'torch the place', 'set it alight', 'set fire to it', 'set fire to {their|his|the} {house|car|mosque|hotel}'],
  /** A gun at home and the key to it. */
  v_homegun: [
    '{dads|uncles|grandads|stepdads} got a {gun|shotgun|rifle}', '{dad|uncle|grandad|stepdad} {has|keeps} a {gun|shotgun|rifle}', '{dads|uncles|grandads} {gun|shotgun|rifle}', 'gun cabinet', 'gun safe',
    'in the cabinet', 'where {he|dad} keeps the {key|keys}', 'the {key|code} to the {gun cabinet|gun safe|cabinet}',
  ],
  /** A grudge to be paid back. */
  v_grudge: [
    'the ones who laughed', 'everyone who laughed', 'all of them who laughed', 'theyll see', 'they will see', 'youll all see', 'you will all see', 'watch what happens {monday|on monday|tomorrow|tmrw|at school|in school|next week|on friday|friday}',
    'will pay', 'gonna pay', 'going to pay', 'will regret', 'gonna regret', 'not joking this time', 'wont be laughing', 'whos laughing now', 'the last laugh', 'see who laughs',
  ],
  /** Orders to the others of a planned beating: "bring everything", "delete after reading". */
  v_menacecue: ['bring everything', 'delete after reading', 'delete this after reading', 'delete after you read', 'delete this after'],
  // Hate: more names for a group and more claims about it (merged into en.ts's `group` and `hateclaim` by extendPack).
  group: ['hijabis', 'hijabi girls', 'muzzies', 'muzzie', 'the hijabis'],
  hateclaim: ['terrorist sympathisers', 'terrorist sympathizers', 'terrorist supporters', 'all terrorist', 'rats not refugees'],
};

const moreRules: Rule[] = [
  // A threat that keeps a child quiet ("he said he'll kill me if i tell anyone"). The first part holds
  // the everyday "will kill me if" ("my mum will kill me if i'm late"), so that sense, inside it,
  // does not drop the rule; who would be told tells the two apart.
  { id: 'v-threat-for-silence', category: 'bullying-abuse', severity: 4, all: ['@v_silencethreat', '@v_silencetell'], window: 9, ordered: true },
  // A cell in the making: any three of talk-is-over, training for a fight, silence, young men wanted, a cause, a target found, fire.
  { id: 'v-cell-cues', category: 'extremism', severity: 4, all: ['@v_talkover', '@v_militant', '@v_secretive', '@v_cellwant', '@v_cellcause', '@v_targetknown', '@v_fuel', '@v_arson'], atLeast: 3, window: 45 },
  // "we know where they live, petrol through the door": a target found beside fire set on purpose.
  { id: 'v-arson-target', category: 'weapons-violence', severity: 4, all: ['@v_targetknown', '@v_arson'], window: 16 },
  // "my dad's got a shotgun and i know where he keeps the key" beside "the ones who laughed at me will see".
  { id: 'v-home-gun-grudge', category: 'weapons-violence', severity: 5, all: ['@v_homegun', '@v_grudge'], window: 30 },
];

function mergeConcepts(...parts: Record<string, readonly string[]>[]): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const part of parts) for (const [name, words] of Object.entries(part)) out[name] = [...new Set([...(out[name] ?? []), ...words])];
  return out;
}

export const enViolence: PackPart = {
  concepts: mergeConcepts(concepts, moreConcepts),
  terms: [
    // Death threats received, told by the one who gets them.
    { id: 'v-death-threats-received', category: 'bullying-abuse', severity: 3, phrases: ['{im|ive been|i keep|i been} getting death threats', 'getting sent death threats', '{sent|sending|sends|keeps sending} me death threats', 'death threats from {a|an} {burner|anon|anonymous|fake} {account|number}'] },
    // Racist abuse in the jungle and monkey tropes.
    { id: 'v-jungle-abuse', category: 'hate-discrimination', severity: 3, phrases: ['go back to {the|ur|your} jungle', 'monkey accent', '{made|making|make|doing} monkey noises at'] },
    // Extremist vocabulary of denial and conspiracy that no lesson uses in its own voice.
    { id: 'v-denial-slang', category: 'extremism', severity: 4, phrases: ['holohoax', 'holo hoax', 'holocaust hoax', 'holocough', 'six gorillion', '6 gorillion', 'six million lie', 'the 6 million lie', 'the six million lie', 'shoah business', 'the goyim know', 'goyim know', 'happy merchant', 'jewish controlled media', 'jew controlled media', 'jewish owned media', 'jew owned media', 'zionist occupied government', 'zionist controlled government', 'jewish world order', 'the jews did 9 11', 'the jews did 911', 'jews did 9 11'] },
    // Calls to kill a group, in their slogan forms (also hate: en.ts).
    { id: 'v-kill-group-slogan', category: 'extremism', severity: 5, phrases: ['gas the {jews|kikes|muslims|pakis|blacks|gays|refugees|immigrants}', 'kill all {muslims|jews|blacks|immigrants|migrants|refugees|gays|pakis|arabs|christians|infidels|kuffar|kafirs|normies|chads|foids|femoids|stacies|roasties|whites|white people}', '{muslims|jews|blacks|immigrants|migrants|refugees|gays|pakis|arabs|infidels|kuffar|foids|normies} must {die|be exterminated|be wiped out|be gassed}', 'total {jew|kike|muslim|paki|nigger|black|foid} death', 'kill the {kuffar|kafirs|infidels|apostates|murtads}', 'behead the {kuffar|infidels|apostates|blasphemers}'] },
    // Online radical slang (far-right, Islamist, incel) not already in en.ts.
    { id: 'v-radical-slang', category: 'extremism', severity: 3, phrases: ['white sharia', 'dar al harb', 'dar ul harb', 'dar al kufr', 'taghut', 'tawaghit', 'the tawaghit', 'lone mujahid', 'femoid', 'femoids', 'foid', 'foids', 'go er', 'going er', 'incel uprising', 'incel revolution', 'beta revolution', 'hang the race traitors', 'race traitors will hang', 'rope the race traitors', 'clown world honk', 'honk honk clown world', 'boogaloo boys', 'big igloo', 'based and redpilled on the jq', 'the jq is real', 'jq pilled'] },
    // Copycat school attacks, named outright.
    { id: 'v-school-attack', category: 'weapons-violence', severity: 5, phrases: ['{do|pull|doing|pulling|gonna do|going to do} a columbine', 'columbine {2|two|part 2|part two|round 2|round two|2 0}', 'the next columbine', '{shoot|shooting|blow|blowing|burn|burning|shot} {the|this|that|our|my} {place|school|building|assembly|canteen|hall|classroom|class} up', '{shoot|shooting} up {the|this|that|our|my} {place|building|assembly|canteen|hall|classroom|class}', 'beat {the|their|his|columbines|columbine s} {body count|death toll|record|high score}', 'school shooting {tomorrow|on monday|next week|at our school|at my school}'] },
    // Gun and blade deals in street slang.
    { id: 'v-street-arms', category: 'weapons-violence', severity: 4, phrases: ['{anyone|who|whos|who s|who is} selling {a|the} {9|nine|9mm|baby 9|strap|burner|ting|shotty|skeng|rambo|zombie}', '{converted|converting|convert|conversion} {blank|blanks|blank firer|blank firers|blankfirer|blank-firer}', '{blank firer|blankfirer|blank-firer} {converted|that fires live|that shoots live|converted to live}', 'opp spotted', '{opp|opps} {spotted|seen|in the area|on our block|on the high street|on the strip|by the shops}'] },
  ],
  rules: [
    // ── extremism ──
    { id: 'v-hidden-rulers', category: 'extremism', severity: 4, all: ['@v_hiddenpower', '@v_controlverb', '@v_institution'], window: 8 },
    { id: 'v-holocaust-denial', category: 'extremism', severity: 4, all: ['@v_holocaust', '@v_deny'], window: 8 },
    { id: 'v-holocaust-doubt', category: 'extremism', severity: 3, all: ['@v_holocaust', '@v_denyq'], window: 8 },
    { id: 'v-hidden-truth-push', category: 'extremism', severity: 4, all: ['@v_awaken', '@v_pushmedia'], window: 16 },
    { id: 'v-dehumanise-act', category: 'extremism', severity: 4, all: ['@v_dehuman', '@v_actcall'], window: 14 },
    { id: 'v-group-act', category: 'extremism', severity: 4, all: ['@v_group', '@v_actcall'], window: 8 },
    { id: 'v-kill-group', category: 'extremism', severity: 5, all: ['@v_killcall', '@v_group'], window: 3, ordered: true },
    { id: 'v-act-on-worship', category: 'extremism', severity: 4, all: ['@v_actcall', '@v_worship'], window: 6, ordered: true },
    { id: 'v-copycat', category: 'extremism', severity: 5, all: ['@v_intent', '@v_copycat', '@v_attackref'], window: 12, ordered: true },
    { id: 'v-ominous-plan', category: 'extremism', severity: 4, all: ['@v_plansomething', '@v_warn', '@v_attackplace'], window: 16 },
    { id: 'v-ominous-worship', category: 'extremism', severity: 5, all: ['@v_plansomething', '@v_worship', '@v_warnall'], window: 14 },
    { id: 'v-attack-stream', category: 'extremism', severity: 4, all: ['@v_attackevent', '@v_stream', '@v_makelike'], window: 10 },
    { id: 'v-attack-approval', category: 'extremism', severity: 4, all: ['@v_attackevent', '@v_approve'], window: 10 },
    { id: 'v-admire-named-attacker', category: 'extremism', severity: 4, all: ['@v_attackerperson', '@v_admire'], window: 10 },
    { id: 'v-wish-attack-worship', category: 'extremism', severity: 4, all: ['@v_hopefor', '@v_attackverb', '@v_worship'], window: 8, ordered: true },
    { id: 'v-join-cause', category: 'extremism', severity: 4, all: ['@v_joinself', '@v_fightfor'], window: 10, ordered: true },
    { id: 'v-grievance-justify', category: 'extremism', severity: 4, all: ['@v_grievance', '@v_approve'], window: 24 },
    { id: 'v-spread-cause', category: 'extremism', severity: 4, all: ['@v_spread', '@v_cause'], window: 16 },
    { id: 'v-recruit-cause', category: 'extremism', severity: 4, all: ['@v_recruit', '@v_cause'], window: 18 },
    // ── weapons and violence ──
    { id: 'v-threat-getting', category: 'weapons-violence', severity: 4, all: ['@v_threatsubj', '@v_getit'], window: 8, ordered: true },
    { id: 'v-menace', category: 'weapons-violence', severity: 4, all: ['@v_menace', '@v_menacecue'], window: 12 },
    { id: 'v-mass-attack-outdo', category: 'weapons-violence', severity: 5, all: ['@v_massattack', '@v_outdo'], window: 12 },
    { id: 'v-school-copycat', category: 'weapons-violence', severity: 5, all: ['@v_intent', '@v_copycat', '@v_massattack'], window: 10, ordered: true },
    { id: 'v-weapon-in-school', category: 'weapons-violence', severity: 4, all: ['@v_weapon', '@v_schoolspot'], window: 8 },
    { id: 'v-weapon-carry', category: 'weapons-violence', severity: 4, all: ['@v_weapon', '@v_carryon'], window: 8 },
    { id: 'v-buy-arms', category: 'weapons-violence', severity: 4, all: ['@v_sellask', '@v_illegalarms'], window: 5, ordered: true },
    { id: 'v-armed-meet', category: 'weapons-violence', severity: 5, all: ['@v_gather', '@v_arms', '@v_when'], window: 14 },
    { id: 'v-hit-with-weapon', category: 'weapons-violence', severity: 4, all: ['@v_hitverb', '@v_target', '@v_withweapon'], window: 8, ordered: true },
    { id: 'v-blunt-harm', category: 'weapons-violence', severity: 4, all: ['@v_harmq', '@v_blunt', '@v_vital'], window: 10 },
    { id: 'v-make-explosive', category: 'weapons-violence', severity: 4, all: ['@v_makeverb', '@v_boom', '@v_boomcue'], window: 16 },
    { id: 'v-target-list', category: 'weapons-violence', severity: 4, all: ['@v_list', '@v_listthreat'], window: 14 },
    { id: 'v-confront-armed', category: 'weapons-violence', severity: 4, all: ['@v_confront', '@v_withweapon'], window: 8, ordered: true },
    { id: 'v-stay-away-school', category: 'weapons-violence', severity: 5, all: ['@v_stayaway', '@v_schoolday', '@v_ominouscue'], window: 16 },
    { id: 'v-filmed-fight', category: 'weapons-violence', severity: 3, all: ['@v_filmfight', '@v_again'], window: 14 },
    ...moreRules,
  ],
  senses: [
    // History, news and study retell killing calls and attacks in the past or reported voice.
    { id: 'v-history-retold', categories: ['extremism', 'hate-discrimination', 'weapons-violence'], scope: 'overlap', phrases: [], all: ['@v_history', '@v_pastintent', '@v_killcall'], window: 6 },
    { id: 'v-conspiracy-discussed', categories: ['extremism', 'hate-discrimination'], scope: 'text', phrases: [], all: ['@v_hiddenpower', '@v_controlverb', '@v_denial_talk'], window: 14 },
    { id: 'v-old-banking', categories: ['extremism'], scope: 'text', phrases: [], all: ['@v_hiddenpower', '@v_pastera'], window: 14 },
    { id: 'v-denial-discussed', categories: ['extremism'], scope: 'text', phrases: [], all: ['@v_holocaust', '@v_denial_talk'], window: 14 },
    { id: 'v-school-closed', categories: ['extremism', 'weapons-violence'], scope: 'text', phrases: [], all: ['@v_warn', '@v_closure'], window: 12 },
    { id: 'v-violence-everyday', categories: ['weapons-violence', 'extremism'], scope: 'overlap', phrases: [
      '{battered|smashed|destroyed|thrashed|hammered} {at|in|on} {fifa|fortnite|the match|the game|football|chess|ranked|the quiz|mario kart|smash bros}', 'getting shot {for|by} {a|the|vogue|a magazine|a photographer|the photographer|the paper}', 'getting {jumped|bottled|shot|stabbed} {in|on|at} {fortnite|warzone|cod|the game|roblox|gta}',
      'bring {the|some} bats {for|to} {rounders|cricket|baseball|softball|pe}', 'rounders', 'softball', 'baseball', 'bat box', 'bat walk', 'bat detector', 'fruit bats', 'vampire bats', 'cricket bats', 'table tennis bats', 'ping pong bats', 'halloween bats', 'paper bats', 'bat decorations',
      'knives and forks', 'knife and fork', 'knives forks', 'cutlery', 'butter knives', 'palette knife', 'palette knives', 'craft knife', 'craft knives', 'pen knife', 'penknife', 'swiss army knife', 'fishing knife', 'filleting knife', 'fillet knife', 'bushcraft knife', 'whittling knife', 'carving knife', 'chefs knife', 'chef knife', 'chef s knife', 'knife skills', 'knife sharpener', 'knife set', 'knife block',
      '{water|nerf|glue|bubble|toy|cap|staple|heat|massage|spray tan|paint|foam} {gun|guns}', 'ice skate blades', 'skate blades',
      '{body|kill} count {in|of} {the|this|that} {film|movie|show|series|game|book}',
      'watch your back {when|while} {lifting|bending|carrying|you lift}', 'watch {your|ur} back {posture|muscles|pain}',
    ] },
    { id: 'v-festive-plan', categories: ['extremism', 'weapons-violence'], scope: 'text', phrases: [], all: ['@v_plansomething', '@v_festive'], window: 14 },
    { id: 'v-outdoor-kit', categories: ['weapons-violence'], scope: 'text', phrases: ['scouts', 'camping', 'bushcraft', 'whittling', 'dofe', 'duke of edinburgh', 'fishing', 'angling', 'deer hunting', 'hunting season', 'deer stalking', 'clay pigeon', 'clay shooting', 'shooting range', 'gun club', 'rifle club', 'airsoft', 'paintball', 'archery', 'fencing', 'martial arts', 'karate', 'kung fu', 'taekwondo', 'escrima', 'kali sticks', 'boxing match', 'mma', 'kickboxing', 'judo', 'food tech', 'home economics', 'cookery', 'knife crime awareness', 'knife amnesty', 'knife bin', 'drill music', 'the lyrics', 'rounders', 'halloween party', 'halloween decorations', 'volcano', 'science experiment', 'science fair', 'confetti', 'mentos', 'bath bomb', 'fireworks display', 'bonfire night', 'guy fawkes', 'gunpowder plot', 'minecraft', 'tnt'] },
  ],
};
