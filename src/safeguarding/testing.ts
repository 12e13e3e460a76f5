import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';

/** Factories for tests: invented people and accounts written straight to the database. */

let counter = 0;
const FIRST = ['Ada', 'Blake', 'Cai', 'Dara', 'Esme', 'Finn', 'Gwen', 'Huw', 'Isla', 'Jory'];
const LAST = ['Marlow', 'Penhale', 'Quenby', 'Rosewarne', 'Stannard', 'Trevail', 'Umber', 'Vosper'];

/** The first school of the installation (tests run on a fresh one). */
export async function firstSchool(db: Kysely<Db>): Promise<string> {
  const s = await db.selectFrom('schools').select('id').orderBy('created_at').orderBy('id').executeTakeFirstOrThrow();
  return s.id;
}

/** Inserts a person (a learner in Year 8 unless told otherwise) and returns their id. */
export async function buildPerson(
  db: Kysely<Db>,
  over: { schoolId?: string; kind?: string; firstName?: string; lastName?: string; yearGroup?: string | null } = {},
): Promise<{ id: string; name: string }> {
  counter += 1;
  const id = uuidv7();
  const firstName = over.firstName ?? FIRST[counter % FIRST.length] ?? 'Ada';
  const lastName = over.lastName ?? `${LAST[counter % LAST.length] ?? 'Marlow'}${counter}`;
  const at = new Date().toISOString();
  await db
    .insertInto('people')
    .values({
      id,
      school_id: over.schoolId ?? (await firstSchool(db)),
      external_id: null,
      kind: over.kind ?? 'learner',
      first_name: firstName,
      last_name: lastName,
      date_of_birth: null,
      email: null,
      year_group: over.yearGroup === undefined ? ((over.kind ?? 'learner') === 'learner' ? 'Year 8' : null) : over.yearGroup,
      status: 'active',
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id, name: `${firstName} ${lastName}` };
}

/** Inserts an active account with roles (in every school unless told) and returns its id and email. */
export async function buildAccount(db: Kysely<Db>, over: { roles: string[]; email?: string; personId?: string | null; schoolId?: string }): Promise<{ id: string; email: string }> {
  counter += 1;
  const id = uuidv7();
  const email = over.email ?? `${over.roles.join('-')}-${counter}-${randomBytes(3).toString('hex')}@example.school`;
  const org = await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  await db
    .insertInto('accounts')
    .values({
      id,
      organisation_id: org.id,
      person_id: over.personId ?? null,
      email,
      display_name: email.split('@')[0] ?? email,
      password_hash: null,
      status: 'active',
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      password_changed_at: null,
      last_sign_in_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const role of over.roles) await db.insertInto('account_roles').values({ account_id: id, role, school_id: over.schoolId ?? '*', created_at: at }).execute();
  return { id, email };
}
