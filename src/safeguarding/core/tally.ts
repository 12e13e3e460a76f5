/** One row of an anonymised count; `count` is null when suppressed (1 or 2: too few to show). */
export interface TallyRow {
  key: string;
  count: number | null;
}

/**
 * Counts values for governors' anonymised figures. Counts below `suppressBelow` (but above
 * zero) are suppressed, so a small school's figures cannot point at one child; the total of
 * the suppressed rows is not given either, since it could be subtracted back out.
 */
export function tally(values: readonly string[], suppressBelow: number, order?: readonly string[]): TallyRow[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => {
    const ia = order ? order.indexOf(a) : -1;
    const ib = order ? order.indexOf(b) : -1;
    if (ia !== ib) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
    return a.localeCompare(b, 'en', { numeric: true });
  });
  return keys.map((key) => {
    const n = counts.get(key) ?? 0;
    return { key, count: n < suppressBelow ? null : n };
  });
}

/** The calendar month (`YYYY-MM`) of an ISO timestamp, in UTC. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}
