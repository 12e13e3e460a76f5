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

describe('fr: everyday wordings (second pass) alert', () => {
  checkCases('fr', [
    ['chuis fatigué de vivre, ça sert à rien', 4, 'suicide-self-harm'],
    ['pourquoi je suis encore en vie franchement', 4, 'suicide-self-harm'],
    ['j’ai mis de côté tous les cachets de ma mère', 4, 'suicide-self-harm'],
    ['j’ai tout prévu, ma lettre d’adieu est dans le tiroir', 5, 'suicide-self-harm'],
    ['j’ai plus envie de vivre depuis des mois', 4, 'suicide-self-harm'],
    ['allume ta cam quand tout le monde dort', 4, 'grooming-cse'],
    ['je te paye une recharge si tu m’envoies une photo de toi en sous-vêtements', 4, 'grooming-cse'],
    ['t’as quel âge? moi j’ai 29 ans mais ça te dérange?', 4, 'grooming-cse'],
    ['il a mes nudes et il me fait chanter, il veut 200 euros', 5, 'grooming-cse'],
    ['tes parents fouillent ton tel? viens sur telegram', 4, 'grooming-cse'],
    ['wallah t’es un homme mort à la sortie', 4, 'weapons-violence'],
    ['jramène mon schlass au collège lundi', 5, 'weapons-violence'],
    ['charlie hebdo, bien fait pour eux', 4, 'extremism'],
    ['les migrants c’est des parasites qui détruisent tout', 3, 'hate-discrimination'],
    ['les migrants c’est de leur faute si tout va mal', 3, 'hate-discrimination'],
    ['ils ont fait un groupe snap pour se moquer de moi', 3, 'bullying-abuse'],
    ['qui vend de la beuh vers la gare', 3, 'drugs'],
    ['j’ai flambé tout mon argent de poche sur winamax', 3, 'gambling'],
    ['un adulte veut que je vienne seule dans sa voiture', 4, 'grooming-cse'],
    ['il me paye si je me déshabille en appel vidéo', 5, 'grooming-cse'],
    ['ils se battent pour le vrai islam, je veux les rejoindre', 4, 'extremism'],
    ['elle menace de balancer mes photos si je réponds pas', 4, 'grooming-cse'],
    ['ça fait deux jours que j’ai rien mangé, je veux maigrir encore', 4, 'suicide-self-harm'],
  ]);
});

describe('fr: everyday wordings (second pass) stay quiet', () => {
  checkCases('fr', [
    ['jvais mourir de faim si on mange pas bientôt', 0, null],
    ['le prof va me tuer, j’ai oublié mon cahier', 0, null],
    ['ce concert c’était une tuerie', 0, null],
    ['envoie une photo de toi avec la coupe pour le journal du club', 0, null],
    ['t’as quel âge? moi j’ai 12 ans', 0, null],
    ['j’ai 30 ans et deux enfants, c’est pas grave si la maison est en bazar', 0, null],
    ['tout est prêt pour ce soir, on fait une raclette', 0, null],
    ['c’est la fin de l’année, tout est prêt pour les vacances', 0, null],
    ['j’ai perdu mes clés dans le bus', 0, null],
    ['on a créé un groupe pour réviser le bac', 0, null],
    ['on a étudié l’attentat contre charlie hebdo en éducation civique', 0, null],
    ['il a tiré au but et il a marqué', 0, null],
    ['je suis nulle en maths, je comprends rien aux fractions', 0, null],
    ['ma grand-mère a mis de côté des confitures pour nous', 0, null],
    ['demain t’es mort de rire quand tu verras la vidéo', 0, null],
    ['la pharmacienne m’a donné mes médicaments', 0, null],
    ['je dois me déshabiller pour la piscine, j’ai oublié ma serviette', 0, null],
    ['les soldats se battent pour leur pays dans ce roman', 0, null],
    ['je veux faire un exposé sur un attentat célèbre', 0, null],
  ]);
});

