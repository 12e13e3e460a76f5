import type { AlertStatus, MonitoringCategory } from '../../../../src/monitoring/model.ts';
import { labelFor } from '../../ui/format.ts';
import { Tag } from '../../ui/page.tsx';

/** Severity in words (model.ts: 0 nothing … 5 risk to life), so no screen shows colour alone. */
export const SEVERITY_WORDS: Record<number, string> = {
  0: 'nothing',
  1: 'very low',
  2: 'mild',
  3: 'concerning',
  4: 'serious',
  5: 'risk to life',
};

/** The severities an alert can have, most severe first. */
export const ALERT_SEVERITIES = [5, 4, 3, 2, 1] as const;

export const MONITORING_CATEGORY_LABELS: Record<MonitoringCategory, string> = {
  'suicide-self-harm': 'Suicide and self-harm',
  'grooming-cse': 'Grooming and sexual exploitation',
  sexual: 'Sexual content',
  'bullying-abuse': 'Bullying and abuse',
  extremism: 'Extremism',
  'hate-discrimination': 'Hate and discrimination',
  drugs: 'Drugs',
  'weapons-violence': 'Weapons and violence',
  gambling: 'Gambling',
};

export const ALERT_STATUS_LABELS: Record<AlertStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  'false-positive': 'False positive',
  escalated: 'Escalated to a concern',
};

export const ALERT_SOURCE_LABELS: Record<string, string> = {
  search: 'Search',
  filter: 'Blocked sites',
  ingest: 'School system',
  proxy: 'Web proxy',
  extension: 'Browser extension',
  chat: 'Chat',
  email: 'Email',
  document: 'Document',
  typed: 'Typed text',
  other: 'Other',
};

/** "5 – risk to life". */
export function severityLabel(severity: number): string {
  return `${severity} – ${SEVERITY_WORDS[severity] ?? 'unknown'}`;
}

export function monitoringCategoryLabel(code: string): string {
  return labelFor(MONITORING_CATEGORY_LABELS, code);
}

function severityTone(severity: number): 'danger' | 'warn' | 'info' | 'neutral' {
  if (severity >= 4) return 'danger';
  if (severity === 3) return 'warn';
  if (severity === 2) return 'info';
  return 'neutral';
}

/** Severity as a tag: the number and its words, coloured too (never colour alone). */
export function SeverityTag({ severity }: { severity: number }) {
  return (
    <Tag tone={severityTone(severity)}>
      <span className="visually-hidden">Severity </span>
      {severityLabel(severity)}
    </Tag>
  );
}

export function AlertStatusTag({ status }: { status: string }) {
  const tone = status === 'open' ? 'warn' : status === 'escalated' ? 'danger' : status === 'false-positive' ? 'neutral' : 'ok';
  return <Tag tone={tone}>{labelFor(ALERT_STATUS_LABELS, status)}</Tag>;
}

/** Who an alert is about: the learner's name (the monitoring team only ever sees this), else the device or address. */
export function alertSubject(alert: { person: { name: string; yearGroup: string | null } | null; deviceId: string | null; clientAddress: string | null }): string {
  if (alert.person) return alert.person.yearGroup ? `${alert.person.name} (${alert.person.yearGroup})` : alert.person.name;
  if (alert.deviceId) return `Unknown user of device ${alert.deviceId}`;
  if (alert.clientAddress) return `Unknown user at ${alert.clientAddress}`;
  return 'Unknown user';
}
