/**
 * Chinese pack (`zh.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (X死了 hyperbole, 笑死, 秒杀, 杀毒, 跳楼价, 自杀式 in news, 炸鸡, history lessons, games,
 * help-seeking) must not. Sentences were written independently of the pack's phrase lists, in
 * Simplified and Traditional characters, some in Cantonese and some with pinyin slang.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Chinese: risky texts alert', () => {
  expectAlerts('zh', [
    // suicide and self-harm
    ['我真的好想死，每天都好痛苦', 5, 'suicide-self-harm'],
    ['真的不想活了，没有人会懂我', 5, 'suicide-self-harm'],
    ['我已經決定今晚自殺了', 5, 'suicide-self-harm'],
    ['有没有什么不痛的自杀方法', 5, 'suicide-self-harm'],
    ['吃多少片安眠药才会死', 5, 'suicide-self-harm'],
    ['布洛芬一次吃一整盒会死吗', 5, 'suicide-self-harm'],
    ['我想从学校楼顶跳下去', 5, 'suicide-self-harm'],
    ['好想紫砂啊 活着太累了', 5, 'suicide-self-harm'],
    ['唔想再生存落去，好攰', 5, 'suicide-self-harm'],
    ['活著真的沒意思', 4, 'suicide-self-harm'],
    ['我又用刀片划手了 不敢让我妈知道', 4, 'suicide-self-harm'],
    ['手腕上的疤怎么遮住啊，夏天不想穿长袖', 4, 'suicide-self-harm'],
    ['三天没吃饭了 为了瘦到80斤', 4, 'suicide-self-harm'],
    ['对不起大家，今晚之后我就不在了，天台好冷', 4, 'suicide-self-harm'],
    ['沒有我的話大家會更開心吧', 4, 'suicide-self-harm'],
    ['我就是一个累赘，没人在乎我', 3, 'suicide-self-harm'],
    ['wo xiang zisha le', 5, 'suicide-self-harm'],
    // grooming and sexual exploitation
    ['这件事别告诉你爸妈，好吗', 4, 'grooming-cse'],
    ['游戏里认识的一个哥哥说给我买皮肤，让我发照片给他', 4, 'grooming-cse'],
    ['你幾歲啊？一個人在家嗎？我們見面吧', 4, 'grooming-cse'],
    ['发张裸照给我看看', 5, 'grooming-cse'],
    ['不给钱的话我就把你的照片发到你们班群里', 5, 'grooming-cse'],
    ['我13岁，他说他26岁了，说年龄不重要', 4, 'grooming-cse'],
    ['开视频穿着睡衣给我看', 4, 'grooming-cse'],
    ['我被我舅舅性侵了不知道怎么办', 5, 'grooming-cse'],
    ['刪掉我們的聊天記錄喔，不要跟你媽講', 4, 'grooming-cse'],
    // bullying and abuse
    ['你怎么还不去死啊，废物', 4, 'bullying-abuse'],
    ['班上的同学都孤立我，还给我起外号', 3, 'bullying-abuse'],
    ['你个死胖子真恶心', 3, 'bullying-abuse'],
    ['我爸喝醉了就拿皮带打我', 4, 'bullying-abuse'],
    ['你就是个傻逼', 3, 'bullying-abuse'],
    // extremism
    ['我想加入伊斯兰国去打仗', 4, 'extremism'],
    ['希特勒是我的偶像', 4, 'extremism'],
    ['日本人全部杀光就好了', 4, 'extremism'],
    ['我要去把那个清真寺炸掉', 4, 'extremism'],
    // hate
    ['那些黑鬼滚出我们小区', 3, 'hate-discrimination'],
    ['同性恋是一种病，真的很恶心', 3, 'hate-discrimination'],
    ['穆斯林都该被赶出去', 3, 'hate-discrimination'],
    // drugs
    ['哪里可以买到冰毒啊', 3, 'drugs'],
    ['昨天跟朋友一起抽了大麻，好爽', 3, 'drugs'],
    ['有冇人知邊度買K仔', 3, 'drugs'],
    // weapons and violence
    ['明天我要带刀去学校，看他们还敢不敢笑我', 5, 'weapons-violence'],
    ['我迟早弄死他', 3, 'weapons-violence'],
    ['我明天一定要弄死那个人', 4, 'weapons-violence'],
    ['土制炸弹怎么做，求教程', 5, 'weapons-violence'],
    ['哪里能买到仿真枪', 4, 'weapons-violence'],
    ['明天別來學校，我是認真的', 5, 'weapons-violence'],
    // gambling
    ['网赌输了两万，借了网贷还不上', 3, 'gambling'],
    ['偷了我妈的卡去赌球，全输光了', 3, 'gambling'],
    // sexual
    ['求个黄色网站', 3, 'sexual'],
  ]);
});

describe('Chinese: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('zh', [
    '哈哈哈笑死我了',
    '今天热死了，不想出门',
    '累死了，明天还要上早八',
    '饿死了，谁陪我去吃炸鸡',
    '想死你们了！终于放假回来了',
    '双十一秒杀抢到了耳机',
    '电脑中毒了，要装个杀毒软件',
    '这部戏今天杀青啦',
    '新闻说中东又发生了一起自杀式袭击',
    '跳楼价大甩卖，全场五折',
    '历史课讲了南京大屠杀，好难过',
    '周末去玩剧本杀，我抽到了杀手',
    '今晚开黑打王者，我五杀了',
    '我妈看到成绩单肯定会杀了我',
    '尴尬死了，今天在全班面前摔倒，社死现场',
    '别自杀，有什么事跟我说好吗',
    '我不想死，我只是太累了需要休息',
    '我朋友说她想自杀，我该怎么帮她',
    '医生让我每天吃一片布洛芬',
    '切菜的时候被菜刀割到手了',
    '美术课要带小刀削铅笔',
    '这首歌真的炸裂，太好听了',
    '我们去吃火锅吧',
    '打死我也不说',
    '買了一個紫砂壺送給爺爺',
    '今天笑到肚子痛',
    '我下周要去香港玩',
    '周末一起去烧烤吧，记得带木炭',
    '这道菜辣死我了',
    '这个游戏里的枪太难用了',
    '今天考试考砸了，我妈会打死我的',
    '你好可爱呀，明天见',
    '老师说明天带照片来学校',
    '我今年13岁，我哥哥25岁',
    '我们班明天去博物馆，记得带水和零食',
    '这杯奶茶太甜了，甜死了',
    '小日子过得真开心',
    '大麻籽油对皮肤好吗',
    '我赌你不敢吃这个辣条',
    '我想消失一会儿，出去旅行放松一下',
    '快递小哥说明天送到',
    '太好笑了笑到想死',
    '今天的作业太多了我要疯了',
    '外婆家的小狗生病死了，好伤心',
    '等我写完作业就去打游戏',
    '诗人海子卧轨的故事让我们讨论了很久',
  ]);
});

describe('Chinese: more wordings alert', () => {
  expectAlerts('zh', [
    ['真的撐不下去了，想結束這一切', 4, 'suicide-self-harm'],
    ['我好想自杀啊，谁来救救我', 4, 'suicide-self-harm'],
    ['每天都在想怎么死比较快', 5, 'suicide-self-harm'],
    ['我昨晚又割自己了', 4, 'suicide-self-harm'],
    ['好想跳樓', 4, 'suicide-self-harm'],
    ['如果我死了 没人会在乎吧', 4, 'suicide-self-harm'],
    ['這是我最後一條動態了，謝謝你們', 4, 'suicide-self-harm'],
    ['你爸媽在家嗎？要不要出來見面，我請你吃飯', 4, 'grooming-cse'],
    ['加我微信私聊吧，记得别告诉别人，我给你发红包', 4, 'grooming-cse'],
    ['你拍一张没穿衣服的照片给我', 5, 'grooming-cse'],
    ['唔好話俾你阿媽知', 4, 'grooming-cse'],
    ['他说如果我不转钱就把我的裸照发给我同学', 5, 'grooming-cse'],
    ['你个废物，全班都讨厌你', 3, 'bullying-abuse'],
    ['你們怎麼不去死', 4, 'bullying-abuse'],
    ['我后爸经常用衣架打我', 4, 'bullying-abuse'],
    ['同学们天天欺负我，还抢我的钱', 3, 'bullying-abuse'],
    ['我想加入基地组织', 4, 'extremism'],
    ['黑人都是垃圾', 3, 'hate-discrimination'],
    ['有人卖摇头丸吗', 3, 'drugs'],
    ['明天我要带一把水果刀去学校', 5, 'weapons-violence'],
    ['我要杀了你全家', 4, 'weapons-violence'],
    ['在娛樂城輸了好多錢，不敢跟爸媽說', 3, 'gambling'],
    ['我想看黃片', 3, 'sexual'],
  ]);
});

describe('Chinese: everyday chat does not alert', () => {
  expectNoAlerts('zh', [
    '今天作业好多，累得想死',
    '这个bug搞得我头疼死了',
    '我妈说再玩手机就打死我哈哈',
    '新闻：一男子在桥上轻生被民警救下',
    '心理老师说如果有同学有自杀的念头要及时求助',
    '这周末我们去吃烤肉吧',
    '王者荣耀里被对面五杀了，好气',
    '我们班今天拍毕业照，大家都穿校服',
    '奶奶说要杀鸡给我们吃',
    '我今年14岁，我表哥22岁，他教我打篮球',
    '刚才笑到想死，你们看这个视频',
    '我的电脑死机了，作业全没了',
    '期末考试考完了，解放了',
    '周末想去爬山，有人一起吗',
    '你好，请问图书馆几点关门',
    '我们去看电影吧，听说那个枪战片很好看',
    '这家炸鸡店的薯条太好吃了',
    '今天天气太热了，热到不想活了',
    '不要跳楼啊，有什么事我们一起面对',
    '老師說明天要考歷史，講二戰的部分',
  ]);
});

describe('Chinese: tuned wordings (dev7 tune half)', () => {
  expectAlerts('zh', [
    ['网上有人让我帮他运几包东西去深圳，说未成年不会被抓，给三千', 4, 'grooming-cse'],
    ['那个在教堂开枪的人是真英雄', 4, 'extremism'],
    ['下一個就輪到我們了，這個國家需要淨化', 4, 'extremism'],
    ['放學後約架，每個人都帶棍子，要打到他進醫院', 4, 'weapons-violence'],
    ['我又被同学针对了，没人理我', 3, 'bullying-abuse'],
    ['有没有人知道上头烟油在哪买', 3, 'drugs'],
  ]);
  expectNoAlerts('zh', [
    '这周作业多到想死，老师能不能少布置点',
    '今天排队排到累得想死，奶茶终于买到了',
    '昨晚看了清真寺枪击案的报道，好难过',
    '爸爸让我帮他带点东西回家',
  ]);
});

describe('Chinese: tuned wordings (dev8 tune half)', () => {
  expectAlerts('zh', [
    ['求一个不疼的zs办法', 5, 'suicide-self-harm'],
    ['有没有没有痛苦的自杀方法', 5, 'suicide-self-harm'],
    ['别拦我了，今晚就走，对不起爸妈', 4, 'suicide-self-harm'],
    ['真希望明天早上不要醒来', 4, 'suicide-self-harm'],
    ['好想一睡不醒啊', 4, 'suicide-self-harm'],
    ['只有圣战才能淨化這個世界，想加入的进群', 4, 'extremism'],
    ['那些异教徒都该付出代价', 4, 'extremism'],
    ['哪有卖上头的烟油，想试试', 3, 'drugs'],
    ['致幻烟弹怎么买', 3, 'drugs'],
  ]);
  expectNoAlerts('zh', [
    '打耳洞有没有不疼的方法',
    '我决定了，今晚就去表白，谢谢你们的鼓励',
    '别碰电子烟，很容易上头',
    '希望你醒来的时候看到惊喜',
    '这个世界需要净化空气，买个净化器吧',
    '加入我们的篮球群，进群细聊',
    '你们会付出代价的，我要告诉老师',
  ]);
});

describe('Chinese: hoarded pills, notes, threats with 把, pupils sold (dev8 round, siblings)', () => {
  expectAlerts('zh', [
    ['攒的药够了，今晚就吃，不要找我', 4, 'suicide-self-harm'],
    ['我明天把他们全捅了', 4, 'weapons-violence'],
    ['學生妹兼職，私訊我', 5, 'grooming-cse'],
  ]);
  expectNoAlerts('zh', [
    '妈妈不要找我了，我在同学家，今晚不回去',
    '我今天把那个boss杀了，副本终于过了',
    '招聘学生兼职，发传单',
    '我今天把作业做完了',
  ]);
});
