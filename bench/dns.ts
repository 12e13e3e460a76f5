// `npm run bench -- dns [--only haven,dnsmasq,unbound] [--duration 20] [--peers DIR] [--out DIR]`
//
// Haven's DNS filter against dnsmasq (`local=`, NXDOMAIN, cache 10000) and unbound (local-zone
// always_nxdomain) with the same 1M-domain list from ../shared/bench-peers, the same loopback
// upstream (dnsmasq answering everything on 127.0.0.2:53, pinned to CPU 1), and the same
// measurement script (bench-peers/dns-measure.sh: dnsperf on CPU 1, c10 and 5k QPS profiles, CPU
// of the server's process tree, RSS, dnscheck.py correctness over 2,000 expected answers). Every
// server under test is pinned to CPU 0 and listens on 127.0.0.1:5301, as baselines.md describes.
//
// Haven runs as the product does: the list is imported into a fresh data directory through the
// filtering service (not timed: it is the one-off `lists import`), then `haven start --role
// filter` is started and timed until the last list entry is answered NXDOMAIN. A second row,
// `haven-dns-core`, runs the DNS filter alone (bench/support/dns-core-server.ts: same listeners,
// cache, upstream pool, filter and event writer, engine built from the list file), to separate
// the DNS path from the product around it. Every query is logged to SQLite (filter_events) as in
// production; the peers log nothing, so `haven-dns-core-nolog` is the same without the event log.
// Needs: dnsperf, dig, dnsmasq, taskset (unbound optional). Run it alone: the machine has two cores.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importBenchList } from './support/bench-kit.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const PEERS = resolve(option('--peers') ?? join(import.meta.dirname, '../../shared/bench-peers'));
const DATA = join(PEERS, 'data');
const CONF = join(PEERS, 'configs');
const OUT = resolve(option('--out') ?? mkdtempSync(join(tmpdir(), 'haven-bench-dns-')));
const DURATION = Number(option('--duration') ?? 20);
const ONLY = (option('--only') ?? 'dnsmasq,unbound,haven,haven-dns-core,haven-dns-core-nolog').split(',');
const PORT = 5301;
const SUT_CPU = '0';
const CLIENT_CPU = '1';
const HAVEN_BIN = join(import.meta.dirname, '../bin/haven.js');

const started: ChildProcess[] = [];
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (s: string) => console.error(`[bench dns] ${s}`);

function startDaemon(cpu: string, cmd: string, argv: string[], logFile: string): ChildProcess {
  const child = spawn('taskset', ['-c', cpu, cmd, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => chunks.push(c));
  child.stderr?.on('data', (c: Buffer) => chunks.push(c));
  child.on('exit', () => writeFileSync(logFile, Buffer.concat(chunks)));
  started.push(child);
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

function dig(host: string, port: number, name: string): string {
  const r = spawnSync('dig', ['+tries=1', '+time=1', '-p', String(port), `@${host}`, name, 'A'], { encoding: 'utf8' });
  return r.stdout ?? '';
}

/** Polls until the last list entry is answered as blocked; returns ms since `t0`. */
async function waitBlocked(child: ChildProcess, probe: string, t0: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (/status: NXDOMAIN|0\.0\.0\.0/u.test(dig('127.0.0.1', PORT, probe))) return Date.now() - t0;
    if (Date.now() - t0 > 300_000) throw new Error('not ready after 300 s');
    await sleep(50);
  }
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Math.round(Number(m?.[1] ?? 0) / 1024);
}

interface Row {
  label: string;
  loadMs: number;
  rssIdleMb: number;
  qps: number;
  cpuUs: number;
  p50: string;
  p99: string;
  rssMb: number;
  correct: string;
}

function measure(label: string, pid: number, loadMs: number): Row {
  const rssIdle = rssMb(pid);
  const profiles = `c10:-c 10 -q 100:${DURATION};lat5k:-c 10 -q 100 -Q 5000 -v:${Math.max(5, Math.round(DURATION / 2))}`;
  execFileSync(join(PEERS, 'dns-measure.sh'), [label, String(PORT), String(pid)], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, RES: OUT, DNS_PROFILES: profiles } });
  const lines = readFileSync(join(OUT, 'dns-summary.tsv'), 'utf8').trim().split('\n');
  const header = (lines[0] ?? '').split('\t');
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i] ?? String(i), v])));
  const c10 = rows.findLast((r) => r.label === label && r.profile === 'c10') ?? {};
  const lat = rows.findLast((r) => r.label === label && r.profile === 'lat5k') ?? {};
  const check = JSON.parse(readFileSync(join(OUT, 'dns', `${label}.check.json`), 'utf8')) as { accuracy_pct: number; n: number; ok: number };
  const qps = Number(c10.qps ?? 0);
  const cpuPct = Number(c10.srv_cpu_pct ?? 0);
  return {
    label,
    loadMs,
    rssIdleMb: rssIdle,
    qps,
    cpuUs: qps > 0 ? Math.round(((cpuPct / 100) * 1e6) / qps) : 0,
    p50: lat.p50_ms ?? '-',
    p99: lat.p99_ms ?? '-',
    rssMb: Number(c10.rss_mb ?? 0),
    correct: `${check.accuracy_pct} % (${check.ok}/${check.n})`,
  };
}

async function benchDnsmasq(): Promise<Row> {
  const conf = join(OUT, 'dnsmasq-filter.conf');
  writeFileSync(conf, readFileSync(join(CONF, 'dnsmasq-filter.conf'), 'utf8').replace('@CACHE@', '10000'));
  const t0 = Date.now();
  const child = startDaemon(SUT_CPU, 'dnsmasq', ['-k', '-C', conf, `--pid-file=${join(OUT, 'dnsmasq.pid')}`, `--conf-file=${join(DATA, 'blocklist.dnsmasq-local.conf')}`], join(OUT, 'dnsmasq.log'));
  const loadMs = await waitBlocked(child, lastListEntry(), t0);
  await sleep(1000);
  const row = measure('dnsmasq-local', child.pid ?? 0, loadMs);
  await stop(child);
  return row;
}

