/**
 * More generalisation classes, written by a third, independent author (see docs/decisions.md,
 * Issue 10 — analyser, "Third author") after writing `bench/data/monitoring/dev3.jsonl`.
 * {@link mergeFrames} adds them to `frames.ts`: a concept that already exists there gets the extra
 * words appended (e.g. more time slang for `fwhen`), new concepts start with `f3` so they never
 * collide with a pack's own, and rules, terms and senses are appended. Vocabulary classes —
 * slang, euphemisms, platform names, picture and clothing words, secrecy words, violence verbs,
 * ideology and group words — rather than whole sentences.
 * Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.
 */
import { enExtra } from './frames-extra-en.ts';
import type { LanguagePack } from './types.ts';

type Frames = Pick<LanguagePack, 'concepts' | 'terms' | 'rules' | 'senses'>;

/** The same new frames in every other language, each with its own words. */
interface Words {
  delete: string[]; ourchat: string[]; guardianNoUnderstand: string[]; gift: string[]; favour: string[];
  qschool: string[]; qclass: string[]; qage: string[]; qalone: string[]; aloneYou: string[]; sendpic: string[]; uniform: string[];
  meet: string[]; covert: string[]; cond: string[]; show: string[]; media: string[]; nosee: string[];
  takeover: string[]; nation: string[]; channel: string[]; exclusive: string[];
  stop: string[]; forever: string[]; nobodyNotice: string[]; gone: string[]; pills: string[]; nowake: string[];
  beat: string[]; afterschool: string[]; spread: string[]; nudepics: string[]; study: string[];
  terms: LanguagePack['terms'];
}

function framesFrom(w: Words): Frames {
  return {
    concepts: {
      f3delete: w.delete, f3ourchat: w.ourchat, f3guardiannot: w.guardianNoUnderstand, f3gift: w.gift, f3favour: w.favour,
      f3q_school: w.qschool, f3q_class: w.qclass, f3q_age: w.qage, f3q_alone: w.qalone, f3sendpic: w.sendpic, f3uniform: w.uniform,
      f3meet: w.meet, f3covert: w.covert, f3cond: w.cond, f3show: w.show, f3media: w.media, f3nosee: w.nosee,
      f3takeover: w.takeover, f3nation: w.nation, f3channel: w.channel, f3exclusive: w.exclusive,
      f3stop: w.stop, f3forever: w.forever, f3nobodynotice: w.nobodyNotice, f3gone: w.gone, f3pills: w.pills, f3nowake: w.nowake,
      f3beat: w.beat, f3afterschool: w.afterschool, f3spread: w.spread, f3nudepics: w.nudepics,
    },
    terms: [...w.terms, { id: 'guardian-wont-understand-3', category: 'grooming-cse', severity: 4, phrases: w.guardianNoUnderstand }, { id: 'alone-now-3', category: 'grooming-cse', severity: 4, phrases: w.aloneYou }],
    rules: [
      { id: 'delete-our-chat-3', category: 'grooming-cse', severity: 4, all: ['@f3delete', '@f3ourchat'], window: 6 },
      { id: 'gift-for-favour-3', category: 'grooming-cse', severity: 4, all: ['@f3gift', '@f3favour'], window: 10 },
      { id: 'personal-questions-3', category: 'grooming-cse', severity: 4, all: ['@f3q_school', '@f3q_class', '@f3q_age', '@f3q_alone'], atLeast: 2, window: 14 },
      { id: 'pic-in-uniform-3', category: 'grooming-cse', severity: 4, all: ['@f3sendpic', '@f3uniform'], window: 8 },
      { id: 'covert-meeting-3', category: 'grooming-cse', severity: 5, all: ['@f3meet', '@f3covert'], window: 14 },
      { id: 'expose-unless-3', category: 'grooming-cse', severity: 5, all: ['@f3cond', '@f3show', '@f3media'], window: 12 },
      { id: 'private-app-unseen-3', category: 'grooming-cse', severity: 4, all: ['@f3channel', '@f3nosee'], window: 8 },
      { id: 'replacement-invasion-3', category: 'extremism', severity: 4, all: ['@f3takeover', '@f3nation'], window: 10 },
      { id: 'exclusive-channel-3', category: 'extremism', severity: 4, all: ['@f3channel', '@f3exclusive'], window: 10 },
      { id: 'stop-forever-3', category: 'suicide-self-harm', severity: 4, all: ['@f3stop', '@f3forever'], window: 6 },
      { id: 'nobody-notice-gone-3', category: 'suicide-self-harm', severity: 4, all: ['@f3nobodynotice', '@f3gone'], window: 10 },
      { id: 'pills-not-wake-3', category: 'suicide-self-harm', severity: 5, all: ['@f3pills', '@f3nowake'], window: 10 },
      { id: 'beat-after-school-3', category: 'bullying-abuse', severity: 3, all: ['@f3beat', '@f3afterschool'], window: 6 },
      { id: 'share-nudes-group-3', category: 'bullying-abuse', severity: 3, all: ['@f3spread', '@f3nudepics'], window: 8 },
    ],
    senses: [{ id: 'frames3-schoolwork', categories: ['grooming-cse', 'suicide-self-harm'], scope: 'text', phrases: w.study }],
  };
}

