/**
 * `decide()`: the one question the DNS filter, the proxy and the extension ask — may this person
 * (in these groups, at this moment) reach this host or URL? Pure and synchronous: it reads only
 * the compiled {@link Snapshot} and its input, and returns a {@link Decision} that carries its
 * reason and every rule it considered.
 *
 * PRECEDENCE (docs/precedence.md; property-tested):
 * 1. `blocked-illegal` beats everything, always. A host or URL on a child-abuse or terrorism
 *    list, or a site a rule marks `blocked-illegal`, is blocked for every group and person; no
 *    rule, nomination, time window, person rule, site allow, approved unblock or restriction is
 *    even read.
 * 1b. While a person's access restriction ("remove network access") is in force at `atMs`,
 *    everything except the school's learning sites is blocked; on a learning site the usual
 *    policy still decides (a restriction only ever narrows). Without `atMs` none applies.
 * 2. Site rules beat category rules. Among the site rules that cover the host (and the URL path,
 *    where known), each subject's most specific site speaks for it.
 * 3. For a site, then for each category, the person's own rule wins; otherwise the
 *    highest-priority group of theirs that has a rule decides. Groups of equal priority that
 *    disagree: the block wins. One subject's several rules for one target are alternatives: if
 *    any allows, it allows.
 * 4. An approved unblock is a temporary `allowed` rule of its group or person for its site or
 *    category, valid from `startsAt` (inclusive) to `endsAt` (exclusive) against `atMs`; the
 *    reason names it. It never opens an illegal category.
 * 5. `allowed-at-certain-times` allows inside one of its windows and blocks outside them;
 *    `allowed-for-nominated-users` allows the nominated people and members of nominated groups
 *    and blocks everyone else.
 * 6. A listed category that no subject has a rule for falls back to its default: harmful
 *    categories blocked, optional ones allowed. A host in several categories is blocked if any
 *    of them is blocked for this person.
 * 7. Names on no list and under no site rule are allowed.
 */
import { CATEGORY_INFO, type Category, type Decision, type ExplainStep, type SafeSearchLevel } from '../model.ts';
import type { CompiledRule, Snapshot } from './compile-snapshot.ts';
import { matchDomain } from './domain-index.ts';
import { decideByTiers, resolveAudience, type Audience, type Moment, type RuleOutcome } from './evaluate-rules.ts';
import { defaultReason, illegalReason, listedAs, ruleClause, verdictWord } from './explain.ts';
import type { ListInfo } from './list-index.ts';
import { normaliseHost } from './normalise-host.ts';
import { parseRequestUrl, pathHasPrefix } from './normalise-url.ts';
import { activeRestriction, isLearningSite, restrictionNote } from './restrictions.ts';
import type { WallTime } from './time-window.ts';
import { matchUrl } from './url-index.ts';

/** One request to decide. Time is passed in: the caller reads the clock and converts to Europe/London. */
export interface DecideInput {
  /** The host as asked for (DNS question name, proxy authority, tab URL host); normalised here. */
  readonly host: string;
  /** The full URL where known (proxy with TLS inspection or plain HTTP, extension): enables path rules and URL lists. */
  readonly url?: string;
  /** The person's groups, by id or by name. */
  readonly groups: readonly string[];
  /** The person's id, when known. */
  readonly person?: string;
  /** Europe/London wall time, for time windows. */
  readonly at: WallTime;
  /** Epoch milliseconds, for approval and restriction windows; without it neither is applied. */
  readonly atMs?: number;
}

/** A list entry covering the request. */
interface Hit {
  readonly category: Category;
  readonly list: ListInfo;
  readonly entry: string;
}

const SAFE_SEARCH_STRENGTH: Record<SafeSearchLevel, number> = { off: 0, moderate: 1, strict: 2 };

type DecisionDraft = { -readonly [K in keyof Decision]: Decision[K] };

