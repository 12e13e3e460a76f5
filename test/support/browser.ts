import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium: the only browser the machines have (no downloads: there is no internet). */
export const CHROMIUM = '/usr/bin/chromium';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(root, 'test-artifacts', 'e2e');

/**
 * Whether the browser tests run here: without Chromium they are skipped with the reason, except
 * under CI=true, where a missing browser is a failure (`.ci/run` installs it).
 */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI === 'true') return false;
  return `Chromium is not installed at ${CHROMIUM} (apt-get install chromium); browser tests skipped`;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Builds the dashboard when web/dist is missing or older than its sources (CI builds it in
 * `npm ci`; a developer who edited web/ gets a fresh build before the browser tests).
 */
export function ensureDashboardBuilt(): void {
  const index = join(root, 'web', 'dist', 'index.html');
  const sources = Math.max(newest(join(root, 'web', 'src')), newest(join(root, 'web', 'index.html')), newest(join(root, 'web', 'public')), newest(join(root, 'web', 'vite.config.ts')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
  assert.equal(result.status, 0, 'the dashboard build failed');
}

/**
 * A headless Debian Chromium with no background networking. Playwright gives every launch a
 * fresh, empty profile directory of its own (it refuses `--user-data-dir` for that reason).
 */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  assert.ok(existsSync(CHROMIUM), `Chromium is required at ${CHROMIUM} under CI`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** A new browser profile (cookies of its own): one per person in a scenario. */
export async function newPerson(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London', reducedMotion: 'reduce' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource: the server responded with a status of (400|401|403|404|409)/.test(msg.text())) errors.push(msg.text());
  });
  errorsOf.set(page, errors);
  return { context, page };
}

const errorsOf = new WeakMap<Page, string[]>();

/** Errors the page logged (uncaught exceptions, console errors other than expected refusals). */
export function pageErrors(page: Page): string[] {
  return errorsOf.get(page) ?? [];
}

let shot = 0;

/** Empties the artefacts folder, so a run's screenshots are never mixed with an earlier run's. */
export function clearArtifacts(): void {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  shot = 0;
}

/** Saves a full-page screenshot as a test artefact, numbered in scenario order. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  shot += 1;
  const file = join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Every screen axe checked, with its violation count, for the report at the end. */
export const axeLog: { screen: string; violations: number; passes: number }[] = [];

/**
 * Runs axe-core on the page against WCAG 2.0, 2.1 and 2.2 A and AA (and axe's best practices)
 * and fails with each violation spelled out.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  axeLog.push({ screen, violations: results.violations.length, passes: results.passes.length });
  const text = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`).join('\n');
  assert.equal(results.violations.length, 0, `axe found violations on ${screen}:\n${text}`);
}

/** Whether the page scrolls sideways (WCAG 1.4.10 reflow: it must not at 320 CSS px per 400 % or 640 px per 200 %). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  // A string, not a function: this file is compiled for Node, where `document` has no type.
  return Boolean(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth + 1'));
}

/**
 * Screenshots of one scenario in a folder of its own (`test-artifacts/<folder>`, emptied first),
 * numbered in scenario order: test files run side by side, one process each, so a second
 * scenario must neither clear nor renumber the dashboard scenario's `e2e` folder.
 */
export function scenarioArtifacts(folder: string): { dir: string; screenshot(page: Page, name: string): Promise<string> } {
  const dir = join(ARTIFACTS, '..', folder);
  rmSync(dir, { recursive: true, force: true });
  let n = 0;
  return {
    dir,
    async screenshot(page, name) {
      mkdirSync(dir, { recursive: true });
      n += 1;
      const file = join(dir, `${String(n).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}
