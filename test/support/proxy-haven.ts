/**
 * A Haven with its web proxy for integration tests: a fresh database of one dialect, the HTTP
 * app on a free port, a stub DNS upstream that points the test's names at 127.0.0.1, a loopback
 * origin (HTTP and HTTPS), and the proxy started through main/'s own wiring (block actions,
 * credentials, monitoring's search sink) with private destinations allowed (everything here is
 * loopback).
 */
import { aRecord } from '../../src/dns/core/testing.ts';
import type { FilterEventWriter } from '../../src/filtering/index.ts';
import { startWebProxy } from '../../src/main/start.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import type { Dialect } from '../../src/platform/db/index.ts';
import { createProxyEventWriter, type ProxyEvent, type ProxyService, type ProxySettings } from '../../src/proxy/index.ts';
import { startStubUpstream, type StubUpstream } from './dns-upstream.ts';
import { startTestOrigin, type TestOrigin } from './proxy-origin.ts';

/** Everything a proxy test drives. */
export interface ProxyHaven extends TestHaven {
  readonly proxy: ProxyService;
  readonly origin: TestOrigin;
  readonly upstream: StubUpstream;
  readonly events: FilterEventWriter<ProxyEvent>;
  /** Restarts the proxy with other settings (e.g. after creating the CA). */
  restartProxy(settings?: Partial<ProxySettings>): Promise<ProxyService>;
}

/** Starts it; `names` resolve to 127.0.0.1 and get certificates on the origin. */
export async function startProxyHaven(dialect: Dialect, names: readonly string[], settings: Partial<ProxySettings> = {}): Promise<ProxyHaven> {
  const t = await startTestHaven(dialect);
  const upstream = await startStubUpstream();
  for (const n of names) upstream.table.set(n, { answers: [aRecord(n, '127.0.0.1')] });
  const origin = await startTestOrigin(names);
  const events = createProxyEventWriter({ database: t.haven.database, options: { maxQueue: 10_000, batchSize: 100, flushMs: 20 } });
  const start = (s: Partial<ProxySettings>) =>
    startWebProxy(t.haven, events, { settings: { port: 0, allowPrivate: true, connectPorts: [origin.httpsPort, 443], ...s }, dnsUpstreams: [upstream.address], upstreamCa: [origin.caPem] });
  let proxy = await start(settings);
  const harness: ProxyHaven = {
    ...t,
    get proxy() {
      return proxy;
    },
    origin,
    upstream,
    events,
    restartProxy: async (s = settings) => {
      await proxy.close();
      proxy = await start(s);
      return proxy;
    },
    close: async () => {
      await proxy.close();
      await events.close();
      await origin.close();
      await upstream.close();
      await t.close();
    },
  };
  return harness;
}
