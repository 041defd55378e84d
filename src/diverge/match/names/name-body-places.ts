/**
 * One body named after its place under two of the place's names (*Đại học Peking* / *Trường Đại học
 * Bắc Kinh*, *Đại học Moskva* / *Đại học Matxcơva*). The extractor reads a body whose head is in lower
 * case as its place alone (*Peking*), and one with its head in Vietnamese syllables whole (*Đại học Bắc
 * Kinh*), so neither met the other; and a place's alias written only inside bodies' names does not
 * name the place (alias-standalone.ts), which is right for the place but not for the body.
 *
 * Here a name is read as a body's head and its place, either from its own words (*Đại học Bắc Kinh*)
 * or from the head left before it (*Đại học* before *Peking*); the other report names the body when it
 * writes another name of that place (reasons/places.ts) after the same head. Two universities of two
 * places, or the university against the bare city, stay apart.
 */
import type { PreparedDocument } from '../../../document'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { otherPlaceForms } from '../../reasons/places'
import { foldWord } from '../../../normalize/fold'
import { BODY_HEADS, bodyOpeningBefore } from './name-institutions'

// How far before a place the other report's head is looked for: a head and a few words of the body's name.
const HEAD_REACH = 80

const wordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c)

/** The folded words written from a body's opening to its place, the head's two left out (Sư phạm in Đại học Sư phạm Peking). */
function middleWords(text: string, opening: number, place: number): string {
  return text.slice(opening, place).split(/\s+/u).filter((w) => w !== '').slice(2).map(foldWord).join(' ')
}

/** The body's head, the words between it and its place, and the place as written; undefined for a name that is no body's. */
function bodyAndPlace(doc: PreparedDocument, name: Located<NameFact>): { readonly head: string; readonly middle: string; readonly place: string } | undefined {
  const { fact } = name
  if (fact.title !== undefined || fact.category === 'person') return undefined
  const words = fact.text.split(/\s+/u)
  // The head inside the name (Đại học Bắc Kinh, Trường Đại học Bắc Kinh): words and tokens must line up.
  if (words.length === fact.tokens.length) {
    for (let k = 0; k <= 1 && k + 2 < words.length; k++) {
      const head = `${fact.tokens[k]} ${fact.tokens[k + 1]}`
      if (BODY_HEADS.has(head)) return { head, middle: '', place: words.slice(k + 2).join(' ') }
    }
  }
  // The head left before the name (Đại học Peking, read as Peking).
  const body = bodyOpeningBefore(doc.original, doc.sentences[name.sentence]!.start, name.span.start)
  return body === undefined ? undefined : { head: body.head, middle: middleWords(doc.original, body.start, name.span.start), place: fact.text }
}

/**
 * Does `other` write the body `name` names after the same head, with the same words between head and
 * place, and another name of its place? Đại học Sư phạm Peking is not Trường Đại học Bắc Kinh.
 */
export function bodyNamedOtherwise(own: PreparedDocument, name: Located<NameFact>, other: PreparedDocument): boolean {
  const body = bodyAndPlace(own, name)
  if (body === undefined) return false
  const forms = otherPlaceForms(body.place)
  const text = other.original
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (wordChar(text[at - 1]) || wordChar(text[at + form.length])) continue
      const opening = bodyOpeningBefore(text, Math.max(0, at - HEAD_REACH), at)
      if (opening?.head === body.head && middleWords(text, opening.start, at) === body.middle) return true
    }
  }
  return false
}
