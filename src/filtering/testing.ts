/**
 * Filtering's services over a test database (tests only): identity deps with the installation's
 * school and template groups, a live engine and the service, with a manual clock.
 */
import { createAuditLog } from '../audit/index.ts';
import { createLoginThrottle, ensureInstallation, type IdentityDeps } from '../identity/index.ts';
import { parseMasterKey } from '../platform/crypto.ts';
import { createManualClock, type ManualClock } from '../platform/clock.ts';
import { listenForChanges, openDatabase } from '../platform/db/index.ts';
import type { TestDatabase } from '../platform/db/testing.ts';
import { createLogger } from '../platform/log.ts';
import { createFilterEngine, type FilterEngineHandle } from './engine.ts';
import { createFilteringService, type FilteringService } from './service.ts';
import { parseListText } from './core/parse-list.ts';
import type { Category } from './model.ts';

/** Everything a filtering test drives. */
export interface FilteringTestDeps {
  identity: IdentityDeps & { clock: ManualClock };
  engine: FilterEngineHandle;
  service: FilteringService;
  clock: ManualClock;
  /** The installation's first school and its template groups' ids. */
  schoolId: string;
  groups: { learners: string; staff: string; guests: string };
  close(): Promise<void>;
}

/** Builds identity, the engine (polling every `pollMs`) and the service over `t`. */
export async function createFilteringTestDeps(t: TestDatabase, options: { clock?: ManualClock; pollMs?: number; fetch?: typeof fetch } = {}): Promise<FilteringTestDeps> {
  const clock = options.clock ?? createManualClock();
  const identity = {
    db: t.db,
    dialect: t.dialect,
    clock,
    audit: createAuditLog({ db: t.db, dialect: t.dialect, clock }),
    masterKey: parseMasterKey('0'.repeat(64)),
    session: { idleMinutes: 60, absoluteHours: 12 },
    throttle: createLoginThrottle(clock),
  };
  await ensureInstallation(t.db, clock.now());
  const logger = createLogger({ level: 'silent' });
  const engine = await createFilterEngine({ db: t.db, dialect: t.dialect, clock, logger, pollMs: options.pollMs ?? 250, listen: (onChange) => listenForChanges(t.target, onChange, logger) });
  const service = createFilteringService({ db: t.db, dialect: t.dialect, clock, audit: createAuditLog({ db: t.db, dialect: t.dialect, clock }), logger, engine, ...(options.fetch === undefined ? {} : { fetch: options.fetch }) });
  const school = await t.db.selectFrom('schools').select('id').orderBy('created_at').executeTakeFirstOrThrow();
  const rows = await t.db.selectFrom('groups').select(['id', 'template']).where('school_id', '=', school.id).execute();
  const groupId = (template: string): string => rows.find((r) => r.template === template)?.id ?? '';
  return {
    identity,
    engine,
    service,
    clock,
    schoolId: school.id,
    groups: { learners: groupId('learners'), staff: groupId('staff'), guests: groupId('guests') },
    close: () => engine.close(),
  };
}

/** A second, independent connection and engine on the same database: another Haven process, as far as the first can tell. */
export async function openSecondEngine(t: TestDatabase, clock: ManualClock, pollMs = 250): Promise<{ engine: FilterEngineHandle; close(): Promise<void> }> {
  const database = await openDatabase(t.target);
  const logger = createLogger({ level: 'silent' });
  const engine = await createFilterEngine({ db: database.db, dialect: database.dialect, clock, logger, pollMs, listen: (onChange) => listenForChanges(t.target, onChange, logger) });
  return {
    engine,
    close: async () => {
      await engine.close();
      await database.close();
    },
  };
}

/** Imports a small list written inline (plain format unless given), with a reason. */
export async function importTestList(service: FilteringService, name: string, category: Category, text: string, format: 'plain' | 'hosts' | 'adblock' | 'urls' = 'plain') {
  return service.importList({ type: 'cli' }, { name, category, format, sourceKind: 'upload', source: `${name}.txt`, parsed: parseListText(text, format), reason: 'test list' });
}
