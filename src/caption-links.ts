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
import { type Vocabulary, type WeightingBuffers, inverseFrequencyOfSides } from './align/weights'
import { collectFacts } from './diverge/extract/collect'

/** A report as the role alignment reads it (counted lines), with its captions' sentence indexes in order. */
export interface CaptionedDocument extends RoleDocument {
  readonly counts: readonly BagCounts[]
  readonly captions: readonly number[]
}

/** Each side's counted body sentences, and their sentence frequencies (the document's own, kept for every pair). */
export interface BodyCounts {
  readonly a: readonly BagCounts[]
  readonly b: readonly BagCounts[]
  readonly frequencies: { readonly a: SentenceFrequencies; readonly b: SentenceFrequencies }
}

/**
 * Each side's captions that met no caption of the other (see ./align/caption-body), linked to the
 * other's body sentences of the same scene: compared, never shown. Weighed over both reports' captions
 * and body (the role weighting is done with by now, so its buffers are reused).
 */
export function captionBodyLinks(
  docA: PreparedDocument,
  docB: PreparedDocument,
  a: CaptionedDocument,
  b: CaptionedDocument,
  links: readonly RoleLink[],
  bodyCounts: BodyCounts,
  weights: { readonly vocabulary: Vocabulary; readonly buffers: WeightingBuffers },
  titles: ResolvedOptions['titles'],
): RoleLink[] {
  // The captions of each side no caption link holds (the document's captions, kept in order).
  const unlinked = (doc: CaptionedDocument, side: 'a' | 'b'): readonly number[] => {
    if (doc.captions.length === 0) return doc.captions
    const linked = new Set(links.filter((link) => link.role === 'caption').flatMap((link) => link[side]))
    return linked.size === 0 ? doc.captions : doc.captions.filter((i) => !linked.has(i))
  }
  const captionsA = docB.body.length > 0 ? unlinked(a, 'a') : []
  const captionsB = docA.body.length > 0 ? unlinked(b, 'b') : []
  if (captionsA.length === 0 && captionsB.length === 0) return []
  // Each side's weighting share: its body's frequencies (the document's own, counted once) and
  // those of its unlinked captions, the frequencies over both as one list of sentences.
  const side = (roles: CaptionedDocument, captions: readonly number[], body: SentenceFrequencies): SentenceFrequencies[] =>
    captions.length === 0 ? [body] : [body, sentenceFrequencies(captions.map((i) => roles.counts[i]!))]
  const w = inverseFrequencyOfSides(weights.vocabulary, side(a, captionsA, bodyCounts.frequencies.a), side(b, captionsB, bodyCounts.frequencies.b), weights.buffers)
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
