import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HavenApp } from '../platform/http/index.ts';
import type { IdentityDeps } from './deps.ts';
import { createPerson, createSchool, getPerson, listPeople, listSchools, type SchoolScope, updatePerson } from './directory.ts';
import { addMember, createGroup, deleteGroup, getGroup, groupsOfPerson, listGroups, listMembers, removeMember, updateGroup } from './directory-groups.ts';
import { actorOf, principalOf } from './http.ts';
import { groupKinds, personKinds } from './model.ts';
import { importPeople, importRejectedError } from './people-import.ts';
import { groupSummarySchema, importSummarySchema, memberSchema, okSchema, personGroupSchema, personSchema, schoolSchema } from './schema.ts';

/** The directory's response schemas live in schema.ts, which the dashboard shares. */
export { groupSummarySchema, importSummarySchema, memberSchema, personGroupSchema, schoolSchema } from './schema.ts';

const personFields = {
  externalId: z.string().max(64).nullable().optional(),
  kind: z.enum(personKinds),
  firstName: z.string().max(100),
  lastName: z.string().max(100),
  dateOfBirth: z.string().max(30).nullable().optional(),
  email: z.string().max(254).nullable().optional(),
  yearGroup: z.string().max(100).nullable().optional(),
};
const newPersonBody = z.object({ schoolId: z.string().optional(), ...personFields });
const personPatchBody = z.object({ ...personFields, status: z.enum(['active', 'left']) }).partial();
const idParams = z.object({ id: z.string().max(100) });
const memberParams = z.object({ id: z.string().max(100), personId: z.string().max(100) });

/** The largest CSV the import route accepts (a big secondary's full export is a few MB). */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
const CSV_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];

/** The raw file, as the CSV parser of this route hands it over (documented as a CSV string). */
const csvBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), { message: `send the CSV file itself as the body, with content type ${CSV_TYPES[0]}` })
  .meta({ type: 'string', description: 'the CSV file: a header row, then one row per person' });

function scopeOf(request: FastifyRequest): SchoolScope {
  return principalOf(request).schoolIds;
}

/**
 * Registers the school directory under `/api/v1`: schools, people, groups, memberships and the
 * people CSV import. Every route acts only within the schools its principal's roles cover.
 */
