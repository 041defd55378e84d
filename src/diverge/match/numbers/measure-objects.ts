/**
 * The object a measure measures and the place or part of it named (measure-pairs.ts), read in the
 * measure's own phrase only: two reports' measures pair only when both name one object, since an
 * aspect word alone ("a depth of 108 meters", "60 meters below the surface") fits a wreck, a diver
 * and the sea alike (review rmeasures45). Orders read: "a 16-inch hole", "8 pounds of cocaine",
 * "une tumeur de 4 kg", "a tumor that weighed 9 pounds", "a baby weighing 7 pounds", "a crane 60
 * meters high"; the place after the noun: "a hole in the hull" / "a hole near the hatch" are two holes.
 */
import type { NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { functionWords } from '../../../normalize/function-words'
import type { Clause } from '../clauses/clauses'

/** The words a measure's object is read past: "8 pounds of cocaine", "$2.5 million worth of jewellery", "24 anos de serviço". */
export const OBJECT_LINKS = keys('of worth de do da del du des d')
const FUNCTION: ReadonlySet<string> = new Set([...functionWords('und')].map(foldWord))
/** "450 feet below the surface": a position, never the object. */
export const BELOW = keys('below beneath under underwater sous abaixo debajo unter dưới')
/** Verbs of measuring right before the figure, after their object: "a tumor that weighed 9 pounds", "a baby weighing 7 pounds". */
const MEASURING = keys('weigh weighs weighed weighing measure measures measured measuring nặng pesa pesava pesaba pèse pesait wiegt wog')
const RELATIVES = keys('that which who que qui der die das')
/** An aspect adjective after the unit with its object before the figure: "a crane 60 meters high". */
const ASPECT_AFTER = keys('high tall long deep wide thick heavy')
/** Words that open a place or a part of the object: "in the hull", "near the hatch", "trên thân tàu". */
const PLACE_LEADS = keys('in on near at inside beside under above behind off along trên gần ở dans près sur em perto no na en cerca bei an')
const HEDGES = keys('about around some nearly almost roughly approximately khoảng chừng environ cerca unos unas etwa')
/** Function words skipped before the place's noun ("in the forward hull"). */
const PLACE_SKIP = 2

/** A noun folded to its singular ("holes" → "hole"): two reports may name one object in two numbers. */
export const singular = (w: string): string => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)
export const isObjectWord = (w: string | undefined): w is string => w !== undefined && !FUNCTION.has(w) && !BELOW.has(w) && !/\d/u.test(w) && w.length > 1

export interface MeasuredObject {
  readonly noun: string
  /** The place or part named right after the noun ("hull" of "a hole in the hull"), '' when none is. */
  readonly place: string
}

function placeAfter(words: readonly string[], at: number, end: number): string {
  if (!PLACE_LEADS.has(words[at] ?? '')) return ''
  for (let k = at + 1; k < Math.min(end, at + 2 + PLACE_SKIP); k++) {
    const w = words[k]
    if (isObjectWord(w)) return singular(w)
  }
  return ''
}

/** The noun the measure's unit modifies and its place, if the measure's own phrase names one. */
export function objectOf(f: NumberFact, c: Clause, roles: ReadonlyMap<string, string>): MeasuredObject | undefined {
  const noun = (w: string | undefined): w is string => isObjectWord(w) && !roles.has(w) && !MEASURING.has(w) && !RELATIVES.has(w)
  // the sentence's words up to the figure: "The tumor, which weighed 8 pounds" crosses a clause break; a hedge ("a crack about 100 meters long") is skipped
  const b = HEDGES.has(c.lead[c.lead.length - 1] ?? '') ? c.lead.slice(0, -1) : c.lead
  const [before3, before2, before1] = [b[b.length - 3], b[b.length - 2], b[b.length - 1]]
  const end = Math.min(c.end, c.afterStart + 6)
  // the Romance order first ("une tumeur de 4 kg était…"): the word after it is then the verb
  if (f.before.length > 0 && before1 !== undefined && OBJECT_LINKS.has(before1) && noun(before2)) return { noun: singular(before2), place: placeAfter(c.words, c.afterStart, end) }
  // "a baby weighing 7 pounds", "a tumor that weighed 9 pounds"
  if (before1 !== undefined && MEASURING.has(before1)) {
    if (noun(before2)) return { noun: singular(before2), place: '' }
    if (before2 !== undefined && RELATIVES.has(before2) && noun(before3)) return { noun: singular(before3), place: '' }
    return undefined
  }
  // "a crane 60 meters high"
  if (ASPECT_AFTER.has(c.words[c.afterStart] ?? '')) return noun(before1) ? { noun: singular(before1), place: '' } : undefined
  let at = c.afterStart
  while (at < c.afterStart + 2 && OBJECT_LINKS.has(c.words[at] ?? '')) at++
  const after = c.words[at]
  return at < c.end && noun(after) ? { noun: singular(after), place: placeAfter(c.words, at + 1, end) } : undefined
}
