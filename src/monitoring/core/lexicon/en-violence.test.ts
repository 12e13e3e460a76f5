/**
 * English extremism and weapons/violence frames (`en-violence.ts`): sentences written for this
 * test — conspiracy narratives, Holocaust denial, calls to kill a group, copycat intent,
 * recruitment, threats, carrying and buying weapons, armed meets — must alert; sentences that
 * share their words (history lessons, news, rounders, camping, school closures, games, people
 * telling of deniers) must not. None is copied from a benchmark split or from a real post.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('en-violence: extremism and weapons frames', () => {
  expectAlerts('en', [
    // conspiracy narratives and denial
    ['honestly the zionists own the banks and pull the strings on every war', 3, 'extremism'],
    ['globalists control the media so you only hear what they want', 3, 'extremism'],
    ['everyone knows jewish bankers are behind mass immigration', 3, 'extremism'],
    ['the shoah is massively exaggerated and you cant say that anywhere', 3, 'extremism'],
    ['auschwitz was a hoax, look it up', 3, 'extremism'],
    ['was the holocaust even real tho? wheres the proof', 3, 'extremism'],
    ['why cant we question the holocaust, where is the proof', 3, 'extremism'],
    ['dont trust school, the teachers are part of the system. read the pdf i sent you', 3, 'extremism'],
    ['the holohoax is the biggest lie ever told', 3, 'extremism'],
    // dehumanising, calls to act and to kill a group
    ['these people are parasites, somebody needs to do something about them', 3, 'extremism'],
    ['the migrants should be shot at the border', 3, 'extremism'],
    ['they are all a disease and should be wiped out', 3, 'extremism'],
    ['time to burn the muslims out of our town', 3, 'extremism'],
    ['we should do something about the synagogue near us', 3, 'extremism'],
    ['behead the infidels who insult the prophet', 3, 'extremism'],
    // copycat intent, attacks and their streams
    ['im gonna do the same as the guy at the mosque did, got it all worked out', 3, 'extremism'],
    ['anyone got the full video of the halle shooting? want to do one like that', 3, 'extremism'],
    ['that synagogue attack was deserved tbh, good riddance', 3, 'extremism'],
    ['planning something at the mosque on friday. you have been warned', 3, 'extremism'],
    ['the buffalo shooter is a legend, he had the right idea', 3, 'extremism'],
    ['honestly i hope someone torches that synagogue', 3, 'extremism'],
    ['trans people should be thrown off a roof', 3, 'extremism'],
    ['they keep killing our brothers over there so every attack here is fair game', 3, 'extremism'],
    ['putting up stickers for our race around the estate tonight', 3, 'extremism'],
    // recruitment and joining
    ['i wanna join a group that fights for the white race', 3, 'extremism'],
    ['message me on telegram if you want to take our country back, we need lads like you', 3, 'extremism'],
    ['private group for true patriots only, bring two friends who are awake to the great replacement', 3, 'extremism'],
    // threats and menace
    ['ur mate is getting shanked on monday', 3, 'weapons-violence'],
    ['whoever grassed is gonna get stabbed, swear down', 3, 'weapons-violence'],
    ['your days are numbered, outside the gates tomorrow', 3, 'weapons-violence'],
    ['he will get what he deserves, everything is ready for tomorrow', 3, 'weapons-violence'],
    // school attacks
    ['gonna do a columbine on monday', 4, 'weapons-violence'],
    ['if you value your life dont come into school on monday', 4, 'weapons-violence'],
    ['i could beat the uvalde death toll easily', 4, 'weapons-violence'],
    ['someone is going to shoot this school up one day and it might be me', 4, 'weapons-violence'],
    // carrying, buying and using weapons
    ['keep a zombie knife in my waistband just in case', 3, 'weapons-violence'],
    ['got my taser in my blazer, teachers never check', 3, 'weapons-violence'],
    ['who is selling a baby 9, serious buyers only', 3, 'weapons-violence'],
    ['where can i buy a converted blank firer', 3, 'weapons-violence'],
    ['smash his face with a crowbar', 3, 'weapons-violence'],
    ['gonna catch him at the park with the skeng', 3, 'weapons-violence'],
    ['wrote their names down, they will suffer', 3, 'weapons-violence'],
    ['how hard do you have to swing a bat to crack a skull', 3, 'weapons-violence'],
    ['the boys are rolling up tonight with the machetes', 3, 'weapons-violence'],
    ['built a pipe bomb, testing it in the woods this weekend', 3, 'weapons-violence'],
  ]);

  expectNoAlerts('en', [
    // history, religion and citizenship
    'in ww2 hitler wanted to exterminate the jews',
    'how did the nazis decide to gas the jews',
    'holocaust deniers claim the gas chambers were fake but the evidence is overwhelming',
    'why do people deny the holocaust? historians answer this in our lesson',
    'the rothschild family were bankers in the 1800s who funded governments',
    'conspiracy theories claim jews control the media, which is antisemitic',
    'we learned how isis tried to wipe out the yazidis',
    'all asylum seekers deserve a fair hearing',
    // news, films and games
    'police said a teenager was stabbed in the town centre on saturday',
    'in the film he gets shot at the end which made me cry',
    'you are getting shot in warzone every time lol',
    'the body count in the movie was ridiculous',
    'the christchurch earthquake was awful, my nan lived there',
    // sport, hobbies and everyday tools
    'bring the bats for rounders after school',
    'my dad keeps a fishing knife in his tackle box',
    'we used a palette knife in art today',
    'nerf guns in my bag for the party tomorrow',
    'pack your pen knife for the scouts camping trip',
    'bring cricket bats and pads tomorrow',
    'the photographer said youre getting shot first tomorrow',
    'we are making something that explodes in science, a volcano',
    // everyday talk with the same words
    'dont come into school tomorrow, the boiler is broken and its closed',
    'rats are vermin, we need to get rid of them from the shed',
    'my phone is ready for tomorrow and my bag is packed',
    'dad is going to pay for it by card, everything is ready for the school trip',
    'i want to do what she did at school and become head girl',
    'watch this video and share it, recycling matters',
    'message me if you want to join the netball team, we need people like you',
    'the big day is coming for our school fete, be there',
    'looking for a strap for my camera',
    'selling a converted campervan, dm me',
    'knives and forks are in the drawer, bring them to school tomorrow',
    'the concert attacker was jailed for life, the judge said',
    'the firefighters who went into the mall attack were heroes',
    'i want to join a group that fights for animal rights',
    'catch him after school with the bats for cricket practice',
    'my teacher asked why some people believe the gas chambers were just propaganda',
    'in the game you can throw people off buildings',
    'dont come into school on monday if you have chickenpox, trust me',
    'an eye for an eye makes the whole world blind',
    'spread the word about the bake sale on friday',
  ]);
});

describe('en-violence: a named victim and a gun brought to a fight (dev5 round)', () => {
  expectAlerts('en', [
    ['the new kid is getting shanked tomorrow, we all know it. he\'s not leaving in one piece', 3, 'weapons-violence'],
    ['bringing his brother\'s gun to the fight tonight behind the shops', 3, 'weapons-violence'],
  ]);
  expectNoAlerts('en', [
    'the new kid is getting picked for the first team tomorrow',
    'bringing his brother\'s guitar to the gig tonight',
    'you\'ve got until monday to hand in the permission slip, last reminder',
  ]);
});

describe('en-violence: dev8 round (cells that train and recruit, fire at a found target, a gun at home and a grudge)', () => {
  expectAlerts('en', [
    ['Enough talk. They need lads who can handle themselves, combat training every Sunday in the forest. DM for the group', 4, 'extremism'],
    ['remigration now. petitions never work. training camp next month, keep your mouth shut about it', 4, 'extremism'],
    ['we found out where they live. petrol through the letterbox tonight', 4, 'weapons-violence'],
    ['my uncle has a rifle and i know where he keeps the keys. they will see on friday', 5, 'weapons-violence'],
    ['everyone who laughed at me will pay. my stepdads got a shotgun in the gun safe', 5, 'weapons-violence'],
  ]);
  expectNoAlerts('en', [
    'football training camp in the hills next month, who\'s in? young lads welcome',
    'Time to stop talking and start revising, who\'s in for a study group?',
    'my dad has a shotgun for clay pigeon shooting, watch what happens when he hits one',
    'we know where the best chippy is, bring petrol for the generator saturday',
    'the council won\'t listen, time to stop signing petitions and start a protest march, who\'s in?',
    'Time for talk is over. Join us on Saturday, bring your friends, we\'re blocking the road for climate justice, who\'s in?',
    'boxing club is great, they teach you to handle yourself, keep your mouth shut and listen to coach, who\'s in?',
    'scouts camping in the woods this weekend, survival training and other skills, bring your mates, who\'s in?',
  ]);
});

describe('en-violence: dev8 round (hate: group names, claims, jungle tropes)', () => {
  expectAlerts('en', [
    ['so sick of the muzzies at our school, they\'re terrorist supporters the lot of them', 3, 'hate-discrimination'],
    ['he told her to go back to the jungle in front of the whole class', 3, 'hate-discrimination'],
    ['they keep making monkey noises at the only black kid in our year', 3, 'hate-discrimination'],
  ]);
  expectNoAlerts('en', [
    'we watched a documentary about the jungle, the monkey noises at night were so loud',
    'the hijabis in our school run the best bake sale, they\'re all so kind',
  ]);
});

describe('en-violence: dev8 round (a planned beating with orders to the others, death threats received)', () => {
  expectAlerts('en', [
    ['friday 4pm behind the shops. bring everything. she\'s not going home in one piece', 4, 'weapons-violence'],
    ['ive been getting death threats from an anon account for a week', 3, 'bullying-abuse'],
  ]);
  expectNoAlerts('en', [
    'bring everything for the picnic, delete after reading the plan lol',
    'the footballer spoke out about racism in the news today',
  ]);
});

describe('en-violence: a threat that keeps a child quiet', () => {
  expectAlerts('en', [
    ["he said he'll kill me if i tell anyone, he's my mum's boyfriend", 4, 'bullying-abuse'],
    ['my uncle says hed hurt me if i told a teacher what happens', 4, 'bullying-abuse'],
    ['he will batter me if i say anything', 4, 'bullying-abuse'],
  ]);
  expectNoAlerts('en', [
    'my mum will kill me if i tell her i failed the mock',
    'my sister will kill me if i tell anyone she has a boyfriend',
    'if i tell my dad i scratched the car he will kill me lol',
  ]);
});
