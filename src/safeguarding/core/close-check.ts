import { type ActionStatus, ESCALATION_AGENCIES, type ReferralAgency } from '../model.ts';

/** What closing a concern depends on. */
export interface CloseFacts {
  outcome: string | null;
  outcomeNote: string | null;
  escalated: boolean;
  /** A screening answered "yes" to any of the five points. */
  screeningNeedsReferral: boolean;
  referralAgencies: readonly ReferralAgency[];
  actionStatuses: readonly ActionStatus[];
}

/** Why a concern cannot close yet; empty when it can. */
export type CloseBlocker = 'outcome-missing' | 'referral-missing' | 'actions-open';

/**
 * The rules for closing (issue 7, items 3 to 6): an outcome with a note; a referral to the
 * police or social care when the concern was escalated or the image screening said so; and
 * every action done or marked not needed, so proposed actions are tracked to the end.
 */
export function closeBlockers(f: CloseFacts): CloseBlocker[] {
  const out: CloseBlocker[] = [];
  if (!f.outcome || !f.outcomeNote?.trim()) out.push('outcome-missing');
  const referred = f.referralAgencies.some((a) => ESCALATION_AGENCIES.includes(a));
  if ((f.escalated || f.screeningNeedsReferral) && !referred) out.push('referral-missing');
  if (f.actionStatuses.includes('open')) out.push('actions-open');
  return out;
}
