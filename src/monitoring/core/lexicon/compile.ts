/**
 * Compiles language packs (plus a school's added and excluded terms) into one character trie
 * over normalised skeletons, so analysing a text is one walk per word start whatever the size
 * of the lexicon — no per-term regular expressions.
 */
import type { MonitoringCategory } from '../../model.ts';
import { type NormalisedText, normalise, normalisePhrase } from '../normalise.ts';
import { CATEGORY_CODE, type EntrySeverity, expandPhrase, type LanguagePack } from './types.ts';

/** A term a school adds to the lexicon. */
export interface LexiconTerm {
  phrase: string;
  category: MonitoringCategory;
  severity: EntrySeverity;
  lang?: string;
}

/** What a phrase found in the text means. */
export type Target =
  | { kind: 'term'; term: number }
  | { kind: 'concept'; concept: number }
  | { kind: 'sense'; sense: number }
  | { kind: 'negator'; lang: string }
  | { kind: 'marker' };

export interface CompiledTerm {
  id: string;
  category: MonitoringCategory;
  severity: EntrySeverity;
  lang: string;
}
export interface CompiledRule extends CompiledTerm {
  /** concept ids, in the order written */
  parts: readonly number[];
  window: number;
  ordered: boolean;
  /** 0: every part must appear; n: at least n different parts (see {@link Rule.atLeast}) */
  atLeast: number;
}
export interface CompiledSense {
  id: string;
  /** the pack it belongs to: it applies to that pack's matches (English and school ones apply to all) */
  lang: string;
  categories: ReadonlySet<MonitoringCategory> | 'all';
  scope: 'overlap' | 'text';
  /** an innocent frame's concept ids (see {@link Sense.all}) */
  parts?: readonly number[];
  window?: number;
  ordered?: boolean;
}

/** One node of the skeleton trie; `out` lists the targets of phrases ending here. */
export interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  /**
   * A node with one child keeps it here instead of in `next` (most nodes past the first letters
   * have one): the matcher compares one code instead of hashing into a Map. Set by `compact` once
   * the trie is built; `char` is -1 otherwise.
   */
  char: number;
  only: TrieNode | undefined;
  out: number[] | undefined;
  /**
   * Short one-word phrases whose doubled letters matter ("coon" is not "con", "weed" is not
   * "wed"): target → the allowed spellings with doubles kept; the match is checked against them.
   * A spelling that starts with {@link MARKS_GUARD} holds a phrase written with a leading `=`:
   * its letters with their diacritics, which the text must share when it has any ("=tự tử" is
   * not "từ từ", slowly; "tu tu", typed without tones, still matches); after `==` (kept as a `!`
   * after the guard mark) the text must always share them.
   */
  guards: Map<number, string[]> | undefined;
  /**
   * Targets of stem phrases ending here (written with a final `*`: "zabij*", "omor*"): they match
   * when the text's word merely starts with the stem, so one entry covers a word's inflections.
   */
  stems: number[] | undefined;
  /**
   * Innocent senses and negators must meet the text's word boundaries exactly (bit i set: a word
   * starts at the phrase's i-th letter): "game" is no sense of "ik ga me ophangen", and "go on a"
   * none of "gonna". Risk phrases match across boundaries ("self harm" = "selfharm").
   */
  shapes: Map<number, number[]> | undefined;
}

/** A compiled lexicon, ready for {@link analyse}; build it once and reuse it. */
export interface Lexicon {
  /** built-in data version, plus a hash of the school's changes when there are any */
  readonly version: string;
  /** number of distinct phrase forms in the tries */
  readonly size: number;
  readonly root: TrieNode;
  /** trie of romanised South Asian phrases over vowel-folded skeletons */
  readonly romanRoot: TrieNode;
  readonly hasRoman: boolean;
  readonly targets: readonly Target[];
  readonly terms: readonly CompiledTerm[];
  readonly rules: readonly CompiledRule[];
  readonly senses: readonly CompiledSense[];
  /** number of concepts; rules refer to them by index */
  readonly concepts: number;
  /** rule indices by concept index, to try only rules whose parts were seen */
  readonly rulesByConcept: readonly (readonly number[])[];
  /** indices of senses that are frames (have parts), by the concept index of their first part */
  readonly senseFrames: readonly (readonly number[])[];
}

export interface CompileOptions {
  packs: readonly LanguagePack[];
  version: string;
  added?: readonly LexiconTerm[];
  excluded?: readonly string[];
}

