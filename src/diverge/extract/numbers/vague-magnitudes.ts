/**
 * Vague magnitudes as counts with a range: "hundreds of people", "scores of neighbourhoods", "tens of
 * thousands", "hàng trăm người", "vài chục hộ", "hàng trăm nghìn", "des centaines de", "miles de",
 * "Tausende", "ribuan warga" (issue 11 point 3). Each names the order of its value, not the value, so a
 * figure of another order contradicts it and one of its order does not (match/numbers/vague-magnitudes.ts).
 *
 * Ranges, [from, below): one word of magnitude is the order it names, as dictionaries give it ("hundreds":
 * an indefinitely large number in the hundreds, 100–999; "hàng trăm": "đến mấy trăm"); "dozens" and
 * "scores" are several dozens or twenties, from two of them (24, 40) read down to 20 (the threshold
 * vague-quantities.ts already used for "hàng chục"); "vài" (a few) of an order is that order's low part
 * but read as the whole order (a writer says "vài trăm" for 300 or 500). A scale after it multiplies
 * the range ("tens of thousands": 10,000–99,999; "hàng trăm nghìn": 100,000–999,999). The judge
 * widens these before it calls two values apart.
 *
 * Each language's words are read only in its own documents (Spanish "miles" is thousands, English
 * miles a distance); English and Vietnamese wherever no continental language is known.
 */
import { foldWord } from '../../../normalize/fold'
import type { Token } from '../fact-tokens'
import { MULTIPLIER_WORDS, hedgedOrderAt, multipliedOrderAt } from './multiplied-orders'

export interface VagueMagnitude {
  /** First and last token of the magnitude's words ("hundreds of thousands", "hàng trăm"). */
  readonly first: number
  readonly last: number
  /** The values it allows, [from, below). */
  readonly from: number
  readonly below: number
  /** The token after which its counted noun (or unit) is read: "of"/"de" when written, else `last`; -1 when it names none ("Thousands fled"). */
  readonly nounAfter: number
  /** A hedged round figure ("hơn chục người": 10, its hedge before it), read without a range. */
  readonly figure?: true
}

type Table = ReadonlyMap<string, readonly [number, number]>
const table = (rows: string): Table =>
  new Map(
    rows
      .trim()
      .split(/\s+/)
      .map((row) => {
        const [words, from, below] = row.split(':') as [string, string, string]
        return words.split('|').map((w) => [foldWord(w), [Number(from), Number(below)] as const] as const)
      })
      .flat(),
  )

/** A language's plural words of magnitude, the scale words that may follow them ("of thousands"), and the word before a counted noun. */
interface Words {
  readonly roots: Table
  /** After a root, with or without `of`: "hundreds of thousands", "des dizaines de milliers", "puluhan ribu". */
  readonly scales: ReadonlyMap<string, number>
  readonly of: ReadonlySet<string>
  /** Words that may stand before the root ("des", "hàng", "vài"); when `needsLead`, one of them must. */
  readonly leads: ReadonlySet<string>
  readonly needsLead: boolean
  /** The counted noun may follow without `of` ("Hunderte Menschen"); else a root without it counts no named thing ("Thousands fled"). */
  readonly bareNoun?: true
}

const keys = (list: string): ReadonlySet<string> => new Set(list.split(' ').filter(Boolean).map(foldWord))
const scales = (rows: string): ReadonlyMap<string, number> =>
  new Map(
    rows
      .split(' ')
      .map((row) => row.split(':') as [string, string])
      .flatMap(([words, v]) => words.split('|').map((w) => [foldWord(w), Number(v)] as const)),
  )

