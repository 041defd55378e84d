/**
 * Vietnamese vehicles are counted by "xe" and a word of their class: "15 xe tải" (trucks), "16 xe
 * buýt" (buses), "xe khách", "xe con", "xe máy", "ô tô". Read as "xe" alone, two classes filled one
 * slot and contradicted each other ("15 xe tải" / "16 xe buýt"), where English "15 trucks" / "16
 * buses" are two counts. The class is the counted noun here, as an English plural is; "xe" without
 * one is the general noun, which still meets any class (match/slots/vehicle-kinds.ts): "15 xe" / "16 xe
 * tải" are one count told twice.
 */
import { foldWord } from '../../../normalize/fold'
import type { Token } from '../fact-tokens'

/** The general noun of wheeled vehicles; a count of it meets a count of any class. */
export const GENERAL_VEHICLE = foldWord('xe')

const fold = (phrase: string): string[] => phrase.split(' ').map((w) => foldWord(w))

/**
 * Words after "xe" (or "ô tô") that name its class, and the class they name; synonyms name one
 * class ("xe cấp cứu" is "xe cứu thương", "xe mô tô" and "xe gắn máy" are "xe máy"). "Ô tô" is the
 * everyday word for a car, so "xe con", "ô tô con", "xe ô tô" and "ô tô" are one class (review
 * rzero35 5–6); "ô tô tải" is a truck. Longest first.
 */
const CLASS_WORDS: ReadonlyArray<readonly [readonly string[], string]> = (
  [
    ['tải', 'xe tải'],
    ['buýt', 'xe buýt'],
    ['bus', 'xe buýt'],
    ['khách', 'xe khách'],
    ['con', 'ô tô'],
    ['máy', 'xe máy'],
    ['gắn máy', 'xe máy'],
    ['mô tô', 'xe máy'],
    ['đạp', 'xe đạp'],
    ['cứu thương', 'xe cứu thương'],
    ['cấp cứu', 'xe cứu thương'],
    ['cứu hỏa', 'xe cứu hỏa'],
    ['chữa cháy', 'xe cứu hỏa'],
    ['container', 'xe container'],
    ['bồn', 'xe bồn'],
    ['ben', 'xe ben'],
    ['tăng', 'xe tăng'],
    ['đầu kéo', 'xe đầu kéo'],
    ['ô tô', 'ô tô'],
    ['ôtô', 'ô tô'],
  ] as const
)
  .map(([words, unit]) => [fold(words), unit] as const)
  .sort((x, y) => y[0].length - x[0].length)

/** Every class a count can name: a vehicle's unit that is no general noun. */
export const VEHICLE_CLASSES: ReadonlySet<string> = new Set(CLASS_WORDS.map(([, unit]) => unit))

const [O, TO, OTO] = fold('ô tô ôtô') as [string, string, string]

/** A lower-case word at `k`, folded, else ''. */
function lowerAt(tokens: readonly Token[], k: number): string {
  const t = tokens[k]
  return t?.kind === 'word' && /^\p{Ll}/u.test(t.raw) ? t.key : ''
}

/** The class whose words start at token `k`, and its last token. */
function classAt(tokens: readonly Token[], k: number): { unit: string; last: number } | undefined {
  for (const [words, unit] of CLASS_WORDS) if (words.every((w, n) => lowerAt(tokens, k + n) === w)) return { unit, last: k + words.length - 1 }
  return undefined
}

/**
 * The vehicle a count names at token `k` ("xe", "xe tải", "ô tô", "ô tô tải", "xe ô tô"): its unit
 * and the token the noun's head ends at ("xe", or "tô" of "ô tô"), else undefined. A class after
 * "ô tô" is the class ("ô tô tải" is "xe tải"); "xe ô tô" is "ô tô".
 */
export function vehicleAt(tokens: readonly Token[], k: number): { unit: string; last: number } | undefined {
  const w = lowerAt(tokens, k)
  let head: number
  if (w === GENERAL_VEHICLE) head = k
  else if (w === OTO) head = k
  else if (w === O && lowerAt(tokens, k + 1) === TO) head = k + 1
  else return undefined
  const kind = classAt(tokens, head + 1)
  if (w === GENERAL_VEHICLE) {
    if (!kind) return { unit: GENERAL_VEHICLE, last: head }
    // "xe ô tô tải": the class after "ô tô" is the one that counts
    const inner = kind.unit === 'ô tô' ? classAt(tokens, kind.last + 1) : undefined
    return { unit: inner && inner.unit !== 'ô tô' ? inner.unit : kind.unit, last: head }
  }
  return { unit: kind && kind.unit !== 'ô tô' ? kind.unit : 'ô tô', last: head }
}
