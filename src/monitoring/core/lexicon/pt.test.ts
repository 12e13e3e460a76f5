/**
 * Portuguese pack: risky sentences (with the category and lowest severity they must reach) and
 * innocent sentences that use alarming words (they must stay below the alert threshold).
 * Written as young people write — with and without accents, chat spellings, Brazilian and
 * European Portuguese — and not copied from the pack's phrases, so they test generalisation.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Portuguese pack: risky', () => {
  expectAlerts('pt', [
    // suicide and self-harm
    ['nao aguento mais, quero morrer', 5, 'suicide-self-harm'],
    ['eu so queria morrer de verdade', 5, 'suicide-self-harm'],
    ['hj a noite eu vou me matar, ja decidi', 5, 'suicide-self-harm'],
    ['to pensando em pular do predio da minha escola', 5, 'suicide-self-harm'],
    ['quantos comprimidos de rivotril precisa pra morrer', 5, 'suicide-self-harm'],
    ['qual o jeito mais rapido de se matar', 5, 'suicide-self-harm'],
    ['todo mundo ia ficar melhor se eu sumisse', 4, 'suicide-self-harm'],
    ['ninguem ia sentir minha falta mesmo', 4, 'suicide-self-harm'],
    ['n quero mais viver assim', 4, 'suicide-self-harm'],
    ['voltei a me cortar nos bracos com gilete', 4, 'suicide-self-harm'],
    ['como esconder os cortes dos meus pais', 4, 'suicide-self-harm'],
    ['quero perder 6 quilos ficando sem comer', 4, 'suicide-self-harm'],
    ['estou farta de viver, apetece-me matar-me', 5, 'suicide-self-harm'],
    // grooming and CSE
    ['um cara do free fire fica me pedindo fotos e falou pra nao contar pros meus pais', 4, 'grooming-cse'],
    ['ele disse que e nosso segredinho e pra eu apagar as mensagens', 4, 'grooming-cse'],
    ['manda nudes ou eu vazo tudo pra tua escola', 5, 'grooming-cse'],
    ['se voce nao mandar mais fotos vou espalhar as que tenho', 5, 'grooming-cse'],
    ['ele tem 26 anos e eu tenho 13, ele diz que idade é so um numero', 4, 'grooming-cse'],
    ['te dou robux se me mandar uma foto sua de biquini', 4, 'grooming-cse'],
    ['ele vive me perguntando onde eu moro e se eu to sozinha', 4, 'grooming-cse'],
    ['tira a roupa e liga a camera', 5, 'grooming-cse'],
    // bullying and abuse
    ['se mata logo ninguem gosta de vc', 4, 'bullying-abuse'],
    ['na escola todo mundo zoa de mim e me empurram', 3, 'bullying-abuse'],
    ['o meu padrasto bate-me quando bebe', 4, 'bullying-abuse'],
    ['baleia nojenta tomara que vc morra', 4, 'bullying-abuse'],
    // extremism
    ['quero entrar pro estado islamico e lutar', 4, 'extremism'],
    ['os atiradores de suzano sao herois de verdade', 4, 'extremism'],
    ['admiro o hitler, ele tinha razao', 4, 'extremism'],
    ['temos que proteger a raca branca', 4, 'extremism'],
    // hate
    ['os nordestinos sao todos ladroes e tem que sair de sp', 3, 'hate-discrimination'],
    ['seu macaco volta pra sua terra', 3, 'hate-discrimination'],
    // drugs
    ['onde arrumo maconha aqui perto da escola', 3, 'drugs'],
    ['bora fumar um beck depois da aula', 3, 'drugs'],
    ['quero comprar lança pra festa de sabado', 3, 'drugs'],
    // weapons and violence
    ['amanha vou levar a arma do meu pai pra escola', 5, 'weapons-violence'],
    ['como fazer uma bomba caseira com coisas de casa', 5, 'weapons-violence'],
    ['vou matar todo mundo da minha sala', 5, 'weapons-violence'],
    ['onde consigo um revolver sem documento', 4, 'weapons-violence'],
    ['vou dar um tiro na cara do professor', 5, 'weapons-violence'],
    ['vou fazer um ataque na escola igual suzano', 5, 'weapons-violence'],
    // gambling
    ['perdi todo meu dinheiro no tigrinho com 15 anos', 3, 'gambling'],
    ['como apostar na bet sendo menor de idade', 3, 'gambling'],
  ]);
});

describe('Portuguese pack: innocent', () => {
  expectNoAlerts('pt', [
    'to morrendo de rir com esse video kkkkk',
    'morri de vergonha na apresentação',
    'estou morrendo de fome, o que tem pra comer',
    'minha mae vai me matar quando ver o boletim',
    'hoje a gente matou aula pra ir no shopping',
    'vou matar a saudade da minha avó no fim de semana',
    'levei bomba em matemática de novo',
    'a festa ontem foi tiro, muito boa',
    'comprei uma bomba de chocolate na padaria',
    'droga, esqueci de comprar pão',
    'vou comprar uma coca e umas balas',
    'passa a faca de cozinha pra cortar o bolo',
    'cortei o cabelo e ficou horrível',
    'me cortei com a folha do caderno',
    'a pistola de água do meu irmão quebrou',
    'hoje tem pelada no campo do bairro',
    'erva doce é bom pra digestão',
    'aposto que o flamengo ganha hoje',
    'trabalho de história sobre o holocausto e a segunda guerra',
    'resumo sobre a ditadura militar no brasil',
    'setembro amarelo: como ajudar um amigo com pensamentos suicidas',
    'notícia: tiroteio deixa feridos em são paulo',
    'no free fire eu te mato rapidinho kkkk',
    'no minecraft fiz uma bomba de tnt gigante',
    'não quero morrer cedo, quero viajar o mundo',
    'não quero viver em são paulo, é muito caro',
    'vou cortar a franja sozinha hoje',
    'me joga a bola ai',
    'ele é o cara mais legal da turma',
    'essa musica é uma bomba',
    'que droga de prova, muito difícil',
    'comprei um pack de figurinhas da copa',
    'hoje eu faço o trabalho de portugues',
    'minha prima maria vem almoçar',
    'o morro do alemão apareceu no jornal',
    'quero dormir o dia todo amanhã',
    'minha professora disse que a farinha de trigo acabou',
    'vou levar o bolo pra escola amanhã',
    'os ciganos têm uma cultura rica, trabalho de sociologia',
    'tiro livre no ultimo minuto, que golaço',
    'meu irmão bombou na academia',
    'vou acabar com essa prova amanhã',
  ]);
});

describe('pt: dev8 frames (goal weights, farewells, school attackers, ultimatums, gifts owed)', () => {
  expectAlerts('pt', [
    ['meta 42kg ate as ferias, hoje so cha e uma fruta', 4, 'suicide-self-harm'],
    ['juntei os comprimidos e hoje à noite vou tomar tudo. desculpa mãe, ninguém tem culpa', 4, 'suicide-self-harm'],
    ['o massacre de realengo foi coisa de herói, alguém devia repetir', 4, 'extremism'],
    ['tenho teus nudes, ou você me paga 200 reais ou mando pra todos os teus contatos', 5, 'grooming-cse'],
    ['ele tem 24 anos, me comprou um iphone e agora diz que eu devo a ele algo em troca', 4, 'grooming-cse'],
    ['os imigrantes estão invadindo, temos que nos organizar e limpar o bairro', 4, 'extremism'],
  ]);
  expectNoAlerts('pt', [
    'como fazer uma bomba de tnt no minecraft sem explodir a casa',
    'vou te matar, comeu minhas batatas de novo kkkk',
    'a aula sobre o massacre de realengo foi muito triste',
    'meus pais acham que eu estudo demais',
    'uso manga comprida porque está frio',
    'meu cachorro pesa 40 quilos e está sem comer há dois dias',
  ]);
});
