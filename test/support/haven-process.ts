import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';

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
  const child = spawn(process.execPath, [HAVEN_BIN, 'start', '--http-port', '0', '--dns-port', '0', '--log-level', 'error', ...flags], {
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
