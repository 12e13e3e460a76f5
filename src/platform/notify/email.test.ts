import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createManualClock } from '../clock.ts';
import { Secret } from '../config/secret.ts';
import { createLogger } from '../log.ts';
import { checkSmtp } from './email.ts';
import { NotifyError } from './errors.ts';
import { createNotifier } from './notifier.ts';
import { startTestSmtpServer, type TestSmtpServer } from './testing-smtp.ts';

const logger = createLogger({ level: 'silent' });

describe('email through SMTP', () => {
  let smtp: TestSmtpServer;
  before(async () => {
    smtp = await startTestSmtpServer({ user: 'haven', password: 'correct horse' });
  });
  after(async () => {
    await smtp.close();
  });

  const notifierFor = (password: string) =>
    createNotifier({
      config: { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, requireTls: false, user: 'haven', password: new Secret(password), from: 'Haven <haven@school.example>' } },
      clock: createManualClock(),
      logger,
    });

  it('delivers to every recipient with the subject, text and headers given', async () => {
    const notify = notifierFor('correct horse');
    try {
      assert.equal(notify.emailEnabled, true);
      const before = smtp.received.length;
      const long = `Open it in Haven (sign-in required): https://haven.school.example/concerns/${'0'.repeat(60)}`;
      const receipt = await notify.email({
        to: ['dsl@school.example', 'deputy@school.example'],
        subject: 'Haven: concern escalated (severity 5)',
        text: `Severity: 5 of 5\n${long}\nCafé ✓`,
        headers: { 'X-Haven-Kind': 'concern.escalated' },
      });
      assert.match(receipt.messageId, /@/);
      assert.deepEqual(receipt.accepted.sort(), ['deputy@school.example', 'dsl@school.example']);
      const [mail] = (await smtp.waitFor(before + 1)).slice(before);
      assert.ok(mail);
      assert.equal(mail.from, 'haven@school.example');
      assert.equal(mail.user, 'haven', 'signed in with the configured user');
      assert.deepEqual(mail.to.sort(), ['deputy@school.example', 'dsl@school.example']);
      assert.equal(mail.headers.get('subject'), 'Haven: concern escalated (severity 5)');
      assert.equal(mail.headers.get('x-haven-kind'), 'concern.escalated');
      assert.match(mail.text, /Severity: 5 of 5/);
      assert.ok(mail.text.includes(long), 'a long line survives encoding intact');
      assert.ok(mail.text.includes('Café ✓'), 'UTF-8 survives');
    } finally {
      await notify.close();
    }
  });

  it('reports a refused login as notify.email_failed, without the password', async () => {
    const notify = notifierFor('wrong password');
    try {
      await assert.rejects(
        notify.email({ to: ['dsl@school.example'], subject: 's', text: 't' }),
        (err: unknown) => err instanceof NotifyError && err.code === 'notify.email_failed' && !err.message.includes('wrong password'),
      );
    } finally {
      await notify.close();
    }
  });

  it('is disabled, not broken, when no SMTP server is configured', async () => {
    const notify = createNotifier({ config: {}, clock: createManualClock(), logger });
    try {
      assert.equal(notify.emailEnabled, false);
      const status = notify.status();
      assert.equal(status.email.state, 'disabled');
      await assert.rejects(notify.email({ to: ['a@b.example'], subject: 's', text: 't' }), (err: unknown) => err instanceof NotifyError && err.code === 'notify.email_disabled');
    } finally {
      await notify.close();
    }
  });

  it('checks a server for haven doctor: sign-in works, a wrong password or a closed port does not', async () => {
    const settings = { host: '127.0.0.1', port: smtp.port, secure: false, requireTls: false, user: 'haven', from: 'haven@school.example' };
    assert.equal(await checkSmtp({ ...settings, password: new Secret('correct horse') }), null);
    assert.match((await checkSmtp({ ...settings, password: new Secret('nope') })) ?? '', /invalid|auth/i);
    assert.ok(await checkSmtp({ ...settings, port: 1, password: new Secret('x') }, 2000));
  });

  it('refuses to send after close', async () => {
    const notify = notifierFor('correct horse');
    await notify.close();
    await assert.rejects(notify.email({ to: ['a@b.example'], subject: 's', text: 't' }), (err: unknown) => err instanceof NotifyError && err.code === 'notify.closed');
  });
});
