/**
 * The rule-evaluation half of {@link decide}: who the subjects are and in what order they speak
 * (the person, then groups by priority, equal priorities together), and what one subject's rules
 * for one target say at one moment.
 */
import type { ExplainStep } from '../model.ts';
import type { CompiledGroup, CompiledRule, Snapshot } from './compile-snapshot.ts';
import { isWithinWindows, type WallTime } from './time-window.ts';

/** One subject whose rules count: the person or one of their groups. */
export interface Subject {
  /** `person:<id>` or `group:<id>`. */
  readonly key: string;
  /** `this person` or `group Year 7`, for sentences. */
  readonly label: string;
  /** Set for group subjects (a compiled group is its own subject). */
  readonly safeSearch?: CompiledGroup['safeSearch'];
}

/** Subjects of equal standing: the person alone, or the groups sharing one priority. */
export interface Tier {
  readonly priority: number;
  readonly subjects: readonly Subject[];
}

/** Who is asking, resolved against the snapshot. */
export interface Audience {
  readonly tiers: readonly Tier[];
  readonly person?: string;
  /** Ids of the person's known groups. */
  readonly groupIds: readonly string[];
  /** Groups named in the request that the snapshot does not know. */
  readonly unknownGroups: readonly string[];
}

/** The moment of the request: wall time for windows, epoch ms (if given) for approvals. */
export interface Moment {
  readonly at: WallTime;
  readonly atMs?: number;
}

/** What a subject's rules said: the verdict and the rule that gave it. */
export interface RuleOutcome {
  readonly effect: 'allow' | 'block';
  readonly rule: CompiledRule;
  readonly subject: Subject;
  /** The rule allowed or blocked because of its window or its nominations (`inside`, `outside`, `nominated`, `not-nominated`). */
  readonly because?: 'inside' | 'outside' | 'nominated' | 'not-nominated';
}

const NONE: readonly string[] = Object.freeze([]);

/** Resolves the person and group names or ids of a request into ordered tiers (hot path: no sorting library, few allocations). */
export function resolveAudience(snapshot: Snapshot, groups: readonly string[], person: string | undefined): Audience {
  const known: CompiledGroup[] = [];
  let unknownGroups: string[] | undefined;
  for (const g of groups) {
    const group = snapshot.groups.get(g) ?? snapshot.groups.get(snapshot.groupIdsByName.get(g.toLowerCase()) ?? '');
    if (group === undefined) (unknownGroups ??= []).push(g);
    else if (!known.includes(group)) {
      // insertion sort: priority descending, then id, so equal inputs give equal tiers
      let i = known.length;
      while (i > 0 && outranks(group, known[i - 1])) i--;
      known.splice(i, 0, group);
    }
  }
  const tiers: Tier[] = [];
  if (person !== undefined) tiers.push({ priority: Infinity, subjects: [{ key: `person:${person}`, label: 'this person' }] });
  let current: Subject[] | undefined;
  let currentPriority = NaN;
  for (const g of known) {
    const subject: Subject = g;
    if (current !== undefined && g.priority === currentPriority) current.push(subject);
    else {
      current = [subject];
      currentPriority = g.priority;
      tiers.push({ priority: g.priority, subjects: current });
    }
  }
  return {
    tiers,
    groupIds: known.length === 0 ? NONE : known.map((g) => g.id),
    unknownGroups: unknownGroups ?? NONE,
    ...(person === undefined ? {} : { person }),
  };
}

function outranks(a: CompiledGroup, b: CompiledGroup | undefined): boolean {
  return b !== undefined && (a.priority > b.priority || (a.priority === b.priority && a.id < b.id));
}

/**
 * Evaluates one subject's rules for one target. They are alternatives: if any allows, the
 * subject allows (so an in-window approval opens what the subject's own rule blocks); otherwise
 * the first that blocks decides. Approvals outside their window, or with no `atMs`, are skipped.
 */
