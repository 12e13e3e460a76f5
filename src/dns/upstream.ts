/**
 * The upstream pool: forwards a question to the configured resolvers and returns their answer.
 * - UDP first from a few sockets on random ports, with a random id; an answer is accepted only
 *   from the address and port asked, with the same id and question (no blind spoofing);
 * - a truncated (TC) answer is asked again over TCP; DNS over TLS upstreams use one pipelined
 *   TLS connection each;
 * - every attempt has a timeout; a timeout, a broken connection, SERVFAIL or REFUSED moves on
 *   to the next upstream, within an overall deadline;
 * - an upstream that fails repeatedly is marked down and skipped (unless all are down) until a
 *   health check (`. NS`) gets an answer from it again.
 */
import { randomInt } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { AppError } from '../platform/errors.ts';
import type { Logger } from '../platform/log.ts';
import { encodeMessage } from './core/encode-message.ts';
import { type DnsMessage, messageRcode, parseMessage } from './core/message.ts';
import { lowerName } from './core/names.ts';
import { EDNS_DO, FLAG, LIMITS, RCODE, RR_CLASS, RR_TYPE } from './core/wire.ts';
import { literalLookup } from './server.ts';
import { StreamChannel } from './stream-channel.ts';
import type { UpstreamServer } from './upstream-server.ts';

/** What to ask upstream. */
export interface UpstreamQuestion {
  readonly name: string;
  readonly type: number;
  readonly class: number;
  readonly dnssecOk: boolean;
  readonly checkingDisabled: boolean;
}

/** An upstream's answer and who gave it. */
export interface UpstreamAnswer {
  readonly message: DnsMessage;
  readonly server: string;
  readonly transport: 'udp' | 'tcp' | 'tls';
}

/** How one upstream is doing. */
export interface UpstreamStatus {
  readonly server: string;
  readonly up: boolean;
  readonly consecutiveFailures: number;
  /** Smoothed round-trip time in milliseconds (0 until the first answer). */
  readonly rttMs: number;
  readonly queries: number;
  readonly failures: number;
}

/** Tuning of an {@link UpstreamPool}. */
export interface UpstreamPoolOptions {
  readonly servers: readonly UpstreamServer[];
  /** One attempt at one upstream. Default 1500 ms. */
  readonly attemptTimeoutMs?: number;
  /** All attempts of one question. Default 4000 ms. */
  readonly totalTimeoutMs?: number;
  /** How often upstreams marked down are probed. Default 5000 ms. */
  readonly healthCheckMs?: number;
  /** Consecutive failures before an upstream is marked down. Default 3. */
  readonly failuresBeforeDown?: number;
  /** UDP sockets (source ports) per address family. Default 4. */
  readonly udpSockets?: number;
  /** Extra trust anchors for DNS over TLS (tests). */
  readonly tlsCa?: string | Buffer;
  readonly logger?: Logger;
}

/** Forwards questions upstream; see the module comment. */
export interface UpstreamPool {
  query(question: UpstreamQuestion): Promise<UpstreamAnswer>;
  status(): UpstreamStatus[];
  close(): Promise<void>;
}

/** Raised when no upstream gave a usable answer. */
export class UpstreamError extends AppError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('dns.upstream_failed', 'unavailable', message, options);
  }
}

interface Health {
  up: boolean;
  consecutiveFailures: number;
  rttMs: number;
  queries: number;
  failures: number;
}