/** Decides one request against a snapshot; see the precedence above. */
export function decide(snapshot: Snapshot, input: DecideInput): Decision {
  const host = normaliseHost(input.host);
  if (host === undefined) {
    return {
      verdict: 'block',
      host: input.host,
      reason: `Blocked: ${JSON.stringify(input.host.slice(0, 100))} is not a valid host name.`,
      chain: [{ stage: 'host', effect: 'block', note: 'not a valid host name' }],
    };
  }
  const chain: ExplainStep[] = [];
  let path: string | undefined;
  if (input.url !== undefined) {
    const url = parseRequestUrl(input.url);
    if (url === undefined) chain.push({ stage: 'host', effect: 'skipped', note: 'the URL could not be read; deciding on the host alone' });
    else path = url.path;
  }

  const hits = listHits(snapshot, host, path);
  let canary = false;
  let illegal: Hit | undefined;
  for (const h of hits) {
    chain.push({ stage: 'list', effect: 'match', category: h.category, list: h.list.id, entry: h.entry, note: `${h.entry} is on ${h.list.name}` });
    canary ||= h.list.canary;
    if (illegal === undefined && CATEGORY_INFO[h.category].illegal) illegal = h;
  }
  if (hits.length === 0) chain.push({ stage: 'list', effect: 'none', note: `${host} is not on any list` });
  const d: DecisionDraft = { verdict: 'allow', host, reason: '', chain };
  if (canary) d.canary = true;
  const first = hits[0];
  if (first !== undefined) setHit(d, first);

  // 1. Illegal: decided before any rule, group or approval is looked at.
  if (illegal !== undefined) {
    chain.push({ stage: 'illegal', effect: 'block', category: illegal.category, list: illegal.list.id, entry: illegal.entry, note: 'illegal content: no rule applies' });
    setHit(d, illegal);
    return finish(d, 'block', illegalReason(host, illegal.category, illegal.list), 'blocked-illegal');
  }
  const sites = snapshot.siteRules.length === 0 ? [] : siteRuleGroups(snapshot, host, path);
  for (const group of sites) {
    for (const rule of group) {
      if (rule.subject !== '*') continue;
      const site = siteText(rule);
      chain.push({ stage: 'illegal', effect: 'block', rule: rule.id, note: `rule ${rule.id} marks ${site} unacceptable and illegal` });
      d.rule = rule.id;
      return finish(d, 'block', `Blocked: rule ${rule.id} marks ${site} as unacceptable and illegal; it is blocked for everyone and can never be allowed.`, 'blocked-illegal');
    }
  }

  // 1b. Remove network access: after illegal (which it can never open), before every rule.
  const restriction = input.person === undefined || input.atMs === undefined || snapshot.restrictions.size === 0 ? undefined : activeRestriction(snapshot.restrictions.get(input.person), input.atMs);
  if (restriction !== undefined) {
    const note = restrictionNote(restriction);
    if (!isLearningSite(snapshot.learningSites, restriction.schoolId, host)) {
      const none = snapshot.learningSites.has(restriction.schoolId) ? '' : ' (the school lists no learning sites, so everything is blocked)';
      chain.push({ stage: 'restriction', effect: 'block', restriction: restriction.id, note: `${note}; ${host} is not one of the school's learning sites${none}` });
      d.restriction = restriction.id;
      return finish(d, 'block', `Blocked: ${note}; only the school's learning sites are open${none}.`, 'blocked');
    }
    chain.push({ stage: 'restriction', effect: 'match', restriction: restriction.id, note: `${note}, but ${host} is one of the school's learning sites: the usual policy decides` });
  }

  // The common case — on no list, under no site rule — needs no rule evaluation, only safe search.
  if (hits.length === 0 && sites.length === 0) {
    for (const g of input.groups) {
      if (!snapshot.groups.has(g) && !snapshot.groupIdsByName.has(g.toLowerCase())) {
        chain.push({ stage: 'identity', effect: 'skipped', note: `group ${JSON.stringify(g)} is not in the policy` });
      }
    }
    const level = safeSearchOfGroups(snapshot, input.groups);
    if (level !== undefined) d.safeSearch = level;
    return finish(d, 'allow', `Allowed: ${host} is not on any list.`);
  }

  const audience = resolveAudience(snapshot, input.groups, input.person);
  for (const g of audience.unknownGroups) chain.push({ stage: 'identity', effect: 'skipped', note: `group ${JSON.stringify(g)} is not in the policy` });
  const moment: Moment = input.atMs === undefined ? { at: input.at } : { at: input.at, atMs: input.atMs };
  const safeSearch = safeSearchFor(audience);
  if (safeSearch !== undefined) d.safeSearch = safeSearch;

  // 2–4. Site rules, person first, then groups by priority.
  if (sites.length > 0) {
    const site = decideByTiers(audience, moment, 'site', (s) => sitesOf(sites, s.key), chain);
    if (site !== undefined) {
      setRule(d, site);
      return finish(d, site.effect, `${verdictWord(site.effect)}: ${ruleClause(site, siteText(site.rule))}.`);
    }
  }

  // 3–6. Categories, most specific entry first; any block wins.
  let allowed: Hit | undefined;
  let allowedBy: RuleOutcome | undefined;
  const seen: Category[] = [];
  for (const hit of hits) {
    const { category } = hit;
    if (seen.includes(category)) continue;
    seen.push(category);
    const outcome = decideByTiers(audience, moment, 'category', (s) => categoryRulesOf(snapshot, s.key, category), chain);
    if (outcome === undefined) {
      const blocked = CATEGORY_INFO[category].harmful;
      chain.push({ stage: 'default', effect: blocked ? 'block' : 'allow', category, note: `${category} is ${blocked ? 'blocked' : 'allowed'} by default` });
      if (blocked) {
        setHit(d, hit);
        return finish(d, 'block', defaultReason(host, category, hit.list), 'blocked');
      }
      allowed ??= hit;
    } else if (outcome.effect === 'block') {
      setHit(d, hit);
      setRule(d, outcome);
      return finish(d, 'block', `Blocked: ${listedAs(host, category, hit.list)}, and ${ruleClause(outcome, CATEGORY_INFO[category].label)}.`);
    } else if (allowed === undefined) {
      allowed = hit;
      allowedBy = outcome;
    }
  }
  if (allowed === undefined) return finish(d, 'allow', `Allowed: ${host} is not on any list.`);
  setHit(d, allowed);
  if (allowedBy === undefined) return finish(d, 'allow', defaultReason(host, allowed.category, allowed.list));
  setRule(d, allowedBy);
  return finish(d, 'allow', `Allowed: ${listedAs(host, allowed.category, allowed.list)}, and ${ruleClause(allowedBy, CATEGORY_INFO[allowed.category].label)}.`);
}

