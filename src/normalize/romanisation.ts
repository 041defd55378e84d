/**
 * Two levels of collapsing a word's spelling, for matching romanised and
 * unaccented writing. They differ on purpose: the aligner's loose key gives a
 * word 80% credit in a sentence match, so it merges only what is surely one
 * word (Hà Nội ~ Ha Noi, Heong ~ Hyeong, joon ~ jun); the name matcher's
 * skeleton also merges consonants that romanisations swap (China ~ Jina,
 * Pusan ~ Busan, Taegu ~ Daegu), because a name's other words and its sentence
 * must agree too.
 */
import { collapseRepeats, stripDiacritics } from './fold'
import { ownText } from './own-text'

/**
 * A looser key for words that did not match exactly: diacritics dropped and the
 * usual romanisation alternations collapsed (Hà Nội ~ Ha Noi, Heong ~ Hyeong, joon ~ jun).
 */
const looseCache = new Map<string, string>()
export function looseKey(key: string): string {
  let loose = looseCache.get(key)
  if (loose === undefined) {
    // Doubled letters collapse last, or "joon" would lose the "oo" that stands for "u".
    // collapseRepeats, not /(.)\1+/g: that regex overflows the stack on a token of ~10M equal letters
    loose = collapseRepeats(
      stripDiacritics(key)
        .replace(/yeo|yo|eo|eu/g, 'o')
        .replace(/oo|ou/g, 'u'),
    )
    if (looseCache.size > 100_000) looseCache.clear()
    looseCache.set(ownText(key), (loose = ownText(loose)))
  }
  return loose
}

/**
 * Letters of a name with diacritics, doubled letters and the usual
 * romanisation alternations collapsed: Cuba ~ Cooba, Yahoo ~ Yahu, China ~ Jina.
 */
const skeletons = new Map<string, string>()
export function nameSkeleton(text: string): string {
  let cached = skeletons.get(text)
  if (cached === undefined) {
    cached = skeletonOf(text)
    if (skeletons.size > 100_000) skeletons.clear()
    skeletons.set(ownText(text), (cached = ownText(cached)))
  }
  return cached
}

function skeletonOf(text: string): string {
  // Doubled letters collapse last, or "Cooba" and "Yahoo" would lose the "oo" that stands for "u".
  // collapseRepeats, not /(.)\1+/g: that regex overflows the stack on a token of ~10M equal letters
  return collapseRepeats(
    stripDiacritics(text.toLowerCase())
      .replace(/[^a-z]+/g, '')
      .replace(/ch|tch/g, 'j')
      .replace(/yeo|yo|eo|eu|ou/g, 'o')
      .replace(/oo/g, 'u')
      .replace(/[kq]/g, 'g')
      .replace(/t/g, 'd')
      .replace(/p/g, 'b')
      .replace(/r/g, 'l'),
  )
}
