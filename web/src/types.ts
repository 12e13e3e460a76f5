/**
 * The API's request and response types, inferred from the server's own zod schemas (type-only
 * imports: no schema code reaches the browser bundle). The dashboard imports from `src/` only
 * `model.ts`, `core/**` and `schema*.ts` files (eslint.config.js keeps that seam).
 */
import type { z } from 'zod';
import type { auditEntrySchema, auditPageSchema, auditQuery, auditVerifySchema } from '../../src/audit/schema.ts';
import type {
  accountSchema,
  groupSummarySchema,
  importSummarySchema,
  loginBody,
  memberSchema,
  newAccountBody,
  oidcButtonSchema,
  personGroupSchema,
  personSchema,
  recoveryCodesSchema,
  schoolSchema,
  sessionInfoSchema,
  sessionResponse,
  setupBody,
  setupResultSchema,
  totpEnrolmentSchema,
} from '../../src/identity/schema.ts';
import type {
  actionBody,
  actionChangeBody,
  attachmentBody,
  feedbackBody,
  involvementBody,
  learnerReportBody,
  listQuery,
  newConcernBody,
  recordBody,
  referralBody,
  screeningBody,
  statusBody,
  triageBody,
} from '../../src/safeguarding/schema.ts';
import type { governorReportSchema, patternsSchema } from '../../src/safeguarding/schema-files.ts';
import type {
  attachmentResultSchema,
  categorySchema,
  chronologySchema,
  concernSchema,
  figuresSchema,
  idSchema,
  listSchema,
  publicReceiptSchema,
  receiptSchema,
  screeningResultSchema,
  summarySchema,
  topicsSchema,
  triageResultSchema,
} from '../../src/safeguarding/schema-views.ts';

type Out<T extends z.ZodType> = z.output<T>;
type In<T extends z.ZodType> = z.input<T>;

export type Session = Out<typeof sessionResponse>;
export type Account = Out<typeof accountSchema>;
export type LoginBody = In<typeof loginBody>;
export type SetupBody = In<typeof setupBody>;
export type SetupResult = Out<typeof setupResultSchema>;
export type TotpEnrolment = Out<typeof totpEnrolmentSchema>;
export type RecoveryCodes = Out<typeof recoveryCodesSchema>;
export type SessionInfo = Out<typeof sessionInfoSchema>;
export type OidcButton = Out<typeof oidcButtonSchema>;
export type NewAccountBody = In<typeof newAccountBody>;

export type School = Out<typeof schoolSchema>;
export type Person = Out<typeof personSchema>;
export type GroupSummary = Out<typeof groupSummarySchema>;
export type Member = Out<typeof memberSchema>;
export type PersonGroup = Out<typeof personGroupSchema>;
export type ImportSummary = Out<typeof importSummarySchema>;

export type AuditEntry = Out<typeof auditEntrySchema>;
export type AuditPage = Out<typeof auditPageSchema>;
export type AuditQuery = Out<typeof auditQuery>;
export type AuditVerify = Out<typeof auditVerifySchema>;

export type NewConcernBody = In<typeof newConcernBody>;
export type Involvement = In<typeof involvementBody>;
export type AttachmentBody = In<typeof attachmentBody>;
export type LearnerReportBody = In<typeof learnerReportBody>;
export type ConcernListQuery = Out<typeof listQuery>;
export type TriageBody = In<typeof triageBody>;
export type StatusBody = In<typeof statusBody>;
export type ActionBody = In<typeof actionBody>;
export type ActionChangeBody = In<typeof actionChangeBody>;
export type FeedbackBody = In<typeof feedbackBody>;
export type ReferralBody = In<typeof referralBody>;
export type ScreeningBody = In<typeof screeningBody>;
export type RecordBody = In<typeof recordBody>;

export type Receipt = Out<typeof receiptSchema>;
export type PublicReceipt = Out<typeof publicReceiptSchema>;
export type ConcernSummary = Out<typeof summarySchema>;
export type ConcernList = Out<typeof listSchema>;
export type Concern = Out<typeof concernSchema>;
export type ConcernFull = NonNullable<Concern['full']>;
export type ConcernAction = ConcernFull['actions'][number];
export type ConcernAttachment = ConcernFull['attachments'][number];
export type Category = Out<typeof categorySchema>;
export type Chronology = Out<typeof chronologySchema>;
export type Figures = Out<typeof figuresSchema>;
export type GovernorReport = Out<typeof governorReportSchema>;
export type Patterns = Out<typeof patternsSchema>;
export type Topics = Out<typeof topicsSchema>;
export type TriageResult = Out<typeof triageResultSchema>;
export type IdResult = Out<typeof idSchema>;
export type AttachmentResult = Out<typeof attachmentResultSchema>;
export type ScreeningResult = Out<typeof screeningResultSchema>;
