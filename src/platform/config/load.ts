import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../errors.ts';
import { type ConfigInput, configSchema, type ParsedConfig, type ProcessRole } from './schema.ts';
import { Secret } from './secret.ts';

/** Command-line flags that map onto configuration (the CLI parses, this module merges). */
export interface ConfigFlags {
  config?: string;
  dataDir?: string;
  database?: string;
  role?: string;
  httpHost?: string;
  httpPort?: string | number;
  dnsPort?: string | number;
  dnsUpstream?: string[];
  proxyPort?: string | number;
  proxyAllowPrivate?: boolean;
  logLevel?: string;
}

/** The validated configuration every subsystem receives a slice of. */
export interface HavenConfig extends Omit<ParsedConfig, 'database' | 'masterKey' | 'dataDir'> {
  dataDir: string;
  database: { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: Secret };
  masterKey: Secret | undefined;
  /** Where the file part came from, if any. */
  configFile: string | undefined;
  /** Which source set each top-level field, for `haven doctor`. */
  sources: Record<string, 'default' | 'file' | 'env' | 'flag'>;
}

export const CONFIG_FILE_NAMES = ['haven.config.json', 'haven.config.yaml', 'haven.config.yml'] as const;

/** Raised with every bad field at once; the CLI exits 2 on it before any port opens. */
export class ConfigError extends AppError {
  constructor(issues: FieldIssue[]) {
    super(
      'config.invalid',
      'invalid',
      `invalid configuration:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`,
      { issues },
    );
  }
}

type Source = 'file' | 'env' | 'flag';
type Layer = { source: Source; values: Record<string, unknown> };

/**
 * Loads configuration: file (`--config`, `HAVEN_CONFIG`, or `haven.config.{json,yaml}` in the
 * working directory), then `HAVEN_*` environment, then flags — later sources win field by field.
 * Every invalid field is reported in one {@link ConfigError}.
 */
export function loadConfig(options: {
  flags?: ConfigFlags;
  env?: Record<string, string | undefined>;
  cwd?: string;
}): HavenConfig {
  const env = options.env ?? {};
  const flags = options.flags ?? {};
  const cwd = options.cwd ?? process.cwd();
  const issues: FieldIssue[] = [];

  const fileLayer = readConfigFile(flags.config ?? env.HAVEN_CONFIG, cwd, issues);
  const layers: Layer[] = [];
  if (fileLayer) layers.push({ source: 'file', values: fileLayer.values });
  layers.push({ source: 'env', values: fromEnv(env, issues) });
  layers.push({ source: 'flag', values: fromFlags(flags) });

  const merged: Record<string, unknown> = {};
  const sources: Record<string, Source> = {};
  for (const layer of layers) {
    deepMerge(merged, layer.values);
    for (const key of leafPaths(layer.values)) sources[key] = layer.source;
  }

  const parsed = configSchema.safeParse(merged as ConfigInput);
  if (!parsed.success) issues.push(...zodIssues(parsed.error, sources));
  if (issues.length > 0 || !parsed.success) throw new ConfigError(issues);

  const c = parsed.data;
  const dataDir = resolve(cwd, c.dataDir);
  const url = c.database.url;
  const database: HavenConfig['database'] =
    url === undefined
      ? { dialect: 'sqlite', path: resolve(dataDir, 'haven.sqlite') }
      : url.startsWith('sqlite:')
        ? { dialect: 'sqlite', path: resolve(cwd, url.slice('sqlite:'.length)) }
        : { dialect: 'postgres', url: new Secret(url) };
  const topSources: HavenConfig['sources'] = {};
  for (const [k, v] of Object.entries(sources)) topSources[k] = v;
  return {
    ...c,
    dataDir,
    database,
    masterKey: c.masterKey === undefined ? undefined : new Secret(c.masterKey),
    configFile: fileLayer?.path,
    sources: topSources,
  };
}

/** The role to start, already validated (a convenience for wiring). */
export function roleOf(config: HavenConfig): ProcessRole {
  return config.role;
}

function readConfigFile(
  explicit: string | undefined,
  cwd: string,
  issues: FieldIssue[],
): { path: string; values: Record<string, unknown> } | undefined {
  let path: string | undefined;
  if (explicit) {
    path = resolve(cwd, explicit);
    if (!existsSync(path)) {
      issues.push({ path: 'config', message: `config file ${JSON.stringify(path)} does not exist` });
      return undefined;
    }
  } else {
    path = CONFIG_FILE_NAMES.map((n) => resolve(cwd, n)).find((p) => existsSync(p));
    if (!path) return undefined;
  }
  try {
    const text = readFileSync(path, 'utf8');
    const values: unknown = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    if (values === null || values === undefined) return { path, values: {} };
    if (typeof values !== 'object' || Array.isArray(values)) {
      issues.push({ path: 'config', message: `${path} must hold an object` });
      return undefined;
    }
    return { path, values: values as Record<string, unknown> };
  } catch (err) {
    issues.push({ path: 'config', message: `cannot read ${path}: ${(err as Error).message}` });
    return undefined;
  }
}

