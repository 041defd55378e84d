/**
 * Two clock times that one deadline word sets alike (*Đến 19h* / *Đến 21 giờ 30*, *By 7 p.m.* / *By
 * 9:30 p.m.*, past a hedge: *Đến khoảng 20g*): one deadline told two ways, as comparable as two
 * plain times (issue 11, round fresh37-1). Only đến/tới/by: after, since, before, sau, trước are
 * bounds two different times can both honour. A bound that differs (*by 7* / *after 7*) or closes a
 * span (*từ 17h đến 19h*, *from 5 to 7 p.m.*) leaves them to the other rules: moment-slots.ts and
 * clock-hedges.ts ask this before they set bounded times aside.
 *
 * A deadline and an "as of" status read alike (*Đến 19h, đám cháy vẫn chưa được khống chế* / *By 7
 * p.m., firefighters had not …*: two true updates), and no word tells them apart reliably, so the
 * rule holds only where both sentences state a completed event: no negation, no "still", and no
 * figure beside the time (*Đến 19h, 5 người đã được đưa ra*: a count by a time is progress).
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { ABOUT } from '../../reasons/hedges'
import { foldWord } from '../../../normalize/fold'
import { once } from '../../../document/once'

// Words that set a deadline: by 7 p.m., đến 19h, tới 20g, até as 19h, hasta las 19h.
const ONE_SIDED = keys('by đến tới até hasta')
// Articles between a deadline word and its time (até as 19h, hasta las 7): passed over.
const TIME_ARTICLES = keys('as às a las')
// Words that open a span, whose closing end is no deadline of its own: from, between, từ.
const SPAN_OPENERS = keys('from between từ')

/** The one-sided bound word before a time, past one hedge, or undefined. */
function boundOf(f: Fact): string | undefined {
  const before = f.before ?? []
  let k = before.length - 1
  if (ABOUT.has(before[k] ?? '')) k--
  if (TIME_ARTICLES.has(before[k] ?? '')) k--
  const word = before[k]
  if (word === undefined || !ONE_SIDED.has(word)) return undefined
  for (let j = 0; j < k; j++) if (SPAN_OPENERS.has(before[j]!)) return undefined
  return word
}

// Words that make a bound an "as of" status: not yet, still, chưa, vẫn.
const STATUS = keys('not never no yet still chưa không vẫn chẳng')

/** Is the sentence a status rather than an event met: a negation, "still", or "n't"? */
function statusSentence(text: string): boolean {
  for (const word of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}'’]+/u)) {
    if (STATUS.has(word) || word.endsWith("n't") || word.endsWith('n’t')) return true
  }
  return false
}

/**
 * Both sentences tell one completed event by their deadlines: neither a status (negation,
 * "still") nor holding a figure beside the time other than its dates.
 */
export function deadlineMet(x: Fact, y: Fact, texts: readonly [string, string], facts: readonly [readonly Fact[], readonly Fact[]]): boolean {
  if (statusSentence(texts[0]) || statusSentence(texts[1])) return false
  const counted = (list: readonly Fact[], own: Fact): boolean => list.some((f) => f !== own && f.type === 'number')
  return !counted(facts[0], x) && !counted(facts[1], y)
}

/** Both times bounded by one word, neither the end of a span. */
export function sameBound(x: Fact, y: Fact): boolean {
  const bound = boundOf(x)
  return bound !== undefined && bound === boundOf(y)
}

/** Both bounded alike and neither hedged: as exact as two plain times. */
export function sameExactBound(x: Fact, y: Fact): boolean {
  const hedged = (f: Fact): boolean => ABOUT.has(f.before?.[f.before.length - 1] ?? '')
  return sameBound(x, y) && !hedged(x) && !hedged(y)
}

// Words of the moment rather than the statement: a hedge, a part of the day, "cùng ngày" (the same day).
const MOMENT_WORDS = new Set([...ABOUT, ...keys('giờ sáng trưa chiều tối đêm cùng ngày hôm a.m p.m am pm')])

/**
 * Share of the two sentences' content words both hold, the times' own words, hedges and day parts
 * aside, over the larger sentence: *Đến khoảng 20g, …* / *Đến 21 giờ 30 tối cùng ngày, …* say one
 * thing though the time's own words make the plain share look low.
 */
export function overlapBesideTimes(x: Fact, y: Fact, wordsA: readonly string[], wordsB: readonly string[]): number {
  const own = new Set([...x.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u), ...y.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u)])
  const keep = (w: string): boolean => !own.has(w) && !MOMENT_WORDS.has(w)
  const a = new Set(wordsA.filter(keep))
  const b = new Set(wordsB.filter(keep))
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / Math.max(a.size, b.size)
}

/**
 * Progress measures worded several ways: the scene dealt with, cleared, cleaned up is one measure;
 * a fire contained and a fire put out are two (*Đến 19h, đám cháy được khống chế* / *Đến 21h, đám
 * cháy được dập tắt* are two steps). Folded words of each phrase, in order.
 */
