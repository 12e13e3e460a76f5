import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MONITORING_CATEGORIES, type MonitoringCategory } from '../model.ts';
import { analyse, compileLexicon, LEXICON_VERSION } from './analyse.ts';
import { buildLexicon, withShortReduplication } from './lexicon/compile.ts';
import { BUILTIN_PACKS } from './lexicon/index.ts';
import { expandPhrase } from './lexicon/types.ts';

type Case = [text: string, min: number, category: MonitoringCategory | null, why: string];

/** Every case must reach at least `min` with `category` listed; `null` means no alert (below 3). */
function check(cases: readonly Case[], lang?: string): void {
  for (const [text, min, category, why] of cases) {
    it(`${why}: ${JSON.stringify(text)}`, () => {
      const a = analyse(text, lang === undefined ? {} : { lang });
      if (category === null) {
        assert.ok(a.severity < 3, `expected no alert, got ${a.severity} ${a.categories.join(',')} (${a.matches.map((m) => m.entry).join(' ')})`);
      } else {
        assert.ok(a.severity >= min, `expected severity >= ${min}, got ${a.severity} (${a.matches.map((m) => m.entry).join(' ')})`);
        assert.ok(a.categories.includes(category), `expected ${category} in ${a.categories.join(',')}`);
      }
    });
  }
}

describe('analyse: the issue\'s done-when examples', () => {
  it('"how many paracetamol to die" is severity 5, suicide-self-harm', () => {
    const a = analyse('how many paracetamol to die');
    assert.equal(a.severity, 5);
    assert.deepEqual(a.categories, ['suicide-self-harm']);
  });
  it('"how do I kill a zombie process" is severity 0', () => {
    assert.deepEqual(analyse('how do I kill a zombie process'), { severity: 0, categories: [], matches: [] });
  });
});

describe('analyse: every category, English', () => {
  check([
    ['i want to kill myself', 5, 'suicide-self-harm', 'first-person intent'],
    ['how to hide cuts from my parents', 4, 'suicide-self-harm', 'self-harm concealment'],
    ['pro ana tips', 4, 'suicide-self-harm', 'eating disorder'],
    ["don't tell your parents, this is our little secret", 4, 'grooming-cse', 'secrecy from parents'],
    ['he wants me to send nudes', 5, 'grooming-cse', 'request for images'],
    ['free porn videos', 3, 'sexual', 'pornography'],
    ['everyone hates you, go kill yourself', 4, 'bullying-abuse', 'abuse aimed at someone'],
    ['how to join isis', 5, 'extremism', 'joining a proscribed group'],
    ['the great replacement is happening', 4, 'extremism', 'extremist narrative'],
    ['all immigrants should be deported', 4, 'hate-discrimination', 'group plus hateful claim'],
    ['where can i buy weed near me', 4, 'drugs', 'buying drugs'],
    ['bring a knife to school tomorrow', 5, 'weapons-violence', 'weapon at school'],
    ['how to make a pipe bomb', 5, 'weapons-violence', 'weapon making'],
    ['best online casino for under 18s', 4, 'gambling', 'gambling while under age'],
  ]);
});

describe('analyse: hard negatives (alarming words, innocent sentences)', () => {
  check([
    ['how do I kill a zombie process in linux', 0, null, 'computing sense of kill'],
    ['kill -9 a process', 0, null, 'kill command'],
    ['how to shoot a basketball', 0, null, 'sport sense of shoot'],
    ['history of the holocaust for gcse', 0, null, 'history lesson'],
    ['drug discovery careers', 0, null, 'science sense of drug'],
    ['breast cancer awareness month', 0, null, 'health'],
    ['this homework is killing me', 0, null, 'everyday hyperbole'],
    ['how to make a bath bomb', 0, null, 'bath bomb'],
    ['cut the cake into eight pieces', 0, null, 'cooking sense of cut'],
    ['genetic engineering pros and cons', 0, null, '"cons" is not the slur with doubled letters'],
    ['sexual reproduction in plants', 0, null, 'biology'],
    ['how to hang a picture on the wall', 0, null, 'everyday sense of hang'],
    ['i nearly died laughing', 0, null, 'idiom'],
    ['isis egyptian goddess', 0, null, 'mythology'],
    ['suicide squad cast', 0, null, 'film title'],
    ['what time does wednesday assembly start', 0, null, 'nothing at all'],
  ]);
});

