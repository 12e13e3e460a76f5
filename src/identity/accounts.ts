import { uuidv7 } from '../platform/crypto.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import { type Account, isRole, type Role } from './model.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { checkPassword } from './password-policy.ts';
import { accountFromRow, findAccount, institutionNames, loadAccount, rolesOf } from './store.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Input for a new staff account. */
export interface NewAccount {
  email: string;
  displayName?: string;
  password?: string;
  roles: string[];
  /** A school id, or `*` (the default) for every school of the organisation. */
  schoolId?: string;
  personId?: string | null;
}

/** Normalises and checks an email address for an account. */
export function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e) || e.length > 254) {
    throw new AppError('identity.email_invalid', 'invalid', `${JSON.stringify(email)} is not an email address`);
  }
  return e;
}

function checkRoles(input: string[], learner = false): Role[] {
  if (input.length === 0 && !learner) throw new AppError('identity.role_required', 'invalid', 'an account needs at least one role');
  for (const r of input) if (!isRole(r)) throw identityErrors.roleInvalid(r);
  return [...new Set(input)] as Role[];
}

/** Applies the NCSC password rules with the account's own context (name, email, school). */
export async function assertGoodPassword(deps: IdentityDeps, password: string, who: { email: string; displayName: string }): Promise<void> {
  checkPassword(password, {
    email: who.email,
    names: who.displayName.split(/\s+/).filter(Boolean),
    schoolNames: await institutionNames(deps.db),
  });
}

/**
 * Creates an account: staff with roles, or a learner's with none (design decisions: a learner
 * account signs in to the proxy and the learner form, nothing else). The password (optional for
 * SSO-only staff) must pass the rules.
 */
export async function createAccount(deps: IdentityDeps, actor: Actor, input: NewAccount): Promise<Account> {
  const email = normaliseEmail(input.email);
  const person = input.personId == null ? undefined : await deps.db.selectFrom('people').select('kind').where('id', '=', input.personId).executeTakeFirst();
  const roleList = checkRoles(input.roles, person?.kind === 'learner');
  const displayName = (input.displayName ?? email.split('@')[0] ?? email).trim();
  if (input.password !== undefined) await assertGoodPassword(deps, input.password, { email, displayName });
  const org = await deps.db.selectFrom('organisations').select('id').orderBy('created_at').executeTakeFirst();
  if (!org) throw identityErrors.noSchool();
  const schoolId = input.schoolId ?? '*';
  if (schoolId !== '*') {
    const school = await deps.db.selectFrom('schools').select('id').where('id', '=', schoolId).executeTakeFirst();
    if (!school) throw identityErrors.schoolNotFound(schoolId);
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const now = new Date(deps.clock.now()).toISOString();
  const id = uuidv7(deps.clock.now());
  await deps.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
    if (existing) throw identityErrors.emailTaken(email);
    await trx
      .insertInto('accounts')
      .values({
        id,
        organisation_id: org.id,
        person_id: input.personId ?? null,
        email,
        display_name: displayName,
        password_hash: passwordHash,
        status: 'active',
        totp_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        password_changed_at: passwordHash ? now : null,
        last_sign_in_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const role of roleList) {
      await trx.insertInto('account_roles').values({ account_id: id, role, school_id: schoolId, created_at: now }).execute();
    }
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.account.created', subject: { type: 'account', id }, details: { roles: roleList, school: schoolId } },
      trx,
    );
  });
  const row = await findAccount(deps.db, id);
  if (!row) throw identityErrors.accountNotFound(id);
  return loadAccount(deps.db, row);
}

export async function listAccounts(deps: IdentityDeps): Promise<Account[]> {
  const rows = await deps.db.selectFrom('accounts').selectAll().orderBy('email').execute();
  const roleRows = await deps.db.selectFrom('account_roles').selectAll().execute();
  return rows.map((r) =>
    accountFromRow(
      r,
      roleRows.filter((x) => x.account_id === r.id).map((x) => ({ role: x.role as Role, schoolId: x.school_id })),
    ),
  );
}

export async function getAccount(deps: IdentityDeps, ref: string): Promise<Account> {
  const row = await findAccount(deps.db, ref);
  if (!row) throw identityErrors.accountNotFound(ref);
  return loadAccount(deps.db, row);
}

/** Disables or re-enables an account; disabling ends its sessions and revokes its tokens at once. */
export async function setAccountStatus(deps: IdentityDeps, actor: Actor, ref: string, status: 'active' | 'disabled'): Promise<Account> {
  const row = await findAccount(deps.db, ref);
  if (!row) throw identityErrors.accountNotFound(ref);
  const now = new Date(deps.clock.now()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('accounts').set({ status, updated_at: now }).where('id', '=', row.id).execute();
    if (status === 'disabled') {
      await trx.updateTable('sessions').set({ revoked_at: now }).where('account_id', '=', row.id).where('revoked_at', 'is', null).execute();
      await trx.updateTable('api_tokens').set({ revoked_at: now }).where('account_id', '=', row.id).where('revoked_at', 'is', null).execute();
    }
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: status === 'disabled' ? 'identity.account.disabled' : 'identity.account.enabled', subject: { type: 'account', id: row.id } },
      trx,
    );
  });
  return getAccount(deps, row.id);
}

/** Sets a new password (an administrator's reset or the person's own change) and ends other sessions. */
export async function setPassword(
  deps: IdentityDeps,
  actor: Actor,
  ref: string,
  password: string,
  options: { currentPassword?: string; keepSessionId?: string } = {},
): Promise<void> {
  const row = await findAccount(deps.db, ref);
  if (!row) throw identityErrors.accountNotFound(ref);
  if (options.currentPassword !== undefined) {
    if (!row.password_hash || !(await verifyPassword(row.password_hash, options.currentPassword))) throw identityErrors.passwordWrong();
  }
  await assertGoodPassword(deps, password, { email: row.email, displayName: row.display_name });
  const hash = await hashPassword(password);
  const now = new Date(deps.clock.now()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('accounts').set({ password_hash: hash, password_changed_at: now, updated_at: now }).where('id', '=', row.id).execute();
    let revoke = trx.updateTable('sessions').set({ revoked_at: now }).where('account_id', '=', row.id).where('revoked_at', 'is', null);
    if (options.keepSessionId) revoke = revoke.where('id', '!=', options.keepSessionId);
    await revoke.execute();
    await deps.audit.append(
      {
        actor,
        ip: actor.ip ?? null,
        action: options.currentPassword !== undefined ? 'identity.password.changed' : 'identity.password.reset',
        subject: { type: 'account', id: row.id },
      },
      trx,
    );
  });
}

/** Replaces an account's roles. */
export async function setRoles(deps: IdentityDeps, actor: Actor, ref: string, input: string[], schoolId = '*'): Promise<Account> {
  const row = await findAccount(deps.db, ref);
  if (!row) throw identityErrors.accountNotFound(ref);
  const roleList = checkRoles(input);
  const before = (await rolesOf(deps.db, row.id)).map((r) => r.role);
  const now = new Date(deps.clock.now()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('account_roles').where('account_id', '=', row.id).execute();
    for (const role of roleList) {
      await trx.insertInto('account_roles').values({ account_id: row.id, role, school_id: schoolId, created_at: now }).execute();
    }
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.account.roles_changed', subject: { type: 'account', id: row.id }, details: { before, after: roleList } },
      trx,
    );
  });
  return getAccount(deps, row.id);
}
