// `npm run bench -- monitoring [--misses] [--split dev|dev2…dev8|heldout|fresh] [--half tune|check] [--seconds 2] [--no-pin]`
//
// Quality and speed of the monitoring analyser on the project's labelled sets
// (bench/data/monitoring/*.jsonl: invented texts; dev, dev2 and dev3 for development, heldout and
// fresh for measurement only, written by people who did not tune the lexicon on them). Alert = severity >= 3 (the school default). Per split it
// prints: per category precision and recall (an item is recalled for category c when the
// analyser says severity >= 3 and lists c), recall and false alerts per language, recall per
// obfuscation against the plain items and paired (each kind applied to every caught original), the false-alert rate on benign and hard-negative texts,
// and throughput in texts per second on one core (in-process, all texts repeated for >= 2 s).
// The whole run is pinned to CPU 0 with `taskset -c 0` when taskset exists (say --no-pin not to).
// `--misses` prints the dev, dev2 and dev3 misses only; heldout and fresh texts are never printed, only their figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { variantsOf } from './data/monitoring/make-variants.ts';
import { DEVELOPMENT, inTuneHalf, type Item, loadSet, MEASUREMENT } from './support/monitoring-sets.ts';
import { analyse, type Analysis, compileLexicon, LEXICON_VERSION, MONITORING_CATEGORIES, URGENT_CATEGORIES } from '../src/monitoring/index.ts';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

if (!flag('--no-pin') && !flag('--pinned') && spawnSync('sh', ['-c', 'command -v taskset']).status === 0) {
  const script = process.argv[1] ?? 'bench/monitoring.ts';
  const run = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, script, ...args, '--pinned'], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const THRESHOLD = 3;
const SECONDS = Number(option('--seconds') ?? 2);
const load = (split: string): Item[] => loadSet(split);

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const ratio = (n: number, d: number): string => (d === 0 ? '  -  ' : (n / d).toFixed(3));