interface UdpWaiting {
  readonly server: UpstreamServer;
  readonly question: UpstreamQuestion;
  resolve(m: DnsMessage): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/** The wire form of an upstream query: RD set, CD as asked, EDNS with our payload size and DO as asked. */
export function buildUpstreamQuery(id: number, q: UpstreamQuestion): Uint8Array {
  return encodeMessage({
    id,
    flags: FLAG.RD | (q.checkingDisabled ? FLAG.CD : 0),
    questions: [{ name: q.name, type: q.type, class: q.class }],
    answers: [],
    authorities: [],
    additionals: [],
    edns: { udpSize: LIMITS.DEFAULT_EDNS_UDP, extendedRcode: 0, version: 0, flags: q.dnssecOk ? EDNS_DO : 0, options: [] },
  });
}

/** True when an answer is for this question (case-insensitive name, same type and class); error answers may omit the question. */
function answers(m: DnsMessage, q: UpstreamQuestion): boolean {
  const asked = m.questions[0];
  if (asked === undefined) return m.questions.length === 0 && messageRcode(m) !== RCODE.NOERROR && messageRcode(m) !== RCODE.NXDOMAIN;
  return m.questions.length === 1 && asked.type === q.type && asked.class === q.class && lowerName(asked.name) === q.name;
}

/** Creates the pool; sockets open on first use. */
export function createUpstreamPool(options: UpstreamPoolOptions): UpstreamPool {
  const attemptMs = options.attemptTimeoutMs ?? 1500;
  const totalMs = options.totalTimeoutMs ?? 4000;
  const downAfter = options.failuresBeforeDown ?? 3;
  const socketCount = options.udpSockets ?? 4;
  const servers = options.servers;
  const health = new Map<UpstreamServer, Health>(servers.map((s) => [s, { up: true, consecutiveFailures: 0, rttMs: 0, queries: 0, failures: 0 }]));
  const udp: { 4: { socket: Socket; waiting: Map<number, UdpWaiting> }[]; 6: { socket: Socket; waiting: Map<number, UdpWaiting> }[] } = { 4: [], 6: [] };
  const tcpChannels = new Map<UpstreamServer, StreamChannel>();
  const tlsChannels = new Map<UpstreamServer, StreamChannel>();
  let closed = false;

  function udpSockets(family: 4 | 6) {
    const list = udp[family];
    while (list.length < socketCount) {
      const socket = createSocket({ type: family === 4 ? 'udp4' : 'udp6', lookup: literalLookup });
      const waiting = new Map<number, UdpWaiting>();
      socket.on('message', (msg, rinfo) => {
        if (msg.length < 2) return;
        const w = waiting.get(msg.readUInt16BE(0));
        // Only the upstream we asked, on the port we asked, with a well-formed answer to our question.
        if (w === undefined || rinfo.port !== w.server.port || normaliseAddress(rinfo.address) !== w.server.address) return;
        const parsed = parseMessage(msg);
        if (!parsed.ok || (parsed.message.flags & FLAG.QR) === 0 || !answers(parsed.message, w.question)) return;
        waiting.delete(parsed.message.id);
        clearTimeout(w.timer);
        w.resolve(parsed.message);
      });
      socket.on('error', (err) => options.logger?.warn({ err }, 'dns upstream socket error'));
      socket.bind(0);
      socket.unref();
      list.push({ socket, waiting });
    }
    return list;
  }

  function viaUdp(server: UpstreamServer, q: UpstreamQuestion, timeoutMs: number): Promise<DnsMessage> {
    const list = udpSockets(server.family);
    const slot = list[randomInt(list.length)] ?? list[0];
    if (slot === undefined) return Promise.reject(new UpstreamError('no UDP socket'));
    let id = randomInt(0x10000);
    for (let tries = 0; slot.waiting.has(id) && tries < 16; tries++) id = randomInt(0x10000);
    if (slot.waiting.has(id)) return Promise.reject(new UpstreamError('too many queries in flight'));
    return new Promise<DnsMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        slot.waiting.delete(id);
        reject(new UpstreamError(`${server.label} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      slot.waiting.set(id, { server, question: q, resolve, reject, timer });
      slot.socket.send(buildUpstreamQuery(id, q), server.port, server.address, (err) => {
        if (err === null || err === undefined) return;
        if (slot.waiting.get(id)?.timer !== timer) return;
        slot.waiting.delete(id);
        clearTimeout(timer);
        reject(new UpstreamError(`cannot send to ${server.label}: ${err.message}`, { cause: err }));
      });
    });
  }

  async function viaStream(server: UpstreamServer, q: UpstreamQuestion, timeoutMs: number, kind: 'tcp' | 'tls'): Promise<DnsMessage> {
    const channels = kind === 'tls' ? tlsChannels : tcpChannels;
    let channel = channels.get(server);
    if (channel === undefined) {
      channel = new StreamChannel(server, { idleMs: kind === 'tls' ? 30_000 : 5_000, ...(options.tlsCa === undefined ? {} : { ca: options.tlsCa }) });
      channels.set(server, channel);
    }
    let id = randomInt(0x10000);
    while (channel.has(id)) id = randomInt(0x10000);
    const raw = await channel.exchange(id, buildUpstreamQuery(id, q), timeoutMs);
    const parsed = parseMessage(raw);
    if (!parsed.ok) throw new UpstreamError(`${server.label} sent a malformed answer: ${parsed.error}`);
    if (!answers(parsed.message, q)) throw new UpstreamError(`${server.label} answered another question`);
    return parsed.message;
  }

  async function attempt(server: UpstreamServer, q: UpstreamQuestion, timeoutMs: number): Promise<UpstreamAnswer> {
    if (server.tls !== undefined) return { message: await viaStream(server, q, timeoutMs, 'tls'), server: server.label, transport: 'tls' };
    const started = Date.now();
    const message = await viaUdp(server, q, timeoutMs);
    if ((message.flags & FLAG.TC) === 0) return { message, server: server.label, transport: 'udp' };
    const left = Math.max(1, timeoutMs - (Date.now() - started));
    return { message: await viaStream(server, q, left, 'tcp'), server: server.label, transport: 'tcp' };
  }

  function succeeded(server: UpstreamServer, rttMs: number): void {
    const h = health.get(server);
    if (h === undefined) return;
    if (!h.up) options.logger?.info({ upstream: server.label }, 'dns upstream is answering again');
    h.up = true;
    h.consecutiveFailures = 0;
    h.rttMs = h.rttMs === 0 ? rttMs : h.rttMs * 0.8 + rttMs * 0.2;
  }

  function failed(server: UpstreamServer, err: unknown): void {
    const h = health.get(server);
    if (h === undefined) return;
    h.failures++;
    h.consecutiveFailures++;
    if (h.up && h.consecutiveFailures >= downAfter) {
      h.up = false;
      options.logger?.warn({ upstream: server.label, err }, 'dns upstream marked down');
    }
  }

  async function query(q: UpstreamQuestion): Promise<UpstreamAnswer> {
    if (closed) throw new UpstreamError('the upstream pool is closed');
    if (servers.length === 0) throw new UpstreamError('no upstream resolver is configured');
    const deadline = Date.now() + totalMs;
    const up = servers.filter((s) => health.get(s)?.up !== false);
    const ranked = up.length > 0 ? [...up, ...servers.filter((s) => !up.includes(s))] : servers;
    // A lone upstream gets a second try (one lost datagram should not fail the question).
    const order = ranked.length === 1 ? [...ranked, ...ranked] : ranked;
    let fallback: UpstreamAnswer | undefined;
    let lastError: unknown;
    for (const server of order) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      const h = health.get(server);
      if (h !== undefined) h.queries++;
      const started = Date.now();
      try {
        const answer = await attempt(server, q, Math.min(attemptMs, left));
        succeeded(server, Date.now() - started);
        const rcode = messageRcode(answer.message);
        if (rcode !== RCODE.SERVFAIL && rcode !== RCODE.REFUSED) return answer;
        fallback ??= answer;
      } catch (err) {
        failed(server, err);
        lastError = err;
      }
    }
    if (fallback !== undefined) return fallback;
    throw new UpstreamError(`no upstream answered ${q.name || '.'} (${servers.map((s) => s.label).join(', ')})`, { cause: lastError });
  }

  const probe: UpstreamQuestion = { name: '', type: RR_TYPE.NS, class: RR_CLASS.IN, dnssecOk: false, checkingDisabled: false };
  const healthTimer = setInterval(() => {
    for (const server of servers) {
      if (health.get(server)?.up !== false) continue;
      const started = Date.now();
      attempt(server, probe, attemptMs).then(
        () => succeeded(server, Date.now() - started),
        () => undefined,
      );
    }
  }, options.healthCheckMs ?? 5000);
  healthTimer.unref();

  return {
    query,
    status: () =>
      servers.map((s) => {
        const h = health.get(s) ?? { up: false, consecutiveFailures: 0, rttMs: 0, queries: 0, failures: 0 };
        return { server: s.label, up: h.up, consecutiveFailures: h.consecutiveFailures, rttMs: Math.round(h.rttMs * 10) / 10, queries: h.queries, failures: h.failures };
      }),
    close: async () => {
      closed = true;
      clearInterval(healthTimer);
      for (const c of [...tcpChannels.values(), ...tlsChannels.values()]) c.close();
      for (const family of [4, 6] as const) {
        for (const { socket, waiting } of udp[family]) {
          for (const w of waiting.values()) {
            clearTimeout(w.timer);
            w.reject(new UpstreamError('the upstream pool is closed'));
          }
          waiting.clear();
          socket.close();
        }
        udp[family] = [];
      }
    },
  };
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, so IPv4 peers compare equal on dual-stack sockets. */
export function normaliseAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
