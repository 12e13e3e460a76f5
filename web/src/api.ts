/**
 * The dashboard's only way to the server: `fetch` to `/api/v1` with the session cookie. It adds
 * the CSRF header on every change, turns RFC 9457 problem documents into {@link ApiError}s whose
 * words the screens show as they are, and reports a lost session once, so the app can send the
 * user to sign in with "your session has expired" instead of failing screen by screen.
 */

const BASE = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** One field problem from the server (a zod path, or a CSV line). */
export interface ProblemIssue {
  path?: string;
  line?: number;
  message: string;
}

/** A refused or failed request, carrying the server's problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ProblemIssue[];
  readonly requestId: string | undefined;
  readonly body: Record<string, unknown>;

  constructor(status: number, code: string, detail: string, body: Record<string, unknown> = {}) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
    this.issues = Array.isArray(body.issues) ? body.issues.filter(isIssue) : [];
    this.requestId = typeof body.requestId === 'string' ? body.requestId : undefined;
  }
}

function isIssue(value: unknown): value is ProblemIssue {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

/** Why the app must ask the user to sign in (again) or finish the second factor. */
export type AuthInterruption = 'expired' | 'mfa-verify' | 'mfa-enrol';

export interface ApiClientOptions {
  /** Called when a request shows the session is gone or needs its second factor. */
  onAuthInterruption(reason: AuthInterruption): void;
}

type Query = Record<string, string | number | boolean | undefined | null>;

/** Requests where a 401 is an answer about the credentials, not a lost session. */
const CREDENTIAL_PATHS = ['/auth/login', '/auth/mfa/verify', '/auth/mfa/totp/confirm', '/auth/password', '/setup', '/auth/session'];

/** Builds `/api/v1<path>?query`, leaving out empty values. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

/** A typed client for `/api/v1`; one per app, holding the session's CSRF token. */
export class ApiClient {
  #csrfToken = '';
  readonly #options: ApiClientOptions;

  constructor(options: ApiClientOptions) {
    this.#options = options;
  }

  /** The token the server gave at sign-in (or in the session read); sent as `x-csrf-token`. */
  setCsrfToken(token: string): void {
    this.#csrfToken = token;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', path, { query });
  }

  post<T>(path: string, body?: unknown, query?: Query): Promise<T> {
    return this.request<T>('POST', path, { body, query });
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, { body });
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, { body });
  }

  delete<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('DELETE', path, { body });
  }

  /** Sends a file as it is (the people import takes `text/csv`, not JSON). */
  upload<T>(path: string, file: Blob, contentType: string, query?: Query): Promise<T> {
    return this.request<T>('POST', path, { raw: file, contentType, query });
  }

  async request<T>(method: string, path: string, init: { body?: unknown; query?: Query | undefined; raw?: Blob; contentType?: string } = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: BodyInit | undefined;
    if (init.raw) {
      body = init.raw;
      headers['content-type'] = init.contentType ?? 'application/octet-stream';
    } else if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] = 'application/json';
    }
    if (UNSAFE.has(method) && this.#csrfToken) headers['x-csrf-token'] = this.#csrfToken;
    let res: Response;
    try {
      res = await fetch(apiUrl(path, init.query), { method, headers, body, credentials: 'same-origin' });
    } catch (cause) {
      throw new ApiError(0, 'network.unreachable', 'Haven could not be reached. Check the connection and try again.', { cause: String(cause) });
    }
    return this.#settle<T>(path, res.status, res.statusText, res.headers.get('content-type') ?? '', await res.text());
  }

  /**
   * Sends a file with upload progress (a list file can be tens of megabytes): `fetch` cannot
   * report how much has been sent, so this one request uses XMLHttpRequest.
   */
  uploadWithProgress<T>(path: string, file: Blob, contentType: string, query: Query, onProgress?: (sent: number, total: number) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', apiUrl(path, query));
      xhr.setRequestHeader('accept', 'application/json');
      xhr.setRequestHeader('content-type', contentType);
      if (this.#csrfToken) xhr.setRequestHeader('x-csrf-token', this.#csrfToken);
      xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
      xhr.onerror = () => reject(new ApiError(0, 'network.unreachable', 'Haven could not be reached. Check the connection and try again.'));
      xhr.onload = () => {
        try {
          resolve(this.#settle<T>(path, xhr.status, xhr.statusText, xhr.getResponseHeader('content-type') ?? '', xhr.responseText));
        } catch (error) {
          reject(error);
        }
      };
      xhr.send(file);
    });
  }

  /** The answer's JSON, or the problem document as an {@link ApiError}. */
  #settle<T>(path: string, status: number, statusText: string, contentType: string, text: string): T {
    let json: unknown = undefined;
    if (text && contentType.includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    if (status >= 200 && status < 300) return json as T;
    const problem = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
    const code = typeof problem.code === 'string' ? problem.code : `http.${status}`;
    const detail = typeof problem.detail === 'string' ? problem.detail : `the server answered ${status} ${statusText}`.trim();
    const error = new ApiError(status, code, detail, problem);
    this.#notice(path, error);
    throw error;
  }

  #notice(path: string, error: ApiError): void {
    if (error.status === 401 && !CREDENTIAL_PATHS.some((p) => path.startsWith(p))) this.#options.onAuthInterruption('expired');
    else if (error.code === 'identity.mfa_required') this.#options.onAuthInterruption('mfa-verify');
    else if (error.code === 'identity.mfa_enrolment_required') this.#options.onAuthInterruption('mfa-enrol');
  }
}

/** The server's words for a problem, as a sentence (its messages are lowercase by convention). */
export function sentence(message: string): string {
  const m = message.trim();
  if (!m) return m;
  const first = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
