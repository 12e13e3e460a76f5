/**
 * The proxy service's public shape: its settings (the `proxy` configuration slice), what it is
 * given, its counters and the running service. `server.ts` implements it.
 */
import type { ClientIdentity, FilterEngine } from '../filtering/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/log.ts';
import type { BlockTokens } from './block-token.ts';
import type { CertificateAuthority } from './certificates.ts';
import type { ProxyCredentialCheck } from './identity.ts';
import type { InspectionSettings } from './inspection.ts';
import type { BlockActions, ProxyEventSink, ProxySearchSink } from './model.ts';

/** The proxy's settings (the `proxy` configuration slice). */
export interface ProxySettings {
  readonly host: string;
  readonly port: number;
  readonly allowPrivate: boolean;
  readonly connectPorts: readonly number[];
  readonly maxConnections: number;
  readonly maxSocketsPerHost: number;
  readonly maxHeaderBytes: number;
  readonly headersTimeoutMs: number;
  readonly idleMs: number;
  readonly upstreamTimeoutMs: number;
  readonly schoolId?: string | undefined;
  readonly defaultGroup?: string | undefined;
  readonly inspection: InspectionSettings;
}

/** What the proxy needs; everything is injected so tests run it against their own origin and upstream DNS. */
export interface ProxyDeps {
  readonly settings: ProxySettings;
  /** The DNS filter's upstreams (`--dns-upstream`); empty means the system resolver. */
  readonly dnsUpstreams: readonly string[];
  readonly engine: FilterEngine & { identifyPerson(personId: string): ClientIdentity | undefined };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: ProxyEventSink;
  readonly tokens: BlockTokens;
  readonly searches?: ProxySearchSink | undefined;
  readonly credentials?: ProxyCredentialCheck | undefined;
  readonly blockActions?: BlockActions | undefined;
  /** The school CA, when one exists (inspection needs it). */
  readonly authority?: CertificateAuthority | undefined;
  /** Extra CAs trusted for origins' certificates (a lab's own CA; tests). */
  readonly upstreamCa?: readonly string[] | undefined;
}

/** Counters for the status page. */
export interface ProxyStats {
  requests: number;
  blocked: number;
  tunnels: number;
  inspected: number;
  authFailures: number;
  upstreamErrors: number;
  clientErrors: number;
}

/** A running proxy. */
export interface ProxyService {
  readonly host: string;
  readonly port: number;
  status(): { host: string; port: number; connections: number; inspection: boolean; stats: ProxyStats };
  close(): Promise<void>;
}
