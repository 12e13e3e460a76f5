/**
 * Tokens that bind the block page's forms to one block: the host, the URL, the client address,
 * the person and group, and when. HMAC-SHA256 under a key derived from the master key, so a
 * page elsewhere cannot make the proxy file requests or concerns in a child's name; they expire
 * after an hour and only work from the address they were issued to.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { MasterKey } from '../platform/crypto.ts';

/** What a token carries. */
export interface BlockClaims {
  /** Host blocked. */
  readonly h: string;
  /** The full URL, where the proxy saw it. */
  readonly u?: string;
  /** Client address it was issued to. */
  readonly a: string;
  readonly school: string;
  /** Person, when known. */
  readonly p?: string;
  /** Group whose policy applied. */
  readonly g?: string;
  /** Category, rule. */
  readonly c?: string;
  readonly r?: string;
  /** Issued at (epoch ms). */
  readonly t: number;
}

/** How long a block page's forms work. */
export const BLOCK_TOKEN_TTL_MS = 3600_000;

/** Signs and checks block tokens. */
export interface BlockTokens {
  issue(claims: BlockClaims): string;
  /** The claims, or why not. */
  verify(token: string, address: string, now: number): BlockClaims | 'invalid' | 'expired';
}

/** Creates the signer from the master key. */
export function createBlockTokens(masterKey: MasterKey): BlockTokens {
  const key = Buffer.from(hkdfSync('sha256', masterKey.bytes, 'haven', 'proxy block page token v1', 32));
  const mac = (body: string) => createHmac('sha256', key).update(body).digest();
  return {
    issue: (claims) => {
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${body}.${mac(body).toString('base64url')}`;
    },
    verify: (token, address, now) => {
      const [body, sig, extra] = token.split('.');
      if (body === undefined || sig === undefined || extra !== undefined || token.length > 4096) return 'invalid';
      const given = Buffer.from(sig, 'base64url');
      const want = mac(body);
      if (given.length !== want.length || !timingSafeEqual(given, want)) return 'invalid';
      let claims: BlockClaims;
      try {
        claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as BlockClaims;
      } catch {
        return 'invalid';
      }
      if (claims.a !== address) return 'invalid';
      if (typeof claims.t !== 'number' || now - claims.t > BLOCK_TOKEN_TTL_MS || claims.t - now > 60_000) return 'expired';
      return claims;
    },
  };
}
