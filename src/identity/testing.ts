import { createAuditLog } from '../audit/index.ts';
import { createManualClock, type ManualClock } from '../platform/clock.ts';
import { parseMasterKey } from '../platform/crypto.ts';
import type { TestDatabase } from '../platform/db/testing.ts';
import type { IdentityDeps } from './deps.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { ensureInstallation } from './setup.ts';

/** Identity's services over a test database, with a manual clock and a fixed key (tests only). */
export async function createIdentityTestDeps(t: TestDatabase, clock: ManualClock = createManualClock()): Promise<IdentityDeps & { clock: ManualClock }> {
  const deps = {
    db: t.db,
    dialect: t.dialect,
    clock,
    audit: createAuditLog({ db: t.db, dialect: t.dialect, clock }),
    masterKey: parseMasterKey('0'.repeat(64)),
    session: { idleMinutes: 60, absoluteHours: 12 },
    throttle: createLoginThrottle(clock),
  };
  await ensureInstallation(t.db, clock.now());
  return deps;
}
