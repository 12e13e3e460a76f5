import type { FastifyRequest } from 'fastify';
import { identityErrors } from '../identity/index.ts';
import type { SafeguardingDeps } from './deps.ts';
import { assertConcernRole } from './read.ts';
import { type Viewer, viewerFromPrincipal } from './viewer.ts';

/** The safeguarding OpenAPI tag. */
export const tags = ['safeguarding'];

/** The viewer behind a request whose route demanded sign-in (the access hook guarantees it). */
export async function viewerOf(deps: SafeguardingDeps, request: FastifyRequest): Promise<Viewer> {
  if (!request.principal) throw identityErrors.unauthenticated();
  return viewerFromPrincipal(deps.db, request.principal, request.ip);
}

/**
 * The viewer for a route about concerns. Roles with nothing to do with concerns (governors,
 * IT, office) are refused before any concern is looked up; everyone else gets need-to-know,
 * decided per concern by `canSee` (a concern they may not see answers 404).
 */
export async function concernViewerOf(deps: SafeguardingDeps, request: FastifyRequest): Promise<Viewer> {
  const v = await viewerOf(deps, request);
  assertConcernRole(v);
  return v;
}
