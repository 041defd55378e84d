/**
 * Near copies in reports written apart: *Pelosi has led House Democrats since 2002.* / *Pelosi has
 * led House Democrats since 2003, and that's what Ryan had argued is the problem.* The clause the
 * long one adds costs the pair its Dice, and reports written apart rarely link a neighbour that
 * would vouch for it. Such a pair is one statement only when what one sentence has and the other
 * lacks is provably not another statement: so the added words are read, not weighed. Once the
 * separate clauses are set aside (after a comma and a conjunction, an attribution), the two cores
 * must hold the same words in the same order but for one value (a number for a number, the point of
 * linking them), one name respelt, or an article; any other word added, dropped or replaced (another
 * subject or object, *in services*, *'s accomplice*, *nước ngoài*, *hired* for *fired*, *cháy* for *chạy*),
 * a second value (*3.2 percent on March 3* / *3.4 percent on March 4*: another day's figure) and any
 * negation on one side only make them two statements. An attribution is set aside only when the
 * other sentence names no speaker or the same one: *…, Hamas said* / *…, Israeli officials said*
 * are two parties' claims, *Apple announced …* / *Samsung announced …* two events.
 */
import { foldWord } from '../normalize/fold'
import { functionWords } from '../normalize/function-words'
import { EN_NUMBERS, MULTIPLIERS, VI_DIGITS } from '../normalize/number-words'
import { looseKey } from '../normalize/romanisation'
import { tokenize, type Token } from '../normalize/tokens'
import { spelledAlike } from './respelt'

const words = (list: string): ReadonlySet<string> => new Set(list.split(' ').map(foldWord))
const phrases = (list: string): ReadonlyArray<readonly string[]> => list.split('|').map((p) => p.split(' ').map(foldWord))

