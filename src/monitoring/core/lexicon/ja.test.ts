/**
 * Japanese pack (`ja.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (死ぬほど, games, 爆弾発言, cooking, lessons, news, help-seeking) must not. Sentences were
 * written independently of the pack's phrase lists, in kanji, kana and the net's spellings.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Japanese: risky texts alert', () => {
  expectAlerts('ja', [
    ['もう死にたい。誰も私のこと必要としてない', 5, 'suicide-self-harm'],
    ['しにたいしにたいしにたい', 5, 'suicide-self-harm'],
    ['氏にたい…まじで', 5, 'suicide-self-harm'],
    ['タヒにたい', 5, 'suicide-self-harm'],
    ['明日学校行くくらいなら消えたい', 4, 'suicide-self-harm'],
    ['楽に死ねる方法ってある？', 5, 'suicide-self-harm'],
    ['首吊りのやり方 調べた', 5, 'suicide-self-harm'],
    ['ブロン何錠飲めば死ねますか', 5, 'suicide-self-harm'],
    ['昨日ODしちゃった…', 4, 'suicide-self-harm'],
    ['またリスカしてしまった', 4, 'suicide-self-harm'],
    ['腕の傷跡、親にバレないように長袖で隠してる', 4, 'suicide-self-harm'],
    ['食べ吐きがやめられない', 4, 'suicide-self-harm'],
    ['飛び降りようかなって本気で思ってる', 5, 'suicide-self-harm'],
    ['自殺しようと思ってる', 5, 'suicide-self-harm'],
    ['生きてる意味がわからない、もう消えてしまいたい', 4, 'suicide-self-harm'],
    ['今までありがとう。さようなら。今夜、屋上から', 4, 'suicide-self-harm'],
    ['JKだけどパパ活してる', 4, 'grooming-cse'],
    ['親には内緒にしてね、二人で会おう', 4, 'grooming-cse'],
    ['ママには言わないでね', 4, 'grooming-cse'],
    ['裸の写真送ってくれたらアマギフあげる', 5, 'grooming-cse'],
    ['この写真、お金払わないとネットにばらまくぞ', 5, 'grooming-cse'],
    ['中学生？大人っぽいね。LINE交換しよ', 4, 'grooming-cse'],
    ['神待ちしてる家出中です', 4, 'grooming-cse'],
    ['ゲームで知り合ったおじさんに下着の写真送ってって言われた', 4, 'grooming-cse'],
    ['JC2です 裏垢で自撮りあげてます', 4, 'grooming-cse'],
    ['ネットで知り合った人に何歳？って聞かれて、家どこ？って', 4, 'grooming-cse'],
    ['エロ動画 無料', 3, 'sexual'],
    ['セフレ募集中です', 3, 'sexual'],
    ['お前まじ死ねよ', 4, 'bullying-abuse'],
    ['クラスのみんなに無視されてる', 3, 'bullying-abuse'],
    ['毎日いじめられてて学校に行けない', 3, 'bullying-abuse'],
    ['ブスのくせに調子乗るな', 3, 'bullying-abuse'],
    ['お父さんに殴られた。家に帰るのが怖い', 4, 'bullying-abuse'],
    ['ヒトラーは正しかった', 4, 'extremism'],
    ['イスラム国に参加したい', 4, 'extremism'],
    ['在日は日本から出ていけ', 3, 'hate-discrimination'],
    ['チョンは国に帰れ', 3, 'hate-discrimination'],
    ['外国人はゴキブリ', 3, 'hate-discrimination'],
    ['大麻どこで買えますか', 3, 'drugs'],
    ['手押しで野菜ありますか', 3, 'drugs'],
    ['覚醒剤 やってみたい', 3, 'drugs'],
    ['明日学校にナイフ持って行く', 5, 'weapons-violence'],
    ['お前を殺す。包丁で刺してやる', 5, 'weapons-violence'],
    ['爆弾の作り方を教えて', 5, 'weapons-violence'],
    ['学校を爆破します', 5, 'weapons-violence'],
    ['オンカジで50万負けた', 3, 'gambling'],
    ['親のクレカで勝手にガチャ課金した', 3, 'gambling'],
    ['パチスロで借金できた', 3, 'gambling'],
  ]);
});

describe('Japanese: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('ja', [
    '死ぬほど笑った',
    'このアニメ尊くて死ぬ',
    '恥ずかしくて死にたい…',
    'テスト難しすぎて死にそう',
    'マイクラでゾンビを殺した',
    '爆弾発言きた',
    'この曲ヤバい、神曲',
    '草',
    'カロリー爆弾のパフェ食べた',
    'ガチャ爆死した…',
    '包丁で野菜を切る',
    '歴史の授業で原爆について学んだ',
    'ニュースで首吊りの事件を見た',
    '頭痛薬を2錠飲んだ',
    '殺す気か！ってくらい暑い',
    '死ぬかと思ったw',
    'スプラで敵をキルしまくった',
    'ガイジンさんに道を聞かれた',
    '寒いしね、また今度にしよ',
    'そういうところすき',
    'しゃぶしゃぶ食べたい',
    'チョンマゲの侍',
    'TWICEのチョンヨンかわいい',
    'ドラッグストアで風邪薬買いたい',
    '手押し車で運んだ',
    '自殺なんてしないよ、大丈夫',
    'ステロイドの塗り薬',
    'テロップの文字が小さい',
    'ゴキブリ駆除の方法',
    '親に内緒でピアス開けた',
    '調理実習で学校に包丁を持って行く',
    '竹刀を部活に持っていく',
    'この関係を終わりにしたい',
    '学校行きたくない〜眠い',
    'プールに飛び込みたい',
    '推しがかわいすぎて死んだ',
    '殺人的な暑さ',
    'JKだけど今日の英語のテストやばかった',
    'jk lol i was joking',
    'バスボムでお風呂',
    '楽に死ねる方法なんてない、死なないで',
    'シングルマザーの母に楽をさせたい',
    '宿題全部終わらせたい',
    '輪ゴム銃の作り方',
    'この写真拡散希望です',
    '帰れる場所がある',
    '明日お母さんに迎えに来てもらう',
  ]);
});

describe('Japanese: tuned wordings (dev7 tune half)', () => {
  expectAlerts('ja', [
    ['毎日食べたら吐いてる、あと3キロまで落としたい', 4, 'suicide-self-harm'],
    ['受け取るだけの簡単なバイトだったのに、辞められないって脅されてる', 4, 'grooming-cse'],
    ['明日タイマンだ、木刀持ってこい、病院送りにしてやる', 4, 'weapons-violence'],
    ['母が酔うと叩いてくる、腕にアザがある', 4, 'bullying-abuse'],
    ['リキッド欲しい 未成年でも売ってくれる人 手渡しで', 3, 'drugs'],
  ]);
  expectNoAlerts('ja', [
    '弟と喧嘩したけどもう仲直りした、バットは野球部に返した',
    'あざっす！めっちゃ助かった',
    '電子タバコのリキッド、ミント味が好き',
  ]);
});

describe('Japanese: tuned wordings (dev8 tune half)', () => {
  expectAlerts('ja', [
    ['メジコンを全部飲む', 4, 'suicide-self-harm'],
    ['もう限界。デパス集めた。今夜でおしまい、さようなら', 4, 'suicide-self-harm'],
    ['あいつら全員ぶっ刺す、ナイフ買った', 5, 'weapons-violence'],
    ['お前ら殺す', 4, 'weapons-violence'],
    ['ナイフはもう用意した。後悔させてやる', 4, 'weapons-violence'],
  ]);
  expectNoAlerts('ja', [
    'ジュース全部飲む！今夜はパーティー、今までありがとう',
    '蚊が刺す季節になった',
    '明日の調理実習で包丁を鞄に入れた、覚悟しとけ',
    '風邪薬は用法用量を守って飲む',
  ]);
});

describe('Japanese: age gaps, hoarded pills, not waking (dev8 round, siblings)', () => {
  expectAlerts('ja', [
    ['ネットで知り合った人は28歳、私は13歳', 4, 'grooming-cse'],
    ['25歳の人が中2の私に会おうって', 4, 'grooming-cse'],
    ['ママに毎日殴られてる', 4, 'bullying-abuse'],
    ['パパが叩いてくる、もう家に帰りたくない', 4, 'bullying-abuse'],
    ['貯めた薬がある。今夜。探さないで', 4, 'suicide-self-harm'],
    ['このまま目覚めなければいいのに', 4, 'suicide-self-harm'],
  ]);
  expectNoAlerts('ja', [
    'ママは40歳、私は12歳',
    '兄は25歳で私は14歳',
    '担任は30歳で、私は中2',
  ]);
});
