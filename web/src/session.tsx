import { createContext, useContext } from 'react';
import type { Permission } from '../../src/identity/model.ts';
import type { ApiClient } from './api.ts';
import type { School, Session } from './types.ts';

/** The API client, for every screen (the public learner form and setup too). */
export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside the app');
  return api;
}

/** The signed-in user's session, as the server described it, and what it allows. */
export interface SignedIn {
  session: Session;
  /** The school the dashboard acts in (the first the account's roles cover). */
  school: School | null;
  /** Whether the session holds any of these permissions (an empty list: any signed-in user). */
  can(...anyOf: Permission[]): boolean;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SignedIn | null>(null);

/** The signed-in user; only screens behind sign-in use it. */
export function useSignedIn(): SignedIn {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSignedIn outside a signed-in screen');
  return value;
}

/** Builds the permission check from the session's permission list (the server decides; this only hides what would be refused). */
export function permissionCheck(session: Session): (...anyOf: Permission[]) => boolean {
  const held = new Set(session.permissions);
  return (...anyOf) => anyOf.length === 0 || anyOf.some((p) => held.has(p));
}
