import { z } from 'zod';
import {
  actionKinds,
  actionStatuses,
  categoryGroups,
  communityRelationships,
  concernAbouts,
  concernLevels,
  concernOutcomes,
  concernStatuses,
  eventSources,
  feedbackAudiences,
  investigationDecisions,
  involvedKinds,
  involvementParts,
  learnerTopics,
  matrixActionKinds,
  recordKinds,
  referralAgencies,
} from './model.ts';

/** Request schemas for safeguarding's routes (zod; the OpenAPI document is generated from them). */

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const when = z.iso.datetime({ offset: true });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

export const idParams = z.object({ id: z.string().min(1).max(100) });
export const involvementParams = z.object({ id: z.string().min(1).max(100), involvementId: id });
export const actionParams = z.object({ id: z.string().min(1).max(100), actionId: id });
export const attachmentParams = z.object({ id: z.string().min(1).max(100), attachmentId: id });

export const involvementBody = z.object({
  personId: id.optional(),
  name: z.string().trim().max(200).optional(),
  part: z.enum(involvementParts),
  kind: z.enum(involvedKinds).optional(),
});

export const attachmentBody = z.object({
  filename: text(255),
  contentType: text(130),
  contentBase64: z.string().min(4).max(10_000_000),
  withheldImage: z.boolean().optional().describe('a nude or semi-nude image (DSL team only; withheld from everyone else)'),
});

export const eventLinkBody = z.object({
  source: z.enum(eventSources),
  eventId: text(100),
  occurredAt: when.optional(),
  summary: z.string().trim().max(2000).optional().describe("a copy of the event's essential fields, kept when the event log expires it"),
});

export const newConcernBody = z.object({
  schoolId: id.optional(),
  about: z.enum(concernAbouts).optional().describe('learner (default), or staff for an allegation about an adult working in the school'),
  aboutHeadteacher: z.boolean().optional(),
  category: z.string().max(48).optional(),
  summary: text(20_000).describe('what happened, in the words of the person reporting'),
  location: z.string().trim().max(500).optional(),
  occurredAt: when.optional(),
  people: z.array(involvementBody).min(1).max(50),
  suspectedIllegalOrHarm: z.boolean().optional(),
  escalationReason: z.string().trim().max(2000).optional(),
  events: z.array(eventLinkBody).max(20).optional(),
  attachments: z.array(attachmentBody).max(5).optional(),
});

export const learnerReportBody = z.object({
  schoolId: id.optional(),
  topic: z.enum(learnerTopics),
  whatHappened: text(5000),
  whoNeedsHelp: z.enum(['me', 'friend', 'someone-else']).optional(),
  name: z.string().trim().max(100).optional().describe('leave empty to stay anonymous'),
  yearOrClass: z.string().trim().max(50).optional(),
  website: z.string().max(200).optional().describe('leave empty'),
});

export const communityReportBody = z
  .object({
    schoolId: id.optional(),
    name: text(200),
    relationship: z.enum(communityRelationships),
    email: z.email().max(254).optional(),
    phone: z.string().regex(/^[0-9 +()-]{6,30}$/, 'must be a phone number').optional(),
    learnerName: z.string().trim().max(200).optional(),
    whatHappened: text(10_000),
    occurredAt: when.optional(),
    location: z.string().trim().max(500).optional(),
    website: z.string().max(200).optional().describe('leave empty'),
  })
  .refine((b) => Boolean(b.email || b.phone), { message: 'give an email address or a phone number so the school can reply', path: ['email'] });

export const listQuery = z.object({
  status: z.enum(concernStatuses).optional(),
  category: z.string().max(48).optional(),
  about: z.enum(concernAbouts).optional(),
  assignedTo: id.optional(),
  mine: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const triageBody = z.object({
  category: z.string().max(48).optional(),
  level: z.enum(concernLevels).optional(),
  levelRationale: z.string().trim().max(5000).optional(),
  assignedTo: id.nullable().optional(),
  about: z.enum(concernAbouts).optional(),
  aboutHeadteacher: z.boolean().optional(),
});

export const statusBody = z.object({
  status: z.enum(['in-progress', 'closed']),
  outcome: z.enum(concernOutcomes).optional(),
  outcomeNote: z.string().trim().max(10_000).optional(),
  reason: z.string().trim().max(2000).optional(),
});

export const noteBody = z.object({ text: text(20_000) });
export const feedbackBody = z.object({ audience: z.enum(feedbackAudiences), text: text(5000), givenAt: when.optional() });

export const actionBody = z.object({
  kind: z.enum(actionKinds),
  description: z.string().trim().max(2000).optional(),
  ownerId: id.nullable().optional(),
  dueOn: date.nullable().optional(),
});

/** `POST /concerns/:id/actions/:actionId/remove-access`: until when, a note (sealed), and whose access when several subjects. */
export const removeAccessBody = z.object({
  until: z.string().min(1).max(40).describe('ISO-8601 end, or a duration: 90m, 6h, 2d, 1w'),
  note: z.string().trim().max(5000).optional(),
  personId: id.optional().describe('the subject whose access to remove, when the concern has several'),
});

export const actionChangeBody = z.object({
  status: z.enum(actionStatuses).optional(),
  ownerId: id.nullable().optional(),
  dueOn: date.nullable().optional(),
  note: z.string().trim().max(5000).optional(),
});

export const reasonBody = z.object({ reason: text(2000) });

export const referralBody = z.object({
  agency: z.enum(referralAgencies),
  referredAt: when,
  reference: z.string().trim().max(200).optional(),
  contact: z.string().trim().max(500).optional(),
  note: z.string().trim().max(5000).optional(),
});

export const screeningBody = z.object({
  answers: z.object({
    'adult-involved': z.boolean(),
    'coercion-or-grooming': z.boolean(),
    'unusual-or-violent': z.boolean(),
    'under-13': z.boolean(),
    'immediate-risk': z.boolean(),
  }),
  note: z.string().trim().max(5000).optional(),
});

export const recordBody = z.object({
  kind: z.enum(recordKinds),
  occurredAt: when,
  personId: id.optional(),
  counterpart: text(500).describe('sharing: with whom; search or confiscation: who carried it out'),
  reason: text(5000),
  consentSought: z.boolean(),
  consentNote: z.string().trim().max(2000).optional().describe('from whom, or why consent was not sought'),
  detail: z.string().trim().max(5000).optional(),
});

export const investigationBody = z.object({
  staff: z.array(z.string().min(1).max(254)).min(2).max(10).describe('account ids or emails of the senior staff present'),
  device: text(500),
  urls: z.array(z.string().trim().min(1).max(2000)).max(200),
  findings: z.string().trim().max(20_000).optional(),
  decision: z.enum(investigationDecisions),
  decisionNote: z.string().trim().max(5000).optional(),
  startedAt: when,
  concludedAt: when.optional(),
  screenshots: z.array(attachmentBody).max(5).optional(),
});

export const attachmentQuery = z.object({ reveal: z.enum(['true', 'false']).optional() });

export const schoolQuery = z.object({ schoolId: id.optional() });

export const categoryParams = z.object({ code: z.string().min(1).max(48) });
export const categoryBody = z.object({
  schoolId: id.optional(),
  label: z.string().trim().min(1).max(200).optional(),
  group: z.enum(categoryGroups).optional(),
  actions: z.array(z.enum(matrixActionKinds)).max(20).optional(),
  escalate: z.boolean().optional(),
  active: z.boolean().optional(),
  reason: text(1000),
});

export const figuresQuery = z.object({ schoolId: id.optional(), from: when.optional(), to: when.optional() });
export const personParams = z.object({ personId: id });
