/**
 * Number words of each language, as folded keys with their values: the lexicon both the diverge stage
 * (numbers read from words) and the aligner (a number word is never a respelling: *eight* / *eighty*)
 * read, kept below both stages.
 */
import { foldWord } from './fold'

// Russian scales in their case forms and cut short (*14 миллиардов*, *$15 млрд*, *500 тыс.*): Cyrillic, so no other
// language's word is taken, and Ukrainian and Bulgarian scales that share a form mean the same.
const RUSSIAN_SCALES = Object.fromEntries(
  'тысяча|тысячи|тысяч|тысячу|тыс:1e3 миллион|миллиона|миллионов|млн:1e6 миллиард|миллиарда|миллиардов|млрд:1e9 триллион|триллиона|триллионов|трлн:1e12'
    .split(' ')
    .flatMap((cell) => cell.split(':')[0]!.split('|').map((word) => [word, Number(cell.split(':')[1])] as const)),
)

export const MULTIPLIERS: ReadonlyMap<string, number> = new Map(
  Object.entries({ tỷ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3, trăm: 100, vạn: 1e4, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, thousand: 1e3, hundred: 100, bn: 1e9, mn: 1e6, tn: 1e12, ...RUSSIAN_SCALES }).map(([k, v]) => [foldWord(k), v] as const),
)
/**
 * English wire shorthand ("5 mln", "3 bln"), read only in a document with no number table of its own: in
 * Indonesian "bln" is a month (bulan), in Polish a bilion (its own table).
 */
