/**
 * The co-occurrence rules Urdu (both scripts) and Punjabi (both scripts) share: the same ids
 * over each pack's own concepts (`@want`, `@dieverb`, `@parents`, `@secret`…), so one table
 * serves all four, as `rules-romance.ts` does for Spanish, Portuguese and Italian.
 */
import type { Rule } from './types.ts';

export const URDU_PUNJABI_RULES: readonly Rule[] = [
  { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
  { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
  { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
  { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
  { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
  { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
  { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@suicide', '@howto'], window: 5 },
  { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@dieverb', '@want'], window: 3, ordered: true },
  { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
  { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
  { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@parents', '@secret'], window: 4, ordered: true },
  { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
  { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
  { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@school'], window: 8 },
  { id: 'threat', category: 'weapons-violence', severity: 5, all: ['@threat'], window: 4 },
  { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@extgroup', '@join'], window: 8 },
  { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 8 },
  { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
];
