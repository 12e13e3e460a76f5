/**
 * English risks told indirectly (`en-narrative.ts`): posts written for this test in the way pupils
 * post — farewells, goal weights, debts to older boys, a routine and a grudge — must alert; posts
 * that share their words (a holiday goodbye, a leavers' apology, a weigh-in diet, a rooftop photo)
 * must not. None is copied from a benchmark split or from a real person's post.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../analyse.ts';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

/** Alert threshold (the school default). */
const ALERT = 3;

const RISKY: readonly string[] = [
  // farewells and notes
  'Thank you to everyone who was nice to me. By the time you read this it will be over.',
  'Made up my mind now. I feel calm for once. Love you all.',
  'This is my last post. I\'m sorry for everything, mum.',
  'I won\'t have to pretend after tonight. Tell my sister I love her.',
  'Sorry for being such a burden. I won\'t bother anyone again. Love u all x',
  'Standing on the bridge by the retail park. I\'m so sorry dad.',
  'At the station. Trains every few minutes. Just need to be brave.',
  'I\'ve got the pills saved up. Tomorrow when the house is empty.',
  'I already took them. I just wanted someone to know.',
  'Please forgive me. My mind is made up and nothing will change it.',
  'Goodbye everyone. After tonight I won\'t be a burden anymore.',
  'Don\'t look for me. It\'s not your fault mum.',
  'Last night on earth. Going to go out with a bang.',
  'On the roof of the flats. So sorry everyone.',
  'It\'ll all be over soon. Thanks for everything guys.',
  'I keep taking it out and looking at it. Maybe when nobody\'s home.',
  // passive wishes
  'I lie in bed wishing I\'d never been born. Nobody notices.',
  'honestly i dont see myself getting older, i just cant picture it',
  'It would be easier for everyone if I just wasn\'t around anymore.',
  'my family would be better off if i disappeared',
  // eating disorders
  'Down to 43kg now. Only eating 250 a day and skipping lunch.',
  'Next goal is 40kg. Please don\'t tell me to eat.',
  'Been throwing up after tea for months and I can\'t stop.',
  'Eating 200 calories a day max, need to get under 44kg.',
  'I make myself sick after meals every day. Nobody knows.',
  'Looking for ana buddies, goal weight is 42 kilos.',
  'I chew and spit my dinner so I don\'t gain weight, only 300 a day.',
  'A guy on roblox asked me if my parents are strict and if I sleep alone.',
  'We all joke about dying but honestly I\'m not joking anymore.',
  'Chewing and spitting every night so I don\'t gain. My mum can\'t know.',
  'I\'ve lost 5 kilos skipping meals. My ribs showing now and I love it.',
  // self-harm disclosure
  'The scars on my arms are getting worse. Been doing it for a few years now.',
  'Had to use steri strips from the first aid kit again. The cuts on my thighs won\'t close.',
  'I tell everyone the scars on my wrists are from my cat. I\'ve been doing it since year 7.',
  'Relapsed last night. The new cuts on my legs needed butterfly stitches.',
  // exploitation told by the child
  'They say I owe them money now and they took my phone.',
  'I\'m trapped running lines for them and can\'t get out.',
  'Older lads said it\'s easy money, just hold stuff in a different town.',
  'Offered me 300 to carry a parcel to another town. No questions asked.',
  'I have to do more drops or they\'ll hurt my mum.',
  'A man at the chicken shop gives me free stuff and lifts home. I\'m 13.',
  'These older boys invited me to chill at a flat, drinks are free, my mum doesn\'t know.',
  'We went country for a week and now they keep messaging me saying I owe them.',
  'Job going: £150 a day, drive around with us. Under 16s preferred.',
  'He said I have to pay them back or they know where I live.',
  // coercion and grooming
  'If you loved me you\'d send one more pic.',
  'If u really cared about me you would send them. I promise I won\'t screenshot.',
  'I swear I won\'t record, just turn on your cam.',
  'I know you\'re only 13 but I can\'t stop thinking about you.',
  'You are 14 but so mature for your age. Age is just a number.',
  'Babe I\'d never share them, just one more with the lights on.',
  // threats against a person
  'I know what time he leaves work. After what he did he\'s going to pay.',
  'I know where she lives and I know her route. She\'ll get what she deserves.',
  'Been watching him for weeks. He\'ll find out what it feels like.',
  'They\'re all going to pay. Every single one of them. Monday 2nd period.',
  'My form tutor ruined my life. I\'ve got everything ready for tomorrow.',
  'Know where he lives, going round with my cousins tonight, bring the knives.',
  // extremist sympathy and travel
  'Those men were defending their people, the media just calls them terrorists.',
  'The bombers were doing what they had to. Real patriots should study what they did.',
  'My uncle says the brothers over there are living the true deen. He wants me to come with him.',
  'My mate is going to join the fight abroad and wants me to come with him.',
  'The invaders are everywhere and the only answer is force.',
  'We are being replaced and nobody does anything.',
];