export const WIRE_SCALES: ReadonlyMap<string, number> = new Map([['mln', 1e6], ['bln', 1e9]])
export const VI_DIGITS: ReadonlyMap<string, number> = new Map(
  Object.entries({ một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 }).map(([k, v]) => [foldWord(k), v] as const),
)
export const VI_AFTER_TENS: ReadonlyMap<string, number> = new Map([...VI_DIGITS, ...[['mốt', 1], ['tư', 4], ['lăm', 5], ['nhăm', 5]].map(([k, v]) => [foldWord(k as string), v as number] as const)])
export const EN_NUMBERS: ReadonlyMap<string, number> = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, k) => [w, k + 2] as [string, number])
    .concat([['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12]]),
)
export const EN_ORDINALS: ReadonlyMap<string, number> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ').map((w, k) => [w, k + 1] as [string, number]),
)

/**
 * Number words of the major continental languages, by ISO 639-3 code (franc's), read only in a document of
 * that language: "dos" and "tres" are names in an English text, "sei" is "you are" beside Italian "sei
 * persone", "neuf" is "new" in French. One ("um", "uma", "un", "une", "ein", "eine", "uno") is left out on
 * purpose: it is the indefinite article far more often than a count, and a count of one is rarely a toll.
 */
const CONTINENTAL_WORDS: Readonly<Record<string, string>> = {
  por: 'dois:2 duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 doze:12 treze:13 catorze:14 quatorze:14 quinze:15 dezesseis:16 dezasseis:16 dezessete:17 dezassete:17 dezoito:18 dezenove:19 dezanove:19 vinte:20 trinta:30 quarenta:40 cinquenta:50 sessenta:60 setenta:70 oitenta:80 noventa:90 cem:100 duzentos:200 duzentas:200 trezentos:300 trezentas:300 quatrocentos:400 quatrocentas:400 quinhentos:500 quinhentas:500 seiscentos:600 seiscentas:600 setecentos:700 setecentas:700 oitocentos:800 oitocentas:800 novecentos:900 novecentas:900',
  spa: 'dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 trece:13 catorce:14 quince:15 dieciséis:16 diecisiete:17 dieciocho:18 diecinueve:19 veinte:20 veintiuno:21 veintiún:21 veintidós:22 veintitrés:23 veinticuatro:24 veinticinco:25 veintiséis:26 veintisiete:27 veintiocho:28 veintinueve:29 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80 noventa:90 veintiuna:21 cien:100 doscientos:200 doscientas:200 trescientos:300 trescientas:300 cuatrocientos:400 cuatrocientas:400 quinientos:500 quinientas:500 ' +
    'seiscientos:600 seiscientas:600 setecientos:700 setecientas:700 ochocientos:800 ochocientas:800 novecientos:900 novecientas:900',
  fra: 'deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13 quatorze:14 quinze:15 seize:16 dix-sept:17 dix-huit:18 dix-neuf:19 vingt:20 trente:30 quarante:40 cinquante:50 soixante:60 soixante-dix:70 quatre-vingt:80 quatre-vingts:80 quatre-vingt-dix:90 cent:100',
  deu: 'zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 hundert:100',
  ita: 'due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11 dodici:12 tredici:13 quattordici:14 quindici:15 sedici:16 diciassette:17 diciotto:18 diciannove:19 venti:20 trenta:30 quaranta:40 cinquanta:50 sessanta:60 settanta:70 ottanta:80 novanta:90 cento:100 duecento:200 trecento:300 quattrocento:400 cinquecento:500 seicento:600 settecento:700 ottocento:800 novecento:900',
  // Russian, Czech and Polish inflect their numbers: each form a count takes in its cases is a row of its own
  // ("двух", "пятерых", "двадцатью"; "dvou", "pěti"; "dwóch", "pięciu"), the collectives that count people too.
  // "семью" is left out: far more often the family ("вынес семью соседей") than seven's instrumental
  rus: slavic(
    'два|две|двух|двум|двумя|двое|двоих:2 три|трёх|трем|трём|тремя|трех|трое|троих:3 четыре|четырёх|четырех|четырём|четырем|четырьмя|четверо|четверых:4 ' +
      'пять|пяти|пятью|пятеро|пятерых:5 шесть|шести|шестью|шестеро|шестерых:6 семь|семи|семеро|семерых:7 восемь|восьми|восемью|восьмью:8 девять|девяти|девятью:9 ' +
      'десять|десяти|десятью|десятеро|десятерых:10 одиннадцать|одиннадцати:11 двенадцать|двенадцати:12 тринадцать|тринадцати:13 четырнадцать|четырнадцати:14 пятнадцать|пятнадцати:15 ' +
      'шестнадцать|шестнадцати:16 семнадцать|семнадцати:17 восемнадцать|восемнадцати:18 девятнадцать|девятнадцати:19 двадцать|двадцати|двадцатью:20 тридцать|тридцати|тридцатью:30 ' +
      'сорок|сорока:40 пятьдесят|пятидесяти|пятьюдесятью:50 шестьдесят|шестидесяти:60 семьдесят|семидесяти:70 восемьдесят|восьмидесяти:80 девяносто|девяноста:90 сто|ста:100 ' +
      'двести|двухсот|двумстам:200 триста|трехсот|трёхсот:300 четыреста|четырехсот|четырёхсот:400 пятьсот|пятисот:500 ' +
      'шестьсот|шестисот:600 семьсот|семисот:700 восемьсот|восьмисот:800 девятьсот|девятисот:900',
  ),
  ces: slavic(
    'dva|dvě|dvou|dvěma:2 tři|tří|třem|třemi:3 čtyři|čtyř|čtyřem|čtyřmi:4 pět|pěti:5 šest|šesti:6 sedm|sedmi:7 osm|osmi:8 devět|devíti:9 deset|deseti:10 ' +
      'jedenáct|jedenácti:11 dvanáct|dvanácti:12 třináct|třinácti:13 čtrnáct|čtrnácti:14 patnáct|patnácti:15 šestnáct|šestnácti:16 sedmnáct|sedmnácti:17 osmnáct|osmnácti:18 ' +
      'devatenáct|devatenácti:19 dvacet|dvaceti:20 třicet|třiceti:30 čtyřicet|čtyřiceti:40 padesát|padesáti:50 šedesát|šedesáti:60 sedmdesát|sedmdesáti:70 osmdesát|osmdesáti:80 devadesát|devadesáti:90 sto|sta:100 tisíc:1000',
  ),
  pol: slavic(
    'dwa|dwie|dwóch|dwu|dwoma|dwiema|dwaj|dwoje:2 trzy|trzech|trzem|trzema|trzej|troje:3 cztery|czterech|czterem|czterema|czterej|czworo:4 pięć|pięciu|pięcioma|pięcioro:5 ' +
      'sześć|sześciu|sześcioma:6 siedem|siedmiu|siedmioma:7 osiem|ośmiu|ośmioma:8 dziewięć|dziewięciu:9 dziesięć|dziesięciu:10 jedenaście|jedenastu:11 dwanaście|dwunastu:12 ' +
      'trzynaście|trzynastu:13 czternaście|czternastu:14 piętnaście|piętnastu:15 szesnaście|szesnastu:16 siedemnaście|siedemnastu:17 osiemnaście|osiemnastu:18 dziewiętnaście|dziewiętnastu:19 ' +
      'dwadzieścia|dwudziestu:20 trzydzieści|trzydziestu:30 czterdzieści|czterdziestu:40 pięćdziesiąt|pięćdziesięciu:50 sześćdziesiąt|sześćdziesięciu:60 siedemdziesiąt|siedemdziesięciu:70 ' +
      'osiemdziesiąt|osiemdziesięciu:80 dziewięćdziesiąt|dziewięćdziesięciu:90 sto|stu:100 dwieście|dwustu:200 trzysta|trzystu:300 ' +
      'czterysta|czterystu:400 pięćset|pięciuset:500 sześćset|sześciuset:600 siedemset|siedmiuset:700 osiemset|ośmiuset:800 dziewięćset|dziewięciuset:900 tysiąc:1000',
  ),
  // "bir" (one, and the article) is left out as "um" and "un" are; "yüz" (hundred, and face) is read only as a scale
  tur: 'iki:2 üç:3 dört:4 beş:5 altı:6 yedi:7 sekiz:8 dokuz:9 on:10 yirmi:20 otuz:30 kırk:40 elli:50 altmış:60 yetmiş:70 seksen:80 doksan:90',
  // Indonesian and Malay tens are a product ("dua puluh", two tens): only the words that stand alone are read
  ind: 'dua:2 tiga:3 empat:4 lima:5 enam:6 tujuh:7 delapan:8 sembilan:9 sepuluh:10 sebelas:11 seratus:100 seribu:1000',
}
/** "a|b|c:2 d|e:3": each form of a number with its value, as the tables above are written. */
function slavic(rows: string): string {
  return rows
    .split(' ')
    .flatMap((row) => row.split(':')[0]!.split('|').map((form) => `${form}:${row.split(':')[1]}`))
    .join(' ')
}

/**
 * A hundred's head that is read only with a tail after it: "cento e vinte", "ciento veinte" (120); alone
 * "por cento", "por ciento" are percent. Turkish "yüz" (hundred, and face) is read so too: "yüz elli" (150),
 * "yüz bin" (100,000).
 */
const CONTINENTAL_HEAD_WORDS: Readonly<Record<string, string>> = { por: 'cento:100', spa: 'ciento:100', tur: 'yüz:100' }
/** Words that make a unit before them its hundreds: "deux cents", "tři sta", "dvě stě", "pět set", "iki yüz", "dua ratus". */
const CONTINENTAL_HUNDREDS: Readonly<Record<string, string>> = { fra: 'cent cents', ces: 'sta stě set', tur: 'yüz', ind: 'ratus' }

/** Units 1–9 a compound's tens take in each language ("vinte e um", "vingt et un", "einundzwanzig", "ventuno"). */
const CONTINENTAL_UNITS: Readonly<Record<string, string>> = {
  por: 'um:1 uma:1',
  spa: 'uno:1 una:1 un:1',
  fra: 'un:1 une:1',
  deu: 'ein:1 eins:1',
  ita: 'uno:1 una:1 un:1',
}
/** Scales after a number, singular and plural ("dez mil", "três milhões", "zwei Millionen"). */
const CONTINENTAL_SCALE_WORDS: Readonly<Record<string, string>> = {
  por: 'mil:1e3 milhão|milhões|mi:1e6 bilhão|bilhões|bi:1e9 trilhão|trilhões:1e12',
  spa: 'mil:1e3 millón|millones|mill:1e6 billón|billones:1e12',
  fra: 'mille:1e3 million|millions:1e6 milliard|milliards|mrd|mds:1e9',
  deu: 'tausend:1e3 million|millionen|mio|mill:1e6 milliarde|milliarden|mrd:1e9 billionen|bio:1e12 dutzend:12',
  ita: 'mille|mila:1e3 milione|milioni|mln:1e6 miliardo|miliardi|mld|mrd:1e9',
  // a Slavic scale takes the case its count asks for ("2 miliardy", "5 miliardów", "2,5 miliarda")
  ces: 'tisíc|tisíce|tisícovka|tis:1e3 milion|miliony|milionů|milionu|mil:1e6 miliarda|miliardy|miliard|mld:1e9',
  pol: 'tysiąc|tysiące|tysięcy|tys:1e3 milion|miliony|milionów|miliona|mln:1e6 miliard|miliardy|miliardów|miliarda|mld:1e9 bilion|biliony|bilionów|bln:1e12',
  rus: 'тысяча|тысячи|тысяч|тысячу|тыс:1e3 миллион|миллиона|миллионов|млн:1e6 миллиард|миллиарда|миллиардов|млрд:1e9',
  tur: 'yüz:100 bin:1e3 milyon:1e6 milyar:1e9 trilyon:1e12',
  ind: 'ratus:100 ribu|rb:1e3 juta|jt:1e6 miliar|milyar:1e9 triliun:1e12',
}
/**
 * Round numbers written as a noun of approximation ("une trentaine de", "una trentina di", "una decena de",
 * "uma dezena de"): about that many. Read only after an article and before "de"/"di" (continental-numbers.ts):
 * "quarantaine" alone is a quarantine; the Spanish and Portuguese words that also name a quarantine or a fortnight
 * ("cuarentena", "quincena", "quinzena") are left out.
 */
const CONTINENTAL_ROUGH_WORDS: Readonly<Record<string, string>> = {
  fra: 'dizaine:10 douzaine:12 quinzaine:15 vingtaine:20 trentaine:30 quarantaine:40 cinquantaine:50 soixantaine:60 centaine:100',
  ita: 'decina:10 dozzina:12 quindicina:15 ventina:20 trentina:30 quarantina:40 cinquantina:50 sessantina:60 centinaio:100',
  spa: 'decena:10 docena:12 veintena:20 treintena:30 centenar:100',
  por: 'dezena:10 dúzia:12 vintena:20 centena:100',
}
/** The articles a noun of approximation follows ("une trentaine", "una decina", "uma dezena"). */
export const ROUGH_ARTICLES: ReadonlySet<string> = new Set(['une', 'un', 'una', 'uma', 'um'])

/** The word joining tens and unit ("vinte e cinco", "treinta y cinco", "vingt et un"); none where the unit follows the tens ("двадцать пять", "yirmi beş"). */
export const CONTINENTAL_JOINS: Readonly<Record<string, string>> = { por: 'e', spa: 'y', fra: 'et', ces: '', pol: '', rus: '', tur: '' }

const table = (spec: Readonly<Record<string, string>>): ReadonlyMap<string, ReadonlyMap<string, number>> =>
  new Map(
    Object.entries(spec).map(([language, list]) => [
      language,
      new Map(list.split(' ').map((pair) => [foldWord(pair.slice(0, pair.indexOf(':'))), Number(pair.slice(pair.indexOf(':') + 1))] as const)),
    ]),
  )
export const CONTINENTAL_NUMBERS = table(CONTINENTAL_WORDS)

/**
 * franc reads a Portuguese text as Galician often enough (two of nine CSTNews clusters, fresh42-1), and
 * Galician writes its counts, hedges and function words nearly as Portuguese does: read as Portuguese.
 */
const NUMBER_LANGUAGE_OF: Readonly<Record<string, string>> = { glg: 'por' }

/** The language whose number words a document of `language` is read in, if one has a table. */
export function numberLanguageOf(language: string | undefined): string | undefined {
  if (language === undefined) return undefined
  const read = NUMBER_LANGUAGE_OF[language] ?? language
  return CONTINENTAL_NUMBERS.has(read) ? read : undefined
}
export const CONTINENTAL_UNIT_WORDS = table(CONTINENTAL_UNITS)
export const CONTINENTAL_HEADS = table(CONTINENTAL_HEAD_WORDS)
export const CONTINENTAL_HUNDRED_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(CONTINENTAL_HUNDREDS).map(([language, list]) => [language, new Set(list.split(' ').map(foldWord))] as const),
)
export const CONTINENTAL_ROUGH = table(CONTINENTAL_ROUGH_WORDS)
export const CONTINENTAL_SCALES = table(Object.fromEntries(Object.entries(CONTINENTAL_SCALE_WORDS).map(([language, rows]) => [language, slavic(rows)])))

