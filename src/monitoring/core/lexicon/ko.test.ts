/**
 * Korean pack (`ko.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (죽겠다, 개웃겨, 킬링타임, 폭탄세일, games, cooking, news, help-seeking) must not.
 * Sentences were written independently of the pack's phrase lists, with and without spacing.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Korean: risky texts alert', () => {
  expectAlerts('ko', [
    ['진짜 죽고 싶다', 5, 'suicide-self-harm'],
    ['죽고싶어 ㅠㅠ', 5, 'suicide-self-harm'],
    ['자살하고 싶어요', 5, 'suicide-self-harm'],
    ['그냥 뒤지고 싶다', 5, 'suicide-self-harm'],
    ['살기 싫어 다 끝내고 싶어', 5, 'suicide-self-harm'],
    ['편하게 죽는 방법 알려줘', 5, 'suicide-self-harm'],
    ['수면제 몇 알 먹으면 죽어요?', 5, 'suicide-self-harm'],
    ['오늘 또 손목 그었어', 4, 'suicide-self-harm'],
    ['자해 흉터 엄마한테 안 들키게 숨기는 법', 4, 'suicide-self-harm'],
    ['먹토 또 했어', 4, 'suicide-self-harm'],
    ['사라지고 싶다 그냥', 4, 'suicide-self-harm'],
    ['한강 수온 몇도야', 4, 'suicide-self-harm'],
    ['오늘밤 옥상에서. 다들 잘 지내', 4, 'suicide-self-harm'],
    ['ㅈㅅ하고 싶다 진심', 5, 'suicide-self-harm'],
    ['나 내일 뛰어내리려고', 5, 'suicide-self-harm'],
    ['조건만남 하실 분', 4, 'grooming-cse'],
    ['엄마한테 말하지 마 우리 둘만의 비밀이야', 4, 'grooming-cse'],
    ['몇 살이야? 집 어디야? 만나서 용돈 줄게', 4, 'grooming-cse'],
    ['알몸 사진 보내줘', 5, 'grooming-cse'],
    ['돈 안 보내면 네 영상 지인들한테 다 뿌린다', 5, 'grooming-cse'],
    ['여중생 스폰 구해요', 4, 'grooming-cse'],
    ['몸캠 피싱 당했어요 어떡해', 5, 'grooming-cse'],
    ['오픈채팅에서 만난 아저씨가 셀카 보내달래', 4, 'grooming-cse'],
    ['야동 사이트 추천 좀', 3, 'sexual'],
    ['반 애들이 나 왕따 시켜', 3, 'bullying-abuse'],
    ['일진들한테 돈 뺏겼어', 3, 'bullying-abuse'],
    ['너 같은 건 그냥 자살해라', 4, 'bullying-abuse'],
    ['찐따새끼 꺼져', 3, 'bullying-abuse'],
    ['아빠가 술 마시면 때려서 집에 가기 무서워', 4, 'bullying-abuse'],
    ['히틀러가 옳았다', 4, 'extremism'],
    ['isis 가입하고 싶다', 4, 'extremism'],
    ['테러를 일으키고 싶어', 4, 'extremism'],
    ['짱깨들 다 꺼져', 3, 'hate-discrimination'],
    ['흑인들은 바퀴벌레야', 3, 'hate-discrimination'],
    ['난민 다 추방해야 돼', 3, 'hate-discrimination'],
    ['대마 어디서 구해요', 3, 'drugs'],
    ['떨 팝니다 텔레 문의', 3, 'drugs'],
    ['필로폰 투약해봤어', 3, 'drugs'],
    ['내일 학교에 칼 가져갈 거야', 5, 'weapons-violence'],
    ['너 죽여버릴 거야 칼로 찔러버릴 거', 5, 'weapons-violence'],
    ['폭탄 만드는 법', 5, 'weapons-violence'],
    ['학교 폭파할 거임 진심', 5, 'weapons-violence'],
    ['사설 토토로 200 날렸어', 3, 'gambling'],
    ['엄마 카드로 몰래 현질했어', 3, 'gambling'],
    ['바카라 하다가 빚 생김', 3, 'gambling'],
  ]);
});

describe('Korean: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('ko', [
    '배고파 죽겠다',
    '개웃겨 ㅋㅋㅋㅋ',
    '킬링타임용 영화 추천',
    '폭탄세일 한다 빨리 와',
    '어제 경기 자살골 넣음 ㅋㅋ',
    '칼국수 먹으러 가자',
    '이거 완전 칼로리 폭탄이네',
    '롤에서 펜타킬 했다',
    '배그에서 총 쏘는 거 재밌어',
    '배우 A씨가 극단적 선택을 한 것으로 알려졌다',
    '자살 예방 캠페인 포스터 만들기 숙제',
    '친구가 죽고 싶대 어떻게 도와줘야 돼?',
    '맛 죽인다 진짜',
    '시험 망해서 죽을 뻔',
    '불안해서 잠이 안 와',
    '마약김밥 맛있다',
    '대마도 여행 가고 싶다',
    '토토로 보고 싶어',
    '엄마 말이 맞아',
    '수다 떨고 싶다',
    '한강 가고 싶다 치맥하러',
    '밖에 나가서 놀자',
    '불 꺼져 있어',
    '요리할 때 칼 조심해',
    '학교에 물총 가져가서 놀았다',
    '고무줄총 만드는 법',
    '인형뽑기 용돈 다 씀',
    '가챠 또 망함',
    '창피해서 죽고 싶어 ㅋㅋ',
    '귀여워 죽겠어',
    '일진 나오는 웹툰 재밌음',
    '왕따 문제에 대한 발표 준비',
    '좀비 다 죽여버릴 거야 게임에서',
    '사다리 게임으로 커피 내기',
    '수면제 먹고 푹 잤어',
    '자살 안 할 거야 걱정 마',
    '오디션 준비 중',
    '셔틀버스 타고 학교 가',
    '신발 벗어 봐',
    '죽어라 공부했는데 망함',
    '타이레놀 두 알 먹었어',
    '게이머들 매너 쓰레기',
    '한강 공원에서 라면 먹었어',
    '미안해 늦었어 ㅠㅠ',
  ]);
});

describe('Korean: tuned wordings (dev7 tune half)', () => {
  expectAlerts('ko', [
    ['너 중1 맞아? 진짜 성숙하다 이번 주말에 오프하자 엄마한텐 친구 집에서 잔다고 해', 4, 'grooming-cse'],
    ['태권도 관장님이 끝나고 남으라더니 허벅지를 만지고 아무한테도 말하지 말래', 4, 'grooming-cse'],
    ['토요일 옆 동네 애들이랑 패싸움 쇠파이프 챙겨 와 반 죽여놓자', 4, 'weapons-violence'],
    ['떨 어디서 구해요 텔레로 연락 주세요', 3, 'drugs'],
    ['아빠가 술 먹고 들어오면 나를 패요 다리에 멍이 들었어', 4, 'bullying-abuse'],
  ]);
  expectNoAlerts('ko', [
    '시험 망쳐서 고개를 떨구고 집에 왔어',
    '친구가 자해를 해서 병원에 갔대요 어떻게 도와줘야 할까요',
    '어제 동생이랑 싸웠는데 오늘 화해했어',
  ]);
});

describe('Korean: tuned wordings (dev8 tune half)', () => {
  expectAlerts('ko', [
    ['나 ㅈㅎ 했어 또', 4, 'suicide-self-harm'],
    ['손목에 자국 보일까봐 반팔 못 입어', 4, 'suicide-self-harm'],
    ['영상 보냈는데 돈 안 주면 친구들한테 뿌린다고 협박해요', 5, 'grooming-cse'],
    ['난민들 다 쏴 죽였으면 좋겠다', 4, 'extremism'],
  ]);
  expectNoAlerts('ko', [
    '팔에 탄 자국이 많아서 반팔 못 입겠어',
    '눈이 와서 길을 싹 쓸어버렸어요 외국인 친구랑',
    '외국인 관광객들이 와서 편의점 물건을 다 쓸어버렸어',
    '배그에서 총 들고 가서 다 쏴버렸어',
  ]);
});

describe('Korean: age gaps, hoarded pills, stabbing threats (dev8 round, siblings)', () => {
  expectAlerts('ko', [
    ['랜챗 오빠가 25살인데 나 14살이라고 했더니 괜찮대', 4, 'grooming-cse'],
    ['약 모아 놨어 오늘 밤에 찾지 마', 4, 'suicide-self-harm'],
    ['내일 반 애들 다 찔러버릴 거야', 4, 'weapons-violence'],
  ]);
  expectNoAlerts('ko', [
    '우리 오빠 25살이고 나 14살',
    '엄마는 40살, 나는 12살',
    '담임은 30살이고 나는 중2',
  ]);
});