const newNode = (): TrieNode => ({ next: undefined, char: -1, only: undefined, out: undefined, guards: undefined, stems: undefined, shapes: undefined });

/** Moves every single child out of its Map (see {@link TrieNode.only}); run once, after the last insert. */
function compact(root: TrieNode): void {
  const stack: TrieNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const next = node.next;
    if (next === undefined) continue;
    for (const child of next.values()) stack.push(child);
    if (next.size === 1) {
      for (const [code, child] of next) {
        node.char = code;
        node.only = child;
      }
      node.next = undefined;
    }
  }
}

/**
 * The word starts inside skeleton span [from, to) as bits (bit i: a word starts at the span's i-th
 * letter, i < 32), as {@link TrieNode.shapes} keeps them for a phrase and the matcher computes them
 * for the text. Starts next to a one-letter word are left out on both sides, so letters spelt out
 * one by one ("s e l f") and "a"/"i" read the same in phrase and text.
 */
export function boundaryShape(n: Pick<NormalisedText, 'wordStartAt' | 'wordEndAt'>, from: number, to: number): number {
  let mask = 0;
  for (let i = 1; i < 32 && from + i < to; i++) {
    const q = from + i;
    if ((n.wordStartAt[q] as number) > 0 && (n.wordStartAt[q - 1] as number) === 0 && (n.wordEndAt[q + 1] as number) === 0) mask |= 1 << i;
  }
  return mask;
}

/** Most phrases one written phrase may expand to: past this, concepts and a rule say it in far less memory. */
export const MAX_EXPANSION = 5_000;
/** Shortest stem (in skeleton letters of its last word) a `*` phrase may end with. */
export const MIN_STEM = 3;
/** One-word phrases this short (in skeleton letters) keep their doubled letters: see {@link TrieNode.guards}. */
export const GUARD_LENGTH = 6;

