/**
 * The generalisation rules of the Bengali and Gujarati packs: one table over the concept names
 * both packs share (`@dieverb`, `@secret`, `@xendall`…), each pack filling the concepts with its
 * own words, as `rules-romance.ts` does for Spanish, Portuguese and Italian. Written for Haven by
 * its contributors (AGPL-3.0-or-later).
 */
import type { Rule } from './types.ts';

/** The first rules: intent, plans, grooming, extremism, weapons, drugs and gambling frames. */
export function bengaliGujaratiRules(): Rule[] {
  return [
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@extgroup', '@join'], window: 8 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@suicide', '@howto'], window: 5 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@dieverb', '@want'], window: 3, ordered: true },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
    { id: 'jump-from-height', category: 'suicide-self-harm', severity: 5, all: ['@fheight', '@fjump'], window: 4, ordered: true },
    { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@fwithoutme', '@fbetter'], window: 6 },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@pills', '@dieverb', '@final', '@feeling', '@cut', '@fwithoutme'], atLeast: 3, window: 20 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@parents', '@secret'], window: 4, ordered: true },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@fgift', '@request'], window: 10 },
    { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@fcondition', '@fexpose', '@fmedia'], window: 12 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@request', '@secret', '@fgift', '@fwhereabouts', '@fnosee', '@fprivapp', '@childage', '@adultage'], atLeast: 3, window: 16 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'bring-weapon-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@fbring', '@school'], atLeast: 3, window: 10 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@fmakeweapon', '@fmake'], window: 6 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 6 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'gambling-how', category: 'gambling', severity: 3, all: ['@bet', '@howto'], window: 5 },
  ];
}

/**
 * The later frames: "end it all" with a farewell, a second grooming cue family (`groomingCues`
 * are extra parts of it), threats and teenage betting.
 */
export function bengaliGujaratiFrames(groomingCues: readonly string[] = []): Rule[] {
  return [
    ...(['xfarewell', 'xcantgo', 'xready'] as const).map((c): Rule => ({ id: `end-all-${c.slice(1)}`, category: 'suicide-self-harm', severity: 5, all: ['@xendall', `@${c}`], window: 24 })),
    { id: 'alone-cam', category: 'grooming-cse', severity: 4, all: ['@xalone', '@xcam'], window: 14 },
    { id: 'flatter-secret', category: 'grooming-cse', severity: 4, all: ['@xspecial', '@xsecret2'], window: 16 },
    { id: 'errand-exploit', category: 'grooming-cse', severity: 4, all: ['@xpackage', '@xpayoff'], window: 16 },
    { id: 'dont-come-in', category: 'weapons-violence', severity: 4, all: ['@xdontcome', '@xtrustme'], window: 12 },
    { id: 'attacker-admire', category: 'extremism', severity: 4, all: ['@xattacker', '@xdares'], window: 14 },
    { id: 'mock-group', category: 'bullying-abuse', severity: 3, all: ['@xgroupmade', '@xmock'], window: 14 },
    { id: 'height-tonight', category: 'suicide-self-harm', severity: 4, all: ['@fheight', '@xgo', '@xcantgo'], window: 16 },
    { id: 'farewell-ready', category: 'suicide-self-harm', severity: 4, all: ['@xfarewell', '@xready', '@xcantgo', '@xtime'], atLeast: 3, window: 24 },
    { id: 'grooming-cues-2', category: 'grooming-cse', severity: 4, all: ['@xcoach', '@xnight', '@secret', '@fnosee', '@fgift', '@xmeet', '@xagenum', '@xspecial', '@xcam', '@xphonecheck', '@fprivapp', ...groomingCues], atLeast: 3, window: 24 },
    { id: 'night-secret', category: 'grooming-cse', severity: 4, all: ['@xnight', '@fnosee'], window: 12 },
    { id: 'phone-check-switch', category: 'grooming-cse', severity: 4, all: ['@xphonecheck', '@fprivapp'], window: 14 },
    { id: 'call-to-arms', category: 'extremism', severity: 4, all: ['@xarms', '@xexpel', '@xjoingroup', '@xjihad', '@extgroup'], atLeast: 2, window: 24 },
    { id: 'threat-planned', category: 'weapons-violence', severity: 5, all: ['@xobj', '@xkill'], window: 4, ordered: true },
    { id: 'weapon-revenge', category: 'weapons-violence', severity: 5, all: ['@weapon', '@xrevenge'], window: 16 },
    // sextortion with a price: "I have your photos; pay by tomorrow or I send them to your school group"
    { id: 'pay-or-expose', category: 'grooming-cse', severity: 5, all: ['@fpay', '@fcondition', '@fexpose'], window: 24 },
    { id: 'teen-gambling', category: 'gambling', severity: 3, all: ['@xteen', '@bet'], window: 10 },
    { id: 'teen-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy', '@xteen', '@school'], atLeast: 3, window: 14 },
  ];
}