const pl = framesFrom({
  delete: ['usuń', 'usun', 'skasuj', 'wykasuj', 'usuwaj'], ourchat: ['te wiadomości', 'te wiadomosci', 'tę rozmowę', 'te rozmowe', 'ten czat', 'nasze wiadomości', 'nasze wiadomosci', 'naszą rozmowę', 'nasz czat'],
  guardianNoUnderstand: ['{twoi|twoja|twój|twoj} {rodzice|mama|tata|starzy} {by nas nie zrozumieli|nie zrozumieją nas|nie zrozumieja nas|by tego nie zrozumieli|nie muszą wiedzieć|nie musza wiedziec}', 'nikt by nas nie zrozumiał', 'nikt by nas nie zrozumial'],
  gift: ['doładowanie', 'doladowanie', 'robux*', 'v-dolce', 'vdolce', 'kartę podarunkową', 'karte podarunkowa', 'kasę', 'kase', 'skin*', 'kupię ci', 'kupie ci'],
  favour: ['fotk*', 'zdjęci*', 'zdjeci*', 'fotę', 'fote', 'nagranie', 'filmik', 'coś dla mnie', 'cos dla mnie'],
  qschool: ['do której szkoły', 'do ktorej szkoly', 'do jakiej szkoły', 'do jakiej szkoly', 'w jakiej szkole'], qclass: ['która klasa', 'ktora klasa', 'w której klasie', 'w ktorej klasie', 'do której klasy'], qage: ['ile masz lat', 'ile ty masz lat'], qalone: ['jesteś sama', 'jestes sama', 'jesteś sam', 'jestes sam', 'sama w domu', 'rodzice w domu', 'sama teraz'], aloneYou: ['{jesteś|jestes} {sama|sam} [w domu] {teraz|rn}', 'czy {jesteś|jestes} {sama|sam}'],
  sendpic: ['wyślij', 'wyslij', 'prześlij', 'przeslij', 'pokaż', 'pokaz', 'zrób', 'zrob'], uniform: ['w mundurku', 'w mundurku szkolnym', 'w bieliźnie', 'w bieliznie', 'w piżamie', 'w pizamie', 'w staniku', 'w kąpieli', 'pod prysznicem'],
  meet: ['przyjadę po ciebie', 'przyjade po ciebie', 'odbiorę cię', 'odbiore cie', 'spotkajmy się', 'spotkajmy sie', 'pod szkołę', 'pod szkole', 'pod szkołą', 'przyjdź sama', 'przyjdz sama'], covert: ['nic nie mów', 'nic nie mow', 'nie mów rodzicom', 'nie mow rodzicom', 'nie mów mamie', 'nie mow mamie', 'nikt nie musi wiedzieć', 'nikt nie musi wiedziec', 'sama', 'w tajemnicy'],
  cond: ['jak nie', 'jeśli nie', 'jesli nie', 'jeżeli nie', 'jezeli nie', 'bo inaczej', 'albo'], show: ['pokażę wszystkim', 'pokaze wszystkim', 'wyślę wszystkim', 'wysle wszystkim', 'wrzucę', 'wrzuce', 'udostępnię', 'roześlę', 'pokażę', 'pokaze'], media: ['zdjęci*', 'zdjeci*', 'fotk*', 'nagrani*', 'wiecej', 'więcej'], nosee: ['nikt nie czyta', 'nikt nie widzi', 'nikt nie zobaczy', 'nikt się nie dowie', 'nikt sie nie dowie', 'mama nie sprawdza', 'rodzice nie widzą'],
  takeover: ['wymiana ludności', 'wymiana ludnosci', 'wymiany ludności', 'najeżdżają', 'najezdzaja', 'najazd', 'zastępują nas', 'zastepuja nas', 'biali znikają', 'biali znikaja', 'zalewają nas', 'zalewaja nas'], nation: ['nas', 'nasz kraj', 'polskę', 'polske', 'europę', 'biali', 'białych', 'naród', 'narod', 'fakt', 'rząd', 'rzad'],
  channel: ['telegram*', 'kanał*', 'kanal*', 'grup*', 'czat*', 'snap*', 'whatsapp*', 'discord*'], exclusive: ['tylko dla patriotów', 'tylko dla patriotow', 'dla patriotów', 'dla patriotow', 'prawdziwych polaków', 'prawda o nich', 'cała prawda', 'tylko dla białych'],
  stop: ['skończyło', 'skonczylo', 'skończy', 'skonczy', 'skończyć', 'skonczyc', 'zniknąć', 'zniknac', 'przestało', 'przestalo'], forever: ['na zawsze', 'raz na zawsze', 'na dobre'], nobodyNotice: ['nikt by nie zauważył', 'nikt by nie zauwazyl', 'nikt nie zauważy', 'nikt nie zauwazy', 'nikt by nie tęsknił', 'nikomu by nie brakowało'], gone: ['gdybym zniknęła', 'gdybym zniknela', 'gdybym zniknął', 'gdybym zniknal', 'gdyby mnie nie było', 'gdyby mnie nie bylo', 'jak mnie nie będzie', 'gdybym umarła', 'gdybym umarl'],
  pills: ['tabletek', 'tabletki', 'tabletkami', 'leków', 'lekow', 'prochów', 'prochow'], nowake: ['się nie obudzić', 'sie nie obudzic', 'nie obudzić', 'nie obudzic', 'nie obudzę', 'nie obudze', 'zasnąć na zawsze'],
  beat: ['spiorę cię', 'spiore cie', 'pobiję cię', 'pobije cie', 'zleję cię', 'zleje cie', 'dostaniesz wpierdol', 'wpierdol', 'dojadę cię', 'dojade cie', 'zajebię cię'], afterschool: ['po szkole', 'po lekcjach', 'jutro', 'na przerwie', 'pod szkołą', 'pod szkola'],
  spread: ['wysyłamy', 'wysylamy', 'wyślijmy', 'wyslijmy', 'wrzucamy', 'wrzućmy', 'wrzucmy', 'rozsyłamy', 'rozsylamy', 'pokażmy', 'pokazmy', 'wysłać', 'wyslac'], nudepics: ['nagie zdjęcia', 'nagie zdjecia', 'jej nagie', 'jego nagie', 'jej nudesy', 'nudesy', 'nudes*'],
  study: ['plan lekcji', 'planu lekcji', 'zadanie domowe', 'zadania domowego', 'notatki', 'notatek', 'telefon zaufania', '116 111'],
  terms: [
    { id: 'grooming-3', category: 'grooming-cse', severity: 4, phrases: ['nasza mała tajemnica', 'nasza mala tajemnica', 'naszą małą tajemnicą', 'nasza tajemnica'] },
    { id: 'self-harm-3', category: 'suicide-self-harm', severity: 4, phrases: ['tnę się', 'tne sie', 'się tnę', 'sie tne', 'znowu się tnę', 'okaleczam się', 'okaleczam sie'] },
    { id: 'hate-3', category: 'hate-discrimination', severity: 3, phrases: ['wracaj do swojego kraju', 'wracajcie do swojego kraju', 'brudas*', 'ciapat*'] },
    { id: 'drugs-3', category: 'drugs', severity: 3, phrases: ['gdzie kupić zielsko', 'gdzie kupic zielsko', 'kupić zielsko', 'kupic zielsko', 'zielsko w'] },
  ],
});

