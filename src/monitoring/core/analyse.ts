/**
 * The risk analyser: finds lexicon phrases in a text whatever its disguise (see
 * {@link normalise}), combines parts that are harmless alone (co-occurrence rules), applies
 * context (innocent senses, educational contexts, negation, age band) and returns a severity
 * with the categories and the matches that explain it. Pure and synchronous; runs in Node and in
 * the browser extension.
 */
import { type AgeBand, DEFAULT_ALERT_THRESHOLD, type MonitoringCategory, type Severity } from '../model.ts';
import { boundaryShape, buildLexicon, type CompileOptions, type Lexicon, type LexiconTerm, lexiconSteps, MARKS_GUARD, marksAgree, type TrieNode } from './lexicon/compile.ts';
import { BUILTIN_PACKS, LEXICON_VERSION } from './lexicon/index.ts';
import { applyRules, type Candidate, type Hit, senseFrames, sentenceDistance } from './co-occurrence.ts';
import { normalise, type NormalisedText, romanise } from './normalise.ts';
import { ARABIC_CLITICS, CLITIC_REST, HEBREW_CLITICS } from './normalise-tables.ts';

export type { Lexicon, LexiconTerm } from './lexicon/compile.ts';
export { LEXICON_VERSION } from './lexicon/index.ts';

/** One lexicon phrase (or rule) found in the text. */
export interface Match {
  category: MonitoringCategory;
  severity: Exclude<Severity, 0>;
  /** lexicon entry id, e.g. "en.ssh.overdose-to-die" */
  entry: string;
  /** the original text that matched */
  text: string;
  /** UTF-16 offsets into the ORIGINAL input */
  start: number;
  end: number;
  lang: string;
}

/** The verdict on one text. */
export interface Analysis {
  severity: Severity;
  /** highest severity first */
  categories: MonitoringCategory[];
  matches: Match[];
}

export interface AnalyseOptions {
  /** language hint (en, pl, ro, ur, ur-Latn, pa…); every language is matched anyway */
  lang?: string;
  ageBand?: AgeBand;
  /** default: the built-in one */
  lexicon?: Lexicon;
}

/** Severity change by age band and category: sexual content weighs more for younger pupils. */
const AGE_ADJUST: { readonly [B in AgeBand]: Partial<Record<MonitoringCategory, number>> } = {
  primary: { sexual: 1, gambling: 1, drugs: 1 },
  secondary: {},
  adult: { sexual: -1, gambling: -1 },
};
/** A match preceded this closely (in words) by a negator is lowered ("not racist", "never taken drugs"). */
const NEGATION_REACH = 3;
const NEGATION_DROP = 2;
/** Punctuation that ends a negator's reach: "not today, kill myself tomorrow" is not negated. */
const CLAUSE_BREAK = /[,;:.!?\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u060c\u061b\u061f\u06d4\u0964]|\s[-\u2013\u2014]\s/u;
const ALERT_THRESHOLD: number = DEFAULT_ALERT_THRESHOLD;
const CENSORED = /\p{L}\*\p{L}/u;
const CENSOR_STAR = /(?<=\p{L})\*(?=\p{L})/gu;
/** Senses of these packs apply to every language's matches (English is mixed into all of them). */
const GLOBAL_SENSE_LANGS: ReadonlySet<string> = new Set(['en', 'school']);
/**
 * Packs whose words overlap so much that one's text is matched by the others (Urdu and
 * Shahmukhi Punjabi share a script and words; Roman Urdu and Hinglish share spellings): a
 * lesson or news context in one lowers the others' matches too.
 */
