import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from './clock.ts';
import type { Db } from './db/index.ts';
import type { Logger } from './log.ts';

/** A periodic job: runs at most once per interval across every process sharing the database. */
export interface Job {
  name: string;
  intervalMs: number;
  run(): Promise<void>;
}

/** Runs jobs on timers; a lease row in `scheduled_jobs` keeps two nodes from running one job at once. */
export interface Scheduler {
  add(job: Job): void;
  /** Runs a job now if its lease is free and it is due (used by the timers and by tests). */
  tick(name: string): Promise<'ran' | 'not-due' | 'locked' | 'failed'>;
  start(): void;
  stop(): void;
}

export function createScheduler(deps: { db: Kysely<Db>; clock: Clock; logger: Logger; checkEveryMs?: number }): Scheduler {
  const jobs = new Map<string, Job>();
  const owner = randomUUID();
  let timer: NodeJS.Timeout | undefined;

  async function tick(name: string): Promise<'ran' | 'not-due' | 'locked' | 'failed'> {
    const job = jobs.get(name);
    if (!job) return 'not-due';
    const now = deps.clock.now();
    const nowIso = new Date(now).toISOString();
    await deps.db.insertInto('scheduled_jobs').values({ name, last_run_at: null, last_status: null, locked_until: null, locked_by: null }).onConflict((c) => c.column('name').doNothing()).execute();
    const row = await deps.db.selectFrom('scheduled_jobs').selectAll().where('name', '=', name).executeTakeFirst();
    if (row?.last_run_at && Date.parse(row.last_run_at) + job.intervalMs > now) return 'not-due';
    const leaseUntil = new Date(now + Math.max(job.intervalMs, 60_000)).toISOString();
    const claimed = await deps.db
      .updateTable('scheduled_jobs')
      .set({ locked_until: leaseUntil, locked_by: owner })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return 'locked';
    let status: 'ok' | 'failed' = 'ok';
    try {
      await job.run();
    } catch (err) {
      status = 'failed';
      deps.logger.error({ err, job: name }, 'scheduled job failed');
    }
    await deps.db
      .updateTable('scheduled_jobs')
      .set({ last_run_at: new Date(deps.clock.now()).toISOString(), last_status: status, locked_until: null, locked_by: null })
      .where('name', '=', name)
      .execute();
    return status === 'ok' ? 'ran' : 'failed';
  }

  return {
    add: (job) => {
      jobs.set(job.name, job);
    },
    tick,
    start: () => {
      if (timer) return;
      const every = deps.checkEveryMs ?? 30_000;
      timer = setInterval(() => {
        for (const name of jobs.keys()) {
          tick(name).catch((err: unknown) => deps.logger.error({ err, job: name }, 'scheduler tick failed'));
        }
      }, every);
      timer.unref();
    },
    stop: () => {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
