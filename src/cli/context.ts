import type { Command } from 'commander';
import { type Haven, openHaven } from '../main/app.ts';
import { type ConfigFlags, type HavenConfig, loadConfig } from '../platform/config/index.ts';
import { AppError } from '../platform/errors.ts';
import { createLogger } from '../platform/log.ts';

/** Options every command that touches data accepts. */
export interface CommonOptions extends ConfigFlags {
  json?: boolean;
}

/** Where a command writes; tests capture these instead of the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Reads all of standard input (for `--password-stdin`). */
  readStdin(): Promise<string>;
  /** Writes to standard error without a newline (progress bars); absent when output is captured. */
  errRaw?(text: string): void;
  /** Whether standard error is a terminal (progress redraws in place) or a file or pipe (plain lines). */
  errIsTty?: boolean;
}

/** Adds the configuration flags (data directory, database, config file) to a command. */
export function withDataOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'configuration file (JSON or YAML)')
    .option('--data-dir <dir>', 'data directory (default ./data, or HAVEN_DATA_DIR)')
    .option('--database <url>', 'postgres://… URL (default SQLite in the data directory, or HAVEN_DATABASE_URL)')
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent');
}

/** Adds `--json` to a command that prints data. */
export function withJson(cmd: Command): Command {
  return cmd.option('--json', 'print JSON instead of text');
}

/**
 * Loads configuration from the command's flags. Only configuration flags are passed on: a
 * command's own options (`user add --role dsl`) must never be read as settings; the process
 * role comes only from `start`, which passes it as `processRole`.
 */
export function configFrom(io: CliIo, opts: CommonOptions & { processRole?: string }): HavenConfig {
  const flags: ConfigFlags = {};
  const keys = ['config', 'dataDir', 'database', 'httpHost', 'httpPort', 'dnsPort', 'dnsUpstream', 'proxyPort', 'proxyAllowPrivate', 'logLevel'] as const;
  for (const key of keys) if (opts[key] !== undefined) Object.assign(flags, { [key]: opts[key] });
  if (opts.processRole !== undefined) flags.role = opts.processRole;
  return loadConfig({ flags, env: io.env, cwd: io.cwd });
}

/** Opens Haven quietly for a one-shot command, runs `fn`, and always closes. */
export async function withHaven<T>(io: CliIo, opts: CommonOptions, fn: (haven: Haven) => Promise<T>): Promise<T> {
  const config = configFrom(io, opts);
  const haven = await openHaven(config, { logger: createLogger({ level: opts.logLevel ?? 'silent' }), filtering: 'lazy' });
  try {
    return await fn(haven);
  } finally {
    await haven.close();
  }
}

/** Prints data as JSON (`--json`) or through a text renderer. */
export function print<T>(io: CliIo, opts: { json?: boolean }, data: T, text: (d: T) => string): void {
  io.out(opts.json ? JSON.stringify(data, null, 2) : text(data));
}

/** A plain text table: columns padded to their widest cell. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}

/** A usage error from the CLI itself (exit code 2). */
export function usageError(message: string): AppError {
  return new AppError('cli.usage', 'invalid', message);
}

/** The actor for changes made from the server's command line. */
export const CLI_ACTOR = { type: 'cli' as const, id: null };
