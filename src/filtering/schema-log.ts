/**
 * Schemas of the filter log's summary (`GET /api/v1/filtering/log/summary`): counts only, never
 * who, so the dashboard can chart blocks by category, group and time for anyone who reads logs.
 */
import { z } from 'zod';

/** `GET /filtering/log/summary`. */
export const logSummaryQuery = z.object({
  schoolId: z.string().max(100).optional(),
  since: z.string().max(40).optional().describe('ISO-8601, or a duration back from now (90m, 24h, 7d); 24h when absent'),
});

/** Blocks and queries since a moment, by category, by group (each event counted once, for its highest-priority group), by hour or day, and the most blocked names. */
export const logSummarySchema = z.object({
  schoolId: z.string(),
  since: z.string(),
  until: z.string(),
  total: z.number(),
  blocked: z.number(),
  interval: z.enum(['hour', 'day']),
  byCategory: z.array(z.object({ category: z.string().nullable(), blocked: z.number() })),
  byGroup: z.array(z.object({ groupId: z.string().nullable(), group: z.string().nullable(), blocked: z.number() })),
  byTime: z.array(z.object({ start: z.string(), total: z.number(), blocked: z.number() })),
  topBlocked: z.array(z.object({ host: z.string(), count: z.number() })).describe('the ten most blocked names, most first'),
});