function report(split: string, items: readonly Item[], showMisses: boolean): void {
  if (items.length === 0) {
    console.log(`\n## ${split}: no data`);
    return;
  }
  const results: Analysis[] = items.map((i) => analyse(i.text, { lang: i.lang }));
  const alert = (a: Analysis): boolean => a.severity >= THRESHOLD;
  const risky = (i: Item): boolean => i.kind === 'risky' && i.severity >= THRESHOLD;
  const innocent = (i: Item): boolean => i.kind !== 'risky';

  console.log(`\n## ${split} — ${items.length} texts (${items.filter(risky).length} risky at >= ${THRESHOLD}, ${items.filter(innocent).length} benign or hard-negative)`);
  console.log('\ncategory               precision  recall   (tp/fp/fn)');
  const urgentRecall: string[] = [];
  for (const c of MONITORING_CATEGORIES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    items.forEach((item, k) => {
      const got = alert(results[k] as Analysis) && (results[k] as Analysis).categories.includes(c);
      const want = risky(item) && item.categories.includes(c);
      if (got && want) tp++;
      else if (got) fp++;
      else if (want) fn++;
    });
    const mark = URGENT_CATEGORIES.includes(c) ? '*' : ' ';
    console.log(`${mark}${c.padEnd(22)} ${ratio(tp, tp + fp).padStart(9)}  ${ratio(tp, tp + fn).padStart(6)}   (${tp}/${fp}/${fn})`);
    if (mark === '*') urgentRecall.push(`${c} ${ratio(tp, tp + fn)}`);
  }
  const benign = items.map((i, k) => [i, results[k] as Analysis] as const).filter(([i]) => innocent(i));
  const falseAlerts = benign.filter(([, a]) => alert(a)).length;
  const hard = benign.filter(([i]) => i.kind === 'hard-negative');
  const riskyPairs = items.map((i, k) => [i, results[k] as Analysis] as const).filter(([i]) => risky(i));
  const caught = riskyPairs.filter(([, a]) => alert(a)).length;
  console.log(`\nurgent recall (goal >= 0.95): ${urgentRecall.join(', ')}`);
  console.log(`any-category recall on risky: ${pct(caught, riskyPairs.length)} (${caught}/${riskyPairs.length})`);
  console.log(`false alerts on benign + hard-negative (goal <= 1%): ${pct(falseAlerts, benign.length)} (${falseAlerts}/${benign.length}); hard-negative only ${pct(hard.filter(([, a]) => alert(a)).length, hard.length)}`);

  console.log('\nlanguage   risky recall        false alerts');
  for (const lang of [...new Set(items.map((i) => i.lang))].sort()) {
    const r = riskyPairs.filter(([i]) => i.lang === lang);
    const b = benign.filter(([i]) => i.lang === lang);
    const rc = r.filter(([, a]) => alert(a)).length;
    const bf = b.filter(([, a]) => alert(a)).length;
    console.log(`${lang.padEnd(9)} ${pct(rc, r.length)} (${rc}/${r.length})`.padEnd(31) + `${pct(bf, b.length)} (${bf}/${b.length})`);
  }

  console.log('\nobfuscation   risky recall   vs none (goal: cost <= 5 points)');
  const none = riskyPairs.filter(([i]) => i.obfuscation === 'none');
  const noneRecall = none.filter(([, a]) => alert(a)).length / Math.max(1, none.length);
  for (const kind of [...new Set(items.map((i) => i.obfuscation))].sort()) {
    const r = riskyPairs.filter(([i]) => i.obfuscation === kind);
    if (r.length === 0) continue;
    const rc = r.filter(([, a]) => alert(a)).length;
    const cost = kind === 'none' ? '' : `${(100 * (noneRecall - rc / r.length)).toFixed(1).padStart(6)} points`;
    console.log(`${kind.padEnd(13)} ${pct(rc, r.length)} (${rc}/${r.length})`.padEnd(30) + cost);
  }

  // The split's own variants are few per kind (11–21 texts); this applies every kind to every
  // risky original the analyser catches and counts how many it still catches, paired, so the
  // cost of a kind is measured on hundreds of texts.
  console.log('\nobfuscation applied to every caught risky original (make-variants.ts generators, paired)');
  console.log('kind          still caught          lost (goal <= 5 points)');
  const caughtOriginals = riskyPairs.filter(([i, a]) => i.obfuscation === 'none' && alert(a)).map(([i]) => i);
  const byKind = new Map<string, { n: number; kept: number }>();
  const lost: string[] = [];
  for (const item of caughtOriginals) {
    for (const v of variantsOf(item.text, item.lang)) {
      const tally = byKind.get(v.kind) ?? { n: 0, kept: 0 };
      tally.n++;
      if (alert(analyse(v.text, { lang: item.lang }))) tally.kept++;
      else lost.push(`LOST ${item.id} [${v.kind}] ${JSON.stringify(v.text)}`);
      byKind.set(v.kind, tally);
    }
  }
  for (const [kind, { n, kept }] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${kind.padEnd(13)} ${pct(kept, n)} (${kept}/${n})`.padEnd(36) + `${(100 * (1 - kept / Math.max(1, n))).toFixed(1).padStart(5)} points`);
  }
  if (showMisses && lost.length > 0) console.log(`\nobfuscated originals no longer caught:\n${lost.join('\n')}`);

  if (showMisses) {
    console.log('\nmisses (risky not alerted, or wrong category; innocent alerted):');
    items.forEach((item, k) => {
      const a = results[k] as Analysis;
      const missed = risky(item) && (!alert(a) || !item.categories.some((c) => a.categories.includes(c)));
      const wrong = innocent(item) && alert(a);
      if (!missed && !wrong) return;
      const why = a.matches.map((m) => `${m.entry}:${m.severity}`).join(' ');
      console.log(`${missed ? 'MISS' : 'FALSE'} ${item.id} [${item.lang}/${item.obfuscation}] want ${item.severity} ${item.categories.join(',') || '-'} got ${a.severity} ${a.categories.join(',') || '-'} ${why}\n     ${JSON.stringify(item.text)}`);
    });
  }
}

function throughput(texts: readonly string[]): void {
  if (texts.length === 0) return;
  const lexicon = compileLexicon();
  for (const t of texts) analyse(t, { lexicon }); // warm up
  let n = 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < SECONDS * 1000) {
    for (const t of texts) analyse(t, { lexicon });
    n += texts.length;
    elapsed = performance.now() - started;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const cpus = /Cpus_allowed_list:\s*(\S+)/.exec(status)?.[1] ?? 'unknown';
  const avg = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  console.log(`\nthroughput: ${Math.round((n * 1000) / elapsed).toLocaleString('en-GB')} texts/s on one core by the clock (goal >= 50,000), ${Math.round(n / cpuSeconds).toLocaleString('en-GB')} texts per CPU-second (the process's own CPU time; lower by the clock when other processes share the core) — ${n.toLocaleString('en-GB')} analyses of ${texts.length} texts (mean ${avg.toFixed(0)} chars) in ${(elapsed / 1000).toFixed(2)} s; ${flag('--pinned') ? 'pinned with taskset -c 0' : 'not pinned'} (CPUs allowed: ${cpus}; load average ${loadavg()[0]?.toFixed(2) ?? '?'})`);
}

const only = option('--split');
if (only !== undefined && !DEVELOPMENT.includes(only) && !MEASUREMENT.includes(only)) {
  console.error(`unknown split ${only}: one of ${[...DEVELOPMENT, ...MEASUREMENT].join(', ')}`);
  process.exit(2);
}
console.log(`# Monitoring analyser — lexicon ${LEXICON_VERSION}, alert at severity >= ${THRESHOLD}`);
/**
 * `--half tune|check` splits a development set by id parity: tune on the odd ids' misses, and see
 * on the even ids (figures only, as for a measurement set) whether the tuning carried over.
 */
const half = option('--half');
if (half !== undefined && half !== 'tune' && half !== 'check') {
  console.error(`--half is tune or check, not ${half}`);
  process.exit(2);
}
const halve = (items: Item[]): Item[] => (half === undefined ? items : items.filter((i) => inTuneHalf(i) === (half === 'tune')));
for (const split of DEVELOPMENT) {
  if (only === undefined || only === split) report(half === undefined ? split : `${split} (${half} half)`, halve(load(split)), flag('--misses') && half !== 'check');
}
if (!flag('--misses')) for (const split of MEASUREMENT) if (only === undefined || only === split) report(split, load(split), false);
throughput([...load('dev'), ...load('heldout')].map((i) => i.text));
