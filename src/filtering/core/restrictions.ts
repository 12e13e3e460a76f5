/**
 * "Remove network access" (response matrix) for {@link decide}: per-person access restrictions
 * compiled into a Map keyed by person, and each school's learning sites as a domain index, so
 * the hot path is one Map get (and nothing at all for a person with no restriction).
 */
import { RESTRICTION_ALLOWANCES, RESTRICTION_REASONS, type AccessRestriction, type LearningSites } from '../model.ts';
import { buildDomainIndex, matchDomain, type DomainIndex } from './domain-index.ts';
import { normaliseHost } from './normalise-host.ts';

/** A problem found while compiling restrictions or learning sites: the row's id (or site) and why it was left out. */
export interface RestrictionWarning {
  readonly code: 'restriction_invalid' | 'learning_site_invalid';
  readonly id: string;
  readonly message: string;
}

/** Restrictions and learning sites as {@link decide} reads them. */
export interface CompiledRestrictions {
  /** Person id → that person's restrictions, earliest end first. */
  readonly restrictions: ReadonlyMap<string, readonly AccessRestriction[]>;
  /** School id → its learning sites (absent when it lists none). */
  readonly learningSites: ReadonlyMap<string, DomainIndex>;
}

/** Compiles restrictions (dropping impossible ones with a warning) and each school's learning sites. */
export function compileRestrictions(
  restrictions: readonly AccessRestriction[],
  learningSites: readonly LearningSites[],
  warn: (w: RestrictionWarning) => void,
): CompiledRestrictions {
  const byPerson = new Map<string, AccessRestriction[]>();
  for (const r of restrictions) {
    if (!(r.endsAt > r.startsAt) || !RESTRICTION_REASONS.includes(r.reasonCode) || !RESTRICTION_ALLOWANCES.includes(r.allowSites)) {
      warn({ code: 'restriction_invalid', id: r.id, message: `restriction ${r.id} ends before it starts or has an unknown reason or allowance; left out` });
      continue;
    }
    const mine = byPerson.get(r.personId);
    if (mine === undefined) byPerson.set(r.personId, [r]);
    else mine.push(r);
  }
  for (const mine of byPerson.values()) mine.sort((a, b) => a.endsAt - b.endsAt);
  const sites = new Map<string, DomainIndex>();
  for (const school of learningSites) {
    const names: string[] = [];
    for (const site of school.sites) {
      const host = normaliseHost(site);
      if (host === undefined) warn({ code: 'learning_site_invalid', id: site, message: `learning site ${JSON.stringify(site)} is not a host name; left out` });
      else names.push(host);
    }
    if (names.length > 0) sites.set(school.schoolId, buildDomainIndex([{ source: 0, names }]));
  }
  return { restrictions: byPerson, learningSites: sites };
}

/** The restriction in force at `atMs` among a person's, if any: start inclusive, end exclusive; the one lasting longest wins. */
export function activeRestriction(restrictions: readonly AccessRestriction[] | undefined, atMs: number): AccessRestriction | undefined {
  if (restrictions === undefined) return undefined;
  let found: AccessRestriction | undefined;
  for (const r of restrictions) if (r.startsAt <= atMs && atMs < r.endsAt) found = r;
  return found;
}

/** Whether `host` (normalised) is one of the school's learning sites or under one. */
export function isLearningSite(learningSites: ReadonlyMap<string, DomainIndex>, schoolId: string, host: string): boolean {
  const index = learningSites.get(schoolId);
  return index !== undefined && matchDomain(index, host).length > 0;
}

/** `2026-09-09 10:00 UTC`: an instant in words without `Date` (the core takes no clock); days from the civil calendar. */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) return 'further notice';
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const minuteOfDay = minutes - days * 1440;
  // Howard Hinnant's civil_from_days.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)} ${two(Math.floor(minuteOfDay / 60))}:${two(minuteOfDay % 60)} UTC`;
}

/** The explain note for a restriction: whose rule it is and until when. */
export function restrictionNote(r: AccessRestriction): string {
  return `network access removed until ${formatInstant(r.endsAt)} (restriction ${r.id})`;
}
