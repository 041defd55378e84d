/**
 * The words around numerals, per language: multipliers, currencies, units,
 * durations, numeral words, and the context words that tell an ordinal, a
 * weekday or a count. Data for numbers.ts and the readers it calls
 * (numeral-words.ts, count-units.ts).
 */
import { foldWord } from '../../../normalize/fold'
import { EN_NUMBERS, EN_ORDINALS, MULTIPLIERS, VI_AFTER_TENS, VI_DIGITS, WIRE_SCALES } from '../../../normalize/number-words'
import { keys } from '../fact-tokens'

export { EN_NUMBERS, EN_ORDINALS, MULTIPLIERS, VI_AFTER_TENS, VI_DIGITS, WIRE_SCALES }

// Only next to a currency: "$5m", "$150b", "5tr đồng".
export const SHORT_MULTIPLIERS: ReadonlyMap<string, number> = new Map([['k', 1e3], ['m', 1e6], ['b', 1e9], ['bn', 1e9], ['tr', 1e6], ['mn', 1e6]])
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    usd: 'usd', đô: 'usd', đôla: 'usd', 'đô-la': 'usd', dollar: 'usd', dollars: 'usd', đồng: 'vnd', vnd: 'vnd', vnđ: 'vnd', đ: 'vnd', dong: 'vnd',
    euro: 'eur', euros: 'eur', eur: 'eur', won: 'krw', krw: 'krw', yên: 'jpy', yen: 'jpy', jpy: 'jpy', yuan: 'cny', ndt: 'cny', cny: 'cny', rmb: 'cny',
    gbp: 'gbp', bảng: 'gbp', pound: 'gbp', pounds: 'gbp',
    // Russian, in the cases a count puts them in (1 доллар, 2 доллара, 5 долларов)
    доллар: 'usd', доллара: 'usd', долларов: 'usd', долларах: 'usd', евро: 'eur', фунт: 'gbp', фунта: 'gbp', фунтов: 'gbp',
    рубль: 'rub', рубля: 'rub', рублей: 'rub', руб: 'rub',
  }).map(([k, v]) => [foldWord(k), v] as const),
)
// "Rp 3 miliar" writes Indonesia's rupiah as a sign before the sum, as "$" is
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([['$', 'usd'], ['€', 'eur'], ['£', 'gbp'], ['¥', 'jpy'], ['₩', 'krw'], ['₫', 'vnd'], ['₽', 'rub'], ['₺', 'try'], ['₹', 'inr'], ['Rp', 'idr']])
/**
 * Currency words read only in a document of their language: "real" and "lira" are words of other senses
 * elsewhere, "TL" a Vietnamese road, "zł" and "Kč" cut short. By ISO 639-3 code, as number-words' tables are.
 */
export const LANGUAGE_CURRENCIES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries({
    por: 'real:brl reais:brl dólar:usd dólares:usd',
    spa: 'dólar:usd dólares:usd',
    ita: 'dollaro:usd dollari:usd sterline:gbp',
    deu: 'dollar:usd franken:chf',
    fra: 'livre:gbp livres:gbp',
    tur: 'lira:try liras:try lirası:try tl:try dolar:usd dolarlık:usd avro:eur',
    ind: 'rupiah:idr dolar:usd',
    ces: 'koruna:czk koruny:czk korun:czk kč:czk dolarů:usd dolary:usd dolar:usd eur:eur',
    pol: 'złoty:pln złote:pln złotych:pln zł:pln dolar:usd dolary:usd dolarów:usd',
    rus: 'руб:rub',
  }).map(([language, list]) => [language, new Map(list.split(' ').map((pair) => [foldWord(pair.split(':')[0]!), pair.split(':')[1]!] as const))] as const),
)
/** The currency a word names in a document of `language`, in any language's table first. */
export const currencyIn = (key: string, language: string | undefined): string | undefined =>
  CURRENCY_WORDS.get(key) ?? (language === undefined ? undefined : LANGUAGE_CURRENCIES.get(language)?.get(key))
