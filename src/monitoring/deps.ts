import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { MasterKey } from '../platform/crypto.ts';
import type { Db, Dialect } from '../platform/db/index.ts';
import type { Logger } from '../platform/log.ts';
import type { Notifier, QuietHours } from '../platform/notify/index.ts';
import type { SafeguardingDeps } from '../safeguarding/index.ts';
import type { LexiconCache } from './terms.ts';

/** What monitoring's use cases need; built once in main/ and passed down. */
export interface MonitoringDeps {
  db: Kysely<Db>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditLog;
  /** Seals search and alert text; it never goes in the database in clear. */
  masterKey: MasterKey;
  logger: Logger;
  /** An escalated alert becomes a concern through safeguarding's use cases. */
  safeguarding: SafeguardingDeps;
  /** Email, webhooks and live push; absent where none is wired (alerts still land, unnotified). */
  notifier?: Notifier | undefined;
  /** Each school's compiled lexicon (built-in + added − excluded), rebuilt when its terms change. */
  lexicons: LexiconCache;
  /** Quiet hours of a school that has not set its own (the installation's `notify.quietHours`). */
  defaultQuietHours?: QuietHours | undefined;
}
