/**
 * Chinese lexicon (`zh`): Mandarin as written online in mainland China, Taiwan, Hong Kong and by
 * the diaspora, in Simplified and Traditional characters (both forms are written where they
 * differ: '{自杀|自殺}'), with the internet slang and euphemisms young people use ('紫砂' for
 * 自杀, '果照' for 裸照, 'emo'), a few pinyin spellings and pinyin abbreviations (only inside rules:
 * 'zs', 'nmsl', 'sb' are ordinary letters in other languages), and Cantonese written forms used in
 * Hong Kong ('唔想生存', '除衫', '索K'). Written for Haven by its contributors (non-native
 * authors: review by native speakers welcome); no third-party word list was copied.
 * Licence: AGPL-3.0-or-later.
 *
 * Han text has no spaces: every ideograph is a word of its own for matching, so a phrase matches
 * wherever its ideographs stand next to each other — also inside longer words ('自杀' inside
 * '自杀式袭击', '想死' inside '想死你了', '杀' inside '秒杀'). Phrases are therefore two or more
 * ideographs, and every alarming phrase with an everyday compound has an overlap sense below
 * (X死了 "X to death" = very X, '笑死', '秒杀', '杀毒', '跳楼价', '自杀式'). In rule windows two
 * ideographs count as one word, so a window of 2–3 is a short clause and 8–12 a sentence or two.
 * Where a phrase has several slots, Simplified and Traditional forms are written as separate
 * alternatives rather than crossed, which keeps the pack small.
 */
import type { LanguagePack } from './types.ts';

/** Ages an adult gives, and a child's, for the age-gap rule ("我13岁 他25岁"). */
const AGE_ADULT = '{20|21|22|23|24|25|26|28|30|35|40}';
const AGE_CHILD = '{10|11|12|13|14|15}';

