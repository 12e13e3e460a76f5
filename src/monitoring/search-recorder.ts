/**
 * The proxy's (and extension's) {@link SearchSink}: `search()` only queues in memory and returns
 * — it never touches the disk or the database, so the proxy's hot path never waits. A timer
 * writes batches through {@link recordSearches}. When a write fails (the database is down),
 * the batch and everything queued behind it go, sealed, to a spool file in the data directory,
 * and later searches follow them there while the spool is not empty; once the database answers,
 * the spool is replayed from the front, in order, before anything newer. Each search gets its id
 * (UUIDv7 of its capture time) when it leaves memory, before any write, so a chunk replayed twice
 * (a crash between writing and recording progress) is stored once. The spool is bounded
 * (decisions.md); past the bound new searches are dropped, counted and logged as errors.
 */
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { seal, unseal, uuidv7Batch } from '../platform/crypto.ts';
import { builtinLexiconInTurns } from './build-in-turns.ts';
import type { MonitoringDeps } from './deps.ts';
import type { SearchCapture, SearchSink } from './model.ts';
import { type IdentifiedCapture, identify, recordSearches } from './record-searches.ts';

/** Counters for status pages and tests. */
export interface SearchRecorderStats {
  queued: number;
  written: number;
  spooledBytes: number;
  spooled: number;
  replayed: number;
  dropped: number;
  failedWrites: number;
  lastError?: string;
}

/** The sink plus the controls main/ and tests need. */
export interface SearchRecorder extends SearchSink {
  /** Writes (or spools) everything queued now; resolves when done. */
  flush(): Promise<void>;
  /** Stops the timer and flushes; whatever the database cannot take is left in the spool. */
  close(): Promise<void>;
  stats(): SearchRecorderStats;
  /** Compiles the analyser's built-in lexicon now (about a second of CPU), so the first alert of a server is as quick as the rest. */
  warm(): void;
}

export interface SearchRecorderOptions {
  deps: MonitoringDeps;
  /** The data directory; the spool lives in `<dataDir>/spool/`. */
  dataDir: string;
  maxBatch?: number;
  flushMs?: number;
  /** Bound of the spool file (default 512 MiB). */
  maxSpoolBytes?: number;
  /** Searches held in memory while a slow write is in progress before the rest go to the spool (default 20,000). */
  maxMemory?: number;
  /** How the batch is stored; defaults to {@link recordSearches} (the seam keeps the spool testable on its own). */
  record?: (batch: readonly IdentifiedCapture[]) => Promise<unknown>;
}

const SPOOL_AAD = 'spool:monitoring-searches';
const MAX_BACKOFF_MS = 30_000;

