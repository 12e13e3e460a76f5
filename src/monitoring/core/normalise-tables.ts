/**
 * The normaliser's character tables: which symbols are leet, which letters of which scripts
 * fold together, what ends a sentence, which pictographs read as words. Data only; the
 * algorithm is in `normalise.ts`. Pure: runs in Node and in the browser extension.
 */
/** Leetspeak digits and symbols read as letters (only inside words that also have letters). */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', '$': 's', '!': 'i', '|': 'l', '+': 't', '€': 'e', '£': 'l',
  '\u04cf': 'i', '\u04c0': 'i', '\u01c0': 'i',
};
/** Characters that end a sentence: full stops and question marks of several scripts, `!`, line breaks. */
export const SENTENCE_ENDS: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x0a, 0x0d, 0x2026, 0x3002, 0xff01, 0xff1f, 0x061f, 0x06d4, 0x0964, 0x0965, 0x037e]);
export const SENTENCE_END_ASCII: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const cp of SENTENCE_ENDS) if (cp < 128) table[cp] = 1;
  return table;
})();
/** Letters that follow a number as its unit or ordinal ("100mg", "10am", "2nd"), not as leet. */
export const UNITS: ReadonlySet<string> = new Set([
  'st', 'nd', 'rd', 'th', 'am', 'pm', 's', 'x', 'k', 'm', 'g', 'h', 'd', 'p', 'c', 'l', 'v', 'w', 'mg', 'kg', 'km', 'cm', 'mm', 'ml', 'mb', 'gb', 'tb',
  'hz', 'yo', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins', 'sec', 'ft', 'in', 'lb', 'lbs', 'oz', 'mph', 'kph', 'fps', 'ish', 'ds', 'ml', 'pc', 'kb', 'mp', 'bn', 'ghz',
]);
/** Leet characters that stay letters at the edges of a word (the others are punctuation there: "die!!!"). */
export const EDGE_LETTERS: ReadonlySet<string> = new Set(['@', '$', '\u04cf', '\u04c0', '\u01c0']);
/**
 * Characters that read as either `i` or `l`; the text is also matched with the other readings.
 * The Cyrillic palochka (`ӏ`, `Ӏ`) and the Latin dental click (`ǀ`) are letters that look like
 * `l` or `I`; they join the leet table so they get the same two readings.
 */
export const AMBIGUOUS_LEET: Readonly<Record<string, string>> = { '1': 'l', '!': 'l', '|': 'i', '\u04cf': 'l', '\u04c0': 'l', '\u01c0': 'l' };

/** Arabic-script spelling variants (Urdu, Shahmukhi, Arabic keyboards) folded to one letter. */
export const ARABIC_SCRIPT_FOLD: Readonly<Record<string, string>> = {
  'ك': 'ک', 'ڪ': 'ک', 'ي': 'ی', 'ى': 'ی', 'ې': 'ی', 'ه': 'ہ', 'ة': 'ہ', 'ە': 'ہ', 'ۂ': 'ہ',
  'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
};
/** Gurmukhi signs that writers use inconsistently: addak and nukta dropped, tippi and bindi one sign. */
export const GURMUKHI_FOLD: Readonly<Record<string, string>> = { '\u0a71': '', '\u0a3c': '', '\u0a70': '\u0a02' };
/**
 * Devanagari, Bengali, Gujarati and Tamil signs that writers use inconsistently: nukta dropped,
 * chandrabindu read as anusvara, long and short i and u one letter (ि/ी, ु/ू, इ/ई, उ/ऊ), candra o
 * and e as o and e (ॉ/ो, ॅ/े). Their vowel
 * signs stay letters: without them "मरना" (to die) and "मारना" (to kill), "है" and "नहीं" collapse.
 */
export const INDIC_FOLD: Readonly<Record<string, string>> = {
  '\u093c': '', '\u0901': '\u0902', '\u0940': '\u093f', '\u0942': '\u0941', '\u0908': '\u0907', '\u090a': '\u0909',
  '\u09bc': '', '\u0981': '\u0982', '\u09c0': '\u09bf', '\u09c2': '\u09c1', '\u0988': '\u0987', '\u098a': '\u0989',
  '\u0abc': '', '\u0a81': '\u0a82', '\u0ac0': '\u0abf', '\u0ac2': '\u0ac1', '\u0a88': '\u0a87', '\u0a8a': '\u0a89',
  '\u0bc0': '\u0bbf', '\u0bc2': '\u0bc1', '\u0b88': '\u0b87', '\u0b8a': '\u0b89',
  // candra o and e, written for English loanwords and spelt either way (पॉर्न / पोर्न, कॉल / कोल)
  '\u0949': '\u094b', '\u0911': '\u0913', '\u0945': '\u0947', '\u090d': '\u090f',
  '\u0ac9': '\u0acb', '\u0a91': '\u0a93', '\u0ac5': '\u0ac7', '\u0a8d': '\u0a8f',
};
/**
 * Pictographs that stand for a word in risky messages ("bringing a 🔪 tmrw", "took all the 💊"),
 * read as that word so the lexicon's phrases and frames see it. Only ones with one plain
 * meaning: 💀 ("I'm dead" = laughing) and fruit with double meanings are left as separators.
 */
