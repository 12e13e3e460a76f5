/**
 * Who is behind an address: the device register (an address, optionally a person, a group and
 * the device's class from the mobile-technology matrix), subnets with their group and proxy
 * identity mode, and each school's default group for everything else (its `learners` group
 * unless configured: an unknown device fails safe). Changes are audited and in force at once.
 */
import { uuidv7 } from '../platform/crypto.ts';
import { applyNow, checkReason, EVERY_SCHOOL, findSchoolGroup, findSchoolPerson, inScope, recordChange, resolveSchool, type SchoolScope } from './changes.ts';
import { canonicalIp, parseCidr } from './core/address.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';
import { DEVICE_CLASSES, IDENTITY_MODES, type DeviceClass, type IdentityMode } from './model.ts';

/** A registered device as the API shows it. */
export interface DeviceView {
  id: string;
  schoolId: string;
  ip: string;
  personId: string | null;
  groupId: string;
  groupName: string | null;
  label: string | null;
  deviceClass: DeviceClass;
  createdAt: string;
}

/** A device to register; the group by id or name, the person by id or UPN. */
export interface DeviceInput {
  schoolId?: string;
  ip: string;
  personId?: string | null;
  group: string;
  label?: string | null;
  deviceClass?: DeviceClass;
}

/** A subnet as the API shows it. */
export interface SubnetView {
  id: string;
  schoolId: string;
  cidr: string;
  groupId: string;
  groupName: string | null;
  identityMode: IdentityMode;
  label: string | null;
  createdAt: string;
}

/** A subnet to register. */
export interface SubnetInput {
  schoolId?: string;
  cidr: string;
  group: string;
  identityMode?: IdentityMode;
  label?: string | null;
}

function checkLabel(label: string | null | undefined, fail: (m: string) => Error): string | null {
  const text = label?.trim() ?? '';
  if (text.length > 100) throw fail('the label is longer than 100 characters');
  return text === '' ? null : text;
}

/** Registered devices of a school, by address. */
export async function listDevices(deps: FilteringDeps, query: { schoolId?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<DeviceView[]> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const rows = await deps.db
    .selectFrom('filter_devices')
    .leftJoin('groups', 'groups.id', 'filter_devices.group_id')
    .selectAll('filter_devices')
    .select('groups.name as group_name')
    .where('filter_devices.school_id', '=', schoolId)
    .orderBy('filter_devices.ip')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    schoolId: r.school_id,
    ip: r.ip,
    personId: r.person_id,
    groupId: r.group_id,
    groupName: r.group_name ?? null,
    label: r.label,
    deviceClass: DEVICE_CLASSES.find((c) => c === r.device_class) ?? 'school-owned-shared',
    createdAt: r.created_at,
  }));
}

/** Registers a device; one address per school. */
export async function addDevice(deps: FilteringDeps, actor: Actor, input: DeviceInput, scope: SchoolScope = EVERY_SCHOOL): Promise<DeviceView> {
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  const ip = canonicalIp(input.ip);
  if (ip === undefined) throw filteringErrors.deviceInvalid(`${JSON.stringify(input.ip)} is not an IPv4 or IPv6 address`);
  const deviceClass = input.deviceClass ?? (input.personId ? 'school-owned-individual' : 'school-owned-shared');
  if (!DEVICE_CLASSES.includes(deviceClass)) throw filteringErrors.deviceInvalid(`class must be one of ${DEVICE_CLASSES.join(', ')}`);
  const label = checkLabel(input.label, filteringErrors.deviceInvalid);
  const group = await findSchoolGroup(deps.db, schoolId, input.group);
  const person = input.personId ? await findSchoolPerson(deps.db, schoolId, input.personId) : undefined;
  const id = uuidv7(deps.clock.now());
  await deps.db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('filter_devices').select('id').where('school_id', '=', schoolId).where('ip', '=', ip).executeTakeFirst();
    if (clash !== undefined) throw filteringErrors.deviceExists(ip);
    await trx
      .insertInto('filter_devices')
      .values({ id, school_id: schoolId, ip, person_id: person?.id ?? null, group_id: group.id, label, device_class: deviceClass, created_at: new Date(deps.clock.now()).toISOString(), created_by: actor.id ?? null })
      .execute();
    await recordChange(deps, trx, actor, {
      schoolId,
      action: 'filtering.device.added',
      objectType: 'filter-device',
      objectId: id,
      reason: null,
      details: { group: group.id, person: person?.id ?? null, class: deviceClass },
    });
  });
  await applyNow(deps);
  const added = (await listDevices(deps, { schoolId }, scope)).find((d) => d.id === id);
  if (added === undefined) throw filteringErrors.deviceNotFound(id);
  return added;
}

/** Removes a device, by id or address. */
export async function removeDevice(deps: FilteringDeps, actor: Actor, ref: string, query: { schoolId?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<void> {
  const ip = canonicalIp(ref);
  let q = deps.db.selectFrom('filter_devices').select(['id', 'school_id', 'ip']);
  if (ip === undefined) q = q.where('id', '=', ref);
  else q = q.where('ip', '=', ip).where('school_id', '=', await resolveSchool(deps.db, query.schoolId, scope));
  const row = await q.executeTakeFirst();
  if (row === undefined || !inScope(scope, row.school_id)) throw filteringErrors.deviceNotFound(ref);
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('filter_devices').where('id', '=', row.id).execute();
    await recordChange(deps, trx, actor, { schoolId: row.school_id, action: 'filtering.device.removed', objectType: 'filter-device', objectId: row.id, reason: null });
  });
  await applyNow(deps);
}

