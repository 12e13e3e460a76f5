/**
 * The analyser's normaliser: turns any text into one canonical "skeleton" string that the
 * lexicon is matched against, robust to case, diacritics, leetspeak, repeated letters, letters
 * split by spaces or punctuation, Unicode look-alikes and zero-width characters. Word
 * boundaries are kept as flags (not characters), so a phrase may match across them
 * ("self harm" = "selfharm" = "s e l f - h a r m") but must start and end on one; every
 * skeleton character keeps the UTF-16 span of the original text it came from.
 * Pure: runs in Node and in the browser extension.
 */
import { AMPERSAND, camelBreak, entityAt, isIndicMark } from './normalise-text.ts';
import { ASCII_FOLDS, type Fold, foldOf, Kind } from './normalise-fold.ts';
import { AMBIGUOUS_LEET, EDGE_LETTERS, LEET, SENTENCE_END_ASCII, SENTENCE_ENDS, UNITS } from './normalise-tables.ts';

/** A text in canonical form, with word boundaries and the way back to the original. */
export interface NormalisedText {
  /** canonical characters of all words, without separators */
  readonly skeleton: string;
  /** for each skeleton position: 1 + index of the word starting there, or 0 (zero-filled arrays are cheap) */
  readonly wordStartAt: readonly number[];
  /** for each skeleton position p: 1 + index of the word ending just before p, or 0; length skeleton.length + 1 */
  readonly wordEndAt: readonly number[];
  /** original UTF-16 span of each skeleton character */
  readonly originStart: readonly number[];
  readonly originEnd: readonly number[];
  /** number of words */
  readonly words: number;
  /** for each word: the sentence it is in (0, 1, …); a full stop, `!`, `?` or a line break before a word starts a new one */
  readonly sentenceOfWord: readonly number[];
  /** true when an `i`/`l` leet character was read as `i` (match again with {@link NormaliseOptions.ambiguousAs} `l`) */
  readonly ambiguous: boolean;
}

export interface NormaliseOptions {
  /** how to read `1`, `!` and `|` inside words; default `i` (then `l`, then `i` first and `l` after, then `l` first and `i` after, in further passes) */
  ambiguousAs?: 'i' | 'l' | 'il' | 'li';
  /** fold vowels for romanised South Asian spelling (e/i/y → i, o/u → u) */
  roman?: boolean;
  /** keep doubled letters ("coon" stays "coon"; runs of three or more become two), to tell "coon" from "con" */
  keepDoubles?: boolean;
}

/** Extra vowel folding for romanised Urdu and Punjabi, whose spelling of vowels varies. */
const ROMAN_FOLD: Readonly<Record<string, string>> = { e: 'i', y: 'i', o: 'u', w: 'u', q: 'k' };
const ROMAN_CODES: Int32Array = (() => {
  const codes = new Int32Array(128);
  for (let c = 0; c < 128; c++) codes[c] = (ROMAN_FOLD[String.fromCharCode(c)] ?? String.fromCharCode(c)).charCodeAt(0);
  return codes;
})();

/** Scratch state of one {@link normalise} call (one object, no closures: this is the hot path). */
interface State {
  origS: number[];
  origE: number[];
  /** invariant: startAt and endAt have codes.length + 1 entries */
  startAt: number[];
  endAt: number[];
  codes: number[];
  last: number;
  run: number;
  keepDoubles: boolean;
  words: number;
  ambiguous: boolean;
  ambiguousAs: 'i' | 'l' | 'il' | 'li';
  ambiguousSeen: number;
  prevSingle: boolean;
  prevLetter: boolean;
  pieceOut: string[];
  pieceKind: Kind[];
  pieceS: number[];
  pieceE: number[];
  pieces: number;
  /** sentence of each word, and whether a sentence end was read since the word being read began */
  sentences: number[];
  sentence: number;
  stop: boolean;
  /** letters per word of the word being read when it is a letter of a script without spaces, else 0 */
  unspacedWord: number;
  /** letters of scripts without spaces read since the last space, punctuation or other word */
  unspacedRun: number;
}

