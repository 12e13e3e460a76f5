/**
 * The co-occurrence rules German, Dutch and French share word for word: the same ids, parts and
 * windows over each pack's own concepts (`@self`, `@dieverb`, `@secret`, `@parents`…). Each pack
 * adds the rules where it differs (word order, a window, its own extra frames) after these.
 */
import type { Rule } from './types.ts';

export const DE_NL_FR_RULES: readonly Rule[] = [
  { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@dieverb'], window: 6, ordered: true },
  { id: 'plan-to-die', category: 'suicide-self-harm', severity: 5, all: ['@gonna', '@dieverb'], window: 6, ordered: true },
  { id: 'nobody-notice-gone', category: 'suicide-self-harm', severity: 4, all: ['@fnobodynotice', '@fwithoutme'], window: 10 },
  { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@fedgoal', '@fedmethod'], window: 8 },
  { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
  { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
  { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@hide', '@cut'], window: 7 },
  { id: 'no-will-to-live', category: 'suicide-self-harm', severity: 4, all: ['@fnolonger', '@fliving'], window: 5, ordered: true },
  { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@fbetter', '@fwithoutme'], window: 6 },
  { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@pills', '@dieverb', '@diesoft', '@final', '@farewell', '@feeling', '@ftime', '@fmeans', '@cut'], atLeast: 3, window: 20 },
  { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@secret', '@parents'], window: 5, atLeast: 2 },
  { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14, atLeast: 2 },
  { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 10, atLeast: 2 },
  { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@adult', '@request', '@secret', '@fgift', '@fpics', '@fprivapp', '@fmeet', '@fage', '@flatter', '@fnight'], atLeast: 3, window: 16 },
  { id: 'delete-our-chat', category: 'grooming-cse', severity: 4, all: ['@fdelete', '@fourchat'], window: 6, atLeast: 2 },
  { id: 'asks-whereabouts', category: 'grooming-cse', severity: 4, all: ['@fasks', '@fwhereabouts'], window: 8, atLeast: 2 },
  { id: 'adult-wants-meet', category: 'grooming-cse', severity: 4, all: ['@adultage', '@fmeet'], window: 12, atLeast: 2 },
  { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@fgift', '@request'], window: 10, atLeast: 2 },
  { id: 'run-errands', category: 'grooming-cse', severity: 4, all: ['@fcarry', '@fparcel'], window: 4, atLeast: 2 },
  { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
  { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
  { id: 'call-to-violence', category: 'extremism', severity: 4, all: ['@fideology', '@fviolentcall'], window: 8 },
  { id: 'seek-propaganda', category: 'extremism', severity: 4, all: ['@fgetmedia', '@fpropaganda'], window: 6 },
  { id: 'replacement-invasion', category: 'extremism', severity: 4, all: ['@ftakeover', '@fnation'], window: 10 },
  { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 8 },
  { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@buy', '@drug'], window: 5 },
  { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@gun', '@school'], window: 7 },
  { id: 'bring-weapon-school', category: 'weapons-violence', severity: 5, all: ['@bring', '@weapon', '@school'], window: 12 },
  { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 8 },
  { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
  { id: 'i-am-bullied', category: 'bullying-abuse', severity: 3, all: ['@fme', '@fbullied'], window: 5, ordered: true },
  { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
];