const MEASURES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['cleared', ['giải tỏa', 'giải toả', 'giải quyết xong', 'xử lý xong', 'thu dọn xong', 'dọn dẹp xong', 'cleared', 'cleaned up', 'cleared away', 'liberado', 'liberada', 'desobstruído', 'desobstruída', 'despejado']],
  ['contained', ['khống chế', 'under control', 'contained', 'controlado', 'controlada']],
  ['extinguished', ['dập tắt', 'extinguished', 'put out', 'extinto', 'apagado']],
]
const MEASURE_PHRASES = MEASURES.flatMap(([measure, phrases]) => phrases.map((p) => ({ measure: `#${measure}`, words: p.split(' ').map(foldWord) })))

/** The words with each measure's phrase folded to its one token (*giải quyết xong* → #cleared). */
function readMeasures(words: readonly string[]): readonly string[] {
  const out: string[] = []
  for (let k = 0; k < words.length; k++) {
    const found = MEASURE_PHRASES.find(({ words: phrase }) => phrase.every((w, i) => words[k + i] === w))
    if (found) {
      out.push(found.measure)
      k += found.words.length - 1
    } else out.push(words[k]!)
  }
  return out
}

// A sentence's words are kept with its report (moment-slots.ts' sentenceWordsOf), and so are their measures: every pair of facts of a story's pairs asked again.
const withMeasures = (words: readonly string[]): readonly string[] => once(words, readMeasures)

// Words of a clause that name no subject: articles, auxiliaries, prepositions, deadline words.
const NOT_SUBJECT = new Set([
  ...ONE_SIDED,
  ...TIME_ARTICLES,
  ...keys('the an of on in at to had has have been was were is are be being finally same day được đã mới bị vừa đều hoàn toàn cùng ngày o os do da dos das de foi foram na no em finalmente el los del fue por'),
])

/** The subject words before a clause's first measure (*hiện trường vụ tai nạn*, *one lane of the highway*), or undefined without one. */
function subjectOf(words: readonly string[], keep: (w: string) => boolean): Set<string> | undefined {
  const folded = withMeasures(words)
  const at = folded.findIndex((w) => w.startsWith('#'))
  if (at < 0) return undefined
  return new Set(folded.slice(0, at).filter((w) => keep(w) && !NOT_SUBJECT.has(w)))
}

/**
 * Two deadlines of two measures, whatever else their sentences share: a fire contained and put
 * out (*khống chế* / *dập tắt*, *contained* / *put out*, *controlado* / *extinto*), or one measure
 * of two subjects, each naming something the other does not (*hiện trường* / *ùn tắc*, *the scene*
 * / *one lane*, *northbound* / *southbound lanes*, *o trânsito* / *o corpo* released). A subject
 * one side only adds to (*hiện trường vụ lật xe* / *hiện trường*) is still one.
 */
export function measuresApart(x: Fact, y: Fact, wordsA: readonly string[], wordsB: readonly string[]): boolean {
  const own = new Set([...x.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u), ...y.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u)])
  const keep = (w: string): boolean => !own.has(w) && !MOMENT_WORDS.has(w)
  const measuresOf = (words: readonly string[]): string => [...new Set(withMeasures(words).filter((w) => w.startsWith('#')))].sort().join(' ')
  const [ma, mb] = [measuresOf(wordsA), measuresOf(wordsB)]
  if (ma === '' || mb === '') return false
  if (ma !== mb) return true
  const [sa, sb] = [subjectOf(wordsA, keep), subjectOf(wordsB, keep)]
  if (!sa || !sb) return false
  const ownWord = (from: Set<string>, other: Set<string>): boolean => [...from].some((w) => !other.has(w))
  return ownWord(sa, sb) && ownWord(sb, sa)
}

/**
 * Two deadlines of one progress measure worded two ways (*hiện trường vụ lật xe mới được giải
 * quyết xong* / *hiện trường được giải tỏa*, *the scene of the crash had been cleared* / *the scene
 * was cleaned up*): the share of the shorter clause's words, the times' own aside, the longer one
 * holds, when both name one measure and no other; 0 otherwise. The longer clause may add what the
 * scene is of; a clause naming two measures, or none, is left to the plain share.
 */
export function oneMeasureShare(x: Fact, y: Fact, wordsA: readonly string[], wordsB: readonly string[]): number {
  const own = new Set([...x.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u), ...y.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u)])
  const keep = (w: string): boolean => !own.has(w) && !MOMENT_WORDS.has(w)
  const a = new Set(withMeasures(wordsA).filter(keep))
  const b = new Set(withMeasures(wordsB).filter(keep))
  const measuresOf = (set: Set<string>): string[] => [...set].filter((w) => w.startsWith('#'))
  const [ma, mb] = [measuresOf(a), measuresOf(b)]
  if (ma.length !== 1 || mb.length !== 1 || ma[0] !== mb[0] || measuresApart(x, y, wordsA, wordsB)) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  // the measure alone is no statement: its subject (the scene, the fire) must be there too
  if (small.size < 2) return 0
  let shared = 0
  for (const w of small) if (large.has(w)) shared++
  return shared / small.size
}
