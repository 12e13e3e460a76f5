import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../audit/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { MasterKey } from '../platform/crypto.ts';
import type { Db, Dialect } from '../platform/db/index.ts';
import type { LoginThrottle } from './login-throttle.ts';

/** What identity's use cases need; built once in main/ and passed down. */
export interface IdentityDeps {
  db: Kysely<Db>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditLog;
  masterKey: MasterKey;
  session: { idleMinutes: number; absoluteHours: number };
  throttle: LoginThrottle;
}

/** Who is acting, for the audit log: an actor plus the client address when there is one. */
export interface Actor extends AuditActor {
  ip?: string | null;
}

export const SYSTEM_ACTOR: Actor = { type: 'system' };
