/**
 * The DNS filter's public surface: start it as a service around a filtering engine, or use its
 * parts (listeners, upstream pool, cache, codec) on their own in tests and benchmarks.
 */
export { startDnsService, upstreamsFor, type DnsConfig, type DnsService, type DnsServiceDeps, type DnsServiceStatus } from './service.ts';
export { createDnsFilter, type DnsEvent, type DnsEventSink, type DnsFilter, type DnsFilterOptions, type DnsFilterStats } from './filter.ts';
export { CIRCUMVENTION_CANARY, isIllegalBlock, type ClientIdentity, type DnsDecision, type DnsFilterEngine } from './policy.ts';
export { startDnsServer, type DnsHandler, type DnsServer, type DnsServerOptions, type DnsTransport } from './server.ts';
export { createUpstreamPool, UpstreamError, type UpstreamAnswer, type UpstreamPool, type UpstreamQuestion, type UpstreamStatus } from './upstream.ts';
export { parseResolvConf, parseUpstream, systemUpstreams, type UpstreamServer } from './upstream-server.ts';
export { AnswerCache, cacheKey, type CacheStats } from './cache.ts';
export { BLOCK_MODES, type BlockMode, type BlockSettings } from './block-settings.ts';
export { ENCRYPTED_DNS_NAMES, FALLBACK_SIGNAL_NAMES } from './core/circumvention.ts';
export { googleSearchDomains } from './core/safe-search.ts';
export { RR_TYPE, RCODE, EDE, rrTypeName, parseRrType, rcodeName } from './core/wire.ts';
export { createDnsEventWriter, dnsEventColumns, dnsEventRow, dnsEventRows, EVENT_SOURCES, parseDuration, purgeFilterEvents, readFilterLog, type DnsEventWriter, type EventLogOptions, type EventSource, type FilterLogEntry, type FilterLogQuery, type FilterLogResult } from './event-log.ts';
export { registerDnsStatusRoute, registerFilterLogRoutes, sinceOf } from './http.ts';
