import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/index.ts';
import type { Actor } from '../identity/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { MasterKey } from '../platform/crypto.ts';
import type { Db, Dialect } from '../platform/db/index.ts';
import type { FilteringService } from '../filtering/index.ts';

/** What safeguarding's use cases need; built once in main/ and passed down. */
export interface SafeguardingDeps {
  db: Kysely<Db>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditLog;
  /** Seals free text and attachments; it never goes in the database. */
  masterKey: MasterKey;
  /** Filtering's restrictions, for the `remove-access` action; absent where no filter engine is wired in. */
  filtering?: Pick<FilteringService, 'createRestriction'>;
}

export type { Actor };
