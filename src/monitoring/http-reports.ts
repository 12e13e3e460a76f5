/**
 * Weekly reports (M4) for the monitoring team, and the transparency notice (M5) for everyone:
 * `/transparency` is a public page (no sign-in) saying what is monitored, why, who sees it and
 * how long each kind of data is kept; `/api/v1/monitoring/transparency` is the same as JSON.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { identityErrors } from '../identity/index.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { viewerFromPrincipal } from '../safeguarding/index.ts';
import { resolveSchoolFor } from './access.ts';
import type { MonitoringDeps } from './deps.ts';
import { weeklyQuery } from './schema.ts';
import { weeklyReportSchema } from './schema-reports.ts';
import { renderTransparencyPage, transparencyNotice } from './transparency.ts';
import { readWeeklyReport } from './weekly-report.ts';

const tags = ['monitoring'];
/** The weekly report's figures as the API documents them (browser-safe, in schema-reports.ts). */
export { weeklyFiguresSchema } from './schema-reports.ts';

const noticeSchema = z.object({
  schoolName: z.string(),
  monitored: z.array(z.string()),
  why: z.array(z.string()),
  whoSees: z.array(z.string()),
  retention: z.array(z.object({ data: z.string(), days: z.number().nullable(), note: z.string() })),
  notMonitored: z.array(z.string()),
  questions: z.string(),
});

/** A page that runs no script and loads nothing: the report and the notice are plain documents. */
const DOCUMENT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Registers the report and transparency routes. */
export function registerMonitoringReportRoutes(app: HavenApp, deps: MonitoringDeps, options: { filterRetentionDays: number }): void {
  const report = async (request: FastifyRequest, query: z.infer<typeof weeklyQuery>) => {
    if (!request.principal) throw identityErrors.unauthenticated();
    const viewer = await viewerFromPrincipal(deps.db, request.principal, request.ip);
    const schoolId = await resolveSchoolFor(deps.db, viewer, 'monitoring:read', query.schoolId);
    return readWeeklyReport(deps, viewer, schoolId, query.week);
  };

  app.get(
    '/api/v1/monitoring/reports/weekly',
    {
      config: { access: { permission: 'monitoring:read' } },
      schema: {
        tags,
        summary: "A school's weekly monitoring report (the last full week unless ?week=YYYY-MM-DD): searches, blocks, safe search, Prevent, alerts and outcomes, trends",
        querystring: weeklyQuery,
        response: { 200: weeklyReportSchema },
      },
    },
    async (request) => {
      const r = await report(request, request.query);
      return { id: r.id, figures: r.figures, createdAt: r.createdAt, sentAt: r.sentAt };
    },
  );

  app.get(
    '/api/v1/monitoring/reports/weekly/html',
    {
      config: { access: { permission: 'monitoring:read' } },
      schema: { tags, summary: 'The same weekly report as an HTML page with charts (inline SVG; no script)', querystring: weeklyQuery, produces: ['text/html'] },
    },
    async (request, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', DOCUMENT_CSP).send((await report(request, request.query)).html),
  );

  app.get(
    '/api/v1/monitoring/transparency',
    {
      config: { access: { public: true } },
      schema: { tags, summary: 'What is monitored, why, who sees it and how long it is kept (no sign-in)', querystring: z.object({ school: z.string().max(100).optional() }), response: { 200: noticeSchema } },
    },
    async (request) => transparencyNotice(deps, { filterRetentionDays: options.filterRetentionDays, ...(request.query.school ? { schoolId: request.query.school } : {}) }),
  );

  app.get(
    '/transparency',
    { config: { access: { public: true } }, schema: { hide: true, querystring: z.object({ school: z.string().max(100).optional() }) } },
    async (request, reply) => {
      const notice = await transparencyNotice(deps, { filterRetentionDays: options.filterRetentionDays, ...(request.query.school ? { schoolId: request.query.school } : {}) });
      return reply.type('text/html; charset=utf-8').header('content-security-policy', DOCUMENT_CSP).send(renderTransparencyPage(notice));
    },
  );
}
