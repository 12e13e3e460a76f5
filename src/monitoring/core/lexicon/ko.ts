/**
 * Language pack placeholder (`ko`): being written; empty until then, so it changes no verdict.
 */
import type { LanguagePack } from './types.ts';

export const ko: LanguagePack = {
  lang: 'ko',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: [],
  concepts: {},
  terms: [],
  rules: [],
  senses: [],
};
