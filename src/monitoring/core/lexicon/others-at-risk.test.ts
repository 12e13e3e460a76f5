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

describe("someone else's intent alerts in the sixteen packs of 2026.11.10", () => {
  expectAlerts('vi', [
    ['thằng bạn cùng bàn nhắn tin cho tao là nó sẽ tự tử, giờ sao đây mọi người', 4, 'suicide-self-harm'],
    ['chị ấy muốn chết thật sự, hôm qua còn khóc cả đêm', 4, 'suicide-self-harm'],
    ['con bé nhà hàng xóm đòi tự tử vì bị bố mẹ mắng', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('id', [
    ['sahabat gue bilang dia pengen mati, gue harus gimana', 4, 'suicide-self-harm'],
    ['cowokku ngancem bakal bunuh diri kalau aku putusin dia', 4, 'suicide-self-harm'],
    ['kakak gue udah gak mau hidup katanya, takut banget', 4, 'suicide-self-harm'],
    ['member grup aku bilang dia ingin mengakhiri hidupnya malam ini', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('tl', [
    ['yung bff ko nag chat sakin gusto na daw niyang mamatay, ano gagawin ko', 4, 'suicide-self-harm'],
    ['ayaw na niyang mabuhay sabi ng ate niya, natatakot ako', 4, 'suicide-self-harm'],
    ['sabi ng jowa ko magpapakamatay daw siya pag iniwan ko', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('fa', [
    ['دوستم بهم پیام داده میخواد خودکشی کنه، چیکار کنم', 4, 'suicide-self-harm'],
    ['خواهرم میگه دیگه نمیخواد زندگی کنه', 4, 'suicide-self-harm'],
    ['dadasham mige mikhad khodesho bokoshe, komak', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('he', [
    ['החבר שלי כתב לי שהוא הולך להתאבד הלילה, מה עושים', 4, 'suicide-self-harm'],
    ['אחותי אמרה שהיא תתאבד אם יפרידו אותה מהחבר', 4, 'suicide-self-harm'],
    ['הוא רוצה להרוג את עצמו בגלל הציונים', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('el', [
    ['ο κολλητός μου μου έστειλε ότι θέλει να πεθάνει, τι να κάνω;', 4, 'suicide-self-harm'],
    ['η αδερφή μου λέει πως δεν θέλει να ζει πια', 4, 'suicide-self-harm'],
    ['o filos mou eipe oti thelei na aftoktonisei', 4, 'suicide-self-harm'],
    ['η φίλη μου απειλεί ότι θα αυτοκτονήσει αν τη χωρίσει', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('sv', [
    ['min bästa vän skrev att hon ska ta livet av sig ikväll, vad gör jag', 4, 'suicide-self-harm'],
    ['killen i min klass pratar om att ta sitt liv hela tiden', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('da', [
    ['min veninde skrev at hun vil slå sig selv ihjel i aften', 4, 'suicide-self-harm'],
    ['min lillebror truer med at begå selvmord', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('no', [
    ['bestevennen min sa at han skal ta livet sitt i helga', 4, 'suicide-self-harm'],
    ['ho seier ho vil døy, kva skal eg gjere', 4, 'suicide-self-harm'],
    ['venninna mi snakker om å ta livet av seg', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('cs', [
    ['kamarádka mi napsala že chce umřít, co mám dělat', 4, 'suicide-self-harm'],
    ['brácha se chce zabít kvůli tý holce', 4, 'suicide-self-harm'],
    ['ségra už nechce žít, bojím se o ni', 4, 'suicide-self-harm'],
    ['kamoš mi písal že sa chce zabiť', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('hu', [
    ['a barátnőm azt írta, hogy meg akar halni, mit csináljak', 4, 'suicide-self-harm'],
    ['az öcsém azt mondta, hogy megöli magát', 4, 'suicide-self-harm'],
    ['a legjobb barátom már nem akar élni', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('sw', [
    ['rafiki yangu ananiambia anataka kujiua, nifanye nini', 4, 'suicide-self-harm'],
    ['dada yangu alisema atajinyonga', 4, 'suicide-self-harm'],
    ['kaka yangu hataki kuishi tena', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('zh', [
    ['我朋友跟我说她想死，我该怎么办', 4, 'suicide-self-harm'],
    ['我同桌說他要自殺，我好怕', 4, 'suicide-self-harm'],
    ['我表妹说她不想活了', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('ja', [
    ['彼氏が死にたいって言ってて、どうすればいいかわからない', 4, 'suicide-self-harm'],
    ['妹が最近ずっと死にたがってる', 4, 'suicide-self-harm'],
    ['クラスの子が自殺したいって言い出した', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('ko', [
    ['여친이 죽고 싶대요 어떻게 해야 돼요', 4, 'suicide-self-harm'],
    ['동생이 자살할 거래 진짜 무서워', 4, 'suicide-self-harm'],
    ['남친이 죽고 싶다고 했어 나 어떡해', 4, 'suicide-self-harm'],
  ]);
  expectAlerts('th', [
    ['เพื่อนบอกว่าเขาอยากตาย ทำไงดี', 4, 'suicide-self-harm'],
    ['น้องสาวบอกว่าจะฆ่าตัวตาย', 4, 'suicide-self-harm'],
  ]);
});

describe('hyperbole and negated third person do not, in the sixteen packs of 2026.11.10', () => {
  expectNoAlerts('vi', ['hôm qua nó té trước lớp, xấu hổ muốn chết luôn', 'nó muốn chết à mà dám chọc tao']);
  expectNoAlerts('id', ['kakakku udah gak mau hidup bareng suaminya', 'dia gak akan bunuh diri kok', 'tenang aja dia gak bakal bunuh diri, dia cuma bercanda', 'dia pengen mati ketawa liat video itu']);
  expectNoAlerts('tl', ['grabe gusto kong mamatay sa hiya kanina hahaha', 'mamamatay sa kilig yung bestie ko sa concert']);
  expectNoAlerts('fa', ['از خجالت میخواد بمیره بیچاره', 'az khande mikhad bemire']);
  expectNoAlerts('he', ['היא כמעט מתה מצחוק כשראתה את הסרטון', 'הוא לא הולך להתאבד, הוא פשוט עצוב']);
  expectNoAlerts('el', ['θέλει να πεθάνει από ντροπή μετά το χθεσινό', 'δεν θέλει να πεθάνει, θέλει βοήθεια', 'den tha aftoktonisei, min anisyxeis', 'δεν θέλει να ζει πια μαζί του']);
  expectNoAlerts('sv', ['han vill inte ta livet av sig, han är bara ledsen', 'jag dog nästan av skratt när hon ramlade']);
  expectNoAlerts('da', ['hun vil ikke tage sit eget liv, hun er bare ked af det']);
  expectNoAlerts('no', ['han vil ikke ta livet av seg, han trenger bare noen å snakke med']);
  expectNoAlerts('cs', ['máma už nechce žít s tátou, rozvádějí se', 'chce umřít smíchy pokaždé když to vidí', 'nechce umřít, jen je unavená']);
  expectNoAlerts('hu', ['megöli magát a melóval', 'szégyenében meg akar halni szegény haha', 'nem akar meghalni, csak fáradt']);
  expectNoAlerts('sw', ['hataki kuishi tena na mume wake', 'alitaka kufa kwa aibu pale darasani', 'hataki kufa, anataka msaada']);
  expectNoAlerts('zh', ['她尴尬得想死哈哈', '她不想死，她只是很累']);
  expectNoAlerts('ja', ['恥ずかしすぎて死にたいって言ってた笑', '彼は死にたくないって言ってた']);
  expectNoAlerts('ko', ['걔는 창피해서 죽고 싶대 ㅋㅋ', '걔는 죽고 싶지 않대']);
  expectNoAlerts('th', ['เขาอายจนอยากตาย 555', 'เขาไม่อยากตาย']);
});

describe("a friend's disclosure alerts even when the writer asks how to help (as in English)", () => {
  expectAlerts('ja', [['友達が死にたいって言ってる、どうしたら助けられる？', 4, 'suicide-self-harm']]);
  expectAlerts('vi', [['làm sao để giúp bạn mình đang muốn tự tử', 4, 'suicide-self-harm']]);
  expectAlerts('en', [['my friend says she wants to die how can i help her', 4, 'suicide-self-harm']]);
});
