/**
 * Compiles lists, groups, rules and approved unblocks into one immutable {@link Snapshot}: the
 * only thing {@link decide} reads. Compiling checks every rule; a rule that cannot be applied is
 * left out with a warning (never an exception), so one bad row cannot stop the filter reloading.
 */
import {
  CATEGORY_INFO,
  GROUP_TEMPLATES,
  RULE_LEVELS,
  isCategory,
  type Category,
  type GroupTemplateId,
  type PolicyGroup,
  type PolicyRule,
  type RuleLevel,
  type RuleSubject,
  type RuleTarget,
  type SafeSearchLevel,
  type UnblockApproval,
  type AccessRestriction,
  type LearningSites,
} from '../model.ts';
import { buildDomainIndex, type DomainIndex } from './domain-index.ts';
import { buildListIndex, type ListIndex, type ListSource } from './list-index.ts';
import { parseSite, type SiteRef } from './normalise-url.ts';
import { compileRestrictions } from './restrictions.ts';
import { compileTimeWindow, type CompiledWindow } from './time-window.ts';

/** Everything a snapshot is compiled from. */
export interface SnapshotInput {
  /** A prebuilt {@link ListIndex} (reused across policy changes), or the lists to index now. */
  readonly lists: ListIndex | readonly ListSource[];
  readonly groups: readonly PolicyGroup[];
  readonly rules: readonly PolicyRule[];
  /** Approved unblocks; expired ones may be left in, they simply never apply. */
  readonly approvals?: readonly UnblockApproval[];
  /** Access restrictions ("remove network access"); ended ones may be left in, they simply never apply. */
  readonly restrictions?: readonly AccessRestriction[];
  /** Each school's learning sites: what a restricted person may still reach. */
  readonly learningSites?: readonly LearningSites[];
  /** The policy revision this snapshot reflects, echoed for logs. */
  readonly revision?: string;
}

/** Why a rule, approval or group was left out or changed while compiling. */
export const COMPILE_WARNING_CODES = [
  'rule_invalid',
  'rule_illegal_allowed',
  'rule_unknown_group',
  'rules_overlap',
  'approval_invalid',
  'group_duplicate',
  'restriction_invalid',
  'learning_site_invalid',
] as const;
/** One code from {@link COMPILE_WARNING_CODES}. */
export type CompileWarningCode = (typeof COMPILE_WARNING_CODES)[number];

/** One compile warning, naming the rule, approval or group it concerns. */
export interface CompileWarning {
  readonly code: CompileWarningCode;
  readonly id: string;
  readonly message: string;
}

/** Where a compiled rule came from. */
export type RuleOrigin = 'rule' | 'template' | 'approval';

/** A rule or approval ready for {@link decide}. */
export interface CompiledRule {
  readonly id: string;
  readonly origin: RuleOrigin;
  /** `person:<id>` or `group:<id>`; `*` for a site marked `blocked-illegal` (everyone). */
  readonly subject: string;
  readonly level: RuleLevel;
  readonly windows: readonly CompiledWindow[];
  readonly nominatedPeople: ReadonlySet<string>;
  /** Group ids. */
  readonly nominatedGroups: ReadonlySet<string>;
  /** Approvals only: epoch ms, start inclusive and end exclusive (±Infinity for rules). */
  readonly startsAt: number;
  readonly endsAt: number;
  readonly category?: Category;
  readonly site?: SiteRef;
  /** For template rules, the template. */
  readonly template?: GroupTemplateId;
}

/** A group as decide sees it; `key` and `label` are computed once here rather than per request. */
export interface CompiledGroup {
  readonly id: string;
  readonly name: string;
  readonly priority: number;
  readonly safeSearch?: SafeSearchLevel;
  readonly template?: GroupTemplateId;
  /** `group:<id>`, the subject key of its rules. */
  readonly key: string;
  /** `group <name>`, for sentences. */
  readonly label: string;
}