async function benchUnbound(): Promise<Row> {
  const conf = join(OUT, 'unbound-filter.conf');
  writeFileSync(conf, readFileSync(join(CONF, 'unbound-filter.conf'), 'utf8').replaceAll('@RUN@', OUT).replaceAll('@INCLUDE@', `include: "${join(DATA, 'blocklist.unbound.conf')}"`));
  const t0 = Date.now();
  const child = startDaemon(SUT_CPU, 'unbound', ['-d', '-c', conf], join(OUT, 'unbound.log'));
  const loadMs = await waitBlocked(child, lastListEntry(), t0);
  await sleep(1000);
  const row = measure('unbound-nxdomain', child.pid ?? 0, loadMs);
  await stop(child);
  return row;
}

async function benchHaven(): Promise<Row> {
  const dataDir = join(OUT, 'haven-data');
  const imported = Date.now();
  await importBenchList(dataDir, join(DATA, 'blocklist.txt'), 'DNS benchmark');
  log(`imported the 1M list into ${dataDir} in ${Date.now() - imported} ms (not part of the load time)`);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HAVEN_')));
  const t0 = Date.now();
  const child = spawn('taskset', ['-c', SUT_CPU, process.execPath, HAVEN_BIN, 'start', '--role', 'filter', '--data-dir', dataDir, '--dns-port', String(PORT), '--dns-upstream', '127.0.0.2:53', '--log-level', 'warn'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const out: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => out.push(c));
  child.stderr?.on('data', (c: Buffer) => out.push(c));
  child.on('exit', () => writeFileSync(join(OUT, 'haven.log'), Buffer.concat(out)));
  const loadMs = await waitBlocked(child, lastListEntry(), t0);
  await sleep(1000);
  const row = measure('haven', child.pid ?? 0, loadMs);
  await stop(child);
  return row;
}

async function benchDnsCore(events: boolean): Promise<Row> {
  const label = events ? 'haven-dns-core' : 'haven-dns-core-nolog';
  const dir = join(OUT, label);
  mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const argv = ['--import', 'tsx', join(import.meta.dirname, 'support/dns-core-server.ts'), join(DATA, 'blocklist.txt'), String(PORT), '127.0.0.2:53', dir, ...(events ? [] : ['--no-events'])];
  const child = startDaemon(SUT_CPU, process.execPath, argv, join(OUT, `${label}.log`));
  const loadMs = await waitBlocked(child, lastListEntry(), t0);
  await sleep(1000);
  const row = measure(label, child.pid ?? 0, loadMs);
  await stop(child);
  return row;
}

function lastListEntry(): string {
  const text = readFileSync(join(DATA, 'blocklist.txt'), 'utf8').trimEnd();
  return text.slice(text.lastIndexOf('\n') + 1);
}

async function main(): Promise<void> {
  for (const tool of ['dnsperf', 'dig', 'dnsmasq', 'taskset']) {
    if (!has(tool)) throw new Error(`${tool} is not installed: apt-get install -y --no-install-recommends dnsmasq unbound dnsperf bind9-dnsutils`);
  }
  if (!existsSync(join(DATA, 'blocklist.txt'))) {
    log('generating the 1M-domain list (bench-peers/gen-blocklist.py)…');
    execFileSync('python3', [join(PEERS, 'gen-blocklist.py')], { stdio: 'inherit' });
  }
  mkdirSync(OUT, { recursive: true });
  log(`results in ${OUT}`);
  const upstream = startDaemon(CLIENT_CPU, 'dnsmasq', ['-k', '-C', join(CONF, 'dns-upstream.dnsmasq.conf'), `--pid-file=${join(OUT, 'upstream.pid')}`], join(OUT, 'upstream.log'));
  for (let i = 0; i < 100 && !/status: NOERROR/u.test(dig('127.0.0.2', 53, 'probe.example')); i++) await sleep(100);
  const rows: Row[] = [];
  try {
    if (ONLY.includes('dnsmasq')) rows.push(await benchDnsmasq());
    if (ONLY.includes('unbound')) {
      if (has('unbound')) rows.push(await benchUnbound());
      else log('unbound is not installed: skipped');
    }
    if (ONLY.includes('haven')) rows.push(await benchHaven());
    if (ONLY.includes('haven-dns-core')) rows.push(await benchDnsCore(true));
    if (ONLY.includes('haven-dns-core-nolog')) rows.push(await benchDnsCore(false));
  } finally {
    for (const c of started) await stop(c);
    await stop(upstream);
  }
  const table = [
    '| server (1M list, CPU 0) | load | RSS idle | QPS c10 | CPU µs/query | p50 / p99 @5k QPS | RSS after load | correct |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.label} | ${(r.loadMs / 1000).toFixed(2)} s | ${r.rssIdleMb} MB | ${r.qps.toLocaleString('en-GB')} | ${r.cpuUs} | ${r.p50} / ${r.p99} ms | ${r.rssMb} MB | ${r.correct} |`),
  ].join('\n');
  writeFileSync(join(OUT, 'table.md'), `${table}\n`);
  console.log(table);
  if (!option('--keep')) rmSync(join(OUT, 'haven-data'), { recursive: true, force: true });
}

process.on('SIGINT', () => {
  for (const c of started) c.kill('SIGTERM');
  process.exit(130);
});
await main();
