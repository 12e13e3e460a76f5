import type { HavenApp } from '../platform/http/index.ts';
import { auditPageSchema, auditQuery, auditVerifySchema } from './schema.ts';
import type { AuditLog } from './service.ts';

/** Audit routes for administrators and the DSL team: filtered reads and a chain check. */
export function registerAuditRoutes(app: HavenApp, audit: AuditLog): void {
  const tags = ['audit'];
  app.get(
    '/api/v1/audit',
    {
      config: { access: { permission: 'audit:read' } },
      schema: { tags, summary: 'Audit entries, newest first', querystring: auditQuery, response: { 200: auditPageSchema } },
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
      schema: { tags, summary: 'Check the hash chain end to end', response: { 200: auditVerifySchema } },
    },
    async () => audit.verify(),
  );
}
