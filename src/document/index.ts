/**
 * The document model: one input read once (NFC with its offset map, sentences with roles, the
 * language), below every stage. Stages take a PreparedDocument; only compare() builds one, so no
 * stage needs to import the function that wires them together.
 */
import { MARKER_SAMPLE, detectLanguage } from '../language'
import { type MappedText, toNfc } from '../normalize/unicode'
import type { ResolvedOptions } from '../options'
import { type MappedSentence, segmentMapped } from '../segment'
import type { Article } from '../types'

/** One document as the later stages see it. */
export interface PreparedDocument {
  readonly original: string
  readonly source: string | undefined
  /** `Article.published` as given: the report's own day turns its weekdays into dates. */
  readonly published: string | undefined
  readonly nfc: MappedText
  readonly sentences: readonly MappedSentence[]
  readonly language: string
  /** Positions (in `sentences`) of body sentences, in order. */
  readonly body: readonly number[]
}

export function prepare(article: Article, options: Pick<ResolvedOptions, 'detectBoilerplate'>): PreparedDocument {
  const original = article.text
  const nfc = toNfc(original)
  const sentences = segmentMapped(original, nfc, { detectBoilerplate: options.detectBoilerplate, roles: article.roles ?? [] })
  const body = sentences.flatMap((sentence, i) => (sentence.role === 'body' ? [i] : []))
  // The first 64 body sentences joined by spaces, only as far as language detection reads (franc a
  // few hundred characters, the marker words a few paragraphs): all 64 were sliced and joined on every document.
  let bodyText = ''
  for (let k = 0; k < body.length && k < 64 && bodyText.length <= MARKER_SAMPLE; k++) {
    const s = sentences[body[k]!]!
    bodyText = k === 0 ? nfc.text.slice(s.nfcStart, s.nfcEnd) : `${bodyText} ${nfc.text.slice(s.nfcStart, s.nfcEnd)}`
  }
  return { original, source: article.source, published: article.published, nfc, sentences, language: detectLanguage(bodyText), body }
}
