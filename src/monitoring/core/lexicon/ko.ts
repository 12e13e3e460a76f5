/**
 * Korean lexicon. Written for this project by its contributors from how young people write
 * about these risks in Korean — standard spelling and the chat forms (죽고싶다 without a space,
 * 뒤지고 싶다, 디지고, jamo abbreviations such as ㅈㅅ) — no third-party word list was copied.
 * Licence: AGPL-3.0-or-later.
 *
 * How the analyser reads Korean: every Hangul syllable is a word of its own, so a phrase matches
 * wherever its syllables stand, whatever particles or endings follow (자살 matches 자살을,
 * 자살하고), and spacing does not matter; two syllables count as one word in rule windows.
 * The flip side: a short phrase matches inside longer words (자살 in 자살골, an own goal; 칼 in
 * 칼국수 and 칼로리), so one-syllable phrases are not used and the innocent compounds are senses.
 * Negation mostly follows the verb (죽고 싶지 않아), so phrases list the affirmative endings
 * (싶어, 싶다, 싶네…), which the negative forms do not contain. 안/못 before a verb are single
 * syllables found inside many words (불안, 미안, 안녕), so they are not negators.
 */
import type { LanguagePack } from './types.ts';

/** affirmative endings of 싶다 (want): 싶지 (않아), the negative, is left out */
const WANT = '{싶어|싶다|싶네|싶음|싶당|싶어요|싶습니다|싶은데|싶었어|싶었다|싶고|싶은 마음|싶엉}';

