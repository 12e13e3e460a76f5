/**
 * Vietnamese pack (`vi.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (idioms, cooking, games, history, news, help-seeking) must not. Sentences were written
 * independently of the pack's phrase lists, with and without tones, in chat spellings ("mún", "ko", "t", "mik").
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Vietnamese: risky texts alert', () => {
  expectAlerts('vi', [
    // tuned on dev7: general gaps (own wordings)
    ["thằng xả súng ở nhà thờ tuần trước là anh hùng, tao ngưỡng mộ", 4, 'extremism'],
    ["đêm nay mình ra cầu, thư để lại trên bàn học, con xin lỗi mẹ nhiều", 4, 'suicide-self-harm'],
    ["mệt quá ko chịu nổi nữa, sáng mai lên sân thượng, xin lỗi ba", 4, 'suicide-self-harm'],
    ["muốn gầy thì cứ nhịn ăn 3 ngày liền là được đúng ko", 4, 'suicide-self-harm'],
    ["giảm cân nhanh bằng cách ăn xong ói ra", 4, 'suicide-self-harm'],
    ["ông hàng xóm cứ gọi em sang nhà rồi sờ mó người em", 4, 'grooming-cse'],
    ["cha dượng hay vào lúc đêm động chạm em", 4, 'grooming-cse'],
    ["chiều nay hẹn đánh nhau với lớp bên, mang dao bầu theo", 4, 'weapons-violence'],
    ["t mang dao rựa vào trường mai xử nó", 5, 'weapons-violence'],
    ["kẻ đánh bom đó đúng là anh hùng của tao", 4, 'extremism'],
    ["tôi muốn chết, không ai hiểu tôi cả", 5, 'suicide-self-harm'],
    ["mik mún chết quá mọi người ơi", 5, 'suicide-self-harm'],
    ["t ko muốn sống nữa đâu", 5, 'suicide-self-harm'],
    ["em thật sự muốn tự tử", 5, 'suicide-self-harm'],
    ["mình đã quyết định tự sát vào tối nay", 5, 'suicide-self-harm'],
    ["uống bao nhiêu viên paracetamol thì chết vậy", 5, 'suicide-self-harm'],
    ["cách chết không đau là gì", 5, 'suicide-self-harm'],
    ["tối nay em lên sân thượng, vĩnh biệt mọi người, xin lỗi bố mẹ", 4, 'suicide-self-harm'],
    ["sống để làm gì nữa khi ai cũng ghét mình", 3, 'suicide-self-harm'],
    ["em lại rạch tay rồi, làm sao giấu vết cắt khỏi bố mẹ", 4, 'suicide-self-harm'],
    ["tớ hay cắt tay khi buồn", 4, 'suicide-self-harm'],
    ["toi chan song lam roi, chi muon chet thoi", 5, 'suicide-self-harm'],
    ["tao sẽ nhảy cầu tối nay cho xong", 5, 'suicide-self-harm'],
    ["ăn xong móc họng để giảm cân có sao không", 4, 'suicide-self-harm'],
    ["đừng nói với bố mẹ em nhé, đây là bí mật của hai đứa mình", 4, 'grooming-cse'],
    ["gửi anh xem ảnh nóng đi em", 5, 'grooming-cse'],
    ["em 13 tuổi còn anh ấy 30 tuổi", 4, 'grooming-cse'],
    ["nếu không chuyển tiền tao sẽ tung ảnh nóng của mày lên mạng", 5, 'grooming-cse'],
    ["anh quen em qua game, em xinh quá, gửi ảnh cho anh, xóa tin nhắn đi nha", 4, 'grooming-cse'],
    ["bật cam cởi đồ cho anh xem đi", 5, 'grooming-cse'],
    ["mày đi chết đi", 4, 'bullying-abuse'],
    ["không ai cần mày cả", 4, 'bullying-abuse'],
    ["em bị cả lớp cô lập và bắt nạt", 3, 'bullying-abuse'],
    ["mày là đồ óc chó", 3, 'bullying-abuse'],
    ["bố em say rượu rồi đánh em bầm tím", 4, 'bullying-abuse'],
    ["dượng hay vào phòng em ban đêm", 4, 'bullying-abuse'],
    ["muốn gia nhập isis", 4, 'extremism'],
    ["hitler là anh hùng", 4, 'extremism'],
    ["giết hết bọn ngoại đạo", 4, 'extremism'],
    ["bọn tàu khựa cút về nước", 3, 'hate-discrimination'],
    ["người da đen bẩn thỉu như súc vật", 3, 'hate-discrimination'],
    ["bọn bê đê bệnh hoạn", 3, 'hate-discrimination'],
    ["mua thuốc lắc ở đâu", 3, 'drugs'],
    ["tối qua bay lắc với tụi nó", 3, 'drugs'],
    ["ai bán cỏ mỹ không ship tận nơi", 3, 'drugs'],
    ["mai tao mang dao đến trường", 5, 'weapons-violence'],
    ["tao sẽ giết mày", 4, 'weapons-violence'],
    ["cách chế bom xăng", 5, 'weapons-violence'],
    ["tao đâm chết mày", 4, 'weapons-violence'],
    ["nghiện cá độ bóng đá, nợ 20 triệu", 3, 'gambling'],
    ["em chơi tài xỉu thua hết tiền học phí", 3, 'gambling'],
    ["xem phim sex", 3, 'sexual'],
    ["link web đen cho xin", 3, 'sexual'],
  ]);
});

describe('Vietnamese: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('vi', [
    // tuned on dev7: innocent neighbours of the new rules
    "em bé nhà mình thích chơi súng gỗ ở sân",
    "hôm nay thầy giáo dạy bài giảm cân khoa học, không nhịn ăn",
    "hai đứa em hẹn đánh cầu lông chiều nay",
    "mẹ nhắc giảm cân thì đừng bỏ bữa sáng",
    "mệt muốn chết luôn á",
    "cười chết mất với clip này",
    "đói muốn chết, đi ăn thôi",
    "mẹ tao mà biết là giết tao luôn",
    "chết rồi, quên làm bài tập",
    "từ từ thôi, đừng vội",
    "dạo này mình hơi bận",
    "con dao này cắt hành rất bén",
    "bộ phim bom tấn tuần này hay lắm",
    "bài học lịch sử về chiến tranh thế giới thứ hai",
    "báo đưa tin vụ đánh bom ở nước ngoài",
    "bác sĩ kê paracetamol ngày 2 viên",
    "diệt muỗi bằng thuốc xịt",
    "giết thời gian bằng cách chơi game",
    "em mún tư vấn về khóa học",
    "đừng nói với mẹ nha, tụi mình chuẩn bị tiệc sinh nhật bất ngờ",
    "trong game liên quân tao bắn chết nó",
    "bắn pháo hoa đêm giao thừa",
    "tôi không muốn chết đâu",
    "sung sướng quá đi",
    "tuyên truyền phòng chống ma túy ở trường",
    "chơi đá bóng chiều nay không",
    "có bác nào biết sửa xe không",
    "ca đó khó quá",
    "nó hư quá trời",
    "cắt tóc mới nè",
    "đẹp chết đi được",
    "gửi ảnh bài tập cho cô",
    "chụp ảnh kỷ yếu cả lớp",
    "tác hại của ma túy là gì",
    "súng nước mua cho em bé",
    "giờ ra chơi mang bánh đến trường",
    "xóa tin nhắn rác đi",
    "thuốc diệt chuột để ở kho",
    "hồi hộp muốn chết trước kì thi",
    "em muốn từ từ tìm hiểu anh ấy",
    "chúng ta nên đi từ từ thôi",
    "đi dạo phố với mẹ",
    "nóng hổi clip mới ra lò",
    "chua qua, chưa ăn được",
    "mẹ tao giết tao mất nếu thấy điểm này",
    "tập phim hôm qua nhân vật chính tự sát, buồn ghê",
  ]);
});

describe('Vietnamese: tuned wordings (dev8 tune half)', () => {
  expectAlerts('vi', [
    ['anh ta 28t, con em moi 12t', 4, 'grooming-cse'],
    ['ảnh dặn không được kể bố mẹ nghe', 4, 'grooming-cse'],
    ['quen qua zalo, ảnh hẹn gặp riêng, bảo xóa tin nhắn đi', 4, 'grooming-cse'],
    ['đã đến lúc hành động, thanh lọc dân tộc khỏi bọn nhập cư', 4, 'extremism'],
  ]);
  expectNoAlerts('vi', [
    'mẹ đón em ở trường rồi hẹn gặp bà ngoại, đi chơi đêm trung thu',
    'AI đang thay thế chúng ta, đến lúc phải hành động, vào nhóm kín học lập trình',
    'thanh lọc cơ thể bằng nước ép, vào group kín để nhận tài liệu',
    'anh trai em 25t, em 13t',
  ]);
});

describe('Vietnamese: hoarded pills, not waking, threats (dev8 round, siblings)', () => {
  expectAlerts('vi', [
    ['gom thuốc đủ rồi, tối nay, đừng tìm con', 4, 'suicide-self-harm'],
    ['ước gì ngủ luôn không dậy', 3, 'suicide-self-harm'],
    ['mai tao đâm hết tụi nó', 4, 'weapons-violence'],
  ]);
  expectNoAlerts('vi', [
    'tối nay con ngủ nhà bạn, đừng tìm con, xin lỗi mẹ',
    'ngủ dậy muộn quá, mai phải dậy sớm',
  ]);
});

describe('Vietnamese: a weapon word is read with its tones when it has them', () => {
  expectAlerts('vi', [
    ['hẹn đánh nhau tối nay, tao mang súng', 4, 'weapons-violence'],
    ['hen danh nhau toi nay, tao mang sung', 4, 'weapons-violence'],
  ]);
  expectNoAlerts('vi', [
    // sưng (swollen) and dạo (lately) fold to the plain sung (gun) and dao (knife)
    'hôm qua đánh nhau với nó, sưng hết cả mặt',
  ]);
});
