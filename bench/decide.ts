// `npm run bench -- decide [--count N] [--peers-data DIR]`: Haven's domain index against the
// naive `Set<string>` suffix walk, on a 1M-domain list shaped like bench-peers/gen-blocklist.py
// (same word lists, TLD weights, 15 % tracker-style sub-entries, overlaps, and a query mix of
// 25 % exact hits, 25 % subdomains of hits, 50 % Zipf-popular allowed names incl. parents of
// listed sub-entries). With --peers-data it reads gen-blocklist.py's own output instead.
// Prints one table; run alone (the machine has two shared cores).
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDomainIndex, domainIndexBytes, findDomain } from '../src/filtering/core/domain-index.ts';
import { buildListIndex } from '../src/filtering/core/list-index.ts';
import { compileSnapshot } from '../src/filtering/core/compile-snapshot.ts';
import { decide } from '../src/filtering/core/decide.ts';
import { readListFile } from '../src/filtering/list-reader.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const COUNT = Number(option('--count') ?? 1_000_000);
const PEERS = option('--peers-data');

// ---- the workload (a TypeScript port of gen-blocklist.py's shape, seeded) ----

function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TLDS: [string, number][] = [
  ['com', 440], ['net', 80], ['org', 55], ['info', 30], ['xyz', 35], ['io', 25], ['co', 15], ['co.uk', 30], ['de', 30],
  ['ru', 35], ['fr', 12], ['nl', 12], ['br', 12], ['com.br', 10], ['in', 10], ['cn', 15], ['top', 30], ['online', 18],
  ['site', 18], ['club', 12], ['biz', 10], ['us', 8], ['me', 8], ['tk', 10], ['pw', 6], ['cc', 6], ['com.au', 8],
  ['co.jp', 6], ['jp', 6], ['it', 8], ['es', 8], ['pl', 10], ['eu', 6], ['live', 6], ['app', 6], ['tv', 6], ['store', 5],
  ['shop', 8], ['fun', 5], ['icu', 8], ['buzz', 4], ['link', 5], ['click', 6], ['win', 4], ['vip', 4], ['ca', 5],
  ['ch', 3], ['se', 3], ['cz', 3], ['ua', 4], ['kr', 3], ['org.uk', 3], ['net.au', 2], ['gov.uk', 1], ['edu', 1],
  ['ac.uk', 1], ['dev', 3], ['ai', 3],
];
const ONSETS = 'b c d f g h j k l m n p r s t v w z br ch cl cr dr fl fr gl gr pl pr sh sk sl sp st str th tr qu x y'.split(' ');
const VOWELS = 'a e i o u ai ea ee io oo ou y'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'x', 'ck', 'ng', 'nd', 'st', 'rk'];
const COMMON = ('ads ad click track stat stats media cdn cloud web net online free best top shop news game games video tube ' +
  'live bet casino porn sex cam dating hot win prize cash loan crypto coin mine pixel metric analytics data app apps mobile ' +
  'push pop serve server host link links go my the get pro hub zone land world star box spot lab tech soft ware secure ' +
  'login verify account update mail promo deal deals proxy vpn unblock stream movie movies music chat social').split(' ');
const SUB_PREFIXES = ('ads ad adserver track tracker tracking metrics analytics stats pixel telemetry banner banners pop popup ' +
  'click clk cdn-ads log beacon counter affiliate promo img-ads static-ads').split(' ');
const QUERY_SUB_PREFIXES = 'www www www cdn img static api m mail s1 ads secure login media video'.split(' ');
const ALLOWED_SUB_PREFIXES = 'www www www api static mail cdn m accounts docs'.split(' ');

interface Workload {
  list: string[];
  queries: string[];
  expected: boolean[];
  source: string;
}

