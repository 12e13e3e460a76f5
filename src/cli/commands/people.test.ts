import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliIo } from '../context.ts';
import { main } from '../main.ts';

/** Runs `haven …` against the test's data directory and captures what it prints. */
async function haven(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: dir, readStdin: async () => '' };
  const code = await main([...args, '--data-dir', join(dir, 'data')], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('haven import people, people list, groups list', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'haven-cli-people-'));
    writeFileSync(join(dir, 'good.csv'), 'UPN,Forename,Surname,Year,Reg Group,Role\r\nA1,Ada,Quill,7,7A,Pupil\r\nA2,Bea,Cole,7,7A,Pupil\r\nS1,Cal,Dunn,,,Teacher\r\n');
    writeFileSync(join(dir, 'bad.csv'), 'UPN;Forename;Surname;DOB\nA1;Ada;Quill;2014-09-01\nA2;Bea;Cole;31/02/2014\n;Cal;Dunn;\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the changes of a dry run and writes nothing', async () => {
    const dry = await haven(dir, 'import', 'people', 'good.csv', '--dry-run');
    assert.equal(dry.code, 0, dry.err);
    assert.match(dry.out, /^dry run: nothing was written/);
    assert.match(dry.out, /3 rows: 3 would be created/);
    assert.match(dry.out, /line 2: create A1\n/);
    assert.match(dry.out, /line 2: add A1 to "7A"/);
    const list = await haven(dir, 'people', 'list', '--json');
    assert.equal((JSON.parse(list.out) as { total: number }).total, 0);
  });

  it('exits 2 with every invalid row by line and writes nothing', async () => {
    const bad = await haven(dir, 'import', 'people', 'bad.csv');
    assert.equal(bad.code, 2);
    assert.match(bad.out, /nothing was imported/);
    assert.match(bad.err, /2 of 3 rows are invalid: nothing was imported/);
    assert.match(bad.err, /line 3: DOB: "31\/02\/2014" is not a real date/);
    assert.match(bad.err, /line 4: UPN: is required/);
    const list = await haven(dir, 'people', 'list', '--json');
    assert.equal((JSON.parse(list.out) as { total: number }).total, 0);
  });

  it('imports, then reports no changes when the same file comes again', async () => {
    const first = await haven(dir, 'import', 'people', 'good.csv', '--json');
    assert.equal(first.code, 0, first.err);
    const summary = JSON.parse(first.out) as { created: number; groupsCreated: number; written: boolean };
    assert.deepEqual([summary.created, summary.groupsCreated, summary.written], [3, 2, true]);
    const again = await haven(dir, 'import', 'people', 'good.csv');
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /3 rows: 0 created, 0 updated, 3 unchanged/);
    assert.match(again.out, /no changes$/);
  });

  it('lists people by group or kind, and groups with their members', async () => {
    const inClass = await haven(dir, 'people', 'list', '--group', '7a', '--json');
    assert.deepEqual((JSON.parse(inClass.out) as { people: { externalId: string }[] }).people.map((p) => p.externalId), ['A2', 'A1']);
    const staff = await haven(dir, 'people', 'list', '--kind', 'staff');
    assert.match(staff.out, /^EXTERNAL ID\s+LAST NAME/);
    assert.match(staff.out, /S1\s+Dunn\s+Cal\s+staff/);
    assert.match(staff.out, /1 of 1$/);
    const groups = await haven(dir, 'groups', 'list');
    assert.match(groups.out, /7A\s+class\s+400\s+2/);
    assert.match(groups.out, /learners\s+template\s+100\s+2/);
    assert.equal((await haven(dir, 'people', 'list', '--kind', 'alien')).code, 2);
    assert.equal((await haven(dir, 'people', 'list', '--group', 'nope')).code, 2);
  });

  it('exits 2 when the file cannot be read', async () => {
    const missing = await haven(dir, 'import', 'people', 'missing.csv');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read missing\.csv: ENOENT/);
  });
});
