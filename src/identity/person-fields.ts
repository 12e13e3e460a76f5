import type { GroupTemplate, PersonKind } from './model.ts';

/**
 * Checks and normalises the fields of a person, shared by the directory's forms and the CSV
 * import so that both accept exactly the same values. Pure: today's date is passed in.
 */

/** A checked field: the normalised value, or why it was refused. */
export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string };

export const NAME_MAX = 100;
export const EXTERNAL_ID_MAX = 64;
export const GROUP_NAME_MAX = 100;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The template group each kind of person belongs to; other kinds join no template. */
export const TEMPLATE_FOR_KIND: Partial<Record<PersonKind, GroupTemplate>> = { learner: 'learners', staff: 'staff', visitor: 'guests' };

const KIND_ALIASES: Record<string, PersonKind> = {
  learner: 'learner',
  pupil: 'learner',
  student: 'learner',
  child: 'learner',
  staff: 'staff',
  teacher: 'staff',
  employee: 'staff',
  'teaching assistant': 'staff',
  'support staff': 'staff',
  governor: 'governor',
  parent: 'parent',
  carer: 'parent',
  guardian: 'parent',
  visitor: 'visitor',
  guest: 'visitor',
  volunteer: 'volunteer',
};

/** A first or last name: trimmed, inner spaces collapsed, 1–100 characters, no control characters. */
export function checkName(value: string): FieldCheck<string> {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v) return { ok: false, message: 'is required' };
  if (v.length > NAME_MAX) return { ok: false, message: `is longer than ${NAME_MAX} characters` };
  if (CONTROL.test(v)) return { ok: false, message: 'contains control characters' };
  return { ok: true, value: v };
}

/** An identifier from the school's MIS (UPN, admission number, staff code): kept as text, leading zeros and all. */
export function checkExternalId(value: string): FieldCheck<string> {
  const v = value.trim();
  if (!v) return { ok: false, message: 'is required' };
  if (v.length > EXTERNAL_ID_MAX) return { ok: false, message: `is longer than ${EXTERNAL_ID_MAX} characters` };
  if (CONTROL.test(v)) return { ok: false, message: 'contains control characters' };
  return { ok: true, value: v };
}

/** An email address, lower-cased. */
export function checkEmail(value: string): FieldCheck<string> {
  const v = value.trim().toLowerCase();
  if (!EMAIL.test(v) || v.length > 254) return { ok: false, message: `${JSON.stringify(value.trim())} is not an email address` };
  return { ok: true, value: v };
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * A date of birth as `YYYY-MM-DD` or the UK `DD/MM/YYYY` (also with `-` or `.`, and with the
 * midnight time spreadsheets append), normalised to `YYYY-MM-DD`; it must be a real calendar
 * date between 1900 and `today` (an ISO date).
 */
export function checkDateOfBirth(value: string, today: string): FieldCheck<string> {
  const v = value.trim().replace(/[ T]00:00(?::00(?:\.0+)?)?Z?$/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const uk = iso ? null : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) return { ok: false, message: `${JSON.stringify(value.trim())} is not a date: use YYYY-MM-DD or DD/MM/YYYY` };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${JSON.stringify(value.trim())} is not a real date` };
  }
  const normalised = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (normalised > today) return { ok: false, message: `${normalised} is in the future` };
  if (year < 1900) return { ok: false, message: `${normalised} is before 1900` };
  return { ok: true, value: normalised };
}

/** A kind of person from the words MIS exports use (pupil, student, teacher, …); empty is refused. */
export function checkPersonKind(value: string): FieldCheck<PersonKind> {
  const v = value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  const kind = KIND_ALIASES[v] ?? (v.endsWith('s') ? KIND_ALIASES[v.slice(0, -1)] : undefined);
  if (!kind) {
    return { ok: false, message: `unknown role ${JSON.stringify(value.trim())}: use pupil, staff, governor, parent, visitor or volunteer` };
  }
  return { ok: true, value: kind };
}

/**
 * A year group as a group name: `7`, `Y7`, `Yr 07`, `NC Year 7` → `Year 7`; `R`, `0` →
 * `Reception`; `N`, `N1`, `Nursery` → `Nursery`; anything else (`Sixth Form`) is kept as written.
 */
export function checkYearGroup(value: string): FieldCheck<string> {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v) return { ok: false, message: 'is empty' };
  const numbered = /^(?:(?:nc ?)?(?:year|yr|y) ?)?0*(\d{1,2})$/i.exec(v);
  if (numbered) {
    const n = Number(numbered[1]);
    if (n === 0) return { ok: true, value: 'Reception' };
    if (n > 14) return { ok: false, message: `${JSON.stringify(v)} is not a year group` };
    return { ok: true, value: `Year ${n}` };
  }
  if (/^(?:(?:year|y) ?)?(?:r|rec|reception)$/i.test(v)) return { ok: true, value: 'Reception' };
  if (/^(?:n|n1|n2|nur|nursery)$/i.test(v)) return { ok: true, value: 'Nursery' };
  return checkGroupName(v);
}

/** A group name: trimmed, 1–100 characters, no control characters. */
export function checkGroupName(value: string): FieldCheck<string> {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v) return { ok: false, message: 'is required' };
  if (v.length > GROUP_NAME_MAX) return { ok: false, message: `is longer than ${GROUP_NAME_MAX} characters` };
  if (CONTROL.test(v)) return { ok: false, message: 'contains control characters' };
  return { ok: true, value: v };
}
