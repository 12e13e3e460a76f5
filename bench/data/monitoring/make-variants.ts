// Builds dev.jsonl and heldout.jsonl from the hand-written seed files in seeds/<split>/*.txt and adds
// deterministic obfuscated variants (seeded by the item's text, so re-running gives identical output).
// Run: npx tsx bench/data/monitoring/make-variants.ts [--check] [--stats]
//   --check: validate only, write nothing; --stats: print the README's counts tables.
//
// Seed syntax (one item per line):
//   ## lang=en kind=risky cat=suicide-self-harm      section header: sets defaults for following lines
//   // comment                                       ignored, as are blank lines
//   4|how many pills to overdose                      risky: severity|text
//   3|drugs|obf:leet|t4k1ng p1lls 2 d13               extra fields: added categories, obf:<kind>, novar
//   photosynthesis ks3 revision                       benign / hard-negative: plain text, severity 0
// An original and its variants always stay in the seed file's split.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const CATEGORIES = [
  'suicide-self-harm',
  'grooming-cse',
  'sexual',
  'bullying-abuse',
  'extremism',
  'hate-discrimination',
  'drugs',
  'weapons-violence',
  'gambling',
] as const;
export const LANGS = ['en', 'pl', 'ur', 'ur-Latn', 'pa', 'ro'] as const;
export const OBFUSCATIONS = [
  'none',
  'case',
  'diacritics',
  'leet',
  'repeat',
  'spacing',
  'punctuation',
  'confusables',
  'zero-width',
  'mixed',
] as const;
export const KINDS = ['risky', 'benign', 'hard-negative'] as const;

type Obfuscation = (typeof OBFUSCATIONS)[number];
type Kind = (typeof KINDS)[number];

export interface Item {
  id: string;
  text: string;
  lang: string;
  severity: number;
  categories: string[];
  obfuscation: Obfuscation;
  kind: Kind;
}

interface Seed {
  text: string;
  lang: string;
  severity: number;
  categories: string[];
  obfuscation: Obfuscation;
  kind: Kind;
  variants: boolean;
  where: string;
}

// ---- deterministic randomness -------------------------------------------------------------------

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error('pick from empty list');
  return x;
}

// ---- obfuscators --------------------------------------------------------------------------------

const LATIN_LANGS = new Set(['en', 'pl', 'ro', 'ur-Latn']);
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Trigger-word stems: people disguise the word a filter would catch, so variants target these first. */
const TRIGGER =
  /kill|die|dying|dead|suicid|unalive|kms|kys|cut|self|harm|hurt|pill|overdos|paracetamol|noose|hang|jump|blade|starv|thin|ana|mia|purg|nude|pic|porn|sex|naked|nsfw|onlyfans|meet|secret|snap|knife|shank|stab|bomb|gun|shoot|weapon|poison|machete|isis|jihad|caliph|martyr|nazi|race|white|jew|muslim|gay|weed|coke|xanax|ket|mdma|drunk|vape|plug|bet|casino|gambl|slot|skins|zabi|umr|tnę|samob|nóż|noz|bomb|zdję|porno|nark|sinuc|mor|taie|tai|cuțit|cutit|poz|drog|iarb|pari|păcănele|pacanele|khudkushi|marna|mar|goli|nangi|kafir|qatal|chaku|churi|pistol|bandook|jua|satta|charas|nasha|خود|مر|گولی|تصوی|جہاد|کافر|قتل|چاقو|چھری|بم|پستول|بندوق|جوا|سٹ|چرس|نش|ਖੁਦਕੁਸ਼ੀ|ਮਰ|ਗੋਲੀ|ਫੋਟੋ|ਚਾਕੂ|ਛੁਰੀ|ਬੰਬ|ਪਿਸਤੌਲ|ਜੂਆ|ਸੱਟਾ|ਨਸ਼|ਚਿੱਟਾ|ਕੱਟ|ਕੁੱਟ/iu;

/** Indices of words worth obfuscating: trigger words first, then the longest words (>= 3 letters). */
function targetWords(words: string[], r: () => number): number[] {
  const trig = (w: string) => (TRIGGER.test(w) ? 1 : 0);
  const idx = words
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => [...w].filter((c) => /\p{L}/u.test(c)).length >= 3)
    .sort((a, b) => trig(b.w) - trig(a.w) || [...b.w].length - [...a.w].length || a.i - b.i)
    .map(({ i }) => i);
  if (idx.length === 0) return words.length > 0 ? [0] : [];
  const n = Math.min(idx.length, 1 + (r() < 0.4 ? 1 : 0));
  return idx.slice(0, n);
}

