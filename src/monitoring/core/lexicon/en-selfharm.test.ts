/**
 * English suicide, self-harm and eating-disorder frames (`en-selfharm.ts`): posts written for this
 * test the way young people write them — a burden and no reason to go on, a plan beside a goodbye,
 * tablets saved, an attempt and a hospital, a lost clean streak, sleeves in the heat, a sharpener
 * taken apart, purging with its motive — must alert; sentences that share their words (smoking
 * streaks, stomach bugs, sport diets, ropes for swings, proms, hyperbole, lessons) must not.
 * None is copied from a benchmark split or from a real person's post.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('en-selfharm: risky posts alert', () => {
  expectAlerts('en', [
    // ideation told indirectly
    ['i\'m exhausted from being alive, i just want to rest forever', 4, 'suicide-self-harm'],
    ['there\'s no reason for me to keep going anymore', 4, 'suicide-self-harm'],
    ['i don\'t see the point in carrying on, nothing is going to get better', 4, 'suicide-self-harm'],
    ['i just want the pain to stop, i cant keep feeling like this forever', 4, 'suicide-self-harm'],
    ['i wouldn\'t mind if i just didn\'t wake up one day', 4, 'suicide-self-harm'],
    ['i keep imagining just not existing anymore and it feels peaceful', 4, 'suicide-self-harm'],
    ['what\'s the point of even trying, i\'m always going to feel like this', 4, 'suicide-self-harm'],
    ['my parents deserve a better daughter. they would get over it quickly', 4, 'suicide-self-harm'],
    ['Everyone at home would cope better without me. I\'ve stopped seeing a way forward.', 4, 'suicide-self-harm'],
    ['i tell everyone im fine. honestly i\'ve got nothing left to live for', 4, 'suicide-self-harm'],
    ['i feel like i was never meant to be here', 4, 'suicide-self-harm'],
    ['the voices in my head keep telling me to do it and i can\'t fight much longer', 4, 'suicide-self-harm'],
    // plans, means, attempts
    ['i\'ve picked a date. after my exams so nobody blames school', 5, 'suicide-self-harm'],
    ['writing my family letters tonight. it wasn\'t their fault', 5, 'suicide-self-harm'],
    ['when i\'m gone please give my rabbit to my cousin', 5, 'suicide-self-harm'],
    ['i\'ve got 50 tablets stashed under my mattress', 5, 'suicide-self-harm'],
    ['there\'s a rope in my cupboard and i check it\'s still there', 5, 'suicide-self-harm'],
    ['went back to the bridge again and stood at the edge for ages', 5, 'suicide-self-harm'],
    ['took a whole strip of my tablets last week and woke up in a and e', 5, 'suicide-self-harm'],
    ['i survived my overdose and i wish i hadn\'t', 5, 'suicide-self-harm'],
    ['next time i\'ll do it properly', 5, 'suicide-self-harm'],
    ['Up at 3am. Can\'t sleep. Keep staring at the pills in my drawer.', 4, 'suicide-self-harm'],
    ['it would be so easy to walk in front of the traffic on the way home', 4, 'suicide-self-harm'],
    // self-harm
    ['i was sh free for 90 days and i relapsed tonight', 4, 'suicide-self-harm'],
    ['lost my streak, back to day 0. i hate myself', 4, 'suicide-self-harm'],
    ['wearing a jumper in the heatwave so my friends dont notice my arms', 4, 'suicide-self-harm'],
    ['both wrists are covered in lines and i cant stop', 4, 'suicide-self-harm'],
    ['unscrewed my sharpener to get the blade out', 4, 'suicide-self-harm'],
    ['the cuts keep getting deeper every time', 4, 'suicide-self-harm'],
    ['i said the marks were from my kitten', 4, 'suicide-self-harm'],
    // eating disorders
    ['threw up my tea so i wouldn\'t gain anything', 4, 'suicide-self-harm'],
    ['i fed my tea to the dog and told mum i ate at school', 4, 'suicide-self-harm'],
    ['i\'ve been restricting since christmas, down to 41kg', 4, 'suicide-self-harm'],
    ['i want to be thin enough to see my ribs', 4, 'suicide-self-harm'],
    ['terrified of eating, feel fat after every bite', 4, 'suicide-self-harm'],
    ['how to lose 6kg in 2 weeks on 400 a day', 4, 'suicide-self-harm'],
    ['gw1 44 and then ugw 40', 4, 'suicide-self-harm'],
    ['looking for a strict ana coach, dm me', 4, 'suicide-self-harm'],
    ['binged again and brought it all back up', 4, 'suicide-self-harm'],
    ['i go to the bathroom after every meal so nobody hears', 4, 'suicide-self-harm'],
    // short chat
    ['tonight is the night. love you all', 5, 'suicide-self-harm'],
    ['nobody will have to worry about me after tonight', 5, 'suicide-self-harm'],
    ['i\'m done. tomorrow.', 4, 'suicide-self-harm'],
  ]);
});

describe('en-selfharm: innocent sentences stay quiet', () => {
  expectNoAlerts('en', [
    'i\'m dead 😂 that video',
    'this maths is killing me',
    'i was clean for 100 days from smoking and then i relapsed at a party',
    '40 days clean from vaping, so proud of myself',
    'lost my duolingo streak after 63 days, i\'m gutted',
    'i threw up 3 times today, there\'s a sickness bug going round',
    'i threw up after the rollercoaster and felt so sick',
    'skipping lunch before my boxing weigh in to make weight',
    'i\'m fasting for ramadan, haven\'t eaten since 4am',
    'i wear long sleeves in summer so nobody sees my eczema',
    'tonight\'s the night! prom! love you all, see you there',
    'i\'m done for tonight, see you all tomorrow',
    'bought a skipping rope for pe',
    'we need a rope for the tree swing',
    'my dog\'s rope toy is hidden under my bed',
    'how do i take apart a pencil sharpener to empty it',
    'i cut my knee on the glass and it needed stitches',
    'i woke up in hospital after my appendix operation',
    'my nan took too many tablets by accident and woke up in hospital, she\'s ok now',
    'giving my old clothes away to charity, they don\'t fit anymore',
    'we picked a date for the party, it\'s the 14th',
    'i\'ve worked out how to do the last maths question',
    'i\'m so tired of this rain, it never stops',
    'i\'m exhausted from training, need a nap',
    'my arms are covered in mosquito bites from the holiday and i can\'t stop scratching',
    'paracetamol dose for a 12 year old with a fever',
    'in romeo and juliet, juliet takes a potion so she looks dead',
    'suicide prevention week assembly is on monday, wear yellow',
    'we\'re doing a charity run for mind, the mental health charity',
    'i hope i don\'t wake up late tomorrow, big exam',
    'i wish i could sleep forever on sundays lol',
    'lost 3kg in a week when i had the flu',
    'thinspo accounts should be banned, they\'re so harmful',
    'see you all on the other side of the exams',
    'i threw up everything i ate yesterday, food poisoning from a dodgy kebab',
    'mind the gap when you step off the train',
    'the voice actor in that game is amazing',
    'when i\'m gone on holiday please feed my hamster',
    'i counted my tablets for the week, mum sorts them into a box',
    'i\'ve been eating less sugar to lose weight for football season',
  ]);
});

describe('en-selfharm: rumination, heading out with a note, wishes and questions (dev5 round)', () => {
  expectAlerts('en', [
    ['every time i\'m at the station i think about jumping in front of the next train', 3, 'suicide-self-harm'],
    ['I stand on the bridge on the way home and just stand there too long looking down', 3, 'suicide-self-harm'],
    ['wrote a note for my dad and i\'m walking to the railway now. sorry', 3, 'suicide-self-harm'],
    ['i wish a car would hit me on the way to school tomorrow', 3, 'suicide-self-harm'],
    ['honestly so tired of fighting my own head every day', 3, 'suicide-self-harm'],
    ['my little sister said she wants to be dead and won\'t get out of bed', 3, 'suicide-self-harm'],
    ['what are painless ways to go in your sleep', 3, 'suicide-self-harm'],
    ['how many tablets does it take, not asking for school', 3, 'suicide-self-harm'],
    ['i keep thinking about suicide every night when i cant sleep', 3, 'suicide-self-harm'],
    ['suicide is the only way out i can see right now', 3, 'suicide-self-harm'],
  ]);
  expectNoAlerts('en', [
    'we stood on the bridge for ages watching the rowing race',
    'I keep thinking about jumping on the trampoline at the party, it was so fun',
    'left a note for my mum saying I\'m at the station, train home at 6',
    'i wish a bus would come already, been waiting 40 mins',
    'how many tablets does the doctor say to take for a sore throat?',
  ]);
});

describe('en-selfharm: dev8 round (other wordings of sleep-wishes, kept ropes, notes, places, slang methods)', () => {
  expectAlerts('en', [
    ['most nights i fall asleep praying i never wake up, i wouldnt actually do anything', 4, 'suicide-self-harm'],
    ['there\'s a rope under my bed and it\'s been there since christmas', 5, 'suicide-self-harm'],
    ['my note is written and hidden in my pencil case. i feel strangely calm about it now', 5, 'suicide-self-harm'],
    ['i\'ve been giving my clothes away to my cousin. i don\'t think i can keep going', 5, 'suicide-self-harm'],
    ['googled how many of my dads tablets it would take last night', 5, 'suicide-self-harm'],
    ['i keep picturing the railway bridge near school and how it would all be over in a second', 4, 'suicide-self-harm'],
    ['been looking up unalive methods at 3am again', 4, 'suicide-self-harm'],
    ['i keep telling myself things will get better. im so tired of pretending im fine', 4, 'suicide-self-harm'],
  ]);
  expectNoAlerts('en', [
    'I always go to bed hoping the baby won\'t wake up at 3am again',
    'sneaking in at midnight hoping my parents don\'t wake up lol',
    'I go to sleep hoping I won\'t wake up late for the exam',
    'I think about the train line a lot, how quick it would be to get to London if they reopened it',
    'learning the ropes at my new job, been there since half term',
    'the skipping rope\'s been in my wardrobe since PE',
    'wrote my note to the tooth fairy, it\'s folded up under my pillow, I feel so calm about it',
    'I wrote my note for the teacher and I feel weirdly calm about the exam',
    'I looked up how many tablets it would take to treat a cold',
    'I don\'t think I can do the homework anymore lol it\'s too hard',
    'keep telling myself it\'ll get better after exams, I\'m tired of revising',
  ]);
});

describe('en-selfharm: dev8 round (a last message)', () => {
  expectAlerts('en', [
    ['my friend posted "you\'ll never hear from me again" and deleted her account', 4, 'suicide-self-harm'],
  ]);
  expectNoAlerts('en', [
    'you won\'t hear from me again until after exams lol',
  ]);
});
