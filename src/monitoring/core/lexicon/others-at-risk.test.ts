/**
 * Someone else's suicidal intent (`others-at-risk.ts`): a friend's or sibling's intent told in
 * the third person alerts in every language that has the phrases; hyperbole and the writer's own
 * help for others' "dying of laughter" do not.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe("someone else's intent alerts, told in the third person", () => {
  expectAlerts('en', [
    ['my sister told me she wants to end her life', 4, 'suicide-self-harm'],
    ['he wants to die and i dont know what to do', 4, 'suicide-self-harm'],
    ['she doesnt want to live anymore', 4, 'suicide-self-harm'],
    ["my mate said he'll kill himself if she leaves him", 4, 'suicide-self-harm'],
  ]);
  expectAlerts('es', [
    ['mi amiga dice que se quiere morir', 4, 'suicide-self-harm'],
    ['mi amigo quiere suicidarse, que hago', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('fr', [
    ["ma copine m'a dit qu'elle veut mourir ce soir", 4, 'suicide-self-harm'],
    ['mon pote veut se suicider', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('de', [
    ['meine Freundin sagt sie will sterben', 4, 'suicide-self-harm'],
    ['mein Freund will sich umbringen', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('ro', [
    ['prietena mea zice ca vrea sa moara', 4, 'suicide-self-harm'],
    ['prietenul meu vrea să se sinucidă', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('pt', [['a minha amiga diz que quer morrer', 4, 'suicide-self-harm']]);
  expectAlerts('it', [['la mia amica dice che vuole morire', 4, 'suicide-self-harm']]);
  expectAlerts('nl', [['mijn vriendin zegt dat ze dood wil', 4, 'suicide-self-harm']]);
  expectAlerts('tr', [['arkadaşım ölmek istediğini söylüyor', 4, 'suicide-self-harm']]);
  expectAlerts('ru', [['моя подруга говорит что хочет умереть', 4, 'suicide-self-harm']]);
  expectAlerts('uk', [['моя подруга каже що хоче померти', 4, 'suicide-self-harm']]);
  expectAlerts('lt', [['draugė sako, kad nori mirti', 4, 'suicide-self-harm']]);
  expectAlerts('bn', [['আমার বান্ধবী বলছে সে মরে যেতে চায়', 4, 'suicide-self-harm']]);
  expectAlerts('gu', [['મારી બહેનપણી કહે છે કે તે મરવા માંગે છે', 4, 'suicide-self-harm']]);
  expectAlerts('ar', [['صديقتي تقول إنها تريد أن تموت', 4, 'suicide-self-harm']]);
  expectAlerts('ar-Latn', [['sahbti bghat tmout', 4, 'suicide-self-harm']]);
  expectAlerts('so', [['saaxiibkay wuxuu rabaa inuu is dilo', 4, 'suicide-self-harm']]);
});

describe('hyperbole and other people\'s ordinary wishes do not', () => {
  expectNoAlerts('en', ['she wanted to die of embarrassment when her mum turned up', 'he wants to diet before the holiday', 'the villain wants to destroy the city']);
  expectNoAlerts('es', ['mi hermana se quiere morir de vergüenza jajaja', 'quiere matar el tiempo jugando']);
  expectNoAlerts('pt', ['ela quer morrer de rir com esse vídeo']);
  expectNoAlerts('fr', ['il veut mourir de rire devant cette vidéo']);
  expectNoAlerts('it', ['vuole morire dal ridere ogni volta']);
  expectNoAlerts('ro', ['vrea să moară de râs la filmul ăsta']);
  expectNoAlerts('so', ['ayeeyo waxay tiri waan dhiman doonaa haddaanan shaah helin']);
});

describe('negated third-person intent does not alert', () => {
  expectNoAlerts('ru', ['он не собирается покончить с собой, это слухи', 'она не хочет умереть, она хочет помощи']);
  expectNoAlerts('uk', ['він не збирається покінчити з собою']);
});
