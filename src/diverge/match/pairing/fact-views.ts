/**
 * One report's facts as the pair step reads them, built once per report and kept with it: the
 * facts by span, by place and by key, and each sentence's facts with what a copy of the sentence
 * would state, so the link pass skips links between copied sentences (wire text) cheaply.
 */
import type { Span } from '../../../types'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { factIndex } from './fact-index'
import { textIds } from './text-ids'
import { matchSlots, sameFact } from '../slots/slots'
import { textsIdOf } from './written-texts'

// JSON writes NaN, ±Infinity as null and -0 as 0: spelt out, two signatures are equal only for equal facts.
const exactNumbers = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)) ? `number:${Object.is(value, -0) ? '-0' : String(value)}` : value

/**
 * Whether `value` holds a number JSON would not write as itself (NaN, ±Infinity, -0): only then
 * does a signature need the replacer, which costs a call per value written (a few percent of a
 * compare() of two articles); without such a number the replacer changes nothing.
 */
function needsExactNumbers(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value) || Object.is(value, -0)
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) {
    for (const item of value) if (needsExactNumbers(item)) return true
    return false
  }
  for (const key in value) if (needsExactNumbers((value as Record<string, unknown>)[key])) return true
  return false
}

const SELF_MATCH_MAX = 32

export { sameTexts } from './written-texts'

// Equal numbers: equal written signatures (text-ids.ts). A different number after the table is
// emptied only sends two sentences to be matched in full, which finds what the skip would have assumed.
const signatureId = textIds()

/**
 * One sentence's facts as the link pass reads them, with what a copy of the sentence would state.
 * A class, so that every pair's link pass reads its getters through one shape.
 */
export class SentenceFacts {
  /** Written only when a link asks (a sentence of either report with an inert one): JSON with a replacer is slow. */
  private written: number | undefined
  /** Matched against itself only when a link asks (a copy of the sentence in the other report): most never are. */
  private selfMatched: boolean | undefined
  /** Numbered only when a link asks (written-texts.ts). */
  private textsNumber: number | undefined
  readonly facts: readonly Fact[]
  /** The written text of each fact, in order: two sentences whose signatures are equal have equal texts. */
  readonly texts: readonly string[]

  constructor(private readonly located: readonly Located<Fact>[]) {
    this.facts = located.map((l) => l.fact)
    this.texts = located.map((l) => l.span.text)
  }

  /** The texts as a number, equal for equal texts in every report of a story (written-texts.ts). */
  get textsId(): number {
    if (this.textsNumber === undefined) this.textsNumber = textsIdOf(this.texts)
    return this.textsNumber
  }

  /**
   * The facts with their written text, as a number: equal for two sentences that state the same
   * facts the same way (see `signatureId`), so a story's pairs compare two numbers, not two strings.
   */
  get signature(): number {
    if (this.written === undefined) {
      const entries = this.located.map((l) => [l.fact, l.span.text])
      this.written = signatureId(needsExactNumbers(entries) ? JSON.stringify(entries, exactNumbers) : JSON.stringify(entries))
    }
    return this.written
  }

  /**
   * Matched against a copy of itself, every fact pairs with its twin as the same value: such a
   * link yields no contradiction, pairing or equivalence (the texts are equal), so it is skipped.
   * matchSlots reads only the facts' contents, so a sentence of another report with the same
   * signature matches as this one does.
   */
  get inert(): boolean {
    if (this.selfMatched === undefined) {
      const own = this.facts
      // Matching is quadratic in a sentence's facts: a sentence of thousands of figures is matched as it comes.
      const self = own.length <= SELF_MATCH_MAX ? matchSlots(own, own) : undefined
      this.selfMatched = self !== undefined && self.conflicts.length === 0 && self.same.length === own.length && self.same.every(([x, y]) => x === y && sameFact(x, y))
    }
    return this.selfMatched
  }
}

/** By sentence index, with holes where a sentence states no fact: the link pass reads one per link of every pair (a Map was a lookup each). */
function sentenceFactsOf(facts: DocumentFacts): (SentenceFacts | undefined)[] {
  const out: (SentenceFacts | undefined)[] = []
  for (const [sentence, located] of facts.factsBySentence) out[sentence] = new SentenceFacts(located)
  return out
}

/**
 * What the pair step reads of one report's facts alone, built once per report and asked for with
 * one lookup: a story's pairs asked for each part separately, eight lookups per pair.
 */
interface FactViews {
  readonly spans: Map<Fact, Span>
  readonly located: Map<Fact, Located<Fact>>
  readonly index: Map<string, Fact[]>
  readonly bySentence: readonly (SentenceFacts | undefined)[]
}

export function factViews(facts: DocumentFacts): FactViews {
  const all = [...facts.factsBySentence.values()].flat()
  return {
    spans: new Map(all.map((located) => [located.fact, located.span])),
    located: new Map(all.map((located) => [located.fact, located])),
    index: factIndex(facts),
    bySentence: sentenceFactsOf(facts),
  }
}

const NO_FACTS: readonly Fact[] = []

/** Each sentence's facts as one list, made on first ask and kept, so rules that index a sentence pair by its lists read it once. */
export function sentenceFactLists(facts: DocumentFacts | undefined): (sentence: number) => readonly Fact[] {
  const lists = new Map<number, readonly Fact[]>()
  return (sentence) => {
    let list = lists.get(sentence)
    if (!list) lists.set(sentence, (list = facts?.factsBySentence.get(sentence)?.map((l) => l.fact) ?? NO_FACTS))
    return list
  }
}
