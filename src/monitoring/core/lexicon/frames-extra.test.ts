import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MonitoringCategory } from '../../model.ts';
import { analyse } from '../analyse.ts';
import { FRAME_EXTRAS, mergeFrames } from './frames-extra.ts';
import { FRAMES } from './frames.ts';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('frames-extra: merging', () => {
  it('extends an existing class and keeps its own words', () => {
    const base = FRAMES['en'];
    assert.ok(base !== undefined);
    const merged = mergeFrames('en', base);
    const fwhen = merged.concepts['fwhen'] ?? [];
    assert.ok(fwhen.includes('tomorrow') && fwhen.includes('tmrw'));
    assert.equal(merged.rules.length, base.rules.length + (FRAME_EXTRAS['en']?.rules.length ?? 0));
  });
  it('every class it adds either extends a frames.ts class or is named f3…', () => {
    for (const [lang, extra] of Object.entries(FRAME_EXTRAS)) {
      for (const name of Object.keys(extra.concepts)) assert.ok(name.startsWith('f3') || name in (FRAMES[lang]?.concepts ?? {}), `${lang}: ${name}`);
    }
  });
  it('leaves a language without extras as it was', () => {
    const base = { concepts: { a: ['b'] }, terms: [], rules: [], senses: [] };
    assert.equal(mergeFrames('xx', base), base);
  });
});

type Case = [text: string, lang: string, category: MonitoringCategory | null];

// Wordings written for these tests (not copied from any benchmark split).
const RISKY: readonly Case[] = [
  ['make sure u wipe our dms after ok', 'en', 'grooming-cse'],
  ['ur mum and dad would freak, they wouldnt understand what we have', 'en', 'grooming-cse'],
  ['ill get u discord nitro if u send me a selfie', 'en', 'grooming-cse'],
  ['which school are u at? are u alone rn', 'en', 'grooming-cse'],
  ['send me one in ur pjs', 'en', 'grooming-cse'],
  ['ill wait outside ur school friday, no one has to know', 'en', 'grooming-cse'],
  ['the mosque shooter did nothing wrong', 'en', 'extremism'],
  ['natives are being replaced in our towns', 'en', 'extremism'],
  ['i just want everything to stop for good', 'en', 'suicide-self-harm'],
  ['handing my stuff out, my brother can have my xbox when im gone', 'en', 'suicide-self-harm'],
  ['bringing a shank tmrw', 'en', 'weapons-violence'],
  ['how much is a glock on the streets', 'en', 'weapons-violence'],
  ['nobody likes u just leave', 'en', 'bullying-abuse'],
  ['lets all make a hate page and ruin her', 'en', 'bullying-abuse'],
  ['skasuj nasz czat zanim mama zobaczy', 'pl', 'grooming-cse'],
  ['chcę żeby to się skończyło raz na zawsze', 'pl', 'suicide-self-harm'],
  ['daca nu mai trimiti, le arat tuturor pozele', 'ro', 'grooming-cse'],
  ['ye chat delete kar dena', 'ur-Latn', 'grooming-cse'],
  ['نیند کی گولیاں کھا کر کبھی نہ اٹھوں', 'ur', 'suicide-self-harm'],
  ['ਇਹ ਸਭ ਹਮੇਸ਼ਾ ਲਈ ਖਤਮ ਹੋ ਜਾਵੇ', 'pa', 'suicide-self-harm'],
];

const INNOCENT: readonly Case[] = [
  ['delete this chat its so cringe lol', 'en', null],
  ['standing on the bridge rn waiting for the bus', 'en', null],
  ['send a pic of ur uniform so i can see the blazer', 'en', null],
  ['ill send u robux back when i get my pocket money', 'en', null],
  ['the roman invasion of britain', 'en', null],
  ['we need to purify the water in chemistry', 'en', null],
  ['what does ctb mean in business', 'en', null],
  ['how to make a bomb in minecraft', 'en', null],
  ['my sister is going to murder me for borrowing her top', 'en', null],
  ['everyone likes you', 'en', null],
  ['trade pics of our pokemon cards', 'en', null],
  ['wyślij mi zdjęcie planu lekcji', 'pl', null],
  ['trimite o poza cu uniforma noua de la magazin', 'ro', null],
];

describe('frames-extra: new wordings', () => {
  for (const [text, lang, category] of RISKY) {
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      const a = analyse(text, { lang });
      assert.ok(a.severity >= 3 && category !== null && a.categories.includes(category), `got ${a.severity} ${a.categories.join(',')} (${a.matches.map((m) => m.entry).join(' ')})`);
    });
  }
});

describe('frames-extra: innocent look-alikes stay quiet', () => {
  for (const [text, lang] of INNOCENT) {
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      const a = analyse(text, { lang });
      assert.ok(a.severity < 3, `got ${a.severity} ${a.categories.join(',')} (${a.matches.map((m) => m.entry).join(' ')})`);
    });
  }
});

describe('frames-extra-en: dev8 round (private images passed round, a group named to mock, a dealer\'s advert)', () => {
  expectAlerts('en', [
    ['the whole year is sharing the nudes she sent her ex', 3, 'bullying-abuse'],
    ['they made a page called smelly sam and added everyone', 3, 'bullying-abuse'],
    ['fresh restock 💊 weed carts, new menu out, snap only, no time wasters', 3, 'drugs'],
  ]);
  expectNoAlerts('en', [
    'i\'m sharing the photos she sent from her holiday in spain, so pretty',
    'I took 2 pills at 10 and couldn\'t sleep till 2am, new menu at work is stressing me',
    'the chippy has a new menu, deals on fish, delivering round Croydon till 2am, snap only',
    'we made a group chat called the book club for fans of the It film',
  ]);
});

describe('frames-extra-en: dev8 round (nitrous balloons)', () => {
  expectAlerts('en', [
    ['anyone got balloons and nitrous for saturday', 3, 'drugs'],
    ['got 40 cream chargers and a bag of balloons for tonight', 3, 'drugs'],
  ]);
  expectNoAlerts('en', [
    'balloons and helium canisters for the party are in the car',
    'pulled party crackers and blew up balloons at christmas',
  ]);
});
