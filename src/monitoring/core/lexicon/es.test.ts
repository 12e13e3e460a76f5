/**
 * Spanish pack: risky sentences (with the category and lowest severity they must reach) and
 * innocent sentences that use alarming words (they must stay below the alert threshold).
 * Written as young people write — with and without accents, chat spellings, Spain and Latin
 * America — and not copied from the pack's phrases, so they test generalisation.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Spanish pack: risky', () => {
  expectAlerts('es', [
    // suicide and self-harm
    ['ya no aguanto mas, me quiero morir', 5, 'suicide-self-harm'],
    ['kiero morirme ya', 5, 'suicide-self-harm'],
    ['esta noche me voy a suicidar, ya lo tengo decidido', 5, 'suicide-self-harm'],
    ['estoy pensando en tirarme del puente de la autopista', 5, 'suicide-self-harm'],
    ['cuantas pastillas de paracetamol hacen falta para morir', 5, 'suicide-self-harm'],
    ['como ahorcarse sin que duela', 5, 'suicide-self-harm'],
    ['todos estarían más felices si yo no estuviera', 4, 'suicide-self-harm'],
    ['nadie me echaria de menos la verdad', 4, 'suicide-self-harm'],
    ['ya no tengo ganas de seguir viviendo', 4, 'suicide-self-harm'],
    ['me he vuelto a cortar los brazos con la cuchilla', 4, 'suicide-self-harm'],
    ['como tapar los cortes para que mis padres no los vean', 4, 'suicide-self-harm'],
    ['quiero bajar 5 kilos sin comer nada esta semana', 4, 'suicide-self-harm'],
    ['tips pro ana para aguantar el hambre', 4, 'suicide-self-harm'],
    ['mañana me tomo el bote entero de pastillas y que sea lo que dios quiera', 4, 'suicide-self-harm'],
    // grooming and CSE
    ['un señor de free fire me pide fotos y dice que no le diga a nadie', 4, 'grooming-cse'],
    ['me dijo que borrara el chat y que no se lo contara a mis papás', 4, 'grooming-cse'],
    ['pasame el pack o le enseño a todos lo que me mandaste', 5, 'grooming-cse'],
    ['si no me mandas mas fotos voy a publicar las que tengo', 5, 'grooming-cse'],
    ['el tiene 27 años y yo tengo 13 pero dice que la edad no importa', 4, 'grooming-cse'],
    ['te regalo robux si me mandas una foto tuya en la ducha', 4, 'grooming-cse'],
    ['me pregunta todo el rato donde vivo y si estoy sola', 4, 'grooming-cse'],
    ['quitate la ropa y pon la camara', 5, 'grooming-cse'],
    // bullying and abuse
    ['matate nadie te quiere', 4, 'bullying-abuse'],
    ['en el insti todos se burlan de mi y me empujan', 3, 'bullying-abuse'],
    ['mi padrastro me pega cuando bebe', 4, 'bullying-abuse'],
    ['gorda asquerosa ojala te mueras', 4, 'bullying-abuse'],
    // extremism
    ['quiero unirme al estado islamico y luchar', 4, 'extremism'],
    ['tarrant es un heroe, ojala hubiera más como él', 4, 'extremism'],
    ['admiro a hitler, tenía razón en todo', 4, 'extremism'],
    ['hay que defender la raza blanca del gran reemplazo', 4, 'extremism'],
    // hate
    ['los moros son todos ladrones y hay que echarlos', 3, 'hate-discrimination'],
    ['maricon de mierda vete de aqui', 3, 'hate-discrimination'],
    // drugs
    ['donde pillo maria por aqui barata', 3, 'drugs'],
    ['quiero comprar tusi para la fiesta del sabado', 3, 'drugs'],
    ['nos fumamos unos porros antes de entrar a clase', 3, 'drugs'],
    // weapons and violence
    ['mañana llevo la navaja al insti y se va a enterar', 5, 'weapons-violence'],
    ['como fabricar una bomba casera con cosas de casa', 5, 'weapons-violence'],
    ['voy a matarlos a todos en el colegio', 5, 'weapons-violence'],
    ['donde consigo una pistola sin papeles', 4, 'weapons-violence'],
    ['le voy a meter un tiro al profe de mates', 5, 'weapons-violence'],
    // gambling
    ['perdi todo mi dinero en las apuestas deportivas con 15 años', 3, 'gambling'],
    ['como apostar en bet365 siendo menor', 3, 'gambling'],
  ]);
});

describe('Spanish pack: innocent', () => {
  expectNoAlerts('es', [
    'me muero de risa con este video jajaja',
    'me muero de hambre, que hay de comer',
    'mañana tengo examen de mates, me voy a morir',
    'mi madre me va a matar cuando vea las notas',
    'estoy muerta de cansancio despues del entreno',
    'me mato estudiando para selectividad',
    'vamos a matar el tiempo en el centro comercial',
    'matamos dos pajaros de un tiro',
    'la fiesta de ayer fue la bomba',
    'lo pasamos bomba en la playa',
    'compre unas bombas de baño para mi madre',
    'el delantero marco de tiro libre',
    'la pistola de agua esta rota',
    'pasame el cuchillo de cocina para cortar el pan',
    'me corte el pelo y me queda fatal',
    'me corte con un papel haciendo los deberes',
    'quiero una coca cola bien fria',
    'hay que quitar las malas hierbas del jardín',
    'el acido clorhidrico es peligroso en el laboratorio',
    'mi abuela se llama maria jose',
    'te apuesto a que el madrid gana el domingo',
    'me compre un pack de pilas para el mando',
    'trabajo de historia sobre el holocausto y los nazis',
    'resumen de la guerra civil española para el examen',
    'el califato de cordoba fue muy importante',
    'la prevencion del suicidio en adolescentes, trabajo de clase',
    'que significa autolesion, lo vi en una noticia',
    'en fortnite te mato en dos segundos jaja',
    'en minecraft hice una bomba de tnt enorme',
    'no quiero morir joven, quiero viajar mucho',
    'no quiero vivir en madrid, es muy caro',
    'voy a cortarme el flequillo yo sola',
    'me tiro a la piscina de cabeza',
    'mi perro es negro y muy bueno',
    'la pelicula de terror me mató de miedo',
    'queria comprar regalos para maria y su hermano',
    'hoy lo hago, el trabajo de lengua, que mañana se entrega',
    'quiero dormir todo el finde',
    'esta noche hay pelea de boxeo en la tele',
    'los gitanos tienen una cultura muy rica, trabajo de sociales',
    'el camello es un animal del desierto',
    'me encanta la cancion de la bomba',
  ]);
});

describe('Spanish pack: third-pass frames', () => {
  expectAlerts('es', [
    ['mi amiga regaló todas sus cosas y ahora no contesta a nadie', 4, 'suicide-self-harm'],
    ['mi primo dice que todos estarían mejor sin él y no coge el móvil', 4, 'suicide-self-harm'],
    ['me escribió gracias por todo y quiere matarse, qué hago', 4, 'suicide-self-harm'],
    ['desde que me pegaron no salgo sin la navaja', 4, 'weapons-violence'],
    ['llevo siempre un cuchillo para defenderme de esos', 4, 'weapons-violence'],
    ['sé dónde vives y también dónde trabaja tu madre, te vas a arrepentir', 4, 'weapons-violence'],
    ['cuidado con lo que dices, sabemos dónde vives', 4, 'weapons-violence'],
    ['en el discord dicen que los inmigrantes son el enemigo y que hay que despertar', 4, 'extremism'],
    ['en un grupo de telegram las feministas son el enemigo y a los asesinos los ponen de santos', 4, 'extremism'],
    ['estaba muy borracha y me desperté sin ropa en casa de un chaval', 4, 'sexual'],
    ['me echaron algo en la bebida, me desperté con un tío encima', 4, 'sexual'],
    ['no hay comida en casa y mi madre no se levanta de la cama desde hace días', 4, 'bullying-abuse'],
    ['mi padre se fue y no tenemos comida, cuido yo sola de mi hermano', 4, 'bullying-abuse'],
    ['me voy a matar esta noche, ya lo tengo decidido', 5, 'suicide-self-harm'],
    ['quiero morirme, nadie me quiere', 5, 'suicide-self-harm'],
  ]);
});

describe('Spanish pack: third-pass innocent sentences', () => {
  expectNoAlerts('es', [
    'me voy a matar con estos deberes de física, llevo toda la tarde',
    'media hora en la cola del súper, me muero',
    'me voy a tirar por la ventana con este calor',
    'me mato con este nivel del juego, imposible',
    'mi profe se jubila y le dijimos gracias por todo',
    'mi hermano no contesta porque está en el fútbol',
    'siempre llevo paraguas por si acaso',
    'en la mochila llevo el cuchillo de plástico del picnic',
    'sé dónde vives, te llevo los apuntes mañana',
    'en el discord de clase hay que despertar a Pablo para el examen',
    'mi hermana estaba dormida cuando me desperté para ir al cole',
    'no hay comida en la nevera, mamá fue al súper',
    'un youtuber de historia explicó por qué Napoleón era el enemigo de Inglaterra',
    'estaba dormida en el sofá y me desperté con el gato encima',
    'mi madre se fue a trabajar temprano y mi padre hizo el desayuno',
  ]);
});

describe('es: third-pass frames (sextortion, beatings, a relative’s secret)', () => {
  expectAlerts('es', [
    ['un chico tiene mis fotos y si no le pago 50 euros las manda a todo el insti', 5, 'grooming-cse'],
    ['hicieron un desnudo falso con ia de mi amiga y circula por todos los grupos, a todo el cole', 4, 'sexual'],
    ['mi padrastro me deja moratones cuando se enfada', 4, 'bullying-abuse'],
    ['el novio de mi madre me toca cuando ella no está, dice que es nuestro secreto', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('es', [
    'mi padre me ayudó a subir mis fotos del viaje al grupo de la familia',
    'según la policía, dos jóvenes han sido detenidos con una navaja en el parque',
    'mi tío me toca la guitarra cada domingo',
    'mi madre me regaló un cinturón de cuero',
  ]);
});

describe('es: banter, queues and soft hits stay quiet', () => {
  expectNoAlerts('es', [
    'mi prima me pegó con una almohada en la fiesta de pijamas',
    'detenido un joven por vender hachís en un parque, la policía investiga el caso',
  ]);
});

describe('es: dev8 frames (Latin American parents, cover stories, goal weights, vigilantes, gifts owed)', () => {
  expectAlerts('es', [
    ['no les cuentes a tus papis lo que hablamos, es cosa nuestra', 4, 'grooming-cse'],
    ['eres muy linda, no le comentes a tu mami y pasame tu wsp', 4, 'grooming-cse'],
    ['ya van cuatro dias sin comer y me veo gorda igual', 4, 'suicide-self-harm'],
    ['quiero pesar 43 kilos, hoy solo cafe y una manzana, no pienso comer nada mas', 4, 'suicide-self-harm'],
    ['tengo guardadas las pastillas, esta noche me las tomo todas. perdón mamá, no es culpa de nadie', 4, 'suicide-self-harm'],
    ['los gitanos nos invaden, hay que organizarnos y salir a limpiar las calles nosotros', 4, 'extremism'],
    ['un tipo de 25 me compra ropa nueva y ahora dice que le debo algo a cambio', 4, 'grooming-cse'],
    ['tengo tus fotos, o me pagas 100 euros o las subo a todos tus contactos', 5, 'grooming-cse'],
  ]);
  expectNoAlerts('es', [
    'como hacer una bomba de tnt en minecraft para la granja',
    'te mato jaja se te olvidó otra vez el cargador',
    'si te comiste el último trozo de pizza te mato',
    'le dije a mi madre que duermo en casa de mi abuela porque ella trabaja de noche',
    'hay que organizarse para limpiar el barrio el sábado, traed guantes y bolsas',
    'llevo manga larga porque hace frío en el insti',
    'mi perro pesa 40 kilos y lleva dos días sin comer, lo llevo al veterinario',
  ]);
});