export const ko: LanguagePack = {
  lang: 'ko',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['결코', '절대 안', '절대로 안'],
  concepts: {
    // ---- suicide: harm action × wish or plan ----
    // a noun (자살) × doing it (하고 싶어, 할래), and a verb stem (뛰어내리) × wanting (고 싶어)
    harm: ['자살', 'ㅈㅅ', '극단적 선택', '극단적인 선택', '투신'],
    want: [`하고 ${WANT}`, `을 하고 ${WANT}`, '할래', '할 거야', '할거야', '할 거임', '할거임', '하려고', '할까', '할 예정', '할 생각', '하기로 했', '하기로 결심', '해야겠', '해버릴', '해 버릴'],
    harmverb: ['죽어버리', '목매', '목을 매', '목 매달', '뛰어내리', '뛰어 내리', '손목 긋', '손목을 긋', '손목 그', '생을 마감하', '삶을 끝내', '인생을 끝내', '세상을 떠나', '한강 뛰어들', '번개탄 피우', '목숨을 끊'],
    wantverb: [`고 ${WANT}`, '려고', '려고 해', '기로 했', '기로 결심', '어야겠', '을까', '을래', '을 거야', '을 거임'],
    howto: ['방법', '하는 법', '하는법', '하는 방법', '어떻게', '편하게', '쉽게', '안 아프게', '안아프게', '확실하게', '고통 없이', '고통없이'],
    suicideword: ['죽는 법', '죽는법', '죽는 방법', '죽을 수 있', '죽을수있', '자살', '목매는', '죽으려면'],
    pills: ['수면제', '수면 유도제', '약을', '알약', '타이레놀', '진통제', '감기약', '졸피뎀', '신경안정제', '우울증 약', '항우울제', '정신과 약'],
    death: ['죽을 수', '죽을수', '죽나요', '죽어요', '죽을까', '몇 알', '몇알', '몇 개 먹으면', '한 번에 다', '한번에 다', '다 먹으면', '통째로', '치사량', '과다복용', 'od'],
    sdeath: ['죽고', '죽을', '죽으면', '자살', '유서', '마지막', '세상 떠나', '저세상'],
    smeans: ['번개탄', '옥상', '한강', '다리 위', '철로', '선로', '밧줄', '목맬', '수면제', '약 다', '커터칼', '면도칼', '칼로'],
    stime: ['오늘 밤', '오늘밤', '지금', '내일 아침', '이따가', '곧', '마지막 날'],
    sfarewell: ['안녕히', '잘 있어', '잘있어', '고마웠어', '고마웠다', '미안해 엄마', '엄마 미안', '그동안 고마', '먼저 갈게', '먼저 간다', '다들 잘 지내', '이게 마지막 글'],
    shopeless: ['더는 못 버티', '못 버티겠', '버틸 수가 없', '살 이유', '살 가치', '희망이 없', '의미가 없', '아무도 날', '아무도 나를', '나 없으면', '사라지고 싶'],
    cut: ['자해', '칼빵', '손목', '상처', '흉터', '자국', '커터칼'],
    hide: ['숨기', '가리', '들키', '안 들키게', '엄마한테', '부모님한테', '긴팔', '토시'],
    // ---- grooming cue families ----
    gcontact: ['모르는 사람', '모르는 아저씨', '아저씨', '오빠가', '삼촌이', '어른이', '게임에서 만난', '랜챗', '랜덤채팅', '오픈채팅', '오픈톡', '인스타 디엠', '디엠 왔', '디엠이 와', '온라인에서 만난', '나이 많은'],
    gsecret: ['비밀', '말하지 마', '말하지마', '말하면 안 돼', '말하면 안돼', '얘기하지 마', '얘기하지마', '아무한테도', '아무도 모르게', '들키지 않게', '지워', '삭제해'],
    gmeet: ['만나자', '만날래', '만나서', '데리러 갈게', '데리러 갈께', '태우러 갈게', '집 어디', '어디 살아', '어디 사니', '어디 살아요', '주소', '모텔', '호텔', '우리 집 와', '놀러 와', '자고 가'],
    gpics: ['사진 보내', '사진 좀', '셀카', '얼굴 보여', '몸 보여', '벗어', '벗은', '속옷', '알몸', '나체', '영상통화', '영통', '캠 켜', '가슴', '전신 사진', '교복 입은'],
    gage: ['몇 살', '몇살', '나이가', '몇 학년', '몇학년', '중딩', '초딩', '여중생', '여고생', '중학생', '초등학생', '초6', '중1', '중2', '중3', '나이는 상관', '나이 상관', '나이 차이'],
    ggift: ['용돈', '기프티콘', '문상', '문화상품권', '구글 기프트', '선물 줄게', '사줄게', '사 줄게', '돈 줄게', '돈 보내줄게', '현질해줄게', '치킨 사줄', '스폰'],
    gflatter: ['성숙하', '어른스럽', '다른 애들이랑 달라', '너만', '특별해', '예쁘다', '이쁘다', '귀엽다'],
    galone: ['혼자 있', '혼자야', '혼자 와', '혼자서 와', '부모님 계셔', '엄마 있어', '부모님 없', '집에 아무도'],
    gprivapp: ['텔레그램', '텔레', '라인 아이디', '카톡 아이디', '카톡 알려', '갠톡', '개인톡', '부계', '비계', '디엠으로'],
    gnight: ['밤에', '새벽', '자기 전에', '몰래 나와'],
    // the compensated-sex vocabulary around a child's age
    minor: ['중딩', '초딩', '고딩', '여중생', '여고생', '중학생', '초등학생', '고등학생', '미성년', '잼민'],
    csevocab: ['조건', '스폰', '용돈 줄', '몸캠', '모텔', '야사', '섹'],
    parents: ['부모님한테', '부모님께', '엄마한테', '아빠한테', '엄마 아빠한테', '선생님한테', '가족한테'],
    secret: ['말하지 마', '말하지마', '말하면 안 돼', '말하면 안돼', '얘기하지 마', '얘기하지마', '비밀이야', '비밀로 해', '비밀로 하자', '절대 말하', '들키면 안'],
    // sextortion: pictures × expose × condition
    media: ['사진', '영상', '몸캠', '알몸', '동영상', '나체'],
    expose: ['유포', '뿌린다', '뿌릴', '뿌려', '퍼뜨릴', '퍼트릴', '올린다', '올릴 거', '지인들한테', '친구들한테 보낼', '학교에 뿌', '부모님한테 보낼', '가족한테 보낼', '인터넷에 올'],
    cond: ['안 보내면', '안보내면', '안 하면', '안하면', '보내지 않으면', '돈 보내', '입금', '안 주면', '안주면', '싫으면', '말 안 들으면'],
    // ---- weapons ----
    weapon: ['칼', '흉기', '식칼', '부엌칼', '회칼', '잭나이프', '나이프', '커터칼', '권총', '총기', '엽총', '가스총', '총을', '폭탄', '사제폭탄', '화염병', '너클', '전기충격기'],
    bring: ['가져갈', '가져가', '가지고 갈', '가지고 가', '들고 갈', '들고 가', '챙겨 갈', '챙겨갈', '가방에', '품에', '숨겨서'],
    school: ['학교', '교실', '반에', '학원', '급식실', '운동장', '선생', '쌤'],
    threat: ['죽여버릴', '죽여 버릴', '죽여버린다', '죽여 버린다', '죽일 거', '죽일거', '죽일 꺼', '죽일꺼', '찔러버릴', '찔러 버릴', '찔러버린다', '칼로 찌를', '칼로 쑤셔', '담가버릴', '묻어버릴', '다 죽일', '다 죽여', '쏴버릴', '쏴 죽일', '폭파할', '폭파시킬'],
    make: ['만드는 법', '만드는법', '만드는 방법', '제조법', '제조 방법', '만들려면', '만들 수 있'],
    bomb: ['폭탄', '사제폭탄', '화염병', '총기', '권총', '사제총', '폭발물', '파이프 폭탄'],
    // ---- extremism ----
    extvocab: ['이슬람 국가', '이슬람국가', 'isis', '지하드', '성전', '칼리프', '나치', '히틀러', '네오나치', '백인 우월', '인종 전쟁', '테러', '순교'],
    extadmire: ['존경', '영웅', '멋있', '멋지', '옳았', '옳다', '맞았다', '만세', '찬양', '대단하'],
    extjoin: ['가입하고', '가입할', '합류', '들어가고 싶', '동참', '충성'],
    extviolence: ['죽여야', '죽이자', '쓸어버려', '쓸어버리', '몰살', '학살해야', '처단', '처형', '없애야', '일으키고 싶', '일으킬'],
    extprop: ['성명', '선언문', '영상 퍼뜨', '처형 영상'],
    extdehuman: ['벌레', '바퀴벌레', '기생충', '해충', '열등 민족', '열등한 인종', '인간이 아니'],
    // ---- hate ----
    group: ['중국인', '조선족', '흑인', '외국인', '이민자', '난민', '무슬림', '이슬람', '동남아', '게이', '동성애자', '트랜스젠더', '장애인', '일본인', '여자들', '페미'],
    hateclaim: ['꺼져', '나가', '추방', '죽어야', '다 죽', '쓰레기', '벌레', '바퀴벌레', '기생충', '더럽', '역겹', '징그럽', '없어져야', '돌아가라', '필요 없', '새끼들'],
    // ---- abuse at home ----
    abuser: ['아빠', '엄마', '아버지', '어머니', '새아빠', '계부', '새엄마', '계모', '삼촌', '부모님'],
    abuse: ['때려', '때린', '때렸', '맞았', '발로 차', '목을 졸', '가둬', '가뒀', '밥을 안 줘', '밥 안 줘', '학대', '만졌', '담배로 지'],
    // ---- bullying ----
    bullyactor: ['반 애들', '반애들', '애들이', '일진', '선배', '같은 반', '친구들이', '걔네'],
    bullyact: ['때려', '때렸', '맞았', '괴롭혀', '괴롭히', '따돌려', '따돌림', '왕따 시', '무시해', '욕해', '돈 뺏', '돈을 뺏', '삥 뜯', '삥뜯', '놀려', '놀리', '뒷담'],
    // ---- drugs ----
    drug: ['대마', '대마초', '마리화나', '마약', '필로폰', '케타민', '엑스터시', '코카인', '헤로인', '펜타닐', '엘에스디', '액상 대마', '나비약', '졸피뎀', 'lsd', 'mdma', 'thc'],
    buy: ['구매', '구입', '사고 싶', '살 수 있', '어디서 사', '어디서 구', '파는 곳', '파는곳', '구해', '구할 수', '구할수', '팝니다', '삽니다', '판매', '던지기', '좌표', '해보고 싶', '피워보고', '피워 봤', '피웠', '투약', '해봤', '텔레 문의'],
    // ---- gambling ----
    gamble: ['도박', '토토', '사설 토토', '바카라', '카지노', '슬롯', '배팅', '베팅', '홀짝', '파워볼', '그래프 게임', '부스타빗', '스포츠 토토'],
    gdebt: ['빚', '빚졌', '대출', '부모님 카드', '엄마 카드', '아빠 카드', '엄마카드', '아빠카드', '날렸', '잃었', '끊을 수가 없', '못 끊', '중독', '돈 빌려'],
    lootbox: ['현질', '과금', '가챠', '확률형'],
    lootdebt: ['부모님 카드', '엄마 카드', '아빠 카드', '엄마카드', '아빠카드', '몰래', '훔쳐', '빚', '용돈 다', '세뱃돈 다'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      `죽고 ${WANT}`, `뒤지고 ${WANT}`, `디지고 ${WANT}`, `자살하고 ${WANT}`, `죽어버리고 ${WANT}`, '자살할래', '자살할 거야', '자살할거야', '자살할 거임', '자살하려고', '자살할까', '자살할 생각', '자살하기로', 'ㅈㅅ하고 싶어', 'ㅈㅅ하고 싶다', 'ㅈㅅ할래', 'ㅈㅅ할까',
      '살기 싫어', '살기 싫다', '살기싫어', '살기싫다', '살고 싶지 않아', '살고 싶지 않다', '살고싶지않아', `그만 살고 ${WANT}`, '그만 살래', '더 이상 살기 싫', '이제 그만 살래', '사는 게 싫어', '사는게 싫어',
      `목매고 ${WANT}`, `목 매달고 ${WANT}`, `손목 긋고 ${WANT}`, `손목 그으려고`, '목매달', `뛰어내리고 ${WANT}`, '뛰어내릴까', '뛰어내릴 거', '옥상에서 뛰어내릴', '한강 뛰어들', '번개탄 피우', '수면제 다 먹', '약 다 먹고 죽',
      '편하게 죽는 법', '편하게 죽는 방법', '안 아프게 죽는', '안아프게 죽는', '고통 없이 죽는', '고통없이 죽는', '쉽게 죽는 법', '쉽게 죽는 방법', '자살하는 법', '자살하는 방법', '자살 방법', '확실하게 죽는', '목매는 법', '죽는 방법 알려',
      '유서 썼', '유서를 썼', '유서 쓰는 중',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 4, phrases: [`사라지고 ${WANT}`, `없어지고 ${WANT}`, `증발하고 ${WANT}`, '태어나지 말았어야', '안 태어났으면', '한강 물 온도', '한강 수온', '번개탄 사', '자살 시도', '자살시도', '영원히 잠들고 싶', '안 깨어났으면', '눈 안 떴으면', '내일이 안 왔으면', '자살 충동', '자살충동', '자살 생각', '자살생각', '죽을 생각', `극단적 선택을 하고 ${WANT}`, `극단적인 선택을 하고 ${WANT}`, `극단적 선택 하고 ${WANT}`, '살 이유가 없', '살 이유 없', '살 가치가 없', '나 없으면 다들 행복', '나 하나 없어져도', '아무도 날 필요로', '아무도 안 슬퍼'] },
    { id: 'suicide-mention', category: 'suicide-self-harm', severity: 3, phrases: ['자살', '극단적 선택', '극단적인 선택', '사는 게 너무 힘들', '사는게 너무 힘들', '살기 힘들어', '유서', '투신', '자살각', '개말라', '뼈말라', '키빼몸', '거식증', '폭식증'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: [
      '자해했', '자해 했', `자해하고 ${WANT}`, '자해하는 중', '자해 중', '자해를 멈출', '자해 끊', '또 자해', '자해 흉터', '자해 자국', '자해자국', '자해계', '자해러', '칼빵 했', '칼빵했', '칼빵', '손목 그었', '손목을 그었', '손목 긋', '손목을 긋', '손목 그을', '커터칼로 그', '팔 그었', '허벅지 그었',
      '약 먹고 죽', '과다복용 했', '과다복용했', '오디했', 'od 했', 'od 함', 'od 하고',
      '먹토', '씹뱉', '프로아나', '굶어서 살 빼', '일주일 굶',
    ] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['자해', '손목 긋기', '손목긋기', '섭식장애', '식이장애'] },
    // ---- grooming and CSE ----
    { id: 'cse-vocab', category: 'grooming-cse', severity: 4, phrases: ['조건만남', '조건 만남', '조건녀', '조건 구함', '조건할 사람', '조건 하실', '스폰 구함', '스폰서 해줄', '스폰 해줄', '스폰해줄', '용돈 줄 테니', '용돈 줄테니', '용돈 받고 만날', '몸캠', '몸사진', '몸 사진', '가출팸', '재워줄 사람', '재워 줄 사람', '헬퍼 구함', '랜챗 조건'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      '{부모님|엄마|아빠|엄마 아빠}{한테|한테는|께|께는} {말하지 마|말하지마|말하면 안 돼|말하면 안돼|비밀|얘기하지 마|얘기하지마}', '우리만의 비밀', '우리 둘만의 비밀',
      '나이는 상관없어', '나이 상관없어', '나이는 숫자에 불과', '나이는 숫자일 뿐', '중학생 같지 않', '초등학생 같지 않', '전신 사진 보내', '교복 입은 사진 보내', '교복 사진 보내',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      '알몸 사진', '벗은 사진', '야한 사진 보내', '야사 보내', '야사보내', '가슴 사진', '가슴 보여', '속옷 사진', '속옷 보여', '벗고 영통', '벗고 영상통화', '몸 보여줘', '몸 보여 줘', '몸캠 피싱', '몸캠피싱',
      '유포할 거', '유포하겠', '유포한다', '사진 뿌린다', '사진 뿌릴', '영상 뿌린다', '영상 뿌릴', '지인들한테 뿌린다', '지인한테 보낸다',
    ] },
    { id: 'cse-report', category: 'grooming-cse', severity: 4, phrases: ['성폭행 당했', '성폭행당했', '성추행 당했', '성추행당했', '강간당했', '강간 당했', '몸을 만졌', '가슴을 만졌', '억지로 키스', '성착취', '그루밍 성범죄', 'n번방', '박사방', '사진 유포', '영상 유포'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['야동', '야짤', '섹스하자', '섹스 하자', `섹스하고 ${WANT}`, '자위하는', '자위 영상', '성인 사이트', '성인사이트', '야한 영상', '야한 동영상', '벗방', '노모 영상', '섹파'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['섹스', '자위', '야한', '섹드립', '19금'] },
    // ---- bullying ----
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['자살해라', '자살해 라', '자살이나 해', '자살하세요', '그냥 죽어라', '나가 죽어', '나가죽어', '나가 뒤져', '나가뒤져', '그냥 뒤져라', '걍 뒤져', '뒤져버려', '그냥 디져라', '죽어버려', '살 가치 없는 새끼', '살 가치도 없', '너 같은 건 죽어', '니가 죽어야', '넌 죽어야'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: [
      '왕따 당', '왕따당', '왕따야', '왕따 시켜', '왕따시켜', '은따 당', '은따당', '은따야', '전따', '따돌림 당', '따돌림당', '따 당하', '학폭 당', '학폭당', '학교폭력 당', '괴롭힘 당', '괴롭힘당', '일진들한테', '일진한테', '일진이 때', '빵셔틀', '빵 셔틀', '와이파이 셔틀', '돈 뺏겼', '삥 뜯겼', '삥뜯겼', '학교 가기 무서',
      '찐따', '찐따새끼', '니애미', '느금마', '니 애미', '니엄마 뒤', '애미 뒤진', '애비 없는', '애미 없는', '병신새끼', '병신 새끼', '장애인 새끼', '뚱땡이', '돼지년', '못생긴 년', '걸레년', '꺼져 병신',
    ] },
    { id: 'bullying-mild', category: 'bullying-abuse', severity: 2, phrases: ['왕따', '은따', '일진', '학폭', '학교폭력', '병신', 'ㅂㅅ', '꺼져', '찐따'] },
    { id: 'abuse-at-home-told', category: 'bullying-abuse', severity: 4, phrases: ['{아빠|엄마|새아빠|계부|아버지|어머니} {가 때려|가 때린다|가 때렸어|한테 맞았|한테 맞아|한테 맞고|한테 맞음}', '가정폭력 당', '가정폭력당', '집에 가기 무서', '집에 들어가기 무서', '학대 당하', '학대당하', '아동학대 당'] },
    // ---- extremism and hate ----
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['이슬람국가 가입', 'isis 가입', 'is 가입', '지하드 하고 싶', '성전에 참여', '테러 하고 싶', '테러하고 싶', '테러를 일으키', '테러 일으키', '테러할 거', '자폭 테러 하', '히틀러가 옳', '히틀러는 옳', '히틀러 찬양', '히틀러 만세', '하일 히틀러', '나치가 옳', '홀로코스트는 거짓', '홀로코스트는 없었', '인종 청소', '무슬림 다 죽여', '중국인 다 죽여', '난민 다 죽여', '흑인 다 죽여'] },
    { id: 'extremism-mild', category: 'extremism', severity: 2, phrases: ['네오나치', '지하드', '자살 폭탄', '자폭 테러', '백인 우월주의'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['짱깨', '짱개', '쪽바리', '깜둥이', '깜댕이', '흑형', '똥꼬충', '동성애충', '게이 새끼', '게이새끼', '호모 새끼', '한남충', '김치녀', '된장녀', '메갈년', '틀딱', '급식충', '똥남아', '개독', '난민 꺼져', '조선족 꺼져', '흑인 꺼져', '중국인 꺼져', '니 나라로 돌아가', '너네 나라로 돌아가', '장애인 새끼', '애자 새끼'] },
    // ---- drugs ----
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['대마 피우', '대마초 피우', '대마 피웠', '대마초 피웠', '떨 피우', '떨 피웠', '떨 삽니다', '떨 팝니다', `마약 하고 ${WANT}`, '마약 해봤', '마약 구매', '마약 구입', '마약 사는 법', '마약 어디서', '필로폰 투약', '액상 대마', '던지기 알바', '던지기 구인', '나비약 구', '나비약 먹'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['대마초', '마리화나', '필로폰', '코카인', '헤로인', '펜타닐', '케타민', '엑스터시', '환각제', '마약'] },
    // ---- weapons and violence ----
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['폭탄 만드는 법', '폭탄 만드는 방법', '폭탄 제조법', '사제폭탄 만드', '사제총 만드', '총 만드는 법', '화염병 만드는', '학교 폭파할', '학교 폭파 할', '학교를 폭파할', '학교 폭파시킬', '학교에 폭탄 설치', '칼부림 예고', '칼부림 할', '칼부림할', '칼부림 하러', '반 애들 다 죽', '학교 애들 다 죽', '우리 반 다 죽'] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['다 죽여버릴', '죽여버릴', '죽여 버릴', '죽여버린다', '죽여 버린다', '죽일 거야', '죽일거야', '죽일 꺼야', '죽일꺼야', '죽이고 싶어', '죽이고 싶다', '죽이고싶', '찔러버릴', '찔러 버릴', '찔러버린다', '칼로 찔러', '칼로 쑤셔', '담가버릴', '묻어버릴', '쏴 죽여', '쏴죽여', '불 질러버릴', '불 지를 거', '패 죽일', '패죽일'] },
    { id: 'violence-mention', category: 'weapons-violence', severity: 2, phrases: ['칼부림', '살인 예고', '살인예고', '묻지마 살인', '흉기 난동', '사제폭탄', '학교 폭파'] },
    // ---- gambling ----
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['불법 도박', '불법도박', '도박 빚', '도박빚', '도박 중독', '도박중독', '사설 토토', '사설토토', '불법 토토', '토토 하다가', '토토로 잃', '바카라 사이트', '온라인 카지노', '온라인카지노', '파워볼 사이트', '부스타빗', '그래프 게임', '홀짝 게임', '돈 걸고', '도박으로 잃', '도박하다', '도박해서'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['도박', '카지노', '바카라', '배팅', '베팅', '슬롯머신', '토토 사이트', '토토사이트'] },
  ],
  rules: [
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@harm', '@want'], window: 4, ordered: true },
    { id: 'want-to-die-verb', category: 'suicide-self-harm', severity: 5, all: ['@harmverb', '@wantverb'], window: 4, ordered: true },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideword'], window: 4 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@sdeath', '@smeans', '@stime', '@sfarewell', '@shopeless'], atLeast: 3, window: 14 },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@parents', '@secret'], window: 6, ordered: true },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gpics'], window: 10 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gsecret', '@gmeet', '@gpics', '@gage', '@ggift', '@gflatter', '@galone', '@gprivapp', '@gnight'], atLeast: 3, window: 14 },
    { id: 'minor-cse', category: 'grooming-cse', severity: 4, all: ['@minor', '@csevocab'], window: 4 },
    { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@media', '@expose', '@cond'], window: 12 },
    { id: 'weapon-to-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@bring', '@school'], window: 10 },
    { id: 'threat-with-weapon', category: 'weapons-violence', severity: 5, all: ['@threat', '@weapon'], window: 8 },
    { id: 'threat-at-school', category: 'weapons-violence', severity: 5, all: ['@threat', '@school'], window: 8 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@bomb', '@make'], window: 4 },
    { id: 'extremist-cues', category: 'extremism', severity: 4, all: ['@extvocab', '@extadmire', '@extjoin', '@extviolence', '@extprop', '@extdehuman'], atLeast: 2, window: 10 },
    { id: 'group-hate', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 5 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 6, ordered: true },
    { id: 'bullied', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'gambling-debt', category: 'gambling', severity: 3, all: ['@gamble', '@gdebt'], window: 8 },
    { id: 'loot-box-money', category: 'gambling', severity: 3, all: ['@lootbox', '@lootdebt'], window: 8 },
  ],
  senses: [
    // hyperbole (죽겠다 = worn out, 죽인다 = awesome), laughter, own goals, food and sales
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: [
      '죽겠다', '죽겠어', '죽겠네', '죽겠음', '죽겠당', '죽는 줄', '죽는줄', '죽을 뻔', '죽을뻔', '죽을 만큼', '죽을만큼', '죽도록', '죽어라 공부', '죽어라 연습', '죽인다', '죽이네', '죽여준다', '죽여주네', '죽여줘요', '웃겨 죽', '웃겨서 죽', '웃다가 죽', '개웃겨', '웃기다 죽', '킬링타임', '킬링 타임', '폭탄세일', '폭탄 세일', '폭탄 발언', '폭탄발언', '물폭탄', '칼로리 폭탄', '칼로리폭탄', '배스밤', '폭탄주',
      '자살골', '자살 골', '자살특공대', '수어사이드', '창피해서 죽고', '쪽팔려서 죽고', '부끄러워서 죽고', '설레서 죽', '귀여워서 죽', '귀여워 죽', '행복해서 죽',
      '칼국수', '칼로리', '칼퇴', '칼같이', '칼군무', '칼답', '칼각', '칼슘', '칼라', '고무줄총', '고무줄 총', '나무총', '나무 총', '물총', '비비탄총', '게이머', '게이밍', '게이트', '게이지', '마약김밥', '마약 김밥', '마약떡볶이', '마약 떡볶이', '마약옥수수', '마약베개', '마약 베개', '마약토스트', '대마도', '이웃집 토토로', '슬롯 확장', '성전환',
      '자살 안 해', '자살 안 할', '자살은 안', '자살 안해', '자살하면 안 돼', '자살하지 마', '자살하지마', '극단적 선택을 한', '극단적 선택을 했', '극단적인 선택을 한', '극단적인 선택을 했', '극단적 선택으로', '자살 예방', '자살예방', '자살 방지', '자살률', '자살 생각 없', '자살 생각은 없', '죽고 싶다고 해', '죽지 마', '죽지마', '자해하지 마', '자해는 하지 마', '자해는 안', '자해 안 해', '유서 깊', '유서깊', '자해 끊었', '자해 끊은 지',
    ] },
    // a surprise for a parent, and fiction, are not grooming
    { id: 'surprise-fiction', categories: ['grooming-cse'], scope: 'text', phrases: ['서프라이즈', '깜짝 파티', '깜짝파티', '생일', '어버이날', '드라마', '영화', '웹툰', '소설', '뉴스', '기사', '검거', '구속'] },
    // games: kills, bombs and guns are moves
    { id: 'games', categories: ['weapons-violence', 'bullying-abuse'], scope: 'text', phrases: ['게임', '롤하', '롤에서', '롤 랭크', '배그', '배틀그라운드', '오버워치', '발로란트', '마인크래프트', '포트나이트', '서든', '메이플', '피파', '보스', '몹', '킬했', '멀티킬', '펜타킬', '좀비', '스나', '캐릭', '아이템', '랭겜', '웹툰', '드라마', '영화', '애니', '소설', '마피아 게임'] },
    // lessons, news, help-seeking, medicine at normal doses, pest control
    { id: 'lesson-news-help', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: [
      '수업', '역사', '숙제', '과제', '발표', '교과서', '세계대전', '한국전쟁', '6.25', '임진왜란', '독립운동', '뉴스', '기사', '보도', '속보', '경찰에 따르면', '검거', '구속', '체포', '재판', '판결', '숨진 채', '숨졌다', '사망했다', '목숨을 잃',
      '예방', '방지', '상담', '상담센터', '상담 전화', '109', '1393', '1388', '정신건강', '정신과', '병원', '의사', '선생님께 말', '도와주고 싶', '도와줄 수', '어떻게 도와', '친구가 자해', '캠페인', '통계', '증가', '감소', '다큐', '다큐멘터리', '책 읽', '책을 읽', '관련 기사', '용법', '복용법', '처방', '하루 세 번', '두통약', '약국', '바퀴벌레 약', '모기', '벌레 잡', '해충 퇴치', '살충제', '요리', '요리할 때', '가정 시간', '가정 수업', '드라마', '영화', '소설',
    ] },
    // 꺼져 and 나가 as everyday words ("불 꺼져", "밖에 나가")
    { id: 'not-hate', categories: ['hate-discrimination', 'bullying-abuse'], scope: 'overlap', phrases: ['불 꺼져', '불꺼져', '꺼져 있', '꺼져있', '전원이 꺼져', '꺼져버렸', '나가서', '나가고', '나가자', '나가야', '나가면', '나가는', '나가요', '나가기', '나가서 놀', '여행', '관광'] },
  ],
};
