/**
 * Real-world English hard negatives for `en-real.test.ts`'s risky wordings: each shares a word or
 * a shape with one ("ana" the name, "shh", "basket", "bet", "based", a bag strap) and must not
 * alert. Written for this test; none copied from a benchmark split or a real person's post.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

const INNOCENT_POSTS: readonly string[] = [
  'missed the bus again. mum had to drive me. so embarrassing',
  'we are catching the bus to the cinema at 6, want to come?',
  'goodbye everyone! last day before summer, love you all, have a great holiday',
  'my cat scratches everything in the house, my arms are covered lol',
  'relapse is part of recovery, my counsellor said, im doing well though',
  'day 3 of fasting for ramadan, iftar is at 8',
  'the barcode scanner at tesco wasnt working',
  'beans on toast is the best breakfast',
  'my goal weight for rugby is 70kg so i need to bulk',
  'i need a new strap for my watch',
  'that ting was peng, we should go back to that chicken shop',
  'drill practice is at 4 today, bring your boots',
  'the opps in fortnite destroyed us lol',
  'my plug socket keeps sparking, dad is fixing it',
  'she bet me i couldnt eat a whole pizza',
  'that take is lowkey based ngl',
  'we learned about columbine in our media studies lesson about gun laws',
  'saint patrick\'s day parade in the city',
  'my nan has a stake in the local football club',
  'i\'m done with this level, it\'s too hard',
  'goodbye letter to year 6 from the head teacher',
  'ending things on a good note, the show\'s finale was perfect',
  'i\'m going to kill it at the talent show tonight',
  'this maths homework is going to be the death of me lol',
  'we had to cut the cake into 20 pieces for everyone',
  'my brother put ketchup on my basket of chips',
  'my mum is called mandy and she works at the hospital',
  'lean on me is my favourite song',
  'i have a thigh gap in leggings, who cares',
  'the park is where we meet up after school',
  'my dad hits the ball really far at cricket',
  'he is 25 and my cousin, he\'s getting married next month',
  'send me the homework or i\'ll fail, pls',
  'i know your school is near mine, we should meet at the match',
  'i\'ll send you a pic of my dog if you send one of yours',
  'the younger ones have to hold the line in the tug of war',
  'we went country walking in the lake district',
  'my older brother goes to the trap gym every morning',
  'the bando in the game is where you find loot',
];

const INNOCENT_MORE: readonly string[] = [
  'the romans invaded britain in 43 ad',
  'russia invaded ukraine and europe responded with sanctions',
  'the normans invaded england in 1066',
  'immigrants are replacing workers in care homes because of shortages, says bbc',
  'hitler was right-handed, is that true',
  'my teacher touched my shoulder to get my attention',
  'my coach put his hand on my shoulder after the match',
  'its normal for teenagers to feel nervous before exams',
  'if i tell my mum i failed she will kill me lol',
  'he is 16 and drives his dads tractor on the farm',
  'she said hes 15 and has a beard already, puberty hit him early',
  'we learned about the vikings invading england',
  'the garden was overrun by weeds',
  'tourists flooding into london for the coronation',
  'my stepdad put his hand on my back to help me up the ladder',
  'we are flooded with homework this week',
  'the columbine high school in colorado is a real school name',
  'going to die for this new album',
  'my dad bought me a pocket knife for scouts',
  'we\'re doing a unit on knife crime in pshe',
  'cut him some slack, he\'s new',
  'he killed it in the talent show',
  'that new song is gas, on repeat',
  'the gas bill is huge this month',
  'pens and pencils for the exam',
  'i need a hit of caffeine before school',
  'do lines of the poem for drama',
  'the bet was that i couldn\'t eat 10 nuggets',
  'spinning class at the gym with mum',
  'my mum plays bingo on saturdays',
  'i screenshotted the homework from the group chat',
  'my dad throws the ball for the dog',
  'send me a pic of your new puppy',
  'my brother is a dead man when mum sees the mess he made lol',
  'gonna put the plant in the ground this weekend',
  'i\'m making a list of people to invite to my party',
  'they\'re all gonna love the cake on monday',
  'i\'m taking a blazer in tomorrow, it\'s cold',
  'my mum will buy me a new phone if i keep my room tidy',
  'dad said hell buy me airpods if i keep it a secret from mum, its her birthday surprise',
  'i get the train to london on my own every weekend to see my dad',
  'we are writing christmas letters to everyone, its time',
  'how many paracetamol can i take, i have 2 boxes of the 500mg ones and a headache',
  'i keep a spare blade in my pencil case for dt',
];

/** Hard negatives: each shares a word or a shape with a risky wording above. */
const INNOCENT: readonly string[] = [
  // suicide and self-harm look-alikes
  'ana is coming to my party on saturday',
  'me and ana went to town after school',
  'sh be quiet the baby is asleep',
  'shhh dont tell him about the surprise',
  'can you pass me the basket',
  'we are catching the bus into town at 4',
  'i missed the bus so ill be late',
  'gonna catch the bus home, see you tomorrow',
  'the rope swing at the park is sick',
  'we did rope climbing in pe today',
  'take the final exit off the motorway',
  'im so done with this homework',
  'i cant go on the trip, mum said no',
  'im dead tired, going to bed',
  'this song is killing me lol',
  'im starving, whats for lunch',
  'i burnt myself on the oven tray making cookies',
  'my cat scratched me, look at these scratches',
  'beans on toast for tea again',
  'cutting onions always makes me cry',
  'that was a clean body check in hockey',
  'fasting for ramadan is hard but worth it',
  'day 10 of ramadan fasting, iftar soon',
  '30 days clean from sugar and i feel great',
  'the purge films are so scary',
  'goodbye everyone, have a great summer, see you in september',
  'last day of year 11, goodbye everyone',
  'i was dying laughing in maths',
  'i want to die my hair pink',
  'is it lethal if my dog eats chocolate',
  'how many paracetamol can i take for a headache',
  'the barcode on this book wont scan',
  'this is the end of the road for my old phone',
  'i hope i dont fail my exam tomorrow',
  'my note is on the fridge mum',
  'giving away my old toys to charity',
  'standing on the bridge waiting for my friends',
  'hanging out at the park later',
  'i finished the whole series, what now',
  'she is my safe person, i tell her everything',
  'bonesaw is a character in the boys',
  'took ibuprofen for my period pain',
  'i ended things with my boyfriend last night',
  'im ending things with this game, its so boring',
  'i relapsed on my no phone challenge lol',
  'tired of revising for these exams',
  'whats a good ana name for a character',
  // grooming and exploitation look-alikes
  'a guy i met on roblox made a really cool obby',
  'our little secret is the surprise party for mum',
  'move to whatsapp for the class group chat',
  'send money to your sister for the pizza',
  'camera club meets on tuesday at lunch',
  'meeting my friends at the park after school',
  'we are going to the country for the weekend',
  'my older brother is taking me to football',
  'trap music playlist for the gym',
  'plugging my phone in, its on 2 percent',
  'i forgot my line in the drama rehearsal',
  'we learned about the debt crisis in economics',
  'running a line of code through the debugger',
  'youre so mature for wanting to help with the fundraiser',
  'what school do you go to? we played you at football last week',
  'my mum will pick me up from school at 3',
  'my grandma gave me £20 for my birthday',
  'can you send me a pic of the homework',
  'turn your camera on for the zoom lesson please',
  'i bought my sister robux for her birthday',
  'dont tell mum about her present',
  'the olders in our team are really good at football',
  // extremism look-alikes
  'that take is so based',
  'based on the book by roald dahl',
  'the base of the triangle is 6cm',
  'national action plan on climate change',
  'saint george day parade in town',
  'st patricks day celebrations',
  'lone wolf and cub is a classic manga',
  'the lone wolf howled at the moon',
  'hijrah is the migration of the prophet to medina, for my re homework',
  'my uncle shaheed is coming to dinner',
  'mum works as a nurse in the er',
  'i had to go to the er after breaking my arm',
  'the great british bake off final is tonight',
  'writing my manifesto for student council',
  'the day of the dead festival in mexico',
  'eric and dylan are coming over to play fifa',
  'the beta version of the game is out',
  'the school trip to the columbia road flower market',
  'accelerationism in our politics essay',
  'the supreme court decision in the news',
  'replacement bus service this weekend',
  // weapons look-alikes
  'my bag strap broke on the way to school',
  'strap in for the rollercoaster',
  'that ting was peng, proper tasty food',
  'drill practice in pe was long',
  'fire drill at school today',
  'drill music is so good',
  'wet the paint brush first',
  'dip the chips in ketchup',
  'splash the water at the pool party',
  'sight reading in music was hard',
  'we ride out to the beach on our bikes',
  'opps i forgot my pe kit again',
  'rambo is a really old film',
  'lamb shank for sunday dinner',
  'the watch strap is leather',
  'i bombed my spanish exam',
  'acid rain in geography',
  'my dad helps me with my homework',
  'my dad hit me with a pillow in a pillow fight',
  'the knife in dt for cutting wood',
  'we need a knife to cut the birthday cake',
  'shoot me a text when you get home',
  'im gonna kill it at sports day',
  'the nine of hearts is my card',
  'on sight i knew it was my cousin',
  'my brother poked me in the eye',
  // drugs and gambling look-alikes
  'i need to go to the market for my nan',
  'forgot my jacket in the classroom',
  'my ticket for the concert came',
  'mandy is my aunts name',
  'lean on me when you are tired',
  'hes my best bud from primary',
  'we ordered za and wings for the match',
  'we pushed the shopping carts back',
  'mario kart with the carts we built',
  'bet, see you at 5',
  'i bet you cant finish that pizza',
  'that plug socket is broken',
  'im on snap later add me',
  'the loot in fortnite this season is mid',
  'my skins in fortnite cost me loads of vbucks',
  'used my mums card to pay for the school trip',
  'stake through the heart kills a vampire',
  'my brother is a chef and uses xanthan gum',
  'ket exam results are out',
  'sweet potato fries at the pub',
  // bullying, hate and sexual look-alikes
  'my dad hits the gym every morning',
  'scared to go home alone in the dark after the film',
  'the belt on my trousers is too big',
  'my year group went to the zoo',
  'we learned about jewish festivals in re',
  'muslims fast during ramadan',
  'my neighbour is from pakistan and makes great food',
  'go back to your seat please',
  'send the notes from today',
  'porn blocker settings on my little brothers tablet',
  'blue tit in the garden this morning',
  'she sent me her notes, want to see them',
  'i was laughing at the video with my friends',
  'this homework is killing me',
  'my friend keeps bullying me into eating his crisps lol',
];

