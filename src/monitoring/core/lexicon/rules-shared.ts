/**
 * Co-occurrence rules that several packs share word for word: the same ids, parts and windows
 * over each pack's own concepts. Each group's packs were written from one template, so their
 * common rules live here once and each pack adds the rules where it differs after them (as
 * `rules-de-nl-fr.ts` does for German, Dutch and French).
 */
import type { Rule } from './types.ts';

/** The rules Greek, Hebrew and Persian share. */
export const EL_HE_FA_RULES: readonly Rule[] = [
  { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 5 },
  { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
  { id: 'no-will-to-live', category: 'suicide-self-harm', severity: 4, all: ['@nolonger', '@living'], window: 4, ordered: true },
  { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@better', '@withoutme'], window: 6 },
  { id: 'nobody-would-miss', category: 'suicide-self-harm', severity: 4, all: ['@nobody', '@miss'], window: 5, ordered: true },
  { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@sdeath', '@smeans', '@stime', '@sfarewell', '@shopeless'], atLeast: 3, window: 16 },
  { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
  { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
  { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
  { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@edgoal', '@edmethod'], window: 8 },
  { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 12 },
  { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 10 },
  { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gsecret', '@gmeet', '@gpics', '@gage', '@ggift', '@gflatter', '@galone', '@gprivapp', '@gnight'], atLeast: 3, window: 16 },
  { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@ggift', '@gpics'], window: 10 },
  { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@cond', '@media', '@expose'], window: 16 },
  { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
  { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 5 },
  { id: 'weapon-to-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@bring', '@school'], window: 10 },
  { id: 'threat', category: 'weapons-violence', severity: 4, all: ['@threat'], window: 4 },
  { id: 'threat-at-school', category: 'weapons-violence', severity: 5, all: ['@threat', '@school'], window: 8 },
  { id: 'gambling-loss', category: 'gambling', severity: 3, all: ['@bet', '@loss'], window: 10 },
];

/** The rules Indonesian, Tagalog and Vietnamese share. */
export const ID_TL_VI_RULES: readonly Rule[] = [
  { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideword'], window: 5 },
  { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 7 },
  { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@sdeath', '@smeans', '@stime', '@sfarewell', '@shopeless'], atLeast: 3, window: 16 },
  { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
  { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
  { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 7 },
  { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gsecret', '@gmeet', '@gpics', '@gage', '@ggift', '@gflatter', '@galone', '@gprivapp'], atLeast: 3, window: 18 },
  { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 12 },
  { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@media', '@expose', '@cond'], window: 14 },
  { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
  { id: 'weapon-to-school', category: 'weapons-violence', severity: 5, all: ['@bring', '@weapon', '@school'], window: 8 },
  { id: 'threat', category: 'weapons-violence', severity: 4, all: ['@threat'], window: 4 },
  { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@make', '@bomb'], window: 4, ordered: true },
  { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extfigure', '@extsupport'], window: 5 },
  { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 4 },
  { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 6 },
  { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
  { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 12 },
];

/** The rules Japanese and Korean share. */
export const JA_KO_RULES: readonly Rule[] = [
  { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@harm', '@want'], window: 4, ordered: true },
  { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
  { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@sdeath', '@smeans', '@stime', '@sfarewell', '@shopeless'], atLeast: 3, window: 14 },
  { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
  { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@parents', '@secret'], window: 6, ordered: true },
  { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gpics'], window: 10 },
  { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gsecret', '@gmeet', '@gpics', '@gage', '@ggift', '@gflatter', '@galone', '@gprivapp', '@gnight'], atLeast: 3, window: 14 },
  { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@media', '@expose', '@cond'], window: 12 },
  { id: 'weapon-to-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@bring', '@school'], window: 10 },
  { id: 'threat-with-weapon', category: 'weapons-violence', severity: 5, all: ['@threat', '@weapon'], window: 8 },
  { id: 'threat-at-school', category: 'weapons-violence', severity: 5, all: ['@threat', '@school'], window: 8 },
  { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@bomb', '@make'], window: 4 },
  { id: 'loot-box-money', category: 'gambling', severity: 3, all: ['@lootbox', '@lootdebt'], window: 8 },
  { id: 'extremist-cues', category: 'extremism', severity: 4, all: ['@extvocab', '@extadmire', '@extjoin', '@extviolence', '@extprop', '@extdehuman'], atLeast: 2, window: 10 },
  { id: 'group-hate', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 5 },
  { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 6, ordered: true },
  { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
  // a planned fight × weapons or serious injury; a courier job × being trapped or threatened
  { id: 'armed-fight', category: 'weapons-violence', severity: 4, all: ['@fight', '@fightarm'], window: 12 },
  { id: 'drug-mule', category: 'grooming-cse', severity: 4, all: ['@mulejob', '@muletrap'], window: 14 },
  { id: 'gambling-debt', category: 'gambling', severity: 3, all: ['@gamble', '@gdebt'], window: 8 },
];

/** The rules Czech, Hungarian and Swahili share. */
export const CS_HU_SW_RULES: readonly Rule[] = [
  { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideword'], window: 6, ordered: true },
  { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@better', '@withoutme'], window: 6 },
  { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@sdeath', '@smeans', '@stime', '@sfarewell', '@shopeless'], atLeast: 3, window: 14 },
  { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 8 },
  { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gsecret', '@gmeet', '@gpics', '@gage', '@ggift', '@gflatter', '@galone', '@gprivapp', '@adultage', '@childage'], atLeast: 3, window: 16 },
  { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 12 },
  { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@cond', '@expose', '@media'], window: 12 },
  { id: 'weapon-to-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@bring', '@school'], window: 10 },
  { id: 'threat-with-weapon', category: 'weapons-violence', severity: 5, all: ['@threat', '@weapon'], window: 8 },
  { id: 'threat-at-school', category: 'weapons-violence', severity: 5, all: ['@threat', '@school'], window: 8 },
  { id: 'school-warning', category: 'weapons-violence', severity: 5, all: ['@dontcome', '@serious'], window: 14 },
  { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extfigure', '@extsupport'], window: 5 },
  { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
  { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 6 },
  { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
  { id: 'share-nudes-group', category: 'bullying-abuse', severity: 3, all: ['@spread', '@nudepics'], window: 8 },
  { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 12 },
];
