import type { AddressInfo } from 'node:net';
import { createDnsEventWriter, type DnsEventWriter, type DnsService, registerDnsStatusRoute, startDnsService } from '../dns/index.ts';
import { issueSetupToken, isSetupNeeded, verifyProxyCredentials } from '../identity/index.ts';
import { createBlockTokens, createProxyEventWriter, loadActiveAuthority, type ProxyEvent, type ProxyService, type ProxySettings, startProxyService } from '../proxy/index.ts';
import type { FilterEventWriter } from '../filtering/index.ts';
import type { Clock } from '../platform/clock.ts';
import { flagFor, type HavenConfig } from '../platform/config/index.ts';
import { AppError } from '../platform/errors.ts';
import type { HavenApp } from '../platform/http/index.ts';
import type { Logger } from '../platform/log.ts';
import { createScheduler, type Scheduler } from '../platform/scheduler.ts';
import { type Haven, openHaven } from './app.ts';
import { buildHttpApp } from './http.ts';
import { registerMaintenanceJobs } from './jobs.ts';
import { createBlockActions } from './block-actions.ts';
import { registerProxyStatusRoute } from '../proxy/index.ts';

/** A running Haven process and how to reach and stop it. */
export interface RunningHaven {
  haven: Haven;
  app: HavenApp | undefined;
  /** Base URL of the dashboard and API, when this role serves HTTP. */
  url: string | undefined;
  /** One-time link that creates the first administrator, while setup is needed. */
  setupUrl: string | undefined;
  scheduler: Scheduler;
  /** The DNS filter, in the `all` and `filter` roles. */
  dns: DnsService | undefined;
  /** The web proxy, in the `all` and `filter` roles. */
  proxy: ProxyService | undefined;
  close(): Promise<void>;
}

/**
 * Starts Haven in the configured role: `all` serves the API and dashboard and runs the DNS
 * filter and the web proxy, `api` only the former, `filter` only the latter two.
 * Configuration was validated before this is called; the database opens before any port, the
 * HTTP port before the DNS port before the proxy port, and a taken port is reported with the
 * flag that moves it.
 */
export async function startHaven(config: HavenConfig, options: { clock?: Clock; logger?: Logger } = {}): Promise<RunningHaven> {
  const haven = await openHaven(config, options);
  const scheduler = createScheduler({ db: haven.database.db, clock: haven.clock, logger: haven.logger });
  let app: HavenApp | undefined;
  let dns: DnsService | undefined;
  let dnsEvents: DnsEventWriter | undefined;
  let proxy: ProxyService | undefined;
  let proxyEvents: FilterEventWriter<ProxyEvent> | undefined;
  try {
    registerMaintenanceJobs(scheduler, haven);
    if (config.role !== 'filter') {
      app = await buildHttpApp(haven);
      registerDnsStatusRoute(app, () => dns?.status());
      registerProxyStatusRoute(app, () => proxy?.status());
      await listen(app, config.http.host, config.http.port, 'http.port');
    }
    if (config.role !== 'api') {
      dnsEvents = createDnsEventWriter({ database: haven.database, options: config.events, logger: haven.logger });
      dns = await startDnsService({ config: config.dns, engine: haven.filtering, clock: haven.clock, logger: haven.logger, events: dnsEvents });
    }
    if (config.role !== 'api') {
      proxyEvents = createProxyEventWriter({ database: haven.database, options: config.events, logger: haven.logger });
      proxy = await startWebProxy(haven, proxyEvents);
    }
  } catch (err) {
    await proxy?.close();
    await proxyEvents?.close();
    await dns?.close();
    await dnsEvents?.close();
    await app?.close();
    await haven.close();
    throw err;
  }
  let url: string | undefined;
  let setupUrl: string | undefined;
  if (app !== undefined) {
    const address = app.server.address() as AddressInfo;
    const scheme = config.tls.cert ? 'https' : 'http';
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    url = config.http.publicUrl?.replace(/\/$/, '') ?? `${scheme}://${host}:${address.port}`;
    if (await isSetupNeeded(haven.database.db)) {
      setupUrl = `${url}/setup?token=${await issueSetupToken(haven.identity)}`;
    }
  }
  scheduler.start();
  const running: RunningHaven = {
    haven,
    app,
    url,
    setupUrl,
    scheduler,
    dns,
    proxy,
    close: async () => {
      scheduler.stop();
      await proxy?.close();
      await proxyEvents?.close();
      await dns?.close();
      await dnsEvents?.close();
      await app?.close();
      await haven.close();
    },
  };
  return running;
}

/**
 * Starts the web proxy on its port, with the school CA when TLS inspection is configured for
 * some group, identity's credential check for proxy sign-in, the block page's actions and
 * monitoring's search sink.
 */
export async function startWebProxy(
  haven: Haven,
  events: FilterEventWriter<ProxyEvent>,
  overrides: { settings?: Partial<ProxySettings>; dnsUpstreams?: readonly string[]; upstreamCa?: readonly string[] } = {},
): Promise<ProxyService> {
  const config = { ...haven.config, proxy: { ...haven.config.proxy, ...overrides.settings } };
  const authority = config.proxy.inspection.groups.length > 0 ? await loadActiveAuthority(haven.database.db, haven.masterKey) : undefined;
  if (config.proxy.inspection.groups.length > 0 && authority === undefined) haven.logger.warn('TLS inspection is configured but there is no school CA: create one with `haven ca create`; HTTPS is filtered by host until then');
  try {
    return await startProxyService({
      settings: config.proxy,
      dnsUpstreams: overrides.dnsUpstreams ?? config.dns.upstreams,
      upstreamCa: overrides.upstreamCa,
      engine: haven.filtering,
      clock: haven.clock,
      logger: haven.logger,
      events,
      tokens: createBlockTokens(haven.masterKey),
      searches: haven.searches,
      credentials: async (input) => verifyProxyCredentials(haven.identity, input),
      blockActions: createBlockActions(haven),
      authority,
    });
  } catch (err) {
    throw portUnavailable(err, config.proxy.host, config.proxy.port, 'proxy.port');
  }
}

async function listen(app: HavenApp, host: string, port: number, configPath: string): Promise<void> {
  try {
    await app.listen({ host, port });
  } catch (err) {
    throw portUnavailable(err, host, port, configPath);
  }
}

/** A taken or forbidden port as a message naming the flag that moves it; other errors as they are. */
function portUnavailable(err: unknown, host: string, port: number, configPath: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES') return err;
  return new AppError(
    'platform.port_unavailable',
    'unavailable',
    `cannot listen on ${host}:${port} (${code === 'EADDRINUSE' ? 'in use by another program' : 'permission denied'}): choose another port with ${flagFor(configPath) ?? configPath}`,
    { cause: err },
  );
}
