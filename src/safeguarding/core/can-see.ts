import { BREAK_GLASS_ROLES, type ConcernAbout } from '../model.ts';

/** What a viewer brings to the decision, all about the concern's own school. */
export interface ViewerFacts {
  accountId: string;
  /** The viewer's own person record, if their account is linked to one. */
  personId: string | null;
  /** Permissions held in the concern's school (roles there or everywhere, ∩ token scopes). */
  permissions: ReadonlySet<string>;
  /** Roles held in the concern's school. */
  roles: readonly string[];
  /** The viewer holds an unexpired break-glass grant on this concern. */
  breakGlass: boolean;
}

/** What the decision needs to know about a concern. */
export interface ConcernFacts {
  about: ConcernAbout;
  aboutHeadteacher: boolean;
  reporterAccountId: string | null;
  /** People named as subject or alleged perpetrator. */
  implicatedPersonIds: readonly string[];
}

/**
 * How much of a concern a viewer may have: `manage` (read and triage), `read` (everything,
 * change nothing), `reporter` (their own report and its status), `receipt` (that it was
 * received and its status), or `none` (it does not exist for them: 404).
 */
export const accessLevels = ['manage', 'read', 'reporter', 'receipt', 'none'] as const;
export type AccessLevel = (typeof accessLevels)[number];

/** Why the decision came out as it did; recorded with every read in the audit log. */
export type VisibilityReason =
  | 'implicated'
  | 'dsl-team'
  | 'break-glass'
  | 'headteacher'
  | 'chair-of-governors'
  | 'reporter'
  | 'no-need-to-know';

/** A decision: the access level and why. */
export interface Visibility {
  access: AccessLevel;
  reason: VisibilityReason;
}

const has = (v: ViewerFacts, p: string) => v.permissions.has(p);

/**
 * Need-to-know (P2, decisions.md), decided in one place for every route and the CLI:
 * - anyone named as subject or alleged perpetrator sees nothing of the concern;
 * - learner concerns: the DSL team (`concerns:read-all`) reads all of their school's and
 *   manages them with `concerns:triage`; a break-glass grant gives senior staff a read;
 *   the reporter sees their own report and its status; nobody else sees anything;
 * - allegations about staff: the headteacher (`concerns:staff`) manages them, except those
 *   about the headteacher, which the chair of governors (`concerns:staff-headteacher`)
 *   manages instead; the reporter sees only a receipt; the DSL team and break-glass see nothing.
 */
export function canSee(viewer: ViewerFacts, concern: ConcernFacts): Visibility {
  if (viewer.personId !== null && concern.implicatedPersonIds.includes(viewer.personId)) return { access: 'none', reason: 'implicated' };
  const isReporter = concern.reporterAccountId !== null && concern.reporterAccountId === viewer.accountId;
  if (concern.about === 'staff') {
    if (concern.aboutHeadteacher && has(viewer, 'concerns:staff-headteacher')) return { access: 'manage', reason: 'chair-of-governors' };
    if (!concern.aboutHeadteacher && has(viewer, 'concerns:staff')) return { access: 'manage', reason: 'headteacher' };
    if (isReporter) return { access: 'receipt', reason: 'reporter' };
    return { access: 'none', reason: 'no-need-to-know' };
  }
  if (has(viewer, 'concerns:read-all')) return { access: has(viewer, 'concerns:triage') ? 'manage' : 'read', reason: 'dsl-team' };
  if (viewer.breakGlass && mayBreakGlass(viewer)) return { access: 'read', reason: 'break-glass' };
  if (isReporter) return { access: 'reporter', reason: 'reporter' };
  return { access: 'none', reason: 'no-need-to-know' };
}

/** Whether the viewer's roles allow break-glass at all (senior staff who report concerns). */
export function mayBreakGlass(viewer: ViewerFacts): boolean {
  return has(viewer, 'concerns:report') && viewer.roles.some((r) => (BREAK_GLASS_ROLES as readonly string[]).includes(r));
}

/**
 * Whether a viewer may open a break-glass grant on a concern: learner concerns only, never
 * one they are implicated in, and only when they could not read it anyway.
 */
export function canBreakGlass(viewer: ViewerFacts, concern: ConcernFacts): boolean {
  if (concern.about !== 'learner' || !mayBreakGlass(viewer)) return false;
  const now = canSee({ ...viewer, breakGlass: false }, concern);
  return now.reason !== 'implicated' && !isFull(now.access);
}

/**
 * Withheld images (R5): only the DSL team may view or download them, and only a DSL who
 * manages the concern may delete them. Break-glass, the headteacher and reporters never may.
 */
export function imageAccess(visibility: Visibility): { view: boolean; remove: boolean } {
  const dsl = visibility.reason === 'dsl-team';
  return { view: dsl, remove: dsl && visibility.access === 'manage' };
}

/** Whether a level shows the full concern. */
export function isFull(access: AccessLevel): access is 'manage' | 'read' {
  return access === 'manage' || access === 'read';
}
