import { z } from 'zod';
import type { HavenApp } from '../platform/http/index.ts';
import type { AuditLog } from './service.ts';

const entrySchema = z.object({
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

/** Audit routes for administrators and the DSL team: filtered reads and a chain check. */
export function registerAuditRoutes(app: HavenApp, audit: AuditLog): void {
  const tags = ['audit'];
  app.get(
    '/api/v1/audit',
    {
      config: { access: { permission: 'audit:read' } },
      schema: {
        tags,
        summary: 'Audit entries, newest first',
        querystring: z.object({
          actorId: z.string().optional(),
          action: z.string().max(100).optional(),
          subjectType: z.string().optional(),
          subjectId: z.string().optional(),
          schoolId: z.string().optional(),
          since: z.iso.datetime().optional(),
          until: z.iso.datetime().optional(),
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
        response: { 200: z.object({ entries: z.array(entrySchema), nextBeforeSeq: z.number().nullable() }) },
      },
    },
    async (request) => {
      const q = request.query;
      const entries = await audit.query({ ...q, ...(q.action ? { actionPrefix: q.action } : {}) });
      const limit = q.limit ?? 100;
      return { entries, nextBeforeSeq: entries.length === limit ? (entries[entries.length - 1]?.seq ?? null) : null };
    },
  );
  app.get(
    '/api/v1/audit/verify',
    {
      config: { access: { permission: 'audit:read' } },
      schema: {
        tags,
        summary: 'Check the hash chain end to end',
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number(),
            headSeq: z.number().optional(),
            firstBroken: z.object({ seq: z.number(), id: z.string().nullable(), reason: z.string() }).optional(),
          }),
        },
      },
    },
    async () => audit.verify(),
  );
}
