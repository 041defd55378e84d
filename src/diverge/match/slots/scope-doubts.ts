/**
 * Doubts read from what a sentence says about the scope or the period of its figures, beyond
 * the figure's own clause: a figure "excluding one-time items" against one that says nothing of
 * them, the base of a comparison ("double the $102 million … for the year-earlier quarter")
 * against the figure compared, a sentence about an earlier year against one about the current.
 * A paraphrase keeps such words (they change the number); a reporter who drops them reports
 * another figure, so the pair stays a candidate rather than a contradiction.
 */
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../extract/fact-tokens'
import { ENGLISH_CALENDAR } from '../../../normalize/calendar-words'
import { STOP } from '../../extract/numbers/number-words'
import type { Fact } from '../../extract/fact'
import type { Clause } from '../clauses/clauses'
import { LEVEL, NGOAI } from './slot-qualifiers'

const EXCLUDING = keys('excluding excludes exclude ex-items')
const INCLUDING = keys('including includes inclusive')
/** What an adjusted figure leaves out or takes in: "excluding one-time items", "including fees". */
const ITEMS = keys('fees fee charges charge items item costs cost gains gain taxes tax one-time one-off special nonrecurring extraordinary')
/** "không tính", "chưa kể": Vietnamese leaves out with a negation before "tính" / "kể". */
const NOT_VI = keys('không chưa')
const COUNT_VI = keys('tính kể')
const CA = foldWord('cả')
const TINH = foldWord('tính')
const GOM = foldWord('gồm')

/** Whether the sentence states its figures without some items, with extra ones, or neither. */
export function adjustment(words: readonly string[]): 'excluding' | 'including' | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (EXCLUDING.has(w)) return 'excluding'
    if (w === 'before' && words.slice(k + 1, k + 3).some((u) => ITEMS.has(u))) return 'excluding'
    if (NOT_VI.has(w) && COUNT_VI.has(words[k + 1] ?? '')) return 'excluding'
    if (INCLUDING.has(w) && words.slice(k + 1, k + 5).some((u) => ITEMS.has(u))) return 'including'
    if ((w === TINH || w === GOM) && words[k + 1] === CA) return 'including'
  }
  return undefined
}

/** Words that make the figure after them the base a comparison starts from. */
const BASE = keys('double twice triple quadruple half compared versus')
const SO = foldWord('so')
const VOI = foldWord('với')

/** "more than double the $102 million", "compared with 1.92 billion", "so với 20 tỷ": the figure is a comparison's base. */
export function comparisonBase(lead: readonly string[]): boolean {
  const near = lead.slice(-6)
  for (let k = near.length - 1; k >= 0; k--) {
    const w = near[k]!
    if (LEVEL.has(w)) return false
    if (BASE.has(w) || (w === VOI && near[k - 1] === SO)) return true
  }
  return false
}

/** One word that dates a period before the current one. */
const PRIOR_WORD = keys('year-earlier year-ago prior-year year-before')
/** Long periods: "last week" in a market report is a move beside the day's, not the figure's period. */
const LONG_PERIOD = keys('year quarter half season fiscal năm quý')
const BEFORE_WORDS = keys('ago earlier before')
const LAST_WORDS = keys('last previous prior')
/** A comparison word before a period makes it the base of a change ("up 5% from a year earlier"), not the figure's period. */
const COMPARED = keys('from than over versus compared with against since với')

/** The sentence speaks of an earlier year or quarter ("for the year-earlier quarter", "last year", "năm ngoái"), not as a comparison's base. */
export function earlierPeriod(words: readonly string[]): boolean {
  return words.some((w, k) => {
    const mark =
      PRIOR_WORD.has(w) ||
      w === NGOAI ||
      (BEFORE_WORDS.has(w) && LONG_PERIOD.has(words[k - 1] ?? '')) ||
      (LAST_WORDS.has(w) && (LONG_PERIOD.has(words[k + 1] ?? '') || (words[k + 1] === 'fiscal' && LONG_PERIOD.has(words[k + 2] ?? ''))))
    return mark && !words.slice(Math.max(0, k - 4), k).some((u) => COMPARED.has(u))
  })
}

/** Words that open the base a change is measured against: "a 7 percent increase from the same time a week ago", "over the three-month average". */
const BASE_OPENERS = keys('from over than versus compared với')
const FILLER = keys('same its their his her our the a an of to with it that')

/** The content words of the base a change in this clause is measured against, if the clause states one right after the figure. */
export function changeBase(after: readonly string[]): ReadonlySet<string> | undefined {
  const at = after.slice(0, 3).findIndex((w) => BASE_OPENERS.has(w))
  if (at < 0) return undefined
  const base = after.slice(at + 1).filter((w) => !/\d/.test(w) && !STOP.has(w) && !FILLER.has(w) && !BASE_OPENERS.has(w))
  return base.length > 0 ? new Set(base) : undefined
}