function mapWords(text: string, r: () => number, f: (w: string) => string): string {
  const words = text.split(' ');
  for (const i of targetWords(words, r)) {
    const w = words[i];
    if (w !== undefined) words[i] = f(w);
  }
  return words.join(' ');
}

function obfCase(text: string, r: () => number): string {
  const mode = r();
  if (mode < 0.35) return text.toUpperCase();
  if (mode < 0.7) return [...text].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase())).join('');
  return mapWords(text, r, (w) => [...w].map((c) => (r() < 0.5 ? c.toUpperCase() : c)).join(''));
}

const ADD_DIACRITIC: Record<string, string[]> = {
  a: ['á', 'à', 'ä', 'â', 'ã'],
  e: ['é', 'è', 'ë', 'ê'],
  i: ['í', 'ï', 'î', 'ì'],
  o: ['ó', 'ö', 'ô', 'ò'],
  u: ['ú', 'ü', 'û', 'ù'],
  c: ['ç', 'č'],
  s: ['š', 'ş'],
  n: ['ñ', 'ń'],
  z: ['ž', 'ź'],
};
const HARAKAT = ['\u064e', '\u0650', '\u064f', '\u0652'];

function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFC');
}

function obfDiacritics(text: string, lang: string, r: () => number): string {
  if (ARABIC_SCRIPT.test(text)) {
    // Urdu/Shahmukhi: sprinkle short-vowel marks (harakat) onto letters of the key words.
    return mapWords(text, r, (w) =>
      [...w].map((c) => (/[\u0621-\u064a\u0679-\u06d2]/.test(c) && r() < 0.5 ? c + pick(r, HARAKAT) : c)).join(''),
    );
  }
  const stripped = stripMarks(text);
  if ((lang === 'pl' || lang === 'ro') && stripped !== text) return stripped;
  return mapWords(text, r, (w) =>
    [...w]
      .map((c) => {
        const opts = ADD_DIACRITIC[c.toLowerCase()];
        return opts && r() < 0.6 ? pick(r, opts) : c;
      })
      .join(''),
  );
}

const LEET: Record<string, string[]> = {
  a: ['4', '@'],
  e: ['3'],
  i: ['1', '!'],
  o: ['0'],
  s: ['5', '$'],
  t: ['7'],
  l: ['1'],
  g: ['9'],
  b: ['8'],
};

function obfLeet(text: string, r: () => number): string {
  return mapWords(text, r, (w) =>
    [...w]
      .map((c) => {
        const opts = LEET[c.toLowerCase()];
        return opts && r() < 0.75 ? pick(r, opts) : c;
      })
      .join(''),
  );
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Split into user-perceived characters, so Gurmukhi/Urdu vowel signs stay on their consonant. */
function graphemes(w: string): string[] {
  return [...segmenter.segment(w)].map((g) => g.segment);
}

function obfRepeat(text: string, r: () => number): string {
  return mapWords(text, r, (w) => {
    const chars = graphemes(w);
    const letters = chars.map((c, i) => ({ c, i })).filter(({ c }) => /^\p{L}/u.test(c));
    const vowels = letters.filter(({ c }) => /[aeiouyąęóăâîاوی]/i.test(c));
    const pool = vowels.length > 0 ? vowels : letters;
    const chosen = new Set<number>();
    const k = 1 + Math.floor(r() * 2);
    for (let j = 0; j < k && pool.length > 0; j++) chosen.add(pick(r, pool).i);
    return chars.map((c, i) => (chosen.has(i) ? c.repeat(2 + Math.floor(r() * 4)) : c)).join('');
  });
}

function obfSpacing(text: string, r: () => number): string {
  return mapWords(text, r, (w) => graphemes(w).join(r() < 0.8 ? ' ' : '  '));
}

function obfPunctuation(text: string, r: () => number): string {
  const sep = pick(r, ['.', '-', '_', '*', '.', '/', "'"]);
  return mapWords(text, r, (w) => graphemes(w).join(sep));
}

const CONFUSABLE: Record<string, string[]> = {
  a: ['а', 'α', 'ａ'],
  c: ['с', 'ｃ'],
  e: ['е', 'ｅ'],
  i: ['і', 'ι', 'ｉ'],
  o: ['о', 'ο', 'ｏ'],
  p: ['р', 'ρ'],
  s: ['ѕ', 'ｓ'],
  x: ['х', 'χ'],
  y: ['у', 'γ'],
  k: ['κ', 'к'],
  h: ['һ'],
  l: ['ӏ', 'ｌ'],
  t: ['т', 'ｔ'],
  d: ['ԁ', 'ｄ'],
  n: ['ո', 'ｎ'],
  u: ['υ', 'ｕ'],
  m: ['ｍ'],
  g: ['ɡ', 'ｇ'],
};

function obfConfusables(text: string, r: () => number): string {
  const fullwidth = r() < 0.2;
  if (fullwidth) {
    return mapWords(text, r, (w) =>
      [...w].map((c) => (/[!-~]/.test(c) ? String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0) : c)).join(''),
    );
  }
  return mapWords(text, r, (w) =>
    [...w]
      .map((c) => {
        const opts = (CONFUSABLE[c.toLowerCase()] ?? []).filter((o) => (o.codePointAt(0) ?? 0) < 0xff00);
        return opts.length > 0 && r() < 0.6 ? pick(r, opts) : c;
      })
      .join(''),
  );
}

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];