const SENSE_FAMILY: ReadonlyMap<string, string> = new Map([
  // Not Persian, though it shares Urdu's script and much vocabulary: its false friends (تکلیف is
  // homework in Persian, pain in Urdu) would turn a Persian lesson context onto Urdu distress.
  ['ur', 'south-asian'], ['ur-Latn', 'south-asian'], ['pa', 'south-asian'], ['pa-Latn', 'south-asian'], ['hi', 'south-asian'], ['hi-Latn', 'south-asian'],
  ['ru', 'east-slavic'], ['uk', 'east-slavic'],
  ['sv', 'nordic'], ['da', 'nordic'], ['no', 'nordic'],
  // Japanese kanji are Chinese characters: a Chinese phrase (自殺) matches Japanese text
  ['zh', 'han'], ['ja', 'han'],
]);

/** True when a text-wide sense of pack `senseLang` may lower a match of pack `matchLang`. */
function senseReaches(senseLang: string, matchLang: string): boolean {
  if (senseLang === matchLang || GLOBAL_SENSE_LANGS.has(senseLang) || GLOBAL_SENSE_LANGS.has(matchLang)) return true;
  const family = SENSE_FAMILY.get(senseLang);
  return family !== undefined && family === SENSE_FAMILY.get(matchLang);
}
/**
 * True when a negator of pack `negatorLang` may lower a match of pack `matchLang`: its own
 * pack's and its family's (see {@link SENSE_FAMILY}); English negators reach every language, as
 * English is mixed into all of them, and any negator reaches a school's added terms. A word that
 * means "not" in one language is an ordinary word in another (Arabic "ma" in French "m'a").
 */
function negationReaches(negatorLang: string, matchLang: string): boolean {
  if (negatorLang === matchLang || negatorLang === 'en' || matchLang === 'school') return true;
  const family = SENSE_FAMILY.get(negatorLang);
  return family !== undefined && family === SENSE_FAMILY.get(matchLang);
}
/** Severity a text-wide innocent context lowers matches to (below the alert threshold). */
const CONTEXT_CAP = 2;
/** A text-wide context (a lesson, a game) lowers matches in its own sentence and the next and previous ones, not a whole post. */
const CONTEXT_SENTENCE_REACH = 1;

/** Built-in lexicon plus a school's added terms, minus its excluded phrases (false positives). */
export function compileLexicon(options: { added?: readonly LexiconTerm[]; excluded?: readonly string[] } = {}): Lexicon {
  return buildLexicon(lexiconOptions(options));
}

/**
 * {@link compileLexicon} in steps (see `lexiconSteps`): a server drives it between other work.
 * Without options it builds the built-in lexicon and keeps it for {@link analyse}.
 */
export function* compileLexiconSteps(options: { added?: readonly LexiconTerm[]; excluded?: readonly string[] } = {}): Generator<void, Lexicon> {
  const builtinWanted = (options.added ?? []).length === 0 && (options.excluded ?? []).length === 0;
  if (builtinWanted && builtin !== undefined) return builtin;
  const lexicon = yield* lexiconSteps(lexiconOptions(options));
  if (builtinWanted) builtin ??= lexicon;
  return builtinWanted ? builtin ?? lexicon : lexicon;
}

function lexiconOptions(options: { added?: readonly LexiconTerm[]; excluded?: readonly string[] }): CompileOptions {
  const added = options.added ?? [];
  const excluded = options.excluded ?? [];
  const changed = added.length > 0 || excluded.length > 0;
  const version = changed ? `${LEXICON_VERSION}+school.${hashOf(JSON.stringify([added, excluded]))}` : LEXICON_VERSION;
  return { packs: BUILTIN_PACKS, version, added, excluded };
}

// The built-in lexicon is compiled on first use and kept: it is constant data, and compiling it
// per call would cost more than the analysis.
let builtin: Lexicon | undefined;
function builtinLexicon(): Lexicon {
  builtin ??= compileLexicon();
  return builtin;
}

