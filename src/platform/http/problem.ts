import type { ErrorKind, FieldIssue } from '../errors.ts';

/** HTTP status for each domain error kind: the only place kinds meet status codes. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many: 429,
  unavailable: 503,
  internal: 500,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An RFC 9457 problem document with Haven's extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Stable dotted code, e.g. `identity.password_common`. */
  code: string;
  requestId?: string;
  issues?: FieldIssue[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Builds a problem document; `type` is a relative URI naming the code. */
export function toProblem(input: {
  status: number;
  code: string;
  detail: string;
  instance?: string;
  requestId?: string;
  issues?: FieldIssue[];
  details?: Record<string, unknown>;
}): Problem {
  const problem: Problem = {
    ...(input.details ?? {}),
    type: `/problems/${input.code}`,
    title: TITLES[input.status] ?? 'Error',
    status: input.status,
    detail: input.detail,
    code: input.code,
  };
  if (input.instance) problem.instance = input.instance;
  if (input.requestId) problem.requestId = input.requestId;
  if (input.issues && input.issues.length > 0) problem.issues = input.issues;
  return problem;
}
