import type { Kysely } from 'kysely';
import type { MasterKey } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import { type AccessLevel, imageAccess, isFull, type Visibility } from './core/can-see.ts';
import { closeBlockers } from './core/close-check.ts';
import { screenImages, type ScreeningAnswers } from './core/screen-images.ts';
import { ACTION_LABELS, ACTION_NOTES, type ActionKind, type ActionStatus, actionStatuses, isOneOf, matrixActionKinds, referralAgencies, type ReferralAgency, screeningPoints } from './model.ts';
import { openJson, openText, placeOf } from './sealed.ts';
import type { ConcernRow, InvolvementRow } from './store.ts';
import { type ConcernDetails, detailsOf } from './store-details.ts';
import { peopleIn } from './store.ts';

/** A person on a concern as a reader sees them. */
export interface PersonView {
  id: string;
  personId: string | null;
  name: string;
  part: string;
  kind: string;
  yearGroup: string | null;
}

/** A concern as one viewer may see it: fields beyond the receipt appear only at their level. */
export interface ConcernView {
  view: Exclude<AccessLevel, 'none'>;
  id: string;
  reference: string;
  status: string;
  reportedAt: string;
  closedAt: string | null;
  about?: string;
  category?: string;
  summary?: string;
  location?: string | null;
  occurredAt?: string | null;
  people?: PersonView[];
  /** When the DSL team recorded feedback to the reporter (R7); the reporter sees the dates. */
  feedbackGivenAt?: string[];
  full?: FullConcern;
}

/** The whole record, for those who read or manage it. */
export interface FullConcern {
  schoolId: string;
  aboutHeadteacher: boolean;
  route: string;
  level: string | null;
  levelRationale: string | null;
  assignedTo: string | null;
  escalated: boolean;
  escalatedAt: string | null;
  escalationReason: string | null;
  reporterAccountId: string | null;
  reporterContact: Record<string, string> | null;
  outcome: string | null;
  outcomeNote: string | null;
  updatedAt: string;
  reason: string;
  breakGlassUntil: string | null;
  closeBlockers: string[];
  actions: { id: string; kind: string; label: string; hint: string | null; source: string; status: string; description: string | null; ownerId: string | null; dueOn: string | null; note: string | null; createdAt: string; completedAt: string | null; completedBy: string | null; restrictionId: string | null }[];
  notes: { id: string; body: string; authorId: string | null; createdAt: string }[];
  feedback: { id: string; audience: string | null; body: string; givenAt: string | null; authorId: string | null; createdAt: string }[];
  referrals: { id: string; agency: string; referredAt: string; reference: string | null; contact: string | null; note: string | null; recordedBy: string | null }[];
  screenings: { id: string; answers: Record<string, boolean>; immediateReferral: boolean; reasons: string[]; note: string | null; screenedBy: string | null; createdAt: string }[];
  attachments: { id: string; filename: string | null; contentType: string; size: number; withheld: boolean; mayView: boolean; investigationId: string | null; uploadedBy: string | null; createdAt: string }[];
  events: { id: string; source: string; eventId: string; occurredAt: string | null; summary: string | null; createdAt: string }[];
  records: {
    id: string;
    kind: string;
    personId: string | null;
    occurredAt: string;
    counterpart: string;
    reason: string;
    consentSought: boolean;
    consentNote: string | null;
    detail: string | null;
    recordedBy: string | null;
  }[];
  investigations: {
    id: string;
    staff: string[];
    device: string;
    urls: string[];
    findings: string | null;
    decision: string;
    decisionNote: string | null;
    startedAt: string;
    concludedAt: string | null;
    recordedBy: string | null;
  }[];
}

