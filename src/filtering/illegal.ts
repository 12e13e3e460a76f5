/**
 * Whether a site is on an illegal list (child abuse, terrorism) in a snapshot: rules, requests
 * and approvals that would open such a site are refused when they are made, not only ignored
 * when deciding, so nobody is told a site is open when it never can be.
 */
import type { Snapshot } from './core/compile-snapshot.ts';
import { decide } from './core/decide.ts';
import { parseSite } from './core/normalise-url.ts';
import { CATEGORY_INFO, type Category } from './model.ts';

/** The illegal category and list that hold a site (`host` or `host/path`), or undefined. */
export function illegalListing(snapshot: Snapshot, site: string): { category: Category; list: string | undefined } | undefined {
  const ref = parseSite(site);
  if (ref === undefined) return undefined;
  const d = decide(snapshot, {
    host: ref.host,
    groups: [],
    at: { weekday: 0, minuteOfDay: 0 },
    ...(ref.path === undefined ? {} : { url: `http://${ref.host}${ref.path}` }),
  });
  if (d.level !== 'blocked-illegal' || d.category === undefined || !CATEGORY_INFO[d.category].illegal) return undefined;
  return { category: d.category, list: d.list };
}