describe('en hard negatives stay below the alert threshold', () => {
  expectNoAlerts('en', [...INNOCENT, ...INNOCENT_POSTS, ...INNOCENT_MORE]);
});

describe('en innocent sentence counts', () => {
  it('holds at least 150 innocent sentences', () => {
    assert.ok(INNOCENT.length >= 150);
  });
});

/**
 * English words that are everyday words elsewhere: every pack is matched against every text, so
 * an English term must not fire on Hungarian "két" (two), Swedish and Danish "slut" (end), Dutch
 * and Nordic "slag" (a blow, a kind), Tagalog "paki" (please), kilometres, a utility knife or a
 * lipstick shade. Written for this test.
 */
describe('English terms stay quiet on other languages\' everyday words', () => {
  expectNoAlerts('hu', ['Két perc múlva indul a busz, siess!', 'A két testvér együtt ment haza, és két óra múlva ott voltak.', 'No, két hét és kezdődik a nyári szünet.']);
  expectNoAlerts('sv', ['Till slut kom bussen, vilken lättnad.', 'Det är slut på mjölk i kylskåpet.', 'Det finns alla slags människor i min klass.']);
  expectNoAlerts('da', ['Så er sommerferien slut, desværre.']);
  expectNoAlerts('nl', ['We gaan morgen aan de slag met het project voor biologie.']);
  expectNoAlerts('tl', ['Paki send naman yung notes sa gc, salamat!', 'paki check mo yung assignment ko bago ipasa', 'Paki lang, hintay mo ako sa labas.']);
  expectNoAlerts('es', ['Hoy corrí 10 kms con mi padre por el parque.', 'Son unos 300 kms hasta Madrid.', 'Corté las cajas con un cutter.', 'Mi mejor amiga se llama Isis y es muy simpática.']);
  expectNoAlerts('fr', ['J\'ai ouvert le carton avec un cutter.', 'Un rouge à lèvres nude pour la soirée de samedi.']);
  expectNoAlerts('it', ['Ho comprato un rossetto nude e uno smalto nude.']);
  expectNoAlerts('de', ['Ich brauche einen Cutter für die Umzugskartons.']);
});

describe('the narrowed English terms still alert in English', () => {
  expectAlerts('en', [
    ['you\'re such a slut, everyone knows', 3, 'bullying-abuse'],
    ['shes a dirty slag lol', 3, 'bullying-abuse'],
    ['everyone at school calls me a slut now', 3, 'bullying-abuse'],
    ['doing ket every weekend with my mates', 3, 'drugs'],
    ['we were all on ket at the party', 3, 'drugs'],
    ['ket and pingers tonight?', 3, 'drugs'],
    ['go back home you paki', 3, 'hate-discrimination'],
    ['kms', 3, 'suicide-self-harm'],
    ['honestly i want to kms, 5 more days of this and im done', 3, 'suicide-self-harm'],
    ['i\'m a cutter and no one knows', 3, 'suicide-self-harm'],
  ]);
});

describe('English words that are accented words elsewhere match only unaccented', () => {
  expectNoAlerts('en', ['Ktorý autobus ide na horný koniec mesta? Potrebujem sa dostať do školy.']);
  expectAlerts('en', [['im so horny rn send pics', 3, 'sexual']]);
});
