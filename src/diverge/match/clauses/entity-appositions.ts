/**
 * Capitalised words that only identify a body already named beside them, for the clause rule of
 * slot-qualifiers.ts ("clauses about different places or entities"): a firm's home town written
 * after it (*Legato Systems of Mountain View*) or its stock ticker in brackets (*Legato Systems
 * (Nasdaq: LGTO)*, *Vinamilk (HOSE: VNM)*). Such words name no place or body the figure is told
 * of: the firm is the scope, and the other report may name it bare. A place that scopes the figure
 * stands on its own (*sales in Mountain View*, *giá xăng tại Hà Nội*), not right after a name.
 *
 * Each word of such an apposition maps to its head (the capitalised run right before it, folded)
 * and its form, so that the caller can ask whether the other sentence names the head too and
 * writes no apposition of the same form to it (*First National Bank of Omaha* / *of Chicago* stay two banks).
 */
import type { Fact } from '../../extract/fact'
import type { Token } from '../../extract/fact-tokens'
import { sharedNeighbours } from '../pairing/shared-words'

type AppositionForm = 'of' | 'ticker'

export interface Apposition {
  readonly head: readonly string[]
  readonly form: AppositionForm
}

/** The connective of a home-town apposition: English "of" after a capitalised name. */
const OF = 'of'
/** Tokens a ticker's brackets hold at most: "(Nasdaq: LGTO)", "(NYSE: IBM)", "(HOSE: VNM)". */
const TICKER_MAX = 5
/** Name words a firm's name needs before "of" + town (Legato Systems, Sun Microsystems Inc). */
const TOWN_HEAD_MIN = 2
/** Words a home town runs to at most: "of Mountain View", "of Salt Lake City". */
const TOWN_MAX = 4

