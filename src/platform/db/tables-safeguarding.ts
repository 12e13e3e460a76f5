import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './tables.ts';

/** Table types of the safeguarding capability (migrations 0002, 0003), part of {@link Db}. */

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
