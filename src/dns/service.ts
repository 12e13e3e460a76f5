/**
 * The DNS filter as one running service: upstream pool (configured upstreams, or the system's
 * resolvers from /etc/resolv.conf), answer cache, filter and listeners, built from the `dns`
 * configuration slice around a filtering engine.
 */
import type { BatchWriterStats } from '../platform/batch-writer.ts';
import type { Clock } from '../platform/clock.ts';
import type { HavenConfig } from '../platform/config/index.ts';
import type { Logger } from '../platform/log.ts';
import { AnswerCache, type CacheStats } from './cache.ts';
import { createDnsFilter, type DnsEventSink, type DnsFilter, type DnsFilterStats } from './filter.ts';
import type { DnsFilterEngine } from './policy.ts';
import { type DnsServer, startDnsServer } from './server.ts';
import { createUpstreamPool, type UpstreamPool, type UpstreamStatus } from './upstream.ts';
import { parseUpstream, systemUpstreams, type UpstreamServer } from './upstream-server.ts';

/** The `dns` configuration slice. */
export type DnsConfig = HavenConfig['dns'];

/** What a DNS service needs besides its configuration. */
export interface DnsServiceDeps {
  readonly config: DnsConfig;
  readonly engine: DnsFilterEngine;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events?: DnsEventSink & { stats?(): BatchWriterStats };
  /** Resolvers to use when none is configured; default: /etc/resolv.conf. */
  readonly systemResolvers?: () => UpstreamServer[];
  /** Extra trust anchors for DNS over TLS upstreams (tests). */
  readonly tlsCa?: string | Buffer;
}

/** The service's state for status pages. */
export interface DnsServiceStatus {
  readonly listening: string;
  readonly filter: DnsFilterStats;
  readonly cache: CacheStats;
  readonly upstreams: UpstreamStatus[];
  readonly tcpConnections: number;
  /** The event queue: written, queued, and dropped because the database was too slow or down. */
  readonly events?: BatchWriterStats;
}

/** A running DNS filter. */
export interface DnsService {
  readonly host: string;
  readonly port: number;
  readonly filter: DnsFilter;
  readonly upstream: UpstreamPool;
  readonly cache: AnswerCache;
  status(): DnsServiceStatus;
  close(): Promise<void>;
}

/** The upstreams to use: the configured ones, else the system's (minus this listener itself, which would loop). */
export function upstreamsFor(config: DnsConfig, system: () => UpstreamServer[]): UpstreamServer[] {
  if (config.upstreams.length > 0) return config.upstreams.map(parseUpstream);
  return system().filter((s) => !(s.port === config.port && (s.address === config.host || config.host === '0.0.0.0' || config.host === '::')));
}

/** Starts upstream pool, cache, filter and listeners; the port is taken before anything is answered. */
export async function startDnsService(deps: DnsServiceDeps): Promise<DnsService> {
  const { config, logger } = deps;
  const servers = upstreamsFor(config, deps.systemResolvers ?? (() => systemUpstreams()));
  if (servers.length === 0) logger.warn('no DNS upstream is configured and /etc/resolv.conf names none: allowed names will get SERVFAIL (use --dns-upstream)');
  const upstream = createUpstreamPool({
    servers,
    attemptTimeoutMs: config.upstreamTimeoutMs,
    totalTimeoutMs: Math.max(config.upstreamTimeoutMs * 2, config.upstreamTimeoutMs + 1000),
    logger,
    ...(deps.tlsCa === undefined ? {} : { tlsCa: deps.tlsCa }),
  });
  const cache = new AnswerCache({ maxEntries: config.cache.maxEntries, maxBytes: config.cache.maxBytes, prefetchAfterHits: config.cache.prefetchAfterHits });
  const filter = createDnsFilter({
    engine: deps.engine,
    upstream,
    cache,
    cachePolicy: { maxTtl: config.cache.maxTtl, maxNegativeTtl: config.cache.maxNegativeTtl },
    clock: deps.clock,
    listener: {
      subnets: config.subnets,
      ...(config.defaultGroup === undefined ? {} : { defaultGroup: config.defaultGroup }),
      ...(config.schoolId === undefined ? {} : { schoolId: config.schoolId }),
    },
    block: { mode: config.blockMode, ttl: config.blockTtl, ...config.blockPage },
    childSearchGroups: config.childSearchGroups,
    maxUdpSize: config.maxUdpSize,
    rateLimit: config.rateLimit,
    logger,
    ...(deps.events === undefined ? {} : { events: deps.events }),
  });
  let server: DnsServer;
  try {
    server = await startDnsServer(
      { host: config.host, port: config.port, maxTcpConnections: config.tcp.maxConnections, tcpIdleMs: config.tcp.idleMs, udpReceiveBuffer: 4 * 1024 * 1024, logger },
      filter,
    );
  } catch (err) {
    filter.close();
    await upstream.close();
    throw err;
  }
  logger.info({ dns: `${server.host}:${server.port}`, upstreams: servers.map((s) => s.label) }, 'dns filter listening');
  return {
    host: server.host,
    port: server.port,
    filter,
    upstream,
    cache,
    status: () => {
      const events = deps.events?.stats?.();
      return {
        listening: `${server.host}:${server.port}`,
        filter: filter.stats(),
        cache: cache.stats(),
        upstreams: upstream.status(),
        tcpConnections: server.tcpConnections(),
        ...(events === undefined ? {} : { events }),
      };
    },
    close: async () => {
      filter.close();
      await server.close();
      await upstream.close();
    },
  };
}
