/**
 * The proxy's answers to a blocked request: the explaining block page (with a signed token that
 * binds its forms to this block and this address), and the block page's own form posts — ask for
 * access, tell someone, and sign in (identity mode `sign-in-page`). Kept apart from the request
 * path in `server.ts`, which only decides and forwards.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CATEGORY_INFO, type ClientIdentity, type Decision } from '../filtering/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/log.ts';
import type { BlockTokens } from './block-token.ts';
import { BLOCK_PAGE_CSP, renderActionPage, renderBlockPage } from './core/block-page.ts';
import { VIA } from './http-message.ts';
import type { ProxyIdentity } from './identity.ts';
import type { BlockActions } from './model.ts';

/** The block page's fixed headers, as the flat list `writeHead` takes without reshaping. */
const BLOCK_PAGE_HEADERS: readonly string[] = [
  'content-type', 'text/html; charset=utf-8',
  'cache-control', 'no-store',
  'content-security-policy', BLOCK_PAGE_CSP,
  'x-content-type-options', 'nosniff',
  'referrer-policy', 'no-referrer',
  'x-haven-verdict', 'block',
  'via', VIA,
];

/** A form post larger than this is refused (the forms hold a token and a short message). */
const MAX_ACTION_BODY = 16 * 1024;

type ActionOutcome = Parameters<typeof renderActionPage>[0];

/** What the block responses need from the proxy. */
export interface BlockResponseDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly tokens: BlockTokens;
  readonly blockActions?: BlockActions | undefined;
  readonly identities: Pick<ProxyIdentity, 'checksCredentials' | 'signIn'>;
  /** A group's name as the policy knows it now. */
  groupName(id: string): string | undefined;
  /** This proxy's instance mark, part of every block reference (references stay unique across nodes). */
  readonly instance: string;
}

/** The block page and its forms. */
export interface BlockResponses {
  /** Answers 403 with the block page for `url`. */
  sendBlockPage(res: ServerResponse, address: string, identity: ClientIdentity, d: Decision, url: string): void;
  /** Answers a post to the block page's form path (see `BLOCK_ACTION_PATH`). */
  handleBlockAction(req: IncomingMessage, res: ServerResponse, address: string): void;
}

export function createBlockResponses(deps: BlockResponseDeps): BlockResponses {
  const { clock, logger, tokens, identities } = deps;
  let blockSeq = 0;

  function sendBlockPage(res: ServerResponse, address: string, identity: ClientIdentity, d: Decision, url: string): void {
    const now = clock.now();
    const reference = `${now.toString(36)}-${deps.instance}-${(blockSeq++).toString(36)}`;
    const group = identity.groups[0];
    const token = tokens.issue({
      h: d.host,
      u: url,
      a: address,
      school: identity.schoolId,
      ...(identity.personId === undefined ? {} : { p: identity.personId }),
      ...(group === undefined ? {} : { g: group }),
      ...(d.category === undefined ? {} : { c: d.category }),
      ...(d.rule === undefined ? {} : { r: d.rule }),
      t: now,
    });
    const body = renderBlockPage({
      target: url,
      host: d.host,
      ...(d.category === undefined ? {} : { category: CATEGORY_INFO[d.category].label }),
      ...(d.rule === undefined ? {} : { rule: d.rule }),
      ...(group === undefined ? {} : { group: deps.groupName(group) ?? group }),
      reason: d.reason,
      illegal: d.level === 'blocked-illegal' || (d.category !== undefined && CATEGORY_INFO[d.category].illegal),
      token,
      reference,
      signIn: identity.identityMode === 'sign-in-page' && identity.personId === undefined && identities.checksCredentials,
    });
    // Encoded once: its length and the bytes sent come from the same buffer.
    const bytes = Buffer.from(body, 'utf8');
    const headers = [...BLOCK_PAGE_HEADERS, 'content-length', String(bytes.length)];
    if (d.category !== undefined) headers.push('x-haven-category', d.category);
    res.writeHead(403, headers);
    res.end(bytes);
  }

  function handleBlockAction(req: IncomingMessage, res: ServerResponse, address: string): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_ACTION_BODY) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => {
      const page = (outcome: ActionOutcome, status: number) => {
        const body = renderActionPage(outcome);
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', 'content-security-policy': BLOCK_PAGE_CSP, via: VIA });
        res.end(body);
      };
      if (tooBig) return page('invalid', 413);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const claims = tokens.verify(form.get('token') ?? '', address, clock.now());
      if (claims === 'invalid' || claims === 'expired') return page('expired', 400);
      const action = form.get('action');
      if (action === 'sign-in') return signInFromBlockPage(form, address, page);
      const message = (form.get('message') ?? '').trim();
      if (message.length < 3 || (action !== 'request-access' && action !== 'report')) return page('invalid', 400);
      if (deps.blockActions === undefined) return page('failed', 503);
      const input = { schoolId: claims.school, host: claims.h, url: claims.u ?? null, personId: claims.p ?? null, groupId: claims.g ?? null, category: claims.c ?? null, address, message: message.slice(0, 4000) };
      const run = action === 'request-access' ? deps.blockActions.requestAccess(input) : deps.blockActions.report(input);
      run.then(
        () => page(action === 'request-access' ? 'access-requested' : 'reported', 200),
        (err: unknown) => {
          logger.warn({ err, action }, 'a block page form could not be saved');
          page('failed', 503);
        },
      );
    });
  }

  /**
   * The block page's sign-in (identity mode `sign-in-page`): the account's person is bound to the
   * address until the end of the school day (Europe/London midnight), on this proxy node.
   */
  function signInFromBlockPage(form: URLSearchParams, address: string, page: (outcome: ActionOutcome, status: number) => void): void {
    const email = (form.get('email') ?? '').trim();
    const password = form.get('password') ?? '';
    if (!identities.checksCredentials || email === '' || password === '') return page('invalid', 400);
    void identities.signIn(email, password, address).then((outcome) => page(outcome, outcome === 'signed-in' ? 200 : 403));
  }

  return { sendBlockPage, handleBlockAction };
}