/** Names for people on concerns: directory names, or the sealed names given in the report. */
export async function personViews(db: Kysely<Db>, key: MasterKey, people: readonly InvolvementRow[]): Promise<Map<string, PersonView>> {
  const linked = new Map((await peopleIn(db, null, people.flatMap((p) => (p.person_id ? [p.person_id] : [])))).map((p) => [p.id, p]));
  const out = new Map<string, PersonView>();
  for (const p of people) {
    const d = p.person_id ? linked.get(p.person_id) : undefined;
    const name = d ? `${d.first_name} ${d.last_name}` : (openText(key, placeOf('safeguarding_involvements', p.id, 'name'), p.name) ?? 'Unnamed');
    out.set(p.id, { id: p.id, personId: p.person_id, name, part: p.part, kind: p.kind, yearGroup: p.year_group ?? d?.year_group ?? null });
  }
  return out;
}

function body(key: MasterKey, row: ConcernRow): { summary: string; location: string | null } {
  return openJson<{ summary: string; location: string | null }>(key, placeOf('safeguarding_concerns', row.id, 'body'), row.body);
}

/** Builds the view a visibility decision allows, opening sealed text only for what is shown. */
export async function concernView(
  db: Kysely<Db>,
  key: MasterKey,
  row: ConcernRow,
  people: readonly InvolvementRow[],
  visibility: Visibility,
  breakGlassUntil: string | null,
): Promise<ConcernView> {
  const base = { id: row.id, reference: row.reference, status: row.status, reportedAt: row.created_at, closedAt: row.closed_at };
  if (visibility.access === 'none' || visibility.access === 'receipt') return { view: 'receipt', ...base };
  const details = await detailsOf(db, [row.id]);
  const names = await personViews(db, key, people);
  const b = body(key, row);
  const shared = {
    ...base,
    about: row.about,
    summary: b.summary,
    location: b.location,
    occurredAt: row.occurred_at,
    feedbackGivenAt: details.notes.filter((n) => n.kind === 'feedback' && n.audience === 'reporter').map((n) => n.given_at ?? n.created_at),
  };
  // The reporter sees what they reported and its status: not the DSL team's classification,
  // and not people added to the concern after they reported it.
  if (!isFull(visibility.access)) {
    return { view: 'reporter', ...shared, people: people.filter((p) => p.from_report === 1).flatMap((p) => names.get(p.id) ?? []) };
  }
  return { view: visibility.access, ...shared, category: row.category, people: [...names.values()], full: fullOf(key, row, details, visibility, breakGlassUntil) };
}

/** Actions in the order they were added; a matrix row's proposals in the matrix's column order. */
function actionOrder(a: ConcernDetails['actions'][number], b: ConcernDetails['actions'][number]): number {
  const column = (x: typeof a) => (x.source === 'matrix' ? (matrixActionKinds as readonly string[]).indexOf(x.kind) : 99);
  return a.created_at.localeCompare(b.created_at) || column(a) - column(b) || a.id.localeCompare(b.id);
}