/** Creates the recorder; its timer is unref'd so it never keeps the process alive. */
export function createSearchRecorder(options: SearchRecorderOptions): SearchRecorder {
  const { deps } = options;
  const maxBatch = options.maxBatch ?? 500;
  const flushMs = options.flushMs ?? 250;
  const maxSpoolBytes = options.maxSpoolBytes ?? 512 * 1024 * 1024;
  const maxMemory = options.maxMemory ?? 20_000;
  const record = options.record ?? ((batch) => recordSearches(deps, batch));
  const dir = join(options.dataDir, 'spool');
  const file = join(dir, 'monitoring-searches.spool');
  const offsetFile = `${file}.offset`;
  // Captures get their ids when they leave memory (written or spooled): the proxy's call stays a push.
  let queue: SearchCapture[] = [];
  const identifyAll = (captures: readonly SearchCapture[]): IdentifiedCapture[] => {
    const ids = uuidv7Batch(captures.map((c) => c.at));
    return captures.map((capture, i) => ({ id: ids[i] ?? identify(capture).id, capture }));
  };
  let running: Promise<void> | undefined;
  let closed = false;
  let spoolBytes = -1; // unknown until first looked at
  let backoffUntil = 0;
  let backoff = 0;
  const stats = { written: 0, spooled: 0, replayed: 0, dropped: 0, failedWrites: 0, lastError: undefined as string | undefined };

  async function spoolSize(): Promise<number> {
    if (spoolBytes < 0) spoolBytes = await stat(file).then((s) => s.size).catch(() => 0);
    return spoolBytes;
  }

  async function spill(items: IdentifiedCapture[]): Promise<void> {
    if (items.length === 0) return;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const size = await spoolSize();
    const lines: string[] = [];
    let bytes = 0;
    let dropped = 0;
    for (const item of items) {
      const line = `${seal(deps.masterKey, JSON.stringify(item), SPOOL_AAD)}\n`;
      if (size + bytes + line.length > maxSpoolBytes) {
        dropped++;
        continue;
      }
      lines.push(line);
      bytes += line.length;
    }
    if (lines.length > 0) await appendFile(file, lines.join(''), { mode: 0o600 });
    spoolBytes = size + bytes;
    stats.spooled += lines.length;
    if (dropped > 0) {
      stats.dropped += dropped;
      deps.logger.error({ dropped, totalDropped: stats.dropped, spoolBytes, maxSpoolBytes }, 'search spool full: searches dropped');
    }
  }

  async function readOffset(): Promise<number> {
    const text = await readFile(offsetFile, 'utf8').catch(() => '0');
    const n = Number(text.trim());
    return Number.isFinite(n) && n >= 0 ? n : 0;
  }

  /** Reads up to `maxBatch` spooled items from `offset`; returns them and the offset after them. */
  async function readChunk(offset: number): Promise<{ items: IdentifiedCapture[]; next: number }> {
    const items: IdentifiedCapture[] = [];
    let next = offset;
    const stream = createReadStream(file, { start: offset, encoding: 'utf8' });
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        next += Buffer.byteLength(line) + 1;
        if (line.length === 0) continue;
        try {
          items.push(JSON.parse(unseal(deps.masterKey, line, SPOOL_AAD)) as IdentifiedCapture);
        } catch (err) {
          stats.dropped++;
          deps.logger.error({ err }, 'unreadable line in the search spool skipped');
        }
        if (items.length >= maxBatch) break;
      }
    } finally {
      lines.close();
      stream.destroy();
    }
    return { items, next };
  }

  /** Replays the spool in order; false when the database still refuses. */
  async function replay(): Promise<boolean> {
    for (;;) {
      const size = await spoolSize();
      const offset = await readOffset();
      if (offset >= size) {
        await rm(file, { force: true });
        await rm(offsetFile, { force: true });
        spoolBytes = 0;
        return true;
      }
      const { items, next } = await readChunk(offset);
      if (items.length > 0) {
        try {
          await record(items);
        } catch (err) {
          failed(err);
          return false;
        }
        stats.replayed += items.length;
        stats.written += items.length;
      }
      await writeFile(offsetFile, String(next), { mode: 0o600 });
      if (next === offset) return true; // nothing readable left; the next pass removes it
    }
  }

  function failed(err: unknown): void {
    stats.failedWrites++;
    stats.lastError = (err as Error).message;
    backoff = Math.min(MAX_BACKOFF_MS, backoff === 0 ? flushMs : backoff * 2);
    backoffUntil = Date.now() + backoff;
    deps.logger.warn({ err, retryInMs: backoff }, 'search write failed; searches spooled to disk');
  }

  async function pumpOnce(): Promise<void> {
    if ((await spoolSize()) > 0) {
      const ok = Date.now() >= backoffUntil && (await replay());
      if (!ok) {
        // Keep the order: what is in memory goes behind what is already spooled.
        const rest = queue;
        queue = [];
        await spill(identifyAll(rest));
        return;
      }
    }
    while (queue.length > 0) {
      if (queue.length > maxMemory) {
        // The database is slow rather than down: keep memory bounded; the spool keeps the order.
        const rest = queue;
        queue = [];
        await spill(identifyAll(rest));
        return;
      }
      const batch = identifyAll(queue.slice(0, maxBatch));
      queue = queue.slice(batch.length);
      try {
        await record(batch);
        stats.written += batch.length;
        backoff = 0;
      } catch (err) {
        failed(err);
        const rest = batch.concat(identifyAll(queue));
        queue = [];
        await spill(rest);
        return;
      }
    }
  }

  function pump(): Promise<void> {
    running ??= pumpOnce()
      .catch((err: unknown) => deps.logger.error({ err }, 'search recorder failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const timer = setInterval(() => {
    if (queue.length > 0 || spoolBytes !== 0) void pump();
  }, flushMs);
  timer.unref();

  return {
    search(capture: SearchCapture) {
      if (closed) {
        stats.dropped++;
        return;
      }
      try {
        if (typeof capture.query !== 'string' || capture.query.trim() === '') return;
        queue.push(capture);
        if (queue.length === maxBatch) setImmediate(() => void pump());
      } catch (err) {
        stats.dropped++;
        deps.logger.error({ err }, 'search capture refused');
      }
    },
    async flush() {
      backoffUntil = 0;
      if (running) await running;
      await pump();
    },
    async close() {
      closed = true;
      clearInterval(timer);
      if (running) await running;
      backoffUntil = 0;
      await pump();
    },
    warm() {
      // In turns, so the DNS filter and proxy started beside it keep answering meanwhile.
      builtinLexiconInTurns().catch((err: unknown) => deps.logger.error({ err }, 'the analyser failed to warm up'));
    },
    stats: () => ({
      queued: queue.length,
      written: stats.written,
      spooledBytes: Math.max(0, spoolBytes),
      spooled: stats.spooled,
      replayed: stats.replayed,
      dropped: stats.dropped,
      failedWrites: stats.failedWrites,
      ...(stats.lastError === undefined ? {} : { lastError: stats.lastError }),
    }),
  };
}

/** Whether a spool file is waiting (for `haven check` and status). */
export async function spoolWaiting(dataDir: string): Promise<number> {
  return stat(join(dataDir, 'spool', 'monitoring-searches.spool')).then((s) => s.size).catch(() => 0);
}
