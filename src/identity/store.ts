import type { Kysely, Selectable } from 'kysely';
import type { AccountTable, Db, GroupTable, PersonTable } from '../platform/db/index.ts';
import type { Account, Group, GroupKind, GroupTemplate, Person, PersonKind, Role } from './model.ts';

/** Kysely queries for identity; no rules here, only reads and writes. */

export async function findAccountByEmail(db: Kysely<Db>, email: string) {
  return db.selectFrom('accounts').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function findAccountById(db: Kysely<Db>, id: string) {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An account by id or email, as the CLI and API accept either. */
export async function findAccount(db: Kysely<Db>, ref: string) {
  return ref.includes('@') ? findAccountByEmail(db, ref) : findAccountById(db, ref);
}

export async function rolesOf(db: Kysely<Db>, accountId: string): Promise<{ role: Role; schoolId: string }[]> {
  const rows = await db.selectFrom('account_roles').select(['role', 'school_id']).where('account_id', '=', accountId).orderBy('role').execute();
  return rows.map((r) => ({ role: r.role as Role, schoolId: r.school_id }));
}

export function accountFromRow(row: Selectable<AccountTable>, roleRows: { role: Role; schoolId: string }[]): Account {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    personId: row.person_id,
    email: row.email,
    displayName: row.display_name,
    status: row.status === 'disabled' ? 'disabled' : 'active',
    roles: roleRows,
    mfaEnabled: row.totp_enabled_at !== null,
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
  };
}

export async function loadAccount(db: Kysely<Db>, row: Selectable<AccountTable>): Promise<Account> {
  return accountFromRow(row, await rolesOf(db, row.id));
}

export function personFromRow(r: Selectable<PersonTable>): Person {
  return {
    id: r.id,
    schoolId: r.school_id,
    externalId: r.external_id,
    kind: r.kind as PersonKind,
    firstName: r.first_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    email: r.email,
    yearGroup: r.year_group,
    status: r.status === 'left' ? 'left' : 'active',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function groupFromRow(r: Selectable<GroupTable>): Group {
  return {
    id: r.id,
    schoolId: r.school_id,
    name: r.name,
    kind: r.kind as GroupKind,
    priority: r.priority,
    template: (r.template as GroupTemplate | null) ?? null,
  };
}

/** Names the password rules must keep out of a password: the school's and organisation's. */
export async function institutionNames(db: Kysely<Db>): Promise<string[]> {
  const schools = await db.selectFrom('schools').select('name').execute();
  const orgs = await db.selectFrom('organisations').select('name').execute();
  return [...schools.map((s) => s.name), ...orgs.map((o) => o.name)];
}

/** The first school (single-school installs act in it by default). */
export async function defaultSchool(db: Kysely<Db>) {
  return db.selectFrom('schools').selectAll().orderBy('created_at').orderBy('id').executeTakeFirst();
}
