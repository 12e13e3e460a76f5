import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATEGORIES, CATEGORY_INFO, GROUP_TEMPLATES, ILLEGAL_CATEGORIES, isCategory } from '../model.ts';
import { compileSnapshot } from './compile-snapshot.ts';
import { buildListIndex, canaryHost } from './list-index.ts';
import { buildApproval, buildGroup, buildList, buildRule, buildSchoolLists, buildSnapshot } from './testing.ts';

describe('compileSnapshot', () => {
  it('leaves out rules it cannot apply, with one warning each, and keeps the rest', () => {
    const snapshot = buildSnapshot({
      rules: [
        buildRule('ok'),
        buildRule('no-group', { subject: { kind: 'group', group: 'nobody' } }),
        buildRule('bad-site', { target: { kind: 'site', site: 'not a site' } }),
        buildRule('open-iwf', { target: { kind: 'category', category: 'child-abuse' }, level: 'allowed-for-nominated-users', nominated: { people: ['p'] } }),
        buildRule('illegal-games', { level: 'blocked-illegal' }),
        buildRule('no-window', { subject: { kind: 'group', group: 'y7' }, level: 'allowed-at-certain-times', windows: [{ weekday: 1, start: '13:00', end: '12:00' }] }),
        buildRule('no-one', { subject: { kind: 'group', group: 'ks3' }, level: 'allowed-for-nominated-users', nominated: { groups: ['ghosts'] } }),
        buildRule('again', {}),
      ],
      approvals: [buildApproval('backwards', { startsAt: 10, endsAt: 5 })],
    });
    assert.deepEqual(
      snapshot.warnings.map((w) => `${w.code} ${w.id}`),
      [
        'rule_unknown_group no-group',
        'rule_invalid bad-site',
        'rule_illegal_allowed open-iwf',
        'rule_invalid illegal-games',
        'rules_overlap illegal-games',
        'rule_invalid no-window',
        'rule_invalid no-window',
        'rule_unknown_group no-one',
        'rule_invalid no-one',
        'rules_overlap again',
        'approval_invalid backwards',
      ],
    );
    for (const w of snapshot.warnings) assert.ok(w.message.includes(w.id), w.message);
  });

  it('lets a group’s own rule replace its template’s line for that category', () => {
    const snapshot = buildSnapshot({ rules: [buildRule('learners-social', { target: { kind: 'category', category: 'social-media' }, level: 'allowed' })] });
    const rules = snapshot.categoryRules.get('group:learners')?.get('social-media')?.[0] ?? [];
    assert.deepEqual(
      rules.map((r) => r.id),
      ['learners-social'],
    );
    assert.equal(snapshot.categoryRules.get('group:learners')?.get('pornography')?.[0]?.[0]?.id, 'template:learners:pornography');
  });

  it('reuses a prebuilt list index, so a policy change does not re-index lists', () => {
    const lists = buildSchoolLists();
    const a = compileSnapshot({ lists, groups: [], rules: [] });
    const b = compileSnapshot({ lists, groups: [buildGroup('g')], rules: [] });
    assert.equal(a.lists, b.lists);
  });

  it('gives every category a canary, even with no lists', () => {
    const snapshot = compileSnapshot({ lists: [], groups: [], rules: [] });
    for (const c of CATEGORIES) {
      assert.equal(snapshot.lists.canaries.get(c), canaryHost(c));
      assert.equal(snapshot.lists.lists.find((l) => l.canary && l.category === c)?.domains, 1);
    }
  });

  it('counts list entries per list for the self-test', () => {
    const lists = buildListIndex([buildList('a', 'games', ['x.example', 'y.example', 'x.example']), buildList('b', 'games', ['x.example'], ['x.example/p'])]);
    assert.deepEqual(
      lists.lists.filter((l) => !l.canary).map((l) => [l.id, l.domains, l.urls]),
      [
        ['a', 2, 0],
        ['b', 1, 1],
      ],
    );
    assert.throws(() => buildListIndex([buildList('a', 'games', []), buildList('a', 'games', [])]), /appears twice/u);
    assert.throws(() => buildListIndex([buildList('haven-canary:games', 'games', [])]), /reserved/u);
  });
});

describe('the filtering vocabulary', () => {
  it('marks exactly child-abuse and terrorism illegal, and illegal implies harmful', () => {
    assert.deepEqual(
      CATEGORIES.filter((c) => CATEGORY_INFO[c].illegal),
      [...ILLEGAL_CATEGORIES],
    );
    for (const c of CATEGORIES) {
      const info = CATEGORY_INFO[c];
      if (info.illegal) assert.equal(info.harmful, true, c);
      assert.equal(info.optional, !info.harmful, c);
      assert.ok(info.label.length > 0 && info.description.length > 0, c);
    }
    assert.equal(isCategory('finance'), true);
    assert.equal(isCategory('nope'), false);
  });

  it('has every template block every harmful category', () => {
    for (const t of Object.values(GROUP_TEMPLATES)) {
      for (const c of CATEGORIES) {
        if (CATEGORY_INFO[c].harmful && !CATEGORY_INFO[c].illegal) assert.equal(t.levels[c], 'blocked', `${t.id} ${c}`);
      }
    }
    assert.equal(GROUP_TEMPLATES.learners.levels['social-media'], 'blocked');
    assert.equal(GROUP_TEMPLATES.staff.levels['social-media'], 'allowed');
    for (const c of ['social-media', 'games', 'streaming', 'chat', 'dating'] as const) assert.equal(GROUP_TEMPLATES.guests.levels[c], 'blocked');
  });
});
