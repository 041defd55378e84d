/**
 * Which words of a linked sentence pair carry a difference. A word is worth
 * an editor's eye when it states something the other side does not say at
 * all: not a grammatical word, not a word the other side also uses (moved,
 * or re-cased, is not changed), not a spelling of a word the other side
 * spells another way (that is a format difference, shown muted).
 *
 * Bags of words rather than a word diff: a diff marks a word as removed
 * whenever word order changes, even when the other sentence says it three
 * words later, and those false marks were what a reader saw first.
 */
import { foldWord, lowerNfc } from '../normalize/fold'

export type Range = readonly [number, number]

/** A word the other side writes another way, and how it writes it. */
interface Respelling {
  readonly range: Range
  readonly other: string
}

interface WordMarks {
  /** Words the other side never says, adjacent ones merged. */
  readonly differing: readonly Range[]
  /** Words the other side says in another spelling (tone placement, i/y). */
  readonly respelled: readonly Respelling[]
}

/** Ranges of each side (already marked as facts or format differences) whose words get no word mark. */
interface Blocked {
  readonly a: readonly Range[]
  readonly b: readonly Range[]
}

interface Word {
  readonly text: string
  /** Opens a sentence or clause, so its capital says nothing about it being a name. */
  readonly initial: boolean
  readonly start: number
  readonly end: number
  readonly key: string
}

// Runs of letters, marks and digits: linear, and no Intl.Segmenter on long text.
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const HAS_DIGIT = /\p{N}/u
const UPPER_FIRST = /^\p{Lu}/u
const SPACES = /^\s+$/

// What may stand before a word that opens a sentence, a quotation or a clause after a colon.
const OPENING = /(?:^|[.!?…:;"“‘'(\[–—-])\s*$/u

function wordsOf(text: string): Word[] {
  let previousEnd = 0
  return [...text.matchAll(WORD)].map((m) => {
    const initial = OPENING.test(text.slice(previousEnd, m.index))
    previousEnd = m.index + m[0].length
    return { text: m[0], initial, start: m.index, end: previousEnd, key: lowerNfc(m[0]) }
  })
}

function overlaps(word: Word, ranges: readonly Range[]): boolean {
  return ranges.some(([start, end]) => word.start < end && start < word.end)
}

interface Context {
  readonly text: string
  readonly otherPairs: ReadonlySet<string>
  readonly functionWords: ReadonlySet<string>
  readonly blocked: readonly Range[]
}

/**
 * Whether `word` belongs with its marked neighbour `edge`: a content word,
 * cased like it (a compound's syllables are; a name beside a common word is
 * not; a capital opening a sentence counts for nothing), the two never side
 * by side on the other side, and `word` not bound
 * to its neighbour on the far side as the other side has them (`beyond`).
 * So "thuận lợi" is marked whole though "lợi" stands in "quyền lợi" in the
 * other sentence, while "điều kiện thuận lợi" keeps "điều kiện" unmarked.
 */
function joins(edge: Word, word: Word, beyond: Word | undefined, context: Context): boolean {
  const [first, second] = edge.start < word.start ? [edge, word] : [word, edge]
  const bound = beyond !== undefined && context.otherPairs.has(beyond.start < word.start ? `${beyond.key} ${word.key}` : `${word.key} ${beyond.key}`)
  return (
    !bound &&
    SPACES.test(context.text.slice(first.end, second.start)) &&
    !context.functionWords.has(word.key) &&
    !overlaps(word, context.blocked) &&
    (first.initial || UPPER_FIRST.test(first.text) === UPPER_FIRST.test(second.text)) &&
    !context.otherPairs.has(`${first.key} ${second.key}`)
  )
}

function marksOf(own: readonly Word[], other: readonly Word[], context: Context): WordMarks {
  const keys = new Set(other.map((w) => w.key))
  // Folding costs more than a lookup: only for the few words the other side lacks.
  let folded: Map<string, string> | undefined
  const marked = new Uint8Array(own.length)
  const respelled: Respelling[] = []
  own.forEach((word, i) => {
    if (keys.has(word.key) || overlaps(word, context.blocked)) return
    folded ??= new Map(other.map((w) => [foldWord(w.text), w.text]))
    const spelling = folded.get(foldWord(word.text))
    if (spelling !== undefined) respelled.push({ range: [word.start, word.end], other: spelling })
    else if (HAS_DIGIT.test(word.key) || !context.functionWords.has(word.key)) marked[i] = 1
  })
  // One word of context on each side of a marked word, when the two form a compound the other side lacks.
  const grown = marked.slice()
  own.forEach((word, i) => {
    if (!marked[i]) return
    for (const step of [-1, 1]) {
      const neighbour = own[i + step]
      if (neighbour && !marked[i + step] && joins(word, neighbour, own[i + 2 * step], context)) grown[i + step] = 1
    }
  })
  // Marked words that only whitespace separates make one range.
  const differing: [number, number][] = []
  own.forEach((word, i) => {
    if (!grown[i]) return
    const last = differing[differing.length - 1]
    if (last && grown[i - 1] && SPACES.test(context.text.slice(last[1], word.start))) last[1] = word.end
    else differing.push([word.start, word.end])
  })
  return { differing, respelled }
}

function pairs(words: readonly Word[]): Set<string> {
  return new Set(words.slice(1).map((w, i) => `${words[i]!.key} ${w.key}`))
}

/** Word marks of both sides of one linked pair, as ranges of each side's text. */
export function wordMarks(
  textA: string,
  textB: string,
  functionWords: { readonly a: ReadonlySet<string>; readonly b: ReadonlySet<string> },
  blocked: Blocked = { a: [], b: [] },
): { a: WordMarks; b: WordMarks } {
  const wordsA = wordsOf(textA)
  const wordsB = wordsOf(textB)
  return {
    a: marksOf(wordsA, wordsB, { text: textA, otherPairs: pairs(wordsB), functionWords: functionWords.a, blocked: blocked.a }),
    b: marksOf(wordsB, wordsA, { text: textB, otherPairs: pairs(wordsA), functionWords: functionWords.b, blocked: blocked.b }),
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

/** Every place `needle` stands in `text` as whole words (not inside a longer word). */
export function occurrences(text: string, needle: string): Range[] {
  const out: Range[] = []
  if (!needle) return out
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const end = at + needle.length
    const inside = (WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(needle[0]!)) || (WORD_CHAR.test(text[end] ?? '') && WORD_CHAR.test(needle[needle.length - 1]!))
    if (!inside) out.push([at, end])
  }
  return out
}

/** The lower-cased words of a text. */
export function wordKeys(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => lowerNfc(m[0]))
}

/** The lower-cased first word of a text, or '' when it has none. */
export function firstWordKey(text: string): string {
  const first = text.match(WORD)
  return first ? lowerNfc(first[0]) : ''
}
