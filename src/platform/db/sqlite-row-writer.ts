/**
 * Batched inserts into a SQLite file from a worker thread. better-sqlite3 is synchronous: on
 * the main thread, a write that waits for a lock (a backup, the CLI on the same data directory)
 * would stop the whole event loop — DNS answers included — for up to the busy timeout. The
 * worker has its own connection; the main thread only posts rows and awaits the reply.
 * `synchronous=NORMAL` in WAL mode: an event batch may be lost to a power cut, never corrupted.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';

/** Inserts rows off the main thread; see the module comment. */
export interface SqliteRowWriter {
  /** Inserts all rows in one transaction; rejects if the worker reports an error. */
  insert<T extends object>(table: string, rows: readonly T[]): Promise<void>;
  /** The same from column-major values (`values[column][row]`), which callers can build without an object per row. */
  insertColumns(table: string, columns: readonly string[], values: readonly (readonly unknown[])[], count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the worker on the SQLite file at `path`. */
export function createSqliteRowWriter(path: string, options: { busyTimeoutMs?: number } = {}): SqliteRowWriter {
  const worker = new Worker(new URL('./sqlite-row-writer.worker.mjs', import.meta.url), { workerData: { path, busyTimeoutMs: options.busyTimeoutMs ?? 5000 } });
  worker.unref();
  const waiting = new Map<number, { resolve(): void; reject(err: Error): void }>();
  let next = 0;
  let failure: Error | undefined;
  worker.on('message', (msg: { id: number; ok: boolean; error?: string }) => {
    const w = waiting.get(msg.id);
    if (w === undefined) return;
    waiting.delete(msg.id);
    if (msg.ok) w.resolve();
    else w.reject(new AppError('database.write_failed', 'unavailable', `batch insert failed: ${msg.error ?? 'unknown error'}`));
  });
  const fail = (err: Error): void => {
    failure = err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', () => fail(new AppError('database.write_failed', 'unavailable', 'the SQLite writer thread stopped')));
  function insertColumns(table: string, columns: readonly string[], values: readonly (readonly unknown[])[], count: number): Promise<void> {
    if (failure !== undefined) return Promise.reject(failure);
    if (count === 0) return Promise.resolve();
    const id = next++;
    return new Promise<void>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      // One JSON string crosses to the worker as a single copy; structured cloning thousands of
      // small values costs several times more.
      worker.postMessage({ id, table, columns, payload: JSON.stringify(values), count });
    });
  }
  return {
    insert: (table, rows) => {
      const first = rows[0];
      const columns = first === undefined ? [] : Object.keys(first);
      return insertColumns(table, columns, columns.map((c) => rows.map((r): unknown => Reflect.get(r, c) ?? null)), rows.length);
    },
    insertColumns,
    close: async () => {
      if (failure !== undefined) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ type: 'close' });
      await exited;
    },
  };
}
