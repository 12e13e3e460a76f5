import type { Kysely } from 'kysely';
import { randomToken, sha256Hex, uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import { normaliseEmail } from './accounts.ts';
import type { IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import { GROUP_PRIORITY, type GroupTemplate, groupTemplates, type OrganisationKind } from './model.ts';
import { hashPassword } from './password-hash.ts';
import { checkPassword } from './password-policy.ts';

const SETUP_TOKEN_HOURS = 24;

/** True until the first administrator exists. */
export async function isSetupNeeded(db: Kysely<Db>): Promise<boolean> {
  const admin = await db.selectFrom('account_roles').select('account_id').where('role', '=', 'administrator').limit(1).executeTakeFirst();
  return !admin;
}

/** The placeholder names a fresh installation starts with, until setup names the school. */
export const PLACEHOLDER_SCHOOL_NAME = 'New school';

/**
 * Makes sure one organisation and one school (with its template groups) exist, so the CLI can
 * add accounts and import people before the setup wizard runs; setup renames them.
 */
export async function ensureInstallation(db: Kysely<Db>, nowMs: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    let orgId = (await trx.selectFrom('organisations').select('id').orderBy('created_at').executeTakeFirst())?.id;
    if (!orgId) {
      orgId = uuidv7(nowMs);
      await trx.insertInto('organisations').values({ id: orgId, name: PLACEHOLDER_SCHOOL_NAME, kind: 'school', created_at: new Date(nowMs).toISOString() }).execute();
    }
    const school = await trx.selectFrom('schools').select('id').executeTakeFirst();
    if (!school) await insertSchool(trx, { organisationId: orgId, name: PLACEHOLDER_SCHOOL_NAME, nowMs });
  });
}

/**
 * Issues a one-time setup token (valid 24 h) for the first administrator; printed by
 * `haven start` as a link. Only a hash is stored.
 */
export async function issueSetupToken(deps: IdentityDeps): Promise<string> {
  const token = randomToken('setup_');
  const now = deps.clock.now();
  await deps.db
    .insertInto('setup_tokens')
    .values({
      token_hash: sha256Hex(token),
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + SETUP_TOKEN_HOURS * 3600_000).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/** Creates a school with its three template groups (learners, staff, guests). */
export async function insertSchool(trx: Kysely<Db>, input: { organisationId: string; name: string; urn?: string | null; nowMs: number }): Promise<string> {
  const id = uuidv7(input.nowMs);
  const at = new Date(input.nowMs).toISOString();
  await trx.insertInto('schools').values({ id, organisation_id: input.organisationId, name: input.name, urn: input.urn ?? null, created_at: at }).execute();
  for (const template of groupTemplates) {
    await trx
      .insertInto('groups')
      .values({ id: uuidv7(input.nowMs), school_id: id, name: template, kind: 'template', priority: GROUP_PRIORITY.template, template, created_at: at })
      .execute();
  }
  return id;
}

export interface SetupInput {
  token: string;
  organisationName?: string;
  organisationKind?: OrganisationKind;
  schoolName: string;
  urn?: string;
  email: string;
  displayName: string;
  password: string;
}

/**
 * First run: with a valid setup token, creates the organisation, the school with its groups,
 * and the first administrator — all in one transaction, audited.
 */
export async function completeSetup(deps: IdentityDeps, input: SetupInput, ip: string | null): Promise<{ accountId: string; schoolId: string }> {
  const email = normaliseEmail(input.email);
  const schoolName = input.schoolName.trim();
  const now = deps.clock.now();
  const nowIso = new Date(now).toISOString();
  const tokenHash = sha256Hex(input.token);
  // Check the token first, so an invalid link never learns anything about password rules.
  const token = await deps.db.selectFrom('setup_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  if (!token || token.used_at || Date.parse(token.expires_at) <= now) throw identityErrors.setupTokenInvalid();
  if (!(await isSetupNeeded(deps.db))) throw identityErrors.setupDone();
  checkPassword(input.password, {
    email,
    names: input.displayName.split(/\s+/).filter(Boolean),
    schoolNames: [schoolName, input.organisationName ?? ''].filter(Boolean),
  });
  const hash = await hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('setup_tokens').set({ used_at: nowIso }).where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw identityErrors.setupTokenInvalid();
    if (!(await isSetupNeeded(trx))) throw identityErrors.setupDone();
    if (await trx.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst()) throw identityErrors.emailTaken(email);
    const orgName = input.organisationName?.trim() || schoolName;
    const orgKind = input.organisationKind ?? 'school';
    let orgId = (await trx.selectFrom('organisations').select('id').orderBy('created_at').executeTakeFirst())?.id;
    if (orgId) await trx.updateTable('organisations').set({ name: orgName, kind: orgKind }).where('id', '=', orgId).execute();
    else {
      orgId = uuidv7(now);
      await trx.insertInto('organisations').values({ id: orgId, name: orgName, kind: orgKind, created_at: nowIso }).execute();
    }
    const existingSchool = await trx.selectFrom('schools').select('id').orderBy('created_at').executeTakeFirst();
    let schoolId: string;
    if (existingSchool) {
      schoolId = existingSchool.id;
      await trx.updateTable('schools').set({ name: schoolName, urn: input.urn ?? null }).where('id', '=', schoolId).execute();
    } else schoolId = await insertSchool(trx, { organisationId: orgId, name: schoolName, urn: input.urn ?? null, nowMs: now });
    const accountId = uuidv7(now);
    await trx
      .insertInto('accounts')
      .values({
        id: accountId,
        organisation_id: orgId,
        person_id: null,
        email,
        display_name: input.displayName.trim(),
        password_hash: hash,
        status: 'active',
        totp_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        password_changed_at: nowIso,
        last_sign_in_at: null,
        created_at: nowIso,
        updated_at: nowIso,
      })
      .execute();
    await trx.insertInto('account_roles').values({ account_id: accountId, role: 'administrator', school_id: '*', created_at: nowIso }).execute();
    await deps.audit.append(
      { actor: { type: 'anonymous' }, ip, action: 'identity.setup.completed', subject: { type: 'account', id: accountId }, schoolId, details: { school: schoolId } },
      trx,
    );
    return { accountId, schoolId };
  });
}

/** The templates, re-exported for callers that seed groups. */
export type { GroupTemplate };
