/** The filter log in numbers: counts by category, group and time, never who (`filtering:logs`). */
import type { HavenApp } from '../platform/http/index.ts';
import { scopeOf, tags } from './http.ts';
import { logSummaryQuery, logSummarySchema } from './schema-log.ts';
import type { FilteringService } from './service.ts';

/** Registers `GET /api/v1/filtering/log/summary`. */
export function registerLogSummaryRoutes(app: HavenApp, service: FilteringService): void {
  app.get(
    '/api/v1/filtering/log/summary',
    {
      config: { access: { permission: 'filtering:logs' } },
      schema: { tags, summary: 'Filter events since a moment, counted by category, group and hour or day (no people)', querystring: logSummaryQuery, response: { 200: logSummarySchema } },
    },
    async (request) => service.summariseLog(request.query, scopeOf(request)),
  );
}
