import { ACTION_LABELS, LEVEL_LABELS } from '../model.ts';
import { AGENCY_LABELS, labelOf, OUTCOME_LABELS, PART_LABELS, RECORD_LABELS, ROUTE_LABELS } from './labels.ts';

/** A timeline entry as the chronology holds it: a kind, codes and ids. */
export interface EntryFacts {
  kind: string;
  refId: string | null;
  details: Record<string, unknown>;
}

/** What describing an entry may look up: the concern's own text and the rows entries point at. */
export interface EntryLookups {
  /** The concern's "what happened", for the `reported` entry. */
  concernSummary: string;
  categoryLabel(code: string): string;
  /** A one-line description of the row an entry points at (a note, a referral, a person…). */
  ref(id: string): string | undefined;
  /** An account's name, by id. */
  account(id: string): string | undefined;
  /** The current status of an action, by id. */
  actionStatus(id: string): string | undefined;
}

/** One line of the printed chronology: the type of entry and what it says. */
export interface EntryLine {
  type: string;
  summary: string;
  /** The status of the item itself (an action's), when it has one. */
  itemStatus: string | null;
}

const MAX_SUMMARY = 280;

/** Shortens text for a table cell, at a word boundary, with an ellipsis. */
export function clip(text: string, max = MAX_SUMMARY): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

/**
 * Turns one timeline entry into a line of the child-protection file's chronology, in words a
 * DSL, a social worker or the next school can read. Entries hold codes; the text they point at
 * (notes, referral references, sharing records) comes from `lookups`.
 */
export function describeEntry(e: EntryFacts, lookups: EntryLookups): EntryLine {
  const d = e.details;
  const ref = e.refId ? (lookups.ref(e.refId) ?? '') : '';
  const line = (type: string, summary: string, itemStatus: string | null = null): EntryLine => ({ type, summary: clip(summary), itemStatus });
  switch (e.kind) {
    case 'reported':
      return line(`Concern reported (${labelOf(ROUTE_LABELS, str(d.route)).toLowerCase() || 'report'})`, lookups.concernSummary);
    case 'triaged': {
      const level = d.level ? labelOf(LEVEL_LABELS, str(d.level)) : 'level not set';
      return line('Triaged', `Category: ${lookups.categoryLabel(str(d.category))}; ${level}`);
    }
    case 'status': {
      const outcome = d.outcome ? ` — ${labelOf(OUTCOME_LABELS, str(d.outcome))}` : '';
      return line(str(d.to) === 'closed' ? 'Closed' : 'Status changed', `From ${str(d.from)} to ${str(d.to)}${outcome}`);
    }
    case 'assigned':
      return line('Assigned', d.to ? `Assigned to ${lookups.account(str(d.to)) ?? 'a member of the DSL team'}` : 'Unassigned');
    case 'person-added':
      return line('Person added', `${ref || 'A person'} (${labelOf(PART_LABELS, str(d.part)).toLowerCase()})`);
    case 'person-removed':
      return line('Person removed', `${ref || 'A person'} (${labelOf(PART_LABELS, str(d.part)).toLowerCase()})`);
    case 'note':
      return line('Note', ref);
    case 'feedback':
      return line('Feedback given', ref);
    case 'action-added':
      return line(
        d.source === 'matrix' ? 'Action proposed' : 'Action added',
        ref || labelOf(ACTION_LABELS, str(d.kind)),
        e.refId ? (lookups.actionStatus(e.refId) ?? null) : null,
      );
    case 'action-updated':
      return line('Action updated', `${ref || 'An action'}: ${str(d.status) || 'changed'}${d.why ? ` (${str(d.why).replace(/-/g, ' ')})` : ''}`, e.refId ? (lookups.actionStatus(e.refId) ?? null) : null);
    case 'escalated':
      return line('Escalated', `Flagged for police or social care referral (${str(d.why) || 'manual'})`);
    case 'referral':
      return line('Referral', ref || labelOf(AGENCY_LABELS, str(d.agency)));
    case 'screening':
      return line('Image screening', d.immediateReferral === true ? 'Immediate referral needed' : 'No immediate referral needed');
    case 'attachment-added':
      return line('Evidence added', ref || (d.withheld === true ? 'Image withheld — held by the DSL' : 'Attachment'));
    case 'attachment-deleted':
      return line('Evidence deleted', d.withheld === true ? 'A withheld image was deleted' : 'An attachment was deleted');
    case 'event-linked':
      return line('Event linked', ref || `${str(d.source)} event`);
    case 'record':
      return line(labelOf(RECORD_LABELS, str(d.kind)) || 'Record', ref);
    case 'investigation':
      return line('Device investigation', ref);
    case 'moved':
      return line('Reclassified', d.about === 'staff' ? 'Now an allegation about staff' : 'Now a concern about a learner');
    case 'break-glass':
      return line('Emergency access', 'Read by senior staff under break-glass');
    case 'transfer': {
      const to = ref || 'another school';
      const what = { sent: `File sent to ${to}`, downloaded: `File collected (sent to ${to})`, received: `Receipt confirmed (sent to ${to})` }[str(d.event)];
      return line('Transfer', what ?? `Transfer to ${to}`);
    }
    default:
      return line(e.kind, ref);
  }
}