function generate(count: number): Workload {
  const rnd = createRandom(20240601);
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rnd() * xs.length)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  };
  const cum: number[] = [];
  for (const [, w] of TLDS) cum.push((cum.at(-1) ?? 0) + w);
  const total = cum.at(-1) ?? 1;
  const tld = (): string => {
    const r = rnd() * total;
    let i = 0;
    while ((cum[i] ?? total) <= r) i++;
    return TLDS[i]?.[0] ?? 'com';
  };
  const syllables = (n: number, coda = true): string => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(ONSETS) + pick(VOWELS) + (coda ? pick(CODAS) : '');
    return w;
  };
  const word = (): string => {
    const r = rnd();
    let w: string;
    if (r < 0.55) w = syllables(pick([1, 2, 2, 2, 3, 3, 3, 4, 4, 5]));
    else if (r < 0.85) {
      const a = pick(COMMON);
      const b = syllables(pick([1, 2, 2, 3]));
      w = rnd() < 0.5 ? a + b : b + a;
      if (rnd() < 0.2) w = rnd() < 0.5 ? `${a}-${b}` : `${b}-${a}`;
    } else {
      w = syllables(pick([2, 3, 4]), false);
      w += rnd() < 0.5 ? String(1 + Math.floor(rnd() * 9998)) : `-${pick(COMMON)}`;
    }
    w = w.slice(0, 24).replace(/^-+|-+$/gu, '');
    return w.length < 3 ? w + pick(COMMON) : w;
  };
  const blocked = new Set<string>();
  const list: string[] = [];
  const parents: string[] = [];
  while (list.length < count) {
    const base = `${word()}.${tld()}`;
    let d = base;
    if (rnd() < 0.15) {
      if (blocked.has(base)) continue;
      d = `${pick(SUB_PREFIXES)}.${base}`;
      if (blocked.has(d)) continue;
      parents.push(base);
    } else if (blocked.has(d)) continue;
    blocked.add(d);
    list.push(d);
  }
  const isBlocked = (name: string): boolean => {
    for (let i = 0; ; ) {
      if (blocked.has(name.slice(i))) return true;
      const dot = name.indexOf('.', i);
      if (dot < 0) return false;
      i = dot + 1;
    }
  };
  const allowed: string[] = [];
  const seen = new Set<string>();
  for (const p of [...new Set(parents)].slice(0, 5000)) {
    if (!isBlocked(p) && !seen.has(p)) {
      seen.add(p);
      allowed.push(p);
    }
  }
  while (allowed.length < 30_000) {
    let d = `${word()}.${tld()}`;
    if (rnd() < 0.3) d = `${pick(ALLOWED_SUB_PREFIXES)}.${d}`;
    if (seen.has(d) || isBlocked(d)) continue;
    seen.add(d);
    allowed.push(d);
  }
  for (let i = allowed.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const a = allowed[i] ?? '';
    allowed[i] = allowed[j] ?? '';
    allowed[j] = a;
  }
  const harmonic: number[] = [];
  for (let i = 0; i < allowed.length; i++) harmonic.push((harmonic.at(-1) ?? 0) + 1 / (i + 1));
  const hTotal = harmonic.at(-1) ?? 1;
  const queries: string[] = [];
  const expected: boolean[] = [];
  for (let q = 0; q < 100_000; q++) {
    const kind = q % 4;
    if (kind === 0) queries.push(pick(list));
    else if (kind === 1) queries.push(`${rnd() < 0.8 ? pick(QUERY_SUB_PREFIXES) : word()}.${pick(list)}`);
    else {
      const r = rnd() * hTotal;
      let lo = 0;
      let hi = harmonic.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((harmonic[mid] ?? 0) < r) lo = mid + 1;
        else hi = mid;
      }
      queries.push(allowed[lo] ?? 'example.org');
    }
    expected.push(kind < 2);
  }
  return { list, queries, expected, source: `generated in TypeScript (seed 20240601, ${count} domains)` };
}

function readPeersData(dir: string): Workload {
  const list = readFileSync(join(dir, 'blocklist.txt'), 'utf8').split('\n').filter((l) => l !== '');
  const queries: string[] = [];
  const expected: boolean[] = [];
  for (const line of readFileSync(join(dir, 'queries-expected.tsv'), 'utf8').split('\n')) {
    const [name, verdict] = line.split('\t');
    if (name === undefined || verdict === undefined) continue;
    queries.push(name);
    expected.push(verdict === 'blocked');
  }
  return { list, queries, expected, source: `gen-blocklist.py output in ${dir}` };
}

