/**
 * Near copies in reports written apart: *Pelosi has led House Democrats since 2002.* / *Pelosi has
 * led House Democrats since 2003, and that's what Ryan had argued is the problem.* The clause the
 * long one adds costs the pair its Dice, and reports written apart rarely link a neighbour that
 * would vouch for it. Such a pair is one statement only when what one sentence has and the other
 * lacks is provably not another statement: so the added words are read, not weighed. Once the
 * separate clauses are set aside (after a comma and a conjunction, an attribution), the two cores
 * must hold the same words in the same order but for values (a number for a number, the point of
 * linking them), one name respelt, or an article; any other word added, dropped or replaced (another
 * subject or object, *in services*, *'s accomplice*, *nước ngoài*) and any negation on one side only
 * make them two statements.
 */
import { foldWord } from '../normalize/fold'
import { functionWords } from '../normalize/function-words'
import { EN_NUMBERS, MULTIPLIERS, VI_DIGITS } from '../normalize/number-words'
import { looseKey } from '../normalize/romanisation'
import { tokenize, type Token } from '../normalize/tokens'
import { spelledAlike } from './respelt'

const words = (list: string): ReadonlySet<string> => new Set(list.split(' ').map(foldWord))

// Negation: English, Vietnamese, French, Spanish, Portuguese, Indonesian (`n` is French *n'*).
const NEGATIONS = words('not no never nor neither cannot không chưa chẳng chả ne n pas jamais nunca ni não tidak belum bukan tak')
// Words that open a separate clause after a comma: *…, and that's what Ryan argued*.
const CONJUNCTIONS = words('and but while whereas although though yet và nhưng còn song trong et mais tandis alors y pero mientras aunque e mas enquanto embora dan tetapi tapi sedangkan namun sementara')
// Verbs of saying: a clause that only attributes the statement (*…, police said*; *Police said …*).
const SPEECH = words('said says told added stated announced nói biết khẳng định thông dit déclaré dijo afirmó disse afirmou mengatakan kata')
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

/** Whether two sentences tell one statement, told apart only in values, a respelt name, articles or a separate clause. */
export function nearCopy(x: string, y: string): boolean {
  const tx = tokenize(x)
  const ty = tokenize(y)
  if (tx.length > MAX_WORDS || ty.length > MAX_WORDS) return false
  if (negations(x, tx) !== negations(y, ty)) return false
  const cx = core(x, tx)
  const cy = core(y, ty)
  return sameCore(tx.slice(cx[0], cx[1]).map(keyOf), ty.slice(cy[0], cy[1]).map(keyOf))
}

const keyOf = (t: Token): string => t.key

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

/** Where the words of the statement itself lie, as [from, to): an attributing head and separate clauses after it set aside. */
function core(text: string, ts: readonly Token[]): [number, number] {
  let from = 0
  if (ts.length > 0 && ACCORDING.has(ts[0]!.key)) {
    // *According to police, …* / *Theo công an, …*
    for (let k = 1; k < ts.length && k <= HEAD_WORDS; k++) {
      if (breakBefore(text, ts, k)) {
        from = k
        break
      }
    }
  } else {
    // *Police said …*: a verb of saying among the first words, with no clause break before it.
    for (let k = 1; k < ts.length && k < HEAD_WORDS; k++) {
      if (breakBefore(text, ts, k)) break
      if (SPEECH.has(ts[k]!.key)) {
        from = k + 1
        if (from < ts.length && (ts[from]!.key === 'that' || ts[from]!.key === foldWord('rằng'))) from++
        break
      }
    }
  }
  for (let k = from + 1; k < ts.length; k++) {
    if (breakBefore(text, ts, k) && (CONJUNCTIONS.has(ts[k]!.key) || attribution(ts, k))) return [from, k]
  }
  return [from, ts.length]
}

/** Whether the clause from `k` on only says who told it (*police said*, *according to …*). */
function attribution(ts: readonly Token[], k: number): boolean {
  if (ACCORDING.has(ts[k]!.key)) return true
  for (let j = k; j < ts.length && j < k + TAIL_WORDS; j++) if (SPEECH.has(ts[j]!.key)) return true
  return false
}

const sameWord = (x: string, y: string): boolean => x === y || (!isNumber(x) && !isNumber(y) && looseKey(x) === looseKey(y))

/** Whether the two cores hold the same words in order, but for values replaced, one respelt word, or fillers. */
function sameCore(x: readonly string[], y: readonly string[]): boolean {
  const m = x.length
  const n = y.length
  if (m === 0 || n === 0) return false
  // Longest common subsequence, read back from the end.
  const width = n + 1
  const table = new Int32Array((m + 1) * width)
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      table[i * width + j] = sameWord(x[i]!, y[j]!) ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!)
    }
  }
  let content = 0
  let i = 0
  let j = 0
  let gapX: string[] = []
  let gapY: string[] = []
  while (i < m || j < n) {
    if (i < m && j < n && sameWord(x[i]!, y[j]!) && table[i * width + j] === table[(i + 1) * width + j + 1]! + 1) {
      if (!gapAllowed(gapX, gapY)) return false
      gapX = []
      gapY = []
      if (!CONTENT_FREE.has(x[i]!) && !isNumber(x[i]!)) content++
      i++
      j++
    } else if (j >= n || (i < m && table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) gapX.push(x[i++]!)
    else gapY.push(y[j++]!)
  }
  return gapAllowed(gapX, gapY) && content >= MIN_CONTENT
}

/** Whether what one core has where the other has something else (or nothing) leaves the statement the same. */
function gapAllowed(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 && y.length === 0) return true
  if (x.every((k) => FILLERS.has(k)) && y.every((k) => FILLERS.has(k))) return true
  // A value for a value: the figure the two reports disagree on, in one slot.
  if (x.length > 0 && y.length > 0 && x.every(isNumber) && y.every(isNumber)) return true
  return x.length === 1 && y.length === 1 && spelledAlike(x[0]!, y[0]!)
}
