/**
 * Vietnamese lexicon. Written for this project by its contributors from how young people write
 * about these risks in Vietnamese, with and without tones: the normaliser strips tones and
 * diacritics and folds đ to d, so "muốn chết" and "muon chet" are one phrase. Chat spellings are
 * written out ("mún", "ko", "k", "dc", "mik", "t" for tao, "bít"); no third-party word list was
 * copied. Licence: AGPL-3.0-or-later.
 *
 * Without tones many words collide, so short words are used only inside longer phrases or as
 * rule parts: "tự tử" (suicide) is "từ từ" (slowly), "dao" (knife) is "dạo" (lately), "súng" (gun)
 * is "sung" (fig; "sung sướng"), "đâm mày" (stab you) is "đám mây" (cloud), "lô đề" is Spanish
 * "lo de", "cần sa" is Spanish "cansa". "X muốn chết" is also the everyday "extremely X"
 * ("mệt muốn chết", tired to death): those are innocent senses.
 */
import type { LanguagePack } from './types.ts';
import { ID_TL_VI_RULES } from './rules-shared.ts';

export const vi: LanguagePack = {
  lang: 'vi',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // "ko", "k", "hong", "chả", "đừng" (dung = "dùng", use) mean other things elsewhere or without tones
  negators: ['không', 'khong', 'khum', 'hok', 'chẳng', 'không bao giờ', 'chưa bao giờ', 'chua bao gio', 'chưa từng', 'phản đối'],
  concepts: {
    // ---- tuned on dev7 (tune half): general gaps ----
    edgoal: ['ép cân', 'giảm cân', 'giam can', 'cho gầy', 'để gầy', 'muốn gầy', 'mún gầy', 'giảm ký', 'xuống ký', 'xuống cân', 'thật gầy'],
    edmethod: ['nhịn ăn', 'nhin an', 'nhịn đói', 'móc họng', 'moc hong', 'nôn ra', 'ói ra', 'bỏ bữa', 'nhịn bữa', 'không ăn gì', 'ko ăn gì', 'thuốc xổ', 'thuốc giảm cân'],
    toucher: ['thầy', 'thầy giáo', 'thầy dạy thêm', 'ông thầy', 'hàng xóm', 'chú hàng xóm', 'ông hàng xóm', 'dượng', 'bố dượng', 'cha dượng', 'chú', 'ông chú', 'anh họ', 'bác', 'người lạ', 'hắn', 'ổng', 'lão'],
    touch: ['sờ soạng', 'sờ mó', 'sờ vào người', 'sờ người', 'sờ ngực', 'sờ đùi', 'sờ vùng kín', 'sờ chỗ kín', 'động chạm', 'ôm hôn em', 'bắt em cởi', 'cởi đồ em', 'thò tay vào'],
    fight: ['hẹn đánh', 'hẹn đánh nhau', 'hẹn bọn', 'hẹn solo', 'đánh nhau', 'đi đánh', 'đánh hội đồng', 'trường bên', 'kéo quân', 'anh em mang'],
    fightarm: ['mã tấu', 'phóng lợn', 'con dao', 'dao găm', 'dao bấm', 'dao rựa', 'dao bầu', 'ống tuýp', 'tuýp sắt', 'gậy sắt', 'gậy bóng chày', 'côn nhị khúc', '=súng', 'nằm viện', 'nhập viện', 'vào viện', 'đổ máu', 'chết người'],
    attacker: ['thằng xả súng', 'kẻ xả súng', 'tay súng', 'kẻ đánh bom', 'thằng đánh bom', 'vụ xả súng', 'người xả súng', 'xả súng ở', 'xả súng tại', 'xả súng vào'],
    // ---- suicide: first person × want × harm (ordered; negation and "extremely X" are senses) ----
    self: ['tôi', 'tui', 'tao', 't', 'mình', 'mik', 'mk', 'mjk', 'em', 'tớ', 'bản thân tôi', 'bản thân mình'],
    want: ['muốn', 'mún', 'muon', 'chỉ muốn', 'rất muốn', 'thật sự muốn', 'thực sự muốn', 'lại muốn', 'thèm được', 'ước gì được', 'ước được', 'muốn được', 'nghĩ đến việc', 'nghĩ tới việc', 'đang nghĩ đến chuyện'],
    harm: ['chết', 'chít', 'chớt', 'chết đi', 'chết quách', 'chết cho xong', 'chết cho rồi', 'tự tử', 'tự sát', 'kết liễu', 'kết liễu đời mình', 'kết liễu bản thân', 'kết thúc cuộc đời', 'kết thúc cuộc sống', 'kết thúc tất cả', 'kết thúc mọi thứ', 'nhảy lầu', 'nhảy cầu', 'nhảy sông', 'treo cổ', 'cắt cổ tay', 'rạch cổ tay', 'uống thuốc ngủ', 'uống thuốc chuột', 'biến mất mãi mãi', 'ngủ mãi không dậy', 'ngủ một giấc không bao giờ dậy', 'rời khỏi thế giới này'],
    will: ['sẽ', 'sắp', 'định', 'quyết định', 'đã quyết định', 'tính', 'chuẩn bị'],
    harmstrong: ['tự tử', 'tự sát', 'kết liễu đời mình', 'kết liễu bản thân', 'kết thúc cuộc đời', 'kết thúc cuộc sống', 'nhảy lầu', 'nhảy cầu', 'treo cổ', 'cắt cổ tay', 'rạch cổ tay', 'uống thuốc ngủ', 'uống thuốc chuột', 'chết cho xong', 'chết cho rồi'],
    howto: ['cách', 'cach', 'làm sao để', 'làm thế nào để', 'làm sao', 'phương pháp', 'bao nhiêu', 'bn', 'mấy viên', 'nhanh nhất', 'không đau', 'ko đau', 'k đau', 'đỡ đau', 'ít đau'],
    suicideword: ['tự tử', 'tự sát', 'chết nhanh', 'chết không đau', 'chết ko đau', 'chết k đau', 'chết êm', 'treo cổ', 'cắt cổ tay', 'rạch cổ tay', 'nhảy lầu'],
    pills: ['thuốc ngủ', 'thuoc ngu', 'paracetamol', 'panadol', 'efferalgan', 'hapacol', 'thuốc an thần', 'thuốc chuột', 'thuốc trừ sâu', 'thuốc diệt cỏ', 'viên thuốc', 'vỉ thuốc'],
    death: ['chết', 'chit', 'chớt', 'tử vong', 'không tỉnh lại', 'ko tỉnh lại', 'k tỉnh lại', 'không dậy nữa', 'quá liều', 'đủ chết', 'gây chết', 'liều chết người', 'liều gây chết'],
    sdeath: ['chết', 'cái chết', 'tự tử', 'tự sát', 'đám tang của', 'đám tang', 'mộ của', 'kiếp sau', 'thế giới bên kia'],
    smeans: ['ra cầu', 'lên cầu', 'ra sông', 'ra bờ sông', 'lên nóc', 'lên sân thượng', 'cầu long biên', 'cầu nhật tân', 'cầu sài gòn', 'thuốc ngủ', 'dao lam', 'lưỡi lam', 'sợi dây', 'dây thừng', 'sân thượng', 'tầng thượng', 'nóc nhà', 'cây cầu', 'trên cầu', 'đường ray', 'thuốc chuột', 'thuốc trừ sâu', 'lọ thuốc', 'hết vỉ thuốc', 'gom thuốc', 'tích thuốc', 'để dành thuốc', 'chuẩn bị thuốc', 'thuốc đã chuẩn bị', 'thuốc gom'],
    stime: ['tối nay', 'toi nay', 'đêm nay', 'dem nay', 'ngay bây giờ', 'bây giờ', 'bay gio', 'giờ này', 'ngày mai', 'mai này', 'sáng mai', 'lát nữa', 'sắp tới', 'cuối tuần này'],
    sfarewell: ['xin lỗi {mẹ|bố|ba|má}', '{mẹ|bố|ba|má} ơi con xin lỗi', 'thư để', 'để lại thư', 'viết thư để lại', 'vĩnh biệt', 'vinh biet', 'tạm biệt mọi người', 'tam biet moi nguoi', 'xin lỗi mọi người', 'xin loi moi nguoi', 'xin lỗi bố mẹ', 'xin lỗi ba mẹ', 'con xin lỗi', 'đừng khóc vì', 'đừng buồn vì', 'cảm ơn vì tất cả', 'lời cuối', 'lời trăn trối', 'thư tuyệt mệnh', 'kiếp sau gặp lại', 'hẹn kiếp sau', 'bye mọi người', 'đừng tìm {con|em|mình|tôi|tao}'],
    shopeless: ['{không|ko|k|hong} {cố|gắng|chịu} {được|nổi} nữa', 'hết cố nổi rồi', 'không gắng gượng nổi nữa', 'mệt mỏi quá', 'mệt lắm rồi', 'không chịu nổi', 'ko chịu nổi', 'k chịu nổi', 'hết chịu nổi', 'chịu hết nổi', 'chán sống', 'vô dụng', 'vô giá trị', 'gánh nặng', 'không ai cần', 'không ai thương', 'không còn hy vọng', 'hết hy vọng', 'tuyệt vọng', 'bế tắc', 'áp lực quá', 'không lối thoát', 'trầm cảm'],
    feeling: ['không ai cần {tôi|mình|em|tao|t}', 'ko ai cần {tôi|mình|em|tao|t}', '{tôi|mình|em|tao} chỉ là gánh nặng', 'là gánh nặng của {gia đình|bố mẹ|ba mẹ|mọi người}', 'sống {không|ko|k|chẳng} có ý nghĩa', 'sống để làm gì', 'sống làm gì nữa', 'sống cũng chẳng để làm gì', 'không có {tôi|mình|em} mọi người sẽ {vui|hạnh phúc|tốt} hơn', '{tôi|mình|em} biến mất {cũng|thì} không ai {quan tâm|để ý|buồn}', 'chết đi cũng không ai buồn', 'chết đi {cũng|thì} chẳng ai {quan tâm|để ý|buồn}', 'không còn lý do để sống', 'hết lý do để sống', 'mệt mỏi với cuộc sống', 'chán đời quá'],
    final: ['đây là tin nhắn cuối cùng', 'đây là lời cuối', 'tin nhắn cuối cùng của {tôi|mình|em}', 'khi mọi người đọc được {dòng|những dòng} này', 'khi {bố mẹ|ba mẹ|mọi người} đọc được', 'thư tuyệt mệnh', 'đã viết thư tuyệt mệnh'],
    cut: ['cắt tay', 'rạch tay', 'cứa tay', 'rạch cổ tay', 'cắt cổ tay', 'dao lam', 'lưỡi lam', 'vết cắt', 'vết rạch', 'sẹo trên tay', 'những vết sẹo', 'tự làm đau', 'tự hại', 'móc họng', 'nôn ra'],
    friend: ['bạn mình', 'bạn em', 'bạn tôi', 'bạn tớ', 'bạn tui', 'đứa bạn', 'bạn thân', 'bạn của', 'bạn cùng lớp'],
    sendreq: ['gửi anh', 'gửi cho anh', 'cho anh xem', 'gửi anh xem', 'gửi a', 'gửi tao', 'gửi tui', 'cho tao xem'],
    nudemedia: ['ảnh nóng', 'clip nóng', 'ảnh nude', 'ảnh khỏa thân', 'ảnh cởi đồ', 'hình nóng', 'hình khỏa thân', 'ảnh đồ lót', 'ảnh không mặc đồ'],
    youare: ['mày là', 'm là', 'mày đúng là', 'mày là đồ', 'mi là', 'mài là', 'nhìn mày như'],
    insult: ['đồ ngu', 'thằng ngu', 'con ngu', 'óc chó', 'oc cho', 'đồ óc chó', 'thằng điên', 'con điên', 'đồ béo', 'con heo', 'đồ xấu xí', 'đồ vô dụng', 'thiểu năng', 'đồ thiểu năng', 'đồ rác rưởi', 'rác rưởi', 'đồ bỏ đi', 'thằng bê đê', 'đồ pê đê', 'con đĩ', 'đồ đĩ'],
    cutact: ['cắt tay', 'rạch tay', 'cứa tay', 'rạch đùi', 'cắt đùi', 'tự làm đau', 'tự làm đau bản thân', 'tự hại bản thân', 'tự làm hại bản thân'],
    cutwhen: ['lại', 'đã', 'vừa', 'hay', 'thường', 'đang', 'vẫn', 'muốn', 'mún'],
    famfig: ['mẹ', 'má', 'ba', 'bố', 'thầy', 'cô', 'chị', 'anh hai', 'mẹ tao', 'mẹ tui', 'mẹ mình', 'mẹ em', 'ba tao', 'bố tao', 'ba mình', 'bố mình'],
    famkill: ['giết tao', 'giết tui', 'giết mình', 'giết em', 'xử tao', 'xử tui', 'xử mình', 'xử em', 'chém tao', 'giết tao mất', 'giết mình mất'],
    hide: ['giấu', 'giau', 'che', 'che đi', 'che giấu', 'không cho ai biết', 'ko cho ai bít', 'bố mẹ không biết', 'ba mẹ không biết', 'mặc áo dài tay', 'áo khoác'],
    // ---- grooming ----
    parents: ['bố mẹ', 'bo me', 'ba mẹ', 'ba me', 'bố mẹ em', 'ba mẹ em', 'mẹ em', 'bố em', 'ba em', 'người lớn', 'thầy cô', 'cô giáo'],
    secret: ['đừng nói', 'dung noi', 'đừng kể', 'dung ke', 'không được nói', 'ko được nói', 'k dc nói', 'ko dc noi', 'đừng có nói', 'đừng có kể', 'không được kể', 'ko được kể', 'ko dc kể', 'k dc kể', 'kh dc kể', 'dặn không được', 'dặn ko được', 'dặn ko dc', 'dặn k dc', 'dặn đừng'],
    gcontact: ['một anh trên mạng', 'một ông trên mạng', 'một chú trên mạng', 'người lạ trên mạng', 'người lạ', 'quen qua mạng', 'quen trên mạng', 'quen qua game', 'quen trong game', 'quen trên facebook', 'quen trên tiktok', 'quen qua tiktok', 'quen trên fb', 'quen qua fb', 'quen trên face', 'quen qua zalo', 'quen trên zalo', 'quen qua insta', 'quen trên insta', 'một anh lớn tuổi', 'ông chú', 'anh ấy nhắn tin', 'nhắn tin cho em', 'inbox em', 'ib em', 'add zalo', 'kết bạn zalo'],
    gsecret: ['bí mật', 'bi mat', 'bí mật của hai đứa', 'chuyện của hai đứa mình', 'chuyện riêng của mình', 'đừng nói ai', 'đừng nói với ai', 'đừng kể ai', 'không ai biết', 'đừng cho ai biết', 'xóa tin nhắn', 'xoa tin nhan', 'xóa hết tin nhắn', 'xóa đi nha'],
    gmeet: ['gặp nhau', 'gap nhau', 'gặp riêng', 'đi chơi riêng', 'ra gặp anh', 'đến nhà anh', 'qua nhà anh', 'anh đón em', 'anh qua đón', 'đón em ở trường', 'đón em', 'hẹn em', 'hẹn gặp', 'rủ em đi chơi', 'chở em đi chơi', 'đi chơi đêm', 'đi một mình', 'đến một mình', 'khách sạn', 'nhà nghỉ', 'đi nhà nghỉ'],
    gpics: ['gửi ảnh', 'gửi hình', 'gui anh', 'gui hinh', 'chụp ảnh', 'chụp hình', 'chụp cho anh', 'cho anh xem', 'cho a xem', 'gửi anh xem', 'bật cam', 'bat cam', 'mở cam', 'call video', 'gọi video', 'ảnh nóng', 'ảnh khỏa thân', 'ảnh nude', 'cởi đồ', 'coi do', 'cởi áo', 'đồ lót', 'áo ngực', 'quần lót'],
    gage: ['em bao nhiêu tuổi', 'em bn tuổi', 'em bn tuoi', 'em mấy tuổi', 'em học lớp mấy', 'học lớp mấy', 'lop may', 'em còn nhỏ', 'tuổi chỉ là con số', 'tuoi chi la con so', 'em 12 tuổi', 'em 13 tuổi', 'em 14 tuổi', 'em 15 tuổi', 'lớp 6', 'lớp 7', 'lớp 8', 'lớp 9'],
    ggift: ['mua cho em', 'anh mua cho', 'tặng em', 'tang em', 'cho em tiền', 'chuyển khoản cho em', 'nạp game cho em', 'nạp thẻ', 'kim cương', 'quân huy', 'skin', 'điện thoại mới', 'iphone'],
    gflatter: ['em trưởng thành', 'em chín chắn', 'em khác mấy đứa', 'em xinh quá', 'em dễ thương quá', 'em đẹp quá', 'anh thích em', 'chỉ anh hiểu em', 'tin anh đi', 'tin anh'],
    galone: ['ở nhà một mình', 'o nha mot minh', 'ở nhà 1 mình', 'có ai ở nhà không', 'bố mẹ đi vắng', 'ba mẹ đi vắng', 'bố mẹ ngủ chưa', 'ba mẹ ngủ chưa', 'khuya rồi', 'nửa đêm'],
    gprivapp: ['zalo', 'telegram', 'snapchat', 'tin nhắn chờ', 'nhắn riêng', 'inbox riêng', 'acc phụ', 'nick phụ', 'tài khoản phụ', 'tin nhắn tự hủy'],
    adultage: ['anh {20|21|22|23|24|25|26|27|28|29|30|32|35|40} tuổi', '{anh ấy|ổng|ông đó} {20|25|30|35|40} tuổi', '{22|25|28|30|35|40} tuổi rồi', 'anh [ấy|ta] {18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}t'],
    childage: ['em {11|12|13|14|15} tuổi', 'mình {11|12|13|14|15} tuổi', '{tôi|t|tao|mik|mk} {11|12|13|14|15} tuổi', 'em mới {11|12|13|14|15}', 'em đang học lớp {6|7|8|9}', '{em|mình|tôi|t|mik|mk|tao} {11|12|13|14|15}t', 'mới {11|12|13|14|15}t'],
    // ---- sextortion ----
    media: ['ảnh của em', 'ảnh của mày', 'ảnh nóng', 'ảnh nude', 'ảnh khỏa thân', 'clip của em', 'clip của mày', 'clip nóng', 'video của em', 'hình của em', 'ảnh của mình', 'ảnh nhạy cảm', 'clip nhạy cảm', 'ảnh đó', 'clip đó'],
    expose: ['tung lên mạng', 'tung ảnh', 'tung clip', 'đăng lên mạng', 'đăng lên facebook', 'phát tán', 'gửi cho bố mẹ', 'gửi cho ba mẹ', 'gửi cho cả trường', 'gửi cho cả lớp', 'cho cả trường xem', 'cho cả lớp xem', 'bêu rếu', 'tung hết', 'đăng hết'],
    cond: ['nếu không', 'nếu ko', 'nếu k', 'neu khong', 'neu ko', 'không thì', 'ko thì', 'k thì', 'bằng không', 'nếu mày không', 'nếu em không', 'trừ khi'],
    // ---- drugs ----
    drug: ['ma túy', 'ma tuy', 'thuốc lắc', 'thuoc lac', 'kẹo lắc', 'ketamine', 'cỏ mỹ', 'bồ đà', 'cần sa', 'weed', 'heroin', 'hàng trắng', 'ma túy đá', 'hàng đá', 'nước vui', 'bóng cười', 'thuốc phiện', 'cocaine', 'mdma', 'tem giấy', 'bay lắc', 'pod', 'vape', 'thuốc lá điện tử'],
    buy: ['mua ở đâu', 'mua o dau', 'mua đâu', 'kiếm ở đâu', 'kiếm đâu', 'ai bán', 'ai có', 'bán không', 'bán ko', 'có bán', 'giá bao nhiêu', 'bao nhiêu tiền', 'ship', 'mua', 'đã thử', 'thử chơi', 'muốn thử', 'chơi đá', 'hút', 'chơi', 'phê', 'đang phê', 'ngáo', 'dùng'],
    // ---- weapons and threats ----
    weapon: ['phóng lợn', 'dao phóng lợn', 'dao rựa', 'dao bầu', 'lưỡi liềm', 'ống tuýp', 'gậy bóng chày', 'dao tự chế', '=dao', 'con dao', 'dao găm', 'dao bấm', 'dao phay', 'mã tấu', 'thanh kiếm', '=súng', 'khẩu súng', 'súng điện', 'súng hơi', 'súng cồn', 'lựu đạn', 'bom', 'bom xăng', 'chất nổ', 'côn nhị khúc', 'tuýp sắt', 'gậy sắt', 'bình xịt hơi cay'],
    bring: ['mang', 'đem', 'cầm', 'mang theo', 'đem theo', 'giấu', 'giắt', 'dắt', 'thủ sẵn', 'có sẵn', 'trong cặp', 'trong balo', 'trong ba lô'],
    school: ['đến trường', 'den truong', 'tới trường', 'vào trường', 'lên trường', 'ở trường', 'o truong', 'vào lớp', 'lên lớp', 'trong lớp', 'cổng trường', 'giờ ra chơi', 'sau giờ học', 'tan học', 'tan trường'],
    threat: ['tao giết mày', 'tao giet may', 't giết m', 'tao giết chết mày', 'tao đâm chết mày', 'tao đâm mày', 'tao chém mày', 'tao chém chết mày', 'tao bắn mày', 'tao bắn chết mày', 'tao xử mày', 'tao cho mày chết', 'mày chết chắc', 'mày chết với tao', 'm chết với t', 'tao sẽ giết', 'tao sẽ giết hết', 'giết hết tụi mày', 'giết hết bọn mày', 'giết cả lớp', 'xử hết tụi nó', 'đâm hết tụi nó', 'chém hết tụi nó', 'đâm chết hết', 'chém chết hết', 'đâm hết bọn nó'],
    make: ['cách làm', 'cách chế', 'cach che', 'cách chế tạo', 'cách tự làm', 'làm sao để làm', 'hướng dẫn làm', 'tự chế', 'chế tạo', 'tự làm'],
    bomb: ['bom', 'bom xăng', 'bom tự chế', 'lựu đạn', 'chất nổ', 'thuốc nổ', 'súng tự chế', 'súng', 'súng cồn'],
    // ---- extremism ----
    extfigure: ['isis', 'nhà nước hồi giáo', 'al qaeda', 'al-qaeda', 'taliban', 'bin laden', 'hitler', 'phát xít', 'phat xit', 'đức quốc xã', 'neo nazi', 'tân phát xít', 'breivik', 'tarrant'],
    extsupport: ['ủng hộ', 'ung ho', 'thần tượng', 'ngưỡng mộ', 'nguong mo', 'anh hùng', 'đã đúng', 'nói đúng', 'làm đúng', 'vĩ đại', 'là người hùng', 'tôn thờ', 'hâm mộ'],
    extgroup: ['isis', 'nhà nước hồi giáo', 'al qaeda', 'taliban', 'thánh chiến', 'thanh chien', 'quân thánh chiến', 'nhóm khủng bố', 'tổ chức khủng bố', 'phát xít', 'neo nazi', 'tân phát xít'],
    join: ['gia nhập', 'gia nhap', 'tham gia', 'tham gia vào', 'vào nhóm', 'sang syria', 'đi syria', 'chiến đấu cho', 'hiến thân cho', 'tuyên thệ'],
    extvocab: ['thánh chiến', 'kẻ ngoại đạo', 'kẻ vô đạo', 'thuần chủng', 'chủng tộc thượng đẳng', 'thượng đẳng', 'thay thế chủng tộc', 'thay thế dân tộc', 'thay thế giống nòi', 'đánh bom tự sát', 'đánh bom liều chết', 'diệt chủng', 'ngày thanh lọc', 'thanh lọc dân tộc', 'thanh lọc chủng tộc', 'thanh lọc đất nước', 'thanh lọc giống nòi'],
    extcall: ['đến lúc phải hành động', 'đã đến lúc hành động', 'đến lúc hành động', 'ai có gan thì', 'vào group kín', 'vào nhóm kín', 'group kín', 'nhóm kín', 'cầm vũ khí lên', 'đứng lên chiến đấu'],
    extviolence: ['giết hết', 'giết sạch', 'tận diệt', 'diệt sạch', 'thanh trừng', 'phải bị tiêu diệt', 'đáng chết', 'phải chết', 'phải bị giết', 'nên bị giết'],
    extoutgroup: ['bọn ngoại đạo', 'kẻ ngoại đạo', 'bọn do thái', 'bọn da đen', 'bọn mọi', 'bọn tàu', 'tàu khựa', 'bọn khựa', 'bọn đồng tính', 'bọn bê đê', 'bọn nhập cư', 'bọn hồi giáo'],
    worship: ['nhà thờ', 'ngôi chùa', 'thánh đường', 'đền thờ', 'giáo đường', 'nhà thờ hồi giáo'],
    attack: ['đánh bom', 'cho nổ tung', 'đốt cháy', 'xả súng', 'xả súng vào', 'phóng hỏa'],
    // ---- hate ----
    group: ['người da đen', 'dân da đen', 'bọn da đen', 'người do thái', 'bọn do thái', 'người tàu', 'bọn tàu', 'người trung quốc', 'người hồi giáo', 'dân hồi giáo', 'người đồng tính', 'bọn đồng tính', 'dân lgbt', 'bọn lgbt', 'người chuyển giới', 'người khuyết tật', 'dân tộc thiểu số', 'người dân tộc', 'dân nhập cư', 'người ấn độ', 'người campuchia', 'người lào', 'bọn bắc kỳ', 'bọn nam kỳ', 'bọn miền bắc', 'bọn miền nam'],
    hateclaim: ['đáng chết', 'nên chết', 'phải chết hết', 'cút về nước', 'cút đi', 'cút khỏi', 'bẩn thỉu', 'dơ bẩn', 'như súc vật', 'là súc vật', 'như chó', 'là lũ chó', 'ghê tởm', 'kinh tởm', 'bệnh hoạn', 'không phải người', 'mọi rợ', 'thấp kém', 'hạ đẳng', 'nên bị đuổi', 'ghét cay ghét đắng', 'thối tha'],
    // ---- abuse at home ----
    abuser: ['thầy', 'thầy giáo', 'thầy dạy thêm', 'ông thầy', 'hàng xóm', 'chú hàng xóm', 'bố', 'ba', 'mẹ', 'má', 'bố dượng', 'cha dượng', 'dượng', 'mẹ kế', 'anh trai', 'ông', 'chú', 'cậu', 'bố em', 'ba em', 'mẹ em', 'bố tôi', 'ba tôi', 'mẹ tôi', 'bố mình', 'ba mình', 'mẹ mình', 'bố tao', 'mẹ tao'],
    abuse: ['đánh em', 'đánh tôi', 'đánh mình', 'đánh tao', 'đánh đập', 'đánh đập em', 'đánh em bầm tím', 'đánh bầm tím', 'đánh em bầm', 'đánh tôi bầm', 'đánh mình bầm', 'đánh chảy máu', 'đánh em suốt', 'đánh mình suốt', 'đánh em hằng ngày', 'lấy roi đánh', 'lấy thắt lưng đánh', 'lấy dây nịt đánh', 'lấy roi quất', 'tát em', 'tát tôi', 'đấm em', 'bóp cổ', 'nhốt em', 'nhốt tôi', 'bỏ đói', 'chửi em là', 'đuổi ra khỏi nhà', 'sờ soạng em', 'sờ người em', 'động chạm em', 'vào phòng em ban đêm', 'xâm hại', 'say rượu rồi đánh', 'uống rượu vào là đánh'],
    // ---- bullying ----
    bullyactor: ['cả lớp', 'ca lop', 'tụi nó', 'bọn nó', 'tui nó', 'mấy đứa', 'mấy đứa trong lớp', 'tụi bạn', 'bạn cùng lớp', 'bọn con trai', 'bọn con gái', 'mọi người', 'cả trường', 'nhóm đó'],
    bullyact: ['bắt nạt', 'bat nat', 'bắt nạt em', 'bắt nạt tôi', 'bắt nạt mình', 'chế giễu', 'trêu chọc', 'chọc ghẹo', 'cô lập', 'co lap', 'tẩy chay', 'xa lánh', 'đánh hội đồng', 'đánh em', 'đánh mình', 'đánh tôi', 'chửi em', 'chửi mình', 'chửi tôi', 'cười nhạo', 'lập nhóm nói xấu', 'nói xấu em', 'nói xấu mình', 'quay clip đánh', 'đăng ảnh dìm', 'lấy tiền của em', 'trấn lột', 'bạo lực học đường', 'body shaming', 'miệt thị'],
    // ---- gambling ----
    bet: ['chơi cá độ', 'đi cá độ', 'cá độ bóng đá', 'cá độ online', 'cá cược', 'ca cuoc', 'đánh bạc', 'đánh bài ăn tiền', 'chơi cờ bạc', 'nghiện cờ bạc', 'tài xỉu', 'tai xiu', 'game nổ hũ', 'chơi nổ hũ', 'quay nổ hũ', 'casino', 'sòng bạc', 'nhà cái', 'đánh đề', 'đánh lô đề', 'game bài đổi thưởng', 'baccarat', 'xóc đĩa', 'lắc tài xỉu'],
    minor: ['em {12|13|14|15|16|17} tuổi', 'học sinh', 'tiền học phí', 'tiền học', 'tiền ăn sáng', 'tiền tiêu vặt', 'tiền của mẹ', 'tiền của bố', 'thẻ của mẹ', 'lấy trộm tiền', 'vay nợ', 'nợ nần', 'mắc nợ', 'thua hết', 'thua sạch', 'cháy túi', 'nghiện', 'không bỏ được', 'ko bỏ được', 'vay tín dụng đen', 'tín dụng đen', 'vay app'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      '{tôi|mình|em|tao|t|tui|mik|mk|tớ} muốn chết', '{tôi|mình|em|tao|t} muốn tự tử',
      '{không|ko|k|kh|hông|hong|hok|khum|chẳng} {muốn|mún} sống nữa', '{không|ko|k|kh|hông|hok|khum|chẳng} {muốn|mún} sống tiếp', 'chẳng muốn sống', 'hết muốn sống', 'không còn muốn sống', 'ko còn muốn sống', 'k còn muốn sống',
      'chán sống lắm rồi', 'chán sống quá', 'chán sống thật sự', 'muốn chết quá', 'mún chết quá', 'muốn chết lắm', 'muốn chết đi cho rồi', 'muốn chết quách cho xong', 'chết quách cho xong', 'chết đi cho rồi', 'chết đi cho xong',
      'muốn tự tử', 'muốn tự sát', 'định tự sát', 'sẽ tự sát', 'sắp tự tử', 'muốn kết liễu đời mình', 'muốn kết thúc cuộc đời', 'muốn kết thúc cuộc sống', 'muốn kết thúc tất cả', 'ý định tự tử', 'ý định tự sát', 'ý nghĩ tự tử', 'nghĩ đến tự tử', 'nghĩ đến chuyện tự tử', 'nghĩ tới chuyện chết',
      'cách tự tử', 'cách tự sát', 'cách chết nhanh', 'cách chết không đau', 'cách chết ko đau', 'cách chết k đau', 'cách chết êm', 'chết không đau đớn', 'tự tử không đau', 'tự tử bằng cách nào', 'tự sát bằng cách nào', 'làm sao để chết', 'làm thế nào để chết', 'cách treo cổ', 'cách cắt cổ tay', 'nhảy từ tầng mấy thì chết', 'nhảy lầu tầng mấy thì chết',
      'uống bao nhiêu viên {thuốc ngủ|paracetamol|panadol|hapacol|efferalgan} thì chết', 'bao nhiêu viên thì chết', 'uống bao nhiêu thì chết', 'uống hết vỉ thuốc', 'uống hết lọ thuốc ngủ', 'đã viết thư tuyệt mệnh', 'tối nay {tôi|mình|em|tao} sẽ chết', 'tối nay sẽ tự tử',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['chán sống', 'chán đời quá', 'sống không có ý nghĩa', 'sống ko có ý nghĩa', 'sống để làm gì', 'sống làm gì nữa', 'ước gì mình chưa từng được sinh ra', 'ước gì chưa từng sinh ra', 'ước gì {tôi|mình|em} biến mất', 'muốn biến mất', 'mún biến mất', 'muốn biến mất khỏi thế giới', 'muốn ngủ mãi không dậy', 'muốn ngủ một giấc không bao giờ tỉnh', 'ngủ luôn không dậy', 'ngủ luôn ko dậy', 'ngủ luôn k dậy', 'ngủ mãi mãi không dậy', 'không muốn thức dậy nữa', 'ko muốn thức dậy nữa', 'ý nghĩ muốn chết', 'suy nghĩ tiêu cực muốn chết', 'trầm cảm muốn chết'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: [
      '{cắt tay|rạch tay|cứa tay} {lại rồi|nữa rồi|bằng dao lam|bằng lưỡi lam}', 'lại cắt tay rồi', 'lại rạch tay', 'muốn cắt tay', 'mún cắt tay', 'muốn rạch tay', 'tự làm đau bản thân', 'tự làm hại bản thân', 'tự hại bản thân', 'tự cắt tay', 'cắt tay bằng dao lam', 'giấu vết cắt', 'giấu vết rạch', 'giấu sẹo cắt tay',
      'nhịn ăn để giảm cân', 'nhịn đói để gầy', 'ăn xong móc họng', 'ăn xong rồi nôn ra', 'cố tình nôn ra', 'móc họng cho gầy', 'móc họng để giảm cân', 'pro ana', 'thinspo',
    ] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      'đây là bí mật của hai đứa mình', 'bí mật của hai đứa mình', 'bí mật của chúng ta', 'chuyện của hai đứa mình thôi', 'chỉ hai đứa mình biết',
      'xóa tin nhắn đi {nha|nhé|kẻo|để}', 'nhắn xong {nhớ|thì} xóa', '{em|e} ở nhà một mình {à|hả|không|ko|k}', 'bố mẹ em có nhà không', 'ba mẹ em có nhà ko', 'em trưởng thành hơn tuổi', 'em chín chắn hơn tuổi', 'tuổi tác chỉ là con số', 'tuổi chỉ là con số thôi',
      '{gửi|cho} anh {xem|coi} {ảnh|hình} {em|của em}', '{bật|mở|bat|mo} cam {cho anh xem|lên anh xem|đi em}', 'anh đón em ở trường', 'đi một mình đừng dẫn ai', 'đến một mình thôi',
      'anh {nạp|mua|tặng|chuyển} {game|kim cương|quân huy|skin|tiền|thẻ} cho em', 'gửi ảnh rồi anh {nạp|mua|tặng|chuyển}',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      '{gửi|cho} anh {ảnh|hình|clip} {nóng|khỏa thân|nude|cởi đồ}', '{gửi|cho xem} {ảnh|clip} {nóng|nude|khỏa thân} {đi|nha}', 'cởi đồ ra cho anh xem', 'cởi áo ra cho anh xem', 'coi do ra cho anh xem', 'cởi đồ trên cam', '{bật|mở} cam cởi đồ', 'chụp đồ lót gửi anh', 'chụp ảnh đồ lót',
      '{tung|đăng|phát tán|gửi} ảnh nóng của {em|mày|m|cậu}', 'tung clip nóng của {em|mày|m}', 'tao sẽ tung ảnh', 'anh sẽ tung ảnh', 'tao tung ảnh mày lên mạng', 'dọa tung ảnh', 'dọa phát tán ảnh', 'bị tống tiền bằng ảnh', 'tống tiền tình dục',
      'anh ấy sờ vào người em', 'chú ấy sờ vào người em', 'sờ vào chỗ kín', 'sờ chỗ kín', 'bị sàm sỡ', 'bị xâm hại tình dục', 'bị hiếp dâm', 'bị cưỡng hiếp', 'bị ép quan hệ',
    ] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['phim sex', 'phim heo', 'phim con heo', 'phim người lớn', 'clip sex', 'clip nóng', 'ảnh nóng', 'anh nong', 'ảnh khỏa thân', 'ảnh nude', 'gái xinh khỏa thân', 'xem sex', 'coi sex', 'web sex', 'web đen', 'phim jav', 'làm tình', 'lam tinh', 'chịch nhau', 'đụ nhau', 'địt nhau', 'dit nhau', 'nứng quá', 'thủ dâm', 'quay tay', 'chat sex', 'sex chat', 'gạ tình', 'lộ clip', 'lộ hàng'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['mày {đi|di} chết {đi|di}', 'm đi chết đi', 'đi chết đi', 'chết mẹ mày đi', 'sao mày không chết đi', 'sao m ko chết đi', 'sao mày ko đi chết', 'mày nên chết đi', 'mày chết đi cho rồi', 'mày chết đi cho xong', 'mày biến khỏi thế giới này đi', 'không ai cần mày', 'ko ai cần mày', 'k ai cần m', 'không ai thương mày', 'cả lớp ghét mày', 'ai cũng ghét mày'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: [
      '{đồ|thằng|con} óc chó', 'đồ thiểu năng', 'thằng thiểu năng', 'con thiểu năng', 'mày xấu như', 'béo như heo', 'béo như lợn', 'xấu như quỷ', 'đồ ăn hại',
      '{em|mình|tôi|t} bị {bắt nạt|cô lập|tẩy chay|đánh hội đồng|chế giễu|xa lánh|bạo lực học đường}', 'bị cả lớp {cô lập|tẩy chay|ghét|bắt nạt}', 'không ai chơi với {em|mình|tôi|tớ}', 'ko ai chơi với {em|mình|tui|t}', 'sợ đi học vì bị', 'sợ đến trường vì bị',
    ] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, phrases: ['bị {bố|ba|mẹ|dượng} đánh {bầm tím|chảy máu|mỗi ngày}', 'bị bạo hành gia đình', 'bạo hành gia đình', 'bị bố dượng sờ', 'bị dượng sờ', 'sợ về nhà', 'so ve nha', 'không dám về nhà', 'ko dám về nhà'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['muốn gia nhập isis', 'gia nhập nhà nước hồi giáo', 'muốn đi thánh chiến', 'tham gia thánh chiến', 'đánh bom liều chết', 'đánh bom tự sát', 'muốn làm khủng bố', 'hitler đã đúng', 'hitler nói đúng', 'hitler là anh hùng', 'ủng hộ phát xít', 'ủng hộ isis', 'isis là anh hùng', 'giết hết bọn ngoại đạo', 'giết bọn do thái', 'diệt chủng là đúng', 'người da trắng thượng đẳng', 'chủng tộc thượng đẳng'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['tàu khựa', 'tau khua', 'bọn khựa', 'bọn mọi đen', 'mọi đen', 'moi den', 'bọn mọi rợ', 'đồ mọi rợ', 'thằng bê đê', 'đồ bê đê', 'lũ bê đê', 'bọn bê đê', 'bọn pê đê', 'lũ pê đê', 'đồ đồng bóng', 'lũ đồng tính', 'bọn đồng tính bệnh hoạn', 'đồng tính là bệnh', 'bắc kỳ chó', 'bac ky cho', 'nam kỳ chó', 'parky', 'đồ 3 que', 'bọn 3 que', 'bọn ba que', 'đồ ba que', 'thằng mọi', 'con mọi', 'bọn tàu bẩn', 'bọn da đen bẩn', 'đồ tật nguyền'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['mua {ma túy|thuốc lắc|kẹo lắc|cần sa|cỏ mỹ|ke|hàng đá|ma túy đá|bồ đà|nước vui|heroin} ở đâu', '{thuốc lắc|kẹo lắc|cỏ mỹ|ma túy đá|hàng đá|bồ đà|nước vui} mua ở đâu', 'ai bán {cỏ mỹ|thuốc lắc|kẹo lắc|nước vui|hàng đá|cần sa}', 'hút cần sa', 'hút cỏ', 'chơi ke', 'bay lắc', 'bay phòng', 'hít ke', 'sử dụng ma túy', 'dùng ma túy', 'nghiện ma túy', 'ngáo đá', 'phê thuốc', 'hít bóng cười', 'thuốc lắc', 'ma túy đá', 'cỏ mỹ', 'nước vui'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['ma túy', 'ma tuy', 'cần sa', 'heroin', 'thuốc phiện', 'bóng cười', 'bong cuoi'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['cách {làm|chế|chế tạo|tự chế} {bom|bom xăng|lựu đạn|chất nổ|thuốc nổ|súng|súng tự chế}', 'chế bom', 'tự chế bom', 'làm bom tại nhà', 'xả súng {ở|tại|vào} trường', 'xả súng vào lớp', 'mang súng đến trường', 'mang dao đến trường', 'đem dao đến trường', 'đem súng đến trường', 'giết hết cả lớp', 'giết cả trường', 'đốt trường', 'đánh bom trường'] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['tao sẽ {giết|đâm|chém|bắn} {mày|m|tụi mày|bọn mày}', 'tao {giết|đâm|chém|bắn} chết {mày|m|nó|tụi mày}', 'tao đâm chết', 'tao chém chết', 'tao bắn chết', 'mai tao mang dao', 'tao có súng', 'mua súng ở đâu', 'mua dao bấm', 'mua súng hơi ở đâu', 'mua súng điện', 'tao cho mày chết', 'mày chết chắc rồi', 'mày chết với tao'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['cá độ bóng đá', 'chơi cá độ', 'đi cá độ', 'cá độ online', 'đánh bạc', 'chơi cờ bạc', 'chơi tài xỉu', 'tài xỉu online', 'chơi nổ hũ', 'game nổ hũ', 'casino online', 'nhà cái uy tín', 'nạp tiền nhà cái', 'đánh đề', 'đánh lô đề', 'chơi lô đề', 'game bài đổi thưởng', 'xóc đĩa online', 'thua cá độ', 'thua tài xỉu', 'nợ cá độ', 'nghiện cờ bạc', 'nghiện cá độ', 'link nhà cái', 'vay tiền chơi tài xỉu'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['tài xỉu', 'tai xiu', 'casino', 'baccarat', 'cá cược'] },
  ],
  rules: [
    ...ID_TL_VI_RULES,
    // eating-disorder goal × method; an adult × sexual touching; a planned fight × weapons or hospital; an attacker × admiration
    { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@edgoal', '@edmethod'], window: 8 },
    { id: 'adult-touch', category: 'grooming-cse', severity: 4, all: ['@toucher', '@touch'], window: 14, ordered: true },
    { id: 'armed-fight', category: 'weapons-violence', severity: 4, all: ['@fight', '@fightarm'], window: 14 },
    { id: 'admire-attacker', category: 'extremism', severity: 4, all: ['@attacker', '@extsupport'], window: 12 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@want', '@harm'], window: 5, ordered: true },
    { id: 'will-kill-self', category: 'suicide-self-harm', severity: 5, all: ['@self', '@will', '@harmstrong'], window: 5, ordered: true },
    { id: 'self-harm-act', category: 'suicide-self-harm', severity: 4, all: ['@self', '@cutwhen', '@cutact'], window: 3, ordered: true },
    { id: 'insult-you', category: 'bullying-abuse', severity: 3, all: ['@youare', '@insult'], window: 3, ordered: true },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@secret', '@parents'], window: 4, ordered: true },
    { id: 'nude-request', category: 'grooming-cse', severity: 5, all: ['@sendreq', '@nudemedia'], window: 5, ordered: true },
    { id: 'threat-at-school', category: 'weapons-violence', severity: 5, all: ['@threat', '@school'], window: 10 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 5 },
    { id: 'extremism-cues', category: 'extremism', severity: 4, all: ['@extvocab', '@extgroup', '@extviolence', '@extoutgroup', '@extcall'], atLeast: 2, window: 12 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@extoutgroup', '@extviolence'], window: 6 },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 7, ordered: true },
  ],
  senses: [
    { id: 'idioms', categories: 'all', scope: 'overlap', phrases: [
      // "X muốn chết" = extremely X; "chết cười" = dying of laughter; "chết rồi" = oh no
      '{mệt|đói|buồn ngủ|nóng|lạnh|sợ|mắc cười|buồn cười|ngại|xấu hổ|nhục|khát|đau|nhớ|thương|đẹp|ngon|dễ thương|tức|chán|hồi hộp} {muốn|mún} chết', 'chết cười', 'cười chết', 'cười muốn chết', 'cười chết mất', 'cười đau bụng muốn chết', 'chết mất thôi', 'chết mất', 'thôi chết', 'chết tiệt', 'chết đói', 'đẹp chết đi được', 'đẹp muốn xỉu', 'chết mê chết mệt',
      '{không|ko|k|chưa|chẳng|đừng} {muốn|định} {chết|tự tử}', '{không|ko|k|đừng|không nên|ko nên} {nhịn ăn|bỏ bữa|nhịn đói|móc họng}', 'giảm cân {khoa học|lành mạnh|đúng cách}', 'đừng tự tử', 'đừng chết', 'đừng nghĩ quẩn',
      'giết thời gian', 'giet thoi gian', 'giết chết thời gian', 'diệt virus', 'diệt khuẩn', 'diệt muỗi', 'diệt gián', 'diệt chuột', 'bả chuột', 'thuốc diệt côn trùng', 'giết tiến trình', 'kill process', 'súng cao su', 'súng giấy', 'súng bằng gỗ', 'súng gỗ đồ chơi', 'nóng hổi',
      'dao thái', 'dao gọt', 'dao gọt hoa quả', 'dao nhà bếp', 'dao làm bếp', 'thớt', 'cắt rau', 'cắt hành', 'cắt thịt', 'thái thịt', 'cắt tay áo', 'cắt tóc', 'cắt móng tay', 'cắt giấy', 'cắt bánh', 'cắt video', 'cắt clip', 'đứt tay',
      'súng nước', 'súng đồ chơi', 'súng nerf', 'súng bắn nước', 'súng bắn keo', 'súng phun sơn', 'bom tấn', 'phim bom tấn', 'bom hàng', 'bom calo', 'bắn pháo hoa', 'bắn tim', 'dạo này', 'đi dạo', 'dạo phố', 'sung sướng', 'quả sung',
      'từ từ {thôi|đã|nha|nhé|nhe|rồi tính|tìm hiểu|làm quen|tính|suy nghĩ|học|cũng được|từng bước|mà|hãy}', '{đi|làm|ăn|nói|lái xe|chạy|học|uống} từ từ',
      'bí mật sinh nhật', 'tiệc bất ngờ', 'quà bất ngờ', 'bất ngờ cho mẹ', 'chụp ảnh thẻ', 'ảnh thẻ', 'chụp ảnh kỷ yếu', 'ảnh kỷ yếu', 'ảnh lớp', 'gửi ảnh bài tập',
      'cá độ là phạm pháp', 'tác hại của ma túy', 'tác hại ma túy', 'phòng chống ma túy', 'nói không với ma túy', 'phòng chống tự tử',
    ] },
    { id: 'family-banter', categories: 'all', scope: 'overlap', phrases: [], all: ['@famfig', '@famkill'], window: 5, ordered: true },
    { id: 'family', categories: ['grooming-cse'], scope: 'text', phrases: ['anh họ', 'chị họ', 'anh trai em', 'chị gái em', 'ông nội', 'bà nội', 'ông ngoại', 'bà ngoại', 'cậu ruột', 'dì ruột', 'chú ruột', 'dì của em', 'chú của em'] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['sinh nhật', 'sinh nhat', 'bất ngờ', 'bat ngo', 'tiệc', 'quà tặng', 'ngày của mẹ', 'ngày phụ nữ', '20/10', '8/3'] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['liên quân', 'lien quan', 'free fire', 'pubg', 'minecraft', 'roblox', 'valorant', 'csgo', 'cs go', 'liên minh', 'lmht', 'fifa', 'trong game', 'chơi game', 'game thủ', 'headshot', 'skin súng'] },
    { id: 'study', categories: 'all', scope: 'text', phrases: ['bài tập', 'bai tap', 'môn lịch sử', 'lịch sử', 'lich su', 'bài học', 'tiết học', 'sách giáo khoa', 'bài kiểm tra', 'thuyết trình', 'bài luận', 'chiến tranh thế giới', 'thế chiến', 'đệ nhị thế chiến', 'kháng chiến', 'chiến tranh việt nam', 'là gì', 'la gi', 'nghĩa là gì', 'định nghĩa', 'bộ phim', 'phim', 'tiểu thuyết', 'truyện', 'manga', 'anime', 'bài hát'] },
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: ['tin tức', 'tin tuc', 'bản tin', 'công an', 'cảnh sát', 'bị bắt', 'bắt giữ', 'tòa án', 'nạn nhân', 'bác sĩ', 'bac si', 'bác sĩ kê', 'theo chỉ định', 'tâm lý', 'chuyên gia tâm lý', 'tư vấn tâm lý', 'đường dây nóng', 'giúp bạn', 'làm sao để giúp', 'giúp bạn mình', 'cách giúp', 'phòng chống', 'phòng ngừa', 'tuyên truyền', 'thống kê', 'dấu hiệu', 'tác hại', 'bệnh viện'] },
  ],
};
