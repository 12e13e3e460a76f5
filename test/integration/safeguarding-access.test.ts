import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount, createToken, permissionsFor, ROLE_PERMISSIONS, type Role, roles } from '../../src/identity/index.ts';
import { routesOf } from '../../src/main/http.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { addAction, addAttachment, createTransfer, reportConcern, viewerFromAccount } from '../../src/safeguarding/index.ts';
import { buildPerson } from '../../src/safeguarding/testing.ts';

const GOOD = 'tangerine-harbour-lantern';
const NO_CONCERN_ROLE: Role[] = ['governor', 'it-technician', 'office'];
const ACCESS_CODES = new Set([
  'identity.unauthenticated',
  'identity.forbidden',
  'safeguarding.concern_not_found',
  'safeguarding.forbidden',
  'safeguarding.no_access',
  'safeguarding.break_glass_refused',
  'safeguarding.image_withheld',
]);

/** One row of the matrix: a request, who may make it, and who sees the concern but may not act (403; the rest get 404). */
interface Case {
  method: string;
  url: string;
  path: string;
  body?: unknown;
  /** Roles allowed: a 2xx, or a domain answer that is not an access refusal. */
  allow: readonly Role[];
  /** Roles that are refused with 403 although they may know the concern exists; every other role gets 404 (or 403 from the route's permission or role check). */
  forbid?: readonly Role[];
  public?: boolean;
  /** Public, but only with a transfer link token: a wrong token is refused alike for everyone, then the address is rate-limited. */
  link?: boolean;
  permission?: string;
}