/**
 * The value of one continental number word in `language`, compounds written as one word included:
 * "veinticinco" (a table word), "vingt-cinq", "fünfundzwanzig", "venticinque", "ventuno". Undefined for
 * any other word, and in a language without a table.
 */
export function continentalNumber(language: string, key: string): number | undefined {
  const words = CONTINENTAL_NUMBERS.get(language)
  if (!words) return undefined
  const whole = words.get(key)
  if (whole !== undefined) return whole
  if (language === 'fra') return frenchHyphened(words, key)
  if (language === 'deu') return germanCompound(words, key) ?? placed(key, GERMAN_PLACES, (part) => (part === 'ein' || part === 'eins' ? 1 : (words.get(part) ?? germanCompound(words, part))))
  if (language === 'ita') return italianCompound(words, key) ?? placed(key, ITALIAN_PLACES, (part) => words.get(part) ?? italianCompound(words, part))
  return undefined
}

const GERMAN_PLACES = [['tausend', 1000], ['hundert', 100]] as const
const ITALIAN_PLACES = [['mila', 1000], ['mille', 1000], ['cento', 100]] as const

/**
 * A number written as one word by its places, as German and Italian write them: "zweihundert", "dreitausendfünfhundert",
 * "centoventi", "duecentocinquanta", "duemila". Each place's word multiplies the part before it (none: one) and the
 * rest is read on; `below` reads a part under the place (a table word or a compound of tens and unit).
 */
