import type { FastifyReply } from 'fastify';
import type { HavenApp } from '../platform/http/index.ts';
import type { SafeguardingDeps } from './deps.ts';
import { exportChildFile, type RenderedDocument } from './export.ts';
import { governorReport, renderGovernorReport } from './governor-report.ts';
import { tags, viewerOf } from './http-viewer.ts';
import { patterns } from './patterns.ts';
import { DOCUMENT_CSP } from './render/html-kit.ts';
import { exportQuery, governorReportQuery, governorReportSchema, patternsQuery, patternsSchema } from './schema-files.ts';
import { personParams } from './schema.ts';

/**
 * Sends a rendered document. HTML opens in the browser to print, under a CSP that allows no
 * script and no network and sandboxes it; a PDF is always a download.
 */
function sendDocument(reply: FastifyReply, doc: RenderedDocument): FastifyReply {
  const disposition = doc.contentType.startsWith('text/html') ? 'inline' : 'attachment';
  return reply.type(doc.contentType).header('content-disposition', `${disposition}; filename="${doc.filename}"`).header('content-security-policy', DOCUMENT_CSP).send(doc.body);
}

/** The child-protection file export, the governor report and the DSL's patterns view; all audited by their services. */
export function registerFileRoutes(app: HavenApp, deps: SafeguardingDeps): void {
  app.get(
    '/api/v1/safeguarding/chronology/:personId/export',
    {
      config: { access: { permission: 'concerns:read-all' } },
      schema: {
        tags,
        summary: "A learner's printable child-protection file (cover, chronology, every concern in full) as HTML or PDF; DSL team only, audited",
        params: personParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => sendDocument(reply, await exportChildFile(deps, await viewerOf(deps, request), request.params.personId, request.query.format)),
  );

  app.get(
    '/api/v1/safeguarding/reports/governor',
    {
      config: { access: { permission: 'reports:governor' } },
      schema: {
        tags,
        summary: 'The anonymised governor report: counts by category, month, year group and route against the previous period; small counts suppressed (JSON, HTML or PDF)',
        querystring: governorReportQuery,
        response: { 200: governorReportSchema },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const report = await governorReport(deps, await viewerOf(deps, request), {
        format: q.format,
        ...(q.schoolId ? { schoolId: q.schoolId } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
      });
      if (q.format === 'json') return report;
      return sendDocument(reply, await renderGovernorReport(report, q.format));
    },
  );

  app.get(
    '/api/v1/safeguarding/patterns',
    {
      config: { access: { permission: 'concerns:read-all' } },
      schema: {
        tags,
        summary: 'Patterns for the DSL team: learners with repeat concerns, rising categories, concerns open too long; audited',
        querystring: patternsQuery,
        response: { 200: patternsSchema },
      },
    },
    async (request) => {
      const q = request.query;
      return patterns(deps, await viewerOf(deps, request), {
        ...(q.schoolId ? { schoolId: q.schoolId } : {}),
        ...(q.days ? { days: q.days } : {}),
        ...(q.repeat ? { repeatAtLeast: q.repeat } : {}),
        ...(q.rising ? { risingAtLeast: q.rising } : {}),
        ...(q.openDays ? { openDays: q.openDays } : {}),
      });
    },
  );
}
