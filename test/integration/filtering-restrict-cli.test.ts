import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { runHaven } from '../support/haven-process.ts';

describe('the haven command: removing network access', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-restrict-cli-'));
  const d = ['--data-dir', dataDir];
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  async function ok(args: string[]): Promise<string> {
    const r = await runHaven([...args, ...d]);
    assert.equal(r.code, 0, `haven ${args.join(' ')}\n${r.out}\n${r.err}`);
    return r.out;
  }

  it('restricts a person until a duration, names the restriction in haven check, keeps learning sites open, and ends it', async () => {
    await ok(['learning-sites', 'list']);
    const db = new Database(join(dataDir, 'haven.sqlite'));
    try {
      const school = db.prepare<[], { id: string }>('select id from schools').get();
      const at = new Date().toISOString();
      db.prepare("insert into people (id, school_id, external_id, kind, first_name, last_name, date_of_birth, email, year_group, status, created_at, updated_at) values ('p-cli', ?, 'kp@example.school', 'learner', 'Kerensa', 'Polglase', null, null, 'Year 8', 'active', ?, ?)").run(school?.id ?? '', at, at);
    } finally {
      db.close();
    }
    assert.match(await ok(['learning-sites', 'add', 'learn.example', '--reason', 'lesson sites']), /^learn\.example$/m);
    const missing = await runHaven(['restrict', 'kp@example.school', ...d]);
    assert.equal(missing.code, 2);
    const created = await ok(['restrict', 'kp@example.school', '--until', '2d', '--code', 'behaviour']);
    const id = /^(r-[0-9a-f-]+):/m.exec(created)?.[1] ?? '';
    assert.ok(id !== '', created);
    const blocked = await ok(['check', 'news.example', '--person', 'p-cli']);
    assert.match(blocked, /^BLOCK news\.example/m);
    assert.match(blocked, new RegExp(`restriction\\s+block\\s+network access removed until .*\\[restriction ${id}\\]`));
    assert.match(await ok(['check', 'www.learn.example', '--person', 'p-cli']), /^ALLOW/m);
    assert.match(await ok(['restrict', 'list', '--active']), new RegExp(`${id}\\s+p-cli\\s+behaviour`));
    await ok(['restrict', 'end', id, '--reason', 'reviewed with parents']);
    assert.match(await ok(['check', 'news.example', '--person', 'p-cli']), /^ALLOW/m);
  });
});
