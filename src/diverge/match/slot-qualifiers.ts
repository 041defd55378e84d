/**
 * Words of a figure's clause that say which slot it fills, beyond its unit: what a share
 * is a share of, "other" (a part beside a total), "former" (another time), a running score
 * ("mở tỷ số", "equalised") against a final one, an expectation against a result. Two
 * figures whose clauses qualify them differently are two slots, however alike the sentences.
 */
import type { PreparedDocument } from '../../document'
import { foldWord } from '../../normalize/fold'
import type { Fact } from '../extract/fact'
import { type Token, keys, tokenize } from '../extract/fact-tokens'
import { STOP } from '../extract/number-words'

/** Marks that close a clause: the words before one belong to another statement. */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '—', '"', '“', '”', '.', '?', '!'])
/** "3 đứa con khác", "three other governments": a part set beside a total. */
const PART = keys('other others another additional khác')
/** "cựu tay vợt số 1", "former no. 1": a figure of another time. */
const FORMER = keys('former cựu')
/** A score during the game: who opened it, levelled it, led. */
const RUNNING_SCORE = keys('mở nâng gỡ rút cân dẫn equalised equalized levelled leveled led leading trailing trailed')
/** A figure someone expects, plans or forecasts, not one that happened. */
const EXPECTED = keys('expects expected expecting expect forecast forecasts projected projects predicted predicts anticipated anticipates kiến báo hoạch tiêu target targets')
/** "dự kiến", "dự báo", "kế hoạch", "mục tiêu": the second syllable counts only after the first. */
const EXPECTED_FIRST: ReadonlyMap<string, string> = new Map(
  [
    ['kiến', 'dự'],
    ['báo', 'dự'],
    ['hoạch', 'kế'],
    ['tiêu', 'mục'],
  ].map(([second, first]) => [foldWord(second!), foldWord(first!)]),
)

export interface Clause {
  /** Capitalised words of the clause that do not open the sentence, folded: its places and entities. */
  readonly names: readonly string[]
  /** Every folded word of the sentence: an entity the other clause names may sit anywhere in it. */
  readonly sentence: ReadonlySet<string>
  /** Folded words from the clause's start up to the figure. */
  readonly before: readonly string[]
  /** Folded words from the sentence's start up to the figure: an expectation governs its appositions too. */
  readonly lead: readonly string[]
  /** Folded words from the figure to the clause's end. */
  readonly after: readonly string[]
}

/** The clause around each figure, from the sentence's tokens (cached per sentence). */
/** One report's clauses, kept with the report: a story's pairs share them. */
export const clausesOf = (doc: PreparedDocument): SentenceClauses => new SentenceClauses(doc)

export class SentenceClauses {
  private readonly cache = new Map<number, readonly Token[]>()
  private readonly words = new Map<number, ReadonlySet<string>>()
  // A fact's clause, read by every pair its report is in (see `clausesOf`); callers only read it.
  private readonly clauses = new Map<Fact, Clause>()
  constructor(private readonly doc: PreparedDocument) {}

  of(sentence: number, fact: Fact): Clause {
    let clause = this.clauses.get(fact)
    if (!clause) this.clauses.set(fact, (clause = this.read(sentence, fact)))
    return clause
  }