const ro = framesFrom({
  delete: ['șterge', 'sterge', 'ștergem', 'stergem', 'șterge-o', 'sterge-o'], ourchat: ['conversația asta', 'conversatia asta', 'conversația noastră', 'conversatia noastra', 'mesajele noastre', 'mesajele astea', 'chatul ăsta', 'chatul asta'],
  guardianNoUnderstand: ['părinții tăi nu ne-ar înțelege', 'parintii tai nu ne-ar intelege', 'părinții tăi nu ne înțeleg', 'parintii tai nu ne inteleg', 'nu ne-ar înțelege', 'nu ne-ar intelege', 'nimeni nu ne-ar înțelege', 'ai tăi nu trebuie să știe', 'ai tai nu trebuie sa stie'],
  gift: ['robux', 'v-bucks', 'vbucks', 'cartelă', 'cartela', 'card cadou', 'bani', 'skin*', 'îți cumpăr', 'iti cumpar'], favour: ['poză', 'poza', 'poze', 'pozele', 'un video', 'un clip', 'ceva pentru mine'],
  qschool: ['la ce școală', 'la ce scoala', 'la ce liceu', 'în ce școală', 'in ce scoala'], qclass: ['în ce clasă', 'in ce clasa', 'ce clasă', 'ce clasa'], qage: ['câți ani ai', 'cati ani ai'], qalone: ['ești singură acasă', 'esti singura acasa', 'ești singur acasă', 'esti singur acasa', 'singură acasă', 'singura acasa', 'părinții acasă', 'parintii acasa'], aloneYou: ['{ești|esti} {singură|singura|singur} acasă', '{ești|esti} {singură|singura|singur} acasa'],
  sendpic: ['trimite', 'trimite-mi', 'arată-mi', 'arata-mi', 'fă', 'fa'], uniform: ['în uniformă', 'in uniforma', 'în uniforma', 'în lenjerie', 'in lenjerie', 'în pijama', 'in pijama', 'în sutien', 'in sutien', 'la duș', 'la dus'],
  meet: ['te iau eu', 'te iau de la', 'vin după tine', 'vin dupa tine', 'ne vedem', 'ne întâlnim', 'ne intalnim', 'vino singură', 'vino singura'], covert: ['nu le spune', 'nu spune nimănui', 'nu spune nimanui', 'nu le zice', 'nimeni nu trebuie să știe', 'nimeni nu trebuie sa stie', 'alor tăi', 'alor tai', 'singură', 'singura'],
  cond: ['dacă nu', 'daca nu', 'altfel'], show: ['le arăt tuturor', 'le arat tuturor', 'o să le arăt', 'o sa le arat', 'le trimit tuturor', 'le pun pe net', 'le public', 'arăt tuturor', 'arat tuturor'], media: ['pozele', 'poze', 'pozele tale', 'video', 'clipul', 'trimiți', 'trimiti'], nosee: ['nu vede nimeni', 'nimeni nu vede', 'nu citește nimeni', 'nu citeste nimeni', 'nimeni nu află', 'nimeni nu afla', 'nu vede mama'],
  takeover: ['marea înlocuire', 'marea inlocuire', 'ne înlocuiesc', 'ne inlocuiesc', 'ne invadează', 'ne invadeaza', 'invadează', 'invadeaza', 'invadatori', 'invadatorii'], nation: ['ne', 'țara', 'tara', 'țara noastră', 'tara noastra', 'albii', 'românii', 'romanii', 'reală', 'reala', 'nimeni nu face nimic'],
  channel: ['telegram', 'grupul', 'grup', 'canalul', 'canal', 'chatul', 'discord'], exclusive: ['pentru adevăr', 'pentru adevar', 'adevărul despre ei', 'adevarul despre ei', 'doar pentru patrioți', 'doar pentru patrioti', 'pentru patrioți', 'pentru patrioti', 'doar pentru albi'],
  stop: ['se termine', 'să se termine', 'sa se termine', 'să termin', 'sa termin', 'să dispar', 'sa dispar', 'să se oprească', 'sa se opreasca'], forever: ['pentru totdeauna', 'pentru tot deauna', 'definitiv', 'o dată pentru totdeauna'], nobodyNotice: ['nimeni nu ar observa', 'nimeni n-ar observa', 'nimeni nu ar băga de seamă', 'nimănui nu i-ar păsa', 'nimanui nu i-ar pasa', 'nu ar observa nimeni'], gone: ['dacă aș dispărea', 'daca as disparea', 'dacă n-aș mai fi', 'daca n-as mai fi', 'dacă aș muri', 'daca as muri', 'când nu voi mai fi'],
  pills: ['pastile', 'pastilele', 'somnifere', 'medicamente'], nowake: ['să nu mă mai trezesc', 'sa nu ma mai trezesc', 'nu mă mai trezesc', 'nu ma mai trezesc'],
  beat: ['te bat', 'te omor în bătaie', 'te omor in bataie', 'îți iei bătaie', 'iti iei bataie', 'îți dau', 'iti dau', 'te snopesc', 'te fac praf'], afterschool: ['după școală', 'dupa scoala', 'după ore', 'dupa ore', 'mâine', 'maine', 'în pauză', 'in pauza'],
  spread: ['trimitem', 'trimiteți', 'trimiteti', 'punem', 'postăm', 'postam', 'dăm mai departe', 'dam mai departe', 'trimite'], nudepics: ['pozele ei goale', 'pozele lui goale', 'poze goale', 'goală', 'goale', 'nuduri', 'nudurile'],
  study: ['orar', 'orarul', 'tema', 'temele', 'caietul', 'notițele', 'notitele', 'telefonul copilului', '116 111'],
  terms: [
    { id: 'grooming-3', category: 'grooming-cse', severity: 4, phrases: ['micul nostru secret', 'e secretul nostru', 'secretul nostru'] },
    { id: 'extremism-3', category: 'extremism', severity: 4, phrases: ['mă alătur statului islamic', 'ma alatur statului islamic', 'statului islamic', 'statul islamic', 'manifestul trăgătorului', 'manifestul tragatorului'] },
    { id: 'sexual-3', category: 'sexual', severity: 3, phrases: ['trimite nuduri', 'trimite-mi nuduri', 'nuduri'] },
    { id: 'hate-3', category: 'hate-discrimination', severity: 3, phrases: ['du-te înapoi în țara ta', 'du-te inapoi in tara ta', 'întoarce-te în țara ta', 'intoarce-te in tara ta', 'cioară', 'ciorile', 'ciori împuțite'] },
  ],
});

