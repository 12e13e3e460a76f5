import { CATEGORY_INFO, isCategory, RULE_LEVEL_LABELS, type RuleLevel } from '../../../../src/filtering/model.ts';
import type { FilterLogEvent, LogSummary, Unblock } from '../../types.ts';
import { labelFor } from '../../ui/format.ts';
import { Tag } from '../../ui/page.tsx';

/** Filtering's words for the screens: categories, levels, verdicts, windows and targets. */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A category's label (`self-harm` → "Self-harm and suicide"); unknown codes made readable. */
export function categoryName(code: string | null | undefined): string {
  if (!code) return 'Not categorised';
  return isCategory(code) ? CATEGORY_INFO[code].label : labelFor({}, code);
}

const LEVEL_TONES: Record<RuleLevel, 'ok' | 'info' | 'warn' | 'danger'> = {
  allowed: 'ok',
  'allowed-at-certain-times': 'info',
  'allowed-for-nominated-users': 'info',
  blocked: 'warn',
  'blocked-illegal': 'danger',
};

/** A level in the acceptable-use table's own words, with a shape as well as a colour. */
export function LevelTag({ level }: { level: RuleLevel }) {
  return <Tag tone={LEVEL_TONES[level]}>{RULE_LEVEL_LABELS[level]}</Tag>;
}

/** Allowed or blocked, as a tag. */
export function VerdictTag({ verdict }: { verdict: string }) {
  return verdict === 'block' ? <Tag tone="danger">Blocked</Tag> : <Tag tone="ok">Allowed</Tag>;
}

/** `{weekday: 1, start: '12:00', end: '13:00'}` → "Monday 12:00–13:00". */
export function windowText(w: { weekday: number; start: string; end: string }): string {
  return `${WEEKDAYS[w.weekday] ?? `day ${w.weekday}`} ${w.start}–${w.end}`;
}

/** What a rule or request is about, in words. */
export function targetText(target: Unblock['target']): string {
  return target.kind === 'site' ? target.site : `${categoryName(target.category)} (category)`;
}

/** Whom a rule or request is for, in words (people by reference only: names are not the filter's to show). */
export function subjectText(subject: Unblock['subject']): string {
  return subject.kind === 'group' ? (subject.name ?? 'a group') : 'one person';
}

/** The status of an unblock request, as a tag. */
export function UnblockStatus({ unblock }: { unblock: Unblock }) {
  if (unblock.active) return <Tag tone="ok">Open now</Tag>;
  const words: Record<Unblock['status'], [string, 'neutral' | 'info' | 'warn' | 'danger' | 'ok']> = {
    pending: ['Waiting for a decision', 'info'],
    approved: ['Approved', 'ok'],
    refused: ['Refused', 'warn'],
    withdrawn: ['Withdrawn', 'neutral'],
    expired: ['Ended', 'neutral'],
  };
  const [text, tone] = words[unblock.status];
  return <Tag tone={tone}>{text}</Tag>;
}

/** A log summary's time buckets as chart labels, in London time. */
export function bucketLabel(start: string, interval: LogSummary['interval']): string {
  const d = new Date(start);
  const format = new Intl.DateTimeFormat('en-GB', interval === 'hour' ? { timeZone: 'Europe/London', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } : { timeZone: 'Europe/London', day: 'numeric', month: 'short' });
  return format.format(d);
}

/** Who an event was for, as far as the reader may see: a name only when the server sent one. */
export function whoOf(event: FilterLogEvent): string {
  if (event.person) return event.person.name || 'Unknown person';
  return event.deviceId ? `Device ${event.deviceId}` : (event.address ?? '—');
}

/** The start of today in Europe/London, as an ISO instant (for "blocks today"). */
export function startOfTodayInLondon(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const sinceMidnight = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + now.getMilliseconds();
  return new Date(now.getTime() - sinceMidnight).toISOString();
}
