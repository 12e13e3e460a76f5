import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Decision, PolicyRule, UnblockApproval } from '../model.ts';
import { toSchoolTime } from '../../platform/clock.ts';
import { decide, type DecideInput } from './decide.ts';
import { MONDAY_0900_UTC, buildApproval, buildGroup, buildRequest, buildRule, buildSchoolGroups, buildSnapshot } from './testing.ts';

interface Case {
  name: string;
  rules?: PolicyRule[];
  approvals?: UnblockApproval[];
  request: DecideInput;
  expect: Partial<Pick<Decision, 'verdict' | 'category' | 'list' | 'entry' | 'rule' | 'approval' | 'level' | 'safeSearch' | 'canary'>> & { reason?: RegExp };
}

function check(c: Case): void {
  const snapshot = buildSnapshot({
    groups: buildSchoolGroups([buildGroup('digital-leaders', { name: 'Digital leaders' }), buildGroup('club-a'), buildGroup('club-b')]),
    rules: c.rules ?? [],
    approvals: c.approvals ?? [],
  });
  assert.deepEqual(snapshot.warnings, []);
  const d = decide(snapshot, c.request);
  const { reason, ...fields } = c.expect;
  for (const [key, value] of Object.entries(fields)) assert.deepEqual(Reflect.get(d, key), value, `${key} (reason: ${d.reason})`);
  if (reason !== undefined) assert.match(d.reason, reason);
  assert.ok(d.chain.length > 0, 'explains itself');
}

const games = (level: PolicyRule['level'], group: string, extra: Partial<PolicyRule> = {}): PolicyRule =>
  buildRule(`games-${group}`, { subject: { kind: 'group', group }, target: { kind: 'category', category: 'games' }, level, ...extra });
const mon = (minuteOfDay: number): DecideInput['at'] => ({ weekday: 1, minuteOfDay });

describe('decide: lists, overlaps and label boundaries', () => {
  const cases: Case[] = [
    { name: 'blocks a subdomain of a listed name although a more specific sibling is listed too', request: buildRequest('www.bral.com'), expect: { verdict: 'block', category: 'malware', entry: 'bral.com', list: 'malware' } },
    { name: 'blocks the sibling itself, most specific entry first', request: buildRequest('static-ads.bral.com'), expect: { verdict: 'block', entry: 'static-ads.bral.com', category: 'malware' } },
    { name: 'allows the parent of a listed sub-entry', request: buildRequest('shop.example'), expect: { verdict: 'allow', reason: /not on any list/u } },
    { name: 'blocks the listed sub-entry under that parent', request: buildRequest('metrics.shop.example'), expect: { verdict: 'block', category: 'malware' } },
    { name: 'never matches across a label boundary', request: buildRequest('notbral.com'), expect: { verdict: 'allow' } },
    { name: 'never matches a listed name inside another', request: buildRequest('bral.com.evil.net'), expect: { verdict: 'allow' } },
    { name: 'matches IDN hosts in either form', request: buildRequest('BÜCHER.example'), expect: { verdict: 'block', category: 'pornography' } },
    { name: 'blocks a URL prefix where the URL is known', request: buildRequest('www.host.example', { url: 'https://www.host.example/Adult/page' }), expect: { verdict: 'block', entry: 'host.example/adult', category: 'pornography' } },
    { name: 'respects path segment boundaries', request: buildRequest('host.example', { url: 'http://host.example/adultery' }), expect: { verdict: 'allow' } },
    { name: 'cannot apply a URL prefix without the URL', request: buildRequest('host.example'), expect: { verdict: 'allow' } },
    { name: 'blocks an invalid host name', request: buildRequest('bad..name'), expect: { verdict: 'block', reason: /not a valid host name/u } },
    { name: 'allows unknown names', request: buildRequest('school.example'), expect: { verdict: 'allow', reason: /not on any list/u } },
  ];
  for (const c of cases) it(c.name, () => check(c));
});

