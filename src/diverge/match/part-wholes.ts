/**
 * A figure stated as a whole with a part named after it ("gần 120 km, trong đó … 83 km", "120
 * miles, of which 83", "30 people, including 5 children") against a figure stated as a part of a
 * whole ("80km trong tổng số 83 km", "80 miles out of 83"): the whole and a part are two slots,
 * however alike the sentences ("Highway 1A runs 120 km through the province, 83 of them to be
 * widened" / "80 of the 83 km handed over"). Two wholes, or two parts, stay comparable.
 *
 * A whole is read from the words that open the clause after the figure's (the part is set off
 * by a comma); a part from the words right after the figure in its own clause.
 */
import { foldWord } from '../../normalize/fold'
import type { Clause } from './clauses'

/** Words after a figure where the phrase that makes it a whole or a part may start (its own unit word first). */
const WINDOW = 3

const phrase = (p: string): readonly string[] => p.split(' ').map((w) => foldWord(w))

/** "X, trong đó Y", "X, of which Y", "X, including Y", "X, Y of them": X is the whole of Y. */
const WHOLE = ['trong đó', 'of which', 'including', 'bao gồm', 'of them', 'among them', 'trong số đó', 'trong số này'].map(phrase)
/** "X trong tổng số Y", "X out of Y": X is a part of Y. */
const PART = ['trong tổng số', 'trên tổng số', 'trong số', 'out of'].map(phrase)

function startsWithin(words: readonly string[], from: number, phrases: ReadonlyArray<readonly string[]>): boolean {
  for (let k = from; k < Math.min(words.length, from + WINDOW); k++) if (phrases.some((p) => p.every((w, i) => words[k + i] === w))) return true
  return false
}

/** Words a clause holds after its figure at most (slot-qualifiers.ts): a clause that long may not have ended. */
const CLAUSE_AFTER_MAX = 8

/**
 * The figure is a whole whose part the sentence names next, opening the next clause ("120 km,
 * trong đó …", "runs 120 miles through the state, of which …"): read past the figure's clause,
 * whose words the sentence holds from the figure on (its unit word first).
 */
const isWhole = (c: Clause): boolean => c.after.length < CLAUSE_AFTER_MAX && startsWithin(c.words, c.wordsBefore + c.after.length, WHOLE)
/** The figure is a part of a whole named right after it in its clause ("80km trong tổng số 83 km"). */
const isPart = (c: Clause): boolean => startsWithin(c.after, 0, PART)

/** Why two figures fill different slots as a whole and a part, if they do. */
export function wholeAgainstPart(cx: Clause, cy: Clause): string | undefined {
  const wx = isWhole(cx) && !isPart(cx)
  const wy = isWhole(cy) && !isPart(cy)
  const px = isPart(cx) && !wx
  const py = isPart(cy) && !wy
  return (wx && py) || (px && wy) ? 'a whole (its part named after it) against a part of a whole' : undefined
}
