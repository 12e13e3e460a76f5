import { z } from 'zod';
import { Secret } from './secret.ts';

/** Roles a process can play: everything, the API and dashboard only, or a filter node. */
export const processRoles = ['all', 'api', 'filter'] as const;
export type ProcessRole = (typeof processRoles)[number];

const port = z.coerce.number().int().min(0).max(65535);
const host = z.string().min(1);
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `ip` or `ip:port` or `[v6]:port`, as dig and resolv.conf users write it; `tls://ip[:port]#name` for DNS over TLS. */
const upstream = z
  .string()
  .regex(
    /^(tls:\/\/)?(\[[0-9a-fA-F:.]+\]|[0-9.]+|[0-9a-fA-F:]+)(:\d{1,5})?(#[A-Za-z0-9.-]+)?$/,
    'must be an IP address with an optional :port (or tls://ip[:port]#name for DNS over TLS)',
  );

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
const cidr = z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, 'must be an address with an optional /prefix');
const count = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** The DNS filter's settings (`dns.*`); every field has a default. */
const dnsSchema = z
  .object({
    host: host.default('127.0.0.1'),
    port: port.default(5353),
    upstreams: z.array(upstream).default([]),
    /** How blocked names are answered: NXDOMAIN, or the block page's address (devices must trust the school CA for HTTPS). */
    blockMode: z.enum(['nxdomain', 'block-page']).default('nxdomain'),
    blockPage: z.object({ ipv4: ipv4.optional(), ipv6: ipv6.optional() }).strict().default({}),
    /** TTL of block answers in seconds: short, so an unblock reaches devices quickly. */
    blockTtl: count(0, 86400, 10),
    /** Group for this listener's clients that no registered device or subnet identifies (default: the school's default group, learners unless set). */
    defaultGroup: z.string().min(1).optional(),
    /** Groups per client subnet for this listener, for clients the device register does not know. */
    subnets: z.array(z.object({ cidr, group: z.string().min(1) }).strict()).default([]),
    /** The school this listener serves (trusts: schools may reuse private ranges). */
    schoolId: z.string().min(1).optional(),
    /** Groups sent to a child-friendly search engine (via the block page) instead of safe search. */
    childSearchGroups: z.array(z.string().min(1)).default([]),
    /** Largest UDP answer sent and advertised (EDNS). */
    maxUdpSize: count(512, 4096, 1232),
    upstreamTimeoutMs: count(100, 30_000, 1500),
    cache: z
      .object({
        maxEntries: count(0, 10_000_000, 50_000),
        maxBytes: count(0, 4_294_967_295, 16 * 1024 * 1024),
        maxTtl: count(0, 7 * 86400, 86400),
        maxNegativeTtl: count(0, 86400, 3600),
        /** Refresh an entry in the last tenth of its TTL once it has been asked this often; 0 is off. */
        prefetchAfterHits: count(0, 1_000_000, 0),
      })
      .strict()
      .prefault({}),
    /** Per client address; 0 is off. */
    rateLimit: z.object({ queriesPerSecond: count(0, 1_000_000, 0), burst: count(1, 1_000_000, 200) }).strict().prefault({}),
    tcp: z.object({ maxConnections: count(1, 100_000, 256), idleMs: count(100, 600_000, 10_000) }).strict().prefault({}),
  })
  .strict();

