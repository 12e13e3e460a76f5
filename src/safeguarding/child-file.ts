import { decide } from './access.ts';
import { isPictureType, openAttachmentContent } from './attachments.ts';
import { listCategories } from './categories.ts';
import { isFull } from './core/can-see.ts';
import { clip, describeEntry } from './core/describe-entry.ts';
import { AGENCY_LABELS, DECISION_LABELS, labelOf } from './core/labels.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { openText, placeOf } from './sealed.ts';
import { concernIdsForPerson, concernsByIds, involvementsOf, peopleIn, timelineOf } from './store.ts';
import { concernView, type ConcernView, type FullConcern } from './views.ts';
import { permissionsIn, type Viewer } from './viewer.ts';

/** The learner a file is about, as printed on its cover. */
export interface FileLearner {
  id: string;
  name: string;
  dateOfBirth: string | null;
  yearGroup: string | null;
}

/** One concern in full, with the learner's part in it and pictures to print. */
export interface FileConcern {
  view: ConcernView & { full: FullConcern };
  categoryLabel: string;
  /** The learner's part(s) in this concern: subject, witness… */
  parts: string[];
  /** Pictures to print, by attachment id (PNG or JPEG, never withheld ones). */
  images: Map<string, { format: 'png' | 'jpeg'; content: Buffer }>;
}

/** One line of the printed chronology. */
export interface ChronologyRow {
  at: string;
  concernId: string;
  reference: string;
  type: string;
  summary: string;
  by: string;
  status: string;
}

/** Everything the child-protection file prints, already decided and decrypted for one viewer. */
export interface ChildFile {
  learner: FileLearner;
  school: { id: string; name: string };
  generatedBy: string;
  generatedAt: string;
  rows: ChronologyRow[];
  concerns: FileConcern[];
  /** Account names by id, for "by whom" (an id not here prints as "unknown"). */
  names: Map<string, string>;
}

/** What to load with the file. */
export interface ChildFileOptions {
  /** Only these concerns (a transfer may leave some out); all the learner's otherwise. */
  concernIds?: readonly string[];
  /** Load PNG and JPEG pictures to print in the file (the export does; a transfer does not). */
  embedImages: boolean;
}

/** Largest picture printed in a file; bigger ones are listed only. */
const MAX_EMBED_BYTES = 4 * 1024 * 1024;

/**
 * Loads a learner's child-protection file for the DSL team: every concern they are on that the
 * viewer may read in full (the same need-to-know as the chronology), everything recorded on
 * them, and the chronology in words. Does not audit: the export and the transfer each audit
 * their own use of it, with the ids it returned.
 */
export async function loadChildFile(deps: SafeguardingDeps, viewer: Viewer, personId: string, options: ChildFileOptions): Promise<ChildFile> {
  const person = (await peopleIn(deps.db, null, [personId]))[0];
  if (!person || !permissionsIn(viewer, person.school_id).has('concerns:read-all')) throw safeguardingErrors.chronologyNotFound(personId);
  const wanted = options.concernIds ? new Set(options.concernIds) : null;
  const rows = (await concernsByIds(deps.db, await concernIdsForPerson(deps.db, personId)))
    .filter((r) => r.school_id === person.school_id && (!wanted || wanted.has(r.id)))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  const people = await involvementsOf(deps.db, rows.map((r) => r.id));
  const categories = new Map((await listCategories(deps, person.school_id)).map((c) => [c.code, c.label]));
  const categoryLabel = (code: string) => categories.get(code) ?? code;

  const concerns: FileConcern[] = [];
  for (const row of rows) {
    const mine = people.filter((p) => p.concern_id === row.id);
    const visibility = decide(viewer, row, mine, false);
    if (!isFull(visibility.access)) continue;
    const view = await concernView(deps.db, deps.masterKey, row, mine, visibility, null);
    const full = view.full;
    if (!full) continue;
    const images = new Map<string, { format: 'png' | 'jpeg'; content: Buffer }>();
    // Withheld images (R5) are never loaded, printed or copied: the file lists them as held by
    // the DSL. Only the DSL may view them, and a printed or transferred file can be read by anyone
    // who holds it.
    for (const a of full.attachments) {
      const format = a.contentType === 'image/png' ? 'png' : a.contentType === 'image/jpeg' ? 'jpeg' : null;
      if (!options.embedImages || a.withheld || !format || a.size > MAX_EMBED_BYTES) continue;
      const content = await openAttachmentContent(deps, a.id);
      if (content) images.set(a.id, { format, content });
    }
    concerns.push({
      view: { ...view, full },
      categoryLabel: categoryLabel(row.category),
      parts: mine.filter((p) => p.person_id === personId).map((p) => p.part),
      images,
    });
  }

  const ids = concerns.map((c) => c.view.id);
  const timeline = await timelineOf(deps.db, ids);
  const names = await accountNames(deps, [viewer.accountId, ...timeline.flatMap((t) => (t.actor_account_id ? [t.actor_account_id] : [])), ...concerns.flatMap((c) => accountIdsIn(c.view.full))]);
  const refs = await refsOf(deps, concerns, personId);
  const actionStatus = new Map(concerns.flatMap((c) => c.view.full.actions.map((a) => [a.id, a.status] as const)));
  const status = new Map<string, string>();
  const byId = new Map(concerns.map((c) => [c.view.id, c]));
  const out: ChronologyRow[] = timeline.map((t) => {
    const c = byId.get(t.concern_id);
    const details = JSON.parse(t.details) as Record<string, unknown>;
    if (t.kind === 'reported') status.set(t.concern_id, 'new');
    if (t.kind === 'status' && typeof details.to === 'string') status.set(t.concern_id, details.to);
    const line = describeEntry(
      { kind: t.kind, refId: t.ref_id, details },
      {
        concernSummary: c?.view.summary ?? '',
        categoryLabel,
        ref: (id) => refs.get(id),
        account: (id) => names.get(id),
        actionStatus: (id) => actionStatus.get(id),
      },
    );
    return {
      at: t.at,
      concernId: t.concern_id,
      reference: c?.view.reference ?? '',
      type: line.type,
      summary: line.summary,
      by: t.actor_account_id ? (names.get(t.actor_account_id) ?? 'unknown') : t.kind === 'reported' ? 'reporter (no account)' : 'Haven',
      status: line.itemStatus ?? status.get(t.concern_id) ?? '',
    };
  });
  const school = await deps.db.selectFrom('schools').select(['id', 'name']).where('id', '=', person.school_id).executeTakeFirst();
  return {
    learner: { id: person.id, name: `${person.first_name} ${person.last_name}`, dateOfBirth: await dateOfBirth(deps, person.id), yearGroup: person.year_group },
    school: { id: person.school_id, name: school?.name ?? '' },
    generatedBy: names.get(viewer.accountId) ?? viewer.accountId,
    generatedAt: new Date(deps.clock.now()).toISOString(),
    rows: out,
    concerns,
    names,
  };
}