// "R$ 1,2 bilhão": Brazil's real, its letter glued to the dollar sign
export const DOLLAR_PREFIX: ReadonlyMap<string, string> = new Map([['r', 'brl'], ['us', 'usd'], ['s', 'sgd'], ['a', 'aud'], ['c', 'cad'], ['hk', 'hkd'], ['nt', 'twd'], ['nz', 'nzd']])
export const DURATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    năm: 'year', tháng: 'month', tuần: 'week', ngày: 'day', giờ: 'hour', tiếng: 'hour', phút: 'minute', giây: 'second',
    year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day',
    hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute', second: 'second', seconds: 'second', decade: 'decade', decades: 'decade',
  }).map(([k, v]) => [foldWord(k), v] as const),
)
// Case matters: "5G" and "3K" are names, "5g" and "3kg" are measures.
// Speeds too: "a 149mph serve", "85-mph winds" (a speed glued to its unit was read as no figure at all).
export const MEASURES = new Set('km kg cm mm m g ft lb ha tấn MW kW GW kWh GB MB TB ml m2 km2 m3 mph kph км кг см мм м га'.split(' '))
// "lớp 8", "đợt 2", "lần 3", "tập 85": the number names one of a series; the next word is not what it counts.
export const SERIES_NOUNS = keys('lớp đợt lần tập kỳ top số phần chương điều khoản mục vòng bảng khối tầng phòng quận phường khu tuyến đường chặng hiệp phút ván game set mùa học nhóm hạng cấp đoạn pha quý mũi vọng độ tư thị')
export const RANGE_JOIN = new Set(['-', '\u2013', 'đến', 'tới', 'to'].map(foldWord))
export const STOP = keys(
  'và hoặc của là có được đã với ở tại trong cho đến từ tới trên dưới so khi thì mà này đó nên để về sau trước theo bị do vì lên xuống hơn nữa cũng còn chỉ mới vào ra qua nay rồi như hay sẽ đang các những mỗi sáng trưa chiều tối đêm bằng rất cần đều ' +
    'and or of the a an to in on at for from with by is are was were as than after before more less per each this that',
)
/**
 * Words that open the next clause ("to 9,090 while the Nasdaq …", "tandis que", "sementara"): never what a
 * figure counts, nor part of its move. "and"/"và" are in STOP already, which pairing reads as well.
 */
export const CLAUSE_OPENERS = keys(
  'while whilst whereas but when if since until because though although unless nor yet nhưng tuy tandis mais lorsque quand puisque während aber wenn weil mientras pero cuando enquanto mas quando sementara tetapi namun ketika',
)
export const YEAR_LEAD = keys('năm in since until')
export const ORDINAL_PREFIX = keys('thứ hạng')
export const ORDINAL_BEFORE = keys('lớn nhỏ cao thấp đứng xếp hạng lần vị giải lượt vòng chặng kỳ khóa tập phần người')
export const WEEKDAY_BEFORE = keys('vào ngày hôm sáng trưa chiều tối đêm rạng các mỗi hằng hàng từ đến tới')
export const WEEKDAY_AFTER = keys('tuần này tới vừa qua')
// Word numerals count only before one of these: "ba ngày", "hai nước"; never "ba mẹ", "đầu tư".
export const CLASSIFIERS = keys(
  'người ngày tuần tháng năm giờ tiếng phút giây nước quốc tỉnh thành lần chiếc con cái tàu bên đội trận bàn điểm ca vụ đợt nhóm doanh công kỳ cầu mũi liều chuyến cuộc huy em cháu học thành nhà căn ngôi hộ tầng bài phiên vòng hiệp tuổi thế thập kỷ bệnh triệu tỷ nghìn ngàn vạn trăm mươi chục',
)
// "8/9 giải", "60/63 tỉnh": things counted whole, so x/y before them is x of y, not a fraction of one ("2/3 diện tích", "1/2 ngày")
export const OF_COUNTED = keys('giải trận ván tỉnh nước quốc người đội bàn chiếc vụ ca nhóm doanh công trường bệnh')
// "đầu năm", "mỗi năm", "cả năm": words that take a year, so "năm" after them is the year even before a share word
export const YEAR_TAKERS = keys('đầu cuối giữa trong mỗi hằng hàng cả suốt nửa sang quanh từng')
export const FIVE_BEFORE = keys('người ngày tuần lần nước tỉnh đội trận bàn ca chiếc con cái vụ triệu tỷ nghìn trăm mươi')
// Every word wordNumeral() can act on, so that the rest (most words) cost one lookup.
export const NUMERAL_WORDS: ReadonlySet<string> = new Set([...EN_ORDINALS.keys(), ...EN_NUMBERS.keys(), ...VI_DIGITS.keys(), ...['thứ', 'hạng', 'số', 'mười'].map(foldWord)])
export const EN_MODIFIERS = keys('more other new additional further separate provincial major large small big key')
export const EN_PLURAL_IRREGULAR = keys('people children men women police staff')