  private read(sentence_: number, fact: Fact): Clause {
    let tokens = this.cache.get(sentence_)
    if (!tokens) {
      const s = this.doc.sentences[sentence_]!
      tokens = tokenize(this.doc.nfc.text.slice(s.nfcStart, s.nfcEnd))
      this.cache.set(sentence_, tokens)
    }
    let sentence = this.words.get(sentence_)
    if (!sentence) this.words.set(sentence_, (sentence = new Set(tokens.filter((t) => t.kind === 'word').map((t) => possessive(t.key)))))
    const before: string[] = []
    const lead: string[] = []
    const after: string[] = []
    const names: string[] = []
    const name = (t: Token, at: number): void => {
      if (at > 0 && t.kind === 'word' && /^\p{Lu}/u.test(t.raw) && !/[.!?"“]/u.test(tokens[at - 1]!.raw) && ownName(t)) names.push(possessive(t.key))
    }
    let k = 0
    while (k < tokens.length && tokens[k]!.end <= fact.start) k++
    let open = true
    for (let b = k - 1; b >= 0 && lead.length < 40; b--) {
      const t = tokens[b]!
      if (isBreak(t)) open = false
      if (t.kind !== 'word') continue
      lead.unshift(t.key)
      if (open) {
        before.unshift(t.key)
        name(t, b)
      }
    }
    while (k < tokens.length && tokens[k]!.start < fact.end) k++
    for (; k < tokens.length && after.length < 8; k++) {
      const t = tokens[k]!
      if (isBreak(t)) break
      if (t.kind === 'word') {
        after.push(t.key)
        name(t, k)
      }
    }
    return { before, lead, after, names, sentence }
  }
}

const CALENDAR = keys(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday',
)
/**
 * A capitalised word that names a place or body in its own right: not an abbreviation or
 * acronym ("U.S.", "UBND", "NATO", which another report spells out or calls "American"),
 * not a month or weekday (the dates of a clause are compared as moments).
 */
function ownName(t: Token): boolean {
  return !t.raw.includes('.') && !/^\p{Lu}{2,5}$/u.test(t.raw) && !CALENDAR.has(t.key)
}

/** "Australia's", "Hortons’": the possessive ending is no part of the name. */
function possessive(key: string): string {
  return key.replace(/['’]s?$/u, '')
}

/** A clause mark, or a dash set off by a space ("36 feet -- 8 feet above"). */
function isBreak(t: Token): boolean {
  return CLAUSE_BREAK.has(t.raw) || (t.raw === '-' && t.spaced)
}

/** "22% of twentysomethings" / "31 percent of Americans": what a share is a share of. */
function shareOf(f: Fact): string | undefined {
  if (f.type !== 'number' || f.kind !== 'percent' || f.after[0] !== 'of') return undefined
  return f.after.slice(1).find((w) => !STOP.has(w))?.replace(/s$/, '')
}

function has(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((w) => set.has(w))
}

function expected(words: readonly string[]): boolean {
  return words.some((w, k) => EXPECTED.has(w) && (!EXPECTED_FIRST.has(w) || words[k - 1] === EXPECTED_FIRST.get(w)))
}

/**
 * Why two figures of one kind fill different slots, read from their clauses, or undefined when
 * nothing tells them apart. Each test asks for a qualifier on one side and none (or another)
 * on the other: two "other" counts, two expectations, two running scores stay comparable.
 */
export function differentQualifiers(x: Fact, y: Fact, cx: Clause, cy: Clause, linked: boolean): string | undefined {
  const ofX = shareOf(x)
  const ofY = shareOf(y)
  if (ofX !== undefined && ofY !== undefined && ofX !== ofY) return `shares of different wholes (${ofX} / ${ofY})`
  if (x.type !== 'number' || y.type !== 'number') return undefined
  const near = (c: Clause): string[] => [...c.before.slice(-2), ...c.after.slice(0, 3)]
  if (has(near(cx), PART) !== has(near(cy), PART)) return 'a part ("other") against a whole'
  if (has(cx.before.slice(-4), FORMER) !== has(cy.before.slice(-4), FORMER)) return 'a former figure against a current one'
  if (x.kind === 'score' && y.kind === 'score') {
    const verb = (c: Clause): string | undefined => c.before.slice(-4).find((w) => RUNNING_SCORE.has(w))
    if (verb(cx) !== verb(cy)) return 'scores at different moments of a game'
  }
  if (expected(cx.lead) !== expected(cy.lead)) return 'an expected figure against a reported one'
  // "Rosneft … 85 tỷ USD" / "dự án khí … 20 tỷ USD": in sentences the aligner did not link, each
  // clause names a place or body the other sentence never mentions. Linked sentences state one
  // statement, where a name only one side writes is a respelling or a paraphrase.
  const own = (c: Clause, other: Clause): boolean => c.names.some((n) => !other.sentence.has(n))
  if (!linked && own(cx, cy) && own(cy, cx)) return 'clauses about different places or entities'
  return undefined
}
