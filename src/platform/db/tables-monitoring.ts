import type { Timestamp } from './tables.ts';

/** A captured search (M1): who, where, what (sealed), and the analyser's verdict as codes. */
export interface SearchEventTable {
  /** UUIDv7 made where the search was captured, so a replayed spool never writes it twice. */
  id: string;
  at: Timestamp;
  school_id: string;
  /** proxy | extension | ingest */
  source: string;
  engine: string;
  host: string;
  /** The search terms, sealed (`search_events:<id>:query`). */
  query: string;
  person_id: string | null;
  device_id: string | null;
  client_address: string | null;
  /** JSON array of group ids. */
  groups: string;
  severity: number;
  /** JSON array of monitoring categories, highest severity first. */
  categories: string;
  alert_id: string | null;
}

/** One alert: repeats of the same risk by the same person (or device) grouped while it is open. */
export interface MonitoringAlertTable {
  id: string;
  school_id: string;
  /** open | acknowledged | false-positive | escalated */
  status: string;
  severity: number;
  category: string;
  categories: string;
  /** search | filter | ingest source of the first occurrence */
  source: string;
  group_key: string;
  person_id: string | null;
  device_id: string | null;
  client_address: string | null;
  first_at: Timestamp;
  last_at: Timestamp;
  occurrences: number;
  /** When the rota's email is due: at once, or when quiet hours end (null: below the notify level). */
  notify_due_at: Timestamp | null;
  /** When the rota's email went out (null: not yet). */
  notified_at: Timestamp | null;
  /** 0 rota only, 1 headteacher told, 2 trust lead told. */
  escalation_level: number;
  next_escalation_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  concern_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One thing that raised (or repeated) an alert, with its text and matches sealed. */
export interface MonitoringAlertOccurrenceTable {
  id: string;
  alert_id: string;
  at: Timestamp;
  source: string;
  /** The search event, filter event or ingested item behind it. */
  event_id: string;
  severity: number;
  /** Sealed (`monitoring_alert_occurrences:<id>:text`). */
  text: string;
  /** Sealed JSON array of matches (offsets, category, severity, entry). */
  matches: string;
}

/** What happened to an alert: raised, repeated, notified, escalated, acknowledged… */
export interface MonitoringAlertHistoryTable {
  id: string;
  alert_id: string;
  /** 1, 2, 3… per alert: the order of its history, whatever the clock says. */
  seq: number;
  at: Timestamp;
  action: string;
  actor_account_id: string | null;
  /** JSON: codes and ids only. */
  details: string;
  /** Sealed free-text note of the triager. */
  note: string | null;
}

/** A school's own terms: `add` (extra lexicon phrase) or `exclude` (a false-positive phrase). */
export interface MonitoringTermTable {
  id: string;
  school_id: string;
  kind: string;
  phrase: string;
  category: string | null;
  severity: number | null;
  lang: string | null;
  /** manual | false-positive */
  source: string;
  alert_id: string | null;
  created_at: Timestamp;
  created_by: string | null;
}

/** A school's monitoring settings; a missing row means the defaults. */
export interface MonitoringSettingsTable {
  school_id: string;
  threshold: number;
  escalation_minutes: number;
  /** JSON array of roles told at once (the rota). */
  notify_roles: string;
  /** JSON array of addresses for the last escalation step (the trust's safeguarding lead). */
  escalation_emails: string;
  quiet_start: string;
  quiet_end: string;
  quiet_weekends: number;
  webhook_url: string | null;
  /** Sealed (`monitoring_settings:<school>:webhook_secret`). */
  webhook_secret: string | null;
  block_burst: number;
  block_window_minutes: number;
  search_retention_days: number;
  alert_retention_days: number;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** A weekly report (M4): figures (counts only) and the rendered HTML. */
export interface MonitoringWeeklyReportTable {
  id: string;
  school_id: string;
  /** Monday of the week, YYYY-MM-DD (Europe/London). */
  week_start: string;
  figures: string;
  html: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}
