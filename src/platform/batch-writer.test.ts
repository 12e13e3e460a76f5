import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBatchWriter } from './batch-writer.ts';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('batch writer', () => {
  it('writes full batches at once and the rest on the timer', async () => {
    const batches: number[][] = [];
    const w = createBatchWriter<number>({ name: 't', maxBatch: 3, flushMs: 20, maxQueue: 100, write: async (b) => void batches.push([...b]) });
    for (let i = 0; i < 7; i++) w.append(i);
    await tick(60);
    assert.deepEqual(batches, [[0, 1, 2], [3, 4, 5], [6]]);
    assert.equal(w.stats().written, 7);
    await w.close();
  });

  it('never makes the caller wait while the database hangs, and drops past the bound with a count', async () => {
    let release: () => void = () => undefined;
    const w = createBatchWriter<number>({ name: 't', maxBatch: 2, flushMs: 10, maxQueue: 5, write: () => new Promise<void>((r) => (release = r)) });
    const started = Date.now();
    const accepted = Array.from({ length: 20 }, (_, i) => w.append(i));
    assert.ok(Date.now() - started < 50);
    await tick(30);
    // Two rows are in the hanging write; the queue then holds at most 5.
    assert.ok(accepted.filter((a) => !a).length >= 13);
    assert.equal(w.stats().dropped, accepted.filter((a) => !a).length);
    release();
    await w.close(200);
  });

  it('keeps rows when a write fails and writes them once the database is back', async () => {
    let down = true;
    const rows: number[] = [];
    const w = createBatchWriter<number>({
      name: 't',
      maxBatch: 10,
      flushMs: 10,
      maxQueue: 100,
      write: async (b) => {
        if (down) throw new Error('database unreachable');
        rows.push(...b);
      },
    });
    for (let i = 0; i < 5; i++) w.append(i);
    await tick(30);
    assert.equal(w.stats().failedWrites > 0, true);
    assert.equal(w.stats().queued, 5);
    down = false;
    await w.flush();
    assert.deepEqual(rows, [0, 1, 2, 3, 4]);
    assert.equal(w.stats().dropped, 0);
    await w.close();
  });
});
