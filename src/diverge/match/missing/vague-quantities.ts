/**
 * A figure the other report gives only as a vague quantity of the same thing: "khoảng 2 tấn" /
 * "hàng tấn", "about 2 tonnes" / "tonnes of", "2.000 người" / "hàng nghìn người", "300 people" /
 * "hundreds of people". The vague words state no value to contradict, and they do state the
 * quantity: the figure is not `missing` (issue 11, counts34). A measure counts whatever its size
 * ("hàng tấn" holds 2 tonnes); a magnitude holds only figures of its order ("hàng trăm" 100–999,
 * "thousands" 1,000–999,999), so "hundreds of people" leaves "12 people" missing. The thing is the
 * counted noun with the words after it and what befell it, past verbs' auxiliaries, prepositions
 * and adjectives ("were", "bị", "in", "contaminated"): "destroyed 200 houses" / "damaged hundreds of
 * houses" and "300 people were injured" / "hundreds of people were evacuated" are two things
 * (review rcounts34 6–8).
 *
 * The other report is read once, word by word (linear in its length).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { LETTER, classAt, isWhitespace, widthAt } from '../../../normalize/chars'
import { foldWord } from '../../../normalize/fold'
import { functionWords } from '../../../normalize/function-words'
import type { Fact } from '../../extract/fact'
import type { Located } from '../../extract/collect'
import { singular } from '../../extract/numbers/count-units'
import { dimensionOf } from '../../reasons/compatible'
import { HEDGE_WORDS } from '../../reasons/hedges'

/** The figures each vague word of magnitude holds, [from, below): "hàng chục" is some tens, "thousands" up to a million. */
const MAGNITUDES: ReadonlyMap<string, readonly [number, number]> = new Map(
  (
    [
      ['chục', 20, 100], ['trăm', 100, 1000], ['nghìn', 1000, 1e6], ['ngàn', 1000, 1e6], ['vạn', 10_000, 1e6], ['triệu', 1e6, 1e9], ['tỷ', 1e9, 1e12], ['tỉ', 1e9, 1e12],
      ['dozens', 20, 100], ['scores', 20, 100], ['hundreds', 100, 1000], ['thousands', 1000, 1e6], ['millions', 1e6, 1e9], ['billions', 1e9, 1e12],
    ] as const
  ).map(([w, from, below]) => [foldWord(w), [from, below] as const]),
)
const [HANG, OF, THE] = ['hàng', 'of', 'the'].map(foldWord) as [string, string, string]
const FUNCTION: ReadonlySet<string> = new Set([...functionWords('und')].map(foldWord))
/** Auxiliaries between a counted noun and what befell it ("were injured", "bị thương", "được thả"). */
const AUXILIARIES: ReadonlySet<string> = new Set('was were is are be been being has have had later bị được đã đang sẽ vừa mới'.split(' ').map(foldWord))
/** Most words of the phrase after a counted noun or measure read as what it is of, and most words before it read for its verb. */
const PHRASE_WORDS = 3
const VERB_REACH = 3

/** A break between words (any mark or digit): a phrase does not run over it. */
const BREAK = ''

/**
 * Folded words and breaks of a text, read by one scan: a run of letters is a word, any other mark
 * but a space a break. Read by the character table (a whole report is scanned: two property
 * regexes a character and a string grown letter by letter cost ~1 % of compare() on 100 KB).
 */
function wordsAndBreaks(text: string, placed?: (start: number, end: number) => void): string[] {
  const out: string[] = []
  let wordStart = -1
  for (let i = 0; i < text.length; i += widthAt(text, i)) {
    if ((classAt(text, i) & LETTER) !== 0) {
      if (wordStart < 0) wordStart = i
      continue
    }
    if (wordStart >= 0) {
      out.push(foldWord(text.slice(wordStart, i)))
      placed?.(wordStart, i)
    }
    wordStart = -1
    if (!isWhitespace(text.charCodeAt(i)) && (out.length === 0 || out[out.length - 1] !== BREAK)) {
      out.push(BREAK)
      placed?.(i, i + 1)
    }
  }
  if (wordStart >= 0) {
    out.push(foldWord(text.slice(wordStart)))
    placed?.(wordStart, text.length)
  }
  return out
}

/**
 * A sentence's words and breaks, each with where it starts and ends in the report, read once per
 * sentence: every figure of the sentence, in every pair its report is in, reads its words from here.
 * Only the words from `first` to `last` (and the breaks between) are as a scan of the whole report
 * reads them: a word at either end of the sentence may run on past it.
 */
