/**
 * The built-in lexicon: every language pack and the data version. Bump
 * {@link LEXICON_VERSION} whenever a pack changes, so alerts record which data judged them.
 * README.md in this folder says how to add a language.
 */
import { en } from './en.ts';
import { withFrames } from './frames.ts';
import { pa, paLatn } from './pa.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import type { LanguagePack } from './types.ts';
import { ur, urLatn } from './ur.ts';

/** Version of the built-in lexicon data (date-based: year.month.revision). */
export const LEXICON_VERSION = '2026.11.3';

/** Every built-in language pack, in matching order. */
export const BUILTIN_PACKS: readonly LanguagePack[] = [en, pl, ro, ur, urLatn, pa, paLatn].map(withFrames);