const urLatn = framesFrom({
  delete: ['delete kar', 'delete kardo', 'delete kar do', 'mita dena', 'mita do', 'mitaa do'], ourchat: ['ye chat', 'yeh chat', 'ye messages', 'hamari baatein', 'hamari chat'],
  guardianNoUnderstand: ['{tumhare|tere|tumhary|aapke} {ammi abbu|ghar wale|ghar walay|maa baap|walidain|parents} {hamein|humein|hume|hamen} nahi {samjhenge|samjhen ge|samjhain ge|samjhte}'],
  gift: ['robux', 'vbucks', 'paise', 'paisay', 'easyload', 'dila dunga'], favour: ['pic bhejo', 'pics bhejo', 'tasveer', 'tasveeren', 'tasvir', 'photo bhejo', 'video bhejo'],
  qschool: ['kaun se school', 'konse school', 'kis school', 'kaunse school'], qclass: ['konsi class', 'kaunsi class', 'kis class', 'kon si class'], qage: ['kitne saal', 'umar kya', 'tumhari umar'], qalone: ['akeli ho', 'akele ho', 'akeli hai', 'ghar pe akeli', 'ghar par akeli', 'ghar wale nahi'], aloneYou: ['kya {abhi|ab} ghar {pe|par} {akeli|akela|akele} ho', '{akeli|akele} ho {abhi|kya}'],
  sendpic: ['bhejo', 'bhej do', 'bhejna', 'dikhao'], uniform: ['uniform mein', 'uniform me', 'uniform pehen', 'uniform pehan', 'nahate hue'],
  meet: ['lene aaunga', 'lene aaonga', 'milne aaunga', 'mil lo', 'milte hain', 'bahar milo'], covert: ['mat batana', 'na batana', 'kisi ko mat', 'ghar walon ko mat', 'akeli aana'],
  cond: ['agar', 'warna', 'nahi to'], show: ['sab ko dikha', 'sab ko dikha dunga', 'sabko dikha', 'dikha dunga', 'sab ko bhej dunga', 'viral kar dunga', 'daal dunga'], media: ['pics', 'pic', 'tasveer', 'tasveeren', 'video', 'bheji', 'bhejo'], nosee: ['koi nahi dekhta', 'koi nahi dekhega', 'kisi ko pata nahi', 'kisi ko pata na', 'ammi nahi dekhti'],
  takeover: ['qabza', 'replace kar', 'hamein replace', 'hamein khatam', 'hamla kar rahe'], nation: ['mulk', 'hamare mulk', 'hamein', 'hamari qaum', 'qaum'],
  channel: ['telegram', 'group', 'channel', 'whatsapp', 'snap'], exclusive: ['haq ki baat', 'asli sach', 'sirf bhaiyon', 'bhai log', 'mujahid*'],
  stop: ['khatam', 'khatam ho jaye', 'khatam kar doon', 'khatam kar dun', 'mit jaun'], forever: ['hamesha ke liye', 'humesha ke liye', 'hamesha'], nobodyNotice: ['koi notice bhi nahi', 'koi notice nahi', 'kisi ko farq nahi', 'kisi ko pata bhi nahi'], gone: ['na rahoon', 'na rahun', 'na rahu', 'main na rahoon', 'mar jaun', 'chala jaun', 'chali jaun'],
  pills: ['goliyan', 'goliyaan', 'neend ki goli', 'neend ki goliyan', 'dawai'], nowake: ['uthun hi na', 'uthoon hi na', 'uthun na', 'na uthun', 'kabhi na uthun', 'phir na uthun'],
  beat: ['tujhe maarunga', 'tujhe marunga', 'maar maar ke', 'teri pitai', 'pitai karunga', 'dhoondh ke maarunga'], afterschool: ['school ke baad', 'chutti ke baad', 'kal'],
  spread: ['bhej do', 'bhejo', 'daal do', 'dal do', 'viral'], nudepics: ['nangi tasveeren', 'nangi tasveer', 'nangi pics', 'nangi video'],
  study: ['timetable', 'homework', 'helpline', 'bachao', 'bachne', 'madad'],
  terms: [
    { id: 'extremism-3', category: 'extremism', severity: 4, phrases: ['shaam ja ke ladna', 'shaam jana hai ladne', 'jihad ke liye jana', 'mujahideen mein shamil'] },
    { id: 'weapons-3', category: 'weapons-violence', severity: 4, phrases: ['katta kaise banate', 'katta kaise banaye', 'desi katta', 'katta kahan milega'] },
    { id: 'hate-3', category: 'hate-discrimination', severity: 3, phrases: ['chooray', 'choorey', 'chuhre', 'wapas apne mulk jao'] },
  ],
});

