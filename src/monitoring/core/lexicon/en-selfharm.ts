/**
 * English: suicide, self-harm and eating disorders as people write them in chat and posts. Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list
 * copied. Added to the English pack by `extendPack` (see index.ts).
 *
 * Real posts say it indirectly and at length: a burden, tired of existing, no reason to keep going,
 * a date picked, tablets saved, "woke up in hospital", a streak of clean days lost, sleeves in
 * summer, a sharpener taken apart, food hidden and meals thrown up. Each class here (concepts named
 * `s_…`) is harmless alone — "tired of everything", "picked a date", "40 days clean", "long
 * sleeves", "threw up" are everyday — so every rule needs two different classes near each other,
 * and the innocent senses at the end keep the same words quiet in smoking streaks, sport diets,
 * stomach bugs, outgrown clothes, climbing ropes, proms and leavers' posts.
 */
import type { PackPart, Rule, Sense, TermGroup } from './types.ts';

/** Counts of days, weeks or months in a streak. */
const COUNT = '{2|3|4|5|6|7|8|9|10|11|12|14|15|20|21|25|28|30|40|45|50|60|63|70|75|80|90|100|120|150|200|365|a few|few|two|three|four|five|six|seven|eight|nine|ten|a hundred}';
const LOW_KG = '{30|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48}';
const LOW_CAL = '{100|150|200|250|300|350|400|450|500|550|600|700|800}';
/** The means most often named in posts (a shorter list keeps quantity frames small). */
const PILLS = '{pills|tablets|paracetamol|painkillers|meds|my meds|my tablets|my pills|sleeping pills}';

// ── despair: each class is vague low mood alone; two different ones together are ideation ──
const burden = [
  'a burden', 'such a burden', 'being a burden', 'the burden', 'dead weight', 'dragging everyone down', 'drag everyone down', 'dragging {my family|them|everyone|my friends} down',
  'ruining everyones {life|lives}', 'ruin everyones {life|lives}', 'ruining {their|my familys|my parents} {life|lives}', 'a disappointment to everyone',
  'cope better without', '{better|easier} without {me|the drama|the trouble|the stress|the mess} i', 'never meant to be {here|born|alive}', 'was a mistake', 'im a mistake', 'i am a mistake',
  'holding everyone back', 'deserve a better {kid|son|daughter|child|friend|sister|brother}', 'be relieved if',
];
const weary = [
  '{tired|sick|exhausted} of {everything|existing|being alive|being me|living|it all|trying|fighting|pretending|waking up|this life|feeling like this|being here}',
  'so {tired|sick|exhausted} of {everything|existing|being alive|living|it all|fighting|pretending}', 'exhausted from {being alive|existing|living|everything|pretending|fighting}',
  'done with {everything|existing|it all|being alive|this life|trying|everyone}', 'fighting my own {head|brain|mind}', 'every single day is the same', '{tired|sick|exhausted} of being {a person|a human|human|me}',
];
/** Nobody would notice. */
const unmissed = ['{anyone|anybody} would {even|} {notice|care}', 'would {anyone|anybody} {even|} {notice|care}', '{nobody|no one} would {even|} {notice|care}'];
/** Telling everyone you are fine. */
const mask = [
  '{telling|told} {everyone|my therapist|my mum|my counsellor|people} {im|that im} {fine|ok|okay}', '{pretend|pretending} {im|i am|to be} {fine|ok|okay|happy}',
  'fake {smile|smiling}', 'put on a {smile|brave face}', 'im not {fine|ok|okay}', 'nobody {knows|notices} how bad',
];
/** Wanting it all to stop. */
const stop = [
  'rest forever', 'want it all to {stop|end}', 'want everything to {stop|end}', 'make it all stop', '{want|need} the pain to stop', 'make the pain stop', 'just want it to {stop|end}', '{want|need} it to be over',
  'dont want to feel anything anymore', 'dont want to feel anymore',
];
/** Giving up. */
const giveup = [
  'cant keep {fighting|pretending|doing this|going}', 'dont want to do {it|this} anymore', 'cant do {it|this} anymore', 'too scared to do anything', 'too much of a coward', 'ready to give up', 'giving up on everything',
  'give up on everything', 'for good', 'permanently', 'cant feel like this {anymore|forever|much longer}', 'cant keep feeling like this', 'im done', 'i am done', 'im so done',
];
const nopoint = [
  'no reason {to keep going|to carry on|to go on|to stay|to be here|to live|for me to|to keep trying|to wake up}', 'no point {in|to} {carrying on|going on|keeping going|living|being alive|being here|trying anymore|existing|me being here}',
  'no point anymore', 'dont see the point {in|of} {carrying on|going on|living|being alive|anything|trying|any of it|life|me}', 'whats the point {of me|of living|of being alive|in being alive|of existing|of carrying on|of even trying|anymore|of any of it}',
  'nothing {left|} to live for', 'nothing left for me',
];
/** A future that never improves. */
const nofuture = [
  '{never|not} going to get better', 'wont ever get better', 'always {going to|gonna} feel like this', 'will always feel like this', 'nothing will ever change', 'nothing {is going to|is gonna|will} {get better|change}',
  'no future for me', 'cant see a future', 'dont see a future', 'cant picture a future', 'no way out of this', '{stopped|stop|cant|dont} seeing a way {forward|out}', 'no way forward', '{cant|dont} see a way {forward|out}',
];
const gone = [
  'not wake up', 'dont wake up', 'wont wake up', 'didnt wake up', 'never wake up', 'not waking up', 'never woke up', 'disappear forever', 'disappear and never come back', 'just disappear',
  'not exist', 'not existing', 'stop existing', 'stopped existing', 'not be here', 'not being here', 'if i was gone', 'if i were gone', 'when im gone', 'once im gone', 'after im gone', 'not be around',
  'fall asleep forever', 'sleep forever', 'not be alive', 'be dead', 'was dead', 'were dead', 'feels peaceful', 'just not existing',
  '{theyd|they would|theyll|they will|she would|he would|mum would} {get over it|move on} {eventually|quickly|soon|fast|}', 'switch {it all|everything|myself} off', 'turn it all off', 'switch off for good',
  'if i stopped {turning up|showing up|being around|coming}', 'if i {vanished|disappeared}', 'how it would feel to {just|} {stop|die|not exist|be dead|disappear}', 'switch off',
];
/** Settled finality around a plan. */
const resolved = [
  'not scared anymore', 'not afraid anymore', 'so nobody blames', 'so no one blames', 'nobody can blame', 'something to remember me', 'remember me by', 'something of me', 'after im gone', 'when im gone',
  'once im gone', 'go through with it', 'do it properly', 'before i go', 'when i go', 'when i do it', 'wont be here', 'not be here', 'the right night', 'the right time', 'nothing will change my mind',
  'made my peace', 'at peace with it', '{wasnt|isnt|is not|was not} {their|your|anyones} fault', 'dont blame yourselves', 'at the {station|bridge|tracks|cliff|roof|car park} now', 'on the {bridge|roof|platform|ledge} now',
  'thats when {im|i am|ill|i will} {going to|gonna|} do it', 'the day {i|ill} do it', 'my last {day|week|night|weekend}', 'for the last time',
];

