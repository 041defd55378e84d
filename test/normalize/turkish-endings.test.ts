import { describe, it, expect } from 'vitest'
import { turkishCaseForms, turkishTitleOnly } from '../../src/normalize/turkish-endings'
import { writesTurkish } from '../../src/normalize/script-languages'
import { detectLanguage } from '../../src/language'

describe('turkishCaseForms: one Turkish name in two cases, not a name respelt', () => {
  it.each([
    ["Ankara'da", "Ankara'ya", true],
    ["Hasan Aydın'ı", 'Hasan Aydın', true],
    ["Ali Çelik'in", 'Ali Çelik’i', true],
    ["Türkiye'nin ABD'ye", "Türkiye'den ABD'ye", true],
    ["Şubat'a", "Şubat'ta", true],
    ["Karlıova Devlet Hastanesi'ni", "Karlıova Devlet Hastanesi'nde", true],
    ['Devlet Hastanesi', 'Devlet Hastanesinde', true],
    ['Uncalı Mezarlığına', 'Uncalı Mezarlığında', true],
    ['Uncalı Mezarlık', 'Uncalı Mezarlığı', true],
    ['İsrail Sağlık Bakanlığından', 'İsrail Sağlık Bakanlığının', true],
    ['Anneler Gününde', "Anneler Günü'nde", true],
    ['AMASYA’da', "Amasya'da", true],
    // a title before the name names no one else
    ['İngiltere Başbakanı Boris Johnson', 'Başbakan Boris Johnson', true],
    ['Muhtar Ali Yılmaz', 'Ali Yılmaz', true],
    // traps: a respelt stem stays two, and so do two names or two lengths of name
    ['Abdullah', 'Abdulah', false],
    ['Abdulaziz', 'Abdülaziz', false],
    ['Bosna Hersek', 'Bosna Herkes', false],
    ["Pegausu'nun", "Pegasus'un", false],
    ['Selin', 'Sela', false],
    ['Mehmet Kara', 'Mehmet Karaca', false],
    ["İstanbul Havalimanı'ndan", "İstanbul'a", false],
    ['Başbakan Boris Johnson', 'Başbakan', false],
    ['Vali Ali Yılmaz', 'Vali Ali Yıldız', false],
    ['Uncalı Mezarlığı', "Uncalı Mezarlığı'na", true],
    ['Mezarlığına', 'Mezarlığında', true],
    // traps (review): a bare final vowel, -su after a consonant and a final ğ are a name's own letters
    ['Nur Yılmaz', 'Nuri Yılmaz', false],
    ['Sami Kaya', 'Sam Kaya', false],
    ['Ahmet Akar', 'Ahmet Akarsu', false],
    ['Ahmet Tuncel', 'Ahmet Tunceli', false],
    ["Nur'un", "Nuri'nin", false],
    ['Ertuğ Kaya', 'Ertuk Kaya', false],
    ['Sabri Kaya', 'Sabrı Kaya', false],
    ['Hüsnü Kaya', 'Hüsnu Kaya', false],
    // a title word last is the name's own (Muhtar Kent); a title inside a place's name is the place's
    ['Ahmet Muhtar', 'Ahmed Muhtar', false],
    ['Ahmet Başkan', 'Ahmed Başkan', false],
    ['Vali Konağı', 'Kaymakam Konağı', false],
    // a sentence's opening common noun declined without an apostrophe, read into the name: no name of its own
    ["Hükümeti Erdoğan'ın", 'Hükümetin Erdoğan', true],
    ['Bakanlığı Ankara', 'Bakanlığın Ankara', true],
    // traps: two given names a letter or an ending apart stay two people
    ['Emine Erdoğan', 'Emin Erdoğan', false],
    ['Ahmet Yılmaz', 'Mehmet Yılmaz', false],
    ['Selim Kaya', 'Selime Kaya', false],
  ])('%s / %s', (a, b, same) => {
    expect(turkishCaseForms(a, b)).toBe(same)
  })
})

describe('turkishTitleOnly: a title alone is no name', () => {
  it.each([
    ['Muhtar', true],
    ['Başkan', true],
    ['Vali', true],
    ['Cumhurbaşkanı', true],
    ['Dr.', true],
    ['Muhtar Ali', false],
    ['Ahmet Muhtar', false],
    ['Ahmet Başkan', false],
    ['Başkan Yardımcısı', true],
    ['Ankara', false],
    ['Bakanlık', false],
  ])('%s', (text, only) => {
    expect(turkishTitleOnly(text)).toBe(only)
  })
})

