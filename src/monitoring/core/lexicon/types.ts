/**
 * The shape of the analyser's lexicon data: one {@link LanguagePack} per language, written as
 * TypeScript data so it is versioned, reviewed and type-checked like code. README.md in this
 * folder explains how to add a language.
 *
 * Phrases are written in plain lower-case text; the normaliser reads them exactly as it reads
 * a text, so spacing, case, diacritics and doubled letters in a phrase do not matter.
 * Two shorthands keep lists short: `{a|b|c}` is one of the alternatives and `[x]` (or `[x|y]`) is optional,
 * e.g. `"{kill|hurt} myself [now]"` is four phrases. A final `*` makes a stem: the last word may go
 * on (`"zastrzel*"` is zastrzelę, zastrzelić…); see `frames.ts`.
 */
import type { MonitoringCategory } from '../../model.ts';

/** Severity of a lexicon entry: 5 risk to life, 4 serious, 3 concerning, 2 mild, 1 very low. */
export type EntrySeverity = 1 | 2 | 3 | 4 | 5;

/** Phrases that on their own indicate a risk. */
export interface TermGroup {
  /** short slug, unique in the pack; the entry id is `<lang>.<category code>.<id>` */
  id: string;
  category: MonitoringCategory;
  severity: EntrySeverity;
  phrases: readonly string[];
}

/**
 * Co-occurrence: every part must appear within `window` words of each other (parts harmless
 * alone: "how many" + "paracetamol" + "die"). A part is a concept name (`@pills`) or a phrase.
 */
export interface Rule {
  id: string;
  category: MonitoringCategory;
  severity: EntrySeverity;
  all: readonly string[];
  /** largest distance in words between the first and last part; default 6 */
  window?: number;
  /** parts must appear in the order given */
  ordered?: boolean;
  /**
   * Cue families instead of a fixed conjunction: the rule holds when at least this many
   * *different* parts appear within the window, in any order (grooming: any three of contact,
   * secrecy, gifts, meeting, pictures, age, flattery, coercion, private apps). Unset: all parts.
   */
  atLeast?: number;
}

/**
 * An innocent sense or context. `overlap`: drops matches of the categories that overlap the
 * phrase ("kill a process", "shoot a basketball", "bath bomb"). `text`: anywhere in the text it
 * lowers matches of the categories below the alert threshold unless they are severity 5
 * ("history", "minecraft", "essay").
 */
export interface Sense {
  id: string;
  categories: readonly MonitoringCategory[] | 'all';
  scope: 'overlap' | 'text';
  phrases: readonly string[];
  /**
   * An innocent *frame* instead of (or besides) phrases: concepts (`@family`) and phrases that
   * must all appear within `window` words in one sentence, like a {@link Rule}'s parts — "my
   * brother" × "if/when" × a trivial reason is banter, however it is worded. Prefer this to a
   * phrase whose `{a|b}` alternatives multiply into thousands of phrases.
   */
  all?: readonly string[];
  window?: number;
  ordered?: boolean;
}

/** Everything the analyser knows about one language. */
export interface LanguagePack {
  /** BCP 47 tag as used in the labelled data: en, pl, ro, ur (Urdu script), ur-Latn, pa */
  lang: string;
  /** where the phrases come from and under which licence (no non-commercial sources) */
  provenance: string;
  /** romanised South Asian spelling: match with vowel folding as well */
  roman?: boolean;
  /**
   * Common words that show a text may be in this romanised language ("hai", "mujhe"); the
   * vowel-folded pass runs only when one is present, which keeps other texts fast.
   */
  markers?: readonly string[];
  /** named phrase sets used by rules as `@name` */
  concepts: Readonly<Record<string, readonly string[]>>;
  terms: readonly TermGroup[];
  rules: readonly Rule[];
  senses: readonly Sense[];
  /** words that negate what follows ("not", "never", "nie", "nahi") */
  negators: readonly string[];
}

/** Two-letter codes used in entry ids, e.g. `en.ssh.overdose-to-die`. */
export const CATEGORY_CODE: { readonly [C in MonitoringCategory]: string } = {
  'suicide-self-harm': 'ssh',
  'grooming-cse': 'cse',
  sexual: 'sex',
  'bullying-abuse': 'bul',
  extremism: 'ext',
  'hate-discrimination': 'hat',
  drugs: 'drg',
  'weapons-violence': 'wpn',
  gambling: 'gam',
};

/** Expands the `{a|b}` and `[x]` shorthands of a phrase into plain phrases. */
export function expandPhrase(phrase: string): string[] {
  const open = phrase.search(/[{[]/);
  if (open < 0) return [phrase.replace(/\s+/g, ' ').trim()];
  const closeChar = phrase[open] === '{' ? '}' : ']';
  const close = phrase.indexOf(closeChar, open);
  if (close < 0) throw new Error(`unbalanced phrase "${phrase}"`);
  const inner = phrase.slice(open + 1, close);
  const options = phrase[open] === '{' ? inner.split('|') : [...inner.split('|'), ''];
  const head = phrase.slice(0, open);
  const tail = phrase.slice(close + 1);
  return options.flatMap((o) => expandPhrase(head + o + tail)).filter((p) => p.length > 0);
}

/** Part of a pack kept in a file of its own (an area's vocabulary, context senses), added by {@link extendPack}. */
export type PackPart = Pick<LanguagePack, 'concepts' | 'terms' | 'rules' | 'senses'>;

/**
 * Adds a part to a pack: a concept the pack already has gets the part's words as well, new
 * concepts, terms, rules and senses are appended. Entry ids must stay unique in the pack.
 */
export function extendPack(pack: LanguagePack, part: PackPart): LanguagePack {
  const concepts: Record<string, readonly string[]> = { ...pack.concepts };
  for (const [name, words] of Object.entries(part.concepts)) {
    const had = concepts[name];
    concepts[name] = had === undefined ? words : [...new Set([...had, ...words])];
  }
  return { ...pack, concepts, terms: [...pack.terms, ...part.terms], rules: [...pack.rules, ...part.rules], senses: [...pack.senses, ...part.senses] };
}