describe('decide: defaults, templates and canaries', () => {
  const cases: Case[] = [
    { name: 'blocks a harmful category with no rule, by default', request: buildRequest('bet.example', { groups: [] }), expect: { verdict: 'block', category: 'gambling', level: 'blocked', reason: /blocked by default/u } },
    { name: 'allows an optional category with no rule, by default', request: buildRequest('games.example', { groups: [] }), expect: { verdict: 'allow', category: 'games', reason: /allowed by default/u } },
    { name: 'blocks social media for learners (template)', request: buildRequest('social.example'), expect: { verdict: 'block', rule: 'template:learners:social-media', reason: /Learners template/u } },
    { name: 'allows social media for staff (template)', request: buildRequest('social.example', { groups: ['staff'] }), expect: { verdict: 'allow', rule: 'template:staff:social-media' } },
    { name: 'blocks games for guests (template)', request: buildRequest('games.example', { groups: ['guests'] }), expect: { verdict: 'block', rule: 'template:guests:games' } },
    { name: 'accepts group names as well as ids', request: buildRequest('social.example', { groups: ['STAFF'] }), expect: { verdict: 'allow' } },
    { name: 'blocks in any category when a host is in several', request: buildRequest('static-ads.bral.com', { groups: ['staff'] }), expect: { verdict: 'block', category: 'malware' } },
    { name: 'answers the category canary like the category', request: buildRequest('pornography.canary.haven.test'), expect: { verdict: 'block', category: 'pornography', canary: true, list: 'haven-canary:pornography' } },
    { name: 'answers an optional canary per group', request: buildRequest('social-media.canary.haven.test', { groups: ['staff'] }), expect: { verdict: 'allow', canary: true } },
    { name: 'blocks the illegal canary for staff', request: buildRequest('child-abuse.canary.haven.test', { groups: ['staff'] }), expect: { verdict: 'block', level: 'blocked-illegal', canary: true } },
    { name: 'gives learners strict safe search', request: buildRequest('www.google.com'), expect: { verdict: 'allow', safeSearch: 'strict' } },
    { name: 'gives staff moderate safe search', request: buildRequest('www.google.com', { groups: ['staff'] }), expect: { safeSearch: 'moderate' } },
    { name: 'takes the strictest safe search among equal priorities', request: buildRequest('www.google.com', { groups: ['staff', 'learners'] }), expect: { safeSearch: 'strict' } },
    { name: 'gives safe search on listed names too', request: buildRequest('games.example', { groups: ['7b', 'learners'] }), expect: { verdict: 'allow', safeSearch: 'strict' } },
    { name: 'notes groups the policy does not know, listed or not', request: buildRequest('school.example', { groups: ['nobody', 'staff'] }), expect: { verdict: 'allow', safeSearch: 'moderate' } },
    { name: 'ignores groups the policy does not know', request: buildRequest('bet.example', { groups: ['nobody'] }), expect: { verdict: 'block', reason: /by default/u } },
  ];
  for (const c of cases) it(c.name, () => check(c));
});

describe('decide: precedence', () => {
  const cases: Case[] = [
    {
      name: 'lets the person’s own rule beat their groups (allow)',
      rules: [buildRule('p-social', { subject: { kind: 'person', person: 'dan' }, target: { kind: 'category', category: 'social-media' }, level: 'allowed' })],
      request: buildRequest('social.example', { person: 'dan' }),
      expect: { verdict: 'allow', rule: 'p-social', reason: /for this person/u },
    },
    {
      name: 'lets the person’s own rule beat their groups (block)',
      rules: [buildRule('p-games', { subject: { kind: 'person', person: 'eve' }, target: { kind: 'category', category: 'games' }, level: 'blocked' }), games('allowed', '7b')],
      request: buildRequest('games.example', { person: 'eve', groups: ['7b', 'learners'] }),
      expect: { verdict: 'block', rule: 'p-games' },
    },
    { name: 'lets a class beat a key stage', rules: [games('blocked', 'ks3'), games('allowed', '7b')], request: buildRequest('games.example', { groups: ['ks3', '7b'] }), expect: { verdict: 'allow', rule: 'games-7b' } },
    { name: 'lets a key stage beat a template', rules: [games('allowed', 'ks3')], request: buildRequest('games.example', { groups: ['guests', 'ks3'] }), expect: { verdict: 'allow', rule: 'games-ks3' } },
    { name: 'falls to the next group that has a rule', rules: [games('blocked', 'ks3')], request: buildRequest('games.example', { groups: ['7b', 'ks3'] }), expect: { verdict: 'block', rule: 'games-ks3' } },
    { name: 'blocks when groups of equal priority disagree', rules: [games('allowed', 'club-a'), games('blocked', 'club-b')], request: buildRequest('games.example', { groups: ['club-a', 'club-b'] }), expect: { verdict: 'block', rule: 'games-club-b' } },
    {
      name: 'lets a site rule beat a category rule',
      rules: [buildRule('site-social', { target: { kind: 'site', site: 'social.example' }, level: 'allowed' })],
      request: buildRequest('www.social.example'),
      expect: { verdict: 'allow', rule: 'site-social', category: 'social-media', reason: /social\.example acceptable/u },
    },
    {
      name: 'lets a group’s site rule beat the person’s category rule',
      rules: [
        buildRule('p-games', { subject: { kind: 'person', person: 'eve' }, target: { kind: 'category', category: 'games' }, level: 'blocked' }),
        buildRule('site-games', { subject: { kind: 'group', group: '7b' }, target: { kind: 'site', site: 'games.example' }, level: 'allowed' }),
      ],
      request: buildRequest('games.example', { person: 'eve', groups: ['7b'] }),
      expect: { verdict: 'allow', rule: 'site-games' },
    },
    {
      name: 'uses the most specific site of a subject',
      rules: [
        buildRule('yt', { target: { kind: 'site', site: 'video.example' }, level: 'allowed' }),
        buildRule('yt-gaming', { target: { kind: 'site', site: 'gaming.video.example' }, level: 'blocked' }),
      ],
      request: buildRequest('www.gaming.video.example'),
      expect: { verdict: 'block', rule: 'yt-gaming' },
    },
    {
      name: 'applies a path site rule only where the URL is known',
      rules: [buildRule('yt-path', { target: { kind: 'site', site: 'video.example/watch' }, level: 'blocked' })],
      request: buildRequest('video.example', { url: 'https://video.example/watch?v=1' }),
      expect: { verdict: 'block', rule: 'yt-path' },
    },
    {
      name: 'skips a path site rule without the URL',
      rules: [buildRule('yt-path', { target: { kind: 'site', site: 'video.example/watch' }, level: 'blocked' })],
      request: buildRequest('video.example'),
      expect: { verdict: 'allow' },
    },
    {
      name: 'blocks a site marked illegal for everyone, whoever the rule names',
      rules: [
        buildRule('illegal-site', { subject: { kind: 'group', group: 'guests' }, target: { kind: 'site', site: 'found.example' }, level: 'blocked-illegal' }),
        buildRule('staff-allow', { subject: { kind: 'group', group: 'staff' }, target: { kind: 'site', site: 'found.example' }, level: 'allowed' }),
      ],
      request: buildRequest('a.found.example', { groups: ['staff'] }),
      expect: { verdict: 'block', rule: 'illegal-site', level: 'blocked-illegal' },
    },
  ];
  for (const c of cases) it(c.name, () => check(c));
});