function fullOf(key: MasterKey, row: ConcernRow, d: ConcernDetails, visibility: Visibility, breakGlassUntil: string | null): FullConcern {
  const open = (table: string, id: string, column: string, sealed: string | null) => openText(key, placeOf(table, id, column), sealed);
  const images = imageAccess(visibility);
  const screenings = d.screenings.map((s) => {
    const parsed = JSON.parse(s.answers) as Record<string, boolean>;
    const answers = Object.fromEntries(screeningPoints.map((p) => [p, parsed[p] === true])) as ScreeningAnswers;
    return { id: s.id, answers, immediateReferral: s.immediate_referral === 1, reasons: screenImages(answers).reasons, note: open('safeguarding_screenings', s.id, 'note', s.note), screenedBy: s.screened_by, createdAt: s.created_at };
  });
  const agencies = d.referrals.map((r) => r.agency).filter((a): a is ReferralAgency => isOneOf(referralAgencies, a));
  const statuses = d.actions.map((a) => a.status).filter((s): s is ActionStatus => isOneOf(actionStatuses, s));
  const outcomeNote = open('safeguarding_concerns', row.id, 'outcome_note', row.outcome_note);
  return {
    schoolId: row.school_id,
    aboutHeadteacher: row.about_headteacher === 1,
    route: row.route,
    level: row.level,
    levelRationale: open('safeguarding_concerns', row.id, 'level_rationale', row.level_rationale),
    assignedTo: row.assigned_to,
    escalated: row.escalated === 1,
    escalatedAt: row.escalated_at,
    escalationReason: open('safeguarding_concerns', row.id, 'escalation_reason', row.escalation_reason),
    reporterAccountId: row.reporter_account_id,
    reporterContact: row.reporter_contact ? openJson<Record<string, string>>(key, placeOf('safeguarding_concerns', row.id, 'reporter_contact'), row.reporter_contact) : null,
    outcome: row.outcome,
    outcomeNote,
    updatedAt: row.updated_at,
    reason: visibility.reason,
    breakGlassUntil,
    closeBlockers: closeBlockers({
      outcome: 'pending',
      outcomeNote: 'pending',
      escalated: row.escalated === 1,
      screeningNeedsReferral: screenings.some((s) => s.immediateReferral),
      referralAgencies: agencies,
      actionStatuses: statuses,
    }),
    actions: [...d.actions].sort(actionOrder).map((a) => ({
      id: a.id,
      kind: a.kind,
      label: ACTION_LABELS[a.kind as ActionKind] ?? a.kind,
      hint: ACTION_NOTES[a.kind as ActionKind] ?? null,
      source: a.source,
      status: a.status,
      description: open('safeguarding_actions', a.id, 'description', a.description),
      ownerId: a.owner_account_id,
      dueOn: a.due_on,
      note: open('safeguarding_actions', a.id, 'note', a.note),
      createdAt: a.created_at,
      completedAt: a.completed_at,
      completedBy: a.completed_by,
      restrictionId: a.restriction_id,
    })),
    notes: d.notes.filter((n) => n.kind === 'note').map((n) => ({ id: n.id, body: open('safeguarding_notes', n.id, 'body', n.body) ?? '', authorId: n.author_account_id, createdAt: n.created_at })),
    feedback: d.notes
      .filter((n) => n.kind === 'feedback')
      .map((n) => ({ id: n.id, audience: n.audience, body: open('safeguarding_notes', n.id, 'body', n.body) ?? '', givenAt: n.given_at, authorId: n.author_account_id, createdAt: n.created_at })),
    referrals: d.referrals.map((r) => {
      const x = openJson<{ reference: string | null; contact: string | null; note: string | null }>(key, placeOf('safeguarding_referrals', r.id, 'details'), r.details);
      return { id: r.id, agency: r.agency, referredAt: r.referred_at, reference: x.reference, contact: x.contact, note: x.note, recordedBy: r.recorded_by };
    }),
    screenings,
    attachments: d.attachments.map((a) => {
      const withheld = a.withheld_image === 1;
      return {
        id: a.id,
        filename: withheld ? null : open('safeguarding_attachments', a.id, 'filename', a.filename),
        contentType: a.content_type,
        size: a.size,
        withheld,
        mayView: !withheld || images.view,
        investigationId: a.investigation_id,
        uploadedBy: a.uploaded_by,
        createdAt: a.created_at,
      };
    }),
    events: d.events.map((e) => ({ id: e.id, source: e.source, eventId: e.event_id, occurredAt: e.occurred_at, summary: open('safeguarding_event_links', e.id, 'summary', e.summary), createdAt: e.created_at })),
    records: d.records.map((r) => {
      const x = openJson<{ counterpart: string; reason: string; consentNote: string | null; detail: string | null }>(key, placeOf('safeguarding_records', r.id, 'details'), r.details);
      return { id: r.id, kind: r.kind, personId: r.person_id, occurredAt: r.occurred_at, ...x, consentSought: r.consent_sought === 1, recordedBy: r.recorded_by };
    }),
    investigations: d.investigations.map((i) => {
      const x = openJson<{ device: string; urls: string[]; findings: string | null; decisionNote: string | null }>(key, placeOf('safeguarding_investigations', i.id, 'details'), i.details);
      return { id: i.id, staff: JSON.parse(i.staff) as string[], ...x, decision: i.decision, startedAt: i.started_at, concludedAt: i.concluded_at, recordedBy: i.recorded_by };
    }),
  };
}
