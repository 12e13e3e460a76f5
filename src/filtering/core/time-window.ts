/**
 * Weekly time windows for `allowed-at-certain-times` rules, in Europe/London wall time. The
 * core never reads a clock: the caller converts "now" to a weekday and minute of the day in
 * Europe/London (the platform clock's `toSchoolTime`) and passes them in, so the clock changes
 * in March and October are the caller's arithmetic, not a rule's.
 */
import type { TimeWindow } from '../model.ts';

/** A moment of the school week: weekday 0 = Sunday … 6 = Saturday, minute 0 … 1439 of the day. */
export interface WallTime {
  readonly weekday: number;
  readonly minuteOfDay: number;
}

/** A window in minutes: `start` inclusive, `end` exclusive (1440 = midnight at the end of the day). */
export interface CompiledWindow {
  readonly weekday: number;
  readonly start: number;
  readonly end: number;
}

const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/u;

/** Minutes since midnight of an `HH:MM` time (`24:00` allowed), or undefined. */
export function parseClockTime(text: string): number | undefined {
  const m = CLOCK.exec(text);
  if (m === null) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 1440 ? undefined : minutes;
}

/** Checks and converts a window; returns a message instead when it is malformed. */
export function compileTimeWindow(window: TimeWindow): CompiledWindow | string {
  const { weekday } = window;
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) return `weekday ${weekday} is not 0 (Sunday) to 6 (Saturday)`;
  const start = parseClockTime(window.start);
  const end = parseClockTime(window.end);
  if (start === undefined || start === 1440) return `start ${JSON.stringify(window.start)} is not a time from 00:00 to 23:59`;
  if (end === undefined) return `end ${JSON.stringify(window.end)} is not a time from 00:01 to 24:00`;
  if (end <= start) return `window ${window.start}–${window.end} ends before it starts (split a window that crosses midnight in two)`;
  return { weekday, start, end };
}

/** True when the moment falls inside any of the windows. */
export function isWithinWindows(windows: readonly CompiledWindow[], at: WallTime): boolean {
  for (const w of windows) {
    if (w.weekday === at.weekday && at.minuteOfDay >= w.start && at.minuteOfDay < w.end) return true;
  }
  return false;
}
