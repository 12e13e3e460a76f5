import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalIp, parseCidr, parseIpv4 } from './address.ts';
import { buildIdentityMap, identifyClient, identityOfPerson, type IdentityInput } from './identity-map.ts';

function buildInput(overrides: Partial<IdentityInput> = {}): IdentityInput {
  return {
    schools: [
      { id: 'a', defaultGroupId: null },
      { id: 'b', defaultGroupId: 'b-guests' },
    ],
    groups: [
      { id: 'a-learners', schoolId: 'a', priority: 100, template: 'learners' },
      { id: 'a-staff', schoolId: 'a', priority: 100, template: 'staff' },
      { id: 'a-7b', schoolId: 'a', priority: 400, template: null },
      { id: 'a-y7', schoolId: 'a', priority: 300, template: null },
      { id: 'b-learners', schoolId: 'b', priority: 100, template: 'learners' },
      { id: 'b-guests', schoolId: 'b', priority: 100, template: 'guests' },
    ],
    people: [
      { id: 'ada', schoolId: 'a' },
      { id: 'nogroups', schoolId: 'a' },
    ],
    memberships: [
      { personId: 'ada', groupId: 'a-learners' },
      { personId: 'ada', groupId: 'a-7b' },
      { personId: 'ada', groupId: 'a-y7' },
    ],
    devices: [
      { id: 'd1', schoolId: 'a', ip: '10.0.0.5', personId: 'ada', groupId: 'a-learners' },
      { id: 'd2', schoolId: 'a', ip: '2001:db8::5', personId: null, groupId: 'a-staff' },
      { id: 'd3', schoolId: 'b', ip: '10.0.0.5', personId: null, groupId: 'b-learners' },
    ],
    subnets: [
      { id: 's1', schoolId: 'a', cidr: '10.0.0.0/8', groupId: 'a-learners' },
      { id: 's2', schoolId: 'a', cidr: '10.1.0.0/16', groupId: 'a-staff' },
      { id: 's3', schoolId: 'a', cidr: '2001:db8:1::/48', groupId: 'a-staff' },
      { id: 's4', schoolId: 'b', cidr: '192.168.0.0/24', groupId: 'b-learners' },
    ],
    ...overrides,
  };
}

describe('addresses', () => {
  it('reads IPv4 strictly and canonicalises IPv6 and IPv4-mapped addresses', () => {
    assert.equal(parseIpv4('10.0.0.5'), 0x0a000005);
    for (const bad of ['10.0.0', '10.0.0.256', '010.0.0.1', '1.2.3.4.5', '', 'a.b.c.d']) assert.equal(parseIpv4(bad), -1, bad);
    assert.equal(canonicalIp('2001:DB8:0:0:0:0:0:1'), '2001:db8::1');
    assert.equal(canonicalIp('::ffff:10.1.2.3'), '10.1.2.3');
    assert.equal(canonicalIp('fe80::1%eth0'), 'fe80::1');
    assert.equal(canonicalIp('2001:db8:0:1:0:0:1:1'), '2001:db8:0:1::1:1');
    assert.equal(canonicalIp('1:2:3:4:5:6:7:8:9'), undefined);
    assert.equal(canonicalIp('1::2::3'), undefined);
  });

  it('reads networks and refuses host bits', () => {
    assert.deepEqual((parseCidr('10.1.0.0/16') as { text: string }).text, '10.1.0.0/16');
    assert.equal((parseCidr('2001:DB8::/32') as { text: string }).text, '2001:db8::/32');
    assert.match(String(parseCidr('10.1.0.1/16')), /host bits set: the network is 10\.1\.0\.0\/16/);
    assert.match(String(parseCidr('10.0.0.0/33')), /prefix length/);
    assert.equal((parseCidr('10.0.0.9') as { text: string }).text, '10.0.0.9/32');
  });
});

describe('identity map', () => {
  const map = buildIdentityMap(buildInput());

  it('finds a device first, with its person and groups, highest priority first', () => {
    const who = identifyClient(map, '10.0.0.5', 'a');
    assert.deepEqual(who, { schoolId: 'a', deviceId: 'd1', personId: 'ada', groups: ['a-7b', 'a-y7', 'a-learners'], source: 'device' });
    assert.equal(identifyClient(map, '::ffff:10.0.0.5', 'a'), who, 'IPv4-mapped is the same client, the same object');
    assert.equal(identifyClient(map, '2001:0db8::5', 'a').deviceId, 'd2');
  });

  it('looks addresses up per school: two schools may reuse a range', () => {
    assert.equal(identifyClient(map, '10.0.0.5', 'b').deviceId, 'd3');
    assert.equal(identifyClient(map, '192.168.0.7', 'a').source, 'default');
    assert.deepEqual(identifyClient(map, '192.168.0.7', 'b').groups, ['b-learners']);
  });

  it('takes the longest subnet, then the default group (learners unless configured)', () => {
    assert.deepEqual(identifyClient(map, '10.1.2.3', 'a').groups, ['a-staff']);
    assert.deepEqual(identifyClient(map, '10.2.2.3', 'a').groups, ['a-learners']);
    assert.deepEqual(identifyClient(map, '2001:db8:1:ff::1', 'a').groups, ['a-staff']);
    assert.deepEqual(identifyClient(map, '172.16.0.1', 'a'), { schoolId: 'a', groups: ['a-learners'], source: 'default' });
    assert.deepEqual(identifyClient(map, '172.16.0.1', 'b').groups, ['b-guests']);
    assert.deepEqual(identifyClient(map, 'not an address', 'b').groups, ['b-guests']);
  });

  it('without a listener school, searches every school and falls back to the first', () => {
    assert.equal(identifyClient(map, '10.0.0.5').deviceId, 'd1');
    assert.deepEqual(identifyClient(map, '192.168.0.9').groups, ['b-learners']);
    assert.deepEqual(identifyClient(map, '172.16.0.1').groups, ['a-learners']);
    assert.deepEqual(identifyClient(map, '10.0.0.5', 'nowhere').groups, ['a-learners']);
  });

  it('gives a known person their groups, or the default when they have none', () => {
    assert.deepEqual(identityOfPerson(map, 'ada')?.groups, ['a-7b', 'a-y7', 'a-learners']);
    assert.deepEqual(identityOfPerson(map, 'nogroups')?.groups, ['a-learners']);
    assert.equal(identityOfPerson(map, 'ghost'), undefined);
  });

  it('skips rows it cannot use and fails safe when a device group is gone', () => {
    const m = buildIdentityMap(
      buildInput({
        devices: [
          { id: 'bad', schoolId: 'a', ip: 'nope', personId: null, groupId: 'a-staff' },
          { id: 'orphan', schoolId: 'a', ip: '10.9.9.9', personId: null, groupId: 'deleted-group' },
        ],
        subnets: [{ id: 'x', schoolId: 'zz', cidr: '10.0.0.0/8', groupId: 'a-staff' }],
      }),
    );
    assert.equal(m.skipped.length, 2);
    assert.deepEqual(identifyClient(m, '10.9.9.9', 'a').groups, ['a-learners']);
  });
});
