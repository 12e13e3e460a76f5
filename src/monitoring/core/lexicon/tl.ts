/**
 * Language pack placeholder (`tl`): being written; empty until then, so it changes no verdict.
 */
import type { LanguagePack } from './types.ts';

export const tl: LanguagePack = {
  lang: 'tl',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: [],
  concepts: {},
  terms: [],
  rules: [],
  senses: [],
};
