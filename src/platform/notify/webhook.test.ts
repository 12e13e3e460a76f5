import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createManualClock } from '../clock.ts';
import { Secret } from '../config/secret.ts';
import { createLogger } from '../log.ts';
import { NotifyError } from './errors.ts';
import { createNotifier } from './notifier.ts';
import { signWebhook, verifyWebhook } from './webhook-signature.ts';

const SECRET = 'whsec_' + Buffer.from('a shared secret of thirty-two b.').toString('base64');

interface Delivery {
  headers: IncomingMessage['headers'];
  body: string;
  verified: { id: string; timestamp: number } | string;
}

describe('signed webhooks', () => {
  let server: Server;
  let url: string;
  const deliveries: Delivery[] = [];
  /** Status codes to answer with, in order; 204 once they run out. */
  let script: number[] = [];
  const clock = createManualClock('2026-11-26T10:00:00Z');

  before(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let verified: Delivery['verified'];
        try {
          verified = verifyWebhook({ headers: req.headers, body, secret: SECRET, now: clock.now() });
        } catch (err) {
          verified = (err as Error).message;
        }
        deliveries.push({ headers: req.headers, body, verified });
        res.statusCode = typeof verified === 'string' ? 401 : (script.shift() ?? 204);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/haven`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const notifier = () => createNotifier({ config: { webhook: { attempts: 3, backoffMs: 10, timeoutMs: 2000 } }, clock, logger: createLogger({ level: 'silent' }) });

  it('signs each delivery so the receiver can verify it (Standard Webhooks headers)', async () => {
    deliveries.length = 0;
    const notify = notifier();
    try {
      const result = await notify.webhook(url, new Secret(SECRET), { type: 'alert.raised', id: 'evt_1', payload: { alertId: 'a1', severity: 5 } });
      assert.deepEqual(result, { attempts: 1, status: 204 });
      const [d] = deliveries;
      assert.ok(d);
      assert.deepEqual(d.verified, { id: 'evt_1', timestamp: Math.floor(clock.now() / 1000) });
      assert.equal(d.headers['content-type'], 'application/json');
      assert.match(String(d.headers['webhook-signature']), /^v1,[A-Za-z0-9+/]+=*$/);
      assert.deepEqual(JSON.parse(d.body), { type: 'alert.raised', id: 'evt_1', timestamp: '2026-11-26T10:00:00.000Z', data: { alertId: 'a1', severity: 5 } });
    } finally {
      await notify.close();
    }
  });

  it('retries 5xx and 429 with the same id, then succeeds', async () => {
    deliveries.length = 0;
    script = [503, 429];
    const notify = notifier();
    try {
      const result = await notify.webhook(url, SECRET, { type: 'alert.raised', id: 'evt_2', payload: {} });
      assert.deepEqual(result, { attempts: 3, status: 204 });
      assert.deepEqual(
        deliveries.map((d) => d.headers['webhook-id']),
        ['evt_2', 'evt_2', 'evt_2'],
      );
    } finally {
      await notify.close();
    }
  });

  it('gives up at once on a refusal, and after the last attempt on errors', async () => {
    deliveries.length = 0;
    script = [400];
    const notify = notifier();
    try {
      await assert.rejects(notify.webhook(url, SECRET, { type: 't', id: 'evt_3', payload: {} }), (e: unknown) => e instanceof NotifyError && e.code === 'notify.webhook_failed');
      assert.equal(deliveries.length, 1, 'a 400 is not retried');
      script = [500, 500, 500];
      await assert.rejects(notify.webhook(url, SECRET, { type: 't', id: 'evt_4', payload: {} }), /after 3 attempt/);
      assert.equal(deliveries.length, 4);
      await assert.rejects(notify.webhook('http://127.0.0.1:1/nothing-listens', SECRET, { type: 't', id: 'evt_5', payload: {} }), /after 3 attempt/);
    } finally {
      await notify.close();
    }
  });

  it('a receiver rejects a wrong secret, a changed body and an old timestamp', () => {
    const body = '{"a":1}';
    const timestamp = Math.floor(clock.now() / 1000);
    const headers = { 'webhook-id': 'evt_9', 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook({ id: 'evt_9', timestamp, body, secret: SECRET }) };
    assert.deepEqual(verifyWebhook({ headers, body, secret: SECRET, now: clock.now() }), { id: 'evt_9', timestamp });
    assert.throws(() => verifyWebhook({ headers, body, secret: 'whsec_' + Buffer.from('another secret').toString('base64'), now: clock.now() }), /no matching v1/);
    assert.throws(() => verifyWebhook({ headers, body: '{"a":2}', secret: SECRET, now: clock.now() }), /no matching v1/);
    assert.throws(() => verifyWebhook({ headers, body, secret: SECRET, now: clock.now() + 301_000 }), /tolerance/);
    assert.throws(() => verifyWebhook({ headers: { ...headers, 'webhook-id': 'evt_10' }, body, secret: SECRET, now: clock.now() }), /no matching v1/);
    const rotated = { ...headers, 'webhook-signature': `v1,bm90IGl0 ${headers['webhook-signature']}` };
    assert.ok(verifyWebhook({ headers: rotated, body, secret: SECRET, now: clock.now() }), 'any listed signature may match (key rotation)');
  });

  it('matches the Standard Webhooks reference vector', () => {
    // From the Standard Webhooks specification's test vectors.
    const sig = signWebhook({ id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    assert.equal(sig, 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });
});
