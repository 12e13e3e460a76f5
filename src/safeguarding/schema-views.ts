import { z } from 'zod';

/** Response schemas: what each route may send (zod strips anything not listed here). */

const n = z.string().nullable();

export const receiptSchema = z.object({ id: z.string(), reference: z.string(), status: z.literal('new'), receivedAt: z.string() });
export const publicReceiptSchema = z.object({ reference: z.string(), message: z.string() });
export const idSchema = z.object({ id: z.string() });
export const okSchema = z.object({ ok: z.literal(true) });

const view = z.enum(['manage', 'read', 'reporter', 'receipt']);

export const summarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  view,
  status: z.string(),
  reportedAt: z.string(),
  about: z.string().optional(),
  category: z.string().optional(),
  level: n.optional(),
  assignedTo: n.optional(),
  escalated: z.boolean().optional(),
  route: z.string().optional(),
  updatedAt: z.string().optional(),
  subjects: z.array(z.string()).optional(),
});
export const listSchema = z.object({ concerns: z.array(summarySchema), nextCursor: n });

const personSchema = z.object({ id: z.string(), personId: n, name: z.string(), part: z.string(), kind: z.string(), yearGroup: n });

const fullSchema = z.object({
  schoolId: z.string(),
  aboutHeadteacher: z.boolean(),
  route: z.string(),
  level: n,
  levelRationale: n,
  assignedTo: n,
  escalated: z.boolean(),
  escalatedAt: n,
  escalationReason: n,
  reporterAccountId: n,
  reporterContact: z.record(z.string(), z.string()).nullable(),
  outcome: n,
  outcomeNote: n,
  updatedAt: z.string(),
  reason: z.string(),
  breakGlassUntil: n,
  closeBlockers: z.array(z.string()),
  actions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      label: z.string(),
      hint: n,
      source: z.string(),
      status: z.string(),
      description: n,
      ownerId: n,
      dueOn: n,
      note: n,
      createdAt: z.string(),
      completedAt: n,
      completedBy: n,
      /** `remove-access`: the filtering restriction that removed the access. */
      restrictionId: n,
    }),
  ),
  notes: z.array(z.object({ id: z.string(), body: z.string(), authorId: n, createdAt: z.string() })),
  feedback: z.array(z.object({ id: z.string(), audience: n, body: z.string(), givenAt: n, authorId: n, createdAt: z.string() })),
  referrals: z.array(z.object({ id: z.string(), agency: z.string(), referredAt: z.string(), reference: n, contact: n, note: n, recordedBy: n })),
  screenings: z.array(
    z.object({ id: z.string(), answers: z.record(z.string(), z.boolean()), immediateReferral: z.boolean(), reasons: z.array(z.string()), note: n, screenedBy: n, createdAt: z.string() }),
  ),
  attachments: z.array(
    z.object({
      id: z.string(),
      filename: n,
      contentType: z.string(),
      size: z.number(),
      withheld: z.boolean(),
      mayView: z.boolean(),
      investigationId: n,
      uploadedBy: n,
      createdAt: z.string(),
    }),
  ),
  events: z.array(z.object({ id: z.string(), source: z.string(), eventId: z.string(), occurredAt: n, summary: n, createdAt: z.string() })),
  records: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      personId: n,
      occurredAt: z.string(),
      counterpart: z.string(),
      reason: z.string(),
      consentSought: z.boolean(),
      consentNote: n,
      detail: n,
      recordedBy: n,
    }),
  ),
  investigations: z.array(
    z.object({
      id: z.string(),
      staff: z.array(z.string()),
      device: z.string(),
      urls: z.array(z.string()),
      findings: n,
      decision: z.string(),
      decisionNote: n,
      startedAt: z.string(),
      concludedAt: n,
      recordedBy: n,
    }),
  ),
});

export const concernSchema = z.object({
  view,
  id: z.string(),
  reference: z.string(),
  status: z.string(),
  reportedAt: z.string(),
  closedAt: n,
  about: z.string().optional(),
  category: z.string().optional(),
  summary: z.string().optional(),
  location: n.optional(),
  occurredAt: n.optional(),
  people: z.array(personSchema).optional(),
  feedbackGivenAt: z.array(z.string()).optional(),
  full: fullSchema.optional(),
});

export const triageResultSchema = z.object({ id: z.string(), visible: z.boolean() });

export const categorySchema = z.object({
  code: z.string(),
  label: z.string(),
  group: z.string(),
  actions: z.array(z.string()),
  escalate: z.boolean(),
  active: z.boolean(),
  version: z.number(),
});
export const categoryVersionSchema = categorySchema.extend({ reason: n, changedAt: z.string(), changedBy: n });

export const screeningResultSchema = z.object({ id: z.string(), immediateReferral: z.boolean(), reasons: z.array(z.string()) });
export const attachmentResultSchema = z.object({ id: z.string(), withheld: z.boolean(), size: z.number() });
export const investigationResultSchema = z.object({ id: z.string(), screenshots: z.array(z.string()) });
export const breakGlassSchema = z.object({ concernId: z.string(), expiresAt: z.string() });

export const chronologySchema = z.object({
  personId: z.string(),
  name: z.string(),
  entries: z.array(
    z.object({ at: z.string(), concernId: z.string(), reference: z.string(), kind: z.string(), refId: n, actorAccountId: n, details: z.record(z.string(), z.unknown()) }),
  ),
});

const tallyRow = z.object({ key: z.string(), count: z.number().nullable() });
export const figuresSchema = z.object({
  schoolId: z.string(),
  from: z.string(),
  to: z.string(),
  total: z.number(),
  allegations: z.number().nullable(),
  byCategory: z.array(tallyRow.extend({ label: z.string() })),
  byMonth: z.array(tallyRow),
  byYearGroup: z.array(tallyRow),
  byStatus: z.array(tallyRow),
  byRoute: z.array(tallyRow),
  suppressBelow: z.number(),
});

export const notificationsSchema = z.object({
  notifications: z.array(
    z.object({
      id: z.string(),
      schoolId: z.string(),
      kind: z.string(),
      recipient: z.string(),
      severity: z.number(),
      concernId: n,
      payload: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
      deliveredAt: n,
    }),
  ),
});

export const topicsSchema = z.object({ topics: z.array(z.object({ code: z.string(), label: z.string() })) });