describe('fr: third-pass frames (farewells, carried blades, waiting threats, recruitment)', () => {
  checkCases('fr', [
    ['mon pote a donné toutes ses affaires à son frère et depuis hier il répond plus du tout', 4, 'suicide-self-harm'],
    ['sa dernière story disait merci pour tout, elle parlait de plus vouloir vivre, je fais quoi', 4, 'suicide-self-harm'],
    ['il parle de se tuer depuis des semaines et là il décroche plus', 4, 'suicide-self-harm'],
    ['lettre écrite, tout est prêt, ce soir ça s’arrête', 4, 'suicide-self-harm'],
    ['j’ai écrit une lettre, les cachets sont sous mon lit, ce soir personne remarquera rien', 4, 'suicide-self-harm'],
    ['depuis la bagarre je sors plus sans mon couteau', 4, 'weapons-violence'],
    ['j’ai un opinel dans ma poche pour me défendre contre ceux du quartier', 4, 'weapons-violence'],
    ['tu vas le regretter, on t’attend devant chez toi', 4, 'weapons-violence'],
    ['on sait où tu habites, on viendra à plusieurs ce week-end', 4, 'weapons-violence'],
    ['sur discord ils disent que les juifs nous remplacent et qu’il faut se préparer, ils m’ont demandé de rien dire à mes parents', 4, 'extremism'],
    ['une chaîne telegram dit que les mécréants sont nos ennemis et qu’il faut passer à l’action, ils m’ont invité en privé', 4, 'extremism'],
    ['un mec sur snap me demande des vidéos en retour de ses photos, j’ai 13 ans', 4, 'grooming-cse'],
    ['un adulte m’envoie des photos de son corps, j’ai 12 ans et j’ose pas le dire', 4, 'grooming-cse'],
    ['je vais me pendre ce soir avec la corde du garage', 5, 'suicide-self-harm'],
    ['je veux me tuer, j’en peux plus de cette vie', 5, 'suicide-self-harm'],
  ]);
});

describe('fr: third-pass innocent sentences stay quiet', () => {
  checkCases('fr', [
    ['je vais me pendre avec ce devoir de philo, trois heures que je suis dessus', 0, null],
    ['une heure dans la file d’attente de la cantine, je vais crever', 0, null],
    ['mon père coincé dans les bouchons : "je vais me tuer" mdr', 0, null],
    ['je vais me jeter par la fenêtre avec ce wifi qui coupe', 0, null],
    ['Lyon : deux adolescents blessés au couteau, une enquête a été ouverte', 0, null],
    ['le gaz hilarant fait des ravages selon les médecins, parlez-en avec vos enfants', 0, null],
    ['règlement de comptes à Nîmes : un homme tué par balles, selon le parquet', 0, null],
    ['ma prof est partie à la retraite, on lui a dit merci pour tout', 0, null],
    ['mon cousin répond plus à mes messages depuis qu’il a une copine', 0, null],
    ['je sors pas sans mon parapluie en novembre', 0, null],
    ['j’ai un couteau dans mon sac pour couper les pommes au pique-nique', 0, null],
    ['on t’attend à la sortie du ciné, dépêche-toi', 0, null],
    ['sur discord on prépare le tournoi, il faut se préparer pour samedi', 0, null],
    ['j’ai 14 ans et je fais des vidéos de danse sur tiktok', 0, null],
    ['mon grand-père m’a donné sa console, trop gentil', 0, null],
  ]);
});

describe('fr: third-pass frames (sextortion, fake nudes, beatings, a relative’s secret)', () => {
  checkCases('fr', [
    ['un mec a mes photos et si je paye pas 100 euros il les envoie à ma famille', 5, 'grooming-cse'],
    ['quelqu’un a fait une fausse photo de moi toute nue avec l’ia et elle circule partout au collège', 4, 'sexual'],
    ['mon beau-père me frappe avec la ceinture quand il a bu', 4, 'bullying-abuse'],
    ['mon oncle me fait venir dans sa chambre et dit que c’est notre secret', 4, 'grooming-cse'],
    ['mon père a mis des photos de moi bébé sur le groupe de la famille', 0, null],
    ['ma mère me tape sur l’épaule pour me réveiller', 0, null],
    ['mon oncle prépare une surprise pour mamie, c’est notre secret', 0, null],
    ['selon la police, un homme a été blessé au couteau, une enquête a été ouverte', 0, null],
  ]);
});

describe('fr: dev8 frames (cover stories, gifts owed, vigilantes) and banter', () => {
  checkCases('fr', [
    ['il a 25 ans, il vient me chercher à 23h et mes parents croient que je dors chez une copine', 4, 'grooming-cse'],
    ['il m’a acheté des fringues et un iphone, maintenant il dit que je lui dois quelque chose en retour', 4, 'grooming-cse'],
    ['les migrants nous envahissent, il faut s’organiser et nettoyer le quartier nous-mêmes', 4, 'extremism'],
    ['je vais te tuer t’as encore oublié les clés du casier', 0, null],
    ['jvais te tuer t’as mangé mes frites mdr', 0, null],
    ['Rixe à Lyon : un adolescent blessé au couteau, la police recherche des témoins', 0, null],
    ['je mets des manches longues parce qu’il fait froid', 0, null],
  ]);
});