const concepts: Record<string, readonly string[]> = {
  s_burden: burden,
  s_weary: weary,
  s_nopoint: nopoint,
  s_gone: gone,
  s_stop: stop,
  s_mask: mask,
  s_unmissed: unmissed,
  s_giveup: giveup,
  s_nofuture: nofuture,
  s_despair: [...unmissed, ...mask, ...burden, ...weary, ...stop, ...giveup, ...nopoint, ...nofuture, ...gone, ...resolved],

  /** A hope or wish that ends in not waking or not existing. */
  s_hope: ['keep imagining', 'i imagine', 'imagining', 'daydream about', 'dream about', 'i think about', 'keep thinking about', 'i hope i', 'hope i', 'hoping i', 'praying i', 'pray i', 'i wish i', 'wish i would', 'wish i could', 'i wouldnt mind if i', 'wouldnt mind if i', 'wouldnt care if i', 'id be fine if i', 'id be okay if i', 'id be ok if i', 'it would be nice if i', 'be nice to just'],
  s_nowake: [
    'dont wake up', 'wont wake up', 'didnt wake up', 'never wake up', 'never woke up', 'just didnt wake up', 'stopped waking up', 'die in my sleep', 'died in my sleep', 'got hit by a {car|bus|train}',
    'get hit by a {car|bus|train}', 'not existing', 'just not existing', 'not being alive', 'being dead', 'didnt exist', 'just stopped existing', 'stopped existing', 'stop existing', 'just disappeared', 'disappear forever', 'fall asleep forever', 'sleep forever', 'not exist anymore',
  ],

  // ── planning, means and attempts ──
  /** Preparations that read as a plan only beside despair or finality. */
  s_plan: [
    'picked a date', 'picked the date', 'chosen a date', 'chose a date', 'set a date', 'set the date', 'picked the day', 'chosen the day', 'the date is set', 'i have a date',
    'worked out how', 'figured out how', 'know how {im|i am|ill} {going to|gonna} do it', 'know exactly how', 'decided how', 'decided when', 'how and when', 'researching {methods|ways}', 'researched {methods|ways}',
    '{looked|looking|look} up {methods|ways to die|how long it takes}', 'giving {my|all my} {things|stuff|clothes|games|belongings|hoodies|books|jewellery} away', 'giving away {my|all my}', 'gave away {my|all my}', 'given away {my|all my}',
    'gave {my|all my} {things|stuff|clothes|games|belongings|hoodies|books|jewellery|xbox|ps5|switch} {away|to}', '{wrote|written|writing|write} {letters|a letter|notes|a note} {for|to} {my|everyone|each}', 'letters for {my|everyone}',
    '{writing|wrote|written|write} {everyone|my family|my friends|my mum|each of them} {letters|a letter|notes|a note}', 'left a note {in|on|for}', 'counting down the days',
    'give my {hamster|cat|dog|rabbit|guinea pig|pet|fish|xbox|phone|things|stuff|clothes} to', 'look after my {hamster|cat|dog|rabbit|pet|guinea pig}',
    'deleted {all|} my {photos|posts|accounts|messages|pictures}', 'said my goodbyes', 'saying my goodbyes', 'who gets my', 'made a will', 'wrote my will', 'written my will', 'tidied my room for the last',
  ],
  s_resolved: resolved,
  /** Means counted, kept and waiting. */
  s_count_pills: [`{20|24|28|30|32|40|48|50|60|64|70|80|90|100|loads of|a lot of|so many|enough|a box of|boxes of|packets of|a bottle of} ${PILLS}`, `${PILLS} {saved|saved up|stashed|hidden|hid|ready}`],
  s_kept: [
    'hidden', 'hid {them|it}', 'hiding {them|it}', 'saved', 'saving', 'stashed', 'in my room', 'in my drawer', 'in my wardrobe', 'under my bed', 'under my mattress', 'in my bag', 'ready', 'waiting',
    'enough now', 'theres enough', 'there are enough', 'for a month', 'for weeks', 'for months', 'been collecting', 'been keeping',
  ],
  s_rope: ['a rope', 'the rope', 'rope', 'a noose', 'the noose', 'noose', 'a ligature', 'ligature'],
  s_rope_kept: [
    'in my wardrobe', 'in my room', 'under my bed', 'in my closet', 'in my cupboard', 'in the loft', 'in the garage', 'hid', 'hidden', 'hide', 'hiding', 'bought', 'ordered', 'i check', 'check its', 'tied', 'tie',
    'the beam', 'door handle', 'the banister', 'hold my weight', 'strong enough', 'tested it', 'practised', 'practiced', 'ready', 'still there', 'got',
  ],
  /** Going back to a high place to look. */
  s_scout: [
    'high enough', 'checked how high', 'check how high', 'how far down', 'over the {railing|railings|barrier|fence|edge}', 'climbed over', 'stood at the edge', 'standing at the edge', 'sat on the edge', 'sitting on the edge',
    'been going there every {night|day}', 'keep going back to', 'went up there to check', 'go up there every', 'looking down and', 'stare down', 'staring down',
  ],
  /** What happens after an attempt. */
  s_after: [
    'woke up in {hospital|a and e|a&e|resus|icu|intensive care|the hospital}', 'had my stomach pumped', '{pump|pumped} my stomach', 'stomach pumped', 'charcoal', 'liver damage', 'on a drip', 'in hospital',
    'mum found me', 'my {mum|mom|dad|sister|brother|friend} found me', 'they found me', 'found me in time', 'found me unconscious', 'threw it all up', 'just threw up', 'didnt work', 'didnt die', 'still alive',
    'survived', 'still here', 'next time', 'again', 'watching me', 'everyone is watching', 'psych ward', 'camhs', 'crisis team',
  ],
  s_attempt: [
    `{took|taking|swallowed|swallowing} {a whole|the whole|the entire|two|three} {packet|box|bottle|strip|pack|blister}`, `{took|taking|swallowed|swallowing} {too many|all my|all the|loads of|a load of|so many|a handful of|a bunch of} ${PILLS}`,
    'overdosed', 'my overdose', 'an overdose', 'my attempt', 'attempted', 'tried to {kill myself|end it|end my life|die|hang myself|overdose|take my life}', 'last time i {took|tried|did it}',
    'tried again', 'took too many', 'took the pills', 'took all of them', 'took them all',
  ],

  // ── self-harm disclosure ──
  s_streak: [
    `{clean|free} for ${COUNT}`, `${COUNT} {days|weeks|months} {clean|free}`, 'clean for', 'sh free', 'self harm free', `after ${COUNT} {days|weeks|months}`,
    'lost my streak', 'broke my streak', 'broken my streak', 'ruined my streak', 'reset my {streak|counter|clean count}', 'back to day {0|1|zero|one}', 'day {0|zero} again', 'my clean streak', 'my streak',
  ],
  s_slip: ['relapsed', 'relapse', 'relapsing', 'i slipped', 'slipped up', 'slipped again', 'gave in', 'caved', 'did it again', 'messed up', 'ruined it', 'cut again', 'started again', 'back to it', 'hurt myself', 'i hate myself', 'the urges', 'the urge'],
  s_cover: [
    'hoodie', 'hoodies', 'long sleeves', 'long sleeved', 'long-sleeved', 'jumper', 'sweater', 'cardigan', 'wristbands', 'sweatbands', 'bracelets', 'plasters', 'bandages', 'concealer', 'foundation on my',
    'my sleeves down', 'pull my sleeves', 'keep my sleeves', 'blazer', 'my coat on', 'coat on all day',
  ],
  s_heat: [
    'in summer', 'in the summer', 'summer', 'in {june|july|august}', 'when its {hot|boiling|roasting|sunny|30 degrees}', 'even when its', 'in the heat', 'heatwave', 'boiling', 'roasting', 'at the beach', 'swimming', 'in pe', 'for pe',
  ],
  s_unseen: [
    'so no one {sees|can see|notices|asks|finds out}', 'so nobody {sees|can see|notices|asks|finds out}', 'so {my mum|my mom|my dad|my parents|mum|they|people|my friends|teachers} {doesnt|dont|wont|cant} {notice|see|ask|find out}',
    'doesnt notice', 'dont notice', 'wont notice', 'wont ask', 'no one asks', 'nobody asks', 'hide {them|it|my arms|my wrists|my thighs}', 'cover {them|it} up', 'what i did', 'what i do', '{because of|cause of|bc of} whats on my', 'whats on my {arms|wrists|thighs|legs}',
  ],
  s_marks: ['my arms', 'my wrists', 'my wrist', 'my thighs', 'my forearms', 'my forearm', 'the marks', 'the lines', 'the scars', 'my scars', 'the cuts', 'my cuts', 'scabs', 'the burns', 'my burns'],
  s_limb: ['my {wrists|wrist|arms|arm|thighs|thigh|forearms|forearm|hips|hip|stomach|legs|ankles}', 'both {wrists|arms|thighs}'],
  s_marked: ['covered in {cuts|lines|scratches|scars|marks|burns|scabs}', 'are covered', 'is covered', 'full of {cuts|lines|scars}', 'all cut up', 'sliced up', 'carved', 'bleeding again', 'scabbed over', 'scarred', 'lines on'],
  s_compel: ['cant stop', 'dont know how to stop', 'want to stop', 'cant seem to stop', 'keep doing {it|this}', 'every night', 'addicted', 'no one knows', 'nobody knows', 'the urge', 'the urges', 'deeper', 'my fault', 'i deserve'],
  s_sharp: ['sharpener', 'sharpeners', 'pencil sharpener', 'the blade', 'the blades', 'a blade', 'blades', 'razor', 'my razor', 'a razor', 'razors', 'shaving razor', 'disposable razor'],
  s_dismantle: [
    '{broke|break|breaking|broken} {open|apart}', '{took|take|taking|taken} apart', '{unscrew|unscrewed|unscrewing}', '{got|get|getting|took|take|taking|pop|popped|prised|prise|pried} the {blade|blades} out',
    'the {blade|blades} out', 'smashed {a|the|my}', 'melted {the|a}', 'melt the plastic', 'screw out',
  ],
  s_cutword: ['cut', 'cuts', 'cutting', 'sh', 'the blade', 'my blade'],
  s_deep: ['deeper', 'too deep', 'so deep', 'wouldnt stop bleeding', 'wont stop bleeding', 'needed stitches', 'need stitches', 'should get stitches', 'steri strips', 'butterfly stitches', 'bled through', 'blood everywhere', 'soaked through'],

  // ── eating disorders ──
  s_ed_purge: [
    'threw up', 'throw up', 'throwing up', 'thrown up', 'made myself sick', 'make myself sick', 'making myself sick', 'purge', 'purged', 'purging', 'fingers down my throat', 'toothbrush down my throat',
    'throwing it {all|} back up', '{bring|brought|bringing} it {all|} back up', 'straight to the {toilet|bathroom|loo} after', '{go|going|went} to the {toilet|bathroom|loo} after {every meal|eating|dinner|lunch|tea|meals|i eat}',
    'laxatives', 'laxative', 'dulcolax', 'senna', 'diet pills', 'water pills', 'get rid of {it|what i ate|the food|everything i ate|all of it|dinner|lunch}',
  ],
  s_ed_restrict: [
    'restricting', 'restrict', 'restricted', 'havent eaten', 'hadnt eaten', 'not eaten', 'didnt eat {anything|all day|today|at all}', 'dont eat', 'skip {every meal|meals|dinner|breakfast|lunch}', 'skipped {every meal|meals|dinner|breakfast|lunch|tea}',
    'only had {a|an|one|black coffee|water|an apple|a coffee|some water|a few|half}', 'only ate {a|an|one|half|some}', 'fasting', 'fasted', 'water fast', 'chew and spit', 'count every calorie', 'counting calories',
    '{burn|exercise|run|work} it off', 'extra {hour|hours|run|workout|miles|laps} on the {treadmill|bike|cross trainer}', 'burn off {the|what i ate|every}', 'no food', 'day {2|3|4|5|6|7|8|9|10} of {no food|fasting|not eating}',
    'one meal {every|a} {two days|2 days|other day|few days}', 'down to one meal', 'eat every other day', `{no more than|max|under} ${LOW_CAL}`, '{scared|afraid|terrified} {of|to} {eating|eat}', 'fear {food|foods}', 'starving myself', 'not eating', 'eat nothing', 'ate nothing', 'stop eating', 'stopped eating',
  ],
  s_ed_hide: [
    'hide my {food|lunch|dinner|tea|breakfast}', 'hid my {food|lunch|dinner|tea|breakfast}', 'hiding {my|} {food|lunch|dinner}', '{throw|threw|throwing} my {lunch|food|dinner|breakfast} {away|in the bin}',
    '{feed|fed|give|gave} my {dinner|food|tea} to the dog', '{pretend|pretended|pretending} to eat', '{pretend|pretended} i ate',
  ],
  s_ed_lie: [
    '{said|say|told|tell} {my mum|mum|my mom|my dad|my parents|everyone|them|her|him} i {ate|had eaten|already ate}', '{said|say} i ate', '{thinks|think} i ate', '{lie|lied|lying} about {eating|what i eat|food}',
    'i ate at my friends',
  ],
  s_ed_motive: [
    'so i {dont|wouldnt|wont|didnt} gain', 'gain weight', 'gaining weight', 'put on weight', 'im fat', 'so fat', 'feel fat', 'feel huge', 'still feel huge', 'im huge', 'so huge', 'disgusting after {eating|food|i eat}', 'feel disgusting',
    'thin', 'skinny', 'thinner', 'skinnier', 'lose weight', 'lost weight', 'weighed myself', 'weigh myself', 'the scales', '{kg|kilos|lbs} {now|today|this week}', 'calories', 'cals', 'so proud', 'feel proud',
    'feel clean', 'empty feels', 'feels good to be empty', 'dont deserve {to eat|food}', 'in control', 'collarbones', 'hip bones', 'ribs', 'thigh gap', 'goal weight', 'gw', 'ugw', 'thinspo', 'ana', 'mia', 'panic',
    'so guilty', 'feel guilty', '{feel|felt|feeling} {disgusting|gross|so fat|huge|guilty}', 'binging', 'binge', 'binged', 'bingeing', 'feel light', 'so empty', 'feeling empty', 'love feeling empty', 'love the empty feeling',
    'makes me eat', 'made me eat', 'making me eat', 'forced to eat', 'forces me to eat', 'so no one {sees|hears|knows|notices}', 'so nobody {sees|hears|knows|notices}', 'without {her|him|them|my mum|mum|anyone|my parents} knowing', 'behind {her|their|my mums} back', 'after {the|that|all that} {food|party food|takeaway|binge|meal|dinner|pizza}', 'after {eating|i ate|binging|a binge}', '{thinks|think} i ate',
    '{dont|didnt|wont} have to eat', 'down to', `${LOW_KG} {kg|kgs|kilos}`, '{80|85|90|95|100|105|110} {lbs|pounds}', 'every bite', 'nobody knows', 'no one knows', 'mum doesnt know', 'my parents dont know',
  ],
  s_ed_rapid: ['lose {2|3|4|5|6|7|8|9|10|12|15|20} {kg|kgs|kilos|pounds|lbs|stone}', 'lose {2|3|4|5|6|7|8|9|10|12|15|20}{kg|kgs|lbs}', 'lose {a|half a|two} stone'],
  s_ed_abbr: ['gw', 'gw1', 'gw2', 'gw3', 'ugw', 'cw', 'hw', 'lw', 'sw', 'gw 1', 'gw 2'],
  s_ed_num: ['{35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55}'],
  s_ed_low: [`{no more than|max} ${LOW_CAL}`, `${LOW_CAL} a day`, `${LOW_CAL} {calories|cals|kcal}`, `under {500|600|800|1000}`, 'water only', 'only water', 'fasting', 'not eating', 'stop eating', 'skip meals', 'one meal a day', 'omad', 'how many calories', 'calories'],
  s_ed_bones: ['see my {collarbones|ribs|hip bones|bones|spine}', 'collarbones', 'hip bones', 'thigh gap', 'ribs showing', 'bones showing', 'bones stick out'],
  s_ed_want: ['want to be', 'wanna be', 'need to be', 'so thin', 'skinny enough', 'thin enough', 'until i can see', 'till i can see', 'want my', 'i need my', 'goal'],
  s_ed_space: ['thinspo', 'meanspo', 'bonespo', 'skinnyspo', 'ana coach', 'ana buddy', 'ana buddies', 'mia buddy', 'mia buddies', 'pro ana', 'proana', 'pro mia', 'edtwt', 'ed twt', 'ana tips', 'mia tips', 'ana rules'],
  s_ed_ask: ['need', 'want', 'looking for', 'any', 'dm me', 'send me', 'motivation', 'strict', 'be mean to me', 'keep me accountable', 'accountable', 'join', 'who wants', 'anyone', 'add me'],

  // ── voices, means brooded over, a pull towards a place ──
  s_voices: ['the voices', 'voices {in my head|keep|tell|telling}', 'a voice {in my head|keeps|tells|telling}', 'the voice {in my head|keeps|tells}'],
  s_doit: ['to do it', 'to kill myself', 'to hurt myself', 'to end it', 'to jump', 'to cut', 'i deserve', 'how much longer', 'cant fight', 'say no', 'give in', 'to die'],
  s_means_obj: [PILLS, `{the|my|those|all the|all my} ${PILLS}`, 'the packet', 'the box of', 'the rope', 'the blade', 'the blades', 'my blades', 'the bottle of'],
  s_contemplate: ['keep looking at', 'kept looking at', 'staring at', 'stare at', 'counting', 'counted', 'lined up', 'laid out', 'holding them', 'in my hand', 'tipped them out', 'poured them out', 'how many {there are|mum has|we have|are left|are in|she has|he has}'],
  s_brood: ['thinking about it', 'think about it', 'tempting', 'so tempting', 'probably enough', 'would be enough', 'is it enough', 'enough to', 'cant stop thinking', 'every night', '3am', '4am', 'in the dark', 'when everyones asleep', 'cant sleep'],
  /** Rumination about jumping, at the place where one could. */
  s_jumpthought: ['{thinking|think|thought|thinking a lot|cant stop thinking} about {jumping|stepping off|falling|going over}', '{stand|standing|stood} there {a bit|} too long', '{stand|standing|stood} too close to the edge', 'just {stand|stood|standing} there', 'lean over', 'leaning over'],
  s_highplace: ['the bridge', 'a bridge', 'the platform', 'the train station', 'the station', 'the tracks', 'the train line', 'the railway', 'the edge', 'the roof', 'the car park', 'the multi storey', 'the cliff', 'the balcony', 'the canal', 'the river'],
  /** Heading to such a place with a farewell left behind. */
  s_headto: ['{walking|heading|going|on my way|getting the bus} to', 'standing on', 'sat on', 'sitting on'],
  s_leftnote: ['{left|wrote|leaving|written} {a|my} {note|letter}', 'a note {for|on|to}', 'left my phone'],
  s_sorrybye: ['sorry', 'im sorry', 'i m sorry', 'goodbye', 'love you all', 'love u all', 'forgive me'],
  s_step: ['step off', 'step in front', 'walk in front', 'walk out in front', 'step out in front', 'jump in front', 'lie down on', 'just step', 'just walk', 'fall in front'],
  s_rail: ['the platform', 'the tracks', 'the train tracks', 'the railway', 'the train comes', 'a train', 'the train', 'the motorway', 'the traffic', 'a lorry', 'a bus'],
  s_pull: ['keeps calling me', 'calling to me', 'calls to me', 'calling my name', 'pulling me', 'pulls me', 'draws me', 'wants me', 'keeps pulling me'],
  s_place: ['the bridge', 'the water', 'the river', 'the tracks', 'the edge', 'the pills', 'the blade', 'the rope', 'the roof', 'the cliff', 'the canal', 'the railway'],

  // ── short chat ──
  s_now: ['tonights the night', 'tonight is the night', 'today is the day', 'no going back now', 'its now or never', 'its time now', 'time to go now'],
  s_bye: ['sorry mum', 'sorry mom', 'sorry dad', 'love you all', 'love u all', 'i love you all', 'goodbye', 'bye everyone', 'forgive me', 'im sorry', 'im so sorry', 'tell my mum', 'look after my', 'dont be sad', 'dont cry'],
  s_done: ['im done', 'i am done', 'im so done', 'done with everything', 'cant anymore', 'ive had enough', 'i have had enough', 'had enough of everything'],
  s_when: ['tonight', 'tonite', '2nite', 'today', 'tomorrow', 'this weekend', 'after school', 'when everyones asleep', 'when everyone is asleep'],
};