const ENGLISH: Words = {
  roots: table('dozens|scores|tens:20:100 hundreds:100:1000 thousands:1e3:1e4 millions:1e6:1e7 billions:1e9:1e10'),
  scales: scales('thousands:1e3 millions:1e6 billions:1e9'),
  of: keys('of'),
  leads: keys(''),
  needsLead: false,
}
/** "hàng trăm", "vài chục", "mấy nghìn": a root alone ("trăm") is a figure's multiplier, never a magnitude. */
const VIETNAMESE: Words = {
  roots: table('chục:20:100 trăm:100:1000 nghìn|ngàn:1e3:1e4 vạn:1e4:1e5 triệu:1e6:1e7 tỷ|tỉ:1e9:1e10'),
  scales: scales('nghìn|ngàn:1e3 vạn:1e4 triệu:1e6 tỷ|tỉ:1e9'),
  of: keys(''),
  leads: keys('hàng vài mấy dăm cả'),
  needsLead: true,
  bareNoun: true,
}
const CONTINENTAL: Readonly<Record<string, Words>> = {
  deu: {
    roots: table('dutzende:20:100 hunderte:100:1000 tausende:1e3:1e4 zehntausende:1e4:1e5 hunderttausende:1e5:1e6 millionen:1e6:1e7'),
    scales: scales(''),
    of: keys('von'),
    leads: keys(''),
    needsLead: false,
    bareNoun: true,
  },
  fra: {
    roots: table('dizaines:20:100 centaines:100:1000 milliers:1e3:1e4 millions:1e6:1e7'),
    scales: scales('milliers:1e3 millions:1e6'),
    of: keys('de d’ d\''),
    leads: keys('des plusieurs quelques'),
    needsLead: true,
  },
  spa: {
    roots: table('decenas:20:100 cientos|centenares:100:1000 miles:1e3:1e4 millones:1e6:1e7'),
    scales: scales('miles:1e3 millones:1e6'),
    of: keys('de'),
    leads: keys('varios varias unos unas algunos algunas'),
    needsLead: false,
  },
  por: {
    roots: table('dezenas:20:100 centenas:100:1000 milhares:1e3:1e4 milhões:1e6:1e7'),
    scales: scales('milhares:1e3 milhões:1e6'),
    of: keys('de'),
    leads: keys('vários várias alguns algumas'),
    needsLead: false,
  },
  ind: {
    roots: table('puluhan:20:100 ratusan:100:1000 ribuan:1e3:1e4 jutaan:1e6:1e7'),
    scales: scales('ribu:1e3 juta:1e6 miliar:1e9'),
    of: keys(''),
    leads: keys(''),
    needsLead: false,
    bareNoun: true,
  },
  // Polish and Czech take the counted noun's genitive with no "of" ("tysiące widzów", "stovky lidí"); one word
  // may hold a multiplier and its order ("kilkaset", "kilkadziesiąt": several hundred, several tens)
  pol: {
    roots: table(
      'dziesiątki|dziesiątek|dziesiątkami|kilkadziesiąt|kilkudziesięciu:20:100 setki|setek|setkami|kilkaset|kilkuset:100:1000 tysiące|tysiącami:1e3:1e4 ' +
        'miliony|milionami:1e6:1e7',
    ),
    scales: scales('tysięcy:1e3 milionów:1e6 miliardów:1e9'),
    of: keys(''),
    leads: keys(''),
    needsLead: false,
    bareNoun: true,
  },
  ces: {
    roots: table('desítky|desítek|desítkami:20:100 stovky|stovek|stovkami:100:1000 tisíce|tisícovky:1e3:1e4 statisíce:1e5:1e6 miliony:1e6:1e7'),
    scales: scales('tisíc:1e3 milionů:1e6 miliard:1e9'),
    of: keys(''),
    leads: keys(''),
    needsLead: false,
    bareNoun: true,
  },
}

/** Words before an English root that make it no count: "the scores of", "in the thousands", "test scores". */
const NOT_BEFORE = keys('the their his her its our your my these those test high low top credit average two three four five several few many')
/** The words that may stand before a magnitude "scores": prepositions, conjunctions and verbs (a noun before it makes it marks). */
const BEFORE_SCORES = keys('and or but with by of among for to from in on at as while where when that which who including leaving killing injuring forcing left saw see sees are were have has had sent')
const beforeScores = (w: string): boolean => w === '' || BEFORE_SCORES.has(w) || /ed$/.test(w)
/** Words after "of" that make "scores of"/"dozens of" a part of something named: "scores of the match". */
const NOT_AFTER_OF = keys('the a an this that these those his her their its our')

/** The words read in a document of `language` (a continental number language, or undefined for English and Vietnamese). */
function wordsOf(language: string | undefined): readonly Words[] {
  if (language === undefined) return [ENGLISH, VIETNAMESE]
  const own = CONTINENTAL[language]
  return own ? [own] : []
}

/** Every root word of every language: most words are none, and one lookup passes them over. */
const ALL_ROOTS: ReadonlySet<string> = new Set([ENGLISH, VIETNAMESE, ...Object.values(CONTINENTAL)].flatMap((w) => [...w.roots.keys()]))

/** The vague magnitude whose root word (or multiplier: "several hundred") is token `i`, else undefined. */
export function vagueMagnitudeAt(tokens: readonly Token[], i: number, language: string | undefined): VagueMagnitude | undefined {
  const t = tokens[i]!
  if (t.kind !== 'word') return undefined
  if (!ALL_ROOTS.has(t.key)) {
    // "several hundred", "a few dozen", "einige tausend": read as the plural order is (multiplied-orders.ts)
    const multiplied = MULTIPLIER_WORDS.has(t.key) ? multipliedOrderAt(tokens, i, language) : undefined
    const words = multiplied && (language === undefined ? ENGLISH : CONTINENTAL[language])
    // a singular order takes its noun as a figure does: "several hundred people"
    return multiplied && words ? orderAt(tokens, { ...words, bareNoun: true }, multiplied.first, multiplied.order, multiplied.range) : undefined
  }
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  for (const words of wordsOf(language)) {
    const range = words.roots.get(t.key)
    if (!range) continue
    // "hơn chục người", "gần trăm người": a hedged round figure, not an order (multiplied-orders.ts)
    const hedged = words === VIETNAMESE ? hedgedOrderAt(tokens, i, language) : undefined
    if (hedged !== undefined) return orderAt(tokens, words, i, i, [hedged, hedged], true)
    const lead = words.leads.has(word(i - 1))
    if (words.needsLead && !lead) continue
    // "the scores of the match", "in the hundreds", "two thousands": no count of a thing
    if (!words.needsLead && NOT_BEFORE.has(word(i - 1))) continue
    // "SAT scores of applicants", "exam scores of students": after a noun "scores" are marks; read
    // only where no word stands before it, or a word that is no noun (a preposition, a conjunction, a verb's past)
    if (t.key === 'scores' && !beforeScores(word(i - 1))) continue
    const found = orderAt(tokens, words, lead ? i - 1 : i, i, range)
    if (found) return found
  }
  return undefined
}

