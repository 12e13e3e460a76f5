/**
 * A DNS exchange over a byte stream (TCP, or TLS for DNS over TLS): two-octet length framing
 * (RFC 1035 4.2.2), several queries in flight on one connection matched by id (pipelining,
 * RFC 7766 §6.2.1), connection made on first use and closed when idle. A connection that fails
 * or closes rejects every query still waiting, so the pool can try the next upstream.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { AppError } from '../platform/errors.ts';
import type { UpstreamServer } from './upstream-server.ts';

interface Waiting {
  resolve(answer: Buffer): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/** Options of a {@link StreamChannel}. */
export interface StreamChannelOptions {
  /** Close the connection after this long with nothing in flight. */
  readonly idleMs: number;
  /** Extra trust anchors for DNS over TLS (tests use a private CA). */
  readonly ca?: string | Buffer;
}

/** One stream connection to one upstream; see the module comment. */
export class StreamChannel {
  private socket: Socket | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private pending: Buffer = Buffer.alloc(0);
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly server: UpstreamServer, private readonly options: StreamChannelOptions) {}

  /** Sends a query (its id must be unique among those in flight here) and resolves with the raw answer. */
  exchange(id: number, query: Uint8Array, timeoutMs: number): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      if (this.waiting.has(id)) {
        reject(new AppError('dns.upstream_busy', 'unavailable', `query id ${id} already in flight to ${this.server.label}`));
        return;
      }
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new AppError('dns.upstream_timeout', 'unavailable', `${this.server.label} did not answer within ${timeoutMs} ms`));
        this.armIdle();
      }, timeoutMs);
      this.waiting.set(id, { resolve, reject, timer });
      if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
      this.idleTimer = undefined;
      const frame = Buffer.allocUnsafe(query.length + 2);
      frame.writeUInt16BE(query.length, 0);
      frame.set(query, 2);
      this.connection().write(frame);
    });
  }

  /** Ids in flight (the pool picks a free one). */
  has(id: number): boolean {
    return this.waiting.has(id);
  }

  /** Closes the connection and rejects everything waiting. */
  close(): void {
    this.fail(new AppError('dns.upstream_closed', 'unavailable', `connection to ${this.server.label} closed`));
  }

  private connection(): Socket {
    if (this.socket !== undefined && !this.socket.destroyed) return this.socket;
    const { server } = this;
    const socket =
      server.tls === undefined
        ? netConnect({ host: server.address, port: server.port, noDelay: true })
        : tlsConnect({ host: server.address, port: server.port, servername: server.tls.servername, ALPNProtocols: ['dot'], ...(this.options.ca === undefined ? {} : { ca: this.options.ca }) });
    socket.setNoDelay(true);
    this.socket = socket;
    this.pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    const lost = (err?: Error) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.fail(new AppError('dns.upstream_closed', 'unavailable', `connection to ${server.label} ${err === undefined ? 'closed' : `failed: ${err.message}`}`, err === undefined ? {} : { cause: err }));
    };
    socket.on('error', lost);
    socket.on('close', () => lost());
    return socket;
  }

  private onData(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 2) {
      const len = this.pending.readUInt16BE(0);
      if (this.pending.length < 2 + len) break;
      const message = this.pending.subarray(2, 2 + len);
      this.pending = this.pending.subarray(2 + len);
      if (len < 2) continue;
      const id = message.readUInt16BE(0);
      const w = this.waiting.get(id);
      if (w === undefined) continue;
      this.waiting.delete(id);
      clearTimeout(w.timer);
      w.resolve(Buffer.from(message));
    }
    this.armIdle();
  }

  private armIdle(): void {
    if (this.waiting.size > 0 || this.socket === undefined || this.idleTimer !== undefined) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.waiting.size === 0) {
        const s = this.socket;
        this.socket = undefined;
        s?.end();
        s?.destroy();
      }
    }, this.options.idleMs);
    this.idleTimer.unref();
  }

  private fail(err: Error): void {
    const s = this.socket;
    this.socket = undefined;
    s?.destroy();
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of all) {
      clearTimeout(w.timer);
      w.reject(err);
    }
  }
}
