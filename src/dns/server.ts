/**
 * The DNS listeners: one UDP socket and one TCP server on the same address and port. UDP hands
 * each datagram to the handler; TCP reads two-octet length-framed messages (RFC 1035 4.2.2),
 * answers them in whatever order they complete (pipelining, RFC 7766 §6.2.1), closes idle
 * connections, caps connections and queries in flight per connection, and drops a connection
 * whose framing is broken. Nothing here understands DNS beyond the framing: see {@link DnsHandler}.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { once } from 'node:events';
import { isIP, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { AppError } from '../platform/errors.ts';
import type { Logger } from '../platform/log.ts';

/** Where an answer goes back to: the UDP socket, or one TCP connection. */
export interface DnsTransport {
  readonly kind: 'udp' | 'tcp';
  /** Sends `bytes[0 .. length)` to the client (copied before returning, so `bytes` may be reused). */
  send(bytes: Buffer, length: number, address: string, port: number): void;
  /** Says a query will get no answer (a dropped packet), so TCP stops waiting for it. */
  drop(): void;
}

/** Answers one query: calls `transport.send` or `transport.drop` exactly once, now or later. */
export interface DnsHandler {
  handle(packet: Buffer, transport: DnsTransport, address: string, port: number): void;
}

/** Listener settings. */
export interface DnsServerOptions {
  readonly host: string;
  /** 0 picks a free port (UDP first, then TCP on the same number). */
  readonly port: number;
  readonly maxTcpConnections?: number;
  readonly tcpIdleMs?: number;
  /** Queries one TCP connection may have unanswered before we stop reading from it. */
  readonly tcpMaxInFlight?: number;
  /** SO_RCVBUF for the UDP socket (the kernel caps it at net.core.rmem_max). */
  readonly udpReceiveBuffer?: number;
  readonly logger?: Logger;
}

/** Running listeners. */
export interface DnsServer {
  readonly host: string;
  readonly port: number;
  /** Open TCP connections now. */
  tcpConnections(): number;
  close(): Promise<void>;
}

/**
 * Starts UDP and TCP listeners; a taken port is an `AppError` with code `dns.port_unavailable`.
 * Port 0 takes a free UDP port and the same number for TCP; when that TCP port happens to be
 * taken by something else, it tries another pair rather than failing.
 */
export async function startDnsServer(options: DnsServerOptions, handler: DnsHandler): Promise<DnsServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startDnsServerOnce(options, handler);
    } catch (err) {
      if (options.port !== 0 || attempt >= 10 || !(err instanceof AppError) || err.code !== 'dns.port_unavailable') throw err;
    }
  }
}

async function startDnsServerOnce(options: DnsServerOptions, handler: DnsHandler): Promise<DnsServer> {
  const v6 = isIP(options.host) === 6;
  const udp = createSocket({ type: v6 ? 'udp6' : 'udp4', ipv6Only: false, lookup: literalLookup });
  const udpTransport: DnsTransport = {
    kind: 'udp',
    send: (bytes, length, address, port) => {
      // A copy: dgram may queue the buffer, and `bytes` is the filter's scratch.
      const out = Buffer.allocUnsafe(length);
      bytes.copy(out, 0, 0, length);
      udp.send(out, port, address);
    },
    drop: () => undefined,
  };
  udp.on('message', (msg, rinfo) => handler.handle(msg, udpTransport, rinfo.address, rinfo.port));
  udp.on('error', (err) => options.logger?.warn({ err }, 'dns udp socket error'));
  await bindUdp(udp, options.host, options.port);
  if (options.udpReceiveBuffer !== undefined) {
    try {
      udp.setRecvBufferSize(options.udpReceiveBuffer);
    } catch {
      // The kernel refused the size; the default is still usable.
    }
  }
  const port = (udp.address() as AddressInfo).port;

  const connections = new Set<Socket>();
  const tcp = createServer({ noDelay: true }, (socket) => serveTcp(socket, handler, options, connections));
  tcp.maxConnections = options.maxTcpConnections ?? 256;
  try {
    await listenTcp(tcp, options.host, port);
  } catch (err) {
    udp.close();
    throw err;
  }

  return {
    host: options.host,
    port,
    tcpConnections: () => connections.size,
    close: async () => {
      for (const c of connections) c.destroy();
      await Promise.all([new Promise<void>((resolve) => udp.close(() => resolve())), new Promise<void>((resolve) => tcp.close(() => resolve()))]);
    },
  };
}

/**
 * dgram resolves every destination through `dns.lookup`, which answers an IP literal on the next
 * tick; our destinations are always the literal a datagram came from, so answer at once.
 */
export function literalLookup(address: string, family: unknown, callback: (err: Error | null, address: string, family: number) => void): void {
  callback(null, address, isIP(address) === 6 ? 6 : 4);
}

function portError(host: string, port: number, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'EADDRINUSE' ? 'in use by another program' : code === 'EACCES' ? 'permission denied; ports below 1024 need root or CAP_NET_BIND_SERVICE' : String(code);
  return new AppError('dns.port_unavailable', 'unavailable', `cannot listen for DNS on ${host}:${port} (${why}): choose another port with --dns-port`, { cause: err });
}

async function bindUdp(udp: UdpSocket, host: string, port: number): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      udp.once('error', reject);
      udp.bind({ address: host, port, exclusive: true }, () => {
        udp.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    udp.close();
    throw portError(host, port, err);
  }
}

async function listenTcp(server: Server, host: string, port: number): Promise<void> {
  server.listen({ host, port, exclusive: true });
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([err]) => Promise.reject(err))]);
  } catch (err) {
    throw portError(host, port, err);
  }
}

function serveTcp(socket: Socket, handler: DnsHandler, options: DnsServerOptions, connections: Set<Socket>): void {
  connections.add(socket);
  const maxInFlight = options.tcpMaxInFlight ?? 64;
  const address = socket.remoteAddress ?? '';
  const port = socket.remotePort ?? 0;
  let inFlight = 0;
  let buffered: Buffer = Buffer.alloc(0);
  let open = true;
  socket.setTimeout(options.tcpIdleMs ?? 10_000, () => socket.destroy());
  socket.on('error', () => socket.destroy());
  socket.on('close', () => {
    open = false;
    connections.delete(socket);
  });
  const settled = (): void => {
    inFlight--;
    if (inFlight < maxInFlight && socket.isPaused()) socket.resume();
  };
  const transport: DnsTransport = {
    kind: 'tcp',
    drop: settled,
    send: (bytes, length) => {
      settled();
      if (!open) return;
      const frame = Buffer.allocUnsafe(length + 2);
      frame.writeUInt16BE(length, 0);
      bytes.copy(frame, 2, 0, length);
      socket.write(frame);
    },
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    while (buffered.length >= 2) {
      const len = buffered.readUInt16BE(0);
      // A zero-length or header-less message cannot be a query: the stream is not DNS.
      if (len < 12) {
        socket.destroy();
        return;
      }
      if (buffered.length < 2 + len) break;
      const message = Buffer.from(buffered.subarray(2, 2 + len));
      buffered = buffered.subarray(2 + len);
      inFlight++;
      if (inFlight >= maxInFlight) socket.pause();
      handler.handle(message, transport, address, port);
    }
  });
}
