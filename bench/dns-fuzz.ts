// `npm run bench -- dns-fuzz [--packets 1000000] [--port N] [--seed S]`
//
// Throws hostile packets at a running DNS filter, then checks it still answers correctly.
// Without --port it starts its own: `haven start --role filter` on a fresh data directory (pinned
// to CPU 0 when taskset exists), forwarding to a stub upstream on loopback; nothing leaves the
// machine. UDP: random octets, mutated queries (flipped octets, compression pointers and loops,
// huge counts, label and record lengths past the end, truncated headers, bad OPT records and
// options, EDNS version 1, the QR bit), crafted edge cases (names of 255/256 octets, pointer
// chains); every answer that comes back must be a well-formed message. TCP: connections with
// garbage framing, partial frames and pipelined mutants. Then: a normal query must be answered,
// a canary must be blocked, and the process must still be running.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageRcode, parseMessage } from '../src/dns/core/message.ts';
import { buildQuery } from '../src/dns/core/testing.ts';
import { RCODE, RR_TYPE } from '../src/dns/core/wire.ts';
import { ask } from '../test/support/dns-client.ts';
import { startStubUpstream } from '../test/support/dns-upstream.ts';
import { seededRandom } from './support/bench-kit.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const PACKETS = Number(option('--packets') ?? 1_000_000);
const TCP_CONNECTIONS = Number(option('--tcp') ?? 2000);
const { random, int, pick } = seededRandom(Number(option('--seed') ?? 20261126));

const TYPES = [RR_TYPE.A, RR_TYPE.AAAA, RR_TYPE.HTTPS, RR_TYPE.SVCB, RR_TYPE.MX, RR_TYPE.TXT, RR_TYPE.ANY, RR_TYPE.PTR, RR_TYPE.AXFR, RR_TYPE.OPT, 0, 65535];
const LABELS = ['www', 'porn', 'example', 'school', 'co', 'uk', 'google', 'a', 'xn--bcher-kva', '_dmarc', 'x'.repeat(63), 'use-application-dns', 'net'];

function randomName(): string {
  let name = pick(LABELS);
  for (let n = int(5); n > 0; n--) {
    const label = pick(LABELS);
    if (name.length + label.length + 1 > 250) break;
    name = `${label}.${name}`;
  }
  return name;
}

function validQuery(): Uint8Array {
  return buildQuery(randomName(), pick(TYPES), { id: int(0x10000), ...(random() < 0.3 ? { edns: false as const } : { edns: pick([512, 1232, 4096, 65535, 100]) }), dnssecOk: random() < 0.2 });
}

function mutate(packet: Uint8Array): Uint8Array {
  let b = packet.slice();
  for (let k = 1 + int(4); k > 0; k--) {
    const i = b.length === 0 ? 0 : int(b.length);
    switch (int(9)) {
      case 0:
        b[i] = int(256);
        break;
      case 1: // a compression pointer, often to itself or forward
        b[i] = 0xc0 | int(4);
        if (i + 1 < b.length) b[i + 1] = random() < 0.5 ? i & 0xff : int(256);
        break;
      case 2: // huge counts
        if (b.length >= 12) b[4 + 2 * int(4)] = 0xff;
        break;
      case 3: // truncate (header too)
        b = b.slice(0, int(b.length + 1));
        break;
      case 4: // a label length past the end, or over 63
        if (b.length > 12) b[12] = pick([64, 0x40, 0x80, 0x3f, 200]);
        break;
      case 5: // EDNS version 1, or an OPT option length past the record
        if (b.length >= 11) b[b.length - (random() < 0.5 ? 6 : 1)] = int(256);
        break;
      case 6: // the QR bit or another opcode
        if (b.length > 2) b[2] = (b[2] ?? 0) ^ pick([0x80, 0x28, 0x10, 0x78]);
        break;
      case 7: // append garbage
        b = Uint8Array.from([...b, ...Array.from({ length: int(40) }, () => int(256))]);
        break;
      default: // splice in a pointer loop pair at the question
        if (b.length > 16) b.set([0xc0, 0x0e, 0xc0, 0x0c], 12);
    }
  }
  return b;
}

function crafted(): Uint8Array {
  const label63 = `3f${'61'.repeat(63)}`;
  const hex = pick([
    `abcd 0100 0001 0000 0000 0000 ${label63}${label63}${label63}3d${'61'.repeat(61)} 00 0001 0001`, // 255 octets
    `abcd 0100 0001 0000 0000 0000 ${label63}${label63}${label63}${label63} 00 0001 0001`, // over 255
    'abcd 0100 0001 0000 0000 0000 c00c 0001 0001',
    'abcd 0100 0001 0001 0000 0000 00 0001 0001 c012 0001 0001 00000000 0000 c00c',
    'abcd 0100 0001 0000 0000 0001 00 0001 0001 00 0029 ffff 00000000 ffff 000f',
    'abcd 0100 0000 0000 0000 0000',
    'abcd',
    '',
  ]);
  return new Uint8Array((hex.replace(/\s+/gu, '').match(/../gu) ?? []).map((h) => parseInt(h, 16)));
}

function nextPacket(): Uint8Array {
  const r = random();
  if (r < 0.25) return Uint8Array.from({ length: int(600) }, () => int(256));
  if (r < 0.9) return mutate(validQuery());
  if (r < 0.97) return crafted();
  return validQuery();
}