export const PICTOGRAPH_WORDS: ReadonlyMap<number, string> = new Map([
  [0x1f52a, 'knife'], [0x1f5e1, 'knife'], [0x1fa93, 'axe'], [0x1f52b, 'gun'], [0x1f4a3, 'bomb'], [0x1f9e8, 'bomb'],
  [0x1f48a, 'pills'], [0x1fa78, 'blood'], [0x26b0, 'coffin'], [0x1faa6, 'grave'],
]);

/** Other letters with no decomposition that people type as plain ASCII. */
export const EXTRA_FOLD: Readonly<Record<string, string>> = {
  'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ø': 'o', 'œ': 'oe', 'æ': 'ae', 'þ': 'th', 'ı': 'i', 'χ': 'x',
  // Greek: sigma (both forms) and theta stay letters of their own — their look-alike `o` would
  // merge them with omicron ("σου" read as "ου", "πεις στον" sharing a letter); epsilon reads as
  // `e`, so a leet `3` inside a Greek word is epsilon ("π3θανεις").
  'ς': 'σ', 'σ': 'σ', 'θ': 'θ', 'ε': 'e',
};
/**
 * Small capitals (and kra), which confusables.txt gives as the prototype of several Cyrillic
 * and Greek lower-case letters (`т` → `ᴛ`, `к` → `ĸ`, `н` → `ʜ`, `в` → `ʙ`): read as their letter, so
 * `momenт` is `moment`. The Unicode data has no decomposition for them.
 */
export const SMALL_CAPITALS: Readonly<Record<string, string>> = {
  'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j', 'ᴋ': 'k', 'ĸ': 'k',
  'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
  // the prototype of Cyrillic `м`, which is read as `m` like its capital
  'ʍ': 'm',
};

export const JOINERS = new Set(['.', '-', '_', '*', "'", '`', '~', '^', '"', '\u2019', '\u2018', '\u02bc', '\u2010', '\u2011', '\u00b7']);

export const isArabicScript = (cp: number): boolean =>
  (cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);
export const isGurmukhi = (cp: number): boolean => cp >= 0x0a00 && cp <= 0x0a7f;
/** Devanagari, Bengali, Gujarati and Tamil: abugidas whose vowel signs are kept as letters (see {@link INDIC_FOLD}). */
export const isIndic = (cp: number): boolean => (cp >= 0x0900 && cp <= 0x09ff) || (cp >= 0x0a80 && cp <= 0x0aff) || (cp >= 0x0b80 && cp <= 0x0bff);
export const ARABIC_MARK = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0610-\u061a]/u;
export const MARKS = /\p{M}/gu;
export const ASCII_WORD = /^[a-z]+$/;
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese)
 * and Korean, whose words carry their particles: every letter (a syllable or an ideograph; in
 * the Brahmic ones a consonant with its signs) is a word of its own, so a phrase matches
 * wherever its letters stand in a run. Returns how many letters count as one word in rule
 * windows (a Chinese word is one or two ideographs, a Thai word three to five letters), or 0.
 */
const EAST_ASIAN = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Hangul}]/u;
const SOUTH_EAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
export function lettersPerWord(ch: string): number {
  return EAST_ASIAN.test(ch) ? 2 : SOUTH_EAST_ASIAN.test(ch) ? 4 : 0;
}

/**
 * Prefixed clitics of Hebrew and Arabic, as the skeleton spells them: "and", "the", "in", "to",
 * "from", "that", "as" are written onto the next word (ובסכין, والانتحار, بالسكين). A phrase is
 * also matched after one of these, so a pack need not list every prefixed form. Hebrew takes any
 * one or two of its seven prefix letters; Arabic a listed sequence (conjunction, preposition,
 * article, future marker). The rest of the word must keep three letters.
 */
export const HEBREW_CLITICS: ReadonlySet<number> = new Set([0x5d5, 0x5d4, 0x5d1, 0x5dc, 0x5de, 0x5e9, 0x5db]);
export const ARABIC_CLITICS: readonly string[] = (() => {
  const article = ['', 'ال'];
  const preposition = ['', 'ب', 'ل', 'ک'];
  const conjunction = ['', 'و', 'ف'];
  const out = new Set<string>();
  for (const c of conjunction) {
    for (const p of preposition) for (const a of article) out.add(c + (p === 'ل' && a === 'ال' ? 'لل' : p + a));
    out.add(`${c}س`);
  }
  out.delete('');
  return [...out].sort((x, y) => y.length - x.length);
})();
/** Letters a word must keep after its clitic for the rest to be matched as a word. */
export const CLITIC_REST = 3;