export function registerDirectoryRoutes(app: HavenApp, deps: IdentityDeps): void {
  const tags = ['directory'];

  app.get(
    '/api/v1/schools',
    { config: { access: { permission: 'school:read' } }, schema: { tags, summary: 'Schools you can act in', response: { 200: z.object({ schools: z.array(schoolSchema) }) } } },
    async (request) => ({ schools: await listSchools(deps, scopeOf(request)) }),
  );

  app.post(
    '/api/v1/schools',
    {
      config: { access: { permission: 'school:manage' } },
      schema: { tags, summary: "Add a school to the organisation, with its template groups", body: z.object({ name: z.string().max(200), urn: z.string().max(20).nullable().optional() }), response: { 201: schoolSchema } },
    },
    async (request, reply) => reply.status(201).send(await createSchool(deps, actorOf(request), request.body, scopeOf(request))),
  );

  app.get(
    '/api/v1/people',
    {
      config: { access: { permission: 'people:read' } },
      schema: {
        tags,
        summary: 'People, filtered and a page at a time',
        querystring: z.object({
          schoolId: z.string().max(100).optional(),
          kind: z.enum(personKinds).optional(),
          groupId: z.string().max(100).optional(),
          status: z.enum(['active', 'left']).optional(),
          search: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
        response: { 200: z.object({ people: z.array(personSchema), total: z.number() }) },
      },
    },
    async (request) => listPeople(deps, request.query, scopeOf(request)),
  );

  app.post(
    '/api/v1/people',
    { config: { access: { permission: 'people:manage' } }, schema: { tags, summary: 'Record a person by hand', body: newPersonBody, response: { 201: personSchema } } },
    async (request, reply) => reply.status(201).send(await createPerson(deps, actorOf(request), request.body, scopeOf(request))),
  );

  app.get(
    '/api/v1/people/:id',
    { config: { access: { permission: 'people:read' } }, schema: { tags, summary: 'One person', params: idParams, response: { 200: personSchema } } },
    async (request) => getPerson(deps, request.params.id, scopeOf(request)),
  );

  app.patch(
    '/api/v1/people/:id',
    {
      config: { access: { permission: 'people:manage' } },
      schema: { tags, summary: "Change a person's details, or mark them as left (status)", params: idParams, body: personPatchBody, response: { 200: personSchema } },
    },
    async (request) => updatePerson(deps, actorOf(request), request.params.id, request.body, scopeOf(request)),
  );

  app.get(
    '/api/v1/people/:id/groups',
    { config: { access: { permission: 'people:read' } }, schema: { tags, summary: 'The groups a person is in', params: idParams, response: { 200: z.object({ groups: z.array(personGroupSchema) }) } } },
    async (request) => ({ groups: await groupsOfPerson(deps, request.params.id, scopeOf(request)) }),
  );

  app.get(
    '/api/v1/groups',
    {
      config: { access: { permission: 'people:read' } },
      schema: {
        tags,
        summary: 'Groups with their member counts, highest priority first',
        querystring: z.object({ schoolId: z.string().max(100).optional(), kind: z.enum(groupKinds).optional() }),
        response: { 200: z.object({ groups: z.array(groupSummarySchema) }) },
      },
    },
    async (request) => ({ groups: await listGroups(deps, request.query, scopeOf(request)) }),
  );

  app.post(
    '/api/v1/groups',
    {
      config: { access: { permission: 'people:manage' } },
      schema: {
        tags,
        summary: "Create a group (priority defaults to its kind's)",
        body: z.object({ schoolId: z.string().max(100).optional(), name: z.string().max(100), kind: z.enum(groupKinds), priority: z.number().int().optional() }),
        response: { 201: groupSummarySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createGroup(deps, actorOf(request), request.body, scopeOf(request))),
  );

  app.get(
    '/api/v1/groups/:id',
    { config: { access: { permission: 'people:read' } }, schema: { tags, summary: 'One group with its member count', params: idParams, response: { 200: groupSummarySchema } } },
    async (request) => getGroup(deps, request.params.id, scopeOf(request)),
  );

  app.patch(
    '/api/v1/groups/:id',
    {
      config: { access: { permission: 'people:manage' } },
      schema: { tags, summary: 'Rename a group or change its priority', params: idParams, body: z.object({ name: z.string().max(100).optional(), priority: z.number().int().optional() }), response: { 200: groupSummarySchema } },
    },
    async (request) => updateGroup(deps, actorOf(request), request.params.id, request.body, scopeOf(request)),
  );

  app.delete(
    '/api/v1/groups/:id',
    { config: { access: { permission: 'people:manage' } }, schema: { tags, summary: 'Delete a group (not a template group); its people stay', params: idParams, response: { 200: okSchema } } },
    async (request) => {
      await deleteGroup(deps, actorOf(request), request.params.id, scopeOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/groups/:id/members',
    { config: { access: { permission: 'people:read' } }, schema: { tags, summary: 'The people in a group', params: idParams, response: { 200: z.object({ members: z.array(memberSchema) }) } } },
    async (request) => ({ members: await listMembers(deps, request.params.id, scopeOf(request)) }),
  );

  app.put(
    '/api/v1/groups/:id/members/:personId',
    { config: { access: { permission: 'people:manage' } }, schema: { tags, summary: 'Put a person in a group by hand (imports never remove it)', params: memberParams, response: { 200: z.object({ changed: z.boolean() }) } } },
    async (request) => addMember(deps, actorOf(request), request.params.id, request.params.personId, scopeOf(request)),
  );

  app.delete(
    '/api/v1/groups/:id/members/:personId',
    { config: { access: { permission: 'people:manage' } }, schema: { tags, summary: 'Take a person out of a group', params: memberParams, response: { 200: z.object({ changed: z.boolean() }) } } },
    async (request) => removeMember(deps, actorOf(request), request.params.id, request.params.personId, scopeOf(request)),
  );

  // The import takes the file as it is (text/csv, not JSON): its own scope, so only this route parses CSV.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/v1/people/import',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        config: { access: { permission: 'people:import' } },
        schema: {
          tags,
          summary: 'Import people from a CSV export of the MIS (body: text/csv); all or nothing unless skipInvalid',
          consumes: CSV_TYPES,
          body: csvBody,
          querystring: z.object({
            schoolId: z.string().max(100).optional(),
            dryRun: z.stringbool().optional(),
            skipInvalid: z.stringbool().optional(),
            markLeft: z.stringbool().optional(),
          }),
          response: { 200: importSummarySchema },
        },
      },
      async (request) => {
        const summary = await importPeople(deps, actorOf(request), request.body, request.query, scopeOf(request));
        if (summary.rejected) throw importRejectedError(summary);
        return summary;
      },
    );
  });
}