const ur = framesFrom({
  delete: ['ڈیلیٹ', 'مٹا', 'مٹا دینا'], ourchat: ['چیٹ', 'یہ چیٹ', 'میسج', 'پیغامات'],
  guardianNoUnderstand: ['{تمہارے|تیرے|آپ کے} {امی ابو|گھر والے|والدین|ماں باپ} {ہمیں|ہم کو} نہیں {سمجھیں گے|سمجھیں|سمجھتے}'],
  gift: ['روبکس', 'پیسے', 'کارڈ', 'لوڈ'], favour: ['تصویر', 'تصویریں', 'فوٹو', 'ویڈیو'],
  qschool: ['کون سے سکول', 'کس سکول', 'کونسے سکول'], qclass: ['کون سی کلاس', 'کس کلاس', 'کونسی کلاس'], qage: ['کتنے سال', 'عمر کیا'], qalone: ['اکیلی ہو', 'اکیلے ہو', 'گھر پر اکیلی', 'گھر پہ اکیلی', 'گھر والے نہیں'], aloneYou: ['کیا ابھی گھر پر اکیلی ہو', 'گھر پر اکیلی ہو', 'اکیلی ہو کیا'],
  sendpic: ['بھیجو', 'بھیج دو', 'دکھاؤ'], uniform: ['یونیفارم میں', 'یونیفارم پہن'],
  meet: ['لینے آؤں گا', 'ملنے آؤں گا', 'باہر ملو'], covert: ['مت بتانا', 'نہ بتانا', 'گھر والوں کو مت', 'کسی کو مت'],
  cond: ['اگر', 'ورنہ'], show: ['سب کو دکھا', 'سب کو دکھا دوں گا', 'دکھا دوں گا', 'وائرل کر دوں گا'], media: ['تصویریں', 'تصویر', 'ویڈیو', 'بھیجیں', 'بھیجی'], nosee: ['کوئی نہیں دیکھتا', 'کسی کو پتا نہیں', 'کسی کو پتہ نہیں'],
  takeover: ['قبضہ', 'ہمیں بدل رہے', 'ہمیں ختم'], nation: ['ملک', 'ہمارے ملک', 'ہمیں', 'قوم'],
  channel: ['ٹیلیگرام', 'گروپ', 'چینل', 'واٹس ایپ'], exclusive: ['بھائی', 'حق کی بات', 'اصل سچ', 'مجاہد*'],
  stop: ['ختم', 'ختم ہو جائے', 'ختم کر دوں'], forever: ['ہمیشہ کے لیے', 'ہمیشہ کے لئے', 'ہمیشہ'], nobodyNotice: ['کوئی نوٹس بھی نہیں', 'کوئی نوٹس نہیں', 'کسی کو فرق نہیں'], gone: ['نہ رہوں', 'میں نہ رہوں', 'مر جاؤں', 'چلا جاؤں'],
  pills: ['گولیاں', 'نیند کی گولیاں', 'دوائی'], nowake: ['اٹھوں ہی نہ', 'نہ اٹھوں', 'کبھی نہ اٹھوں'],
  beat: ['تجھے ماروں گا', 'پٹائی کروں گا', 'مار مار کے'], afterschool: ['سکول کے بعد', 'چھٹی کے بعد', 'کل'],
  spread: ['بھیج دو', 'بھیجو', 'ڈال دو', 'وائرل'], nudepics: ['ننگی تصویریں', 'ننگی تصویر', 'ننگی ویڈیو'],
  study: ['ٹائم ٹیبل', 'ہوم ورک', 'ہیلپ لائن', 'کاپی'],
  terms: [
    { id: 'suicide-3', category: 'suicide-self-harm', severity: 5, phrases: ['الوداعی خط', 'آخری خط'] },
    { id: 'self-harm-3', category: 'suicide-self-harm', severity: 4, phrases: ['خود کو کاٹ', 'اپنے آپ کو کاٹ'] },
    { id: 'no-will-3', category: 'suicide-self-harm', severity: 4, phrases: ['جینے کو دل نہیں', 'جینے کا دل نہیں', 'جینا نہیں چاہتا', 'جینا نہیں چاہتی'] },
    { id: 'weapons-3', category: 'weapons-violence', severity: 4, phrases: ['کٹا کیسے بنا*', 'دیسی کٹا', 'پستول کیسے بنا*'] },
  ],
});

