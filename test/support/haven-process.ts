import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import type { DatabaseTarget, Dialect } from '../../src/platform/db/index.ts';
import { createScratchPostgresDatabase } from '../../src/platform/db/testing.ts';

/** The installed `haven` binary. */
export const HAVEN_BIN = fileURLToPath(new URL('../../bin/haven.js', import.meta.url));

/** Runs `haven …` in-process with captured output, no environment of its own, and optional stdin. */
export async function runHaven(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: tmpdir(), readStdin: async () => stdin };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * Starts the real server (`haven start`) as a child process on a free port and resolves with
 * its address once it prints its ready line. The child sees none of this process's HAVEN_*
 * settings, only the data directory given.
 */
export async function startServerProcess(dataDir: string, flags: string[]): Promise<{ child: ChildProcess; url: string; exited: Promise<unknown> }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HAVEN_')));
  // Free ports for HTTP and DNS unless the test names its own (later flags win).
  const child = spawn(process.execPath, [HAVEN_BIN, 'start', '--http-port', '0', '--dns-port', '0', '--proxy-port', '0', '--log-level', 'error', ...flags], {
    env: { ...env, HAVEN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Haven is ready at (https?:\/\/\S+?)\/? /.exec(output);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it was ready:\n${output}`));
    });
  });
  return { child, url, exited };
}

/**
 * A data directory (and, for PostgreSQL, a scratch database) for a test that runs the real
 * server: the CLI flags that point at it, the database target to inspect it directly, and a
 * cleanup that kills a server still running and removes everything.
 */
export interface ServerData {
  dataDir: string;
  /** Flags for `haven …` commands run against this data. */
  flags: string[];
  target: DatabaseTarget;
  /** Starts the server on this data (free ports). */
  start(): Promise<{ child: ChildProcess; url: string; exited: Promise<unknown> }>;
  cleanup(): Promise<void>;
}

export async function prepareServerData(dialect: Dialect, name: string): Promise<ServerData> {
  const dataDir = mkdtempSync(join(tmpdir(), `${name.replace(/_/g, '-')}-`));
  const scratch = dialect === 'postgres' ? await createScratchPostgresDatabase(name) : undefined;
  const databaseFlags = scratch ? ['--database', scratch.url] : [];
  let child: ChildProcess | undefined;
  return {
    dataDir,
    flags: ['--data-dir', dataDir, ...databaseFlags],
    target: scratch ? { dialect: 'postgres', url: scratch.url } : { dialect: 'sqlite', path: join(dataDir, 'haven.sqlite') },
    start: async () => {
      const server = await startServerProcess(dataDir, databaseFlags);
      child = server.child;
      return server;
    },
    cleanup: async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
