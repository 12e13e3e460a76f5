import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseMasterKey } from '../../platform/crypto.ts';
import { createScratchPostgresDatabase, DIALECTS, skipDialect } from '../../platform/db/testing.ts';
import type { CliIo } from '../context.ts';
import { main } from '../main.ts';

const GOOD = 'tangerine-harbour-lantern';

/** Runs `haven …` in-process with captured output and only the given environment. */
async function haven(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd: tmpdir(), readStdin: async () => '' };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function emails(flags: string[]): Promise<string[]> {
  const list = await haven(['user', 'list', '--json', ...flags]);
  assert.equal(list.code, 0, list.err);
  return (JSON.parse(list.out) as { email: string }[]).map((a) => a.email).sort();
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: haven backup and haven restore`, async () => {
    const skip = await skipDialect(dialect);
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-cli-backup-'));
    const file = join(dataDir, '..', `${dataDir.split('/').pop() ?? 'x'}.haven-backup`);
    let flags = ['--data-dir', dataDir];
    let scratch: { url: string; drop(): Promise<void> } | undefined;

    before(async () => {
      if (skip || dialect === 'sqlite') return;
      scratch = await createScratchPostgresDatabase('haven_cli');
      flags = [...flags, '--database', scratch.url];
    });
    after(async () => {
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(file, { force: true });
    });

    it('backs up, refuses to overwrite, and restores accounts and an intact audit chain', { skip }, async () => {
      assert.equal((await haven(['user', 'add', '--email', 'dsl@example.school', '--role', 'dsl', '--password', GOOD, ...flags])).code, 0);
      assert.equal((await haven(['token', 'create', '--account', 'dsl@example.school', '--scope', 'audit:read', ...flags])).code, 0);

      const backup = await haven(['backup', file, '--json', ...flags]);
      assert.equal(backup.code, 0, backup.err);
      const written = JSON.parse(backup.out) as { bytes: number; tables: number; rows: number; keyId: string };
      assert.ok(written.bytes > 0 && written.tables >= 17 && written.rows > 0);
      assert.equal(written.keyId, parseMasterKey(readFileSync(join(dataDir, 'master.key'), 'utf8')).id);
      assert.equal(statSync(file).mode & 0o777, 0o600);

      const again = await haven(['backup', file, ...flags]);
      assert.notEqual(again.code, 0);
      assert.match(again.err, /already exists.*--force/);
      assert.equal((await haven(['backup', file, '--force', ...flags])).code, 0);

      assert.equal((await haven(['user', 'add', '--email', 'later@example.school', '--role', 'teacher', '--sso-only', ...flags])).code, 0);
      assert.deepEqual(await emails(flags), ['dsl@example.school', 'later@example.school']);

      const dryRun = await haven(['restore', file, '--json', ...flags]);
      assert.equal(dryRun.code, 0, dryRun.err);
      assert.equal((JSON.parse(dryRun.out) as { restored: boolean }).restored, false);
      const dryText = await haven(['restore', file, ...flags]);
      assert.match(dryText.out, /is intact.*\n[\s\S]*nothing was changed[\s\S]*--yes/);
      assert.deepEqual(await emails(flags), ['dsl@example.school', 'later@example.school'], 'a restore without --yes changes nothing');

      const restored = await haven(['restore', file, '--yes', ...flags]);
      assert.equal(restored.code, 0, restored.err);
      assert.match(restored.out, /^restored .* tables, \d+ rows/);
      assert.deepEqual(await emails(flags), ['dsl@example.school']);

      const verify = await haven(['audit', 'verify', ...flags]);
      assert.equal(verify.code, 0, verify.err);
      assert.match(verify.out, /audit log intact/);
    });

    it('refuses a wrong key and a damaged file with a clear message, changing nothing', { skip }, async () => {
      const before = await emails(flags);
      const otherKey = { HAVEN_MASTER_KEY: randomBytes(32).toString('hex') };
      const wrongKey = await haven(['restore', file, '--yes', ...flags], otherKey);
      assert.notEqual(wrongKey.code, 0);
      assert.match(wrongKey.err, /encrypted with another master key/);

      const good = readFileSync(file);
      const damaged = Buffer.from(good);
      damaged.writeUInt8(damaged.readUInt8(good.length - 20) ^ 0x40, good.length - 20);
      const bad = `${file}.bad`;
      writeFileSync(bad, damaged);
      try {
        const result = await haven(['restore', bad, '--yes', ...flags]);
        assert.notEqual(result.code, 0);
        assert.match(result.err, /is damaged/);
        const dryRun = await haven(['restore', bad, ...flags]);
        assert.notEqual(dryRun.code, 0);
      } finally {
        rmSync(bad, { force: true });
      }
      assert.deepEqual(await emails(flags), before);
      assert.equal((await haven(['audit', 'verify', ...flags])).code, 0);
    });
  });
}
