import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClientIdentity, IdentityMode } from '../filtering/index.ts';
import { createManualClock } from '../platform/clock.ts';
import { createProxyIdentity, type ProxyIdentityDeps } from './identity.ts';

/** A stand-in engine: every address is on one subnet with the given identity mode. */
function setup(mode: IdentityMode) {
  const clock = createManualClock('2026-11-26T15:00:00Z');
  const checks: string[] = [];
  let failures = 0;
  const subnet: ClientIdentity = { schoolId: 's1', groups: ['learners'], source: 'subnet', identityMode: mode, deviceId: 'laptop-7' };
  const engine = {
    identify: () => subnet,
    identifyPerson: (personId: string): ClientIdentity | undefined => (personId === 'p1' ? { schoolId: 's1', personId, groups: ['year-10'], source: 'subnet' } : undefined),
    current: () => ({ groups: new Map(), groupIdsByName: new Map() }),
  } as unknown as ProxyIdentityDeps['engine'];
  const identity = createProxyIdentity({
    engine,
    clock,
    credentials: async ({ user, password }) => {
      checks.push(user);
      if (user === 'pupil@school.example' && password === 'right horse battery') return { personId: 'p1' };
      throw new Error('wrong password');
    },
    onAuthFailure: () => failures++,
  });
  return { clock, identity, checks, failures: () => failures };
}

const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('proxy identity', () => {
  it('asks for credentials on a `required` subnet, and gives the person\'s groups on the same device once they come', async () => {
    const { identity, checks } = setup('required');
    assert.equal(identity.byAddress('10.0.0.5'), undefined);
    const who = await identity.identify(basic('pupil@school.example', 'right horse battery'), '10.0.0.5');
    assert.deepEqual(who?.groups, ['year-10']);
    assert.equal(who?.deviceId, 'laptop-7');
    await identity.identify(basic('pupil@school.example', 'right horse battery'), '10.0.0.5');
    assert.equal(checks.length, 1, 'the second request is answered from the cache');
  });

  it('counts and caches a failed check, and still asks on a `required` subnet', async () => {
    const { identity, checks, failures, clock } = setup('required');
    const wrong = basic('pupil@school.example', 'guess');
    assert.equal(await identity.identify(wrong, '10.0.0.5'), undefined);
    assert.equal(await identity.identify(wrong, '10.0.0.5'), undefined);
    assert.equal(checks.length, 1);
    assert.equal(failures(), 1);
    clock.advance(31_000);
    await identity.identify(wrong, '10.0.0.5');
    assert.equal(checks.length, 2, 'a failure is cached for 30 s only');
    assert.equal(await identity.identify('Bearer nonsense', '10.0.0.5'), undefined);
  });

  it('binds an address to the person after the block page sign-in until midnight in London', async () => {
    const { identity, clock } = setup('sign-in-page');
    assert.equal(identity.byAddress('10.0.0.9')?.personId, undefined);
    assert.equal(await identity.signIn('pupil@school.example', 'nope', '10.0.0.9'), 'sign-in-failed');
    assert.equal(await identity.signIn('pupil@school.example', 'right horse battery', '10.0.0.9'), 'signed-in');
    assert.equal(identity.byAddress('10.0.0.9')?.personId, 'p1');
    assert.equal(identity.byAddress('10.0.0.10')?.personId, undefined, 'only the address that signed in');
    clock.set('2026-11-26T23:59:00Z');
    assert.equal(identity.byAddress('10.0.0.9')?.personId, 'p1');
    clock.set('2026-11-27T00:00:01Z');
    assert.equal(identity.byAddress('10.0.0.9')?.personId, undefined);
  });
});
