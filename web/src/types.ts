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
  tokenSchema,
  totpEnrolmentSchema,
} from '../../src/identity/schema.ts';
import type {
  actionBody,
  actionChangeBody,
  attachmentBody,
  categoryBody,
  communityReportBody,
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
import type { logSummaryQuery, logSummarySchema } from '../../src/filtering/schema-log.ts';
import type {
  catalogueSchema,
  categorySchema as filterCategorySchema,
  changeSchema,
  checkSchema,
  listDetailSchema,
  listImportSchema,
  listSchema as filterListSchema,
  refreshSchema,
  ruleBody,
  rulePatchBody,
  ruleSchema,
  selfTestSchema,
  statusSchema,
  unblockBody,
  unblockCountSchema,
  unblockSchema,
} from '../../src/filtering/schema.ts';
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
export type ApiToken = Out<typeof tokenSchema>;

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
export type CommunityReportBody = In<typeof communityReportBody>;
export type CategoryBody = In<typeof categoryBody>;
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

export type FilterStatus = Out<typeof statusSchema>;
export type FilterCategory = Out<typeof filterCategorySchema>;
export type FilterRule = Out<typeof ruleSchema>;
export type RuleBody = In<typeof ruleBody>;
export type RulePatchBody = In<typeof rulePatchBody>;
export type CheckResult = Out<typeof checkSchema>;
export type ExplainStep = CheckResult['decision']['chain'][number];
export type FilterList = Out<typeof filterListSchema>;
export type FilterListDetail = Out<typeof listDetailSchema>;
export type ListImport = Out<typeof listImportSchema>;
export type CatalogueSource = Out<typeof catalogueSchema>;
export type RefreshResult = Out<typeof refreshSchema>;
export type Unblock = Out<typeof unblockSchema>;
export type UnblockBody = In<typeof unblockBody>;
export type UnblockCount = Out<typeof unblockCountSchema>;
export type SelfTest = Out<typeof selfTestSchema>;
export type FilterChange = Out<typeof changeSchema>;
export type LogSummary = Out<typeof logSummarySchema>;
export type LogSummaryQuery = In<typeof logSummaryQuery>;

/**
 * One filter log event as `GET /filtering/log` answers (its zod schema is inline in the DNS
 * route, which web/ may not import; this mirrors it). `person` is absent unless the reader holds
 * `filtering:logs-names`.
 */
export interface FilterLogEvent {
  id: string;
  at: string;
  source: string;
  schoolId: string;
  address: string | null;
  deviceId: string | null;
  person?: { id: string; name: string } | null;
  groups: string[];
  host: string;
  path: string | null;
  type: string | null;
  verdict: string;
  category: string | null;
  list: string | null;
  rule: string | null;
}

/** `GET /filtering/log`. */
export interface FilterLog {
  events: FilterLogEvent[];
  topBlocked: { host: string; count: number }[];
}

// ---- Monitoring (issue 10) ----
// Imported here rather than at the top, so this block stays additive to the file.
import type {
  acknowledgeBody,
  alertDetailSchema,
  alertListQuery,
  alertSummarySchema,
  escalateBody,
  falsePositiveBody,
  settingsBody as monitoringSettingsBody,
  settingsSchema as monitoringSettingsSchema,
  termBody,
  termSchema,
  triageResultSchema as alertTriageResultSchema,
} from '../../src/monitoring/schema.ts';
import type { weeklyReportSchema } from '../../src/monitoring/schema-reports.ts';

export type AlertSummary = Out<typeof alertSummarySchema>;
export type AlertDetail = Out<typeof alertDetailSchema>;
export type AlertOccurrence = AlertDetail['items'][number];
export type AlertContextSearch = AlertDetail['context']['before'][number];
export type AlertMatch = AlertOccurrence['highlights'][number];
export type AlertListQuery = Out<typeof alertListQuery>;
export type AlertTriageResult = Out<typeof alertTriageResultSchema>;
export type AcknowledgeBody = In<typeof acknowledgeBody>;
export type FalsePositiveBody = In<typeof falsePositiveBody>;
export type EscalateBody = In<typeof escalateBody>;
export type MonitoringSettings = Out<typeof monitoringSettingsSchema>;
export type MonitoringSettingsBody = In<typeof monitoringSettingsBody>;
export type MonitoringTerm = Out<typeof termSchema>;
export type MonitoringTermBody = In<typeof termBody>;
export type WeeklyReport = Out<typeof weeklyReportSchema>;
export type WeeklyFigures = WeeklyReport['figures'];
