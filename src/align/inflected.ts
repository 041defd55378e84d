/**
 * Two forms of one word as one loose-match class, for sentence alignment in languages that inflect:
 * a Polish report writes *wybory* where its rewording writes *wyborach*, *Trumpa* where it writes
 * *Trump*; a Russian one *доллара* / *долларов*; a Turkish one *bakkalları* / *bakkallara*; a German
 * one *Toten* / *Tote*. Token by token such sentences share little, so the aligner (which credits a
 * word's loose class at LOOSE_CREDIT, below an exact match) left them apart and every fact they state
 * was paired, if at all, across unlinked sentences.
 *
 * A word's class here is its loose key (./weights: diacritics dropped, so *Dudą* / *Duda* already
 * met) with one ending cut by its family's table: the longest that leaves a stem of three letters
 * (four after a one-letter ending, and in German; four in Turkish, whose endings stack: up to three are
 * cut). Not a stemmer: no vowel alternation is read (*zginął* / *zginęli* stay two), derivations stay apart, and a word the table cuts wrongly
 * only loses or gains a share of its weight in one comparison. Two words of one loose key always
 * share a class, so nothing the loose match gave is lost.
 *
 * Read only when both reports are in one family (franc's codes): Latin or Cyrillic Slavic (a word is
 * cut by its own script's table, so a Russian report franc reads as Bulgarian is still read), Turkish,
 * German. English, Vietnamese and every other language keep the vocabulary's own loose classes.
 */
import { looseKey } from '../normalize/romanisation'
import type { Vocabulary, Weighting } from './weights'

type Family = 'slavic' | 'turkish' | 'german'

const FAMILIES: ReadonlyMap<string, Family> = new Map([
  ...['pol', 'ces', 'slk', 'hrv', 'srp', 'bos', 'slv', 'rus', 'ukr', 'bel', 'bul', 'mkd'].map((l) => [l, 'slavic'] as const),
  ['tur', 'turkish'],
  ['deu', 'german'],
])

/** The family whose endings a pair's words are read by, when both reports are in it. */
export function inflectionFamily(a: string, b: string): Family | undefined {
  const x = FAMILIES.get(a)
  return x !== undefined && FAMILIES.get(b) === x ? x : undefined
}

// Endings without their diacritics (loose keys have none), longest first within a table.
// Latin-script Slavic: the nouns', names' and adjectives' case endings of normalize/slavic-endings.ts, folded.
const LATIN_SLAVIC: readonly string[] = [
  'owego', 'owemu', 'oveho', 'ovemu', 'iego', 'iemu', 'owym', 'owej', 'ovych',
  'ego', 'emu', 'eho', 'owi', 'ovi', 'ach', 'ami', 'ama', 'ima', 'ych', 'ich', 'ymi', 'imi', 'iej', 'iem', 'ech', 'oga', 'ome', 'omu', 'ow', 'ove',
  'em', 'om', 'ej', 'ie', 'ou', 'um', 'ym', 'im', 'og', 'ih', 'ov',
  'a', 'u', 'e', 'y', 'i', 'o',
]
// Cyrillic (Russian, Ukrainian, Belarusian; й as и, ё as е): nouns' and adjectives' endings, the genitive plural's -ов / -ев too
// (a surname's -ов joins its stem here only as a share of one word's weight, not as one name: that is the name stage's).
const CYRILLIC: readonly string[] = [
  // -ия / -ие nouns (Россия, компания, заявление) keep и in every case: cut it with the ending, or России / Россия part.
  'иями', 'иях', 'иям', 'ием', 'иеи', 'ию', 'ия', 'ие', 'ии',
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями',
  'ыи', 'ии', 'ои', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ых', 'их', 'ым', 'им',
  'ом', 'ем', 'еи', 'ам', 'ям', 'ах', 'ях', 'ою', 'ею', 'ов', 'ев', 'ьи', 'ья', 'ью',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'і', 'о', 'ь',
]
// Turkish nominal endings (ı, ş, ç, ğ, ö, ü as i, s, c, g, o, u): plural, possessive, case and -ki, cut from the end one
// at a time (bakkallarından → bakkal).
const TURKISH: readonly string[] = [
  'ndaki', 'ndeki', 'lari', 'leri', 'imiz', 'umuz', 'iniz', 'unuz', 'ndan', 'nden',
  'lar', 'ler', 'dan', 'den', 'tan', 'ten', 'nin', 'nun', 'yla', 'yle', 'nda', 'nde',
  'da', 'de', 'ta', 'te', 'in', 'un', 'na', 'ne', 'ya', 'ye', 'yi', 'yu', 'si', 'su', 'ki', 'la', 'le', 'im', 'um',
  'a', 'e', 'i', 'u',
]
// German noun, adjective and plural endings (normalize/german-endings.ts' nouns'). No -er: it makes another noun as often as
// a form of one (Arbeiter / Arbeit, Lager / Lage, Lehrer / Lehre); German stems keep four letters (Rate / Rat, Ende / End).
const GERMAN: readonly string[] = ['en', 'es', 'em', 'e', 'n', 's']

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u
const LETTERS_ONLY = /^\p{L}+$/u

