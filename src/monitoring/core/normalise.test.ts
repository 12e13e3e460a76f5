import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalise, normalisePhrase, romanise } from './normalise.ts';

/** The skeleton with word starts as `[` and word ends as `]`, to see the boundaries. */
function marked(text: string, options: Parameters<typeof normalise>[1] = {}): string {
  const n = normalise(text, options);
  let out = '';
  for (let p = 0; p <= n.skeleton.length; p++) {
    if ((n.wordEndAt[p] ?? 0) > 0) out += ']';
    if ((n.wordStartAt[p] ?? 0) > 0) out += '[';
    out += n.skeleton[p] ?? '';
  }
  return out;
}

describe('normalise', () => {
  const cases: [input: string, skeleton: string, why: string][] = [
    ['Kill MYSELF', 'kilmyself', 'lower case; doubled letters collapse'],
    ['kiiiiilllll', 'kil', 'repeated letters'],
    ['k1ll mys3lf', 'kilmyself', 'leet digits inside words'],
    ['$uicide', 'suicide', 'leet symbols inside words'],
    ['100mg 2nd', '10mg2nd', 'numbers are not leet'],
    ['k.i.l.l self-harm don\'t', 'kilselfharmdont', 'punctuation inside words joins them'],
    ['die!!! (now)', 'dienow', 'punctuation around words goes'],
    ['qu\u2060ick\u200de\u200bst', 'quickest', 'zero-width characters'],
    ['sеlf hаrm', 'selfharm', 'Cyrillic look-alikes (Unicode confusables)'],
    ['𝔨𝔦𝔩𝔩 ｍｙｓｅｌｆ ⓚⓘⓛⓛ', 'kilmyselfkil', 'mathematical, full-width and circled letters'],
    ['zabić się łódź', 'zabicsielodz', 'Polish diacritics and ł'],
    ['sinucidere ș ț ş ţ', 'sinuciderestst', 'Romanian comma and cedilla letters'],
    ['خودکشی كرنا', 'خودکشیکرنا', 'Arabic-keyboard kaf folds to Urdu keheh'],
    ['مَرنا', 'مرنا', 'harakat dropped'],
    ['ਖ਼ੁਦਕੁਸ਼ੀ', normalisePhrase('ਖੁਦਕੁਸ਼ੀ'), 'Gurmukhi nukta dropped'],
  ];
  for (const [input, skeleton, why] of cases) {
    it(why, () => assert.equal(normalise(input).skeleton, skeleton));
  }

  it('keeps word boundaries as flags, and letters spelt out count as one word', () => {
    assert.equal(marked('how to k i l l myself'), '[how][to][k][i][l][myself]'.replace('[l]', '[l]'));
    const n = normalise('how to k i l l myself');
    assert.equal(n.words, 4);
  });

  it('makes every letter of a script without spaces a word of its own, a few letters one word for windows', () => {
    assert.equal(marked('我想自杀'), '[我][想][自][杀]', 'Chinese: a phrase can start and end at any ideograph');
    assert.equal(normalise('我想自杀').words, 2, 'two ideographs count as one word in rule windows');
    assert.equal(marked('死にたい'), '[死][に][た][い]', 'Japanese kana and kanji');
    assert.equal(marked('자살 ㅠ'), '[자][살][ᅲ]', 'Korean syllables, whose words carry particles');
    assert.equal(marked('ฆ่าตัวตาย'), '[ฆ่][า][ตั][ว][ต][า][ย]', 'Thai: vowel and tone signs above and below stay with their letter');
    assert.equal(normalise('อยากตายมาก').words, 3, 'four Thai letters count as one word');
    assert.equal(marked('kill 我想死 now'), '[kil][我][想][死][now]', 'Latin words around them stay whole');
    assert.equal(marked('我吃了3片'), '[我][吃][了][3][片]', 'a digit among them stays a digit, not leet');
  });

  it('reads Hebrew final forms as their letters, without look-alikes, and joins at maqaf and gershayim', () => {
    assert.equal(normalise('למות').skeleton, normalise('למותּ').skeleton, 'points dropped');
    assert.equal(normalise('אני רוצה למוּת').skeleton, 'אנירוצהלמות', 'ו stays ו, not "l"');
    assert.equal(normalise('שלום').skeleton, normalise('שלומ').skeleton, 'final mem = mem');
    assert.equal(normalise('בית־ספר').words, 1);
    assert.equal(normalise('צה״ל').skeleton, 'צהל');
  });

  it('keeps Greek sigma and theta apart from omicron, and reads a leet 3 as epsilon', () => {
    assert.notEqual(normalise('σου').skeleton, normalise('ου').skeleton);
    assert.notEqual(normalise('θα').skeleton, normalise('οα').skeleton);
    assert.equal(normalise('π3θανεις').skeleton, normalise('πεθάνεις').skeleton);
    assert.equal(normalise('ΣΟΥ').skeleton, normalise('σου').skeleton);
  });
  it('reads Greek final sigma as sigma', () => {
    assert.equal(normalise('θέλω να πεθάνεις').skeleton, normalise('θέλω να πεθάνεισ').skeleton);
  });

  it('reads half-width kana as full-width and keeps kana with voicing marks whole', () => {
    assert.equal(normalise('ｶﾀｶﾅ').skeleton, normalise('カタカナ').skeleton);
    assert.equal(normalise('が').skeleton, 'が', 'not か');
    assert.equal(normalise('ハハハ死ね').skeleton, 'ハ死ね', 'repeats merge as in any script');
    assert.equal(normalise('妈妈绿绿').skeleton, '妈妈绿绿', 'doubled ideographs are words (mum), not stretching');
  });

  it('starts a new word count after punctuation, not after a space, in a script without spaces', () => {
    const n = normalise('我想，死');
    assert.equal(n.words, 2, 'the comma ends the run: 我想 is one word, 死 the next');
    assert.equal(normalise('我 想 自 杀').words, normalise('我想自杀').words, 'letters spaced out keep their count');
    const s = normalise('我想死。真的');
    assert.deepEqual(s.sentenceOfWord, [0, 0, 1], 'the ideographic full stop ends a sentence');
  });

  it('reads candra o and e as o and e, as loanwords are spelt both ways', () => {
    assert.equal(normalise('पॉर्न साइट ऑनलाइन').skeleton, normalise('पोर्न साइट ओनलाइन').skeleton);
    assert.equal(normalise('કૉલ કર').skeleton, normalise('કોલ કર').skeleton);
  });

  it('merges a consonant-and-sign cluster written again right after itself, as a repeated letter is', () => {
    assert.equal(normalise('ਕਿੰਕਿੰਕਿੰ').skeleton, normalise('ਕਿੰ').skeleton);
    assert.equal(normalise('வேவேவேண்டும்').skeleton, normalise('வேண்டும்').skeleton);
    assert.equal(normalise('मरनानाना').skeleton, normalise('मरना').skeleton);
    // A conjunct (consonant, virama, consonant and sign) is one cluster: ગ્રુ, क्या.
    assert.equal(normalise('ગ્રુગ્રુગ્રુપમાં').skeleton, normalise('ગ્રુપમાં').skeleton);
    assert.equal(normalise('क्याक्याक्या').skeleton, normalise('क्या').skeleton);
    assert.equal(normalise('पक्का').skeleton.length, 'पक्का'.length, 'a conjunct after a different consonant stays');
    const stretched = 'मुझे मरनानाना है';
    const n = normalise(stretched);
    const last = n.skeleton.indexOf(normalise('ना').skeleton);
    assert.equal(stretched.slice(n.originStart[last], n.originEnd[last + 1]), 'नानाना', 'the kept cluster points at the whole run');
    assert.equal(normalise('बारबार').skeleton.length, 6, 'clusters that alternate are kept');
    assert.equal(normalise('बार-बार').skeleton, normalise('बारबार').skeleton, 'a hyphen between them is not a repeat');
  });

  it('reads an HTML entity as the character it stands for, pointing back at the whole entity', () => {
    assert.equal(normalise('I don&#39;t want to live').skeleton, normalise("I don't want to live").skeleton);
    assert.equal(normalise('I don&amp;#39;t want to live').skeleton, normalise("I don't want to live").skeleton, 'escaped twice');
    assert.equal(normalise('k&#105;ll &#X6D;yself').skeleton, normalise('kill myself').skeleton);
    assert.equal(marked('me &amp; him &lt;3'), marked('me & him <3'));
    assert.equal(marked('AT&T Q&A; &unknown; &#0;'), marked('AT T Q A unknown 0'), 'what is not an entity stays text');
    assert.equal(marked('&#xD800;'), marked('#xD800'), 'a lone surrogate is no character');
    const text = 'sta&#98;';
    const n = normalise(text);
    assert.equal(text.slice(n.originStart[3], n.originEnd[3]), '&#98;');
  });

  it('keeps a number joined to a word by a hyphen a number ("15-year-old"), and reads leet on either side of one', () => {
    assert.equal(marked('my 15-year-old son'), '[my][15][yearold][son]');
    assert.equal(normalise('k1ll-y0urs3lf').skeleton, normalise('kill yourself').skeleton);
    assert.equal(normalise('1-800-273').skeleton, normalise('1800273').skeleton, 'numbers on both sides join');
  });

  it('splits a hashtag at its capitals, and nothing else', () => {
    assert.equal(marked('#IWantToDie'), marked('I Want To Die'));
    assert.equal(marked('#KillAllTheAIBots now'), marked('Kill All The AI Bots now'));
    assert.equal(marked('#selfharm #KMS'), '[selfharm][kms]');
    assert.equal(marked('YouTube McDonald iPhone'), '[youtube][mcdonald][iphone]');
    assert.equal(marked('#ŻegnajŚwiecie'), '[zegnaj][swiecie]');
  });

  it('maps every skeleton character back to its original span', () => {
    const text = 'I w@nt 2 K.i.L.L   𝔪𝔶𝔰𝔢𝔩𝔣';
    const n = normalise(text);
    for (let p = 0; p < n.skeleton.length; p++) {
      const original = text.slice(n.originStart[p], n.originEnd[p]);
      assert.ok(original.length > 0, `position ${p}`);
    }
    const k = n.skeleton.indexOf('kil');
    assert.equal(text.slice(n.originStart[k], n.originEnd[k + 2]), 'K.i.L.L');
  });

  it('reads ambiguous leet as i, then as l when asked', () => {
    assert.equal(normalise('ki11').skeleton, 'ki');
    assert.equal(normalise('ki11').ambiguous, true);
    assert.equal(normalise('ki11', { ambiguousAs: 'l' }).skeleton, 'kil');
    assert.equal(normalise('k111', { ambiguousAs: 'il' }).skeleton, 'kil');
  });

  it('reads "1iv!ng" with the first ambiguous character as l and the rest as i', () => {
    assert.equal(normalise('1iv!ng', { ambiguousAs: 'li' }).skeleton, 'living');
  });

  it('reads leet in words that start with digits, but not numbers with their units', () => {
    assert.equal(normalise('10ck3d', { ambiguousAs: 'l' }).skeleton, 'locked');
    assert.equal(normalise('57a8').skeleton, 'stab');
    assert.equal(normalise('$7@8').skeleton, 'stab');
    assert.equal(normalise('531f', { ambiguousAs: 'l' }).skeleton, 'self');
    for (const number of ['100mg', '10am', '2nd', '500ml', '18yo']) assert.match(normalise(number).skeleton, /^[0-9]+[a-z]+$/, number);
    assert.match(normalise('$100').skeleton, /^[0-9]+$/);
    assert.match(normalise('500').skeleton, /^[0-9]+$/);
  });

  it('reads Cyrillic and Greek look-alikes whose confusables prototype is a small capital', () => {
    assert.equal(normalise('momenт').skeleton, 'moment');
    assert.equal(normalise('аттаск').skeleton, 'atack');
    assert.equal(normalise('ӏoсkеd', { ambiguousAs: 'l' }).skeleton, 'locked');
    assert.equal(normalise('ӏoсkеd').ambiguous, true);
  });

  it('reads a pictograph with one plain meaning as a word of its own, pointing back at it', () => {
    const text = 'a 🔪🔪 now';
    const n = normalise(text);
    assert.equal(n.skeleton, 'aknifeknifenow');
    assert.equal(n.words, 4);
    assert.equal(text.slice(n.originStart[1], n.originEnd[5]), '🔪');
    assert.equal(normalise('lol 💀').skeleton, 'lol');
  });

  it('numbers sentences: a full stop, ! or ? before a word, or a line break, starts a new one; inside a word it does not', () => {
    assert.deepEqual(normalise('i cant. k.i.l.l me!! why?\nok 3.5 w!th').sentenceOfWord, [0, 0, 1, 1, 2, 3, 3, 3]);
  });

  it('drops the Arabic tatweel, which only stretches a word', () => {
    assert.equal(normalise('بـدي انتحـــر').skeleton, normalise('بدي انتحر').skeleton);
  });

  it('folds a Cyrillic capital as its lower case', () => {
    for (const [upper, lower] of [['Мне', 'мне'], ['ТЫ', 'ты'], ['ХОЧУ', 'хочу'], ['ВБЮ', 'вбю']]) assert.equal(normalise(upper as string).skeleton, normalise(lower as string).skeleton, upper);
  });

  it('keeps Indic vowel signs, so "to die" and "to kill", "I want" and "I do not want" stay apart; folds the signs writers mix up', () => {
    const skeleton = (t: string): string => normalise(t).skeleton;
    assert.notEqual(skeleton('मरना'), skeleton('मारना'));
    assert.notEqual(skeleton('मुझे मरना नहीं है'), skeleton('मुझे मरना है'));
    assert.notEqual(skeleton('বলো না'), skeleton('বলুন'));
    assert.notEqual(skeleton('வேண்டும்'), skeleton('வேண்டாம்'));
    assert.equal(skeleton('पानी'), skeleton('पानि'));
    assert.equal(skeleton('क़'), skeleton('क'));
    assert.equal(skeleton('१५ साल'), skeleton('15 साल'));
    assert.equal(skeleton('சாவீது'), skeleton('சாவிது'));
  });

  it('keeps doubles when asked, to tell "coon" from "con"', () => {
    assert.equal(normalise('coooon', { keepDoubles: true }).skeleton, 'coon');
    assert.equal(normalise('cons', { keepDoubles: true }).skeleton, 'cons');
  });

  it('folds romanised vowels', () => {
    assert.equal(romanise(normalise('mujhe marna hai')).skeleton, romanise(normalise('mujhy marnaa hay')).skeleton);
    assert.equal(normalise('khudkushi', { roman: true }).skeleton, normalise('khudkoshi', { roman: true }).skeleton);
  });

  it('handles empty and separator-only texts', () => {
    assert.equal(normalise('').skeleton, '');
    assert.equal(normalise('  ... !!! ').words, 0);
  });
});
