import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createAuditLog } from '../audit/index.ts';
import type { Clock } from '../platform/clock.ts';
import { parseMasterKey, uuidv7 } from '../platform/crypto.ts';
import type { Db, Dialect } from '../platform/db/index.ts';
import { createLogger } from '../platform/log.ts';
import type { Notifier } from '../platform/notify/index.ts';
import type { SafeguardingDeps } from '../safeguarding/index.ts';
import type { MonitoringDeps } from './deps.ts';
import type { SearchCapture } from './model.ts';
import { createLexiconCache } from './terms.ts';

/** Factories for monitoring tests: deps over a test database, people, accounts, captures. */

let counter = 0;

/** Monitoring deps (and the safeguarding deps under them) over a test database. */
export function buildMonitoringDeps(db: Kysely<Db>, dialect: Dialect, clock: Clock, notifier?: Notifier): MonitoringDeps {
  const audit = createAuditLog({ db, dialect, clock });
  const masterKey = parseMasterKey(randomBytes(32).toString('hex'));
  const safeguarding: SafeguardingDeps = { db, dialect, clock, audit, masterKey };
  return { db, dialect, clock, audit, masterKey, logger: createLogger({ level: 'silent' }), safeguarding, notifier, lexicons: createLexiconCache() };
}

/** The first school of the installation. */
export async function firstSchool(db: Kysely<Db>): Promise<string> {
  return (await db.selectFrom('schools').select('id').orderBy('created_at').orderBy('id').executeTakeFirstOrThrow()).id;
}

/** Inserts a learner (or another kind of person) and returns the id and name. */
export async function buildPerson(db: Kysely<Db>, over: { schoolId?: string; kind?: string; email?: string } = {}): Promise<{ id: string; name: string }> {
  counter += 1;
  const id = uuidv7();
  const at = new Date().toISOString();
  const first = ['Ada', 'Blake', 'Cai', 'Dara', 'Esme'][counter % 5] ?? 'Ada';
  const last = `Quenby${counter}`;
  await db
    .insertInto('people')
    .values({ id, school_id: over.schoolId ?? (await firstSchool(db)), external_id: `MIS${counter}`, kind: over.kind ?? 'learner', first_name: first, last_name: last, date_of_birth: null, email: over.email ?? null, year_group: 'Year 9', status: 'active', created_at: at, updated_at: at })
    .execute();
  return { id, name: `${first} ${last}` };
}

/** Inserts an active account with roles (in every school unless told) and returns its id and email. */
export async function buildAccount(db: Kysely<Db>, over: { roles: string[]; schoolId?: string; email?: string }): Promise<{ id: string; email: string }> {
  counter += 1;
  const id = uuidv7();
  const email = over.email ?? `${over.roles.join('-')}-${counter}-${randomBytes(3).toString('hex')}@example.school`;
  const org = await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  await db
    .insertInto('accounts')
    .values({ id, organisation_id: org.id, person_id: null, email, display_name: email, password_hash: null, status: 'active', totp_secret: null, totp_enabled_at: null, totp_last_step: null, password_changed_at: null, last_sign_in_at: null, created_at: at, updated_at: at })
    .execute();
  for (const role of over.roles) await db.insertInto('account_roles').values({ account_id: id, role, school_id: over.schoolId ?? '*', created_at: at }).execute();
  return { id, email };
}

/** A search capture with sensible defaults. */
export function buildCapture(over: Partial<SearchCapture> & { schoolId: string; query: string; at: number }): SearchCapture {
  return { source: 'proxy', engine: 'google', host: 'www.google.com', personId: null, deviceId: null, clientAddress: '10.0.0.5', groups: [], ...over };
}
