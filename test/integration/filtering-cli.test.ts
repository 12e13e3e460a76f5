import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runHaven } from '../support/haven-process.ts';

describe('the haven command: filtering', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-filter-cli-'));
  const d = ['--data-dir', dataDir];
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  async function ok(args: string[]): Promise<string> {
    const r = await runHaven([...args, ...d]);
    assert.equal(r.code, 0, `haven ${args.join(' ')}\n${r.out}\n${r.err}`);
    return r.out;
  }

  it('imports a list with progress and a summary naming bad lines, then lists and shows it', async () => {
    const file = join(dataDir, 'adult.txt');
    writeFileSync(file, '# demo list\nbad.example\n0.0.0.0 hosts-style.example\nstatic.good.example\nnot a host\n');
    const r = await runHaven(['lists', 'import', file, '--category', 'pornography', '--name', 'adult.test', '--format', 'plain', ...d]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /reading adult\.txt: \d+%/, 'plain progress lines when stderr is not a terminal');
    assert.match(r.out, /adult\.test \(pornography\): version 1 in force, 2 entries/);
    assert.match(r.out, /line 3: .*"0\.0\.0\.0 hosts-style\.example"/);
    assert.match(r.out, /line 5: /);
    assert.match(await ok(['lists', 'list']), /adult\.test\s+pornography\s+2\s+1/);
    assert.match(await ok(['lists', 'show', 'adult.test']), /line 5: /);
    const missing = await runHaven(['lists', 'import', file, ...d]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--category must be one of/);
  });

  it('imports a UT1 directory as one list per category, skipping aliases', async () => {
    const root = join(dataDir, 'ut1', 'blacklists');
    for (const [dir, content] of [['adult', 'porn.example\n'], ['gambling', 'bet.example\n'], ['games', 'play.example\n']] as const) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, 'domains'), content);
    }
    writeFileSync(join(root, 'adult', 'urls'), 'host.example/adult/page\n');
    symlinkSync(join(root, 'adult'), join(root, 'porn'));
    const r = await runHaven(['lists', 'import', join(dataDir, 'ut1'), '--format', 'ut1', ...d]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /ut1-adult \(pornography\): version 1 in force, 2 entries \(1 domains, 1 URL prefixes\)/);
    assert.match(r.out, /ut1-gambling \(gambling\)/);
    assert.match(r.err, /skipped UT1 porn: an alias/);
  });

  it('explains a decision: a subdomain is blocked with list and category; the parent of a sub-entry is allowed', async () => {
    const blocked = await ok(['check', 'www.bad.example', '--group', 'learners']);
    assert.match(blocked, /^BLOCK www\.bad\.example/);
    assert.match(blocked, /category pornography · list adult\.test · entry bad\.example/);
    assert.match(blocked, /chain:\n\s+list\s+match\s+bad\.example is on adult\.test/);
    assert.match(await ok(['check', 'good.example', '--group', 'learners']), /^ALLOW good\.example/);
    const json = JSON.parse(await ok(['check', 'https://host.example/adult/page?x=1', '--group', 'staff', '--json'])) as { decision: { verdict: string; entry: string } };
    assert.deepEqual([json.decision.verdict, json.decision.entry], ['block', 'host.example/adult/page']);
  });

  it('adds a timed rule: allowed inside its window and blocked outside (--at)', async () => {
    await ok(['rules', 'add', '--group', 'learners', '--category', 'games', '--level', 'allowed-at-certain-times', '--window', 'mon-fri 12:00-13:00', '--reason', 'lunchtime games club']);
    assert.match(await ok(['check', 'play.example', '--group', 'learners', '--at', '2026-09-07T12:30:00+01:00']), /^ALLOW/);
    const outside = await ok(['check', 'play.example', '--group', 'learners', '--at', '2026-09-07T14:00:00+01:00']);
    assert.match(outside, /^BLOCK/);
    assert.match(outside, /only at certain times, and this is outside them/);
    assert.match(await ok(['rules', 'list']), /lunchtime games club/);
    const bad = await runHaven(['check', 'play.example', '--at', 'tomorrow', ...d]);
    assert.equal(bad.code, 2);
  });

  it('requests, approves and lists an unblock, which opens only inside its window', async () => {
    const start = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 86_400_000;
    const from = new Date(start).toISOString();
    const at = (minutes: number): string => new Date(start + minutes * 60_000).toISOString();
    const requested = JSON.parse(
      await ok(['unblock', 'request', '--category', 'gambling', '--group', 'learners', '--from', from, '--minutes', '60', '--reason', 'probability lesson', '--json']),
    ) as { id: string; status: string };
    assert.equal(requested.status, 'pending');
    assert.match(await ok(['unblock', 'approve', requested.id, '--note', 'fine for the lesson']), /approved/);
    const inside = await ok(['check', 'bet.example', '--group', 'learners', '--at', at(30)]);
    assert.match(inside, new RegExp(`^ALLOW[\\s\\S]*approval ${requested.id}`));
    assert.match(await ok(['check', 'bet.example', '--group', 'learners', '--at', at(90)]), /^BLOCK/);
    assert.match(await ok(['unblock', 'list']), new RegExp(requested.id));
    assert.match(await ok(['unblock', 'counts']), /gambling\s+1\s+1\s+0\s+0/);
    const illegal = await runHaven(['unblock', 'request', '--category', 'terrorism', '--group', 'staff', '--minutes', '5', '--reason', 'research', ...d]);
    assert.equal(illegal.code, 1);
    assert.match(illegal.err, /always blocked/);
  });

  it('registers devices and subnets, and identifies clients by them', async () => {
    await ok(['devices', 'add', '--ip', '10.0.0.7', '--group', 'staff', '--label', 'staff room']);
    await ok(['subnets', 'add', '10.8.0.0/16', '--group', 'guests', '--mode', 'sign-in-page']);
    assert.match(await ok(['devices', 'list']), /10\.0\.0\.7\s+staff/);
    assert.match(await ok(['subnets', 'list']), /10\.8\.0\.0\/16\s+guests\s+sign-in-page/);
    const who = JSON.parse(await ok(['check', 'x.example', '--address', '10.8.1.1', '--json'])) as { client: { groups: { name: string }[]; source: string } };
    assert.deepEqual([who.client.source, who.client.groups[0]?.name], ['subnet', 'guests']);
    await ok(['devices', 'remove', '10.0.0.7']);
    await ok(['subnets', 'remove', '10.8.0.0/16']);
    assert.match(await ok(['devices', 'list']), /no devices registered/);
  });

  it('self-tests every group, and exits 1 when a required category is open for learners', async () => {
    const passed = await ok(['filter', 'test']);
    assert.match(passed, /^self-test passed/);
    assert.match(passed, /learners\s+yes\s+strict/);
    assert.match(passed, /drugs\s+3 group\(s\)\s+0\s+0\s+-\s+NOTHING TO BLOCK WITH/);
    await ok(['rules', 'add', '--group', 'learners', '--category', 'drugs', '--level', 'allowed', '--reason', 'a mistake on purpose']);
    const failed = await runHaven(['filter', 'test', '--group', 'learners', ...d]);
    assert.equal(failed.code, 1);
    assert.match(failed.out, /self-test FAILED/);
    assert.match(failed.err, /drugs/);
  });
});
