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
import type { PreparedDocument } from '../../../document'
import type { Alignment, Span } from '../../../types'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../../describe'
import { keyOfName } from './stated-spellings'
import { isNameVariant } from './name-match'
import { sameExonym } from '../../reasons/places'
import { foldWord } from '../../../normalize/fold'
import { sameNameInShort } from '../../reasons/name-forms'
import { givenNameForms } from './given-name-forms'

/** Fewer members are no list: two names joined by "and" are as often two roles as a list. */
const MIN_MEMBERS = 3
// A gap between two members: a comma, a joining word, or both ("Anh, Ukraine và Estonia", "A, B, and C").
const GAP = /^\s*(?:,\s*)?(?:(?:và|hoặc|cùng|and|or|&)\s+)?$/iu
// Two names with only a space between them are one name read in two parts ("Thể Công Viettel", "Becamex Bình Dương").
const SIDE_BY_SIDE = /^[ \t\u00a0]+$/u
// A bare joining word, no comma: "Bosnia and Herzegovina", "Trinidad and Tobago" may be one name.
const BARE_AND = /^\s+(?:và|and|&)\s+$/iu
const CONFIDENCE = 0.75

interface Member {
  readonly name: Located<NameFact>
  readonly key: string
  /** The gap text before this member in its list ('' for the first). */
  readonly gap: string
}

/** Names standing side by side (only a space between) as one name spanning them all. */
function joinSideBySide(names: readonly Located<NameFact>[], text: string): Located<NameFact>[] {
  const out: Located<NameFact>[] = []
  for (const name of names) {
    const last = out[out.length - 1]
    if (last !== undefined && last.span.end < name.span.start && SIDE_BY_SIDE.test(text.slice(last.span.end, name.span.start))) {
      const start = last.span.start
      const end = name.span.end
      const joined = text.slice(start, end)
      out[out.length - 1] = {
        ...last,
        span: { ...last.span, start, end, text: joined },
        fact: { ...last.fact, end: last.fact.end + (end - last.span.end), text: joined, key: `${last.fact.key} ${name.fact.key}`, tokens: [...last.fact.tokens, ...name.fact.tokens] },
      }
    } else out.push(name)
  }
  return out
}

/** The lists of names of one sentence: runs of at least MIN_MEMBERS names joined by commas or "and". */
function listsOf(names: readonly Located<NameFact>[], text: string): Member[][] {
  const lists: Member[][] = []
  let run: Member[] = []
  const ordered = joinSideBySide([...names].sort((x, y) => x.span.start - y.span.start), text)
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
    const gap = last === undefined ? '' : text.slice(last.name.span.end, name.span.start)
    if (last !== undefined && !(last.name.span.end <= name.span.start && name.span.start - last.name.span.end <= 12 && gap.trim() !== '' && GAP.test(gap))) close()
    run.push({ name, key: keyOfName(name.fact), gap: run.length === 0 ? '' : gap })
  }
  close()
  return lists
}

// A sentence's lists by its names' array (a document's, shared by every pair of a story and every
// link the sentence is in): read once, not once a linked sentence and list of the other side.
const listsByNames = new WeakMap<readonly Located<NameFact>[], { readonly text: string; readonly lists: Member[][] }>()

function listsOnce(names: readonly Located<NameFact>[], text: string): Member[][] {
  const known = listsByNames.get(names)
  if (known !== undefined && known.text === text) return known.lists
  const lists = listsOf(names, text)
  listsByNames.set(names, { text, lists })
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
  return respelt(x, y) || sameExonym(x, y)
}

/** Kyiv / Kiev, Hải / Hai: the same name respelt (near in spelling, or one consonant skeleton). */
function respelt(x: string, y: string): boolean {
  const skeleton = (w: string): string => foldWord(w).replace(/[^\p{L}]|[aeiouyăâêôơư]/gu, '')
  return isNameVariant(x, y) !== 'different' || skeleton(x) === skeleton(y)
}