/** Ends the word being read: leet reading, repeat collapsing, boundaries. */
function flushWord(st: State): void {
  let n = st.pieces;
  if (n === 0) return;
  st.pieces = 0;
  const { pieceOut, pieceKind, pieceS, pieceE } = st;
  // Leet symbols at the edges are punctuation ("die!!!", "|kill|"), not letters.
  let from = 0;
  while (from < n && pieceKind[from] === Kind.Leet && !EDGE_LETTERS.has(pieceOut[from] as string)) from++;
  while (n > from && pieceKind[n - 1] === Kind.Leet && !EDGE_LETTERS.has(pieceOut[n - 1] as string) && pieceOut[n - 1] !== '@') n--;
  let letters = 0;
  let digits = 0;
  let digitsAtStart = 0;
  let digitAfterLetter = false;
  let innerSymbols = 0;
  let tail = '';
  for (let i = from; i < n; i++) {
    const kind = pieceKind[i];
    if (kind === Kind.Letter) {
      letters++;
      if (tail.length < 4) tail += pieceOut[i] as string;
    } else if (kind === Kind.Digit) {
      digits++;
      if (letters === 0 && digitsAtStart === i - from) digitsAtStart++;
      else if (letters > 0) digitAfterLetter = true;
    } else {
      if (letters > 0) digitAfterLetter = true;
      if (i > from || pieceOut[i] !== '$') innerSymbols++;
    }
  }
  // Letters spelt out one by one ("k i l l", "g و ل ی") count as one word for rule windows, and a
  // lone digit among them is leet ("s 3 l f").
  const single = n - from === 1;
  // In a script without spaces every letter is a word for phrases, and a few letters in a row
  // count as one word for rule windows.
  const perWord = st.unspacedWord;
  const index = perWord > 0 ? (st.unspacedRun++ % perWord === 0 ? st.words : st.words - 1) : single && st.prevSingle ? st.words - 1 : st.words;
  if (perWord === 0) st.unspacedRun = 0;
  // Read digits and symbols as letters inside words with letters — unless the word is a number
  // and its unit ("100mg", "10am", "2nd") — and in digit words that also hold leet symbols
  // ("$7@8"); a plain number ("500", "$100") stays a number.
  const leet =
    (letters > 0 && (digitsAtStart < 2 || digitAfterLetter || !UNITS.has(tail))) ||
    (letters === 0 && digits > 0 && innerSymbols > 0 && n - from >= 3) ||
    (single && st.prevSingle && st.prevLetter);
  st.ambiguousSeen = 0;
  let wordStart = -1;
  let indic = false;
  const codes = st.codes;
  for (let i = from; i < n; i++) {
    let out = pieceOut[i] as string;
    const kind = pieceKind[i] as Kind;
    if (kind === Kind.Leet || (kind === Kind.Digit && leet)) {
      if (!leet) continue;
      const alt = AMBIGUOUS_LEET[out];
      if (alt !== undefined) {
        st.ambiguous = true;
        // "k111" is "kill": in the mixed reading the first one is `i`, the rest `l`; "1iv!ng" is
        // "living": the first `l`, the rest `i`.
        const seen = st.ambiguousSeen++;
        const asL = st.ambiguousAs === 'l' || (st.ambiguousAs === 'il' && seen > 0) || (st.ambiguousAs === 'li' && seen === 0);
        out = (asL ? alt : undefined) ?? LEET[out] ?? out;
      } else {
        out = LEET[out] ?? out;
      }
    }
    for (let k = 0; k < out.length; k++) {
      const code = out.charCodeAt(k);
      const pos = codes.length;
      // Doubled ideographs are words (妈妈, 天天), not stretching: they are kept.
      if (code === st.last && (!st.keepDoubles || st.run >= 2) && !(code >= 0x3400 && code <= 0x9fff)) {
        // A repeated character ("kiiill", "pills"): merge into the previous one.
        st.origE[pos - 1] = pieceE[i] as number;
        if (wordStart < 0) {
          wordStart = pos - 1;
          if (st.startAt[pos - 1] === 0) st.startAt[pos - 1] = index + 1;
        }
        continue;
      }
      st.run = code === st.last ? st.run + 1 : 1;
      if (code >= 0x0900 && code <= 0x0dff) indic = true;
      codes.push(code);
      st.startAt.push(0);
      st.endAt.push(0);
      st.origS.push(pieceS[i] as number);
      st.origE.push(pieceE[i] as number);
      if (wordStart < 0) {
        wordStart = pos;
        st.startAt[pos] = index + 1;
      }
      st.last = code;
    }
  }
  if (indic && wordStart >= 0) collapseRepeatedClusters(st, wordStart);
  if (wordStart >= 0) {
    st.endAt[codes.length] = index + 1;
    if (index === st.words) {
      st.words++;
      st.sentences.push(st.sentence);
    }
    st.prevSingle = single && perWord === 0;
    st.prevLetter = letters > 0 || leet;
  }
}

