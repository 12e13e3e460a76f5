import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { permissionsFor } from '../../identity/index.ts';
import { type AccessLevel, canBreakGlass, canSee, type ConcernFacts, imageAccess, type ViewerFacts } from './can-see.ts';

function viewer(roles: string[], overrides: Partial<ViewerFacts> = {}): ViewerFacts {
  return { accountId: `acc-${roles.join('-') || 'none'}`, personId: null, permissions: permissionsFor(roles), roles, breakGlass: false, ...overrides };
}

function concern(overrides: Partial<ConcernFacts> = {}): ConcernFacts {
  return { about: 'learner', aboutHeadteacher: false, reporterAccountId: 'acc-reporter', implicatedPersonIds: ['learner-1'], ...overrides };
}

const learner = concern();
const allegation = concern({ about: 'staff', implicatedPersonIds: ['teacher-9'] });
const aboutHead = concern({ about: 'staff', aboutHeadteacher: true, implicatedPersonIds: ['head-1'] });

describe('canSee: need-to-know for every role and kind of concern', () => {
  const table: [string, string[], ConcernFacts, AccessLevel][] = [
    ['the DSL manages learner concerns', ['dsl'], learner, 'manage'],
    ['a deputy DSL manages learner concerns', ['deputy-dsl'], learner, 'manage'],
    ['the headteacher does not see learner concerns without break-glass', ['headteacher'], learner, 'none'],
    ['a teacher does not see a learner concern someone else reported', ['teacher'], learner, 'none'],
    ['the online safety lead does not see learner concerns', ['online-safety-lead'], learner, 'none'],
    ['an administrator sees no concern content', ['administrator'], learner, 'none'],
    ['an IT technician sees no concern content', ['it-technician'], learner, 'none'],
    ['a governor sees no concern', ['governor'], learner, 'none'],
    ['the chair of governors does not see learner concerns', ['chair-of-governors'], learner, 'none'],
    ['office staff see no concern', ['office'], learner, 'none'],
    ['the headteacher manages allegations about staff', ['headteacher'], allegation, 'manage'],
    ['the DSL does not see allegations about staff', ['dsl'], allegation, 'none'],
    ['the chair does not see allegations about other staff', ['chair-of-governors'], allegation, 'none'],
    ['the chair manages allegations about the headteacher', ['chair-of-governors'], aboutHead, 'manage'],
    ['the headteacher does not see allegations about the headteacher', ['headteacher'], aboutHead, 'none'],
    ['the DSL does not see allegations about the headteacher', ['dsl'], aboutHead, 'none'],
    ['an administrator does not see allegations', ['administrator'], aboutHead, 'none'],
  ];
  for (const [name, roles, c, expected] of table) {
    it(name, () => assert.equal(canSee(viewer(roles), c).access, expected));
  }

  it('shows the reporter their own learner concern, and only a receipt for an allegation', () => {
    assert.equal(canSee(viewer(['teacher'], { accountId: 'acc-reporter' }), learner).access, 'reporter');
    assert.equal(canSee(viewer(['administrator'], { accountId: 'acc-reporter' }), learner).access, 'reporter');
    assert.equal(canSee(viewer(['teacher'], { accountId: 'acc-reporter' }), allegation).access, 'receipt');
    assert.equal(canSee(viewer(['dsl'], { accountId: 'acc-reporter' }), aboutHead).access, 'receipt');
  });

  it('hides a concern from anyone named in it as subject or alleged perpetrator, whatever their role', () => {
    assert.deepEqual(canSee(viewer(['dsl'], { personId: 'learner-1' }), learner), { access: 'none', reason: 'implicated' });
    assert.equal(canSee(viewer(['headteacher'], { personId: 'teacher-9' }), allegation).access, 'none');
    assert.equal(canSee(viewer(['chair-of-governors'], { personId: 'head-1' }), aboutHead).access, 'none');
  });

  it('gives read, not manage, to a DSL token without the triage scope', () => {
    assert.equal(canSee(viewer(['dsl'], { permissions: new Set(['concerns:read-all']) }), learner).access, 'read');
  });

  it('lets break-glass open learner concerns for senior staff only, read-only, and never allegations', () => {
    assert.deepEqual(canSee(viewer(['headteacher'], { breakGlass: true }), learner), { access: 'read', reason: 'break-glass' });
    assert.equal(canSee(viewer(['online-safety-lead'], { breakGlass: true }), learner).access, 'read');
    assert.equal(canSee(viewer(['teacher'], { breakGlass: true }), learner).access, 'none');
    assert.equal(canSee(viewer(['administrator'], { breakGlass: true }), learner).access, 'none');
    assert.equal(canSee(viewer(['headteacher'], { breakGlass: true }), aboutHead).access, 'none');
    assert.equal(canSee(viewer(['online-safety-lead'], { breakGlass: true }), allegation).access, 'none');
  });

  it('offers break-glass only where it would open something', () => {
    assert.equal(canBreakGlass(viewer(['headteacher']), learner), true);
    assert.equal(canBreakGlass(viewer(['dsl']), learner), false);
    assert.equal(canBreakGlass(viewer(['teacher']), learner), false);
    assert.equal(canBreakGlass(viewer(['headteacher']), aboutHead), false);
    assert.equal(canBreakGlass(viewer(['headteacher'], { personId: 'learner-1' }), learner), false);
  });

  it('lets only the DSL team view withheld images, and only a managing DSL delete them', () => {
    assert.deepEqual(imageAccess(canSee(viewer(['dsl']), learner)), { view: true, remove: true });
    assert.deepEqual(imageAccess(canSee(viewer(['dsl'], { permissions: new Set(['concerns:read-all']) }), learner)), { view: true, remove: false });
    assert.deepEqual(imageAccess(canSee(viewer(['headteacher'], { breakGlass: true }), learner)), { view: false, remove: false });
    assert.deepEqual(imageAccess(canSee(viewer(['headteacher']), allegation)), { view: false, remove: false });
    assert.deepEqual(imageAccess(canSee(viewer(['teacher'], { accountId: 'acc-reporter' }), learner)), { view: false, remove: false });
  });
});