const rules: Rule[] = [
  // Ideation told indirectly: two different kinds of despair near each other (a burden and no reason to go on).
  { id: 's-despair-pair', category: 'suicide-self-harm', severity: 4, all: ['@s_burden', '@s_weary', '@s_stop', '@s_giveup', '@s_nopoint', '@s_nofuture', '@s_gone', '@s_mask', '@s_unmissed'], atLeast: 2, window: 25 },
  { id: 's-hope-not-wake', category: 'suicide-self-harm', severity: 4, all: ['@s_hope', '@s_nowake'], window: 11, ordered: true },
  // A plan: preparations beside despair or finality.
  { id: 's-plan', category: 'suicide-self-harm', severity: 5, all: ['@s_plan', '@s_despair'], atLeast: 2, window: 25 },
  // Means gathered and kept.
  { id: 's-means-kept', category: 'suicide-self-harm', severity: 5, all: ['@s_count_pills', '@s_kept'], window: 10 },
  { id: 's-rope-kept', category: 'suicide-self-harm', severity: 5, all: ['@s_rope', '@s_rope_kept'], window: 8 },
  { id: 's-height-scouted', category: 'suicide-self-harm', severity: 5, all: ['@fheight', '@s_scout'], window: 12 },
  // An attempt, and what came after it.
  { id: 's-attempt', category: 'suicide-self-harm', severity: 5, all: ['@s_attempt', '@s_after'], atLeast: 2, window: 20 },
  // Self-harm: a streak lost, covering up in the heat, marked limbs that will not stop, blades taken out, cuts too deep.
  { id: 's-sh-relapse', category: 'suicide-self-harm', severity: 4, all: ['@s_streak', '@s_slip'], atLeast: 2, window: 20 },
  { id: 's-sh-cover', category: 'suicide-self-harm', severity: 4, all: ['@s_cover', '@s_heat', '@s_unseen', '@s_marks'], atLeast: 3, window: 20 },
  { id: 's-sh-marked', category: 'suicide-self-harm', severity: 4, all: ['@s_limb', '@s_marked', '@s_compel'], window: 15 },
  { id: 's-sh-blade-out', category: 'suicide-self-harm', severity: 4, all: ['@s_sharp', '@s_dismantle'], window: 8 },
  { id: 's-sh-deep', category: 'suicide-self-harm', severity: 4, all: ['@s_cutword', '@s_deep'], window: 6 },
  // Eating disorders: a behaviour with its motive, hiding with restricting or purging, fast loss on few calories, asking for pro-ana company.
  { id: 's-ed-purge-motive', category: 'suicide-self-harm', severity: 4, all: ['@s_ed_purge', '@s_ed_motive'], window: 15 },
  { id: 's-ed-restrict-motive', category: 'suicide-self-harm', severity: 4, all: ['@s_ed_restrict', '@s_ed_motive'], window: 12 },
  { id: 's-ed-hide', category: 'suicide-self-harm', severity: 4, all: ['@s_ed_hide', '@s_ed_lie', '@s_ed_restrict', '@s_ed_purge', '@s_ed_motive'], atLeast: 2, window: 20 },
  { id: 's-ed-bones', category: 'suicide-self-harm', severity: 4, all: ['@s_ed_want', '@s_ed_bones'], window: 12 },
  { id: 's-ed-goal-abbr', category: 'suicide-self-harm', severity: 4, all: ['@s_ed_abbr', '@s_ed_num'], window: 2, ordered: true },
  { id: 's-ed-rapid', category: 'suicide-self-harm', severity: 4, all: ['@s_ed_rapid', '@s_ed_low'], window: 15 },
  { id: 's-ed-space', category: 'suicide-self-harm', severity: 4, all: ['@s_ed_space', '@s_ed_ask'], window: 10 },
  { id: 's-voices-command', category: 'suicide-self-harm', severity: 4, all: ['@s_voices', '@s_doit'], window: 15 },
  { id: 's-means-brooding', category: 'suicide-self-harm', severity: 4, all: ['@s_means_obj', '@s_contemplate', '@s_brood', '@s_kept'], atLeast: 3, window: 30 },
  { id: 's-step-in-front', category: 'suicide-self-harm', severity: 4, all: ['@s_step', '@s_rail'], window: 8 },
  { id: 's-place-pull', category: 'suicide-self-harm', severity: 4, all: ['@s_place', '@s_pull'], window: 12, ordered: true },
  // Short chat: the night has come, and a goodbye.
  // "when i'm on the bridge i just stand there a bit too long", "can't stop thinking about jumping when i'm on the platform".
  { id: 's-jump-rumination', category: 'suicide-self-harm', severity: 4, all: ['@s_jumpthought', '@s_highplace'], window: 16 },
  // "left a note for my mum. walking to the train line now. i'm sorry": a note, an apology, and on the way to a high or rail place.
  { id: 's-heading-with-note', category: 'suicide-self-harm', severity: 5, all: ['@s_leftnote', '@s_sorrybye', '@s_headto', '@s_highplace'], window: 24 },
  { id: 's-now-bye', category: 'suicide-self-harm', severity: 5, all: ['@s_now', '@s_bye'], window: 12 },
  { id: 's-done-when', category: 'suicide-self-harm', severity: 4, all: ['@s_done', '@s_when'], window: 5 },
];

