/**
 * Sentences a pair's reports write word for word, each linked to its copy alone: every fact of
 * such a sentence is stated in the other report, in its own slot, so the number and date stage
 * never needs to ask whether it is unstated there. Most sentences of a story's reports are copies
 * (wire text), and that question was asked of each of their facts in every pair.
 *
 * Why the answer is known without asking (diverge/index.ts, `unstatedA` / `unstatedB`): let `l`
 * be a fact of sentence s of A, linked alone to sentence t of B with the same NFC text and the
 * same facts (equal signatures, so a twin `l'` with every field equal sits in t).
 * - Stated in its slot (`statedInSlot`): B's index holds `l'` under `l`'s key when no list of the
 *   index was cut at its cap (`completeIndex`); a date is then found, and a number either meets a
 *   fact that stands for it whatever the sentence, or lists `l'`, whose sentence t shares s's link
 *   (`related`: s and t sit in no other link, so the link maps name that one).
 * - Never set apart: each "stated only for another …" test (office-roles.ts, occasion-echoes.ts,
 *   respective-pairs.ts) answers true only when every same-valued fact of B is set apart, and
 *   `l'` is not. Its clause is read from the sentence's own tokens (clauses.ts reads only
 *   factTokens, offsets local to the sentence), so it equals `l`'s: one office at one rank
 *   (`differentOffices` undefined), one event kind, one firm (`firmRelation` never 'apart' for
 *   equal words), one member of a list read respectively (`sameMember` of equal runs), and a
 *   sentence marked "respectively" in one report is marked in the other.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { sharedText } from '../../../document/shared-texts'
import { sentenceText } from '../../../document/words'
import type { Alignment } from '../../../types'
import type { Fact } from '../../extract/fact'

/** The most facts an index keeps under one key (fact-index.ts): a fuller list may have left one out. */
const INDEX_CAP = 16

const complete = new WeakMap<Map<string, Fact[]>, boolean>()

/** Whether an index (fact-index.ts) holds every fact under each of its keys: no list reached the cap. */
export function completeIndex(index: Map<string, Fact[]>): boolean {
  let known = complete.get(index)
  if (known === undefined) {
    known = true
    for (const list of index.values()) if (list.length >= INDEX_CAP) known = false
    complete.set(index, known)
  }
  return known
}

/** A document's sentences as NFC texts, one string per distinct text among a story's documents (shared-texts.ts). */
const nfcTexts = (doc: PreparedDocument): readonly string[] => doc.sentences.map((_, i) => sharedText(doc, sentenceText(doc, i)))

// Plain arrays of small integers, not typed ones: a pair's four arrays of a few dozen sentences
// were each a typed array with a backing store of its own, whose allocation was ~2 % of a story's
// warm pair step (the arrays live only through the pair's number stage).
const NONE: number[] = []
const zeros = (n: number): number[] => new Array<number>(n).fill(0)

/** The copied sentences of one pair, marked link by link, then kept only where both sit in one link. */
export class CopiedSentences {
  /** Each marked sentence's copy in the other report, plus one (0: none). */
  private a: number[] = NONE
  private b: number[] = NONE
  private textsA: readonly string[] = []
  private textsB: readonly string[] = []

  constructor(
    private readonly docA: PreparedDocument,
    private readonly docB: PreparedDocument,
    /** Whether the indexes both sides are looked up in hold every fact (`completeIndex`). */
    private readonly indexesComplete: boolean,
  ) {}

  /** Sentence i of A and j of B, linked one to one and stating the same facts the same way: marked when their texts are equal. */
  mark(i: number, j: number): void {
    if (!this.indexesComplete) return
    if (this.a === NONE) {
      this.textsA = once(this.docA, nfcTexts)
      this.textsB = once(this.docB, nfcTexts)
      this.a = zeros(this.docA.sentences.length)
      this.b = zeros(this.docB.sentences.length)
    }
    if (this.textsA[i] !== this.textsB[j]) return
    this.a[i] = j + 1
    this.b[j] = i + 1
  }

  /**
   * Unmarks each copy of which either side sits in more than one link (a lead also linked to the
   * other report's headline): the link maps then name only one of its links.
   */
  finish(alignments: readonly Alignment[]): void {
    if (this.a === NONE) return
    const linksA = zeros(this.a.length)
    const linksB = zeros(this.b.length)
    for (const link of alignments) {
      for (const i of link.a) if (linksA[i]! < 2) linksA[i]!++
      for (const j of link.b) if (linksB[j]! < 2) linksB[j]!++
    }
    // A pair stands when each side names the other (a sentence marked twice keeps its last mark) and both sit in one link.
    const { a, b } = this
    for (let i = 0; i < a.length; i++) {
      const j = a[i]! - 1
      if (j >= 0 && (b[j] !== i + 1 || linksA[i] !== 1 || linksB[j] !== 1)) a[i] = 0
    }
    for (let j = 0; j < b.length; j++) {
      const i = b[j]! - 1
      if (i >= 0 && (a[i] !== j + 1 || linksA[i] !== 1 || linksB[j] !== 1)) b[j] = 0
    }
  }

  /** Whether sentence i of A is a marked copy (after `finish`). */
  inA(i: number): boolean {
    return this.a.length > 0 && this.a[i]! > 0
  }

  /** Whether sentence j of B is a marked copy (after `finish`). */
  inB(j: number): boolean {
    return this.b.length > 0 && this.b[j]! > 0
  }
}
