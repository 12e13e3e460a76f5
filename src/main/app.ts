import { join } from 'node:path';
import { type AuditLog, createAuditLog } from '../audit/index.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { HavenConfig } from '../platform/config/index.ts';
import { loadOrCreateMasterKey, type MasterKey } from '../platform/crypto.ts';
import { type Database, type DatabaseTarget, listenForChanges, migrateToLatest, openDatabase } from '../platform/db/index.ts';
import { createFilterEngine, createFilteringService, type FilterEngineHandle, type FilteringService } from '../filtering/index.ts';
import { createLogger, type Logger } from '../platform/log.ts';
import { createLoginThrottle, ensureInstallation, type IdentityDeps } from '../identity/index.ts';
import type { SafeguardingDeps } from '../safeguarding/index.ts';
import { createNotifier, createPgLiveRelay, type Notifier, notifyConfigOf } from '../platform/notify/index.ts';
import { createLexiconCache, createSearchRecorder, type MonitoringDeps, type SearchRecorder } from '../monitoring/index.ts';

/** Everything a process of Haven holds once the database is open: the wired services. */
export interface Haven {
  config: HavenConfig;
  logger: Logger;
  clock: Clock;
  database: Database;
  masterKey: MasterKey;
  audit: AuditLog;
  identity: IdentityDeps;
  safeguarding: SafeguardingDeps;
  /** The one filter engine of this process, shared by the API, the CLI and the DNS filter. */
  filtering: FilterEngineHandle;
  /** Filtering's audited use cases over that engine. */
  filteringService: FilteringService;
  /** Email, webhooks and live events (SSE); email is disabled until SMTP is configured. */
  notify: Notifier;
  /** Monitoring's use cases (alerts, ingestion, reports) and the search sink the proxy pushes to. */
  monitoring: MonitoringDeps;
  searches: SearchRecorder;
  close(): Promise<void>;
}

/** Where this configuration keeps its data. */
export function databaseTarget(config: HavenConfig): DatabaseTarget {
  return config.database.dialect === 'sqlite'
    ? { dialect: 'sqlite', path: config.database.path }
    : { dialect: 'postgres', url: config.database.url.reveal() };
}

/**
 * Opens Haven: master key, database (migrated), the installation's organisation and school,
 * and the services over them. Order matters: the key first (a missing key must stop us
 * before anything is written), then the database, then services that need both.
 */
export async function openHaven(
  config: HavenConfig,
  options: { clock?: Clock; logger?: Logger; migrate?: boolean; createKey?: boolean; target?: DatabaseTarget; filtering?: 'eager' | 'lazy' } = {},
): Promise<Haven> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger({ level: config.log.level });
  const masterKey = loadOrCreateMasterKey({
    ...(config.masterKey ? { configured: config.masterKey.reveal() } : {}),
    file: join(config.dataDir, 'master.key'),
    create: options.createKey ?? true,
  });
  const target = options.target ?? databaseTarget(config);
  const database = await openDatabase(target);
  try {
    if (options.migrate !== false) await migrateToLatest(database);
    await ensureInstallation(database.db, clock.now());
  } catch (err) {
    await database.close();
    throw err;
  }
  const audit = createAuditLog({ db: database.db, dialect: database.dialect, clock });
  const identity: IdentityDeps = {
    db: database.db,
    dialect: database.dialect,
    clock,
    audit,
    masterKey,
    session: config.session,
    throttle: createLoginThrottle(clock),
  };
  const safeguarding: SafeguardingDeps = { db: database.db, dialect: database.dialect, clock, audit, masterKey };
  // Servers load the filter policy now; one-shot CLI commands load it only if they decide something.
  const filtering = await createFilterEngine({
    db: database.db,
    dialect: database.dialect,
    clock,
    logger,
    lazy: options.filtering === 'lazy',
    listen: (onChange) => listenForChanges(target, onChange, logger),
  }).catch(async (err: unknown) => {
    await database.close();
    throw err;
  });
  const filteringService = createFilteringService({ db: database.db, dialect: database.dialect, clock, audit, logger, engine: filtering });
  // Safeguarding's remove-access action creates restrictions through filtering's service.
  safeguarding.filtering = filteringService;
  // Live events reach dashboards on every node through PostgreSQL; the LISTEN connection opens only with a subscriber.
  const relay = target.dialect === 'postgres' ? createPgLiveRelay({ db: database.db, url: target.url, schema: target.schema, logger }) : undefined;
  const notify = createNotifier({ config: notifyConfigOf(config), clock, logger, relay });
  // Monitoring notifies through `notify`, escalates alerts into safeguarding, and spools searches under the data dir when the database is down.
  const monitoring: MonitoringDeps = { db: database.db, dialect: database.dialect, clock, audit, masterKey, logger, safeguarding, notifier: notify, lexicons: createLexiconCache(), defaultQuietHours: config.notify.quietHours };
  const searches = createSearchRecorder({ deps: monitoring, dataDir: config.dataDir });
  return {
    config,
    logger,
    clock,
    database,
    masterKey,
    audit,
    identity,
    safeguarding,
    filtering,
    filteringService,
    notify,
    monitoring,
    searches,
    close: async () => {
      await searches.close();
      await notify.close();
      await filtering.close();
      await database.close();
    },
  };
}
