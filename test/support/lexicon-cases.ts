/**
 * Cases for the analyser's language-pack tests: a risky text must reach a severity in its
 * category, an innocent one must stay below the alert threshold. One helper for every pack's
 * test file, so they read alike and fail alike (with the entries that matched).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { analyse } from '../../src/monitoring/core/analyse.ts';
import type { MonitoringCategory } from '../../src/monitoring/model.ts';

/** `[text, least severity, category]`; `'any'` accepts any category, `null` means "no alert". */
export type LexiconCase = readonly [text: string, least: number, category: MonitoringCategory | 'any' | null];

/** One test per case, analysing with `lang` as the hint. */
export function checkCases(lang: string, cases: readonly LexiconCase[]): void {
  for (const [text, least, category] of cases) {
    it(category === null ? `no alert: ${JSON.stringify(text)}` : `alerts ${category} ≥ ${least}: ${JSON.stringify(text)}`, () => {
      const a = analyse(text, { lang });
      const why = a.matches.map((m) => `${m.entry}:${m.severity}`).join(' ');
      if (category === null) {
        assert.ok(a.severity < 3, `expected no alert, got ${a.severity} ${a.categories.join(',')} (${why})`);
        return;
      }
      assert.ok(a.severity >= least, `expected severity >= ${least}, got ${a.severity} (${why})`);
      if (category !== 'any') assert.ok(a.categories.includes(category), `expected ${category} in [${a.categories.join(',')}] (${why})`);
    });
  }
}

/** Risky cases: `[text, least severity, category]`. */
export function expectAlerts(lang: string, cases: readonly (readonly [text: string, least: number, category: MonitoringCategory | 'any'])[]): void {
  checkCases(lang, cases);
}

/** Innocent texts that must not alert. */
export function expectNoAlerts(lang: string, texts: readonly string[]): void {
  checkCases(lang, texts.map((text) => [text, 0, null] as const));
}
