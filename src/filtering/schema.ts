/**
 * Request and response schemas of filtering's routes (zod; the OpenAPI document is made from
 * them, and the dashboard shares them).
 */
import { z } from 'zod';
import {
  CATEGORIES,
  DEVICE_CLASSES,
  EXPLAIN_EFFECTS,
  EXPLAIN_STAGES,
  IDENTITY_MODES,
  IDENTITY_SOURCES,
  IMPORT_FORMATS,
  LIST_SOURCE_KINDS,
  REQUEST_STATUSES,
  RULE_LEVELS,
  SAFE_SEARCH_LEVELS,
  VERDICTS,
} from './model.ts';

const id = z.string().max(100);
const reason = z.string().max(500).describe('why: required for every policy change (3 to 500 characters)');

export const idParams = z.object({ id });
export const schoolQuery = z.object({ schoolId: id.optional() });
export const reasonQuery = z.object({ reason, schoolId: id.optional() });

export const windowSchema = z.object({
  weekday: z.number().int().min(0).max(6).describe('0 = Sunday … 6 = Saturday'),
  start: z.string().max(5).describe('HH:MM, Europe/London, inclusive'),
  end: z.string().max(5).describe('HH:MM, exclusive; 24:00 allowed'),
});
const nominatedInput = z.object({ people: z.array(id).max(500).optional(), groups: z.array(id).max(100).optional() });
const subjectInput = z.discriminatedUnion('kind', [z.object({ kind: z.literal('group'), group: id }), z.object({ kind: z.literal('person'), person: id })]);
const targetInput = z.discriminatedUnion('kind', [z.object({ kind: z.literal('category'), category: z.string().max(50) }), z.object({ kind: z.literal('site'), site: z.string().max(300) })]);
const targetView = z.union([z.object({ kind: z.literal('category'), category: z.string() }), z.object({ kind: z.literal('site'), site: z.string() })]);

export const ruleBody = z.object({
  schoolId: id.optional(),
  subject: subjectInput,
  target: targetInput,
  level: z.enum(RULE_LEVELS),
  windows: z.array(windowSchema).max(50).optional(),
  nominated: nominatedInput.optional(),
  reason,
});
export const rulePatchBody = z.object({ level: z.enum(RULE_LEVELS).optional(), windows: z.array(windowSchema).max(50).optional(), nominated: nominatedInput.optional(), reason });
export const ruleSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  origin: z.enum(['rule', 'template']),
  subject: z.object({ kind: z.enum(['group', 'person']), id: z.string(), name: z.string().nullable() }),
  target: targetView,
  level: z.enum(RULE_LEVELS),
  windows: z.array(windowSchema),
  nominated: z.object({ people: z.array(z.string()), groups: z.array(z.string()) }),
  reason: z.string().nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  replacedBy: z.string().nullable(),
});

const stepSchema = z.object({
  stage: z.enum(EXPLAIN_STAGES),
  effect: z.enum(EXPLAIN_EFFECTS),
  note: z.string(),
  subject: z.string().optional(),
  rule: z.string().optional(),
  approval: z.string().optional(),
  restriction: z.string().optional(),
  category: z.enum(CATEGORIES).optional(),
  list: z.string().optional(),
  entry: z.string().optional(),
});
export const decisionSchema = z.object({
  verdict: z.enum(VERDICTS),
  host: z.string(),
  category: z.enum(CATEGORIES).optional(),
  list: z.string().optional(),
  entry: z.string().optional(),
  rule: z.string().optional(),
  approval: z.string().optional(),
  restriction: z.string().optional(),
  level: z.enum(RULE_LEVELS).optional(),
  reason: z.string(),
  chain: z.array(stepSchema).readonly(),
  safeSearch: z.enum(SAFE_SEARCH_LEVELS).optional(),
  canary: z.boolean().optional(),
});
export const checkQuery = z.object({
  host: z.string().min(1).max(2000).describe('a host name or a full URL'),
  group: id.optional(),
  person: id.optional(),
  address: z.string().max(64).optional().describe('a client address: decide as the identity map would for it'),
  at: z.string().max(40).optional().describe('ISO-8601; now when absent'),
  schoolId: id.optional(),
});
export const checkSchema = z.object({
  decision: decisionSchema,
  client: z.object({
    schoolId: z.string(),
    by: z.enum(['group', 'person', 'address', 'default']),
    source: z.enum(IDENTITY_SOURCES),
    deviceId: z.string().nullable(),
    personId: z.string().nullable(),
    groups: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  }),
  at: z.string(),
  listName: z.string().nullable(),
  revision: z.number(),
});

const parseStatsSchema = z.object({
  lines: z.number(),
  accepted: z.number(),
  duplicates: z.number(),
  comments: z.number(),
  skippedRules: z.number(),
  skippedExceptions: z.number(),
  skippedLocal: z.number(),
  invalidCount: z.number(),
  invalid: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })).readonly(),
});
export const versionSchema = z.object({
  id: z.string(),
  version: z.number(),
  sha256: z.string(),
  domains: z.number(),
  urls: z.number(),
  bytes: z.number(),
  stats: parseStatsSchema,
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  current: z.boolean(),
});
export const listSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  format: z.string(),
  sourceKind: z.enum(LIST_SOURCE_KINDS),
  source: z.string(),
  enabled: z.boolean(),
  current: versionSchema.nullable(),
  refreshMinutes: z.number().nullable(),
  lastCheckedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const listDetailSchema = listSchema.extend({ versions: z.array(versionSchema) });