describe('decide: time windows and nominations', () => {
  const lunch = [games('allowed-at-certain-times', 'y7', { windows: [{ weekday: 1, start: '12:00', end: '13:00' }] })];
  const cases: Case[] = [
    { name: 'allows inside a window (first minute)', rules: lunch, request: buildRequest('games.example', { groups: ['y7'], at: mon(720) }), expect: { verdict: 'allow', reason: /one of them/u } },
    { name: 'allows inside a window (last minute)', rules: lunch, request: buildRequest('games.example', { groups: ['y7'], at: mon(779) }), expect: { verdict: 'allow' } },
    { name: 'blocks just before a window', rules: lunch, request: buildRequest('games.example', { groups: ['y7'], at: mon(719) }), expect: { verdict: 'block', reason: /outside them/u } },
    { name: 'blocks at the end of a window', rules: lunch, request: buildRequest('games.example', { groups: ['y7'], at: mon(780) }), expect: { verdict: 'block' } },
    { name: 'blocks on another day', rules: lunch, request: buildRequest('games.example', { groups: ['y7'], at: { weekday: 2, minuteOfDay: 750 } }), expect: { verdict: 'block' } },
  ];
  const nominated = [
    buildRule('social-nominated', {
      target: { kind: 'category', category: 'social-media' },
      level: 'allowed-for-nominated-users',
      nominated: { people: ['alice'], groups: ['Digital leaders'] },
    }),
  ];
  cases.push(
    { name: 'allows a nominated person', rules: nominated, request: buildRequest('social.example', { person: 'alice' }), expect: { verdict: 'allow', reason: /is nominated/u } },
    { name: 'allows a member of a nominated group', rules: nominated, request: buildRequest('social.example', { person: 'carol', groups: ['learners', 'digital-leaders'] }), expect: { verdict: 'allow' } },
    { name: 'blocks someone not nominated', rules: nominated, request: buildRequest('social.example', { person: 'bob' }), expect: { verdict: 'block', reason: /not nominated/u } },
  );
  for (const c of cases) it(c.name, () => check(c));

  // The caller turns "now" into Europe/London wall time; these instants straddle minute and clock-change boundaries.
  const london: [iso: string, inside: boolean][] = [
    ['2026-06-01T10:59:00Z', false], // 11:59 BST
    ['2026-06-01T11:00:00Z', true], // 12:00 BST
    ['2026-06-01T11:59:59Z', true], // 12:59:59 BST
    ['2026-06-01T12:00:00Z', false], // 13:00 BST
    ['2026-11-02T12:00:00Z', true], // 12:00 GMT
    ['2026-11-02T13:00:00Z', false], // 13:00 GMT
  ];
  for (const [iso, inside] of london) {
    it(`${inside ? 'allows' : 'blocks'} at ${iso} (Europe/London lunchtime 12:00–13:00 Monday)`, () => {
      const t = toSchoolTime(Date.parse(iso));
      check({ name: iso, rules: lunch, request: buildRequest('games.example', { groups: ['y7'], at: t }), expect: { verdict: inside ? 'allow' : 'block' } });
    });
  }
});

