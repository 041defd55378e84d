/**
 * Is a word spelt as a Vietnamese syllable? The spelling test names.ts uses to
 * tell native syllables from foreign words inside a capitalised run (and that
 * the matchers and reasons ask of single words too).
 *
 * Apart from names.ts because it is one self-contained question about a word's
 * spelling, with its own caches, asked from a dozen files that need nothing
 * else of name extraction.
 */

import { stripDiacritics } from '../../normalize/fold'

const VI_MARKED = /[ăâêôơưđàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u
// Tested on the word with its marks stripped (see isVietnameseSyllable), so the
// nuclei are written bare: iê, uô, ươ, uê, yê are ie, uo, ue, ye here. Written
// with their marks they never matched, and Nguyen, Cuong, Lien, Hue (a name
// written without diacritics) were taken for foreign words and cut off the name.
const VI_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|uya|uay|uoi|uou|yeu|ieu|oai|oay|oeo|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ye|[aeiouy])(?:ch|ng|nh|[cmnpt])?$/u

const syllables = new Map<string, boolean>()
export function isVietnameseSyllable(folded: string): boolean {
  let yes = syllables.get(folded)
  if (yes === undefined) {
    yes = VI_SYLLABLE.test(stripDiacritics(folded).replace(/đ/g, 'd')) || VI_MARKED.test(folded)
    if (syllables.size >= 100_000) syllables.clear()
    syllables.set(folded, yes)
  }
  return yes
}

const scriptKinds = new Map<string, 'vi' | 'foreign' | ''>()
/** 'vi' for a marked Vietnamese syllable, 'foreign' for a word that cannot be Vietnamese, else undefined. */
export function scriptKind(folded: string): 'vi' | 'foreign' | undefined {
  let kind = scriptKinds.get(folded)
  if (kind === undefined) {
    kind = VI_MARKED.test(folded) ? 'vi' : isVietnameseSyllable(folded) ? '' : 'foreign'
    if (scriptKinds.size >= 100_000) scriptKinds.clear()
    scriptKinds.set(folded, kind)
  }
  return kind === '' ? undefined : kind
}

/** Spelt as a Vietnamese syllable can be (isVietnameseSyllable also takes any marked word). */
export const vietnameseShaped = (folded: string): boolean => VI_SYLLABLE.test(stripDiacritics(folded).replace(/đ/g, 'd'))
