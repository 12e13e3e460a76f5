import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/context.ts';
import { openHaven } from '../../src/main/app.ts';
import { buildAccount, buildPerson } from '../../src/monitoring/testing.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import { createLogger } from '../../src/platform/log.ts';

describe('the haven command: monitoring import, alerts, terms and the weekly report', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-monitoring-cli-'));
  const d = ['--data-dir', dataDir];
  let dsl = '';
  let teacher = '';

  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: dataDir, readStdin: async () => '' };
    const code = await main([...args, ...d], io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  before(async () => {
    const haven = await openHaven(loadConfig({ flags: { dataDir, logLevel: 'silent' }, env: {}, cwd: dataDir }), { logger: createLogger({ level: 'silent' }), filtering: 'lazy' });
    try {
      dsl = (await buildAccount(haven.database.db, { roles: ['dsl'] })).email;
      teacher = (await buildAccount(haven.database.db, { roles: ['teacher'] })).email;
      await buildPerson(haven.database.db, { email: 'sam.learner@pupils.example.school' });
    } finally {
      await haven.close();
    }
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports a CSV export with per-row errors, and the alert is there for the DSL only', async () => {
    const file = join(dataDir, 'chat.csv');
    writeFileSync(
      file,
      [
        'text,source,person,at',
        '"i want to die, nobody cares",chat,sam.learner@pupils.example.school,',
        'see you at lunch,chat,sam.learner@pupils.example.school,',
        ',chat,sam.learner@pupils.example.school,',
        'hello,fax,sam.learner@pupils.example.school,',
        'hello,chat,nobody@example.school,',
      ].join('\n'),
    );
    const r = await run(['monitoring', 'import', file]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /5 rows: 2 accepted, 3 rejected/);
    assert.match(r.out, /line 4: text is empty/);
    assert.match(r.out, /line 5: source "fax" is not one of/);
    assert.match(r.out, /line 6: no person "nobody@example.school"/);
    assert.doesNotMatch(r.out, /severity|suicide/, 'the importer is not told the analysis');

    const alerts = await run(['monitoring', 'alerts', '--as', dsl, '--json']);
    assert.equal(alerts.code, 0, alerts.err);
    const list = JSON.parse(alerts.out) as { alerts: { id: string; severity: number; category: string; source: string }[] };
    assert.equal(list.alerts.length, 1);
    assert.deepEqual([list.alerts[0]?.severity, list.alerts[0]?.category, list.alerts[0]?.source], [5, 'suicide-self-harm', 'ingest']);
    const shown = await run(['monitoring', 'alert', list.alerts[0]?.id ?? '', '--as', dsl]);
    assert.match(shown.out, /\[\[.*die.*\]\]/, 'the matched words are marked');
    const refused = await run(['monitoring', 'alerts', '--as', teacher]);
    assert.notEqual(refused.code, 0);
    assert.match(refused.err, /you may not read monitoring alerts/);
  });

  it('adds and lists school terms', async () => {
    assert.equal((await run(['monitoring', 'terms', 'add', 'Sniffer Squad', '--category', 'bullying-abuse', '--severity', '3', '--as', dsl])).code, 0);
    assert.equal((await run(['monitoring', 'terms', 'exclude', 'killer whale', '--as', dsl])).code, 0);
    const list = await run(['monitoring', 'terms', 'list', '--as', dsl]);
    assert.match(list.out, /add\s+sniffer squad\s+bullying-abuse\s+3\s+manual/);
    assert.match(list.out, /exclude\s+killer whale/);
    assert.notEqual((await run(['monitoring', 'terms', 'add', 'x y', '--category', 'nonsense', '--severity', '3', '--as', dsl])).code, 0);
  });

  it('makes the weekly report as figures and as an HTML page with charts', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const r = await run(['report', 'weekly', '--as', dsl, '--week', today, '--json']);
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out) as { figures: { alerts: { total: number; byOutcome: { key: string; count: number }[] }; trend: unknown[] } };
    assert.equal(report.figures.alerts.total, 1);
    assert.deepEqual(report.figures.alerts.byOutcome, [{ key: 'open', count: 1 }]);
    assert.equal(report.figures.trend.length, 4);
    const out = join(dataDir, 'weekly.html');
    assert.equal((await run(['report', 'weekly', '--as', dsl, '--week', today, '--out', out])).code, 0);
    assert.ok(existsSync(out));
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<svg role="img"/);
    assert.match(html, /Prevent duty/);
    assert.doesNotMatch(html, /die|sam\.learner/i, 'counts only');
  });
});
