import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import { createAccount, createSchool, createToken, registerIdentityRoutes, ROLE_PERMISSIONS, type Role } from '../../src/identity/index.ts';
import { type Haven, openHaven } from '../../src/main/app.ts';
import { registerLiveRoutes } from '../../src/main/live-http.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { createHttpServer } from '../../src/platform/http/index.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { createLogger } from '../../src/platform/log.ts';
import { openSse, type SseEvent, type SseStream } from '../support/sse-client.ts';

const CLI = { type: 'cli' } as const;

for (const dialect of DIALECTS) {
  describe(`${dialect}: live events over SSE (GET /api/v1/live)`, () => {
    let t: TestHaven | undefined;
    let skip: string | false = false;
    let schoolA = '';
    let schoolB = '';
    const tokens = new Map<string, string>();
    const streams: SseStream[] = [];

    const open = async (who: string, extra: Record<string, string> = {}): Promise<SseStream> => {
      assert.ok(t);
      const s = await openSse(`${t.url}/api/v1/live`, { authorization: `Bearer ${tokens.get(who) ?? 'none'}`, ...extra });
      streams.push(s);
      return s;
    };
    const waitSubscribers = async (n: number): Promise<void> => {
      for (let i = 0; i < 250 && t?.haven.notify.live.subscribers !== n; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(t?.haven.notify.live.subscribers, n);
    };
    const dataOf = (e: SseEvent) => JSON.parse(e.data) as { id: string; type: string; schoolId: string; data: { n: number } };

    before(async () => {
      skip = await skipDialect(dialect);
      if (skip) return;
      t = await startTestHaven(dialect);
      const id = t.haven.identity;
      const first = await t.haven.database.db.selectFrom('schools').select('id').orderBy('created_at').executeTakeFirstOrThrow();
      schoolA = first.id;
      schoolB = (await createSchool(id, CLI, { name: 'Penwith Academy' })).id;
      const people: [string, Role, string, string[]?][] = [
        ['dsl-a', 'dsl', schoolA],
        ['dsl-b', 'dsl', schoolB],
        ['teacher-a', 'teacher', schoolA],
        ['dsl-a-capped', 'dsl', schoolA, ['school:read']],
      ];
      for (const [name, role, schoolId, scopes] of people) {
        const email = `${name}@example.school`;
        const account = await createAccount(id, CLI, { email, roles: [role], schoolId, password: 'tangerine-harbour-lantern' }).catch(async () => {
          const row = await t?.haven.database.db.selectFrom('accounts').select(['id', 'email']).where('email', '=', email).executeTakeFirstOrThrow();
          return row as { id: string };
        });
        tokens.set(name, (await createToken(id, CLI, { account: account.id, name, scopes: scopes ?? [...ROLE_PERMISSIONS[role]] })).token);
      }
    });
    after(async () => {
      for (const s of streams) s.close();
      await t?.close();
    });

    it('refuses a caller who is not signed in', async (c) => {
      if (skip) return c.skip(skip);
      const s = await open('nobody');
      assert.equal(s.status, 401);
    });

    it('reports that email is disabled when no SMTP server is configured', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const admin = await createAccount(t.haven.identity, CLI, { email: `admin-${dialect}@example.school`, roles: ['administrator'], password: 'tangerine-harbour-lantern' });
      const token = (await createToken(t.haven.identity, CLI, { account: admin.id, name: 'admin', scopes: [...ROLE_PERMISSIONS.administrator] })).token;
      const res = await fetch(`${t.url}/api/v1/notifications/status`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(res.status, 200);
      const body = (await res.json()) as { email: { state: string; reason?: string }; live: { crossNode: boolean } };
      assert.equal(body.email.state, 'disabled');
      assert.match(body.email.reason ?? '', /SMTP/);
      assert.equal(body.live.crossNode, dialect === 'postgres');
      const dsl = await fetch(`${t.url}/api/v1/notifications/status`, { headers: { authorization: `Bearer ${tokens.get('dsl-a') ?? ''}` } });
      assert.equal(dsl.status, 403);
      await dsl.body?.cancel();
    });

    it('sends each viewer only events whose permission they hold in that school', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const dslA = await open('dsl-a');
      const dslB = await open('dsl-b');
      const teacher = await open('teacher-a');
      const capped = await open('dsl-a-capped');
      assert.equal(dslA.status, 200);
      assert.match(dslA.contentType ?? '', /^text\/event-stream/);
      await waitSubscribers(4);
      const live = t.haven.notify.live;
      live.publish({ schoolId: schoolA, permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 1 } });
      live.publish({ schoolId: schoolB, permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 2 } });
      live.publish({ schoolId: schoolA, permission: 'concerns:staff' }, { type: 'safeguarding.concern.received', data: { n: 3 } });
      const endA = live.publish({ schoolId: schoolA, permission: 'school:read' }, { type: 'marker', data: { n: 9 } });
      const endB = live.publish({ schoolId: schoolB, permission: 'school:read' }, { type: 'marker', data: { n: 9 } });
      for (const s of [dslA, teacher, capped]) await s.waitFor((e) => e.id === endA.id);
      await dslB.waitFor((e) => e.id === endB.id);
      assert.deepEqual(dslA.events.map((e) => [e.event, dataOf(e).data.n]), [['alert.raised', 1], ['marker', 9]]);
      assert.deepEqual(dslB.events.map((e) => [e.event, dataOf(e).data.n]), [['alert.raised', 2], ['marker', 9]]);
      assert.deepEqual(teacher.events.map((e) => dataOf(e).data.n), [9], 'a teacher sees no alerts');
      assert.deepEqual(capped.events.map((e) => dataOf(e).data.n), [9], 'a token without monitoring:read sees no alerts, whatever its account’s role');
      assert.equal(dataOf(dslA.events[0] as SseEvent).schoolId, schoolA);
      for (const s of [dslA, dslB, teacher, capped]) s.close();
      await waitSubscribers(0);
    });

    it('resumes after Last-Event-ID, and asks for a resync when the id has left the ring', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const live = t.haven.notify.live;
      const seen = live.publish({ schoolId: schoolA, permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 10 } });
      live.publish({ schoolId: schoolA, permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 11 } });
      live.publish({ schoolId: schoolB, permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 12 } });
      const missed = live.publish({ schoolId: schoolA, permission: 'monitoring:read' }, { type: 'alert.acknowledged', data: { n: 13 } });
      const resumed = await open('dsl-a', { 'last-event-id': seen.id });
      await resumed.waitFor((e) => e.id === missed.id);
      assert.deepEqual(resumed.events.map((e) => dataOf(e).data.n), [11, 13]);
      const lost = await open('dsl-a', { 'last-event-id': '01890000-0000-7000-8000-000000000000' });
      const resync = await lost.waitFor((e) => e.event === 'resync');
      assert.equal(resync.data, '{}');
      resumed.close();
      lost.close();
      await waitSubscribers(0);
    });

    if (dialect === 'postgres') {
      it('delivers an event raised on another node sharing the database', async (c) => {
        if (skip || !t) return c.skip(skip || 'no haven');
        const config = loadConfig({ flags: { dataDir: t.dataDir, logLevel: 'silent' }, env: {}, cwd: t.dataDir });
        const nodeB: Haven = await openHaven(config, { clock: t.clock, logger: createLogger({ level: 'silent' }), target: t.target, filtering: 'lazy' });
        try {
          const dslA = await open('dsl-a');
          await waitSubscribers(1);
          // The LISTEN connection opens with the first subscriber; give it a moment, then publish until it arrives.
          let event: SseEvent | undefined;
          for (let i = 0; i < 50 && !event; i++) {
            const sent = nodeB.notify.live.publish({ schoolId: schoolA, permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 20 + i } });
            event = await dslA.waitFor((e) => e.id === sent.id, 200).catch(() => undefined);
          }
          assert.ok(event, 'node A’s dashboard saw node B’s alert');
          dslA.close();
          await waitSubscribers(0);
        } finally {
          await nodeB.close();
        }
      });
    }

    it('sends heartbeats, and ends a stream after its lifetime so the viewer is checked again', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const app = await createHttpServer({ logger: createLogger({ level: 'silent' }), trustProxy: false, title: 'live', version: '0' });
      registerIdentityRoutes(app, t.haven.identity);
      registerLiveRoutes(app, { db: t.haven.database.db, live: t.haven.notify.live, logger: createLogger({ level: 'silent' }) }, { heartbeatMs: 25, maxLifetimeMs: 400 });
      await app.listen({ host: '127.0.0.1', port: 0 });
      try {
        const s = await openSse(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/live`, { authorization: `Bearer ${tokens.get('dsl-a') ?? ''}` });
        streams.push(s);
        assert.equal(s.status, 200);
        assert.equal(await s.ended(5000), true, 'the server ended the stream');
        assert.ok(s.comments >= 3, `heartbeats arrived (${s.comments} comments)`);
        await waitSubscribers(0);
      } finally {
        await app.close();
      }
    });

    it('ends open streams when the server shuts down', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const s = await open('dsl-a');
      await waitSubscribers(1);
      const closing = t.app.close();
      assert.equal(await s.ended(5000), true, 'the stream ended');
      await closing;
      assert.equal(t.haven.notify.live.subscribers, 0);
    });
  });
}