/** The web proxy's settings (`proxy.*`); every field has a default. */
const proxySchema = z
  .object({
    host: host.default('127.0.0.1'),
    port: port.default(3128),
    /** The proxy address devices are told in the PAC file (default: the dashboard host the device asked, with this port). */
    publicHost: z.string().min(1).optional(),
    /** Let requests reach private, loopback and link-local addresses (labs and tests only: never on a school network). */
    allowPrivate: z.boolean().default(false),
    /** Ports CONNECT may open (squid's SSL_ports idea). */
    connectPorts: z.array(port).default([443]),
    /** Client connections at once; more are refused. */
    maxConnections: count(1, 1_000_000, 4096),
    /** Upstream sockets kept per origin. */
    maxSocketsPerHost: count(1, 100_000, 256),
    /** Largest request head accepted (431 beyond it). */
    maxHeaderBytes: count(1024, 1_048_576, 32_768),
    /** Whole request head must arrive within this (408 after it). */
    headersTimeoutMs: count(1000, 600_000, 20_000),
    /** Idle keep-alive client connections close after this. */
    idleMs: count(1000, 3_600_000, 60_000),
    /** An upstream that does not answer within this gets the client a 504. */
    upstreamTimeoutMs: count(100, 600_000, 30_000),
    /** Networks (CIDR) the PAC file sends DIRECT; private ranges are always direct. */
    bypass: z.array(cidr).default([]),
    /** The school this listener serves (as the DNS filter's). */
    schoolId: z.string().min(1).optional(),
    /** Group for clients nobody identifies (default: the school's default group). */
    defaultGroup: z.string().min(1).optional(),
    /** TLS inspection: off unless groups are named here and `haven ca create` has made the school CA. */
    inspection: z
      .object({
        /** Group ids or names whose HTTPS is inspected. */
        groups: z.array(z.string().min(1)).default([]),
        /** Host names (and their subdomains) never inspected, on top of the built-in banking, health and pinned-app list. */
        exemptHosts: z.array(z.string().min(1)).default([]),
        /** Filtering categories never inspected. */
        exemptCategories: z.array(z.string().min(1)).default([]),
        /** Leave the built-in exemptions out (not recommended). */
        noDefaultExemptions: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
  })
  .strict();

/** "true"/"false"/"1"/"0" from the environment, or a real boolean from a file. */
const envBoolean = z.preprocess((v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v), z.boolean());
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM (24-hour, Europe/London)');

/**
 * Notifications (`notify.*`): SMTP for alert emails (no `smtp.host` means email is disabled — a
 * status `haven doctor` reports, not a start-up error), webhook delivery and quiet hours.
 */
const notifySchema = z
  .object({
    smtp: z
      .object({
        host: host.optional(),
        /** 587 (STARTTLS) unless `secure`, then 465. */
        port: port.optional(),
        /** Implicit TLS from the first byte (port 465). */
        secure: envBoolean.default(false),
        /** Refuse to send unless STARTTLS succeeds. */
        requireTls: envBoolean.default(true),
        user: z.string().min(1).optional(),
        password: z
          .string()
          .min(1)
          .transform((s) => new Secret(s))
          .optional(),
        /** The From address, e.g. `Haven <haven@school.example>`; required with a host. */
        from: z.string().min(3).optional(),
        /** Accept a self-signed server certificate (lab servers only). */
        allowInvalidCertificates: envBoolean.default(false),
      })
      .strict()
      .refine((s) => s.host === undefined || s.from !== undefined, { message: 'from is required when an SMTP host is set', path: ['from'] })
      .prefault({}),
    webhook: z
      .object({ timeoutMs: count(100, 120_000, 10_000), attempts: count(1, 20, 5), backoffMs: count(10, 600_000, 1000) })
      .strict()
      .prefault({}),
    /** Severity-4 alert emails wait for the end of quiet hours; severity 5 always goes at once. */
    quietHours: z
      .object({ start: clockTime.default('18:00'), end: clockTime.default('07:30'), weekends: envBoolean.default(true) })
      .strict()
      .prefault({}),
  })
  .strict();

/**
 * The one configuration schema. Every field has a default, so `haven start` runs with none.
 * Sources are merged before parsing: file, then HAVEN_* environment, then flags.
 */
export const configSchema = z
  .object({
    dataDir: z.string().min(1).default('./data'),
    role: z.enum(processRoles).default('all'),
    database: z
      .object({
        /** `postgres://…`; when absent, SQLite at `<dataDir>/haven.sqlite`. */
        url: z
          .string()
          .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres://, postgresql:// or sqlite:')
          .optional(),
      })
      .strict()
      .default({}),
    http: z
      .object({
        host: host.default('127.0.0.1'),
        port: port.default(8080),
        /** The address people use to reach Haven, for links in emails and setup (default from host:port). */
        publicUrl: z.url().optional(),
        /** Trust X-Forwarded-* from a reverse proxy in front of Haven. */
        trustProxy: z.boolean().default(false),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 8080, trustProxy: false }),
    dns: dnsSchema.prefault({}),
    /** Filter events (DNS, proxy, extension): kept this many days; buffered up to `maxQueue` while the database is slow. */
    events: z
      .object({
        retentionDays: count(1, 3650, 90),
        maxQueue: count(100, 10_000_000, 100_000),
        batchSize: count(1, 100_000, 1000),
        flushMs: count(10, 60_000, 1000),
      })
      .strict()
      .prefault({}),
    proxy: proxySchema.prefault({}),
    tls: z
      .object({ cert: z.string().optional(), key: z.string().optional() })
      .strict()
      .refine((t) => Boolean(t.cert) === Boolean(t.key), 'cert and key go together')
      .default({}),
    /** AES-256 key, 32 bytes as base64 or hex; else `<dataDir>/master.key` (created 0600). */
    masterKey: z.string().optional(),
    log: z
      .object({ level: z.enum(logLevels).default('info') })
      .strict()
      .default({ level: 'info' }),
    notify: notifySchema.prefault({}),
    session: z
      .object({
        idleMinutes: z.coerce.number().int().min(1).max(24 * 60).default(60),
        absoluteHours: z.coerce.number().int().min(1).max(24 * 30).default(12),
      })
      .strict()
      .default({ idleMinutes: 60, absoluteHours: 12 }),
  })
  .strict();

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