const terms: TermGroup[] = [
  { id: 's-ideation', category: 'suicide-self-harm', severity: 4, phrases: [
    'want to disappear {and never come back|forever|for good}', '{never|wasnt} meant to be {here|born|alive}', '{should|shouldve} never have been born', 'shouldnt have been born',
    '{tired|sick|exhausted} of being {a person|a human|human}', '{so|} {tired|sick|exhausted} {of|from} {existing|being alive}', 'no reason {to|for me to} {keep going|carry on|go on|stay alive|keep living|be alive|live anymore}', 'nothing {left|} to live for',
    'dont see the point {in|of} {living|being alive|carrying on anymore|going on anymore|life|existing}', 'no point {in|to} {living|being alive|existing|me being alive}',
    'see {you|u|yall|you all|u all|everyone} on the other side',
    'wish i could {just|} {stop existing|not exist|disappear forever}',
    '{wish|hope|hoping} {a|the} {bus|car|train|lorry} {would|will|} {hit|run me over|kill} me', '{hope|hoping} a {bus|car|train|lorry} {hits|runs me over|kills} me', '{tired|sick|exhausted} of fighting {my brain|my mind|my own head|my head|my thoughts|myself|it every day}',
    '{wants|wanted|said he wants|said she wants|says he wants|says she wants|keeps saying he wants|keeps saying she wants} to be dead', 'painless {ways|way} to {go|die|end it}', 'painless {ways|way} to {go|die} in {my|your} sleep',
    `how many ${PILLS} {does it|would it|will it|do you need to|would you need to} {take|actually take}`, 'i dont want to be alive {anymore|any more}', 'dont want to be alive anymore',
  ] },
  // The writer turning to suicide as an answer, not the word as a topic.
  { id: 's-suicide-self', category: 'suicide-self-harm', severity: 4, phrases: [
    '{thinking about|thought about|think about|thinking of|considering|contemplating|researching|planning|plan} suicide', '{commit|committing|commit to} suicide', 'suicide {is the only|seems like the only|is my only} {way|option|answer|way out}',
    '{my|a} suicide {note|letter|plan}', 'attempt suicide', 'attempted suicide', 'i {tried|try} suicide',
  ] },
  { id: 's-attempt-told', category: 'suicide-self-harm', severity: 5, phrases: [
    'survived {an|my} overdose', 'after my {attempt|overdose|suicide attempt}', 'since my {attempt|overdose|suicide attempt}', 'my {last|first|second|third} suicide attempt', 'my attempt {didnt work|failed}',
    '{nobody|no one|you|they|anyone} {will|wont} {have to|need to} worry about me {after tonight|after today|much longer|ever again}',
    '{whats|what is|what s} the {most|least} painless {method|way to go|way to die}', 'most painless method', 'least painful method',
    'next time ill {take more|do it properly|make sure|go deeper|use more|take them all}', 'i overdosed {last|in|on|a few|when|and}',
  ] },
  { id: 's-sh-told', category: 'suicide-self-harm', severity: 4, phrases: [
    '{the|my} {marks|cuts|scars} {are|were} from {my|the} {cat|kitten|dog}', '{had my|pump my|pumped my} stomach {pumped|}',
    'i {purged|purge} {again|today|tonight|twice|after|every|3 times|three times|2 times}',
    'cut deeper than {ever|before|last time|i ever have|i meant to|usual|normal}', '{my|the} cuts {are|keep|kept} getting deeper', 'deeper this time', 'relapsed on {sh|self harm|cutting}',
  ] },
];