export const zh: LanguagePack = {
  lang: 'zh',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // Bare '不' and '没' are left out: they stand in everyday words before risky ones ('不开心，想死',
  // '没人在乎我') and in Japanese (不安); '不想' too ('不想上学了，想死'), and '没有', which asks
  // '有没有…' ("is there any…"). '別' is kept: Taiwan's "don't".
  negators: ['不要', '不会', '不會', '不是', '从没', '從沒', '从来没', '從來沒', '从不', '從不', '绝不', '絕不', '并不', '並不', '别', '別', '不准', '不许', '不許', '唔好', '唔會', '冇'],
  concepts: {
    // ---- suicide: first-person wish or plan × a way of dying (intent frame) ----
    want: ['想', '要', '好想', '真想', '很想', '想要', '打算', '准备', '準備', '决定', '決定', '干脆', '乾脆', '不如', '想去', '要去', '今晚就', '今天就', '明天就', '想过', '想過'],
    harm: [
      '{自杀|自殺|轻生|輕生|寻死|尋死|去死}', '{结束|結束}{生命|自己}', '{了结|了結|了断|了斷}自己', '{离开这个世界|離開這個世界|离开人世|離開人世}',
      '跳{楼|樓|河|江|海|桥|橋|轨|軌}', '{割腕|割脉|割脈|上吊|吊死|烧炭|燒炭|卧轨|臥軌|服毒}', '{喝农药|喝農藥|吞安眠药|吞安眠藥|吃安眠药|吃安眠藥}', '{紫砂|自鲨|自鯊|zs|zisha}',
    ],
    // "from the roof … jump": the place (its first ideograph, so it never shares a pair with the jump) and the jump, after a wish
    height: ['{楼|樓|天台|天臺|阳台|陽台|窗|桥|橋}'],
    jumpdown: ['{跳下去|跳下來|跳下来|往下跳}'],
    // softer wishes: to disappear, to be released, to end it all
    softharm: ['消失', '{解脱|解脫}', '一了百了', '{结束这一切|結束這一切|永远睡着|永遠睡著|不再醒来|不再醒來}'],
    selfharm: ['{自残|自殘}', '{伤害|傷害}自己', '{割|划|劃}{自己|手臂|手腕|大腿}'],
    howto: ['怎么', '怎麼', '怎样', '怎樣', '如何', '{什么方法|什麼方法}', '最快', '{最简单|最簡單}', '不痛', '不疼', '{无痛|無痛|不难受|不難受|没有痛苦|沒有痛苦}', '{点样|點樣}', '方法', '教程'],
    suicideword: ['{自杀|自殺}', '才能死', '{死得快|死比较快|死比較快|死最快|死不痛}', '{轻生|輕生}', '{上吊|割腕|跳楼|跳樓|烧炭|燒炭}', '{结束生命|結束生命}', '紫砂', '{zs|zisha|自s|z杀|z殺}'],
    pills: ['安眠{药|藥}', '{布洛芬|扑热息痛|撲熱息痛|必理痛|普拿疼|褪黑素}', '{农药|農藥|百草枯}', '{药片|藥片|药丸|藥丸}', '{整瓶药|整瓶藥}'],
    death: ['{会死|會死|能死|才会死|才會死}', '{死吗|死嗎|死人}', '{致死|致命}', '{醒不过来|醒不過來|醒不来|醒不來}', '{全吃了|全部吃了|一次吃完}'],
    // ---- suicide cue family: any three of death, means, a time, a farewell, hopelessness ----
    sdeath: ['我死', '{死后|死後}', '{自杀|自殺}', '{遗书|遺書}', '{离开这个世界|離開這個世界}', '不在了', '去死', '{跳下去|跳下來|跳下来}'],
    smeans: ['{楼顶|樓頂|顶楼|頂樓|天台|天臺|桥上|橋上|河边|河邊}', '刀片', '{绳子|繩子}', '安眠{药|藥}', '{木炭|炭盆}', '{铁轨|鐵軌}', '{农药|農藥}', '{攒的药|攢的藥|囤的药|囤的藥|存的药|存的藥|攒了药|攢了藥|攒够了药|攢夠了藥}'],
    stime: ['今晚', '今天晚上', '今夜', '凌晨', '{等大家睡了|等爸妈睡了|等爸媽睡了}', '就今天'],
    sfarewell: ['{对不起|對不起}', '{永别|永別|拜拜了}', '{谢谢你们|謝謝你們}', '{照顾好|照顧好}', '{别难过|別難過|不要难过|不要難過}', '{忘了我|忘记我}', '{下辈子|下輩子|来世|來世}', '{不要找我|别找我|別找我|不用找我|唔好搵我}'],
    // a plan already made: "don't talk me out of it", "don't stop me", "don't report me"
    sdecided: ['{别劝我|別勸我|不要劝我|不要勸我|别拦我|別攔我|不要拦我|不要攔我|别举报|別舉報|不要举报|不要舉報}'],
    shopeless: ['{没意思|沒意思|没意义|沒意義|没希望|沒希望|冇意思}', '{绝望|絕望}', '{撑不下去|撐不下去|撑不住|撐不住|撐唔落去}', '{没人在乎|沒人在乎|冇人在乎}', '{累赘|累贅}', '{活着好累|活著好累}', 'emo', '{崩溃|崩潰}'],
    // "life is meaningless / so tiring"
    living: ['{活着|活著|活住}'],
    pointless: ['{没意思|沒意思|没有意义|沒有意義|没意义|沒意義|好累|太累|好痛苦|太痛苦|冇意思}'],
    // "everyone would be better off without me", "nobody would care"
    ifgone: ['没有我', '沒有我', '我不在了', '我死了', '{我消失了|我离开了|我離開了}', '少了我', '{我死后|我死後}', '冇咗我'],
    nobody: ['{会更好|會更好}', '更{开心|開心|快乐|快樂}', '{没人会|沒人會|没有人会|沒有人會|冇人會}', '{没人在乎|沒人在乎|冇人在乎}'],
    // "I hope I just don't wake up tomorrow"
    wishsleep: ['{希望|真希望|但愿|但願|好想|真想}'],
    nowake: ['{不要醒来|不要醒來|不会醒来|不會醒來|别醒来|別醒來|不再醒来|不再醒來|醒不过来|醒不過來|再也不醒|永远不醒|永遠不醒|一睡不醒|长睡不醒|長睡不醒}'],
    // ---- self-harm and eating disorders ----
    cutmark: ['{割痕|划痕|劃痕|刀痕|疤痕|伤疤|傷疤|疤}', '{自残|自殘}'],
    conceal: ['{遮住|藏起来|藏起來|挡住|擋住}', '穿{长袖|長袖}', '{不被发现|不被發現}', '{不让爸妈|不讓爸媽|不让别人|不讓別人|不让我妈|不讓我媽}'],
    nofood: ['{没|沒|不}{吃饭|吃飯|吃东西|吃東西}', '只喝水', '{饿自己|餓自己}', '吃完就吐', '{催吐|抠喉|摳喉|扣喉}', '{断食|斷食}'],
    weight: ['{减肥|減肥|变瘦|變瘦|瘦到|掉秤|体重|體重|太胖|好胖|好肥|腿粗}', 'bmi', '{公斤|斤}'],
    blade: ['{刀片|小刀|美工刀|圆规|圓規|剃须刀|剃鬚刀}'],
    cutverb: ['{割|划|劃}{自己|手|大腿|手腕|了自己}'],
    shfreq: ['{又|一直|偷偷|每天|经常|經常|昨晚|又在}'],
    // ---- grooming ----
    gcontact: ['{网友|網友}', '{网上认识|網上認識|游戏里认识|遊戲裡認識}', '{一个叔叔|一個叔叔|一个大叔|一個大叔|一个哥哥|一個哥哥|陌生人}', '{加我微信|加我qq|加我vx|加我賴|加我line}', '{私聊|私信|私訊|私我}'],
    gsecret: ['{别告诉|別告訴|不要告诉|不要告訴|说出去|說出去}', '{保密|我们的秘密|我們的秘密|小秘密}', '{删掉聊天记录|刪掉聊天記錄}', '{偷偷|悄悄}'],
    gmeet: ['{见面|見面|出来玩|出來玩|出嚟見面|出嚟玩}', '{我去接你|我来接你|我來接你|来我家|來我家}', '{去酒店|去宾馆|去賓館|开房|開房}', '{一个人来|一個人來|单独出来|單獨出來}'],
    gpics: ['{照片|相片|自拍|果照|裸照}', '{发张|發張|拍张|拍張}', '{视频通话|視頻通話|視訊|开视频|開視頻|开摄像头|開鏡頭}', '{给我看|給我看|让我看|讓我看|俾我睇}', '{内衣|內衣|睡衣|泳衣}'],
    gage: ['你{几岁|幾歲|多大了|几年级|幾年級|幾多歲}', '{比同龄人成熟|比同齡人成熟}', '{小学生|小學生|初中生|國中生}'],
    ggift: ['{红包|紅包|转账|轉帳}', '{给你买|給你買|买给你|買給你}', '{q币|点券|點券|皮肤|皮膚|礼物|禮物|robux}'],
    gflatter: ['你{好|很}{成熟|漂亮|懂事}', '{只有我懂你|只有我理解你}', '{宝贝|寶貝}'],
    galone: ['{一个人在家|一個人在家|自己在家|喺屋企}', '{你爸妈不在|你爸媽不在|家里没人|家裡沒人|屋企冇人}', '{睡了吗|睡了嗎|还没睡|還沒睡}'],
    gprivapp: ['{微信|qq|vx|小号|小號|telegram|电报|電報|snapchat}'],
    adultage: [`${AGE_ADULT}{岁|歲}`],
    childage: [`${AGE_CHILD}{岁|歲}`, '{初一|初二|國一|國二}'],
    sendverb: ['{发|發|传|傳|拍|要|想看|俾我睇}', '{给我看|給我看|让我看|讓我看}'],
    nude: ['{裸照|果照|祼照|裸体|裸體|私密照|露点|露點|脱光|脫光}', '{没穿衣服|沒穿衣服|不穿衣服|光着身子|光著身子}'],
    showcam: ['{发|發|拍}{照片|张|張}', '{开视频|開視頻|开摄像头|開鏡頭|视频通话|視頻通話|視訊}', '{给我看|給我看|让我看|讓我看|发给我|發給我|拍给我|拍給我|俾我睇}'],
    clothes: ['{内衣|內衣|内裤|內褲|睡衣|泳衣|比基尼|校服|洗澡|浴室|床上|除衫}', '{脱衣服|脫衣服|脱掉|脫掉|没穿|沒穿}', '你的{胸|身体|身體}'],
    // "he … assaulted me": the child telling
    byhim: ['{我被|他把我|他對我|他对我|被我}'],
    assault: ['{性侵|强奸|強姦|强暴|強暴|猥亵|猥褻|侵犯|摸了}'],
    // sextortion: pictures × expose × a condition
    media: ['{裸照|果照|照片|视频|視頻|影片|聊天记录|聊天記錄|截图|截圖|私密照}'],
    expose: ['{发给|發給|发到|發到|传到|傳到|寄给|寄給}', '{曝光|公开|公開}', '{发朋友圈|發朋友圈|放网上|放網上|发网上|發網上}'],
    cond: ['{不然|否则|否則|除非|要不然}', '{如果你不|要是你不}', '{不给钱|不給錢|不转钱|不轉錢}'],
    threatexp: ['我{会|會|要|就}把'],
    exptarget: ['{你爸妈|你爸媽|你父母|你家人|你同学|你同學|全校|所有人}'],
    moveapp: ['{加微信|加qq|加vx|加賴|用小号|用小號|加telegram}'],
    // drug mules: carry packages for someone × "you won't be searched"
    mulecarry: ['{带|帶|运|運|送|背}{几包|幾包|一包|包裹|东西|東西|货|貨}', '{帮他带|幫他帶|帮人带|幫人帶|帮忙带|幫忙帶|帮他送|幫他送|跑腿}'],
    mulesafe: ['{不会被查|不會被查|不会被抓|不會被抓|查不到|没人查|沒人查|不查学生|不查學生|不会被发现|不會被發現|过安检|過安檢|别打开|別打開|不要打开|不要打開}'],
    checks: ['{你爸妈|你爸媽|你妈|你媽|家长|家長}', '{看不到|查你手机|查你手機|会查|會查}', '{不会被发现|不會被發現}'],
    // ---- violence ----
    weapon: ['{刀子|小刀|水果刀|菜刀|砍刀|匕首|折叠刀|摺疊刀|美工刀}', '{枪|槍|手枪|手槍}', '{炸弹|炸彈|炸药|炸藥|汽油|硫酸|铁棍|鐵棍}'],
    bring: ['{带|帶}{着|著|了|把|去|到|一把}', '{藏在|书包|書包|口袋}'],
    carryweapon: ['{带刀|帶刀|带把刀|帶把刀|带着刀|帶著刀|带枪|帶槍}'],
    toschool: ['{去学校|去學校|到学校|到學校|来学校|來學校|进学校|進學校|返學}'],
    school: ['{学校|學校|班上|教室|放学|放學|校门口|校門口|操场|操場|食堂}'],
    willdo: ['{我要|我会|我會|我想|老子|我一定|我迟早|我遲早|我早晚|我打算|我明天|我今天|我今晚|我就}'],
    kill2: ['{杀了|殺了|杀死|殺死|弄死|砍死|捅死|打死|宰了|干掉|幹掉|殺咗|劏咗|斬死|捅了|砍了|全捅了|都捅了}'],
    victim: ['{你|妳|他|她|全家|那个人|那個人|老师|老師|班主任|同学|同學|全班|所有人|佢}'],
    // the object first, with 把: "我明天把他们全捅了"
    bavictim: ['把{你|妳|他|她|全班|老师|老師|班主任|那个人|那個人|同学|同學|佢}'],
    bakill: ['{杀了|殺了|捅了|捅死|砍了|砍死|弄死|宰了|干掉|幹掉|杀光|殺光}'],
    killyou: ['{弄死|砍死|捅死|宰了|杀了|殺了}{你|他|她}'],
    schooltarget: ['{全班|全校|学校|學校|教室|班主任|老师|老師|校长|校長}'],
    massattack: ['{杀光|殺光|杀掉|殺掉|干掉|幹掉|炸掉|血洗|扫射|掃射|炸了|捅死|砍死}'],
    where: ['{哪里|哪裡|在哪|哪儿|哪兒|哪有|邊度|怎么|怎麼}'],
    buyv: ['{买|買|弄到|搞到}'],
    gun: ['{枪|槍|手枪|手槍|气枪|氣槍|仿真枪|仿真槍|子弹|子彈|匕首}'],
    bomb: ['{炸弹|炸彈|炸药|炸藥|燃烧瓶|燃燒瓶|雷管|火药|火藥|tatp}', '{自制|自製}{枪|槍}'],
    make: ['{做|制作|製作|制造|製造|自制|自製|配方|做法}'],
    // a planned group fight × weapons or drawing blood
    fight: ['{约架|約架|打群架|群殴|群毆|干架|幹架|单挑|單挑|围殴|圍毆|堵他|堵人}'],
    fightarm: ['{刀|棍子|铁棍|鐵棍|钢管|鋼管|砖头|磚頭|球棒|棒球棍|甩棍|开山刀|開山刀}', '{见血|見血|打残|打殘|废了他|廢了他|进医院|進醫院|往死里打|往死裡打}'],
    dontcome: ['{别来学校|別來學校|不要来学校|不要來學校|唔好返學}'],
    serious: ['{我是认真的|我是認真的|不是开玩笑|不是開玩笑|你们会后悔|你們會後悔|等着瞧|等著瞧|走着瞧|走著瞧}'],
    // ---- extremism ----
    extgroup: ['{伊斯兰国|伊斯蘭國|isis|基地组织|基地組織|塔利班|新纳粹|新納粹|三k党|三K黨|白人至上}'],
    join: ['{加入|投奔|效忠|追随|追隨|投靠}'],
    extfigure: ['{希特勒|本拉登|賓拉登|塔兰特|塔蘭特|布雷维克|布雷維克|纳粹|納粹|伊斯兰国|伊斯蘭國}'],
    // no leading 是 ('…是我的偶像'): the figure's last ideograph and 是 often share a pair
    extsupport: ['{英雄|偶像|崇拜|做得对|做得對|干得好|幹得好|伟大|偉大|万岁|萬歲|致敬|牛逼|是对的|是對的}'],
    attackself: ['{人肉炸弹|人肉炸彈|人体炸弹|人體炸彈|圣战士|聖戰士}'],
    wantbe: ['{我要|我想|想当|要当|想當|要當|想成为|想成為}'],
    worship: ['{清真寺|教堂|寺庙|寺廟|犹太会堂|猶太會堂}'],
    attack: ['{炸掉|炸毁|炸毀|去炸|要炸|烧了|燒了|烧掉|燒掉|血洗|扫射|掃射|开枪|開槍|枪杀|槍殺}'],
    // the attacker of a massacre, glorified; a call to act next; "the country needs cleansing"
    attacker: ['{开枪|開槍|枪击|槍擊|扫射|掃射|屠杀|屠殺}{的人|直播的人}', '{袭击者|襲擊者|凶手|兇手}'],
    extcall: ['{想行动|想行動|一起行动|一起行動|下一个就|下一個就|轮到我们|輪到我們|跟着他|跟著他|向他学习|向他學習}'],
    extcleanse: ['{需要清洗|需要净化|需要淨化|种族清洗|種族清洗|民族清洗|清洗掉|净化国家|淨化國家|圣战|聖戰}', '{才能净化|才能淨化|必须净化|必須淨化|净化这个世界|淨化這個世界|净化世界|淨化世界|净化民族|淨化民族}'],
    extviolence: ['{杀光|殺光|杀绝|殺絕|灭绝|滅絕|屠了|核平|血洗|烧死|燒死|杀一个少一个|全杀了|全殺了|都杀了|都殺了}', '{付出代价|付出代價|血债血偿|血債血償|都该死|都該死}'],
    // recruitment into a closed channel: "DM me, join the Telegram group"
    extrecruit: ['{电报群|電報群|tg群|进群|進群|入群|私我细聊|私我細聊|私聊细说|私聊細說|加入我们|加入我們|招募}'],
    // ---- hate (the group list serves the extremist call to violence as well) ----
    group: ['{黑人|黑鬼|非洲人|穆斯林|回民|犹太人|猶太人|日本人|小日本|日本鬼子|韩国人|韓國人|印度人|大陆人|大陸人|香港人|台湾人|台灣人|同性恋|同性戀|基佬|gay|跨性别|跨性別|女人|残疾人|殘疾人|河南人|外国人|外國人|异教徒|異教徒}'],
    hateclaim: ['{恶心|噁心|滚出|滾出|滚回|滾回|该死|該死|不是人|畜生|垃圾|劣等|低等|一种病|一種病|变态|變態|死光|蟑螂|赶出去|趕出去|赶走|趕走}'],
    // ---- abuse at home ----
    abuser: ['{我爸|我妈|我媽|我爹|我后妈|我後媽|我继父|我繼父|我后爸|我後爸|我哥|我叔|我舅|我老豆|我老母}'],
    abuse: ['{打我|揍我|扇我|踢我|烫我|燙我|虐待我|摸我}', '{皮带|皮帶|衣架|棍子|藤条|藤條}', '{不给我饭吃|不給我飯吃}'],
    // ---- bullying ----
    you: ['{你|妳|你们|你們|你个|你個|你这个|你這個}'],
    insult: ['{傻逼|傻b|煞笔|傻叉|废物|廢物|垃圾|贱人|賤人|婊子|骚货|騷貨|丑八怪|醜八怪|死胖子|肥猪|肥豬|智障|弱智|脑残|腦殘|白痴|白癡|人渣|低能|仆街|撲街|八婆|废柴|廢柴}'],
    godie: ['{去死|不去死|还不死|還不死|不死|死了算了|去自杀|去自殺|死開}'],
    latinabuse: ['{nmsl|cnm|wcnm|sb|rnm|tmd}'],
    bullyactor: ['{同学|同學|他们|他們|她们|她們|大家|全班|班上|室友|那些人|男生|女生|佢哋}'],
    bullyact: [
      '{欺负|欺負|孤立|排挤|排擠|霸凌|嘲笑|针对|針對|勒索|讨厌|討厭}我', '{打我|骂我|罵我|笑我|踢我|推我|不理我|蝦我}',
      '{给我起外号|給我起外號|造我的谣|造我謠}', '{没人理我|沒人理我|没人跟我玩|沒人跟我玩}',
    ],
    // ---- drugs ----
    drug: ['{大麻|冰毒|麻古|摇头丸|搖頭丸|k粉|k仔|氯胺酮|k他命|可卡因|海洛因|白粉|笑气|笑氣|毒品|lsd|止咳水|依托咪酯|太空油|咖啡包|安非他命|神仙水}'],
    // spiked vapes (synthetic cannabinoids, etomidate) are sold as "上头" (a head rush) or "飘"
    spiked: ['{上头|上頭|飘飘|飄飄|致幻|迷幻}'],
    vape: ['{烟弹|煙彈|烟油|煙油|电子烟|電子煙|小烟|小煙|雾化弹|霧化彈}'],
    buy: ['{想买|想買|求购|求購|有人卖|有人賣|一克|想试|想試|想抽|一起抽|试过|試過|抽了|吸了|索咗}'],
    // ---- gambling ----
    bet: ['{赌博|賭博|赌钱|賭錢|网赌|網賭|赌球|賭球|赌波|賭波|赌马|賭馬|下注|押注|博彩|赌场|賭場|娱乐城|娛樂城|百家乐|百家樂|老虎机|老虎機|彩票|抽卡|氪金|开箱|開箱|梭哈|签赌|簽賭}'],
    minor: ['{我爸的卡|我妈的卡|我媽的卡|偷了|借了|欠了|输了|輸了|输光|輸光|网贷|網貸|生活费|零花钱|零用錢|压岁钱|戒不掉|上瘾|上癮}'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      '{我想死|我好想死|我真的好想死|我真的想死|真的好想死}', '{不想活|不要活|唔想活|不想再活}', '唔想{生存|再生存|再活}', '我{想|要}{自杀|自殺|跳楼|跳樓|去死}',
      '{无痛自杀|無痛自殺|无痛死法}', '{怎么死比较快|怎麼死比較快|怎么死最快|怎麼死最快|怎样死最快|如何死得快}', '{怎么自杀|怎麼自殺|如何自杀|如何自殺}', '{写好遗书|寫好遺書|写好了遗书|寫好了遺書}',
      'bu xiang huo le', 'wo xiang zisha', 'wo yao zisha', 'wo xiang zi sha',
    ] },
    { id: 'wish-to-die', category: 'suicide-self-harm', severity: 4, phrases: [
      '想死', '{好想|真想|很想}死', '{活不下去|活唔落去}', '{死了算了|死了就好了|死咗算|死咗就好}', '{还不如死了|還不如死了|不如死了}',
      // a wish right before the act (the rule's two parts are missed when they share a pair of ideographs)
      '想{跳楼|跳樓|去死|割腕|轻生|輕生|紫砂|上吊|烧炭|燒炭}', '好想{自杀|自殺}', '{打算|决定|准备}{自杀|跳楼}', '{打算|決定|準備}{自殺|跳樓}', '想{结束生命|結束生命}',
      '{活着没意思|活著沒意思|活着好累|活著好累|活着太累|活著太累}', '{活着有什么意义|活著有什麼意義}', '活住冇意思',
      '{结束自己的生命|結束自己的生命}', '{自杀的念头|自殺的念頭|自杀念头|自殺念頭}', '我不配活', '{撑不下去了|撐不下去了|撐唔落去}',
      '{好想消失|真想消失}', 'huo bu xia qu le', 'wo hao xiang si', 'zhen de hao xiang si',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['{自杀|自殺|轻生|輕生|寻死|尋死|遗书|遺書|想不开|想不開}', '生不如死', '{上吊|烧炭|燒炭|卧轨|臥軌}', '跳{楼|樓}', '一了百了'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: [
      '{割腕|割脉|割脈}', '{自残了|自殘了}', '{又|一直|偷偷|每天}{自残|自殘}', '刀片{割|划|劃}', '{吃完就吐|吃完饭就吐|吃完飯就吐}', '{抠喉|摳喉|扣喉}',
    ] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['{自残|自殘}', '催吐', '{厌食症|厭食症}'] },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, phrases: [
      '{这是我最后一条|這是我最後一條}', '{永别了|永別了}', '{下辈子再见|下輩子再見}', '{再见了这个世界|再見了這個世界}',
    ] },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, phrases: [
      '{我是个累赘|我是個累贅|我就是个累赘|我就是個累贅|我是个负担|我是個負擔|我是多余的|我是多餘的}', '{没人在乎我|沒人在乎我|没有人在乎我|沒有人在乎我|冇人在乎我|没人爱我|沒人愛我}',
    ] },
    // ---- grooming ----
    // "don't tell your mum", written whole: a rule's two parts would share a pair of ideographs half the time
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, phrases: [
      '{别|不要}{告诉|跟|让}你{爸|妈|父母|家人}', '{別|不要}{告訴|跟|讓}你{爸|媽|父母|家人}', '唔好{話俾|同}你{阿媽|阿爸|屋企人}',
    ] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      '{年龄只是个数字|年齡只是個數字|年龄只是数字|年齡只是數字}', '{年龄不是问题|年齡不是問題}', '{这是我们之间的秘密|這是我們之間的秘密|这是我们俩的秘密|這是我們倆的秘密}',
      '{你一个人在家吗|你一個人在家嗎|你自己在家吗|你自己在家嗎}', '{你爸妈在家吗|你爸媽在家嗎}',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      '{脱衣服给我看|脫衣服給我看|脱光给我看|脫光給我看}', '除衫俾我睇', '{开视频脱|開視頻脫|開視訊脫}',
      '摸我{下面|的胸|胸部|屁股|私处|私處}', '{幼女资源|幼女資源|未成年色情}', '{援交|援助交际|援助交際}', '{学生妹|學生妹|初中妹|萝莉|蘿莉}{兼职|兼職|上门|上門}', '{听话水|聽話水|迷奸|迷姦}',
    ] },
    { id: 'assaulted', category: 'grooming-cse', severity: 4, phrases: ['被{性侵|强奸|強姦|强暴|強暴|猥亵|猥褻}', '{性侵|强奸|強姦|猥亵|猥褻}了我'] },
    { id: 'cse-mention', category: 'grooming-cse', severity: 3, phrases: ['裸聊', '{性侵|猥亵|猥褻|性骚扰|性騷擾|强奸|強姦}', '{包养|包養}'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['{黄片|黃片|a片|色情片|黄色网站|黃色網站|色情网站|色情網站|成人网站|成人網站|黄网|黃網|色图|色圖|涩图|澀圖|约炮|約炮|約砲|福利姬}'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['{色情|做爱|做愛|自慰|裸体|裸體|裸照|果照|开房|開房}'] },
    // ---- bullying ----
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: [
      '你{去死|怎么不去死|怎麼不去死|死了算了|去自杀|去自殺}', '{去死吧|自杀吧|自殺吧}', '你點解唔去死', '{你妈死了|你媽死了}', '{你全家死光|死全家}', '{冚家鏟|冚家富貴}',
    ] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: [
      '被{霸凌|欺负|欺負|孤立|排挤|排擠|围殴|圍毆}', '被{全班|大家|同学|同學|所有人}{孤立|排挤|排擠|霸凌|欺负|欺負|针对|針對}', '{没人跟我说话|沒人跟我說話|没人和我说话|沒人和我說話}', '{屌你老母|幹你娘|干你娘|操你妈|操你媽|草泥马|草泥馬}',
    ] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 3, phrases: ['{家暴|家庭暴力|被家暴|被虐待}'] },
    // ---- extremism ----
    { id: 'extremism', category: 'extremism', severity: 4, phrases: [
      '加入{伊斯兰国|伊斯蘭國|isis|基地组织|基地組織}', '{希特勒万岁|希特勒萬歲|纳粹万岁|納粹萬歲}', '{白人至上|种族战争|種族戰爭}', '{杀光|殺光}{穆斯林|日本人|黑人}',
      // "blow up / burn the mosque": below 5 so a news context can lower it
      '{清真寺|教堂}{炸了|炸掉|烧了|燒了}',
    ] },
    // ---- hate ('绿绿' cannot be written: doubled ideographs merge into one) ----
    { id: 'hate-slur', category: 'hate-discrimination', severity: 4, phrases: ['{黑鬼|尼哥|黑蛆|支那猪|支那豬|死基佬|死同性恋|死同性戀|屁精}'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['{支那|小日本|日本鬼子|高丽棒子|高麗棒子|南棒|印度阿三|绿教|綠教|绿狗|綠狗|穆狗|白皮猪|白皮豬|人妖|娘炮|女拳|田园女权|田園女權|台巴子|港灿|港燦|大陆蝗虫|大陸蝗蟲}'] },
    // ---- drugs ----
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['{冰毒|麻古|摇头丸|搖頭丸|k粉|k仔|k他命|安非他命|依托咪酯|太空油|毒咖啡包}', '{上头|上頭}{电子烟|電子煙|烟油|煙油|烟弹|煙彈|烟|煙}', '{飞叶子|飛葉子|抽大麻|吸大麻|索k|索嘢|拉k|啪丸|食丸仔|迷药|迷藥}'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['{大麻|可卡因|海洛因|吸毒|嗑药|嗑藥|笑气|笑氣|电子烟|電子煙|止咳水}'] },
    // ---- weapons and violence ----
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['{怎么做炸弹|怎麼做炸彈|如何制作炸弹|如何製作炸彈|炸弹怎么做|炸彈怎麼做}'] },
    { id: 'kill-you', category: 'weapons-violence', severity: 3, phrases: ['{弄死|砍死|捅死|宰了|杀了|殺了}{你|他|她}'] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['{炸学校|炸學校|炸了学校|炸了學校|炸掉学校|炸掉學校}', '{斩死你|斬死你|劏咗你|劏死你}', '{杀你全家|殺你全家|杀了你全家|殺了你全家}'] },
    // ---- gambling ----
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['{网赌|網賭|赌球|賭球|赌波|賭波|签赌|簽賭|百家乐|百家樂|娱乐城|娛樂城|赌输|賭輸|赌债|賭債}'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['{赌博|賭博|赌钱|賭錢|赌场|賭場|老虎机|老虎機|下注|押注|博彩|六合彩|赌马|賭馬}'] },
  ],
  rules: [
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@want', '@harm'], window: 3, ordered: true },
    { id: 'jump-from-height', category: 'suicide-self-harm', severity: 5, all: ['@want', '@height', '@jumpdown'], window: 8, ordered: true },
    { id: 'want-to-disappear', category: 'suicide-self-harm', severity: 3, all: ['@want', '@softharm'], window: 2, ordered: true },
    { id: 'want-to-self-harm', category: 'suicide-self-harm', severity: 4, all: ['@want', '@selfharm'], window: 2, ordered: true },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideword'], window: 4 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@sdeath', '@smeans', '@stime', '@sfarewell', '@shopeless', '@sdecided'], atLeast: 3, window: 12 },
    { id: 'life-pointless', category: 'suicide-self-harm', severity: 4, all: ['@living', '@pointless'], window: 3, ordered: true },
    { id: 'nobody-notice-gone', category: 'suicide-self-harm', severity: 4, all: ['@ifgone', '@nobody'], window: 6, ordered: true },
    { id: 'wish-not-wake', category: 'suicide-self-harm', severity: 4, all: ['@wishsleep', '@nowake'], window: 6, ordered: true },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cutmark', '@conceal'], window: 8 },
    { id: 'starve-weight', category: 'suicide-self-harm', severity: 4, all: ['@nofood', '@weight'], window: 10 },
    { id: 'cutting-again', category: 'suicide-self-harm', severity: 4, all: ['@shfreq', '@cutverb'], window: 2, ordered: true },
    { id: 'blade-cut', category: 'suicide-self-harm', severity: 4, all: ['@blade', '@cutverb'], window: 3 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gsecret', '@gmeet', '@gpics', '@gage', '@ggift', '@gflatter', '@galone', '@gprivapp'], atLeast: 3, window: 14 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 10 },
    { id: 'assaulted-by', category: 'grooming-cse', severity: 5, all: ['@byhim', '@assault'], window: 5, ordered: true },
    { id: 'nude-request', category: 'grooming-cse', severity: 5, all: ['@sendverb', '@nude'], window: 4, ordered: true },
    { id: 'pic-in-clothing', category: 'grooming-cse', severity: 4, all: ['@showcam', '@clothes'], window: 6 },
    { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@cond', '@expose', '@media'], window: 12 },
    { id: 'expose-threat', category: 'grooming-cse', severity: 4, all: ['@threatexp', '@media', '@expose'], window: 8, ordered: true },
    { id: 'expose-to-people', category: 'grooming-cse', severity: 4, all: ['@media', '@expose', '@exptarget'], window: 6 },
    { id: 'drug-mule', category: 'grooming-cse', severity: 4, all: ['@mulecarry', '@mulesafe'], window: 14 },
    { id: 'private-app-unseen', category: 'grooming-cse', severity: 4, all: ['@moveapp', '@checks'], window: 12 },
    { id: 'weapon-to-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@bring', '@school'], window: 10 },
    { id: 'weapon-into-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@toschool'], window: 3, ordered: true },
    { id: 'knife-to-school', category: 'weapons-violence', severity: 5, all: ['@carryweapon', '@school'], window: 8 },
    { id: 'threat', category: 'weapons-violence', severity: 4, all: ['@willdo', '@kill2', '@victim'], window: 5, ordered: true },
    { id: 'threat-ba', category: 'weapons-violence', severity: 4, all: ['@willdo', '@bavictim', '@bakill'], window: 6, ordered: true },
    { id: 'threat-you', category: 'weapons-violence', severity: 4, all: ['@willdo', '@killyou'], window: 4, ordered: true },
    { id: 'threat-at-school', category: 'weapons-violence', severity: 5, all: ['@massattack', '@schooltarget'], window: 3 },
    { id: 'armed-fight', category: 'weapons-violence', severity: 4, all: ['@fight', '@fightarm'], window: 14 },
    { id: 'school-warning', category: 'weapons-violence', severity: 5, all: ['@dontcome', '@serious'], window: 12 },
    { id: 'buy-weapon', category: 'weapons-violence', severity: 4, all: ['@where', '@buyv', '@gun'], window: 5, ordered: true },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@make', '@bomb'], window: 5 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extfigure', '@extsupport'], window: 5 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 4 },
    { id: 'want-martyr', category: 'extremism', severity: 4, all: ['@wantbe', '@attackself'], window: 3, ordered: true },
    { id: 'attacker-hero', category: 'extremism', severity: 4, all: ['@attacker', '@extsupport'], window: 6 },
    { id: 'extremist-cues', category: 'extremism', severity: 4, all: ['@attacker', '@extcall', '@extcleanse', '@extviolence', '@attackself', '@extgroup', '@extrecruit'], atLeast: 2, window: 14 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@worship', '@attack'], window: 4 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@group', '@extviolence'], window: 4 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 5 },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'insult-you', category: 'bullying-abuse', severity: 3, all: ['@you', '@insult'], window: 2, ordered: true },
    { id: 'go-die', category: 'bullying-abuse', severity: 4, all: ['@you', '@godie'], window: 3, ordered: true },
    { id: 'insult-you-latin', category: 'bullying-abuse', severity: 3, all: ['@you', '@latinabuse'], window: 2 },
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'spiked-vape', category: 'drugs', severity: 3, all: ['@spiked', '@vape'], window: 3, ordered: true },
    { id: 'where-find-drugs', category: 'drugs', severity: 3, all: ['@where', '@buyv', '@drug'], window: 5, ordered: true },
    { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 10 },
  ],
  senses: [
    // "so tired / hot / embarrassed I could die" ('笑到想死', '累得不想活了'): X到/得 + 想死 = very X
    { id: 'to-death', categories: 'all', scope: 'overlap', phrases: ['{笑|累|热|熱|尴尬|尷尬|烦|煩|社死|多|忙|困|饿|餓|冷|痒|癢|无聊|無聊|气|氣|卷|捲|难|難|丑|醜|逼疯|逼瘋}{到|得}想死', '{累|热|熱}{到|得}不想活'] },
    // "don't kill yourself", "I don't want to die"; "I want to know about…"
    { id: 'dont-harm', categories: ['suicide-self-harm', 'bullying-abuse'], scope: 'overlap', phrases: [
      '{别|不要|不想}{自杀|轻生|去死|跳楼|想不开}', '{別|不要|不想}{自殺|輕生|去死|跳樓|想不開}', '{不想死|唔好死}', '{没有想过自杀|沒有想過自殺|没想过自杀|沒想過自殺}', '想{知道|了解|问|問}', '消失{一会|一會|几天|幾天|一下}',
    ] },
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: [
      // "miss you to death", social death (embarrassment), best friend, crash, deadline
      '想死{你|妳|你们|你們|我了|我啦|咗你}', '{社死|死磕}',
      '{自杀式|自殺式|自杀率|自殺率|自杀小队|自殺小隊}', '{跳楼价|跳樓價|跳楼大甩卖|跳樓大甩賣|跳楼机|跳樓機}', '紫砂{壶|壺}',
      // flash sale, antivirus, a film wraps, party games; fried chicken, bath bombs, water pistols, hemp seed
      '{秒杀|秒殺|杀毒|殺毒|杀青|殺青|狼人杀|狼人殺|剧本杀|劇本殺}', '{炸鸡|炸雞|炸裂}', '{沐浴炸弹|沐浴炸彈}',
      '{水枪|水槍|玩具枪|玩具槍|枪手|槍手}', '{大麻籽|大麻油|工业大麻|工業大麻}',
      // the Japanese name of a noodle soup, which shares its ideographs with a slur
      '支那{そば|ソバ}',
    ] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['{王者荣耀|王者榮耀|和平精英|吃鸡|吃雞|英雄联盟|我的世界|打游戏|打遊戲|游戏里|遊戲裡|开黑|開黑|队友|隊友|打boss|副本|关卡|關卡|小怪}'] },
    { id: 'study', categories: ['suicide-self-harm', 'sexual', 'bullying-abuse', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling'], scope: 'text', phrases: [
      '{历史|歷史|课本|課本|课文|課文|诗人|詩人|二战|二戰|抗日|大屠杀|大屠殺|纪录片|紀錄片|电影|電影|小说|小說|动漫|動漫|什么意思|什麼意思}',
      // the children's rhyme "我去炸学校，天天不迟到"
      '{炸药包|炸藥包|天天不迟到|天天不遲到}',
    ] },
    // news, health and help-seeking: not for grooming or bullying, where a child may be telling of the police or a doctor
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: [
      '{新闻|新聞|报道|報導|记者|記者|警方|法院|死者|身亡|枪击案|槍擊案|袭击事件|襲擊事件}', '{医生|醫生|心理咨询|心理諮詢|热线|熱線|求助|预防|預防|禁毒}',
      '{怎么帮|怎麼幫|如何帮助|如何幫助}',
    ] },
    { id: 'kitchen', categories: ['weapons-violence'], scope: 'text', phrases: ['{切菜|切水果|削铅笔|削鉛筆|手工课|手工課|美术课|美術課|厨房|廚房}'] },
    { id: 'bbq', categories: ['suicide-self-harm'], scope: 'text', phrases: ['{烧烤|燒烤|烤肉|火锅|火鍋|炭火}'] },
    // an older brother's or cousin's age is family news, not an age gap; abuse by family still alerts
    { id: 'sibling-age', categories: ['grooming-cse'], scope: 'overlap', phrases: [], all: ['{我哥|我哥哥|我表哥|我堂哥|我姐|我姐姐|我表姐|我堂姐}', '@adultage'], window: 3, ordered: true },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['{惊喜|驚喜|生日|母亲节|母親節|父亲节|父親節}'] },
    { id: 'banter', categories: ['weapons-violence'], scope: 'text', phrases: ['{开玩笑|開玩笑|剧透|劇透}'] },
  ],
};