const INNOCENT: readonly string[] = [
  // holidays, leavers and goodbyes
  'Last night here in Cornwall, love you all, see you Sunday!',
  'Sorry for being so loud in Year 7 lol. Leavers 2026, love you all!',
  'Last day of school ever. Love you all, thanks for everything!',
  'Thank you to everyone who came to my party. Love you all x',
  'Sorry mum, I ate the last yoghurt. Love you.',
  'By the time you see this I\'ll be on the plane to Spain!',
  'Made up my mind, I\'m doing art for GCSE.',
  'The project will be over by Friday, thanks for everything guys.',
  'Goodbye Year 11, you were the best year.',
  'Tonight is the last night of the show, love you all cast!',
  'I\'m sorry I couldn\'t come to your party, love you babe.',
  'Tell my mum I\'ll be late, the bus is stuck.',
  'My last post before exams, see you all in June!',
  'Don\'t cry, it\'s only a haircut mum.',
  'It\'ll be done by tomorrow, I promise sir.',
  'Remember me when you\'re famous haha',
  // rooftops and stations
  'Rooftop photo from the top of the multi-storey, the sunset was amazing.',
  'On the roof terrace at my aunt\'s flat, the view is unreal.',
  'At the station, trains every ten minutes so I\'ll be home soon.',
  'Sorry guys, stuck at the station, the train is delayed.',
  'On the bridge for the fireworks. Sorry I missed your call mum.',
  'From up here you can see the whole city, so calm.',
  // diets for sport and health
  'Need to make weight for judo, under 57kg by Saturday, eating clean.',
  'Coach says eat 3000 calories a day for rugby season.',
  'I lost 5 kilos training for the half marathon, feeling great.',
  'My goal weight for rowing lightweight is 72 kilos.',
  'I was throwing up after dinner because of a stomach bug, feeling better now.',
  'Skip lunch today? No way, it\'s pizza day.',
  'Ramadan fasting is hard but the iftar with my family is the best part.',
  'My little brother was sick after dinner again, think it\'s the norovirus going round.',
  'Dietitian said I should never skip meals before a match.',
  'Down to 40 minutes on my 10k, next goal is under 38!',
  // scars and first aid
  'Got a scar on my knee from falling off my bike, needed stitches.',
  'We did first aid training today, learnt how to use butterfly stitches.',
  'My cat scratched my arm and now I have marks on my arm lol.',
  'I\'ve been doing it for two years now, ballet is my life.',
  'The first aid kit in the PE cupboard is empty again.',
  'Scars from my surgery are fading, been two years now.',
  // jobs, parties, lifts
  'My uncle gives me lifts home from football every Saturday.',
  'Got offered £5 an hour to babysit my neighbour, easy money!',
  'Party at my cousin\'s flat on Friday, bring your friends!',
  'I owe them a birthday card, completely forgot.',
  'I owe him a tenner for the cinema.',
  'My older brother and his mates took me to the match, free tickets!',
  'The hotel party for my nan\'s 80th was lovely.',
  'Paper round pays £20 a week, no questions asked if you\'re late once lol.',
  'The drama club is going to another town for the festival, my mum signed the form.',
  'Running lines for the school play tonight, I\'m Juliet!',
  // love, cams, ages
  'If you loved me you\'d buy me a pizza.',
  'If you really loved me you\'d watch the whole series with me.',
  'Turn on your cam for the class presentation please.',
  'You\'re only 13 once, enjoy it!',
  'I can\'t stop thinking about you, best holiday ever with my cousins.',
  'Send me the maths homework please, I promise I won\'t copy it all.',
  'My nan asked if I have my own room in the new house.',
  'I walk 10,000 steps so I don\'t gain weight over Christmas.',
  'We joke about dying of boredom in maths, not joking, it\'s that dull.',
  // routines, revenge in games and sport
  'I know what time she walks home so I\'ll meet her at the gate with flowers for her birthday.',
  'After what he did in the final, he\'s going to pay for the pizza.',
  'We\'re going to make them pay on Saturday, we\'ll win the derby.',
  'I know her route for the sponsored walk, I\'ll cheer her on.',
  'Monday 2nd period is PE, bring everything you need.',
  'I\'ve got everything ready for tomorrow\'s trip to the zoo.',
  // history and games
  'In history we learnt how the Vikings were invaders and how the Saxons fought back.',
  'Space Invaders is the best retro game.',
  'Our RE lesson was about how the media reports terrorism.',
  'My grandad fought abroad in the army and came home a hero.',
  'My cousin wants me to come with him to Spain in the summer.',
];

describe('English risks told indirectly', () => {
  it('has enough cases to mean something', () => {
    assert.ok(RISKY.length >= 60);
    assert.ok(INNOCENT.length >= 60);
  });
  for (const text of RISKY) {
    it(`alerts: ${text}`, () => {
      const a = analyse(text, { lang: 'en' });
      assert.ok(a.severity >= ALERT, `severity ${a.severity}: ${a.matches.map((m) => `${m.entry}:${m.severity}`).join(' ')}`);
    });
  }
  for (const text of INNOCENT) {
    it(`stays below the threshold: ${text}`, () => {
      const a = analyse(text, { lang: 'en' });
      assert.ok(a.severity < ALERT, `severity ${a.severity}: ${a.matches.map((m) => `${m.entry}:${m.severity}`).join(' ')}`);
    });
  }
});

describe('English harm at home and threats with a deadline (dev5 round)', () => {
  expectAlerts('en', [
    ['my stepdad grabbed me by the neck and said if i tell anyone he\'ll put me in care', 3, 'any'],
    ['mum\'s boyfriend locks me out when he\'s drunk and i sleep in the shed', 3, 'any'],
    ['there\'s been no food at home for days, dad hasn\'t come home since friday and my baby brother is 2', 3, 'any'],
    ['my dad makes me kneel on the hard floor for hours when i get something wrong', 3, 'any'],
    ['you\'ve got until monday to give it back. last warning. i know exactly where you live', 3, 'any'],
  ]);
  expectNoAlerts('en', [
    'my nan makes me sit with her and watch quiz shows on sundays',
    'my mum grounded me and I have to stay in my room all weekend, so unfair',
    'mum\'s been in bed with flu so dad made pasta again',
    'my dad hit me with a water balloon at the bbq',
    'my stepdad makes me do the washing up every night',
  ]);
});
