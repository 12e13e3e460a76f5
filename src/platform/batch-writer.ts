/**
 * A bounded, batching writer for high-volume rows (filter events): `append` only pushes onto an
 * in-memory queue and returns at once, whatever the database is doing; batches of up to
 * `maxBatch` rows are written every `flushMs` (or as soon as a batch is full), one write at a
 * time. When writes fail the rows stay queued and are retried with a growing delay; when the
 * queue reaches `maxQueue`, new rows are dropped and counted. Nothing is spooled to disk: this is
 * for rows that may be lost past the bound (plain query events), never for alerts or searches.
 */
import type { Logger } from './log.ts';

/** How a {@link BatchWriter} writes and how much it may hold. */
export interface BatchWriterOptions<T> {
  /** Writes one batch; a rejection keeps the rows queued for a retry. */
  write(batch: readonly T[]): Promise<void>;
  readonly maxBatch: number;
  readonly flushMs: number;
  readonly maxQueue: number;
  /** For log lines ("filter events"). */
  readonly name: string;
  readonly logger?: Logger;
}

/** Counters of a writer, for status pages. */
export interface BatchWriterStats {
  readonly queued: number;
  readonly written: number;
  readonly dropped: number;
  readonly failedWrites: number;
  readonly lastError?: string;
}

/** The writer; see the module comment. */
export interface BatchWriter<T> {
  /** Queues a row; false when it was dropped because the queue is full. Never blocks, never throws. */
  append(row: T): boolean;
  /** Writes everything queued now (used by tests and at shutdown); resolves when the queue is empty or a write failed. */
  flush(): Promise<void>;
  stats(): BatchWriterStats;
  /** Stops the timer and tries one last flush, bounded by `timeoutMs`. */
  close(timeoutMs?: number): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

/** Creates a writer; its timer is unref'd so it never keeps the process alive. */
export function createBatchWriter<T>(options: BatchWriterOptions<T>): BatchWriter<T> {
  let queue: T[] = [];
  let written = 0;
  let dropped = 0;
  let failedWrites = 0;
  let lastError: string | undefined;
  let writing: Promise<boolean> | undefined;
  let backoffUntil = 0;
  let backoff = 0;
  let closed = false;
  let droppedSinceLog = 0;

  async function writeOne(): Promise<boolean> {
    const batch = queue.length <= options.maxBatch ? queue : queue.slice(0, options.maxBatch);
    queue = batch === queue ? [] : queue.slice(batch.length);
    try {
      await options.write(batch);
      written += batch.length;
      backoff = 0;
      return true;
    } catch (err) {
      failedWrites++;
      lastError = (err as Error).message;
      // Keep the rows, oldest first, within the bound; the newest beyond it are dropped.
      const room = Math.max(0, options.maxQueue - queue.length);
      const kept = batch.length <= room ? batch : batch.slice(0, room);
      dropped += batch.length - kept.length;
      queue = kept.length === 0 ? queue : kept.concat(queue);
      backoff = Math.min(MAX_BACKOFF_MS, backoff === 0 ? options.flushMs : backoff * 2);
      backoffUntil = Date.now() + backoff;
      options.logger?.warn({ err, writer: options.name, queued: queue.length, retryInMs: backoff }, 'batch write failed; rows kept for a retry');
      return false;
    }
  }

  function kick(): void {
    if (writing !== undefined || queue.length === 0 || Date.now() < backoffUntil) return;
    writing = writeOne().finally(() => {
      writing = undefined;
      if (queue.length >= options.maxBatch) setImmediate(kick);
    });
  }

  const timer = setInterval(() => {
    if (droppedSinceLog > 0) {
      options.logger?.warn({ writer: options.name, dropped: droppedSinceLog, totalDropped: dropped }, 'queue full: rows dropped');
      droppedSinceLog = 0;
    }
    kick();
  }, options.flushMs);
  timer.unref();

  async function flush(): Promise<void> {
    backoffUntil = 0;
    for (;;) {
      if (writing !== undefined) await writing;
      if (queue.length === 0) return;
      writing = writeOne();
      const ok = await writing.finally(() => {
        writing = undefined;
      });
      if (!ok) return;
    }
  }

  return {
    append: (row) => {
      if (closed || queue.length >= options.maxQueue) {
        dropped++;
        droppedSinceLog++;
        return false;
      }
      queue.push(row);
      if (queue.length === options.maxBatch) setImmediate(kick);
      return true;
    },
    flush,
    stats: () => ({ queued: queue.length, written, dropped, failedWrites, ...(lastError === undefined ? {} : { lastError }) }),
    close: async (timeoutMs = 5000) => {
      closed = true;
      clearInterval(timer);
      let t: NodeJS.Timeout | undefined;
      await Promise.race([flush(), new Promise<void>((resolve) => (t = setTimeout(resolve, timeoutMs)))]);
      if (t !== undefined) clearTimeout(t);
    },
  };
}