/** Analyses one text for risk. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const lexicon = options.lexicon ?? builtinLexicon();
  const hits: Hit[] = [];
  const plain = normalise(text);
  if (plain.skeleton.length === 0) return { severity: 0, categories: [], matches: [] };
  collect(text, plain, lexicon.root, hits);
  if (plain.ambiguous) {
    collect(text, normalise(text, { ambiguousAs: 'l' }), lexicon.root, hits);
    collect(text, normalise(text, { ambiguousAs: 'il' }), lexicon.root, hits);
    collect(text, normalise(text, { ambiguousAs: 'li' }), lexicon.root, hits);
  }
  // A star inside a word usually hides a vowel ("sh*nk", "s*icide"): read it as each vowel in turn
  // (same length, so offsets stay right).
  if (CENSORED.test(text)) {
    for (const vowel of 'aeiou') collect(text, normalise(text.replace(CENSOR_STAR, vowel)), lexicon.root, hits);
  }
  // Romanised Urdu and Punjabi are matched again with vowels folded, when a text shows signs of them.
  if (lexicon.hasRoman && hits.some((h) => lexicon.targets[h.target]?.kind === 'marker')) collect(text, romanise(plain), lexicon.romanRoot, hits);
  if (hits.length === 0) return { severity: 0, categories: [], matches: [] };

  const candidates: Candidate[] = [];
  const conceptHits = new Map<number, Hit[]>();
  const senseHits: { sense: number; hit: Hit }[] = [];
  const negators: { at: number; end: number; lang: string }[] = [];
  for (const hit of hits) {
    const target = lexicon.targets[hit.target];
    if (target === undefined) continue;
    switch (target.kind) {
      case 'term': {
        const term = lexicon.terms[target.term];
        if (term !== undefined) candidates.push({ category: term.category, severity: term.severity, entry: term.id, lang: term.lang, rule: false, firm: term.severity === 5, ws: hit.ws, we: hit.we, os: hit.os, oe: hit.oe });
        break;
      }
      case 'concept': {
        const list = conceptHits.get(target.concept);
        if (list === undefined) conceptHits.set(target.concept, [hit]);
        else list.push(hit);
        break;
      }
      case 'sense':
        // A text-wide context is not read through a clitic: לספר (to tell) is not ספר (a book).
        if (hit.clitic === true && lexicon.senses[target.sense]?.scope === 'text') break;
        senseHits.push({ sense: target.sense, hit });
        break;
      case 'negator':
        negators.push({ at: hit.we, end: hit.oe, lang: target.lang });
        break;
      case 'marker':
        break;
    }
  }

  applyRules(lexicon, conceptHits, plain.sentenceOfWord, candidates);
  senseFrames(lexicon, conceptHits, plain.sentenceOfWord, senseHits);
  if (candidates.length === 0) return { severity: 0, categories: [], matches: [] };

  // Innocent senses: overlapping ones drop the match; text-wide contexts lower it.
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let drop = false;
    let cap = 5;
    for (const { sense, hit } of senseHits) {
      const s = lexicon.senses[sense];
      if (s === undefined || (s.categories !== 'all' && !s.categories.has(c.category))) continue;
      // Innocent phrases apply whatever the language; text-wide contexts only within their own
      // pack, except that English mixes with every language (English contexts lower any match,
      // and any language's context lowers an English match: "anorexia lecție de dirigenție").
      if (s.scope === 'text' && !senseReaches(s.lang, c.lang)) continue;
      // An innocent phrase that lies strictly inside the match's own phrase is part of it, not a
      // context ("cut in" inside "c u t t i n g myself", "hang in" inside a rule's "h a n g i n g",
      // "elf" inside "y o u r s e l f"): letters spelt out one by one end a word at every letter.
      // A context that is one of a rule's own parts is the risky idea itself ("war" in "a race war").
      const inside = c.parts === undefined ? strictlyInside(hit, c) : c.parts.some((part) => strictlyInside(hit, part) || (hit.os === part.os && hit.oe === part.oe));
      if (inside) continue;
      // An innocent phrase drops a match it overlaps ("make a bath bomb"); a text-wide context lowers it.
      if (s.scope === 'overlap') {
        if (hit.ws <= c.we && hit.we >= c.ws) drop = true;
      } else if (!c.firm && sentenceDistance(plain.sentenceOfWord, hit, c) <= CONTEXT_SENTENCE_REACH) cap = CONTEXT_CAP;
    }
    if (drop) continue;
    let severity = Math.min(c.severity, cap);
    for (const { at, end, lang } of negators) {
      // A negator shortly before the match, in the same clause, lowers it — unless it belongs to
      // a phrase of its own ("don't want to live", "can't go on").
      if ((at < c.ws || (at === c.ws && end <= c.os)) && c.ws - at <= NEGATION_REACH && negationReaches(lang, c.lang) && !CLAUSE_BREAK.test(text.slice(end, c.os)) && !insideOther(at, c, candidates)) {
        severity -= NEGATION_DROP;
        break;
      }
    }
    severity += AGE_ADJUST[options.ageBand ?? 'secondary'][c.category] ?? 0;
    if (severity < 1) continue;
    kept.push({ ...c, severity: Math.min(5, severity) });
  }
  return verdict(text, kept);
}

/** True when `inner` lies inside `outer`'s original span and is shorter than it. */
function strictlyInside(inner: Pick<Hit, 'os' | 'oe'>, outer: Pick<Hit, 'os' | 'oe'>): boolean {
  return inner.os >= outer.os && inner.oe <= outer.oe && (inner.os > outer.os || inner.oe < outer.oe);
}