async function dateOfBirth(deps: SafeguardingDeps, personId: string): Promise<string | null> {
  const row = await deps.db.selectFrom('people').select('date_of_birth').where('id', '=', personId).executeTakeFirst();
  return row?.date_of_birth ?? null;
}

function accountIdsIn(f: FullConcern): string[] {
  const ids = [
    f.assignedTo,
    f.reporterAccountId,
    ...f.actions.flatMap((a) => [a.ownerId, a.completedBy]),
    ...f.notes.map((n) => n.authorId),
    ...f.feedback.map((n) => n.authorId),
    ...f.referrals.map((r) => r.recordedBy),
    ...f.screenings.map((s) => s.screenedBy),
    ...f.attachments.map((a) => a.uploadedBy),
    ...f.records.map((r) => r.recordedBy),
    ...f.investigations.flatMap((i) => [i.recordedBy, ...i.staff]),
  ];
  return ids.flatMap((id) => (id ? [id] : []));
}

/** Display names of accounts (staff), by id. */
async function accountNames(deps: SafeguardingDeps, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await deps.db.selectFrom('accounts').select(['id', 'display_name', 'email']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.display_name || r.email]));
}

/** One-line descriptions of the rows timeline entries point at, by row id. */
async function refsOf(deps: SafeguardingDeps, concerns: readonly FileConcern[], personId: string): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  for (const { view } of concerns) {
    const f = view.full;
    for (const p of view.people ?? []) refs.set(p.id, p.name);
    for (const a of f.actions) refs.set(a.id, a.description ? `${a.label}: ${a.description}` : a.label);
    for (const n of f.notes) refs.set(n.id, n.body);
    for (const n of f.feedback) refs.set(n.id, `To ${n.audience ?? 'someone'}: ${n.body}`);
    for (const r of f.referrals) refs.set(r.id, `${labelOf(AGENCY_LABELS, r.agency)}${r.reference ? `, reference ${r.reference}` : ''}${r.note ? ` — ${r.note}` : ''}`);
    for (const a of f.attachments) refs.set(a.id, a.withheld ? 'Image withheld — held by the DSL' : `${a.filename ?? 'attachment'} (${a.contentType})`);
    for (const e of f.events) refs.set(e.id, `${e.source} event${e.summary ? `: ${e.summary}` : ''}`);
    for (const r of f.records) refs.set(r.id, `${r.counterpart}: ${r.reason}`);
    for (const i of f.investigations) refs.set(i.id, `${i.device} — ${labelOf(DECISION_LABELS, i.decision)}`);
  }
  const transfers = await deps.db.selectFrom('safeguarding_transfers').select(['id', 'to_school']).where('person_id', '=', personId).execute();
  for (const t of transfers) refs.set(t.id, clip(openText(deps.masterKey, placeOf('safeguarding_transfers', t.id, 'to_school'), t.to_school) ?? 'another school', 120));
  return refs;
}

/** Whether an attachment would be left out of a transfer package (pictures, and anything withheld). */
export function staysWithSender(a: FullConcern['attachments'][number]): boolean {
  return a.withheld || isPictureType(a.contentType);
}
