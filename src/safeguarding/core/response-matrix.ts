import type { ActionSource, ActionStatus, ActionKind, MatrixActionKind } from '../model.ts';

/** An action already on a concern, as far as the matrix needs to know. */
export interface ExistingAction {
  id: string;
  kind: ActionKind;
  source: ActionSource;
  status: ActionStatus;
  /** Someone has worked on it: an owner, a due date or a note was set. */
  touched: boolean;
}

/** What applying a matrix row to a concern changes. */
export interface MatrixProposal {
  /** Kinds to add as new open actions, in the matrix's column order. */
  add: MatrixActionKind[];
  /** Ids of untouched open matrix actions the new row no longer proposes. */
  withdraw: string[];
}

/**
 * Proposes the actions of a category's matrix row for a concern (R3). A kind already on the
 * concern in any state is not proposed again (a `not-needed` decision stands); open matrix
 * actions nobody has touched are withdrawn when the row no longer lists them, so changing a
 * concern's category at triage leaves the right list. Hand-made actions are never touched.
 */
export function proposeActions(row: readonly MatrixActionKind[], existing: readonly ExistingAction[], columnOrder: readonly MatrixActionKind[]): MatrixProposal {
  const wanted = new Set(row);
  const present = new Set(existing.filter((a) => a.source === 'matrix').map((a) => a.kind));
  const add = columnOrder.filter((k) => wanted.has(k) && !present.has(k));
  const withdraw = existing
    .filter((a) => a.source === 'matrix' && a.status === 'open' && !a.touched && !(wanted as Set<string>).has(a.kind))
    .map((a) => a.id);
  return { add, withdraw };
}