/** `HAVEN_*` variables and the configuration paths they set. */
export const ENV_VARIABLES = {
  HAVEN_DATA_DIR: 'dataDir',
  HAVEN_ROLE: 'role',
  HAVEN_DATABASE_URL: 'database.url',
  HAVEN_HTTP_HOST: 'http.host',
  HAVEN_HTTP_PORT: 'http.port',
  HAVEN_PUBLIC_URL: 'http.publicUrl',
  HAVEN_DNS_HOST: 'dns.host',
  HAVEN_DNS_PORT: 'dns.port',
  HAVEN_DNS_UPSTREAM: 'dns.upstreams',
  HAVEN_PROXY_HOST: 'proxy.host',
  HAVEN_PROXY_PORT: 'proxy.port',
  HAVEN_PROXY_PUBLIC_HOST: 'proxy.publicHost',
  HAVEN_MASTER_KEY: 'masterKey',
  HAVEN_LOG_LEVEL: 'log.level',
  HAVEN_TLS_CERT: 'tls.cert',
  HAVEN_TLS_KEY: 'tls.key',
  HAVEN_SMTP_HOST: 'notify.smtp.host',
  HAVEN_SMTP_PORT: 'notify.smtp.port',
  HAVEN_SMTP_SECURE: 'notify.smtp.secure',
  HAVEN_SMTP_USER: 'notify.smtp.user',
  HAVEN_SMTP_PASSWORD: 'notify.smtp.password',
  HAVEN_SMTP_FROM: 'notify.smtp.from',
} as const;

function fromEnv(env: Record<string, string | undefined>, _issues: FieldIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(ENV_VARIABLES)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = path === 'dns.upstreams' ? raw.split(/[\s,]+/).filter(Boolean) : raw;
    setPath(out, path, value);
  }
  return out;
}

function fromFlags(flags: ConfigFlags): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const map: [keyof ConfigFlags, string][] = [
    ['dataDir', 'dataDir'],
    ['database', 'database.url'],
    ['role', 'role'],
    ['httpHost', 'http.host'],
    ['httpPort', 'http.port'],
    ['dnsPort', 'dns.port'],
    ['dnsUpstream', 'dns.upstreams'],
    ['proxyPort', 'proxy.port'],
    ['proxyAllowPrivate', 'proxy.allowPrivate'],
    ['logLevel', 'log.level'],
  ];
  for (const [flag, path] of map) {
    const v = flags[flag];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    setPath(out, path, v);
  }
  return out;
}

const FLAG_NAMES: Record<string, string> = {
  dataDir: '--data-dir',
  'database.url': '--database',
  role: '--role',
  'http.host': '--http-host',
  'http.port': '--http-port',
  'dns.port': '--dns-port',
  'dns.upstreams': '--dns-upstream',
  'proxy.port': '--proxy-port',
  'proxy.allowPrivate': '--proxy-allow-private',
  'log.level': '--log-level',
};

/** The flag that sets a configuration path, for messages ("port taken: use --dns-port"). */
export function flagFor(path: string): string | undefined {
  return FLAG_NAMES[path];
}

function zodIssues(error: z.ZodError, sources: Record<string, Source>): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    const key = Object.keys(sources).find((k) => path === k || path.startsWith(`${k}.`) || k.startsWith(`${path}.`));
    const source = key ? sources[key] : undefined;
    const where =
      source === 'env'
        ? ` (from ${Object.entries(ENV_VARIABLES).find(([, p]) => p === key)?.[0] ?? 'environment'})`
        : source === 'flag'
          ? ` (from ${FLAG_NAMES[key ?? ''] ?? 'a flag'})`
          : source === 'file'
            ? ' (from the config file)'
            : '';
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
    return { path, message: `${message}${where}` };
  });
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(source)) {
    const existing = target[k];
    if (isPlainObject(v) && isPlainObject(existing)) deepMerge(existing, v);
    else if (isPlainObject(v)) {
      const copy: Record<string, unknown> = {};
      deepMerge(copy, v);
      target[k] = copy;
    } else target[k] = v;
  }
}

function leafPaths(values: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(values).flatMap(([k, v]) =>
    isPlainObject(v) ? leafPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
