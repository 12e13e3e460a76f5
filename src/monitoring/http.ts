/**
 * The monitoring API: alerts (list, read, acknowledge, false positive, escalate to a concern),
 * the ingestion endpoint for text a school routes in, settings and the school's terms. Alerts
 * are for the monitoring team only (`monitoring:read`, triage `monitoring:triage`); every read
 * that shows an alert is audited by the service. Ingestion takes a scoped token
 * (`monitoring:ingest`) and answers with counts and per-row errors, never the analysis.
 */
import type { FastifyRequest } from 'fastify';
import { identityErrors } from '../identity/index.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { type Viewer, viewerFromPrincipal } from '../safeguarding/index.ts';
import { resolveSchoolFor } from './access.ts';
import type { MonitoringDeps } from './deps.ts';
import { monitoringErrors } from './errors.ts';
import { ingestTexts, type IngestItem } from './ingest.ts';
import { getAlert, listAlerts } from './read.ts';
import { readSearchLog } from './read-searches.ts';
import {
  acknowledgeBody,
  alertDetailSchema,
  alertListQuery,
  alertSummarySchema,
  escalateBody,
  falsePositiveBody,
  idParams,
  ingestBody,
  ingestResultSchema,
  okSchema,
  settingsBody,
  settingsQuery,
  settingsSchema,
  termBody,
  termSchema,
  termsQuery,
  searchLogQuery,
  searchLogSchema,
  triageResultSchema,
} from './schema.ts';
import { readSettings, saveSettings } from './settings.ts';
import { addTerm, listTerms, removeTerm } from './terms.ts';
import { acknowledgeAlert, escalateAlert, markFalsePositive } from './triage.ts';
import { z } from 'zod';

const tags = ['monitoring'];

/** The viewer behind a request whose route demanded sign-in (the access hook guarantees it). */
async function viewerOf(deps: MonitoringDeps, request: FastifyRequest): Promise<Viewer> {
  if (!request.principal) throw identityErrors.unauthenticated();
  return viewerFromPrincipal(deps.db, request.principal, request.ip);
}

