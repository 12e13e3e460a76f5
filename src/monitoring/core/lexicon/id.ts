/**
 * Indonesian and Malay lexicon (one pack: the two share most words; Malay spellings are written
 * as alternatives — "nak mati" beside "mau mati", "tak nak hidup" beside "gak mau hidup", "dadah",
 * "syabu", "kena buli", "bagitahu mak ayah"). Written for this project by its contributors from
 * how young people write in chat and on social media: "gue/gw/gua", "lo/lu", "aku/ak/aq", "pengen",
 * "gak/ga/nggak", "aja", "bgt", "bundir" for bunuh diri, "pap" for a picture, "vcs" for a sex video
 * call; no third-party word list was copied. Licence: AGPL-3.0-or-later.
 *
 * Short words are used only inside phrases or as rule parts: "mati" (die) is also a name, "ke"
 * (to) is Vietnamese slang, "tak" is Polish "yes", "ga" Dutch "go", "jihad" has an everyday
 * religious sense ("jihad melawan hawa nafsu"), "bom" and "pecah" are praise.
 */
import type { LanguagePack } from './types.ts';
import { ID_TL_VI_RULES } from './rules-shared.ts';


export const id: LanguagePack = {
  lang: 'id',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // "tak" (Polish yes), "ga" (Dutch go), "gk", "x" are left out; "jangan" is a grooming phrase
  negators: ['tidak', 'tdk', 'nggak', 'ngga', 'enggak', 'engga', 'gak pernah', 'tidak pernah', 'tak pernah', 'takkan', 'bukannya', 'menolak'],
  concepts: {
    // ---- tuned on dev7 (tune half): general gaps ----
    toucher: ['pakcik', 'pakcik jiran', 'jiran', 'tetangga', 'om tetangga', 'om', 'paman', 'pamanku', 'ayah tiri', 'bapak tiri', 'bapa tiri', 'abang tiri', 'guru les', 'guru ngaji', 'ustaz', 'cikgu', 'pak guru', 'sepupu'],
    touch: ['sentuh aku', 'sentuh saya', 'menyentuh aku', 'sentuh badan', 'raba aku', 'meraba', 'ngeraba', 'diraba', 'grepe', 'digrepe', 'grepe grepe', 'pegang pegang', 'megang megang', 'dipegang pegang', 'pegang dada', 'pegang badan aku', 'cium aku', 'paksa cium', 'buka baju aku', 'suruh buka baju'],
    extcall: ['sudah waktunya', 'udah waktunya', 'sudah saatnya', 'udah saatnya', 'saatnya', 'tiba saatnya', 'ayo kita', 'mari kita', 'bangkitlah', 'jangan cuma diam', 'jangan diam saja'],
    attacker: ['pelaku bom', 'pelaku bom bunuh diri', 'pelaku penembakan', 'pengebom', 'pelaku teror', 'penembak masjid', 'pengantin bom'],
    // ---- suicide: first person × want × harm (ordered; "malu banget pengen mati" is a sense) ----
    self: ['aku', 'aq', 'ak', 'gue', 'gw', 'gua', 'saya', 'sy', 'ane', 'ku', 'diriku', 'w', 'saya ni', 'aku ni'],
    want: ['mau', 'mo', 'pengen', 'pengin', 'pgn', 'pngn', 'ingin', 'nak', 'teringin', 'rasa nak', 'rasanya mau', 'rasanya pengen', 'rasanya ingin', 'berniat', 'niat', 'berencana', 'udah siap', 'sudah siap', 'bakal', 'akan', 'mending', 'lebih baik', 'lebih baik aku', 'kepikiran', 'kepikiran buat', 'kepikiran untuk', 'terfikir nak', 'terpikir untuk', 'mikir buat', 'sedang mikir'],
    harm: ['mati', 'mati aja', 'mati saja', 'mati je', 'mampus', 'bunuh diri', 'bundir', 'mengakhiri hidup', 'akhiri hidup', 'mengakhiri semuanya', '{loncat|lompat} dari {gedung|jembatan|atap|lantai}', 'gantung diri', 'minum racun', 'minum baygon', 'overdosis', 'pergi selamanya', 'tidur selamanya'],
    howto: ['cara', 'gimana cara', 'bagaimana cara', 'macam mana', 'camne', 'cemana', 'tips', 'paling cepat', 'paling gampang', 'yang gak sakit', 'tanpa rasa sakit', 'tidak sakit', 'berapa', 'brp', 'berapa banyak'],
    suicideword: ['bunuh diri', 'bundir', 'mati cepat', 'mati tanpa rasa sakit', 'mati gak sakit', 'mati tanpa sakit', 'gantung diri', 'potong nadi', 'sayat nadi', 'iris nadi', 'mengakhiri hidup'],
    pills: ['obat apa', 'obat apa yg', 'obat apa yang', 'minum obat', 'nelen obat', 'telan obat', 'paracetamol', 'parasetamol', 'panadol', 'bodrex', 'obat tidur', 'pil tidur', 'antimo', 'tramadol', 'obat depresi', 'antidepresan', 'butir obat', 'butir pil', 'semua obat', 'banyak obat', 'sekaligus', 'satu strip', 'sestrip'],
    death: ['tidur selamanya', 'tidur untuk selamanya', 'tidur selama lamanya', 'nggak bangun lagi', 'gk bangun lagi', 'mati', 'meninggal', 'bisa mati', 'buat mati', 'untuk mati', 'sampai mati', 'sampe mati', 'overdosis', 'dosis mematikan', 'mematikan', 'gak bangun lagi', 'tidak bangun lagi', 'ga bangun lagi', 'tak bangun lagi', 'bikin mati'],
    sdeath: ['mati', 'kematianku', 'bunuh diri', 'bundir', 'pemakamanku', 'kuburanku', 'nisan', 'akhirat', 'alam sana'],
    smeans: ['loncat dari', 'loncat dr', 'lompat dari', 'lompat dr', 'terjun dari', 'dari lantai', 'dr lantai', 'apartemen', 'tali', 'pisau', 'silet', 'cutter', 'racun', 'baygon', 'obat tidur', 'jembatan', 'atap', 'rooftop', 'lantai atas', 'rel kereta', 'rel', 'gedung tinggi', 'obat obatan', 'semua obat', '{obat|obatnya|pil|pilnya|ubat|ubatnya} {udah|sudah|dah} {kukumpulin|kukumpulkan|dikumpulin|dikumpulkan|kusiapin|kusiapkan|disiapin|kukumpul|dikumpul}', 'ngumpulin obat', 'mengumpulkan obat', 'kumpulin obat', 'nimbun obat', 'menimbun obat', 'kumpul ubat'],
    stime: ['malam ini', 'mlm ini', 'malem ini', 'besok', 'sekarang', 'skrg', 'sebentar lagi', 'bentar lagi', 'hari ini', 'minggu ini', 'nanti malam', 'malam ni', 'esok'],
    sfarewell: ['maaf ya {ma|pa|mah|pah|bu|yah|mama|papa|ibu|ayah|mak}', 'maafin {aku|gue} {ma|pa|mah|pah|bu|yah|mama|papa}', 'maafkan {aku|saya} {ibu|ayah|mama|papa}', 'surat udah', 'suratnya udah', 'surat buat kalian', 'surat perpisahan', 'selamat tinggal', 'slmt tinggal', 'maafin aku', 'maafkan aku', 'maafin gue', 'maaf ya semua', 'maaf semuanya', 'jangan sedih', 'jangan nangis', 'terima kasih untuk semuanya', 'makasih buat semuanya', 'sampai jumpa di', 'pesan terakhir', 'surat wasiat', 'tolong jaga', 'jaga mama', 'jaga ibu', 'aku pamit', 'gue pamit', 'saya pamit', 'pamit ya', 'pamit selamanya', '{jangan|jgn} {cari|cariin|mencari} {aku|gue|gw|saya}', 'jangan mencariku'],
    shopeless: ['capek hidup', 'cape hidup', 'lelah hidup', 'penat hidup', 'gak kuat lagi', 'ga kuat lagi', 'nggak kuat lagi', 'tidak kuat lagi', 'dah tak tahan', 'sudah tidak tahan', 'udah gak tahan', 'putus asa', 'gak ada harapan', 'tidak ada harapan', 'beban keluarga', 'jadi beban', 'gak berguna', 'tidak berguna', 'gak ada gunanya', 'sia sia', 'depresi', 'hampa', 'gak sanggup lagi', 'tak sanggup lagi', 'udah gak sanggup hidup'],
    feeling: ['{aku|gue|gw|saya} cuma {jadi |}beban', 'cuma jadi beban {keluarga|orang tua|semua orang}', 'hidup {gak|ga|nggak|tidak|tak} ada {gunanya|artinya|maknanya}', 'buat apa {aku|gue|gw|saya} hidup', 'untuk apa hidup', 'buat apa hidup', 'gak ada yang peduli sama {aku|gue|gw}', 'semua orang lebih bahagia tanpa {aku|gue|gw|saya}', 'lebih baik {aku|gue|gw|saya} gak pernah lahir', 'nyesel dilahirin', 'menyesal dilahirkan'],
    final: ['ini pesan terakhir {aku|gue|gw|saya|ku}', 'pesan terakhirku', 'kalau kalian baca ini {aku|gue|saya} udah', 'saat kalian baca ini', 'surat wasiat {aku|gue|saya|ku}', 'udah nulis surat wasiat', 'sudah menulis surat wasiat', 'ini terakhir kalinya'],
    cut: ['nyilet', 'nyilet tangan', 'silet tangan', 'sayat tangan', 'nyayat tangan', 'menyayat', 'iris tangan', 'potong tangan', 'melukai diri', 'ngelukain diri', 'nyakitin diri', 'luka sayatan', 'bekas luka', 'bekas sayatan', 'barcode', 'tangan barcode', 'muntahin', 'dimuntahin', 'sengaja muntah'],
    device: ['hp', 'hape', 'hpku', 'hp aku', 'hp gue', 'hp gw', 'laptop', 'baterai', 'batre', 'motor', 'mobil', 'lampu', 'listrik', 'wifi', 'sinyal', 'tv', 'kipas'],
    offmati: ['mati', 'lagi mati', 'mati total', 'tiba tiba mati'],
    helpother: ['cara membantu', 'membantu teman', 'bantu teman', 'bantu temen', 'menolong teman', 'gimana bantu', 'cara menolong', 'cara mencegah', 'temen gue', 'temen gw', 'sahabatku', 'sahabat aku', 'kawan aku', 'adikku'],
    hyper: ['malu', 'malu banget', 'malu bgt', 'malunya', 'laper', 'lapar', 'ngantuk', 'panas', 'gerah', 'bosen', 'bosan', 'gabut', 'deg degan', 'salting', 'baper', 'gemes', 'pusing', 'ngakak', 'ketawa'],
    diewish: ['pengen mati', 'pengin mati', 'mau mati', 'rasanya mau mati', 'rasanya pengen mati', 'nak mati', 'sampe mati', 'sampai mati', 'mati aja', 'mati rasanya'],
    famfig: ['mama', 'mamah', 'mamak', 'mak', 'emak', 'ibu', 'ayah', 'papa', 'bapak', 'guru', 'cikgu', 'kakak', 'abang'],
    famkill: ['bunuh aku', 'bunuh gue', 'bunuh gw', 'bunuh saya', 'bunuh kita', 'bantai aku', 'bantai gue', 'habisin aku', 'habisin gue', 'gorok aku', 'gorok gue', 'bunuh aku nanti'],
    picreq: ['pap', 'pap dong', 'kirim foto', 'hantar gambar', 'vc', 'video call', 'buka kamera', 'foto badan'],
    giftoffer: ['beliin', 'aku beliin', 'om beliin', 'kubeliin', 'kasih diamond', 'kasih dm', 'topup', 'top up', 'kasih pulsa', 'kasih kuota', 'kasih uang', 'kasih duit', 'transferin', 'kirim saldo'],
    hide: ['sembunyiin', 'nyembunyiin', 'menyembunyikan', 'nutupin', 'menutupi', 'tutupin', 'biar gak ketahuan', 'biar ga ketauan', 'supaya tidak ketahuan', 'pakai lengan panjang', 'pake lengan panjang', 'jangan sampai ketahuan', 'sorok'],
    // ---- grooming ----
    parents: ['mama', 'mamah', 'mamak', 'papa', 'papah', 'bapak', 'ibu', 'ibumu', 'ayah', 'ayahmu', 'ortu', 'ortumu', 'orang tua', 'orang tuamu', 'org tua', 'mak', 'mak ayah', 'mak bapak', 'emak', ],
    secret: ['jangan bilang', 'jgn bilang', 'jangan kasih tau', 'jangan kasih tahu', 'jgn kasih tau', 'jangan cerita', 'jgn cerita', 'jangan kasitau', 'jangan bagitahu', 'jangan bagitau', 'jangan beritahu', 'jangan kasi tau', 'rahasiain dari', 'rahasiakan dari', 'rahsiakan dari', 'sembunyiin dari'],
    gcontact: ['om om', 'pakcik', 'orang asing', 'orang yang gak dikenal', 'kenal di ig', 'kenal di tiktok', 'kenal di game', 'kenal dari ff', 'kenal di ml', 'kenalan online', 'dm aku', 'nge dm', 'chat aku terus', 'follow aku'],
    gsecret: ['jangan bilang siapa2', 'jgn bilang siapa2', 'jangan bilang sapa2', 'jangan bilang siapapun', 'jangan cerita ke siapa', 'jangan bagitau sesiapa', 'jgn bagitau sesiapa', 'jangan beritahu sesiapa', 'rahasia', 'rahasia kita', 'rahsia', 'rahasia kita berdua', 'cuma kita berdua', 'antara kita', 'jangan bilang siapa siapa', 'jangan kasih tau siapa siapa', 'jangan bagitahu sesiapa', 'hapus chat', 'hapus chatnya', 'hapus pesan', 'delete chat', 'hapus aja', 'jangan sampe ketahuan'],
    gmeet: ['kakak jemput', 'kak jemput', 'jemput di sekolah', 'jemput di depan sekolah', 'ke kosan kakak', 'ke rumah om', 'masuk rumah dia', 'ketemuan', 'ketemu yuk', 'ketemu yu', 'kopdar', 'jalan berdua', 'jemput kamu', 'aku jemput', 'om jemput', 'abang jemput', 'jom jumpa', 'ke rumahku', 'ke kosan', 'ke kos', 'hotel', 'penginapan', 'datang sendiri', 'sendirian aja', 'jangan ajak siapa'],
    gpics: ['pap', 'pap dong', 'pap donk', 'kirim foto', 'kirimin foto', 'kirim fotomu', 'send foto', 'hantar gambar', 'foto kamu', 'fotomu', 'video call', 'vc', 'vc yuk', 'vcs', 'buka kamera', 'nyalain kamera', 'buka baju', 'lepas baju', 'bugil', 'telanjang', 'pakaian dalam', 'baju dalam', 'bh'],
    gage: ['umur berapa', 'umur brp', 'umurmu berapa', 'kamu umur berapa', 'umur berapa dik', 'kelas berapa', 'kls brp', 'kelas brp', 'darjah berapa', 'tingkatan berapa', 'masih sd', 'masih smp', 'anak smp', 'anak sd', 'masih kecil', 'umur cuma angka', 'umur hanya angka', 'usia cuma angka'],
    ggift: ['aku beliin', 'om beliin', 'abang belikan', 'kubeliin', 'beliin kamu', 'tak beliin', 'aku kasih', 'om kasih', 'kasih uang', 'kasih duit', 'top up', 'topup', 'diamond', 'dm ff', 'diamond ml', 'uc', 'skin', 'pulsa', 'kuota', 'saldo dana', 'hp baru', 'iphone'],
    gflatter: ['kamu dewasa', 'dewasa banget', 'lebih dewasa dari umurmu', 'beda dari yang lain', 'kamu cantik banget', 'cantik bgt', 'kamu spesial', 'cuma aku yang ngerti kamu', 'percaya sama aku', 'percaya sama om', 'om sayang kamu', 'abang sayang'],
    galone: ['sendirian di rumah', 'sendiri di rumah', 'lagi sendiri', 'ortu lagi pergi', 'ortumu ada', 'mama kamu ada', 'ortu tidur', 'orang rumah tidur', 'tengah malam', 'udah malam', 'kamar sendiri', 'di kamar sendirian'],
    gprivapp: ['telegram', 'snapchat', 'michat', 'chat pribadi', 'japri', 'pc aja', 'akun kedua', 'akun fake', 'second account', 'pesan sementara'],
    adultage: ['{om|aku|gue|dia|pacarku} umur {20|23|25|28|30|35|40}'],
    childage: ['{aku|gue} {umur|masih} {11|12|13|14|15}', '{11|12|13|14|15} tahun', 'aku masih {smp|sd|kelas 7|kelas 8|kelas 9}', 'saya masih {smp|sd}'],
    // ---- sextortion ----
    media: ['foto bugil', 'foto telanjang', 'foto aku', 'fotoku', 'video aku', 'videoku', 'foto kamu', 'fotomu', 'video kamu', 'videomu', 'video call kita', 'rekaman vc', 'rekaman vcs', 'foto pribadi', 'gambar aku', 'gambar kau', 'pap tadi', 'foto itu', 'video itu'],
    expose: ['sebar', 'sebarin', 'disebar', 'disebarin', 'nyebarin', 'menyebarkan', 'viralin', 'diviralin', 'upload', 'diupload', 'posting', 'dipost', 'kirim ke ortu', 'kirim ke orang tua', 'kirim ke sekolah', 'kirim ke temen', 'kirim ke temanmu', 'kasih liat semua orang', 'tunjuk semua orang', 'aibmu'],
    cond: ['kalau gak', 'kalo gak', 'klo ga', 'kalau ga', 'kalau tidak', 'kalo nggak', 'kalau tak', 'kalau kau tak', 'kecuali', 'atau aku', 'atau gue', 'kalo ga mau', 'kalau gak mau', 'kalau tidak mau'],
    // ---- drugs ----
    drug: ['narkoba', 'narkotika', 'dadah', 'sabu', 'sabu sabu', 'syabu', 'shabu', 'ganja', 'gele', 'cimeng', 'inex', 'ekstasi', 'ekstasy', 'pil ekstasi', 'pil koplo', 'obat koplo', 'tramadol', 'eximer', 'excimer', 'trihex', 'dextro', 'sinte', 'tembakau sintetis', 'tembakau gorila', 'putaw', 'heroin', 'kokain', 'pil kuda', 'ketum', 'obat penenang', 'vape'],
    buy: ['beli', 'beli dimana', 'beli di mana', 'belinya dimana', 'cari', 'nyari', 'nyariin', 'jual', 'jualan', 'yang jual', 'ada yang jual', 'dimana dapat', 'di mana dapat', 'mana nak beli', 'harga', 'harganya', 'cod', 'pake', 'nyabu', 'ngeganja', 'nyoba', 'coba', 'pernah coba', 'hisap', 'isap', 'ngisep', 'sedot', 'telen', 'minum', 'nge fly', 'teler', 'mabok', 'mabuk'],
    // ---- weapons and threats ----
    weapon: ['pisau', 'piso', 'celurit', 'clurit', 'sajam', 'senjata tajam', 'parang', 'golok', 'badik', 'pistol', 'senpi', 'senjata api', 'pistol rakitan', 'senapan', 'airsoft gun', 'bom', 'molotov', 'bom molotov', 'pedang', 'kerambit', 'sangkur'],
    bring: ['bawa', 'bawain', 'dibawa', 'membawa', 'nyelipin', 'diselipin', 'disimpen', 'nyimpen', 'di tas', 'dalam tas', 'di tasku', 'di dalam tas', 'selipin'],
    school: ['ke sekolah', 'ke sekolahan', 'di sekolah', 'ke kelas', 'di kelas', 'sekolah', 'sekolahan', 'kelas', 'sekolah besok', 'pas istirahat', 'jam istirahat', 'pulang sekolah', 'depan sekolah', 'gerbang sekolah', 'sekolah sebelah', 'tawuran', 'anak sebelah', 'anak stm', 'stm sebelah'],
    threat: ['{gue|gw|aku} {bunuh|bacok|tusuk|tembak} {lo|lu|kau}', '{gue|gw} bakal {bunuh|bacok|tusuk} {lo|lu}', 'mati lo sama gue', 'mati lu sama gw', 'tunggu aja lo mati', 'lo mati besok', 'aku bunuh kau', 'aku bunuh kau nanti', 'kubunuh kau', 'kubunuh kamu', 'kubacok', 'kutusuk', 'ku bacok', 'ku tusuk', '{gue|gw|aku} {tusuk|bacok} {mereka|semuanya} [semua|besok]'],
    make: ['cara bikin', 'cara buat', 'cara membuat', 'bikin', 'buat', 'merakit', 'rakit', 'ngerakit', 'tutorial bikin', 'tutorial membuat', 'resep'],
    bomb: ['bom', 'bom molotov', 'molotov', 'bom rakitan', 'pistol rakitan', 'senpi rakitan', 'bahan peledak', 'peledak', 'bom pipa', 'senjata api rakitan'],
    // ---- extremism ----
    extfigure: ['isis', 'daesh', 'al qaeda', 'alqaeda', 'jad', 'jamaah ansharut daulah', 'jemaah islamiyah', 'santoso', 'abu bakar al baghdadi', 'baghdadi', 'bin laden', 'osama', 'amrozi', 'imam samudra', 'hitler', 'nazi', 'breivik', 'tarrant'],
    extsupport: ['dukung', 'mendukung', 'ngedukung', 'pendukung', 'idola', 'idolaku', 'pahlawan', 'mujahid sejati', 'syahid', 'mati syahid', 'keren', 'salut', 'kagum', 'hebat', 'panutan', 'teladan', 'ikutin jejak'],
    extgroup: ['isis', 'daesh', 'khilafah', 'daulah islamiyah', 'al qaeda', 'jad', 'jamaah ansharut daulah', 'jemaah islamiyah', 'mujahidin', 'jihadis', 'neo nazi', 'neonazi', 'nazi'],
    join: ['gabung', 'bergabung', 'ikut', 'ikutan', 'masuk', 'baiat', 'berbaiat', 'dibaiat', 'hijrah ke suriah', 'hijrah ke syam', 'berangkat ke suriah', 'jadi anggota', 'menjadi anggota', 'join'],
    extvocab: ['thaghut', 'taghut', 'amaliyah', 'istisyhad', 'pengantin bom', 'jadi pengantin', 'kafir harbi', 'halal darahnya', 'perang suci melawan', 'ras unggul', 'great replacement'],
    extviolence: ['bunuh semua', 'bantai', 'bantai semua', 'perangi', 'musnahkan', 'basmi', 'dibasmi', 'harus dibasmi', 'halal dibunuh', 'wajib dibunuh', 'harus dibunuh', 'pantas mati', 'layak mati', 'ganyang'],
    extoutgroup: ['kafir', 'kaum kafir', 'orang kafir', 'murtad', 'orang murtad', 'kaum yahudi', 'zionis', 'aseng', 'antek aseng', 'cokin', 'kaum pelangi', 'kaum sodom', 'thaghut', 'polisi thaghut'],
    worship: ['gereja', 'masjid', 'mesjid', 'surau', 'vihara', 'klenteng', 'sinagog', 'tokong'],
    attack: ['bom', 'ngebom', 'mengebom', 'ledakkan', 'meledakkan', 'serang', 'menyerang', 'menembaki', 'serbu'],
    // ---- hate ----
    group: ['cina', 'china', 'chindo', 'orang cina', 'aseng', 'keling', 'india', 'negro', 'orang hitam', 'orang papua', 'papua', 'batak', 'jawa', 'madura', 'yahudi', 'kristen', 'muslim', 'islam', 'syiah', 'ahmadiyah', 'lgbt', 'gay', 'homo', 'lesbi', 'waria', 'banci', 'bencong', 'transgender', 'melayu', 'imigran', 'pengungsi', 'rohingya', 'orang cacat', 'disabilitas'],
    hateclaim: ['harus dibasmi', 'wajib dibasmi', 'dibasmi', 'musnahkan', 'dimusnahkan', 'harus diusir', 'usir dari indonesia', 'usir dari sini', 'pulang ke negaramu', 'balik ke negara asal', 'balik china', 'balik india', 'penyakit masyarakat', 'sampah masyarakat', 'menjijikkan', 'kayak binatang', 'seperti binatang', 'kayak monyet', 'dasar monyet', 'pantas mati', 'layak mati', 'harus mati', 'gak pantas hidup', 'tak layak hidup', 'bukan manusia', 'benci banget sama'],
    // ---- abuse at home ----
    abuser: ['ayah', 'ayahku', 'bapak', 'bapakku', 'bapak aku', 'papa', 'papaku', 'papah', 'mama', 'mamaku', 'mamah', 'ibu', 'ibuku', 'mak', 'mak aku', 'abah', 'ayah tiri', 'ayah tiriku', 'bapak tiri', 'papa tiri', 'ibu tiri', 'mama tiri', 'kakak', 'abang', 'paman', 'om', 'pakcik', 'kakek', 'pacar mama'],
    abuse: ['mukulin', 'mukul aku', 'mukul gue', 'pukul aku', 'dipukul', 'dipukulin', 'dipukuli', 'nampar aku', 'ditampar', 'nendang aku', 'ditendang', 'nyiksa aku', 'disiksa', 'dikurung', 'gak dikasih makan', 'tidak dikasih makan', 'nyekik aku', 'dicekik', 'dirotan', 'disundut', 'ngeraba', 'meraba', 'diraba', 'grepe', 'grepe grepe', 'digrepe', 'masuk kamarku malam', 'masuk kamar aku malam', 'ngelecehin', 'melecehkan', 'dilecehkan', 'memperkosa', 'diperkosa', 'kdrt'],
    // ---- bullying ----
    bullyactor: ['temen sekelas', 'teman sekelas', 'temen temen', 'teman teman', 'anak anak', 'satu kelas', 'sekelas', 'kakak kelas', 'senior', 'geng', 'mereka', 'orang orang', 'semua orang', 'budak budak', 'kawan sekelas', 'dia dan temennya'],
    bullyact: ['bully', 'ngebully', 'membully', 'dibully', 'bully aku', 'bully gue', 'rundung', 'merundung', 'dirundung', 'buli', 'membuli', 'dibuli', 'kena buli', 'ngejek', 'mengejek', 'diejek', 'ngatain', 'dikatain', 'ngolok olok', 'diolok olok', 'ngucilin', 'mengucilkan', 'dikucilkan', 'dijauhin', 'jauhin aku', 'ngejauhin aku', 'mukulin aku', 'malak', 'dipalak', 'malak aku', 'ketawain aku', 'ngetawain aku', 'diketawain'],
    // ---- gambling ----
    bet: ['judi', 'judi online', 'judol', 'berjudi', 'main judi', 'slot', 'slot online', 'slot gacor', 'gacor', 'maxwin', 'togel', 'nombor ekor', 'taruhan', 'taruhan bola', 'judi bola', 'sabung ayam', 'casino', 'kasino', 'higgs domino', 'chip domino', 'roulette', 'baccarat', 'bandar judi', 'situs judi', 'kakek zeus', 'mahjong ways'],
    minor: ['{aku|gue} umur {13|14|15|16|17}', 'masih sekolah', 'anak sekolah', 'uang jajan', 'duit jajan', 'uang saku', 'uang spp', 'uang mama', 'uang ortu', 'kartu mama', 'nyolong uang', 'utang', 'hutang', 'ngutang', 'pinjol', 'pinjaman online', 'kalah', 'kalah terus', 'habis semua', 'abis semua', 'rugi', 'kecanduan', 'ketagihan', 'gak bisa berhenti'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      '{pengen|pgn|mau|ingin|nak} {mati aja|mati saja|bunuh diri|bundir|gantung diri}', '{mending|lebih baik} {aku|gue|gw} mati', 'mending mati aja', 'mending mati ajalah', 'lebih baik mati', 'lebih baik mati saja', 'rasanya pengen mati', 'rasanya mau mati aja', 'rasa nak mati', 'rasa nak bunuh diri',
      '{gak|ga|nggak|tidak|tak|dah tak} {mau|pengen|ingin|nak} hidup lagi', 'tak nak hidup lagi', 'tak mahu hidup lagi', 'capek hidup pengen mati', 'udah siap mati', 'siap mati malam ini', 'malam ini aku bunuh diri', 'aku bakal bunuh diri', 'gue bakal bundir', 'aku akan bunuh diri', 'aku mau mati', 'gue pengen mati', 'aku nak mati', 'aku mau bunuh diri', 'gue mau bundir',
      'cara bunuh diri', 'cara bundir', 'cara bunuh diri tanpa rasa sakit', 'cara mati tanpa rasa sakit', 'cara mati cepat', 'cara mati yang gak sakit', 'cara mengakhiri hidup', 'cara gantung diri', 'bunuh diri paling cepat', 'bunuh diri yang gak sakit', 'macam mana nak bunuh diri', 'camne nak mati', 'cara potong nadi', 'cara sayat nadi',
      '{berapa|brp} {butir|tablet|pil} {biar|buat|untuk} mati', 'overdosis paracetamol biar mati', 'minum racun tikus', 'minum baygon',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['kepikiran bunuh diri', 'kepikiran bundir', 'terfikir nak bunuh diri', 'pikiran bunuh diri', 'ide bunuh diri', 'capek hidup', 'cape hidup', 'lelah hidup', 'penat hidup', 'pengen ngilang', 'pengen menghilang', 'nyesel dilahirin', 'pengen tidur selamanya', '{semoga|moga|mudah mudahan|pengen|ingin|berharap} {aku|gue|gw|saya|ku} {gak|ga|nggak|tidak|tak} bangun lagi', '{tidur|tidur aja} {terus|dan} {gak|ga|nggak|tidak|tak} bangun lagi'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: [
      '{aku|gue} {nyilet|sayat} {tangan|lengan|paha}', '{aku|gue|gw|saya} {nyilet|nyayat|barcode} lagi', 'nyilet lagi', 'silet tangan lagi', 'pengen nyilet', 'mau nyilet', 'nyilet tangan', 'sayat tangan', 'nyayat tangan', 'menyayat tangan', 'melukai diri sendiri', 'menyakiti diri sendiri', 'self harm lagi', 'tangan barcode',
      'sengaja muntahin makanan', 'habis makan aku muntahin', 'sengaja gak makan biar kurus', 'pro ana', 'thinspo',
    ] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      'ini rahasia kita berdua', 'rahasia kita berdua ya', 'ini rahsia kita',
      '{hapus|apus} chat {kita|ini} ya', 'kamu sendirian di rumah', 'ortumu lagi di rumah gak', 'kamu lebih dewasa dari umurmu', 'umur cuma angka', 'umur hanya angka', 'usia cuma angka',
      'om jemput di sekolah', 'nanti om jemput',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      '{pap|kirim} {tt|tete|toket|bugil|telanjang|tanpa baju|no bra}', 'pap tt', 'pap tete', 'pap bugil', 'pap naked', 'pap nude', 'kirim foto bugil', 'kirim foto telanjang', 'gambar bogel', 'foto bogel', 'vcs yuk', 'ayo vcs', 'mau vcs', 'vcs sama om', '{buka|lepas} baju {di kamera|pas vc|depan kamera}', 'buka baju di vc',
      '{gue|aku} sebarin foto bugil {kamu|lo}', 'diancam foto bugilnya disebar', 'diancam videonya disebar', 'diancam disebarin', 'sextortion', 'open bo {pelajar|anak sekolah|anak smp|anak sma|smp|sma}', 'bo pelajar',
      '{megang|pegang|raba|grepe|nyentuh} {dadaku|dada aku|kemaluanku|bagian pribadiku}', 'megang bagian pribadiku', 'diraba raba', 'dilecehkan secara seksual', 'aku diperkosa', 'saya diperkosa', 'pelecehan seksual terhadap anak',
    ] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['bokep', 'nonton bokep', 'video bokep', 'link bokep', 'film bokep', 'ngentot', 'ngewe', 'entot', 'memek', 'kontol', 'toket', 'colmek', 'sange', 'lagi sange', 'open bo', 'open booking', 'vcs', 'video call sex', 'ngocok', 'pap tt', 'bugil', 'cewek bugil', 'lucah', 'video lucah', 'seks bebas'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['mati aja {lo|lu|lo sana|kau|kamu|sana}', '{lo|lu|elo|elu|kau|kamu} mati aja', '{lo|lu|kau|kamu} bunuh diri aja', 'bunuh diri aja {lo|lu|sana|kau}', 'bundir aja {lo|lu|sana}', 'mending {lo|lu|kau|kamu} mati', 'mampus aja lo', 'mampus kau', 'mati kau', 'pergi mati', 'gak ada yang peduli sama lo', 'ga ada yang suka sama lo', 'semua orang benci {lo|lu|kamu|kau}', 'dunia lebih baik tanpa {lo|lu|kamu|kau}'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: [
      '{dasar|lo|kau} {cacat|gendut|gembrot|lonte|pelacur|perek|jalang|anak haram}', 'dasar {goblok|tolol|bangang|jelek|babi|monyet|sampah} {lo|lu|kau}', 'muka lo kayak {babi|monyet|anjing|sampah}', 'dasar gendut', 'dasar cacat', 'anak haram', 'anak pungut',
      '{aku|gue|gw} {dibully|dirundung|dibuli|kena buli|dikucilkan|dipalak|diolok olok}', 'aku di bully', 'gue di bully', 'satu kelas {ngejauhin|benci|ngebully|ngucilin} aku', 'gak ada yang mau temenan sama aku', 'tak ada siapa nak kawan dengan aku', 'takut ke sekolah karena', 'takut sekolah karena dibully',
    ] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, phrases: ['dipukulin {ayah|bapak|papa|mama|ibu|ayah tiri|bapak tiri}', 'dipukul {ayah|bapak|papa|mama|ibu|ayah tiri}', 'disiksa {ayah|bapak|papa|mama|ibu|ayah tiri|ibu tiri}', 'kena kdrt', 'korban kdrt', 'takut pulang ke rumah', 'takut balik rumah', 'gak berani pulang'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['gabung isis', 'gabung ke isis', 'ikut isis', 'masuk isis', 'baiat ke isis', 'hijrah ke suriah', 'berangkat ke suriah', 'isis itu benar', 'dukung isis', 'dukung khilafah isis', 'bom bunuh diri itu jihad', 'bom bunuh diri syahid', 'pengen jadi pengantin', 'jadi pengantin bom', 'amaliyah', 'halal darahnya', 'kafir halal dibunuh', 'bunuh semua kafir', 'perangi thaghut', 'polisi thaghut', 'bunuh polisi thaghut', 'hitler memang benar', 'hitler pahlawan', 'hitler idolaku', 'dukung hitler', 'yahudi harus dibasmi', 'bantai cina', 'bunuh cina', 'ganyang cina'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['dasar cina', 'cina babi', 'cokin', 'dasar aseng', 'dasar keling', 'keling babi', 'dasar negro', 'dasar papua monyet', 'papua monyet', 'monyet papua', 'dasar kafir', 'kafir laknat', 'dasar homo', 'dasar maho', 'homo najis', 'banci kaleng', 'dasar bencong', 'lgbt harus dibasmi', 'lgbt penyakit', 'syiah kafir', 'melayu malas', 'dasar indon'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['nyabu', 'ngeganja', 'ngobat', 'make sabu', 'pake sabu', 'isap ganja', 'hisap ganja', 'mabuk obat', 'minum tramadol', 'minum eximer', 'ketagihan narkoba', 'kecanduan narkoba', 'pengedar narkoba', 'kurir sabu', 'kurir narkoba', 'ambil dadah', 'hisap dadah', 'penagih dadah'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['narkoba', 'narkotika', 'sabu sabu', 'ganja', 'dadah', 'syabu', 'pil koplo', 'tembakau gorila', 'tembakau sintetis'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['cara merakit senjata api', '{bom|ledakkan|bakar} {sekolah|sekolahku|kelasku}', 'tembak semua orang di sekolah', 'bunuh semua orang di sekolah', 'bantai satu sekolah', 'bantai satu kelas'] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['{gue|gw|aku} {bacok|tusuk|tembak} lo', 'gue bacok lu', 'gw bacok lo', 'gw tusuk lo', 'gue tusuk lu', 'aku bunuh kau', 'kubunuh kau', 'gue bunuh lo', 'gw bunuh lu', 'gua bunuh lu', 'gue abisin lo', '{beli|cari|jual} {pistol|senpi|celurit|sajam|senjata api}', 'senpi ilegal', 'bawa sajam', 'bawa celurit', 'siapin sajam', 'siapin celurit', 'tawuran pake celurit', 'tawuran bawa sajam'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['judi online', 'judol', 'main judi', 'main judol', 'kalah judi', 'kecanduan judi', 'ketagihan judi', 'slot gacor', 'main slot', 'kalah slot', 'depo slot', 'situs slot', 'link slot', 'maxwin', 'situs judi', 'bandar judi', 'judi bola', 'taruhan bola', 'main togel', 'pasang togel', 'nomor togel', 'beli nombor ekor', 'kakek zeus', 'gates of olympus', 'mahjong ways', 'utang judi', 'hutang judi', 'pinjol buat judi', 'pinjol buat slot', 'judi sabung ayam', 'berjudi'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['judi', 'togel', 'taruhan', 'casino', 'kasino', 'gacor', 'higgs domino'] },
  ],
  rules: [
    ...ID_TL_VI_RULES,
    // an adult × sexual touching; a call to act × jihadist vocabulary; an attacker × admiration
    { id: 'adult-touch', category: 'grooming-cse', severity: 4, all: ['@toucher', '@touch'], window: 14, ordered: true },
    { id: 'call-to-attack', category: 'extremism', severity: 5, all: ['@extcall', '@extvocab'], window: 6 },
    { id: 'admire-attacker', category: 'extremism', severity: 4, all: ['@attacker', '@extsupport'], window: 8 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@want', '@harm'], window: 5, ordered: true },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@secret', '@parents'], window: 4, ordered: true },
    { id: 'pics-for-gifts', category: 'grooming-cse', severity: 4, all: ['@picreq', '@giftoffer'], window: 10 },
    { id: 'threat-with-weapon', category: 'weapons-violence', severity: 5, all: ['@threat', '@weapon'], window: 8 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 4 },
    { id: 'extremism-cues', category: 'extremism', severity: 4, all: ['@extvocab', '@extgroup', '@extviolence', '@extoutgroup'], atLeast: 2, window: 10 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@extoutgroup', '@extviolence'], window: 5 },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
  ],
  senses: [
    { id: 'idioms', categories: 'all', scope: 'overlap', phrases: [
      // booking a room or a ticket is not "open BO"
      'open booking {hotel|kamar|tiket|villa|homestay|penginapan}',
      // hyperbole: "malu banget pengen mati", "ngakak sampe mati", "mati gaya", "mati lampu"
      '{ngakak|ketawa} {sampe|sampai} mati', 'mati ketawa', 'mati gaya', 'mati kutu', 'mati lampu', 'mati listrik', 'mati suri', 'mati rasa', 'harga mati', 'mati matian', 'mati-matian', 'setengah mati', 'mati penasaran', 'tanaman mati', 'ikan mati', 'kucingku mati', 'ayam mati',
      '{gak|ga|nggak|tidak|jangan} {mau|pengen} {mati|bunuh diri}', 'jangan bunuh diri', 'jgn bundir', 'jangan mati', 'jangan nyerah',
      'bisa dibunuh {mama|emak|ibu|ayah|papa}', 'dibunuh mama', 'dibunuh emak', 'bunuh waktu', 'membunuh waktu', 'bunuh nyamuk', 'membunuh nyamuk', 'bunuh kecoa', 'bunuh tikus', 'membunuh kuman', 'membunuh bakteri', 'membunuh virus', 'bunuh bakteri', 'kill proses', 'obat nyamuk bakar',
      'pisau dapur', 'pisau buah', 'pisau roti', 'pisau daging', 'talenan', 'potong bawang', 'iris bawang', 'potong sayur', 'potong rambut', 'potong kuku', 'potong kue', 'pistol air', 'pistol mainan', 'pistol lem', 'bom air', 'pecah bom', 'bom banget', 'bom like', 'bom chat', 'bom kalori', 'bom diskon', 'tembak cewek', 'tembak gebetan', 'nembak cewek', 'nembak gebetan', 'ditembak gebetan', 'nembak dia', 'ditembak cowok', 'tembakan penalti', 'slot parkir', 'slot waktu', 'slot kosong', 'slot jadwal',
      'kejutan ulang tahun', 'surprise ultah', 'rahasia ultah', 'foto kelas', 'foto buku tahunan', 'pas foto', 'foto ijazah', 'foto tugas', 'kirim foto tugas', 'foto pr', 'pap makanan', 'pap outfit', 'pap muka bantal', 'pap kucing',
      'bahaya narkoba', 'anti narkoba', 'stop narkoba', 'katakan tidak pada narkoba', 'penyuluhan narkoba', 'bahaya judi online', 'stop judi online', 'anti bullying', 'stop bullying', 'stop bully', 'anti bully', 'jangan bully', 'cegah bunuh diri', 'pencegahan bunuh diri', 'jihad melawan hawa nafsu', 'jihad melawan nafsu', 'jihad fisabilillah menuntut ilmu', 'jihad menuntut ilmu',
    ] },
    { id: 'friend-at-risk', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@helpother', '@harm'], window: 6, ordered: true },
    { id: 'device-off', categories: 'all', scope: 'overlap', phrases: [], all: ['@device', '@offmati'], window: 2, ordered: true },
    { id: 'hyperbole', categories: 'all', scope: 'overlap', phrases: [], all: ['@hyper', '@diewish'], window: 4, ordered: true },
    { id: 'family-banter', categories: 'all', scope: 'overlap', phrases: [], all: ['@famfig', '@famkill'], window: 4, ordered: true },
    { id: 'family', categories: ['grooming-cse'], scope: 'text', phrases: ['sepupu', 'sepupuku', 'om ku', 'omku', 'tanteku', 'tante', 'kakakku', 'abangku', 'adikku', 'kakek', 'nenek', 'pakde', 'bude', 'paklik', 'bulik'] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['ulang tahun', 'ultah', 'hari ibu', 'kejutan', 'surprise', 'hadiah ulang tahun', 'kado'] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['free fire', 'mobile legends', 'mlbb', 'pubg', 'minecraft', 'roblox', 'valorant', 'genshin', 'gta', 'point blank', 'di game', 'dalam game', 'main game', 'push rank', 'mabar', 'headshot', 'booyah'] },
    { id: 'study', categories: 'all', scope: 'text', phrases: ['tugas sekolah', 'tugas sejarah', 'pelajaran', 'pelajaran sejarah', 'sejarah', 'materi', 'essay', 'presentasi', 'perang dunia', 'apa itu', 'apa arti', 'artinya apa', 'maksudnya apa', 'wattpad', 'lagu', 'tata boga', 'praktek masak', 'prakarya', 'pramuka', 'kemah', 'camping', 'pentas seni', 'karnaval'] },
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: ['berita', 'beritanya', 'polisi', 'bnn', 'densus', 'densus 88', 'ditangkap', 'tersangka', 'pelaku', 'korban', 'pengadilan', 'dokter', 'psikolog', 'psikiater', 'konseling', 'guru bk', 'resep dokter', 'sesuai dosis', 'gimana cara bantu', 'cara membantu', 'cara menolong', 'penyuluhan', 'pencegahan', 'kasus'] },
  ],
};
