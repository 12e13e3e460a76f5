/** Public surface of the monitoring capability: the analyser and the monitoring vocabulary. */
export * from './model.ts';
export { analyse, compileLexicon, compileLexiconSteps, LEXICON_VERSION } from './core/analyse.ts';
export { builtinLexiconInTurns } from './build-in-turns.ts';
export type { Analysis, AnalyseOptions, Lexicon, LexiconTerm, Match } from './core/analyse.ts';
// ---- Monitoring service (alerts, search capture, ingestion, reports) ----
export type { MonitoringDeps } from './deps.ts';
export { createLexiconCache, type LexiconCache, addTerm, listTerms, removeTerm, type SchoolTerm, type NewTerm } from './terms.ts';
export { createSearchRecorder, type SearchRecorder, type SearchRecorderStats, spoolWaiting } from './search-recorder.ts';
export { recordSearches } from './record-searches.ts';
export { loadSettings, readSettings, saveSettings, type MonitoringSettings, type SettingsChange } from './settings.ts';
export { listAlerts, getAlert, type AlertSummary, type AlertDetail } from './read.ts';
export { acknowledgeAlert, markFalsePositive, escalateAlert, type TriageResult } from './triage.ts';
export { ingestTexts, parseImport, type IngestItem, type IngestResult } from './ingest.ts';
export { runAlertEscalations, sendDueNotifications } from './notify-alerts.ts';
export { watchFilterBlocks } from './filter-watch.ts';
export { registerMonitoringRoutes } from './http.ts';
export { monitoringErrors } from './errors.ts';
export { registerMonitoringReportRoutes } from './http-reports.ts';
export { makeWeeklyReport, parseWeek, readWeeklyReport, runWeeklyReports, weekStartOf, type WeeklyFigures, type WeeklyReport } from './weekly-report.ts';
export { applyRetention } from './retention.ts';
export { transparencyNotice } from './transparency.ts';
export { resolveSchoolFor } from './access.ts';
export { readSearchLog, type SearchLogEntry } from './read-searches.ts';
