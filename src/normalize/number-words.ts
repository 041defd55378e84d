/**
 * Number words of each language, as folded keys with their values: the lexicon both the diverge stage
 * (numbers read from words) and the aligner (a number word is never a respelling: *eight* / *eighty*)
 * read, kept below both stages.
 */
import { foldWord } from './fold'

export const MULTIPLIERS: ReadonlyMap<string, number> = new Map(
  Object.entries({ tỷ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3, trăm: 100, vạn: 1e4, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, thousand: 1e3, hundred: 100, bn: 1e9, mn: 1e6, tn: 1e12 }).map(([k, v]) => [foldWord(k), v] as const),
)
export const VI_DIGITS: ReadonlyMap<string, number> = new Map(
  Object.entries({ một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 }).map(([k, v]) => [foldWord(k), v] as const),
)
export const VI_AFTER_TENS: ReadonlyMap<string, number> = new Map([...VI_DIGITS, ...[['mốt', 1], ['tư', 4], ['lăm', 5], ['nhăm', 5]].map(([k, v]) => [foldWord(k as string), v as number] as const)])
export const EN_NUMBERS: ReadonlyMap<string, number> = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, k) => [w, k + 2] as [string, number])
    .concat([['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12]]),
)
export const EN_ORDINALS: ReadonlyMap<string, number> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ').map((w, k) => [w, k + 1] as [string, number]),
)
