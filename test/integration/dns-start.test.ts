// `haven start` runs the DNS filter (roles all and filter) on the real filtering engine, against a
// stub upstream on loopback; checked with the codec's client and, where installed, with dig.
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import { messageRcode, wireNameText } from '../../src/dns/core/message.ts';
import { extendedError } from '../../src/dns/core/testing.ts';
import { EDE, RCODE, RR_TYPE } from '../../src/dns/core/wire.ts';
import { ask } from '../support/dns-client.ts';
import { startStubUpstream, type StubUpstream } from '../support/dns-upstream.ts';
import { HAVEN_BIN, runHaven } from '../support/haven-process.ts';

interface Started {
  child: ChildProcess;
  dnsPort: number;
  output: string;
}

/** Starts `haven start …` and resolves once it prints where the DNS filter listens. */
async function startHaven(dataDir: string, flags: string[]): Promise<Started> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HAVEN_')));
  const child = spawn(process.execPath, [HAVEN_BIN, 'start', '--data-dir', dataDir, '--http-port', '0', '--dns-port', '0', '--proxy-port', '0', '--log-level', 'error', ...flags], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const dnsPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no DNS ready line within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /DNS filter on 127\.0\.0\.1:(\d+)/u.exec(output);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(`haven exited before it was ready:\n${output}`)));
  });
  return { child, dnsPort, output };
}

async function stop(s: Started): Promise<void> {
  const exited = once(s.child, 'exit');
  s.child.kill('SIGTERM');
  await exited;
}

let dig = false;
try {
  await promisify(execFile)('dig', ['-v']);
  dig = true;
} catch {
  dig = false;
}

