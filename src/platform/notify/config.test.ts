import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../config/index.ts';
import { notifyConfigOf } from './config.ts';

const dir = (): string => mkdtempSync(join(tmpdir(), 'haven-notify-config-'));

describe('notify configuration', () => {
  it('disables email when nothing is configured, with default quiet hours', () => {
    const n = notifyConfigOf(loadConfig({ cwd: dir(), env: {} }));
    assert.equal(n.smtp, undefined);
    assert.deepEqual(n.quietHours, { start: '18:00', end: '07:30', weekends: true });
    assert.equal(n.publicUrl, 'http://127.0.0.1:8080');
  });

  it('reads SMTP from HAVEN_SMTP_* with the password kept secret', () => {
    const c = loadConfig({
      cwd: dir(),
      env: {
        HAVEN_SMTP_HOST: 'smtp.school.example',
        HAVEN_SMTP_USER: 'haven',
        HAVEN_SMTP_PASSWORD: 'p4ssw0rd-never-shown',
        HAVEN_SMTP_FROM: 'Haven <haven@school.example>',
        HAVEN_SMTP_SECURE: 'false',
        HAVEN_PUBLIC_URL: 'https://haven.school.example',
      },
    });
    const n = notifyConfigOf(c);
    assert.ok(n.smtp);
    assert.equal(n.smtp.host, 'smtp.school.example');
    assert.equal(n.smtp.port, 587, 'STARTTLS port by default');
    assert.equal(n.smtp.secure, false);
    assert.equal(n.smtp.requireTls, true, 'STARTTLS is required unless turned off');
    assert.equal(n.smtp.password?.reveal(), 'p4ssw0rd-never-shown');
    assert.equal(n.publicUrl, 'https://haven.school.example');
    const shown = `${JSON.stringify(c)} ${inspect(c, { depth: 10 })} ${JSON.stringify(n)}`;
    assert.ok(!shown.includes('p4ssw0rd'), 'never printed');
    assert.equal(c.sources['notify.smtp.host'], 'env');
  });

  it('takes implicit TLS on 465 and quiet hours from the file', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'haven.config.yaml'), 'notify:\n  smtp:\n    host: mail.trust.example\n    secure: true\n    from: haven@trust.example\n  quietHours:\n    start: "17:30"\n    weekends: false\n');
    const n = notifyConfigOf(loadConfig({ cwd, env: {} }));
    assert.equal(n.smtp?.port, 465);
    assert.equal(n.smtp?.secure, true);
    assert.deepEqual(n.quietHours, { start: '17:30', end: '07:30', weekends: false });
  });

  it('refuses a host without a From address, and a bad time of day, naming the source', () => {
    const issues = (env: Record<string, string>): string => {
      try {
        loadConfig({ cwd: dir(), env });
      } catch (err) {
        assert.ok(err instanceof ConfigError);
        return err.message;
      }
      return assert.fail('expected a ConfigError');
    };
    assert.match(issues({ HAVEN_SMTP_HOST: 'smtp.school.example' }), /notify\.smtp\.from: from is required when an SMTP host is set/);
    assert.match(issues({ HAVEN_SMTP_HOST: 'smtp.school.example', HAVEN_SMTP_FROM: 'h@s.example', HAVEN_SMTP_SECURE: 'sometimes' }), /notify\.smtp\.secure: .*\(from HAVEN_SMTP_SECURE\)/);
    const cwd = dir();
    writeFileSync(join(cwd, 'haven.config.json'), JSON.stringify({ notify: { quietHours: { end: '7:30' } } }));
    assert.throws(() => loadConfig({ cwd, env: {} }), /notify\.quietHours\.end: must be a time of day HH:MM/);
  });
});
