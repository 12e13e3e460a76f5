import type { ColumnType, Generated } from 'kysely';

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
}

type Timestamp = string;

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


// Safeguarding (migration 0002). Columns described as "sealed" hold AES-256-GCM text made
// with the master key, bound to their row by the additional data `<table>:<id>:<column>`.

export interface SafeguardingCategoryTable {
  school_id: string;
  code: string;
  label: string;
  grp: string;
  /** JSON array of matrix action kinds (the response-matrix row). */
  actions: string;
  escalate: number;
  active: number;
  version: number;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface SafeguardingCategoryVersionTable {
  id: string;
  school_id: string;
  code: string;
  version: number;
  label: string;
  grp: string;
  actions: string;
  escalate: number;
  active: number;
  reason: string | null;
  changed_at: Timestamp;
  changed_by: string | null;
}

export interface SafeguardingConcernTable {
  id: string;
  school_id: string;
  reference: string;
  about: string;
  about_headteacher: number;
  route: string;
  category: string;
  status: string;
  level: string | null;
  /** Sealed. */
  level_rationale: string | null;
  assigned_to: string | null;
  escalated: number;
  escalated_at: Timestamp | null;
  /** Sealed. */
  escalation_reason: string | null;
  reporter_account_id: string | null;
  /** Sealed JSON: a community or learner reporter's name and contact details. */
  reporter_contact: string | null;
  occurred_at: Timestamp | null;
  /** Sealed JSON: what happened, where. */
  body: string;
  outcome: string | null;
  /** Sealed. */
  outcome_note: string | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SafeguardingInvolvementTable {
  id: string;
  concern_id: string;
  person_id: string | null;
  part: string;
  kind: string;
  /** Sealed: a name for someone not in the directory. */
  name: string | null;
  /** Year group when the concern was recorded (anonymised figures). */
  year_group: string | null;
  /** 1 when the reporter named this person; 0 when added at triage (the reporter never sees those). */
  from_report: number;
  removed_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SafeguardingActionTable {
  id: string;
  concern_id: string;
  kind: string;
  source: string;
  status: string;
  /** Sealed. */
  description: string | null;
  owner_account_id: string | null;
  due_on: string | null;
  /** Sealed. */
  note: string | null;
  created_at: Timestamp;
  created_by: string | null;
  completed_at: Timestamp | null;
  completed_by: string | null;
  updated_at: Timestamp;
  /** `remove-access` actions: the filtering restriction it created (migration 0006). */
  restriction_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SafeguardingNoteTable {
  id: string;
  concern_id: string;
  /** `note` or `feedback`. */
  kind: string;
  audience: string | null;
  /** Sealed. */
  body: string;
  author_account_id: string | null;
  given_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SafeguardingReferralTable {
  id: string;
  concern_id: string;
  agency: string;
  referred_at: Timestamp;
  /** Sealed JSON: reference, contact, note. */
  details: string;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface SafeguardingScreeningTable {
  id: string;
  concern_id: string;
  /** JSON: the five points as booleans. */
  answers: string;
  immediate_referral: number;
  /** Sealed. */
  note: string | null;
  screened_by: string | null;
  created_at: Timestamp;
}

export interface SafeguardingAttachmentTable {
  id: string;
  concern_id: string;
  investigation_id: string | null;
  /** Sealed. */
  filename: string;
  content_type: string;
  size: number;
  withheld_image: number;
  uploaded_by: string | null;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

export interface SafeguardingAttachmentBlobTable {
  attachment_id: string;
  /** Sealed bytes (magic line names the attachment, so a blob cannot move rows). */
  content: Buffer;
}

export interface SafeguardingEventLinkTable {
  id: string;
  concern_id: string;
  source: string;
  event_id: string;
  occurred_at: Timestamp | null;
  /** Sealed: the event's essential fields, kept when the event log expires it. */
  summary: string | null;
  linked_by: string | null;
  created_at: Timestamp;
}

export interface SafeguardingRecordTable {
  id: string;
  concern_id: string;
  kind: string;
  person_id: string | null;
  occurred_at: Timestamp;
  consent_sought: number;
  /** Sealed JSON: with whom / by whom, why, consent note, detail. */
  details: string;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface SafeguardingInvestigationTable {
  id: string;
  concern_id: string;
  /** JSON array of the senior staff's account ids. */
  staff: string;
  decision: string;
  /** Sealed JSON: device, URLs, findings, decision note. */
  details: string;
  started_at: Timestamp;
  concluded_at: Timestamp | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface SafeguardingBreakGlassTable {
  id: string;
  concern_id: string;
  account_id: string;
  /** Sealed. */
  reason: string;
  granted_at: Timestamp;
  expires_at: Timestamp;
}

export interface SafeguardingNotificationTable {
  id: string;
  school_id: string;
  kind: string;
  recipient: string;
  severity: number;
  concern_id: string | null;
  /** JSON: ids and codes only, never a name or text. */
  payload: string;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface SafeguardingTimelineTable {
  seq: Generated<number>;
  id: string;
  concern_id: string;
  at: Timestamp;
  kind: string;
  ref_id: string | null;
  actor_account_id: string | null;
  /** JSON: codes and ids only. */
  details: string;
}

// Safeguarding transfers (migration 0003).

export interface SafeguardingTransferTable {
  id: string;
  school_id: string;
  person_id: string;
  /** Sealed: the receiving school's name. */
  to_school: string;
  /** Sealed: who at the receiving school the sender expects (name, email). */
  to_contact: string | null;
  /** SHA-256 (hex) of the link token; the token itself is shown once and never stored. */
  token_hash: string;
  /** Fingerprint of the transfer key (8 hex), which the server never keeps. */
  key_id: string;
  /** SHA-256 (hex) of the encrypted package as the receiver downloads it. */
  package_sha256: string;
  package_bytes: number;
  /** JSON array of the concern ids in the package. */
  concern_ids: string;
  files: number;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  downloaded_at: Timestamp | null;
  receipt_at: Timestamp | null;
  /** Sealed JSON: the receiver's name, role and school as they confirmed receipt. */
  receipt: string | null;
  /** When the package content was deleted (collected or expired). */
  purged_at: Timestamp | null;
}

export interface SafeguardingTransferPackageTable {
  transfer_id: string;
  /** The package (already encrypted with the transfer key), sealed again with the master key. */
  content: Buffer;
}

// Filtering (migration 0004).

export interface FilterListTable {
  id: string;
  name: string;
  category: string;
  /** plain | hosts | adblock | urls (a UT1 directory becomes one list per category). */
  format: string;
  /** file | upload | url | catalogue */
  source_kind: string;
  /** The file name, the URL, or the catalogue id. */
  source: string;
  /** No foreign key: the version table references this one. */
  current_version_id: string | null;
  enabled: number;
  /** Subscriptions: minutes between refreshes. */
  refresh_minutes: number | null;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
}

export interface FilterListVersionTable {
  id: string;
  list_id: string;
  version: number;
  /** SHA-256 (hex) of the normalised entries before compression. */
  sha256: string;
  domains: number;
  urls: number;
  /** JSON: the parser's line counts and the first invalid lines with their numbers. */
  stats: string;
  /** gzip of the normalised entries, one per line: domains, then `host/path` prefixes. */
  content: Buffer;
  bytes: number;
  reason: string;
  created_at: Timestamp;
  created_by_type: string;
  created_by: string | null;
}

export interface FilterRuleTable {
  id: string;
  school_id: string;
  /** group | person */
  subject_kind: string;
  subject_id: string;
  /** category | site */
  target_kind: string;
  target: string;
  level: string;
  /** JSON array of weekly windows, for allowed-at-certain-times. */
  windows: string | null;
  /** JSON `{ people, groups }`, for allowed-for-nominated-users. */
  nominated: string | null;
  reason: string;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface FilterRequestTable {
  id: string;
  school_id: string;
  /** unblock */
  kind: string;
  subject_kind: string;
  subject_id: string;
  target_kind: string;
  target: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  reason: string;
  /** pending | approved | refused | withdrawn | expired */
  status: string;
  requested_by_type: string;
  requested_by: string | null;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
}

export interface FilterDeviceTable {
  id: string;
  school_id: string;
  /** Canonical text form (IPv4 dotted, IPv6 compressed lower case). */
  ip: string;
  person_id: string | null;
  group_id: string;
  label: string | null;
  device_class: string;
  created_at: Timestamp;
  created_by: string | null;
}

export interface FilterSubnetTable {
  id: string;
  school_id: string;
  /** Canonical `network/prefix`. */
  cidr: string;
  group_id: string;
  /** none | required | sign-in-page */
  identity_mode: string;
  label: string | null;
  created_at: Timestamp;
  created_by: string | null;
}

export interface FilterSchoolSettingTable {
  school_id: string;
  /** The group unknown devices fall into; null means the school's `learners` template group. */
  default_group_id: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface FilterSelfTestTable {
  id: string;
  school_id: string;
  ran_at: Timestamp;
  ran_by_type: string;
  ran_by: string | null;
  passed: number;
  revision: number;
  /** JSON: per group and category, expected and actual verdicts, safe search, list coverage. */
  results: string;
}

export interface FilterChangeTable {
  id: string;
  school_id: string | null;
  at: Timestamp;
  actor_type: string;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  /** Why, as the person making the change gave it (kept here, never in the audit log). */
  reason: string;
  /** JSON: ids and codes of what changed. */
  details: string;
}

// Filter events (migration 0005).

export interface FilterEventTable {
  /** UUIDv7 made at the source (the filter node). */
  id: string;
  at: Timestamp;
  /** dns | proxy | extension */
  source: string;
  school_id: string;
  client_address: string | null;
  device_id: string | null;
  person_id: string | null;
  /** JSON array of group ids, highest priority first. */
  groups: string;
  host: string;
  /** Only where the full URL is known (proxy with inspection, extension). */
  path: string | null;
  /** DNS only: `A`, `AAAA`, `HTTPS`… */
  query_type: string | null;
  /** allow | block */
  verdict: string;
  category: string | null;
  list: string | null;
  rule: string | null;
  /** Proxy only: response bytes. */
  bytes: number | null;
}

// Access restrictions and learning sites (migration 0006).

export interface FilterRestrictionTable {
  id: string;
  school_id: string;
  person_id: string;
  starts_at: Timestamp;
  /** The planned end (exclusive); `ended_at` is set when it is ended early by hand. */
  ends_at: Timestamp;
  /** safeguarding | behaviour | acceptable-use | other */
  reason_code: string;
  /** learning-sites */
  allow_sites: string;
  created_at: Timestamp;
  created_by_type: string;
  created_by: string | null;
  ended_at: Timestamp | null;
  ended_by: string | null;
}

export interface FilterLearningSiteTable {
  id: string;
  school_id: string;
  /** A normalised host: it and its subdomains stay open to a restricted person. */
  site: string;
  added_at: Timestamp;
  added_by: string | null;
}
