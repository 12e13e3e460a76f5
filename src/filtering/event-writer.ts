/**
 * The writer behind the filter event log (`filter_events`), shared by every source — the DNS
 * filter, the web proxy, the extension: events are only pushed onto a bounded queue on the hot
 * path and written in batches; on SQLite the inserts run on a worker thread with its own
 * connection (a locked database must never stall the event loop that answers requests), on
 * PostgreSQL the driver is asynchronous already. Each source turns its own event objects into
 * columns (SQLite worker) and rows (query builder); ids are UUIDv7 made here, at the source.
 */
import { createBatchWriter, type BatchWriter, type BatchWriterStats } from '../platform/batch-writer.ts';
import { uuidv7Batch } from '../platform/crypto.ts';
import { createSqliteRowWriter, type Database, type Db } from '../platform/db/index.ts';
import type { Logger } from '../platform/log.ts';

/** Columns of `filter_events`, in the order the column builders fill them. */
export const FILTER_EVENT_COLUMNS = ['id', 'at', 'source', 'school_id', 'client_address', 'device_id', 'person_id', 'groups', 'host', 'path', 'query_type', 'verdict', 'category', 'list', 'rule', 'bytes'] as const;

/** Batch and bound settings (the `events` configuration slice). */
export interface EventLogOptions {
  readonly maxQueue: number;
  readonly batchSize: number;
  readonly flushMs: number;
}

/** What a batch shares: ids drawn at once, the ISO time of the last millisecond, each identity's groups as JSON. */
export class EventBatch {
  private readonly ids: string[];
  private readonly groupsJson = new Map<readonly string[], string>();
  private lastAt = Number.NaN;
  private lastIso = '';

  constructor(times: readonly number[]) {
    this.ids = uuidv7Batch(times);
  }

  id(i: number): string {
    return this.ids[i] ?? '';
  }

  iso(at: number): string {
    if (at !== this.lastAt) {
      this.lastAt = at;
      this.lastIso = new Date(at).toISOString();
    }
    return this.lastIso;
  }

  groups(groups: readonly string[]): string {
    let g = this.groupsJson.get(groups);
    if (g === undefined) this.groupsJson.set(groups, (g = JSON.stringify(groups)));
    return g;
  }
}

/** A source's writer: record on the hot path, plus the controls. */
export interface FilterEventWriter<E> {
  /** Queues one event; never blocks, never throws (dropped and counted past the bound). */
  record(event: E): void;
  stats(): BatchWriterStats;
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** How one source's events become `filter_events` values. */
export interface FilterEventFormat<E> {
  /** For log lines ("dns events"). */
  readonly name: string;
  /** Column-major values in {@link FILTER_EVENT_COLUMNS} order (the SQLite worker's format: no object per row). */
  columns(events: readonly E[]): unknown[][];
  /** Row objects (the query builder's format: PostgreSQL, in-memory SQLite). */
  rows(events: readonly E[]): Db['filter_events'][];
}

/** Rows per INSERT statement: 16 columns each stays under every dialect's parameter limit. */
const ROWS_PER_STATEMENT = 500;

/** Creates the batched writer for one source; see the module comment. */
export function createFilterEventWriter<E>(deps: { database: Pick<Database, 'db' | 'dialect' | 'sqlite'>; options: EventLogOptions; logger?: Logger }, format: FilterEventFormat<E>): FilterEventWriter<E> {
  const file = deps.database.dialect === 'sqlite' && deps.database.sqlite !== undefined && !deps.database.sqlite.memory ? deps.database.sqlite.name : undefined;
  const rowWriter = file === undefined ? undefined : createSqliteRowWriter(file);
  const { db } = deps.database;
  const writer: BatchWriter<E> = createBatchWriter<E>({
    name: format.name,
    maxBatch: deps.options.batchSize,
    flushMs: deps.options.flushMs,
    maxQueue: deps.options.maxQueue,
    ...(deps.logger === undefined ? {} : { logger: deps.logger }),
    write: async (batch) => {
      if (rowWriter !== undefined) return rowWriter.insertColumns('filter_events', FILTER_EVENT_COLUMNS, format.columns(batch), batch.length);
      const rows = format.rows(batch);
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
          await trx.insertInto('filter_events').values(rows.slice(i, i + ROWS_PER_STATEMENT)).execute();
        }
      });
    },
  });
  return {
    record: (e) => void writer.append(e),
    stats: () => writer.stats(),
    flush: () => writer.flush(),
    close: async () => {
      await writer.close();
      await rowWriter?.close();
    },
  };
}
