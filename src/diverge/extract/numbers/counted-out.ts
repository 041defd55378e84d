/**
 * The phrases that count a part out of the whole before it: "three of them", "four of whom",
 * "three of which", "hai trong số đó / này". One lexicon for every reader: the extractor (a part
 * takes its whole's unit, elided-units.ts; such a figure never ends a dash range, number-ranges.ts)
 * and the slot rules (a part against a whole, part-wholes.ts). "among them" opens a part only in
 * the slot rules ("12 people, among them 3 children" names the part after it), so the extractor,
 * which reads the words after the part's figure, leaves it out.
 */
import { foldWord } from '../../../normalize/fold'

/** A phrase and whether the extractor reads it after a part's figure. */
interface CountedOutPhrase {
  readonly words: readonly string[]
  readonly afterPart: boolean
}

const LEXICON: readonly CountedOutPhrase[] = [
  ['of them', true],
  ['of whom', true],
  ['of which', true],
  ['among them', false],
  ['trong số đó', true],
  ['trong số này', true],
].map(([p, afterPart]) => ({ words: (p as string).split(' ').map(foldWord), afterPart: afterPart as boolean }))

/** Every counted-out phrase, folded. */
export const COUNTED_OUT: ReadonlyArray<readonly string[]> = LEXICON.map((p) => p.words)

/** Does a part's figure with these words after it (folded, nearest first) count it out of what came before? */
export function countedOutAfterPart(words: readonly (string | undefined)[]): boolean {
  return LEXICON.some((p) => p.afterPart && p.words.every((w, i) => words[i] === w))
}

/**
 * Phrases between a part and the total after it that it is counted out of: "35 of the 200
 * protesters", "35 out of 200", "35 trong (tổng) số 200 người", folded. Read by the extractor (the
 * part takes the total's unit, elided-units.ts) and by the slot rules (such a part against the
 * other report's bare figure, slots.ts).
 */
export const TOTAL_PHRASES: ReadonlyArray<readonly string[]> = ['of the', 'of', 'out of the', 'out of', 'trong số', 'trong tổng số', 'trên tổng số'].map((p) =>
  p.split(' ').map(foldWord),
)
