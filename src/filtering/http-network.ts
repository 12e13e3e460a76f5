/** Device register, subnets and the school's default group: who is behind an address. */
import { z } from 'zod';
import { actorOf } from '../identity/index.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { scopeOf, tags } from './http.ts';
import { deviceBody, deviceSchema, idParams, okSchema, schoolQuery, settingsBody, settingsSchema, subnetBody, subnetSchema } from './schema.ts';
import type { FilteringService } from './service.ts';

/** Registers the device, subnet and settings routes. */
export function registerNetworkRoutes(app: HavenApp, service: FilteringService): void {
  app.get(
    '/api/v1/filtering/devices',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: "A school's registered devices", querystring: schoolQuery, response: { 200: z.object({ devices: z.array(deviceSchema) }) } } },
    async (request) => ({ devices: await service.listDevices(request.query, scopeOf(request)) }),
  );
  app.post(
    '/api/v1/filtering/devices',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Register a device: its address, group, and optionally its person', body: deviceBody, response: { 201: deviceSchema } } },
    async (request, reply) => reply.status(201).send(await service.addDevice(actorOf(request), request.body, scopeOf(request))),
  );
  app.delete(
    '/api/v1/filtering/devices/:id',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Remove a device (by id or address)', params: idParams, querystring: schoolQuery, response: { 200: okSchema } } },
    async (request) => {
      await service.removeDevice(actorOf(request), request.params.id, request.query, scopeOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/filtering/subnets',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: "A school's subnets and their groups", querystring: schoolQuery, response: { 200: z.object({ subnets: z.array(subnetSchema) }) } } },
    async (request) => ({ subnets: await service.listSubnets(request.query, scopeOf(request)) }),
  );
  app.post(
    '/api/v1/filtering/subnets',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Register a subnet (CIDR, IPv4 or IPv6) for a group', body: subnetBody, response: { 201: subnetSchema } } },
    async (request, reply) => reply.status(201).send(await service.addSubnet(actorOf(request), request.body, scopeOf(request))),
  );
  app.delete(
    '/api/v1/filtering/subnets/:id',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Remove a subnet (by id)', params: idParams, querystring: schoolQuery, response: { 200: okSchema } } },
    async (request) => {
      await service.removeSubnet(actorOf(request), request.params.id, request.query, scopeOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/filtering/settings',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: "The school's default group for devices nobody registered", querystring: schoolQuery, response: { 200: settingsSchema } } },
    async (request) => service.getSchoolSettings(request.query, scopeOf(request)),
  );
  app.put(
    '/api/v1/filtering/settings',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Set the default group (null: learners); a reason is required', body: settingsBody, response: { 200: settingsSchema } } },
    async (request) =>
      service.setDefaultGroup(actorOf(request), { group: request.body.defaultGroup, reason: request.body.reason, ...(request.body.schoolId === undefined ? {} : { schoolId: request.body.schoolId }) }, scopeOf(request)),
  );
}
