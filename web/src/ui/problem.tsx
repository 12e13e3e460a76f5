import { type ReactNode, useEffect, useRef } from 'react';
import { ApiError, sentence } from '../api.ts';

/** Words for problems the server names by code, where its own message is not the best for a screen. */
const PLAIN: Record<string, string> = {
  'network.unreachable': 'Haven could not be reached. Check the connection and try again.',
  'request.rate_limited': 'Too many attempts in a short time. Wait a few minutes, then try again.',
  'identity.invalid_credentials': 'The email address or password is not right.',
  'identity.mfa_invalid': 'That code is not right, or it was already used. Wait for the next code and try again.',
};

/** The words to show for an error of any kind. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return PLAIN[error.code] ?? sentence(error.message);
  if (error instanceof Error) return sentence(error.message);
  return 'Something went wrong.';
}

/**
 * The server's problem, shown where the user acted: a summary that takes focus (so screen
 * readers announce it) with each field's issue listed under it.
 */
export function ErrorSummary({ error, title = 'There is a problem', focus = true }: { error: unknown; title?: string; focus?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && focus) box.current?.focus();
  }, [error, focus]);
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box}>
      <h2 className="error-summary-title">{title}</h2>
      <p>{messageOf(error)}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.line !== undefined ? `Line ${issue.line}: ` : ''}
              {issue.path ? `${fieldName(issue.path)}: ` : ''}
              {sentence(issue.message)}
            </li>
          ))}
        </ul>
      ) : null}
      {error instanceof ApiError && error.requestId && error.status >= 500 ? <p className="hint">Request id for the IT provider: {error.requestId}</p> : null}
    </div>
  );
}

/** `body.people.0.name` → `people 1 name`, readable without knowing the API. */
function fieldName(path: string): string {
  return path
    .replace(/^(body|querystring|params)\.?/, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()))
    .join(' ');
}

/** A polite message after something worked (read out by screen readers without moving focus). */
export function Notice({ children, tone = 'ok' }: { children: ReactNode; tone?: 'ok' | 'info' | 'warn' }) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      {children}
    </div>
  );
}

/** An honest empty state for a part that cannot show data yet (never placeholder numbers). */
export function NotAvailable({ children }: { children: ReactNode }) {
  return (
    <div className="not-available">
      <p>
        <strong>Not available yet.</strong> {children}
      </p>
    </div>
  );
}

/** A loading line for a part of a page. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}