/** A word the short form of another: its start (Man / Manchester) or its letters in order from the same first letter (Utd / United). */
function wordInShort(short: string, long: string): boolean {
  if (short.length >= long.length || short.length < 2 || short[0] !== long[0]) return false
  if (long.startsWith(short)) return true
  if (short.length > 4) return false
  let at = 0
  for (const ch of short) {
    at = long.indexOf(ch, at) + 1
    if (at === 0) return false
  }
  return true
}

/**
 * One member named two ways rather than replaced: a respelling or exonym, one name the other in
 * short or with more words (Viettel / Thể Công Viettel, Bình Dương / Becamex Bình Dương, Clinton /
 * Bill Clinton), or word for word the same with a short or familiar form (Man Utd / Manchester
 * United, Bill Clinton / William Clinton, Kate / Catherine).
 */
function sameMember(x: Member, y: Member): boolean {
  const a = x.name.fact.text
  const b = y.name.fact.text
  if (oneNameTwoWays(a, b) || sameNameInShort(a, b)) return true
  const wa = x.key.split(' ').filter((w) => w !== '')
  const wb = y.key.split(' ').filter((w) => w !== '')
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  if (short.length < long.length) return short.every((w) => long.includes(w))
  const sameWord = (p: string, q: string): boolean => p === q || givenNameForms(p).includes(q)
  if (short.length === 1) return sameWord(short[0]!, long[0]!)
  return short.every((w, k) => {
    const v = long[k]!
    return sameWord(w, v) || wordInShort(w, v) || wordInShort(v, w)
  })
}

/**
 * "Serbia, Croatia, Montenegro and Bosnia" / "Serbia, Croatia, Bosnia and Herzegovina": a member
 * shared by both lists stands before a bare "and" in one and after it in the other, next to each
 * side's odd member: the pair joined by "and" may be one name (Bosnia and Herzegovina, Trinidad and
 * Tobago), so the odd members are no one place replaced.
 */
function sharedMemberChangesSide(x: readonly Member[], mx: Member, y: readonly Member[], my: Member): boolean {
  const pairOf = (list: readonly Member[], odd: Member): { other: string; oddFirst: boolean } | undefined => {
    const i = list.indexOf(odd)
    const next = list[i + 1]
    if (next !== undefined && BARE_AND.test(next.gap)) return { other: next.key, oddFirst: true }
    const prev = list[i - 1]
    if (prev !== undefined && BARE_AND.test(odd.gap)) return { other: prev.key, oddFirst: false }
    return undefined
  }
  const px = pairOf(x, mx)
  const py = pairOf(y, my)
  // (a member written twice, "Estonia và Estonia", is no name with "và" in it)
  return px !== undefined && py !== undefined && px.other === py.other && px.other !== mx.key && px.oddFirst !== py.oddFirst
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
        for (const x of listsOnce(inA, docA.original)) {
          for (const y of listsOnce(inB, docB.original)) {
            if (x.length !== y.length) continue
            // Kyiv / Kiev, Man Utd / Manchester United: members written two ways are judged first, then the one replaced is found
            const onlyX = without(x, y)
            const onlyY = without(y, x)
            // (a report that calls one member by another name, Nam Hàn for Hàn Quốc, may call the others so too: only respellings are set aside)
            let otherNames = false
            for (let k = onlyX.length - 1; k >= 0; k--) {
              const twin = onlyY.findIndex((m) => sameMember(onlyX[k]!, m))
              if (twin < 0) continue
              if (onlyX.length > 1 && !respelt(onlyX[k]!.name.fact.text, onlyY[twin]!.name.fact.text)) otherNames = true
              onlyX.splice(k, 1)
              onlyY.splice(twin, 1)
            }
            if (otherNames || onlyX.length !== 1 || onlyY.length !== 1) continue
            const mx = onlyX[0]!
            const my = onlyY[0]!
            if (sharedMemberChangesSide(x, mx, y, my)) continue
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
