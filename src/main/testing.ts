import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseTarget, Dialect } from '../platform/db/index.ts';
import { createManualClock, type ManualClock } from '../platform/clock.ts';
import { loadConfig } from '../platform/config/index.ts';
import { testTarget } from '../platform/db/testing.ts';
import { openDatabase } from '../platform/db/index.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { createLogger } from '../platform/log.ts';
import { type Haven, openHaven } from './app.ts';
import { buildHttpApp } from './http.ts';

/** A Haven with its HTTP app on a free loopback port, on a fresh database of one dialect. */
export interface TestHaven {
  haven: Haven;
  app: HavenApp;
  url: string;
  clock: ManualClock;
  dataDir: string;
  /** The database it runs on, so a test can open a second Haven on the same one. */
  target: DatabaseTarget;
  close(): Promise<void>;
}

/** Starts Haven for an integration test: temp data dir, fresh SQLite file or PostgreSQL schema, real socket. */
export async function startTestHaven(dialect: Dialect, options: { clock?: ManualClock } = {}): Promise<TestHaven> {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-it-'));
  const config = loadConfig({ flags: { dataDir, logLevel: 'silent' }, env: {}, cwd: dataDir });
  const clock = options.clock ?? createManualClock(Date.now());
  const target = testTarget(dialect);
  const haven = await openHaven(config, { clock, logger: createLogger({ level: 'silent' }), target });
  const app = await buildHttpApp(haven);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    haven,
    app,
    url: `http://127.0.0.1:${port}`,
    clock,
    dataDir,
    target,
    close: async () => {
      // Stop everything that could still query the schema (routes, the filter engine's poll and
      // LISTEN connection) before dropping it, then drop it over a connection of its own.
      await app.close();
      await haven.close();
      if (target.dialect === 'postgres' && target.schema) {
        const admin = await openDatabase({ dialect: 'postgres', url: target.url, poolSize: 1 });
        try {
          await sql`drop schema if exists ${sql.id(target.schema)} cascade`.execute(admin.db);
        } finally {
          await admin.close();
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
      if (target.dialect === 'sqlite') rmSync(join(target.path, '..'), { recursive: true, force: true });
    },
  };
}
