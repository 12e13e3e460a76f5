import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { dnsEventRow } from '../../src/dns/index.ts';
import { RR_TYPE } from '../../src/dns/core/wire.ts';
import { createOidcProvider } from '../../src/identity/oidc-providers.ts';
import { issueSetupToken } from '../../src/identity/setup.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { axeLog, browserSkip, clearArtifacts, ensureDashboardBuilt, expectAccessible, launchBrowser, newPerson, pageErrors, screenshot, scrollsSideways } from '../support/browser.ts';

/**
 * The dashboard scenario of issue 8 in real Chromium: first run through the setup link, sign-in
 * with a second factor, the administrator uploads a list, sets a group's policy and checks a
 * site, a teacher asks for an unblock, the online-safety lead approves it, a teacher reports a
 * concern, the DSL triages it and finds it in the learner's chronology, IT staff read the filter
 * log without learners' names while the online-safety lead sees them, a governor sees anonymised
 * figures only, a pupil reports without an account; axe on every screen, keyboard only where it
 * matters, reflow at 200 % and on a tablet.
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
    clearArtifacts();
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
      { email: 'osl@larchfield.example', name: 'Olwen Pryce', role: 'Online safety lead' },
      { email: 'it@larchfield.example', name: 'Idris Banner', role: 'IT technician' },
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

  it('lets the administrator upload a list with progress, set a group’s policy and check a site with the full explanation', async () => {
    const { page, context } = await newPerson(browser);
    await signIn(page, 'admin@larchfield.example', 'sign-in (administrator, filtering)');
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    await page.getByLabel('Code from your authenticator app').fill(code(adminSecret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Hello, Ada' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });

    await nav.getByRole('link', { name: 'Filtering overview' }).click();
    await page.getByRole('heading', { name: 'The filter in force' }).waitFor();
    await page.locator('#in-force dl').waitFor();
    await expectAccessible(page, 'filtering overview');
    await screenshot(page, 'filtering-overview');

    await nav.getByRole('link', { name: 'Block lists' }).click();
    await page.getByRole('heading', { name: 'Upload a list' }).waitFor();
    await expectAccessible(page, 'block lists');
    await page.getByLabel('List file').setInputFiles({ name: 'games.txt', mimeType: 'text/plain', buffer: Buffer.from('# games our pupils play at lunch\nplay.example\nthis is not a host\nfun-games.example\n') });
    await page.getByLabel('Name').fill('Lunchtime games');
    await page.getByLabel('Category').selectOption('games');
    await page.getByLabel('Why?').fill('Games sites pupils reach at lunch');
    await page.getByRole('button', { name: 'Upload the list' }).click();
    await page.getByText('“Lunchtime games” version 1 is in force: 2 names').waitFor();
    const notUsed = await page.getByRole('table', { name: 'Lines not used' }).innerText();
    assert.match(notUsed, /\b3\b/, 'the bad line is reported by its number');
    assert.match(notUsed, /this is not a host/);
    await page.getByRole('table', { name: 'Lists' }).getByText('Lunchtime games').waitFor();
    await expectAccessible(page, 'block lists: imported');
    await screenshot(page, 'filtering-list-imported');

    // Set a group's policy: games become unacceptable for learners.
    await nav.getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('table', { name: /Acceptable-use table/ }).waitFor();
    await expectAccessible(page, 'filtering policy');
    const form = page.locator('#change-policy');
    await form.getByLabel('Group').selectOption({ label: 'learners' });
    await form.getByLabel('Category', { exact: true }).selectOption('games');
    await form.getByLabel('Acceptable at certain times').check();
    await form.getByLabel('From').waitFor();
    await expectAccessible(page, 'filtering policy: time windows');
    await form.getByLabel('Unacceptable', { exact: true }).check();
    await form.getByLabel('Why?').fill('Games are for home; the school day is for learning');
    await form.getByRole('button', { name: 'Save the change' }).click();
    await page.getByText('Games is now “Unacceptable” for learners').waitFor();
    const table = page.getByRole('table', { name: /Acceptable-use table/ });
    const gamesRow = table.getByRole('row', { name: /^Games/ });
    await gamesRow.getByText('school rule').waitFor();
    assert.match(await gamesRow.innerText(), /Unacceptable/);
    assert.match(await table.getByRole('row', { name: /^Child sexual abuse content/ }).innerText(), /Unacceptable and illegal/);
    await expectAccessible(page, 'filtering policy: changed');
    await screenshot(page, 'filtering-policy-set');

    // The other two levels carry their details into the table: time windows and nominations.
    await form.getByLabel('Group', { exact: true }).selectOption({ label: 'staff' });
    await form.getByLabel('Category', { exact: true }).selectOption('streaming');
    await form.getByLabel('Acceptable at certain times').check();
    await form.getByLabel('Saturday').uncheck();
    await form.getByLabel('Why?').fill('Streaming for staff at lunchtime only');
    await form.getByRole('button', { name: 'Save the change' }).click();
    await page.getByText('Streaming is now “Acceptable at certain times” for staff').waitFor();
    // The table reloads after the message: wait for the new cell rather than reading the old one.
    await table.getByRole('row', { name: /^Streaming/ }).getByText(/Monday 12:00–13:00/).first().waitFor();
    assert.match(await table.getByRole('row', { name: /^Streaming/ }).innerText(), /Monday 12:00–13:00/);
    await form.getByLabel('Group', { exact: true }).selectOption({ label: 'learners' });
    await form.getByLabel('Category', { exact: true }).selectOption('chat');
    await form.getByLabel('Acceptable for nominated users').check();
    await form.getByLabel('6B', { exact: true }).check();
    await form.getByLabel('Nominate a person').fill('Wrenf');
    await form.getByLabel('Nominate a person').press('Enter');
    await form.getByRole('button', { name: 'Nominate Tomasz Wrenfield' }).click();
    await form.getByRole('list', { name: 'Nominated people' }).getByText('Tomasz Wrenfield').waitFor();
    await expectAccessible(page, 'filtering policy: nominations');
    await form.getByLabel('Why?').fill('The Year 6 pen-pal project uses a chat site');
    await form.getByRole('button', { name: 'Save the change' }).click();
    await page.getByText('Chat is now “Acceptable for nominated users” for learners').waitFor();
    await table.getByRole('row', { name: /^Chat/ }).getByText(/1 nominated person/).first().waitFor();
    const chat = await table.getByRole('row', { name: /^Chat/ }).innerText();
    assert.match(chat, /Acceptable for nominated users/);
    assert.match(chat, /6B/);
    assert.match(chat, /1 nominated person/);
    // A site entry: one maths games site stays open for learners whatever its category.
    await form.getByLabel('Group', { exact: true }).selectOption({ label: 'learners' });
    await form.getByLabel('A site').check();
    await form.getByLabel('Site', { exact: true }).fill('coolmath.example');
    await form.getByLabel('Acceptable', { exact: true }).check();
    await form.getByLabel('Why?').fill('Maths department uses it in lessons');
    await form.getByRole('button', { name: 'Save the change' }).click();
    await page.getByText('coolmath.example is now “Acceptable” for learners').waitFor();
    assert.match(await table.getByRole('row', { name: /^coolmath\.example/ }).innerText(), /Acceptable[\s\S]*Follows the categories/);
    assert.match(await page.getByRole('table', { name: /Site allow and block entries/ }).innerText(), /coolmath\.example[\s\S]*learners[\s\S]*Maths department uses it in lessons/);
    // At 200 % zoom the page reflows; only the wide table scrolls, inside its own region.
    await page.setViewportSize({ width: 640, height: 900 });
    assert.equal(await scrollsSideways(page), false, 'the policy page does not scroll sideways at 200 % zoom');
    await expectAccessible(page, 'filtering policy at 200 % zoom');
    await screenshot(page, 'filtering-policy-200-percent');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Check a site, with the full explanation.
    await nav.getByRole('link', { name: 'Check a site' }).click();
    await page.getByRole('heading', { name: 'Check a site' }).waitFor();
    await page.getByLabel('Site or address').fill('www.play.example');
    await page.getByLabel('Group', { exact: true }).selectOption({ label: 'learners' });
    await expectAccessible(page, 'check a site');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('heading', { name: 'Result for www.play.example' }).waitFor();
    const result = await page.locator('#check-result').innerText();
    assert.match(result, /Blocked/);
    assert.match(result, /Lunchtime games \(entry play\.example\)/);
    assert.match(result, /Unacceptable/);
    assert.ok((await page.getByRole('table', { name: 'How the decision was made' }).getByRole('row').count()) >= 3, 'every step is listed');
    await expectAccessible(page, 'check a site: explanation');
    await screenshot(page, 'filtering-check-blocked');

    await nav.getByRole('link', { name: 'Self-test' }).click();
    await page.getByRole('button', { name: 'Run the self-test now' }).click();
    await page.getByText(/The self-test (passed|found problems)/).waitFor();
    await page.locator('#latest').getByRole('heading', { name: 'What each blocked category has to block with' }).waitFor();
    await expectAccessible(page, 'self-test');
    await screenshot(page, 'filtering-self-test');
    await signOut(page);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('lets a teacher ask for a site to be unblocked for their class', async () => {
    const { page, context } = await newPerson(browser);
    await signIn(page, 'teacher@larchfield.example', 'sign-in (teacher, unblock)');
    await page.getByRole('heading', { name: 'Hello, Tilly' }).waitFor();
    await page.locator('#my-unblocks').getByText('You have not asked for any unblocks.').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Ask for an unblock' }).click();
    await page.getByRole('heading', { name: 'Ask for an unblock' }).waitFor();
    await expectAccessible(page, 'ask for an unblock');
    await page.getByLabel('Site', { exact: true }).fill('play.example');
    await page.getByLabel('For which class or group?').selectOption({ label: '5M' });
    await page.getByLabel('Why do you need it?').fill('Year 5 computing: a coding game in lesson 3');
    await screenshot(page, 'teacher-asks-unblock');
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.getByRole('heading', { name: 'Request sent' }).waitFor();
    await expectAccessible(page, 'unblock request sent');
    await page.getByRole('link', { name: 'Back to your home page' }).click();
    const mine = page.locator('#my-unblocks');
    await mine.getByText('play.example').waitFor();
    assert.match(await mine.innerText(), /Waiting for a decision/);
    await screenshot(page, 'teacher-unblock-waiting');
    // A teacher may not decide requests: the queue is not in their navigation.
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Unblock requests' }).count(), 0);
    await signOut(page);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('lets the online-safety lead approve the request from the filtering home, and see who it opens for', async () => {
    // What the DNS filter wrote today: Ellis's tablet was refused the games site twice.
    const db = t.haven.database.db;
    const school = await db.selectFrom('schools').select('id').executeTakeFirstOrThrow();
    const ellis = await db.selectFrom('people').select('id').where('external_id', '=', 'A100').executeTakeFirstOrThrow();
    const groupIds = await db.selectFrom('groups').select(['id', 'name']).where('school_id', '=', school.id).where('name', 'in', ['5M', 'learners']).orderBy('priority', 'desc').execute();
    const client = { schoolId: school.id, personId: ellis.id, deviceId: 'tab-7', groups: groupIds.map((g) => g.id), source: 'device' as const };
    const at = Math.max(t.clock.now(), Date.now()) - 60_000;
    await db
      .insertInto('filter_events')
      .values([
        dnsEventRow({ at, address: '10.20.0.7', client, type: RR_TYPE.A, verdict: 'block', category: 'games', name: 'play.example' }),
        dnsEventRow({ at: at + 1000, address: '10.20.0.7', client, type: RR_TYPE.A, verdict: 'block', category: 'games', name: 'play.example' }),
        dnsEventRow({ at: at + 2000, address: '10.20.0.7', client, type: RR_TYPE.A, verdict: 'allow', name: 'www.bbc.co.uk' }),
      ])
      .execute();

    const { page, context } = await newPerson(browser);
    await signIn(page, 'osl@larchfield.example', 'sign-in (online-safety lead)');
    await page.getByRole('heading', { name: 'Hello, Olwen' }).waitFor();
    const waiting = page.locator('#unblocks-waiting');
    await waiting.getByText('play.example for 5M').waitFor();
    await page.locator('#top-blocked').getByText('play.example').waitFor();
    await page.getByRole('table', { name: 'Blocks today by category and group, by category' }).getByText('Games').waitFor();
    await page.locator('#self-test').getByText('Passed').or(page.locator('#self-test').getByText('Failed')).waitFor();
    await expectAccessible(page, 'online-safety lead home');
    await screenshot(page, 'osl-home');
    await page.setViewportSize({ width: 640, height: 900 });
    assert.equal(await scrollsSideways(page), false, 'the online-safety lead’s home does not scroll sideways at 200 % zoom');
    await page.setViewportSize({ width: 1280, height: 900 });

    await waiting.getByRole('link', { name: 'Decide the requests' }).click();
    await page.getByRole('heading', { name: 'Unblock requests' }).waitFor();
    await expectAccessible(page, 'unblock requests');
    // Keyboard only: from the page heading, Tab reaches the note, then the approve button.
    const active = async (what: string) => String(await page.evaluate(`document.activeElement?.${what} ?? ''`));
    for (let i = 0; i < 10 && (await active('tagName')) !== 'TEXTAREA'; i++) await page.keyboard.press('Tab');
    assert.equal(await active('labels?.[0]?.textContent'), 'Your note on play.example', 'the note is reachable by Tab');
    await page.keyboard.type('Fine for the lesson; it closes by itself');
    await screenshot(page, 'osl-unblock-queue');
    await page.keyboard.press('Tab');
    assert.equal(await active('textContent'), 'Approve play.example');
    await page.keyboard.press('Enter');
    await page.getByText('Approved: play.example is open for 5M').waitFor();
    await page.locator('#decided').getByText('Open now').waitFor();
    await expectAccessible(page, 'unblock requests: approved');
    await screenshot(page, 'osl-unblock-approved');

    // The approval is in force: Ellis (5M) may reach it now, and the explanation names it.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Check a site' }).click();
    await page.getByLabel('Site or address').fill('play.example');
    await page.getByLabel('A person').check();
    await page.getByLabel('Find the person').fill('Moorc');
    await page.getByLabel('Find the person').press('Enter');
    await page.getByRole('button', { name: 'Choose Ellis Moorcroft' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('heading', { name: 'Result for play.example' }).waitFor();
    const explained = await page.locator('#check-result').innerText();
    assert.match(explained, /Allowed/);
    assert.match(explained, /approved unblock request/);
    await expectAccessible(page, 'check a site: opened by an approval');
    await screenshot(page, 'osl-check-approved');

    // The online-safety lead may see who: the log names the learner.
    await nav.getByRole('link', { name: 'Filtering log' }).click();
    await page.getByRole('table', { name: /Filter events/ }).getByText('Ellis Moorcroft').first().waitFor();
    await page.getByRole('table', { name: 'Blocks in this period, by group' }).waitFor();
    await expectAccessible(page, 'filtering log (names)');
    await screenshot(page, 'osl-filtering-log');

    await nav.getByRole('link', { name: 'Over-blocking' }).click();
    const asked = page.getByRole('table', { name: 'Answers by site or category' }).getByRole('row', { name: /play\.example/ });
    await asked.waitFor();
    assert.match(await asked.innerText(), /1\s+1\s+0\s+0/);
    await page.locator('#most-blocked').getByRole('link', { name: 'play.example' }).waitFor();
    await expectAccessible(page, 'over-blocking');
    await screenshot(page, 'osl-over-blocking');
    await signOut(page);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('shows IT staff the filter log by device and group, with no learner’s name anywhere', async () => {
    const { page, context } = await newPerson(browser, { width: 768, height: 1024 });
    await signIn(page, 'it@larchfield.example', 'sign-in (IT technician, tablet)');
    await page.getByRole('heading', { name: 'Hello, Idris' }).waitFor();
    await page.locator('#top-blocked').getByText('play.example').waitFor();
    await page.locator('#unblocks-waiting').getByText('No requests are waiting.').waitFor();
    await expectAccessible(page, 'IT technician home (tablet)');
    await screenshot(page, 'it-home-tablet');
    for (const name of LEARNERS.flatMap((l) => [l.first, l.last])) assert.ok(!(await page.locator('body').innerText()).includes(name), `no learner name on the IT home (${name})`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Filtering log' }).click();
    const events = page.getByRole('table', { name: /Filter events/ });
    await events.getByText('tab-7').first().waitFor();
    await page.getByRole('table', { name: 'Blocks in this period, by group' }).waitFor();
    await expectAccessible(page, 'filtering log (IT, no names)');
    assert.equal(await scrollsSideways(page), false, 'the filtering log fits a tablet');
    await screenshot(page, 'it-filtering-log-tablet');
    const names = LEARNERS.flatMap((l) => [l.first, l.last]);
    const text = await page.locator('body').innerText();
    for (const name of names) assert.ok(!text.includes(name), `IT staff see no learner name in the log (${name})`);
    assert.match(await events.innerText(), /10\.20\.0\.7/);
    // Nor in the policy, the check or the lists.
    for (const link of ['Policy', 'Check a site', 'Block lists', 'Self-test']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      const body = await page.locator('body').innerText();
      for (const name of names) assert.ok(!body.includes(name), `no learner name on ${link} (${name})`);
    }
    await expectAccessible(page, 'self-test (IT)');

    // IT staff make a scoped token for a script; its secret is shown once, and it can be revoked.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API tokens' }).click();
    await page.getByText('You have no tokens.').waitFor();
    await expectAccessible(page, 'API tokens');
    await page.getByLabel('Name', { exact: true }).fill('Log export');
    await page.getByLabel('filtering:logs', { exact: true }).check();
    await page.getByRole('button', { name: 'Make the token' }).click();
    await page.getByRole('heading', { name: 'Copy the new token now' }).waitFor();
    assert.ok((await page.locator('#token-secret').innerText()).trim().length >= 20, 'the secret is shown');
    await expectAccessible(page, 'API tokens: new secret');
    await screenshot(page, 'it-api-token');
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('button', { name: 'Revoke Log export' }).click();
    await page.getByText('“Log export” is revoked').waitFor();
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('lets a teacher report a concern and see only their own report, without names', async () => {
    const { page, context } = await newPerson(browser);
    await signIn(page, 'teacher@larchfield.example', 'sign-in (teacher)');
    await page.getByRole('heading', { name: 'Hello, Tilly' }).waitFor();
    await page.locator('#my-unblocks').getByText('play.example').waitFor();
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

    // The DSL changes a row of the response matrix, with a reason; then back to the chronology.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Response matrix' }).click();
    await page.getByRole('table', { name: /Response matrix/ }).waitFor();
    await expectAccessible(page, 'response matrix');
    const row = page.locator('#change-row');
    await row.getByLabel('Category').selectOption('abusive-messages');
    await row.getByLabel('Tell the parents or carers').check();
    await row.getByLabel('Why the change?').fill('Parents are always told about online bullying');
    await row.getByRole('button', { name: 'Save the row' }).click();
    await page.getByText(/is saved as version \d+/).waitFor();
    await expectAccessible(page, 'response matrix: saved');
    await screenshot(page, 'dsl-response-matrix');
    await page.goBack();
    await page.getByRole('heading', { name: 'Chronology: Ellis Moorcroft' }).waitFor();

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

  it('lets a parent report a concern without an account, saying what is missing first', async () => {
    const { page, context } = await newPerson(browser, { width: 768, height: 1024 });
    await page.goto(`${t.url}/report/concern`);
    await page.getByRole('heading', { name: 'Report a safeguarding concern' }).waitFor();
    await expectAccessible(page, 'parent and visitor form');
    await page.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
    await page.getByRole('alert').getByText('Give an email address or a phone number').waitFor();
    await expectAccessible(page, 'parent and visitor form: what is missing');
    await page.getByLabel('Your name').fill('Rhian Castellane');
    await page.getByLabel('Parent', { exact: true }).check();
    await page.getByLabel('Email address').fill('rhian@example.net');
    await page.getByLabel('What happened, or what worries you?').fill('An older child has been messaging my daughter on a game and asking for photos.');
    assert.equal(await scrollsSideways(page), false, 'the form fits a tablet');
    await screenshot(page, 'parent-form');
    await page.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
    await page.getByRole('heading', { name: 'Concern received' }).waitFor();
    assert.match(await page.locator('.reference').innerText(), /^HVN-[A-Z0-9]{8}$/);
    await expectAccessible(page, 'parent and visitor form: received');
    await screenshot(page, 'parent-form-received');
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });
});
