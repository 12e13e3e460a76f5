/**
 * `haven check` and `GET /filtering/check`: the decision for a host or URL, for a group, a
 * person or a client address, at a moment (now unless given), with the chain of rules that
 * produced it. It asks the live engine, exactly as the DNS filter does.
 */
import { EVERY_SCHOOL, findSchoolGroup, findSchoolPerson, resolveSchool, type SchoolScope } from './changes.ts';
import { parseRequestUrl } from './core/normalise-url.ts';
import type { FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';
import type { ClientIdentity, Decision } from './model.ts';

/** What to check: the host or URL, and whom for (a group, a person, a client address, or the school's default). */
export interface CheckInput {
  schoolId?: string;
  target: string;
  group?: string;
  person?: string;
  address?: string;
  /** ISO-8601; now when absent. */
  at?: string;
}

/** A decision with who it was for and the names behind the ids. */
export interface CheckResult {
  decision: Decision;
  /** `by`: what the client was taken from (the groups asked for, the person's groups, the address, or the school's default group). */
  client: { schoolId: string; by: 'group' | 'person' | 'address' | 'default'; source: ClientIdentity['source']; deviceId: string | null; personId: string | null; groups: { id: string; name: string | null }[] };
  at: string;
  /** The list that decided or categorised the host, by name. */
  listName: string | null;
  revision: number;
}

/** Splits a check target into the host and, when a path or scheme was given, the URL. */
export function parseCheckTarget(target: string): { host: string; url?: string } {
  const text = target.trim();
  if (text === '') throw filteringErrors.checkInvalid('give a host name or URL to check');
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (!hasScheme && !text.includes('/')) return { host: text };
  const url = hasScheme ? text : `http://${text}`;
  const parsed = parseRequestUrl(url);
  if (parsed === undefined) throw filteringErrors.checkInvalid(`${JSON.stringify(target)} is not a host name or URL`);
  return { host: parsed.host, url };
}

/** Decides `input.target` for the given client at the given moment. */
export async function checkHost(deps: FilteringDeps, input: CheckInput, scope: SchoolScope = EVERY_SCHOOL): Promise<CheckResult> {
  const { host, url } = parseCheckTarget(input.target);
  const atMs = input.at === undefined ? deps.clock.now() : Date.parse(input.at);
  if (Number.isNaN(atMs) || (input.at !== undefined && !/^\d{4}-\d{2}-\d{2}T/.test(input.at))) {
    throw filteringErrors.checkInvalid(`--at ${JSON.stringify(input.at)} is not an ISO-8601 date and time (2026-09-07T10:00:00+01:00)`);
  }
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  await deps.engine.ready();
  let client: ClientIdentity;
  const by = input.address !== undefined ? 'address' : input.group !== undefined ? 'group' : input.person !== undefined ? 'person' : 'default';
  if (input.address !== undefined) client = deps.engine.identify(input.address, schoolId);
  else {
    const person = input.person === undefined ? undefined : await findSchoolPerson(deps.db, schoolId, input.person);
    const group = input.group === undefined ? undefined : await findSchoolGroup(deps.db, schoolId, input.group);
    const known = person === undefined ? undefined : deps.engine.identifyPerson(person.id);
    const fallback = deps.engine.identify('', schoolId);
    client = {
      schoolId,
      groups: group !== undefined ? [group.id] : (known?.groups ?? fallback.groups),
      source: group !== undefined || known !== undefined ? 'device' : 'default',
      ...(person === undefined ? {} : { personId: person.id }),
    };
  }
  const decision = deps.engine.decideFor(client, host, atMs, url);
  const snapshot = deps.engine.current();
  return {
    decision,
    client: {
      schoolId: client.schoolId,
      by,
      source: client.source,
      deviceId: client.deviceId ?? null,
      personId: client.personId ?? null,
      groups: client.groups.map((id) => ({ id, name: snapshot.groups.get(id)?.name ?? null })),
    },
    at: new Date(atMs).toISOString(),
    listName: decision.list === undefined ? null : (snapshot.lists.lists.find((l) => l.id === decision.list)?.name ?? null),
    revision: snapshot.revisionNumber,
  };
}
