import { createServer } from 'node:net';
import { createSocket } from 'node:dgram';
import type { Command } from 'commander';
import { databaseTarget } from '../../main/app.ts';
import { type HavenConfig, redactUrl } from '../../platform/config/index.ts';
import { openDatabase, pendingMigrations } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { checkSmtp, notifyConfigOf } from '../../platform/notify/index.ts';
import { type CliIo, type CommonOptions, configFrom, print, withDataOptions, withJson } from '../context.ts';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

function tcpFree(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    s.listen({ host, port, exclusive: true }, () => s.close(() => resolve(null)));
  });
}

function udpFree(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const s = createSocket(host.includes(':') ? 'udp6' : 'udp4');
    s.once('error', (e: NodeJS.ErrnoException) => {
      s.close();
      resolve(e.code ?? e.message);
    });
    s.bind({ address: host, port, exclusive: true }, () => s.close(() => resolve(null)));
  });
}

async function runChecks(config: HavenConfig): Promise<Check[]> {
  const checks: Check[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  checks.push({ name: 'node', ok: major >= 20, detail: `Node ${process.versions.node}${major >= 20 ? '' : ' (Haven needs 20 or later)'}` });
  checks.push({
    name: 'config',
    ok: true,
    detail: `${config.configFile ?? 'no config file'}; data directory ${config.dataDir}; role ${config.role}`,
  });
  try {
    const database = await openDatabase(databaseTarget(config));
    try {
      const pending = await pendingMigrations(database);
      const where = config.database.dialect === 'sqlite' ? config.database.path : redactUrl(config.database.url.reveal());
      checks.push({ name: 'database', ok: true, detail: `${database.dialect} ${where} reachable` });
      checks.push({ name: 'migrations', ok: pending.length === 0, detail: pending.length ? `${pending.length} pending: run haven migrate (or haven start)` : 'up to date' });
    } finally {
      await database.close();
    }
  } catch (err) {
    checks.push({ name: 'database', ok: false, detail: (err as Error).message });
  }
  const ports: [string, string, number, 'tcp' | 'udp'][] = [
    ['http', config.http.host, config.http.port, 'tcp'],
    ['dns/udp', config.dns.host, config.dns.port, 'udp'],
    ['dns/tcp', config.dns.host, config.dns.port, 'tcp'],
    ['proxy', config.proxy.host, config.proxy.port, 'tcp'],
  ];
  const flags: Record<string, string> = { http: '--http-port', 'dns/udp': '--dns-port', 'dns/tcp': '--dns-port', proxy: '--proxy-port' };
  for (const [name, host, port, proto] of ports) {
    const problem = proto === 'tcp' ? await tcpFree(host, port) : await udpFree(host, port);
    checks.push({
      name: `port ${name}`,
      ok: problem === null,
      detail: problem === null ? `${host}:${port} is free` : `${host}:${port} is not available (${problem}); choose another with ${flags[name]}`,
    });
  }
  // Email is optional: without SMTP settings alerts reach the dashboard only, which is a status, not a failure.
  const smtp = notifyConfigOf(config).smtp;
  if (!smtp) checks.push({ name: 'email', ok: true, detail: 'disabled: no SMTP server configured (set notify.smtp.host and notify.smtp.from, or HAVEN_SMTP_HOST and HAVEN_SMTP_FROM); alerts reach the dashboard only' });
  else {
    const problem = await checkSmtp(smtp, 5000);
    checks.push({ name: 'email', ok: problem === null, detail: problem === null ? `SMTP ${smtp.host}:${smtp.port} accepts Haven (${smtp.secure ? 'TLS' : smtp.requireTls ? 'STARTTLS required' : 'STARTTLS if offered'}), from ${smtp.from}` : `SMTP ${smtp.host}:${smtp.port}: ${problem}` });
  }
  return checks;
}

/** `haven doctor`: checks configuration, database, migrations and ports before a start. */
export function registerDoctorCommand(program: Command, io: CliIo): void {
  withJson(withDataOptions(program.command('doctor')))
    .description('check configuration, database, migrations and ports')
    .option('--http-port <port>', 'port to check for the dashboard and API')
    .option('--dns-port <port>', 'port to check for the DNS filter')
    .option('--proxy-port <port>', 'port to check for the proxy')
    .action(async (opts: CommonOptions) => {
      const config = configFrom(io, opts);
      const checks = await runChecks(config);
      print(io, opts, { ok: checks.every((c) => c.ok), checks }, (r) => r.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`).join('\n'));
      const failed = checks.filter((c) => !c.ok);
      if (failed.length) throw new AppError('doctor.failed', 'unavailable', `${failed.length} check(s) failed: ${failed.map((c) => c.name).join(', ')}`);
    });
}
