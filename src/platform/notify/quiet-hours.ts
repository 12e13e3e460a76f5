import { toSchoolTime } from '../clock.ts';
import { DEFAULT_QUIET_HOURS, type QuietHours } from './model.ts';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for "HH:MM"; throws on anything else (config validates first). */
export function parseClockTime(text: string): number {
  const m = HHMM.exec(text);
  if (!m) throw new TypeError(`invalid time of day ${JSON.stringify(text)} (expected HH:MM)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * True when `at` falls in quiet hours, reckoned in Europe/London whatever the server's zone
 * (so the 18:00 boundary moves with BST/GMT). The window may cross midnight; with `weekends`
 * all of Saturday and Sunday is quiet.
 */
export function isQuietHours(at: number, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  const t = toSchoolTime(at);
  if (quiet.weekends && (t.weekday === 0 || t.weekday === 6)) return true;
  return inWindow(t.minuteOfDay, parseClockTime(quiet.start), parseClockTime(quiet.end));
}

function inWindow(minute: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * When an email about an alert of this severity may go: at once for severity 5 (always), or
 * outside quiet hours; otherwise the first minute after quiet hours end (Monday 07:30 for a
 * Friday-evening alert by default). Severity 4 and below are held.
 */
export function emailReleaseAt(at: number, severity: number, quiet: QuietHours = DEFAULT_QUIET_HOURS): number {
  if (severity >= 5 || !isQuietHours(at, quiet)) return at;
  // Walk forward in steps that never cross a local hour boundary: UK clock changes happen on
  // the hour, so inside a step local time runs straight and the jump lands exactly.
  let t = Math.floor(at / 60_000) * 60_000;
  for (let i = 0; i < 24 * 8 * 2; i++) {
    const local = toSchoolTime(t);
    const minute = local.minuteOfDay;
    const step = Math.max(1, 60 - (minute % 60));
    const end = parseClockTime(quiet.end);
    const toEnd = minute < end && !(quiet.weekends && (local.weekday === 0 || local.weekday === 6)) ? end - minute : Infinity;
    t += Math.min(step, toEnd) * 60_000;
    if (!isQuietHours(t, quiet)) return t;
  }
  return t;
}
