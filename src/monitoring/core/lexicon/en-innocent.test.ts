/**
 * English innocent public contexts (`en-innocent.ts`): news and court reports, plots and reviews,
 * games, war stories, titles and lyrics, tools, medicine facts, law questions, a helper asking
 * about a friend, and everyday hyperbole must stay quiet; a real risk written beside the same
 * contexts must still alert. Written for this test; none copied from a benchmark split or from a
 * real person's post.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('English innocent public contexts', () => {
  expectNoAlerts('en', [
    // news, police and court reports
    'Police said a man in his twenties was stabbed in the arm outside a takeaway and is in a stable condition.',
    'Officers seized heroin and cocaine with a street value of £80,000 during the raid.',
    'Detectives are appealing for witnesses after a stabbing near the retail park on Sunday night.',
    'The court heard the defendant had bought the knife two days before the attack.',
    'A spokesperson for the council said the skate park would reopen after the shooting investigation.',
    // plots, reviews and titles
    'Spoiler alert: in the season finale the villain shoots the detective and escapes.',
    'The film is about a boxer who gets beaten up by a gang and trains for revenge. 8 out of 10.',
    'Her new single called Bury My Ex is all over my feed.',
    'The chorus goes "shoot me down, I won\'t fall" and it\'s stuck in my head.',
    // games
    'Got a 30 kill game in Warzone, my loadout is finally perfect.',
    'The final boss stabbed me through the chest in one hit, so annoying.',
    'Laser tag party on Saturday, I am going to shoot all of you.',
    'I\'m the impostor this round and I\'m going to kill everyone on the ship.',
    // war and history
    'Grandad told us about his national service and how heavy the rifle was to carry.',
    'In WW1 soldiers had to carry their guns through the mud in the trenches.',
    // tools, medicine, pests, policy and law
    'Looking for a good knife for filleting salmon, any brands to recommend?',
    'Dad bought a new axe for splitting logs for the fire pit.',
    'Ibuprofen overdose can cause stomach bleeding, so stick to the leaflet.',
    'Naloxone sprays can reverse an opioid overdose in minutes.',
    'There are ants all over the kitchen, how do I kill them without poison?',
    'Gambling adverts on kids\' football kits should be banned.',
    'Is it illegal to carry a multitool in your bag in the UK?',
    'What happens if you get caught with a vape under 18?',
    // a helper asking about someone else
    'How can I support a friend who is self harming?',
    'My friend is being bullied in the group chat, how can I help her?',
    'My mate is being groomed by an older guy online, who should I tell?',
    // hyperbole and play
    'I swear I want to jump off a cliff every time my dad tells me to hoover the stairs.',
    'That plot twist made me want to throw myself off a cliff, what a show.',
    'Always dying on the last lap, how do I pace a 1500m?',
    'I hate my life, I forgot my PE kit for the third time this week.',
    '"I\'m going to kill you" "not if I kill you first" — my brother and me over the last yorkshire pudding.',
    'I will whack you with this pillow if you don\'t get out of bed.',
    'Is it the red pill or the blue pill in the Matrix that wakes him up?',
    'Mum found vapes in my sister\'s bedroom and now everyone is shouting.',
    'I\'ve been clean from self harm for three years now and I\'m proud of it.',
    'My big brother ate my leftovers again, I am going to murder him when he gets home.',
    'Terrorist propaganda videos were taken down by the platform after the report.',
    'The new law makes it illegal to create deepfake nudes of anyone.',
    'If you are being bullied online, screenshot it and tell a trusted adult.',
    'Where can I buy a hunting knife for my dad\'s birthday? He loves camping.',
    'I love watching crime documentaries about gangs and county lines.',
  ]);

  expectAlerts('en', [
    // a disclosure beside a lesson, the news or a film
    ['we did a history lesson on the holocaust today and i want to kill myself', 3, 'suicide-self-harm'],
    ['police said there was a stabbing near my house and honestly i want to die', 3, 'suicide-self-harm'],
    ['the news was all about knife crime and i have a knife in my bag for tomorrow', 3, 'weapons-violence'],
    ['the court heard about his case on tv, i am going to kill myself tonight', 3, 'suicide-self-harm'],
    ['the trailer looked good but i want to die, i have been cutting every night', 3, 'suicide-self-harm'],
    ['spoiler alert the plot is sad but im going to hang myself tonight anyway', 3, 'suicide-self-harm'],
    // games and a real threat
    ['i play call of duty every night and i am going to shoot up the school on friday', 3, 'weapons-violence'],
    ['after fortnite i am going to stab him for real at school', 3, 'weapons-violence'],
    ['in the game chat a man said keep it secret from your mum and send pics', 3, 'grooming-cse'],
    // a tool, a law question or a song beside a real plan
    ['i got a knife for cooking but i need a knife to stab him after school', 3, 'weapons-violence'],
    ['is it illegal to carry a knife for protection', 3, 'weapons-violence'],
    ['the song called goodbye is how i feel, im going to take all my pills tonight', 3, 'suicide-self-harm'],
    ['paracetamol overdose can cause liver damage. good, i have 40 saved and i want to die', 3, 'suicide-self-harm'],
    // helpers: a friend's wish to die is still passed on; the writer's own risk too
    ['my friend said she wants to kill herself tonight, who should i tell', 3, 'suicide-self-harm'],
    ['my best friend keeps saying he wants to die and i dont know what to do', 3, 'suicide-self-harm'],
    ['my friend is being bullied and i want to kill myself too, who should i tell', 3, 'suicide-self-harm'],
    ['my uncle touches me and says to keep it secret, what should i do', 3, 'grooming-cse'],
    ['my stepdad hits me every night when he is drunk, what should i do', 3, 'bullying-abuse'],
    // hyperbole words beside real despair
    ['i want to jump off a cliff, nobody would even notice i was gone', 3, 'suicide-self-harm'],
    ['i hate my life and i want to end it, i have the pills ready', 3, 'suicide-self-harm'],
    ['i will kill you if you tell anyone what happened at my house', 3, 'any'],
    ['i keep cutting myself with a razor and nobody knows', 3, 'suicide-self-harm'],
    ['i relapsed and cut myself again last night after being clean', 3, 'suicide-self-harm'],
    ['how do i kill myself without it hurting', 3, 'suicide-self-harm'],
    ['how do i kill him without anyone finding out', 3, 'weapons-violence'],
    // a sibling, a party game or the pests beside a real threat
    ['my brother said he will stab me when mum goes out, he showed me the knife', 3, 'any'],
    ['among us is fun but i am going to shoot up the school on monday', 3, 'weapons-violence'],
    ['the wasps are back. i have been planning to kill myself this weekend', 3, 'suicide-self-harm'],
    // grooming beside a law question or a film
    ['is it legal for a 25 year old to date me, he wants to meet up and says dont tell my parents', 3, 'grooming-cse'],
    ['he said we could watch netflix at his flat, keep it secret from your mum, you are so mature for 13', 3, 'grooming-cse'],
    ['the matrix is my favourite film. send me a nude and keep it secret', 3, 'any'],
    ['my brother took my charger so i hit him, and dad beat me with a belt for it', 3, 'bullying-abuse'],
    ['the new law makes it illegal but he still asks me for nudes and says dont tell your mum', 3, 'grooming-cse'],
    ['if you are being bullied tell someone. i have been cutting myself every night because of them', 3, 'suicide-self-harm'],
    ['i said the knife was for my dads birthday but im going to stab him tomorrow', 3, 'weapons-violence'],
  ]);
});

/** Public-text contexts added in the dev5 round (trivial things that "make me want to die", habits that "will kill him", pencils, topics in a talk or a thesis, what to wear). */
describe('English innocent public contexts (dev5 round)', () => {
  expectNoAlerts('en', [
    'this humidity is making me want to die, my hair is a frizzball',
    'the wifi on this train is making me wanna die, three bars and nothing loads',
    'ngl this maths homework makes me want to die lol',
    'His energy drinks habit is going to kill him, he has four a day',
    'Mum says my dad\'s new marathon training will be the death of him',
    'Honestly it\'s going to kill her when she sees the price of the concert tickets',
    '"I\'ll end you" — me to my twin sister every time she uses my charger',
    'my little brother keeps poking me with his pencil in the back seat',
    'she jabbed me with a fork when I stole her chips',
    'Breaking news: teenager stabbed outside a chip shop in Salford, police appeal for witnesses',
    'Absolutely heartbreaking, another boy stabbed in our city. When will this end?',
    'Is vaping actually illegal at 16 in Scotland or just buying them?',
    'Book club pick: a YA novel about a girl\'s recovery after a suicide attempt. Gentle and hopeful.',
    'This memoir about growing up around gang violence in Glasgow is incredible',
    'Our primary is hosting a parents information evening on online safety, grooming and sextortion next week',
    'I wrote my dissertation on how far right groups use gaming chats to recruit teenagers',
    'Webinar for staff: county lines and knife crime, spotting the early signs',
    'Watched a documentary with my dad and we had a good chat about incel culture and online influencers',
    'Why is diamorphine used in hospitals if heroin is so dangerous?',
    'Lost my bus pass, my headphones and my will to live before 9am',
    'Local news: new betting shop on the high street gets the go-ahead despite residents\' objections',
    'Agony aunt: my husband hides his betting app from me, what can I do?',
    'What are you wearing to the prom? I still haven\'t found shoes',
    'who\'s coming to the bonfire on saturday? what are you wearing, it\'s gonna be freezing',
    'My 14-year-old son wants loot boxes for Christmas, is that basically gambling?',
    'my dad hit me with a snowball right in the face',
    'my nan makes me sit in the front room and watch quiz shows with her',
  ]);
  expectAlerts('en', [
    ['this homework is making me want to die. actually i want to kill myself, i have the pills', 3, 'suicide-self-harm'],
    ['my brother keeps poking me with his pencil so tomorrow i am bringing a knife to stab him', 3, 'weapons-violence'],
    ['it\'s going to kill him when he finds out, and then i\'m going to kill him myself with my dad\'s gun', 3, 'weapons-violence'],
    ['we learned about grooming at a workshop and now i think my coach is doing it, he makes me keep our chats secret', 3, 'grooming-cse'],
    ['what are you wearing to the party? send me a pic in your underwear first', 3, 'grooming-cse'],
  ]);
});