describe('haven start runs the DNS filter', () => {
  let upstream: StubUpstream;
  let dataDir: string;
  let haven: Started;
  let token: string;
  before(async () => {
    upstream = await startStubUpstream();
    dataDir = mkdtempSync(join(tmpdir(), 'haven-dns-start-'));
    assert.equal((await runHaven(['user', 'add', '--email', 'it@example.school', '--role', 'it-technician', '--sso-only', '--data-dir', dataDir])).code, 0);
    const created = await runHaven(['token', 'create', '--account', 'it@example.school', '--scope', 'filtering:read', '--json', '--data-dir', dataDir]);
    token = (JSON.parse(created.out) as { token: string }).token;
    const config = join(dataDir, 'haven.config.yaml');
    writeFileSync(config, 'dns:\n  subnets:\n    - { cidr: 127.0.0.2/32, group: staff }\n');
    haven = await startHaven(dataDir, ['--config', config, '--dns-upstream', upstream.address]);
  });
  after(async () => {
    await stop(haven);
    await upstream.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says where the dashboard and the DNS filter are', () => {
    assert.match(haven.output, /Haven is ready at http:\/\/127\.0\.0\.1:\d+\//u);
    assert.match(haven.output, new RegExp(`upstreams: ${upstream.address.replace(/\./gu, '\\.')}`, 'u'));
  });

  it('gives an allowed name the upstream’s answer', async () => {
    const m = await ask(haven.dnsPort, 'school.example');
    assert.equal(messageRcode(m), RCODE.NOERROR);
    assert.ok(upstream.asked.includes(`school.example/${RR_TYPE.A}/udp`));
  });

  it('blocks a blocked name for a learner with NXDOMAIN and the EDE', async () => {
    const m = await ask(haven.dnsPort, 'pornography.canary.haven.test');
    assert.equal(messageRcode(m), RCODE.NXDOMAIN);
    assert.deepEqual(extendedError(m), { code: EDE.BLOCKED, text: 'pornography' });
  });

  it('sends a learner’s www.google.com to forcesafesearch.google.com', async () => {
    const m = await ask(haven.dnsPort, 'www.google.com');
    assert.equal(m.answers[0]?.type, RR_TYPE.CNAME);
    assert.equal(wireNameText(m.answers[0]?.data ?? new Uint8Array([0])), 'forcesafesearch.google.com');
  });

  it('answers use-application-dns.net NXDOMAIN', async () => {
    assert.equal(messageRcode(await ask(haven.dnsPort, 'use-application-dns.net')), RCODE.NXDOMAIN);
  });

  it('follows the staff policy for a staff address', async () => {
    assert.equal(messageRcode(await ask(haven.dnsPort, 'social-media.canary.haven.test')), RCODE.NXDOMAIN);
    const staff = await ask(haven.dnsPort, 'social-media.canary.haven.test', RR_TYPE.A, { from: '127.0.0.2' });
    assert.notEqual(extendedError(staff)?.code, EDE.BLOCKED, 'not blocked for staff');
  });

  it('shows the DNS filter’s counters and event queue over the API, to signed-in staff only', async () => {
    const url = /Haven is ready at (http:\/\/\S+?)\/? /u.exec(haven.output)?.[1];
    assert.ok(url);
    assert.equal((await fetch(`${url}/api/v1/filtering/dns`)).status, 401);
    const res = await fetch(`${url}/api/v1/filtering/dns`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    const status = (await res.json()) as { filter: { queries: number; blocked: number }; events: { dropped: number }; upstreams: { up: boolean }[] };
    assert.ok(status.filter.queries > 0);
    assert.ok(status.filter.blocked > 0);
    assert.equal(status.events.dropped, 0);
    assert.equal(status.upstreams[0]?.up, true);
  });

  it('enforces a rule and a device added with the CLI on the same data directory within a second, without a restart', async () => {
    const within = async (check: () => Promise<boolean>): Promise<number> => {
      const started = Date.now();
      while (!(await check())) {
        if (Date.now() - started > 1000) throw new Error('not in force after 1 s');
        await new Promise((r) => setTimeout(r, 25));
      }
      return Date.now() - started;
    };
    assert.equal(messageRcode(await ask(haven.dnsPort, 'lesson.example')), RCODE.NOERROR);
    const rule = await runHaven(['rules', 'add', '--group', 'learners', '--site', 'lesson.example', '--level', 'blocked', '--reason', 'not in lessons', '--data-dir', dataDir]);
    assert.equal(rule.code, 0, rule.err);
    await within(async () => messageRcode(await ask(haven.dnsPort, 'lesson.example')) === RCODE.NXDOMAIN);
    const device = await runHaven(['devices', 'add', '--ip', '127.0.0.9', '--group', 'staff', '--data-dir', dataDir]);
    assert.equal(device.code, 0, device.err);
    await within(async () => messageRcode(await ask(haven.dnsPort, 'social-media.canary.haven.test', RR_TYPE.A, { from: '127.0.0.9' })) !== RCODE.NXDOMAIN);
  });

  it('answers dig the same way', { skip: dig ? false : 'dig is not installed' }, async () => {
    const run = async (...args: string[]) => (await promisify(execFile)('dig', ['@127.0.0.1', '-p', String(haven.dnsPort), '+tries=1', '+time=3', ...args])).stdout;
    const blocked = await run('pornography.canary.haven.test');
    assert.match(blocked, /status: NXDOMAIN/u);
    assert.match(blocked, /EDE: 15 \(Blocked\): \(pornography\)/u);
    assert.match(await run('www.google.com'), /CNAME\s+forcesafesearch\.google\.com\./u);
    assert.match(await run('-b', '127.0.0.2', 'www.youtube.com'), /CNAME\s+restrictmoderate\.youtube\.com\./u);
    assert.match(await run('+tcp', 'school.example'), /status: NOERROR/u);
  });
});

describe('haven start --role filter', () => {
  it('runs the DNS filter without the HTTP API', async () => {
    const upstream = await startStubUpstream();
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-dns-filter-'));
    const haven = await startHaven(dataDir, ['--role', 'filter', '--dns-upstream', upstream.address]);
    try {
      assert.match(haven.output, /Haven filter node is ready/u);
      assert.doesNotMatch(haven.output, /Haven is ready at/u);
      assert.equal(messageRcode(await ask(haven.dnsPort, 'school.example')), RCODE.NOERROR);
    } finally {
      await stop(haven);
      await upstream.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('names --dns-port when the DNS port is taken', async () => {
    const blocker = createSocket('udp4');
    blocker.bind(0, '127.0.0.1');
    await once(blocker, 'listening');
    const port = (blocker.address() as AddressInfo).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-dns-taken-'));
    try {
      const r = await runHaven(['start', '--role', 'filter', '--data-dir', dataDir, '--dns-port', String(port), '--log-level', 'silent']);
      assert.equal(r.code, 1);
      assert.match(r.err, new RegExp(`127\\.0\\.0\\.1:${port}.*--dns-port`, 'u'));
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