export const listImportQuery = z.object({
  name: z.string().min(1).max(100),
  category: z.enum(CATEGORIES),
  format: z.enum(IMPORT_FORMATS.filter((f) => f !== 'ut1')).optional(),
  reason,
});
export const listImportSchema = z.object({ list: listSchema, version: versionSchema, unchanged: z.boolean(), stats: parseStatsSchema });
export const rollbackBody = z.object({ versionId: id.optional(), reason });

export const deviceBody = z.object({
  schoolId: id.optional(),
  ip: z.string().max(64),
  personId: id.nullable().optional(),
  group: id,
  label: z.string().max(100).nullable().optional(),
  deviceClass: z.enum(DEVICE_CLASSES).optional(),
});
export const deviceSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  ip: z.string(),
  personId: z.string().nullable(),
  groupId: z.string(),
  groupName: z.string().nullable(),
  label: z.string().nullable(),
  deviceClass: z.enum(DEVICE_CLASSES),
  createdAt: z.string(),
});
export const subnetBody = z.object({ schoolId: id.optional(), cidr: z.string().max(64), group: id, identityMode: z.enum(IDENTITY_MODES).optional(), label: z.string().max(100).nullable().optional() });
export const subnetSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  cidr: z.string(),
  groupId: z.string(),
  groupName: z.string().nullable(),
  identityMode: z.enum(IDENTITY_MODES),
  label: z.string().nullable(),
  createdAt: z.string(),
});
export const settingsSchema = z.object({ schoolId: z.string(), defaultGroupId: z.string().nullable(), defaultGroupName: z.string().nullable(), defaultIsLearners: z.boolean() });
export const settingsBody = z.object({ schoolId: id.optional(), defaultGroup: id.nullable().describe('a group id or name; null resets to learners'), reason });

export const unblockBody = z.object({
  schoolId: id.optional(),
  subject: subjectInput,
  target: targetInput,
  startsAt: z.string().max(40).optional(),
  endsAt: z.string().max(40),
  reason,
});
export const unblockDecisionBody = z.object({ note: z.string().max(500) });
export const unblockQuery = z.object({ schoolId: id.optional(), status: z.enum(REQUEST_STATUSES).optional() });
export const unblockSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  subject: z.object({ kind: z.enum(['group', 'person']), id: z.string(), name: z.string().nullable() }),
  target: targetView,
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
  status: z.enum(REQUEST_STATUSES),
  active: z.boolean(),
  requestedBy: z.object({ type: z.string(), id: z.string().nullable() }),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export const unblockCountSchema = z.object({ target: targetView, requests: z.number(), approved: z.number(), refused: z.number(), pending: z.number() });

export const selfTestSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  ranAt: z.string(),
  ranBy: z.object({ type: z.string(), id: z.string().nullable() }),
  passed: z.boolean(),
  revision: z.number(),
  groups: z.array(
    z.object({
      groupId: z.string(),
      groupName: z.string(),
      learners: z.boolean(),
      safeSearch: z.enum(SAFE_SEARCH_LEVELS).nullable(),
      safeSearchOk: z.boolean(),
      categories: z.array(z.object({ category: z.enum(CATEGORIES), expected: z.enum(VERDICTS), actual: z.enum(VERDICTS), ok: z.boolean(), required: z.boolean(), source: z.string() })),
    }),
  ),
  coverage: z.array(
    z.object({
      category: z.enum(CATEGORIES),
      blockedFor: z.number(),
      entries: z.number(),
      lists: z.number(),
      newestVersionAt: z.string().nullable(),
      ageDays: z.number().nullable(),
      empty: z.boolean(),
    }),
  ),
  problems: z.array(z.string()),
});
export const selfTestBody = z.object({ schoolId: id.optional(), group: id.optional() });

export const changeSchema = z.object({
  id: z.string(),
  schoolId: z.string().nullable(),
  at: z.string(),
  actor: z.object({ type: z.string(), id: z.string().nullable() }),
  action: z.string(),
  object: z.object({ type: z.string(), id: z.string() }),
  reason: z.string(),
});
export const statusSchema = z.object({
  revision: z.number(),
  compiledAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lists: z.number(),
  domains: z.number(),
  urls: z.number(),
  groups: z.number(),
  devices: z.number(),
  subnets: z.number(),
  warnings: z.array(z.object({ code: z.string(), id: z.string(), message: z.string() })),
});
export const categorySchema = z.object({
  id: z.enum(CATEGORIES),
  label: z.string(),
  description: z.string(),
  illegal: z.boolean(),
  harmful: z.boolean(),
  canary: z.string(),
});
export const okSchema = z.object({ ok: z.literal(true) });

export const catalogueSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  format: z.string(),
  category: z.enum(CATEGORIES),
  licence: z.string(),
  licenceUrl: z.string(),
  homepage: z.string(),
  recommended: z.boolean(),
  note: z.string(),
});
export const subscribeBody = z.object({
  source: z.string().min(1).max(2000).describe('a catalogue id, or an http(s) URL'),
  category: z.enum(CATEGORIES).optional(),
  name: z.string().max(100).optional(),
  format: z.enum(IMPORT_FORMATS.filter((f) => f !== 'ut1')).optional(),
  refreshMinutes: z.number().int().min(15).max(43_200).optional(),
  reason,
});
export const refreshSchema = z.object({
  status: z.enum(['imported', 'unchanged', 'not-modified', 'refused', 'failed']),
  message: z.string().nullable(),
  list: listSchema.nullable(),
});
