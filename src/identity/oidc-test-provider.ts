/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 for tests, with one registered
 * confidential client, PKCE required, preset accounts, and a scripted browser that signs in.
 * Tests only: plain HTTP, throwaway keys, in-memory storage.
 */
import { generateKeyPair, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';

/** One person the provider can sign in: their claims, and how they authenticated. */
export interface OidcTestAccount {
  /** Claims released for the `email` and `profile` scopes: email, email_verified, name, hd, tid, oid, xms_edov. */
  claims?: Record<string, unknown>;
  /** Authentication methods put in the ID token's `amr`, e.g. `['pwd', 'mfa']`. */
  amr?: string[];
  /** Authentication context put in the ID token's `acr`. */
  acr?: string;
}

/** Options for {@link startOidcTestProvider}. */
export interface OidcTestProviderOptions {
  /** Redirect URIs registered for the client; the scripted browser stops when it reaches one. */
  redirectUris: string[];
  /** Accounts by account id, which is also their `sub`. */
  accounts: Record<string, OidcTestAccount>;
  clientId?: string;
  clientSecret?: string;
  /** When true, scope claims go to userinfo only, as the spec's strict reading has it (default false: in the ID token, like Google and Entra). */
  conformIdTokenClaims?: boolean;
}

/** A running test provider; close it in `after`. */
export interface OidcTestProvider {
  /** `http://127.0.0.1:<port>`, also the `iss` of its tokens. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `METHOD /path` of every request the provider received, in order. */
  requests: string[];
  /**
   * Plays the browser from an authorization URL: signs in as `accountId` (sent as `login_hint`),
   * follows redirects with a cookie jar, and returns the callback URL the provider redirected to.
   */
  signIn(authorizationUrl: string, accountId: string): Promise<URL>;
  close(): Promise<void>;
}

// The slice of oidc-provider's API used here; the package ships no type declarations.
interface InteractionDetails {
  prompt: { name: string; details: Record<string, unknown> };
  params: Record<string, unknown>;
  session?: { accountId?: string };
  grantId?: string;
}
interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(indicator: string, scope: string): void;
  save(): Promise<string>;
}
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options: { mergeWithLastSubmission: boolean }): Promise<void>;
  on(event: 'server_error', listener: (ctx: unknown, error: unknown) => void): void;
  Grant: { new (init: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> };
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => Provider;

// A non-literal specifier types the untyped package as `any` instead of failing the build;
// the typed view above is the parsing edge.
const oidcProviderPackage: string = 'oidc-provider';

/** Starts a provider on a free 127.0.0.1 port with the given client and accounts. */
export async function startOidcTestProvider(options: OidcTestProviderOptions): Promise<OidcTestProvider> {
  const providerModule: { default: ProviderConstructor } = await import(oidcProviderPackage);
  const Provider = providerModule.default;
  const clientId = options.clientId ?? 'haven-test';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', use: 'sig', alg: 'RS256' };

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('test provider has no tcp address');
  const issuer = `http://127.0.0.1:${address.port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    conformIdTokenClaims: options.conformIdTokenClaims ?? false,
    // oidc-provider drops `acr` from its claims unless some acr value is declared.
    acrValues: [...new Set(Object.values(options.accounts).flatMap((a) => (a.acr === undefined ? [] : [a.acr])))].concat('urn:haven:test:pwd'),
    claims: {
      // With the openid scope, as Google and Entra put authentication facts in every ID token.
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      email: ['email', 'email_verified'],
      profile: ['name', 'hd', 'tid', 'oid', 'xms_edov'],
    },
    features: { devInteractions: { enabled: false } },
    // Explicit lifetimes (seconds) keep the provider from printing a notice for each default.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, accountId: string) => {
      const account = options.accounts[accountId];
      if (account === undefined) return undefined;
      return { accountId, claims: () => ({ ...account.claims, sub: accountId }) };
    },
  });
  provider.on('server_error', (_ctx, error) => console.error('oidc test provider:', error));

  async function interact(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    let result: Record<string, unknown>;
    if (details.prompt.name === 'login') {
      const hint = details.params.login_hint;
      const account = typeof hint === 'string' ? options.accounts[hint] : undefined;
      result =
        typeof hint === 'string' && account !== undefined
          ? { login: { accountId: hint, amr: account.amr, acr: account.acr, remember: false } }
          : { error: 'access_denied', error_description: `no test account ${JSON.stringify(hint)}` };
    } else {
      // consent: grant whatever the client asked for, as a first-party app would be.
      const accountId = details.session?.accountId ?? '';
      const grant = details.grantId === undefined ? new provider.Grant({ accountId, clientId }) : await provider.Grant.find(details.grantId);
      if (grant === undefined) throw new Error('test provider lost a grant');
      const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details;
      if (Array.isArray(missingOIDCScope)) grant.addOIDCScope(missingOIDCScope.join(' '));
      if (Array.isArray(missingOIDCClaims)) grant.addOIDCClaims(missingOIDCClaims.filter((c) => typeof c === 'string'));
      if (typeof missingResourceScopes === 'object' && missingResourceScopes !== null) {
        for (const [indicator, scopes] of Object.entries(missingResourceScopes)) {
          if (Array.isArray(scopes)) grant.addResourceScope(indicator, scopes.join(' '));
        }
      }
      result = { consent: { grantId: await grant.save() } };
    }
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  const requests: string[] = [];
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    requests.push(`${req.method ?? 'GET'} ${path}`);
    if (!path.startsWith('/interaction/')) return handle(req, res);
    interact(req, res).catch((error: unknown) => {
      console.error('oidc test provider interaction:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('interaction failed');
    });
  });

  const redirectTargets = new Set(options.redirectUris.map((uri) => withoutQuery(new URL(uri))));

  return {
    issuer,
    clientId,
    clientSecret,
    requests,
    async signIn(authorizationUrl, accountId) {
      const jar = new Map<string, string>();
      let next = new URL(authorizationUrl);
      next.searchParams.set('login_hint', accountId);
      for (let hop = 0; hop < 10; hop += 1) {
        if (redirectTargets.has(withoutQuery(next))) return next;
        // The scripted browser only ever talks to this provider: nothing leaves 127.0.0.1.
        if (next.origin !== issuer) throw new Error(`sign-in was sent off the test provider, to ${next.href}`);
        const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
        const response = await fetch(next, { redirect: 'manual', headers: cookie === '' ? {} : { cookie } });
        storeCookies(jar, response.headers.getSetCookie());
        const body = await response.text();
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || location === null) {
          throw new Error(`test provider answered ${response.status} at ${next.pathname}: ${body.slice(0, 500)}`);
        }
        next = new URL(location, next);
      }
      throw new Error('test provider sign-in did not reach the redirect uri in 10 hops');
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function withoutQuery(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** A cookie jar for one host that ignores paths: enough for the provider's own cookies. */
function storeCookies(jar: Map<string, string>, setCookies: string[]): void {
  for (const line of setCookies) {
    const [pair = '', ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key = '', raw = ''] = attribute.split('=');
      const k = key.trim().toLowerCase();
      return (k === 'max-age' && Number(raw) <= 0) || (k === 'expires' && Date.parse(raw) <= Date.now());
    });
    if (value === '' || expired) jar.delete(name);
    else jar.set(name, value);
  }
}