/** Registered subnets of a school, longest prefix first. */
export async function listSubnets(deps: FilteringDeps, query: { schoolId?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<SubnetView[]> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const rows = await deps.db
    .selectFrom('filter_subnets')
    .leftJoin('groups', 'groups.id', 'filter_subnets.group_id')
    .selectAll('filter_subnets')
    .select('groups.name as group_name')
    .where('filter_subnets.school_id', '=', schoolId)
    .orderBy('filter_subnets.cidr')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    schoolId: r.school_id,
    cidr: r.cidr,
    groupId: r.group_id,
    groupName: r.group_name ?? null,
    identityMode: IDENTITY_MODES.find((m) => m === r.identity_mode) ?? 'none',
    label: r.label,
    createdAt: r.created_at,
  }));
}

/** Registers a subnet (its host bits must be zero); one entry per network per school. */
export async function addSubnet(deps: FilteringDeps, actor: Actor, input: SubnetInput, scope: SchoolScope = EVERY_SCHOOL): Promise<SubnetView> {
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  const cidr = parseCidr(input.cidr);
  if (typeof cidr === 'string') throw filteringErrors.subnetInvalid(cidr);
  const mode = input.identityMode ?? 'none';
  if (!IDENTITY_MODES.includes(mode)) throw filteringErrors.subnetInvalid(`identity mode must be one of ${IDENTITY_MODES.join(', ')}`);
  const label = checkLabel(input.label, filteringErrors.subnetInvalid);
  const group = await findSchoolGroup(deps.db, schoolId, input.group);
  const id = uuidv7(deps.clock.now());
  await deps.db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('filter_subnets').select('id').where('school_id', '=', schoolId).where('cidr', '=', cidr.text).executeTakeFirst();
    if (clash !== undefined) throw filteringErrors.subnetExists(cidr.text);
    await trx
      .insertInto('filter_subnets')
      .values({ id, school_id: schoolId, cidr: cidr.text, group_id: group.id, identity_mode: mode, label, created_at: new Date(deps.clock.now()).toISOString(), created_by: actor.id ?? null })
      .execute();
    await recordChange(deps, trx, actor, { schoolId, action: 'filtering.subnet.added', objectType: 'filter-subnet', objectId: id, reason: null, details: { cidr: cidr.text, group: group.id, mode } });
  });
  await applyNow(deps);
  const added = (await listSubnets(deps, { schoolId }, scope)).find((s) => s.id === id);
  if (added === undefined) throw filteringErrors.subnetNotFound(id);
  return added;
}

/** Removes a subnet, by id or by its network text. */
export async function removeSubnet(deps: FilteringDeps, actor: Actor, ref: string, query: { schoolId?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<void> {
  const cidr = parseCidr(ref);
  let q = deps.db.selectFrom('filter_subnets').select(['id', 'school_id']);
  if (typeof cidr === 'string') q = q.where('id', '=', ref);
  else q = q.where('cidr', '=', cidr.text).where('school_id', '=', await resolveSchool(deps.db, query.schoolId, scope));
  const row = await q.executeTakeFirst();
  if (row === undefined || !inScope(scope, row.school_id)) throw filteringErrors.subnetNotFound(ref);
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('filter_subnets').where('id', '=', row.id).execute();
    await recordChange(deps, trx, actor, { schoolId: row.school_id, action: 'filtering.subnet.removed', objectType: 'filter-subnet', objectId: row.id, reason: null });
  });
  await applyNow(deps);
}

/** A school's filtering settings as the API shows them. */
export interface SchoolSettingsView {
  schoolId: string;
  /** The group unknown devices fall into. */
  defaultGroupId: string | null;
  defaultGroupName: string | null;
  /** True when no group is configured and the school's learners group applies. */
  defaultIsLearners: boolean;
}

/** The school's default group for unknown devices. */
export async function getSchoolSettings(deps: FilteringDeps, query: { schoolId?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<SchoolSettingsView> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const row = await deps.db.selectFrom('filter_school_settings').select('default_group_id').where('school_id', '=', schoolId).executeTakeFirst();
  const configured = row?.default_group_id ?? null;
  const group = configured === null ? undefined : await deps.db.selectFrom('groups').select(['id', 'name']).where('id', '=', configured).where('school_id', '=', schoolId).executeTakeFirst();
  const learners = group === undefined ? await deps.db.selectFrom('groups').select(['id', 'name']).where('school_id', '=', schoolId).where('template', '=', 'learners').executeTakeFirst() : undefined;
  const chosen = group ?? learners;
  return { schoolId, defaultGroupId: chosen?.id ?? null, defaultGroupName: chosen?.name ?? null, defaultIsLearners: group === undefined };
}

/** Sets (or, with null, resets to learners) the group unknown devices fall into; a policy change, so it needs a reason. */
export async function setDefaultGroup(deps: FilteringDeps, actor: Actor, input: { schoolId?: string; group: string | null; reason: string }, scope: SchoolScope = EVERY_SCHOOL): Promise<SchoolSettingsView> {
  const reason = checkReason(input.reason, 'changing the default group');
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  const group = input.group === null ? null : await findSchoolGroup(deps.db, schoolId, input.group);
  const now = new Date(deps.clock.now()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('filter_school_settings')
      .values({ school_id: schoolId, default_group_id: group?.id ?? null, updated_at: now, updated_by: actor.id ?? null })
      .onConflict((c) => c.column('school_id').doUpdateSet({ default_group_id: group?.id ?? null, updated_at: now, updated_by: actor.id ?? null }))
      .execute();
    await recordChange(deps, trx, actor, { schoolId, action: 'filtering.settings.default_group', objectType: 'school', objectId: schoolId, reason, details: { group: group?.id ?? null } });
  });
  await applyNow(deps);
  return getSchoolSettings(deps, { schoolId }, scope);
}
