/**
 * Dutch pack: risky sentences in varied wordings (chat spellings, "y" for "ij", straattaal)
 * must alert in the right category; innocent sentences that use alarming words (idioms, school
 * work, games, cooking, news) must not. Run with the built-in lexicon.
 */
import { describe } from 'node:test';
import { checkCases } from '../../../../test/support/lexicon-cases.ts';

describe('nl: risky sentences alert', () => {
  checkCases('nl', [
    // suicide and self-harm
    ['ik wil gewoon dood', 4, 'suicide-self-harm'],
    ['ik wil niet meer leven echt niet', 4, 'suicide-self-harm'],
    ['vanavond maak ik er een eind aan', 4, 'suicide-self-harm'],
    ['hoe pleeg je zelfmoord zonder pijn', 4, 'suicide-self-harm'],
    ['hoeveel paracetamol moet je nemen om dood te gaan', 4, 'suicide-self-harm'],
    ['ik ga morgen van de flat springen', 4, 'suicide-self-harm'],
    ['iedereen is beter af zonder mij', 4, 'suicide-self-harm'],
    ['ik heb geen zin meer om te leven', 4, 'suicide-self-harm'],
    ['ik heb mezelf weer gesneden gisteren', 4, 'suicide-self-harm'],
    ['hoe verberg ik mijn littekens voor mijn ouders', 4, 'suicide-self-harm'],
    ['ik denk aan zelfmoord elke dag', 4, 'suicide-self-harm'],
    ['niemand zou het merken als ik er niet meer ben', 4, 'suicide-self-harm'],
    ['ik eet al dagen niks om af te vallen', 4, 'suicide-self-harm'],
    ['ik slik vannacht al mijn pillen', 4, 'suicide-self-harm'],
    // grooming and exploitation
    ['zeg niks tegen je ouders dit is ons geheimpje', 4, 'grooming-cse'],
    ['een man van 35 op snapchat vraagt om fotos', 4, 'grooming-cse'],
    ['je bent zo volwassen voor je leeftijd, zullen we afspreken', 4, 'grooming-cse'],
    ['stuur me nudes of ik zet je fotos online', 4, 'grooming-cse'],
    ['ben je alleen thuis? doe je camera aan', 4, 'grooming-cse'],
    ['hij is 24 en ik ben 14', 4, 'grooming-cse'],
    ['hij chanteert me met de fotos die ik stuurde', 4, 'grooming-cse'],
    // extremism
    ['hoe kan ik me aansluiten bij de islamitische staat', 4, 'extremism'],
    ['tarrant is een held', 4, 'extremism'],
    ['de omvolking is echt bezig in nederland', 4, 'extremism'],
    ['dood aan de ongelovigen', 4, 'extremism'],
    ['ik bewonder hitler echt', 4, 'extremism'],
    ['alle moslims moeten eruit', 3, 'hate-discrimination'],
    // weapons and violence
    ['ik neem morgen een mes mee naar school', 4, 'weapons-violence'],
    ['hoe maak je een pijpbom', 5, 'weapons-violence'],
    ['ik steek hem neer die kankerlijer', 4, 'weapons-violence'],
    ['ik ga een schietpartij houden op mijn school', 5, 'weapons-violence'],
    ['waar kan ik een pistool kopen zonder vergunning', 4, 'weapons-violence'],
    // bullying and abuse
    ['ga toch dood niemand mag je', 4, 'bullying-abuse'],
    ['iedereen in mijn klas lacht me uit', 3, 'bullying-abuse'],
    ['mijn stiefvader slaat me als mijn moeder weg is', 4, 'bullying-abuse'],
    // hate
    ['kankermarokkanen ga terug naar je eigen land', 3, 'hate-discrimination'],
    ['de vluchtelingen zijn allemaal criminelen', 3, 'hate-discrimination'],
    // sexual, drugs, gambling
    ['gratis pornofilmpjes kijken', 3, 'sexual'],
    ['waar kan ik wiet kopen als ik 15 ben', 3, 'drugs'],
    ['zullen we na school blowen', 3, 'drugs'],
    ['online gokken op mijn 15e met de pas van mijn moeder', 3, 'gambling'],
    ['ik heb al mijn zakgeld vergokt in een online casino', 3, 'gambling'],
  ]);
});