// ---- measurement ----

const gc = globalThis.gc ?? ((): void => {
  throw new Error('run with --expose-gc (npm run bench -- decide does)');
});
function retainedBytes(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Fresh, flat strings for each name, as a line reader would produce (not slices of one big text). */
function freshNames(bytes: Uint8Array): string[] {
  const decoder = new TextDecoder();
  const out: string[] = [];
  for (let start = 0, nl = bytes.indexOf(10); nl >= 0; start = nl + 1, nl = bytes.indexOf(10, start)) {
    out.push(decoder.decode(bytes.subarray(start, nl)));
  }
  return out;
}

function naiveHas(set: ReadonlySet<string>, host: string): boolean {
  for (let i = 0; ; ) {
    if (set.has(i === 0 ? host : host.slice(i))) return true;
    const dot = host.indexOf('.', i);
    if (dot < 0) return false;
    i = dot + 1;
  }
}

/**
 * Lookups per second: the best and the median of `rounds` rounds of `passes` passes over the query
 * mix (best-of damps the noise of a shared machine), and how many answers matched the expectation.
 */
function rate(queries: readonly string[], expected: readonly boolean[], passes: number, lookup: (q: string) => boolean, rounds = 5): Rate {
  let correct = 0;
  for (let i = 0; i < queries.length; i++) if (lookup(queries[i] ?? '') === expected[i]) correct++;
  const results: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let p = 0; p < passes; p++) for (const q of queries) if (lookup(q)) sink++;
    results.push((passes * queries.length) / (ms(start) / 1000));
  }
  if (sink < 0) console.log(sink);
  results.sort((a, b) => a - b);
  return { best: results.at(-1) ?? 0, median: results[Math.floor(results.length / 2)] ?? 0, correct };
}

