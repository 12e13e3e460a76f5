import { createHash } from 'node:crypto';
import type { AuditDetails } from './model.ts';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields covered by an entry's hash, in a fixed order. */
export interface HashedFields {
  seq: number;
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  schoolId: string | null;
  ip: string | null;
  details: string;
}

/**
 * SHA-256 over the previous hash and the entry's fields as a JSON array: editing, deleting or
 * reordering any entry changes every hash after it.
 */
export function hashEntry(prevHash: string, f: HashedFields): string {
  const payload = JSON.stringify([
    f.seq,
    f.id,
    f.at,
    f.actorType,
    f.actorId,
    f.action,
    f.subjectType,
    f.subjectId,
    f.schoolId,
    f.ip,
    f.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}

/** Canonical JSON for details: keys sorted, so the same details always hash the same. */
export function canonicalDetails(details: AuditDetails | undefined): string {
  if (!details) return '{}';
  const sorted: AuditDetails = {};
  for (const key of Object.keys(details).sort()) {
    const value = details[key];
    if (value !== undefined) sorted[key] = value;
  }
  return JSON.stringify(sorted);
}
