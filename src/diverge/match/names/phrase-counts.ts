/**
 * One report's counts of the sentences holding each word pair (name-phrases.ts' phraseCounter,
 * for a whole report, kept with it): read from the report's fact tokens by word ids rather than
 * by strings. Each distinct written form is cut into its runs of letters, marks and digits and
 * folded once (as document/word-runs.ts cuts it), each folded word gets an id and is judged once
 * (does it hold a letter, is it stock), and a pair of ids is counted in a table of typed arrays:
 * no pair string, no word object, no second test per pair. A 1 MB report has some 200,000 pairs,
 * and the string of each, kept in a map, was the counter's time and most of its memory.
 */
import type { PreparedDocument } from '../../../document'
import { factFormCount, factWordTokens } from '../../../document/words'
import { WORD_CHAR, scanRun, widthAt } from '../../../normalize/chars'
import { foldWord } from '../../../normalize/fold'
import { stock } from './name-phrases'

const LETTER = /\p{L}/u
/** A word's bits: it holds a letter; it is a function word or stock. */
const HAS_LETTER = 1
const STOCK = 2

/** The folded words of a written form's runs of letters, marks and digits, as ids: one id for a form that is one run (most). */
type RunIds = number | readonly number[]

// What a finished count holds in place of its `last` column.
const EMPTY = new Int32Array(0)

/**
 * Counts of word-id pairs by open addressing: a pair is counted once per sentence (`last`
 * remembers the sentence that counted it last), as a sentence's pairs were a set.
 */
class PairCounts {
  private left = new Int32Array(1 << 10)
  private right = new Int32Array(1 << 10)
  private count = new Int32Array(1 << 10)
  private last = new Int32Array(1 << 10)
  private size = 0

  private slot(u: number, v: number): number {
    const mask = this.left.length - 1
    let at = (Math.imul(u, 0x9e3779b1) ^ Math.imul(v + 1, 0x85ebca6b)) >>> 0
    at = (at ^ (at >>> 15)) & mask
    // Ids are stored plus one: 0 marks a free slot.
    while (this.left[at] !== 0 && (this.left[at] !== u + 1 || this.right[at] !== v + 1)) at = (at + 1) & mask
    return at
  }

  add(u: number, v: number, sentence: number): void {
    let at = this.slot(u, v)
    if (this.left[at] === 0) {
      if ((this.size + 1) * 2 > this.left.length) {
        this.grow()
        at = this.slot(u, v)
      }
      this.left[at] = u + 1
      this.right[at] = v + 1
      this.last[at] = sentence
      this.count[at] = 1
      this.size++
    } else if (this.last[at] !== sentence) {
      this.last[at] = sentence
      this.count[at]!++
    }
  }

  /** Once every pair is counted: the sentence each pair was last counted in is read no more. */
  doneCounting(): void {
    this.last = EMPTY
  }

  get(u: number, v: number): number {
    const at = this.slot(u, v)
    return this.left[at] === 0 ? 0 : this.count[at]!
  }

  private grow(): void {
    const { left, right, count, last } = this
    const n = left.length * 2
    this.left = new Int32Array(n)
    this.right = new Int32Array(n)
    this.count = new Int32Array(n)
    this.last = new Int32Array(n)
    for (let i = 0; i < left.length; i++) {
      if (left[i] === 0) continue
      const at = this.slot(left[i]! - 1, right[i]! - 1)
      this.left[at] = left[i]!
      this.right[at] = right[i]!
      this.count[at] = count[i]!
      this.last[at] = last[i]!
    }
  }
}

/**
 * One report's phrase counter: how many of its sentences hold a word pair ("mở tỷ"), counted over
 * every sentence once, when first asked. Only pairs onceShared may ask about are kept (two words with letters, one
 * at least not stock); any other pair counts 0.
 */
export function phraseCountsOf(doc: PreparedDocument): (gram: string) => number {
  // Counted when a pair of spellings first asks: many pairs of reports leave none to judge.
  let counts: ((gram: string) => number) | undefined
  return (gram) => (counts ??= countPairs(doc))(gram)
}

/**
 * The counter over a report's counted pairs. Kept apart from the counting: a closure keeps its
 * whole scope alive in V8, and the counting's scope holds the per-form table (one slot per distinct
 * written form) and the pairs' `last` column, which no lookup reads.
 */
function countPairs(doc: PreparedDocument): (gram: string) => number {
  const { ids, pairs } = countedPairs(doc)
  pairs.doneCounting()
  return (gram) => {
    const space = gram.indexOf(' ')
    if (space < 0 || gram.indexOf(' ', space + 1) >= 0) return 0
    const u = ids.get(gram.slice(0, space))
    const v = ids.get(gram.slice(space + 1))
    return u === undefined || v === undefined ? 0 : pairs.get(u, v)
  }
}

function countedPairs(doc: PreparedDocument): { ids: ReadonlyMap<string, number>; pairs: PairCounts } {
  const ids = new Map<string, number>()
  const bits: number[] = []
  const idOf = (folded: string): number => {
    let id = ids.get(folded)
    if (id === undefined) {
      ids.set(folded, (id = bits.length))
      bits.push((LETTER.test(folded) ? HAS_LETTER : 0) | (stock(folded) ? STOCK : 0))
    }
    return id
  }
  // A form's runs as document/word-runs.ts cuts them: the whole form when it is one run, else each run.
  const runIdsOf = (raw: string): RunIds => {
    const n = raw.length
    if (scanRun(raw, 0, n, WORD_CHAR) === n) return idOf(foldWord(raw))
    const out: number[] = []
    let i = 0
    while (i < n) {
      const end = scanRun(raw, i, n, WORD_CHAR)
      if (end === i) {
        i += widthAt(raw, i)
        continue
      }
      out.push(idOf(foldWord(raw.slice(i, end))))
      i = end
    }
    return out
  }
  // By form id in a long report's columns, by the form itself for a short report's token objects.
  const byForm: (RunIds | undefined)[] = new Array(factFormCount(doc))
  const byRaw = new Map<string, RunIds>()
  const pairs = new PairCounts()
  let sentence = 0
  let prev = -1
  const word = (id: number): void => {
    const p = prev
    prev = id
    if (p < 0) return
    const both = bits[p]! & bits[id]!
    if ((both & HAS_LETTER) !== 0 && (both & STOCK) === 0) pairs.add(p, id, sentence)
  }
  const token = (_start: number, _end: number, raw: string, form: number): void => {
    let runs = form >= 0 ? byForm[form] : byRaw.get(raw)
    if (runs === undefined) {
      runs = runIdsOf(raw)
      if (form >= 0) byForm[form] = runs
      else byRaw.set(raw, runs)
    }
    if (typeof runs === 'number') word(runs)
    else for (const id of runs) word(id)
  }
  for (; sentence < doc.sentences.length; sentence++) {
    prev = -1
    factWordTokens(doc, sentence, token)
  }
  return { ids, pairs }
}