function obfZeroWidth(text: string, r: () => number): string {
  return mapWords(text, r, (w) => {
    const chars = graphemes(w);
    return chars.map((c, i) => (i < chars.length - 1 && r() < 0.6 ? c + pick(r, ZW) : c)).join('');
  });
}

type Single = Exclude<Obfuscation, 'none' | 'mixed'>;

function applyOne(kind: Single, text: string, lang: string, r: () => number): string {
  switch (kind) {
    case 'case':
      return obfCase(text, r);
    case 'diacritics':
      return obfDiacritics(text, lang, r);
    case 'leet':
      return obfLeet(text, r);
    case 'repeat':
      return obfRepeat(text, r);
    case 'spacing':
      return obfSpacing(text, r);
    case 'punctuation':
      return obfPunctuation(text, r);
    case 'confusables':
      return obfConfusables(text, r);
    case 'zero-width':
      return obfZeroWidth(text, r);
  }
}

function kindsFor(lang: string, text: string): Obfuscation[] {
  const latin = LATIN_LANGS.has(lang) && !ARABIC_SCRIPT.test(text);
  const all: Obfuscation[] = latin
    ? ['case', 'diacritics', 'leet', 'repeat', 'spacing', 'punctuation', 'confusables', 'zero-width', 'mixed']
    : ['repeat', 'spacing', 'punctuation', 'zero-width', 'mixed'];
  if (ARABIC_SCRIPT.test(text)) all.push('diacritics');
  return all;
}

/**
 * One variant per obfuscation kind that suits the text's script, seeded by the kind and the text
 * (deterministic). The bench applies it to every risky original to measure what each kind costs
 * on hundreds of texts instead of the few variants stored in a split.
 */
export function variantsOf(text: string, lang: string): { kind: Obfuscation; text: string }[] {
  const latin = /^[\p{Script=Latin}\P{L}]*$/u.test(text);
  const kinds: Obfuscation[] = latin
    ? ['case', 'diacritics', 'leet', 'repeat', 'spacing', 'punctuation', 'confusables', 'zero-width', 'mixed']
    : ['repeat', 'spacing', 'punctuation', 'zero-width', 'mixed'];
  if (ARABIC_SCRIPT.test(text)) kinds.push('diacritics');
  return kinds.map((kind) => ({ kind, text: obfuscate(kind, text, lang, rng(hash(`${kind}\u0000${text}`))) }));
}

function obfuscate(kind: Obfuscation, text: string, lang: string, r: () => number): string {
  if (kind === 'none') return text;
  if (kind !== 'mixed') return applyOne(kind, text, lang, r);
  const pool = kindsFor(lang, text).filter((k): k is Single => k !== 'mixed' && k !== 'none');
  const first = pick(r, pool);
  let second = pick(r, pool);
  for (let n = 0; second === first && n < 10; n++) second = pick(r, pool);
  // Apply the layout-changing one (spacing/punctuation/zero-width) last so letter maps still see words.
  const layout: Single[] = ['spacing', 'punctuation', 'zero-width', 'repeat'];
  const [a, b] = layout.includes(first) && !layout.includes(second) ? [second, first] : [first, second];
  return applyOne(b, applyOne(a, text, lang, r), lang, r);
}

