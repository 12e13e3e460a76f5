/**
 * Frame rules that Hindi (Devanagari, `hi.ts`) and Hinglish (`hi-Latn`, also in `hi.ts`) share word
 * for word, over each pack's own concepts. Written for Haven by its contributors
 * (AGPL-3.0-or-later); no third-party list copied.
 */
import type { Rule } from './types.ts';

/** "End everything" with a farewell, "I can't any more" or "it's all ready" (not a bare "tonight": homework ends tonight too). */
const END_ALL_RULES: Rule[] = ['xfarewell', 'xcantgo', 'xready'].map((c) => ({ id: `end-all-${c.slice(1)}`, category: 'suicide-self-harm', severity: 5, all: ['@xendall', `@${c}`], window: 24 }));

/**
 * The frame rules Hindi (Devanagari) and Hinglish share word for word: the same ids and parts over
 * each pack's own concepts (`@xendall`, `@fnosee`, `@fprivapp`, `@fattackword`…), as `rules-bn-gu.ts`
 * does for Bengali and Gujarati.
 */
export const HINDI_FRAME_RULES: Rule[] = [
  ...END_ALL_RULES,
  { id: 'alone-cam', category: 'grooming-cse', severity: 4, all: ['@xalone', '@xcam'], window: 14 },
  { id: 'flatter-secret', category: 'grooming-cse', severity: 4, all: ['@xspecial', '@xsecret2'], window: 16 },
  { id: 'errand-exploit', category: 'grooming-cse', severity: 4, all: ['@xpackage', '@xpayoff'], window: 16 },
  { id: 'dont-come-in', category: 'weapons-violence', severity: 4, all: ['@xdontcome', '@xtrustme'], window: 12 },
  { id: 'attacker-admire', category: 'extremism', severity: 4, all: ['@xattacker', '@xdares'], window: 14 },
  { id: 'mock-group', category: 'bullying-abuse', severity: 3, all: ['@xgroupmade', '@xmock'], window: 14 },
  { id: 'height-tonight', category: 'suicide-self-harm', severity: 4, all: ['@fheight', '@xgo', '@xcantgo'], window: 16 },
  { id: 'starving-thin', category: 'suicide-self-harm', severity: 3, all: ['@xnoeat', '@xfat'], window: 14 },
  { id: 'cut-again-hide', category: 'suicide-self-harm', severity: 4, all: ['@xcutagain', '@hide'], window: 10 },
  { id: 'better-without-me-far', category: 'suicide-self-harm', severity: 4, all: ['@fwithoutme', '@fbetter'], window: 10 },
  { id: 'farewell-ready', category: 'suicide-self-harm', severity: 4, all: ['@xfarewell', '@xready', '@xcantgo', '@xtime'], atLeast: 3, window: 24 },
  { id: 'grooming-cues-2', category: 'grooming-cse', severity: 4, all: ['@xcoach', '@xnight', '@secret', '@fnosee', '@fgift', '@xmeet', '@xagenum', '@xspecial', '@xcam', '@xphonecheck', '@fprivapp'], atLeast: 3, window: 24 },
  { id: 'night-secret', category: 'grooming-cse', severity: 4, all: ['@xnight', '@fnosee'], window: 12 },
  { id: 'phone-check-switch', category: 'grooming-cse', severity: 4, all: ['@xphonecheck', '@fprivapp'], window: 14 },
  { id: 'call-to-arms', category: 'extremism', severity: 4, all: ['@xarms', '@xexpel', '@xjoingroup', '@xjihad', '@extgroup'], atLeast: 2, window: 24 },
  { id: 'weapon-revenge', category: 'weapons-violence', severity: 5, all: ['@weapon', '@xrevenge'], window: 16 },
  { id: 'school-attack-plan', category: 'weapons-violence', severity: 5, all: ['@school', '@fattackword', '@xrevenge'], atLeast: 2, window: 16 },
  { id: 'teen-gambling', category: 'gambling', severity: 3, all: ['@xteen', '@bet'], window: 10 },
  { id: 'teen-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy', '@xteen', '@school'], atLeast: 3, window: 14 },
  { id: 'weapon-deal-with', category: 'weapons-violence', severity: 4, all: ['@weapon', '@xdealwith'], window: 16 },
  { id: 'leak-request', category: 'sexual', severity: 3, all: ['@xgirlmedia', '@xanyonehas'], window: 10 },
  { id: 'party-drugs', category: 'drugs', severity: 3, all: ['@drug', '@xparty', '@xdeliver', '@buy'], atLeast: 3, window: 20 },
];
