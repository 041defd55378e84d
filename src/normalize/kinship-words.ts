/**
 * Words for a member of a family, one list for the rules that read them. Beside a name, one says
 * the person is someone's relative: another member of a family than the one a shorter mention
 * names (*his cousin Jaden Moore* / *Jaden*, match/names/given-name-person.ts), and one who shares
 * an address with them, so two spellings at one address may be two people
 * (reasons/vi-person-two-changed.ts). A rule that reads more words composes: this list plus its own.
 */
import { keys } from './word-lists'

export const KINSHIP_BY_LANGUAGE = {
  en:
    'cousin cousins brother brothers sister sisters sibling siblings twin father mother son sons daughter daughters wife husband ' +
    'uncle aunt nephew niece grandson granddaughter grandfather grandmother stepfather stepmother stepson stepdaughter relative',
  vi: 'con trai gái chồng vợ cháu bố mẹ cha má dâu rể',
} as const

/** Every language's kinship words, folded. */
export const KINSHIP_WORDS: ReadonlySet<string> = new Set(Object.values(KINSHIP_BY_LANGUAGE).flatMap((list) => [...keys(list)]))
