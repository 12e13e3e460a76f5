/**
 * Language pack placeholder (`sv`): being written; empty until then, so it changes no verdict.
 */
import type { LanguagePack } from './types.ts';

export const sv: LanguagePack = {
  lang: 'sv',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: [],
  concepts: {},
  terms: [],
  rules: [],
  senses: [],
};
