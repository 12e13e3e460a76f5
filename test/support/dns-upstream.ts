/**
 * A tiny DNS server for tests, on 127.0.0.1 with a free port (UDP and TCP): it stands in for
 * the upstream resolver so nothing leaves the machine. It answers from a table of names, gives
 * every other name an A record (127.0.0.10, TTL 300, like the benchmark's upstream), counts what
 * it is asked, and can be told to stay silent, fail or truncate.
 */
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { encodeMessage } from '../../src/dns/core/encode-message.ts';
import { type DnsMessage, type DnsRecord, parseMessage } from '../../src/dns/core/message.ts';
import { aRecord, soaRecord } from '../../src/dns/core/testing.ts';
import { RCODE, RR_TYPE } from '../../src/dns/core/wire.ts';

/** How the stub answers one name. */
export interface StubAnswer {
  readonly rcode?: number;
  readonly answers?: DnsRecord[];
  readonly authorities?: DnsRecord[];
}

/** A running stub upstream. */
export interface StubUpstream {
  readonly port: number;
  /** `ip:port`, for `--dns-upstream`. */
  readonly address: string;
  /** Questions received (`name/TYPE/transport`), in order. */
  readonly asked: string[];
  /** The last query as parsed (to check flags and EDNS). */
  lastQuery: DnsMessage | undefined;
  /** Answers by lower-case name (any type unless `name/TYPE` is given). */
  readonly table: Map<string, StubAnswer>;
  /** `answer` (default), `silent` (never answers), `servfail`. */
  mode: 'answer' | 'silent' | 'servfail';
  /** Over UDP, answers larger than this are sent truncated (TC) with no records. */
  udpLimit: number;
  close(): Promise<void>;
}

/** The endpoints safe search rewrites to, with documented-looking addresses. */
export const SAFE_ENDPOINTS: Record<string, string> = {
  'forcesafesearch.google.com': '216.239.38.120',
  'restrict.youtube.com': '216.239.38.120',
  'restrictmoderate.youtube.com': '216.239.38.119',
  'strict.bing.com': '204.79.197.220',
  'safe.duckduckgo.com': '52.142.124.215',
};

function answerFor(stub: StubUpstream, query: DnsMessage): DnsMessage {
  const q = query.questions[0];
  const base = { id: query.id, questions: query.questions, additionals: [] as DnsRecord[] };
  const edns = query.edns === undefined ? {} : { edns: { udpSize: 1232, extendedRcode: 0, version: 0, flags: 0, options: [] } };
  if (q === undefined) return { ...base, flags: 0x8181, answers: [], authorities: [], ...edns };
  if (stub.mode === 'servfail') return { ...base, flags: 0x8182, answers: [], authorities: [], ...edns };
  const name = q.name.toLowerCase();
  const typed = stub.table.get(`${name}/${q.type}`) ?? stub.table.get(name);
  const safe = SAFE_ENDPOINTS[name];
  const found: StubAnswer =
    typed ??
    (safe !== undefined && q.type === RR_TYPE.A
      ? { answers: [aRecord(q.name, safe, 300)] }
      : q.type === RR_TYPE.A
        ? { answers: [aRecord(q.name, '127.0.0.10', 300)] }
        : { authorities: [soaRecord('example', 300, 60)] });
  return { ...base, flags: 0x8180 | ((found.rcode ?? RCODE.NOERROR) & 0xf), answers: found.answers ?? [], authorities: found.authorities ?? [], ...edns };
}

/**
 * Starts the stub on 127.0.0.1 (a free port, the same for UDP and TCP). The TCP twin of a free
 * UDP port can be taken by another test's socket: then it tries another pair.
 */
export async function startStubUpstream(): Promise<StubUpstream> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startStubUpstreamOnce();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 10) throw err;
    }
  }
}

async function startStubUpstreamOnce(): Promise<StubUpstream> {
  const udp = createSocket('udp4');
  udp.bind(0, '127.0.0.1');
  await once(udp, 'listening');
  const port = (udp.address() as AddressInfo).port;
  const sockets = new Set<Socket>();
  const stub: StubUpstream = {
    port,
    address: `127.0.0.1:${port}`,
    asked: [],
    lastQuery: undefined,
    table: new Map(),
    mode: 'answer',
    udpLimit: 1232,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([new Promise<void>((r) => udp.close(() => r())), new Promise<void>((r) => tcp.close(() => r()))]);
    },
  };
  const note = (m: DnsMessage, transport: string): void => {
    const q = m.questions[0];
    stub.asked.push(`${(q?.name ?? '').toLowerCase()}/${q?.type ?? 0}/${transport}`);
    stub.lastQuery = m;
  };
  udp.on('message', (msg, rinfo) => {
    const parsed = parseMessage(msg);
    if (!parsed.ok) return;
    note(parsed.message, 'udp');
    if (stub.mode === 'silent') return;
    let wire = encodeMessage(answerFor(stub, parsed.message));
    if (wire.length > stub.udpLimit) {
      const cut = answerFor(stub, parsed.message);
      wire = encodeMessage({ ...cut, flags: cut.flags | 0x0200, answers: [], authorities: [] });
    }
    udp.send(wire, rinfo.port, rinfo.address);
  });
  const tcp = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buf = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        const msg = buf.subarray(2, 2 + buf.readUInt16BE(0));
        buf = buf.subarray(2 + msg.length);
        const parsed = parseMessage(msg);
        if (!parsed.ok) continue;
        note(parsed.message, 'tcp');
        if (stub.mode === 'silent') continue;
        const wire = encodeMessage(answerFor(stub, parsed.message));
        const frame = Buffer.alloc(2 + wire.length);
        frame.writeUInt16BE(wire.length, 0);
        frame.set(wire, 2);
        socket.write(frame);
      }
    });
  });
  tcp.listen(port, '127.0.0.1');
  try {
    await once(tcp, 'listening');
  } catch (err) {
    udp.close();
    throw err;
  }
  return stub;
}
