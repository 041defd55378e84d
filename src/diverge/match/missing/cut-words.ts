/**
 * A word one report writes whole and the other cuts short with a period, as US news writes a
 * state after a party letter or a town (Bill Frist, R-Tenn.; Nashville, Tenn.; D-Mass.): the
 * same name in another form, not a missing one (issue 11; MSRP train 1945484/1945410, round
 * missing19-1). Both ways: Tennessee is not missing beside R-Tenn., nor R-Tenn. beside
 * Republican of Tennessee.
 *
 * Only a cut after a hyphen or a comma counts, and one not followed by a capitalised word: a
 * title cut short opens a name (Gen. Tommy Franks, Sen. Kerry) and is no place.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { foldWord } from '../../../normalize/fold'

// Tenn., Calif., Mass. after "R-" or ", ": a capital and two to four lower-case letters, then a period.
const CUT_WORD = /(?<=[-‐]|,\s)(\p{Lu}\p{Ll}{2,4})\.(?!\s*\p{Lu}\p{Ll})/gu
// A party letter and a cut word joined by a hyphen: R-Tenn, D-Mass.
const PARTY_TAG = /(?<!\p{L})(\p{Lu})[-‐]\p{Lu}\p{Ll}{2,4}\.(?!\s*\p{Lu}\p{Ll})/gu
const PARTY_CUT = /^(\p{Lu})[-‐](\p{Lu}\p{Ll}{2,4})$/u
// The parties a letter stands for before a state (R-Tenn., D-Mass., I-Vt.).
const PARTIES = new Set(['republican', 'republicans', 'democrat', 'democrats', 'democratic', 'independent'])
// A capitalised word of three letters or more.
const CAPITALISED = /\p{Lu}\p{Ll}{2,}/gu

interface Cuts {
  /** The folded cut words the report writes (tenn, calif). */
  readonly cut: readonly string[]
  /** The folded party letters it writes before a cut word (r of R-Tenn.). */
  readonly parties: ReadonlySet<string>
}

function cutsOf(doc: PreparedDocument): Cuts {
  const text = doc.nfc.text
  const cut = new Set<string>()
  for (const m of text.matchAll(CUT_WORD)) cut.add(foldWord(m[1]!))
  const parties = new Set<string>()
  // A party tag ends in a cut word (R-Tenn. holds Tenn. after its hyphen): a report with no cut word
  // has none, and is not read a second time with a lookbehind tried at every character.
  if (cut.size > 0) for (const m of text.matchAll(PARTY_TAG)) parties.add(foldWord(m[1]!))
  return { cut: [...cut], parties }
}

/** The folded capitalised words a report writes (republican, tennessee): read only for a party tag, which is rare. */
function capitalisedOf(doc: PreparedDocument): ReadonlySet<string> {
  const whole = new Set<string>()
  for (const m of doc.nfc.text.matchAll(CAPITALISED)) whole.add(foldWord(m[0]))
  return whole
}

/** Does a cut word stand for the whole word: a shorter start of it (tenn of tennessee)? */
const cuts = (cut: string, word: string): boolean => word.length >= cut.length + 2 && word.startsWith(cut)

/**
 * Is the one-word name `text` written in `other` cut short (Tennessee / R-Tenn.), or is it a party
 * letter and a cut word whose whole words `other` writes (R-Tenn / Republican … Tennessee), or a
 * party `other` writes by its letter (Republican / R-Tenn.)?
 */
export function writtenCutShort(other: PreparedDocument, text: string): boolean {
  const { cut, parties } = once(other, cutsOf)
  const party = PARTY_CUT.exec(text)
  if (party) {
    const whole = once(other, capitalisedOf)
    const [letter, word] = [foldWord(party[1]!), foldWord(party[2]!)]
    let hasLetter = false
    let hasWord = false
    for (const w of whole) {
      hasLetter ||= PARTIES.has(w) && w.startsWith(letter)
      hasWord ||= cuts(word, w)
    }
    return hasLetter && hasWord
  }
  if (/\s/u.test(text)) return false
  const word = foldWord(text)
  // Republican / R-Tenn.: the party by its letter.
  if (PARTIES.has(word) && parties.has(word[0]!)) return true
  return cut.some((c) => cuts(c, word))
}
