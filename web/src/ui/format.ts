/** Dates and times as a UK school reads them: Europe/London, day before month. */

const dateTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' });
const monthYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : dateOnly.format(d);
}

/** `2026-03` → `Mar 2026`. */
export function formatMonth(key: string): string {
  const d = new Date(`${key}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? key : monthYear.format(d);
}

/** Today in Europe/London as `YYYY-MM-DD` (for due dates and date inputs). */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A `datetime-local` value (no zone, read as the browser's local time) as an ISO instant. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** A count, or the suppression words governors' figures use for 1 and 2. */
export function countOrSuppressed(count: number | null, below = 3): string {
  return count === null ? `fewer than ${below}` : String(count);
}

/** The label for a code from a vocabulary's labels, or the code itself made readable. */
export function labelFor(labels: Partial<Record<string, string>>, code: string | null | undefined): string {
  if (!code) return '—';
  return labels[code] ?? code.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Bytes in words. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