/** The immutable, compiled policy; hand it to {@link decide}. */
export interface Snapshot {
  readonly kind: 'filtering-snapshot';
  readonly revision?: string;
  readonly lists: ListIndex;
  readonly groups: ReadonlyMap<string, CompiledGroup>;
  /** Lower-case group name → id, so callers may name groups instead of giving ids. */
  readonly groupIdsByName: ReadonlyMap<string, string>;
  /** Subject → category → its rules (approvals first), as the one-group list {@link decide} walks. */
  readonly categoryRules: ReadonlyMap<string, ReadonlyMap<Category, readonly (readonly CompiledRule[])[]>>;
  /** Hosts that site rules name; a match's source id indexes {@link Snapshot.siteRules}. */
  readonly sites: DomainIndex;
  /** Per site host: its rules and approvals, longest path first. */
  readonly siteRules: readonly (readonly CompiledRule[])[];
  /** Person id → their access restrictions, earliest end first; see {@link compileRestrictions}. */
  readonly restrictions: ReadonlyMap<string, readonly AccessRestriction[]>;
  /** School id → its learning sites; absent when the school lists none. */
  readonly learningSites: ReadonlyMap<string, DomainIndex>;
  readonly warnings: readonly CompileWarning[];
}

const EMPTY_SET: ReadonlySet<string> = new Set();

/** Subject key of a rule subject. */
export function subjectKey(subject: RuleSubject): string {
  return subject.kind === 'person' ? `person:${subject.person}` : `group:${subject.group}`;
}

/**
 * Compiles a snapshot; see {@link SnapshotInput}. Never throws for bad policy data (see
 * `warnings`); only for sizes past the index's limits (more than 65,536 distinct site-rule hosts).
 */
