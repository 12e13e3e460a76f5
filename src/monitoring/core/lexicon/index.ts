/**
 * The built-in lexicon: every language pack and the data version. Bump
 * {@link LEXICON_VERSION} whenever a pack changes, so alerts record which data judged them.
 * README.md in this folder says how to add a language.
 */
import { ar, arLatn } from './ar.ts';
import { bn } from './bn.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { enContext } from './en-context.ts';
import { enGrooming } from './en-grooming.ts';
import { enInnocent } from './en-innocent.ts';
import { enNarrative } from './en-narrative.ts';
import { enSelfHarm } from './en-selfharm.ts';
import { enViolence } from './en-violence.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { withFrames } from './frames.ts';
import { gu } from './gu.ts';
import { hi, hiLatn } from './hi.ts';
import { it } from './it.ts';
import { lt } from './lt.ts';
import { nl } from './nl.ts';
import { OTHERS_AT_RISK } from './others-at-risk.ts';
import { pa, paLatn } from './pa.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { so } from './so.ts';
import { ta } from './ta.ts';
import { tr } from './tr.ts';
import { cs } from './cs.ts';
import { da } from './da.ts';
import { el } from './el.ts';
import { fa } from './fa.ts';
import { he } from './he.ts';
import { hu } from './hu.ts';
import { id } from './id.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nb } from './no.ts';
import { sv } from './sv.ts';
import { sw } from './sw.ts';
import { th } from './th.ts';
import { tl } from './tl.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';
import { extendPack, type LanguagePack } from './types.ts';
import { uk } from './uk.ts';
import { ur, urLatn } from './ur.ts';

/** Version of the built-in lexicon data (date-based: year.month.revision). */
export const LEXICON_VERSION = '2026.11.13';

/** Every built-in language pack, in matching order. */
export const BUILTIN_PACKS: readonly LanguagePack[] = [
  [enNarrative, enContext, enGrooming, enSelfHarm, enViolence, enInnocent].reduce(extendPack, en), pl, ro, ur, urLatn, pa, paLatn,
  es, pt, it, fr, de, nl, ar, arLatn, tr, hi, hiLatn, bn, ru, uk, lt, so, gu, ta,
  // packs added in 2026.11.10
  vi, id, tl, fa, he, el, sv, da, nb, cs, hu, sw, zh, ja, ko, th,
].map((pack) => withFrames(othersAtRisk(pack)));

/** Adds a pack's third-person intent phrases (`others-at-risk.ts`), where the language has them. */
function othersAtRisk(pack: LanguagePack): LanguagePack {
  const part = OTHERS_AT_RISK[pack.lang];
  return part === undefined ? pack : extendPack(pack, part);
}
