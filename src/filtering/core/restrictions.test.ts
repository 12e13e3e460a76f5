import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccessRestriction, Decision, LearningSites } from '../model.ts';
import { decide, type DecideInput } from './decide.ts';
import { formatInstant } from './restrictions.ts';
import { MONDAY_0900_UTC, buildRequest, buildRule, buildSnapshot } from './testing.ts';

const HOUR = 3_600_000;

/** A restriction of learner p1 in school s1 for two hours from Monday 09:00 UTC unless overridden. */
function buildRestriction(overrides: Partial<AccessRestriction> = {}): AccessRestriction {
  return { id: 'r-1', personId: 'p1', schoolId: 's1', startsAt: MONDAY_0900_UTC, endsAt: MONDAY_0900_UTC + 2 * HOUR, reasonCode: 'safeguarding', allowSites: 'learning-sites', ...overrides };
}

const SITES: LearningSites[] = [{ schoolId: 's1', sites: ['learn.example', 'abuse.example', 'games.example'] }];

interface Case {
  name: string;
  restrictions?: AccessRestriction[];
  learningSites?: LearningSites[];
  request: DecideInput;
  expect: Partial<Pick<Decision, 'verdict' | 'restriction' | 'level' | 'category' | 'rule'>> & { reason?: RegExp; step?: RegExp };
}

const at = (ms: number, host: string, extra: Partial<DecideInput> = {}): DecideInput => buildRequest(host, { person: 'p1', atMs: ms, ...extra });

describe('decide: access restrictions ("remove network access")', () => {
  const cases: Case[] = [
    { name: 'blocks an ordinary site while the restriction is in force, naming it', request: at(MONDAY_0900_UTC, 'school.example'), expect: { verdict: 'block', restriction: 'r-1', level: 'blocked', reason: /network access removed until 2026-09-07 11:00 UTC \(restriction r-1\)/u } },
    { name: 'allows a learning site (and its subdomains) during the restriction', request: at(MONDAY_0900_UTC + HOUR, 'www.learn.example'), expect: { verdict: 'allow', step: /one of the school's learning sites/u } },
    { name: 'still applies the usual policy on a learning site: a restriction only narrows', request: at(MONDAY_0900_UTC, 'games.example'), expect: { verdict: 'allow', category: 'games' } },
    { name: 'never allows illegal content, even on a learning site', request: at(MONDAY_0900_UTC, 'abuse.example'), expect: { verdict: 'block', level: 'blocked-illegal', category: 'child-abuse' } },
    { name: 'starts at startsAt (inclusive)', request: at(MONDAY_0900_UTC, 'school.example'), expect: { verdict: 'block' } },
    { name: 'has no effect before it starts', request: at(MONDAY_0900_UTC - 1, 'school.example'), expect: { verdict: 'allow' } },
    { name: 'has no effect from endsAt (exclusive)', request: at(MONDAY_0900_UTC + 2 * HOUR, 'school.example'), expect: { verdict: 'allow' } },
    { name: 'applies to no one else', request: at(MONDAY_0900_UTC, 'school.example', { person: 'p2' }), expect: { verdict: 'allow' } },
    { name: 'is not applied without an instant (like approvals)', request: buildRequest('school.example', { person: 'p1' }), expect: { verdict: 'allow' } },
    { name: "uses the restricted person's own school's learning sites", restrictions: [buildRestriction({ schoolId: 's2' })], request: at(MONDAY_0900_UTC, 'learn.example'), expect: { verdict: 'block', reason: /lists no learning sites/u } },
    { name: 'says so when the school lists no learning sites', learningSites: [], request: at(MONDAY_0900_UTC, 'learn.example'), expect: { verdict: 'block', reason: /lists no learning sites, so everything is blocked/u } },
    { name: 'takes the longest of overlapping restrictions', restrictions: [buildRestriction(), buildRestriction({ id: 'r-2', endsAt: MONDAY_0900_UTC + 5 * HOUR })], request: at(MONDAY_0900_UTC + HOUR, 'school.example'), expect: { verdict: 'block', restriction: 'r-2' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const snapshot = buildSnapshot({ restrictions: c.restrictions ?? [buildRestriction()], learningSites: c.learningSites ?? SITES, rules: [] });
      assert.deepEqual(snapshot.warnings, []);
      const d = decide(snapshot, c.request);
      const { reason, step, ...fields } = c.expect;
      for (const [key, value] of Object.entries(fields)) assert.deepEqual(Reflect.get(d, key), value, `${key} (reason: ${d.reason})`);
      if (reason !== undefined) assert.match(d.reason, reason);
      if (step !== undefined) assert.ok(d.chain.some((s) => s.stage === 'restriction' && step.test(s.note)), JSON.stringify(d.chain));
    });
  }

  it('beats a person-level site allow: a restriction is read before any rule', () => {
    const snapshot = buildSnapshot({
      rules: [buildRule('allow-site', { subject: { kind: 'person', person: 'p1' }, target: { kind: 'site', site: 'games.example' }, level: 'allowed' })],
      restrictions: [buildRestriction()],
      learningSites: [],
    });
    const d = decide(snapshot, at(MONDAY_0900_UTC, 'games.example'));
    assert.deepEqual([d.verdict, d.restriction, d.rule], ['block', 'r-1', undefined]);
  });

  it('leaves out an impossible restriction and a bad learning site, with warnings', () => {
    const snapshot = buildSnapshot({ restrictions: [buildRestriction({ endsAt: MONDAY_0900_UTC })], learningSites: [{ schoolId: 's1', sites: ['not a host'] }] });
    assert.deepEqual(snapshot.warnings.map((w) => w.code).sort(), ['learning_site_invalid', 'restriction_invalid']);
    assert.equal(decide(snapshot, at(MONDAY_0900_UTC, 'school.example')).verdict, 'allow');
  });

  it('formats instants without a clock', () => {
    assert.equal(formatInstant(0), '1970-01-01 00:00 UTC');
    assert.equal(formatInstant(Date.UTC(2028, 1, 29, 23, 59, 30)), '2028-02-29 23:59 UTC');
    assert.equal(formatInstant(Date.UTC(1999, 11, 31, 12, 5)), '1999-12-31 12:05 UTC');
  });
});