export function compileSnapshot(input: SnapshotInput): Snapshot {
  const warnings: CompileWarning[] = [];
  const warn = (code: CompileWarningCode, id: string, message: string): void => void warnings.push({ code, id, message });
  const lists = isListIndex(input.lists) ? input.lists : buildListIndex(input.lists);

  const groups = new Map<string, CompiledGroup>();
  const groupIdsByName = new Map<string, string>();
  for (const g of input.groups) {
    if (groups.has(g.id)) {
      warn('group_duplicate', g.id, `group id ${JSON.stringify(g.id)} appears twice; the first is used`);
      continue;
    }
    const safeSearch = g.safeSearch ?? (g.template === undefined ? undefined : GROUP_TEMPLATES[g.template].safeSearch);
    groups.set(g.id, {
      id: g.id,
      name: g.name,
      key: `group:${g.id}`,
      label: `group ${g.name}`,
      priority: g.priority,
      ...(safeSearch === undefined ? {} : { safeSearch }),
      ...(g.template === undefined ? {} : { template: g.template }),
    });
    if (!groupIdsByName.has(g.name.toLowerCase())) groupIdsByName.set(g.name.toLowerCase(), g.id);
  }
  const resolveGroup = (idOrName: string): string | undefined =>
    groups.has(idOrName) ? idOrName : groupIdsByName.get(idOrName.toLowerCase());

  const compiled: CompiledRule[] = [];
  const seenTargets = new Map<string, string>();
  for (const rule of input.rules) {
    const c = compileRule(rule, resolveGroup, warn);
    if (c === undefined) continue;
    const key = `${c.subject}|${c.category ?? ''}|${c.site === undefined ? '' : c.site.host + (c.site.path ?? '')}`;
    const earlier = seenTargets.get(key);
    if (earlier !== undefined) {
      warn('rules_overlap', rule.id, `rules ${earlier} and ${rule.id} have the same subject and target; either one allowing is enough`);
    } else seenTargets.set(key, rule.id);
    compiled.push(c);
  }
  for (const approval of input.approvals ?? []) {
    const c = compileApproval(approval, resolveGroup, warn);
    if (c !== undefined) compiled.push(c);
  }
  // Templates last: a group's own rule for a category replaces its template's line.
  for (const g of groups.values()) {
    if (g.template === undefined) continue;
    const template = GROUP_TEMPLATES[g.template];
    for (const [category, level] of Object.entries(template.levels)) {
      if (!isCategory(category) || level === undefined) continue;
      if (seenTargets.has(`group:${g.id}|${category}|`)) continue;
      compiled.push({
        ...ruleBase(`template:${template.id}:${category}`, 'template', `group:${g.id}`, level),
        category,
        template: template.id,
      });
    }
  }

  const categoryRules = new Map<string, Map<Category, CompiledRule[]>>();
  const siteHosts = new Map<string, CompiledRule[]>();
  for (const c of compiled) {
    if (c.category !== undefined) {
      let bySubject = categoryRules.get(c.subject);
      if (bySubject === undefined) categoryRules.set(c.subject, (bySubject = new Map()));
      const rules = bySubject.get(c.category);
      if (rules === undefined) bySubject.set(c.category, [c]);
      else rules.push(c);
    } else if (c.site !== undefined) {
      const rules = siteHosts.get(c.site.host);
      if (rules === undefined) siteHosts.set(c.site.host, [c]);
      else rules.push(c);
    }
  }
  const originOrder: Record<RuleOrigin, number> = { approval: 0, rule: 1, template: 2 };
  const wrapped = new Map<string, Map<Category, readonly (readonly CompiledRule[])[]>>();
  for (const [subject, bySubject] of categoryRules) {
    const out = new Map<Category, readonly (readonly CompiledRule[])[]>();
    for (const [category, rules] of bySubject) out.set(category, [rules.sort((a, b) => originOrder[a.origin] - originOrder[b.origin])]);
    wrapped.set(subject, out);
  }
  const siteRules = [...siteHosts.values()].map((rules) =>
    rules.sort((a, b) => (b.site?.path?.length ?? 0) - (a.site?.path?.length ?? 0) || originOrder[a.origin] - originOrder[b.origin]),
  );
  const sites = buildDomainIndex([...siteHosts.keys()].map((host, source) => ({ source, names: [host] })));
  const restricted = compileRestrictions(input.restrictions ?? [], input.learningSites ?? [], (w) => warn(w.code, w.id, w.message));

  return {
    kind: 'filtering-snapshot',
    ...(input.revision === undefined ? {} : { revision: input.revision }),
    lists,
    groups,
    groupIdsByName,
    categoryRules: wrapped,
    sites,
    siteRules,
    restrictions: restricted.restrictions,
    learningSites: restricted.learningSites,
    warnings,
  };
}

function isListIndex(lists: ListIndex | readonly ListSource[]): lists is ListIndex {
  return !Array.isArray(lists);
}

function ruleBase(id: string, origin: RuleOrigin, subject: string, level: RuleLevel): CompiledRule {
  return {
    id,
    origin,
    subject,
    level,
    windows: [],
    nominatedPeople: EMPTY_SET,
    nominatedGroups: EMPTY_SET,
    startsAt: -Infinity,
    endsAt: Infinity,
  };
}

type Warn = (code: CompileWarningCode, id: string, message: string) => void;

function compileSubject(subject: RuleSubject, id: string, resolveGroup: (g: string) => string | undefined, warn: Warn): string | undefined {
  if (subject.kind === 'person') return subjectKey(subject);
  const group = resolveGroup(subject.group);
  if (group === undefined) {
    warn('rule_unknown_group', id, `${id} is for group ${JSON.stringify(subject.group)}, which does not exist`);
    return undefined;
  }
  return `group:${group}`;
}

