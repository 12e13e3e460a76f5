/**
 * OpenID Connect relying party for staff sign-in with Google Workspace, Microsoft Entra or any
 * OIDC provider: authorization code flow with PKCE (S256), state and nonce, on `openid-client`.
 * Pure protocol logic: sessions, account linking and routes call {@link createOidcClient}.
 */
import * as client from 'openid-client';
import { AppError } from '../platform/errors.ts';
import type { AppErrorOptions, ErrorKind } from '../platform/errors.ts';

/** The provider families Haven knows (the vocabulary lives in model.ts, which the dashboard shares). */
import type { OidcKind } from './model.ts';
export { oidcKinds, type OidcKind } from './model.ts';

/** One configured sign-in provider, as the config slice hands it over. */
export interface OidcProviderConfig {
  id: string;
  kind: OidcKind;
  /** Issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only); otherwise sent with `client_secret_basic`. */
  clientSecret?: string;
  /** Google hosted domain (hd) or Entra tenant id (tid) the accounts must belong to */
  domain?: string;
}

/**
 * What `start` remembers until the browser comes back; the caller keeps it server-side (or in
 * an encrypted httpOnly cookie bound to the browser), because it holds the PKCE verifier.
 */
export interface OidcPending {
  state: string;
  nonce: string;
  codeVerifier: string;
  providerId: string;
  redirectUri: string;
  createdAt: number;
}

/** Who signed in, as asserted by the provider's ID token. */
export interface OidcIdentity {
  providerId: string;
  kind: OidcKind;
  /** the stable link key: Entra `tid:oid`, Google `sub` (with hd checked), generic `sub` */
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
  hostedDomain?: string;
  tenantId?: string;
  /** true when the provider asserts multi-factor auth (amr contains mfa, otp, hwk, swk, fido, sms... or acr indicates MFA) */
  mfa: boolean;
}

/** Options for {@link createOidcClient}. */
export interface OidcClientOptions {
  /** Allow `http:` issuers and endpoints, but only on a loopback IP literal (tests). */
  allowInsecureLoopback?: boolean;
  /** Seconds before a request to the provider is abandoned; default 10. */
  timeoutSeconds?: number;
}

/** The relying party for one provider, with its discovery document cached inside. */
export interface OidcClient {
  /** Builds the authorization URL to redirect the browser to, and the state to keep until the callback. */
  start(redirectUri: string, nowMs: number): Promise<{ url: string; pending: OidcPending }>;
  /** Checks the callback against the pending state, redeems the code and returns the verified identity. */
  finish(callbackUrl: URL, pending: OidcPending, nowMs: number): Promise<OidcIdentity>;
}

/** How long a started sign-in may take before its callback is refused. */
export const OIDC_PENDING_TTL_MS = 10 * 60 * 1000;

/** Discovery documents are refetched after this long, so endpoint changes are picked up. */
const DISCOVERY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * `amr` values (RFC 8176, plus `fido` as Entra sends it) that show a second factor or a
 * possession-bound key; any one of them satisfies Haven's second factor (decisions.md).
 */
export const mfaAmrValues = ['mfa', 'mca', 'otp', 'sms', 'tel', 'hwk', 'swk', 'sc', 'fido'] as const;

/** `acr` values that assert multi-factor (OpenID PAPE policies and the OpenID EAP `phr`/`phrh`). */
export const mfaAcrValues = [
  'http://schemas.openid.net/pape/policies/2007/06/multi-factor',
  'http://schemas.openid.net/pape/policies/2007/06/multi-factor-physical',
  'phr',
  'phrh',
] as const;

/** Every error code this module throws. */
export const oidcErrorCodes = [
  'oidc.config_invalid',
  'oidc.provider_unreachable',
  'oidc.discovery_failed',
  'oidc.client_rejected',
  'oidc.state_expired',
  'oidc.state_mismatch',
  'oidc.authorization_denied',
  'oidc.code_rejected',
  'oidc.id_token_invalid',
  'oidc.claim_missing',
  'oidc.domain_mismatch',
] as const;
/** One of {@link oidcErrorCodes}. */
export type OidcErrorCode = (typeof oidcErrorCodes)[number];

