import { SCHOOL_TIME_ZONE } from '../../platform/clock.ts';

/** Dates, times and sizes as printed documents show them (UK time, whatever the server's zone). */

const dateTime = new Intl.DateTimeFormat('en-GB', { timeZone: SCHOOL_TIME_ZONE, day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: SCHOOL_TIME_ZONE, day: '2-digit', month: 'short', year: 'numeric' });

/** An ISO time as the school reads it: `07 Sept 2026, 09:15` in UK time. Empty for none. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : dateTime.format(ms);
}

/** An ISO date or time as a UK date: `07 Sept 2026`. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(ms) ? iso : dateOnly.format(ms);
}

/** Bytes as people read them. */
export function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