interface SentenceWords {
  readonly words: readonly string[]
  readonly starts: readonly number[]
  readonly ends: readonly number[]
  readonly first: number
  readonly last: number
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

function readSentence(doc: PreparedDocument, sentence: number): SentenceWords {
  const { start, end } = doc.sentences[sentence]!
  const text = doc.original.slice(start, end)
  const starts: number[] = []
  const ends: number[] = []
  const words = wordsAndBreaks(text, (from, to) => {
    starts.push(start + from)
    ends.push(start + to)
  })
  // a sentence cut inside a surrogate pair reads the lone half as a break; the word beside it is not whole
  const from = isLowSurrogate(text.charCodeAt(0)) ? 2 : 1
  const to = text.length - (isHighSurrogate(text.charCodeAt(text.length - 1)) ? 1 : 0)
  let first = 0
  while (first < words.length && (words[first] === BREAK || starts[first]! - start < from)) first++
  let last = words.length - 1
  while (last >= first && (words[last] === BREAK || ends[last]! - start >= to)) last--
  return { words, starts, ends, first, last }
}

const sentenceTables = (_doc: PreparedDocument): Map<number, SentenceWords> => new Map()

/**
 * `wordsAndBreaks(doc.original.slice(from, to))`, its middle read from the words of `sentence`
 * (which the span is in or beside): only the stretches at either end, past the sentence's whole
 * words, are scanned again.
 */
function wordsAround(doc: PreparedDocument, sentence: number, from: number, to: number): string[] {
  const tables = once(doc, sentenceTables)
  let table = tables.get(sentence)
  if (!table) tables.set(sentence, (table = readSentence(doc, sentence)))
  const { words, starts, ends } = table
  // the first whole word starting at `from` or after, and the last ending by `to` (a break lies between two words)
  let lo = table.first
  let hi = table.last + 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (starts[mid]! < from) lo = mid + 1
    else hi = mid
  }
  if (lo <= table.last && words[lo] === BREAK) lo++
  let k = table.first
  hi = table.last + 1
  while (k < hi) {
    const mid = (k + hi) >> 1
    if (ends[mid]! <= to) k = mid + 1
    else hi = mid
  }
  let up = k - 1
  if (up >= table.first && words[up] === BREAK) up--
  const text = doc.original
  if (lo > table.last || up < lo) return wordsAndBreaks(text.slice(from, to))
  return [...wordsAndBreaks(text.slice(from, starts[lo]!)), ...words.slice(lo, up + 1), ...wordsAndBreaks(text.slice(ends[up]!, to))]
}

/** What a quantity counts or measures and what befell it: its noun, the words after it, and its verbs. */
interface Thing {
  readonly noun: string
  readonly phrase: readonly string[]
  readonly verbs: readonly string[]
}

const isContent = (w: string | undefined): w is string => w !== undefined && w !== BREAK && !FUNCTION.has(w)

/**
 * The thing a quantity is of, read from `words` where its noun (or measure) stands at `k`, its
 * quantity opening at `from`: "hundreds of people were injured" → people, [], [injured]; "tonnes of
 * contaminated food" → tonne, [contaminated, food]; "Floods destroyed 200 houses in" → house, [],
 * [destroyed]; "200 ngôi nhà" → ngôi, [nhà]. The verb is the nearest word before the quantity, past
 * hedges, or the one after the phrase, past auxiliaries.
 */
function thingAt(words: readonly string[], from: number, k: number): Thing | undefined {
  if (words[k] === OF) k++
  if (words[k] === THE) k++
  const noun = words[k]
  if (!isContent(noun)) return undefined
  let at = k + 1
  if (words[at] === OF) at++
  if (words[at] === THE) at++
  const phrase: string[] = []
  while (phrase.length < PHRASE_WORDS && isContent(words[at])) phrase.push(singular(words[at++]!))
  const verbs: string[] = []
  for (let b = from - 1; b >= 0 && b >= from - VERB_REACH && words[b] !== BREAK; b--) {
    const w = words[b]!
    // words that hedge a figure ("about 2 tonnes", "khoảng 2 tấn") are no verb of it
    if (HEDGE_WORDS.has(w) || FUNCTION.has(w)) continue
    verbs.push(w)
    break
  }
  while (words[at] !== undefined && AUXILIARIES.has(words[at]!)) at++
  if (isContent(words[at]) && phrase.length < PHRASE_WORDS) verbs.push(words[at]!)
  return { noun: singular(noun), phrase, verbs }
}

/** One thing: one noun, the shorter phrase inside the longer, and a verb in common (or none on either side). */
/** The key vague things are kept under: the magnitude they name and their noun (oneThing needs the same noun). */
const thingKey = (magnitude: string, noun: string): string => `${magnitude}\u0000${noun}`

function oneThing(x: Thing, y: Thing): boolean {
  if (x.noun !== y.noun) return false
  const [short, long] = x.phrase.length <= y.phrase.length ? [x.phrase, y.phrase] : [y.phrase, x.phrase]
  if (!short.every((w) => long.includes(w))) return false
  if (x.verbs.length === 0 && y.verbs.length === 0) return true
  return x.verbs.some((v) => y.verbs.includes(v))
}