function placed(key: string, places: ReadonlyArray<readonly [string, number]>, below: (part: string) => number | undefined): number | undefined {
  for (const [word, place] of places) {
    const at = key.indexOf(word)
    if (at < 0 || key === word) continue
    const head = key.slice(0, at)
    const tail = key.slice(at + word.length)
    const times = head === '' ? 1 : head.length > 2 ? (placed(head, places.filter(([, p]) => p < place), below) ?? below(head)) : undefined
    const rest = tail === '' ? 0 : (placed(tail, places.filter(([, p]) => p < place), below) ?? below(tail))
    if (times === undefined || rest === undefined || times >= place || times < 1 || rest >= place) return undefined
    // "mille" stands alone for a thousand ("milleduecento"), "mila" after a multiplier ("duemila")
    if ((word === 'mille' && head !== '') || (word === 'mila' && head === '')) return undefined
    return times * place + rest
  }
  return undefined
}

/** "vingt-cinq", "trente-et-un", "soixante-douze", "quatre-vingt-quinze": tens, a hyphen, a unit or a teen. */
function frenchHyphened(words: ReadonlyMap<string, number>, key: string): number | undefined {
  const dash = key.lastIndexOf('-')
  if (dash < 0) return undefined
  const tail = key.slice(dash + 1)
  let head = key.slice(0, dash)
  if (head.endsWith('-et')) head = head.slice(0, -3)
  const tens = words.get(head)
  const unit = tail === 'un' ? 1 : words.get(tail)
  if (tens === undefined || unit === undefined || tens < 20 || tens % 10 !== 0 || unit >= 20) return undefined
  // "soixante-douze" is 72, "quatre-vingt-dix-neuf" 99: the teens follow sixty and eighty only
  return unit >= 10 && tens !== 60 && tens !== 80 ? undefined : tens + unit
}

