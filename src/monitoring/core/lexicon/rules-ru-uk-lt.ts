/**
 * The generalisation rules of the Russian, Ukrainian and Lithuanian packs: one table over the
 * concept names the three share (`@self`, `@dieverb`, `@secret`, `@xsorry`…), each pack filling
 * the concepts with its own words, as `rules-romance.ts` does for Spanish, Portuguese and Italian.
 * Written for Haven by its contributors (AGPL-3.0-or-later).
 */
import type { EntrySeverity, Rule } from './types.ts';

/** How the packs differ: how serious a secret kept from parents is, and whether "me" must come before the hurt. */
export interface NorthEastOptions {
  readonly secretSeverity: EntrySeverity;
  readonly orderedBullied: boolean;
}

/** The first rules: intent, plans, grooming, extremism, weapons, drugs and gambling frames. */
export function northEastRules(options: NorthEastOptions): Rule[] {
  return [
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@dieverb'], window: 6, ordered: true },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 5, ordered: true },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@hide', '@cut'], window: 6 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gsecret', '@ggift', '@gmeet', '@gpics', '@gage', '@galone', '@gflatter', '@gprivapp'], atLeast: 3, window: 18 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: options.secretSeverity, all: ['@secret', '@parents'], window: 4 },
    { id: 'adult-pics', category: 'grooming-cse', severity: 4, all: ['@adult', '@gpics'], window: 10 },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 10 },
    { id: 'sextortion', category: 'grooming-cse', severity: 5, all: ['@cond', '@show', '@media'], window: 12 },
    { id: 'me-bullied', category: 'bullying-abuse', severity: 3, all: ['@me', '@hurtme'], window: 4, ordered: options.orderedBullied },
    { id: 'underage-drinking', category: 'drugs', severity: 3, all: ['@booze', '@youngage'], window: 5 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@buy', '@drug'], window: 5 },
    { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@bring', '@weapon', '@school'], window: 8 },
    { id: 'threat', category: 'weapons-violence', severity: 4, all: ['@killfuture', '@person'], window: 4 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@make', '@madeweapon'], window: 5, ordered: true },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 6, ordered: true },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 8 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 8 },
    { id: 'how-to-bet', category: 'gambling', severity: 3, all: ['@howto', '@bet'], window: 4, ordered: true },
  ];
}

/** The later frames (farewells, "better without me", a secret plus a grooming step, couriers, revenge); `secretWindow` in words. */
export function northEastFrames(secretWindow: number): Rule[] {
  return [
    { id: 'farewell-cues', category: 'suicide-self-harm', severity: 4, all: ['@xsorry', '@xleave', '@xgiveaway', '@xtired', '@final'], atLeast: 2, window: 20 },
    { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@xwithoutme', '@xbetter', '@xall'], window: 6 },
    { id: 'secret-and-step', category: 'grooming-cse', severity: 4, all: ['@xgsecret', '@xgnext'], window: secretWindow },
    { id: 'courier-recruit', category: 'grooming-cse', severity: 4, all: ['@xjob', '@xdrugjob'], window: 10 },
    { id: 'revenge-weapon', category: 'weapons-violence', severity: 4, all: ['@xrevenge', '@weapon'], window: 12 },
    { id: 'join-cleanse', category: 'extremism', severity: 4, all: ['@join', '@xcleanse'], window: 12 },
    { id: 'insult-you', category: 'bullying-abuse', severity: 3, all: ['@xyouare', '@xinsult'], window: 3, ordered: true },
  ];
}