/** Walks the trie from every word start of `n`, adding a hit per phrase that ends on a word end. */
function collect(text: string, n: NormalisedText, root: TrieNode, hits: Hit[]): void {
  const sk = n.skeleton;
  const len = sk.length;
  for (let start = 0; start < len; start++) {
    const ws = (n.wordStartAt[start] as number) - 1;
    if (ws < 0) continue;
    walk(start, ws, false);
    const c = sk.charCodeAt(start);
    if (c >= 0x5d0 && c <= 0x6ff && CLITIC_FIRST.has(c)) for (const after of cliticEnds(sk, n.wordEndAt, start)) walk(after, ws, true);
  }

  function walk(s: number, ws: number, clitic: boolean): void {
    let node: TrieNode | undefined = root;
    for (let p = s; p < len && node !== undefined; p++) {
      const code = sk.charCodeAt(p);
      if (node.only !== undefined) node = node.char === code ? node.only : undefined;
      else node = node.next?.get(code);
      if (node === undefined) break;
      if (node.stems !== undefined) {
        // A stem phrase: the hit runs to the end of the word the stem starts.
        let q = p + 1;
        while (q < len && (n.wordEndAt[q] as number) === 0) q++;
        const sw = (n.wordEndAt[q] as number) - 1;
        if (sw >= 0) for (const target of node.stems) hits.push(mark({ target, ws, we: Math.max(sw, ws), os: n.originStart[s] as number, oe: n.originEnd[q - 1] as number }, clitic));
      }
      const we = (n.wordEndAt[p + 1] as number) - 1;
      if (node.out !== undefined && we >= 0) {
        const os = n.originStart[s] as number;
        const oe = n.originEnd[p] as number;
        const guards = node.guards;
        let strict: string | undefined;
        const shape = node.shapes === undefined ? 0 : boundaryShape(n, s, p + 1);
        for (const target of node.out) {
          const allowed = guards?.get(target);
          if (allowed !== undefined && !allowed.some((a) => (a.startsWith(MARKS_GUARD) ? marksAgree(text.slice(os, oe), a) : keepsDoubles((strict ??= normalise(text.slice(os, oe), { keepDoubles: true }).skeleton), a)))) continue;
          const shapes = node.shapes?.get(target);
          if (shapes !== undefined && !shapes.includes(shape)) continue;
          hits.push(mark({ target, ws, we: Math.max(we, ws), os, oe }, clitic)); // duplicates from other passes are merged in verdict()
        }
      }
    }
  }
}

/** Letters a Hebrew or Arabic clitic can start with: other words are not searched for one. */
const CLITIC_FIRST: ReadonlySet<number> = new Set([...HEBREW_CLITICS, ...ARABIC_CLITICS.map((c) => c.charCodeAt(0))]);

