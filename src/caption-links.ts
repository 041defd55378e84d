/**
 * The wiring of ./align/caption-body for compare.ts: which captions are left without a caption
 * link, their weights over both reports, and the days each line states (read from the facts the
 * diverge stage reads anyway, kept on the document), which the align stage cannot read itself.
 */
import type { PreparedDocument } from './document'
import { once } from './document/once'
import type { ResolvedOptions } from './options'
import { type BagCounts, type SentenceFrequencies, sentenceFrequencies } from './align/bag-counts'
import { type StatedDay, captionsInBody, sameDay } from './align/caption-body'
import type { RoleDocument, RoleLink } from './align/roles'
import { type Vocabulary, type WeightingBuffers, inverseFrequencyOfDocuments } from './align/weights'
import { collectFacts } from './diverge/extract/collect'

/**
 * Each side's captions that met no caption of the other (see ./align/caption-body), linked to the
 * other's body sentences of the same scene: compared, never shown. Weighed over both reports' captions
 * and body (the role weighting is done with by now, so its buffers are reused).
 */
export function captionBodyLinks(
  docA: PreparedDocument,
  docB: PreparedDocument,
  a: RoleDocument & { readonly counts: readonly BagCounts[] },
  b: RoleDocument & { readonly counts: readonly BagCounts[] },
  links: readonly RoleLink[],
  bodyCounts: { readonly a: readonly BagCounts[]; readonly b: readonly BagCounts[] },
  weights: { readonly vocabulary: Vocabulary; readonly buffers: WeightingBuffers },
  titles: ResolvedOptions['titles'],
): RoleLink[] {
  const unlinked = (doc: PreparedDocument, side: 'a' | 'b'): number[] => {
    const linked = new Set(links.filter((link) => link.role === 'caption').flatMap((link) => link[side]))
    return doc.sentences.flatMap((s, i) => (s.role === 'caption' && !linked.has(i) ? [i] : []))
  }
  const captionsA = docB.body.length > 0 ? unlinked(docA, 'a') : []
  const captionsB = docA.body.length > 0 ? unlinked(docB, 'b') : []
  if (captionsA.length === 0 && captionsB.length === 0) return []
  const frequencies = (roles: typeof a, captions: readonly number[], body: readonly BagCounts[]): SentenceFrequencies =>
    sentenceFrequencies([...body, ...captions.map((i) => roles.counts[i]!)])
  const w = inverseFrequencyOfDocuments(weights.vocabulary, [frequencies(a, captionsA, bodyCounts.a), frequencies(b, captionsB, bodyCounts.b)], weights.buffers)
  // The days each line states, read from the facts the diverge stage reads anyway (kept on the document).
  const daysOf = (doc: PreparedDocument, i: number): StatedDay[] =>
    (once(doc, collectFacts, titles).factsBySentence.get(i) ?? []).flatMap(({ fact }) => (fact.type === 'date' ? [fact] : []))
  const out: RoleLink[] = []
  for (const { caption, sentence, similarity } of captionsInBody(captionsA, (i) => a.counts[i]!, docB.body, bodyCounts.b, w, (i, j) => sameDay(daysOf(docA, i), daysOf(docB, j)))) {
    out.push({ a: [caption], b: [sentence], similarity, role: 'caption', shown: false })
  }
  for (const { caption, sentence, similarity } of captionsInBody(captionsB, (j) => b.counts[j]!, docA.body, bodyCounts.a, w, (j, i) => sameDay(daysOf(docB, j), daysOf(docA, i)))) {
    out.push({ a: [sentence], b: [caption], similarity, role: 'caption', shown: false })
  }
  return out
}