/**
 * In an abugida a letter is a consonant with its signs, so a stretched word repeats clusters
 * ("ਕਿੰਕਿੰਕਿੰ", "வேவேவே") where an alphabet repeats one character: a cluster written again right
 * after itself, with nothing between them in the text, is merged into the first, as a repeated
 * Latin letter is. Runs on the word just read, from skeleton position `from`.
 */
function collapseRepeatedClusters(st: State, from: number): void {
  const codes = st.codes;
  let prev = -1;
  let prevLength = 0;
  let i = from;
  while (i < codes.length) {
    let j = i + 1;
    // A consonant with its signs, and a conjunct: a virama joins the next consonant (ગ્રુ, क्या).
    while (j < codes.length && (isIndicMark(codes[j] as number) || isVirama(codes[j - 1] as number))) j++;
    const length = j - i;
    if (length >= 2 && length === prevLength && st.origS[i] === st.origE[i - 1] && sameCodes(codes, prev, i, length)) {
      st.origE[i - 1] = st.origE[j - 1] as number;
      codes.splice(i, length);
      st.origS.splice(i, length);
      st.origE.splice(i, length);
      st.startAt.splice(i, length);
      st.endAt.splice(i, length);
      continue;
    }
    prev = i;
    prevLength = length;
    i = j;
  }
}

/** The virama (halant, pulli) of the Indic scripts, U+094D, U+09CD … U+0D4D. */
const isVirama = (code: number): boolean => code >= 0x0900 && code <= 0x0d7f && (code & 0x7f) === 0x4d;

function sameCodes(codes: readonly number[], a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (codes[a + k] !== codes[b + k]) return false;
  return true;
}

function fromCodes(codes: number[]): string {
  if (codes.length <= 4096) return String.fromCharCode.apply(null, codes);
  let s = '';
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  return s;
}

/**
 * Scratch arrays for the word being read, reused by every call: they never leave
 * {@link normalise}, which is synchronous and does not call itself, so sharing them is safe and
 * saves four allocations per text on the hot path.
 */
const PIECES: { out: string[]; kind: Kind[]; start: number[]; end: number[] } = { out: [], kind: [], start: [], end: [] };

const HASH = 0x23;
const HYPHEN = 0x2d;

