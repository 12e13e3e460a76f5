/**
 * The generalisation rules of the Spanish, Portuguese and Italian packs: one table over the
 * concept names the three packs share (`@self`, `@dieverb`, `@attack`…), each pack filling the
 * concepts with its own words. Written for Haven by its contributors (AGPL-3.0-or-later).
 */
import type { PackPart, Rule } from './types.ts';

/** The rules; `worshipWindow` is how near an attack word must be to a place of worship. */
export function romanceRules(worshipWindow = 4): Rule[] {
  return [
      { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@dieverb'], window: 6, ordered: true },
      { id: 'wish-to-die', category: 'suicide-self-harm', severity: 5, all: ['@wantself', '@dieplain'], window: 3, ordered: true },
      { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 6 },
      { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
      { id: 'jump-from-height', category: 'suicide-self-harm', severity: 5, all: ['@jump', '@height'], window: 7, ordered: true },
      { id: 'no-will-to-live', category: 'suicide-self-harm', severity: 4, all: ['@nolonger', '@living'], window: 5, ordered: true },
      { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@better', '@withoutme'], window: 6 },
      { id: 'nobody-would-miss', category: 'suicide-self-harm', severity: 4, all: ['@nobody', '@miss'], window: 4, ordered: true },
      { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling', '@feeling'], window: 20 },
      { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final', '@ftime'], window: 20 },
      { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@dieverb', '@final', '@feeling', '@ftime', '@fmeans', '@pills'], atLeast: 3, window: 20 },
      { id: 'cut-body', category: 'suicide-self-harm', severity: 4, all: ['@cutting', '@bodypart'], window: 4 },
      { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@hide', '@cut'], window: 6 },
      { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@edgoal', '@edmethod'], window: 8 },
      { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@secret', '@parents'], window: 5 },
      { id: 'told-to-keep-secret', category: 'grooming-cse', severity: 4, all: ['@toldsecret', '@myparents'], window: 8 },
      { id: 'two-personal-questions', category: 'grooming-cse', severity: 4, all: ['@whereabouts', '@whereabouts'], window: 12 },
      { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@cond', '@show', '@media'], window: 12 },
      { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
      { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
      { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@adult', '@secret', '@toldsecret', '@gift', '@wantpics', '@meet', '@privapp', '@nosee', '@flatter', '@whereabouts', '@adultage', '@childage'], atLeast: 3, window: 16 },
      { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@gift', '@wantpics'], window: 10 },
      { id: 'covert-meeting', category: 'grooming-cse', severity: 5, all: ['@meet', '@covert'], window: 10 },
      { id: 'private-app-hidden', category: 'grooming-cse', severity: 4, all: ['@privapp', '@nosee'], window: 8 },
      { id: 'asks-whereabouts', category: 'grooming-cse', severity: 4, all: ['@asks', '@whereabouts'], window: 8 },
      { id: 'run-errands', category: 'grooming-cse', severity: 4, all: ['@carry', '@parcel'], window: 6 },
      { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
      { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 4 },
      { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
      { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 6 },
      { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: worshipWindow },
      { id: 'attack-school', category: 'weapons-violence', severity: 5, all: ['@attack', '@schoolplace'], window: 4 },
      { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 8 },
      { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@buy', '@drug'], window: 5 },
      { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@bring', '@weapon', '@school'], window: 8 },
      { id: 'weapon-when', category: 'weapons-violence', severity: 4, all: ['@bring', '@realweapon', '@ftime'], window: 6 },
      { id: 'buy-weapon', category: 'weapons-violence', severity: 4, all: ['@buyweapon', '@weapon'], window: 4, ordered: true },
      { id: 'make-bomb', category: 'weapons-violence', severity: 5, all: ['@howto', '@makeverb', '@bombish'], window: 6, ordered: true },
      { id: 'threat', category: 'weapons-violence', severity: 5, all: ['@killfuture', '@person'], window: 8 },
      { id: 'threat-weapon', category: 'weapons-violence', severity: 5, all: ['@killfuture', '@weapon'], window: 6 },
      { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 8 },
      { id: 'how-to-bet', category: 'gambling', severity: 3, all: ['@howto', '@bet'], window: 4 },
  ];
}

/**
 * The dev8 round's frames shared word for word by Spanish, Portuguese and Italian (each pack
 * defines the `d8…` concepts in its own words): a group with a vigilante call, gifts then a debt
 * owed, eating-disorder tags and goal weights, and the innocent threats over trifles, pets not
 * eating and bombs in games.
 */
export const D8_ROMANCE: Pick<PackPart, 'rules' | 'senses'> = {
  rules: [
    { id: 'vigilante-call', category: 'extremism', severity: 4, all: ['@group', '@d8vigilante'], window: 24 },
    { id: 'gifts-then-owe', category: 'grooming-cse', severity: 4, all: ['@d8gift', '@d8owe'], window: 16 },
    { id: 'ed-tag-cue', category: 'suicide-self-harm', severity: 4, all: ['@d8edtag', '@edgoal', '@edmethod', '@d8kg'], atLeast: 2, window: 30 },
    { id: 'goal-weight-restrict', category: 'suicide-self-harm', severity: 4, all: ['@d8goal', '@d8kg', '@edmethod'], window: 14 },
  ],
  senses: [
    { id: 'petty-threat', categories: ['weapons-violence', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@d8killyou', '@d8petty'], window: 16 },
    { id: 'pet-not-eating', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@d8pet', '@edmethod'], window: 12 },
    { id: 'game-bomb', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@bombish', '@d8gameworld'], window: 6, ordered: true },
  ],
};
