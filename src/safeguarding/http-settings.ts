import { z } from 'zod';
import type { HavenApp } from '../platform/http/index.ts';
import { categoryHistory, listCategories, saveCategory } from './categories.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { governorFigures } from './figures.ts';
import { tags, viewerOf } from './http-viewer.ts';
import { notificationsFor } from './notifications.ts';
import { chronology } from './read.ts';
import { resolveSchool } from './report.ts';
import { categorySchema, categoryVersionSchema, chronologySchema, figuresSchema, notificationsSchema } from './schema-views.ts';
import { categoryBody, categoryParams, figuresQuery, personParams, schoolQuery } from './schema.ts';
import { permissionsIn } from './viewer.ts';

/** Categories and the response matrix, a learner's chronology, governors' figures, the outbox. */
export function registerSettingsRoutes(app: HavenApp, deps: SafeguardingDeps): void {
  app.get(
    '/api/v1/safeguarding/categories',
    {
      config: { access: { permission: 'concerns:report' } },
      schema: { tags, summary: "The school's categories with their response-matrix rows", querystring: schoolQuery, response: { 200: z.object({ categories: z.array(categorySchema) }) } },
    },
    async (request) => {
      const viewer = await viewerOf(deps, request);
      const schoolId = await resolveSchool(deps.db, request.query.schoolId, viewer);
      if (!permissionsIn(viewer, schoolId).has('concerns:report')) throw safeguardingErrors.forbidden('read the categories of this school');
      return { categories: await listCategories(deps, schoolId) };
    },
  );

  app.put(
    '/api/v1/safeguarding/categories/:code',
    {
      config: { access: { permission: 'concerns:triage' } },
      schema: { tags, summary: 'Create or change a category and its response-matrix row (a new version, with a reason)', params: categoryParams, body: categoryBody, response: { 200: categorySchema } },
    },
    async (request) => {
      const viewer = await viewerOf(deps, request);
      const { schoolId: requested, ...change } = request.body;
      const schoolId = await resolveSchool(deps.db, requested, viewer, 'concerns:triage');
      if (!permissionsIn(viewer, schoolId).has('concerns:triage')) throw safeguardingErrors.forbidden('change the categories of this school');
      return saveCategory(deps, viewer, schoolId, request.params.code, change);
    },
  );

  app.get(
    '/api/v1/safeguarding/categories/:code/history',
    {
      config: { access: { permission: 'concerns:triage' } },
      schema: { tags, summary: 'Every version of a category and its matrix row', params: categoryParams, querystring: schoolQuery, response: { 200: z.object({ versions: z.array(categoryVersionSchema) }) } },
    },
    async (request) => {
      const viewer = await viewerOf(deps, request);
      const schoolId = await resolveSchool(deps.db, request.query.schoolId, viewer, 'concerns:triage');
      if (!permissionsIn(viewer, schoolId).has('concerns:triage')) throw safeguardingErrors.forbidden('read the categories of this school');
      return { versions: await categoryHistory(deps, schoolId, request.params.code) };
    },
  );

  app.get(
    '/api/v1/safeguarding/chronology/:personId',
    {
      config: { access: { permission: 'concerns:read-all' } },
      schema: { tags, summary: "A learner's chronology: everything on their concerns, in order (DSL team; audited)", params: personParams, response: { 200: chronologySchema } },
    },
    async (request) => chronology(deps, await viewerOf(deps, request), request.params.personId),
  );

  app.get(
    '/api/v1/safeguarding/figures',
    {
      config: { access: { permission: 'reports:governor' } },
      schema: { tags, summary: 'Anonymised figures for governors: counts only, small numbers suppressed', querystring: figuresQuery, response: { 200: figuresSchema } },
    },
    async (request) => {
      const q = request.query;
      return governorFigures(deps, await viewerOf(deps, request), { ...(q.schoolId ? { schoolId: q.schoolId } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });
    },
  );

  app.get(
    '/api/v1/safeguarding/notifications',
    {
      config: { access: { authenticated: true } },
      schema: { tags, summary: 'Safeguarding notifications for your role (the outbox the notifier delivers)', response: { 200: notificationsSchema } },
    },
    async (request) => ({ notifications: await notificationsFor(deps, await viewerOf(deps, request)) }),
  );
}
