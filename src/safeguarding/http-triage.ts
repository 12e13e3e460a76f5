import { z } from 'zod';
import type { HavenApp } from '../platform/http/index.ts';
import { addAction, updateAction } from './actions.ts';
import { removeAccess } from './remove-access.ts';
import { addAttachment } from './attachments.ts';
import type { SafeguardingDeps } from './deps.ts';
import { addReferral, escalateConcern, recordScreening } from './escalation.ts';
import { linkEvent } from './events.ts';
import { concernViewerOf, tags } from './http-viewer.ts';
import { addInvestigation, addRecord } from './records.ts';
import { attachmentResultSchema, idSchema, investigationResultSchema, okSchema, screeningResultSchema, triageResultSchema } from './schema-views.ts';
import {
  actionBody,
  actionChangeBody,
  actionParams,
  attachmentBody,
  eventLinkBody,
  feedbackBody,
  idParams,
  investigationBody,
  involvementBody,
  involvementParams,
  noteBody,
  reasonBody,
  recordBody,
  referralBody,
  removeAccessBody,
  screeningBody,
  statusBody,
  triageBody,
} from './schema.ts';
import { addFeedback, addNote, addPerson, removePerson, setStatus, triageConcern } from './triage.ts';

/** Triage and everything recorded on a concern by those who handle it (the service checks who). */
export function registerTriageRoutes(app: HavenApp, deps: SafeguardingDeps): void {
  const access = { authenticated: true } as const;
  const ok = { ok: true as const };

  app.patch(
    '/api/v1/concerns/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Triage: category (re-proposes the matrix actions), level with rationale, assignment, or move to staff',
        params: idParams,
        body: triageBody,
        response: { 200: triageResultSchema },
      },
    },
    async (request) => triageConcern(deps, await concernViewerOf(deps, request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/concerns/:id/status',
    {
      config: { access },
      schema: { tags, summary: 'Start, close (outcome required) or reopen (reason required) a concern', params: idParams, body: statusBody, response: { 200: okSchema } },
    },
    async (request) => {
      await setStatus(deps, await concernViewerOf(deps, request), request.params.id, request.body);
      return ok;
    },
  );

  app.post(
    '/api/v1/concerns/:id/notes',
    { config: { access }, schema: { tags, summary: 'Add a case note', params: idParams, body: noteBody, response: { 201: idSchema } } },
    async (request, reply) => reply.status(201).send(await addNote(deps, await concernViewerOf(deps, request), request.params.id, request.body.text)),
  );

  app.post(
    '/api/v1/concerns/:id/feedback',
    { config: { access }, schema: { tags, summary: 'Record feedback given to the reporter or others (R7)', params: idParams, body: feedbackBody, response: { 201: idSchema } } },
    async (request, reply) => reply.status(201).send(await addFeedback(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/concerns/:id/people',
    { config: { access }, schema: { tags, summary: 'Add a person and their part', params: idParams, body: involvementBody, response: { 201: idSchema } } },
    async (request, reply) => reply.status(201).send(await addPerson(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );

  app.delete(
    '/api/v1/concerns/:id/people/:involvementId',
    { config: { access }, schema: { tags, summary: 'Take a person off a concern', params: involvementParams, response: { 200: okSchema } } },
    async (request) => {
      await removePerson(deps, await concernViewerOf(deps, request), request.params.id, request.params.involvementId);
      return ok;
    },
  );

  app.post(
    '/api/v1/concerns/:id/actions',
    { config: { access }, schema: { tags, summary: 'Add an action with an owner and due date', params: idParams, body: actionBody, response: { 201: idSchema } } },
    async (request, reply) => reply.status(201).send(await addAction(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/concerns/:id/actions/:actionId',
    {
      config: { access },
      schema: { tags, summary: 'Update an action: owner, due date, done or not needed (with a note)', params: actionParams, body: actionChangeBody, response: { 200: okSchema } },
    },
    async (request) => {
      await updateAction(deps, await concernViewerOf(deps, request), request.params.id, request.params.actionId, request.body);
      return ok;
    },
  );

  app.post(
    '/api/v1/concerns/:id/actions/:actionId/remove-access',
    {
      config: { access },
      schema: {
        tags,
        summary: "Remove the subject's network access (all but the learning sites) until a time, and complete the remove-access action",
        params: actionParams,
        body: removeAccessBody,
        response: { 200: z.object({ restrictionId: z.string(), endsAt: z.string() }) },
      },
    },
    async (request) => removeAccess(deps, await concernViewerOf(deps, request), request.params.id, request.params.actionId, request.body),
  );

  app.post(
    '/api/v1/concerns/:id/escalation',
    {
      config: { access },
      schema: { tags, summary: 'Flag suspected illegal activity or serious harm for referral to police or social care', params: idParams, body: reasonBody, response: { 200: okSchema } },
    },
    async (request) => {
      await escalateConcern(deps, await concernViewerOf(deps, request), request.params.id, request.body.reason);
      return ok;
    },
  );

  app.post(
    '/api/v1/concerns/:id/referrals',
    { config: { access }, schema: { tags, summary: 'Record a referral: to whom, when, their reference', params: idParams, body: referralBody, response: { 201: idSchema } } },
    async (request, reply) => reply.status(201).send(await addReferral(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/concerns/:id/image-screenings',
    {
      config: { access },
      schema: { tags, summary: 'Screen a nude-image incident against the five points (DSL team); any yes requires a referral', params: idParams, body: screeningBody, response: { 201: screeningResultSchema } },
    },
    async (request, reply) => reply.status(201).send(await recordScreening(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/concerns/:id/attachments',
    {
      config: { access },
      schema: { tags, summary: 'Add evidence (sealed at rest); the reporter may while the concern is open', params: idParams, body: attachmentBody, response: { 201: attachmentResultSchema } },
    },
    async (request, reply) => reply.status(201).send(await addAttachment(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/concerns/:id/events',
    { config: { access }, schema: { tags, summary: 'Link a filtering or monitoring event by id', params: idParams, body: eventLinkBody, response: { 201: idSchema } } },
    async (request, reply) => reply.status(201).send(await linkEvent(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/concerns/:id/records',
    {
      config: { access },
      schema: { tags, summary: 'Record information sharing, a search or a confiscation (R9)', params: idParams, body: recordBody, response: { 201: idSchema } },
    },
    async (request, reply) => reply.status(201).send(await addRecord(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/concerns/:id/investigations',
    {
      config: { access },
      schema: { tags, summary: 'Record a device investigation (R6): two or more senior staff, the device, URLs, screenshots, decision', params: idParams, body: investigationBody, response: { 201: investigationResultSchema } },
    },
    async (request, reply) => reply.status(201).send(await addInvestigation(deps, await concernViewerOf(deps, request), request.params.id, request.body)),
  );
}