const pa = framesFrom({
  delete: ['ਡਿਲੀਟ', 'ਮਿਟਾ'], ourchat: ['ਚੈਟ', 'ਇਹ ਚੈਟ', 'ਮੈਸੇਜ'],
  guardianNoUnderstand: ['{ਤੇਰੇ|ਤੁਹਾਡੇ} {ਮੰਮੀ ਡੈਡੀ|ਘਰ ਵਾਲੇ|ਮਾਪੇ} {ਸਾਨੂੰ} ਨਹੀਂ {ਸਮਝਣਗੇ|ਸਮਝਦੇ}'],
  gift: ['ਰੋਬਕਸ', 'ਪੈਸੇ', 'ਕਾਰਡ'], favour: ['ਫੋਟੋ', 'ਫੋਟੋਆਂ', 'ਤਸਵੀਰ', 'ਵੀਡੀਓ'],
  qschool: ['ਕਿਹੜੇ ਸਕੂਲ', 'ਕਿਸ ਸਕੂਲ'], qclass: ['ਕਿਹੜੀ ਕਲਾਸ', 'ਕਿਸ ਕਲਾਸ'], qage: ['ਕਿੰਨੇ ਸਾਲ', 'ਉਮਰ ਕੀ'], qalone: ['ਇਕੱਲੀ ਹੈਂ', 'ਇਕੱਲਾ ਹੈਂ', 'ਘਰ ਇਕੱਲੀ', 'ਘਰ ਵਾਲੇ ਨਹੀਂ'], aloneYou: ['ਘਰ ਇਕੱਲੀ ਹੈਂ', 'ਇਕੱਲੀ ਹੈਂ ਹੁਣ'],
  sendpic: ['ਭੇਜ', 'ਭੇਜੋ', 'ਦਿਖਾ'], uniform: ['ਵਰਦੀ ਵਿੱਚ', 'ਯੂਨੀਫਾਰਮ ਵਿੱਚ'],
  meet: ['ਲੈਣ ਆਵਾਂਗਾ', 'ਮਿਲਣ ਆਵਾਂਗਾ', 'ਬਾਹਰ ਮਿਲ'], covert: ['ਨਾ ਦੱਸੀਂ', 'ਨਾ ਦੱਸਣਾ', 'ਘਰ ਨਾ ਦੱਸੀਂ', 'ਕਿਸੇ ਨੂੰ ਨਾ'],
  cond: ['ਜੇ', 'ਨਹੀਂ ਤਾਂ'], show: ['ਸਭ ਨੂੰ ਦਿਖਾ', 'ਦਿਖਾ ਦਿਆਂਗਾ', 'ਵਾਇਰਲ ਕਰ'], media: ['ਫੋਟੋਆਂ', 'ਫੋਟੋ', 'ਵੀਡੀਓ', 'ਭੇਜੀਆਂ'], nosee: ['ਕੋਈ ਨਹੀਂ ਦੇਖਦਾ', 'ਕਿਸੇ ਨੂੰ ਪਤਾ ਨਹੀਂ'],
  takeover: ['ਕਬਜ਼ਾ', 'ਕਬਜਾ', 'ਸਾਨੂੰ ਬਦਲ ਰਹੇ'], nation: ['ਦੇਸ਼', 'ਸਾਡੇ ਦੇਸ਼', 'ਸਾਨੂੰ', 'ਕੌਮ'],
  channel: ['ਟੈਲੀਗ੍ਰਾਮ', 'ਟੈਲੀਗਰਾਮ', 'ਗਰੁੱਪ', 'ਚੈਨਲ'], exclusive: ['ਭਰਾ', 'ਅਸਲ ਸੱਚ', 'ਹੱਕ ਦੀ ਗੱਲ'],
  stop: ['ਖਤਮ', 'ਖ਼ਤਮ', 'ਮੁੱਕ ਜਾਵੇ'], forever: ['ਹਮੇਸ਼ਾ ਲਈ', 'ਸਦਾ ਲਈ'], nobodyNotice: ['ਕਿਸੇ ਨੂੰ ਪਤਾ ਵੀ ਨਹੀਂ', 'ਕਿਸੇ ਨੂੰ ਫਰਕ ਨਹੀਂ'], gone: ['ਨਾ ਰਹਾਂ', 'ਮੈਂ ਨਾ ਰਹਾਂ', 'ਮਰ ਜਾਵਾਂ'],
  pills: ['ਗੋਲੀਆਂ', 'ਨੀਂਦ ਦੀਆਂ ਗੋਲੀਆਂ', 'ਦਵਾਈ'], nowake: ['ਉੱਠਾਂ ਹੀ ਨਾ', 'ਨਾ ਉੱਠਾਂ', 'ਕਦੇ ਨਾ ਉੱਠਾਂ'],
  beat: ['ਤੈਨੂੰ ਕੁੱਟਾਂਗਾ', 'ਕੁੱਟਾਂਗਾ', 'ਤੈਨੂੰ ਮਾਰਾਂਗਾ'], afterschool: ['ਸਕੂਲ ਤੋਂ ਬਾਅਦ', 'ਛੁੱਟੀ ਤੋਂ ਬਾਅਦ', 'ਕੱਲ੍ਹ'],
  spread: ['ਭੇਜ ਦਿਓ', 'ਭੇਜੋ', 'ਪਾ ਦਿਓ', 'ਵਾਇਰਲ'], nudepics: ['ਨੰਗੀਆਂ ਫੋਟੋਆਂ', 'ਨੰਗੀ ਫੋਟੋ', 'ਨੰਗੀ ਵੀਡੀਓ'],
  study: ['ਟਾਈਮ ਟੇਬਲ', 'ਹੋਮਵਰਕ', 'ਹੈਲਪਲਾਈਨ'],
  terms: [
    { id: 'suicide-3', category: 'suicide-self-harm', severity: 5, phrases: ['ਅਲਵਿਦਾ ਚਿੱਠੀ', 'ਆਖਰੀ ਚਿੱਠੀ'] },
    { id: 'no-will-3', category: 'suicide-self-harm', severity: 4, phrases: ['ਜੀਣ ਨੂੰ ਦਿਲ ਨਹੀਂ', 'ਜੀਣ ਦਾ ਦਿਲ ਨਹੀਂ', 'ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ', 'ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ'] },
    { id: 'grooming-3', category: 'grooming-cse', severity: 4, phrases: ['ਉਮਰ ਤੋਂ ਵੱਧ ਸਮਝਦਾਰ', 'ਸਾਡਾ ਛੋਟਾ ਜਿਹਾ ਰਾਜ਼', 'ਸਾਡਾ ਰਾਜ਼'] },
    { id: 'extremism-3', category: 'extremism', severity: 4, phrases: ['ਨਸਲੀ ਜੰਗ', 'ਅੱਤਵਾਦੀ ਗਰੁੱਪ ਵਿੱਚ'] },
  ],
});

export const FRAME_EXTRAS: Readonly<Record<string, Frames>> = { en: enExtra, pl, ro, ur, 'ur-Latn': urLatn, pa };

/** Adds the extra classes and rules of {@link FRAME_EXTRAS} to a language's frames. */
export function mergeFrames(lang: string, base: Frames): Frames {
  const extra = FRAME_EXTRAS[lang];
  if (extra === undefined) return base;
  const concepts: Record<string, readonly string[]> = { ...base.concepts };
  for (const [name, words] of Object.entries(extra.concepts)) {
    const had = concepts[name];
    if (had === undefined && !name.startsWith('f3')) throw new Error(`extra frame concept "${name}" in ${lang} extends nothing and is not named f3…`);
    concepts[name] = had === undefined ? words : [...new Set([...had, ...words])];
  }
  return { concepts, terms: [...base.terms, ...extra.terms], rules: [...base.rules, ...extra.rules], senses: [...base.senses, ...extra.senses] };
}