// ---- seed parsing -------------------------------------------------------------------------------

function parseSeeds(file: string): Seed[] {
  const out: Seed[] = [];
  let lang = 'en';
  let kind: Kind = 'benign';
  let cats: string[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((raw, n) => {
    const where = `${file}:${n + 1}`;
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    if (line.startsWith('## ')) {
      for (const kv of line.slice(3).trim().split(/\s+/)) {
        const [k, v = ''] = kv.split('=');
        if (k === 'lang') lang = v;
        else if (k === 'kind') kind = v as Kind;
        else if (k === 'cat') cats = v === '' || v === '-' ? [] : v.split(',');
        else throw new Error(`${where}: bad header key ${k}`);
      }
      return;
    }
    const parts = line.split('|');
    const text = (parts.pop() ?? '').trim().replace(/\s+/g, ' ');
    let severity = 0;
    let obfuscation: Obfuscation = 'none';
    let variants = true;
    const extra: string[] = [];
    parts.forEach((p, i) => {
      const f = p.trim();
      if (i === 0 && /^[0-5]$/.test(f)) severity = Number(f);
      else if (f.startsWith('obf:')) obfuscation = f.slice(4) as Obfuscation;
      else if (f === 'novar') variants = false;
      else if (f !== '') extra.push(...f.split(','));
    });
    if (kind === 'risky' && parts.length === 0) throw new Error(`${where}: risky line without severity`);
    const categories = kind === 'risky' ? [...new Set([...cats, ...extra])] : [];
    out.push({ text, lang, severity, categories, obfuscation, kind, variants, where });
  });
  return out;
}

// ---- build --------------------------------------------------------------------------------------

/** Share of risky originals that get one generated variant (≈ 25 % of risky items end up obfuscated,
 *  counting the hand-obfuscated seeds). */
const RISKY_VARIANT_RATE = 0.3;
/** A few hard negatives get a variant too, so normalisation can be checked for false positives. */
const HARD_NEGATIVE_VARIANT_RATE = 0.04;

export function build(split: 'dev' | 'heldout'): Item[] {
  const dir = join(here, 'seeds', split);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const items: Item[] = [];
  const counter = new Map<string, number>();
  const add = (s: Omit<Item, 'id'>) => items.push({ id: '', ...s });
  for (const f of files) {
    for (const s of parseSeeds(join(dir, f))) {
      const base = { text: s.text, lang: s.lang, severity: s.severity, categories: s.categories, kind: s.kind };
      add({ ...base, obfuscation: s.obfuscation });
      if (!s.variants || s.obfuscation !== 'none' || s.kind === 'benign') continue;
      const r = rng(hash(`${split}\u0000${s.text}`));
      const rate = s.kind === 'risky' ? RISKY_VARIANT_RATE : HARD_NEGATIVE_VARIANT_RATE;
      if (r() >= rate) continue;
      // Rotate kinds per language so every kind appears in every language that supports it.
      const kinds = kindsFor(s.lang, s.text);
      const key = `${s.lang}/${s.kind}`;
      const n = counter.get(key) ?? Math.floor(r() * kinds.length);
      counter.set(key, n + 1);
      const kind = kinds[n % kinds.length] ?? 'mixed';
      let text = obfuscate(kind, s.text, s.lang, r);
      for (let tries = 0; text === s.text && tries < 5; tries++) text = obfuscate(kind, s.text, s.lang, r);
      if (text === s.text) continue;
      add({ ...base, text, obfuscation: kind });
    }
  }
  items.forEach((it, i) => (it.id = `${split}-${String(i + 1).padStart(4, '0')}`));
  return items;
}

export function validate(items: Item[]): string[] {
  const errs: string[] = [];
  const ids = new Set<string>();
  for (const it of items) {
    if (ids.has(it.id)) errs.push(`duplicate id ${it.id}`);
    ids.add(it.id);
    if (!(LANGS as readonly string[]).includes(it.lang)) errs.push(`${it.id}: lang ${it.lang}`);
    if (!(KINDS as readonly string[]).includes(it.kind)) errs.push(`${it.id}: kind ${it.kind}`);
    if (!(OBFUSCATIONS as readonly string[]).includes(it.obfuscation)) errs.push(`${it.id}: obf ${it.obfuscation}`);
    if (!Number.isInteger(it.severity) || it.severity < 0 || it.severity > 5) errs.push(`${it.id}: severity`);
    for (const c of it.categories) if (!(CATEGORIES as readonly string[]).includes(c)) errs.push(`${it.id}: cat ${c}`);
    if (it.kind === 'risky' && (it.severity < 1 || it.categories.length === 0)) errs.push(`${it.id}: risky w/o sev/cat`);
    if (it.kind !== 'risky' && (it.severity !== 0 || it.categories.length > 0)) errs.push(`${it.id}: benign w/ sev/cat`);
    if (it.text.trim() === '') errs.push(`${it.id}: empty text`);
  }
  return errs;
}

/** Markdown counts tables (dev / held-out / total) for the README. */
export function statsTable(dev: Item[], heldout: Item[]): string {
  const count = (items: Item[], key: (it: Item) => string[]) => {
    const m = new Map<string, number>();
    for (const it of items) for (const k of key(it)) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const table = (title: string, keys: readonly string[], key: (it: Item) => string[]) => {
    const d = count(dev, key);
    const h = count(heldout, key);
    const rows = keys.map((k) => {
      const a = d.get(k) ?? 0;
      const b = h.get(k) ?? 0;
      return `| ${k} | ${a} | ${b} | ${a + b} |`;
    });
    return [`**${title}**`, '', '| | dev | held-out | total |', '|---|---:|---:|---:|', ...rows, ''].join('\n');
  };
  const risky = (f: (it: Item) => string[]) => (it: Item) => (it.kind === 'risky' ? f(it) : []);
  return [
    table('Items by kind', [...KINDS, 'all'], (it) => [it.kind, 'all']),
    table('Risky items by category (an item may carry two)', CATEGORIES, risky((it) => it.categories)),
    table('Risky items by severity', ['1', '2', '3', '4', '5'], risky((it) => [String(it.severity)])),
    table('Items by language × kind', LANGS.flatMap((l) => KINDS.map((k) => `${l} ${k}`)), (it) => [`${it.lang} ${it.kind}`]),
    table('Risky items by obfuscation', OBFUSCATIONS, risky((it) => [it.obfuscation])),
    table('Risky items by language × obfuscation (obfuscated only)',
      LANGS.flatMap((l) => OBFUSCATIONS.filter((o) => o !== 'none').map((o) => `${l} ${o}`)),
      risky((it) => (it.obfuscation === 'none' ? [] : [`${it.lang} ${it.obfuscation}`]))),
    table('Hard-negative / benign items by obfuscation', OBFUSCATIONS, (it) => (it.kind === 'risky' ? [] : [it.obfuscation])),
    table('Risky items by category × language', CATEGORIES.flatMap((c) => LANGS.map((l) => `${c} ${l}`)),
      risky((it) => it.categories.map((c) => `${c} ${it.lang}`))),
  ].join('\n');
}

function main(): void {
  const check = process.argv.includes('--check');
  const splits = ['dev', 'heldout'] as const;
  const built = new Map<string, Item[]>();
  for (const split of splits) {
    let items: Item[] = [];
    try {
      items = build(split);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    built.set(split, items);
  }
  const seen = new Map<string, string>();
  const errs: string[] = [];
  for (const [split, items] of built) {
    errs.push(...validate(items));
    for (const it of items) {
      const k = it.obfuscation === 'none' ? it.text.normalize('NFKC').toLowerCase() : it.text;
      const prev = seen.get(k);
      if (prev) errs.push(`duplicate text ${it.id} = ${prev}: ${it.text}`);
      seen.set(k, it.id);
    }
    if (!check && items.length > 0) {
      writeFileSync(join(here, `${split}.jsonl`), items.map((it) => JSON.stringify(it)).join('\n') + '\n');
    }
    console.log(`${split}: ${items.length} items`);
  }
  if (process.argv.includes('--stats')) console.log(statsTable(built.get('dev') ?? [], built.get('heldout') ?? []));
  if (errs.length > 0) {
    console.error(errs.join('\n'));
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