/** Builds a {@link Lexicon} from language packs and a school's changes. */
export function buildLexicon(options: CompileOptions): Lexicon {
  const steps = lexiconSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * {@link buildLexicon} in steps: it yields between a pack's concepts, terms, rules and senses,
 * so a server can build the lexicon without holding its event loop for the whole second it takes
 * (a DNS filter starting beside it must keep answering).
 */
export function* lexiconSteps(options: CompileOptions): Generator<void, Lexicon> {
  const root = newNode();
  const romanRoot = newNode();
  const targets: Target[] = [];
  const terms: CompiledTerm[] = [];
  const rules: CompiledRule[] = [];
  const senses: CompiledSense[] = [];
  const conceptIds = new Map<string, number>();
  const targetIndex = new Map<string, number>();
  let size = 0;
  let hasRoman = false;

  const targetOf = (key: string, target: Target): number => {
    let index = targetIndex.get(key);
    if (index === undefined) {
      index = targets.length;
      targets.push(target);
      targetIndex.set(key, index);
    }
    return index;
  };
  const insert = (trie: TrieNode, skeleton: string, target: number, written: string, roman = false, marks: 0 | 1 | 2 = 0): void => {
    // Repeated letters collapse, so "kkk" or "xxx" would become one letter and match any
    // single-letter word: such phrases are left out (write them another way).
    if (skeleton.length === 0 || (skeleton.length === 1 && written.replace(/[\s\p{P}]/gu, '').length > 1)) return;
    let node = trie;
    for (let i = 0; i < skeleton.length; i++) {
      const code = skeleton.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (child === undefined) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    const kind = targets[target]?.kind;
    if (kind === 'sense' || kind === 'negator') {
      const shape = normalise(written, { roman });
      const mask = boundaryShape(shape, 0, shape.skeleton.length);
      node.shapes ??= new Map();
      const masks = node.shapes.get(target) ?? [];
      if (!masks.includes(mask)) masks.push(mask);
      node.shapes.set(target, masks);
    }
    // Only short one-word phrases can be guarded: read the doubles-kept spelling for them alone.
    const short = skeleton.length <= GUARD_LENGTH && !/\s/.test(written.trim());
    const strict = marks > 0 ? MARKS_GUARD + (marks === 2 ? '!' : '') + markedLetters(written) : short ? normalise(written, { keepDoubles: true }).skeleton : skeleton;
    const guarded = marks > 0 || (short && strict !== skeleton);
    const wasThere = node.out?.includes(target) === true;
    const hadGuard = node.guards?.has(target) === true;
    if (node.out === undefined) {
      node.out = [target];
      size++;
    } else if (!wasThere) node.out.push(target);
    if (guarded && (!wasThere || hadGuard)) {
      node.guards ??= new Map();
      const list = node.guards.get(target) ?? [];
      if (!list.includes(strict)) list.push(strict);
      node.guards.set(target, list);
    } else if (!guarded && hadGuard) {
      node.guards?.delete(target); // the same target also has an unguarded spelling here
    }
  };
  const insertStem = (trie: TrieNode, skeleton: string, target: number): void => {
    let node = trie;
    for (let i = 0; i < skeleton.length; i++) {
      const code = skeleton.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (child === undefined) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    node.stems ??= [];
    if (!node.stems.includes(target)) {
      node.stems.push(target);
      size++;
    }
  };
  const add = (phrases: readonly string[], target: number, roman: boolean): void => {
    for (const written of phrases) {
      const expanded = expandPhrase(written);
      if (expanded.length > MAX_EXPANSION) throw new Error(`phrase "${written.slice(0, 80)}…" expands to ${expanded.length} phrases (at most ${MAX_EXPANSION}): write concepts and a rule (or a sense's \`all\`) instead`);
      for (const phrase of expanded) {
        if (phrase.endsWith('*')) {
          const stem = phrase.slice(0, -1);
          const words = stem.trim().split(/\s+/);
          const last = normalisePhrase(words.at(-1) ?? '');
          // A one-word stem needs MIN_STEM letters; after other words, two will do ("ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟ*").
          if (last.length < (words.length > 1 ? 2 : MIN_STEM) || /[*\s]$/.test(stem)) throw new Error(`stem "${phrase}" is too short before the *`);
          insertStem(root, normalisePhrase(stem), target);
          if (roman) {
            hasRoman = true;
            insertStem(romanRoot, normalisePhrase(stem, { roman: true }), target);
          }
          continue;
        }
        const marks = phrase.startsWith('==') ? 2 : phrase.startsWith('=') ? 1 : 0;
        for (const form of withShortReduplication(phrase.slice(marks))) {
          insert(root, normalisePhrase(form), target, form, false, marks);
          if (roman) {
            hasRoman = true;
            insert(romanRoot, normalisePhrase(form, { roman: true }), target, form, true, marks);
          }
        }
      }
    }
  };
  const conceptOf = (lang: string, name: string): number => {
    const key = `${lang}:${name}`;
    let id = conceptIds.get(key);
    if (id === undefined) {
      id = conceptIds.size;
      conceptIds.set(key, id);
    }
    return id;
  };

  for (const pack of options.packs) {
    const roman = pack.roman === true;
    for (const [name, phrases] of Object.entries(pack.concepts)) {
      const concept = conceptOf(pack.lang, name);
      add(phrases, targetOf(`c:${concept}`, { kind: 'concept', concept }), roman);
      yield;
    }
    for (const group of pack.terms) {
      const term = terms.length;
      terms.push({ id: `${pack.lang}.${CATEGORY_CODE[group.category]}.${group.id}`, category: group.category, severity: group.severity, lang: pack.lang });
      add(group.phrases, targetOf(`t:${term}`, { kind: 'term', term }), roman);
      yield;
    }
    /** A rule's or frame's parts as concept ids: `@name` is the pack's concept, a phrase becomes one of its own. */
    const partsOf = (owner: string, all: readonly string[]): number[] =>
      all.map((part, i) => {
        if (part.startsWith('@')) {
          const name = part.slice(1);
          if (!(name in pack.concepts)) throw new Error(`${pack.lang}.${owner} names unknown concept "${part}"`);
          return conceptOf(pack.lang, name);
        }
        const concept = conceptOf(pack.lang, `${owner}#${i}`);
        add([part], targetOf(`c:${concept}`, { kind: 'concept', concept }), roman);
        return concept;
      });
    yield;
    for (const rule of pack.rules) {
      const parts = partsOf(rule.id, rule.all);
      rules.push({
        id: `${pack.lang}.${CATEGORY_CODE[rule.category]}.${rule.id}`,
        category: rule.category,
        severity: rule.severity,
        lang: pack.lang,
        parts,
        window: rule.window ?? 6,
        ordered: rule.ordered === true,
        atLeast: rule.atLeast ?? 0,
      });
      if (rule.atLeast !== undefined && (rule.atLeast < 2 || rule.atLeast > parts.length)) throw new Error(`rule ${pack.lang}.${rule.id}: atLeast must be between 2 and its number of parts`);
    }
    for (const sense of pack.senses) {
      const index = senses.length;
      const frame = sense.all === undefined ? {} : { parts: partsOf(`sense.${sense.id}`, sense.all), window: sense.window ?? 6, ordered: sense.ordered === true };
      senses.push({ id: `${pack.lang}.sense.${sense.id}`, lang: pack.lang, categories: sense.categories === 'all' ? 'all' : new Set(sense.categories), scope: sense.scope, ...frame });
      add(sense.phrases, targetOf(`s:${index}`, { kind: 'sense', sense: index }), roman);
      yield;
    }
    // A romanised pack's negators ("na", "mat") are ordinary words in other languages (Polish
    // "na" = on): they are read only in the vowel-folded pass of texts that look romanised.
    if (roman) {
      hasRoman = true;
      for (const phrase of pack.negators.flatMap(expandPhrase)) insert(romanRoot, normalisePhrase(phrase, { roman: true }), targetOf(`n:${pack.lang}`, { kind: 'negator', lang: pack.lang }), phrase, true);
    } else add(pack.negators, targetOf(`n:${pack.lang}`, { kind: 'negator', lang: pack.lang }), false);
    if (roman) add(pack.markers ?? [], targetOf('m', { kind: 'marker' }), false);
  }

  for (const added of options.added ?? []) {
    const term = terms.length;
    terms.push({ id: `school.${CATEGORY_CODE[added.category]}.${slug(added.phrase)}`, category: added.category, severity: added.severity, lang: added.lang ?? 'school' });
    add([added.phrase], targetOf(`t:${term}`, { kind: 'term', term }), false);
  }
  if ((options.excluded ?? []).length > 0) {
    const index = senses.length;
    senses.push({ id: 'school.excluded', lang: 'school', categories: 'all', scope: 'overlap' });
    add(options.excluded ?? [], targetOf(`s:${index}`, { kind: 'sense', sense: index }), false);
  }

  const rulesByConcept: number[][] = Array.from({ length: conceptIds.size }, () => []);
  rules.forEach((rule, index) => {
    for (const part of new Set(rule.parts)) rulesByConcept[part]?.push(index);
  });
  // Innocent frames by their first part: a frame needs every part, so only the frames whose first
  // part was found in a text are tried (a text finds a handful of concepts among thousands).
  const senseFrames: number[][] = Array.from({ length: conceptIds.size }, () => []);
  senses.forEach((sense, index) => {
    const first = sense.parts?.[0];
    if (first !== undefined) senseFrames[first]?.push(index);
  });
  compact(root);
  compact(romanRoot);
  return { version: options.version, size, root, romanRoot, hasRoman, targets, terms, rules, senses, concepts: conceptIds.size, rulesByConcept, senseFrames };
}

/** A readable id fragment from a phrase: lower-case ASCII words joined by dashes. */
export function slug(phrase: string): string {
  const s = phrase
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.length > 0 ? s.slice(0, 48) : 'term';
}

/** A word written twice ("siapa-siapa", "anak anak"), not inside another word. */
const REDUPLICATED = /(?<![\p{L}\p{M}])([\p{L}\p{M}]{2,})[- ]\1(?![\p{L}\p{M}])/gu;

/**
 * A phrase and, when it doubles a word, the same phrase with the doubling written the short way
 * chat uses in Indonesian, Malay and Tagalog ("jangan bilang siapa2" for "siapa-siapa").
 */
export function withShortReduplication(phrase: string): string[] {
  const short = phrase.replace(REDUPLICATED, '$12');
  return short === phrase ? [phrase] : [phrase, short];
}

/** First character of a guard that checks diacritics rather than doubled letters: see {@link TrieNode.guards}. */
export const MARKS_GUARD = '\u0001';

/** A text's letters with their diacritics, lower case, decomposed (NFD), without spaces or punctuation. */
export function markedLetters(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(/[^\p{L}\p{M}]/gu, '');
}

/**
 * True when a matched span agrees with a `=` phrase's diacritics: it has none at all (typed
 * plain, as much chat is), or the same letters and marks as the phrase. A `==` phrase needs the
 * same marks always (its plain spelling is an everyday word too).
 */
export function marksAgree(span: string, guard: string): boolean {
  const letters = markedLetters(span);
  if (guard.charCodeAt(1) === 0x21) return letters === guard.slice(2);
  return /^[\x00-\x7f]*$/.test(letters) || letters === guard.slice(1);
}

