/**
 * A name read as words for comparing spellings: each word's lower-case form, its bare letters (no
 * case, marks, apostrophes or dots) and whether it reads as Vietnamese. Kept apart from the
 * judgements (name-spelling.ts, word-spelling.ts, name-forms.ts) so they share one reading of a
 * name, made once a text.
 */
import { foldWord, stripDiacritics } from '../../normalize/fold'
import { isVietnameseSyllable, vietnameseShaped } from '../extract/vi-syllables'
import { memo } from '../../normalize/text-memo'

export interface NameWord {
  /** Lower case, marks kept: equal words are one word. */
  readonly lower: string
  /** Lower case, no marks, no apostrophes or dots. */
  readonly bare: string
  /** Carries a letter only Vietnamese writes (ă â ê ô ơ ư đ or a tone under/over them). */
  readonly vietnamese: boolean
  /** Could be one Vietnamese syllable (Vinh, Long, Tun). */
  readonly syllable: boolean
}

// Letters a Vietnamese syllable carries that other Latin orthographies rarely do.
const VIETNAMESE_MARKED = /[ăâêôơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u
const APOSTROPHES = /['’ʼ‘`.]/gu

// An initial glued to the word after it ("Sergei V.Mikhailov", "X.V.Mi-khai-lốp") is its own word, as in "V. Mikhailov".
const GLUED_INITIAL = /(?<!\p{L})(\p{Lu})\.(?=\p{Lu}\p{Ll})/gu

/** The words of a name, read once a text (a story asks of each name in every pair). */
export const wordsOf = memo((text: string): readonly NameWord[] =>
  text
    .normalize('NFC')
    .replace(GLUED_INITIAL, '$1. ')
    .split(/[\s\-‐‑–—_]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => {
      const lower = w.toLowerCase()
      const bare = stripDiacritics(lower.replace(APOSTROPHES, '')).replace(/đ/g, 'd')
      const folded = foldWord(w)
      const vietnamese = VIETNAMESE_MARKED.test(lower)
      // A word marked only as French or Spanish mark theirs (Népal, Neuquén) and shaped as no Vietnamese
      // syllable is foreign, as names.ts reads it: its letters may be respelt (Népal / Néapl).
      return { lower: foldWord(lower.replace(APOSTROPHES, '')), bare, vietnamese, syllable: isVietnameseSyllable(folded) && (vietnamese || vietnameseShaped(folded)) }
    }),
)