/** "fünfundzwanzig", "einundzwanzig": the unit, "und", the tens. */
function germanCompound(words: ReadonlyMap<string, number>, key: string): number | undefined {
  const und = key.indexOf('und')
  if (und <= 0) return undefined
  const unitWord = key.slice(0, und)
  const unit = unitWord === 'ein' ? 1 : words.get(unitWord)
  const tens = words.get(key.slice(und + 3))
  return unit !== undefined && unit < 10 && tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0 ? tens + unit : undefined
}

/** "venticinque", "ventuno", "trentotto": the tens (its last vowel dropped before uno and otto) and a unit. */
function italianCompound(words: ReadonlyMap<string, number>, key: string): number | undefined {
  for (const [tail, unit] of [['uno', 1], ['due', 2], ['tre', 3], ['tré', 3], ['quattro', 4], ['cinque', 5], ['sei', 6], ['sette', 7], ['otto', 8], ['nove', 9]] as const) {
    if (!key.endsWith(tail) || key.length === tail.length) continue
    const head = key.slice(0, -tail.length)
    const tens = words.get(head) ?? (tail === 'uno' || tail === 'otto' ? words.get(head + (head === 'vent' ? 'i' : 'a')) : undefined)
    if (tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0) return tens + unit
  }
  return undefined
}
