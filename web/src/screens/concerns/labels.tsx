import { ROUTE_LABELS } from '../../../../src/safeguarding/core/labels.ts';
import type { Category, ConcernSummary } from '../../types.ts';
import { labelFor } from '../../ui/format.ts';
import { Tag } from '../../ui/page.tsx';

/** Words for a concern's status, the same everywhere on the dashboard. */
export const STATUS_LABELS: Record<string, string> = { new: 'New', 'in-progress': 'In progress', closed: 'Closed' };

export function StatusTag({ status }: { status: string }) {
  return <Tag tone={status === 'new' ? 'warn' : status === 'closed' ? 'neutral' : 'info'}>{labelFor(STATUS_LABELS, status)}</Tag>;
}

export function routeLabel(route: string | undefined): string {
  return labelFor(ROUTE_LABELS, route);
}

/** A category code in the school's words (from its categories), or the code made readable. */
export function categoryLabel(categories: readonly Category[] | undefined, code: string | undefined | null): string {
  if (!code) return '—';
  return categories?.find((c) => c.code === code)?.label ?? labelFor({ unclassified: 'Not yet classified' }, code);
}

/** Who a concern is about, as far as the viewer may see (the server leaves names out otherwise). */
export function subjectsOf(c: ConcernSummary): string {
  if (c.about === 'staff') return 'A member of staff';
  return c.subjects && c.subjects.length > 0 ? c.subjects.join(', ') : '—';
}

/** Every month from `from` to `to` (inclusive), with the counts given and zero for the rest. */
export function fillMonths(from: string, to: string, counts: { key: string; count: number | null }[]): { key: string; count: number | null }[] {
  const byKey = new Map(counts.map((c) => [c.key, c.count]));
  const out: { key: string; count: number | null }[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (let guard = 0; guard < 120; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ key, count: byKey.has(key) ? (byKey.get(key) ?? null) : 0 });
    if (key >= endKey) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
