import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MonitoringCategory } from '../../model.ts';
import { analyse } from '../analyse.ts';
import { buildLexicon } from './compile.ts';
import { FRAMES } from './frames.ts';
import { BUILTIN_PACKS } from './index.ts';
import type { LanguagePack } from './types.ts';

const tiny = (over: Partial<LanguagePack>): LanguagePack => ({ lang: 'xx', provenance: 'test', concepts: {}, terms: [], rules: [], senses: [], negators: [], ...over });

describe('lexicon: stem phrases (final *)', () => {
  const lexicon = buildLexicon({ version: 't', packs: [tiny({ terms: [{ id: 'shoot', category: 'weapons-violence', severity: 4, phrases: ['zastrzel*', 'mam plan {zabi*}'] }] })] });
  it('match any word that starts with the stem, to the end of that word', () => {
    for (const text of ['zastrzelę go', 'chcę zastrzelić', 'ZASTRZELIŁ', 'mam plan zabić']) {
      const a = analyse(text, { lexicon });
      assert.equal(a.severity, 4, text);
    }
    const m = analyse('jutro zastrzelę go', { lexicon }).matches[0];
    assert.equal(m?.text, 'zastrzelę');
  });
  it('must still start on a word start', () => {
    assert.equal(analyse('niezastrzelony', { lexicon }).severity, 0);
  });
  it('refuses stems too short to mean anything', () => {
    assert.throws(() => buildLexicon({ version: 't', packs: [tiny({ terms: [{ id: 'x', category: 'drugs', severity: 3, phrases: ['ab*'] }] })] }), /too short/);
  });
});

describe('lexicon: cue-family rules (atLeast)', () => {
  const lexicon = buildLexicon({
    version: 't',
    packs: [tiny({
      concepts: { contact: ['a man online', 'older guy'], secret: ['dont tell', 'secret'], gift: ['robux', 'gift card'], meet: ['meet up', 'come alone'] },
      rules: [{ id: 'cues', category: 'grooming-cse', severity: 4, all: ['@contact', '@secret', '@gift', '@meet'], atLeast: 3, window: 12 }],
    })],
  });
  it('holds when enough different families appear close together, in any order', () => {
    assert.equal(analyse('he sent robux and said come alone, dont tell', { lexicon }).severity, 4);
    assert.equal(analyse('older guy wants to meet up, its a secret', { lexicon }).severity, 4);
  });
  it('does not hold with too few families, or with one family repeated', () => {
    assert.equal(analyse('older guy said meet up', { lexicon }).severity, 0);
    assert.equal(analyse('robux gift card robux', { lexicon }).severity, 0);
  });
  it('does not hold when the families are too far apart', () => {
    assert.equal(analyse('word '.repeat(14) + 'robux, dont tell, come alone', { lexicon }).severity, 4);
    assert.equal(analyse('robux ' + 'word '.repeat(14) + 'dont tell ' + 'word '.repeat(14) + 'come alone', { lexicon }).severity, 0);
  });
  it('rejects a threshold outside 2..number of parts', () => {
    assert.throws(() => buildLexicon({ version: 't', packs: [tiny({ concepts: { a: ['x1x'], b: ['y1y'] }, rules: [{ id: 'r', category: 'drugs', severity: 3, all: ['@a', '@b'], atLeast: 3 }] })] }), /atLeast/);
  });
});

describe('lexicon: frames', () => {
  it('exist for every built-in language with a script of its own, and never reuse a pack concept name', () => {
    for (const lang of ['en', 'pl', 'ro', 'ur', 'ur-Latn', 'pa']) assert.ok(FRAMES[lang] !== undefined, lang);
    for (const pack of BUILTIN_PACKS) {
      for (const name of Object.keys(FRAMES[pack.lang]?.concepts ?? {})) assert.ok(name.startsWith('f') || name.startsWith('q'), `${pack.lang} ${name}`);
    }
  });
  it('a romanised pack\'s negators do not lower other languages ("na" is Polish for "on")', () => {
    assert.ok(analyse('pisze żebyśmy gadali na telegramie żeby nikt nie widział').severity >= 4);
  });
});

