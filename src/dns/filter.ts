/**
 * The per-query flow of the DNS filter, one explicit chain (order matters):
 * 1. read the packet (drop what is not a query; FORMERR, NOTIMP, BADVERS what is broken);
 * 2. rate limit by source address, before identification, or the key would be attacker-chosen;
 * 3. identify the client (device, subnet, listener default) — the policy follows who asks;
 * 4. fallback signals (Firefox canary, iCloud Private Relay) → NXDOMAIN for everyone;
 * 5. `decideFor` the name → a blocked name gets NXDOMAIN or the block page, always with an EDE
 *    (16 Censored for illegal lists, 15 Blocked otherwise); every query type alike;
 * 6. encrypted-DNS resolver names → blocked where the `circumvention` category is blocked;
 * 7. child-friendly search for the configured groups, then safe search → CNAME to the provider's
 *    safe endpoint plus its addresses;
 * 8. otherwise the cache or the upstreams; CNAME targets in the answer are decided too.
 * Verdicts are never cached (only upstream answers are), so a policy change applies to the very
 * next query. Every answered query is handed to the event sink, which never blocks.
 */
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/log.ts';
import { type BlockAnswer, blockSoa, edeText, type ExtendedError, truncateAnswer, udpLimit, writeBlockedAnswer, writeCachedAnswer, writeErrorAnswer } from './core/answers.ts';
import { createNameSet, ENCRYPTED_DNS_NAMES, FALLBACK_SIGNAL_NAMES } from './core/circumvention.ts';
import { parseMessage } from './core/message.ts';
import { parseQuery, type QueryInfo } from './core/parse-query.ts';
import { createSafeSearchTable, safeSearchAnswer } from './core/safe-search.ts';
import { toCachedAnswer, type CachedAnswer, type CachePolicy } from './core/cached-answer.ts';
import { EDE, FLAG, LIMITS, RCODE, RR_CLASS, RR_TYPE } from './core/wire.ts';
import { type AnswerCache, cacheKey } from './cache.ts';
import { createIdentityResolver, type ListenerIdentity } from './client-identity.ts';
import { CIRCUMVENTION_CANARY, type ClientIdentity, type DnsDecision, type DnsFilterEngine, isIllegalBlock } from './policy.ts';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { createResolver } from './resolver.ts';
import type { DnsHandler, DnsTransport } from './server.ts';
import type { UpstreamPool, UpstreamQuestion } from './upstream.ts';
import { blockAddresses, type BlockSettings } from './block-settings.ts';

/** One answered query, as the event log records it. */
export interface DnsEvent {
  readonly at: number;
  readonly address: string;
  readonly client: ClientIdentity;
  readonly name: string;
  readonly type: number;
  readonly verdict: 'allow' | 'block';
  readonly category?: string;
  readonly list?: string;
  readonly rule?: string;
}

/** Receives events; must return at once (it buffers, it never waits on storage). */
export interface DnsEventSink {
  record(event: DnsEvent): void;
}

/** Everything the filter needs. */
export interface DnsFilterOptions {
  readonly engine: DnsFilterEngine;
  readonly upstream: UpstreamPool;
  readonly cache: AnswerCache;
  readonly cachePolicy: CachePolicy;
  readonly clock: Clock;
  readonly listener: ListenerIdentity;
  readonly block: BlockSettings;
  /** Groups sent to the child-friendly search engine (through the block page) instead of safe search. */
  readonly childSearchGroups?: readonly string[];
  /** Largest UDP answer we send (and advertise). */
  readonly maxUdpSize: number;
  readonly rateLimit?: RateLimitOptions;
  readonly events?: DnsEventSink;
  readonly logger?: Logger;
}

/** Counters since start. */
export interface DnsFilterStats {
  queries: number;
  blocked: number;
  safeSearch: number;
  cacheHits: number;
  forwarded: number;
  upstreamFailures: number;
  malformed: number;
  dropped: number;
  rateLimited: number;
  refused: number;
}

