/**
 * Word pairs both reports write once only, beside two spellings of a name: *Kyi Ly đã mở tỷ số
 * 1-0* / *đội trưởng Kyi Lin … mở tỉ số trận đấu* share "mở tỷ" (opened the scoring), which each
 * report writes in that sentence alone. A pair of words both reports use once ties the two
 * mentions to one moment of the story more than a pair they repeat (*tỷ số* of every score, *the
 * company* of every sentence), so name-entities.ts counts it twice among the shared context
 * words. Only pairs of words with letters count (not *phút 34*).
 */

/** How many sentences of one report hold each word pair, counted on first ask. */
export function phraseCounter(sentences: number, grams: (sentence: number) => ReadonlySet<string>): (gram: string) => number {
  let counts: Map<string, number> | undefined
  return (gram) => {
    if (counts === undefined) {
      counts = new Map()
      for (let i = 0; i < sentences; i++) for (const g of grams(i)) counts.set(g, (counts.get(g) ?? 0) + 1)
    }
    return counts.get(gram) ?? 0
  }
}

const WORD_LETTER = /^[^ ]*\p{L}[^ ]* [^ ]*\p{L}[^ ]*$/u

/** The shared word pairs of two contexts that each report writes in one sentence only. */
export function onceShared(x: ReadonlySet<string>, y: ReadonlySet<string>, countA: (gram: string) => number, countB: (gram: string) => number): number {
  let n = 0
  for (const gram of x) if (y.has(gram) && WORD_LETTER.test(gram) && countA(gram) === 1 && countB(gram) === 1) n++
  return n
}
