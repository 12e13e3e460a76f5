// `npm run bench -- proxy-fuzz [--seconds 30] [--concurrency 16] [--seed S] [--lab] [--port N]`
//
// Throws randomised malformed and hostile requests at the web proxy for N seconds, then checks it
// is still up and still answers a good request correctly. Without --port it starts its own:
// `haven start --role filter` on a fresh data directory (pinned to CPU 0 when taskset exists),
// resolving names through a stub DNS upstream on loopback that answers every name with a loopback
// address, so nothing can leave the machine. By default the proxy runs as in production
// (private destinations refused): every forwarded target is loopback or private and must be
// refused with 403. With --lab it runs with `--proxy-allow-private`, and forwarded requests go to
// a loopback origin run by this script (only that port: the proxy must not be turned on other
// local services), so the forwarding path is fuzzed too.
//
// What is sent (seeded PRNG, one connection per case, 16 at a time): bad request lines (random
// octets, missing or bad versions, bad methods, overlong URIs), huge header blocks, header
// injection (bare CR or LF, NUL, obs-fold, duplicate Content-Length, Content-Length with
// Transfer-Encoding), bad chunked bodies, slow clients (a head dripped one piece at a time),
// invalid CONNECT authorities, absolute URIs to the proxy itself and to private, loopback and
// link-local ranges (also in decimal, hex and octal IPv4 forms and IPv6), Upgrade requests, and
// good requests followed by pipelined garbage, each sometimes split into random pieces.
// Answers are counted by status code; "no answer" means the proxy closed (or kept waiting)
// without a status line, which is right for some cases (a slow client cut off by the test's end).
// Exit status 1 when the proxy died, stopped accepting connections or answered the final good
// requests wrongly.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aRecord } from '../src/dns/core/testing.ts';
import { rawRequest, viaProxy } from '../test/support/proxy-client.ts';
import { startStubUpstream } from '../test/support/dns-upstream.ts';
import { seededRandom } from './support/bench-kit.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const SECONDS = Number(option('--seconds') ?? 30);
const CONCURRENCY = Number(option('--concurrency') ?? 16);
const LAB = args.includes('--lab');
const SLOW_CLIENTS = 8;
const { random, int, pick } = seededRandom(Number(option('--seed') ?? 20261126));
const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => int(256)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Targets the proxy must refuse (private, loopback, link-local, itself), in many spellings. */
function privateHosts(proxyPort: number, originPort: number): string[] {
  // In the lab (private destinations allowed) only the origin and the proxy itself: nothing else local is touched.
  if (LAB) return [`127.0.0.1:${proxyPort}`, `127.0.0.1:${originPort}`, `2130706433:${originPort}`, `0x7f000001:${originPort}`, `school.test:${originPort}`, `[::1]:${originPort}`];
  return [
    `127.0.0.1:${proxyPort}`, `localhost:${proxyPort}`, `127.0.0.1:${originPort}`, `127.1:${originPort}`, `2130706433:${originPort}`, `0x7f000001:${originPort}`,
    `017700000001:${originPort}`, `0x7f.0.0.1:${originPort}`, `[::1]:${originPort}`, `[::ffff:127.0.0.1]:${originPort}`, `[::ffff:7f00:1]:${originPort}`,
    '10.0.0.1', '10.255.255.255:8080', '172.16.0.1', '172.31.1.1:3128', '192.168.1.1', '169.254.169.254', '169.254.169.254:80', '0.0.0.0', `0:${proxyPort}`,
    '100.64.0.1', '[fe80::1]', '[fc00::1]', '[::]', '224.0.0.1', '255.255.255.255', `school.test:${originPort}`, 'anything.example', `metadata.google.internal`,
  ];
}

const METHODS = ['GET', 'POST', 'PUT', 'HEAD', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'get', 'G ET', 'GET\t', '', 'PRI', 'M-SEARCH', 'X'.repeat(40), 'GÉT'];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.0', 'HTTP/0.9', 'HTTP/2.0', 'HTTP/1.1 ', 'http/1.1', 'HTTP/1', 'HTTP/11', '', 'HTTP/1.1\0'];
const BAD_AUTHORITIES = ['foo', ':443', '[zz]:443', 'host:0', 'host:65536', 'host:99999', 'host:', 'a..b:443', 'user@host:443', 'host:443/path', '[::1', '::1]:443', 'host:-1', 'host: 443', `${'x'.repeat(300)}:443`, 'host:443 extra', '%00:443', 'ho\u0000st:443', '*:443', '', 'host:4430000000000'];

/** The request head around a target URL. */
function requestHead(method: string, target: string, host: string, extra = ''): string {
  return `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: haven-fuzz\r\n${extra}\r\n`;
}