function compileTarget(target: RuleTarget, id: string, warn: Warn): { category: Category } | { site: SiteRef } | undefined {
  if (target.kind === 'category') {
    if (isCategory(target.category)) return { category: target.category };
    warn('rule_invalid', id, `${id} names an unknown category ${JSON.stringify(target.category)}`);
    return undefined;
  }
  const site = parseSite(target.site);
  if (site === undefined) warn('rule_invalid', id, `${id} names ${JSON.stringify(target.site)}, which is not a host or host/path`);
  return site === undefined ? undefined : { site };
}

function compileRule(rule: PolicyRule, resolveGroup: (g: string) => string | undefined, warn: Warn): CompiledRule | undefined {
  if (!RULE_LEVELS.includes(rule.level)) {
    warn('rule_invalid', rule.id, `${rule.id} has an unknown level ${JSON.stringify(rule.level)}`);
    return undefined;
  }
  const target = compileTarget(rule.target, rule.id, warn);
  if (target === undefined) return undefined;
  let level = rule.level;
  if ('category' in target && CATEGORY_INFO[target.category].illegal) {
    if (level !== 'blocked-illegal') {
      warn('rule_illegal_allowed', rule.id, `${rule.id} tries to set ${target.category} to ${level}; illegal categories are always blocked`);
    }
    return undefined; // illegal categories are blocked before any rule is read
  }
  if (level === 'blocked-illegal' && 'category' in target) {
    warn('rule_invalid', rule.id, `${rule.id}: only child-abuse and terrorism are illegal categories; applied as blocked`);
    level = 'blocked';
  }
  // A site marked illegal is blocked for everyone, whoever the rule was written for.
  const subject = level === 'blocked-illegal' ? '*' : compileSubject(rule.subject, rule.id, resolveGroup, warn);
  if (subject === undefined) return undefined;
  const windows: CompiledWindow[] = [];
  if (level === 'allowed-at-certain-times') {
    for (const w of rule.windows ?? []) {
      const c = compileTimeWindow(w);
      if (typeof c === 'string') warn('rule_invalid', rule.id, `${rule.id}: ${c}; window ignored`);
      else windows.push(c);
    }
    if (windows.length === 0) warn('rule_invalid', rule.id, `${rule.id} is allowed at certain times but has no valid window, so it never allows`);
  }
  let nominatedPeople = EMPTY_SET;
  let nominatedGroups = EMPTY_SET;
  if (level === 'allowed-for-nominated-users') {
    nominatedPeople = new Set(rule.nominated?.people ?? []);
    const groups = new Set<string>();
    for (const g of rule.nominated?.groups ?? []) {
      const id = resolveGroup(g);
      if (id === undefined) warn('rule_unknown_group', rule.id, `${rule.id} nominates group ${JSON.stringify(g)}, which does not exist`);
      else groups.add(id);
    }
    nominatedGroups = groups;
    if (nominatedPeople.size === 0 && nominatedGroups.size === 0) {
      warn('rule_invalid', rule.id, `${rule.id} is for nominated users but nominates no one, so it never allows`);
    }
  }
  return { ...ruleBase(rule.id, 'rule', subject, level), windows, nominatedPeople, nominatedGroups, ...target };
}

function compileApproval(
  approval: UnblockApproval,
  resolveGroup: (g: string) => string | undefined,
  warn: Warn,
): CompiledRule | undefined {
  const target = compileTarget(approval.target, approval.id, warn);
  if (target === undefined) return undefined;
  if ('category' in target && CATEGORY_INFO[target.category].illegal) {
    warn('approval_invalid', approval.id, `${approval.id} tries to unblock ${target.category}; illegal categories can never be unblocked`);
    return undefined;
  }
  if (!(approval.endsAt > approval.startsAt)) {
    warn('approval_invalid', approval.id, `${approval.id} ends before it starts`);
    return undefined;
  }
  const subject = compileSubject(approval.subject, approval.id, resolveGroup, warn);
  if (subject === undefined) return undefined;
  return {
    ...ruleBase(approval.id, 'approval', subject, 'allowed'),
    startsAt: approval.startsAt,
    endsAt: approval.endsAt,
    ...target,
  };
}