const capitalised = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.raw)
/** "Australia's", "Hortons’": the possessive ending is no part of the name. */
export function possessive(key: string): string {
  return key.replace(/['’]s?$/u, '')
}

const fold = (t: Token): string => possessive(t.key)

/** The folded run of name words ending right before position `end` (exclusive): the sentence's capitalised first word ("Shares of …") is none. */
function headBefore(tokens: readonly Token[], end: number, isName: (t: Token, at: number) => boolean): string[] {
  const head: string[] = []
  // "Microsoft Corp. (Nasdaq: MSFT)": the full stop of an abbreviation closing the name
  if (end >= 2 && tokens[end - 1]!.raw === '.' && !tokens[end - 1]!.spaced) end--
  for (let k = end - 1; k >= 0 && isName(tokens[k]!, k) && head.length < TOWN_MAX; k--) head.unshift(fold(tokens[k]!))
  return head
}

/**
 * The apposition words of one sentence's tokens, each with its head. `isName(t, at)` is the
 * caller's test of a name word (clause-names.ts): only such words are listed.
 */
export function entityAppositions(tokens: readonly Token[], isName: (t: Token, at: number) => boolean): ReadonlyMap<string, Apposition> {
  const out = new Map<string, Apposition>()
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!
    if (t.raw === '(') {
      // A ticker: brackets right after a name, closed within a few tokens, holding a colon
      // ("Nasdaq: LGTO") or capitals only ("NOK.N"); no figure, no lower-case word inside.
      const head = headBefore(tokens, k, isName)
      if (head.length === 0) continue
      let close = -1
      for (let j = k + 1; j < tokens.length && j <= k + TICKER_MAX + 1; j++) {
        if (tokens[j]!.raw === ')') {
          close = j
          break
        }
      }
      if (close < 0) continue
      const inside = tokens.slice(k + 1, close)
      const colon = inside.some((x) => x.raw === ':')
      const tickerShaped = inside.length > 0 && inside.every((x) => x.raw === ':' || x.raw === '.' || (x.kind !== 'num' && /^[\p{Lu}][\p{L}.]*$/u.test(x.raw)))
      if (!tickerShaped || (!colon && !inside.every((x) => x.kind !== 'word' || /^[\p{Lu}.]+$/u.test(x.raw)))) continue
      // every word inside, the symbol too (LGTO is no name to clause-names.ts, but a neighbour of the figure)
      for (let j = k + 1; j < close; j++) if (tokens[j]!.kind === 'word') out.set(fold(tokens[j]!), { head, form: 'ticker' })
      k = close
    } else if (t.key === OF && t.kind === 'word' && capitalised(tokens[k + 1])) {
      // A one-word head is as often a title or a body's common noun (*Secretary of State*, *Bank of
      // Canada*) as a firm: only a name of two words or more takes a home town.
      const head = headBefore(tokens, k, isName)
      if (head.length < TOWN_HEAD_MIN) continue
      for (let j = k + 1; j < tokens.length && j <= k + TOWN_MAX && capitalised(tokens[j]); j++) {
        out.set(fold(tokens[j]!), { head, form: 'of' })
      }
    }
  }
  return out
}

/**
 * Whether name word `n` of one sentence only identifies a body the other sentence names too: it
 * sits in an apposition whose head words the other sentence all writes, and the other sentence
 * gives that head no apposition of the same form (two banks *of Canada* / *of England*).
 */
export function identifiesShared(n: string, own: ReadonlyMap<string, Apposition>, otherWords: ReadonlySet<string>, other: ReadonlyMap<string, Apposition>): boolean {
  const a = own.get(n)
  if (a === undefined || !a.head.every((w) => otherWords.has(w))) return false
  for (const b of other.values()) if (b.form === a.form && b.head.join(' ') === a.head.join(' ')) return false
  return true
}

/** Words beside a figure that neighbour evidence reads (Fact.before holds up to three). */
const WINDOW = 3

/** What bridging needs of a figure's clause (slot-qualifiers.ts's Clause). */
interface Bridgeable {
  readonly lead: readonly string[]
  readonly sentence: ReadonlySet<string>
  readonly appositions: ReadonlyMap<string, Apposition>
}

/** The words before a figure with the apposition left out ("Legato Systems (Nasdaq: LGTO) for about" → systems for about), or undefined when none stood there. */
function bridged(c: Bridgeable, other: Bridgeable): string[] | undefined {
  const out: string[] = []
  let skipped = false
  let dropped = false
  for (let k = c.lead.length - 1; k >= 0 && out.length < WINDOW; k--) {
    const w = possessive(c.lead[k]!)
    if (identifiesShared(w, c.appositions, other.sentence, other.appositions)) {
      skipped = dropped = true
      continue
    }
    // the "of" that opened a home town left out right after it
    if (dropped && w === OF && c.appositions.get(possessive(c.lead[k + 1]!))?.form === 'of') {
      dropped = false
      continue
    }
    dropped = false
    out.unshift(c.lead[k]!)
  }
  return skipped ? out : undefined
}

/**
 * Neighbour evidence (shared-words.ts) read across identifying appositions: "acquire Legato
 * Systems (Nasdaq: LGTO) for about $1.2 billion" / "buy Legato Systems of Mountain View for $1.3
 * billion" both have *Systems for* before the figure once the ticker and the home town are left
 * out. 0 when no apposition stands before either figure.
 */
export function bridgedNeighbours(x: Fact, y: Fact, cx: Bridgeable, cy: Bridgeable, rarity: (w: string) => number): number {
  // Asked of every candidate pair without shared neighbours; only a clause with an apposition can bridge.
  if (cx.appositions.size === 0 && cy.appositions.size === 0) return 0
  const bx = bridged(cx, cy)
  const by = bridged(cy, cx)
  if (bx === undefined && by === undefined) return 0
  return sharedNeighbours({ ...x, before: bx ?? x.before ?? [] } as Fact, { ...y, before: by ?? y.before ?? [] } as Fact, rarity)
}