// Innocent frames: the same classes beside a habit, an illness, a sport, a skin condition or an
// occasion drop the match they overlap (a text-wide context would also lower a real disclosure
// in the next sentence).
const innocentConcepts: Record<string, readonly string[]> = {
  s_habit: [
    'smoking', 'cigarettes', 'cigs', 'vape', 'vaping', 'nicotine', 'sobriety', 'porn', 'nofap', 'gambling', 'sugar', 'caffeine', 'energy drinks', 'junk food',
    'fizzy drinks', 'chocolate', 'social media', 'tiktok', 'screen time', 'biting my nails', 'nail biting', 'duolingo', 'snapchat', 'snap streak', 'gym', 'swearing', 'crisps',
  ],
  s_sick: [
    'stomach bug', 'sickness bug', 'tummy bug', 'vomiting bug', 'norovirus', 'food poisoning', 'flu', 'covid', 'migraine', 'hangover', 'hungover', 'travel sick', 'car sick', 'carsick', 'seasick', 'motion sickness',
    'rollercoaster', 'roller coaster', 'chemo', 'morning sickness', 'a virus', 'poorly', 'temperature', 'fever', 'the bus', 'the coach', 'on the boat', 'dodgy', 'bad chicken', 'out of date', 'too much to drink',
  ],
  s_sport: [
    'weigh in', 'weigh-in', 'weight class', 'make weight', 'making weight', 'boxing', 'wrestling', 'jockey', 'bodybuilding', 'bulking', 'cutting phase', 'carb loading', 'my coach', 'the coach', 'training',
    'ramadan', 'lent', 'blood test', 'before surgery', 'before my operation', 'yom kippur', 'doctor said', 'dietitian', 'dietician',
  ],
  s_skin: ['eczema', 'psoriasis', 'sunburn', 'sunburnt', 'sun cream', 'mosquito', 'bites', 'bitten', 'nettles', 'stung', 'rash', 'hives', 'chickenpox', 'chicken pox', 'bruises from', 'paint', 'mud', 'glitter', 'tattoo', 'birthmark', 'hairy', 'body hair', 'shave', 'shaving', 'acne', 'spots', 'allergy', 'cold', 'freezing', 'air con', 'fashion', 'style', 'aesthetic'],
  s_occasion: [
    'prom', 'leavers', 'results day', 'graduation', 'wedding', 'concert', 'gig', 'tickets', 'match day', 'cup final', 'first day', 'holiday', 'flight', 'party', 'sleepover', 'date night', 'new year',
    'homework', 'revision', 'exams', 'exam', 'essay', 'coursework', 'my shift', 'the game', 'gaming', 'this level', 'the match', 'training', 'practice',
  ],
  s_sharp_ok: ['to empty it', 'to clean it', 'empty it', 'clean it', 'fix it', 'repair it', 'its broken', 'jammed', 'stuck', 'shavings'],
  s_accident: ['by accident', 'accidentally', 'by mistake', 'didnt realise', 'shes ok', 'hes ok', 'is ok now', 'is okay now', 'my nan', 'my grandad', 'my gran', 'my grandma', 'the dog', 'my dog', 'the cat', 'toddler', 'my baby brother', 'my baby sister'],
  s_lostwt: ['lost {2|3|4|5|6|7|8|10} {kg|kgs|kilos|pounds|lbs}', 'lost {2|3|4|5|6|7|8|10}kg', 'lost weight', 'lost so much weight', 'lost a stone', 'lose weight'],
  s_condemn: ['should be banned', 'banned', 'harmful', 'dangerous', 'awful', 'report', 'reported', 'reporting', 'toxic', 'dangers of', 'learning about', 'in pshe', 'awareness', 'so bad for', 'ban', 'taken down', 'take down', 'disgusting that'],
  s_injury: ['fell', 'tripped', 'football', 'rugby', 'hockey', 'skateboard', 'bike', 'accident', 'glass', 'knife', 'kitchen', 'cooking', 'dog bit', 'my nose', 'nosebleed', 'paper cut', 'the dentist', 'tooth', 'shaving'],
  s_medical: ['surgery', 'operation', 'appendix', 'my op', 'car crash', 'accident', 'asthma', 'seizure', 'diabetes', 'allergic reaction', 'broke my', 'broken', 'fell'],
};