const PERIOD = keys('year quarter period season month week half fiscal năm quý kỳ tháng')

/** The sentence names a period ("in the quarter", "first-quarter", "this year"). */
function namesPeriod(words: readonly string[]): boolean {
  return words.some((w) => w.split('-').some((part) => PERIOD.has(part)))
}

/** "three other governments", "3 tỉnh khác": a count of the others. */
const OTHER = keys('other others khác')

/**
 * "Egypt, Mongolia, the Seychelles, Tunisia and at least three other governments" / "at least seven
 * other governments": the others left after a list of named ones against others beside none.
 */
function remainderOfList(cx: Clause, cy: Clause): boolean {
  const others = (c: Clause): boolean => c.after.slice(0, 2).some((w) => OTHER.has(w))
  if (!others(cx) || !others(cy)) return false
  const listed = (c: Clause): number => new Set(c.leadNames).size
  const [nx, ny] = [listed(cx), listed(cy)]
  return (nx >= 2 && ny === 0) || (ny >= 2 && nx === 0)
}

/** One word that makes a figure the whole country's or the world's: "nationwide", "toàn quốc". */
const WHOLE_WORDS = keys('nationwide countrywide worldwide globally')
/** The word after these: "cả nước", "toàn quốc", "toàn cầu". */
const WHOLE_VI = new Map([[foldWord('cả'), keys('nước')], [foldWord('toàn'), keys('quốc cầu')]])
/** "across the country", "the whole nation", "throughout the country". */
const WHOLE_EN_LEAD = keys('across throughout whole entire')
const COUNTRY = keys('country nation')

/** The sentence gives its figures for the whole country or the world. */
export function wholeScope(words: readonly string[]): boolean {
  return words.some((w, k) => {
    if (WHOLE_WORDS.has(w)) return true
    if (WHOLE_VI.get(w)?.has(words[k + 1] ?? '')) return true
    return COUNTRY.has(w) && words.slice(Math.max(0, k - 2), k).some((u) => WHOLE_EN_LEAD.has(u))
  })
}

/** Words that put a capitalised name after them as a place: "in Hanoi", "tại Hà Nội", "trên địa bàn Hà Nội", "tỉnh Nghệ An". */
const LOCATIVE = keys('in at tại ở bàn tỉnh huyện phố TP quận')
/** Capitalised after "in" but a time, not a place. */
const NOT_PLACES = keys(ENGLISH_CALENDAR.join(' '))

/** A place the sentence names ("in Hanoi", "tại Hà Nội") that the other sentence does not. */
function placeNotIn(part: Clause, whole: Clause): boolean {
  return part.words.some((w, k) => {
    const next = part.words[k + 1]
    return LOCATIVE.has(w) && next !== undefined && part.capitals.has(next) && !NOT_PLACES.has(next) && !whole.sentence.has(next)
  })
}

/**
 * "12 vụ tai nạn trên địa bàn Hà Nội" / "cả nước xảy ra 30 vụ", "in Hanoi" / "nationwide": one
 * figure is the whole country's, the other's sentence places its figure somewhere the first does not name.
 */
function partAgainstWhole(cx: Clause, cy: Clause): boolean {
  const wx = wholeScope(cx.words)
  if (wx === wholeScope(cy.words)) return false
  return wx ? placeNotIn(cy, cx) : placeNotIn(cx, cy)
}

/** Why two figures' sentences scope them differently, or undefined. */
export function scopeDoubt(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  const ax = adjustment(cx.words)
  const ay = adjustment(cy.words)
  if (ax !== ay) return `one figure is stated ${ax ?? ay} items the other does not mention`
  if (comparisonBase(cx.lead) !== comparisonBase(cy.lead)) return 'the base of a comparison against the figure compared'
  // "a 7 percent increase from the same time a week ago" / "a 17 percent increase over the three-month daily average"
  const bx = changeBase(cx.after)
  const by = changeBase(cy.after)
  if (bx && by && ![...bx].some((w) => by.has(w))) return 'changes measured against different bases'
  if (remainderOfList(cx, cy)) return 'the others after a list of named ones against others beside none'
  // A date's own year is what the two may disagree on ("tháng 3 vừa qua" / "tháng 11 năm ngoái"), not a scope
  if (x.type !== 'number' || y.type !== 'number') return undefined
  if (partAgainstWhole(cx, cy)) return 'a figure for the whole country against one for a place the other does not name'
  // "in the area" / "trong khu vực" with no name after it points back to the story's own place (fixm29a,
  // review-m 4): no scope of its own, in either language, so it sets no figure apart from one placed nowhere.
  // The other sentence must name a period of its own: "more than $34 billion" beside "$33.4 billion last year" may be last year's too.
  const px = earlierPeriod(cx.words)
  if (px !== earlierPeriod(cy.words) && namesPeriod((px ? cy : cx).words)) return 'a sentence about an earlier period against one about the current'
  return undefined
}
