/**
 * One foreign name rendered in Cyrillic two ways. Russian print writes a Latin h as Х or Г (*Hall*:
 * *Холл* / *Голл*; *Hamburg*: *Гамбург*), a soft l with or without ь (*Ronald*: *Рональд* / *Роналд*),
 * e as э or е (*Эдди* / *Едди*), y as й or и, ё as е, and a doubled consonant once or twice
 * (*Buffett*: *Баффет* / *Баффетт*), each under whatever case ending the sentence gives it
 * (*Баффета* / *Баффетта*). Two words whose stems fold to one skeleton under these pairs are one
 * name respelt, not two names. Stems under four letters are left alone: one letter of a short
 * stem makes another word (*Гора* / *Хора*).
 */
import { collapseRepeats } from '../../normalize/fold'
import { nameCaseStem } from '../../normalize/inflection'

const CYRILLIC_ONLY = /^[\u0400-\u04ff]+$/u
const SHORTEST = 4
// Each letter a rendering may write for another, read as one: г for х, е for э and ё, и for й; ь and ъ dropped.
const SAME: Readonly<Record<string, string>> = { г: 'х', э: 'е', ё: 'е', й: 'и', ь: '', ъ: '' }

/** The stem's letters with each pair read as one and doubles collapsed; '' for a stem too short to tell names apart. */
function skeleton(word: string): string {
  let out = ''
  for (const ch of nameCaseStem(word)) out += SAME[ch] ?? ch
  return out.length < SHORTEST ? '' : collapseRepeats(out)
}

/** Are two lower-case Cyrillic words (different as written) one foreign name rendered two ways? */
export function sameCyrillicRendering(a: string, b: string): boolean {
  if (!CYRILLIC_ONLY.test(a) || !CYRILLIC_ONLY.test(b)) return false
  const x = skeleton(a)
  return x !== '' && x === skeleton(b)
}

/** Two lower-case Cyrillic words of one stem under different case endings (*Уоррен* / *Уоррена*): one word in two forms. */
export function sameCyrillicStem(a: string, b: string): boolean {
  return CYRILLIC_ONLY.test(a) && CYRILLIC_ONLY.test(b) && nameCaseStem(a) === nameCaseStem(b)
}
