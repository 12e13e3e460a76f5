import type { TallyRow } from './tally.ts';

/** A concern as the patterns view needs it: codes, times and the learners it is about. */
export interface PatternConcern {
  id: string;
  reference: string;
  category: string;
  status: string;
  createdAt: string;
  /** Directory ids of the learners the concern is about (subjects). */
  subjectIds: readonly string[];
}

/** The windows and thresholds of a patterns query, all times as ISO strings (they sort). */
export interface PatternWindow {
  /** Start of the current period (inclusive). */
  from: string;
  /** End of the current period (exclusive): now. */
  to: string;
  /** Start of the previous period, of the same length, ending at `from`. */
  previousFrom: string;
  /** Concerns opened before this and not closed count as open too long. */
  openBefore: string;
  /** A learner with at least this many concerns in the period is listed. */
  repeatAtLeast: number;
  /** A category is rising only from this many concerns in the current period. */
  risingAtLeast: number;
}

/** A learner with repeat concerns in the period. */
export interface RepeatLearner {
  personId: string;
  count: number;
  byCategory: { category: string; count: number }[];
  concernIds: string[];
  lastAt: string;
}

/** A category with more concerns this period than the last. */
export interface RisingCategory {
  category: string;
  current: number;
  previous: number;
}

/** What the patterns view shows the DSL team (R8: analyse patterns to intervene early). */
export interface Patterns {
  repeat: RepeatLearner[];
  rising: RisingCategory[];
  longOpen: PatternConcern[];
}

const countBy = (values: readonly string[]) => {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
};

/**
 * Finds repeat concerns about a learner, rising categories and concerns left open too long.
 * Repeat learners are sorted by count, then most recent; rising categories by the size of the
 * rise; long-open concerns oldest first.
 */
export function findPatterns(concerns: readonly PatternConcern[], w: PatternWindow): Patterns {
  const current = concerns.filter((c) => c.createdAt >= w.from && c.createdAt < w.to);
  const previous = concerns.filter((c) => c.createdAt >= w.previousFrom && c.createdAt < w.from);

  const byPerson = new Map<string, PatternConcern[]>();
  for (const c of current) for (const p of new Set(c.subjectIds)) byPerson.set(p, [...(byPerson.get(p) ?? []), c]);
  const repeat = [...byPerson.entries()]
    .filter(([, list]) => list.length >= w.repeatAtLeast)
    .map(([personId, list]) => ({
      personId,
      count: list.length,
      byCategory: [...countBy(list.map((c) => c.category)).entries()].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
      concernIds: list.map((c) => c.id),
      lastAt: list.map((c) => c.createdAt).sort().at(-1) ?? '',
    }))
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt) || a.personId.localeCompare(b.personId));

  const now = countBy(current.map((c) => c.category));
  const before = countBy(previous.map((c) => c.category));
  const rising = [...now.entries()]
    .map(([category, n]) => ({ category, current: n, previous: before.get(category) ?? 0 }))
    .filter((r) => r.current >= w.risingAtLeast && r.current > r.previous)
    .sort((a, b) => b.current - b.previous - (a.current - a.previous) || a.category.localeCompare(b.category));

  const longOpen = concerns.filter((c) => c.status !== 'closed' && c.createdAt < w.openBefore).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { repeat, rising, longOpen };
}

/** A row of a governor's trend: this period against the previous one, both possibly suppressed. */
export interface TrendRow {
  key: string;
  current: number | null;
  previous: number | null;
  /** `up`, `down` or `same`; null when either count is suppressed (a change could reveal it). */
  direction: 'up' | 'down' | 'same' | null;
}

/**
 * Compares two suppressed tallies key by key (the union of their keys, in the current tally's
 * order, then the previous one's). A suppressed count gives no direction, since "up from a
 * suppressed number" narrows it down.
 */
export function compareTallies(current: readonly TallyRow[], previous: readonly TallyRow[]): TrendRow[] {
  const keys = [...new Set([...current.map((r) => r.key), ...previous.map((r) => r.key)])];
  const get = (rows: readonly TallyRow[], k: string): number | null => {
    const row = rows.find((r) => r.key === k);
    return row ? row.count : 0;
  };
  return keys.map((key) => {
    const c = get(current, key);
    const p = get(previous, key);
    const direction = c === null || p === null ? null : c > p ? 'up' : c < p ? 'down' : 'same';
    return { key, current: c, previous: p, direction };
  });
}
