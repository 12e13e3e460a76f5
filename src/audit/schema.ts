import { z } from 'zod';

/** Request and response schemas of the audit routes (shared with the dashboard's audit viewer). */

/** One audit entry: ids, action codes and metadata, never personal free text. */
export const auditEntrySchema = z.object({
  seq: z.number(),
  id: z.string(),
  at: z.string(),
  actor: z.object({ type: z.string(), id: z.string().nullable().optional() }),
  action: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }).nullable(),
  schoolId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

export const auditQuery = z.object({
  actorId: z.string().optional(),
  action: z.string().max(100).optional(),
  subjectType: z.string().optional(),
  subjectId: z.string().optional(),
  schoolId: z.string().optional(),
  since: z.iso.datetime().optional(),
  until: z.iso.datetime().optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), nextBeforeSeq: z.number().nullable() });

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  entries: z.number(),
  headSeq: z.number().optional(),
  firstBroken: z.object({ seq: z.number(), id: z.string().nullable(), reason: z.string() }).optional(),
});
