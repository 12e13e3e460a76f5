/**
 * Turkish lexicon. Written for this project by its contributors from how young people write
 * about these risks in Turkish — with and without Turkish letters (the normaliser folds ı/İ, ş,
 * ğ, ç, ö, ü to i, s, g, c, o, u, so "ölmek" and "olmek" are one phrase) and in the colloquial
 * spellings of chat ("öldürcem", "istiyom", "napcam"); no third-party word list was copied.
 * Licence: AGPL-3.0-or-later.
 *
 * Turkish adds suffixes, and negation is a suffix too ("istiyorum" want / "istemiyorum" do not
 * want), so stems (`*`) are used only on stems where every ending keeps the meaning
 * ("kendimi öldür*" is öldüreceğim, öldürcem, öldürmek…), never across a possible negative
 * suffix. The verb comes last, so intent rules are unordered over a short window.
 */
import { extendPack, type LanguagePack, type PackPart } from './types.ts';

const AGE_ADULT = '{18|19|20|21|22|23|24|25|26|27|28|29|30|32|35|40|45|50}';
const AGE_CHILD = '{10|11|12|13|14|15}';

const base: LanguagePack = {
  lang: 'tr',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // "hiç" is left out: it intensifies risky sentences too ("hiç umudum yok")
  negators: ['asla', 'hiçbir zaman', 'hicbir zaman', 'karşıyım', 'karsiyim'],
  concepts: {
    // ---- suicide: harm action × first-person wish or plan (the intent frame) ----
    harm: [
      'ölmek', 'ölmeyi', 'ölmeye', 'ölüp gitmek', 'ölüp gitmeyi', 'intihar etmek', 'intihar etmeyi', 'intihar etmeye', 'intiharı', 'intihar', 'kendimi öldürmek', 'kendimi öldürmeyi', 'kendimi öldürmeye',
      'canıma kıymak', 'canıma kıymayı', 'hayatıma son vermek', 'hayatıma son vermeyi', 'kendimi asmak', 'kendimi asmayı', 'kendimi köprüden atmak', 'köprüden atlamak', 'köprüden atlamayı', 'çatıdan atlamak', 'kendimi atmak', 'kendimi atmayı',
      'bileklerimi kesmek', 'bileklerimi kesmeyi', 'bir daha uyanmamak', 'uyuyup uyanmamak', 'uyuyup bir daha uyanmamak', 'bu hayattan kurtulmak', 'ölerek kurtulmak', 'gebermek', 'geberip gitmek', 'hap içip ölmek', 'bütün hapları içmek', 'tüm hapları içmek', 'her şeye son vermek', 'her seye son vermek', 'bu hayata son vermek',
    ],
    want: ['istiyorum', 'istiyom', 'istiyorm', 'isterim', 'isterdim', 'istedim', 'istiyorum artık', 'düşünüyorum', 'düşünüyom', 'planlıyorum', 'planlıyom', 'karar verdim', 'kafama koydum', 'niyetindeyim', 'içimden geliyor', 'içimden gelio', 'arzuluyorum', 'tek isteğim', 'tek istedigim', 'hayal ediyorum'],
    // first-person future and optative forms: one word, so they are terms and rule parts
    selfkill: [
      'kendimi öldür{eceğim|ecem|cem|cm|ücem|ucem|eyim|sem|meliyim|eceğim artık}', 'intihar ed{eceğim|ecem|icem|icm|cem|eyim|sem|eceğim artık|meliyim}', 'intihar edicem', 'canıma kıy{acağım|acam|cam|ıcam|ayım|sam}', 'hayatıma son ver{eceğim|ecem|cem|icem|eyim|sem}', 'kendimi as{acağım|acam|cam|ıcam|ayım}', 'kendimi at{acağım|acam|cam|ıcam|ayım}', '{köprüden|çatıdan|balkondan|binadan|camdan|pencereden} atla{yacağım|yacam|cam|ıcam|ycam|yıcam|yayım}',
    ],
    howto: ['nasıl', 'nasil', 'nasl', 'en kolay', 'en hızlı', 'en hizli', 'en acısız', 'yöntemi', 'yöntemleri', 'yolu', 'yolları', 'kaç', 'kac', 'ne kadar', 'hangi', 'nerden', 'nereden', 'nerde', 'nerede'],
    suicideword: ['intihar edilir', 'intihar edebilirim', 'intihar etmek', 'intihar edilir mi', 'intihar yöntemleri', 'intihar yöntemi', 'intihar yolları', 'intihar için', 'kendimi öldürebilirim', 'kendimi öldürürüm', 'kendimi öldürmek', 'kendini öldürmek', 'ölebilirim', 'acısız ölmek', 'acısız ölüm', 'kendimi asarım', 'bilek kesmek', 'bileğimi kesmek', 'damar kesmek'],
    pills: ['hap', 'hapı', 'hapla', 'haplar', 'hapları', 'ilaç', 'ilaçları', 'ilaçla', 'parol', 'parasetamol', 'minoset', 'aspirin', 'uyku hapı', 'uyku ilacı', 'antidepresan'],
    death: ['ölmek', 'uyanmam', 'uyanmazsam', 'bir daha uyanmam', 'ölmem için', 'ölebilir miyim', 'öldürür', 'öldürür mü', 'öldürücü', 'öldürücü doz', 'aşırı doz', 'ölebilirim', 'içip ölmek', 'uyanmamak', 'intihar'],
    sdeath: ['ölmek', 'ölümüm', 'öldüğümde', 'ben öldüğümde', 'intihar', 'mezarım', 'cenazem', 'kendimi öldür*', 'ölücem', 'ölecem', 'öleceğim'],
    smeans: ['{çatıdayım|çatısındayım|catidayim|catisindayim|köprüdeyim|köprünün üstündeyim|kopruleyim|balkondayım|raylardayım|raylarin yanindayim|uçurumdayım|kenarındayım|binanın tepesindeyim}', 'ip', 'ipi', 'halat', 'hap', 'haplar', 'hapları', 'ilaçlar', 'köprü', 'köprüden', 'çatı', 'çatıdan', 'jilet', 'jilet*', 'zehir', 'fare zehri', 'tren', 'raylara', 'balkon', 'balkondan'],
    stime: ['şu an', 'su an', 'herkes uyuyor', 'şimdi burdayım', 'bu gece', 'bugece', 'bu akşam', 'yarın', 'yarin', 'şimdi', 'simdi', 'birazdan', 'yakında', 'bu hafta sonu'],
    sfarewell: ['özür dilerim', 'ozur dilerim', 'beni affet', 'üzülmeyin', 'uzulmeyin', 'ağlamayın', 'elveda', 'hoşça kalın', 'hosca kalin', 'herkese veda', 'veda mektubu', 'son mesajım', 'son mesajim', 'beni affedin', 'affedin beni', 'hakkınızı helal edin', 'hakkinizi helal edin', 'annemi size emanet', 'sizi seviyorum hepinizi'],
    shopeless: ['umudum yok', 'hiç umudum kalmadı', 'yoruldum', 'bıktım', 'biktim', 'dayanamıyorum', 'dayanamiyorum', 'artık yeter', 'herkese yük', 'yük oluyorum', 'kimse beni sevmiyor', 'anlamı yok', 'anlami yok', 'değersizim', 'degersizim', 'bir işe yaramıyorum'],
    feeling: ['herkese yük oluyorum', 'herkese yuk oluyorum', 'ben bir yüküm', 'yaşamanın anlamı yok', 'yasamanin anlami yok', 'hayatın anlamı yok', 'hiçbir şeyin anlamı yok', 'hicbir seyin anlami yok', 'ben olmasam daha iyi', 'ben olmasam herkes daha mutlu', 'bensiz daha {mutlu|iyi|rahat} {olur|olurlar|olacak|olacaklar|yaşar|yaşarlar}', 'kimse yokluğumu fark etmez', 'kimse beni özlemez', 'ölsem kimse fark etmez', 'yaşamak için bir sebebim yok', 'yaşamak için sebebim kalmadı', 'artık dayanamıyorum', 'devam edemiyorum'],
    final: ['bu son mesajım', 'bu benim son mesajım', 'son mesajımdır', 'bunu okuduğunuzda', 'bunu okudugunuzda', 'eşyalarımı dağıttım', 'eşyalarımı verdim', 'yarın burada olmayacağım', 'yarın olmayacağım', 'veda mektubumu yazdım', 'veda mektubu yazdım'],
    cut: ['kendimi kes*', 'kolumu kes*', 'kollarımı kes*', 'bileğimi kes*', 'bileklerimi kes*', 'jilet at*', 'jiletl*', 'jilet', 'jiletle', 'kesikler', 'kesikleri', 'kesiklerimi', 'yara izleri', 'yara izlerimi', 'izlerimi', 'kendime zarar', 'kendimi yakı*', 'kusuyorum', 'kusmak', 'aç kalıyorum'],
    hide: ['saklamak', 'saklarım', 'saklayabilirim', 'gizlemek', 'gizlerim', 'gizleyebilirim', 'kapatmak', 'kapatırım', 'örtmek', 'annemden', 'ailemden', 'babamdan', 'görmesinler', 'görmesin', 'fark etmesin', 'anlamasın'],
    // ---- grooming ----
    parents: ['ailene', 'annene', 'babana', 'annenlere', 'ailenize', 'annenle babana', 'öğretmenine'],
    secret: ['söyleme', 'soyleme', 'söylemeyeceksin', 'söylemicen', 'söylemiceksin', 'anlatma', 'anlatmayacaksın', 'anlatmıcan', 'bahsetme', 'gösterme', 'sakın söyleme', 'sakın anlatma', 'çaktırma', 'caktirma', 'bilmesin', 'bilmemeli', 'duymasın', 'öğrenmesin', 'ogrenmesin'],
    adult: ['{bir adam|bi adam|bir abi|biri|birisi|yaşlı bir adam|bir amca|adamın biri|bir çocuk} {instagramdan|instadan|tiktoktan|snapten|snapchatten|discorddan|oyundan|oyunda|internetten|facebooktan|whatsapptan|telegramdan|robloxtan|pubgden}', 'yaşlı bir adam', 'büyük bir adam', 'yaşlı adam', 'bir amca', 'yabancı biri', 'tanımadığım biri', 'tanımadığım bir adam', 'oyundan biri', 'oyundaki biri', 'internetten biri', 'instagramdan biri', 'tiktoktan biri', 'discorddan biri', 'internetten tanıştığım', 'oyunda tanıştığım', `${AGE_ADULT} yaşında bir adam`],
    request: ['{fotoğrafımı|fotomu|fotoğraflarımı|fotolarımı|resmimi|videomu|foto|fotoğraf} {istiyor|istedi|istiyo|atmamı istiyor|göndermemi istiyor}', '{buluşmak|görüşmek|buluşalım|görüşelim} {istiyor|istedi|diyor|dedi}', 'yalnız gelmemi', 'adresimi {istiyor|istedi|sordu|soruyor}', 'evimi {soruyor|sordu}', 'kamerayı açmamı', '{uc|elmas|robux|para|hediye|hediyeler} {atıyor|attı|gönderiyor|gönderdi|alıyor|aldı|alacakmış}', 'çıplak', 'iç çamaşırı', 'soyunmamı', 'tehdit ediyor', 'şantaj', 'santaj', 'ifşa', 'bana dokunuyor', 'bana dokundu', 'elledi', 'elliyor'],
    gcontact: ['{bir adam|bi adam|bir abi|biri|birisi|yaşlı bir adam|bir amca|adamın biri} {instagramdan|instadan|tiktoktan|snapten|snapchatten|discorddan|oyundan|oyunda|internetten|facebooktan|whatsapptan|telegramdan|robloxtan|pubgden}', 'yaşlı bir adam', 'büyük bir adam', 'bir abi', 'bir amca', 'yabancı biri', 'tanımadığım biri', 'oyundan biri', 'oyunda tanıştığım', 'internetten tanıştığım', 'instagramdan tanıştığım', 'tiktoktan tanıştığım', 'discorddan tanıştığım', 'bana yazan', 'beni ekledi', 'dm attı', 'dmden yazdı', `${AGE_ADULT} yaşında`, `yaşı ${AGE_ADULT}`],
    gsecret: ['sır', 'sırrımız', 'sirrimiz', 'aramızda kalsın', 'aramizda kalsin', 'aramızda', 'kimse bilmesin', 'kimseye söyleme', 'kimseye soyleme', 'kimseye anlatma', 'ailene söyleme', 'annene söyleme', 'mesajları sil', 'mesajlari sil', 'konuşmayı sil', 'sohbeti sil', 'sil bunları', 'çaktırma'],
    gmeet: ['buluşalım', 'bulusalim', 'buluşmak', 'görüşelim', 'yalnız gel', 'tek başına gel', 'tek basina gel', 'kimseyi getirme', 'seni alırım', 'seni alayım', 'okuldan alırım', 'okuldan alayım', 'evime gel', 'eve gel', 'arabama', 'arabaya bin', 'otelde', 'otel'],
    gpics: ['foto', 'fotoğraf', 'fotoğrafını', 'fotonu', 'fotolarını', 'resmini', 'video', 'videonu', 'kamerayı aç', 'kamerani ac', 'kamerayı açsana', 'görüntülü', 'görüntülü arama', 'iç çamaşırı', 'iç çamaşırıyla', 'çıplak', 'soyun', 'üstünü çıkar', 'vücudunu', 'pijamayla', 'banyoda', 'okul forması', 'formanla', 'at bana', 'atsana', 'gönder bana', 'göster bana', 'göstersene'],
    gage: ['kaç yaşındasın', 'kac yasindasin', 'yaşın kaç', 'yasin kac', 'kaçıncı sınıfsın', 'kacinci siniftasin', 'kaçıncı sınıftasın', 'hangi okuldasın', 'hangi okul', `ben ${AGE_CHILD}`, `${AGE_CHILD} yaşındayım`, 'yaşına göre olgunsun', 'yaşına göre çok olgunsun', 'yaşından büyük', 'yaşından büyük gösteriyorsun', 'yaş sadece bir sayı', 'yas sadece bir sayi'],
    ggift: ['sana hediye', 'hediye alırım', 'para gönderirim', 'para atarım', 'uc alırım', 'uc atarım', 'elmas alırım', 'robux', 'vbucks', 'skin alırım', 'telefon alırım', 'iphone', 'airpods', 'kontör', 'kontor', 'papara', 'sana alırım', 'sana alayım', 'alırım sana'],
    gflatter: ['olgunsun', 'çok olgunsun', 'diğer kızlar gibi değilsin', 'yaşıtların gibi değilsin', 'seni bir tek ben anlarım', 'seni kimse benim gibi anlamaz', 'güven bana', 'guven bana'],
    galone: ['yalnız mısın', 'yalniz misin', 'evde yalnız', 'evde tek', 'tek başına mısın', 'annenler evde mi', 'annen evde mi', 'ailen evde mi', 'annenler uyudu mu', 'gece yarısı'],
    gprivapp: ['snap', 'snapchat', 'telegram', 'discord', 'özelden', 'ozelden', 'özele gel', 'gizli hesap', 'fake hesap', 'ikinci hesap'],
    adultage: [`{ben|benim yaşım|yaşım} ${AGE_ADULT}`, `${AGE_ADULT} yaşında{yım|ym|ım}`, `{o|adam|kendisi|sevgilim|erkek arkadaşım} ${AGE_ADULT} yaşında`, `${AGE_ADULT} yaşında {biri|biriyle|birisi|bir adam|adam|bir erkek|erkek|sevgilim|erkek arkadaşım|bir abiyle}`],
    childage: [`{ben|ama ben|benim yaşım|yaşım} ${AGE_CHILD}`, `${AGE_CHILD} yaşındayım`, `${AGE_CHILD} yasindayim`],
    // ---- drugs ----
    drug: ['esrar', 'esrarı', 'esrarın', 'skunk', 'bonzai', 'bonzay', 'bally', 'kokain', 'kokaini', 'kokayin', 'eroin', 'eroini', 'ecstasy', 'ekstazi', 'extacy', 'hap', 'hapı', 'uyuşturucu', 'uyusturucu', 'uyuşturucuyu', 'metamfetamin', 'meth', 'kristal', 'lsd', 'captagon', 'kaptagon', 'jamaika', 'gofret', 'vape', 'puff', 'elektronik sigara'],
    buy: ['nereden alınır', 'nereden alinir', 'nerden alınır', 'nerden alinir', 'nereden bulurum', 'nerden bulurum', 'nereden bulabilirim', 'nerden bulcam', 'nereden alabilirim', 'nerden alabilirim', 'almak istiyorum', 'alcam', 'alıcam', 'satan', 'satan var mı', 'satan var mi', 'satıcı', 'torbacı', 'torbaci', 'fiyatı', 'fiyati', 'kaç para', 'kac para', 'içtim', 'ictim', 'çektim', 'cektim', 'içmek istiyorum', 'çekmek istiyorum', 'denemek istiyorum', 'denedim', 'içelim', 'çekelim', 'sarmak', 'sardım', 'kafa yapmak'],
    // ---- weapons ----
    weapon: ['bıçak', 'bicak', 'bıçağı', 'bıçakla', 'bicakla', 'bıçağım', 'çakı', 'çakımı', 'sustalı', 'kelebek bıçak', 'pala', 'satır', 'silah', 'silahı', 'silahla', 'silahım', 'tabanca', 'tabancayı', 'tabancayla', 'kurusıkı', 'kurusiki', 'pompalı', 'pompali', 'kalaşnikof', 'kalasnikof', 'tüfek', 'tufek', 'bomba', 'bombayı', 'bombayla', 'patlayıcı', 'patlayici', 'molotof', 'muşta', 'musta', 'beyzbol sopası'],
    bring: ['getirecek', 'getirecekler', 'getiriyor', 'getirsin', 'getirdi', 'getireceğiz', 'getircez', 'götürecek', 'getireceğim', 'getirecem', 'getircem', 'getiricem', 'getirdim', 'götüreceğim', 'götürcem', 'götürücem', 'götürdüm', 'getiriyorum', 'götürüyorum', 'yanıma alacağım', 'yanıma alcam', 'yanımda', 'yanimda', 'çantamda', 'cantamda', 'çantama', 'saklıyorum', 'taşıyorum', 'tasiyorum', 'sokacağım', 'sokcam'],
    school: ['okula', 'okul çıkışı', 'okul cikisi', 'okul çıkışında', 'kapıda', 'okul kapısında', 'okulun önünde', 'okulda', 'okulu', 'okuldaki', 'okuldakileri', 'sınıfa', 'sınıfta', 'sınıftaki', 'sınıfı', 'sinifa', 'sinifta', 'teneffüste', 'teneffuste', 'derste', 'kantinde', 'öğretmeni', 'ogretmeni', 'öğretmene', 'müdürü'],
    threat: [
      'seni öldür{eceğim|ecem|cem|ücem|ucem|cm}', 'onu öldür{eceğim|ecem|cem|ücem|ucem}', 'hepsini öldür{eceğim|ecem|cem|ücem}', 'hepinizi öldür{eceğim|ecem|cem|ücem}', 'hepinizi öldürcem',
      '{seni|onu|hepsini|hepinizi} bıçakla{yacağım|yacam|cam|ıcam|rım}', '{seni|onu|hepsini|hepinizi} bicakla{yacagim|yacam|cam|icam}', '{seni|onu|hepsini|hepinizi} {vuracağım|vurcam|vurucam|vuracam|vururum}', '{seni|onu} {gebertece ğim|gebertcem|gebertecem|geberticem|gebertirim}', '{seni|onu} {doğrayacağım|doğrarım|dogricam|doğrıcam}',
      'kafana {sıkacağım|sıkarım|sıkcam|sıkıcam|sikcam}', 'kafasına {sıkacağım|sıkcam|sıkıcam}', '{okulu|sınıfı|okulumu} {basacağım|bascam|basıcam|patlatacağım|patlatcam|patlatıcam|yakacağım|yakcam|yakıcam|havaya uçuracağım}',
    ],
    showcam: ['kamerayı aç', 'kamerani ac', 'kameranı aç', 'kamerayı açsana', 'görüntülüye gel', 'görüntülü ara', 'görüntülü at', 'foto at', 'fotoğraf at', 'fotoğrafını at', 'resim at', 'video at', 'videonu at', 'göster bana', 'göstersene', 'çek at', 'çekip at'],
    clothes: ['iç çamaşırınla', 'iç çamaşırıyla', 'ic camasirinla', 'çamaşırla', 'pijamanla', 'sütyenle', 'sutyenle', 'sütyeninle', 'bikiniyle', 'bikininle', 'havluyla', 'banyoda', 'yatağında', 'yataktayken', 'okul formanla', 'formanla', 'eteğinle', 'çıplak', 'ciplak', 'üstsüz', 'ustsuz', 'soyunurken', 'duştayken'],
    cond: ['vermezsem', 'göndermezsem', 'gondermezsem', 'atmazsam', 'yapmazsam', 'vermezsen', 'göndermezsen', 'atmazsan', 'yapmazsan', 'yoksa', 'eğer', 'eger'],
    expose: ['{herkese|okuldaki herkese|okula|ailene|aileme|anneme|annene|internete|gruba} {atacak|atacakmış|atacakmis|atcak|gönderecek|yayacak|yayacakmış|yayar|yollayacak|atarım|yayarım|gönderirim}', 'ifşa edecek', 'ifşa edecekmiş', 'ifsa edecek', 'ifşalayacak'],
    media: ['fotolarımı', 'fotolarimi', 'fotoğraflarımı', 'fotograflarimi', 'fotomu', 'videomu', 'videolarımı', 'resimlerimi', 'fotolarını', 'fotoğraflarını', 'videonu'],
    checks: ['{annen|baban|annen baban|ailen|annenler} {telefonunu|mesajlarını|mesajlarini|telefonuna} {kontrol ediyor|kontrol ediyor mu|bakıyor|bakiyor|okuyor|karıştırıyor}', 'telefonunu kontrol ediyor mu'],
    moveapp: ['{telegrama|telegram\'a|snape|snap\'e|whatsappa|discorda|gizli hesaba|başka uygulamaya} {geçelim|gecelim|geç|gel|yaz|ekle}'],
    dontcome: ['{yarın|yarin|pazartesi|salı|çarşamba|perşembe|cuma|bugün} okula {gelmeyin|gelme|gitmeyin|gitme}', 'okula gelmeyin', 'okula gelmesin kimse'],
    serious: ['ciddiyim', 'şaka değil', 'saka degil', 'şaka yapmıyorum', 'uyarıyorum', 'uyariyorum', 'hepsi ödeyecek', 'hepsi odeyecek', 'ödeyecekler', 'bedelini ödeyecek', 'pişman olacaklar', 'pisman olacaklar', 'pişman olacaksınız'],
    extvocab: ['{kafirlere|gavurlara|tağutlara} karşı {cihat|cihad}', 'cihad farzdır', 'cihada çağırıyoruz', 'büyük yer değiştirme', 'buyuk yer degistirme', 'sessiz istila', 'planlı göç', 'ırk savaşı', 'beyaz soykırım', 'cihat farzdır', 'cihat farz'],
    extcall: ['{grubumuza|kanalımıza|aramıza|safımıza} {katılın|katıl|gelin}', 'konuşmak yetmez', 'söz bitti', '{şehitlerin|şehitlerimizin|kardeşlerimizin} yolundan {gideceğiz|gidelim}', 'bir şey yapmalıyız', 'bir sey yapmaliyiz', 'harekete geçmeliyiz', 'harekete gecmeliyiz', 'gruba gel', 'gruba katıl', 'kanala gel', 'kanala katıl', 'bize katıl', 'bize katil', 'silahlanmalıyız', 'savaşmalıyız'],
    wish: ['keşke', 'keske', 'keşke ben', 'inşallah', 'insallah', 'umarım', 'dua ediyorum'],
    nowake: ['uyanmasam', 'uyanmasaydım', 'hiç uyanmasam', 'bir daha uyanmasam', 'ölsem', 'ölseydim', 'doğmasaydım', 'dogmasaydim', 'yok olsam', 'uyanmam', 'ölürüm bu gece', 'ölmüş olsam'],
    make: ['yapılır', 'yapilir', 'yapmak', 'yapabilirim', 'yaparım', 'yapımı', 'yapimi', 'yapacağım', 'yapcam', 'üretmek', 'hazırlamak', 'hazırlanır', 'yapılışı', 'yapilisi'],
    bomb: ['bomba', 'bombası', 'bombasi', 'el bombası', 'patlayıcı', 'patlayici', 'molotof', 'molotof kokteyli', 'silah', 'tabanca', 'kurusıkı çevirme', 'kurusiki cevirme', 'susturucu', 'tnt', 'c4', 'barut'],
    // ---- extremism ----
    extsupport: ['seviyorum', 'destekliyorum', 'hayranım', 'hayranim', 'kahraman', 'kahramandır', 'kahramanım', 'idolüm', 'idolum', 'haklıydı', 'hakliydi', 'haklı', 'helal olsun', 'allah razı olsun', 'saygı duyuyorum', 'efsane'],
    extfigure: ['ışid', 'işid', 'isid', 'ışid\'e', 'deaş', 'deas', 'daeş', 'daes', 'isis', 'el kaide', 'el kaide\'ye', 'bin ladin', 'usame', 'bağdadi', 'bagdadi', 'hitler', 'hitlere', 'naziler', 'nazi', 'breivik', 'tarrant', 'dhkp-c', 'taliban'],
    join: ['katılmak', 'katilmak', 'katılmak istiyorum', 'katılacağım', 'katılcam', 'katılıcam', 'katılayım', 'katıldım', 'katılırım', 'katılalım', 'girmek istiyorum', 'üye olmak', 'biat etmek', 'biat ettim', 'biat edecegim', 'gitmek istiyorum', 'cihada', 'dağa çıkmak', 'daga cikmak', 'dağa çıkacağım'],
    extgroup: ['{ışid|işid|isid|deaş|deas|daeş|isis|taliban|pkk|el kaide}{e|a|ye|ya|ın|in|un|}', 'ışid', 'isid', 'işid', 'deaş', 'deas', 'daeş', 'isis', 'el kaide', 'el kaideye', 'taliban', 'talibana', 'cihat', 'cihad', 'cihada', 'cihatçı', 'mücahit', 'mücahitlere', 'mücahidlere', 'mucahit', 'halifelik', 'hilafet', 'hilafete', 'suriye\'ye cihada', 'pkk', 'pkk\'ya', 'neonazi', 'neo nazi'],
    attack: ['saldırmak', 'saldırı', 'saldırcam', 'saldıracağım', 'patlatmak', 'patlatcam', 'patlatacağım', 'bombalamak', 'bombalayacağım', 'yakmak', 'yakacağım', 'ateşe vermek', 'basmak', 'basacağım', 'tarayacağım', 'taramak'],
    worship: ['cami', 'camiyi', 'camiye', 'kilise', 'kiliseyi', 'kiliseye', 'sinagog', 'sinagogu', 'havra', 'havrayı', 'cemevi', 'cemevini', 'mülteci kampı', 'kampı'],
    extviolence: ['öldürün', 'oldurun', 'öldürmeliyiz', 'öldürmek lazım', 'öldürmek gerek', 'hepsini öldürün', 'kesmek lazım', 'geberin', 'yok edilmeli', 'yok edin', 'temizlemek lazım', 'temizlenmeli', 'ölmeli', 'katledin', 'savaş açın'],
    extoutgroup: ['kafirler', 'kafirleri', 'kâfirleri', 'kafirlere', 'gavurlar', 'gavurları', 'gavurlara', 'mürtedler', 'mürtetler', 'haçlılar', 'haçlıları', 'yahudiler', 'yahudileri', 'yahudilere', 'aleviler', 'alevileri', 'kürtler', 'kurtler', 'kürtleri', 'ermeniler', 'ermenileri', 'suriyeliler', 'suriyelileri', 'mülteciler', 'mültecileri', 'göçmenler', 'gocmenler', 'göçmenleri'],
    // ---- hate ----
    group: ['suriyeliler', 'suriyelileri', 'suriyeli', 'afganlar', 'afganlari', 'afganlı', 'araplar', 'arapları', 'kürtler', 'kurtler', 'kürtleri', 'ermeniler', 'ermenileri', 'rumlar', 'yahudiler', 'yahudileri', 'çingeneler', 'cingeneler', 'romanlar', 'aleviler', 'alevileri', 'siyahlar', 'siyahiler', 'zenciler', 'göçmenler', 'gocmenler', 'mülteciler', 'multeciler', 'eşcinseller', 'escinseller', 'geyler', 'lgbtler', 'engelliler', 'hristiyanlar', 'müslümanlar', 'ateistler'],
    hateclaim: ['asalak', 'asalaklar', 'hepsi asalak', 'parazit', 'parazitler', '{ülkeyi|ülkemizi|memleketi} {işgal|istila} {etti|ettiler|ediyor}', 'sınır dışı {edilmeli|edilsin|etmek lazım|edin}', 'toplayıp {göndermek|sınır dışı|yollamak}', 'geri gönderilmeli', 'defolsun', 'defolsunlar', 'defolun', 'ülkemizden gitsin', 'ülkemizden defolsun', 'kovulmalı', 'atılmalı', 'ölmeli', 'ölmeliler', 'geberin', 'gebersin', 'gebersinler', 'köpekler', 'pislik', 'pislikler', 'iğrenç', 'igrenc', 'sapık', 'sapiklar', 'nefret ediyorum', 'nefret ederim', 'yok edilmeli', 'hainler', 'insan değil', 'insan degil', 'aşağılık', 'hepsi pis'],
    // ---- abuse at home ----
    abuser: ['babam', 'annem', 'üvey babam', 'uvey babam', 'üvey annem', 'abim', 'ağabeyim', 'dayım', 'amcam', 'enişte', 'eniştem', 'dedem', 'annemin sevgilisi', 'annemin erkek arkadaşı', 'ailem', 'ablam', 'kocası'],
    abuse: ['beni dövüyor', 'beni dovuyor', 'beni dövdü', 'dövüyor', 'dovuyor', 'dövdü', 'dovdu', 'dayak atıyor', 'dayak attı', 'bana vuruyor', 'bana vurdu', 'vuruyor', 'tokat atıyor', 'tokat attı', 'beni kilitliyor', 'odaya kilitledi', 'beni kapatıyor', 'aç bırakıyor', 'yemek vermiyor', 'boğazımı sıktı', 'boğmaya çalıştı', 'kemerle', 'kemerle dövüyor', 'sigarayla yaktı', 'bana dokunuyor', 'bana dokundu', 'beni elliyor', 'elledi', 'taciz ediyor', 'taciz etti', 'tecavüz etti', 'beni tehdit ediyor', 'evden atıyor', 'içince', 'içtiği zaman', 'sarhoş olunca'],
    // ---- bullying ----
    bullyactor: ['herkes', 'hepsi', 'sınıftakiler', 'siniftakiler', 'sınıfta herkes', 'kızlar', 'çocuklar', 'cocuklar', 'oğlanlar', 'arkadaşlarım', 'arkadaslarim', 'okuldakiler', 'büyükler', 'onlar', 'bazıları'],
    bullyact: ['benimle dalga geçiyor', 'benimle dalga geciyor', 'benimle dalga geçiyorlar', 'dalga geçiyorlar', 'alay ediyorlar', 'benimle alay', 'beni dövüyorlar', 'beni dovuyorlar', 'bana vuruyorlar', 'beni itiyorlar', 'beni dışlıyorlar', 'beni dislıyorlar', 'beni dışladılar', 'bana hakaret', 'küfür ediyorlar', 'kufur ediyorlar', 'beni tehdit ediyorlar', 'benimle konuşmuyor', 'kimse benimle konuşmuyor', 'videomu çektiler', 'fotomu paylaştılar', 'fotoğrafımı paylaştılar', 'grup kurdular', 'gruptan attılar', 'param alıyorlar', 'paramı alıyorlar', 'eşyalarımı alıyorlar', 'bana tükürüyorlar', 'lakap takıyorlar', 'zorbalık yapıyorlar', 'zorbalık ediyorlar'],
    // ---- gambling ----
    // "it'd be better for everyone if you killed yourself"
    youdie: ['kendini {öldürsen|assan|atsan}', 'intihar etsen', 'gebersen', 'ölsen', 'ortadan kaybolsan'],
    ydbetter: ['daha iyi olur', 'herkes için daha iyi', 'herkes rahatlar', 'herkes sevinir', 'kimse üzülmez', 'dünya daha iyi olur'],
    // criminal exploitation: an older person's offer of paid "deliveries" (county lines)
    clmoney: ['{günlük|günde} {500|1000|1500|2000|3000} {tl|lira}', 'elden nakit', 'nakit', 'kolay para', 'hızlı para', 'cebine para'],
    cltask: ['paket {taşıma|taşımak|götürmek|teslimatı|bırakmak}', 'kuryelik', 'kurye', 'emanet taşımak', 'çanta taşımak', 'mal {götürmek|taşımak|bırakmak}'],
    clhook: ['soru {sorma|sormadan|sorulmaz|yok}', 'polis şüphelenmez', 'reşit olmadığın için', 'yaşın küçük olduğu için', '{13|14|15|16} yaş üstü', 'dmden yaz', 'özelden yaz'],
    bet: ['bahis', 'bahse', 'bahiste', 'iddaa', 'iddia oynamak', 'kupon', 'kuponu', 'kupon yaptım', 'canlı bahis', 'kaçak bahis', 'kacak bahis', 'bahis sitesi', 'kumar', 'kumarda', 'kumara', 'casino', 'kumarhane', 'slot', 'rulet', 'poker', 'sweet bonanza', 'aviator', 'bet', 'bets'],
    minor: [`${AGE_CHILD} yaşındayım`, `ben ${AGE_CHILD}`, 'reşit değilim', 'resit degilim', '18 yaşından küçük', 'kaybettim', 'hepsini kaybettim', 'annemin parası', 'annemin kartı', 'babamın kartı', 'babamin karti', 'babamın parası', 'harçlığımı', 'harcligimi', 'borç aldım', 'borcum var', 'bağımlı oldum', 'bagimli oldum', 'bırakamıyorum'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      'ölmek {istiyorum|istiyom|istiyorm|istiyorum artık|isterdim|istiyorum ya}', 'olmek istiyorum', 'artık ölmek istiyorum', 'keşke ölsem', 'keske olsem', 'keşke ölseydim', 'keşke hiç doğmasaydım', 'keske hic dogmasaydim', 'ölsem de kurtulsam', 'ölüp kurtulmak istiyorum', 'geberip gitmek istiyorum', 'gebermek istiyorum',
      'intihar etmek {istiyorum|istiyom|istiyorm}', 'intihar edeceğim', 'intihar edecegim', 'intihar edicem', 'intihar edecem', 'intihar etcem', 'intihar etçem', 'intihar edeyim', 'intihar etmeyi düşünüyorum', 'intiharı düşünüyorum', 'intihar etmeyi planlıyorum',
      'kendimi öldür{eceğim|ecegim|ecem|cem|ücem|ucem|mek istiyorum|meyi düşünüyorum|eyim}', 'canıma kıy{acağım|acagim|acam|cam|ıcam|mak istiyorum|ayım}', 'canima kiyacagim', 'hayatıma son ver{eceğim|ecegim|ecem|cem|icem|mek istiyorum|eyim}', 'hayatima son verecegim', 'kendimi as{acağım|acagim|acam|cam|ıcam|mak istiyorum}', 'kendimi köprüden at{acağım|acam|cam|ıcam}',
      '{yaşamak|yasamak} {istemiyorum|istemiyom|istemiyorm} [artık]', 'artık yaşamak istemiyorum', 'daha fazla yaşamak istemiyorum', 'bu hayatı yaşamak istemiyorum', 'uyuyup bir daha uyanmamak istiyorum', 'bir daha uyanmak istemiyorum', 'sabah uyanmak istemiyorum',
      '{nasıl|nasil} intihar {edilir|ederim|edebilirim|etsem}', 'intihar {yöntemleri|yontemleri|yöntemi|yolları|yollari}', '{en hızlı|en hizli|en kolay|en acısız|en acisiz|acısız|acisiz} {nasıl|nasil|şekilde|sekilde|yoldan} {ölürüm|ölebilirim|olebilirim}', '{nasıl|nasil} {ölebilirim|olebilirim}', 'en kolay intihar', 'acısız {intihar|ölmek|ölüm yolları|ölüm yöntemi}', '{nasıl|nasil} {kendimi öldürürüm|kendimi öldürebilirim|kendimi asarım}',
      'kaç {hap|parol|ilaç} {içersem|icersem|yutarsam} ölürüm', 'kaç parol öldürür', 'öldürücü doz', 'oldurucu doz', 'bu gece her şeyi bitireceğim', 'bu gece herşeyi bitircem', 'bu gece intihar', 'yarın intihar', 'veda mektubumu yazdım', 'bu benim son mesajım', 'herkese elveda ben gidiyorum',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['intihar düşünceleri', 'intihar dusunceleri', 'intihar düşüncesi', 'intiharı düşünüyorum', 'intihar etmeyi düşündüm', 'ölmeyi düşünüyorum', 'ölümü düşünüyorum', 'kaybolmak istiyorum', 'yok olmak istiyorum', 'ortadan kaybolmak istiyorum', 'hayattan bıktım', 'hayattan biktim', 'yaşamaktan bıktım', 'yasamaktan biktim', 'hayatımdan nefret ediyorum', 'kendimden nefret ediyorum', 'ben bir yüküm', 'herkese yük oluyorum', 'kimse beni sevmiyor', 'ben olmasam daha iyi', 'yaşamanın anlamı yok', 'yasamanin anlami yok', 'ölsem kimse fark etmez'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: [
      'kendimi {kesiyorum|kesiyom|kestim|keseceğim|kescem|kesmek istiyorum}', '{kolumu|kollarımı|kollarimi|bileğimi|bilegimi|bileklerimi|bacağımı|bacaklarımı} {kesiyorum|kesiyom|kestim|keseceğim|kescem|kesmek istiyorum|jiletliyorum|jiletledim}', 'jilet {atıyorum|atiyorum|attım|attim|atıcam|atcam|atmak istiyorum}', 'kendimi jiletliyorum', 'kolumu jiletledim', 'tekrar jilet attım', 'yine jilet attım', 'yine kendimi kestim',
      'kendime zarar {veriyorum|verdim|vereceğim|vercem|vermek istiyorum}', 'kendimi {yakıyorum|yaktım|yakmak istiyorum}', 'kendimi acıtıyorum', '{kesikleri|kesiklerimi|yara izlerimi|izleri|jilet izlerini} {nasıl|nasil} {saklarım|gizlerim|kapatırım|saklayabilirim|gizleyebilirim}', '{kesikleri|yara izlerini|jilet izlerini} {annemden|ailemden} {saklamak|gizlemek}',
      'yedikten sonra {kusuyorum|kusmak|kustum}', '{nasıl|nasil} {kusarım|kusabilirim|kusulur} {yemekten sonra|yedikten sonra}', '{günlerdir|gunlerdir|kaç gündür|3 gündür|iki gündür} {yemek yemiyorum|bir şey yemiyorum|hiçbir şey yemedim|aç kalıyorum}', 'kendimi aç bırakıyorum', 'zayıflamak için aç kalıyorum', 'pro ana', 'thinspo',
    ] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['kendine zarar verme', 'kendine zarar vermek', 'jilet atmak', 'anoreksiya', 'bulimia', 'bulimiya'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      '{ailene|annene|babana|annenlere} {söyleme|soyleme|anlatma|bahsetme|söylemeyeceksin|söylemicen} [tamam mı|tamam mi|olur mu|bizi|konuştuğumuzu|konustugumuzu]', 'kimseye {söyleme|anlatma} {konuştuğumuzu|konustugumuzu|bizi|beni|buluştuğumuzu}', 'bu bizim sırrımız', 'bu bizim sirrimiz', 'aramızda kalsın', 'aramizda kalsin', 'küçük sırrımız', 'bizim küçük sırrımız',
      '{mesajları|mesajlari|konuşmayı|konusmayi|sohbeti|yazışmaları|yazismalari} {sil|silsene|silersin|silmeyi unutma} [sonra|okuyunca|annen görmesin]', '{evde|odanda} {yalnız|yalniz|tek başına|tek basina} {mısın|misin|mısın şu an|misin simdi}', '{annenler|annen|ailen|baban} evde {mi|mı|yok mu|değil mi}',
      'yaşına göre {çok|cok} olgunsun', 'yasina gore cok olgunsun', 'yaşına göre olgunsun', 'yaşından büyük gösteriyorsun', 'yasindan buyuk gosteriyorsun', 'yaş sadece bir sayı', 'yas sadece bir sayi',
      '{yalnız|yalniz|tek başına|tek basina} gel [kimseye söyleme|kimse bilmesin]', 'seni okuldan {alırım|alayım|alirim|alayim}', '{kamerayı|kamerani|kameranı} aç {yatağında|odanda|gece|yalnızken}', '{okul formanla|formanla|pijamanla|iç çamaşırınla|banyoda} {foto|fotoğraf|resim|video} {at|atsana|gönder|çek}',
      '{sana|sana da} {uc|elmas|robux|skin|para|kontör|hediye} {alırım|alirim|atarım|gönderirim|yollarım} {eğer|yeter ki|karşılığında|foto|fotoğraf}', '{foto|fotoğraf|resim} {atarsan|gönderirsen|yollarsan} {uc|elmas|robux|para|skin} {alırım|veririm|atarım}',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      '{çıplak|ciplak} {foto|fotoğraf|fotograf|fotoğrafını|resim|resmini|video|videonu} {at|atsana|gönder|gonder|yolla|çek}', 'çıplak fotoğrafını at', '{soyun|soyunsana|üstünü çıkar|ustunu cikar|kıyafetlerini çıkar} {kamerada|kameraya|görüntülüde|bana}', 'iç çamaşırıyla {foto|fotoğraf|video} at', 'nude {at|atsana|gönder|yolla}', 'nudes {at|gönder}',
      '{fotoğraflarını|fotolarını|fotoğrafını|videonu|resimlerini} {herkese|ailene|annene|okula|internete} {atarım|atacağım|atcam|gönderirim|yayarım|yayacağım|yaycam|yollarım}', '{seni|onu} ifşa {ederim|edeceğim|edicem|edecem|edcem}', 'ifşa ederim', 'ifşalarım', 'ifsa ederim', 'ifşa etmekle tehdit ediyor', '{fotoğraflarımla|fotolarımla|videomla} {şantaj|santaj|tehdit} {yapıyor|ediyor|yaptı}', 'bana şantaj yapıyor', 'cinsel şantaj',
      '{bana|bana oralarıma|özel yerlerime} {dokundu|dokunuyor|elledi|elliyor}', 'özel yerlerime dokundu', 'tecavüz etti', 'tecavüze uğradım', 'beni taciz etti', 'beni taciz ediyor', 'cinsel taciz',
    ] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['porno', 'porno izle', 'porno videoları', 'pornolar', 'sikiş', 'sikis', 'sikiş izle', 'seks videoları', 'seks videosu', 'sex videoları', 'türk ifşa', 'ifşa videoları', 'ifsa videolari', 'çıplak kızlar', 'ciplak kizlar', 'çıplak fotoğraflar', 'çıplak resimler', 'liseli ifşa', 'azgın', 'azgin', 'sex sohbet', 'seks sohbet', 'sanal seks', '+18 video', 'yetişkin videoları', 'memeler', 'yarrak', 'yarak', 'onlyfans ifşa'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['seks', 'sex', 'çıplak', 'ciplak'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['git {öl|kendini öldür|geber|intihar et|kendini as}', '{kendini|kendini de} {öldür|as|at} [artık|bence|de kurtulalım]', 'gebersene', 'geber', 'geber git', 'öl de kurtulalım', 'ol de kurtulalim', 'ölsen de kurtulsak', 'keşke ölsen', 'keske olsen', 'keşke hiç doğmasaydın', 'geberip gitsen', 'intihar et bence', 'sen ölsen kimse üzülmez', 'kimse seni sevmiyor öl'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: [
      '{bana|beni} {ezik|şişko|sisko|çirkin|cirkin|aptal|salak|gerizekalı|ibne|orospu|sürtük|fakir|kaşar|kasar|inek|maymun|hayvan|dilenci|suriyeli|kürt|zenci|çingene} {diyor|diyorlar|diyo|diyolar|diye çağırıyorlar|diye bağırıyorlar|diye dalga geçiyorlar}', 'bu hayattan kurtulmak istiyorum', 'herkes senden nefret ediyor', 'herkes senden nefret ediyo', 'kimse seni sevmiyor', 'kimse seni istemiyor', 'sen bir hiçsin', 'sen bir hicsin', 'bana zorbalık {yapıyorlar|yapiyorlar|ediyorlar|yapıyor}', 'zorbalığa uğruyorum', 'zorbaliga ugruyorum',
      '{benimle|herkes benimle} dalga {geçiyorlar|geciyorlar|geçiyor|geçiyo}', '{okulda|sınıfta|teneffüste} {beni dövüyorlar|bana vuruyorlar|beni itiyorlar|benimle dalga geçiyorlar}', 'kimse benimle konuşmuyor', 'beni dışlıyorlar', 'beni disliyorlar',
      '{şişko|sisko|çirkin|cirkin|salak|aptal|gerizekalı|gerizekali|ezik|mal|öküz|inek|domuz|köpek|kopek|orospu|kaltak|sürtük|surtuk|ibne|yavşak|yavsak|şerefsiz|serefsiz|aşağılık|sakat|özürlü|ozurlu|geri zekalı}{sın|sin|sun|sün|herif|kız|çocuk}', '{kaltak|sürtük} {kız|karı}', 'kaltak', 'sürtük',
      'okula gitmeye {korkuyorum|korkuyom}', 'eve gitmeye {korkuyorum|korkuyom}', 'eve dönmekten korkuyorum', 'eve donmekten korkuyorum',
    ] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, phrases: ['{babam|annem|üvey babam|uvey babam|abim|ağabeyim} beni {dövüyor|dovuyor|dövdü|dovdu|kemerle dövüyor|kilitliyor|kapatıyor|aç bırakıyor|yakıyor|boğuyor}', '{babam|annem|üvey babam|abim} bana {vuruyor|vurdu|dokunuyor|dokundu}', '{babam|annem|üvey babam} {içince|içtiği zaman|sarhoş olunca} {dövüyor|dovuyor|vuruyor|saldırıyor}', 'evde şiddet görüyorum', 'evde siddet goruyorum', 'evde dayak yiyorum', 'her gün dayak yiyorum'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: [
      'ışide katılmak', 'isise katılmak', 'deaşa katılmak', 'deasa katilmak',
      '{suriyeye|suriye\'ye|afganistana|irak\'a|iraka} cihada {gitmek|gideceğim|gitcem|gidicem}', 'cihada gitmek istiyorum', 'mücahit olmak istiyorum', 'canlı bomba olmak', 'canli bomba olmak', 'canlı bomba olacağım', 'kendimi patlatacağım', 'kendimi patlatıcam', 'şehit olmak için kendimi patlat',
      'kafirleri öldürmek', 'kafirleri öldürün', 'kafirlere ölüm', 'kâfirlere ölüm', 'gavurları öldürün', 'gavurlara ölüm', 'halifeye biat', 'hilafet gelecek', 'hilafet için savaş', 'ışid haklı', 'isid haklı', 'deaş haklı',
      'hitler haklıydı', 'hitler hakliydi', 'hitler kahramandı', 'hitler idolüm', 'yahudileri öldürün', 'yahudilere ölüm', 'ırk savaşı', 'irk savasi', 'büyük yer değiştirme gerçek', 'sessiz istila gerçek', 'beyaz ırk üstündür', 'türk ırkı üstündür', 'kürtleri öldürün', 'kurtleri oldurun', 'ermenileri öldürün', 'suriyelileri öldürün', 'suriyelileri yakın', 'mültecileri yakın', 'camiyi bombalayacağım', 'kiliseyi bombalayacağım', 'sinagogu bombalayacağım',
    ] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['ibne', 'ibneler', 'ibnelik', 'gavur', 'gavurlar', 'ermeni dölü', 'ermeni dolu', 'ermeni piçi', 'kürt piçi', 'pis kürt', 'pis kurt', 'pis suriyeli', 'pis arap', 'pis çingene', 'pis yahudi', 'suriyeliler defolsun', 'suriyeliler defolsun gitsin', 'araplar defolsun', 'afganlar defolsun', 'ülkeme mülteci istemiyorum', 'zenci', 'zenciler', 'kara köle', 'çingene kafası', 'kıro', 'yobaz', 'kızılbaş', 'kizilbas', 'mülteci pisliği', 'memleketine dön', 'memleketine git', 'ülkene dön', 'ulkene don'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['{esrar|ot|bonzai|bally|kokain|eroin|ekstazi|ecstasy|hap|uyuşturucu|uyusturucu|meth|kristal|lsd|kaptagon|captagon|jamaika|vape|puff} {nereden alınır|nereden alinir|nerden alınır|nerden alinir|nereden bulurum|nerden bulurum|nereden bulabilirim|nerden bulcam|satan var mı|satan var mi|almak istiyorum|içmek istiyorum|çekmek istiyorum|denemek istiyorum|fiyatı|fiyati|kaç para}', 'ot içmek', 'ot icmek', 'ot çekmek', 'ot cekmek', 'ot içtim', 'ot ictim', 'ot sarmak', 'joint sarmak', 'bonzai içtim', 'bonzai içmek', 'esrar içtim', 'esrar içmek', 'esrar cekmek', 'hap atmak', 'hap attım', 'hap attim', 'kafam güzel', 'torbacı', 'torbaci', 'uyuşturucu satan', 'okulda esrar', 'okulda hap'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['esrar', 'uyuşturucu', 'uyusturucu', 'kokain', 'eroin', 'bonzai', 'ekstazi', 'metamfetamin'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: [
      '{bomba|el bombası|patlayıcı|patlayici|molotof|molotof kokteyli|silah|tabanca|susturucu} {nasıl|nasil} {yapılır|yapilir|yapılıyor|yaparım|yapabilirim|üretilir|hazırlanır}', 'bomba yapımı', 'bomba yapimi', 'evde bomba yapmak', 'patlayıcı yapımı', 'kurusıkı {nasıl|nasil} {çevrilir|cevrilir|açılır}', 'kurusıkı çevirme',
      '{okulu|okulumu|sınıfı|sinifi} {basacağım|bascam|basıcam|basacam|patlatacağım|patlatcam|patlatıcam|bombalayacağım|yakacağım|yakcam|tarayacağım|taricam}', '{okula|sınıfa|sinifa} {silah|tabanca|bıçak|bicak|bomba|pompalı|kurusıkı} {getireceğim|getircem|getiricem|getirecem|götüreceğim|götürcem|götürücem|götürecem|sokacağım|sokcam}',
      '{okuldaki|sınıftaki|okuldakileri|sınıftakileri} {herkesi|hepsini} {öldüreceğim|öldürcem|öldürücem|vuracağım|vurcam|vurucam|tarayacağım|taricam}', 'hepinizi öldüreceğim', 'hepinizi öldürcem', 'hepinizi vuracağım', 'hepinizi vurcam', 'okulda katliam yapacağım', 'okulda katliam yapcam', 'okul saldırısı yapacağım',
    ] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: [
      'seni {öldüreceğim|öldürecegim|öldürcem|oldurcem|öldürücem|oldurucem|öldürecem|gebertecegim|gebertcem|geberticem|bıçaklayacağım|bıçaklıcam|bicaklicam|bıçaklicam|vuracağım|vurcam|vurucam|doğrayacağım|doğrıcam|kesecem|kescem}', 'onu {öldüreceğim|öldürcem|öldürücem|öldürecem|bıçaklayacağım|bıçaklıcam|bicaklicam|vuracağım|vurcam|vurucam|gebertcem}',
      'kafana {sıkacağım|sıkcam|sıkıcam|sikcam|sıkarım}', '{yanımda|yanimda|çantamda|cantamda|cebimde} {bıçak|bicak|çakı|caki|sustalı|silah|tabanca|kurusıkı|muşta} {var|taşıyorum|tasiyorum|getirdim}', '{bıçak|bicak|silah|tabanca|kurusıkı|pompalı} {nereden|nerden} {alınır|alinir|bulurum|bulabilirim|alabilirim}', 'ruhsatsız silah', 'ruhsatsiz silah',
    ] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['kumar', 'kumar oynamak', 'kumar oynuyorum', 'kumar bağımlısı', 'kumarda kaybettim', 'bahiste kaybettim', 'bahis oynamak', 'bahis oynuyorum', 'bahis oynadım', 'bahis sitesi', 'bahis siteleri', 'kaçak bahis', 'kacak bahis', 'canlı bahis', 'canli bahis', 'iddaa oynuyorum', 'iddaa oynamak', 'iddaa oynadım', 'iddaa kuponu', 'kupon yaptım', 'kupon yattı', 'kupon yatti', 'casino sitesi', 'online casino', 'slot oynuyorum', 'sweet bonanza', 'gates of olympus', 'aviator oynuyorum', 'rulet oynuyorum', 'bahis bağımlılığı', 'bahis bagimliligi', 'kumar bagimliligi'] },
  ],
  rules: [
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@harm', '@want'], window: 3 },
    { id: 'will-kill-self', category: 'suicide-self-harm', severity: 5, all: ['@selfkill'], window: 3 },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideword'], window: 5 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@sdeath', '@smeans', '@stime', '@sfarewell', '@shopeless'], atLeast: 3, window: 14 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@cut', '@hide'], window: 6 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@parents', '@secret'], window: 3, ordered: true },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 10 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 10 },
    { id: 'pic-in-clothing', category: 'grooming-cse', severity: 4, all: ['@showcam', '@clothes'], window: 6 },
    { id: 'wish-not-wake', category: 'suicide-self-harm', severity: 4, all: ['@wish', '@nowake'], window: 4, ordered: true },
    { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@cond', '@expose', '@media'], window: 12 },
    { id: 'private-app-unseen', category: 'grooming-cse', severity: 4, all: ['@checks', '@moveapp'], window: 12 },
    { id: 'school-warning', category: 'weapons-violence', severity: 5, all: ['@dontcome', '@serious'], window: 12 },
    { id: 'extremist-call', category: 'extremism', severity: 4, all: ['@extvocab', '@extcall'], window: 14 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@gcontact', '@gsecret', '@gmeet', '@gpics', '@gage', '@ggift', '@gflatter', '@galone', '@gprivapp'], atLeast: 3, window: 14 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'better-if-you-died', category: 'bullying-abuse', severity: 4, all: ['@ydbetter', '@youdie'], window: 6 },
    { id: 'cl-offer', category: 'grooming-cse', severity: 4, all: ['@clmoney', '@cltask', '@clhook'], window: 24 },
    { id: 'weapon-to-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@bring', '@school'], window: 10 },
    { id: 'weapon-at-school', category: 'weapons-violence', severity: 4, all: ['@weapon', '@school'], window: 4 },
    { id: 'threat', category: 'weapons-violence', severity: 4, all: ['@threat'], window: 4 },
    { id: 'threat-with-weapon', category: 'weapons-violence', severity: 5, all: ['@threat', '@weapon'], window: 8 },
    { id: 'threat-at-school', category: 'weapons-violence', severity: 5, all: ['@threat', '@school'], window: 8 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@bomb', '@howto', '@make'], window: 6 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extfigure', '@extsupport'], window: 5 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@extgroup', '@join'], window: 6 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@worship', '@attack'], window: 5 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@extoutgroup', '@extviolence'], window: 5 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 6 },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 10 },
  ],
  senses: [
    { id: 'idioms', categories: 'all', scope: 'overlap', phrases: [
      // "dying of laughter / hunger / boredom", "mum will kill me", "bomb" = great
      '{gülmekten|gulmekten|kahkahadan|açlıktan|acliktan|sıcaktan|sicaktan|soğuktan|soguktan|sıkıntıdan|sikintidan|uykusuzluktan|yorgunluktan|meraktan|heyecandan|korkudan|utançtan|utancimdan|utancımdan|kıskançlıktan|stresten|can sıkıntısından} {öldüm|oldum|ölüyorum|oluyorum|ölcem|olcem|öleceğim|olecegim|ölücem|ölmek üzereyim|geberdim|geberiyorum|öldük|ölüyoz|kırıldım|öleyim}', '{öldüm|oldum|ölüyorum|ölcem|öleceğim|geberdim|geberiyorum} {gülmekten|açlıktan|sıcaktan|soğuktan|sıkıntıdan|yorgunluktan|stresten}',
      '{annem|babam|ailem|öğretmen|ogretmen|hocam|abim|ablam|annemler} {beni} {öldürecek|öldürcek|oldurcek|öldürür|öldürücek|gebertecek|kesecek|vuracak|yiyecek}', '{annem|babam|ailem|annemler} {öldürecek beni|öldürcek beni|öldürür beni|beni öldürecek}',
      'ölüyorum sana', 'ölürüm sana', 'sana ölüyorum', 'ölümüne seviyorum', 'ölümüne', 'öldürdün beni', 'beni öldürdün ya', 'öldürdün beni ya', 'öldüm bittim', 'ölü gibi uyudum', 'ölüm gibi uyku', 'kendimi öldürdüm gülmekten', 'kendimi öldürdüm çalışmaktan', 'kendimi öldürüyorum çalışmaktan', 'kendimi paraladım',
      'bomba gibi', 'bomba gibisin', 'bomba gibi kız', 'bomba haber', 'bomba gibi geldi', 'bomba etkisi', 'bomba transfer', 'kalori bombası', 'vitamin bombası', 'lezzet bombası', 'çikolata bombası', 'banyo bombası', 'sis bombası', 'duman bombası', 'bomba gibi bir şarkı', 'ortalığı yıktı', 'yıktı geçti', 'kırdı geçirdi', 'fena vurdu', 'kalbimi vurdu', 'kalbimden vurdu', 'aşk vurdu', 'gol attı',
      'vakit öldürmek', 'zaman öldürmek', 'vakit öldürüyorum', 'zaman öldürüyorum', 'process öldür', 'işlemi sonlandır', 'uygulamayı kapat', 'kesme tahtası', 'ekmek bıçağı', 'meyve bıçağı', 'mutfak bıçağı', 'pasta bıçağı', 'tereyağı bıçağı', 'bıçak sırtı', 'bıçak gibi', 'bıçakla kesilmiş gibi', 'soğan doğra', 'domates doğra', 'pastayı kes', 'pastayi kes', 'kağıdı kes', 'saçımı kestim', 'saçlarımı kestim', 'tırnaklarımı kestim', 'elimi kestim', 'parmağımı kestim', 'parmagimi kestim', 'kestim elimi', 'elimi kestim yanlışlıkla',
      '{bakterileri|mikropları|mikroplari|virüsü|virüsleri|mantarı|bitleri|böcekleri|ağrıyı|agriyi|kanser hücrelerini} öldürür', 'silah arkadaşı', 'silahlı kuvvetler', 'su tabancası', 'su tabancasi', 'oyuncak silah', 'oyuncak tabanca', 'nerf silahı', 'boya tabancası', 'silikon tabancası', 'tutkal tabancası', 'saç kurutma',
      'hediye sürpriz', 'sürpriz parti', 'surpriz parti', 'doğum günü sürprizi', 'dogum gunu', 'doğum günü', 'anneler günü', 'babalar günü', 'sürpriz yapacağız', 'kimseye söyleme sürpriz', 'sınıf fotoğrafı', 'okul fotoğrafı', 'vesikalık', 'vesikalik', 'toplu fotoğraf', 'ödev fotoğrafı', 'ödevin fotoğrafını', 'odevin fotografini',
      'intihar etme', 'intihar etmeyin', 'kendine zarar verme lütfen', 'ölmek yok', 'ölmeyeceksin', 'ölmeyecek',
    ] },
    // a surprise party or present is the everyday reason to keep something from a parent
    // a named relative in the text: the age gap is family, not an adult stranger
    { id: 'family', categories: ['grooming-cse'], scope: 'text', phrases: ['kuzenim', 'kuzenimle', 'abim', 'abimle', 'ablam', 'ablamla', 'amcamın oğlu', 'dayımın oğlu', 'teyzemin oğlu', 'halamın oğlu', 'ağabeyim', 'dedem', 'babaannem', 'anneannem'] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['sürpriz', 'surpriz', 'doğum günü', 'dogum gunu', 'doğum gününe', 'doğum günü partisi', 'anneler günü', 'babalar günü', 'sürpriz parti'] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['pubg', 'free fire', 'freefire', 'fortnite', 'minecraft', 'valorant', 'cs go', 'csgo', 'counter strike', 'call of duty', 'roblox', 'gta', 'oyunda', 'oyunda beni', 'oyundan', 'oyunu', 'maçta', 'macta', 'rank', 'rekabetçi', 'headshot', 'kafadan vurdum', 'bombayı kurdum', 'bombayi kurdum', 'bomba kurmak', 'bombayı imha', 'lobi', 'skin', 'karakterim', 'level'] },
    { id: 'study', categories: 'all', scope: 'text', phrases: [
      // topic words, not everyday school words: a threat often names the lesson or the exam
      'nedir', 'ne demek', 'ne anlama gelir', 'rehberlik dersinde', 'rehberlik dersi', 'tarih dersi', 'tarih dersinde', 'tarih ödevi', 'din dersi', 'ödev', 'odev', 'ödevim', 'ödevi', 'proje', 'projem', 'sunum', 'sunumu', 'makale', 'kompozisyon', 'konu anlatımı', 'konusu', 'birinci dünya savaşı', 'ikinci dünya savaşı', 'dünya savaşı', 'kurtuluş savaşı', 'çanakkale', 'osmanlı', 'haçlı seferleri', 'holokost', 'soykırım tarihi',
      'dizi', 'dizisi', 'dizide', 'film', 'filmi', 'filmde', 'anime', 'animede', 'roman', 'romanı', 'romanda', 'kitap', 'kitabı', 'kitapta', 'hikaye', 'hikayesi', 'öykü', 'şarkı', 'şarkısı', 'sarki', 'şiir', 'klip', 'belgesel',
      'ramazan', 'oruç', 'oruc', 'orucum', 'iftar', 'sahur', 'dini', 'hutbe', 'kuran', 'ayet',
    ] },
    // news, health and help-seeking: not for grooming or bullying, where a child may be telling of the police or a doctor
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: [
      'haber', 'haberi', 'haberde', 'haberlerde', 'son dakika', 'gazete', 'gazetede', 'mahkeme', 'tutuklandı', 'gözaltına', 'hayatını kaybetti', 'öldürüldü', 'cinayet', 'dava',
      'doktor', 'doktora', 'doktorum', 'psikolog', 'psikoloğa', 'psikiyatrist', 'terapi', 'terapist', 'rehber öğretmen', 'rehberlik', 'rehberlik servisi', 'hastane', 'tedavi', 'yardım hattı', 'destek hattı', 'alo 183', '183', 'nasıl yardım edebilirim', 'nasil yardim edebilirim', 'arkadaşıma nasıl yardım', 'nasıl yardım ederim', 'önleme', 'önlemek', 'farkındalık', 'bilinçlendirme', 'zararları', 'zararlari', 'tehlikeleri', 'belirtileri', 'istatistik', 'istatistikleri',
    ] },
  ],
};

/**
 * Everyday wordings added in a second pass (frames, not sentences), with and without ğ/ş/ı and in
 * chat spelling ("bi", "atsana"): a picture request × secrecy or gifts, an adult age × "sorun
 * değil", sextortion; "neden yaşıyorum ki"; where to find "ot"; "seni bıçaklıcam".
 * Concept names `h6…` are new.
 */
const more: PackPart = {
  concepts: {
    h6picreq: ['{bi|bir} {foto|fotoğraf|fotograf|resim|selfie} {at|atsana|atar mısın|atar misin|gönder|gonder|yolla|yollasana}', '{fotoğrafını|fotografini|fotonu|resmini|videonu} {at|atsana|gönder|gonder|yolla|yollasana|istiyorum|görmek istiyorum}', '{bi|bir} {foto|fotoğraf|fotograf|resim|selfie} {atarsan|gönderirsen|gonderirsen|yollarsan}', 'kamerayı aç', 'kamerayi ac', 'kameranı aç', 'kamerani ac', 'görüntülü ara', 'goruntulu ara', 'iç çamaşırıyla', 'ic camasiriyla', 'yatakta bi foto', 'üstünü çıkar', 'ustunu cikar'],
    h6hush: ['kimseye söyleme', 'kimseye soyleme', 'kimseye deme', 'kimseye anlatma', 'kimse bilmesin', 'aramızda kalsın', 'aramizda kalsin', 'annene söyleme', 'annene soyleme', 'ailene söyleme', 'ailene soyleme', 'sonra sil', 'mesajları sil', 'mesajlari sil', 'konuşmayı sil', 'konusmayi sil', 'sırrımız', 'sirrimiz'],
    h6gift: ['sana {para|hediye|telefon|uc|elmas|skin} {atarım|atarim|alırım|alirim|gönderirim|gonderirim|veririm}', 'para atarım', 'para atarim', 'uc atarım', 'uc atarim', 'elmas atarım', 'elmas atarim', 'robux'],
    h6askage: ['kaç yaşındasın', 'kac yasindasin', 'kaç yaşındasın sen', 'yaşın kaç', 'yasin kac', 'kaç yaşındaydın', 'kaçıncı sınıfsın', 'kacinci siniftasin', 'kaçıncı sınıftasın'],
    h6selfadult: [`{ben|benim yaşım|yaşım|bende} ${AGE_ADULT}`, `${AGE_ADULT} yaşındayım`, `${AGE_ADULT} yasindayim`],
    h6agedismiss: ['sorun değil', 'sorun degil', 'önemli değil', 'onemli degil', 'fark etmez', 'farketmez', 'yaş sadece bir sayı', 'yas sadece bir sayi', 'dert etme', 'kafana takma'],
    h6nudes: ['çıplak fotoğraflarımı', 'ciplak fotograflarimi', 'çıplak fotolarımı', 'ciplak fotolarimi', 'çıplak fotoğraf', 'ciplak fotograf', 'müstehcen', 'mustehcen', 'nudes', 'özel fotolarımı', 'ozel fotolarimi'],
    h6extort: ['para istiyor', 'para vermezsem', 'herkese atacak', 'herkese yayacak', 'internete koyacak', 'okula atacak', 'aileme atacak', 'şantaj', 'santaj'],
    extvocab: ['ırkımızı korumak', 'irkimizi korumak', 'ırkımız için', 'irkimiz icin', 'türk ırkı', 'turk irki'],
    extcall: ['savaşmalıyız', 'savasmaliyiz', 'silahlanmalıyız', 'silahlanmaliyiz', 'temizlemeliyiz'],
    h6nofood: ['bir şey yemedim', 'bir sey yemedim', 'bişey yemedim', 'bisey yemedim', 'hiçbir şey yemedim', 'yemek yemedim', 'yemiyorum', 'aç kalıyorum', 'ac kaliyorum', 'kusuyorum'],
    h6kilo: ['kilo vermem', 'kilo vermek', 'kilo vermeliyim', 'zayıflamam', 'zayiflamam', 'zayıflamak', 'zayiflamak', 'hala şişmanım', 'hala sismanim', 'çok şişmanım', 'cok sismanim'],
    h6ifgone: ['ben gitsem', 'gitsem', 'ölsem', 'olsem', 'ben olmasam', 'olmasam', 'kaybolsam', 'ortadan kaybolsam', 'ben ölünce', 'ben olunce'],
    h6nobody: ['kimse fark etmez', 'kimse farketmez', 'kimse fark etmezdi', 'kimse üzülmez', 'kimse uzulmez', 'kimse aramaz', 'kimsenin umurunda olmaz', 'kimse ağlamaz', 'kimse aglamaz'],
    h6undress: ['soyun', 'soyunursam', 'soyunmamı', 'soyunmami', 'soyunmam', 'çıplak', 'ciplak', 'üstümü çıkarırsam', 'ustumu cikarirsam'],
    h6camcash: ['kamera', 'kamerada', 'görüntülü', 'goruntulu', 'para vereceğini', 'para verecegini', 'para verecek', 'para veririm', 'para atarım', 'para atarim', 'uc atarım', 'elmas atarım', 'robux'],
    h6classgroup: ['sınıf grubuna', 'sinif grubuna', 'sınıf grubunda', 'gruba', 'grupta', 'story', 'hikayeye'],
    h6mocked: ['dalga geçtiler', 'dalga gectiler', 'rezil ettiler', 'alay ettiler', 'benim videomu', 'benim fotomu'],
    // "I'll kill you if you're late again": a threat over a trivial thing is banter
    xtrivial: ['geç {kalırsan|kalırsanız|kalmışsın}', '{unutursan|unutmuşsun|kaybedersen|kaybetmişsin|yersen|yemişsin|bozarsan|bozmuşsun|kırarsan|kırmışsın|dökersen}', 'spoiler {verirsen|atarsan}'],
    h6gotwhere: ['nereden', 'nerden', 'kimden', 'nerde', 'nerede', 'kimde'],
    h6ot: ['ot', 'esrar', 'skunk', 'bonzai', 'kokain', 'hap'],
    h6find: ['var', 'bulurum', 'bulabilirim', 'alırım', 'alirim', 'alabilirim', 'bulunur', 'satılır', 'satilir', 'satıyor', 'satiyor'],
  },
  terms: [
    { id: 'secret-about-us', category: 'grooming-cse', severity: 4, phrases: ['bizden {bahsetme|kimseye bahsetme}', 'bizi kimseye söyleme', 'bizi kimseye soyleme', '{konuştuğumuzu|konustugumuzu|yazıştığımızı|yazistigimizi} kimseye {söyleme|soyleme|anlatma}', '{konuştuğumuzu|konustugumuzu|yazıştığımızı|yazistigimizi} kimse bilmesin'] },
    { id: 'threat-to-share', category: 'grooming-cse', severity: 4, phrases: ['{fotoğraflarımı|fotograflarimi|fotolarımı|fotolarimi|videomu} yaymakla tehdit', 'yaymakla tehdit ediyor', 'herkese atmakla tehdit'] },
    { id: 'why-live', category: 'suicide-self-harm', severity: 4, phrases: ['neden yaşıyorum ki', 'neden yasiyorum ki', 'niye yaşıyorum', 'niye yasiyorum', 'yaşamaktan bıktım', 'yasamaktan biktim', 'yaşamaktan yoruldum', 'yasamaktan yoruldum', 'hayattan bıktım', 'hayattan biktim', 'artık dayanamıyorum yaşamaya', 'yaşamak için bir sebebim yok', 'yasamak icin bir sebebim yok', 'bir daha uyanmak istemiyorum', 'sonsuza kadar uyumak istiyorum', 'ortadan kaybolmak istiyorum'] },
    { id: 'threat-wait', category: 'weapons-violence', severity: 4, phrases: ['seni doğrayacağım', 'seni dograyacagim', 'seni bıçaklayacağım', 'seni bicaklayacagim', 'seni bıçaklıcam', 'seni bicaklicam', 'seni vurucam', 'seni vuracağım', 'seni öldürücem', 'seni oldurucem'] },
  ],
  rules: [
    { id: 'starve-kilos', category: 'suicide-self-harm', severity: 4, all: ['@h6nofood', '@h6kilo'], window: 12 },
    { id: 'nobody-notice-gone', category: 'suicide-self-harm', severity: 4, all: ['@h6ifgone', '@h6nobody'], window: 8 },
    { id: 'undress-cam-cash', category: 'grooming-cse', severity: 5, all: ['@h6undress', '@h6camcash'], window: 12 },
    { id: 'group-to-mock', category: 'bullying-abuse', severity: 3, all: ['@h6classgroup', '@h6mocked'], window: 10 },
    { id: 'pics-secret', category: 'grooming-cse', severity: 4, all: ['@h6picreq', '@h6hush'], window: 16 },
    { id: 'pics-for-gifts', category: 'grooming-cse', severity: 4, all: ['@h6gift', '@h6picreq'], window: 14 },
    { id: 'adult-age-egal', category: 'grooming-cse', severity: 4, all: ['@h6askage', '@h6selfadult', '@h6agedismiss'], window: 14 },
    { id: 'sextortion', category: 'grooming-cse', severity: 5, all: ['@h6nudes', '@h6extort'], window: 14 },
    { id: 'where-find-drugs', category: 'drugs', severity: 3, all: ['@h6gotwhere', '@h6ot', '@h6find'], window: 4, ordered: true },
  ],
  senses: [
    { id: 'everyday-more', categories: 'all', scope: 'overlap', phrases: ['gülmekten {öldüm|ölüyorum|ölücem|ölücez|öldük}', 'gulmekten {oldum|oluyorum|olucem}', '{öldüm|ölüyorum|oldum|oluyorum} gülmekten', '{öldüm|ölüyorum|oldum|oluyorum} gulmekten', '{açlıktan|aclıktan|acliktan|sıcaktan|sicaktan|uykusuzluktan|stresten} {ölüyorum|oluyorum|öldüm|oldum}', 'ot topla', 'ot topluyoruz', 'yabani ot', 'ot ilacı', 'ot ilaci', 'baş ağrısı için hap', 'bas agrisi icin hap'] },
    { id: 'banter-if', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@threat', '@xtrivial'], window: 8 },
    { id: 'garden', categories: ['drugs'], scope: 'text', phrases: ['bahçe*', 'bahce*', 'tohum*', 'fide', 'saksı*', 'saksi*', 'çiçek*', 'cicek*', 'tavşan*', 'tavsan*', 'hamster*', 'kaplumbağa*', 'hayvanlar için', 'inek*', 'koyun*'] },
  ],
};

export const tr: LanguagePack = extendPack(base, more);
