import type { HavenApp } from '../platform/http/index.ts';
import type { SafeguardingDeps } from './deps.ts';
import { tags, viewerOf } from './http-viewer.ts';
import { LEARNER_TOPIC_LABELS, learnerTopics } from './model.ts';
import { submitCommunityReport, submitLearnerReport } from './public-forms.ts';
import { reportConcern } from './report.ts';
import { publicReceiptSchema, receiptSchema, topicsSchema } from './schema-views.ts';
import { communityReportBody, learnerReportBody, newConcernBody } from './schema.ts';

/** How often one address may use a public form: enough for a class sharing one address, not for a flood. */
export const PUBLIC_FORM_LIMIT = { max: 5, timeWindow: '10 minutes' };

const THANKS_LEARNER = 'Thank you for telling us. A trusted adult at school will read this and help. Keep this reference if you want to talk about it.';
const THANKS_COMMUNITY = 'Thank you. The designated safeguarding lead will read your report and may contact you using the details you gave.';

/** The reporting routes (R1): the learner form, the parent and visitor form, and the staff form. */
export function registerReportRoutes(app: HavenApp, deps: SafeguardingDeps): void {
  app.get(
    '/api/v1/report/topics',
    { config: { access: { public: true } }, schema: { tags, summary: 'The topics a learner can choose on the report form', response: { 200: topicsSchema } } },
    async () => ({ topics: learnerTopics.map((code) => ({ code, label: LEARNER_TOPIC_LABELS[code] })) }),
  );

  // Public, so rate-limited per address before anything is parsed or stored; the answer is a
  // reference and a thank-you, never anything read back from the database.
  app.post(
    '/api/v1/report/learner',
    {
      config: { access: { public: true }, rateLimit: PUBLIC_FORM_LIMIT },
      schema: { tags, summary: 'A learner reports a worry (no account needed; can be anonymous)', body: learnerReportBody, response: { 201: publicReceiptSchema } },
    },
    async (request, reply) => {
      const r = await submitLearnerReport(deps, request.body, request.ip);
      return reply.status(201).send({ reference: r.reference, message: THANKS_LEARNER });
    },
  );

  app.post(
    '/api/v1/report/community',
    {
      config: { access: { public: true }, rateLimit: PUBLIC_FORM_LIMIT },
      schema: { tags, summary: 'A parent, carer or visitor reports a concern, with contact details', body: communityReportBody, response: { 201: publicReceiptSchema } },
    },
    async (request, reply) => {
      const r = await submitCommunityReport(deps, request.body, request.ip);
      return reply.status(201).send({ reference: r.reference, message: THANKS_COMMUNITY });
    },
  );

  app.post(
    '/api/v1/concerns',
    {
      config: { access: { permission: 'concerns:report' } },
      schema: { tags, summary: 'Report a concern (staff form); lands in triage as new', body: newConcernBody, response: { 201: receiptSchema } },
    },
    async (request, reply) => reply.status(201).send(await reportConcern(deps, await viewerOf(deps, request), request.body)),
  );
}
