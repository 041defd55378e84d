/**
 * One member of a list replaced: two linked sentences carry one list of names (three members or
 * more, in any order) of the same length, and exactly one member of each is not in the other ("Ấn
 * Độ, Anh, Estonia và Estonia" / "Ấn Độ, Anh, Ukraine và Estonia", "India, Britain, Ukraine and
 * Estonia" / "India, Britain, Latvia and Estonia"): the list is one fact, so the two members that
 * differ fill one place in it, a name contradiction rather than a name missing from one report.
 *
 * Not a contradiction: lists of different lengths (one report lists more: `missing`), a member
 * written two ways (Kyiv / Kiev, Moscow / Matxcơva: a respelling or one place's two names, which
 * variants.ts judges), lists in sentences that are not linked, lists of two.
 *
 * A list is a run of names whose gaps are only a comma or a joining word (và, hoặc, cùng, and,
 * or), read from the names of each sentence in order. The occurrences of each side's odd member
 * in the list are listed (a member written twice, "Estonia và Estonia", is both places).
 */
import type { PreparedDocument } from '../../document'
import type { Alignment, Span } from '../../types'
import type { Located } from '../extract/collect'
import type { NameFact } from '../extract/names'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../describe'
import { keyOfName } from './stated-spellings'
import { isNameVariant } from './name-match'
import { sameExonym } from '../reasons/places'
import { foldWord } from '../../normalize/fold'

/** Fewer members are no list: two names joined by "and" are as often two roles as a list. */
const MIN_MEMBERS = 3
// A gap between two members: a comma, a joining word, or both ("Anh, Ukraine và Estonia", "A, B, and C").
const GAP = /^\s*(?:,\s*)?(?:(?:và|hoặc|cùng|and|or|&)\s+)?$/iu
const CONFIDENCE = 0.75

interface Member {
  readonly name: Located<NameFact>
  readonly key: string
}

/** The lists of names of one sentence: runs of at least MIN_MEMBERS names joined by commas or "and". */
function listsOf(names: readonly Located<NameFact>[], text: string): Member[][] {
  const lists: Member[][] = []
  let run: Member[] = []
  const ordered = [...names].sort((x, y) => x.span.start - y.span.start)
  const close = (): void => {
    if (run.length >= MIN_MEMBERS) lists.push(run)
    run = []
  }
  for (const name of ordered) {
    // "Spain's Pedro Duque": a possessive qualifies the next name, it is no member of the list
    if (/^['’]s\b/u.test(text.slice(name.span.end, name.span.end + 3))) {
      close()
      continue
    }
    const last = run[run.length - 1]
    if (last !== undefined && !(last.name.span.end <= name.span.start && name.span.start - last.name.span.end <= 12 && GAP.test(text.slice(last.name.span.end, name.span.start)))) close()
    run.push({ name, key: keyOfName(name.fact) })
  }
  close()
  return lists
}

/** The members of `x` left after taking away `y`'s, as a multiset (a member written twice counts twice). */
function without(x: readonly Member[], y: readonly Member[]): Member[] {
  const left = new Map<string, number>()
  for (const m of y) left.set(m.key, (left.get(m.key) ?? 0) + 1)
  const out: Member[] = []
  for (const m of x) {
    const n = left.get(m.key) ?? 0
    if (n > 0) left.set(m.key, n - 1)
    else out.push(m)
  }
  return out
}

/** Kyiv / Kiev, Moscow / Matxcơva: a respelling, one place's two names, or one consonant skeleton (vowels changed only). */
function oneNameTwoWays(x: string, y: string): boolean {
  if (isNameVariant(x, y) !== 'different' || sameExonym(x, y)) return true
  const skeleton = (w: string): string => foldWord(w).replace(/[^\p{L}]|[aeiouyăâêôơư]/gu, '')
  return skeleton(x) === skeleton(y)
}

/** Is the name of key `key` written in the sentence's names outside the list? */
function namedOutside(names: readonly Located<NameFact>[], list: readonly Member[], key: string): boolean {
  const inList = new Set(list.map((m) => m.name))
  return names.some((n) => !inList.has(n) && keyOfName(n.fact) === key)
}

export interface ReplacedMember {
  readonly a: Located<NameFact>
  readonly b: Located<NameFact>
  readonly divergence: UnplacedDivergence
}

/** Lists of linked body sentences that differ in exactly one member on each side. */
export function replacedListMembers(
  docA: PreparedDocument,
  docB: PreparedDocument,
  namesA: ReadonlyMap<number, Located<NameFact>[]>,
  namesB: ReadonlyMap<number, Located<NameFact>[]>,
  alignments: readonly Alignment[],
  sides: Sides,
): ReplacedMember[] {
  const out: ReplacedMember[] = []
  const seen = new Set<string>()
  for (const link of alignments) {
    if (link.role !== 'body') continue
    for (const i of link.a) {
      const inA = namesA.get(i)
      if (inA === undefined || inA.length < MIN_MEMBERS) continue
      for (const j of link.b) {
        const inB = namesB.get(j)
        if (inB === undefined || inB.length < MIN_MEMBERS) continue
        for (const x of listsOf(inA, docA.original)) {
          for (const y of listsOf(inB, docB.original)) {
            if (x.length !== y.length) continue
            const onlyX = without(x, y)
            const onlyY = without(y, x)
            if (onlyX.length !== 1 || onlyY.length !== 1) continue
            const mx = onlyX[0]!
            const my = onlyY[0]!
            // Kyiv / Kiev, Moscow / Matxcơva: one member written two ways
            if (oneNameTwoWays(mx.name.fact.text, my.name.fact.text)) continue
            // "Pedro Duque of Spain": the odd member named elsewhere in the other sentence is no replacement
            if (namedOutside(inB, y, mx.key) || namedOutside(inA, x, my.key)) continue
            const key = `${mx.key}\u0000${my.key}`
            if (seen.has(key)) continue
            seen.add(key)
            const spans = (list: readonly Member[], k: string): Span[] => list.filter((m) => m.key === k).map((m) => m.name.span)
            out.push({
              a: mx.name,
              b: my.name,
              divergence: {
                kind: 'name',
                severity: 'medium',
                a: mx.name.span,
                b: my.name.span,
                message: contradictionMessage('name', 'name', mx.name.fact.text, my.name.fact.text, sides),
                occurrences: { a: spans(x, mx.key), b: spans(y, my.key) },
                confidence: CONFIDENCE,
                evidence: ['linked sentences', `one list of ${x.length} names, one member replaced`],
              },
            })
          }
        }
      }
    }
  }
  return out
}