/** The DNS filter: a {@link DnsHandler} plus counters. */
export interface DnsFilter extends DnsHandler {
  stats(): DnsFilterStats;
  close(): void;
}

const ALLOW_ROOT: DnsDecision = { verdict: 'allow', reason: 'the root zone is not filtered' };

/** Builds the filter; see the module comment. */
export function createDnsFilter(o: DnsFilterOptions): DnsFilter {
  const scratch = Buffer.allocUnsafeSlow(LIMITS.MAX_MESSAGE + 512);
  const stats: DnsFilterStats = { queries: 0, blocked: 0, safeSearch: 0, cacheHits: 0, forwarded: 0, upstreamFailures: 0, malformed: 0, dropped: 0, rateLimited: 0, refused: 0 };
  const identities = createIdentityResolver(o.engine, o.listener);
  const unsubscribe = o.engine.onChange(() => identities.reset());
  const limiter = o.rateLimit === undefined ? undefined : createRateLimiter(o.rateLimit);
  const resolver = createResolver({ cache: o.cache, upstream: o.upstream, policy: o.cachePolicy, clock: o.clock, ...(o.logger === undefined ? {} : { logger: o.logger }) });
  const signals = new Set<string>(FALLBACK_SIGNAL_NAMES);
  const encryptedDns = createNameSet(ENCRYPTED_DNS_NAMES);
  const safeSearch = createSafeSearchTable();
  const childGroups = new Set(o.childSearchGroups ?? []);
  const soa = blockSoa(o.block.ttl, 1);
  const addresses = blockAddresses(o.block);
  const edeTexts = new Map<string, Uint8Array>();
  const servfailEde: ExtendedError = { code: EDE.NO_REACHABLE_AUTHORITY, text: edeText('upstream resolvers unreachable') };

  const textOf = (s: string): Uint8Array => {
    let t = edeTexts.get(s);
    if (t === undefined) edeTexts.set(s, (t = edeText(s)));
    return t;
  };

  function send(transport: DnsTransport, q: QueryInfo, length: number, address: string, port: number): void {
    const len = transport.kind === 'udp' ? truncateAnswer(scratch, length, q, udpLimit(q, o.maxUdpSize), o.maxUdpSize) : length;
    transport.send(scratch, len, address, port);
  }

  function sendError(packet: Uint8Array, q: QueryInfo, rcode: number, transport: DnsTransport, address: string, port: number, ede?: ExtendedError): void {
    send(transport, q, writeErrorAnswer(scratch, packet, q, rcode, o.maxUdpSize, ede), address, port);
  }

  function event(at: number, address: string, client: ClientIdentity, q: QueryInfo, verdict: 'allow' | 'block', d?: { category?: string; list?: string; rule?: string }): void {
    if (o.events === undefined) return;
    // One object shape for every event (absent fields undefined), so the hot path stays monomorphic.
    o.events.record({ at, address, client, name: q.name, type: q.type, verdict, category: d?.category, list: d?.list, rule: d?.rule });
  }

  /** Answers a blocked name: NXDOMAIN, or the block page for A/AAAA in block-page mode (NODATA for other types). */
  function block(packet: Uint8Array, q: QueryInfo, transport: DnsTransport, address: string, port: number, ede: ExtendedError, forceNx: boolean, page = false): void {
    stats.blocked++;
    const nx = forceNx || (o.block.mode === 'nxdomain' && !page);
    const addr = nx ? undefined : q.type === RR_TYPE.A ? addresses.ipv4 : q.type === RR_TYPE.AAAA ? addresses.ipv6 : undefined;
    const answer: BlockAnswer = { rcode: nx ? RCODE.NXDOMAIN : RCODE.NOERROR, ttl: o.block.ttl, soa, ede, ...(addr === undefined ? {} : { address: addr }) };
    send(transport, q, writeBlockedAnswer(scratch, packet, q, answer, o.maxUdpSize), address, port);
  }

  function blockDecision(packet: Uint8Array, q: QueryInfo, transport: DnsTransport, address: string, port: number, d: DnsDecision): void {
    const illegal = isIllegalBlock(d);
    block(packet, q, transport, address, port, { code: illegal ? EDE.CENSORED : EDE.BLOCKED, text: textOf(d.category ?? (d.rule === undefined ? 'blocked' : `rule ${d.rule}`)) }, false);
  }

  /** Replays an answer, unless a CNAME target in it is blocked for this client (then that decides). */
  function replay(packet: Uint8Array, q: QueryInfo, transport: DnsTransport, address: string, port: number, client: ClientIdentity, entry: CachedAnswer, age: number, now: number): DnsDecision | undefined {
    for (const target of entry.cnames) {
      const d = o.engine.decideFor(client, target, now);
      if (d.verdict === 'block') {
        blockDecision(packet, q, transport, address, port, d);
        return d;
      }
    }
    const len = writeCachedAnswer(scratch, packet, q, entry, age, o.maxUdpSize);
    if (len < 0) sendError(packet, q, RCODE.SERVFAIL, transport, address, port);
    else send(transport, q, len, address, port);
    return undefined;
  }

  function upstreamQuestion(q: QueryInfo, name = q.name): UpstreamQuestion {
    return { name, type: q.type, class: q.class, dnssecOk: q.dnssecOk, checkingDisabled: (q.flags & FLAG.CD) !== 0 };
  }

  function forward(packet: Buffer, q: QueryInfo, transport: DnsTransport, address: string, port: number, client: ClientIdentity, d: DnsDecision, now: number): void {
    const key = cacheKey(q.name, q.type, q.class, q.dnssecOk, (q.flags & FLAG.CD) !== 0);
    const slot = resolver.cached(key, now);
    if (slot !== undefined) {
      stats.cacheHits++;
      const blockedBy = replay(packet, q, transport, address, port, client, slot.entry, Math.floor((now - slot.storedAt) / 1000), now);
      event(now, address, client, q, blockedBy === undefined ? 'allow' : 'block', blockedBy ?? d);
      if (slot.hits >= 2) resolver.maybePrefetch(key, slot, upstreamQuestion(q), now);
      return;
    }
    const question = upstreamQuestion(q);
    stats.forwarded++;
    resolver.resolve(key, question, now).then(
      ({ entry, ageSeconds }) => {
        const blockedBy = replay(packet, q, transport, address, port, client, entry, ageSeconds, o.clock.now());
        event(now, address, client, q, blockedBy === undefined ? 'allow' : 'block', blockedBy ?? d);
      },
      (err: unknown) => {
        stats.upstreamFailures++;
        o.logger?.debug({ err, name: q.name }, 'dns upstream failed');
        sendError(packet, q, RCODE.SERVFAIL, transport, address, port, servfailEde);
        event(now, address, client, q, 'allow', d);
      },
    );
  }

  /** Answers a search or video host with a CNAME to the safe endpoint and the endpoint's records. */
  function rewrite(packet: Buffer, q: QueryInfo, transport: DnsTransport, address: string, port: number, client: ClientIdentity, target: string, rule: string, now: number): void {
    stats.safeSearch++;
    const key = `ss/${target}/${cacheKey(q.name, q.type, q.class, q.dnssecOk, (q.flags & FLAG.CD) !== 0)}`;
    const slot = resolver.cached(key, now);
    if (slot !== undefined) {
      replay(packet, q, transport, address, port, client, slot.entry, Math.floor((now - slot.storedAt) / 1000), now);
      event(now, address, client, q, 'allow', { rule });
      return;
    }
    const endpoint: UpstreamQuestion = { name: target, type: q.type, class: q.class, dnssecOk: false, checkingDisabled: false };
    resolver.resolve(resolver.keyOf(endpoint), endpoint, now).then(
      ({ entry, ageSeconds }) => {
        const parsed = parseMessage(entry.wire);
        if (!parsed.ok) throw new Error(parsed.error);
        const m = parsed.message;
        const aged = { ...m, answers: m.answers.map((r) => ({ ...r, ttl: Math.max(0, r.ttl - ageSeconds) })) };
        const answer = toCachedAnswer(safeSearchAnswer({ name: q.name, type: q.type, class: q.class }, target, aged, o.cachePolicy.maxTtl), o.cachePolicy);
        o.cache.set(key, answer, o.clock.now());
        const len = writeCachedAnswer(scratch, packet, q, answer, 0, o.maxUdpSize);
        if (len < 0) sendError(packet, q, RCODE.SERVFAIL, transport, address, port);
        else send(transport, q, len, address, port);
        event(now, address, client, q, 'allow', { rule });
      },
    ).catch((err: unknown) => {
      stats.upstreamFailures++;
      o.logger?.debug({ err, name: target }, 'dns safe-search endpoint failed');
      sendError(packet, q, RCODE.SERVFAIL, transport, address, port, servfailEde);
      event(now, address, client, q, 'allow', { rule });
    });
  }

  function handle(packet: Buffer, transport: DnsTransport, address: string, port: number): void {
    const q = parseQuery(packet);
    if (q.status === 'drop') {
      stats.dropped++;
      transport.drop();
      return;
    }
    if (q.status !== 'ok') {
      stats.malformed++;
      sendError(packet, q, q.status === 'notimp' ? RCODE.NOTIMP : q.status === 'badvers' ? RCODE.BADVERS : RCODE.FORMERR, transport, address, port);
      return;
    }
    const now = o.clock.now();
    if (limiter !== undefined && !limiter.allow(address, now)) {
      stats.rateLimited++;
      if (transport.kind === 'udp') transport.drop();
      else sendError(packet, q, RCODE.REFUSED, transport, address, port);
      return;
    }
    stats.queries++;
    if (q.class !== RR_CLASS.IN || q.type === RR_TYPE.AXFR || q.type === RR_TYPE.IXFR || q.type === RR_TYPE.MAILA || q.type === RR_TYPE.MAILB) {
      stats.refused++;
      sendError(packet, q, q.type === RR_TYPE.MAILA || q.type === RR_TYPE.MAILB ? RCODE.NOTIMP : RCODE.REFUSED, transport, address, port);
      return;
    }
    const client = identities.identify(address);
    if (signals.has(q.name)) {
      block(packet, q, transport, address, port, { code: EDE.BLOCKED, text: textOf('circumvention') }, true);
      event(now, address, client, q, 'block', { category: 'circumvention', rule: 'dns:fallback-signal' });
      return;
    }
    const d = q.name === '' ? ALLOW_ROOT : o.engine.decideFor(client, q.name, now);
    if (d.verdict === 'block') {
      blockDecision(packet, q, transport, address, port, d);
      event(now, address, client, q, 'block', d);
      return;
    }
    if (d.list === undefined && d.rule === undefined && encryptedDns.has(q.name)) {
      const c = o.engine.decideFor(client, CIRCUMVENTION_CANARY, now);
      if (c.verdict === 'block') {
        block(packet, q, transport, address, port, { code: EDE.BLOCKED, text: textOf('circumvention') }, false);
        event(now, address, client, q, 'block', { category: 'circumvention', list: 'haven:encrypted-dns', ...(c.rule === undefined ? {} : { rule: c.rule }) });
        return;
      }
    }
    if (childGroups.size > 0 && addresses.ipv4 !== undefined && safeSearch.isSearchEngine(q.name) && client.groups.some((g) => childGroups.has(g))) {
      block(packet, q, transport, address, port, { code: EDE.FILTERED, text: textOf('child-friendly search') }, false, true);
      event(now, address, client, q, 'block', { rule: 'dns:child-search' });
      return;
    }
    const level = d.safeSearch ?? 'off';
    const rw = safeSearch.rewrite(q.name, level);
    if (rw !== undefined) {
      rewrite(packet, q, transport, address, port, client, rw.target, `safe-search:${rw.engine}:${level}`, now);
      return;
    }
    forward(packet, q, transport, address, port, client, d, now);
  }

  return {
    handle,
    stats: () => ({ ...stats }),
    close: unsubscribe,
  };
}
