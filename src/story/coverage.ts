/** The overlap matrix and each outlet's share of the story, from the pairwise reports. */
import type { DocumentResult, Statement, StoryCoverage, StoryOverlap } from '../types'
import type { PairReport } from './pairs'

export function overlapMatrix(pairs: readonly PairReport[], outletCount: number): StoryOverlap {
  const square = (): number[][] => Array.from({ length: outletCount }, (_, i) => Array.from({ length: outletCount }, (_, j) => (i === j ? 1 : 0)))
  const score = square()
  const lexical = square()
  for (const { i, j, report } of pairs) {
    score[i]![j] = score[j]![i] = report.overlap.score
    lexical[i]![j] = lexical[j]![i] = report.overlap.lexical
  }
  return { score, lexical }
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6

export function coverageOf(documents: readonly DocumentResult[], statements: readonly Statement[], unshared: readonly (readonly number[])[]): StoryCoverage[] {
  return documents.map((doc, outlet) => {
    const carried = statements.filter((s) => s.outlets.includes(outlet)).length
    const body = doc.sentences.filter((s) => s.role === 'body').length
    return {
      statements: carried,
      share: statements.length === 0 ? 0 : round(carried / statements.length),
      shared: body === 0 ? 0 : round((body - unshared[outlet]!.length) / body),
    }
  })
}

/** Per outlet, its body sentences in no statement another outlet shares. */
export function unsharedSentences(documents: readonly DocumentResult[], statementOf: readonly Int32Array[]): number[][] {
  return documents.map((doc, outlet) => doc.sentences.filter((s) => s.role === 'body' && statementOf[outlet]![s.index] === -1).map((s) => s.index))
}