/** True when the word being read is all digits and a letter follows at `next`. */
function numberBeforeWord(st: State, text: string, next: number): boolean {
  if (st.pieces === 0) return false;
  for (let k = 0; k < st.pieces; k++) if (st.pieceKind[k] !== Kind.Digit) return false;
  const c = text.charCodeAt(next);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c > 0x7f;
}
/** Builds the skeleton of `text`. */
export function normalise(text: string, options: NormaliseOptions = {}): NormalisedText {
  const st: State = {
    // Plain arrays: allocating typed arrays per text cost more than the whole analysis.
    origS: [],
    origE: [],
    startAt: [0],
    endAt: [0],
    codes: [],
    last: -1,
    run: 0,
    keepDoubles: options.keepDoubles === true,
    words: 0,
    ambiguous: false,
    ambiguousAs: options.ambiguousAs ?? 'i',
    ambiguousSeen: 0,
    prevSingle: false,
    prevLetter: false,
    pieceOut: PIECES.out,
    pieceKind: PIECES.kind,
    pieceS: PIECES.start,
    pieceE: PIECES.end,
    pieces: 0,
    sentences: [],
    sentence: 0,
    stop: false,
    unspacedWord: 0,
    unspacedRun: 0,
  };
  let hashtag = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.charCodeAt(i);
    let full = cp >= 0xd800 && cp <= 0xdbff ? (text.codePointAt(i) as number) : cp;
    let width = full > 0xffff ? 2 : 1;
    if (cp === AMPERSAND) {
      // An HTML entity (scraped and exported text is full of them: "don&#39;t", "&amp;") is read
      // as the character it stands for, pointing back at the whole entity.
      const entity = entityAt(text, i);
      if (entity !== undefined) {
        full = entity.codePoint;
        width = entity.length;
      }
    }
    const fold = full < 128 ? (ASCII_FOLDS[full] as Fold) : foldOf(full);
    const kind = fold.kind;
    if (kind === Kind.Letter || kind === Kind.Digit || kind === Kind.Leet) {
      // A sentence end read inside a word ("k.i.l.l", "3.5", "w!th") was not one; before a new word it was.
      if (st.stop) {
        if (st.pieces === 0 && st.words > 0) st.sentence++;
        st.stop = false;
      }
      // A letter of a script without spaces is a word of its own (its signs join it), and ends
      // the word before it; the first other letter after it starts a new word.
      const unspaced = fold.unspaced ?? 0;
      if (st.pieces > 0 && (unspaced > 0 || (st.unspacedWord > 0 && unspaced === 0))) flushWord(st);
      if (st.pieces === 0) st.unspacedWord = Math.abs(unspaced);
      // A hashtag's words are told apart by their capitals ("#IWantToDie" is "I Want To Die").
      if (st.pieces === 0) hashtag = i > 0 && text.charCodeAt(i - 1) === HASH;
      else if (hashtag && kind === Kind.Letter && camelBreak(text, i)) flushWord(st);
      const p = st.pieces++;
      st.pieceOut[p] = fold.out;
      st.pieceKind[p] = kind;
      st.pieceS[p] = i;
      st.pieceE[p] = i + width;
    } else if (kind === Kind.Ignore) {
      if (st.pieces > 0) st.pieceE[st.pieces - 1] = i + width;
    } else if (kind === Kind.Pictograph) {
      // A word of its own, every letter pointing back at the pictograph.
      flushWord(st);
      for (let k = 0; k < fold.out.length; k++) {
        const p = st.pieces++;
        st.pieceOut[p] = fold.out[k] as string;
        st.pieceKind[p] = Kind.Letter;
        st.pieceS[p] = i;
        st.pieceE[p] = i + width;
      }
      flushWord(st);
    } else if (kind !== Kind.Joiner) {
      // Punctuation inside a word ("k.i.l.l", "self-harm", "don't") does not end it; the rest do.
      flushWord(st);
      // Punctuation starts a new window-word count in a script without spaces; a space does not,
      // so letters spaced out one by one ("自 杀 了") keep the count they had written together.
      if (full > 0x20 && full !== 0xa0 && full !== 0x3000) st.unspacedRun = 0;
    } else if (full === HYPHEN && numberBeforeWord(st, text, i + width)) {
      // …except a hyphen between a number and a word ("15-year-old", "2-day"): the number stays a
      // number instead of being read as leet letters of one long word.
      flushWord(st);
    }
    if (full < 128 ? SENTENCE_END_ASCII[full] === 1 : SENTENCE_ENDS.has(full)) st.stop = true;
    i += width;
  }
  flushWord(st);
  const skeleton = fromCodes(st.codes);
  const result: NormalisedText = {
    skeleton,
    wordStartAt: st.startAt,
    wordEndAt: st.endAt,
    originStart: st.origS,
    originEnd: st.origE,
    words: st.words,
    sentenceOfWord: st.sentences,
    ambiguous: st.ambiguous,
  };
  return options.roman === true ? romanise(result) : result;
}

/** Refolds a skeleton for romanised South Asian spelling (e/i/y → i, o/u/w → u), collapsing again. */
export function romanise(n: NormalisedText): NormalisedText {
  const len = n.skeleton.length;
  const origS: number[] = [];
  const origE: number[] = [];
  const startAt: number[] = [0];
  const endAt: number[] = [0];
  const codes: number[] = [];
  let last = -1;
  for (let p = 0; p < len; p++) {
    const c = n.skeleton.charCodeAt(p);
    const code = c < 128 ? (ROMAN_CODES[c] as number) : c;
    const ws = n.wordStartAt[p] as number;
    const we = n.wordEndAt[p] as number;
    if (we > 0) endAt[codes.length] = we;
    if (code === last) {
      const q = codes.length - 1;
      origE[q] = n.originEnd[p] as number;
      if (ws > 0 && startAt[q] === 0) startAt[q] = ws;
      continue;
    }
    const q = codes.length;
    codes.push(code);
    startAt.push(0);
    endAt.push(0);
    origS.push(n.originStart[p] as number);
    origE.push(n.originEnd[p] as number);
    if (ws > 0) startAt[q] = ws;
    last = code;
  }
  const end = n.wordEndAt[len] as number;
  if (end > 0) endAt[codes.length] = end;
  const skeleton = fromCodes(codes);
  return {
    skeleton,
    wordStartAt: startAt,
    wordEndAt: endAt,
    originStart: origS,
    originEnd: origE,
    words: n.words,
    sentenceOfWord: n.sentenceOfWord,
    ambiguous: n.ambiguous,
  };
}

/** The skeleton of a lexicon phrase, as {@link normalise} would read it in a text (no boundaries). */
export function normalisePhrase(phrase: string, options: Pick<NormaliseOptions, 'roman'> = {}): string {
  return normalise(phrase, options).skeleton;
}
