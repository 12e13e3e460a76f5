/**
 * A DNS client for tests: sends wire queries over UDP (optionally from another loopback source
 * address, like `dig -b 127.0.0.x`) or TCP and parses the answers with the codec.
 */
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import { type DnsMessage, parseMessage } from '../../src/dns/core/message.ts';
import { buildQuery, type QueryOptions } from '../../src/dns/core/testing.ts';
import { RR_TYPE } from '../../src/dns/core/wire.ts';

/** Sends raw octets over UDP and resolves with the raw answer, or undefined after `timeoutMs`. */
export async function udpExchange(port: number, packet: Uint8Array, options: { from?: string; timeoutMs?: number } = {}): Promise<Buffer | undefined> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, options.from ?? '127.0.0.1', resolve));
  try {
    return await new Promise<Buffer | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), options.timeoutMs ?? 2000);
      socket.on('message', (msg) => {
        clearTimeout(timer);
        resolve(msg);
      });
      socket.send(packet, port, '127.0.0.1');
    });
  } finally {
    socket.close();
  }
}

/** Asks `name`/`type` over UDP and parses the answer (throws on silence or a malformed answer). */
export async function ask(port: number, name: string, type: number = RR_TYPE.A, options: QueryOptions & { from?: string; timeoutMs?: number } = {}): Promise<DnsMessage> {
  const raw = await udpExchange(port, buildQuery(name, type, options), options);
  if (raw === undefined) throw new Error(`no answer for ${name} from 127.0.0.1:${port}`);
  const parsed = parseMessage(raw);
  if (!parsed.ok) throw new Error(`malformed answer for ${name}: ${parsed.error}`);
  return parsed.message;
}

/** Sends several framed queries in one write over one TCP connection and collects as many answers. */
export async function tcpExchange(port: number, packets: readonly Uint8Array[], timeoutMs = 3000): Promise<DnsMessage[]> {
  const socket = connect({ host: '127.0.0.1', port });
  const answers: DnsMessage[] = [];
  try {
    return await new Promise<DnsMessage[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${answers.length} of ${packets.length} TCP answers`)), timeoutMs);
      let buf = Buffer.alloc(0);
      socket.on('error', reject);
      socket.on('data', (chunk: Buffer) => {
        buf = Buffer.concat([buf, chunk]);
        while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          const parsed = parseMessage(buf.subarray(2, 2 + buf.readUInt16BE(0)));
          buf = buf.subarray(2 + buf.readUInt16BE(0));
          if (!parsed.ok) return reject(new Error(parsed.error));
          answers.push(parsed.message);
          if (answers.length === packets.length) {
            clearTimeout(timer);
            resolve(answers);
          }
        }
      });
      const frames = packets.map((p) => {
        const f = Buffer.alloc(p.length + 2);
        f.writeUInt16BE(p.length, 0);
        f.set(p, 2);
        return f;
      });
      socket.write(Buffer.concat(frames));
    });
  } finally {
    socket.destroy();
  }
}
