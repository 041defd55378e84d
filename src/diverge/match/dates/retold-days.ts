/**
 * One statement retold after two days a day apart: *Theo Đại sứ quán …, ngày 17-8, cảnh sát
 * Manchester thông báo đã phát hiện thêm 1 thi thể trong khu nhà bị cháy …* / *Bộ Ngoại giao vừa
 * cho biết, theo Đại sứ quán …, ngày 16-8, cảnh sát Manchester thông báo đã phát hiện thêm một thi
 * thể …* (AbMuSu 43-2~43-3, round fresh40-1). A day apart is otherwise read as two outlets' news
 * days or two steps of a story (pair-facts.ts scales it down), unless the whole sentences are near
 * copies; here each report adds its own source before the day, so the sentences are not, yet the
 * clause each day fronts is one statement: the day is its one slot.
 *
 * Only the clause after the day is compared (what a fronted day dates); both must be long enough
 * to be a statement, share nearly all their words, and change no figure: a daily update (*ngày
 * 16-8, ghi nhận thêm 500 ca* / *ngày 17-8, … 450 ca*, in digits or words: *ba mươi / bốn mươi*)
 * is two days' news. Each sentence states one day only, so the end of a range (*từ ngày 16-8 đến
 * ngày 18-8, …*) is not read as its day, and a day recalled from another year (*ngày 16-8 năm
 * ngoái*, *August 16 last year*) is no retelling.
 *
 * Words alike also tell what is true on each of two days: a forecast or the weather (*sẽ*, *will*,
 * *có mưa*, *rain*), an activity going on or recurring (*tiếp tục*, *continued*, *daily*), a step
 * added to one told the day before (*bắt giữ thêm nghi phạm*, *another suspect*, on one side only).
 * And two days each with a part of the day that are not the same part (*rạng sáng 17/8* / *đêm
 * 16/8*, *early on August 17* / *late on August 16*, *madrugada* / *noite*) may be one night across
 * midnight: none of these is one slot here.
 */
import type { PreparedDocument } from '../../../document'
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { foldWord } from '../../../normalize/fold'
import { phrases } from '../../../normalize/word-lists'
import { MIDNIGHT_SIDES } from './day-parts'

/** Fewest words a clause needs to be a statement, not a fragment (*tại Hà Nội*, *on Monday*). */
const MIN_WORDS = 6
/** Share of words two clauses must have in common (Dice on their word sets) to be one statement retold. */
const RETOLD = 0.8

/** The words (lower case, NFC) of the rest of the sentence after the fact. */
function wordsAfter(doc: PreparedDocument, l: Located<Fact>): string[] {
  const sentence = doc.sentences[l.sentence]
  if (!sentence) return []
  const words: string[] = []
  let word = ''
  for (const c of doc.original.slice(l.span.end, sentence.end).normalize('NFC').toLowerCase()) {
    if (/[\p{L}\p{M}\p{N}]/u.test(c)) word += c
    else if (word) {
      words.push(word)
      word = ''
    }
  }
  if (word) words.push(word)
  return words
}

/** Whether a phrase starts at one of the first `within` words (all of them by default). */
function hasPhrase(words: readonly string[], list: ReadonlyArray<readonly string[]>, within = words.length): boolean {
  for (let k = 0; k < Math.min(within, words.length); k++) {
    if (list.some((p) => p.every((w, i) => foldWord(words[k + i] ?? '') === w))) return true
  }
  return false
}

/**
 * Phrases in a day's own phrase that move it to another year: *ngày 16-8 năm ngoái*, *August 16
 * last year*, *16 de agosto do ano passado*. Phrases, not their words: *trước khi* is "before",
 * *the last survivors* no year.
 */
const RECALLED = phrases('năm ngoái, năm trước, năm rồi, tháng trước, last year, last month, previous year, year earlier, year ago, ano passado, ano anterior, año pasado, año anterior, année dernière, année précédente, letzten jahres, vorigen jahres')
/** How many words after a day still belong to its own phrase (*năm ngoái*, *of last year*). */
const OWN_PHRASE = 4

const hasDigit = (w: string): boolean => /\p{Nd}/u.test(w)