interface Rate {
  best: number;
  median: number;
  correct: number;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Builds a structure from fresh strings in its own frame, so nothing but the structure outlives the call. */
function build<T>(bytes: Uint8Array, make: (names: string[]) => T): { value: T; ms: number } {
  const names = freshNames(bytes);
  const start = process.hrtime.bigint();
  const value = make(names);
  return { value, ms: ms(start) };
}

function main(): void {
  const loadBefore = loadAverage();
  const t0 = process.hrtime.bigint();
  const work = PEERS === undefined ? generate(COUNT) : readPeersData(PEERS);
  const bytes = new TextEncoder().encode(`${work.list.join('\n')}\n`);
  const { queries, expected } = work;
  const listSize = work.list.length;
  work.list.length = 0;
  console.log(`workload: ${work.source}; ${fmt(listSize)} domains, ${fmt(queries.length)} queries (${fmt(ms(t0))} ms to prepare)`);
  const passes = 4;

  // Naive: Set<string> of every name, suffix walk with slices.
  let base = retainedBytes();
  const naive = build(bytes, (names) => new Set(names));
  const setBytes = retainedBytes() - base;
  const setRate = rate(queries, expected, passes, (q) => naiveHas(naive.value, q));
  naive.value.clear();

  // Haven: the compact domain index.
  base = retainedBytes();
  const haven = build(bytes, (names) => buildDomainIndex([{ source: 0, names }]));
  const indexBytes = retainedBytes() - base;
  const index = haven.value;
  const indexRate = rate(queries, expected, passes, (q) => findDomain(index, q) >= 0);

  // Import: the list file through list-reader + parser, then the full snapshot compile.
  const dir = mkdtempSync(join(tmpdir(), 'haven-bench-'));
  const file = join(dir, 'blocklist.txt');
  writeFileSync(file, bytes);
  void finish({ dir, file, listSize, setBuild: naive.ms, setBytes, setRate, indexBuild: haven.ms, indexBytes, indexRate, index, queries, expected, passes, loadBefore });
}

interface Measured {
  dir: string;
  file: string;
  listSize: number;
  setBuild: number;
  setBytes: number;
  setRate: Rate;
  indexBuild: number;
  indexBytes: number;
  indexRate: Rate;
  index: ReturnType<typeof buildDomainIndex>;
  queries: readonly string[];
  expected: readonly boolean[];
  passes: number;
  loadBefore: string;
}

function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

async function finish(m: Measured): Promise<void> {
  let start = process.hrtime.bigint();
  const parsed = await readListFile(m.file, { format: 'auto' });
  const importMs = ms(start);
  rmSync(m.dir, { recursive: true, force: true });
  start = process.hrtime.bigint();
  const lists = buildListIndex([{ id: 'bench', name: 'Bench list', category: 'malware', domains: parsed.domains }]);
  const listIndexMs = ms(start);
  start = process.hrtime.bigint();
  const snapshot = compileSnapshot({
    lists,
    groups: [
      { id: 'learners', name: 'Learners', priority: 100, template: 'learners' },
      { id: 'y7', name: 'Year 7', priority: 300 },
    ],
    rules: [
      { id: 'r1', subject: { kind: 'group', group: 'y7' }, target: { kind: 'category', category: 'games' }, level: 'allowed-at-certain-times', windows: [{ weekday: 1, start: '12:00', end: '13:00' }] },
      { id: 'r2', subject: { kind: 'group', group: 'learners' }, target: { kind: 'site', site: 'youtube.com' }, level: 'blocked' },
    ],
  });
  const compileMs = ms(start);
  const groups = ['learners', 'y7'];
  const at = { weekday: 1, minuteOfDay: 600 };
  const decideRate = rate(m.queries, m.expected, 1, (q) => decide(snapshot, { host: q, groups, at }).verdict === 'block');

  const n = m.listSize;
  const perSecond = (r: Rate): string => `${fmt(r.best / 1e6, 2)} M/s (median ${fmt(r.median / 1e6, 2)})`;
  const correct = (r: Rate): string => `${fmt((100 * r.correct) / m.queries.length, 2)} %`;
  const row = (name: string, build: number, bytes: number, r: Rate): string =>
    `| ${name} | ${fmt(build)} ms | ${fmt(bytes / n, 1)} | ${perSecond(r)} | ${correct(r)} |`;
  console.log('');
  console.log(`| structure (${fmt(n)} domains) | build | bytes/domain (heap + ArrayBuffers) | lookups/s, best of 5 | correct |`);
  console.log('|---|---|---|---|---|');
  console.log(row('naive Set<string> + suffix walk', m.setBuild, m.setBytes, m.setRate));
  console.log(row('Haven DomainIndex (findDomain)', m.indexBuild, m.indexBytes, m.indexRate));
  console.log(`| Haven decide() on the full snapshot | ${fmt(listIndexMs + compileMs)} ms | – | ${perSecond(decideRate)} | ${correct(decideRate)} |`);
  console.log('');
  console.log(`index: ${fmt(m.index.size)} distinct names, ${fmt(domainIndexBytes(m.index) / n, 1)} bytes/domain in typed arrays, load ${fmt(m.index.size / m.index.table.length, 2)}`);
  console.log(`import: list-reader + parser (auto → ${parsed.format}) read ${fmt(parsed.stats.lines)} lines in ${fmt(importMs)} ms; list index ${fmt(listIndexMs)} ms; policy compile ${fmt(compileMs)} ms`);
  console.log(`lookups: 5 rounds of ${fmt(m.passes)} passes over the query mix (25 % exact, 25 % subdomain, 50 % allowed); decide: 5 rounds of 1 pass`);
  console.log(`speed-up ${fmt(m.indexRate.best / m.setRate.best, 1)}× (best) ${fmt(m.indexRate.median / m.setRate.median, 1)}× (median), memory ${fmt(m.setBytes / m.indexBytes, 1)}× smaller than the naive walk`);
  console.log(`node ${process.version}; load average before/after: ${m.loadBefore} / ${loadAverage()} (2 shared cores: figures fall when others are busy)`);
}

main();