describe('analyse: obfuscation', () => {
  check([
    ['I WANT TO KILL MYSELF', 5, 'suicide-self-harm', 'upper case'],
    ['i WaNt To KiLl MySeLf', 5, 'suicide-self-harm', 'mixed case'],
    ['i want to k1ll mys3lf', 5, 'suicide-self-harm', 'leetspeak'],
    ['i want to ki11 myse1f', 5, 'suicide-self-harm', 'leet 1 read as l'],
    ['$uicide', 3, 'suicide-self-harm', 'leet symbol'],
    ['i want to kiiiiill myseeeelf', 5, 'suicide-self-harm', 'repeated letters'],
    ['i want to k i l l m y s e l f', 5, 'suicide-self-harm', 'letters spaced out'],
    ['i want to k.i.l.l my-self', 5, 'suicide-self-harm', 'punctuation inside words'],
    ['i want to kіll mysеlf', 5, 'suicide-self-harm', 'Cyrillic look-alikes (confusables)'],
    ['i want to 𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟', 5, 'suicide-self-harm', 'mathematical letters'],
    ['ｉ ｗａｎｔ ｔｏ ｄｉｅ', 5, 'suicide-self-harm', 'full-width letters'],
    ['i want to ki\u200bll my\u200dself', 5, 'suicide-self-harm', 'zero-width characters'],
    ['ï wänt tö kïll mýsélf', 5, 'suicide-self-harm', 'diacritics'],
    ['I w@nt 2 k!11 my$3lf', 5, 'suicide-self-harm', 'mixed'],
    ['c u t t i n g myself again', 4, 'suicide-self-harm', 'spaced word next to a phrase'],
    ['where to get a sh*nk', 3, 'weapons-violence', 'a star hiding a vowel'],
    ['ｓｅｌｆ ｈａｒｍ', 3, 'suicide-self-harm', 'full-width phrase'],
    ['i want to kiӏӏ mysеӏf', 5, 'suicide-self-harm', 'Cyrillic palochka read as l'],
    ['i want to kіll mуsеlf tonighт', 5, 'suicide-self-harm', 'Cyrillic te (a small-capital prototype)'],
    ['1m g0nna 57@8 h1m 70m0rr0w', 4, 'weapons-violence', 'leet word made of digits and symbols'],
    ['is h a n g i n g painless', 4, 'suicide-self-harm', 'an innocent phrase inside a spelled-out word ("hang in") is no context'],
    ['go kill y o u r s e l f nobody wants you', 4, 'bullying-abuse', 'a spelled-out word holding an innocent word ("elf")'],
    ['im bringing a 🔪 to school tmrw', 5, 'weapons-violence', 'a pictograph standing for a word'],
  ]);
});