/** A forecast, the weather or an activity going on or recurring: true of each day alike. */
const EACH_DAY = phrases(
  'sẽ, dự báo, dự kiến, mưa, dông, will, forecast, forecasts, expected, rain, thunderstorms, showers, vai, vão, irá, irão, terá, terão, chuva, chuvas, lluvia, lluvias, pluie, regen, ' +
    'tiếp tục, vẫn, hàng ngày, mỗi ngày, continued, continues, continue, continuing, still, again, daily, every day, continua, continuou, continuam, continúa, continuó, sigue, siguió, diariamente, encore, toujours, weiterhin, täglich',
)
/** A step added to an earlier one (*thêm nghi phạm*, *another suspect*): a later day's news when only one side says it. */
const ADDED = phrases('thêm, another, more, further, mais, más, otro, otra, outro, outra, plus, weitere')

/** The part of the day read just before or right after a day: 'night', 'early', or undefined. */
function dayPartOf(f: Fact): string | undefined {
  if (f.type !== 'date') return undefined
  const near = [...(f.before ?? []), ...(f.after ?? []).slice(0, 2)]
  if (near.some((w) => MIDNIGHT_SIDES.get(w) === 'early')) return 'early'
  return near.some((w) => MIDNIGHT_SIDES.get(w) === 'night') ? 'night' : undefined
}

/** Values of the number facts among a sentence's facts. */
const figuresOf = (facts: readonly Fact[]): Set<number> => new Set(facts.flatMap((f) => (f.type === 'number' ? [f.value] : [])))
const daysIn = (facts: readonly Fact[]): number => facts.filter((f) => f.type === 'date' && f.day !== undefined).length

/**
 * Whether the days x of A and y of B each front the same statement retold: the clauses after them
 * share nearly all their words and no figure of one is missing from the other on both sides.
 * `factsOf`: the facts of x's sentence (0) and of y's (1).
 */
export function retoldDays(x: Located<Fact>, y: Located<Fact>, docA: PreparedDocument, docB: PreparedDocument, factsOf: (side: 0 | 1) => readonly Fact[]): boolean {
  if (x.fact.type !== 'date' || y.fact.type !== 'date' || x.fact.day === undefined || y.fact.day === undefined) return false
  if (daysIn(factsOf(0)) !== 1 || daysIn(factsOf(1)) !== 1) return false
  if (x.fact.year !== undefined && y.fact.year !== undefined && x.fact.year !== y.fact.year) return false
  // the early hours of one day and the night before it may be one night (*rạng sáng 17/8* / *đêm 16/8*)
  if (dayPartOf(x.fact) !== dayPartOf(y.fact)) return false
  const [afterA, afterB] = [wordsAfter(docA, x), wordsAfter(docB, y)]
  // a recalled day of another year (*năm ngoái*, *last year*) is no retelling of this one's
  if ([afterA, afterB].some((words) => hasPhrase(words, RECALLED, OWN_PHRASE))) return false
  if (hasPhrase(afterA, EACH_DAY) || hasPhrase(afterB, EACH_DAY) || hasPhrase(afterA, ADDED) !== hasPhrase(afterB, ADDED)) return false
  const a = new Set(afterA)
  const b = new Set(afterB)
  if (a.size < MIN_WORDS || b.size < MIN_WORDS) return false
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  if ((2 * shared) / (a.size + b.size) < RETOLD) return false
  // a figure each side has and the other lacks is a changed figure (500 / 450 ca), not one spelt out (1 / một)
  const lacks = (from: Set<string>, other: Set<string>): boolean => [...from].some((w) => hasDigit(w) && !other.has(w))
  // and the figures read from the sentences' facts, number words too (*ba mươi* / *bốn mươi*, *thirty* / *forty*)
  const [figuresA, figuresB] = [figuresOf(factsOf(0)), figuresOf(factsOf(1))]
  const lacksFigure = (from: Set<number>, other: Set<number>): boolean => [...from].some((v) => !other.has(v))
  return !(lacks(a, b) && lacks(b, a)) && !(lacksFigure(figuresA, figuresB) && lacksFigure(figuresB, figuresA))
}
