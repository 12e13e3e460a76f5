import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import { type NewAttachment, storeAttachment } from './attachments.ts';
import { requireCategory } from './categories.ts';
import { proposeActions } from './core/response-matrix.ts';
import type { Actor, SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { linkEventIn, type NewEventLink } from './events.ts';
import {
  type Category,
  type ConcernAbout,
  type ConcernRoute,
  type InvolvedKind,
  type InvolvementPart,
  matrixActionKinds,
  type NotificationRecipient,
} from './model.ts';
import { placeOf, sealJson, sealOptional } from './sealed.ts';
import { insertConcern, insertInvolvement, peopleIn, personIdsWithRole, schoolIds } from './store.ts';
import { appendTimeline, queueNotification } from './timeline.ts';
import { schoolsWith, type Viewer } from './viewer.ts';

/** Someone named in a report: a person from the directory, or a name for someone who is not. */
export interface NewInvolvement {
  personId?: string;
  name?: string;
  part: InvolvementPart;
  kind?: InvolvedKind;
}

/** A person as stored: directory link or sealed name, with the year group at the time. */
interface ResolvedPerson {
  personId: string | null;
  name: string | null;
  part: InvolvementPart;
  kind: InvolvedKind;
  yearGroup: string | null;
}

/** The staff form (R1): anything a member of staff reports. */
export interface NewConcern {
  schoolId?: string;
  about?: ConcernAbout;
  /** The reporter says the allegation is about the headteacher. */
  aboutHeadteacher?: boolean;
  category?: string;
  summary: string;
  location?: string;
  occurredAt?: string;
  people: NewInvolvement[];
  /** The reporter suspects illegal activity or serious harm (R4). */
  suspectedIllegalOrHarm?: boolean;
  escalationReason?: string;
  events?: NewEventLink[];
  attachments?: NewAttachment[];
}

/** What a reporter gets back: a reference, never the concern. */
export interface ConcernReceipt {
  id: string;
  reference: string;
  status: 'new';
  receivedAt: string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short reference people can read out (`HVN-7K2Q9MXD`); random, so it reveals no count. */
export function newReference(): string {
  const bytes = randomBytes(8);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % 32];
  return `HVN-${out}`;
}

/**
 * The school a report lands in: the one asked for, the viewer's only school, or the only school
 * of the installation.
 */
export async function resolveSchool(db: Kysely<Db>, requested: string | undefined, viewer: Viewer | null, permission = 'concerns:report'): Promise<string> {
  const all = await schoolIds(db);
  if (requested) {
    if (!all.includes(requested)) throw safeguardingErrors.schoolNotFound(requested);
    return requested;
  }
  if (all.length === 1 && all[0]) return all[0];
  const own = viewer ? schoolsWith(viewer, permission).filter((s) => s !== '*') : [];
  if (own.length === 1 && own[0]) return own[0];
  throw safeguardingErrors.schoolRequired();
}

const kindFromPerson: Record<string, InvolvedKind> = { learner: 'learner', staff: 'staff', parent: 'parent', visitor: 'visitor', volunteer: 'staff', governor: 'other' };

/** Checks and resolves the people named in a report or added at triage. */
export async function resolvePeople(db: Kysely<Db>, schoolId: string, about: ConcernAbout, input: readonly NewInvolvement[]): Promise<ResolvedPerson[]> {
  const ids = input.flatMap((p) => (p.personId ? [p.personId] : []));
  const found = new Map((await peopleIn(db, schoolId, ids)).map((p) => [p.id, p]));
  return input.map((p) => {
    if (p.personId) {
      const person = found.get(p.personId);
      if (!person) throw safeguardingErrors.personNotFound(p.personId);
      return { personId: person.id, name: null, part: p.part, kind: p.kind ?? kindFromPerson[person.kind] ?? 'other', yearGroup: person.year_group };
    }
    const name = p.name?.trim();
    if (!name) throw safeguardingErrors.involvementInvalid('each person needs a personId or a name');
    const fallback: InvolvedKind = p.part === 'subject' ? 'learner' : p.part === 'alleged-perpetrator' && about === 'staff' ? 'staff' : 'other';
    return { personId: null, name: name.slice(0, 200), part: p.part, kind: p.kind ?? fallback, yearGroup: null };
  });
}

/** Who is told that a concern arrived: the DSL team, or for allegations the headteacher or the chair. */
function recipientFor(about: ConcernAbout, aboutHeadteacher: boolean): NotificationRecipient {
  if (about === 'learner') return 'dsl-team';
  return aboutHeadteacher ? 'chair-of-governors' : 'headteacher';
}

/** A concern ready to write, whichever route it came by. */
export interface ConcernDraft {
  schoolId: string;
  about: ConcernAbout;
  aboutHeadteacher: boolean;
  route: ConcernRoute;
  category: Category;
  summary: string;
  location: string | null;
  occurredAt: string | null;
  reporterAccountId: string | null;
  reporterContact: Record<string, string> | null;
  people: ResolvedPerson[];
  escalated: boolean;
  escalationReason: string | null;
  actor: Actor;
}

/**
 * Writes a new concern in the caller's transaction, whatever the route: sealed body, people,
 * the response matrix's proposed actions (R3), the timeline, a notification for the triage
 * queue, and the audit entry. Every route lands here as `new`.
 */
export async function writeConcern(trx: Kysely<Db>, deps: SafeguardingDeps, d: ConcernDraft): Promise<ConcernReceipt> {
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const id = uuidv7(nowMs);
  const reference = newReference();
  const key = deps.masterKey;
  await insertConcern(trx, {
    id,
    school_id: d.schoolId,
    reference,
    about: d.about,
    about_headteacher: d.aboutHeadteacher ? 1 : 0,
    route: d.route,
    category: d.category.code,
    status: 'new',
    level: null,
    level_rationale: null,
    assigned_to: null,
    escalated: d.escalated ? 1 : 0,
    escalated_at: d.escalated ? at : null,
    escalation_reason: sealOptional(key, placeOf('safeguarding_concerns', id, 'escalation_reason'), d.escalationReason),
    reporter_account_id: d.reporterAccountId,
    reporter_contact: d.reporterContact ? sealJson(key, placeOf('safeguarding_concerns', id, 'reporter_contact'), d.reporterContact) : null,
    occurred_at: d.occurredAt,
    body: sealJson(key, placeOf('safeguarding_concerns', id, 'body'), { summary: d.summary, location: d.location }),
    outcome: null,
    outcome_note: null,
    closed_at: null,
    created_at: at,
    updated_at: at,
  });
  for (const p of d.people) {
    const pid = uuidv7(nowMs);
    await insertInvolvement(trx, {
      id: pid,
      concern_id: id,
      person_id: p.personId,
      part: p.part,
      kind: p.kind,
      name: sealOptional(key, placeOf('safeguarding_involvements', pid, 'name'), p.name),
      year_group: p.yearGroup,
      from_report: 1,
      removed_at: null,
      created_at: at,
    });
  }
  await appendTimeline(trx, {
    concernId: id,
    kind: 'reported',
    actorAccountId: d.reporterAccountId,
    nowMs,
    details: { route: d.route, about: d.about, category: d.category.code, escalated: d.escalated },
  });
  const proposal = proposeActions(d.category.actions, [], matrixActionKinds);
  for (const kind of proposal.add) {
    const aid = uuidv7(nowMs);
    await trx
      .insertInto('safeguarding_actions')
      .values({ id: aid, concern_id: id, kind, source: 'matrix', status: 'open', description: null, owner_account_id: null, due_on: null, note: null, created_at: at, created_by: null, completed_at: null, completed_by: null, updated_at: at })
      .execute();
    await appendTimeline(trx, { concernId: id, kind: 'action-added', refId: aid, actorAccountId: null, nowMs, details: { kind, source: 'matrix' } });
  }
  await queueNotification(trx, {
    schoolId: d.schoolId,
    kind: d.escalated ? 'concern.escalated' : 'concern.received',
    recipient: recipientFor(d.about, d.aboutHeadteacher),
    severity: d.escalated ? 5 : 3,
    concernId: id,
    nowMs,
    payload: { category: d.category.code, route: d.route },
  });
  await deps.audit.append(
    {
      actor: d.actor,
      ip: d.actor.ip ?? null,
      action: 'safeguarding.concern.reported',
      subject: { type: 'concern', id },
      schoolId: d.schoolId,
      details: { route: d.route, about: d.about, category: d.category.code, escalated: d.escalated, people: d.people.length, proposedActions: proposal.add },
    },
    trx,
  );
  return { id, reference, status: 'new', receivedAt: at };
}

/**
 * The staff form: any member of staff reports a concern about a learner, or about a member of
 * staff (an allegation, which goes to the headteacher, or to the chair of governors when it is
 * about the headteacher). Naming a member of staff as alleged perpetrator makes it an allegation.
 */
export async function reportConcern(deps: SafeguardingDeps, viewer: Viewer, input: NewConcern): Promise<ConcernReceipt> {
  const named = input.people.flatMap((p) => (p.personId ? [p.personId] : []));
  const schoolsOfPeople = [...new Set((await peopleIn(deps.db, null, named)).map((p) => p.school_id))];
  // In a trust, the school is the one the named people belong to, unless the reporter says.
  const schoolId = await resolveSchool(deps.db, input.schoolId ?? (schoolsOfPeople.length === 1 ? schoolsOfPeople[0] : undefined), viewer);
  if (!schoolsWith(viewer, 'concerns:report').some((s) => s === schoolId || s === '*')) throw safeguardingErrors.forbidden('report concerns in this school');
  const about = input.about ?? 'learner';
  const people = await resolvePeople(deps.db, schoolId, about, input.people);
  const need = about === 'learner' ? 'subject' : 'alleged-perpetrator';
  if (!people.some((p) => p.part === need)) throw safeguardingErrors.subjectRequired(need);
  if (about === 'learner' && people.some((p) => p.part === 'alleged-perpetrator' && p.kind === 'staff')) {
    throw safeguardingErrors.involvementInvalid('a concern that names a member of staff as alleged perpetrator is an allegation: report it as about staff');
  }
  const category = await requireCategory(deps, schoolId, input.category ?? (about === 'staff' ? 'allegation' : 'unclassified'), about);
  let aboutHeadteacher = about === 'staff' && input.aboutHeadteacher === true;
  if (about === 'staff' && !aboutHeadteacher) {
    const heads = new Set(await personIdsWithRole(deps.db, 'headteacher', schoolId));
    aboutHeadteacher = people.some((p) => p.part === 'alleged-perpetrator' && p.personId !== null && heads.has(p.personId));
  }
  const escalated = input.suspectedIllegalOrHarm === true || category.escalate;
  return deps.db.transaction().execute(async (trx) => {
    const receipt = await writeConcern(trx, deps, {
      schoolId,
      about,
      aboutHeadteacher,
      route: 'staff',
      category,
      summary: input.summary,
      location: input.location?.trim() || null,
      occurredAt: input.occurredAt ?? null,
      reporterAccountId: viewer.accountId,
      reporterContact: null,
      people,
      escalated,
      escalationReason: input.escalationReason ?? (input.suspectedIllegalOrHarm ? 'the reporter suspects illegal activity or serious harm' : category.escalate ? `category ${category.code}` : null),
      actor: viewer.actor,
    });
    for (const e of input.events ?? []) await linkEventIn(trx, deps, { concernId: receipt.id, link: e, accountId: viewer.accountId });
    for (const file of input.attachments ?? []) {
      await storeAttachment(trx, deps, { concernId: receipt.id, schoolId, category: category.code, file, viewer, nowMs: deps.clock.now() });
    }
    return receipt;
  });
}