describe('analyse: languages', () => {
  check([
    ['jak się zabić bez bólu', 5, 'suicide-self-harm', 'Polish'],
    ['jak sie zabic bez bolu', 5, 'suicide-self-harm', 'Polish without diacritics'],
    ['nie mów rodzicom, to nasz sekret', 4, 'grooming-cse', 'Polish grooming'],
    ['cum să mă sinucid fără durere', 5, 'suicide-self-harm', 'Romanian'],
    ['cum sa ma sinucid fara durere', 5, 'suicide-self-harm', 'Romanian without diacritics'],
    ['cum să fac o bombă', 5, 'weapons-violence', 'Romanian weapons'],
    ['میں مرنا چاہتا ہوں', 5, 'suicide-self-harm', 'Urdu script'],
    ['مين مرنا چاهتا هوں', 5, 'suicide-self-harm', 'Urdu typed on an Arabic keyboard'],
    ['main marna chahta hoon', 5, 'suicide-self-harm', 'Roman Urdu'],
    ['mein marna chahti hun yaar', 5, 'suicide-self-harm', 'Roman Urdu spelling variants'],
    ['khudkushi ka asaan tareeqa', 5, 'suicide-self-harm', 'Roman Urdu method'],
    ['ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ', 5, 'suicide-self-harm', 'Punjabi (Gurmukhi)'],
    ['ਬੰਬ ਕਿਵੇਂ ਬਣਾਈਏ', 5, 'weapons-violence', 'Punjabi weapons'],
    ['میں مرنا چاہندا ہاں', 5, 'suicide-self-harm', 'Punjabi (Shahmukhi)'],
  ]);
  check([
    ['historia holokaustu lekcja historii', 0, null, 'Polish history lesson'],
    ['cum să omor plictiseala într-o zi ploioasă', 0, null, 'Romanian idiom'],
    ['بریانی بنانے کا طریقہ', 0, null, 'Urdu recipe'],
    ['lahore ka mausam', 0, null, 'Roman Urdu weather'],
    ['ਸਰ੍ਹੋਂ ਦਾ ਸਾਗ ਬਣਾਉਣ ਦਾ ਤਰੀਕਾ', 0, null, 'Punjabi recipe'],
  ]);
});

describe('analyse: prefixed clitics of Hebrew and Arabic', () => {
  it('matches a phrase after "and", "in", "the" written onto its first word', () => {
    for (const text of ['ואני רוצה להתאבד', 'وقررت الانتحار']) {
      const plain = analyse(text.slice(1));
      const prefixed = analyse(text);
      assert.ok(plain.severity >= 4, `${text.slice(1)}: ${plain.severity}`);
      assert.equal(prefixed.severity, plain.severity, text);
    }
    assert.ok(analyse('ואני רוצה להתאבד').matches.every((m) => m.start >= 1), 'the clitic is not highlighted');
  });
  it('keeps three letters of the word: a short word is not cut down to a phrase', () => {
    assert.deepEqual(analyse('ולא').matches, []);
  });
  it('does not read a study context through a clitic (לספר, to tell, is not ספר, a book)', () => {
    const risk = 'אני רוצה להתאבד';
    assert.equal(analyse(`${risk}. לספר למישהו?`).severity, analyse(risk).severity);
  });
});

describe('analyse: context rules', () => {
  it('needs all parts of a co-occurrence rule: "how many paracetamol" alone is no alert', () => {
    assert.ok(analyse('how many paracetamol can i take for a headache').severity < 3);
    assert.equal(analyse('how many paracetamol would kill me').severity, 5);
  });
  it('a negator before a phrase lowers it, but not one inside the phrase', () => {
    assert.ok(analyse('i am not racist').severity < 3);
    assert.equal(analyse("i don't want to live anymore").severity, 5);
  });
  it("a negator lowers matches of its own language and family, not another's where it is an ordinary word", () => {
    // Arabizi "la" (no) is Romanian "at": "lost all my money at the slots" stays an alert.
    assert.ok(analyse('am pierdut toti banii la pacanele azi').severity >= 3);
    assert.ok(analyse('nu am jucat niciodata la pacanele').severity < 3, 'a Romanian negator still lowers a Romanian match');
  });
  it('a negator reaches only to the end of its clause', () => {
    assert.equal(analyse('not today, kill myself tomorrow').severity, 5);
    assert.ok(analyse('i am not racist').severity < 3);
  });
  it('an educational context lowers non-urgent matches below the threshold, but never a severity-5 phrase', () => {
    assert.ok(analyse('cocaine effects on the brain gcse biology').severity < 3);
    assert.ok(analyse('cocaine').severity >= 3);
    assert.equal(analyse('i want to kill myself history homework').severity, 5);
  });
  it('reads a post sentence by sentence: a rule does not join parts two sentences apart, a context reaches only the next sentence', () => {
    assert.ok(analyse('everyone would be better off without me').severity >= 4);
    assert.equal(analyse('everyone would be better off. the trip went ahead. they went without me').severity, 0);
    assert.equal(analyse('football was good today. we won 3 nil. im bringing a knife to school tomorrow').severity, 5);
  });
  it("a context that is one of a rule's own parts does not lower it (a gift in a grooming cue)", () => {
    assert.ok(analyse('ktoś z gry chce mój adres żeby wysłać mi prezent').severity >= 4);
    assert.ok(analyse('un băiat din joc vrea adresa mea ca să-mi trimită un cadou').severity >= 4);
  });
  it('age band: sexual content ranks higher for primary pupils', () => {
    const secondary = analyse('sexy', { ageBand: 'secondary' }).severity;
    const primary = analyse('sexy', { ageBand: 'primary' }).severity;
    assert.equal(primary, secondary + 1);
  });
});

