/**
 * Indonesian and Malay pack (`id.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (idioms, cooking, games, history, news, help-seeking) must not. Sentences were written
 * independently of the pack's phrase lists, in Indonesian and Malay chat spellings ("gw", "pengen", "nak", "bundir").
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Indonesian and Malay: risky texts alert', () => {
  expectAlerts('id', [
    // tuned on dev7: general gaps (own wordings)
    ["obat apa yg diminum biar tidur selamanya", 5, 'suicide-self-harm'],
    ["maafin aku mama, malam ini aku mau lompat dari jembatan", 4, 'suicide-self-harm'],
    ["om tetangga suka raba raba aku kalau rumah sepi", 4, 'grooming-cse'],
    ["kak jemput aku di sekolah terus ajak ke kosan, jgn bilang siapa2 katanya, nanti dibeliin skin", 4, 'grooming-cse'],
    ["udah saatnya amaliyah di kota ini, siapkan diri kalian", 5, 'extremism'],
    ["aku pengen mati aja rasanya", 5, 'suicide-self-harm'],
    ["gw udah gak mau hidup lagi", 5, 'suicide-self-harm'],
    ["capek hidup, mending mati aja", 5, 'suicide-self-harm'],
    ["cara bunuh diri tanpa rasa sakit", 5, 'suicide-self-harm'],
    ["minum berapa butir paracetamol biar mati", 5, 'suicide-self-harm'],
    ["aku nak mati je, penat dengan semua ni", 5, 'suicide-self-harm'],
    ["malam ini aku mau bunuh diri, maafin aku semuanya", 5, 'suicide-self-harm'],
    ["gue nyilet tangan lagi tadi malam", 4, 'suicide-self-harm'],
    ["gimana cara nyembunyiin bekas sayatan dari ortu", 4, 'suicide-self-harm'],
    ["hidup gak ada gunanya, aku cuma jadi beban keluarga", 3, 'suicide-self-harm'],
    ["pengen bundir aja anjir udah gak kuat", 5, 'suicide-self-harm'],
    ["saya berniat mengakhiri hidup minggu ini", 5, 'suicide-self-harm'],
    ["jangan bilang ke mama ya, ini rahasia kita berdua", 4, 'grooming-cse'],
    ["pap dong nanti om beliin diamond", 4, 'grooming-cse'],
    ["kirim foto bugil kamu sekarang", 5, 'grooming-cse'],
    ["kalau gak kirim uang foto bugil kamu aku sebar ke temen sekolahmu", 5, 'grooming-cse'],
    ["aku umur 13 dia umur 25", 4, 'grooming-cse'],
    ["kamu sendirian di rumah? jangan bilang siapa siapa, kita ketemuan yuk", 4, 'grooming-cse'],
    ["ayo vcs sama om, nanti om transfer", 5, 'grooming-cse'],
    ["mati aja lo", 4, 'bullying-abuse'],
    ["dasar gendut jelek lo", 3, 'bullying-abuse'],
    ["aku dibully satu kelas", 3, 'bullying-abuse'],
    ["ayah tiriku sering mukulin aku", 4, 'bullying-abuse'],
    ["aku kena buli di sekolah", 3, 'bullying-abuse'],
    ["mau gabung isis", 4, 'extremism'],
    ["kafir harus dibunuh semua", 4, 'extremism'],
    ["polisi thaghut halal darahnya", 4, 'extremism'],
    ["dasar cina babi", 3, 'hate-discrimination'],
    ["lgbt harus dibasmi dari indonesia", 3, 'hate-discrimination'],
    ["beli sabu dimana ya", 3, 'drugs'],
    ["gue nyabu tiap malam", 3, 'drugs'],
    ["ada yang jual tembakau gorila di jakarta", 3, 'drugs'],
    ["besok gue bawa celurit ke sekolah", 5, 'weapons-violence'],
    ["gue bacok lo besok", 4, 'weapons-violence'],
    ["cara membuat bom molotov", 5, 'weapons-violence'],
    ["kecanduan judi online pake uang jajan", 3, 'gambling'],
    ["main slot gacor sampe ngutang pinjol", 3, 'gambling'],
    ["nonton bokep", 3, 'sexual'],
    ["lagi sange nih, open bo gak", 3, 'sexual'],
    ["aku rasa nak bunuh diri, dah tak tahan", 5, 'suicide-self-harm'],
  ]);
});

describe('Indonesian and Malay: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('id', [
    // tuned on dev7: innocent neighbours of the new rules
    "mama pesan minum obat sebelum tidur biar cepet sembuh",
    "kakak jemput aku di sekolah tiap hari soalnya mama kerja",
    "tidur selamanya di kasur ini rasanya wkwk libur panjang",
    "malu banget pengen mati rasanya",
    "ngakak sampe mati liat video ini",
    "hp aku mati, mau ngecas dulu",
    "mati lampu lagi di rumah",
    "aku bisa dibunuh mama kalau pulang telat",
    "potong bawang pakai pisau dapur",
    "nembak gebetan kemarin diterima",
    "bom diskon akhir tahun",
    "berita polisi tangkap bandar sabu",
    "pelajaran sejarah tentang perang dunia",
    "cara membantu teman yang mau bunuh diri",
    "dokter kasih paracetamol sesuai dosis",
    "bunuh nyamuk pakai raket",
    "jangan bilang ke mama ya, kita siapin kejutan ulang tahun",
    "kak kirim foto barangnya dong nanti aku transfer",
    "di game free fire gue headshot semua musuh",
    "jihad melawan hawa nafsu itu penting",
    "aku gak mau mati muda",
    "sampai jumpa besok di sekolah",
    "slot parkir penuh",
    "pap makanan dong",
    "anti narkoba di sekolah kami",
    "cari lagu dangdut koplo",
    "aku mau beli hp baru",
    "bakteri e coli di air",
    "ml yuk mabar",
    "motor gue mati di jalan",
    "stop bullying di sekolah",
    "berita bom di gereja kemarin, polisi sudah tangkap pelaku",
    "mama mau masak ayam, potong ayamnya",
    "mati gaya banget gak ada kerjaan",
    "tanaman aku mati semua kena panas",
    "kucingku mati kemarin, sedih banget",
    "film horor itu bikin aku takut setengah mati",
    "mau bakar sate di depan masjid pas idul adha",
    "pura pura gak tau aja",
    "dia pura-pura sakit biar gak sekolah",
    "aku kangen banget sama kamu sampai mau mati rasanya",
    "ayah mukul paku di dinding",
    "ayah pakai sabuk pengaman",
    "apakah hitler benar-benar mati di bunker",
  ]);
});

describe('Indonesian and Malay: tuned wordings (dev8 tune half)', () => {
  expectAlerts('id', [
    ['maafin aku ma, pil udah kusiapin, malam ini selesai', 4, 'suicide-self-harm'],
    ['maaf ya mak, ubat dah kukumpul, malam ni aku pergi', 4, 'suicide-self-harm'],
    ['semoga aku gak bangun lagi besok', 3, 'suicide-self-harm'],
    ['pengen tidur terus gak bangun lagi', 3, 'suicide-self-harm'],
  ]);
  expectNoAlerts('id', [
    'maaf ya semua aku udah capek, malam ini aku pamit dulu ya mau tidur',
    'aku pamit ya semua, malam ini mau belajar. jangan cari aku',
    'obatnya udah kusiapin buat nenek, diminum malam ini ya',
  ]);
});

describe('Indonesian and Malay: threats, pupils sold (dev8 round, siblings)', () => {
  expectAlerts('id', [
    ['besok gue bacok mereka semua', 4, 'weapons-violence'],
    ['open bo anak sma, dm aja', 4, 'grooming-cse'],
  ]);
  expectNoAlerts('id', [
    'open booking hotel murah di bali',
    'besok gue traktir mereka semua',
  ]);
});