// A lone letter cut off a three-letter stem too often leaves another word (pan / pani, był / była, rada / radu): a one-letter
// ending leaves four letters at least.
function cut(word: string, endings: readonly string[], shortest: number): string {
  for (const ending of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < Math.max(shortest, ending.length === 1 ? 4 : 0)) continue
    return word.slice(0, -ending.length)
  }
  return word
}

// Turkish endings with the pronominal n (evi-n-e, evi-n-de) follow a possessive's i / u; after another letter the n is the
// stem's (hastane is no dative of hasta).
const PRONOMINAL_N = /^n(?:a|e|da|de|dan|den|daki|deki)$/u
function cutTurkish(word: string): string {
  for (const ending of TURKISH) {
    if (!word.endsWith(ending) || word.length - ending.length < 4) continue
    const before = word[word.length - ending.length - 1]
    if (PRONOMINAL_N.test(ending) && before !== 'i' && before !== 'u') continue
    return word.slice(0, -ending.length)
  }
  return word
}

/** A loose key's stem in a family: the key itself when no ending of the family's table comes off. */
export function inflectedStem(loose: string, family: Family): string {
  if (!LETTERS_ONLY.test(loose)) return loose
  if (family === 'german') return cut(loose, GERMAN, 4)
  if (family === 'slavic') {
    if (!CYRILLIC_LETTER.test(loose)) return cut(loose, LATIN_SLAVIC, 3)
    // The loose key folds -ии to -и (России → роси): an и left before or after the cut is the -ия class's.
    const stem = cut(loose, CYRILLIC, 3)
    return stem.length > 3 && stem.endsWith('и') ? stem.slice(0, -1) : stem
  }
  let stem = loose.replace(/ı/gu, 'i')
  for (let k = 0; k < 3; k++) {
    const next = cutTurkish(stem)
    if (next === stem) break
    stem = next
  }
  return stem
}

/** A vocabulary's classes by family, grown with it: each id is read once per family. */
interface FamilyClasses {
  readonly byStem: Map<string, number>
  readonly classes: number[]
  array?: Int32Array
}
const known = new WeakMap<Vocabulary, Map<Family, FamilyClasses>>()

/** Each id's class in a family (-1 for a token that matches only exactly, as the vocabulary's own loose classes say). */
function classesOf(vocabulary: Vocabulary, family: Family): Int32Array {
  let byFamily = known.get(vocabulary)
  if (!byFamily) known.set(vocabulary, (byFamily = new Map()))
  let table = byFamily.get(family)
  if (!table) byFamily.set(family, (table = { byStem: new Map(), classes: [] }))
  const { byStem, classes } = table
  const loose = vocabulary.looseClasses
  for (let id = classes.length; id < loose.length; id++) {
    if (loose[id]! < 0) {
      classes.push(-1)
      continue
    }
    const stem = inflectedStem(looseKey(vocabulary.keys[id]!), family)
    let c = byStem.get(stem)
    if (c === undefined) byStem.set(stem, (c = byStem.size))
    classes.push(c)
  }
  if (table.array?.length !== classes.length) table.array = Int32Array.from(classes)
  return table.array
}

/**
 * The weighting with two forms of one word in one loose class, when both reports are in one family of
 * `inflectionFamily`; else the weighting itself.
 */
export function withInflection(w: Weighting, vocabulary: Vocabulary, languageA: string, languageB: string): Weighting {
  const family = inflectionFamily(languageA, languageB)
  if (family === undefined) return w
  return { weights: w.weights, scratch: w.scratch, loose: classesOf(vocabulary, family) }
}

