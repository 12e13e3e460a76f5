/**
 * The part of the filtering engine the DNS filter uses: who is asking (`identify`), may they
 * reach this name (`decideFor`), and when did the policy change. `haven.filtering` is one; the
 * port is kept this narrow so the DNS filter never sees the snapshot's insides.
 */
import { canaryHost, type ClientIdentity, type Decision, type FilterEngine, isIllegalCategory } from '../filtering/index.ts';

export type { ClientIdentity };

/** A filtering verdict as the DNS filter reads it. */
export type DnsDecision = Pick<Decision, 'verdict' | 'category' | 'list' | 'rule' | 'level' | 'reason' | 'safeSearch'>;

/** The filtering engine as the DNS filter sees it. */
export type DnsFilterEngine = Pick<FilterEngine, 'identify' | 'decideFor' | 'onChange' | 'status'>;

/** True for a verdict on illegal content (IWF, police-assessed terrorism lists, or a site marked illegal): EDE 16 Censored. */
export function isIllegalBlock(d: DnsDecision): boolean {
  return d.level === 'blocked-illegal' || (d.category !== undefined && isIllegalCategory(d.category));
}

/** The self-test name of the `circumvention` category: deciding it tells whether circumvention is blocked for a client. */
export const CIRCUMVENTION_CANARY = canaryHost('circumvention');