interface Case {
  readonly kind: string;
  readonly pieces: (string | Buffer)[];
  readonly gapMs?: number;
  readonly waitMs?: number;
}

function nextCase(proxyPort: number, originPort: number): Case {
  const good = `http://school.test:${originPort}/fuzz?q=${int(1000)}`;
  const privates = privateHosts(proxyPort, originPort);
  const r = int(12);
  switch (r) {
    case 0:
      return { kind: 'random octets', pieces: [bytes(1 + int(2000))] };
    case 1: {
      const uri = pick([good, '/', '*', 'ftp://x/', 'https://school.test/', `http://${'a'.repeat(int(70_000))}/`, 'http://[::1/', 'http:///', 'http://a b/', `http://h/${'%'.repeat(int(50))}`, 'http://h/\u0000', '']);
      return { kind: 'bad request line', pieces: [`${pick(METHODS)} ${uri} ${pick(VERSIONS)}\r\nHost: x\r\n\r\n`] };
    }
    case 2: {
      const huge = random() < 0.5 ? `X-Big: ${'a'.repeat(20_000 + int(100_000))}\r\n` : Array.from({ length: 500 + int(3000) }, (_, i) => `X-H${i}: ${'v'.repeat(int(40))}\r\n`).join('');
      return { kind: 'huge headers', pieces: [requestHead('GET', good, 'school.test', huge)] };
    }
    case 3: {
      const inj = pick(['X-A: a\rb: c\r\n', 'X-A: a\nInjected: yes\r\n', 'X-A: a\0b\r\n', 'X-A: a\r\n folded\r\n', 'Bad Header: x\r\n', ': empty-name\r\n', 'Content-Length: 5\r\nContent-Length: 6\r\n', 'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n', 'Content-Length: -1\r\n', 'Content-Length: 1e3\r\n', 'Transfer-Encoding: chunked, identity\r\n', 'Host: second.test\r\n', 'Proxy-Authorization: Basic %%%\r\n', 'Proxy-Authorization: Basic Og==\r\n', `Via: 1.1 haven (haven-000000)\r\n`, 'Connection: close, keep-alive, host\r\n', 'Expect: 100-continue\r\nContent-Length: 10\r\n']);
      return { kind: 'header injection', pieces: [requestHead(pick(['GET', 'POST']), good, 'school.test', inj), 'body!'] };
    }
    case 4: {
      const body = pick(['zz\r\nhello\r\n0\r\n\r\n', 'ffffffffffffffff\r\n', '5\r\nhel', '5;ext=\u0000\r\nhello\r\n0\r\n\r\n', '-1\r\nx\r\n0\r\n\r\n', '3\r\nabcdef\r\n0\r\n\r\n', '0\r\nTrailer-Bad\r\n\r\n', `${'0'.repeat(100)}5\r\nhello\r\n0\r\n\r\n`]);
      return { kind: 'bad chunked body', pieces: [requestHead('POST', good, 'school.test', 'Transfer-Encoding: chunked\r\n'), body] };
    }
    case 5: {
      // A slow client: the head one small piece at a time (cut off by headersTimeoutMs, or by the end of the run).
      const head = requestHead('GET', good, 'school.test', 'X-Slow: 1\r\n'.repeat(int(20)));
      const pieces = head.slice(0, -2).match(/[\s\S]{1,3}/gu) ?? [];
      return { kind: 'slow client', pieces, gapMs: 200 + int(800) };
    }
    case 6: {
      const authority = random() < 0.8 ? pick(BAD_AUTHORITIES) : bytes(1 + int(30)).toString('latin1').replace(/[\r\n ]/gu, 'x');
      return { kind: 'invalid CONNECT', pieces: [`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`] };
    }
    case 7: {
      const target = pick(privates);
      const method = pick(['GET', 'POST', 'HEAD', 'CONNECT', 'OPTIONS']);
      const line = method === 'CONNECT' ? requestHead('CONNECT', target.includes(':') && !target.endsWith(']') ? target : `${target}:443`, target) : requestHead(method, `http://${target}/${pick(['', 'admin', 'latest/meta-data/', '.well-known/haven/blocked'])}`, target, 'Connection: close\r\n');
      return { kind: 'private or self target', pieces: [line] };
    }
    case 8: {
      const garbage = pick(['NOT HTTP\r\n\r\n', bytes(200).toString('latin1'), 'GET\r\n\r\n', `${'A'.repeat(10_000)}\r\n\r\n`, 'HTTP/1.1 200 OK\r\n\r\n']);
      return { kind: 'pipelined garbage', pieces: [`${requestHead('GET', good, 'school.test')}${requestHead('GET', good, 'school.test')}${garbage}`], waitMs: 3000 };
    }
    case 9: {
      const target = pick([good, `http://127.0.0.1:${proxyPort}/`, LAB ? `http://127.0.0.1:${originPort}/ws` : 'http://10.0.0.1/ws', '/ws']);
      return { kind: 'upgrade', pieces: [requestHead('GET', target, 'school.test', `Connection: Upgrade\r\nUpgrade: ${pick(['websocket', 'h2c', 'x'.repeat(5000), ''])}\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n`)] };
    }
    case 10: {
      // A valid request split into random pieces (the parser must reassemble it).
      const head = requestHead(pick(['GET', 'HEAD']), good, 'school.test', 'Connection: close\r\n');
      const cuts = [...new Set(Array.from({ length: 1 + int(6) }, () => int(head.length)))].sort((a, b) => a - b);
      const pieces: string[] = [];
      let at = 0;
      for (const c of [...cuts, head.length]) {
        if (c > at) pieces.push(head.slice(at, c));
        at = c;
      }
      return { kind: 'split good request', pieces, gapMs: 5 };
    }
    default:
      return { kind: 'good request', pieces: [requestHead('GET', good, 'school.test', 'Connection: close\r\n')] };
  }
}

