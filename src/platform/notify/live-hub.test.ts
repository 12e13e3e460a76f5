import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock } from '../clock.ts';
import { createTestDatabase, DIALECTS, skipDialect } from '../db/testing.ts';
import { createLogger } from '../log.ts';
import { createLiveHub } from './live-hub.ts';
import { createPgLiveRelay } from './live-pg.ts';
import type { LiveAudience, LiveEvent } from './model.ts';

const logger = createLogger({ level: 'silent' });
const dslOf = (schoolId: string) => (a: LiveAudience) => a.schoolId === schoolId && a.permission === 'monitoring:read';

describe('live hub', () => {
  it('delivers only what each subscriber’s filter admits', async () => {
    const hub = createLiveHub({ clock: createManualClock(), logger });
    const a: LiveEvent[] = [];
    const b: LiveEvent[] = [];
    hub.subscribe(dslOf('s1'), (e) => a.push(e));
    const subB = hub.subscribe(dslOf('s2'), (e) => b.push(e));
    hub.publish({ schoolId: 's1', permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 1 } });
    hub.publish({ schoolId: 's2', permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 2 } });
    hub.publish({ schoolId: 's1', permission: 'concerns:staff' }, { type: 'x', data: { n: 3 } });
    assert.deepEqual(a.map((e) => e.data), [{ n: 1 }]);
    assert.deepEqual(b.map((e) => e.data), [{ n: 2 }]);
    subB.unsubscribe();
    hub.publish({ schoolId: 's2', permission: 'monitoring:read' }, { type: 'alert.raised', data: { n: 4 } });
    assert.equal(b.length, 1, 'nothing after unsubscribe');
    assert.equal(hub.subscribers, 1);
    await hub.close();
  });

  it('replays what followed Last-Event-ID, and reports a gap once the ring has moved on', async () => {
    const hub = createLiveHub({ clock: createManualClock(), logger, ringSize: 3 });
    const sent = [1, 2, 3].map((n) => hub.publish({ schoolId: 's1', permission: 'monitoring:read' }, { type: 't', data: { n } }));
    const resumed = hub.subscribe(dslOf('s1'), () => undefined, { lastEventId: sent[0]?.id });
    assert.deepEqual(resumed.replay.map((e) => e.data), [{ n: 2 }, { n: 3 }]);
    assert.equal(resumed.gap, false);
    hub.publish({ schoolId: 's1', permission: 'monitoring:read' }, { type: 't', data: { n: 4 } });
    const late = hub.subscribe(dslOf('s1'), () => undefined, { lastEventId: sent[0]?.id });
    assert.equal(late.gap, true);
    assert.deepEqual(late.replay, []);
    const other = hub.subscribe(dslOf('s2'), () => undefined, { lastEventId: sent[1]?.id });
    assert.deepEqual(other.replay, [], 'the replay is filtered too');
    await hub.close();
  });

  it('tells subscribers when it closes, and keeps going when one of them throws', async () => {
    const hub = createLiveHub({ clock: createManualClock(), logger });
    const got: number[] = [];
    hub.subscribe(() => true, () => {
      throw new Error('broken subscriber');
    });
    hub.subscribe(() => true, () => got.push(1));
    hub.publish({ schoolId: 's', permission: 'p' }, { type: 't', data: null });
    assert.deepEqual(got, [1]);
    let closed = 0;
    hub.onClose(() => closed++);
    await hub.close();
    assert.equal(closed, 1);
    assert.equal(hub.subscribers, 0);
  });
});

for (const dialect of DIALECTS.filter((d) => d === 'postgres')) {
  describe(`${dialect}: live events across nodes`, () => {
    it('delivers an event published on node B to a subscriber on node A, once', async (t) => {
      const skip = await skipDialect(dialect);
      if (skip) return t.skip(skip);
      const database = await createTestDatabase(dialect, { migrate: false });
      const target = database.target;
      assert.ok(target.dialect === 'postgres');
      const relayA = createPgLiveRelay({ db: database.db, url: target.url, schema: target.schema, logger });
      const relayB = createPgLiveRelay({ db: database.db, url: target.url, schema: target.schema, logger });
      const relayOther = createPgLiveRelay({ db: database.db, url: target.url, schema: 'another_schema', logger });
      const clock = createManualClock();
      const nodeA = createLiveHub({ clock, logger, relay: relayA });
      const nodeB = createLiveHub({ clock, logger, relay: relayB });
      const elsewhere = createLiveHub({ clock, logger, relay: relayOther });
      try {
        const onA: LiveEvent[] = [];
        const onB: LiveEvent[] = [];
        const onElsewhere: LiveEvent[] = [];
        nodeA.subscribe(dslOf('s1'), (e) => onA.push(e));
        nodeB.subscribe(dslOf('s1'), (e) => onB.push(e));
        elsewhere.subscribe(() => true, (e) => onElsewhere.push(e));
        for (let i = 0; i < 100 && !(relayA.listening && relayB.listening && relayOther.listening); i++) await new Promise((r) => setTimeout(r, 20));
        assert.ok(relayA.listening && relayB.listening);
        const sent = nodeB.publish({ schoolId: 's1', permission: 'monitoring:read' }, { type: 'alert.raised', data: { alertId: 'a1' } });
        nodeB.publish({ schoolId: 's2', permission: 'monitoring:read' }, { type: 'alert.raised', data: { alertId: 'a2' } });
        for (let i = 0; i < 100 && onA.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 100));
        assert.deepEqual(onA, [sent], 'node A sees the event, with its id, and not the other school’s');
        assert.deepEqual(onB, [sent], 'node B delivers its own event once, not again from PostgreSQL');
        assert.deepEqual(onElsewhere, [], 'another schema (another installation) sees nothing');
        const resumed = nodeA.subscribe(dslOf('s1'), () => undefined, { lastEventId: sent.id });
        assert.equal(resumed.gap, false, 'the remote event is in node A’s ring for resume');
      } finally {
        await nodeA.close();
        await nodeB.close();
        await elsewhere.close();
        await database.destroy();
      }
    });
  });
}
