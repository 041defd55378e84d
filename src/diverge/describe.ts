/**
 * Words for divergences and equivalences: the English message an editor reads,
 * and the reason two different-looking spans were judged the same.
 */
import { foldWord } from '../normalize/fold'
import type { Divergence, DivergenceKind, FactType } from '../types'
import type { Fact } from './extract/fact'

export interface Sides {
  readonly a: string
  readonly b: string
}

const WHAT: Record<string, string> = {
  amount: 'amount',
  percent: 'percentage',
  ordinal: 'rank',
  age: 'age',
  duration: 'duration',
  count: 'count',
  year: 'year',
  plain: 'number',
  score: 'score',
  version: 'version',
  document: 'document number',
  phone: 'phone number',
  plate: 'licence plate',
  // a code of letters and digits ("N704AL", "CVE-2024-1580") is no number an editor would weigh
  code: 'identifier',
}

export function factNoun(fact: Fact): string {
  if (fact.type === 'date') return 'date'
  const what = WHAT[fact.kind] ?? 'number'
  return fact.kind === 'count' && fact.unit ? `count of ${fact.unit}` : what
}

export function contradictionMessage(kind: DivergenceKind, noun: string, a: string, b: string, sides: Sides): string {
  if (kind === 'name' && noun === 'street') return `${sides.a} names the street "${a}" where ${sides.b} names another street, "${b}".`
  if (kind === 'name') return `${sides.a} spells a name "${a}" where ${sides.b} spells it "${b}".`
  return `${sides.a} gives the ${noun} as "${a}" where ${sides.b} gives "${b}".`
}

export function missingMessage(type: FactType, noun: string, text: string, stated: string, silent: string): string {
  const what = type === 'name' ? 'the name' : `the ${noun}`
  return `${stated} states ${what} "${text}"; ${silent} does not mention it.`
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)
}

/** Why two spans that state one fact differ on the surface. */
export function formatReason(a: string, b: string, fallback: string): string {
  if (a === b) return 'identical'
  if (a.normalize('NFC') === b.normalize('NFC')) return 'unicode-form'
  const lowerA = a.normalize('NFC').toLowerCase()
  const lowerB = b.normalize('NFC').toLowerCase()
  if (lowerA === lowerB) return 'letter-case'
  const wa = words(lowerA)
  const wb = words(lowerB)
  // Dates and numbers differ in punctuation by nature (13.8 / 13/8): their own reason says more.
  if (wa.join(' ') === wb.join(' ')) return fallback === 'name-format' ? 'punctuation' : fallback
  if (wa.length === wb.length && wa.map(foldWord).join(' ') === wb.map(foldWord).join(' ')) {
    // Folding equal but letters differ once marks are gone: tỉ / tỷ; otherwise the mark moved: hoà / hòa.
    const bare = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '')
    return wa.some((w, i) => bare(w) !== bare(wb[i]!)) ? 'i-y-spelling' : 'tone-placement'
  }
  return fallback
}

/** A divergence before the stage has said which kind of line it sits in. */
export type UnplacedDivergence = Omit<Divergence, 'role'>

/** A year read as a date on one side and as a number on the other is one date written two ways, whichever side is A. */
export function formatKind(x: Fact, y: Fact): 'date-format' | 'number-format' {
  return x.type === 'date' || y.type === 'date' ? 'date-format' : 'number-format'
}
