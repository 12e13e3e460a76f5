import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CATEGORIES, GROUP_TEMPLATE_IDS, ILLEGAL_CATEGORIES, RULE_LEVELS, type PolicyGroup, type AccessRestriction, type PolicyRule, type RuleSubject, type RuleTarget, type UnblockApproval } from '../model.ts';
import { compileSnapshot } from './compile-snapshot.ts';
import { decide } from './decide.ts';
import { buildList } from './testing.ts';
import { buildListIndex } from './list-index.ts';

// One list index for every run: illegal entries among ordinary ones, overlapping in both directions.
const lists = buildListIndex([
  buildList('iwf', 'child-abuse', ['abuse.example', 'deep.shared.example'], ['files.example/iwf']),
  buildList('ctiru', 'terrorism', ['terror.example', 'x.social.example']),
  buildList('social', 'social-media', ['social.example', 'shared.example', 'abuse.example']),
  buildList('games', 'games', ['terror.example', 'files.example']),
  buildList('adult', 'pornography', ['shared.example']),
]);
const ILLEGAL_HOSTS = [
  'abuse.example',
  'www.abuse.example',
  'deep.shared.example',
  'a.deep.shared.example',
  'terror.example',
  'cdn.terror.example',
  'x.social.example',
  'child-abuse.canary.haven.test',
  'terrorism.canary.haven.test',
];
const SITES = ['abuse.example', 'example', 'shared.example', 'deep.shared.example', 'terror.example', 'social.example', 'x.social.example', 'files.example', 'files.example/iwf', 'abuse.example/path', 'canary.haven.test'];
const PEOPLE = ['p1', 'p2', 'p3'];
const GROUP_IDS = ['g1', 'g2', 'g3', 'g4'];

const groupArb: fc.Arbitrary<PolicyGroup[]> = fc.tuple(
  ...GROUP_IDS.map((id) =>
    fc.record({
      priority: fc.oneof(fc.constantFrom(100, 200, 250, 300, 400), fc.integer({ min: 0, max: 1000 })),
      template: fc.option(fc.constantFrom(...GROUP_TEMPLATE_IDS), { nil: undefined }),
    }).map(({ priority, template }): PolicyGroup => ({
      id,
      name: `Group ${id}`,
      priority,
      ...(template === undefined ? {} : { template }),
    })),
  ),
);
const subjectArb: fc.Arbitrary<RuleSubject> = fc.oneof(
  fc.constantFrom(...PEOPLE).map((person): RuleSubject => ({ kind: 'person', person })),
  fc.constantFrom(...GROUP_IDS, 'Group g1').map((group): RuleSubject => ({ kind: 'group', group })),
);
const targetArb: fc.Arbitrary<RuleTarget> = fc.oneof(
  fc.constantFrom(...CATEGORIES).map((category): RuleTarget => ({ kind: 'category', category })),
  fc.constantFrom(...ILLEGAL_CATEGORIES).map((category): RuleTarget => ({ kind: 'category', category })),
  fc.constantFrom(...SITES).map((site): RuleTarget => ({ kind: 'site', site })),
);
const windowArb = fc.record({
  weekday: fc.integer({ min: 0, max: 6 }),
  start: fc.constantFrom('00:00', '08:00', '12:00'),
  end: fc.constantFrom('12:00', '17:00', '24:00'),
});
const ruleArb: fc.Arbitrary<PolicyRule> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  subject: subjectArb,
  target: targetArb,
  level: fc.constantFrom(...RULE_LEVELS),
  windows: fc.array(windowArb, { maxLength: 3 }),
  nominated: fc.record({ people: fc.subarray(PEOPLE), groups: fc.subarray([...GROUP_IDS, 'Group g2']) }),
});
const NOW = 1_800_000_000_000;
const approvalArb: fc.Arbitrary<UnblockApproval> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  subject: subjectArb,
  target: targetArb,
  startsAt: fc.integer({ min: NOW - 10_000, max: NOW }),
  endsAt: fc.integer({ min: NOW + 1, max: NOW + 10_000 }),
});
const restrictionArb: fc.Arbitrary<AccessRestriction> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  personId: fc.constantFrom(...PEOPLE),
  schoolId: fc.constantFrom('s1', 's2'),
  startsAt: fc.integer({ min: NOW - 10_000, max: NOW }),
  endsAt: fc.integer({ min: NOW - 5_000, max: NOW + 10_000 }),
  reasonCode: fc.constantFrom('safeguarding', 'behaviour'),
  allowSites: fc.constant('learning-sites'),
});
// Learning sites that include illegal hosts: listing one must never open it.
const learningSitesArb = fc.subarray(['s1', 's2']).chain((schools) =>
  fc.tuple(...schools.map((schoolId) => fc.subarray([...ILLEGAL_HOSTS, 'example', 'shared.example', 'files.example']).map((sites) => ({ schoolId, sites })))),
);
const requestArb = fc.record({
  host: fc.constantFrom(...ILLEGAL_HOSTS).chain((h) => fc.constantFrom(h, h.toUpperCase(), `${h}.`)),
  url: fc.option(fc.constantFrom('https://files.example/iwf/x', 'http://abuse.example/', 'https://terror.example/path?q=1'), { nil: undefined }),
  groups: fc.subarray([...GROUP_IDS, 'Group g3', 'unknown']),
  person: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }),
  at: fc.record({ weekday: fc.integer({ min: 0, max: 6 }), minuteOfDay: fc.integer({ min: 0, max: 1439 }) }),
  atMs: fc.option(fc.constant(NOW), { nil: undefined }),
});

describe('decide: properties', () => {
  it('never lets child-abuse or terrorism through, whatever the rules, nominations, windows, person rules, site allows, approvals, restrictions or learning sites', () => {
    fc.assert(
      fc.property(groupArb, fc.array(ruleArb, { maxLength: 14 }), fc.array(approvalArb, { maxLength: 5 }), fc.array(restrictionArb, { maxLength: 3 }), learningSitesArb, requestArb, (groups, rules, approvals, restrictions, learningSites, request) => {
        const snapshot = compileSnapshot({ lists, groups, rules, approvals, restrictions, learningSites });
        const d = decide(snapshot, request);
        assert.equal(d.verdict, 'block', d.reason);
        assert.equal(d.level, 'blocked-illegal', d.reason);
        assert.ok(d.category === 'child-abuse' || d.category === 'terrorism', d.reason);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and always explains itself, for any host text', () => {
    const snapshot = compileSnapshot({ lists, groups: [], rules: [] });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (host) => {
        const d = decide(snapshot, { host, groups: [], at: { weekday: 0, minuteOfDay: 0 } });
        assert.ok(d.verdict === 'allow' || d.verdict === 'block');
        assert.ok(d.reason.length > 0 && d.chain.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