/** Starts a Haven with the proxy; resolves once it accepts connections. */
async function startHaven(upstream: string, proxyPort: number): Promise<{ child: ChildProcess; dataDir: string; log: () => string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-proxy-fuzz-'));
  const pin = spawnSync('sh', ['-c', 'command -v taskset']).status === 0;
  const cmd = [process.execPath, join(import.meta.dirname, '../bin/haven.js'), 'start', '--role', 'filter', '--data-dir', dataDir, '--dns-port', String(await freePort()), '--dns-upstream', upstream, '--proxy-port', String(proxyPort), '--log-level', 'error', ...(LAB ? ['--proxy-allow-private'] : [])];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HAVEN_')));
  const child = pin ? spawn('taskset', ['-c', '0', ...cmd], { env, stdio: ['ignore', 'pipe', 'pipe'] }) : spawn(cmd[0] ?? 'node', cmd.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  for (const t0 = Date.now(); ; ) {
    if (child.exitCode !== null) throw new Error(`haven exited:\n${out}`);
    if (await accepts(proxyPort)) break;
    if (Date.now() - t0 > 120_000) throw new Error(`the proxy did not start in 120 s:\n${out}`);
    await sleep(200);
  }
  return { child, dataDir, log: () => out };
}

async function accepts(port: number): Promise<boolean> {
  const socket = net.connect(port, '127.0.0.1');
  try {
    await Promise.race([once(socket, 'connect'), sleep(2000).then(() => Promise.reject(new Error('timeout')))]);
    return true;
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  // The loopback origin: answers every request (the lab mode's forwarding target).
  let originHits = 0;
  const origin = http.createServer((req, res) => {
    originHits++;
    req.resume();
    req.on('end', () => res.end('fuzz origin\n'));
  });
  origin.listen(0, '127.0.0.1');
  await once(origin, 'listening');
  const originPort = (origin.address() as AddressInfo).port;
  const upstream = await startStubUpstream(); // every name → a loopback address (127.0.0.10): nothing leaves the machine
  upstream.table.set('school.test', { answers: [aRecord('school.test', '127.0.0.1')] }); // the origin
  const given = option('--port');
  const proxyPort = given === undefined ? await freePort() : Number(given);
  const own = given === undefined ? await startHaven(upstream.address, proxyPort) : undefined;
  // `taskset` is the direct child; the Haven process is its exec'd self (same pid).
  const pid = own?.child.pid;
  let failed = false;
  try {
    const rssBefore = rssMb(pid);
    const counts = new Map<string, Map<string, number>>();
    const bump = (kind: string, outcome: string) => {
      const m = counts.get(kind) ?? new Map<string, number>();
      m.set(outcome, (m.get(outcome) ?? 0) + 1);
      counts.set(kind, m);
    };
    const deadline = Date.now() + SECONDS * 1000;
    let sent = 0;
    let slow = 0;
    const worker = async () => {
      while (Date.now() < deadline) {
        const c = nextCase(proxyPort, originPort);
        // Slow clients hold their connection until the proxy's head timeout: a few at a time, beside the workers.
        if (c.kind === 'slow client') {
          if (slow >= SLOW_CLIENTS) continue;
          slow++;
          void rawRequest(proxyPort, c.pieces, { waitMs: Math.max(100, deadline - Date.now() + 2000), gapMs: c.gapMs ?? 500 })
            .then(
              (r) => bump(c.kind, r.status === 0 ? (r.closed ? 'closed, no answer' : 'no answer by the end') : String(r.status)),
              () => bump(c.kind, 'client error'),
            )
            .finally(() => slow--);
          sent++;
          continue;
        }
        const pieces = c.gapMs === undefined && random() < 0.2 ? splitRandomly(c.pieces) : c.pieces;
        const waitMs = Math.max(100, Math.min(c.waitMs ?? 2500, deadline - Date.now() + 500));
        try {
          const r = await rawRequest(proxyPort, pieces, { waitMs, idleMs: 300, ...(c.gapMs === undefined ? {} : { gapMs: c.gapMs }) });
          const statuses = [...r.text.matchAll(/HTTP\/1\.[01] (\d{3})/gu)].map((m) => m[1] ?? '');
          bump(c.kind, statuses.length === 0 ? (r.closed ? 'closed, no answer' : 'no answer yet') : statuses.join('+'));
        } catch (err) {
          bump(c.kind, `client error ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
        }
        sent++;
      }
    };
    const progress = setInterval(() => console.error(`[proxy-fuzz] ${sent.toLocaleString('en-GB')} cases, RSS ${rssMb(pid)} MB`), 5000);
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    while (slow > 0) await sleep(100);
    clearInterval(progress);

    // Afterwards: still running, still accepting, still answering correctly.
    const alive = own === undefined || (own.child.exitCode === null && own.child.signalCode === null);
    const accepting = await accepts(proxyPort);
    const checks: [string, boolean][] = [['process still running', alive], ['accepts connections', accepting]];
    if (accepting) {
      const good = await viaProxy(proxyPort, `http://school.test:${originPort}/after`).catch(() => undefined);
      if (LAB) checks.push(['a good request is forwarded (200 from the origin)', good?.status === 200 && good.body === 'fuzz origin\n']);
      else checks.push(['a good request to a loopback name is refused (403, private destination)', good?.status === 403 && /private or local address/u.test(good.body)]);
      const bad = await rawRequest(proxyPort, 'CONNECT foo HTTP/1.1\r\nHost: foo\r\n\r\n', { waitMs: 3000 });
      checks.push(['an invalid CONNECT still gets 400', bad.status === 400]);
      const self = await rawRequest(proxyPort, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${proxyPort}\r\nConnection: close\r\n\r\n`, { waitMs: 3000 });
      checks.push(['a request to the proxy itself still gets 400', self.status === 400]);
    }
    console.log(`\nproxy-fuzz: ${sent.toLocaleString('en-GB')} cases in ${SECONDS} s against 127.0.0.1:${proxyPort} (${LAB ? 'lab: private destinations allowed, forwarding to a loopback origin' : 'production: private destinations refused'}), seed ${option('--seed') ?? 20261126}, concurrency ${CONCURRENCY}`);
    console.log(`origin hits: ${originHits}${LAB ? '' : ' (must be 0: every target is private)'}; RSS ${rssBefore} → ${rssMb(pid)} MB\n`);
    console.log('| case | answers (status codes seen per connection → count) |');
    console.log('|---|---|');
    for (const [kind, m] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      console.log(`| ${kind} (${total}) | ${[...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join(', ')} |`);
    }
    const byClass = new Map<string, number>();
    for (const m of counts.values()) for (const [k, v] of m) for (const s of k.split('+')) byClass.set(/^\d{3}$/u.test(s) ? `${s[0] ?? '?'}xx` : k, (byClass.get(/^\d{3}$/u.test(s) ? `${s[0] ?? '?'}xx` : k) ?? 0) + v);
    console.log(`\nby response class: ${[...byClass].sort().map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
    if (!LAB && originHits > 0) checks.push(['no request reached the loopback origin', false]);
    for (const [what, ok] of checks) {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
      if (!ok) failed = true;
    }
    if (failed && own !== undefined) console.error(own.log().slice(-4000));
  } finally {
    if (own !== undefined && own.child.exitCode === null) {
      own.child.kill('SIGTERM');
      await Promise.race([once(own.child, 'exit'), sleep(10_000)]);
      if (own.child.exitCode === null) own.child.kill('SIGKILL');
    }
    if (own !== undefined) rmSync(own.dataDir, { recursive: true, force: true });
    await upstream.close();
    origin.closeAllConnections();
    origin.close();
  }
  process.exitCode = failed ? 1 : 0;
}

/** Splits the bytes into 2–6 random pieces (sent back to back). */
function splitRandomly(pieces: readonly (string | Buffer)[]): Buffer[] {
  const all = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
  const out: Buffer[] = [];
  let at = 0;
  for (let n = 1 + int(5); n > 0 && at < all.length; n--) {
    const len = 1 + int(Math.max(1, Math.floor(all.length / 2)));
    out.push(all.subarray(at, at + len));
    at += len;
  }
  if (at < all.length) out.push(all.subarray(at));
  return out;
}

await main();