/** Contexts added in the dev8 round: an ordeal that is over, a workload, a ride, a parent's plans, a friend "with" a condition, bereavement, reactions, teachers and parents addressed, safety workshops. */
describe('English innocent public contexts (dev8 round)', () => {
  expectNoAlerts('en', [
    'that exam was so hard i wanted to die',
    'the physics paper was so confusing i nearly died lol',
    'the film was so cringe i wanted to disappear',
    'this essay is killing me, 2000 words due tomorrow, i\'m going to die',
    'revision is actually killing me i\'m gonna die',
    'if my dad makes me wear that shirt to the party i will literally die',
    'if i have to sit through another assembly about uniform i\'m going to die',
    'if my mum makes me go to church again i\'ll actually die',
    'i\'m going to die on this rollercoaster omg',
    'my nan screamed i\'m gonna die on the log flume and then went on it twice',
    'leg day is gonna murder me tomorrow',
    'how to support a friend with anorexia',
    'how can i help my friend with her eating disorder',
    'tips for supporting a student struggling with depression',
    'lost my nan to suicide two years ago, miss her every day',
    'we lost our grandad to suicide and we are walking for him in may',
    'thoughts with his family, absolutely horrendous what happened in town',
    'another stabbing on the high street, the poor lad was only 16',
    'teachers of twitter, how do you teach year 9 about knife crime without scaring them',
    'any ideas for teaching my tutor group about county lines?',
    'parents: if someone online asks your child to keep secrets or move to another app, talk to your kids',
    'the police came in for an internet safety talk about county lines and vapes',
    'the new song goes i want to die in your arms and it slaps',
    'The BBC reported that a man was stabbed outside the station last night',
    '170 fokon 40 perc, és kész',
    'i shot him in the head in valorant, clean',
    'i\'m going to murder you in smash tonight',
    'got stabbed in the back in among us by my own mate',
    'my sister keeps stealing my clothes, i swear i\'m gonna kill her',
    'my little brother ate my leftovers again, going to strangle him',
    'Two men arrested after a machete attack in the town centre, police said nobody was badly hurt',
    'Teenager arrested on suspicion of carrying a knife near the station',
  ]);
  expectAlerts('en', [
    ['exams are too much, i want to die', 3, 'suicide-self-harm'],
    ['my life is so bad i wanted to die and i still do', 3, 'suicide-self-harm'],
    ['the exam was so hard, i want to kill myself tonight', 3, 'suicide-self-harm'],
    ['if my dad makes me go back there i\'m going to kill myself', 3, 'suicide-self-harm'],
    ['the deadline is tomorrow and i\'m going to end it all tonight, i have the pills', 3, 'suicide-self-harm'],
    ['how do i support my friend with her eating disorder? also i\'ve been cutting myself again', 3, 'suicide-self-harm'],
    ['leg day is gonna kill me. my brother said he\'ll stab me with his knife after school', 3, 'weapons-violence'],
    ['we had a cyber safety talk on grooming and now i think my coach is grooming me, he makes me keep our chats secret', 3, 'grooming-cse'],
    ['selling percs and xans, dm me', 3, 'drugs'],
    ['popping a perc before school again', 3, 'drugs'],
    ['i shot him with my uncle\'s gun in real life, not in fortnite, he is in hospital', 3, 'weapons-violence'],
    ['my sister keeps stealing my clothes so i\'m going to stab her with a knife tonight', 3, 'weapons-violence'],
  ]);
});