type Case = [text: string, lang: string, category: MonitoringCategory | null];

// Wordings written for these tests (not taken from any benchmark split): the frames must catch
// new phrasings of the same risks and stay quiet on innocent look-alikes.
const RISKY: readonly Case[] = [
  ['honestly planning to jump off the multi storey on friday', 'en', 'suicide-self-harm'],
  ['my family would be so much happier if i wasnt around', 'en', 'suicide-self-harm'],
  ['so done with life rn', 'en', 'suicide-self-harm'],
  ['nobody would even care if i died tbh', 'en', 'suicide-self-harm'],
  ['tips to not feel hungry when ur trying to get to 40 kg', 'en', 'suicide-self-harm'],
  ['this older guy from discord says im pretty and wants to see me this weekend', 'en', 'grooming-cse'],
  ['my tutor gives me money and says its just us', 'en', 'grooming-cse'],
  ['he keeps asking what school i go to and if im home alone', 'en', 'grooming-cse'],
  ['he is threatening to post the pics unless i send money', 'en', 'grooming-cse'],
  ['the buffalo shooter was a legend honestly', 'en', 'extremism'],
  ['where can i read the tarrant manifesto pdf', 'en', 'extremism'],
  ['whites need to rise up and fight back', 'en', 'extremism'],
  ['ive got a blade in my bag for them opps tomorrow', 'en', 'weapons-violence'],
  ['swear down ill put him in hospital monday', 'en', 'weapons-violence'],
  ['how to make napalm at home', 'en', 'weapons-violence'],
  ['wszystkim będzie lżej jak mnie zabraknie', 'pl', 'suicide-self-harm'],
  ['jutro zastrzelę ich wszystkich w szkole', 'pl', 'weapons-violence'],
  ['ciągle pyta gdzie mieszkam i czy jestem sama w domu', 'pl', 'grooming-cse'],
  ['nu mai vreau să trăiesc deloc', 'ro', 'suicide-self-harm'],
  ['îi împușc pe toți de la școală', 'ro', 'weapons-violence'],
  ['mă întreabă mereu unde locuiesc', 'ro', 'grooming-cse'],
  ['کاش میں مر جاتی', 'ur', 'suicide-self-harm'],
  ['kaash main mar jata', 'ur-Latn', 'suicide-self-harm'],
  ['ਕਾਸ਼ ਮੈਂ ਮਰ ਜਾਂਦੀ', 'pa', 'suicide-self-harm'],
];

const INNOCENT: readonly Case[] = [
  ['i want to die my hair purple', 'en', null],
  ['i cut my finger opening a tin', 'en', null],
  ['i dont want to live in london when im older', 'en', null],
  ['im going to end it with him, hes so annoying', 'en', null],
  ['join the club after school on tuesdays', 'en', null],
  ['the civil rights movement timeline', 'en', null],
  ['ill shoot you a message later', 'en', null],
  ['my mum will kill me if i fail maths', 'en', null],
  ['bungee jumping off a bridge in new zealand', 'en', null],
  ['nie mów mamie, to niespodzianka na jej urodziny', 'pl', null],
  ['cum omor un proces în linux', 'ro', null],
];

describe('frames: new wordings of urgent risks', () => {
  for (const [text, lang, category] of RISKY) {
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      const a = analyse(text, { lang });
      assert.ok(a.severity >= 3 && category !== null && a.categories.includes(category), `got ${a.severity} ${a.categories.join(',')} (${a.matches.map((m) => m.entry).join(' ')})`);
    });
  }
});

describe('frames: innocent look-alikes stay quiet', () => {
  for (const [text, lang] of INNOCENT) {
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      const a = analyse(text, { lang });
      assert.ok(a.severity < 3, `got ${a.severity} ${a.categories.join(',')} (${a.matches.map((m) => m.entry).join(' ')})`);
    });
  }
});