describe('nl: innocent sentences with alarming words do not alert', () => {
  checkCases('nl', [
    ['ik ga dood van het lachen', 0, null],
    ['ik lig dood om die video', 0, null],
    ['ik ga dood van de honger', 0, null],
    ['mijn moeder vermoordt me als ik te laat ben', 0, null],
    ['schiet op we komen te laat', 0, null],
    ['schiet me maar lek, geen idee', 0, null],
    ['ik schoot in de lach tijdens de les', 0, null],
    ['hij deed een bommetje in het zwembad', 0, null],
    ['dat kost een bom geld', 0, null],
    ['hoe maak je een badbom', 0, null],
    ['hij schoot op doel en scoorde', 0, null],
    ['geef me het mes en de vork', 0, null],
    ['het beste wapen in fortnite', 0, null],
    ['ik wil niet dood, ik ben gewoon moe', 0, null],
    ['spreekbeurt over de tweede wereldoorlog en hitler', 0, null],
    ['wat betekent omvolking? voor maatschappijleer', 0, null],
    ['hoe kan ik een vriendin helpen die zichzelf snijdt', 0, null],
    ['bel 113 als je aan zelfmoord denkt', 0, null],
    ['de gevaren van cannabis voor jongeren', 0, null],
    ['ik wed dat je het niet durft', 0, null],
    ['ik moet mijn huiswerk nog afmaken', 0, null],
    ['ik maak hem morgen af, de tekening', 0, null],
    ['ik steek hem in het stopcontact', 0, null],
    ['ik ben doodmoe na de training', 0, null],
    ['het was doodeng in de achtbaan', 0, null],
    ['we organiseren een verrassingsfeest, zeg niks tegen je moeder', 0, null],
    ['de film gaat over een schietpartij in amerika', 0, null],
    ['mijn konijn is vannacht doodgegaan', 0, null],
    ['mijn opa is gestorven in het ziekenhuis', 0, null],
    ['ik drink een blikje coke bij de lunch', 0, null],
    ['high five man goed gedaan', 0, null],
    ['kookles vandaag, we snijden groente met een mes', 0, null],
    ['in het jeugdjournaal ging het over de aanslag', 0, null],
    ['mag ik een foto van je huiswerk', 0, null],
    ['ik heb mijn paracetamol genomen tegen hoofdpijn', 0, null],
    ['de kat sprong van het balkon maar leeft nog', 0, null],
    ['die game is kapot vet', 0, null],
    ['ik kan niet meer van het lachen', 0, null],
    ['we gaan morgen naar het anne frank huis', 0, null],
    ['ik ben aan het afvallen door meer te sporten', 0, null],
    ['hij zit op judo en is heel sterk', 0, null],
    ['janet en ik gaan shoppen', 0, null],
  ]);
});

