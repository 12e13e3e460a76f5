import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { createOidcProvider } from '../../src/identity/oidc-providers.ts';
import { issueSetupToken } from '../../src/identity/setup.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { axeLog, browserSkip, ensureDashboardBuilt, expectAccessible, launchBrowser, newPerson, pageErrors, screenshot, scrollsSideways } from '../support/browser.ts';

/**
 * The dashboard scenario of issue 8 in real Chromium: first run through the setup link, sign-in
 * with a second factor, a teacher reports a concern, the DSL triages it and finds it in the
 * learner's chronology, a governor sees anonymised figures only, a pupil reports without an
 * account; axe on every screen, keyboard only where it matters, reflow at 200 % and on a tablet.
 */

const PASSWORD = 'tangerine-harbour-lantern';
const LEARNERS = [
  { upn: 'A100', first: 'Ellis', last: 'Moorcroft', year: 'Year 5', cls: '5M' },
  { upn: 'A101', first: 'Priya', last: 'Castellane', year: 'Year 5', cls: '5M' },
  { upn: 'A102', first: 'Tomasz', last: 'Wrenfield', year: 'Year 6', cls: '6B' },
];
const HEADER = 'UPN,Forename,Surname,Year,Class,DOB,Role';
const GOOD_CSV = [HEADER, ...LEARNERS.map((l, i) => `${l.upn},${l.first},${l.last},${l.year},${l.cls},2015-0${i + 3}-1${i},pupil`)].join('\n');
const BAD_CSV = [HEADER, 'A100,Ellis,Moorcroft,Year 5,5M,2015-03-10,pupil', 'A101,Priya,,Year 5,5M,2015-04-11,pupil', 'A102,Tomasz,Wrenfield,Year 6,6B,not-a-date,wizard'].join('\n');

const skip = browserSkip();

