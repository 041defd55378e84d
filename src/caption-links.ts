/**
 * The wiring of ./align/caption-body for compare.ts: which captions are left without a caption
 * link, their weights over both reports, and the days each line states (read from the facts the
 * diverge stage reads anyway, kept on the document), which the align stage cannot read itself.
 */
import type { PreparedDocument } from './document'
import { once } from './document/once'
import type { ResolvedOptions } from './options'
import { type BagCounts, type SentenceFrequencies, sentenceFrequencies } from './align/bag-counts'
import { type StatedDates, type StatedDay, captionsInBody, sameScene } from './align/caption-body'
import type { RoleDocument, RoleLink } from './align/roles'
import { type Vocabulary, type WeightingBuffers, inverseFrequencyOfSides } from './align/weights'
import { collectFacts } from './diverge/extract/collect'
import { EN_WEEKDAYS } from './diverge/extract/dates/day-words'
import { WEEKDAY } from './diverge/match/dates/weekday-dates'
import { factTokens, sentenceText } from './document/words'
import { vietnameseWeekdayAt } from './diverge/match/dates/weekday-events'
import { englishStem } from './normalize/stem'

/**
 * The weekdays a line names (Sunday = 0): English names, and Vietnamese ones as weekday-events.ts
 * reads them ("thứ Hai", "sáng thứ hai", "thứ 6", "Chủ nhật"; not "lần thứ hai", "ngày thứ hai").
 */
function weekdaysIn(doc: PreparedDocument, i: number): number[] {
  const out: number[] = []
  const add = (day: number | undefined): void => {
    if (day !== undefined && day >= 0 && !out.includes(day)) out.push(day)
  }
  for (const m of sentenceText(doc, i).matchAll(WEEKDAY)) if (m[1] !== undefined) add(EN_WEEKDAYS.indexOf(m[1].toLowerCase()))
  const tokens = factTokens(doc, i)
  for (let k = 0; k < tokens.length; k++) add(vietnameseWeekdayAt(tokens, k))
  return out
}

/** The dates a document's lines state, by sentence index: filled as lines are asked for, kept on the document. */
function datesBySentence(_doc: PreparedDocument, _titles: ResolvedOptions['titles']): Map<number, StatedDates> {
  return new Map()
}

/** The dates line `i` of `doc` states: the days of the facts the diverge stage reads anyway (kept on the document), and its weekdays. */
function statedDates(doc: PreparedDocument, i: number, titles: ResolvedOptions['titles']): StatedDates {
  const memo = once(doc, datesBySentence, titles)
  let dates = memo.get(i)
  if (dates === undefined) {
    dates = {
      // A bare year ("in 2023") is a number of kind year: a date of that year alone.
      days: (once(doc, collectFacts, titles).factsBySentence.get(i) ?? []).flatMap(({ fact }): StatedDay[] =>
        fact.type === 'date' ? [fact] : fact.kind === 'year' && Number.isInteger(fact.value) ? [{ year: fact.value }] : [],
      ),
      weekdays: weekdaysIn(doc, i),
    }
    memo.set(i, dates)
  }
  return dates
}

// Stems by token id of a vocabulary (ids are never reassigned), read only for the words of captions' candidate sentences.
const stemsByVocabulary = new WeakMap<Vocabulary, (id: number) => string | undefined>()

function stemsOf(vocabulary: Vocabulary): (id: number) => string | undefined {
  let stemOf = stemsByVocabulary.get(vocabulary)
  if (stemOf) return stemOf
  // By id in an array (null: not read yet), not a map: ids are dense, and the map's growth was
  // most of what the caption search allocated on a Vietnamese pair, whose words have no stem.
  const stems: (string | undefined | null)[] = []
  stemOf = (id: number): string | undefined => {
    while (stems.length <= id) stems.push(null)
    let stem = stems[id]
    if (stem === null) stems[id] = stem = englishStem(vocabulary.keys[id]!, 'full')
    return stem
  }
  stemsByVocabulary.set(vocabulary, stemOf)
  return stemOf
}

// The sentence frequencies of a report's unlinked captions, by the list of them: a story's pairs
// leave the same captions unlinked again and again (all of them, in most), and these frequencies
// were counted anew each pair (story34).
const frequenciesByCaptions = new WeakMap<CaptionedDocument, Map<string, SentenceFrequencies>>()

function captionFrequencies(roles: CaptionedDocument, captions: readonly number[]): SentenceFrequencies {
  let byList = frequenciesByCaptions.get(roles)
  if (byList === undefined) frequenciesByCaptions.set(roles, (byList = new Map()))
  const key = captions.join(' ')
  let frequencies = byList.get(key)
  if (frequencies === undefined) byList.set(key, (frequencies = sentenceFrequencies(captions.map((i) => roles.counts[i]!))))
  return frequencies
}

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
    // Gathered by a loop, a set only when a caption link exists: the filtered and flattened lists
    // were made for each side of every pair of a story, most of which have no caption link.
    let linked: Set<number> | undefined
    for (const link of links) if (link.role === 'caption') for (const i of link[side]) (linked ??= new Set()).add(i)
    if (linked === undefined) return doc.captions
    const held = linked
    return doc.captions.filter((i) => !held.has(i))
  }
  const captionsA = docB.body.length > 0 ? unlinked(a, 'a') : []
  const captionsB = docA.body.length > 0 ? unlinked(b, 'b') : []
  if (captionsA.length === 0 && captionsB.length === 0) return []
  // Each side's weighting share: its body's frequencies (the document's own, counted once) and
  // those of its unlinked captions, the frequencies over both as one list of sentences.
  const side = (roles: CaptionedDocument, captions: readonly number[], body: SentenceFrequencies): SentenceFrequencies[] =>
    captions.length === 0 ? [body] : [body, captionFrequencies(roles, captions)]
  const w = inverseFrequencyOfSides(weights.vocabulary, side(a, captionsA, bodyCounts.frequencies.a), side(b, captionsB, bodyCounts.frequencies.b), weights.buffers)
  // The dates each line states, read once a document and line (statedDates), and each token's
  // stem, read once a vocabulary (a story's pairs share it): both were read again every pair.
  const datesOf = (doc: PreparedDocument, i: number): StatedDates => statedDates(doc, i, titles)
  const stemOf = stemsOf(weights.vocabulary)
  const out: RoleLink[] = []
  for (const { caption, sentence, similarity } of captionsInBody(captionsA, (i) => a.counts[i]!, docB.body, bodyCounts.b, w, (i, j) => sameScene(datesOf(docA, i), datesOf(docB, j)), stemOf)) {
    out.push({ a: [caption], b: [sentence], similarity, role: 'caption', shown: false })
  }
  for (const { caption, sentence, similarity } of captionsInBody(captionsB, (j) => b.counts[j]!, docA.body, bodyCounts.a, w, (j, i) => sameScene(datesOf(docB, j), datesOf(docA, i)), stemOf)) {
    out.push({ a: [sentence], b: [caption], similarity, role: 'caption', shown: false })
  }
  return out
}