/**
 * The vague quantities a report writes, by the magnitude they name ('' for a measure of any
 * amount), each with its thing: "hàng tấn thực phẩm" (tấn, [thực, phẩm]), "hundreds of people
 * were injured" (hundreds: people, [], [injured]).
 */
function vagueThings(doc: PreparedDocument): ReadonlyMap<string, readonly Thing[]> {
  const words = wordsAndBreaks(doc.original)
  // Kept by magnitude and noun, each distinct thing once: a figure is then compared only with the
  // few phrases of its own noun, however many vague quantities the other report repeats.
  const things = new Map<string, Thing[]>()
  const seen = new Set<string>()
  const add = (magnitude: string, thing: Thing | undefined): void => {
    if (!thing) return
    const key = thingKey(magnitude, thing.noun)
    const whole = `${key}\u0000${thing.phrase.join(' ')}\u0000${thing.verbs.join(' ')}`
    if (seen.has(whole)) return
    seen.add(whole)
    const list = things.get(key)
    if (list) list.push(thing)
    else things.set(key, [thing])
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!
    if (w === HANG) {
      const next = words[i + 1]!
      if (MAGNITUDES.has(next)) add(next, thingAt(words, i, i + 2))
      else add('', thingAt(words, i, i + 1))
    } else if (words[i + 1] === OF && w !== BREAK) {
      if (MAGNITUDES.has(w)) add(w, thingAt(words, i, i + 1))
      else add('', thingAt(words, i, i))
    }
  }
  return things
}

/** The thing a figure counts, read from the words around it (a count with its noun; else undefined). */
function figureThing(own: PreparedDocument, located: Located<Fact>): Thing | undefined {
  const fact = located.fact
  if (fact.type !== 'number' || fact.kind !== 'count' || !fact.unit || fact.range || fact.magnitude) return undefined
  // the words from the figure's last digit on: its noun (or classifier and noun), and the words before it for its verb
  const text = own.original
  let digit = located.span.end
  while (digit > located.span.start && !/\p{N}/u.test(text[digit - 1]!)) digit--
  if (digit === located.span.start) return undefined
  const before = wordsAround(own, located.sentence, Math.max(0, located.span.start - BEFORE_LETTERS), located.span.start)
  const words = [...before, BREAK, ...wordsAround(own, located.sentence, digit, Math.min(text.length, located.span.end + AFTER_LETTERS))]
  // the break stands for the figure's digits: the verb is read before it
  return thingAt(words, before.length, before.length + 1)
}

/**
 * The other report gives vague quantities of this figure's noun, and none of them is its thing:
 * "hàng trăm người bị mắc kẹt" for "300 người bị thương", "damaged hundreds of houses" for
 * "destroyed 200 houses". A vague magnitude (extract/numbers/vague-magnitudes.ts) met there is of
 * another slot, however its values compare.
 */
export function vaguelyOfOtherThing(own: PreparedDocument, other: PreparedDocument, located: Located<Fact>): boolean {
  const vague = once(other, vagueThings)
  if (vague.size === 0) return false
  const thing = figureThing(own, located)
  if (!thing) return false
  let sameNoun = false
  for (const magnitude of ['', ...MAGNITUDES.keys()]) {
    const things = vague.get(thingKey(magnitude, thing.noun))
    if (!things) continue
    if (things.some((t) => oneThing(thing, t))) return false
    sameNoun = true
  }
  return sameNoun
}

/** Letters or a space before a figure read for its verb. */
const BEFORE_LETTERS = 60
const AFTER_LETTERS = 80

/**
 * Does the other report give `located`'s figure as a vague quantity of the same thing: the same
 * measure or counted noun, the same words after it and the same verb ("khoảng 2 tấn thực phẩm" /
 * "hàng tấn thực phẩm")? A vague quantity of something else ("thousands of people fled" for "300
 * people were hurt", "damaged hundreds of houses" for "destroyed 200 houses") states nothing of it.
 */
export function statedVaguely(own: PreparedDocument, other: PreparedDocument, located: Located<Fact>): boolean {
  const fact = located.fact
  if (fact.type !== 'number') return false
  const vague = once(other, vagueThings)
  if (vague.size === 0) return false
  const thing = figureThing(own, located)
  if (!thing) return false
  const matches = (magnitude: string): boolean => (vague.get(thingKey(magnitude, thing.noun)) ?? []).some((t) => oneThing(thing, t))
  // a measure: any amount of it ("hàng tấn", "tonnes of")
  if (dimensionOf(fact) !== undefined) return matches('')
  const value = Math.abs(fact.value)
  for (const [word, [from, below]] of MAGNITUDES) if (value >= from && value < below && matches(word)) return true
  return false
}
