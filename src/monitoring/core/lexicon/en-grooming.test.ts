/**
 * English grooming and exploitation frames (`en-grooming.ts`): the adult's short messages and the
 * child's disclosures, written for this test — camera and picture requests, sexual questions, looks
 * and age, gifts for pictures, offers to collect, secrecy and vanishing chats, sextortion, county
 * lines — must alert; the same words from a teacher, a parent, a friend, a courier or an adult
 * couple must not. None is copied from a benchmark split or from a real person's messages.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('en-grooming: risky messages alert', () => {
  expectAlerts('en', [
    // camera and pictures
    ['switch ur cam on and take it to ur bedroom', 4, 'grooming-cse'],
    ['put your webcam on when your parents are asleep x', 4, 'grooming-cse'],
    ['go on cam for me, just us, nobody else can see', 4, 'grooming-cse'],
    ['send a selfie of urself lying in bed', 4, 'grooming-cse'],
    ['one more pic of you after your shower, for my eyes only', 4, 'grooming-cse'],
    ['put on the crop top for me next time in the pic', 4, 'grooming-cse'],
    ['I sent them a video last week and now they keep asking for more', 4, 'grooming-cse'],
    // sexual questions
    ['are u still a virgin', 3, 'grooming-cse'],
    ['have you ever been touched? dont be shy you can tell me', 4, 'grooming-cse'],
    ['do you sleep in your underwear', 4, 'grooming-cse'],
    ['whats ur bra size', 4, 'grooming-cse'],
    ['i can teach u how to kiss if u want', 4, 'grooming-cse'],
    // looks and age
    ['you are really gorgeous for 12', 4, 'grooming-cse'],
    ['so fit for a 14 year old honestly', 4, 'grooming-cse'],
    ['what age are u? u seem way older in ur selfies', 4, 'grooming-cse'],
    // gifts for pictures
    ['ill get u robux if u show me on cam', 4, 'grooming-cse'],
    ['i can top up your phone credit for a few pics', 4, 'grooming-cse'],
    // offers to collect or meet
    ['let me come get u from the park, come alone', 4, 'grooming-cse'],
    ['i could drive to ur town saturday, tell ur mum ur at a mates', 4, 'grooming-cse'],
    ['can you sneak out tonight without your mum finding out', 3, 'grooming-cse'],
    // secrecy and vanishing chats
    ['swear u wont tell anyone that we talk', 3, 'grooming-cse'],
    ['message me on kik instead, the chats delete after', 3, 'grooming-cse'],
    ['ur my little princess. this stays between us ok. how old r u', 4, 'grooming-cse'],
    ['nobody understands you like i do. add me on snap', 3, 'grooming-cse'],
    // sextortion
    ['unless you send another one ill share the pics with your whole school', 5, 'grooming-cse'],
    ['u have 2 hours. pay 100 or everyone will see the video', 5, 'grooming-cse'],
    ['he says if i block him hell send the photos to my mum', 5, 'grooming-cse'],
    // criminal exploitation
    ['earn some money, just carry a parcel out of town after school, no questions', 4, 'grooming-cse'],
    ['300 quid a run, hold this phone for us, cos ur young the feds wont stop u', 4, 'grooming-cse'],
    ['ur debt aint paid so u gotta take this bag up to the flat', 4, 'grooming-cse'],
    ['we will give you a phone, answer it when it rings and do a few drops', 4, 'grooming-cse'],
    // who is at home
    ['are your parents out tonight', 3, 'grooming-cse'],
    ['what time do ur parents come home', 3, 'grooming-cse'],
  ]);
});

describe('en-grooming: innocent messages stay quiet', () => {
  expectNoAlerts('en', [
    // teachers and lessons
    'in the online lesson everyone has to switch your camera on for the register',
    'our pshe lesson was about how groomers ask for pics and what to do',
    'what are the warning signs of county lines for parents',
    'a guide for teachers on sextortion and how to report it',
    // parents and family
    'I can pick you up from football at 6, love dad',
    'nan wants a photo of you in your new uniform on your first day',
    'dont tell your sister, its a surprise party for her birthday',
    'mum says she can get the train to your town for the wedding',
    // friends
    'are ur parents home tonight? i want to play fifa',
    'what time does your dad get home, i need to give your charger back',
    'send me a pic of ur homework pls i lost the sheet',
    'i sent him a pic of my drawing and now he wants to do a collab',
    'have you ever kissed a frog? its for our fairy tale project',
    'you look older with your hair like that',
    'we met irl at the convention, how old are you btw',
    'if u dont tell me the gossip ill tell everyone you fancy ryan',
    'ill post it everywhere if u dont come to my party lol',
    'dont tell anyone but i fancy sam',
    'lets move the football group chat to whatsapp',
    // couriers and deliveries
    'earn £150 a day delivering parcels, must have own van and a driving licence',
    'are your parents home? i have a parcel that needs signing for',
    'can you carry this bag to the car for me, i will pay you back for the chips',
    'i owe you big for helping me carry the bags',
    // adults
    'love you babe, meet me at the station at 8',
    'miss you so much, cant wait to see you in person next month',
    'hey beautiful, how was your day? dinner at mine tonight',
    'my wife says i look older with the beard',
    // everyday words
    'ur mine at the next game, im gonna destroy u',
    'good girl! the puppy finally learned to sit',
    'my princess turned 3 today and we had a party',
    'he is so special to me, my grandad',
    'she looks 18 in that prom photo lol',
    'send more memes im in bed bored',
    'i like the dress in the window, can you get it for me',
    'omg you look older in this photo from the wedding',
    'what u wearing tonight for the party',
    'if i dont pay for the window hell tell my parents',
    'can you hold it for me and pay me back tomorrow',
  ]);
});

describe('en-grooming: third-party reports, county lines offers and "what are you wearing" (dev5 round)', () => {
  expectAlerts('en', [
    ['an older guy from the gym keeps giving her lifts and buys her vodka, she\'s only 14', 3, 'grooming-cse'],
    ['a 23 year old man gives my friend lifts after school and takes her back to his flat. she\'s 13', 3, 'grooming-cse'],
    ['wanna earn easy? drop some parcels round the estate, £40 a go, tell nobody', 3, 'grooming-cse'],
    ['my cousin is working for some older boys now and he owes them money, he\'s terrified', 3, 'grooming-cse'],
    ['what r u wearing rn? send a pic', 3, 'grooming-cse'],
    ['what are you wearing in bed tonight babe', 3, 'grooming-cse'],
  ]);
  expectNoAlerts('en', [
    'my older brother gives me lifts to football and buys me chips after, i\'m 13',
    'a man from the church gives my nan lifts to the shops on thursdays',
    'my dad\'s 22 year old apprentice is helping build our shed',
    'Dad asked what I\'m wearing to the wedding, I\'m 14 and have nothing',
    'delivering parcels for the school fair round the estate, volunteers get a free hot dog',
  ]);
});

describe('en-grooming: dev8 round (an adult waving the age away, a partner pressing for images)', () => {
  expectAlerts('en', [
    ['u seem young, what year r u in? dont worry ive talked to younger', 4, 'grooming-cse'],
    ['i dont care how old u are tbh, add ur snap so we can talk more', 4, 'grooming-cse'],
    ['age doesnt matter to me, just keep this between us ok', 4, 'grooming-cse'],
    ['my boyfriend keeps asking me to send nudes and says if i loved him i would', 4, 'sexual'],
    ['the boy im talking to wants me to send him pics, im 13 and not sure i want to', 4, 'sexual'],
  ]);
  expectNoAlerts('en', [
    'grandad you seem young for 70 lol, what\'s your secret',
    'don\'t worry about your age, you can still join the team, what year are you in?',
    'my bf wants me to send him a pic of my new haircut, everyone does it lol',
    'my girlfriend keeps asking me for photos of the dog, is this normal',
  ]);
});

describe('en-grooming: a child who turns to Childline or a teacher is disclosing, not studying', () => {
  expectAlerts('en', [
    ['should i tell childline? my stepdad comes into my room at night', 4, 'grooming-cse'],
    ['i rang childline last night because i want to die', 5, 'suicide-self-harm'],
    ['he sent me nudes and wants mine, should i report it', 3, 'grooming-cse'],
  ]);
});

describe('en-grooming: "age is just a number" needs another grooming cue', () => {
  expectAlerts('en', [
    ["he's 24 and i'm 14 but he says age is just a number", 4, 'grooming-cse'],
    ['age doesnt matter, just dont tell your mum we talk', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('en', [
    'my nan turned 90 today and she still goes dancing, age is just a number',
    'age doesnt matter when it comes to learning an instrument',
  ]);
});