describe('analyse: matches', () => {
  it('points back into the original text, whatever the disguise', () => {
    const text = 'ok so... I want to k.i.l.l   myself!!';
    const a = analyse(text);
    assert.ok(a.matches.length > 0);
    for (const m of a.matches) assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(a.matches.some((m) => m.text.includes('k.i.l.l')));
  });
  it('lists categories highest severity first, and only those at the alert threshold when there is an alert', () => {
    const a = analyse('how to join isis and where to buy weed');
    assert.deepEqual(a.categories, ['extremism', 'drugs']);
  });
  it('drops a weaker match inside a stronger one', () => {
    const a = analyse('i want to kill myself');
    assert.ok(a.matches.every((m) => m.category === 'suicide-self-harm'));
  });
});

describe('text contexts across packs that share words', () => {
  it('lets a Roman Urdu news context lower the Hinglish pack\'s match on the same words', () => {
    const a = analyse('police ne charas baramad ki, smuggler giraftar');
    assert.ok(a.severity < 3, a.matches.map((m) => `${m.entry}:${m.severity}`).join(' '));
  });
  it('still alerts on the same drug in a learner\'s own words', () => {
    assert.ok(analyse('yaar charas kahan se milegi school ke paas').severity >= 3);
  });
});

describe('buildLexicon: rules over scripts without spaces', () => {
  const lexicon = buildLexicon({
    version: 'test',
    packs: [
      {
        lang: 'ja',
        provenance: 'test',
        negators: [],
        concepts: { cut: ['リスカ'], doing: ['して'], a: ['死'], b: ['にたい'], c: ['薬'] },
        terms: [],
        rules: [
          { id: 'cutting', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@doing'], window: 4, ordered: true },
          { id: 'cues', category: 'suicide-self-harm', severity: 4, all: ['@a', '@b', '@c'], window: 8, atLeast: 2 },
        ],
        senses: [],
      },
    ],
  });
  it('joins parts that touch inside one window word, in order and as a cue family', () => {
    // リスカ|して: "カし" is one window word (two letters each), shared by both parts.
    assert.equal(analyse('リスカしてる', { lexicon }).severity, 4);
    assert.equal(analyse('死にたい', { lexicon }).severity, 4);
    assert.equal(analyse('リスカ', { lexicon }).severity, 0, 'one part alone is no rule');
  });
});

describe('buildLexicon: innocent frames and phrase shapes', () => {
  const lexicon = buildLexicon({
    version: 'test',
    packs: [
      {
        lang: 'en',
        provenance: 'test',
        negators: [],
        concepts: { family: ['my brother', 'my sister', 'mum'], trivial: ['chips', 'charger', 'wifi'] },
        terms: [{ id: 'threat', category: 'weapons-violence', severity: 5, phrases: ['kill you', 'gonna hang'] }],
        rules: [],
        senses: [
          { id: 'banter', categories: 'all', scope: 'overlap', phrases: [], all: ['@family', '{if|when}', '@trivial'], window: 10 },
          { id: 'picture', categories: 'all', scope: 'overlap', phrases: ['go on a hang', 'game'] },
        ],
      },
    ],
  });
  it('drops a match an innocent frame overlaps, in one sentence only', () => {
    assert.equal(analyse('my brother will kill you if you eat his chips', { lexicon }).severity, 0);
    assert.equal(analyse('i will kill you', { lexicon }).severity, 5);
    assert.equal(analyse('my brother ate the chips. i will kill you if you tell', { lexicon }).severity, 5);
  });
  it('matches an innocent phrase only on the text\'s own word boundaries', () => {
    assert.equal(analyse('im gonna hang', { lexicon }).severity, 5, '"go on a hang" is no sense of "gonna hang"');
    assert.equal(analyse('we go on a hang glider', { lexicon }).severity, 0);
  });
  it('refuses a phrase whose alternatives multiply past the limit', () => {
    const many = Array.from({ length: 7 }, () => '{a|b|c|d}').join(' ');
    assert.throws(() => buildLexicon({ version: 't', packs: [{ lang: 'en', provenance: 't', negators: [], concepts: {}, terms: [{ id: 'x', category: 'drugs', severity: 3, phrases: [many] }], rules: [], senses: [] }] }), /expands to 16384 phrases/);
  });
});

describe('compileLexicon: a school extends the lexicon', () => {
  it('adds terms and versions the result', () => {
    const lexicon = compileLexicon({ added: [{ phrase: 'blue whale challenge', category: 'suicide-self-harm', severity: 4 }] });
    assert.notEqual(lexicon.version, LEXICON_VERSION);
    assert.match(lexicon.version, /^\d{4}\.\d+\.\d+\+school\.[0-9a-f]{8}$/);
    const a = analyse('doing the b l u e whale challenge', { lexicon });
    assert.equal(a.severity, 4);
    assert.equal(a.matches[0]?.entry, 'school.ssh.blue-whale-challenge');
    assert.equal(analyse('doing the blue whale challenge').severity < 4, true);
  });
  it('matches a doubled word also written the short way ("siapa2" for "siapa-siapa")', () => {
    const lexicon = compileLexicon({ added: [{ phrase: 'jangan kasih tau siapa-siapa ya', category: 'grooming-cse', severity: 4 }] });
    for (const text of ['jangan kasih tau siapa siapa ya', 'jangan kasih tau siapa2 ya', 'JANGAN kasih tau SIAPA2 ya!']) assert.equal(analyse(text, { lexicon }).severity, 4, text);
    assert.equal(analyse('jangan kasih tau siapa ya', { lexicon }).severity, 0);
    assert.deepEqual(withShortReduplication('sampai jumpa'), ['sampai jumpa']);
  });
  it('a phrase written with a leading "=" needs the text\'s diacritics to agree, when it has any', () => {
    const lexicon = compileLexicon({ added: [{ phrase: '=tự tử', category: 'suicide-self-harm', severity: 4 }, { phrase: '=sik', category: 'sexual', severity: 3 }] });
    const school = (text: string): string[] => analyse(text, { lexicon }).matches.filter((m) => m.entry.startsWith('school.')).map((m) => m.text);
    for (const text of ['vụ tự tử', 'vu tu tu', 'VỤ TỰ TỬ', 'vụ t.ự t.ử']) assert.equal(school(text).length, 1, text);
    assert.deepEqual(school('cứ từ từ thôi'), [], 'từ từ, slowly');
    assert.deepEqual(school('çok şık bir elbise'), [], 'şık, elegant');
    assert.deepEqual(school('sik'), ['sik']);
    const strict = compileLexicon({ added: [{ phrase: '==tự tử', category: 'suicide-self-harm', severity: 3 }] });
    assert.equal(analyse('tự tử', { lexicon: strict }).severity, 3);
    assert.equal(analyse('tu tu', { lexicon: strict }).severity, 0, '"==": the plain spelling is an everyday word too');
  });
  it('matches phrases of scripts without spaces wherever their letters stand in a run', () => {
    const lexicon = buildLexicon({
      version: 'test',
      packs: [],
      added: [
        { phrase: '自杀', category: 'suicide-self-harm', severity: 4 },
        { phrase: 'ฆ่าตัวตาย', category: 'suicide-self-harm', severity: 4 },
        { phrase: '死にたい', category: 'suicide-self-harm', severity: 4 },
        { phrase: 'ตาย', category: 'suicide-self-harm', severity: 3 },
      ],
    });
    const zh = analyse('我真的很想自杀了', { lexicon });
    assert.equal(zh.severity, 4);
    assert.ok(zh.matches.some((m) => m.text === '自杀' && m.entry.startsWith('school.')), 'the match points at its own ideographs');
    assert.equal(analyse('我真的很想自 杀了', { lexicon }).severity, 4, 'spaced out');
    assert.equal(analyse('อยากฆ่าตัวตายมาก', { lexicon }).severity, 4, 'Thai inside a run');
    assert.equal(analyse('もう死にたいよ', { lexicon }).severity, 4, 'Japanese inside a run');
    assert.equal(analyse('กระต่ายน่ารัก', { lexicon }).severity, 0, 'a Thai sign stays with its letter: ตาย (die) is not in กระต่าย (rabbit)');
  });
  it('excludes phrases that gave false alerts', () => {
    const lexicon = compileLexicon({ excluded: ['scunthorpe cocaine cup'] });
    assert.ok(analyse('scunthorpe cocaine cup final').severity >= 3);
    assert.equal(analyse('scunthorpe cocaine cup final', { lexicon }).severity, 0);
  });
  it('keeps the built-in version when nothing is changed', () => {
    assert.equal(compileLexicon().version, LEXICON_VERSION);
  });
});

describe('lexicon data', () => {
  it('has a pack for every required language, each with provenance', () => {
    const langs = BUILTIN_PACKS.map((p) => p.lang);
    for (const lang of ['en', 'pl', 'ur', 'ur-Latn', 'pa', 'ro']) assert.ok(langs.includes(lang), lang);
    for (const pack of BUILTIN_PACKS) assert.ok(pack.provenance.length > 0, pack.lang);
  });
  it('covers every category in English', () => {
    const en = BUILTIN_PACKS.find((p) => p.lang === 'en');
    for (const c of MONITORING_CATEGORIES) assert.ok(en?.terms.some((t) => t.category === c && t.severity >= 3), c);
  });
  it('stays small enough to compile in about a second: at most 200,000 phrase forms', () => {
    // 131,914 at lexicon 2026.11.6 (1.3 s, 163 MB on this machine); a phrase whose alternatives
    // multiply is the usual cause of a jump — write concepts and a rule instead.
    assert.ok(compileLexicon().size <= 200_000, `${compileLexicon().size} phrase forms`);
  });
  it('has unique entry ids per pack', () => {
    for (const pack of BUILTIN_PACKS) {
      const ids = [...pack.terms.map((t) => `${t.category}:${t.id}`), ...pack.rules.map((r) => `${r.category}:${r.id}`)];
      assert.equal(new Set(ids).size, ids.length, pack.lang);
    }
  });
  it('expands {a|b} and [optional] shorthands', () => {
    assert.deepEqual(expandPhrase('{kill|hurt} myself [now]'), ['kill myself now', 'kill myself', 'hurt myself now', 'hurt myself']);
    assert.throws(() => expandPhrase('{kill myself'), /unbalanced/);
  });
});
