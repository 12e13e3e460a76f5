import type { Command } from 'commander';
import { startHaven } from '../../main/start.ts';
import { redactUrl } from '../../platform/config/index.ts';
import { type CliIo, type CommonOptions, configFrom, withDataOptions } from '../context.ts';

interface StartOptions extends CommonOptions {
  quiet?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `haven start`: runs Haven in the foreground until SIGINT or SIGTERM. */
export function registerStartCommand(program: Command, io: CliIo): void {
  withDataOptions(program.command('start'))
    .description('run Haven (dashboard, API, DNS filter and web proxy) until stopped')
    .option('--role <role>', 'all | api | filter (default all)')
    .option('--http-host <host>', 'address for the dashboard and API (default 127.0.0.1)')
    .option('--http-port <port>', 'port for the dashboard and API (default 8080)')
    .option('--dns-port <port>', 'port for the DNS filter (default 5353)')
    .option('--dns-upstream <ip[:port]>', 'upstream resolver, repeatable', collect)
    .option('--proxy-port <port>', 'port for the web proxy (default 3128)')
    .option('--proxy-allow-private', 'let the proxy reach private and loopback addresses (labs and tests only)')
    .action(async (opts: StartOptions) => {
      const config = configFrom(io, { ...opts, ...(opts.role !== undefined ? { processRole: opts.role } : {}) });
      const started = Date.now();
      const running = await startHaven(config);
      const db = config.database.dialect === 'sqlite' ? config.database.path : redactUrl(config.database.url.reveal());
      if (running.url !== undefined) io.out(`Haven is ready at ${running.url}/ (database: ${config.database.dialect} ${db}; started in ${Date.now() - started} ms)`);
      else io.out(`Haven filter node is ready (database: ${config.database.dialect} ${db}; started in ${Date.now() - started} ms)`);
      if (running.dns !== undefined) io.out(`DNS filter on ${running.dns.host}:${running.dns.port} (UDP and TCP); upstreams: ${running.dns.upstream.status().map((u) => u.server).join(', ') || 'none'}`);
      if (running.proxy !== undefined) io.out(`Web proxy on ${running.proxy.host}:${running.proxy.port}${running.url === undefined ? '' : `; PAC file at ${running.url}/proxy.pac`}`);
      if (running.setupUrl) {
        io.out(`First run: open this one-time link to name your school and create the first administrator:\n  ${running.setupUrl}`);
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          io.out('Haven is stopping…');
          running.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
