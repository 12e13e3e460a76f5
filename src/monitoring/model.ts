/**
 * The monitoring vocabulary shared by the server, the dashboard and the browser extension:
 * risk categories, severities, age bands and the mapping from filtering categories. Pure data
 * and types only; no Node modules, so the browser can import it.
 */

/** Every monitoring (risk) category, in display order; the string is the wire, database and UI name. */
export const MONITORING_CATEGORIES = [
  'suicide-self-harm',
  'grooming-cse',
  'sexual',
  'bullying-abuse',
  'extremism',
  'hate-discrimination',
  'drugs',
  'weapons-violence',
  'gambling',
] as const;
/** One category name from {@link MONITORING_CATEGORIES}. */
export type MonitoringCategory = (typeof MONITORING_CATEGORIES)[number];

/** 0 nothing, 1 very low, 2 mild, 3 concerning, 4 serious, 5 risk to life. */
export type Severity = 0 | 1 | 2 | 3 | 4 | 5;

/** Severity at and above which a school is alerted by default ("concerning"). */
export const DEFAULT_ALERT_THRESHOLD: Severity = 3;

/** Categories whose alerts take the urgent route (notify at once, escalate when unacknowledged). */
export const URGENT_CATEGORIES: readonly MonitoringCategory[] = [
  'suicide-self-harm',
  'grooming-cse',
  'extremism',
  'weapons-violence',
];

/** Filtering category (as in src/filtering) → monitoring category; one table (design decision). */
export const FILTER_TO_MONITORING_CATEGORY: Readonly<Record<string, MonitoringCategory>> = {
  'child-abuse': 'grooming-cse',
  terrorism: 'extremism',
  extremism: 'extremism',
  pornography: 'sexual',
  dating: 'sexual',
  discrimination: 'hate-discrimination',
  drugs: 'drugs',
  gambling: 'gambling',
  'self-harm': 'suicide-self-harm',
  violence: 'weapons-violence',
};

/** Age bands the analyser ranks some terms by (e.g. sexual terms rank higher for primary). */
export const AGE_BANDS = ['primary', 'secondary', 'adult'] as const;
/** One age band from {@link AGE_BANDS}. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** True when `value` is a monitoring category name. */
export function isMonitoringCategory(value: string): value is MonitoringCategory {
  return MONITORING_CATEGORIES.some((c) => c === value);
}

// ---- Search capture and alerts (monitoring service) ----

/** Search engines the proxy and extension recognise; `other` is in-site search. */
export const SEARCH_ENGINES = ['google', 'bing', 'duckduckgo', 'youtube', 'wikipedia', 'yahoo', 'ecosia', 'other'] as const;
/** One engine from {@link SEARCH_ENGINES}. */
export type SearchEngine = (typeof SEARCH_ENGINES)[number];

/** Where a captured search came from. */
export const SEARCH_SOURCES = ['proxy', 'extension', 'ingest'] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

/** One search as the proxy (or extension) saw it. */
export interface SearchCapture {
  /** epoch ms, from the injected clock at the source */
  at: number;
  schoolId: string;
  source: SearchSource;
  engine: SearchEngine;
  /** the search terms as the user typed them (decoded) */
  query: string;
  /** e.g. www.google.com */
  host: string;
  /** known from proxy authentication / sign-in binding */
  personId: string | null;
  deviceId: string | null;
  clientAddress: string | null;
  groups: readonly string[];
}

/** Non-blocking sink the proxy pushes to; never throws, never waits on the database. */
export interface SearchSink {
  search(capture: SearchCapture): void;
}

/** Where an alert stands: open until someone triages it. */
export const ALERT_STATUSES = ['open', 'acknowledged', 'false-positive', 'escalated'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** What raised an alert: a search, repeated filter blocks, or text sent to the ingestion API. */
export const ALERT_SOURCES = ['search', 'filter', 'ingest'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** Kinds of text a school routes in through the ingestion API or `haven monitoring import`. */
export const INGEST_SOURCES = ['chat', 'email', 'document', 'typed', 'other'] as const;
export type IngestSource = (typeof INGEST_SOURCES)[number];

/** Roles that may be on the alert rota (told at once of a serious alert). */
export const ROTA_ROLES = ['dsl', 'deputy-dsl', 'online-safety-lead'] as const;
export type RotaRole = (typeof ROTA_ROLES)[number];

/** Severity at and above which the rota is told at once (email, webhook, live). */
export const NOTIFY_SEVERITY = 4;
