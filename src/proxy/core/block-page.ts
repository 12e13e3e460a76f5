/**
 * The block page (F6): what was blocked and why (category, rule, group, the decision's own
 * sentence), with "ask for access" (a temporary unblock request for the online-safety lead)
 * and "tell someone" (a concern for the DSL team). It names nobody and shows nothing of anyone
 * else; every value is HTML-escaped, and the page carries a strict CSP with no script at all,
 * so nothing from the URL can run. Pure.
 */

/** Where the page's forms post: a path the proxy answers itself on the blocked site's own origin. */
export const BLOCK_ACTION_PATH = '/.well-known/haven/blocked';

/** What the page says about the decision. */
export interface BlockPageInput {
  /** The host, or the full URL where the proxy saw it. */
  readonly target: string;
  readonly host: string;
  /** Human name of the category that blocked it, if one did. */
  readonly category?: string;
  /** Rule id, when a rule decided. */
  readonly rule?: string;
  /** The name of the group whose policy applied. */
  readonly group?: string;
  /** The decision's one-sentence reason. */
  readonly reason: string;
  /** Illegal content: no request-access form (nobody may open it). */
  readonly illegal: boolean;
  /** Signed token binding the forms to this block (see the proxy's block actions). */
  readonly token: string;
  /** Support reference: the event id. */
  readonly reference: string;
  /** Offer "sign in" (subnets whose identity mode is `sign-in-page`, nobody signed in yet). */
  readonly signIn?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** HTML-escapes text for element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

/** The page's Content-Security-Policy: no script, no external anything, forms only to the same origin. */
export const BLOCK_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f5f5f7;color:#1d1d1f}
main{max-width:42rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;border:1px solid #d2d2d7}
h1{font-size:1.5rem;margin-top:0;color:#8a1c1c}h2{font-size:1.1rem;margin-bottom:.25rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}textarea{width:100%;box-sizing:border-box;font:inherit;min-height:4rem}input[type=email],input[type=password]{width:100%;box-sizing:border-box;font:inherit;padding:.25rem}
button{font:inherit;padding:.5rem 1rem;margin-top:.5rem;border-radius:8px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
button:focus-visible,textarea:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}.muted{color:#515154;font-size:.9rem}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** The block page for one blocked request. */
export function renderBlockPage(input: BlockPageInput): string {
  const facts: [string, string | undefined][] = [
    ['Address', input.target],
    ['Category', input.category],
    ['Rule', input.rule],
    ['Your group', input.group],
  ];
  const rows = facts.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '').map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`);
  const token = `<input type="hidden" name="token" value="${escapeHtml(input.token)}">`;
  const access = input.illegal
    ? '<p>This content is illegal and cannot be unblocked by anyone at school.</p>'
    : `<h2>Need it for your work?</h2><form method="post" action="${BLOCK_ACTION_PATH}">${token}<input type="hidden" name="action" value="request-access"><label for="why">Why do you need it?</label><textarea id="why" name="message" maxlength="1000" required></textarea><button type="submit">Ask for access</button></form>`;
  const signIn =
    input.signIn === true
      ? `<h2>Is this your own device?</h2><p>Sign in with your school account so the rules for you apply, until the end of the school day.</p><form method="post" action="${BLOCK_ACTION_PATH}">${token}<input type="hidden" name="action" value="sign-in"><label for="email">School email</label><input id="email" name="email" type="email" autocomplete="username" required><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required><button type="submit">Sign in</button></form>`
      : '';
  return page(
    'This site is blocked',
    `<h1>This site is blocked</h1><p>${escapeHtml(input.reason)}</p><dl>${rows.join('')}</dl>${signIn}${access}<h2>Worried about something?</h2><form method="post" action="${BLOCK_ACTION_PATH}">${token}<input type="hidden" name="action" value="report"><label for="worry">Tell a trusted adult at school what happened</label><textarea id="worry" name="message" maxlength="4000" required></textarea><button type="submit">Tell someone</button></form><p class="muted">Reference ${escapeHtml(input.reference)}. Filtering keeps everyone at school safe online; if you think this is a mistake, ask for access.</p>`,
  );
}

/** The page after a form was sent (or refused), with nothing echoed back but fixed text. */
export function renderActionPage(outcome: 'access-requested' | 'reported' | 'signed-in' | 'sign-in-failed' | 'expired' | 'invalid' | 'failed'): string {
  const text: Record<typeof outcome, [string, string]> = {
    'access-requested': ['Request sent', 'Your request has been sent to the online-safety lead. You will be able to open the site once they approve it.'],
    reported: ['Thank you for telling us', 'A member of the safeguarding team will read what you wrote. If you are in danger now, tell an adult straight away or call 999.'],
    'signed-in': ['You are signed in', 'The rules for you now apply on this device until the end of the school day. Go back and reload the page.'],
    'sign-in-failed': ['Not signed in', 'The email or password was not right, or there were too many tries. Go back and try again, or ask a teacher.'],
    expired: ['This page is out of date', 'Please go back, reload the blocked page and try again.'],
    invalid: ['Something was missing', 'Please go back and fill in the box before sending.'],
    failed: ['Not sent', 'Your message could not be sent just now. Please tell a teacher instead.'],
  };
  const [title, body] = text[outcome];
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>`);
}