describe('decide: approved unblocks', () => {
  const blockedForY7 = [games('blocked', 'y7')];
  const approval = [buildApproval('unblock-12')];
  const at = { weekday: 1, minuteOfDay: 630 };
  const cases: Case[] = [
    { name: 'opens a category during its window and names the approval', rules: blockedForY7, approvals: approval, request: buildRequest('games.example', { groups: ['y7'], at, atMs: MONDAY_0900_UTC + 1_800_000 }), expect: { verdict: 'allow', approval: 'unblock-12', reason: /unblock approval unblock-12/u } },
    { name: 'opens from its first millisecond', rules: blockedForY7, approvals: approval, request: buildRequest('games.example', { groups: ['y7'], at, atMs: MONDAY_0900_UTC }), expect: { verdict: 'allow' } },
    { name: 'closes at its end', rules: blockedForY7, approvals: approval, request: buildRequest('games.example', { groups: ['y7'], at, atMs: MONDAY_0900_UTC + 3_600_000 }), expect: { verdict: 'block', rule: 'games-y7' } },
    { name: 'does nothing without a time', rules: blockedForY7, approvals: approval, request: buildRequest('games.example', { groups: ['y7'], at }), expect: { verdict: 'block' } },
    { name: 'does nothing for another group', rules: [games('blocked', 'ks3')], approvals: approval, request: buildRequest('games.example', { groups: ['ks3'], at, atMs: MONDAY_0900_UTC + 60_000 }), expect: { verdict: 'block' } },
    {
      name: 'opens a site for a person',
      approvals: [buildApproval('unblock-site', { subject: { kind: 'person', person: 'zoe' }, target: { kind: 'site', site: 'bet.example' } })],
      request: buildRequest('www.bet.example', { person: 'zoe', at, atMs: MONDAY_0900_UTC + 60_000 }),
      expect: { verdict: 'allow', approval: 'unblock-site' },
    },
  ];
  for (const c of cases) it(c.name, () => check(c));
});

describe('decide: illegal content', () => {
  it('blocks an illegal list entry for everyone and says why, without reading rules', () => {
    const snapshot = buildSnapshot({
      rules: [buildRule('allow-site', { subject: { kind: 'group', group: 'staff' }, target: { kind: 'site', site: 'abuse.example' }, level: 'allowed' })],
    });
    const d = decide(snapshot, buildRequest('www.abuse.example', { groups: ['staff'] }));
    assert.equal(d.verdict, 'block');
    assert.equal(d.level, 'blocked-illegal');
    assert.equal(d.category, 'child-abuse');
    assert.match(d.reason, /can never be allowed/u);
    assert.equal(
      d.chain.some((s) => s.stage === 'site' || s.stage === 'category'),
      false,
    );
  });

  it('refuses rules and approvals that try to open an illegal category, with warnings', () => {
    const snapshot = buildSnapshot({
      rules: [buildRule('open-terror', { target: { kind: 'category', category: 'terrorism' }, level: 'allowed' })],
      approvals: [buildApproval('open-iwf', { target: { kind: 'category', category: 'child-abuse' } })],
    });
    assert.deepEqual(
      snapshot.warnings.map((w) => [w.code, w.id]),
      [
        ['rule_illegal_allowed', 'open-terror'],
        ['approval_invalid', 'open-iwf'],
      ],
    );
    assert.equal(decide(snapshot, buildRequest('terror.example')).verdict, 'block');
  });

  it('keeps a legal parent open when only a subdomain is illegal', () => {
    const snapshot = buildSnapshot();
    assert.equal(decide(snapshot, buildRequest('mixed.example', { groups: ['staff'] })).verdict, 'allow');
    assert.equal(decide(snapshot, buildRequest('bad.mixed.example', { groups: ['staff'] })).level, 'blocked-illegal');
  });

  it('blocks an illegal URL prefix where the URL is known', () => {
    const d = decide(buildSnapshot(), buildRequest('files.example', { url: 'https://files.example/iwf/item/1', groups: ['staff'] }));
    assert.equal(d.level, 'blocked-illegal');
  });
});
