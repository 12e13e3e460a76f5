import type { ConcernOutcome, ConcernRoute, InvestigationDecision, InvolvementPart, RecordKind, ReferralAgency } from '../model.ts';

/** Words for codes in printed files and reports (the child-protection file, the governor report). */

/** Outside agencies, as a referral names them. */
export const AGENCY_LABELS: Record<ReferralAgency, string> = {
  police: 'Police',
  'social-care': "Children's social care",
  lado: 'Local authority designated officer (LADO)',
  prevent: 'Prevent',
  ceop: 'CEOP',
  'early-help': 'Early help',
  other: 'Other agency',
};

/** How a concern closed, in words. */
export const OUTCOME_LABELS: Record<ConcernOutcome, string> = {
  'no-further-action': 'No further action',
  'resolved-in-school': 'Resolved in school',
  'early-help': 'Early help',
  'referred-social-care': "Referred to children's social care",
  'referred-police': 'Referred to the police',
  'referred-lado': 'Referred to the LADO',
  'allegation-unfounded': 'Allegation unfounded',
  'allegation-substantiated': 'Allegation substantiated',
  other: 'Other',
};

/** Sharing, search and confiscation records (R9), in words. */
export const RECORD_LABELS: Record<RecordKind, string> = {
  sharing: 'Information shared',
  search: 'Device searched',
  confiscation: 'Item confiscated',
};

/** How a concern reached the DSL team, in words. */
export const ROUTE_LABELS: Record<ConcernRoute, string> = {
  staff: 'Staff report',
  learner: 'Learner report',
  community: 'Parent or visitor report',
  monitoring: 'Monitoring alert',
};

/** A person's part in a concern, in words. */
export const PART_LABELS: Record<InvolvementPart, string> = {
  subject: 'Subject of the concern',
  'alleged-perpetrator': 'Alleged perpetrator',
  witness: 'Witness',
  reporter: 'Reporter',
};

/** What a device investigation decided, in words. */
export const DECISION_LABELS: Record<InvestigationDecision, string> = {
  'no-substance': 'No substance found',
  'internal-response': 'Internal response',
  'local-authority': 'Passed to the local authority',
  police: 'Passed to the police',
};

/** A label from a map, or the code itself when the code is unknown (data written by a newer Haven). */
export function labelOf<K extends string>(labels: Record<K, string>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  const byCode: Readonly<Record<string, string>> = labels;
  return byCode[code] ?? code;
}