const mark = (hit: Hit, clitic: boolean): Hit => (clitic ? { ...hit, clitic: true } : hit);

/**
 * Where a Hebrew or Arabic word's stem may begin after its prefixed clitics (ובסכין → סכין,
 * والانتحار → انتحار), each leaving at least `CLITIC_REST` letters in the word.
 */
function cliticEnds(sk: string, wordEndAt: readonly number[], start: number): number[] {
  let end = start + 1;
  while (end < sk.length && (wordEndAt[end] as number) === 0) end++;
  const out: number[] = [];
  const first = sk.charCodeAt(start);
  if (first <= 0x5ea) {
    for (let k = 1; k <= 2 && end - start - k >= CLITIC_REST && HEBREW_CLITICS.has(sk.charCodeAt(start + k - 1)); k++) out.push(start + k);
  } else {
    for (const clitic of ARABIC_CLITICS) if (end - start - clitic.length >= CLITIC_REST && sk.startsWith(clitic, start)) out.push(start + clitic.length);
  }
  return out;
}

/**
 * True when `text` has a doubled letter wherever `phrase` has one (both with doubles kept):
 * "baatter" keeps the doubles of "batter", "con" does not keep those of "coon".
 */
function keepsDoubles(text: string, phrase: string): boolean {
  let i = 0;
  let j = 0;
  while (i < text.length && j < phrase.length) {
    const c = phrase.charCodeAt(j);
    if (text.charCodeAt(i) !== c) return false;
    let ti = i + 1;
    while (ti < text.length && text.charCodeAt(ti) === c) ti++;
    let pj = j + 1;
    while (pj < phrase.length && phrase.charCodeAt(pj) === c) pj++;
    if (pj - j > 1 && ti - i < 2) return false;
    i = ti;
    j = pj;
  }
  return i === text.length && j === phrase.length;
}

/** True when word `at` lies inside another candidate (the negator belongs to a phrase: "can't go on"). */
function insideOther(at: number, self: Candidate, all: readonly Candidate[]): boolean {
  return all.some((c) => c !== self && !c.rule && c.ws <= at && at <= c.we && !(c.ws <= self.ws && self.we <= c.we));
}

/**
 * Merges candidates into the answer. A match inside a stronger one is dropped ("kill" inside
 * "kill myself"); categories below the alert threshold are listed only when nothing reaches it,
 * so an alert is tagged with what made it one.
 */
function verdict(text: string, kept: readonly Candidate[]): Analysis {
  const list = kept
    .filter((c) => !kept.some((o) => o !== c && o.os <= c.os && c.oe <= o.oe && (o.severity > c.severity || (o.severity === c.severity && o.category === c.category && (o.oe - o.os > c.oe - c.os || (o.oe - o.os === c.oe - c.os && kept.indexOf(o) < kept.indexOf(c)))))))
    .sort((a, b) => a.os - b.os || b.severity - a.severity);
  const best = new Map<MonitoringCategory, number>();
  let severity = 0;
  for (const c of list) {
    severity = Math.max(severity, c.severity);
    best.set(c.category, Math.max(best.get(c.category) ?? 0, c.severity));
  }
  const floor = severity >= ALERT_THRESHOLD ? ALERT_THRESHOLD : severity;
  const categories = [...best.entries()]
    .filter(([, s]) => s >= floor)
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
  const matches: Match[] = list.map((c) => ({
    category: c.category,
    severity: toSeverity(c.severity),
    entry: c.entry,
    text: text.slice(c.os, c.oe),
    start: c.os,
    end: c.oe,
    lang: c.lang,
  }));
  return { severity: severity === 0 ? 0 : toSeverity(severity), categories, matches };
}

function toSeverity(n: number): Exclude<Severity, 0> {
  return n >= 5 ? 5 : n <= 1 ? 1 : n === 2 ? 2 : n === 3 ? 3 : 4;
}

/** FNV-1a hash in hex, to version a school's lexicon changes. */
function hashOf(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
