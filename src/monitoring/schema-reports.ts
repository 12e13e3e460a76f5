/**
 * Response schemas of the weekly report (M4), browser-safe so the dashboard draws the same
 * figures the API documents (the routes are in `http-reports.ts`).
 */
import { z } from 'zod';

const count = z.object({ key: z.string(), count: z.number() });

/** The weekly report's figures as the API documents them. */
export const weeklyFiguresSchema = z.object({
  schoolId: z.string(),
  schoolName: z.string(),
  weekStart: z.string(),
  from: z.string(),
  to: z.string(),
  searches: z.object({ total: z.number(), flagged: z.number(), byEngine: z.array(count), bySeverity: z.array(count), byGroup: z.array(count), flaggedByGroup: z.array(count) }),
  blocks: z.object({ total: z.number(), byCategory: z.array(count), byGroup: z.array(count) }),
  safeSearch: z.object({ enforced: z.number(), byEngine: z.array(count) }),
  prevent: z.object({ searches: z.number(), blocks: z.number(), alerts: z.number() }),
  alerts: z.object({ total: z.number(), bySeverity: z.array(count), byCategory: z.array(count), byOutcome: z.array(count) }),
  trend: z.array(z.object({ weekStart: z.string(), searches: z.number(), flagged: z.number(), blocks: z.number(), alerts: z.number() })),
});

/** `GET /api/v1/monitoring/reports/weekly`: the stored report's figures and when it was made and sent. */
export const weeklyReportSchema = z.object({ id: z.string(), figures: weeklyFiguresSchema, createdAt: z.string(), sentAt: z.string().nullable() });
