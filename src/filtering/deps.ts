import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/index.ts';
import type { Actor } from '../identity/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db, Dialect } from '../platform/db/index.ts';
import type { Logger } from '../platform/log.ts';
import type { FilterEngineHandle } from './engine.ts';

/** What filtering's use cases need; built once in main/ and passed down. */
export interface FilteringDeps {
  db: Kysely<Db>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditLog;
  logger: Logger;
  /** The live engine: checks and the self-test read it; changes refresh it so they are in force when the call returns. */
  engine: FilterEngineHandle;
  /** Downloads for subscriptions (tests pass one that reaches only loopback). */
  fetch?: typeof fetch;
}

export type { Actor };