// The opening of an AA report (SemEval-2022 Task 8 training set, not the Turkish gold's): franc reads it as Bambara.
const TR = "İsrail'de Kovid-19 vaka sayısı 8 bin 600'ü aştı İsrail'de Kovid-19 vaka sayısı 8 bin 600'ü aştı İsrail'de Kovid-19 vaka sayısı 8 bin 611'e ulaşırken, can kaybı 51'e çıktı. Mustafa Deveci | 06.04.2020 İsrail Sağlık Bakanlığından yapılan yazılı açıklamada, yeni tip koronavirüs (Kovid-19) teşhisi konulan iki hastanın daha yaşamını yitirdiği belirtildi. Ülkede böylece virüs nedeniyle hayatını kaybedenlerin sayısı 51'e yükseldi. 585 kişi iyileşti Açıklamada ayrıca İsrail'de 181 kişide daha Kovid-19 tespit edildiği ve toplam vaka sayısının 8 bin 611'e çıktığı aktarıldı. Hastalardan 141'inin durumunun ağır olduğu, 585 kişinin de iyileştiği kaydedildi. İsrail'de Kovid-19 önlemleri kapsamında tüm okullarda eğitime ara verilirken, ikiden fazla kişinin bir araya gelmesi de yasak eczane, akaryakıt istasyonları ve bankalar dışında birçok ticari işletmenin 15 Mart'tan itibaren kapatılmasına karar verilmişti. Tel Aviv yönetimi, virüs nedeniyle İsrail'de ikamet edenler hariç tüm yabancıların ülkeye g"
const AZ = 'Azərbaycan Respublikasının Prezidenti bu gün Bakıda keçirilən görüşdə çıxış edib. O, ölkənin iqtisadi inkişafı üçün yeni layihələrin həyata keçiriləcəyini və regionda sülhün möhkəmləndirilməsi üçün səylərin davam etdiriləcəyini bildirib. Görüşdə nazirlər də iştirak ediblər.'
const TK = 'Türkmenistanyň Prezidenti şu gün Aşgabatda geçirilen maslahatda çykyş etdi. Ol ýurduň ykdysady ösüşi üçin täze taslamalaryň durmuşa geçiriljekdigini we sebitde parahatçylygyň berkidilmegi ugrundaky tagallalaryň dowam etdiriljekdigini belledi.'
const EN = 'President Recep Tayyip Erdoğan met Ali Çağlayan and Ayşe Doğan in Ağrı and Iğdır on Monday, the ministry said in a statement that followed the talks with regional officials.'
// An English report quoting one Turkish sentence (review): English still.
const EN_QUOTE = 'ISTANBUL — Opposition leader Kemal Kılıçdaroğlu told supporters in Iğdır on Sunday: "Bu seçim bir milat olacak ve kimse bunu durduramaz." Nuri Yılmaz, the party\'s candidate in Ağrı, joined him on the stage. Yılmaz later told reporters that turnout in Ağrı and Iğdır would be high.'
// Tatar (Zamanalif) and Kazakh in Latin letters write ı and ğ, bu and bir, but ä, ñ, q too.
const TT = 'Tatarstan Respublikası Rusiyä Federatsiyäseneñ ber subyektı. Bu respublikada küp millät keşeläre yäşi. Qazan şähäre bu respublikanıñ başqalası buluı belän tanılğan. Bu şähärdä bik küp tarıhi biná bar, alarnıñ berse – Qazan Kremle. Bu yaqta tatar tele häm rus tele däülät telläre bulıp sanala.'
const KK = 'Qazaqstan Respublıkasy – Orta Azıadağy memleket. Bul eldıñ astanasy Astana qalasy. Bır jyl ışınde bu aimaqta köp oqiğa boldy. Bır künı bu qalağa şeteldık qonaqtar keldı jäne bu jerde bır ülken jiyn ötti. Halyq sany 19 millionnan asady.'
const VI = 'Người dân thành phố Hồ Chí Minh đã chứng kiến trận mưa lớn nhất trong nhiều năm qua, theo đài khí tượng.'

describe('a Turkish report franc misreads is read as Turkish by its letters and words', () => {
  it.each([
    ['Turkish news franc reads as Bambara', TR, 'tur'],
    // traps: Azerbaijani writes ı and ğ with ə, Turkmen neither; Turkish names in English prose; Vietnamese
    ['Azerbaijani', AZ, 'azj'],
    ['Turkmen', TK, 'tuk'],
    ['English with Turkish names', EN, 'eng'],
    ['Vietnamese', VI, 'vie'],
    ['English quoting Turkish', EN_QUOTE, 'eng'],
  ])('%s', (_name, text, language) => {
    expect(detectLanguage(text)).toBe(language)
  })

  it.each([
    ['Turkish', TR, true],
    ['Azerbaijani', AZ, false],
    ['Turkmen', TK, false],
    ['English with Turkish names', EN, false],
    ['Tatar in Latin letters', TT, false],
    ['Kazakh in Latin letters', KK, false],
  ])('writesTurkish: %s', (_name, text, turkish) => {
    expect(writesTurkish(text)).toBe(turkish)
  })
})