function finish(d: DecisionDraft, verdict: Decision['verdict'], reason: string, level?: Decision['level']): Decision {
  d.verdict = verdict;
  d.reason = reason;
  if (level !== undefined) d.level = level;
  return d;
}

function setHit(d: DecisionDraft, hit: Hit): void {
  d.category = hit.category;
  d.list = hit.list.id;
  d.entry = hit.entry;
}

function setRule(d: DecisionDraft, o: RuleOutcome): void {
  if (o.rule.origin === 'approval') {
    d.approval = o.rule.id;
    d.level = 'allowed';
  } else {
    d.rule = o.rule.id;
    d.level = o.rule.level;
  }
}

/** URL-prefix hits (most specific) first, then domain hits, most specific entry first; one per list. */
function listHits(snapshot: Snapshot, host: string, path: string | undefined): Hit[] {
  const { lists } = snapshot;
  const hits: Hit[] = [];
  const urlMatches = path === undefined ? [] : matchUrl(lists.urls, host, path);
  for (const matches of [urlMatches, matchDomain(lists.domains, host)]) {
    for (const m of matches) {
      for (const s of m.sources) {
        const list = lists.lists[s];
        if (list !== undefined) hits.push({ category: list.category, list, entry: m.entry });
      }
    }
  }
  return hits;
}

/** The site rules covering the request, grouped by site (host, then path), most specific first; path rules need the path. */
function siteRuleGroups(snapshot: Snapshot, host: string, path: string | undefined): CompiledRule[][] {
  const groups: CompiledRule[][] = [];
  for (const m of matchDomain(snapshot.sites, host)) {
    for (const s of m.sources) {
      let current: CompiledRule[] | undefined;
      let currentPath: string | undefined;
      for (const rule of snapshot.siteRules[s] ?? []) {
        const rulePath = rule.site?.path;
        if (rulePath !== undefined && (path === undefined || !pathHasPrefix(path, rulePath))) continue;
        if (current === undefined || rulePath !== currentPath) {
          current = [];
          currentPath = rulePath;
          groups.push(current);
        }
        current.push(rule);
      }
    }
  }
  return groups;
}

/** One subject's site rules, grouped by site, most specific first. */
function sitesOf(sites: readonly (readonly CompiledRule[])[], subject: string): CompiledRule[][] {
  const out: CompiledRule[][] = [];
  for (const group of sites) {
    const mine = group.filter((r) => r.subject === subject);
    if (mine.length > 0) out.push(mine);
  }
  return out;
}

const NO_RULES: readonly (readonly CompiledRule[])[] = Object.freeze([]);

function categoryRulesOf(snapshot: Snapshot, subject: string, category: Category): readonly (readonly CompiledRule[])[] {
  return snapshot.categoryRules.get(subject)?.get(category) ?? NO_RULES;
}

function siteText(rule: CompiledRule): string {
  return rule.site === undefined ? 'this site' : rule.site.host + (rule.site.path ?? '');
}

/** {@link safeSearchFor} straight from the request's groups, without resolving tiers (allocation-free). */
function safeSearchOfGroups(snapshot: Snapshot, groups: readonly string[]): SafeSearchLevel | undefined {
  let best: SafeSearchLevel | undefined;
  let priority = -Infinity;
  for (const g of groups) {
    const group = snapshot.groups.get(g) ?? snapshot.groups.get(snapshot.groupIdsByName.get(g.toLowerCase()) ?? '');
    const level = group?.safeSearch;
    if (group === undefined || level === undefined || group.priority < priority) continue;
    if (group.priority > priority || best === undefined || SAFE_SEARCH_STRENGTH[level] > SAFE_SEARCH_STRENGTH[best]) best = level;
    priority = group.priority;
  }
  return best;
}

/** The safe-search level of the person's highest-priority group that sets one; the strictest among equals. */
function safeSearchFor(audience: Audience): SafeSearchLevel | undefined {
  for (const tier of audience.tiers) {
    let best: SafeSearchLevel | undefined;
    for (const s of tier.subjects) {
      const level = s.safeSearch;
      if (level !== undefined && (best === undefined || SAFE_SEARCH_STRENGTH[level] > SAFE_SEARCH_STRENGTH[best])) best = level;
    }
    if (best !== undefined) return best;
  }
  return undefined;
}
