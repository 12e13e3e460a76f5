/**
 * The block page's two buttons, wired to the capabilities that own them: "ask for access"
 * becomes a pending unblock request in filtering's queue (the person's own when they are known,
 * else their group's), "tell someone" becomes a learner-route concern for the DSL team with
 * the block as context. Both run as the anonymous public-form actor: the proxy vouches only for
 * the address and (when signed in) the person, and the token binds the form to the block.
 */
import { getPerson } from '../identity/index.ts';
import type { BlockActionInput, BlockActions } from '../proxy/index.ts';
import { submitLearnerReport } from '../safeguarding/index.ts';
import type { Haven } from './app.ts';

/** How long an unblock asked for from the block page lasts, once approved. */
export const BLOCK_PAGE_UNBLOCK_HOURS = 24;

function context(input: BlockActionInput): string {
  return `Sent from the block page for ${input.url ?? input.host}${input.category === null ? '' : ` (category ${input.category})`}.`;
}

/** Creates the block actions over an open Haven. */
export function createBlockActions(haven: Haven): BlockActions {
  return {
    requestAccess: async (input) => {
      const subject = input.personId !== null ? { kind: 'person' as const, person: input.personId } : input.groupId !== null ? { kind: 'group' as const, group: input.groupId } : undefined;
      if (subject === undefined) throw new Error('a block with no person or group cannot be unblocked');
      const now = haven.clock.now();
      await haven.filteringService.requestUnblock(
        { type: 'anonymous', ip: input.address },
        {
          schoolId: input.schoolId,
          subject,
          target: { kind: 'site', site: input.host },
          endsAt: new Date(now + BLOCK_PAGE_UNBLOCK_HOURS * 3600_000).toISOString(),
          reason: `${input.message.slice(0, 400)} — ${context(input)}`.slice(0, 500),
        },
      );
    },
    report: async (input) => {
      const person = input.personId === null ? undefined : await getPerson(haven.identity, input.personId).catch(() => undefined);
      const name = person === undefined ? undefined : `${person.firstName} ${person.lastName}`.trim();
      await submitLearnerReport(
        haven.safeguarding,
        {
          schoolId: input.schoolId,
          topic: 'upsetting-content',
          whatHappened: `${input.message}\n\n${context(input)}`,
          whoNeedsHelp: 'me',
          ...(name === undefined || name === '' ? {} : { name }),
          ...(person?.yearGroup == null ? {} : { yearOrClass: person.yearGroup }),
        },
        input.address,
      );
    },
  };
}
