import type { SafeguardingDeps } from './deps.ts';
import { requireCategory } from './categories.ts';
import { type CommunityRelationship, LEARNER_TOPIC_CATEGORY, type LearnerTopic, UNCLASSIFIED } from './model.ts';
import { newReference, resolveSchool, writeConcern } from './report.ts';

/** The child-friendly learner form (R1): anonymous unless the child gives a name. */
export interface LearnerReport {
  schoolId?: string;
  topic: LearnerTopic;
  whatHappened: string;
  whoNeedsHelp?: 'me' | 'friend' | 'someone-else';
  name?: string;
  yearOrClass?: string;
  /** Honeypot: people never see or fill it; a value means a bot. */
  website?: string;
}

/** The parent and visitor form (R1): contact details are required so the school can reply. */
export interface CommunityReport {
  schoolId?: string;
  name: string;
  relationship: CommunityRelationship;
  email?: string;
  phone?: string;
  learnerName?: string;
  whatHappened: string;
  occurredAt?: string;
  location?: string;
  website?: string;
}

/** All a public form ever answers: a reference to quote, never anything stored. */
export interface PublicReceipt {
  reference: string;
}

/** What a bot that filled the honeypot gets: a reference that looks real and points nowhere. */
function decoyReference(): PublicReceipt {
  return { reference: newReference() };
}

const anonymous = { type: 'anonymous' as const };

/**
 * Takes a learner's report, with no account, into the DSL team's triage queue as `new`. The
 * answer is a reference only: nothing the form can do reads anything back. A filled honeypot
 * gets the same kind of answer and stores nothing.
 */
export async function submitLearnerReport(deps: SafeguardingDeps, input: LearnerReport, ip: string | null): Promise<PublicReceipt> {
  if (input.website) return decoyReference();
  const schoolId = await resolveSchool(deps.db, input.schoolId, null);
  const category = await requireCategory(deps, schoolId, LEARNER_TOPIC_CATEGORY[input.topic], 'learner').catch(() => requireCategory(deps, schoolId, UNCLASSIFIED, 'learner'));
  const name = input.name?.trim() || null;
  const who = input.whoNeedsHelp ?? 'me';
  const people =
    who === 'me'
      ? [{ personId: null, name: name ?? 'Anonymous learner', part: 'subject' as const, kind: 'learner' as const, yearGroup: null }]
      : [
          { personId: null, name: who === 'friend' ? 'A friend of the reporter' : 'Someone the reporter knows', part: 'subject' as const, kind: 'learner' as const, yearGroup: null },
          ...(name ? [{ personId: null, name, part: 'reporter' as const, kind: 'learner' as const, yearGroup: null }] : []),
        ];
  const contact: Record<string, string> = { anonymous: name ? 'no' : 'yes', ...(name ? { name } : {}), ...(input.yearOrClass ? { yearOrClass: input.yearOrClass.trim() } : {}), topic: input.topic };
  const receipt = await deps.db.transaction().execute((trx) =>
    writeConcern(trx, deps, {
      schoolId,
      about: 'learner',
      aboutHeadteacher: false,
      route: 'learner',
      category,
      summary: input.whatHappened,
      location: null,
      occurredAt: null,
      reporterAccountId: null,
      reporterContact: contact,
      people,
      escalated: category.escalate,
      escalationReason: category.escalate ? `category ${category.code}` : null,
      actor: { ...anonymous, ip },
    }),
  );
  return { reference: receipt.reference };
}

/** Takes a parent's, carer's or visitor's report, with their contact details, into triage as `new`. */
export async function submitCommunityReport(deps: SafeguardingDeps, input: CommunityReport, ip: string | null): Promise<PublicReceipt> {
  if (input.website) return decoyReference();
  const schoolId = await resolveSchool(deps.db, input.schoolId, null);
  const category = await requireCategory(deps, schoolId, UNCLASSIFIED, 'learner');
  const contact: Record<string, string> = {
    name: input.name.trim(),
    relationship: input.relationship,
    ...(input.email ? { email: input.email.trim() } : {}),
    ...(input.phone ? { phone: input.phone.trim() } : {}),
  };
  const learner = input.learnerName?.trim();
  const receipt = await deps.db.transaction().execute((trx) =>
    writeConcern(trx, deps, {
      schoolId,
      about: 'learner',
      aboutHeadteacher: false,
      route: 'community',
      category,
      summary: input.whatHappened,
      location: input.location?.trim() || null,
      occurredAt: input.occurredAt ?? null,
      reporterAccountId: null,
      reporterContact: contact,
      people: [
        { personId: null, name: learner || 'Learner not named', part: 'subject', kind: 'learner', yearGroup: null },
        { personId: null, name: input.name.trim(), part: 'reporter', kind: input.relationship === 'visitor' ? 'visitor' : input.relationship === 'other' || input.relationship === 'volunteer' ? 'other' : 'parent', yearGroup: null },
      ],
      escalated: false,
      escalationReason: null,
      actor: { ...anonymous, ip },
    }),
  );
  return { reference: receipt.reference };
}