/** Registers the monitoring routes. */
export function registerMonitoringRoutes(app: HavenApp, deps: MonitoringDeps): void {
  const read = { permission: 'monitoring:read' } as const;
  const triage = { permission: 'monitoring:triage' } as const;

  app.get(
    '/api/v1/monitoring/alerts',
    { config: { access: read }, schema: { tags, summary: 'Monitoring alerts you may see, open and most severe first (audited)', querystring: alertListQuery, response: { 200: z.object({ alerts: z.array(alertSummarySchema) }) } } },
    async (request) => {
      const q = request.query;
      return listAlerts(deps, await viewerOf(deps, request), {
        ...(q.status ? { status: q.status } : {}),
        ...(q.schoolId ? { schoolId: q.schoolId } : {}),
        ...(q.minSeverity ? { minSeverity: q.minSeverity } : {}),
        ...(q.personId ? { personId: q.personId } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
      });
    },
  );

  app.get(
    '/api/v1/monitoring/alerts/:id',
    { config: { access: read }, schema: { tags, summary: 'One alert: texts with matches marked, the searches around it, its history (audited)', params: idParams, response: { 200: alertDetailSchema } } },
    async (request) => getAlert(deps, await viewerOf(deps, request), request.params.id),
  );

  app.post(
    '/api/v1/monitoring/alerts/:id/acknowledge',
    { config: { access: triage }, schema: { tags, summary: 'Acknowledge an alert: stops its escalation', params: idParams, body: acknowledgeBody, response: { 200: triageResultSchema } } },
    async (request) => acknowledgeAlert(deps, await viewerOf(deps, request), request.params.id, request.body.note),
  );

  app.post(
    '/api/v1/monitoring/alerts/:id/false-positive',
    {
      config: { access: triage },
      schema: { tags, summary: "Mark an alert a false positive; its matched phrases (or those given) join the school's exclusions", params: idParams, body: falsePositiveBody, response: { 200: triageResultSchema } },
    },
    async (request) => {
      const b = request.body;
      return markFalsePositive(deps, await viewerOf(deps, request), request.params.id, { ...(b.note ? { note: b.note } : {}), ...(b.exclude ? { exclude: b.exclude } : {}) });
    },
  );

  app.post(
    '/api/v1/monitoring/alerts/:id/escalate',
    {
      config: { access: triage },
      schema: { tags, summary: "Escalate an alert to a safeguarding concern, linked in the learner's chronology", params: idParams, body: escalateBody, response: { 200: triageResultSchema } },
    },
    async (request) => {
      const b = request.body;
      return escalateAlert(deps, await viewerOf(deps, request), request.params.id, {
        ...(b.note ? { note: b.note } : {}),
        ...(b.summary ? { summary: b.summary } : {}),
        ...(b.category ? { category: b.category } : {}),
        ...(b.personId ? { personId: b.personId } : {}),
      });
    },
  );

  app.get(
    '/api/v1/monitoring/searches',
    {
      config: { access: { permission: 'filtering:logs' } },
      schema: { tags, summary: 'Captured searches, newest first (names and person filter only for the monitoring team; audited)', querystring: searchLogQuery, response: { 200: searchLogSchema } },
    },
    async (request) => {
      const q = request.query;
      const viewer = await viewerOf(deps, request);
      const nowMs = deps.clock.now();
      let sinceMs = nowMs - 24 * 3_600_000;
      if (q.since) {
        const m = /^(\d+)([mhd])$/.exec(q.since);
        sinceMs = m ? nowMs - Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm' | 'h' | 'd'] : Date.parse(q.since);
        if (Number.isNaN(sinceMs)) throw monitoringErrors.sinceInvalid(q.since);
      }
      return readSearchLog(deps, viewer, {
        sinceMs,
        ...(q.schoolId ? { schoolId: q.schoolId } : {}),
        ...(q.personId ? { personId: q.personId } : {}),
        ...(q.deviceId ? { deviceId: q.deviceId } : {}),
        ...(q.minSeverity ? { minSeverity: q.minSeverity } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
      });
    },
  );

  app.post(
    '/api/v1/monitoring/events',
    {
      config: { access: { permission: 'monitoring:ingest' } },
      schema: { tags, summary: 'Send text for monitoring (school chat or email exports): counts and per-item errors back', body: ingestBody, response: { 200: ingestResultSchema } },
    },
    async (request) => {
      const items: IngestItem[] = request.body.items.map((i) => ({
        text: i.text,
        source: i.source,
        ...(i.personId ? { personId: i.personId } : {}),
        ...(i.personEmail ? { personEmail: i.personEmail } : {}),
        ...(i.externalId ? { externalId: i.externalId } : {}),
        ...(i.deviceId ? { deviceId: i.deviceId } : {}),
        ...(i.at ? { at: i.at } : {}),
        ...(i.schoolId ? { schoolId: i.schoolId } : {}),
      }));
      return ingestTexts(deps, { viewer: await viewerOf(deps, request) }, items);
    },
  );

  app.get(
    '/api/v1/monitoring/settings',
    { config: { access: read }, schema: { tags, summary: "The school's monitoring settings (threshold, rota, escalation, quiet hours, webhook, retention)", querystring: settingsQuery, response: { 200: settingsSchema } } },
    async (request) => {
      const viewer = await viewerOf(deps, request);
      return readSettings(deps, viewer, await resolveSchoolFor(deps.db, viewer, 'monitoring:read', request.query.schoolId));
    },
  );

  app.put(
    '/api/v1/monitoring/settings',
    { config: { access: triage }, schema: { tags, summary: "Change the school's monitoring settings (audited)", body: settingsBody, response: { 200: settingsSchema } } },
    async (request) => {
      const viewer = await viewerOf(deps, request);
      const { schoolId, ...change } = request.body;
      const clean = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
      return saveSettings(deps, viewer, await resolveSchoolFor(deps.db, viewer, 'monitoring:triage', schoolId), clean);
    },
  );

  app.get(
    '/api/v1/monitoring/terms',
    { config: { access: read }, schema: { tags, summary: "The school's added and excluded phrases", querystring: termsQuery, response: { 200: z.object({ terms: z.array(termSchema) }) } } },
    async (request) => {
      const viewer = await viewerOf(deps, request);
      return { terms: await listTerms(deps, viewer, await resolveSchoolFor(deps.db, viewer, 'monitoring:read', request.query.schoolId)) };
    },
  );

  app.post(
    '/api/v1/monitoring/terms',
    { config: { access: triage }, schema: { tags, summary: 'Add a phrase to look for, or exclude one (audited)', body: termBody, response: { 201: termSchema } } },
    async (request, reply) => {
      const viewer = await viewerOf(deps, request);
      const { schoolId, ...term } = request.body;
      const created = await addTerm(deps, viewer, await resolveSchoolFor(deps.db, viewer, 'monitoring:triage', schoolId), {
        kind: term.kind,
        phrase: term.phrase,
        ...(term.category ? { category: term.category } : {}),
        ...(term.severity ? { severity: term.severity } : {}),
        ...(term.lang ? { lang: term.lang } : {}),
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/monitoring/terms/:id',
    { config: { access: triage }, schema: { tags, summary: 'Remove a school phrase (audited)', params: idParams, response: { 200: okSchema } } },
    async (request) => {
      await removeTerm(deps, await viewerOf(deps, request), request.params.id);
      return { ok: true as const };
    },
  );
}
