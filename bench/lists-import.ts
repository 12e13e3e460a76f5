// `npm run bench -- lists-import [--count N] [--database postgres://…] [--keep]`: how long
// `haven lists import` takes on an N-line list (default 1,000,000: hosts-format lines with
// comments, duplicates and a few bad lines, shaped like the big public lists), run as the real
// command in a child process (start-up, parse, compress, store), then how long a running server
// takes to load that version into its snapshot (read, decompress, index). Prints one table.
// Run alone: the machine has two shared cores.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFilterEngine } from '../src/filtering/index.ts';
import { systemClock } from '../src/platform/clock.ts';
import { openDatabase } from '../src/platform/db/index.ts';
import { createLogger } from '../src/platform/log.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const COUNT = Number(option('--count') ?? 1_000_000);
const DATABASE = option('--database');
const HAVEN = fileURLToPath(new URL('../bin/haven.js', import.meta.url));

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

/** A hosts-format list: a header, N lines, about 1 % comments, 0.5 % duplicates, 0.1 % bad lines. */
function writeList(path: string, count: number): void {
  const rnd = createRandom(4);
  const syllables = 'ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu za ze zi zo zu'.split(' ');
  const tlds = ['com', 'net', 'org', 'info', 'xyz', 'co.uk', 'de', 'ru', 'top', 'online', 'site', 'io'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const word = (): string => {
    let w = '';
    const n = 2 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) w += pick(syllables);
    return w;
  };
  const lines: string[] = ['# Title: benchmark list', '# Generated for Haven\'s lists-import benchmark', '127.0.0.1 localhost', '::1 localhost'];
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    if (r < 0.01) lines.push(`# section ${i}`);
    else if (r < 0.015 && seen.length > 0) lines.push(`0.0.0.0 ${pick(seen)}`);
    else if (r < 0.016) lines.push(`0.0.0.0 bad_line!${i}`);
    else {
      const name = `${rnd() < 0.3 ? `${pick(['ads', 'track', 'cdn', 'www', 'm', 'stats'])}.` : ''}${word()}${i % 97}.${pick(tlds)}`;
      if (seen.length < 10_000) seen.push(name);
      lines.push(`0.0.0.0 ${name}`);
    }
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const dir = mkdtempSync(join(tmpdir(), 'haven-bench-lists-'));
try {
  const file = join(dir, 'big-list.txt');
  let t0 = performance.now();
  writeList(file, COUNT);
  const genMs = performance.now() - t0;
  // Finish this process's garbage collection first, so it does not compete with the import for the two cores.
  (globalThis as { gc?: () => void }).gc?.();
  const flags = ['--data-dir', dir, ...(DATABASE === undefined ? [] : ['--database', DATABASE])];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HAVEN_')));

  t0 = performance.now();
  const run = spawnSync(process.execPath, [HAVEN, 'lists', 'import', file, '--category', 'pornography', '--name', 'bench.test', ...flags], { env, encoding: 'utf8' });
  const importMs = performance.now() - t0;
  if (run.status !== 0) throw new Error(`haven lists import failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const progressLines = run.stderr.split('\n').filter((l) => l.includes('%')).length;

  const target = DATABASE === undefined ? { dialect: 'sqlite' as const, path: join(dir, 'haven.sqlite') } : { dialect: 'postgres' as const, url: DATABASE };
  const database = await openDatabase(target);
  const row = await database.db.selectFrom('filter_list_versions').select(['domains', 'bytes']).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  t0 = performance.now();
  const engine = await createFilterEngine({ db: database.db, dialect: database.dialect, clock: systemClock, logger: createLogger({ level: 'silent' }) });
  const loadMs = performance.now() - t0;
  const heapMb = process.memoryUsage().heapUsed / 1_048_576;
  const probe = engine.decideFor(engine.identify('192.0.2.1'), 'localhost', Date.now());
  await engine.close();
  await database.close();

  const size = statSync(file).size;
  console.log(`Haven lists import, ${COUNT.toLocaleString('en-GB')} lines (${(size / 1_048_576).toFixed(1)} MB, hosts format) on ${DATABASE === undefined ? 'SQLite' : 'PostgreSQL'}; load average ${loadavg()[0]?.toFixed(2)}`);
  console.log(`  generate the file                         ${(genMs / 1000).toFixed(2)} s (not part of the import)`);
  console.log(`  haven lists import (whole process)        ${(importMs / 1000).toFixed(2)} s   ${importMs < 10_000 ? 'under' : 'OVER'} the 10 s budget; ${progressLines} progress lines on stderr`);
  console.log(`  stored                                    ${Number(row.domains).toLocaleString('en-GB')} distinct domains in one ${(Number(row.bytes) / 1_048_576).toFixed(1)} MB gzip blob`);
  console.log(`  server loads it (read, gunzip, index)     ${(loadMs / 1000).toFixed(2)} s, heap ${heapMb.toFixed(0)} MB; localhost is ${probe.verdict}ed (hosts-file entry for the machine itself, skipped)`);
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