async function startHaven(upstream: string): Promise<{ child: ChildProcess; port: number; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-fuzz-'));
  const pin = spawnSync('sh', ['-c', 'command -v taskset']).status === 0;
  const cmd = [process.execPath, join(import.meta.dirname, '../bin/haven.js'), 'start', '--role', 'filter', '--data-dir', dataDir, '--dns-port', '0', '--dns-upstream', upstream, '--log-level', 'error'];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HAVEN_')));
  const child = pin ? spawn('taskset', ['-c', '0', ...cmd], { env, stdio: ['ignore', 'pipe', 'pipe'] }) : spawn(cmd[0] ?? 'node', cmd.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /DNS filter on 127\.0\.0\.1:(\d+)/u.exec(out);
      if (m?.[1] !== undefined) resolve(Number(m[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(`haven exited:\n${out}`)));
  });
  return { child, port, dataDir };
}

async function main(): Promise<void> {
  const upstream = await startStubUpstream();
  const own = option('--port') === undefined ? await startHaven(upstream.address) : undefined;
  try {
    await fuzz(own, own?.port ?? Number(option('--port')));
  } finally {
    if (own !== undefined && own.child.exitCode === null) {
      own.child.kill('SIGTERM');
      await once(own.child, 'exit');
    }
    if (own !== undefined) rmSync(own.dataDir, { recursive: true, force: true });
    await upstream.close();
  }
}

async function fuzz(own: { child: ChildProcess } | undefined, port: number): Promise<void> {
  const rss = (): number => (own?.child.pid === undefined ? 0 : Math.round(Number(/VmRSS:\s+(\d+)/u.exec(spawnSync('cat', [`/proc/${own.child.pid}/status`], { encoding: 'utf8' }).stdout)?.[1] ?? 0) / 1024));
  const rssBefore = rss();
  const sockets = Array.from({ length: 4 }, () => createSocket('udp4'));
  const replies = new Map<string, number>();
  let malformed = 0;
  let received = 0;
  for (const s of sockets) {
    s.bind(0, '127.0.0.1');
    await once(s, 'listening');
    s.on('message', (msg) => {
      received++;
      const r = parseMessage(msg);
      if (!r.ok) {
        malformed++;
        return;
      }
      const key = `rcode ${messageRcode(r.message)}`;
      replies.set(key, (replies.get(key) ?? 0) + 1);
    });
  }
  const started = Date.now();
  const WINDOW = 200;
  for (let sent = 0; sent < PACKETS; ) {
    for (let i = 0; i < WINDOW && sent < PACKETS; i++, sent++) sockets[sent % sockets.length]?.send(nextPacket(), port, '127.0.0.1');
    // Pace: let the server drain its socket buffer (a fuzzer that only fills the kernel queue tests nothing).
    await new Promise((r) => setTimeout(r, 4));
    if (sent % 100_000 < WINDOW) console.error(`[fuzz] ${sent.toLocaleString('en-GB')} sent, ${received.toLocaleString('en-GB')} answered`);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const udpMs = Date.now() - started;

  let tcpClosedByServer = 0;
  for (let c = 0; c < TCP_CONNECTIONS; c++) {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    await once(socket, 'connect').catch(() => undefined);
    const frames: Uint8Array[] = [];
    for (let k = 1 + int(4); k > 0; k--) {
      const body = random() < 0.5 ? mutate(validQuery()) : validQuery();
      const len = random() < 0.1 ? int(0x10000) : body.length;
      frames.push(Uint8Array.from([len >> 8, len & 0xff, ...body]));
    }
    if (random() < 0.2) frames.push(Uint8Array.from([0, 0])); // a zero-length frame
    socket.write(Buffer.concat(frames.map((f) => (random() < 0.1 ? f.slice(0, int(f.length)) : f))));
    const closed = await Promise.race([once(socket, 'close').then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);
    if (closed === true) tcpClosedByServer++;
    socket.destroy();
  }

  const alive = own === undefined || own.child.exitCode === null;
  const allowed = await ask(port, 'liveness.example', RR_TYPE.A, { timeoutMs: 3000 });
  const blocked = await ask(port, 'pornography.canary.haven.test', RR_TYPE.A, { timeoutMs: 3000 });
  const ok = alive && malformed === 0 && messageRcode(allowed) === RCODE.NOERROR && messageRcode(blocked) === RCODE.NXDOMAIN;
  const result = {
    packets: PACKETS,
    udpSeconds: Math.round(udpMs / 100) / 10,
    answered: received,
    unanswered: PACKETS - received,
    malformedAnswers: malformed,
    answersByRcode: Object.fromEntries([...replies.entries()].sort()),
    tcpConnections: TCP_CONNECTIONS,
    tcpClosedByServer,
    afterwards: { processAlive: alive, allowedName: messageRcode(allowed) === RCODE.NOERROR ? 'NOERROR' : `rcode ${messageRcode(allowed)}`, blockedCanary: messageRcode(blocked) === RCODE.NXDOMAIN ? 'NXDOMAIN' : `rcode ${messageRcode(blocked)}` },
    rssMb: { before: rssBefore, after: rss() },
    verdict: ok ? 'PASS' : 'FAIL',
  };
  console.log(JSON.stringify(result, null, 2));
  for (const s of sockets) s.close();
  process.exitCode = ok ? 0 : 1;
}

await main();