describe('dashboard in Chromium: setup, sign-in, concerns, figures, the learner form', { skip }, () => {
  let t: TestHaven;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let adminSecret = '';
  let reference = '';
  const usedSteps = new Set<number>();

  /** A TOTP code for now on the test's clock, never one already used in this time step. */
  function code(secret: string): string {
    let step = Math.floor(t.clock.now() / 30_000);
    if (usedSteps.has(step)) {
      t.clock.advance(30_000);
      step = Math.floor(t.clock.now() / 30_000);
    }
    usedSteps.add(step);
    return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: t.clock.now() });
  }

  async function signIn(page: Page, email: string, screen: string): Promise<void> {
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Haven' }).waitFor();
    await expectAccessible(page, screen);
    // Keyboard only: type, Tab to the password, Enter submits.
    await page.getByLabel('Email address').focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
  }

  async function enrol(page: Page, screen: string): Promise<string> {
    await page.getByRole('heading', { name: 'Add an authenticator app' }).waitFor();
    await expectAccessible(page, screen);
    const secret = (await page.locator('#totp-secret').innerText()).replace(/\s+/g, '');
    assert.match(secret, /^[A-Z2-7]{16,}$/);
    await page.getByLabel('Code from your app').fill(code(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Keep your recovery codes' }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').count(), 10);
    await expectAccessible(page, `${screen}: recovery codes`);
    await page.getByLabel('I have kept these codes somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    return secret;
  }

  async function signOut(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.getByText('You have signed out.').waitFor();
  }

  before(async () => {
    ensureDashboardBuilt();
    t = await startTestHaven('sqlite');
    ({ browser, close: closeBrowser } = await launchBrowser());
  });
  after(async () => {
    await closeBrowser?.();
    await t?.close();
    console.log(`axe: ${axeLog.length} screens checked, ${axeLog.reduce((n, s) => n + s.violations, 0)} violations\n${axeLog.map((s) => `  ${s.screen}: ${s.violations} violations, ${s.passes} rules passed`).join('\n')}`);
  });

  it('runs first-run setup from the one-time link, with the administrator’s second factor', async () => {
    const token = await issueSetupToken(t.haven.identity);
    const { page, context } = await newPerson(browser);
    await page.goto(`${t.url}/setup?token=${encodeURIComponent(token)}`);
    await page.getByRole('heading', { name: 'Set up Haven: your school' }).waitFor();
    await expectAccessible(page, 'setup: school');
    await screenshot(page, 'setup-school');
    await page.getByLabel('School name').fill('Larchfield Primary');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Set up Haven: first administrator' }).waitFor();
    await expectAccessible(page, 'setup: administrator');
    await page.getByLabel('Your name').fill('Ada Quill');
    await page.getByLabel('Your email address').fill('admin@larchfield.example');
    await page.getByLabel('Choose a password').fill(PASSWORD);
    await screenshot(page, 'setup-administrator');
    await page.getByRole('button', { name: 'Create the school and administrator' }).click();
    adminSecret = await enrol(page, 'setup: second factor');
    await page.getByRole('heading', { name: 'Haven is ready' }).waitFor();
    await expectAccessible(page, 'setup: done');
    await page.getByRole('button', { name: 'Go to the dashboard' }).click();
    await page.getByRole('heading', { name: 'Hello, Ada' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await expectAccessible(page, 'administrator home');
    await screenshot(page, 'administrator-home');
    await signOut(page);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('signs the administrator in with the second factor, imports people with per-row errors, and adds staff accounts', async () => {
    const { page, context } = await newPerson(browser);
    await signIn(page, 'admin@larchfield.example', 'sign-in');
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    await expectAccessible(page, 'second factor');
    await page.getByLabel('Code from your authenticator app').fill(code(adminSecret));
    await screenshot(page, 'second-factor');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Hello, Ada' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import people' }).click();
    await page.getByRole('heading', { name: 'Import people' }).waitFor();
    await expectAccessible(page, 'people import');
    await page.getByLabel('CSV file').setInputFiles({ name: 'mis-export.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'Nothing was imported' }).waitFor();
    const rows = page.getByRole('table', { name: /Problems by row/ }).getByRole('row');
    assert.ok((await rows.count()) >= 3, 'each bad row is listed');
    const problems = await page.getByRole('table', { name: /Problems by row/ }).innerText();
    assert.match(problems, /\b3\b/);
    assert.match(problems, /\b4\b/);
    await expectAccessible(page, 'people import: per-row errors');
    await screenshot(page, 'import-row-errors');
    await page.getByLabel('CSV file').setInputFiles({ name: 'mis-export.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
    await page.getByLabel('Check the file only: change nothing').uncheck();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    await expectAccessible(page, 'people import: done');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('link', { name: 'Moorcroft, Ellis' }).waitFor();
    await expectAccessible(page, 'people');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups', exact: true }).click();
    await page.getByRole('link', { name: '5M' }).waitFor();
    await expectAccessible(page, 'groups');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff accounts' }).click();
    await page.getByRole('heading', { name: 'Add a staff account' }).waitFor();
    await expectAccessible(page, 'staff accounts');
    const staff = [
      { email: 'teacher@larchfield.example', name: 'Tilly Fenwick', role: 'Teacher' },
      { email: 'dsl@larchfield.example', name: 'Morgan Vale', role: 'Designated safeguarding lead' },
      { email: 'governor@larchfield.example', name: 'Gareth Holm', role: 'Governor' },
    ];
    const form = page.locator('#add-account');
    for (const s of staff) {
      await form.getByLabel('Email address').fill(s.email);
      await form.getByLabel('Name').fill(s.name);
      await form.getByLabel('First password').fill(PASSWORD);
      for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
      await form.getByLabel(s.role, { exact: true }).check();
      await form.getByRole('button', { name: 'Add the account' }).click();
      await page.getByText(`Account added for ${s.name}.`).waitFor();
    }
    await screenshot(page, 'staff-accounts');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Check the chain' }).click();
    await page.getByText(/The chain is whole/).waitFor();
    await expectAccessible(page, 'audit log');
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
    await expectAccessible(page, 'your account and sessions');
    await signOut(page);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('shows the school’s Google or Microsoft button once configured, and why such a sign-in was refused', async () => {
    await createOidcProvider(t.haven.identity, { type: 'cli' }, { kind: 'oidc', name: 'Larchfield Google', clientId: 'haven', issuer: 'http://127.0.0.1:9' }, { allowInsecureLoopback: true });
    const { page, context } = await newPerson(browser);
    await page.goto(`${t.url}/?signInError=oidc.no_account`);
    const button = page.getByRole('link', { name: 'Sign in with Larchfield Google' });
    await button.waitFor();
    assert.match(String(await button.getAttribute('href')), /^\/api\/v1\/auth\/oidc\/[^/]+\/start\?returnTo=%2F$/);
    await page.getByText('There is no Haven account for that school account').waitFor();
    await expectAccessible(page, 'sign-in with a provider, after a refused provider sign-in');
    await screenshot(page, 'sign-in-oidc');
    await context.close();
  });

  it('lets a teacher report a concern and see only their own report, without names', async () => {
    const { page, context } = await newPerson(browser);
    await signIn(page, 'teacher@larchfield.example', 'sign-in (teacher)');
    await page.getByRole('heading', { name: 'Hello, Tilly' }).waitFor();
    await page.getByText('Asking for a site to be opened').waitFor();
    await expectAccessible(page, 'teacher home');
    await screenshot(page, 'teacher-home');
    await page.getByRole('main').getByRole('link', { name: 'Report a concern' }).click();
    await page.getByRole('heading', { name: 'Report a concern' }).waitFor();
    await expectAccessible(page, 'report a concern');
    await page.getByLabel('Find a pupil in the school’s list').fill('Moorc');
    await page.getByLabel('Find a pupil in the school’s list').press('Enter');
    await page.getByRole('button', { name: 'Add Ellis Moorcroft' }).click();
    await page.getByLabel('What happened?').fill('Ellis showed me messages on a class group chat calling them names every evening this week. Ellis was upset and did not want to go out at break.');
    await page.getByLabel('Where did it happen?').fill('Online, reported in the classroom');
    await expectAccessible(page, 'report a concern: filled in');
    await screenshot(page, 'teacher-report-form');
    await page.getByRole('button', { name: 'Send to the safeguarding team' }).click();
    await page.getByRole('heading', { name: 'Concern sent' }).waitFor();
    reference = (await page.locator('.reference-inline').innerText()).trim();
    assert.match(reference, /^HVN-[A-Z0-9]{8}$/);
    await expectAccessible(page, 'concern sent');
    await page.getByRole('link', { name: 'See the concerns you reported' }).click();
    await page.getByRole('link', { name: reference }).waitFor();
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes('Moorcroft'), 'the teacher’s list of reports shows no learner names');
    await expectAccessible(page, 'concerns you reported');
    await signOut(page);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('lets the DSL, after the second factor, triage the concern and find it in the learner’s chronology', async () => {
    const { page, context } = await newPerson(browser);
    await signIn(page, 'dsl@larchfield.example', 'sign-in (DSL)');
    await page.getByRole('heading', { name: 'Protect your account' }).waitFor();
    await enrol(page, 'DSL: second factor');
    await page.getByRole('heading', { name: 'Hello, Morgan' }).waitFor();
    const queue = page.locator('#triage-queue');
    await queue.getByRole('link', { name: reference }).waitFor();
    assert.match(await queue.innerText(), /Ellis Moorcroft/);
    await page.locator('#overdue-actions').getByText('No actions are past their due date').waitFor();
    await expectAccessible(page, 'DSL home');
    await screenshot(page, 'dsl-home');

    // Keyboard only: the skip link comes first, then the concern is reached with Tab and opened with Enter.
    const active = async (what: string) => String(await page.evaluate(`document.activeElement?.${what} ?? ''`));
    await page.keyboard.press('Tab');
    assert.equal(await active('textContent'), 'Skip to main content');
    await page.keyboard.press('Enter');
    assert.equal(await active('id'), 'main');
    for (let i = 0; i < 10 && (await active('textContent')) !== reference; i++) await page.keyboard.press('Tab');
    assert.equal(await active('textContent'), reference, 'the concern link is reachable by Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Concern ${reference}` }).waitFor();
    assert.equal(await active('tagName'), 'H1', 'focus moves to the new screen’s heading');
    await expectAccessible(page, 'concern detail');
    const triage = page.locator('#triage');
    await triage.getByLabel('Category').selectOption('abusive-messages');
    await triage.getByLabel('Level of need').selectOption('early-help');
    await triage.getByLabel('Why this level?').fill('Repeated name-calling online; support in school and talk to parents.');
    await triage.getByLabel('Assign this concern to me').check();
    await triage.getByRole('button', { name: 'Save triage' }).click();
    await page.getByText('Triage saved.').waitFor();
    const actions = page.locator('#actions');
    await actions.getByText('Proposed by the response matrix').first().waitFor();
    await actions.getByRole('button', { name: 'Mark done: Involve the class teacher or tutor' }).click();
    await actions.locator('.action-done').first().waitFor();
    await page.locator('#notes-and-feedback').getByLabel('Add a note').fill('Spoke to Ellis at lunch; parents to be called today.');
    await page.locator('#notes-and-feedback').getByRole('button', { name: 'Save the note' }).click();
    await page.getByText('Spoke to Ellis at lunch').waitFor();
    // Triage starts the work: the concern is in progress now.
    await page.locator('#status').getByText('In progress.').waitFor();
    await expectAccessible(page, 'concern detail: triaged');
    await screenshot(page, 'dsl-concern-triaged');

    await page.getByRole('link', { name: 'Chronology of Ellis Moorcroft' }).click();
    await page.getByRole('heading', { name: 'Chronology: Ellis Moorcroft' }).waitFor();
    const chronology = await page.getByRole('region', { name: 'Chronology of Ellis Moorcroft' }).innerText();
    assert.ok(chronology.includes(reference));
    assert.match(chronology, /Concern reported/);
    assert.match(chronology, /Triaged/);
    assert.match(chronology, /Offensive, harassing or bullying messages/);
    await expectAccessible(page, 'chronology');
    await screenshot(page, 'dsl-chronology');

    // At 200 % zoom (640 CSS px wide) the concern page reflows to one column.
    await page.setViewportSize({ width: 640, height: 900 });
    await page.getByRole('link', { name: reference }).first().click();
    await page.getByRole('heading', { name: `Concern ${reference}` }).waitFor();
    assert.equal(await scrollsSideways(page), false, 'the concern page does not scroll sideways at 200 % zoom');
    await expectAccessible(page, 'concern detail at 200 % zoom');
    await screenshot(page, 'dsl-concern-200-percent');

    // An idle session expires (60 minutes): the next request brings back sign-in, saying why.
    t.clock.advance(61 * 60_000);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Concerns', exact: true }).click();
    await page.getByText('Your session has expired').waitFor();
    await page.getByRole('heading', { name: 'Sign in to Haven' }).waitFor();
    await expectAccessible(page, 'sign-in after the session expired');
    await screenshot(page, 'session-expired');
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('shows a governor anonymised figures only: no learner’s name anywhere on the page', async () => {
    const { page, context } = await newPerson(browser, { width: 768, height: 1024 });
    await signIn(page, 'governor@larchfield.example', 'sign-in (governor, tablet)');
    await page.getByRole('heading', { name: 'Hello, Gareth' }).waitFor();
    await page.locator('#figures canvas').waitFor();
    await page.getByRole('table', { name: 'Concerns by month' }).waitFor();
    await expectAccessible(page, 'governor home (tablet)');
    assert.equal(await scrollsSideways(page), false, 'the governor home fits a tablet');
    await screenshot(page, 'governor-home-tablet');
    const names = LEARNERS.flatMap((l) => [l.first, l.last]);
    const home = await page.locator('body').innerText();
    for (const name of names) assert.ok(!home.includes(name), `the governor home shows no learner name (${name})`);
    assert.ok(!home.includes(reference), 'nor a concern reference');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Governor report' }).click();
    await page.getByRole('heading', { name: 'By category' }).waitFor();
    await expectAccessible(page, 'governor report');
    await screenshot(page, 'governor-report');
    const report = await page.locator('body').innerText();
    for (const name of names) assert.ok(!report.includes(name), `the governor report shows no learner name (${name})`);
    assert.ok(!report.includes(reference));
    assert.match(report, /fewer than 3/);
    await page.goto(`${t.url}/concerns/${reference}`);
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    const refused = await page.locator('body').innerText();
    for (const name of names) assert.ok(!refused.includes(name));
    await expectAccessible(page, 'no access');
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('lets a pupil report a worry without an account, by keyboard alone', async () => {
    const { page, context } = await newPerson(browser, { width: 768, height: 1024 });
    await page.goto(`${t.url}/report`);
    await page.getByRole('heading', { name: 'Tell us about a worry' }).waitFor();
    await expectAccessible(page, 'learner form');
    await screenshot(page, 'learner-form');
    const focused = async () => String(await page.evaluate("document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName ?? ''"));
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'topic');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'TEXTAREA');
    await page.keyboard.type('Someone in my class keeps sending mean messages about me.');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'who');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(String(await page.evaluate('document.activeElement?.textContent')), 'Send');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
    assert.match(await page.locator('.reference').innerText(), /^HVN-[A-Z0-9]{8}$/);
    await expectAccessible(page, 'learner form: thank you');
    await screenshot(page, 'learner-thank-you');
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });
});