/**
 * The magnitude opening at `first` whose order word is `root`, read on to its scale and its counted noun
 * ("of thousands", "de milliers"); undefined when it is of time or measure, or marks (an increment is read, and kept from totals by the pairer).
 * `figure` when it is a hedged round figure ("hơn chục"), not a range.
 */
function orderAt(tokens: readonly Token[], words: Words, first: number, root: number, range: readonly [number, number], figure?: true): VagueMagnitude | undefined {
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  const key = word(root)
  let [from, below] = range
  let last = root
  // "hundreds of thousands", "hàng trăm nghìn", "des dizaines de milliers", "puluhan ribu"
  const ofAt = words.of.has(word(last + 1)) ? last + 1 : -1
  const scale = words.scales.get(word((ofAt > 0 ? ofAt : last) + 1))
  // "tens" alone is no magnitude of a thing: only "tens of thousands"
  if (scale === undefined && key === 'tens') return undefined
  if (scale !== undefined) {
    // "tens of thousands" is ten thousands and up, not twenty
    from = (from === 20 && !figure ? 10 : from) * scale
    below = (figure ? from : below * scale)
    last = (ofAt > 0 ? ofAt : last) + 1
  }
  // "des centaines d’années": the elided "de" is glued to its noun; of time or measure it counts no thing
  const elided = /^d['’](\p{L}+)$/u.exec(word(last + 1))
  if (elided && DIMENSION_WORDS.has(foldWord(elided[1]!))) return undefined
  const of = words.of.has(word(last + 1)) ? last + 1 : -1
  // "Dutzende Stunden", "miles de hectáreas", "hàng chục năm": of time or measure, in every language read here
  if (DIMENSION_WORDS.has(word((of > 0 ? of : last) + 1))) return undefined
  if (of > 0 && (key === 'scores' || key === 'dozens') && NOT_AFTER_OF.has(word(of + 1))) return undefined
  return { first, last, from, below, nounAfter: of > 0 ? of : words.bareNoun ? last : -1, ...(figure ? { figure } : {}) }
}

/** Of time, area and volume in each language read here, and how often ("dozens of times", "hàng trăm lần"), so that no order of them is a count in any ("miles de hectáreas", "des dizaines de secondes", "Dutzende Stunden", "ribuan hektare"). */
const MORE_DIMENSIONS = 'times lần fois veces vezes kali second seconds giây tiếng ha km kg secondes minutes semaines mois siècles décennies hectares litres hectáreas litros segundos minutos semanas meses siglos décadas kilos hectares séculos sekunden minuten stunden wochen monate monaten jahrzehnte hektar liter kilo detik menit minggu bulan abad dekade hektare hektar ' +
  // Polish and Czech: years, times, days, hours, minutes, seconds, weeks, months, metres, kilometres, hectares, tonnes, litres, kilograms
  'lat latami razy razach dni godzin minut sekund tygodni miesięcy metrów kilometrów hektarów ton litrów kilogramów let roků krát dní dnů hodin minut sekund týdnů měsíců metrů kilometrů hektarů tun litrů kilogramů'
/** Units of distance, area, weight and time no vague magnitude counts as things ("thousands of miles", "hàng trăm mét"). */
const DIMENSION_WORDS = keys('mile miles kilometre kilometres kilometer kilometers metre metres meter meters feet foot yard yards acre acres hectare hectares tonne tonnes ton tons pound pounds gallon gallons litre litres liter liters year years decade decades century centuries day days hour hours minute minutes week weeks month months mét dặm cây số ki-lô-mét héc-ta hécta tấn lít năm tháng ngày giờ phút tuần thập kỷ thế kỷ kilomètres mètres kilos tonnes litres ans années jours heures kilómetros metros toneladas años días horas quilômetros quilómetros metros anos dias horas kilometer meter ton tahun hari jam jahre jahren tage tagen kilometern metern tonnen' + ' ' + MORE_DIMENSIONS)
/** Whether a counted noun is a unit of distance, area, weight or time. */
export function dimensionWords(unit: string): boolean {
  return DIMENSION_WORDS.has(unit)
}
