import { z } from 'zod';

/** Roles a process can play: everything, the API and dashboard only, or a filter node. */
export const processRoles = ['all', 'api', 'filter'] as const;
export type ProcessRole = (typeof processRoles)[number];

const port = z.coerce.number().int().min(0).max(65535);
const host = z.string().min(1);
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `ip` or `ip:port` or `[v6]:port`, as dig and resolv.conf users write it. */
const upstream = z
  .string()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[0-9.]+|[0-9a-fA-F:]+)(:\d{1,5})?$/, 'must be an IP address with an optional :port');

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
    dns: z
      .object({
        host: host.default('127.0.0.1'),
        port: port.default(5353),
        upstreams: z.array(upstream).default([]),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 5353, upstreams: [] }),
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
