import { z } from 'zod';

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
    proxy: z
      .object({
        host: host.default('127.0.0.1'),
        port: port.default(3128),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 3128 }),
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
