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
  por: 'dois:2 duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 doze:12 treze:13 catorze:14 quatorze:14 quinze:15 dezesseis:16 dezasseis:16 dezessete:17 dezassete:17 dezoito:18 dezenove:19 dezanove:19 vinte:20 trinta:30 quarenta:40 cinquenta:50 sessenta:60 setenta:70 oitenta:80 noventa:90 cem:100 duzentos:200 duzentas:200 trezentos:300 trezentas:300 quatrocentos:400 quinhentos:500 seiscentos:600 setecentos:700 oitocentos:800 novecentos:900',
  spa: 'dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 trece:13 catorce:14 quince:15 dieciséis:16 diecisiete:17 dieciocho:18 diecinueve:19 veinte:20 veintiuno:21 veintiún:21 veintidós:22 veintitrés:23 veinticuatro:24 veinticinco:25 veintiséis:26 veintisiete:27 veintiocho:28 veintinueve:29 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80 noventa:90 cien:100 doscientos:200 trescientos:300 cuatrocientos:400 quinientos:500',
  fra: 'deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13 quatorze:14 quinze:15 seize:16 dix-sept:17 dix-huit:18 dix-neuf:19 vingt:20 trente:30 quarante:40 cinquante:50 soixante:60 soixante-dix:70 quatre-vingt:80 quatre-vingts:80 quatre-vingt-dix:90 cent:100',
  deu: 'zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 hundert:100',
  ita: 'due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11 dodici:12 tredici:13 quattordici:14 quindici:15 sedici:16 diciassette:17 diciotto:18 diciannove:19 venti:20 trenta:30 quaranta:40 cinquanta:50 sessanta:60 settanta:70 ottanta:80 novanta:90 cento:100',
}
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
  por: 'mil:1000 milhão:1000000 milhões:1000000 bilhão:1000000000 bilhões:1000000000',
  spa: 'mil:1000 millón:1000000 millones:1000000',
  fra: 'mille:1000 million:1000000 millions:1000000 milliard:1000000000 milliards:1000000000',
  deu: 'tausend:1000 million:1000000 millionen:1000000 milliarde:1000000000 milliarden:1000000000',
  ita: 'mille:1000 mila:1000 milione:1000000 milioni:1000000 miliardo:1000000000 miliardi:1000000000',
}
/** The word joining tens and unit ("vinte e cinco", "treinta y cinco", "vingt et un"). */
export const CONTINENTAL_JOINS: Readonly<Record<string, string>> = { por: 'e', spa: 'y', fra: 'et' }

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
export const CONTINENTAL_SCALES = table(CONTINENTAL_SCALE_WORDS)

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
  if (language === 'deu') return germanCompound(words, key)
  if (language === 'ita') return italianCompound(words, key)
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