describe('nl: everyday wordings (second pass) alert', () => {
  checkCases('nl', [
    ['waarom leef ik eigenlijk nog', 4, 'suicide-self-harm'],
    ['ik ben het leven zo moe', 4, 'suicide-self-harm'],
    ['ik heb de slaappillen van mijn moeder verzameld', 4, 'suicide-self-harm'],
    ['alles is geregeld, mijn afscheidsbrief ligt klaar', 5, 'suicide-self-harm'],
    ['drie dagen niet gegeten maar ik ben nog steeds veel te dik', 4, 'suicide-self-harm'],
    ['doe je camera aan als je ouders slapen', 4, 'grooming-cse'],
    ['ik stuur je robux als je een foto van je in bikini stuurt', 4, 'grooming-cse'],
    ['hoe oud ben je? ik ben 32, boeit toch niet', 4, 'grooming-cse'],
    ['hij heeft mijn nudes en chanteert me, anders zet hij ze online', 5, 'grooming-cse'],
    ['ik maak hem af na school', 4, 'weapons-violence'],
    ['morgen steek ik die gast neer', 3, 'any'],
    ['ik schiet hem neer als hij nog een keer komt', 4, 'weapons-violence'],
    ['de schutter van christchurch is mijn held', 4, 'extremism'],
    ['die buitenlanders zijn de schuld van alles', 3, 'hate-discrimination'],
    ['ze hebben een nepaccount gemaakt om me belachelijk te maken', 3, 'bullying-abuse'],
    ['wie verkoopt er wiet bij het station', 3, 'drugs'],
    ['ik heb mezelf expres gekrast met een schaar', 4, 'suicide-self-harm'],
    ['een man van 35 wil dat ik alleen naar zijn huis kom', 4, 'grooming-cse'],
    ['hij zegt dat hij me betaalt als ik naakt voor de webcam ga', 5, 'grooming-cse'],
    ['ik ga zo een aanslag plegen op het plein', 5, 'weapons-violence'],
    ['niemand mag weten dat we appen, zegt hij', 4, 'grooming-cse'],
    ['ik wil inslapen en niet meer wakker worden', 4, 'suicide-self-harm'],
    ['ik neem het wapen van mijn vader mee, ze gaan het zien', 4, 'weapons-violence'],
    ['die zigeuners moeten vergast worden', 4, 'extremism'],
  ]);
});

describe('nl: everyday wordings (second pass) stay quiet', () => {
  checkCases('nl', [
    ['ik ga dood van de hitte in dit lokaal', 0, null],
    ['ik lig dood van die meme', 0, null],
    ['stuur een foto van je tekening, zeg niks tegen juf want het is een verrassing', 0, null],
    ['hoe oud ben je? ik ben 13 en zit in de tweede', 0, null],
    ['ik ben 40 en het maakt niet uit hoe laat je thuiskomt', 0, null],
    ['ik sla hem over, die serie is saai', 0, null],
    ['we hebben een groepsapp voor de voetbalclub', 0, null],
    ['na het kerstdiner voel ik me te dik, haha', 0, null],
    ['de aanslag was vreselijk, we hebben erover gepraat in de klas', 0, null],
    ['oma heeft haar pillen in de kast bewaard', 0, null],
    ['alles is geregeld voor het schoolreisje', 0, null],
    ['ik schiet hem erin vanaf de middenlijn', 0, null],
    ['mijn moeder maakt me dood als ik weer te laat ben', 0, null],
    ['ik lach me kapot om die video', 0, null],
    ['mijn opa heeft postzegels verzameld', 0, null],
    ['ik moet me uitkleden voor de zwemles en ik ben geld vergeten', 0, null],
    ['mijn oom is veel ouder dan mijn vader', 0, null],
    ['ik wil slapen en morgen fris wakker worden', 0, null],
    ['het wapen van mijn oom ligt in de kluis, hij is jager', 0, null],
    ['we maken een werkstuk over een aanslag uit de geschiedenis', 0, null],
  ]);
});

describe('nl: dev8 frames (cutting again, farewells, a knife taken along, gifts owed, hate) and banter', () => {
  checkCases('nl', [
    ['ik ben weer aan het krassen, draag altijd lange mouwen zodat niemand het ziet', 4, 'suicide-self-harm'],
    ['ik trek het gewoon niet meer. vanavond ga ik naar de brug. sorry mama, het is niet jullie schuld', 4, 'suicide-self-harm'],
    ['morgen neem ik mijn mes mee naar school', 5, 'weapons-violence'],
    ['hij is 23 en geeft me geld en koopt dure spullen, nu moet ik iets terugdoen zegt hij', 4, 'grooming-cse'],
    ['die flikkers zijn ziek volk, moeten allemaal opgesloten worden', 3, 'hate-discrimination'],
    ['ik vermoord je, je hebt mijn friet opgegeten', 0, null],
    ['haha ik vermoord je, je bent je sleutels weer vergeten', 0, null],
    ['Schietpartij in Utrecht: de politie zoekt getuigen, een man is aangehouden', 0, null],
    ['ik ben de uien aan het snijden voor de soep', 0, null],
  ]);
});
