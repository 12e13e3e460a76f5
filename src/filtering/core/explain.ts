/**
 * The sentences a decision gives as its reason, for the block page, `haven check` and the
 * filtering log. They name rules, lists, groups and categories, never another person.
 */
import { CATEGORY_INFO, GROUP_TEMPLATES, type Category } from '../model.ts';
import type { RuleOutcome } from './evaluate-rules.ts';
import type { ListInfo } from './list-index.ts';

/** What a rule outcome says about `what` (a site or a category label), as a clause. */
export function ruleClause(o: RuleOutcome, what: string): string {
  const { rule, subject } = o;
  if (rule.origin === 'approval') return `unblock approval ${rule.id} opens ${what} for ${subject.label} until it expires`;
  if (rule.template !== undefined) {
    const template = GROUP_TEMPLATES[rule.template].label;
    const verb = o.effect === 'allow' ? 'allows' : 'blocks';
    return `the ${template} template ${verb} ${what} for ${subject.label}`;
  }
  switch (o.because) {
    case 'inside':
      return `rule ${rule.id} allows ${what} for ${subject.label} at certain times, and this is one of them`;
    case 'outside':
      return `rule ${rule.id} allows ${what} for ${subject.label} only at certain times, and this is outside them`;
    case 'nominated':
      return `rule ${rule.id} (${subject.label}) allows ${what} for nominated users, and this person is nominated`;
    case 'not-nominated':
      return `rule ${rule.id} (${subject.label}) allows ${what} only for nominated users, and this person is not nominated`;
    default:
      return `rule ${rule.id} makes ${what} ${o.effect === 'allow' ? 'acceptable' : 'unacceptable'} for ${subject.label}`;
  }
}

/** `Allowed` or `Blocked`, to start a reason. */
export function verdictWord(effect: 'allow' | 'block'): string {
  return effect === 'allow' ? 'Allowed' : 'Blocked';
}

/** "x is listed as Pornography (StevenBlack porn)" — the list hit in words. */
export function listedAs(host: string, category: Category, list: ListInfo): string {
  return `${host} is listed as ${CATEGORY_INFO[category].label} (${list.name})`;
}

/** The reason for an illegal-list block. */
export function illegalReason(host: string, category: Category, list: ListInfo): string {
  return `Blocked: ${listedAs(host, category, list)}, which is illegal; it is blocked for everyone and can never be allowed.`;
}

/** The reason when a category falls back to its default. */
export function defaultReason(host: string, category: Category, list: ListInfo): string {
  const blocked = CATEGORY_INFO[category].harmful;
  return `${verdictWord(blocked ? 'block' : 'allow')}: ${listedAs(host, category, list)}, which is ${blocked ? 'blocked' : 'allowed'} by default.`;
}
