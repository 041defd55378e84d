/**
 * Is a name written in the other report, read as its word stream: word after word in any
 * spelling (diacritics, doubled letters, romanisation aside) or letter for letter, with its given
 * name in a familiar form (Dave for David), with a word or two inside it (Nasdaq Stock Markets
 * composite), or with its spaces moved (WashingtonPost). missing-names.ts asks it of every name of
 * one report the other may lack: written so, a name is not missing.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { WordStream } from '../../../document/word-stream'
import { stripDiacritics } from '../../../normalize/fold'
import { nameSkeleton } from '../../../normalize/romanisation'
import { MAX_INSERTED, spaceRunsOf, spreadInText } from './spread-names'
import { givenNameForms } from './given-name-forms'

/** One word written two ways that a report would not call two names: diacritics, doubled letters, romanisation. */
function sameWord(x: string, y: string): boolean {
  if (x === y || stripDiacritics(x) === stripDiacritics(y)) return true
  return x.length >= 4 && y.length >= 4 && nameSkeleton(x) === nameSkeleton(y)
}

/**
 * One word written letter for letter: marks dropped on one side (Ha Noi / Hà Nội) are the same
 * word, marks changed on both (Viết / Việt) are not, and are left to the pairing of respellings.
 */
function sameLetters(x: string, y: string): boolean {
  if (x === y) return true
  const bareX = stripDiacritics(x)
  const bareY = stripDiacritics(y)
  return bareX === bareY && (bareX === x || bareY === y)
}

/** Is the name written somewhere in the stream, word after word: letter for letter (`exact`), or in any spelling? */
export function writtenIn(stream: WordStream, words: readonly string[], exact = false): boolean {
  const same = exact ? sameLetters : sameWord
  const check = (at: number): boolean => words.every((word, k) => at + k < stream.length && same(stream.keyAt(at + k), word))
  if ((stream.bare.get(stripDiacritics(words[0]!)) ?? []).some(check)) return true
  if (exact) return false
  // A respelt first word (Jina for China) has another bare form but the same skeleton.
  return words[0]!.length >= 4 && (stream.skeletons.get(nameSkeleton(words[0]!)) ?? []).some(check)
}

/**
 * Is the name written with its given name in another form (Dave Richardson for David
 * Richardson)? A name of two words or more: a given name alone (Bill) is too loose to be it.
 */
export function writtenFamiliar(stream: WordStream, words: readonly string[]): boolean {
  if (words.length < 2) return false
  return givenNameForms(words[0]!).some((form) => writtenIn(stream, [form, ...words.slice(1)], true))
}

// Words that join two names rather than sit inside one (South and North Korea, Hà Tĩnh và Nghệ An).
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'va', 'hoac', 'voi', 'cung'])
/**
 * Is the name written with a word or two inside it (Nasdaq Composite in "Nasdaq Stock Markets
 * composite index"): its words in order, letter for letter, each within two words of the one
 * before, with no conjunction and no punctuation between (Biên Hòa is not "Tân Biên, Tân Hòa")?
 * A name of two words or more whose first word has four letters or more. The word stream finds
 * the places (it has no punctuation); the other report's text, searched only then, confirms one.
 */
export function writtenSpread(stream: WordStream, words: readonly string[], other: PreparedDocument): boolean {
  if (words.length < 2 || words[0]!.length < 4) return false
  for (const at of stream.bare.get(stripDiacritics(words[0]!)) ?? []) {
    if (!sameLetters(stream.keyAt(at), words[0]!)) continue
    let k = 1
    let gap = 0
    for (let place = at + 1; place < stream.length && k < words.length; place++) {
      const key = stream.keyAt(place)
      if (sameLetters(key, words[k]!)) {
        k++
        gap = 0
      } else if (++gap > MAX_INSERTED || CONJUNCTIONS.has(stripDiacritics(key))) break
    }
    if (k < words.length) continue
    return spreadInText(other.nfc.text, once(other, spaceRunsOf), words)
  }
  return false
}

/** A word's letters with its hyphens dropped and marks stripped: what a name is joined to when its spaces move. */
// Asked of every word after each occurrence of a name's first letters: most have no hyphen to drop, and a scan costs less than the replace.
const squashed = (word: string): string => {
  const bare = stripDiacritics(word)
  for (let i = 0; i < bare.length; i++) {
    const c = bare.charCodeAt(i)
    if (c === 45 || c === 0x2010 || c === 0x2011) return bare.replace(/[-\u2010\u2011]/g, '')
  }
  return bare
}
/** Below this many letters a name joined up could be any run of short words. */
const MIN_JOINED = 6

/**
 * Is the name written with its spaces or hyphens moved: run together (Washington Post /
 * WashingtonPost, Super AMOLED / SuperAMOLED) or split into words (ToshibaTecra / Toshiba
 * Tecra)? The same name in another format, never missing.
 */
export function writtenJoined(stream: WordStream, words: readonly string[]): boolean {
  const joined = words.map(squashed).join('')
  if (joined.length < MIN_JOINED) return false
  if (words.length > 1 && stream.bare.get(joined)) return true
  // Split on the other side: a first word that is a prefix of the joined letters, then the words after it.
  for (let cut = 2; cut <= joined.length - 2; cut++) {
    for (const at of stream.bare.get(joined.slice(0, cut)) ?? []) {
      let rest = joined.slice(cut)
      let k = at + 1
      while (rest.length > 0 && k < stream.length) {
        const next = squashed(stream.keyAt(k))
        if (next.length === 0 || !rest.startsWith(next)) break
        rest = rest.slice(next.length)
        k++
      }
      if (rest.length === 0 && k - at !== words.length) return true
    }
  }
  return false
}
