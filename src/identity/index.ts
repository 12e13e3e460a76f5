export type { Actor, IdentityDeps } from './deps.ts';
export { SYSTEM_ACTOR } from './deps.ts';
export * from './model.ts';
export { createAccount, getAccount, listAccounts, normaliseEmail, setAccountStatus, setPassword, setRoles } from './accounts.ts';
export { createLoginThrottle, type LoginThrottle } from './login-throttle.ts';
export { authenticateSession, signIn, signOutEverywhere } from './sessions.ts';
export { type ProxyCredentialOwner, verifyProxyCredentials } from './proxy-credentials.ts';
export { type ApiToken, authenticateToken, createToken, listTokens, revokeToken } from './tokens.ts';
export { completeSetup, ensureInstallation, isSetupNeeded, issueSetupToken } from './setup.ts';
export { actorOf, principalOf, registerIdentityRoutes } from './http.ts';
export { createPerson, createSchool, EVERY_SCHOOL, getPerson, getSchool, listPeople, listSchools, markPersonLeft, type PeopleQuery, type PersonInput, type PersonPatch, type School, type SchoolScope, updatePerson } from './directory.ts';
export { addMember, createGroup, deleteGroup, getGroup, type GroupInput, type GroupSummary, groupsOfPerson, listGroups, listMembers, type Member, type MembershipSource, membershipSources, type PersonGroup, removeMember, updateGroup } from './directory-groups.ts';
export { type ImportChange, importPeople, importRejectedError, type PeopleImportOptions, type PeopleImportSummary } from './people-import.ts';
export { registerDirectoryRoutes } from './directory-http.ts';
export { oidcKinds, type OidcKind } from './oidc.ts';
export {
  createOidcProvider,
  disableOidcProvider,
  getOidcProvider,
  listOidcProviders,
  type NewOidcProvider,
  type OidcProvider,
  type OidcProviderChange,
  updateOidcProvider,
} from './oidc-providers.ts';
export { unlinkOidcAccount } from './oidc-sign-in.ts';
export { type OidcRouteOptions, registerOidcRoutes } from './oidc-http.ts';
export { identityErrors } from './errors.ts';
