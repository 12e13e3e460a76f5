import type { ColumnType } from 'kysely';
import type { SafeguardingActionTable, SafeguardingAttachmentBlobTable, SafeguardingAttachmentTable, SafeguardingBreakGlassTable, SafeguardingCategoryTable, SafeguardingCategoryVersionTable, SafeguardingConcernTable, SafeguardingEventLinkTable, SafeguardingInvestigationTable, SafeguardingInvolvementTable, SafeguardingNoteTable, SafeguardingNotificationTable, SafeguardingRecordTable, SafeguardingReferralTable, SafeguardingScreeningTable, SafeguardingTimelineTable, SafeguardingTransferPackageTable, SafeguardingTransferTable } from './tables-safeguarding.ts';
import type { MonitoringAlertHistoryTable, MonitoringAlertOccurrenceTable, MonitoringAlertTable, MonitoringSettingsTable, MonitoringTermTable, MonitoringWeeklyReportTable, SearchEventTable } from './tables-monitoring.ts';
import type { ProxyAuthorityTable } from './tables-proxy.ts';
import type { FilterChangeTable, FilterDeviceTable, FilterEventTable, FilterLearningSiteTable, FilterListTable, FilterListVersionTable, FilterRequestTable, FilterRestrictionTable, FilterRuleTable, FilterSchoolSettingTable, FilterSelfTestTable, FilterSubnetTable } from './tables-filtering.ts';

/**
 * The database schema as Kysely sees it, on SQLite and PostgreSQL alike. Conventions that
 * keep one schema portable: ids are text (UUIDv7), times are ISO-8601 UTC text, booleans are
 * integers 0/1, JSON is text, binary is a blob/bytea column read as a Buffer.
 */
export interface Db {
  organisations: OrganisationTable;
  schools: SchoolTable;
  people: PersonTable;
  groups: GroupTable;
  memberships: MembershipTable;
  accounts: AccountTable;
  account_roles: AccountRoleTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  oidc_providers: OidcProviderTable;
  oidc_links: OidcLinkTable;
  setup_tokens: SetupTokenTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  settings: SettingTable;
  scheduled_jobs: ScheduledJobTable;
  safeguarding_categories: SafeguardingCategoryTable;
  safeguarding_category_versions: SafeguardingCategoryVersionTable;
  safeguarding_concerns: SafeguardingConcernTable;
  safeguarding_involvements: SafeguardingInvolvementTable;
  safeguarding_actions: SafeguardingActionTable;
  safeguarding_notes: SafeguardingNoteTable;
  safeguarding_referrals: SafeguardingReferralTable;
  safeguarding_screenings: SafeguardingScreeningTable;
  safeguarding_attachments: SafeguardingAttachmentTable;
  safeguarding_attachment_blobs: SafeguardingAttachmentBlobTable;
  safeguarding_event_links: SafeguardingEventLinkTable;
  safeguarding_records: SafeguardingRecordTable;
  safeguarding_investigations: SafeguardingInvestigationTable;
  safeguarding_break_glass: SafeguardingBreakGlassTable;
  safeguarding_notifications: SafeguardingNotificationTable;
  safeguarding_timeline: SafeguardingTimelineTable;
  safeguarding_transfers: SafeguardingTransferTable;
  safeguarding_transfer_packages: SafeguardingTransferPackageTable;
  filter_lists: FilterListTable;
  filter_list_versions: FilterListVersionTable;
  filter_rules: FilterRuleTable;
  filter_requests: FilterRequestTable;
  filter_devices: FilterDeviceTable;
  filter_subnets: FilterSubnetTable;
  filter_school_settings: FilterSchoolSettingTable;
  filter_self_tests: FilterSelfTestTable;
  filter_changes: FilterChangeTable;
  filter_events: FilterEventTable;
  filter_restrictions: FilterRestrictionTable;
  filter_learning_sites: FilterLearningSiteTable;
  search_events: SearchEventTable;
  monitoring_alerts: MonitoringAlertTable;
  monitoring_alert_occurrences: MonitoringAlertOccurrenceTable;
  monitoring_alert_history: MonitoringAlertHistoryTable;
  monitoring_terms: MonitoringTermTable;
  monitoring_settings: MonitoringSettingsTable;
  monitoring_weekly_reports: MonitoringWeeklyReportTable;
  proxy_authorities: ProxyAuthorityTable;
}

/** ISO-8601 UTC text: the one timestamp format on both dialects. */
export type Timestamp = string;

export interface OrganisationTable {
  id: string;
  name: string;
  kind: string;
  created_at: Timestamp;
}

export interface SchoolTable {
  id: string;
  organisation_id: string;
  name: string;
  urn: string | null;
  created_at: Timestamp;
}

export interface PersonTable {
  id: string;
  school_id: string;
  external_id: string | null;
  kind: string;
  first_name: string;
  last_name: string;
  date_of_birth: string | null;
  email: string | null;
  year_group: string | null;
  status: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GroupTable {
  id: string;
  school_id: string;
  name: string;
  kind: string;
  priority: number;
  template: string | null;
  created_at: Timestamp;
}

export interface MembershipTable {
  group_id: string;
  person_id: string;
  source: string;
  created_at: Timestamp;
}

export interface AccountTable {
  id: string;
  organisation_id: string;
  person_id: string | null;
  email: string;
  display_name: string;
  password_hash: string | null;
  status: string;
  /** TOTP secret, AES-256-GCM sealed with the master key. */
  totp_secret: string | null;
  totp_enabled_at: Timestamp | null;
  /** The last TOTP time step accepted, so a code cannot be replayed. */
  totp_last_step: number | null;
  password_changed_at: Timestamp | null;
  last_sign_in_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AccountRoleTable {
  account_id: string;
  role: string;
  /** `*` for every school of the organisation. */
  school_id: string;
  created_at: Timestamp;
}

export interface RecoveryCodeTable {
  id: string;
  account_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: string;
  account_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  /** When the second factor was satisfied in this session (TOTP, recovery code or OIDC amr). */
  mfa_at: Timestamp | null;
  csrf_token: string;
  revoked_at: Timestamp | null;
}

export interface ApiTokenTable {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  scopes: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface OidcProviderTable {
  id: string;
  school_id: string;
  kind: string;
  name: string;
  issuer: string;
  client_id: string;
  /** Sealed with the master key. */
  client_secret: string | null;
  /** Google Workspace hosted domain or Entra tenant id the accounts must belong to. */
  domain: string | null;
  enabled: number;
  created_at: Timestamp;
}

export interface OidcLinkTable {
  provider_id: string;
  subject: string;
  account_id: string;
  created_at: Timestamp;
}

export interface SetupTokenTable {
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface AuditLogTable {
  seq: ColumnType<number, number, never>;
  id: string;
  at: Timestamp;
  actor_type: string;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  school_id: string | null;
  ip: string | null;
  /** JSON: ids, codes and metadata only — never personal free text. */
  details: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  chain: string;
  seq: number;
  hash: string;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: Timestamp;
}

export interface ScheduledJobTable {
  name: string;
  last_run_at: Timestamp | null;
  last_status: string | null;
  locked_until: Timestamp | null;
  locked_by: string | null;
}

export type * from './tables-safeguarding.ts';
export type * from './tables-filtering.ts';
export type * from './tables-monitoring.ts';
export type * from './tables-proxy.ts';
