/**
 * The school CA's storage: one active CA per organisation, its key sealed with the master key
 * in the database so every filter node mints from the same CA; replacing it retires the old one
 * (kept, never deleted). Creating and replacing are audited.
 */
import type { Kysely, Selectable } from 'kysely';
import type { AuditActor, AuditLog } from '../audit/index.ts';
import type { Clock } from '../platform/clock.ts';
import { type MasterKey, seal, unseal, uuidv7 } from '../platform/crypto.ts';
import type { Db, ProxyAuthorityTable } from '../platform/db/index.ts';
import { type CertificateAuthority, createCertificateAuthority } from './certificates.ts';
import { proxyErrors } from './errors.ts';

/** What the authority store needs. */
export interface AuthorityDeps {
  readonly db: Kysely<Db>;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly masterKey: MasterKey;
}

/** A CA as listed (never the key). */
export interface AuthorityView {
  readonly id: string;
  readonly subject: string;
  readonly fingerprint: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly createdAt: string;
  readonly retiredAt: string | null;
  readonly certPem: string;
}

const SEAL_CONTEXT = 'proxy-authority';

async function organisationId(db: Kysely<Db>): Promise<string> {
  const org = await db.selectFrom('organisations').select('id').orderBy('created_at').executeTakeFirst();
  if (org === undefined) throw proxyErrors.noOrganisation();
  return org.id;
}

function view(r: Selectable<ProxyAuthorityTable>): AuthorityView {
  return { id: r.id, subject: r.subject, fingerprint: r.fingerprint, notBefore: r.not_before, notAfter: r.not_after, createdAt: r.created_at, retiredAt: r.retired_at, certPem: r.cert_pem };
}

/** The CAs of the organisation, active first then newest first. */
export async function listAuthorities(db: Kysely<Db>): Promise<AuthorityView[]> {
  const rows = await db.selectFrom('proxy_authorities').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map(view).sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null));
}

/** The active CA as listed, or undefined. */
export async function activeAuthorityView(db: Kysely<Db>): Promise<AuthorityView | undefined> {
  return (await listAuthorities(db)).find((a) => a.retiredAt === null);
}

/** The active CA with its key unsealed, for the proxy; undefined when none was created. */
export async function loadActiveAuthority(db: Kysely<Db>, masterKey: MasterKey): Promise<CertificateAuthority | undefined> {
  const r = await db.selectFrom('proxy_authorities').selectAll().where('retired_at', 'is', null).orderBy('created_at', 'desc').executeTakeFirst();
  if (r === undefined) return undefined;
  return {
    certPem: r.cert_pem,
    keyPem: unseal(masterKey, r.key_sealed, `${SEAL_CONTEXT}:${r.id}`),
    subject: r.subject,
    fingerprint: r.fingerprint,
    notBefore: Date.parse(r.not_before),
    notAfter: Date.parse(r.not_after),
  };
}

/**
 * Creates the school CA (`haven ca create`). Refuses when one is active unless `replace`: a
 * new CA breaks every device until it trusts the new certificate.
 */
export async function createAuthority(deps: AuthorityDeps, actor: AuditActor, input: { name?: string; years?: number; replace?: boolean }): Promise<AuthorityView> {
  const org = await deps.db.selectFrom('organisations').select(['id', 'name']).orderBy('created_at').executeTakeFirst();
  if (org === undefined) throw proxyErrors.noOrganisation();
  const commonName = input.name?.trim() || `${org.name} filtering CA`.slice(0, 64);
  if (commonName.length < 3 || commonName.length > 64 || /[\u0000-\u001f]/.test(commonName)) throw proxyErrors.nameInvalid(commonName);
  const active = await activeAuthorityView(deps.db);
  if (active !== undefined && input.replace !== true) throw proxyErrors.authorityExists(active.fingerprint);
  const now = deps.clock.now();
  const ca = await createCertificateAuthority({ commonName, organisation: org.name.slice(0, 64), now, ...(input.years === undefined ? {} : { years: input.years }) });
  const id = uuidv7(now);
  const nowIso = new Date(now).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (active !== undefined) await trx.updateTable('proxy_authorities').set({ retired_at: nowIso }).where('id', '=', active.id).execute();
    await trx
      .insertInto('proxy_authorities')
      .values({
        id,
        organisation_id: await organisationId(trx),
        subject: ca.subject,
        fingerprint: ca.fingerprint,
        cert_pem: ca.certPem,
        key_sealed: seal(deps.masterKey, ca.keyPem, `${SEAL_CONTEXT}:${id}`),
        not_before: new Date(ca.notBefore).toISOString(),
        not_after: new Date(ca.notAfter).toISOString(),
        created_at: nowIso,
        created_by: actor.id ?? null,
        retired_at: null,
      })
      .execute();
    await deps.audit.append({ actor, action: active === undefined ? 'proxy.authority.created' : 'proxy.authority.replaced', subject: { type: 'proxy-authority', id }, details: { fingerprint: ca.fingerprint, ...(active === undefined ? {} : { retired: active.id }) } }, trx);
  });
  const created = (await listAuthorities(deps.db)).find((a) => a.id === id);
  if (created === undefined) throw new Error('unreachable: the CA was just written');
  return created;
}