const senses: Sense[] = [
  { id: 's-habit-streak', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_habit', '@s_streak'], window: 10 },
  { id: 's-habit-slip', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_habit', '@s_slip'], window: 6 },
  { id: 's-sick-purge', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_sick', '@s_ed_purge'], window: 12 },
  { id: 's-sport-restrict', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_sport', '@s_ed_restrict'], window: 15 },
  { id: 's-sport-low', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_sport', '@s_ed_low'], window: 15 },
  { id: 's-sport-rapid', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_sport', '@s_ed_rapid'], window: 15 },
  { id: 's-skin-cover', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_skin', '@s_cover'], window: 15 },
  { id: 's-occasion-now', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_occasion', '@s_now'], window: 15 },
  { id: 's-occasion-done', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_occasion', '@s_done'], window: 10 },
  { id: 's-injury-deep', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_injury', '@s_deep'], window: 10 },
  { id: 's-sharpener-chore', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_sharp', '@s_sharp_ok'], window: 8 },
  { id: 's-accident-pills', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_accident', '@s_attempt'], window: 12 },
  { id: 's-skin-marked', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_skin', '@s_marked'], window: 10 },
  { id: 's-sick-lost-weight', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_sick', '@s_lostwt'], window: 12 },
  { id: 's-ed-space-condemned', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_ed_space', '@s_condemn'], window: 10 },
  { id: 's-medical-after', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_medical', '@s_after'], window: 12 },
  // Innocent uses of the same words: ropes for play and sport, razors for shaving, cuts from falls, giving away outgrown things.
  { id: 's-everyday-overlap', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [
    'rope toy', 'rope toys', '{dog|dogs|puppy|puppys} rope', 'rope lights', 'wake up {late|early|in time|on time|before|for|at}', 'woke up {late|early|at}', 'skipping rope', 'jump rope', 'rope swing', 'tree swing', 'climbing rope', 'tow rope', 'rope ladder', 'rope bridge', 'tug of war', 'rope for {climbing|camping|the tent|the boat|sailing|the swing|pe|a swing|my dog|the dog}',
    'change the blade', 'replace the blade', 'new blade', 'new blades', 'to clean it', 'to empty it', 'done for {tonight|today|the day|the night|the week}', 'done by {tonight|tomorrow|today}',
    'cut {on|to} my {knee|head|chin|finger|hand|foot|leg|lip|eyebrow|forehead}', 'cut my {head|knee|chin|eyebrow|forehead}', 'giving {my|all my} {old|outgrown} {things|stuff|clothes|toys|games|books}',
    'gave {my|all my} {old|outgrown} {things|stuff|clothes|toys|games|books}', 'to charity', 'charity shop', 'when im gone {on|for|to|away|next}', 'mind the gap', 'step off the {train|bus|tram|plane|boat}', 'step off the platform onto', 'walk in front of {the|a} {class|camera|audience|crowd}', 'the voices {of|in the|from|on}', 'voice {actor|actors|acting|chat|note|notes|message|messages}', 'on the other side of', 'on the other side {after|of the}',
  ] },
];

// ── dev8 round: more of the same ideas in other wordings (kept in one block) ──
// More words for classes above: merged into them by name at the end of the file.
const moreConcepts: Record<string, readonly string[]> = {
  /** Going to sleep in the hope of not waking: "go to bed hoping", "fall asleep praying". */
  s_hope: ['{go|going|went|fall|falling|fell} to {sleep|bed} {hoping|praying|wishing}', 'fall asleep {hoping|praying|wishing}', 'falling asleep {hoping|praying|wishing}', 'sleep {hoping|praying}', 'hoping i {just|} {wont|dont|never}'],
  /** A rope kept somewhere and for how long. */
  s_rope_kept: ['my wardrobe', 'my drawer', 'my closet', 'the bottom of my', 'bottom of my', 'under my pillow', 'in my {bag|backpack|rucksack}', 'been there since', 'since {half term|christmas|summer|easter|the holidays|last week|last month|my birthday}'],
  /** "the rope's been in my wardrobe": the apostrophe joins rope and has. */
  s_rope: ['the ropes been', 'ropes been', 'the ropes still', 'nooses been', 'the nooses still'],
  /** Holding it together no longer. */
  s_giveup: ['{dont|do not} think i can {anymore|any more|keep going|keep doing this|do this anymore|hold on|hold it together|carry on|cope}', 'cant hold it together {anymore|much longer|any longer}', 'cant keep holding it together', 'running out of {reasons|strength|fight}'],
  s_weary: ['tired in a way {sleep|rest} {doesnt|cant|wont|does not|can not} fix', 'a tired {that|which} {sleep|rest} {doesnt|cant|wont} fix', 'tired {all the way|right down} to my bones', 'soul tired', 'tired of {holding it together|pretending im okay|pretending im ok|pretending im fine|being strong}'],
  s_nofuture: ['keep telling myself {it|itll|it will|things will|thingsll} {get|gets|be} better', 'tell myself it {will|ll|itll} get better', 'it never gets better', 'never gets any better'],
  /** Calm and settled about it, or wanting someone to know first. */
  s_resolved: ['{weirdly|strangely|oddly|really|so|very} calm about it', 'calm about it', 'feel calm now', 'feel {weirdly|strangely|oddly} calm', 'at peace now', 'wanted someone to know before', 'want someone to know before', 'someone to know before', 'itll just be me', 'it will just be me', 'the house to myself', 'house to myself', 'have the house to myself'],
  /** A note written and put somewhere. */
  s_plan: ['{wrote|written|finished|writing|write} my note', 'my note is {written|done|ready|finished}', 'note is folded', 'folded up in my', 'left it where {theyll|they will|mum will|my mum will} find it'],
  /** Brooding on a place: "I think about the train line a lot". */
  s_muse: ['i think about', 'think about', 'thinking about', 'keep thinking about', 'cant stop thinking about', 'i picture', 'keep picturing', 'i imagine', 'keep imagining', 'daydream about'],
  s_finality: ['how quickly it would {be over|end|all end}', 'wouldnt have to feel anything', 'would not have to feel anything', 'wouldnt feel anything after', 'would all be over', 'it would be over', 'it would all stop', 'all be over', 'wouldnt hurt anymore', 'never have to feel'],
  s_highplace: ['the train line', 'the railway line', 'the railway bridge', 'the level crossing', 'the motorway bridge', 'the flyover', 'the tracks behind', 'the multi-storey', 'the top of the car park', 'the quarry', 'the pier'],
  // for the innocent frames below
  s_sleeper: ['the baby', 'my baby', 'baby', 'the kids', 'my parents', 'my mum', 'my mom', 'my dad', 'mum', 'mom', 'dad', 'the dog', 'the neighbours', 'my brother', 'my sister', 'anyone', 'everyone', 'the house', 'them', 'her', 'him'],
  s_wakeneg: ['wont wake up', 'doesnt wake up', 'dont wake up', 'didnt wake up', 'never wakes up', 'not wake up'],
  s_waketime: ['in time', 'on time', 'for school', 'early', 'late', 'for my alarm', 'to my alarm', 'for the exam', 'till', 'until'],
  s_noteword: ['my note', 'the note', 'a note'],
  s_noteto: ['the teacher', 'my teacher', 'teacher', 'the tooth fairy', 'tooth fairy', 'santa', 'father christmas', 'sir', 'miss', 'my tutor', 'the office', 'school', 'the card', 'her card', 'his card', 'leaving card', 'birthday card', 'yearbook', 'the milkman', 'the neighbours'],
  /** Suicide in slang or with its letters hidden, beside methods and ways. */
  s_slangsui: ['sewerslide', 'sewer slide', 'suicide', 'sucide', 'suicde', 'unalive', 'unaliving', 'self deletion', 'self delete', 'ctb', 'kms'],
  s_methodword: ['methods', 'method', 'ways to do it', 'the least painful', 'least painful', 'painless', 'which way', 'the best way'],
  s_lookup: ['looked up', 'look up', 'looking up', 'googled', 'googling', 'searched', 'searching', 'researched', 'researching', 'been reading about', 'read about'],
  s_howmany: ['how many', 'how much', 'how many of', 'how much of'],
  s_ittakes: ['it would take', 'it would need', 'it takes', 'would it take', 'to take', 'it would be enough', 'would be enough', 'is enough'],
};


const moreRules: Rule[] = [
  // A plan beside the new despair wordings (s-plan reads s_despair, which holds the base wordings only).
  ...['s_giveup', 's_weary', 's_nofuture', 's_resolved'].map((name): Rule => ({ id: `s-plan-${name.slice(2)}`, category: 'suicide-self-harm', severity: 5, all: ['@s_plan', `@${name}`], atLeast: 2, window: 25 })),
  // "i think about the train line a lot, how quick it would be": a place brooded on beside what it would end.
  { id: 's-place-finality', category: 'suicide-self-harm', severity: 4, all: ['@s_muse', '@s_highplace', '@s_finality'], window: 24 },
  // "been researching sewerslide methods", "unalive ways": slang for suicide beside methods.
  { id: 's-slang-methods', category: 'suicide-self-harm', severity: 4, all: ['@s_slangsui', '@s_methodword'], window: 4 },
  // "looked up how many of mum's sertraline it would take".
  { id: 's-looked-up-dose', category: 'suicide-self-harm', severity: 5, all: ['@s_lookup', '@s_howmany', '@pills', '@s_ittakes'], window: 12, ordered: true },
];

const moreTerms: TermGroup[] = [
  { id: 's-last-heard', category: 'suicide-self-harm', severity: 4, phrases: ['{this is|thats} the last time {youll|you will|u will|anyone will} hear from me', '{youll|you will|u will} never hear from me again', '{you|u} wont hear from me again'] },
  { id: 's-slang-methods-term', category: 'suicide-self-harm', severity: 5, phrases: ['{sewerslide|sewer slide|unalive|ctb|self deletion} {method|methods}', '{researching|researched|looking up|looked up|googling|googled} {sewerslide|sewer slide|unalive|ctb|suicide} {methods|ways}'] },
];

const moreSenses: Sense[] = [
  // Someone else's sleep: "hoping the baby won't wake up", "so mum doesn't wake up", "won't wake up the house", "won't wake up in time".
  { id: 's-others-sleep', categories: ['suicide-self-harm'], scope: 'overlap', phrases: ['{skipping|jump|climbing|tow|dog|swing|washing|boat|camping|pe|gym} ropes'], all: ['@s_sleeper', '@s_wakeneg'], window: 2, ordered: true },
  { id: 's-wake-others', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_wakeneg', '@s_sleeper'], window: 2, ordered: true },
  { id: 's-wake-late', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@s_wakeneg', '@s_waketime'], window: 2, ordered: true },
  // A note with an everyday addressee or place: "wrote my note to the tooth fairy", "my note for the teacher", "in her leaving card".
  { id: 's-everyday-note', categories: ['suicide-self-harm'], scope: 'overlap', phrases: ['{tooth fairy|santa|thank you|sick|absence|permission|revision|sticky|leaving} note'], all: ['@s_noteword', '@s_noteto'], window: 5, ordered: true },
  // A message that only pauses: "you won't hear from me again until after exams".
  { id: 's-hear-again-until', categories: ['suicide-self-harm'], scope: 'overlap', phrases: ['hear from me {again|} {until|till|before|about|for|on|this|today|tonight|this week|after}'] },
  // A dose for an illness: "how many tablets it would take to treat a cold".
  { id: 's-dose-for-illness', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [
    'it would take to {treat|help|work|kick in|cure|fix|stop|get rid of|calm|ease|sleep|bring down}', 'would it take to {treat|help|work|kick in|cure|fix|stop|get rid of|calm|ease|bring down}',
  ] },
];

function mergeConcepts(...parts: Record<string, readonly string[]>[]): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const part of parts) for (const [name, words] of Object.entries(part)) out[name] = [...new Set([...(out[name] ?? []), ...words])];
  return out;
}

export const enSelfHarm: PackPart = { concepts: mergeConcepts(concepts, innocentConcepts, moreConcepts), terms: [...terms, ...moreTerms], rules: [...rules, ...moreRules], senses: [...senses, ...moreSenses] };
