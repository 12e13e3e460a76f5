/**
 * Request and response schemas of the monitoring API (zod; the OpenAPI document is generated
 * from them). Browser-safe: the dashboard imports these for its types.
 */
import { z } from 'zod';
import { ALERT_STATUSES, INGEST_SOURCES, MONITORING_CATEGORIES, ROTA_ROLES } from './model.ts';

export const idParams = z.object({ id: z.string().min(1).max(100) });
const schoolQuery = z.object({ schoolId: z.string().max(100).optional() });

export const alertListQuery = z.object({
  status: z.enum(ALERT_STATUSES).optional(),
  schoolId: z.string().max(100).optional(),
  minSeverity: z.coerce.number().int().min(1).max(5).optional(),
  personId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const alertSummarySchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  status: z.enum(ALERT_STATUSES),
  severity: z.number(),
  category: z.string(),
  categories: z.array(z.string()),
  source: z.string(),
  occurrences: z.number(),
  firstAt: z.string(),
  lastAt: z.string(),
  person: z.object({ id: z.string(), name: z.string(), yearGroup: z.string().nullable() }).nullable(),
  deviceId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  escalationLevel: z.number(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  concernId: z.string().nullable(),
});

const matchSchema = z.object({ start: z.number(), end: z.number(), category: z.string(), severity: z.number(), entry: z.string() });
const contextSchema = z.object({ id: z.string(), at: z.string(), engine: z.string(), query: z.string(), severity: z.number() });

export const alertDetailSchema = alertSummarySchema.extend({
  items: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      source: z.string(),
      eventId: z.string(),
      severity: z.number(),
      text: z.string(),
      highlights: z.array(matchSchema),
      segments: z.array(z.object({ text: z.string(), match: z.object({ category: z.string(), severity: z.number() }).optional() })),
    }),
  ),
  context: z.object({ before: z.array(contextSchema), after: z.array(contextSchema) }),
  history: z.array(z.object({ at: z.string(), action: z.string(), actorAccountId: z.string().nullable(), details: z.record(z.string(), z.unknown()), note: z.string().nullable() })),
});

const note = z.string().trim().max(4000).optional();
export const acknowledgeBody = z.object({ note }).default({});
export const falsePositiveBody = z.object({ note, exclude: z.array(z.string().min(2).max(200)).max(50).optional() }).default({});
export const escalateBody = z
  .object({ note, summary: z.string().trim().min(1).max(20_000).optional(), category: z.string().max(48).optional(), personId: z.string().max(100).optional() })
  .default({});

export const triageResultSchema = z.object({
  id: z.string(),
  status: z.enum(['acknowledged', 'false-positive', 'escalated']),
  concernId: z.string().optional(),
  concernReference: z.string().optional(),
  excluded: z.array(z.string()).optional(),
});

export const ingestItemSchema = z.object({
  text: z.string().max(20_000),
  source: z.enum(INGEST_SOURCES),
  personId: z.string().max(100).optional(),
  personEmail: z.string().max(320).optional(),
  externalId: z.string().max(200).optional(),
  deviceId: z.string().max(200).optional(),
  at: z.string().max(40).optional(),
  schoolId: z.string().max(100).optional(),
});
export const ingestBody = z.object({ items: z.array(ingestItemSchema).min(1).max(1000) });
export const ingestResultSchema = z.object({
  received: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  errors: z.array(z.object({ index: z.number(), line: z.number().optional(), message: z.string() })),
});

const quietHours = z.object({ start: z.string().regex(/^\d\d:\d\d$/), end: z.string().regex(/^\d\d:\d\d$/), weekends: z.boolean() });
export const settingsQuery = schoolQuery;
export const settingsSchema = z.object({
  schoolId: z.string(),
  threshold: z.number(),
  escalationMinutes: z.number(),
  notifyRoles: z.array(z.enum(ROTA_ROLES)),
  escalationEmails: z.array(z.string()),
  quietHours,
  webhook: z.object({ url: z.string().nullable(), secretSet: z.boolean() }),
  blockBurst: z.number(),
  blockWindowMinutes: z.number(),
  searchRetentionDays: z.number(),
  alertRetentionDays: z.number(),
  updatedAt: z.string().nullable(),
});
export const settingsBody = z.object({
  schoolId: z.string().max(100).optional(),
  threshold: z.number().int().min(1).max(5).optional(),
  escalationMinutes: z.number().int().min(1).max(1440).optional(),
  notifyRoles: z.array(z.enum(ROTA_ROLES)).max(3).optional(),
  escalationEmails: z.array(z.string().max(320)).max(20).optional(),
  quietHours: quietHours.optional(),
  webhookUrl: z.string().max(2000).nullable().optional(),
  webhookSecret: z.string().min(16).max(500).nullable().optional(),
  blockBurst: z.number().int().min(2).max(100).optional(),
  blockWindowMinutes: z.number().int().min(1).max(1440).optional(),
  searchRetentionDays: z.number().int().min(1).max(3650).optional(),
  alertRetentionDays: z.number().int().min(30).max(3650).optional(),
});

export const termsQuery = schoolQuery;
export const termSchema = z.object({
  id: z.string(),
  kind: z.enum(['add', 'exclude']),
  phrase: z.string(),
  category: z.enum(MONITORING_CATEGORIES).nullable(),
  severity: z.number().nullable(),
  lang: z.string().nullable(),
  source: z.enum(['manual', 'false-positive']),
  alertId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export const termBody = z.object({
  schoolId: z.string().max(100).optional(),
  kind: z.enum(['add', 'exclude']),
  phrase: z.string().min(2).max(200),
  category: z.enum(MONITORING_CATEGORIES).optional(),
  severity: z.number().int().min(1).max(5).optional(),
  lang: z.string().max(10).optional(),
});

export const weeklyQuery = z.object({ schoolId: z.string().max(100).optional(), week: z.string().max(10).optional() });
export const okSchema = z.object({ ok: z.literal(true) });

export const searchLogQuery = z.object({
  since: z.string().max(40).optional(),
  schoolId: z.string().max(100).optional(),
  personId: z.string().max(100).optional(),
  deviceId: z.string().max(200).optional(),
  minSeverity: z.coerce.number().int().min(0).max(5).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
export const searchLogSchema = z.object({
  searches: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      schoolId: z.string(),
      source: z.string(),
      engine: z.string(),
      host: z.string(),
      query: z.string(),
      person: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
      deviceId: z.string().nullable(),
      clientAddress: z.string().nullable(),
      groups: z.array(z.string()),
      severity: z.number(),
      categories: z.array(z.string()),
      alertId: z.string().nullable(),
    }),
  ),
});
