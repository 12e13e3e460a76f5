/**
 * French pack: risky sentences in varied wordings (texting spellings, no accents, slang) must
 * alert in the right category; innocent sentences that use alarming words (idioms, school work,
 * games, cooking, news) must not. Run with the built-in lexicon, as the analyser is used.
 */
import { describe } from 'node:test';
import { checkCases } from '../../../../test/support/lexicon-cases.ts';

describe('fr: risky sentences alert', () => {
  checkCases('fr', [
    // suicide and self-harm
    ['jveux mourir sérieux jen peux plus', 4, 'suicide-self-harm'],
    ["j'ai envie de me suicider", 4, 'suicide-self-harm'],
    ['ce soir je vais en finir une bonne fois pour toutes', 4, 'suicide-self-harm'],
    ['comment se suicider sans avoir mal', 4, 'suicide-self-harm'],
    ['combien de doliprane faut il prendre pour mourir', 4, 'suicide-self-harm'],
    ['je pense a me jeter du pont demain', 4, 'suicide-self-harm'],
    ['tout le monde serait plus heureux sans moi', 4, 'suicide-self-harm'],
    ["j'ai plus envie de vivre", 4, 'suicide-self-harm'],
    ['je me scarifie depuis 2 mois et personne le sait', 4, 'suicide-self-harm'],
    ['comment cacher mes cicatrices a mes parents', 4, 'suicide-self-harm'],
    ['jme suis encore coupée hier soir', 4, 'suicide-self-harm'],
    ['je veux juste disparaitre pour toujours', 4, 'suicide-self-harm'],
    ['conseils pro ana pour perdre 5 kilos', 4, 'suicide-self-harm'],
    ['je vais sauter par la fenetre', 4, 'suicide-self-harm'],
    // grooming and exploitation
    ['dis rien à tes parents cest notre petit secret', 4, 'grooming-cse'],
    ['un mec de 30 ans sur snap me demande des photos', 4, 'grooming-cse'],
    ["il m'a dit que j'étais mature pour mon age et il veut me voir", 4, 'grooming-cse'],
    ['envoie moi des nudes sinon je montre tout le monde', 4, 'grooming-cse'],
    ["t'es seule chez toi ce soir ? allume ta cam", 4, 'grooming-cse'],
    ['il menace de publier mes photos si je paye pas', 4, 'grooming-cse'],
    ['je te donne des robux si tu menvoies une photo en sous vetements', 4, 'grooming-cse'],
    // extremism
    ['comment rejoindre daech en 2024', 4, 'extremism'],
    ['merah est un héros pour moi', 4, 'extremism'],
    ['le grand remplacement est en marche il faut agir', 4, 'extremism'],
    ['mort aux mécréants', 4, 'extremism'],
    ["j'admire vraiment le tueur de christchurch", 4, 'extremism'],
    ['il faut les exterminer tous les migrants', 4, 'extremism'],
    // weapons and violence
    ['demain je ramène un couteau au collège', 4, 'weapons-violence'],
    ['comment fabriquer une bombe artisanale', 5, 'weapons-violence'],
    ['je vais le planter ce batard', 4, 'weapons-violence'],
    ['jvais tirer sur tout le monde au lycée', 5, 'weapons-violence'],
    ['ou acheter un flingue sans permis', 4, 'weapons-violence'],
    // bullying and abuse
    ['va te pendre personne taime', 4, 'bullying-abuse'],
    ['tout le monde se moque de moi au college', 3, 'bullying-abuse'],
    ['mon beau pere me frappe quand ma mere est pas la', 4, 'bullying-abuse'],
    // hate
    ['sale bougnoule retourne dans ton pays', 3, 'hate-discrimination'],
    ['les migrants sont des parasites', 3, 'hate-discrimination'],
    // sexual, drugs, gambling
    ['site porno gratuit sans inscription', 3, 'sexual'],
    ['ou acheter de la beuh a lyon', 3, 'drugs'],
    ['jveux fumer un joint avant les cours', 3, 'drugs'],
    ['comment parier sur winamax quand on est mineur', 3, 'gambling'],
    ['jai tout perdu au casino en ligne avec la cb de ma mere', 3, 'gambling'],
  ]);
});

describe('fr: innocent sentences with alarming words do not alert', () => {
  checkCases('fr', [
    ['mdr je suis mort de rire', 0, null],
    ['jsuis morte ptdr cette vidéo', 0, null],
    ['je meurs de faim on mange quoi', 0, null],
    ['ma mère va me tuer si je rentre en retard', 0, null],
    ["ce gâteau c'est une tuerie", 0, null],
    ['je suis crevée après le sport', 0, null],
    ["je vais mourir de honte demain à l'oral", 0, null],
    ['comment faire une bombe de bain maison', 0, null],
    ['elle est trop bombe sur cette photo', 0, null],
    ['il a tiré au but et il a marqué', 0, null],
    ['on a tiré au sort les équipes', 0, null],
    ['passe moi le couteau à pain stp', 0, null],
    ['mon pc va planter encore une fois', 0, null],
    ['on va planter des tomates au jardin', 0, null],
    ['pour tuer le temps je regarde des séries', 0, null],
    ['je veux pas mourir, je veux juste dormir', 0, null],
    ["exposé sur la seconde guerre mondiale et hitler", 0, null],
    ["c'est quoi le grand remplacement ? c'est pour un exposé", 0, null],
    ['cours d histoire sur les attentats du 11 septembre', 0, null],
    ['comment aider une amie qui se scarifie', 0, null],
    ['numéro 3114 prévention du suicide', 0, null],
    ['les dangers du cannabis pour les ados', 0, null],
    ['je parie que tu vas perdre', 0, null],
    ['mise à jour de fortnite avec une nouvelle arme légendaire', 0, null],
    ['la meilleure arme dans minecraft', 0, null],
    ['faire sauter les crêpes à la chandeleur', 0, null],
    ['je fais un cocktail sans alcool pour la fête', 0, null],
    ['alerte à la bombe au lycée ce matin, on est rentrés chez nous', 0, null],
    ['ne dis rien à maman pour la surprise de son anniversaire', 0, null],
    ['on a regardé un documentaire sur la shoah en cours', 0, null],
    ['la roulette du dentiste me fait peur', 0, null],
    ['joint de salle de bain à refaire', 0, null],
    ['coupe l herbe dans le jardin', 0, null],
    ['j ai massacré la chanson au karaoké', 0, null],
    ['tu me tues avec tes blagues', 0, null],
    ['le film parle d une fusillade dans une école américaine', 0, null],
    ['mon poisson rouge est mort ce matin', 0, null],
    ["c'est la mise en page du devoir", 0, null],
    ['on fait une corde à sauter en EPS', 0, null],
    ['je me suis coupé en épluchant les carottes', 0, null],
    ["j'en peux plus de ce prof mdr", 0, null],
    ['je vais me tuer à la tâche pour le bac', 0, null],
  ]);
});
