/**
 * Per-school OpenID Connect sign-in providers (Google Workspace, Microsoft Entra, any other):
 * configured by an administrator, the client secret sealed with the master key, every change
 * audited with ids and kind only. Sign-in itself is {@link startOidcSignIn}'s business.
 */
import type { Selectable } from 'kysely';
import { seal, unseal, uuidv7 } from '../platform/crypto.ts';
import type { OidcProviderTable } from '../platform/db/index.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import { createOidcClient, OidcError, oidcKinds } from './oidc.ts';
import type { OidcKind, OidcProviderConfig } from './oidc.ts';
import { defaultSchool } from './store.ts';

/** Google's issuer; every Google Workspace domain signs in through it. */
export const GOOGLE_ISSUER = 'https://accounts.google.com';

/** The Entra issuer of one tenant (the v2.0 endpoint, whose tokens carry `tid` and `oid`). */
export function entraIssuer(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/v2.0`;
}

/** The path the provider sends the browser back to; registered with the provider as the redirect URI. */
export function oidcCallbackPath(providerId: string): string {
  return `/api/v1/auth/oidc/${encodeURIComponent(providerId)}/callback`;
}

/** A configured provider as the API and CLI show it: never the secret, only whether there is one. */
export interface OidcProvider {
  id: string;
  schoolId: string;
  kind: OidcKind;
  name: string;
  issuer: string;
  clientId: string;
  hasSecret: boolean;
  /** Google hosted domain or Entra tenant id; null for a generic provider. */
  domain: string | null;
  enabled: boolean;
  createdAt: string;
  callbackPath: string;
}

/** Input for {@link createOidcProvider}; `kind` is checked here, so the CLI can pass what it was given. */
export interface NewOidcProvider {
  kind: string;
  name: string;
  clientId: string;
  clientSecret?: string | undefined;
  /** Defaults to Google's, or Entra's for the tenant; required for a generic provider. */
  issuer?: string | undefined;
  domain?: string | undefined;
  /** Defaults to the installation's first school. */
  schoolId?: string | undefined;
}

/** A partial change for {@link updateOidcProvider}; `null` removes the secret or the domain. The kind never changes. */
export interface OidcProviderChange {
  name?: string | undefined;
  clientId?: string | undefined;
  clientSecret?: string | null | undefined;
  issuer?: string | undefined;
  domain?: string | null | undefined;
  enabled?: boolean | undefined;
}

/** What a change returns: the provider, and warnings the administrator should read. */
export interface OidcProviderResult {
  provider: OidcProvider;
  warnings: string[];
}

/** Who may change what: the schools the caller acts in (`*` for all); absent means every school (the server's CLI). */
export interface OidcProviderAccess {
  schoolIds?: readonly string[] | undefined;
  /** Accept a plain-http issuer on a loopback IP literal (tests only). */
  allowInsecureLoopback?: boolean | undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The sealing context of a provider's secret: a sealed secret cannot be moved to another row. */
function secretAad(providerId: string): string {
  return `oidc-provider:${providerId}:secret`;
}

function isOidcKind(value: string): value is OidcKind {
  return (oidcKinds as readonly string[]).includes(value);
}

function providerNotFound(id: string): AppError {
  return new AppError('oidc.provider_not_found', 'not_found', `no sign-in provider ${JSON.stringify(id)}`);
}

function mayActIn(access: OidcProviderAccess, schoolId: string): boolean {
  return access.schoolIds === undefined || access.schoolIds.includes('*') || access.schoolIds.includes(schoolId);
}

/** Turns a stored row into its public view. */
export function oidcProviderFromRow(row: Selectable<OidcProviderTable>): OidcProvider {
  return {
    id: row.id,
    schoolId: row.school_id,
    kind: isOidcKind(row.kind) ? row.kind : 'oidc',
    name: row.name,
    issuer: row.issuer,
    clientId: row.client_id,
    hasSecret: row.client_secret !== null,
    domain: row.domain,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    callbackPath: oidcCallbackPath(row.id),
  };
}

interface Settings {
  kind: OidcKind;
  name: string;
  issuer: string;
  clientId: string;
  domain: string | null;
}

/**
 * Checks and completes a provider's settings: the tenant id Entra needs, Google's hosted
 * domain, the default issuers, and (through {@link createOidcClient}) the issuer's scheme.
 */
function checkSettings(
  id: string,
  input: { kind: OidcKind; name: string; clientId: string; issuer: string | undefined; domain: string | null },
  allowInsecureLoopback: boolean,
): Settings {
  const name = input.name.trim();
  if (name === '' || name.length > 100) throw new OidcError('oidc.config_invalid', `sign-in provider name ${JSON.stringify(input.name)} must be 1 to 100 characters`);
  const clientId = input.clientId.trim();
  if (clientId === '' || clientId.length > 500) throw new OidcError('oidc.config_invalid', 'the client id must be 1 to 500 characters');
  const domain = input.domain?.trim().toLowerCase() || null;
  if (input.kind === 'entra' && (domain === null || !GUID.test(domain))) {
    // `common` or `organizations` would admit every tenant, and a domain name never equals the tid claim.
    throw new OidcError('oidc.config_invalid', `entra needs the directory (tenant) id as domain, a GUID; got ${JSON.stringify(input.domain ?? '')}`);
  }
  if (input.kind === 'google' && domain !== null && !HOSTNAME.test(domain)) {
    throw new OidcError('oidc.config_invalid', `google hosted domain ${JSON.stringify(input.domain)} is not a domain name`);
  }
  if (input.kind === 'oidc' && domain !== null) {
    // A generic provider has no claim to check a domain against; storing one would only mislead.
    throw new OidcError('oidc.config_invalid', 'a generic oidc provider takes no domain: only google (hosted domain) and entra (tenant id) are checked');
  }
  const issuer = input.issuer?.trim() || defaultIssuer(input.kind, domain);
  if (issuer === undefined) throw new OidcError('oidc.config_invalid', 'a generic oidc provider needs its issuer url');
  const config: OidcProviderConfig = { id, kind: input.kind, issuer, clientId, ...(domain === null ? {} : { domain }) };
  // Validates the issuer url (https only, unless loopback is allowed) and the client id, offline.
  createOidcClient(config, { allowInsecureLoopback });
  return { kind: input.kind, name, issuer, clientId, domain };
}

function defaultIssuer(kind: OidcKind, domain: string | null): string | undefined {
  if (kind === 'google') return GOOGLE_ISSUER;
  if (kind === 'entra' && domain !== null) return entraIssuer(domain);
  return undefined;
}

function warningsFor(kind: OidcKind, domain: string | null, hasSecret: boolean): string[] {
  const warnings: string[] = [];
  if (kind === 'google' && domain === null) {
    warnings.push('no google hosted domain: any google account can try to sign in (it still needs an existing haven account with the same verified email)');
  }
  if (kind !== 'oidc' && !hasSecret) {
    warnings.push(`no client secret: ${kind === 'google' ? 'google' : 'microsoft'} will probably refuse to redeem the sign-in code`);
  }
  return warnings;
}

/** Adds a sign-in provider to a school; the secret is sealed before it reaches the database. */
export async function createOidcProvider(deps: IdentityDeps, actor: Actor, input: NewOidcProvider, access: OidcProviderAccess = {}): Promise<OidcProviderResult> {
  if (!isOidcKind(input.kind)) throw new OidcError('oidc.config_invalid', `unknown provider kind ${JSON.stringify(input.kind)}: use ${oidcKinds.join(', ')}`);
  const kind = input.kind;
  const id = uuidv7(deps.clock.now());
  const secret = input.clientSecret === undefined || input.clientSecret === '' ? null : input.clientSecret;
  const settings = checkSettings(
    id,
    { kind, name: input.name, clientId: input.clientId, issuer: input.issuer, domain: input.domain ?? null },
    access.allowInsecureLoopback === true,
  );
  let schoolId = input.schoolId;
  if (schoolId === undefined) {
    const single = access.schoolIds?.length === 1 && access.schoolIds[0] !== '*' ? access.schoolIds[0] : undefined;
    schoolId = single ?? (await defaultSchool(deps.db))?.id;
    if (schoolId === undefined) throw identityErrors.noSchool();
  }
  const school = await deps.db.selectFrom('schools').select('id').where('id', '=', schoolId).executeTakeFirst();
  if (!school || !mayActIn(access, school.id)) throw identityErrors.schoolNotFound(schoolId);
  const row: Selectable<OidcProviderTable> = {
    id,
    school_id: school.id,
    kind,
    name: settings.name,
    issuer: settings.issuer,
    client_id: settings.clientId,
    client_secret: secret === null ? null : seal(deps.masterKey, secret, secretAad(id)),
    domain: settings.domain,
    enabled: 1,
    created_at: new Date(deps.clock.now()).toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('oidc_providers').values(row).execute();
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.oidc_provider.created', subject: { type: 'oidc_provider', id }, schoolId: school.id, details: { kind } },
      trx,
    );
  });
  return { provider: oidcProviderFromRow(row), warnings: warningsFor(kind, settings.domain, secret !== null) };
}

/** The providers of the caller's schools (all of them from the CLI), oldest first. */
export async function listOidcProviders(deps: IdentityDeps, filter: OidcProviderAccess & { enabledOnly?: boolean } = {}): Promise<OidcProvider[]> {
  let query = deps.db.selectFrom('oidc_providers').selectAll().orderBy('created_at').orderBy('id');
  if (filter.enabledOnly === true) query = query.where('enabled', '=', 1);
  const rows = await query.execute();
  return rows.filter((r) => mayActIn(filter, r.school_id)).map(oidcProviderFromRow);
}

/** One provider, if the caller may see it. */
export async function getOidcProvider(deps: IdentityDeps, id: string, access: OidcProviderAccess = {}): Promise<OidcProvider> {
  const row = await deps.db.selectFrom('oidc_providers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !mayActIn(access, row.school_id)) throw providerNotFound(id);
  return oidcProviderFromRow(row);
}

/**
 * Changes a provider's settings, secret or enabled flag. Settings are checked again as a
 * whole; a change of Entra tenant moves a default issuer with it. Audited once for the
 * settings and once for enabling or disabling.
 */
export async function updateOidcProvider(
  deps: IdentityDeps,
  actor: Actor,
  id: string,
  change: OidcProviderChange,
  access: OidcProviderAccess = {},
): Promise<OidcProviderResult> {
  const row = await deps.db.selectFrom('oidc_providers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !mayActIn(access, row.school_id)) throw providerNotFound(id);
  const current = oidcProviderFromRow(row);
  const secretChanged = change.clientSecret !== undefined;
  const newSecret = change.clientSecret === undefined || change.clientSecret === null || change.clientSecret === '' ? null : change.clientSecret;
  const next: Partial<Selectable<OidcProviderTable>> = {};
  const settingsGiven = [change.name, change.clientId, change.issuer, change.domain].some((v) => v !== undefined);
  if (settingsGiven) {
    const domain = change.domain === undefined ? current.domain : change.domain;
    // An issuer that was Entra's default for the old tenant follows the tenant.
    const issuerFollowsTenant = current.kind === 'entra' && current.domain !== null && current.issuer === entraIssuer(current.domain);
    const issuer = change.issuer ?? (issuerFollowsTenant ? undefined : current.issuer);
    const settings = checkSettings(
      id,
      { kind: current.kind, name: change.name ?? current.name, clientId: change.clientId ?? current.clientId, issuer, domain },
      access.allowInsecureLoopback === true,
    );
    if (settings.name !== row.name) next.name = settings.name;
    if (settings.clientId !== row.client_id) next.client_id = settings.clientId;
    if (settings.issuer !== row.issuer) next.issuer = settings.issuer;
    if (settings.domain !== row.domain) next.domain = settings.domain;
  }
  if (secretChanged) next.client_secret = newSecret === null ? null : seal(deps.masterKey, newSecret, secretAad(id));
  const settingsChanged = Object.keys(next).length > 0;
  const enabledChanged = change.enabled !== undefined && change.enabled !== current.enabled;
  if (enabledChanged) next.enabled = change.enabled ? 1 : 0;
  if (settingsChanged || enabledChanged) {
    await deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('oidc_providers').set(next).where('id', '=', id).execute();
      const base = { actor, ip: actor.ip ?? null, subject: { type: 'oidc_provider', id }, schoolId: row.school_id, details: { kind: current.kind } };
      if (settingsChanged) await deps.audit.append({ ...base, action: 'identity.oidc_provider.updated' }, trx);
      if (enabledChanged) await deps.audit.append({ ...base, action: change.enabled ? 'identity.oidc_provider.enabled' : 'identity.oidc_provider.disabled' }, trx);
    });
  }
  const updated = await getOidcProvider(deps, id);
  return { provider: updated, warnings: updated.enabled ? warningsFor(updated.kind, updated.domain, updated.hasSecret) : [] };
}

/** Turns a provider off: its button disappears and its callbacks are refused; links stay for when it returns. */
export async function disableOidcProvider(deps: IdentityDeps, actor: Actor, id: string, access: OidcProviderAccess = {}): Promise<OidcProvider> {
  return (await updateOidcProvider(deps, actor, id, { enabled: false }, access)).provider;
}

/** An enabled provider with its secret unsealed, as the relying party needs it; undefined when absent or disabled. */
export async function readEnabledOidcProvider(deps: IdentityDeps, id: string): Promise<{ provider: OidcProvider; config: OidcProviderConfig } | undefined> {
  const row = await deps.db.selectFrom('oidc_providers').selectAll().where('id', '=', id).where('enabled', '=', 1).executeTakeFirst();
  if (!row) return undefined;
  const provider = oidcProviderFromRow(row);
  const config: OidcProviderConfig = {
    id: row.id,
    kind: provider.kind,
    issuer: row.issuer,
    clientId: row.client_id,
    ...(row.client_secret === null ? {} : { clientSecret: unseal(deps.masterKey, row.client_secret, secretAad(row.id)) }),
    ...(row.domain === null ? {} : { domain: row.domain }),
  };
  return { provider, config };
}