const errorKindOf: Record<OidcErrorCode, ErrorKind> = {
  'oidc.config_invalid': 'invalid',
  'oidc.provider_unreachable': 'unavailable',
  'oidc.discovery_failed': 'unavailable',
  // A rejected client id or secret is an administrator's problem: sign-in is down, not the user's fault.
  'oidc.client_rejected': 'unavailable',
  'oidc.state_expired': 'unauthenticated',
  'oidc.state_mismatch': 'unauthenticated',
  'oidc.authorization_denied': 'unauthenticated',
  'oidc.code_rejected': 'unauthenticated',
  'oidc.id_token_invalid': 'unauthenticated',
  'oidc.claim_missing': 'unauthenticated',
  'oidc.domain_mismatch': 'unauthenticated',
};

/** A sign-in failure; the kind follows from the code, so callers cannot pair them wrongly. */
export class OidcError extends AppError {
  constructor(code: OidcErrorCode, message: string, options: AppErrorOptions = {}) {
    super(code, errorKindOf[code], message, options);
  }
}

/**
 * Creates the relying party for one provider; the configuration is checked now, discovery
 * happens on first use and is cached in the returned object.
 */
export function createOidcClient(config: OidcProviderConfig, options: OidcClientOptions = {}): OidcClient {
  const insecureLoopback = options.allowInsecureLoopback === true;
  const issuer = parseConfigUrl(config.issuer, 'issuer', insecureLoopback);
  if (config.clientId === '') throw new OidcError('oidc.config_invalid', `oidc provider ${JSON.stringify(config.id)} has no client id`);
  if (config.kind === 'entra' && (config.domain === undefined || config.domain === '')) {
    // Without a pinned tenant any Entra tenant (or a personal Microsoft account) could sign in.
    throw new OidcError('oidc.config_invalid', `entra provider ${JSON.stringify(config.id)} needs its tenant id as domain`);
  }
  const timeout = options.timeoutSeconds ?? 10;
  const clientAuth = config.clientSecret === undefined || config.clientSecret === '' ? client.None() : client.ClientSecretBasic(config.clientSecret);

  let discovery: { promise: Promise<client.Configuration>; at: number } | undefined;

  async function discover(nowMs: number): Promise<client.Configuration> {
    if (discovery !== undefined && nowMs - discovery.at < DISCOVERY_TTL_MS) return discovery.promise;
    const promise = runDiscovery();
    const entry = { promise, at: nowMs };
    discovery = entry;
    // A failed discovery is not cached: the next sign-in tries again.
    promise.catch(() => {
      if (discovery === entry) discovery = undefined;
    });
    return promise;
  }

  async function runDiscovery(): Promise<client.Configuration> {
    let configuration: client.Configuration;
    try {
      configuration = await client.discovery(issuer, config.clientId, undefined, clientAuth, {
        timeout,
        // Plain HTTP only reaches this point for a loopback issuer with allowInsecureLoopback set.
        ...(issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      });
    } catch (error) {
      throw toOidcError(error, 'oidc.discovery_failed', `discovering oidc provider ${JSON.stringify(config.issuer)}`);
    }
    // allowInsecureRequests would let a loopback issuer send us to plain HTTP anywhere; refuse that.
    const metadata = configuration.serverMetadata();
    const endpoints = [metadata.authorization_endpoint, metadata.token_endpoint, metadata.jwks_uri, metadata.userinfo_endpoint];
    for (const endpoint of endpoints) {
      if (endpoint !== undefined && !isAllowedUrl(endpoint, insecureLoopback)) {
        throw new OidcError('oidc.discovery_failed', `oidc provider ${JSON.stringify(config.issuer)} names an insecure endpoint ${JSON.stringify(endpoint)}`);
      }
    }
    if (metadata.authorization_endpoint === undefined || metadata.token_endpoint === undefined) {
      throw new OidcError('oidc.discovery_failed', `oidc provider ${JSON.stringify(config.issuer)} has no authorization or token endpoint`);
    }
    return configuration;
  }

  return {
    async start(redirectUri, nowMs) {
      const redirect = parseConfigUrl(redirectUri, 'redirect uri', true);
      // openid-client derives the token request's redirect_uri by stripping the query, so none may be there.
      if (redirect.search !== '' || redirect.hash !== '') {
        throw new OidcError('oidc.config_invalid', `redirect uri ${JSON.stringify(redirectUri)} must not have a query or fragment`);
      }
      const configuration = await discover(nowMs);
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const parameters: Record<string, string> = {
        response_type: 'code',
        redirect_uri: redirect.href,
        scope: 'openid email profile',
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      };
      // Google shows only accounts of this Workspace domain; a hint only, the hd claim is still checked.
      if (config.kind === 'google' && config.domain !== undefined && config.domain !== '') parameters.hd = config.domain;
      const url = client.buildAuthorizationUrl(configuration, parameters);
      return {
        url: url.href,
        pending: { state, nonce, codeVerifier, providerId: config.id, redirectUri: redirect.href, createdAt: nowMs },
      };
    },

    async finish(callbackUrl, pending, nowMs) {
      // Cheap local checks first: a stale or forged callback never reaches the provider.
      if (pending.providerId !== config.id) {
        throw new OidcError('oidc.state_mismatch', `sign-in was started with provider ${JSON.stringify(pending.providerId)}, not ${JSON.stringify(config.id)}`);
      }
      const age = nowMs - pending.createdAt;
      if (!(age <= OIDC_PENDING_TTL_MS)) {
        throw new OidcError('oidc.state_expired', `sign-in started ${Math.round(age / 1000)} s ago; start again`);
      }
      if (callbackUrl.searchParams.get('state') !== pending.state) {
        throw new OidcError('oidc.state_mismatch', 'the sign-in callback does not carry the state this browser was given');
      }
      const configuration = await discover(nowMs);
      // Only the callback's query is taken from the request; the redirect URI is the one we sent,
      // so a proxy that rewrites scheme or host cannot break (or steer) the code exchange.
      const response = new URL(pending.redirectUri);
      response.search = callbackUrl.search;
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(configuration, response, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        throw toOidcError(error, 'oidc.id_token_invalid', `completing sign-in with ${JSON.stringify(config.id)}`);
      }
      const idToken = tokens.claims();
      if (idToken === undefined) throw new OidcError('oidc.id_token_invalid', `${JSON.stringify(config.id)} returned no id token`);
      let claims: Readonly<Record<string, unknown>> = idToken;
      // Generic providers may keep profile claims in userinfo only (as the OIDC core spec allows for
      // the code flow). Email and its verified flag are taken together from one source; the link
      // key, domain claims and amr/acr always come from the signed ID token.
      const userinfoEndpoint = configuration.serverMetadata().userinfo_endpoint;
      if (config.kind === 'oidc' && idToken.email === undefined && userinfoEndpoint !== undefined) {
        let userinfo: Awaited<ReturnType<typeof client.fetchUserInfo>>;
        try {
          userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
        } catch (error) {
          throw toOidcError(error, 'oidc.id_token_invalid', `fetching userinfo from ${JSON.stringify(config.id)}`);
        }
        claims = { ...idToken, email: userinfo.email, email_verified: userinfo.email_verified, name: idToken.name ?? userinfo.name };
      }
      return parseOidcIdentity(config, claims);
    },
  };
}

/**
 * Turns verified ID token claims into an {@link OidcIdentity}, applying the per-kind link key,
 * the Google hosted-domain and Entra tenant checks, the email-verified rule and MFA detection.
 */
export function parseOidcIdentity(config: OidcProviderConfig, claims: Readonly<Record<string, unknown>>): OidcIdentity {
  const sub = stringClaim(claims, 'sub');
  if (sub === undefined) throw new OidcError('oidc.claim_missing', 'the id token has no sub claim');
  const email = stringClaim(claims, 'email');
  const name = stringClaim(claims, 'name');
  const common = { providerId: config.id, kind: config.kind, mfa: assertsMfa(claims), ...(name === undefined ? {} : { name }) };

  switch (config.kind) {
    case 'google': {
      const hostedDomain = stringClaim(claims, 'hd');
      if (config.domain !== undefined && config.domain !== '' && hostedDomain?.toLowerCase() !== config.domain.toLowerCase()) {
        throw new OidcError('oidc.domain_mismatch', `google account belongs to ${JSON.stringify(hostedDomain ?? 'no workspace domain')}, not ${JSON.stringify(config.domain)}`, {
          details: { expected: config.domain, actual: hostedDomain ?? null },
        });
      }
      return {
        ...common,
        subject: sub,
        ...(email === undefined ? {} : { email }),
        emailVerified: email !== undefined && claims.email_verified === true,
        ...(hostedDomain === undefined ? {} : { hostedDomain }),
      };
    }
    case 'entra': {
      const tenantId = stringClaim(claims, 'tid');
      const objectId = stringClaim(claims, 'oid');
      if (tenantId === undefined) throw new OidcError('oidc.claim_missing', 'the entra id token has no tid claim');
      if (config.domain === undefined || tenantId.toLowerCase() !== config.domain.toLowerCase()) {
        throw new OidcError('oidc.domain_mismatch', `entra account belongs to tenant ${JSON.stringify(tenantId)}, not ${JSON.stringify(config.domain ?? '')}`, {
          details: { expected: config.domain ?? null, actual: tenantId },
        });
      }
      // `oid` needs the profile scope; `sub` is pairwise per application, so it is not the link key.
      if (objectId === undefined) throw new OidcError('oidc.claim_missing', 'the entra id token has no oid claim (is the profile scope granted?)');
      // Entra lets tenant admins set any address as a user's email without proving it, so the
      // claim is unverified unless Entra says the domain owner verified it (`xms_edov`, an
      // optional claim the app registration must request) or an explicit `email_verified`.
      // `preferred_username` is never used as an email: it is mutable and unverified.
      const verified = claims.xms_edov === true || claims.email_verified === true;
      return {
        ...common,
        subject: `${tenantId.toLowerCase()}:${objectId.toLowerCase()}`,
        ...(email === undefined ? {} : { email }),
        emailVerified: email !== undefined && verified,
        tenantId: tenantId.toLowerCase(),
      };
    }
    case 'oidc':
      return {
        ...common,
        subject: sub,
        ...(email === undefined ? {} : { email }),
        // Strictly the boolean: a string "true" (some providers send one) does not count.
        emailVerified: email !== undefined && claims.email_verified === true,
      };
  }
}

function assertsMfa(claims: Readonly<Record<string, unknown>>): boolean {
  const amr = claims.amr;
  const amrValues: readonly string[] = mfaAmrValues;
  if (Array.isArray(amr) && amr.some((value) => typeof value === 'string' && amrValues.includes(value))) return true;
  const acr = claims.acr;
  const acrValues: readonly string[] = mfaAcrValues;
  return typeof acr === 'string' && acrValues.includes(acr);
}

function stringClaim(claims: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** HTTPS always; plain HTTP only on a loopback IP literal, and only when the caller allows it. */
function isAllowedUrl(href: string, insecureLoopback: boolean): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return insecureLoopback && url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

// IP literals only: a name such as `localhost` is whatever the resolver says it is.
function isLoopbackHost(hostname: string): boolean {
  return hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function parseConfigUrl(href: string, label: string, insecureLoopback: boolean): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch (error) {
    throw new OidcError('oidc.config_invalid', `oidc ${label} ${JSON.stringify(href)} is not a url`, { cause: error });
  }
  if (!isAllowedUrl(url.href, insecureLoopback)) {
    throw new OidcError('oidc.config_invalid', `oidc ${label} ${JSON.stringify(href)} must use https`);
  }
  return url;
}

/** The `code` of an openid-client `ClientError` that means the provider did not answer properly. */
const unreachableCodes = new Set(['OAUTH_TIMEOUT', 'OAUTH_ABORT', 'OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON']);

/**
 * Maps what openid-client throws onto {@link OidcError}; `fallback` is the code for a response
 * that arrived but failed validation. Anything unrecognised is rethrown as is (our bug).
 */
function toOidcError(error: unknown, fallback: OidcErrorCode, action: string): unknown {
  if (error instanceof OidcError) return error;
  if (error instanceof client.AuthorizationResponseError) {
    return new OidcError('oidc.authorization_denied', `${action}: the provider answered ${JSON.stringify(error.error)}`, {
      cause: error,
      details: { error: error.error },
    });
  }
  if (error instanceof client.ResponseBodyError) {
    const code = error.error === 'invalid_client' || error.error === 'unauthorized_client' ? 'oidc.client_rejected' : 'oidc.code_rejected';
    return new OidcError(code, `${action}: the provider answered ${JSON.stringify(error.error)}`, {
      cause: error,
      details: { error: error.error, status: error.status },
    });
  }
  if (error instanceof client.WWWAuthenticateChallengeError) {
    return new OidcError('oidc.client_rejected', `${action}: the provider refused the client credentials`, { cause: error });
  }
  if (error instanceof client.ClientError) {
    if (error.code !== undefined && unreachableCodes.has(error.code)) {
      return new OidcError('oidc.provider_unreachable', `${action}: the provider did not answer properly`, { cause: error });
    }
    return new OidcError(fallback, `${action}: ${error.message}`, { cause: error, details: { reason: error.code ?? null } });
  }
  // fetch() rejects with a bare TypeError when the connection fails; openid-client's own
  // argument errors are TypeErrors too, but always carry an ERR_* code.
  if (error instanceof TypeError && !('code' in error)) {
    return new OidcError('oidc.provider_unreachable', `${action}: the provider is unreachable`, { cause: error });
  }
  return error;
}
