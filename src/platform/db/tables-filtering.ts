import type { Timestamp } from './tables.ts';

/** Table types of the filtering capability (migrations 0004–0006), part of {@link Db}. */

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