export function evaluateAlternatives(
  rules: readonly CompiledRule[],
  subject: Subject,
  audience: Audience,
  moment: Moment,
  skipped: ExplainStep[] | undefined,
  stage: 'site' | 'category',
): RuleOutcome | undefined {
  let block: RuleOutcome | undefined;
  for (const rule of rules) {
    const outcome = evaluateRule(rule, subject, audience, moment);
    if (outcome === undefined) {
      skipped?.push({
        stage,
        effect: 'skipped',
        subject: subject.key,
        approval: rule.id,
        note: moment.atMs === undefined ? `approval ${rule.id} not checked: no time given` : `approval ${rule.id} is not in its window`,
      });
      continue;
    }
    if (outcome.effect === 'allow') return outcome;
    block ??= outcome;
  }
  return block;
}

function evaluateRule(rule: CompiledRule, subject: Subject, audience: Audience, moment: Moment): RuleOutcome | undefined {
  if (rule.origin === 'approval') {
    const ms = moment.atMs;
    if (ms === undefined || ms < rule.startsAt || ms >= rule.endsAt) return undefined;
    return { effect: 'allow', rule, subject };
  }
  switch (rule.level) {
    case 'allowed':
      return { effect: 'allow', rule, subject };
    case 'blocked':
    case 'blocked-illegal':
      return { effect: 'block', rule, subject };
    case 'allowed-at-certain-times': {
      const inside = isWithinWindows(rule.windows, moment.at);
      return { effect: inside ? 'allow' : 'block', rule, subject, because: inside ? 'inside' : 'outside' };
    }
    case 'allowed-for-nominated-users': {
      let nominated = audience.person !== undefined && rule.nominatedPeople.has(audience.person);
      for (const g of audience.groupIds) nominated ||= rule.nominatedGroups.has(g);
      return { effect: nominated ? 'allow' : 'block', rule, subject, because: nominated ? 'nominated' : 'not-nominated' };
    }
  }
}

/**
 * Walks the tiers from the top; the first tier where any subject has an applicable rule decides.
 * Within a tier, a block from any subject wins (equal priorities that disagree fail safe).
 * `rulesFor` returns a subject's candidate rule groups, most specific first; the first group
 * that yields an outcome is that subject's answer. Rules of lower tiers are reported as shadowed.
 */
export function decideByTiers(
  audience: Audience,
  moment: Moment,
  stage: 'site' | 'category',
  rulesFor: (subject: Subject) => readonly (readonly CompiledRule[])[],
  chain: ExplainStep[],
): RuleOutcome | undefined {
  let decided: RuleOutcome | undefined;
  for (const tier of audience.tiers) {
    if (decided !== undefined) {
      for (const subject of tier.subjects) {
        for (const group of rulesFor(subject)) {
          for (const rule of group) {
            chain.push({ stage, effect: 'shadowed', subject: subject.key, rule: rule.id, note: `${rule.id} outranked by ${decided.rule.id}` });
          }
        }
      }
      continue;
    }
    const outcomes: RuleOutcome[] = [];
    for (const subject of tier.subjects) {
      for (const group of rulesFor(subject)) {
        const outcome = evaluateAlternatives(group, subject, audience, moment, chain, stage);
        if (outcome !== undefined) {
          outcomes.push(outcome);
          break;
        }
      }
    }
    const winner = outcomes.find((o) => o.effect === 'block') ?? outcomes[0];
    if (winner === undefined) continue;
    decided = winner;
    for (const o of outcomes) {
      chain.push({
        stage,
        effect: o === winner ? o.effect : 'shadowed',
        subject: o.subject.key,
        ...(o.rule.origin === 'approval' ? { approval: o.rule.id } : { rule: o.rule.id }),
        note:
          o === winner
            ? `${o.rule.id} (${o.subject.label}) ${o.effect === 'allow' ? 'allows' : 'blocks'}`
            : winner.effect === 'block'
              ? `${o.rule.id} (${o.subject.label}) ${o.effect === 'allow' ? 'allows' : 'blocks'}, but a group of equal priority blocks first and a block wins`
              : `${o.rule.id} (${o.subject.label}) also allows`,
      });
    }
  }
  return decided;
}