describe('safeguarding access matrix: every route × every role', () => {
  let t: TestHaven;
  const tokens = new Map<string, string>();
  const emails = new Map<string, string>();
  const cases: Case[] = [];
  let learnerName = '';

  before(async () => {
    t = await startTestHaven('sqlite');
    const id = t.haven.identity;
    for (const role of roles) {
      const account = await createAccount(id, { type: 'cli' }, { email: `${role}@example.school`, roles: [role], password: GOOD });
      emails.set(role, account.email);
      tokens.set(role, (await createToken(id, { type: 'cli' }, { account: account.id, name: role, scopes: [...ROLE_PERMISSIONS[role]] })).token);
    }
    const db = t.haven.database.db;
    const head = await buildPerson(db, { kind: 'staff', firstName: 'Hollis', lastName: 'Brandreth' });
    await db.updateTable('accounts').set({ person_id: head.id }).where('email', '=', 'headteacher@example.school').execute();
    const other = await createAccount(id, { type: 'cli' }, { email: 'other-teacher@example.school', roles: ['teacher'], password: GOOD });
    const learner = await buildPerson(db, { firstName: 'Tamsin', lastName: 'Kernow' });
    learnerName = learner.name;
    const sg = t.haven.safeguarding;
    const teacher = await viewerFromAccount(db, 'teacher@example.school');
    const otherTeacher = await viewerFromAccount(db, other.email);
    const dsl = await viewerFromAccount(db, 'dsl@example.school');
    const subject = [{ personId: learner.id, part: 'subject' as const }];
    const A = await reportConcern(sg, teacher, { category: 'abusive-messages', summary: 'Cruel messages about a classmate', people: subject });
    const B = await reportConcern(sg, otherTeacher, { about: 'staff', summary: 'Headteacher shouted at a pupil', people: [{ personId: head.id, part: 'alleged-perpetrator' }] });
    const C = await reportConcern(sg, otherTeacher, { summary: 'Another teacher’s concern', people: subject });
    const D = await reportConcern(sg, otherTeacher, { summary: 'Concern for break-glass', people: subject });
    const att = await addAttachment(sg, dsl, A.id, { filename: 'chat.txt', contentType: 'text/plain', contentBase64: Buffer.from('chat log').toString('base64') });
    const action = await addAction(sg, dsl, A.id, { kind: 'other', description: 'Speak to the class' });
    const removeAccess = await addAction(sg, dsl, A.id, { kind: 'remove-access' });
    const transfer = await createTransfer(sg, dsl, { personId: learner.id, toSchool: 'Penwith Academy' });
    const wrongToken = 'hvt_this-is-not-the-token-0000000000';

    const dslTeam: Role[] = ['dsl', 'deputy-dsl'];
    const onA = (method: string, suffix: string, body?: unknown, extra: Partial<Case> = {}): Case => ({
      method,
      url: `/api/v1/concerns/:id${suffix}`,
      path: `/api/v1/concerns/${A.id}${suffix}`,
      ...(body !== undefined ? { body } : {}),
      allow: dslTeam,
      forbid: ['teacher'],
      ...extra,
    });
    const when = '2026-09-08T10:00:00Z';
    cases.push(
      { method: 'GET', url: '/api/v1/report/topics', path: '/api/v1/report/topics', allow: roles, public: true },
      { method: 'POST', url: '/api/v1/report/learner', path: '/api/v1/report/learner', body: { topic: 'feeling-low', whatHappened: 'I feel sad at break' }, allow: roles, public: true },
      { method: 'POST', url: '/api/v1/report/community', path: '/api/v1/report/community', body: { name: 'Rowan Pascoe', relationship: 'parent', phone: '01632 960123', whatHappened: 'Worried about a chat group' }, allow: roles, public: true },
      { method: 'POST', url: '/api/v1/concerns', path: '/api/v1/concerns', body: { summary: 'Saw something worrying', people: subject }, allow: [], permission: 'concerns:report' },
      { method: 'GET', url: '/api/v1/concerns', path: '/api/v1/concerns', allow: roles.filter((r) => !NO_CONCERN_ROLE.includes(r)) },
      { method: 'GET', url: '/api/v1/concerns/:id', path: `/api/v1/concerns/${A.id}`, allow: [...dslTeam, 'teacher'] },
      { method: 'GET', url: '/api/v1/concerns/:id', path: `/api/v1/concerns/${B.reference}`, allow: ['chair-of-governors'] },
      { method: 'GET', url: '/api/v1/concerns/:id', path: `/api/v1/concerns/${C.id}`, allow: dslTeam },
      { ...onA('GET', `/attachments/${att.id}`), url: '/api/v1/concerns/:id/attachments/:attachmentId' },
      { ...onA('DELETE', '/attachments/no-such-attachment', { reason: 'duplicate' }), url: '/api/v1/concerns/:id/attachments/:attachmentId' },
      onA('PATCH', '', { level: 'universal', levelRationale: 'First incident' }),
      { method: 'PATCH', url: '/api/v1/concerns/:id', path: `/api/v1/concerns/${B.id}`, body: { level: 'universal', levelRationale: 'Low-level' }, allow: ['chair-of-governors'] },
      onA('POST', '/status', { status: 'in-progress' }),
      onA('POST', '/notes', { text: 'Spoke to the class teacher' }),
      onA('POST', '/feedback', { audience: 'reporter', text: 'Thanks, in hand' }),
      onA('POST', '/people', { name: 'A witness', part: 'witness' }),
      { ...onA('DELETE', '/people/no-such-person'), url: '/api/v1/concerns/:id/people/:involvementId' },
      onA('POST', '/actions', { kind: 'other', description: 'Check the chat group' }),
      { ...onA('PATCH', `/actions/${action.id}`, { dueOn: '2026-10-01' }), url: '/api/v1/concerns/:id/actions/:actionId' },
      { ...onA('POST', `/actions/${removeAccess.id}/remove-access`, { until: '2d', note: 'Agreed with the learner and parents' }), url: '/api/v1/concerns/:id/actions/:actionId/remove-access' },
      onA('POST', '/escalation', { reason: 'Threats made' }),
      onA('POST', '/referrals', { agency: 'social-care', referredAt: when, reference: 'MASH-1' }),
      onA('POST', '/image-screenings', { answers: { 'adult-involved': false, 'coercion-or-grooming': false, 'unusual-or-violent': false, 'under-13': false, 'immediate-risk': false } }),
      onA('POST', '/attachments', { filename: 'more.txt', contentType: 'text/plain', contentBase64: Buffer.from('more').toString('base64') }, { allow: [...dslTeam, 'teacher'], forbid: [] }),
      onA('POST', '/events', { source: 'filtering', eventId: 'evt-1' }),
      onA('POST', '/records', { kind: 'sharing', occurredAt: when, counterpart: 'School nurse', reason: 'Health plan', consentSought: true }),
      onA('POST', '/investigations', { staff: ['dsl@example.school', 'headteacher@example.school'], device: 'Laptop 7', urls: [], decision: 'no-substance', startedAt: when }),
      { method: 'POST', url: '/api/v1/concerns/:id/break-glass', path: `/api/v1/concerns/${D.id}/break-glass`, body: { reason: 'DSL away' }, allow: ['headteacher', 'online-safety-lead'], forbid: dslTeam },
      { method: 'GET', url: '/api/v1/safeguarding/categories', path: '/api/v1/safeguarding/categories', allow: [], permission: 'concerns:report' },
      { method: 'PUT', url: '/api/v1/safeguarding/categories/:code', path: '/api/v1/safeguarding/categories/file-sharing', body: { actions: ['warning'], reason: 'Agreed' }, allow: [], permission: 'concerns:triage' },
      { method: 'GET', url: '/api/v1/safeguarding/categories/:code/history', path: '/api/v1/safeguarding/categories/file-sharing/history', allow: [], permission: 'concerns:triage' },
      { method: 'GET', url: '/api/v1/safeguarding/chronology/:personId', path: `/api/v1/safeguarding/chronology/${learner.id}`, allow: [], permission: 'concerns:read-all' },
      { method: 'GET', url: '/api/v1/safeguarding/figures', path: '/api/v1/safeguarding/figures', allow: [], permission: 'reports:governor' },
      { method: 'GET', url: '/api/v1/safeguarding/chronology/:personId/export', path: `/api/v1/safeguarding/chronology/${learner.id}/export?format=html`, allow: [], permission: 'concerns:read-all' },
      { method: 'GET', url: '/api/v1/safeguarding/reports/governor', path: '/api/v1/safeguarding/reports/governor?format=json', allow: [], permission: 'reports:governor' },
      { method: 'GET', url: '/api/v1/safeguarding/patterns', path: '/api/v1/safeguarding/patterns', allow: [], permission: 'concerns:read-all' },
      { method: 'POST', url: '/api/v1/safeguarding/transfers', path: '/api/v1/safeguarding/transfers', body: { personId: learner.id, toSchool: 'Penwith Academy' }, allow: [], permission: 'concerns:triage' },
      { method: 'GET', url: '/api/v1/safeguarding/transfers', path: '/api/v1/safeguarding/transfers', allow: [], permission: 'concerns:read-all' },
      { method: 'GET', url: '/api/v1/safeguarding/transfers/:id/package', path: `/api/v1/safeguarding/transfers/${transfer.transfer.id}/package?token=${wrongToken}`, allow: [], link: true },
      { method: 'POST', url: '/api/v1/safeguarding/transfers/:id/receipt', path: `/api/v1/safeguarding/transfers/${transfer.transfer.id}/receipt`, body: { token: wrongToken, name: 'Demelza Rowe', role: 'DSL', school: 'Penwith Academy' }, allow: [], link: true },
      { method: 'GET', url: '/api/v1/safeguarding/notifications', path: '/api/v1/safeguarding/notifications', allow: [...dslTeam, 'headteacher', 'chair-of-governors'], forbid: roles.filter((r) => ![...dslTeam, 'headteacher', 'chair-of-governors'].includes(r)) },
    );
  });
  after(async () => {
    await t.close();
  });

  async function call(c: Case, token?: string) {
    const hasBody = c.body !== undefined;
    const res = await fetch(t.url + c.path, {
      method: c.method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(hasBody ? { 'content-type': 'application/json' } : {}) },
      ...(hasBody ? { body: JSON.stringify(c.body) } : {}),
    });
    const text = await res.text();
    const json = (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {}) as { code?: string };
    return { status: res.status, code: json.code, text };
  }

  it('covers every safeguarding route', () => {
    const covered = new Set(cases.map((c) => `${c.method} ${c.url}`));
    const routes = routesOf(t.app).filter((r) => /^\/api\/v1\/(concerns|safeguarding|report)\b/.test(r.url));
    assert.ok(routes.length >= 37);
    for (const r of routes) assert.ok(covered.has(`${r.method} ${r.url}`), `no matrix case for ${r.method} ${r.url}`);
  });

  it('allows each role exactly what need-to-know gives it, and answers 404 where it may not know', async () => {
    for (const c of cases) {
      const who = ['anonymous', ...roles] as const;
      for (const [i, role] of who.entries()) {
        const r = await call(c, role === 'anonymous' ? undefined : tokens.get(role));
        const label = `${role} ${c.method} ${c.path} → ${r.status} ${r.code ?? ''}`;
        if (process.env.HAVEN_MATRIX_DEBUG) console.log(label);
        if (c.link) {
          // Ten tries per address, then 429; until then nobody, signed in or not, gets past a wrong token.
          if (i < 10) assert.deepEqual([r.status, r.code], [404, 'safeguarding.transfer_link_invalid'], label);
          else assert.equal(r.status, 429, label);
          continue;
        }
        if (c.public) {
          if (c.method === 'POST') assert.equal(r.status, i < 5 ? 201 : 429, label);
          else assert.equal(r.status, 200, label);
          continue;
        }
        if (role === 'anonymous') {
          assert.equal(r.status, 401, label);
          continue;
        }
        const allowed = c.permission ? permissionsFor([role]).has(c.permission as never) : c.allow.includes(role);
        if (allowed) {
          assert.ok(r.status < 400 || (r.status !== 401 && !ACCESS_CODES.has(r.code ?? '')), label);
        } else if (c.permission) {
          assert.deepEqual([r.status, r.code], [403, 'identity.forbidden'], label);
        } else if (NO_CONCERN_ROLE.includes(role) && c.url.startsWith('/api/v1/concerns')) {
          assert.deepEqual([r.status, r.code], [403, 'safeguarding.no_access'], label);
        } else if (c.forbid?.includes(role)) {
          assert.equal(r.status, 403, label);
        } else {
          assert.deepEqual([r.status, r.code], [404, 'safeguarding.concern_not_found'], label);
        }
      }
    }
  });

  it('never gives a governor a name: figures are counts, concern routes are refused', async () => {
    const gov = tokens.get('governor');
    const figures = await call({ method: 'GET', url: '', path: '/api/v1/safeguarding/figures', allow: [] }, gov);
    assert.equal(figures.status, 200);
    assert.ok(!figures.text.includes(learnerName) && !figures.text.includes('Kernow'));
    const list = await call({ method: 'GET', url: '', path: '/api/v1/concerns', allow: [] }, gov);
    assert.equal(list.status, 403);
  });

  it('applies the same rules to a signed-in browser session, with CSRF on changes', async () => {
    let cookie = '';
    const login = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'teacher@example.school', password: GOOD }) });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const list = (await (await fetch(`${t.url}/api/v1/concerns`, { headers: { cookie } })).json()) as { concerns: { view: string }[] };
    assert.ok(list.concerns.length >= 1 && list.concerns.every((c) => c.view === 'reporter'));
    const body = JSON.stringify({ summary: 'Reported from the browser', people: [{ name: 'A learner', part: 'subject' }] });
    const noCsrf = await fetch(`${t.url}/api/v1/concerns`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body });
    assert.equal(noCsrf.status, 403);
    const ok = await fetch(`${t.url}/api/v1/concerns`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body });
    assert.equal(ok.status, 201);
    const dslLogin = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'dsl@example.school', password: GOOD }) });
    const dslCookie = (dslLogin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const blocked = await fetch(`${t.url}/api/v1/concerns`, { headers: { cookie: dslCookie } });
    assert.equal(blocked.status, 403, 'the DSL must pass the second factor before reading concerns');
  });
});
