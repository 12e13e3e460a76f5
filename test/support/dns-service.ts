/**
 * Starts the real DNS service for an integration test: a stub upstream on loopback, a filtering
 * engine over a small school's policy (built from the filtering core), the listeners on a free
 * port. Staff have a registered device at 127.0.0.2; everyone else is a learner by default.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DnsConfig, type DnsEvent, type DnsService, startDnsService } from '../../src/dns/index.ts';
import { buildList, buildSchoolGroups } from '../../src/filtering/core/testing.ts';
import { createManualClock, type ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import { createLogger } from '../../src/platform/log.ts';
import { startStubUpstream, type StubUpstream } from './dns-upstream.ts';
import { createStaticFilterEngine, type StaticFilterEngine } from './static-filter-engine.ts';

/** A running DNS filter with its upstream, engine, clock and captured events. */
export interface TestDns {
  readonly dns: DnsService;
  readonly port: number;
  readonly engine: StaticFilterEngine;
  readonly upstream: StubUpstream;
  readonly clock: ManualClock;
  readonly events: DnsEvent[];
  close(): Promise<void>;
}

/** The lists every DNS test shares. */
export const TEST_LISTS = [
  buildList('iwf', 'child-abuse', ['abuse.example']),
  buildList('adult', 'pornography', ['porn.example']),
  buildList('social', 'social-media', ['social.example']),
  buildList('malware', 'malware', ['bral.com']),
];

/** Starts a DNS filter; `config` overrides the `dns` slice (upstreams default to the stub). */
export async function startTestDns(options: { config?: Partial<DnsConfig>; upstream?: StubUpstream; tlsCa?: string } = {}): Promise<TestDns> {
  const upstream = options.upstream ?? (await startStubUpstream());
  const clock = createManualClock('2026-09-07T09:00:00Z');
  const engine = createStaticFilterEngine({
    schoolId: 'school-1',
    lists: TEST_LISTS,
    groups: buildSchoolGroups(),
    devices: [{ address: '127.0.0.2', deviceId: 'laptop-1', personId: 'p-staff', groups: ['staff'] }],
  });
  const base = loadConfig({ flags: { dnsPort: 0, dnsUpstream: [upstream.address] }, env: {}, cwd: mkdtempSync(join(tmpdir(), 'haven-dns-')) }).dns;
  const events: DnsEvent[] = [];
  const dns = await startDnsService({
    config: { ...base, ...options.config },
    engine,
    clock,
    logger: createLogger({ level: 'silent' }),
    events: { record: (e) => void events.push(e) },
    systemResolvers: () => [],
    ...(options.tlsCa === undefined ? {} : { tlsCa: options.tlsCa }),
  });
  return {
    dns,
    port: dns.port,
    engine,
    upstream,
    clock,
    events,
    close: async () => {
      await dns.close();
      await upstream.close();
    },
  };
}