// Negation: English, Vietnamese, French, Spanish, Portuguese, Indonesian (`n` is French *n'*).
const NEGATIONS = words('not no never nor neither cannot không chưa chẳng chả ne n pas jamais nunca ni não tidak belum bukan tak')
// Words that open a separate clause after a comma: *…, and that's what Ryan argued*.
const CONJUNCTIONS = words('and but while whereas although though yet và nhưng còn song trong et mais tandis alors y pero mientras aunque e mas enquanto embora dan tetapi tapi sedangkan namun sementara')
// Verbs of saying, as whole phrases: a Vietnamese syllable alone is no verb of saying (*định* of
// *quyết định* "decide", *thông* of *thông qua* "pass", *biết* "know").
const SPEECH = phrases('said|says|told|added|stated|announced|nói|cho biết|cho hay|khẳng định|thông báo|tuyên bố|phát biểu|dit|déclaré|dijo|afirmó|disse|afirmou|mengatakan|kata')
const ACCORDING = words('according theo selon según segundo menurut')
// Words a retelling adds or drops without changing what is told: articles and a complementiser.
const FILLERS = words('the a an that các những đã rằng là le la les l un une el los las o os um uma')
// Punctuation between two words that may end a clause.
const CLAUSE_BREAK = /[,;:–—(]/u
// Longer sentences are left to Dice: the word-by-word reading is quadratic in a sentence's length.
const MAX_WORDS = 80
// A core this thin ("He said so") is no statement to vouch for.
const MIN_CONTENT = 3
// A head ends where the verb of saying stands, within its first few words.
const HEAD_WORDS = 6
// An attribution tail names its verb within its first few words (*…, Ryan told reporters*).
const TAIL_WORDS = 5

const CONTENT_FREE = new Set([...functionWords('und')].map(foldWord))
const isNumber = (key: string): boolean => /^\p{N}+$/u.test(key) || EN_NUMBERS.has(key) || MULTIPLIERS.has(key) || VI_DIGITS.has(key)

/** A word of a sentence as the reading needs it: its key, and whether it is written as a name. */
interface Word {
  readonly key: string
  readonly name: boolean
}

/** A sentence read: the words of its statement, and the content words of who it says told it (if it says). */
interface Reading {
  readonly core: readonly Word[]
  readonly speaker: ReadonlySet<string> | undefined
}

/** A sentence as nearCopy compares it: its negations and its reading; undefined when too long to read word by word. */
interface Sentence {
  readonly negations: string
  readonly reading: Reading
}

function sentenceOf(text: string): Sentence | undefined {
  const ts = tokenize(text)
  return ts.length > MAX_WORDS ? undefined : { negations: negations(text, ts), reading: read(text, ts) }
}

function sameStatement(x: Sentence | undefined, y: Sentence | undefined): boolean {
  if (x === undefined || y === undefined || x.negations !== y.negations) return false
  return sameSpeaker(x.reading.speaker, y.reading.speaker) && sameCore(x.reading.core, y.reading.core)
}

/** Whether two sentences tell one statement, told apart only in one value, one respelt name, articles or a separate clause. */
export function nearCopy(x: string, y: string): boolean {
  return sameStatement(sentenceOf(x), sentenceOf(y))
}

/**
 * `nearCopy` for the candidate pairs of one alignment: a sentence stands in up to eight candidates
 * a side, and is tokenized and read once for all of them.
 */
export function nearCopyReader(): (x: string, y: string) => boolean {
  const sentences = new Map<string, Sentence | undefined>()
  const sentence = (text: string): Sentence | undefined => {
    if (sentences.has(text)) return sentences.get(text)
    const read = sentenceOf(text)
    sentences.set(text, read)
    return read
  }
  return (x, y) => sameStatement(sentence(x), sentence(y))
}

/**
 * Whether setting the attributions aside keeps one statement: when one sentence names no speaker
 * (or only a pronoun), or both name the same one (the fewer words of one all among the other's).
 */
function sameSpeaker(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): boolean {
  if (x === undefined || y === undefined || x.size === 0 || y.size === 0) return true
  const [few, many] = x.size <= y.size ? [x, y] : [y, x]
  for (const key of few) if (!many.has(key)) return false
  return true
}

/** The sentence's negation words, in order (*n't* read from the word before it). */
function negations(text: string, ts: readonly Token[]): string {
  const found: string[] = []
  ts.forEach((t, k) => {
    if (NEGATIONS.has(t.key)) found.push(t.key)
    else if (t.key === 't' && k > 0 && ts[k - 1]!.key.endsWith('n') && /^['’]$/u.test(text.slice(ts[k - 1]!.end, t.start))) found.push('not')
  })
  return found.join(' ')
}

const breakBefore = (text: string, ts: readonly Token[], k: number): boolean => k > 0 && CLAUSE_BREAK.test(text.slice(ts[k - 1]!.end, ts[k]!.start))

/** How many words the verb of saying at `k` spans (0: none there). */
function speechAt(ts: readonly Token[], k: number): number {
  for (const phrase of SPEECH) if (phrase.every((key, d) => ts[k + d]?.key === key)) return phrase.length
  return 0
}

const capitalised = (text: string, t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(text.slice(t.start, t.end))

/** The statement's words, an attributing head and separate clauses after it set aside, and who the attributions name. */
function read(text: string, ts: readonly Token[]): Reading {
  const speaker = new Set<string>()
  let attributed = false
  const addSpeaker = (from: number, to: number): void => {
    attributed = true
    for (let k = from; k < to; k++) {
      const span = speechAt(ts, k)
      if (span > 0) k += span - 1
      else if (!CONTENT_FREE.has(ts[k]!.key) && !FILLERS.has(ts[k]!.key) && !ACCORDING.has(ts[k]!.key)) speaker.add(ts[k]!.key)
    }
  }
  let from = 0
  if (ts.length > 0 && ACCORDING.has(ts[0]!.key)) {
    // *According to police, …* / *Theo công an, …*
    for (let k = 1; k < ts.length && k <= HEAD_WORDS; k++) {
      if (breakBefore(text, ts, k)) {
        addSpeaker(0, k)
        from = k
        break
      }
    }
  } else {
    // *Police said …*: a verb of saying among the first words, with no clause break before it.
    for (let k = 1; k < ts.length && k < HEAD_WORDS; k++) {
      if (breakBefore(text, ts, k)) break
      const span = speechAt(ts, k)
      if (span > 0) {
        addSpeaker(0, k)
        from = k + span
        if (from < ts.length && (ts[from]!.key === 'that' || ts[from]!.key === foldWord('rằng'))) from++
        break
      }
    }
  }
  let to = ts.length
  for (let k = from + 1; k < ts.length; k++) {
    if (!breakBefore(text, ts, k)) continue
    if (CONJUNCTIONS.has(ts[k]!.key)) {
      to = k
      break
    }
    if (attribution(ts, k)) {
      addSpeaker(k, ts.length)
      to = k
      break
    }
  }
  // A capitalised word is a name unless only its place makes it so: the first word of a sentence
  // counts when the next one is capitalised too (*Jermaine Smith scored*, not *Hired 200 workers*).
  const core = ts.slice(from, to).map((t, d) => {
    const k = from + d
    return { key: t.key, name: capitalised(text, t) && (k > 0 || capitalised(text, ts[k + 1])) }
  })
  return { core, speaker: attributed ? speaker : undefined }
}

/** Whether the clause from `k` on only says who told it (*police said*, *according to …*). */
function attribution(ts: readonly Token[], k: number): boolean {
  if (ACCORDING.has(ts[k]!.key)) return true
  for (let j = k; j < ts.length && j < k + TAIL_WORDS; j++) if (speechAt(ts, j) > 0) return true
  return false
}

/** What the two cores may differ in: one value, one respelt name; tallied as the reading goes. */
interface Budget {
  values: number
  names: number
  /** Whether a word that is no number was shared since the last value gap (*3.2* is one value, *3.2 … March 3* two). */
  wordSince: boolean
}

/** Whether the two cores hold the same words in order, but for one value replaced, one respelt name, or fillers. */
function sameCore(x: readonly Word[], y: readonly Word[]): boolean {
  const m = x.length
  const n = y.length
  if (m === 0 || n === 0) return false
  // Longest common subsequence, read back from the end.
  const width = n + 1
  const table = new Int32Array((m + 1) * width)
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      table[i * width + j] = x[i]!.key === y[j]!.key ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!)
    }
  }
  const budget: Budget = { values: 0, names: 0, wordSince: true }
  let content = 0
  let i = 0
  let j = 0
  let gapX: Word[] = []
  let gapY: Word[] = []
  while (i < m || j < n) {
    if (i < m && j < n && x[i]!.key === y[j]!.key && table[i * width + j] === table[(i + 1) * width + j + 1]! + 1) {
      if (!gapAllowed(gapX, gapY, budget)) return false
      gapX = []
      gapY = []
      if (!isNumber(x[i]!.key)) budget.wordSince = true
      if (!CONTENT_FREE.has(x[i]!.key) && !isNumber(x[i]!.key)) content++
      i++
      j++
    } else if (j >= n || (i < m && table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) gapX.push(x[i++]!)
    else gapY.push(y[j++]!)
  }
  return gapAllowed(gapX, gapY, budget) && content >= MIN_CONTENT
}

/** Whether what one core has where the other has something else (or nothing) leaves the statement the same. */
function gapAllowed(x: readonly Word[], y: readonly Word[], budget: Budget): boolean {
  if (x.length === 0 && y.length === 0) return true
  if (x.every((w) => FILLERS.has(w.key)) && y.every((w) => FILLERS.has(w.key))) return true
  // A value for a value: the figure the two reports disagree on, in one slot, once.
  if (x.length > 0 && y.length > 0 && x.every((w) => isNumber(w.key)) && y.every((w) => isNumber(w.key))) {
    if (budget.wordSince) budget.values++
    budget.wordSince = false
    return budget.values <= 1
  }
  if (x.length !== 1 || y.length !== 1 || !x[0]!.name || !y[0]!.name) return false
  // One name respelt, once: *Jermaine* for *Germaine*, *Nguyen* for *Nguyễn*.
  if (!spelledAlike(x[0]!.key, y[0]!.key) && looseKey(x[0]!.key) !== looseKey(y[0]!.key)) return false
  budget.names++
  return budget.names <= 1
}
